"""The ledger's index of reports, and the rule that makes a task's status from them.

A ledger's reports grouped by task and unit and sorted by day (:class:`Index`), how
each unit's report counts in a task's status (:class:`Parts`, :func:`verdict`), and
the per-unit table the summary by unit answers from (:class:`UnitTable`).
"""

from __future__ import annotations

import bisect
import datetime
import operator
import threading
from collections.abc import Mapping, Sequence

from dg_plan._model import Task, Unit
from dg_plan._plan import Plan

from .model import Report, Status

__all__ = [
    "Index",
    "Parts",
    "State",
    "UnitTable",
    "answering_units",
    "answers_itself",
    "latest",
    "reporters",
    "verdict",
]

#: A task's status and, when DONE, the day it was done.
State = tuple[Status, "datetime.date | None"]


_AS_OF = operator.attrgetter("as_of")


class Parts:
    """How the units' reports count in one task's status.

    ``own``: each unit whose own report counts, with the collective it answers through
    (or ``None``); ``collective``: each accountable collective with members, with the
    number of members that answer through it (its report stands for those that have
    none of their own); ``count``: how many units count.
    """

    __slots__ = ("collective", "count", "own")

    def __init__(self, reporters: Sequence[tuple[str, str | None]]) -> None:
        """Count *reporters*: each unit that counts, with its collective or ``None``."""
        self.own: dict[str, str | None] = dict(reporters)
        self.collective: dict[str, int] = {}
        for _, via in reporters:
            if via is not None:
                self.collective[via] = self.collective.get(via, 0) + 1
        self.count = len(reporters)


def verdict(counted: Sequence[tuple[int, Report]], units: int) -> State | None:
    """The task's state from the reports that count, each with how many units it stands for.

    *units* is how many units count in all: DONE needs a DONE report for each.
    """
    count = 0
    all_done, active = True, False
    last: datetime.date | None = None
    for weight, report in counted:
        count += weight
        status = report.status
        if status is Status.DONE:
            active = True
            done = report.completed_on
            if last is None or (done is not None and done > last):
                last = done
        else:
            all_done = False
            active = active or status is Status.IN_PROGRESS
    if not count:
        return None
    if all_done and count == units:
        return Status.DONE, last
    return (Status.IN_PROGRESS if active else Status.NOT_STARTED), None


class Index:
    """The reports grouped by task and unit, sorted by day, for the queries."""

    __slots__ = (
        "by_task",
        "days",
        "history",
        "lock",
        "parts",
        "reporters",
        "reports",
        "unit_table",
    )

    def __init__(self, reports: Sequence[Report]) -> None:
        """Group *reports* (checked, canonical) by task and unit, each unit's by day."""
        self.lock = threading.Lock()
        self.reports = reports
        by_task: dict[int, dict[str, list[Report]]] = {}
        # One stable sort: each unit's reports come out by day, in the ledger's order
        # within a day.
        for report in sorted(reports, key=_AS_OF):
            units = by_task.get(report.task)
            if units is None:
                units = by_task[report.task] = {}
            found = units.get(report.unit)
            if found is None:
                units[report.unit] = [report]
            else:
                found.append(report)
        self.by_task = by_task
        # Each unit's days, by task, built on first use: a plain list bisects fastest.
        self.days: dict[int, dict[str, list[datetime.date]]] = {}
        self.history: dict[int, tuple[Report, ...]] | None = None
        self.reporters: dict[int, tuple[tuple[str, str | None], ...]] = {}
        self.parts: dict[int, Parts] = {}
        self.unit_table: UnitTable | None = None

    def days_of(
        self, task: int, units: Mapping[str, list[Report]]
    ) -> Mapping[str, list[datetime.date]]:
        """Return the days of each unit's reports on *task* (*units*: its reports)."""
        found = self.days.get(task)
        if found is None:
            found = self.days[task] = {u: [r.as_of for r in rs] for u, rs in units.items()}
        return found

    def history_of(self, task: int) -> tuple[Report, ...]:
        """Return every report on *task*, by day, in the ledger's order within a day."""
        if self.history is None:
            with self.lock:
                if self.history is None:
                    grouped: dict[int, list[Report]] = {}
                    for report in sorted(self.reports, key=_AS_OF):
                        grouped.setdefault(report.task, []).append(report)
                    self.history = {n: tuple(rs) for n, rs in grouped.items()}
        return self.history.get(task, ())


