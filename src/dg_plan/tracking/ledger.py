"""Tracking: what units report about their tasks, and what the plan's status is."""

from __future__ import annotations

import bisect
import datetime
import enum
import operator
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

import attrs

from dg_plan._dates import read_day
from dg_plan._errors import (
    InvalidTypeError,
    TrackingDataError,
    UnknownNameError,
    UnknownTaskError,
    ValidationError,
)
from dg_plan._i18n import N_
from dg_plan._model import Role, Task, Unit
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._tracking_problems import TrackingProblem, unknown_unit
from dg_plan._tracking_problems import problem as _problem
from dg_plan._validate import instance_of, int_at_least, optional
from dg_plan._vocabulary import WORDS

if TYPE_CHECKING:  # pandas is optional: named in a signature, imported when called
    import pandas

__all__ = [
    "CATEGORIES",
    "RULES",
    "Ledger",
    "Report",
    "Status",
    "StatusExplanation",
    "SummaryRow",
    "UnitStatus",
    "category_labels",
    "not_reported_labels",
]


class Status(enum.Enum):
    """Where a unit stands with a task, as it reports it.

    The three states are the ones 督查督办 report forms ask for (完成情况: 未启动 /
    推进中 / 已完成). Each has a Chinese :attr:`label`; :meth:`parse` reads the label,
    the name or the value.

    >>> Status.parse("已完成") is Status.DONE
    True
    >>> Status.IN_PROGRESS.label
    '推进中'
    """

    #: 未启动: the work has not started.
    NOT_STARTED = "not_started"
    #: 推进中: the work is under way (for a 持续推进 task, also: carried on as routine).
    IN_PROGRESS = "in_progress"
    #: 已完成: the work is done (a report of it names the day, ``completed_on``).
    DONE = "done"

    @property
    def label(self) -> str:
        """The Chinese label, as printed in report forms (``已完成``)."""
        return _LABELS[self]

    @classmethod
    def parse(cls, value: object) -> Status:
        """Return the status *value* names: a label, a name or a value.

        Surrounding spaces are ignored, and so is the case of names and values.

        >>> Status.parse("in_progress") is Status.parse("IN_PROGRESS") is Status.parse("推进中")
        True

        Args:
            value: ``"已完成"``, ``"DONE"``, ``"done"`` or a :class:`Status`.

        Returns:
            The status.

        Raises:
            InvalidQueryError: *value* names no status; the message lists the choices
                (a :class:`ValueError`).
        """
        if isinstance(value, Status):
            return value
        if isinstance(value, str):
            found = _PARSE.get(value.strip()) or _PARSE.get(value.strip().lower())
            if found is not None:
                return found
        raise query_error(
            QueryErrorKind.NOT_A_STATUS, "status", value, choices=tuple(s.label for s in Status)
        )


_LABELS = MappingProxyType(
    {Status.NOT_STARTED: "未启动", Status.IN_PROGRESS: "推进中", Status.DONE: "已完成"}
)
_PARSE: Mapping[str, Status] = MappingProxyType(
    {
        **{s.label: s for s in Status},
        **{s.name.lower(): s for s in Status},
        **{s.value: s for s in Status},
    }
)
#: The labels, in order, as a person would be offered them.
CHOICES = "、".join(s.label for s in Status)

#: The Chinese label of each role, as the reporting templates print it.
ROLE_LABELS: Mapping[Role, str] = MappingProxyType({r: w.word for r, w in WORDS.items()})


_exact_date = instance_of(datetime.date, exact=True, what="a datetime.date")
_optional_date = optional(_exact_date)


