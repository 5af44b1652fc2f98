"""The ledger: every report about a plan, checked against it, and the questions it answers."""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, TypeVar

import attrs

from dg_plan._dates import read_day
from dg_plan._errors import InvalidTypeError, TrackingDataError
from dg_plan._model import Task, Unit
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._validate import instance_of

from .aside import SetAside
from .checks import check_reports
from .index import Index, Parts, State, UnitTable, answering_units, latest, reporters, verdict
from .issued import Issued
from .model import (
    CATEGORIES,
    COLUMNS_ZH,
    Report,
    Status,
    StatusExplanation,
    SummaryRow,
    UnitStatus,
    export_columns,
)
from .scores import Chase, ScoreRow

if TYPE_CHECKING:  # pandas is optional: named in a signature, imported when called
    import pandas

__all__ = ["Ledger"]


def _reports(value: Iterable[Report]) -> tuple[Report, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"reports must be an iterable of Report, got {value!r}")
    return tuple(value)


_T = TypeVar("_T")


def _tuple_of(value: object, kind: type[_T], field: str) -> tuple[_T, ...]:
    """*value* as a tuple of *kind*, or an :class:`InvalidTypeError` naming *field*."""
    said = f"{field} must be an iterable of {kind.__name__}, got"
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"{said} {value!r}")
    found = tuple(value)
    for item in found:
        if not isinstance(item, kind):
            raise InvalidTypeError(f"{said} {item!r}")
    return found


def _notices(value: Iterable[Issued]) -> tuple[Issued, ...]:
    return _tuple_of(value, Issued, "notices")


def _set_aside(value: Iterable[SetAside]) -> tuple[SetAside, ...]:
    return _tuple_of(value, SetAside, "set_aside")


def _day(value: object, argument: str) -> datetime.date:
    return read_day(value, argument)


