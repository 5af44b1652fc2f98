"""The shipped registry's names of each unit, for a task to resolve a collective's member.

A task that names 各省辖市政府 knows its members only by the names the collective
lists (洛阳市人民政府); people write 洛阳市. The shipped plan's registry knows those
other names, but the model sits below the loader, so the loader hands this module
the way to read them (:func:`use`) and the model asks :func:`names` only when a name
is neither the task's nor a member's as listed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType

from ._text import lookup_key

__all__ = ["names", "unit_answering", "use"]

_lock = threading.Lock()
_state: dict[str, object] = {}


def use(read: Callable[[], Mapping[str, tuple[str, ...]]]) -> None:
    """Read the registry's names with *read* (on first use): the loader's call, at import."""
    with _lock:
        _state["read"] = read
        _state.pop("names", None)


def names() -> Mapping[str, tuple[str, ...]]:
    """Every name the registry gives each unit, by the unit's name (empty without one)."""
    found = _state.get("names")
    if found is None:
        with _lock:
            found = _state.get("names")
            if found is None:
                read = _state.get("read")
                found = MappingProxyType(dict(read())) if callable(read) else MappingProxyType({})
                _state["names"] = found
    return found  # type: ignore[return-value]


def unit_answering(key: str) -> str | None:
    """The name of the registry's unit that answers to *key* (a lookup key), or ``None``."""
    if not key:
        return None
    return next(
        (u for u, given in names().items() if any(lookup_key(n) == key for n in given)), None
    )