def _evidence(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    typed = type(value) is tuple and all(type(v) is str for v in value)
    if not typed or not all(v.strip() for v in value):  # type: ignore[attr-defined]
        # A wrong type is a type error; a blank item, a broken rule.
        error = ValidationError if typed else InvalidTypeError
        raise error(
            f"{type(instance).__name__}.evidence must be a tuple of non-empty str, got {value!r}",
            attribute.name,
            value,
        )


def _as_number(value: object) -> object:
    """A numpy or other integer-like task number as an int; anything else as it is."""
    if isinstance(value, bool) or type(value) is int:
        return value
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        return value


_task_number = int_at_least(1)
_status = instance_of(Status, what="a Status (Status.parse reads labels)")


def _unit_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or not value.strip():
        error = ValidationError if type(value) is str else InvalidTypeError
        raise error(
            f"{type(instance).__name__}.unit must be a non-empty str, got {value!r}",
            attribute.name,
            value,
        )


@attrs.frozen
class Report:
    """What one unit reported about one task, for one day; immutable.

    A report checks only its own fields' types; whether it fits a plan (the task
    exists, the unit is the task's, a DONE report names its day) is checked by the
    :class:`Ledger` that holds it, which lists every broken rule at once.

    >>> import datetime
    >>> r = Report(18, "省发展改革委", Status.DONE, datetime.date(2024, 1, 5),
    ...            completed_on=datetime.date(2023, 12, 20))
    >>> r.status.label
    '已完成'

    Args:
        task: The task's number.
        unit: The reporting unit's name (an alias is resolved by the ledger).
        status: Where the unit stands.
        as_of: The day the report speaks for.
        completed_on: The day the work was done; for a DONE report only, and then
            required.
        note: The progress in words (进展情况).
        evidence: Document numbers or URLs that support the report (佐证材料).

    Raises:
        InvalidTypeError: A field has the wrong type.
        ValidationError: A field's value breaks its rule: a task number below 1, a
            blank unit name or evidence item.
    """

    task: int = attrs.field(converter=_as_number, validator=_task_number)
    unit: str = attrs.field(validator=_unit_name)
    status: Status = attrs.field(validator=_status)
    as_of: datetime.date = attrs.field(validator=_exact_date)
    completed_on: datetime.date | None = attrs.field(default=None, validator=_optional_date)
    note: str = attrs.field(default="", validator=instance_of(str))
    evidence: tuple[str, ...] = attrs.field(default=(), validator=_evidence)


#: The summary's categories, in the order they are shown. They partition the tasks.
CATEGORIES = ("done_on_time", "done_late", "late_open", "open_not_due", "not_reported")

# What each category counts, in the words every output shows (the CLI, the HTML and
# xlsx reports, the docs): gettext messages, English here, translated by the catalog.
_CATEGORY_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "done_on_time": N_("done on time"),
        "done_late": N_("done late"),
        "late_open": N_("late, not done"),
        "open_not_due": N_("reported, not done (not due)"),
        "not_reported": N_("not reported (not due)"),
    }
)
# The extra figure of a headline: the tasks with no report at all, late or not.
_NOT_REPORTED_AT_ALL = N_("not reported at all")
_OF_THEM_LATE = N_("of them late")


def category_labels(language: str | None = None) -> Mapping[str, str]:
    """Return the label of each summary category, in :data:`~dg_plan.tracking.CATEGORIES` order.

    These are the words the command line, the HTML and xlsx reports and the docs use.

    >>> category_labels("zh")["not_reported"], category_labels("en")["late_open"]
    ('未报送（未到期）', 'late, not done')

    Args:
        language: ``"zh"`` or ``"en"``; by default the one of
            :func:`dg_plan.get_language` (or of the command line's ``--lang``).

    Returns:
        A read-only mapping from category name (``"done_on_time"``, ...) to its label.

    Raises:
        InvalidQueryError: *language* is neither Chinese nor English.
    """
    from dg_plan import _i18n  # noqa: PLC0415 - gettext only when labels are shown

    translate = _i18n.translation(
        _i18n.current() if language is None else _i18n.normalize(language)
    ).gettext
    return MappingProxyType({c: translate(_CATEGORY_MESSAGES[c]) for c in CATEGORIES})


def not_reported_labels(language: str | None = None) -> tuple[str, str]:
    """Return the labels of the headline's extra figure, in *language*.

    >>> not_reported_labels("en")
    ('not reported at all', 'of them late')

    Args:
        language: ``"zh"`` or ``"en"``; by default the language in force.

    Raises:
        InvalidQueryError: *language* is neither Chinese nor English.
    """
    from dg_plan import _i18n  # noqa: PLC0415 - gettext only when labels are shown

    translate = _i18n.translation(
        _i18n.current() if language is None else _i18n.normalize(language)
    ).gettext
    return translate(_NOT_REPORTED_AT_ALL), translate(_OF_THEM_LATE)


