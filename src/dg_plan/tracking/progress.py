"""What a leader reads about each task: who is still outstanding, the latest words, what changed.

:func:`progress` gives, on a day, one :class:`TaskProgress` per task: its category
and status, the accountable units still outstanding (their own answer missing or not
DONE), the latest 进展情况 and 佐证材料 of its units, and its status in the previous
round. :func:`rounds` gives the report days the figures rest on.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from dg_plan._model import Task

from .checks import contradicts
from .index import answering_units, latest
from .model import Report, Status

if TYPE_CHECKING:
    from .ledger import Ledger

__all__ = ["Contradiction", "Rounds", "TaskProgress", "contradictions", "progress", "rounds"]


@attrs.frozen
class Rounds:
    """The report days on or before a day: the newest (data as of) and the one before.

    Args:
        latest: The newest day a report speaks for, on or before the day asked about
            (the figures rest on reports up to it), or ``None``: no report yet.
        previous: The report day before :attr:`latest` (the previous round), or ``None``.
    """

    latest: datetime.date | None
    previous: datetime.date | None


@attrs.frozen
class Contradiction:
    """A report that contradicts its unit's report on the task for an earlier day.

    Args:
        task: The task.
        earlier: The unit's report before (the latest before :attr:`later`'s day).
        later: The report that contradicts it (see :func:`.checks.contradicts`).
    """

    task: Task
    earlier: Report
    later: Report


def contradictions(ledger: Ledger, day: datetime.date) -> tuple[Contradiction, ...]:
    """Every report on or before *day* that contradicts its unit's report of the round before.

    The same rule as ``collect``'s ``contradicts_earlier_round`` note, applied to the
    whole ledger: each unit's reports on a task, day after day. In the plan's order.
    """
    found = []
    for task in ledger.plan.tasks:
        units = ledger._index.by_task.get(task.number) or {}  # noqa: SLF001
        for reports in units.values():
            dated = [r for r in reports if r.as_of <= day]
            for earlier, later in itertools.pairwise(dated):
                if later.as_of > earlier.as_of and contradicts(later, earlier):
                    found.append(Contradiction(task, earlier, later))
    return tuple(found)


def rounds(ledger: Ledger, day: datetime.date) -> Rounds:
    """The newest report day on or before *day*, and the one before it."""
    days = sorted({r.as_of for r in ledger.reports if r.as_of <= day})
    return Rounds(days[-1] if days else None, days[-2] if len(days) > 1 else None)


@attrs.frozen
class TaskProgress:
    """One task as a leader reads it on a day (:func:`progress`); immutable.

    Args:
        task: The task.
        category: Its summary category (``"late_open"``, ...).
        status: Its status, or ``None``: not reported.
        outstanding: The accountable units still outstanding: their own answer missing
            or not DONE. A collective whose members are all outstanding is named
            itself (各省辖市政府); otherwise its outstanding members are.
        reports: The latest report of each of its units that reported (accountable
            first, in the task's order), for the 进展情况 and 佐证材料.
        before: Its status in the previous round, or ``None`` (not reported then, or
            no previous round).
        changed: Whether its status differs from the previous round's (``False``
            when there is no previous round).
        evidence_reports: For each unit of :attr:`reports`, in that order, the report
            whose 佐证材料 stands for its latest: the latest when it gives some, else
            its latest earlier report of the same status that gives some (the unit left
            them blank, nothing changed), else none: never an earlier round's evidence
            under a newer status; empty: take :attr:`reports`'.
        note_reports: The same for 进展情况: for each unit of :attr:`reports`, its
            latest report when its 进展情况 has words, else its latest earlier report
            of the same status that has (the unit left them blank, nothing changed),
            else the latest (blank): never an earlier round's words under a newer
            status; empty: take :attr:`reports`'.
        counted: The units whose answer counts toward the task's status (its
            accountable units, the members of an accountable collective and the
            collective itself); the others' words are shown for reference only
            (仅供参考). Empty: not known, none is marked.
        outstanding_before: When :attr:`before` is ``None`` (未报送 in the previous
            round) and a unit's file of that round is on record as set aside
            (``Ledger.set_aside``): the accountable units outstanding then; else empty.
        set_aside_before: Those of :attr:`outstanding_before` whose file of the
            previous round was set aside, each with why (``(unit, reason)``), so the
            previous status reads as the current one does (已报回待修改, not 未报送).
        units: When its status is IN_PROGRESS, each accountable unit (each member of a
            collective) with its status, for the words of a mixed status
            (部分单位已完成（1个单位已完成、19个单位未报送）); else empty.
    """

    task: Task
    category: str
    status: Status | None
    outstanding: tuple[str, ...]
    reports: tuple[Report, ...]
    before: Status | None
    changed: bool
    evidence_reports: tuple[Report, ...] = ()
    note_reports: tuple[Report, ...] = ()
    counted: frozenset[str] = frozenset()
    outstanding_before: tuple[str, ...] = ()
    set_aside_before: tuple[tuple[str, str], ...] = ()
    units: tuple[tuple[str, Status | None], ...] = ()

    def for_reference(self, unit: str) -> bool:
        """Whether *unit*'s answer is shown for reference only: it does not count."""
        return bool(self.counted) and unit not in self.counted

    @property
    def notes(self) -> tuple[tuple[str, str], ...]:
        """Each reporting unit's latest 进展情况, ``(unit, note)``, those with words only.

        An earlier round's of the same status when its newest report leaves it blank
        (:attr:`note_reports`).
        """
        return tuple((r.unit, r.note) for r in self._notes_from if r.note.strip())

    @property
    def dated_notes(self) -> tuple[tuple[str, datetime.date, str], ...]:
        """Each reporting unit's latest 进展情况 with its report day, ``(unit, day, note)``."""
        return tuple((r.unit, r.as_of, r.note) for r in self._notes_from if r.note.strip())

    @property
    def _notes_from(self) -> tuple[Report, ...]:
        return self.note_reports or self.reports

    @property
    def unit_evidence(self) -> tuple[tuple[str, datetime.date, tuple[str, ...]], ...]:
        """Each unit's latest 佐证材料 with its report day, ``(unit, day, items)``.

        Each item once (under the first unit that gave it), as in :attr:`evidence`.
        """
        seen: set[str] = set()
        found = []
        for r in self._evidence_from:
            items = tuple(e for e in dict.fromkeys(r.evidence) if e not in seen)
            seen.update(items)
            if items:
                found.append((r.unit, r.as_of, items))
        return tuple(found)

    @property
    def evidence(self) -> tuple[str, ...]:
        """The 佐证材料 of its units, each item once, in order.

        Each unit's latest 佐证材料 on or before the day: an earlier round's of the
        same status when its newest report gives none (:attr:`evidence_reports`).
        """
        return tuple(dict.fromkeys(e for r in self._evidence_from for e in r.evidence))

    @property
    def dated_evidence(self) -> tuple[tuple[str, datetime.date], ...]:
        """Each item of :attr:`evidence` with the day of the report that gave it."""
        found: dict[str, datetime.date] = {}
        for r in self._evidence_from:
            for e in r.evidence:
                found.setdefault(e, r.as_of)
        return tuple(found.items())

    @property
    def _evidence_from(self) -> tuple[Report, ...]:
        return self.evidence_reports or self.reports