@attrs.frozen(eq=False)
class Ledger:
    """Every report units made about a plan's tasks, checked against the plan; immutable.

    A ledger is validated when it is made, and every broken rule is listed at once:
    the task exists; the unit is one of the task's (a member city answers for the tasks
    of 各省辖市政府); a DONE report names the day the work was done, no other report
    does, and that day is not after the day the report speaks for; and no two reports
    of the same unit, task and day disagree on the status or the day done. A unit may
    be named by an alias; the ledger keeps its canonical name. Nothing reads the clock:
    every query takes the day it judges from.

    **A task's status** comes from its accountable units (``task.accountable``: the
    leads; without leads, the responsible units; without either, the supporting
    ones). A collective that stands for named members (各省辖市政府) counts as each of
    its members: each member city's own latest report, or, while a member has none,
    the collective's own. Supporting units' reports are kept and shown, but do not
    move the task's status. Then: DONE when every accountable unit (every member city)
    reports DONE, done on the latest of their days; ``None`` when none of them reported;
    NOT_STARTED when every one that reported is NOT_STARTED; IN_PROGRESS otherwise.

    **The log of notices issued** travels with the ledger: ``notices`` holds each
    notice the office issued from it (:class:`~dg_plan.tracking.Issued`), as the ledger
    file keeps them. :func:`~dg_plan.tracking.loads` reads it, :func:`~dg_plan.tracking.dumps`
    writes it, and a ledger made from another keeps it (``attrs.evolve(ledger,
    reports=...)``, ``read_returns(..., ledger=ledger)``), so that a ledger loaded, given a
    round and dumped again loses no 文号 issued. The log takes no part in equality.

    **The record of the files set aside** travels with it the same way: ``set_aside``
    holds the returned files set aside and not yet corrected
    (:class:`~dg_plan.tracking.SetAside`: unit, 统计截止日期, file, reason), which tell a
    later chase those units returned a file (已报回待修改, not 未报送). ``loads`` reads
    it, ``dumps`` writes it, ``attrs.evolve`` keeps it, and ``read_returns(...,
    ledger=ledger)`` keeps it less the files its round corrects, with the files it sets
    aside (``tracking.rounds.still_set_aside``). It takes no part in equality either.

    Args:
        plan: The plan the reports are about.
        reports: The reports, in any order; the ledger keeps the order given.
        notices: The log of the notices issued (keyword only; none by default), in
            the order issued.
        set_aside: The files set aside and not yet corrected (keyword only; none by
            default).

    Raises:
        TrackingDataError: One or more reports break a rule; ``problems`` lists each,
            with the report's position (a :class:`ValueError`).
        InvalidTypeError: *notices* holds something that is no ``Issued``, or
            *set_aside* something that is no ``SetAside``.
    """

    plan: Plan = attrs.field(validator=instance_of(Plan))
    reports: tuple[Report, ...] = attrs.field(converter=_reports)
    notices: tuple[Issued, ...] = attrs.field(
        default=(), converter=_notices, kw_only=True, eq=False
    )
    set_aside: tuple[SetAside, ...] = attrs.field(
        default=(), converter=_set_aside, kw_only=True, eq=False
    )
    _index: Index = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Check every report against the plan and index them."""
        problems, canonical = check_reports(self.plan, self.reports)
        if problems:
            raise TrackingDataError(problems)
        object.__setattr__(self, "reports", tuple(canonical))
        object.__setattr__(self, "_index", Index(canonical))

    def __eq__(self, other: object) -> bool:
        """Two ledgers are equal when they hold the same reports about equal plans.

        The log of notices issued and the record of the files set aside take no part,
        as a report's ``source`` takes none in a report's equality: they say what was
        done with the reports and files, not what the reports are.
        """
        if not isinstance(other, Ledger):
            return NotImplemented
        return self.reports == other.reports and self.plan == other.plan

    def __hash__(self) -> int:
        """Hash the reports (equal ledgers hold equal reports)."""
        return hash(self.reports)

    def __repr__(self) -> str:
        """Return ``<Ledger N reports on M tasks>``."""
        return f"<Ledger {len(self.reports)} reports on {len(self.plan.tasks)} tasks>"

    def __len__(self) -> int:
        """Return how many reports the ledger holds."""
        return len(self.reports)

    # -- status ------------------------------------------------------------------

    def _reporters(self, task: Task) -> tuple[tuple[str, str | None], ...]:
        """The units whose reports make *task*'s status, each with its collective."""
        index = self._index
        found = index.reporters.get(task.number)
        if found is None:
            found = index.reporters[task.number] = reporters(task)
        return found

    def _parts(self, task: Task) -> Parts:
        """How each unit's report counts in *task*'s status (see :class:`Parts`)."""
        index = self._index
        found = index.parts.get(task.number)
        if found is None:
            found = index.parts[task.number] = Parts(self._reporters(task))
        return found

    def _unit_state(
        self, task: int, unit: str, via: str | None, day: datetime.date | None
    ) -> Report | None:
        units = self._index.by_task.get(task)
        report = latest(units, unit, day)
        if report is None and via is not None:
            report = latest(units, via, day)
        return report

    def _task_state(self, task: Task, day: datetime.date | None) -> State | None:
        """The task's status and day done on *day*, by the rule of the class's description.

        One pass over the units that reported on the task, not over every unit that
        counts: a member city without a report of its own takes its collective's, so
        the collective's report counts once for each member that has none.
        """
        index = self._index
        units = index.by_task.get(task.number)
        if not units:
            return None
        days = index.days_of(task.number, units)
        parts = self._parts(task)
        own, collective = parts.own, parts.collective
        counted: list[tuple[int, Report]] = []
        covered: dict[str, int] = {}
        standing: list[tuple[int, Report]] = []
        for unit, reports in units.items():
            if day is None:
                report = reports[-1]
            else:
                i = bisect.bisect_right(days[unit], day)
                if not i:
                    continue
                report = reports[i - 1]
            if unit in own:
                via = own[unit]
                if via is not None:
                    covered[via] = covered.get(via, 0) + 1
                counted.append((1, report))
            if unit in collective:  # also its own, for a collective that is a member
                standing.append((collective[unit], report))
            # neither: a supporting unit, shown but not counted
        for members, report in standing:
            weight = members - covered.get(report.unit, 0)
            if weight > 0:
                counted.append((weight, report))
        return verdict(counted, parts.count)

    def _task(self, task: int | Task) -> Task:
        return self.plan.task(task.number if isinstance(task, Task) else task)

    def status_of(
        self,
        task: int | Task,
        unit: str | Unit | None = None,
        as_of: datetime.date | str | None = None,
    ) -> Status | None:
        """Return where *task* stands on *as_of*: one unit's status, or the task's.

        Args:
            task: The task or its number.
            unit: A unit (or its name or alias): its own latest report on or before
                *as_of* (for a member city without one, its collective's). Without
                it, the task's status, by the rule in the class's description
                (:meth:`explain` shows how it was reached).
            as_of: The day to judge from (a date or ``"2024/6/30"`` and the like); the latest
                report of all when ``None``.

        Returns:
            The status, or ``None`` when nothing was reported by then.

        Raises:
            UnknownTaskError: The plan has no such task.
            UnknownUnitError: *unit* names no unit.
            InvalidQueryError: *unit* is not one of the task's, or *as_of* is no date.
        """
        found = self._task(task)
        day = None if as_of is None else _day(as_of, "as_of")
        if unit is None:
            state = self._task_state(found, day)
            return None if state is None else state[0]
        resolved = self.plan.unit(unit)
        table = answering_units(self.plan, found)
        if resolved.name not in table:
            raise query_error(
                QueryErrorKind.NOT_TASK_UNIT,
                "unit",
                unit,
                unit=resolved.name,
                task=str(found.number),
            )
        report = self._unit_state(found.number, resolved.name, table[resolved.name], day)
        return None if report is None else report.status

    def explain(
        self, task: int | Task, as_of: datetime.date | str | None = None
    ) -> StatusExplanation:
        """Return how *task*'s status on *as_of* was reached: each unit's report, the rule.

        >>> import datetime, dg_plan
        >>> plan = dg_plan.load_plan()
        >>> day = datetime.date(2024, 1, 5)
        >>> ledger = Ledger(plan, [Report(5, "省市场监管局", Status.DONE, day, completed_on=day)])
        >>> why = ledger.explain(5, as_of=day)
        >>> why.status.label, why.rule, why.done, why.silent
        ('推进中', 'not_all_done', 1, 1)
        >>> [(u.unit, u.status) for u in why.units]
        [('省行政审批政务信息管理局', None), ('省市场监管局', <Status.DONE: 'done'>)]

        Args:
            task: The task or its number.
            as_of: The day to judge from (a date or ``"2024/6/30"`` and the like); the latest
                report of all when ``None``.

        Returns:
            The explanation: every unit that counts (each member city of a
            collective), with its own latest report or its collective's, then the
            supporting units that reported; and the rule that gave the status.

        Raises:
            UnknownTaskError: The plan has no such task.
            InvalidQueryError: *as_of* is not a date.
        """
        found = self._task(task)
        day = None if as_of is None else _day(as_of, "as_of")
        units = self._index.by_task.get(found.number)
        rows: list[UnitStatus] = []
        for name, via in self._reporters(found):
            report = latest(units, name, day)
            through = False
            if report is None and via is not None:
                report = latest(units, via, day)
                through = report is not None
            role = found.role_of(via if via is not None else name)
            rows.append(
                UnitStatus(
                    name, role, counted=True, report=report, via=via, through_collective=through
                )
            )
        counting = {name for name, _ in self._reporters(found)}
        counting |= set(self._parts(found).collective)
        for name, via in answering_units(self.plan, found).items():
            if name in counting:
                continue
            report = latest(units, name, day)
            if report is not None:
                role = found.role_of(via if via is not None else name)
                rows.append(UnitStatus(name, role, counted=False, report=report, via=via))
        state = self._task_state(found, day)
        return StatusExplanation(
            found.number,
            None if state is None else state[0],
            None if state is None else state[1],
            tuple(rows),
        )

    def completed_on(
        self, task: int | Task, as_of: datetime.date | str | None = None
    ) -> datetime.date | None:
        """Return the day *task* was done (the last accountable unit's), if DONE by *as_of*.

        Raises:
            UnknownTaskError: The plan has no such task.
            InvalidQueryError: *as_of* is not a date.
        """
        day = None if as_of is None else _day(as_of, "as_of")
        state = self._task_state(self._task(task), day)
        return None if state is None else state[1]

    @staticmethod
    def _category(task: Task, state: State | None, day: datetime.date) -> str:
        due = task.deadline.date
        if due is None:
            # No date (持续推进, 适时推进, none printed): neither early nor not yet due.
            if state is None:
                return "not_reported_undated"
            return "done_undated" if state[0] is Status.DONE else "open_undated"
        if state is not None and state[0] is Status.DONE:
            done = state[1]
            late = done is not None and done > due
            return "done_late" if late else "done_on_time"
        if due is not None and due < day:
            return "late_open"
        if due == day:
            return "due_open"
        return "not_reported" if state is None else "open_not_due"

    def _classified(self, day: datetime.date) -> list[tuple[Task, str, bool]]:
        """Every task, its category on *day*, and whether nothing was reported on it."""
        found = []
        for task in self.plan.tasks:
            state = self._task_state(task, day)
            found.append((task, self._category(task, state, day), state is None))
        return found

    def late(self, as_of: datetime.date | str) -> tuple[Task, ...]:
        """Return the dated tasks due before *as_of* and not DONE by then, in order.

        A task due by 2024-06-30 is late from 2024-07-01 unless it is DONE by the
        reports on or before that day. Unreported tasks count: silence is not done.

        Raises:
            InvalidQueryError: *as_of* is not a date.
        """
        day = _day(as_of, "as_of")
        return tuple(
            t
            for t in self.plan.tasks
            if t.deadline.date is not None
            and t.deadline.date < day
            and self._category(t, self._task_state(t, day), day) == "late_open"
        )

    def due(self, as_of: datetime.date | str) -> tuple[Task, ...]:
        """Return the dated tasks due on *as_of* itself and not DONE by then, in order.

        They are not late yet (:meth:`late`: due before the day): a task due by
        2024-12-31 is due, not late, on 2024-12-31 (到期未完成), and late from
        2025-01-01 (逾期未完成) unless DONE. Unreported tasks count.

        Raises:
            InvalidQueryError: *as_of* is not a date.
        """
        day = _day(as_of, "as_of")
        return tuple(
            t
            for t in self.plan.tasks
            if t.deadline.date == day
            and self._category(t, self._task_state(t, day), day) == "due_open"
        )

    def done_late(self, as_of: datetime.date | str) -> tuple[Task, ...]:
        """Return the dated tasks DONE by *as_of*, but done after their deadline, in order.

        Raises:
            InvalidQueryError: *as_of* is not a date.
        """
        day = _day(as_of, "as_of")
        return tuple(
            t
            for t in self.plan.tasks
            if t.deadline.date is not None
            and self._category(t, self._task_state(t, day), day) == "done_late"
        )

    def classify(self, as_of: datetime.date | str) -> Mapping[int, str]:
        """Return, for every task number, the summary category the task falls in on *as_of*.

        The categories are the :class:`SummaryRow` count names
        (:data:`~dg_plan.tracking.CATEGORIES`): ``"done_on_time"``, ``"done_late"``,
        ``"late_open"``, ``"due_open"``, ``"open_not_due"``, ``"not_reported"``,
        ``"done_undated"``, ``"open_undated"``, ``"not_reported_undated"``. A task due
        on *as_of* itself and not DONE is ``"due_open"`` (到期未完成); it used to count
        as not due (``"open_not_due"`` or ``"not_reported"``). A task whose deadline is
        no date is one of the three ``*_undated`` (it used to count as done on time or
        not due).

        Raises:
            InvalidQueryError: *as_of* is not a date.
        """
        day = _day(as_of, "as_of")
        return MappingProxyType({t.number: c for t, c, _ in self._classified(day)})

    def _unit_table(self) -> UnitTable:
        """The per-unit table :meth:`summary` answers from, built on first use."""
        index = self._index
        if index.unit_table is None:
            with index.lock:
                if index.unit_table is None:
                    index.unit_table = UnitTable(self.plan, index.by_task)
        return index.unit_table

    def summary(
        self, as_of: datetime.date | str, by: Literal["unit", "part", "deadline"] = "unit"
    ) -> tuple[SummaryRow, ...]:
        """Return how the tasks stand on *as_of*, one row per unit, part or deadline.

        Each row's nine counts partition its tasks (see :class:`SummaryRow`). By part
        and by deadline, each task counts once, by its status (so the rows' totals add
        up to the plan's tasks). By unit, each unit counts every task it answers for
        (:meth:`Plan.tasks_for <dg_plan.Plan.tasks_for>`: its collectives' included),
        by its own status: its latest report on or before *as_of* (a member city
        without one takes its collective's). Units that answer for no task, and
        collectives whose members answer for them (各省辖市政府), have no row.

        The cost is one pass over the tasks and, for each, over the units that
        reported on it (a bisection of each one's reports by day): linear in the
        plan's size and the number of reports.

        Args:
            as_of: The day to judge from.
            by: ``"unit"`` (in the plan's unit order), ``"part"`` (in order) or
                ``"deadline"`` (in deadline order).

        Returns:
            The rows.

        Raises:
            InvalidQueryError: *as_of* is not a date or *by* is not one of the three.
        """
        day = _day(as_of, "as_of")
        if by == "unit":
            table = self._unit_table()
            by_unit: dict[str, dict[str, int]] = {}
            for name, total, dues in table.rows:
                late = bisect.bisect_left(dues, day)  # due before the day, no report
                today = bisect.bisect_right(dues, day) - late  # due on the day, no report
                by_unit[name] = dict.fromkeys(CATEGORIES, 0)
                by_unit[name]["late_open"] = late
                by_unit[name]["late_not_reported"] = late
                by_unit[name]["due_open"] = today
                by_unit[name]["due_not_reported"] = today
                by_unit[name]["not_reported"] = len(dues) - late - today
                by_unit[name]["not_reported_undated"] = total - len(dues)
            # Only the pairs some report touches can differ from "no report".
            for name, task, via in table.touched:
                report = self._unit_state(task.number, name, via, day)
                if report is None:
                    continue
                due = task.deadline.date
                unit_counts = by_unit[name]
                if due is not None and due < day:
                    unit_counts["late_open"] -= 1
                    unit_counts["late_not_reported"] -= 1
                elif due == day:
                    unit_counts["due_open"] -= 1
                    unit_counts["due_not_reported"] -= 1
                elif due is None:
                    unit_counts["not_reported_undated"] -= 1
                else:
                    unit_counts["not_reported"] -= 1
                state = (report.status, report.completed_on)
                unit_counts[self._category(task, state, day)] += 1
            return tuple(SummaryRow(n, n, **by_unit[n]) for n, _, _ in table.rows)
        if by not in ("part", "deadline"):
            raise query_error(QueryErrorKind.EXPECTED_GROUPING, "by", by)
        category = {t.number: (c, silent) for t, c, silent in self._classified(day)}
        groups: list[tuple[str, str, Sequence[Task]]]
        if by == "part":
            groups = [(p.id, f"{p.label}、{p.title}", p.tasks) for p in self.plan.sections]
        else:
            groups = [(str(e.deadline), str(e.deadline), e.tasks) for e in self.plan.timeline()]
        rows = []
        for key, label, tasks in groups:
            counts = dict.fromkeys(CATEGORIES, 0)
            counts["late_not_reported"] = counts["due_not_reported"] = 0
            for task in tasks:
                name, silent = category[task.number]
                counts[name] += 1
                if silent and name in ("late_open", "due_open"):
                    counts[name.replace("open", "not_reported")] += 1
            rows.append(SummaryRow(key, label, **counts))
        return tuple(rows)

    def scorecard(self, as_of: datetime.date | str) -> tuple[ScoreRow, ...]:
        """Return each unit's own record on *as_of*: only the tasks its answer counts in.

        Unlike :meth:`summary` by unit (every task a unit answers for), a unit is
        scored only on the tasks where it is **accountable** (主责单位): those it leads,
        and those it is responsible for when the task has no lead (a member city of an
        accountable 各省辖市政府 is accountable itself). Each task is judged by the
        unit's own answer: its latest report on or before *as_of* (a member city
        without one takes its collective's). The score is split by the unit's role in
        the task, 牵头 or 负责 (:attr:`ScoreRow.by_role`), each a
        :class:`~dg_plan.tracking.Score`: the nine categories of :meth:`summary`, its
        unreported tasks (未报送合计, across them) and its on-time rate (按时完成率:
        按时完成 over 按时完成, 逾期完成, 逾期未完成 and 到期未完成, its dated tasks done
        or due on *as_of*). The scorecard's count columns
        (:attr:`Score.columns <dg_plan.tracking.Score.columns>`) are those nine
        categories, with their names, and add up to its tasks.

        Rows come ranked: best on-time rate first, then fewest unreported, then fewest
        own late tasks, then the plan's unit order; equal records share a rank. Units
        with tasks due and no report at all in the ledger (不参与排名) follow,
        unranked (``rank`` is ``None``), then the units with nothing due yet (不参与排名:
        no on-time rate), in the plan's unit order: nothing due is no record, so they
        are not put above units that did all that was due. A collective nobody
        can report for (省直相关部门: no members, no template) comes last, unranked.

        The cost is one pass over the tasks and their accountable units, a
        bisection of each one's reports: it does not grow with the number of
        reports but by its logarithm.

        >>> import datetime, dg_plan
        >>> plan = dg_plan.load_plan()
        >>> day = datetime.date(2024, 7, 1)
        >>> ledger = Ledger(plan, [Report(50, "省审计厅", Status.IN_PROGRESS, day)])
        >>> audit = next(r for r in ledger.scorecard(day) if r.unit == "省审计厅")
        >>> [(role.value, s.tasks, s.open_not_due, s.open_undated) for role, s in audit.by_role]
        [('lead', 1, 0, 1)]

        Raises:
            InvalidQueryError: *as_of* is not a date.
        """
        from .scores import scorecard  # noqa: PLC0415 - the module imports this one

        return scorecard(self, _day(as_of, "as_of"))

    def chase(
        self, as_of: datetime.date | str, *, set_aside: Iterable[str] | Mapping[str, str] = ()
    ) -> tuple[Chase, ...]:
        """Return whom to chase (催办) on *as_of*, and for which late tasks.

        Per unit that can report (not a collective without members), in the plan's
        unit order, the tasks where it is accountable (see :meth:`scorecard`) that are
        due before *as_of* and where its own answer is missing or not DONE. Units with
        no such task are left out. :func:`~dg_plan.tracking.write_notice` drafts the
        督办通知 to send each.

        Args:
            as_of: The day to judge from.
            set_aside: The units whose returned file of the round was set aside
                (:attr:`Returns.set_aside`' units): they did return a file, so their
                chase says 已报回待修改 (returned, set aside for correction) where
                their answer is missing, not 未报送 (:attr:`Chase.set_aside`). Or a
                mapping of each such unit to why its file was set aside
                (:attr:`SetAside.reason`, kept in :attr:`Chase.reason`): a unit that
                returned two files for the office to choose from is 已报回（两份，待核定）.

        Raises:
            InvalidQueryError: *as_of* is not a date.
            UnknownNameError: A unit of *set_aside* is not in the plan.
        """
        from .scores import chase  # noqa: PLC0415 - the module imports this one

        return chase(self, _day(as_of, "as_of"), set_aside=set_aside)

    def history(self, task: int | Task) -> tuple[Report, ...]:
        """Return every report on *task*, by day (the ledger's order within a day).

        Raises:
            UnknownTaskError: The plan has no such task.
        """
        return self._index.history_of(self._task(task).number)

    def to_dataframe(self, lang: str = "en") -> pandas.DataFrame:
        """Return the reports as a pandas DataFrame, one row per report.

        Columns: ``task``, ``unit``, ``status`` (the value, a categorical),
        ``status_label``, ``as_of`` and ``completed_on`` (datetime64), ``note`` and
        ``evidence`` (the items joined by new lines). With ``lang="zh"``: 序号, 填报单位,
        状态 (the label, a categorical), 数据截止日期, 完成日期, 进展情况 and 佐证材料.

        Raises:
            ImportError: pandas is not installed (``pip install 'dg_plan[pandas]'``).
            InvalidQueryError: *lang* is neither ``"en"`` nor ``"zh"``.
        """
        from dg_plan._compat import require  # noqa: PLC0415 - pandas only when asked for

        columns = export_columns(lang)
        pd = require("pandas", "pandas", "a DataFrame")
        reports = self.reports
        dates = {
            "as_of": pd.to_datetime([r.as_of for r in reports]),
            "completed_on": pd.to_datetime([r.completed_on for r in reports]),
        }
        rest = {
            "note": [r.note for r in reports],
            "evidence": ["\n".join(r.evidence) for r in reports],
        }
        head = {
            "task": pd.array([r.task for r in reports], dtype="int64"),
            "unit": [r.unit for r in reports],
        }
        if columns is COLUMNS_ZH:
            status = {
                "status": pd.Categorical(
                    [r.status.label for r in reports], categories=[s.label for s in Status]
                )
            }
        else:
            status = {
                "status": pd.Categorical(
                    [r.status.value for r in reports], categories=[s.value for s in Status]
                ),
                "status_label": [r.status.label for r in reports],
            }
        data = {**head, **status, **dates, **rest}
        frame: pandas.DataFrame = pd.DataFrame(dict(zip(columns, data.values(), strict=True)))
        return frame