_non_negative = int_at_least(0)


def _within_late(instance: SummaryRow, attribute: attrs.Attribute[Any], value: int) -> None:
    _non_negative(instance, attribute, value)
    if value > instance.late_open:
        raise ValidationError(
            f"SummaryRow.late_not_reported ({value}) cannot exceed late_open "
            f"({instance.late_open})",
            attribute.name,
            value,
        )


@attrs.frozen
class SummaryRow:
    """One row of :meth:`Ledger.summary`: how the tasks of one unit, part or deadline stand.

    The five counts partition the row's tasks: each task counts in exactly one of them,
    so they add up to :attr:`total`. A task is first done or not: DONE on time, or
    DONE late; if not DONE, it is late when its date has passed (reported or not), and
    otherwise open, reported but not done, or not reported at all. "Not due" includes
    the tasks without a date (持续推进), which are never late.

    :attr:`late_not_reported` is not a sixth category but a part of ``late_open``: the
    late tasks nobody reported on. With ``not_reported`` it makes
    :attr:`not_reported_at_all`, every task with no report, late or not.

    Args:
        key: The unit's name, the part's id or the printed deadline.
        label: What to show: the unit's name, the part's title, the printed deadline.
        done_on_time: DONE, on or before the deadline (undated tasks: DONE). 按时完成.
        done_late: DONE, after the deadline. 逾期完成.
        late_open: Due before ``as_of`` and not DONE, whether reported or not. 逾期未完成.
        not_reported: Nothing reported, and not late (not yet due, or undated).
            未报送（未到期）.
        open_not_due: Reported, not DONE, and not late (not yet due, or undated).
            已报送未完成（未到期）.
        late_not_reported: Of ``late_open``, the tasks with no report at all.

    Raises:
        InvalidTypeError: A count is not an int.
        ValidationError: A count is below 0, or ``late_not_reported`` exceeds
            ``late_open``.
    """

    key: str
    label: str
    done_on_time: int = attrs.field(validator=_non_negative)
    done_late: int = attrs.field(validator=_non_negative)
    late_open: int = attrs.field(validator=_non_negative)
    not_reported: int = attrs.field(validator=_non_negative)
    open_not_due: int = attrs.field(validator=_non_negative)
    late_not_reported: int = attrs.field(default=0, validator=_within_late)

    @property
    def total(self) -> int:
        """The row's tasks: the sum of the five counts."""
        return (
            self.done_on_time + self.done_late + self.late_open + self.not_reported
        ) + self.open_not_due

    @property
    def not_reported_at_all(self) -> int:
        """The tasks with no report at all, late or not: ``not_reported + late_not_reported``."""
        return self.not_reported + self.late_not_reported


@attrs.frozen
class UnitStatus:
    """One unit's part in a task's status, as :meth:`Ledger.explain` shows it.

    Args:
        unit: The unit's name (a member city is named itself, not its collective).
        role: Its role in the task (through its collective, for a member city).
        counted: Whether its report counts in the task's status (an accountable unit),
            or is only shown (a supporting unit).
        report: Its latest report on or before the day (or its collective's, for a
            member city without one), or ``None``: nothing reported.
        via: The collective it answers through (各省辖市政府), or ``None``.
        through_collective: Whether *report* is the collective's, standing in for
            the member's own.
    """

    unit: str
    role: Role
    counted: bool
    report: Report | None
    via: str | None = None
    through_collective: bool = False

    @property
    def status(self) -> Status | None:
        """The status its report gives, or ``None``."""
        return None if self.report is None else self.report.status


#: The rules that give a task its status (:attr:`StatusExplanation.rule`), by status.
RULES: Mapping[Status | None, str] = MappingProxyType(
    {
        Status.DONE: "all_done",
        None: "none_reported",
        Status.NOT_STARTED: "all_not_started",
        Status.IN_PROGRESS: "not_all_done",
    }
)