def _outstanding(ledger: Ledger, task: Task, day: datetime.date) -> tuple[str, ...]:
    """The accountable units still outstanding, in the task's printed order.

    A collective (or its outstanding members, in its own order) stands where the task
    names it, as in the 主责单位 column.
    """
    pending: list[str] = []
    members: dict[str, list[str]] = {}
    reporting = ledger._reporters(task)  # noqa: SLF001 - the ledger's own rule
    for name, via in reporting:
        report = ledger._unit_state(task.number, name, via, day)  # noqa: SLF001
        done = report is not None and report.status is Status.DONE
        if via is not None:
            members.setdefault(via, [])
            if not done:
                members[via].append(name)
        elif not done:
            pending.append(name)
    for collective, names in members.items():
        if not names:
            continue
        whole = len(names) == len(ledger.plan.unit(collective).members)
        pending.extend([collective] if whole else names)
    # Each unit at its place in the print; a member at its collective's (a stable sort
    # keeps the members in their collective's order).
    place = {u.name: i for i, u in enumerate(task.accountable)}
    for name, via in reporting:
        if via is not None:
            place.setdefault(name, place[via])
    return tuple(sorted(pending, key=lambda name: place.get(name, len(place))))


def _reports(ledger: Ledger, task: Task, day: datetime.date) -> tuple[Report, ...]:
    units = ledger._index.by_task.get(task.number)  # noqa: SLF001
    if not units:
        return ()
    first = [u.name for u in task.accountable]
    names = first + [u.name for u in task.units if u.name not in first]
    position: dict[str, float] = {n: i for i, n in enumerate(names)}
    for name, via in answering_units(ledger.plan, task).items():  # a member after its collective
        position.setdefault(name, position.get(via or "", len(names)) + 0.5)
    order = sorted(units, key=lambda n: position.get(n, len(names) + 1))
    found = (latest(units, name, day) for name in order)
    return tuple(r for r in found if r is not None)


