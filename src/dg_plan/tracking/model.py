"""Tracking's model: a status, a report, and the rows and explanations a ledger answers with."""

from __future__ import annotations

import datetime
import enum
import operator
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from dg_plan._errors import InvalidTypeError, ValidationError
from dg_plan._i18n import N_
from dg_plan._model import Role
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._validate import instance_of, int_at_least, optional
from dg_plan._vocabulary import WORDS

__all__ = [
    "CATEGORIES",
    "COLUMNS_ZH",
    "EXPORT_COLUMNS",
    "ROLE_LABELS",
    "RULES",
    "STATUS_SYNONYMS",
    "Report",
    "Source",
    "Status",
    "StatusExplanation",
    "SummaryRow",
    "UnitStatus",
    "category_labels",
    "export_columns",
    "not_reported_labels",
    "read_status",
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
#: Other words for the statuses that a returned template's 状态 is read as, each with
#: a note (``status_read_as``): what people type instead of the drop-down's labels.
#: They are read after spaces and a closing 。，,.；;！! are dropped (``已完成。`` is the
#: label, noted too). :meth:`Status.parse` reads the labels, names and values only.
STATUS_SYNONYMS: Mapping[str, Status] = MappingProxyType(
    {
        "完成": Status.DONE,
        "已办结": Status.DONE,
        "办结": Status.DONE,
        "进行中": Status.IN_PROGRESS,
        "正在进行": Status.IN_PROGRESS,
        "正在推进": Status.IN_PROGRESS,
        "推进": Status.IN_PROGRESS,
        "持续推进": Status.IN_PROGRESS,
        "常态化推进": Status.IN_PROGRESS,
        "未开始": Status.NOT_STARTED,
        "尚未开始": Status.NOT_STARTED,
        "尚未启动": Status.NOT_STARTED,
        "未开展": Status.NOT_STARTED,
    }
)
# What a typed status loses before it is looked up: spaces, and closing punctuation.
_TRAILING = "。，,.；;！! \t\u3000"


def read_status(text: str) -> tuple[Status | None, tuple[str, ...]]:
    """Return the status *text* names as a returned template's 状态, or what it resembles.

    A label, name or value (:meth:`Status.parse`) is the status; so is a word of
    ``STATUS_SYNONYMS``, or a label followed by punctuation. Otherwise the status
    is ``None`` and the labels whose words *text* most resembles (difflib, best first)
    are given, possibly none.

    >>> read_status("进行中")[0] is Status.IN_PROGRESS
    True
    >>> read_status("已完城")
    (None, ('已完成',))
    """
    import difflib  # noqa: PLC0415 - only a mistyped status needs it

    key = "".join(text.split()).rstrip(_TRAILING)
    found = _PARSE.get(key) or _PARSE.get(key.lower()) or STATUS_SYNONYMS.get(key)
    if found is not None:
        return found, ()
    words = {**{s.label: s for s in Status}, **STATUS_SYNONYMS}
    close = difflib.get_close_matches(key, list(words), n=3, cutoff=0.5)
    return None, tuple(dict.fromkeys(words[w].label for w in close))


#: The Chinese label of each role, as the reporting templates print it.
ROLE_LABELS: Mapping[Role, str] = MappingProxyType({r: w.word for r, w in WORDS.items()})


_exact_date = instance_of(datetime.date, exact=True, what="a datetime.date")
_optional_date = optional(_exact_date)


def _evidence(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is tuple:
        # One loop for the usual case, a tuple of non-blank texts (each report read).
        for v in value:
            if type(v) is not str or not v.strip():
                break
        else:
            return
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


_optional_text = instance_of(str)


@attrs.frozen
class Source:
    """Where a report was read from: a returned file, its sheet and row, and its sign-off.

    The sign-off is what the file's 填报人, 联系电话, 审核人, 填报单位（盖章） and 填报日期
    cells hold (blank when they were left blank, or the file has none), the same on
    every report of the file.

    >>> Source("省审计厅.xlsx", 5, filled_by="张三").row
    5

    Args:
        file: The file's name.
        row: The row of the report (1-based, as a spreadsheet shows it).
        sheet: The sheet the row is on.
        filled_by: 填报人: who filled the file in.
        phone: 联系电话: how to reach them.
        reviewed_by: 审核人: who checked it.
        stamped_by: 填报单位（盖章）: the unit named (and stamped) at the foot.
        filled_on: 填报日期: the day the file was filled in, as written (a date
            cell as ``2024-07-03``).
    """

    file: str = attrs.field(validator=instance_of(str))
    row: int = attrs.field(validator=int_at_least(1))
    sheet: str = attrs.field(default="填报", validator=_optional_text)
    filled_by: str = attrs.field(default="", validator=_optional_text)
    phone: str = attrs.field(default="", validator=_optional_text)
    reviewed_by: str = attrs.field(default="", validator=_optional_text)
    stamped_by: str = attrs.field(default="", validator=_optional_text)
    filled_on: str = attrs.field(default="", validator=_optional_text)


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
        source: Where it was read from (a returned file's row and sign-off), or
            ``None`` for a report made in code. It is provenance, not what the unit
            says: two reports that differ only in their source are equal.
        expected: When the unit expects the work done, for a report not DONE: what a
            returned template's 完成日期 held beside 推进中 or 未启动 (a day or month
            written as 2024年10月15日 or 2024年10月, other words as written, 年底前),
            shown as 预计…完成; never a completion day. Blank when none was given.

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
    source: Source | None = attrs.field(
        default=None, eq=False, validator=optional(instance_of(Source))
    )
    expected: str = attrs.field(default="", validator=instance_of(str))


_new = object.__new__
_set = object.__setattr__


def trusted_source(
    file: str,
    row: int,
    sheet: str,
    filled_by: str = "",
    phone: str = "",
    reviewed_by: str = "",
    stamped_by: str = "",
    filled_on: str = "",
) -> Source:
    """A :class:`Source` as ``Source(...)`` makes it, its fields not checked again.

    For the reader of returned files only, which gives values of the checked types
    (a file name, a row of the sheet, texts); it makes one per report read, thousands
    a round. The tests of ``tests/tracking`` check each one made with ``attrs.validate``.
    """
    made = _new(Source)
    _set(made, "file", file)
    _set(made, "row", row)
    _set(made, "sheet", sheet)
    _set(made, "filled_by", filled_by)
    _set(made, "phone", phone)
    _set(made, "reviewed_by", reviewed_by)
    _set(made, "stamped_by", stamped_by)
    _set(made, "filled_on", filled_on)
    return made


def trusted_report(
    task: int,
    unit: str,
    status: Status,
    as_of: datetime.date,
    completed_on: datetime.date | None,
    note: str,
    evidence: tuple[str, ...],
    source: Source,
    expected: str = "",
) -> Report:
    """A :class:`Report` as ``Report(...)`` makes it, its fields not checked again.

    For the reader of returned files only: a row becomes a report once the reader
    has checked each of its cells, so every value already is what the field's
    validator accepts (an int task number of the unit's, the plan's name of the
    unit, a Status, dates, texts, non-blank evidence items). The ledger then checks
    the report against the plan as it checks any. The tests of ``tests/tracking``
    check each report made here with ``attrs.validate``.
    """
    made = _new(Report)
    _set(made, "task", task)
    _set(made, "unit", unit)
    _set(made, "status", status)
    _set(made, "as_of", as_of)
    _set(made, "completed_on", completed_on)
    _set(made, "note", note)
    _set(made, "evidence", evidence)
    _set(made, "source", source)
    _set(made, "expected", expected)
    return made


#: The summary's categories, in the order they are shown. They partition the tasks.
CATEGORIES = (
    "done_on_time",
    "done_late",
    "late_open",
    "due_open",
    "open_not_due",
    "not_reported",
    "done_undated",
    "open_undated",
    "not_reported_undated",
)

# What each category counts, in the words every output shows (the CLI, the HTML and
# xlsx reports, the docs): gettext messages, English here, translated by the catalog.
_CATEGORY_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "done_on_time": N_("done on time"),
        "done_late": N_("done late"),
        "late_open": N_("late, not done"),
        "due_open": N_("due on the day, not done"),
        "open_not_due": N_("reported, not done (not due)"),
        "not_reported": N_("not reported (not due)"),
        # A task whose deadline is no date (持续推进, 适时推进, none printed) is neither
        # done early nor "not due yet": its own words (the thirteenth reader, fault 2).
        "done_undated": N_("done (no date)"),
        "open_undated": N_("reported, not done (no date)"),
        "not_reported_undated": N_("not reported (no date)"),
    }
)
# The extra figure of a headline: the tasks no accountable unit reported on, late or
# not (a supporting unit's report does not count in a task's status, so not here either).
_NOT_REPORTED_AT_ALL = N_("no accountable unit reported")
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

    The figure is :attr:`SummaryRow.not_reported_at_all` summed over the tasks: the
    tasks none of whose accountable units (主责单位) reported, whatever a supporting
    unit said.

    >>> not_reported_labels("en")
    ('no accountable unit reported', 'of them late')

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