@attrs.frozen
class StatusExplanation:
    """How a task's status on a day was reached (:meth:`Ledger.explain`).

    Args:
        task: The task's number.
        status: The task's status, or ``None``: none of the units that count reported.
        completed_on: The day it was done, when DONE (the latest of the units' days).
        units: The units that count, in the task's order (a collective as each of its
            member cities), then the supporting units that reported.
    """

    task: int
    status: Status | None
    completed_on: datetime.date | None
    units: tuple[UnitStatus, ...]

    @property
    def rule(self) -> str:
        """The rule that gave the status: one of :data:`~dg_plan.tracking.RULES`' values.

        ``"all_done"``: every unit that counts reports DONE; ``"none_reported"``: none
        of them reported; ``"all_not_started"``: every one that reported says
        NOT_STARTED; ``"not_all_done"`` (IN_PROGRESS): otherwise, some reported
        progress or DONE but not every unit that counts is DONE.
        """
        return RULES[self.status]

    @property
    def counted(self) -> int:
        """How many units count in the status."""
        return sum(u.counted for u in self.units)

    @property
    def done(self) -> int:
        """How many units that count report DONE."""
        return sum(u.counted and u.status is Status.DONE for u in self.units)

    @property
    def silent(self) -> int:
        """How many units that count reported nothing."""
        return sum(u.counted and u.report is None for u in self.units)


_State = tuple[Status, "datetime.date | None"]


_AS_OF = operator.attrgetter("as_of")


class _Parts:
    """How the units' reports count in one task's status.

    ``own``: each unit whose own report counts, with the collective it answers through
    (or ``None``); ``collective``: each accountable collective with members, with the
    number of members that answer through it (its report stands for those that have
    none of their own); ``count``: how many units count.
    """

    __slots__ = ("collective", "count", "own")

    def __init__(self, reporters: Sequence[tuple[str, str | None]]) -> None:
        self.own: dict[str, str | None] = dict(reporters)
        self.collective: dict[str, int] = {}
        for _, via in reporters:
            if via is not None:
                self.collective[via] = self.collective.get(via, 0) + 1
        self.count = len(reporters)


def _verdict(counted: Sequence[tuple[int, Report]], units: int) -> _State | None:
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


class _Index:
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
        self.parts: dict[int, _Parts] = {}
        self.unit_table: _UnitTable | None = None

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