def _with_evidence(
    ledger: Ledger, task: Task, reports: tuple[Report, ...], day: datetime.date
) -> tuple[Report, ...]:
    """For each of *reports*' units, the report whose 佐证材料 stands for its latest.

    The latest report, when it gives 佐证材料; else the latest earlier report of the
    same status that gives some (the unit left them blank, nothing changed); else none
    (the unit is left out). Never an earlier round's evidence under a newer status: a
    unit that was 已完成 in June and is 推进中 in December shows no June evidence.
    """
    return _latest_with(ledger, task, reports, day, lambda r: bool(r.evidence), keep=False)


def _with_note(
    ledger: Ledger, task: Task, reports: tuple[Report, ...], day: datetime.date
) -> tuple[Report, ...]:
    """For each of *reports*' units, the report whose 进展情况 stands for its latest.

    The latest report, when its 进展情况 has words or when no earlier report of the
    same status has any; else the latest earlier report of that same status with words
    (the unit left them blank, nothing changed). Never an earlier round's words under
    a newer status: a 已完成 with a blank 进展情况 is shown as blank.
    """
    return _latest_with(ledger, task, reports, day, lambda r: bool(r.note.strip()), keep=True)


def _latest_with(
    ledger: Ledger,
    task: Task,
    reports: tuple[Report, ...],
    day: datetime.date,
    has: Callable[[Report], bool],
    *,
    keep: bool,
) -> tuple[Report, ...]:
    """For each of *reports*' units, its latest report by *day* of the same status that *has* it.

    The one rule of the 进展情况 and the 佐证材料: the latest report when it *has* it;
    else the latest earlier one of the same status that has; else the latest report
    itself when *keep* (shown blank), or nothing.
    """
    units = ledger._index.by_task.get(task.number) or {}  # noqa: SLF001
    found = []
    for report in reports:
        if has(report):
            found.append(report)
            continue
        same = [
            r
            for r in units.get(report.unit, ())
            if r.as_of <= day and r.status is report.status and has(r)
        ]
        if same:
            found.append(same[-1])
        elif keep:
            found.append(report)
    return tuple(found)


def _counted(ledger: Ledger, task: Task) -> frozenset[str]:
    """The units whose answer counts toward *task*'s status, collectives with their members."""
    found = ledger._reporters(task)  # noqa: SLF001 - the ledger's own rule
    return frozenset(name for name, _via in found) | {via for _name, via in found if via}


def _units(ledger: Ledger, task: Task, day: datetime.date) -> tuple[tuple[str, Status | None], ...]:
    """Each accountable unit of *task* with its status on *day* (the ledger's rule)."""
    return tuple((u.unit, u.status) for u in ledger.explain(task, day).units if u.counted)


def progress(ledger: Ledger, day: datetime.date) -> tuple[TaskProgress, ...]:
    """Every task on *day*, as a leader reads it, in the plan's order."""
    from .rounds import pending_reasons  # noqa: PLC0415 - rounds reads files; few need it

    categories = ledger.classify(day)
    previous = rounds(ledger, day).previous
    # The previous round's files set aside (the ledger's record, kept per round).
    aside = {} if previous is None else pending_reasons(ledger.set_aside, ledger, previous)
    found = []
    for task in ledger.plan.tasks:
        status = ledger.status_of(task, as_of=day)
        before = None if previous is None else ledger.status_of(task, as_of=previous)
        reports = _reports(ledger, task, day)
        earlier: tuple[str, ...] = ()
        if previous is not None and before is None and aside:
            earlier = _outstanding(ledger, task, previous)
        found.append(
            TaskProgress(
                task,
                categories[task.number],
                status,
                _outstanding(ledger, task, day),
                reports,
                before,
                previous is not None and before is not status,
                _with_evidence(ledger, task, reports, day),
                _with_note(ledger, task, reports, day),
                _counted(ledger, task),
                earlier,
                tuple((u, aside[u]) for u in earlier if u in aside),
                _units(ledger, task, day) if status is Status.IN_PROGRESS else (),
            )
        )
    return tuple(found)
