"""Loading plans: the shipped plan (once, lazily, thread-safely) and callers' files."""

from __future__ import annotations

import os
import threading

from . import _registry
from ._format_errors import PlanDataErrorKind, plan_data_error
from ._jsonio import loads
from ._plan import Plan

__all__ = ["load_plan"]

_DATA_FILE = "plan.json"

# The shipped plan, loaded on first use. Guarded by the lock so that concurrent
# first calls parse the data once and every caller gets the same object.
_lock = threading.Lock()
_shipped: list[Plan] = []


def _load_shipped() -> Plan:
    if _shipped:
        return _shipped[0]
    with _lock:
        if not _shipped:
            # Imported here: importlib.resources and what it imports cost a few
            # milliseconds, which an import of dg_plan that loads no data need not pay.
            from importlib import resources  # noqa: PLC0415

            text = (
                resources.files("dg_plan").joinpath("data").joinpath(_DATA_FILE).read_text("utf-8")
            )
            _shipped.append(loads(text))
    return _shipped[0]


# A task resolves a collective's member by the shipped registry's names for it (洛阳市).
_registry.use(lambda: {u.name: u.names for u in _load_shipped().units})


def load_plan(path: str | os.PathLike[str] | None = None) -> Plan:
    """Return a plan: the shipped Henan plan, or the one in the file at *path*.

    Without *path*, the shipped plan is parsed on the first call and the same
    :class:`Plan` object is returned on every call, from any thread. With *path*,
    the file (UTF-8 JSON in the documented format) is read and parsed afresh.

    >>> import dg_plan
    >>> plan = dg_plan.load_plan()
    >>> len(plan.tasks), plan is dg_plan.load_plan()
    (178, True)

    Raises:
        PlanDataError: The file is not a valid plan (also a :class:`ValueError`).
        OSError: The file cannot be read.
    """
    if path is None:
        return _load_shipped()
    with open(path, "rb") as f:  # noqa: PTH123 - accepts any PathLike
        data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise plan_data_error(
            PlanDataErrorKind.NOT_UTF8, "$", data[exc.start : exc.end], detail=exc.reason
        ) from None
    return loads(text)