def _latest(
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


def _answering(plan: Plan, task: Task) -> dict[str, str | None]:
    """Return the units that answer for *task*: name -> the collective it answers through."""
    found: dict[str, str | None] = {u.name: None for u in task.units}
    for unit in task.units:
        for member in unit.members:
            found.setdefault(member, unit.name)
    return found


def _own_problems(report: Report) -> list[tuple[str, str, object, dict[str, Any]]]:
    """Return the rules *report* breaks on its own: the day done (kind, column, value, values)."""
    done = report.completed_on
    if (done is None) is (report.status is not Status.DONE) and (
        done is None or done <= report.as_of
    ):
        return []
    found: list[tuple[str, str, object, dict[str, Any]]] = []
    if report.status is Status.DONE and report.completed_on is None:
        found.append(("done_without_day", "completed_on", None, {}))
    if report.status is not Status.DONE and report.completed_on is not None:
        found.append(
            ("day_not_done", "completed_on", report.completed_on, {"status": report.status.label})
        )
    if report.completed_on is not None and report.completed_on > report.as_of:
        found.append(
            ("done_after_report", "completed_on", report.completed_on, {"as_of": report.as_of})
        )
    return found


def _report_number(i: int) -> tuple[str, dict[str, Any]]:
    return "contradicts_report", {"other": i}


def check_reports(
    plan: Plan,
    reports: Sequence[Report],
    where: Callable[[int], tuple[str, dict[str, Any]]] = _report_number,
) -> tuple[list[TrackingProblem], list[Report]]:
    """Check *reports* against *plan*; return every problem and the canonical reports.

    *where* names the report at a position, for the message about a contradiction:
    the problem's kind and the values that say where the other report is.
    """
    problems: list[TrackingProblem] = []
    canonical: list[Report] = []
    answering: dict[int, dict[str, str | None]] = {}
    seen: dict[tuple[int, str, datetime.date], tuple[int, Report]] = {}
    units: dict[str, Unit | None] = {}

    def problem(i: int, kind: str, column: str, value: object, **values: Any) -> None:  # noqa: ANN401
        problems.append(_problem(kind, value, column=column, report=i, **values))

    for i, report in enumerate(reports):
        if not isinstance(report, Report):
            problem(i, "not_a_report", "report", report)
            continue
        ok = True
        task: Task | None
        try:
            task = plan.task(report.task)
        except UnknownTaskError as exc:  # the same range the plan's own error gives
            task = None
            problem(i, "no_task", "task", report.task, first=exc.first, last=exc.last)
            ok = False
        if report.unit not in units:
            try:
                units[report.unit] = plan.unit(report.unit)
            except UnknownNameError as exc:
                units[report.unit] = None
                kind, values = unknown_unit(report.unit, exc)
                problem(i, kind, "unit", report.unit, **values)
        unit = units[report.unit]
        if unit is None:
            ok = False
        elif task is not None:
            table = answering.get(task.number)
            if table is None:
                table = answering[task.number] = _answering(plan, task)
            if unit.name not in table:
                problem(
                    i,
                    "not_task_unit",
                    "unit",
                    report.unit,
                    unit=unit.name,
                    task=task.number,
                    units=tuple(u.name for u in task.units),
                )
                ok = False
        for kind, column, value, values in _own_problems(report):
            problem(i, kind, column, value, **values)
            ok = False
        if not ok or unit is None:
            continue
        if unit.name != report.unit:
            report = attrs.evolve(report, unit=unit.name)  # noqa: PLW2901 - canonical name
        key = (report.task, report.unit, report.as_of)
        before = seen.get(key)
        if before is not None and (before[1].status, before[1].completed_on) != (
            report.status,
            report.completed_on,
        ):
            kind, other = where(before[0])
            problem(
                i,
                kind,
                "status",
                report.status.label,
                unit=report.unit,
                task=report.task,
                as_of=report.as_of,
                first=before[1].status.label,
                second=report.status.label,
                **other,
            )
            continue
        seen.setdefault(key, (i, report))
        canonical.append(report)
    return problems, canonical


class _UnitTable:
    """Each unit that answers itself: its task count, its sorted due dates.

    Also the (unit, task, collective) pairs that some report touches.
    """

    __slots__ = ("rows", "touched")

    def __init__(self, plan: Plan, by_task: Mapping[int, Mapping[str, list[Report]]]) -> None:
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
            # (_answering), also where the member belongs to two the task names.
            for r in found:
                if r.task.number not in answering:
                    answering[r.task.number] = _answering(plan, r.task)
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


def _reports(value: Iterable[Report]) -> tuple[Report, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"reports must be an iterable of Report, got {value!r}")
    return tuple(value)


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

    Args:
        plan: The plan the reports are about.
        reports: The reports, in any order; the ledger keeps the order given.

    Raises:
        TrackingDataError: One or more reports break a rule; ``problems`` lists each,
            with the report's position (a :class:`ValueError`).
    """

    plan: Plan = attrs.field(validator=instance_of(Plan))
    reports: tuple[Report, ...] = attrs.field(converter=_reports)
    _index: _Index = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Check every report against the plan and index them."""
        problems, canonical = check_reports(self.plan, self.reports)
        if problems:
            raise TrackingDataError(problems)
        object.__setattr__(self, "reports", tuple(canonical))
        object.__setattr__(self, "_index", _Index(canonical))

    def __eq__(self, other: object) -> bool:
        """Two ledgers are equal when they hold the same reports about equal plans."""
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
            pairs: dict[str, str | None] = {}
            for unit in task.accountable:
                if not unit.members:
                    pairs[unit.name] = None
            for unit in task.accountable:
                for member in unit.members:
                    pairs.setdefault(member, unit.name)
            found = index.reporters[task.number] = tuple(pairs.items())
        return found

    def _parts(self, task: Task) -> _Parts:
        """How each unit's report counts in *task*'s status (see :class:`_Parts`)."""
        index = self._index
        found = index.parts.get(task.number)
        if found is None:
            found = index.parts[task.number] = _Parts(self._reporters(task))
        return found

    def _unit_state(
        self, task: int, unit: str, via: str | None, day: datetime.date | None
    ) -> Report | None:
        units = self._index.by_task.get(task)
        report = _latest(units, unit, day)
        if report is None and via is not None:
            report = _latest(units, via, day)
        return report

    def _task_state(self, task: Task, day: datetime.date | None) -> _State | None:
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
            elif unit in collective:
                standing.append((collective[unit], report))
            # else: a supporting unit, shown but not counted
        for members, report in standing:
            weight = members - covered.get(report.unit, 0)
            if weight > 0:
                counted.append((weight, report))
        return _verdict(counted, parts.count)

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
        table = _answering(self.plan, found)
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
            report = _latest(units, name, day)
            through = False
            if report is None and via is not None:
                report = _latest(units, via, day)
                through = report is not None
            role = found.role_of(via if via is not None else name)
            rows.append(
                UnitStatus(
                    name, role, counted=True, report=report, via=via, through_collective=through
                )
            )
        counting = {name for name, _ in self._reporters(found)}
        counting |= set(self._parts(found).collective)
        for name, via in _answering(self.plan, found).items():
            if name in counting:
                continue
            report = _latest(units, name, day)
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
    def _category(task: Task, state: _State | None, day: datetime.date) -> str:
        due = task.deadline.date
        if state is not None and state[0] is Status.DONE:
            done = state[1]
            late = due is not None and done is not None and done > due
            return "done_late" if late else "done_on_time"
        if due is not None and due < day:
            return "late_open"
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
        ``"late_open"``, ``"open_not_due"``, ``"not_reported"``.

        Raises:
            InvalidQueryError: *as_of* is not a date.
        """
        day = _day(as_of, "as_of")
        return MappingProxyType({t.number: c for t, c, _ in self._classified(day)})

    def _unit_table(self) -> _UnitTable:
        """The per-unit table :meth:`summary` answers from, built on first use."""
        index = self._index
        if index.unit_table is None:
            with index.lock:
                if index.unit_table is None:
                    index.unit_table = _UnitTable(self.plan, index.by_task)
        return index.unit_table

    def summary(
        self, as_of: datetime.date | str, by: Literal["unit", "part", "deadline"] = "unit"
    ) -> tuple[SummaryRow, ...]:
        """Return how the tasks stand on *as_of*, one row per unit, part or deadline.

        Each row's five counts partition its tasks (see :class:`SummaryRow`). By part
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
                by_unit[name] = dict.fromkeys(CATEGORIES, 0)
                by_unit[name]["late_open"] = late
                by_unit[name]["late_not_reported"] = late
                by_unit[name]["not_reported"] = total - late
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
            counts["late_not_reported"] = 0
            for task in tasks:
                name, silent = category[task.number]
                counts[name] += 1
                if silent and name == "late_open":
                    counts["late_not_reported"] += 1
            rows.append(SummaryRow(key, label, **counts))
        return tuple(rows)

    def history(self, task: int | Task) -> tuple[Report, ...]:
        """Return every report on *task*, by day (the ledger's order within a day).

        Raises:
            UnknownTaskError: The plan has no such task.
        """
        return self._index.history_of(self._task(task).number)

    def to_dataframe(self) -> pandas.DataFrame:
        """Return the reports as a pandas DataFrame, one row per report.

        Columns: ``task``, ``unit``, ``status`` (the value, a categorical),
        ``status_label``, ``as_of`` and ``completed_on`` (datetime64), ``note`` and
        ``evidence`` (the items joined by new lines).

        Raises:
            ImportError: pandas is not installed (``pip install 'dg_plan[pandas]'``).
        """
        from dg_plan._compat import require  # noqa: PLC0415 - pandas only when asked for

        pd = require("pandas", "pandas", "a DataFrame")
        frame: pandas.DataFrame = pd.DataFrame(
            {
                "task": pd.array([r.task for r in self.reports], dtype="int64"),
                "unit": [r.unit for r in self.reports],
                "status": pd.Categorical(
                    [r.status.value for r in self.reports], categories=[s.value for s in Status]
                ),
                "status_label": [r.status.label for r in self.reports],
                "as_of": pd.to_datetime([r.as_of for r in self.reports]),
                "completed_on": pd.to_datetime([r.completed_on for r in self.reports]),
                "note": [r.note for r in self.reports],
                "evidence": ["\n".join(r.evidence) for r in self.reports],
            }
        )
        return frame