def latest(
    units: Mapping[str, list[Report]] | None, unit: str, day: datetime.date | None
) -> Report | None:
    """Return *unit*'s last report among *units* on or before *day* (any day if None)."""
    found = units.get(unit) if units else None
    if not found:
        return None
    if day is None:
        return found[-1]
    i = bisect.bisect_right(found, day, key=_AS_OF)
    return found[i - 1] if i else None


def reporters(task: Task) -> tuple[tuple[str, str | None], ...]:
    """Return the units whose answers make *task*'s status, each with its collective.

    The one rule every view of a task follows (its status, :meth:`Ledger.explain`,
    one unit's status, the summary by unit, the scorecard and the chase list): each
    accountable unit answers for itself, unless it is a collective with members that
    belongs to no collective (各省辖市政府: its members answer instead); then each
    member of an accountable collective not already counted answers through the
    *first* accountable collective, in the task's printed order, that names it. A
    collective that is itself a member of another answers for itself where it is named,
    and its report also stands for its members without one of their own.
    """
    found: dict[str, str | None] = {}
    for unit in task.accountable:
        if answers_itself(unit):
            found[unit.name] = None
    for unit in task.accountable:
        for member in unit.members:
            found.setdefault(member, unit.name)
    return tuple(found.items())


def answers_itself(unit: Unit) -> bool:
    """Whether *unit* reports as itself: not a collective with members, or a member of one."""
    return not unit.members or bool(unit.member_of)


def answering_units(plan: Plan, task: Task) -> dict[str, str | None]:
    """Return the units that answer for *task*: name -> the collective it answers through.

    First the units of :func:`reporters`, with their collective; then every other unit
    of the task (for itself), then every other member of a collective the task names,
    through the first such collective in the task's printed order.
    """
    found: dict[str, str | None] = dict(reporters(task))
    for unit in task.units:
        found.setdefault(unit.name, None)
    for unit in task.units:
        for member in unit.members:
            found.setdefault(member, unit.name)
    return found


class UnitTable:
    """Each unit that answers itself: its task count, its sorted due dates.

    Also the (unit, task, collective) pairs that some report touches.
    """

    __slots__ = ("rows", "touched")

    def __init__(self, plan: Plan, by_task: Mapping[int, Mapping[str, list[Report]]]) -> None:
        """Build the table of *plan*'s units; *by_task*: the reports, by task and unit."""
        rows: list[tuple[str, int, list[datetime.date]]] = []
        pairs: dict[str, dict[int, tuple[Task, str | None]]] = {}
        answering: dict[int, dict[str, str | None]] = {}
        for unit in plan.units:
            if unit.members:
                continue  # its members answer, each in a row of its own
            found = plan.responsibilities(unit)
            if not found:
                continue
            dues = sorted(r.task.deadline.date for r in found if r.task.deadline.date)
            rows.append((unit.name, len(found), dues))
            # The collective a member answers through is the one status_of uses
            # (answering_units), also where the member belongs to two the task names.
            for r in found:
                if r.task.number not in answering:
                    answering[r.task.number] = answering_units(plan, r.task)
            pairs[unit.name] = {
                r.task.number: (r.task, answering[r.task.number][unit.name]) for r in found
            }
        self.rows = tuple(rows)
        touched: dict[tuple[str, int], tuple[str, Task, str | None]] = {}
        for number, units in by_task.items():
            for name in units:
                candidates = [name, *plan.unit(name).members]
                for candidate in candidates:
                    entry = pairs.get(candidate, {}).get(number)
                    if entry is not None:
                        touched[(candidate, number)] = (candidate, entry[0], entry[1])
        self.touched = tuple(touched.values())
