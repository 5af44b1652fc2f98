"""Tracking: reports on a plan's tasks, and ledgers of them."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from dg_plan._model import Task
from dg_plan._plan import Plan
from dg_plan.tracking import Ledger, Report, Status

from ._common import check_range, remark, shipped_plan, some_text
from ._plans import plans

#: The default range of the days reports speak for.
_REPORT_FROM = datetime.date(2023, 1, 1)
_REPORT_TO = datetime.date(2026, 12, 31)


def _answering(task: Task) -> tuple[str, ...]:
    """The units that may report on *task*: its own, then its collectives' members."""
    names = [u.name for u in task.units]
    names += [m for u in task.units for m in u.members if m not in names]
    return tuple(dict.fromkeys(names))


@st.composite
def _report(
    draw: st.DrawFn,
    plan: Plan | None,
    min_day: datetime.date,
    max_day: datetime.date,
    statuses: tuple[Status, ...],
) -> Report:
    source = shipped_plan() if plan is None else plan
    task = draw(st.sampled_from(source.tasks))
    unit = draw(st.sampled_from(_answering(task)))
    status = draw(st.sampled_from(statuses))
    as_of = draw(st.dates(min_day, max_day))
    completed_on = draw(st.dates(min_day, as_of)) if status is Status.DONE else None
    return Report(
        task.number,
        unit,
        status,
        as_of,
        completed_on,
        draw(remark()),
        draw(st.lists(some_text(1, 12).filter(str.strip), max_size=2).map(tuple)),
    )


def _check_days(min_day: datetime.date, max_day: datetime.date) -> None:
    for name, value in (("min_day", min_day), ("max_day", max_day)):
        if type(value) is not datetime.date:
            raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    if min_day > max_day:
        raise InvalidArgument(f"min_day={min_day!r} must not exceed max_day={max_day!r}")


def reports(
    plan: Plan | None = None,
    *,
    min_day: datetime.date = _REPORT_FROM,
    max_day: datetime.date = _REPORT_TO,
    statuses: Iterable[Status] | None = None,
) -> st.SearchStrategy[Report]:
    """Return a strategy for reports that fit *plan*: a ledger of the plan takes any of them.

    The task is one of the plan's; the unit is one of the task's (or a member of one
    of its collectives); a DONE report was done on or before the day it speaks for,
    and no other report has a day done. The reports are made up: dg_plan holds no
    real implementation data.

    Args:
        plan: The plan; the shipped plan (loaded on the first draw) when ``None``.
            It must have tasks.
        min_day: The earliest day a report speaks for (and the earliest day done).
        max_day: The latest day a report speaks for.
        statuses: The statuses to draw from; every status by default.

    Returns:
        A strategy that draws :class:`~dg_plan.tracking.Report` objects.

    Raises:
        InvalidArgument: The days are not dates or out of order, *statuses* is empty,
            or *plan* has no tasks.
    """
    _check_days(min_day, max_day)
    chosen = tuple(Status) if statuses is None else tuple(dict.fromkeys(statuses))
    if not chosen or not all(isinstance(s, Status) for s in chosen):
        raise InvalidArgument(f"statuses={statuses!r} must name at least one Status")
    if plan is not None and not plan.tasks:
        raise InvalidArgument("the plan has no tasks to report on")
    return _report(plan, min_day, max_day, chosen)


def ledgers(
    plan: Plan | None = None,
    *,
    min_reports: int = 0,
    max_reports: int = 30,
    min_day: datetime.date = _REPORT_FROM,
    max_day: datetime.date = _REPORT_TO,
) -> st.SearchStrategy[Ledger]:
    """Return a strategy for valid ledgers: reports that fit a plan and never contradict.

    Two reports of the same task, unit and day never both appear, so no two
    contradict. The ledgers are made up, for tests and examples: dg_plan holds no
    real implementation data.

    Args:
        plan: The plan; when ``None``, a plan with 1 to 10 tasks is drawn
            (:func:`plans`) for each ledger.
        min_reports: The fewest reports.
        max_reports: The most reports.
        min_day: The earliest day a report speaks for.
        max_day: The latest day a report speaks for.

    Returns:
        A strategy that draws :class:`~dg_plan.tracking.Ledger` objects.

    Raises:
        InvalidArgument: An argument is out of range, or *plan* has no tasks.
    """
    check_range("min_reports", min_reports, "max_reports", max_reports)
    _check_days(min_day, max_day)
    if plan is not None and not plan.tasks:
        raise InvalidArgument("the plan has no tasks to report on")

    @st.composite
    def draw_ledger(draw: st.DrawFn) -> Ledger:
        source = plan if plan is not None else draw(plans(min_tasks=1, max_tasks=10))
        found = draw(
            st.lists(
                _report(source, min_day, max_day, tuple(Status)),
                min_size=min_reports,
                max_size=max_reports,
                unique_by=lambda r: (r.task, r.unit, r.as_of),
            )
        )
        return Ledger(source, tuple(found))

    return draw_ledger()
