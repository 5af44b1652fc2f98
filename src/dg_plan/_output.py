"""Writing what a writer made to where its caller asked: a path or a file object.

Shared by :mod:`dg_plan.export` and :mod:`dg_plan.tracking`; private.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .export import Destination

__all__ = ["emit"]


def emit(dest: Destination, data: str | bytes, what: str) -> None:
    """Write *data* to a path or a file object; text goes to text files as text.

    Args:
        dest: A path, or a file object opened for writing (text or binary).
        data: What to write: text (written as UTF-8 to a path or a binary file) or bytes.
        what: The format's name, for the error about bytes sent to a text file.

    Raises:
        TypeError: *data* is bytes and *dest* a text file.
        OSError: The file cannot be written.
    """
    if isinstance(dest, (str, os.PathLike)):
        Path(dest).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return
    if isinstance(dest, io.TextIOBase):
        if isinstance(data, bytes):
            raise TypeError(f"{what} is binary: pass a path or a file opened in binary mode")
        dest.write(data)
        return
    dest.write(data.encode("utf-8") if isinstance(data, str) else data)  # type: ignore[arg-type]