def _within(whole: str) -> Any:  # noqa: ANN401 - an attrs validator
    """A validator: a count, at least 0 and at most the row's count *whole*."""

    def check(instance: SummaryRow, attribute: attrs.Attribute[Any], value: int) -> None:
        _non_negative(instance, attribute, value)
        if value > getattr(instance, whole):
            raise ValidationError(
                f"SummaryRow.{attribute.name} ({value}) cannot exceed {whole} "
                f"({getattr(instance, whole)})",
                attribute.name,
                value,
            )

    return check


@attrs.frozen
class SummaryRow:
    """One row of :meth:`Ledger.summary`: how the tasks of one unit, part or deadline stand.

    The nine counts partition the row's tasks: each task counts in exactly one of them,
    so they add up to :attr:`total`. A task whose deadline is a date is first done or
    not: DONE on time, or DONE late; if not DONE, it is late when its date has passed
    (reported or not), due when its date is the day asked about, and otherwise open,
    reported but not done, or not reported at all. A task whose deadline is no date
    (持续推进, 适时推进, none printed) is never late, early or "not due yet": it is
    DONE, reported but not done, or not reported, each counted apart
    (``done_undated``, ``open_undated``, ``not_reported_undated``).

    :attr:`late_not_reported` is not another category but a part of ``late_open``: the
    late tasks nobody reported on; :attr:`due_not_reported` is the same part of
    ``due_open``. With ``not_reported`` and ``not_reported_undated`` they make
    :attr:`not_reported_at_all`, every task with no report, late, due, not due or undated.

    Args:
        key: The unit's name, the part's id or the printed deadline.
        label: What to show: the unit's name, the part's title, the printed deadline.
        done_on_time: DONE, on or before its dated deadline. 按时完成.
        done_late: DONE, after the deadline. 逾期完成.
        late_open: Due before ``as_of`` and not DONE, whether reported or not. 逾期未完成.
        not_reported: Nothing reported, dated and not yet due. 未报送（未到期）.
        open_not_due: Reported, not DONE, dated and not yet due. 已报送未完成（未到期）.
        late_not_reported: Of ``late_open``, the tasks with no report at all.
        due_open: Due on ``as_of`` itself and not DONE, whether reported or not.
            到期未完成. (A keyword with a default, after the others, so rows made
            before it existed still read.)
        due_not_reported: Of ``due_open``, the tasks with no report at all.
        done_undated: DONE, with no dated deadline. 已完成（无具体日期）. (This and the
            next two: keywords with a default, so rows made before them still read.)
        open_undated: Reported, not DONE, no dated deadline. 已报送未完成（无具体日期）.
        not_reported_undated: Nothing reported, no dated deadline. 未报送（无具体日期）.

    Raises:
        InvalidTypeError: A count is not an int.
        ValidationError: A count is below 0, or ``late_not_reported`` exceeds
            ``late_open`` (``due_not_reported``, ``due_open``).
    """

    key: str
    label: str
    done_on_time: int = attrs.field(validator=_non_negative)
    done_late: int = attrs.field(validator=_non_negative)
    late_open: int = attrs.field(validator=_non_negative)
    not_reported: int = attrs.field(validator=_non_negative)
    open_not_due: int = attrs.field(validator=_non_negative)
    late_not_reported: int = attrs.field(default=0, validator=_within("late_open"))
    due_open: int = attrs.field(default=0, validator=_non_negative)
    due_not_reported: int = attrs.field(default=0, validator=_within("due_open"))
    done_undated: int = attrs.field(default=0, validator=_non_negative)
    open_undated: int = attrs.field(default=0, validator=_non_negative)
    not_reported_undated: int = attrs.field(default=0, validator=_non_negative)

    @property
    def total(self) -> int:
        """The row's tasks: the sum of the nine counts."""
        return (
            (self.done_on_time + self.done_late + self.late_open + self.not_reported)
            + (self.open_not_due + self.due_open)
            + (self.done_undated + self.open_undated + self.not_reported_undated)
        )

    @property
    def not_reported_at_all(self) -> int:
        """The tasks with no report at all, late, due, not due or undated.

        ``not_reported + late_not_reported + due_not_reported + not_reported_undated``.
        """
        return (
            self.not_reported
            + self.late_not_reported
            + self.due_not_reported
            + self.not_reported_undated
        )


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


#: The columns of an export of the reports (``to_csv``, ``to_excel``, ``to_dataframe``).
EXPORT_COLUMNS = (
    "task",
    "unit",
    "status",
    "status_label",
    "as_of",
    "completed_on",
    "note",
    "evidence",
)
#: The columns of an export in Chinese (``lang="zh"``): the status as its label only.
COLUMNS_ZH = ("序号", "填报单位", "状态", "数据截止日期", "完成日期", "进展情况", "佐证材料")


def export_columns(lang: str) -> tuple[str, ...]:
    """The columns of an export of the reports in *lang* (``"en"`` or ``"zh"``).

    Raises:
        InvalidQueryError: *lang* is neither.
    """
    from dg_plan._i18n import normalize  # noqa: PLC0415 - only an export needs it

    return COLUMNS_ZH if normalize(lang) == "zh" else EXPORT_COLUMNS
