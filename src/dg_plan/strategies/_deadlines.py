"""Deadlines: dated (month ends or any day), undated, or the shipped plan's own."""

from __future__ import annotations

import calendar
import datetime
import functools
from collections.abc import Iterable

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from dg_plan._deadline import Deadline, DeadlineKind

from ._common import MAX_DATE, MIN_DATE, chosen_kinds, pick, shipped_plan


@st.composite
def _dated(draw: st.DrawFn, min_date: datetime.date, max_date: datetime.date) -> Deadline:
    if draw(st.booleans()):
        # Half the time a month end, the plan's own form (2024年6月底前).
        first = min_date.year * 12 + min_date.month - 1
        last = max_date.year * 12 + max_date.month - 1
        year, month = divmod(draw(st.integers(first, last)), 12)
        day = calendar.monthrange(year, month + 1)[1]
        date = min(datetime.date(year, month + 1, day), max_date)
    else:
        date = draw(st.dates(min_date, max_date))
    return Deadline(DeadlineKind.DATE, date)


@functools.cache
def _shipped_deadlines(
    kinds: tuple[DeadlineKind, ...], min_date: datetime.date, max_date: datetime.date
) -> tuple[Deadline, ...]:
    found = {
        t.deadline
        for t in shipped_plan().tasks
        if t.deadline.kind in kinds
        and (t.deadline.date is None or min_date <= t.deadline.date <= max_date)
    }
    if not found:
        raise InvalidArgument("no deadline of the shipped plan matches the arguments")
    return tuple(sorted(found))


@st.composite
def _shipped_deadline(
    draw: st.DrawFn,
    kinds: tuple[DeadlineKind, ...],
    min_date: datetime.date,
    max_date: datetime.date,
) -> Deadline:
    return pick(draw, _shipped_deadlines(kinds, min_date, max_date))


def deadlines(
    *,
    kinds: Iterable[DeadlineKind] | None = None,
    min_date: datetime.date = MIN_DATE,
    max_date: datetime.date = MAX_DATE,
    from_shipped: bool = False,
) -> st.SearchStrategy[Deadline]:
    """Return a strategy for deadlines of the given kinds.

    Dated deadlines fall between *min_date* and *max_date*; half of them are month
    ends (printed ``2024年6月底前``), the others any day (``2024年6月15日前``).

    Args:
        kinds: The kinds to draw; every kind by default.
        min_date: The earliest date of a dated deadline.
        max_date: The latest date of a dated deadline.
        from_shipped: Draw only deadlines that tasks of the shipped plan have.

    Returns:
        A strategy that draws :class:`~dg_plan.Deadline` objects.

    Raises:
        InvalidArgument: *kinds* is empty or *min_date* is after *max_date*.
    """
    chosen = chosen_kinds(kinds, DeadlineKind, "kinds")
    for name, value in (("min_date", min_date), ("max_date", max_date)):
        if type(value) is not datetime.date:
            raise InvalidArgument(f"{name} must be a datetime.date, got {value!r}")
    if min_date > max_date:
        raise InvalidArgument(f"min_date={min_date!r} must not be after max_date={max_date!r}")
    if from_shipped:
        return _shipped_deadline(chosen, min_date, max_date)
    options = [
        _dated(min_date, max_date) if kind is DeadlineKind.DATE else st.just(Deadline(kind))
        for kind in chosen
    ]
    return st.one_of(options)
