"""The problems tracking data can have: each a kind and its values, in words per language.

A :class:`~dg_plan.TrackingProblem`'s ``reason`` is English, as every exception's
text is; the command line renders its ``kind`` and ``values`` in the language asked
for, through the catalog.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ._i18n import N_
from ._messages import (
    Message,
    MessageKind,
    check_values,
    file_name,
    join_place,
    kind_validator,
    render,
    to_values,
)

__all__ = [
    "PROBLEMS",
    "TrackingProblem",
    "TrackingProblemKind",
    "plain",
    "problem",
    "relocated",
    "unknown_unit",
]


class TrackingProblemKind(str, MessageKind):  # noqa: SLOT000 - members carry templates
    """What is wrong with a report, a ledger file or a returned template.

    The values are the stable names a problem's ``kind`` had as plain strings, and a
    member is still that string (``kind == "bad_status"``, ``str(kind)``); each
    member's template (its English sentence, a gettext message with the values) is
    beside it.
    """

    __str__ = str.__str__

    # Reports checked against the plan (Ledger, collect, loads).
    NOT_A_REPORT = "not_a_report", N_("not a Report")
    NO_TASK = "no_task", N_("no such task (the plan's tasks are {first}..{last})")
    UNKNOWN_UNIT = "unknown_unit", N_("no unit named {name}")
    UNKNOWN_UNIT_SUGGEST = (
        "unknown_unit_suggest",
        N_("no unit named {name}; did you mean {suggestions}?"),
        {"lists": ("suggestions",)},
    )
    NOT_TASK_UNIT = (
        "not_task_unit",
        N_("{unit} is not one of task {task}'s units ({units})"),
        {"lists": ("units",)},
    )
    DONE_WITHOUT_DAY = (
        "done_without_day",
        N_("a DONE report needs completed_on, the day the work was done"),
    )
    DAY_NOT_DONE = "day_not_done", N_("only a DONE report has completed_on (this one is {status})")
    DONE_AFTER_REPORT = (
        "done_after_report",
        N_("completed_on is after the day the report speaks for ({as_of})"),
    )
    CONTRADICTS_REPORT = (
        "contradicts_report",
        N_(
            "contradicts report #{other} of {unit} on task {task} for {as_of} ({first} vs {second})"
        ),
    )
    CONTRADICTS_ROW = (
        "contradicts_row",
        N_(
            "contradicts the report in {other_file}, row {other_row}, of {unit} on task "
            "{task} for {as_of} ({first} vs {second})"
        ),
    )
    # Ledger files (loads).
    NOT_JSON = (
        "not_json",
        N_("this file is not a ledger: it is not JSON (line {line}, column {position})"),
    )
    NOT_TEXT = "not_text", N_("this file is not a ledger: it is not UTF-8 JSON text")
    # A file that is no ledger at all is said in words, the file its subject when the
    # command line knows it (its first template), never by a JSON path or a value.
    XLSX_NOT_LEDGER = (
        "xlsx_not_ledger",
        (
            N_(
                "{file} is an Excel workbook, not a ledger file. Collect the returned "
                "templates into a ledger first with track collect."
            ),
            N_(
                "this file is an Excel workbook, not a ledger file. Collect the returned "
                "templates into a ledger first with track collect."
            ),
        ),
    )
    PLAN_NOT_LEDGER = (
        "plan_not_ledger",
        (
            N_("{file} is a plan file, not a ledger: check that you chose the right file"),
            N_("this file is a plan, not a ledger"),
        ),
    )
    LEDGER_UNMARKED = (
        "ledger_unmarked",
        (
            N_(
                "{file} is not a ledger file (it has no format mark): check that you chose "
                "the right file"
            ),
            N_(
                "this file is not a ledger file (it has no format mark): check that you "
                "chose the right file"
            ),
        ),
    )
    NOT_A_LEDGER = (
        "not_a_ledger",
        (
            N_(
                "{file} is not a ledger file (its format mark is {found}, a ledger's is "
                "{expected}): check that you chose the right file"
            ),
            N_(
                "this file is not a ledger file (its format mark is {found}, a ledger's is "
                "{expected}): check that you chose the right file"
            ),
        ),
    )
    LEDGER_VERSION = "ledger_version", N_("this release reads ledger format version {version} only")
    LEDGER_OTHER_PLAN = (
        "ledger_other_plan",
        N_("the ledger was made for another plan (this plan's fingerprint is {fingerprint})"),
    )
    REPORTS_NOT_LIST = "reports_not_list", N_("expected a list of reports")
    REPORT_NOT_OBJECT = "report_not_object", N_("a report must be an object")
    MISSING_FIELD = "missing_field", N_("missing field {field}")
    UNKNOWN_FIELD = "unknown_field", N_("unknown field")
    EXPECTED_TASK = "expected_task", N_("expected an integer >= 1")
    EXPECTED_UNIT = "expected_unit", N_("expected a unit's name")
    EXPECTED_STATUS = "expected_status", N_("expected one of {choices}"), {"lists": ("choices",)}
    EXPECTED_ISO_DAY = "expected_iso_day", N_("expected a 'YYYY-MM-DD' date")
    EXPECTED_TEXT = "expected_text", N_("expected a string")
    EXPECTED_EVIDENCE = "expected_evidence", N_("expected a list of non-empty strings")
    # Returned templates (collect).
    # A file that cannot be opened: English keeps the reader's own words (``error``);
    # Chinese says the cause in words (``cause_zh``, which only Chinese has).
    UNREADABLE_XLSX = (
        "unreadable_xlsx",
        (
            N_("{cause}, so the file cannot be opened"),
            N_("cannot be read as an xlsx workbook: {error}"),
        ),
    )
    NO_TEMPLATE_SHEET = (
        "no_template_sheet",
        (
            N_(
                "is not the reporting template sent out for this round: it has no sheet "
                "{sheet} (its sheets: {sheets})."
            ),
            N_("is not the reporting template sent out for this round: it has no sheet {sheet}."),
        ),
        {"lists": ("sheets",)},
    )
    NOT_A_TEMPLATE = (
        "not_a_template",
        N_(
            "was not filled in on the reporting template as sent out for this round: its "
            "first rows (the title, and row 2 with the 填报单位 and 统计截止日期) were changed "
            "or deleted. Fill in the form as sent, keeping those rows."
        ),
    )
    TEMPLATE_OTHER_PLAN = (
        "template_other_plan",
        N_("the template was made for another plan (this plan's fingerprint is {fingerprint})"),
    )
    BAD_REPORTING_DAY = "bad_reporting_day", N_("the reporting day is not a day")
    BAD_HEADER = "bad_header", N_("the header row should be {header}")
    NOT_UNITS_TASK = "not_units_task", N_("task {task} is not one of {unit}'s tasks")
    NOT_A_TASK_NUMBER = "not_a_task_number", N_("not a task number of {unit}'s")
    TEXT_EDITED = (
        "text_edited",
        N_(
            "the task's text is not task {task}'s: the row was edited or comes from another "
            "template"
        ),
    )
    NO_STATUS = "no_status", N_("the row has a report but no 状态")
    BAD_STATUS = "bad_status", N_("not a status; choose one of {choices}"), {"lists": ("choices",)}
    BAD_DAY = (
        "bad_day",
        N_("not a day; write it as 2024-12-15, 2024/12/15, 2024年12月15日 or 2024.12.15"),
    )
    SECOND_TEMPLATE = (
        "second_template",
        N_("a second template of {unit} for {as_of} (the first: {first})"),
    )
    TWO_FILES_OF_UNIT = (
        "two_files_of_unit",
        N_(
            "{count} files of {unit} for {as_of} in this collection ({files}): each is set "
            "aside for the office to choose which one to use, and no notice goes to the "
            "unit; keep only the file to use and collect it again, in place of any other "
            "file of the unit for that day the ledger holds"
        ),
        {"lists": ("files",)},
    )
    NO_SUCH_FILE = "no_such_file", N_("no such file: {path}")
    #: A path given as a folder (it ends with a separator, or names no file type) that
    #: does not exist: ``path``.
    NO_SUCH_FOLDER = "no_such_folder", N_("no such folder: {path}")
    UNREADABLE_FILE = (
        "unreadable_file",
        (
            N_("{cause}, so the file cannot be opened"),
            N_("cannot be read as a .{suffix} file: {error}"),
        ),
    )
    UNKNOWN_SUFFIX = (
        "unknown_suffix",
        N_("not a returned template: returns are read from .xlsx, .xls, .ods and .csv files"),
    )
    EMPTY_FOLDER = "empty_folder", N_("the folder {path} holds no returned file")
    FORMULA_NO_VALUE = (
        "formula_no_value",
        N_(
            "the cell holds a formula ({formula}) with no value saved: open the file in Excel "
            "or WPS and save it again"
        ),
    )
    IMPOSSIBLE_DAY = "impossible_day", N_("impossible day: {detail}"), {"translated": ["detail"]}
    BAD_STATUS_SUGGEST = (
        "bad_status_suggest",
        N_("not a status; did you mean {suggestions}? Choose one of {choices}"),
        {"lists": ("suggestions", "choices")},
    )
    PARTLY_DONE = (
        "partly_done",
        N_(
            "{written} is not one of the statuses {choices}: work not wholly done is "
            "reported as 推进中"
        ),
        {"lists": ("choices",)},
    )
    DONE_BEFORE_ISSUED = (
        "done_before_issued",
        N_("the {heading} is before the plan was issued ({issued})"),
    )
    DAY_NUMBER = (
        "day_number",
        N_(
            "a number, not a day (as a spreadsheet's day number it would be {day}); "
            "write it as 2024-12-15, 2024/12/15, 2024年12月15日 or 2024.12.15"
        ),
    )
    # Notes on a returned template (read_returns): what was read, and how; not problems.
    DAY_SERIAL = (
        "day_serial",
        N_(
            "a number in a cell without a date format: read as the spreadsheet's day "
            "number, the day {day}"
        ),
    )
    NOTHING_REPORTED = (
        "nothing_reported",
        N_(
            "reports on no task (every task's row is blank); fill in each task's 状态 "
            "(and the 完成日期 of a task done)."
        ),
    )
    DAY_NOT_COMPLETION = (
        "day_not_completion",
        N_(
            "not asked of a report still {status}: what is written here is kept as the "
            "day the unit expects the work done, not taken as the day the work was done"
        ),
    )
    STATUS_READ_AS = "status_read_as", N_("read as {status}")
    RENAMED_SHEET = (
        "renamed_sheet",
        N_(
            "its only sheet is named {name}, not {sheet}: read as the template, its "
            "version and plan check code being the round's"
        ),
    )
    DAY_WITH_TIME = (
        "day_with_time",
        N_("a date with a time of day: read as the day {day}, the time left out"),
    )
    MERGED_CELL = (
        "merged_cell",
        N_("a cell merged over rows {rows}: its value applies to every row it spans"),
    )
    # Collecting a round (read_returns(keep_going=True), ledger=...): problems and notes.
    ROUND_IN_LEDGER = (
        "round_in_ledger",
        N_(
            "the ledger already holds {unit}'s reports for {as_of} (from {first}); to replace "
            "them with this file, collect it again with --replace"
        ),
    )
    OTHER_ROUND = (
        "other_round",
        N_(
            "the template's 统计截止日期 is {as_of}, not this round's {expected}: it is another "
            "round's template; fill in this round's"
        ),
    )
    REPLACED_IN_LEDGER = (
        "replaced_in_ledger",
        # Not a problem: one plain sentence, the file named once (reader14).
        N_("{returned} replaces the ledger's {count} reports of {unit} for {as_of}."),
    )
    NOTHING_TO_WITHDRAW = (
        "nothing_to_withdraw",
        N_("the ledger holds no report of {unit} for {as_of}: nothing was withdrawn"),
    )
    DUPLICATE_FILE = (
        "duplicate_file",
        N_("the same file as {first}, byte for byte: skipped"),
    )
    FILE_IN_LEDGER = (
        "file_in_ledger",
        N_(
            "is the same file the ledger holds {unit}'s reports for {as_of} from (each "
            "row as read then), a copy of a file already collected: skipped"
        ),
    )
    CONTRADICTS_EARLIER_ROUND = (
        "contradicts_earlier_round",
        N_(
            "contradicts {unit}'s report for {as_of} on task {task} ({first}). Kept as "
            "usual; check with the unit which is right."
        ),
    )
    CONTRADICTED_BY_LATER_ROUND = (
        "contradicted_by_later_round",
        N_(
            "contradicts {unit}'s later report for {as_of} on task {task} ({later}). Kept "
            "as usual; check with the unit which is right."
        ),
    )
    UNIT_NOT_FILE_NAME = (
        "unit_not_file_name",
        N_("the file's 填报单位 is {unit}, but its name names {named}: check who sent it"),
    )
    MISSING_ROWS = (
        "missing_rows",
        (
            N_(
                "the row of task {one_task}, one of this unit's, is missing from the file: "
                "the task is read as not reported"
            ),
            N_(
                "the rows of tasks {numbers}, this unit's, are missing from the file: the "
                "tasks are read as not reported"
            ),
        ),
    )
    # The report problems above, found in a returned file: named by its column.
    DONE_WITHOUT_DAY_CELL = (
        "done_without_day_cell",
        N_("a DONE report needs its {heading} (the day the work was done)"),
    )
    DAY_NOT_DONE_CELL = (
        "day_not_done_cell",
        N_("only a DONE report has a {heading} (this one is {status})"),
    )
    DONE_AFTER_REPORT_CELL = (
        "done_after_report_cell",
        N_(
            "the {heading} is after the day the report speaks for ({as_of}): work finished "
            "after that day is reported as 推进中 for this round"
        ),
    )


#: Each kind of problem by its name: its English sentence, a gettext message with the values.
PROBLEMS: Mapping[str, str] = MappingProxyType(
    {kind.value: kind.templates[-1] for kind in TrackingProblemKind}
)


def _kind(value: object) -> object:
    """A problem's kind: a :class:`TrackingProblemKind`, or its name."""
    if isinstance(value, str) and value in PROBLEMS:
        return TrackingProblemKind(value)
    return value


def _check_kind(instance: TrackingProblem, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        kind_validator(instance, attribute, value)


def _check_pairs(instance: TrackingProblem, attribute: attrs.Attribute[Any], value: object) -> None:
    # The values' form, not their completeness (see TrackingProblem.values).
    check_values(None, value, type(instance).NOUN, attribute.name)


#: Problems of a whole file said with the file as the sentence's subject (省审计厅.xlsx
#: 不是本轮下发的填报表：…), not after a colon.
_SAID_OF_THE_FILE = frozenset(
    {
        TrackingProblemKind.NO_TEMPLATE_SHEET,
        TrackingProblemKind.NOT_A_TEMPLATE,
        TrackingProblemKind.NOTHING_REPORTED,
        # A copy of a file collected: one sentence, the file its subject (the tenth reader).
        TrackingProblemKind.FILE_IN_LEDGER,
    }
)
#: Problems of a cell said with what the cell holds first (…“状态”列所填“推进中”与…矛盾).
_VALUE_FIRST = frozenset(
    {
        TrackingProblemKind.CONTRADICTS_EARLIER_ROUND,
        TrackingProblemKind.CONTRADICTED_BY_LATER_ROUND,
    }
)


@attrs.frozen(init=False, repr=False, eq=True, hash=False)
class TrackingProblem(Message[TrackingProblemKind]):
    """One thing wrong with a report or a returned template; immutable.

    ``str(problem)`` and :attr:`reason` are English, as every exception's text is;
    :attr:`kind` and :attr:`values` say the same as data, and :meth:`render` writes
    the reason in another language (the command line's ``--lang zh`` does).

    Attributes:
        reason: What is wrong, in a short English sentence.
        value: The offending value as found.
        file: The file it is in (its name), or ``None`` for reports made in code.
        row: The sheet's row number (1-based, as a spreadsheet shows it), if any.
        column: The column's header (``状态``) or the report's field (``completed_on``).
        report: The report's position among those given to the ledger, if any.
        kind: What kind of problem it is (:attr:`TrackingProblemKind.BAD_STATUS`, whose
            value is ``"bad_status"``, ...), or ``None`` for a problem made with a
            reason only. The constructor takes a kind's value (``"bad_status"``) too.
        values: The values the reason names, as ``(key, text)`` pairs sorted by key
            (``(("choices", "未启动、推进中、已完成"),)``).
    """

    KINDS = TrackingProblemKind
    NOUN = "problem"

    reason: str
    value: object
    file: str | None
    row: int | None
    column: str | None
    report: int | None
    # A problem made with a reason only has no kind: the one Message whose kind may be None.
    kind: TrackingProblemKind | None = attrs.field(  # type: ignore[assignment]
        converter=_kind, validator=_check_kind
    )
    # Made by hand (as before kinds had templates), a problem may name its kind without
    # the values the kind's sentence needs: it then keeps its reason in every language.
    values: tuple[tuple[str, str], ...] = attrs.field(converter=to_values, validator=_check_pairs)

    def __init__(
        self,
        reason: str,
        value: object = None,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        report: int | None = None,
        kind: TrackingProblemKind | str | None = None,
        values: Mapping[str, object] | Iterable[tuple[str, object]] = (),
    ) -> None:
        """Make a problem; *values* may be a mapping or pairs, of any values (shown as str)."""
        pairs = values.items() if isinstance(values, Mapping) else values
        shown = tuple((str(k), v if isinstance(v, tuple) else str(v)) for k, v in pairs)
        self.__attrs_init__(reason, value, file, row, column, report, kind, shown)

    def render(self, language: str = "en", *, whole: bool = False, sheet: str | None = None) -> str:
        """Return the reason in *language* (``"en"`` or ``"zh"``), or the whole sentence.

        A problem without a kind (made with a reason only), or without the values its
        kind's sentence needs, keeps its reason.

        >>> found = problem("done_without_day", None, report=3, column="completed_on")
        >>> found.render("en", whole=True)
        'report #3, completed_on: a DONE report needs completed_on, the day the work was done'
        >>> found.render("zh", whole=True).startswith("第3条报送记录、completed_on：")
        True

        Args:
            language: ``"en"`` or ``"zh"``.
            whole: Say where too: one whole sentence with the file, the row (or the
                report's position), the column and the value, where each is known
                (``bureau.xlsx 第40行“完成日期”列：不是有效日期……（填写内容：someday）``), as
                the command line prints it. Without it, the reason only.
            sheet: With *whole*, the sheet of a problem placed on a row of a returned
                file, named before the row (``bureau.xlsx “填报”表第40行``).

        Raises:
            InvalidQueryError: *language* is neither.
        """
        if self.kind is None or not self.kind.required <= dict(self.values).keys():
            from . import _i18n  # noqa: PLC0415 - gettext only when a problem is shown

            _i18n.normalize(language)  # an unknown language is refused, with a kind or without
            reason = self.reason
        else:
            reason = render(self.kind, self.values, language)
        return self._sentence(reason, language, sheet) if whole else reason

    def _sentence(self, reason: str, language: str, sheet: str | None) -> str:
        """*reason* placed: where the problem is, what is wrong, the value."""
        from . import _i18n  # noqa: PLC0415 - gettext only when a problem is shown

        with _i18n.using(language):
            _ = _i18n.gettext
            where = []
            if self.file is not None:
                where.append(file_name(self.file, _i18n.translation(_i18n.current())))
            if sheet is not None and self.row is not None:
                where.append(_("sheet {sheet}").format(sheet=sheet))
            if self.row is not None:
                where.append(_("row {row}").format(row=self.row))
            if self.report is not None and self.file is None:
                where.append(_("report #{report}").format(report=self.report))
            # A place inside a ledger file: English keeps its JSON path ($.reports[0]),
            # another language says it in words (第1条报送记录).
            words = None if language == "en" or self.column is None else ledger_place(self.column)
            if self.column is not None:
                # A returned file's column is named by its header (“状态”列 in Chinese).
                column = self.column if words is None else words
                if self.row is not None:
                    column = _i18n.pgettext(
                        "a column of a returned form, by its header", "{column}"
                    )
                    column = column.format(column=self.column)
                where.append(column)
            shown = plain(self.value)
            if len(shown) > 80:
                shown = shown[:77] + "..."
            if (self.row is not None or words is not None) and where:
                # A place in a file, said as one place (“填报”表第6行“状态”列 in Chinese).
                place = join_place(where, _i18n.translation(_i18n.current()))
            else:
                place = _(", ").join(where)
            field = dict(self.values).get("field")
            if words is not None and self.kind is TrackingProblemKind.MISSING_FIELD and field:
                # One sentence: 第1条报送记录缺少“填报单位”.
                lacks = _i18n.pgettext(
                    "a report of a ledger file lacks a field", "{where}: missing field {field}"
                )
                return lacks.format(where=place, field=ledger_field(field))
            placed = self._placed_so(place, reason, shown, bool(where))
            if placed is not None:
                return placed
            # A problem that names no value (a file that is no ledger) says no value.
            if self.value is None and self.kind is not None:
                if not where:
                    return reason
                return _("{where}: {reason}").format(where=place, reason=reason)
            if self.row is not None or self.file is not None:
                # What was typed in a returned form, or written in a file (填写内容 in
                # Chinese: one label, in a cell or not).
                typed = _i18n.pgettext(
                    "a problem in a file's cell, with what the cell holds",
                    "{where}: {reason} (value: {value})",
                )
                return typed.format(where=place, reason=reason, value=shown)
            return _("{where}: {reason} (value: {value})").format(
                where=place, reason=reason, value=shown
            )

    def _placed_so(self, place: str, reason: str, shown: str, placed: bool) -> str | None:
        """The sentence of a problem said in its own order, else ``None``.

        A whole file's problem has the file as the subject, its reason the predicate
        (省审计厅.xlsx 不是本轮下发的填报表：…。); a cell contradicting another round says
        what the cell holds first (…“状态”列所填“推进中”与…矛盾。). Not a chain of colons
        (the ninth reader). Called with the current language in force.
        """
        from . import _i18n  # noqa: PLC0415 - gettext only when a problem is shown

        if not placed:
            return None
        if self.kind in _SAID_OF_THE_FILE and self.row is None and self.value is None:
            whole_file = _i18n.pgettext(
                "a whole file's problem, the file the subject", "{where} {reason}"
            )
            return whole_file.format(where=place, reason=reason)
        if self.kind in _VALUE_FIRST and self.row is not None and self.value is not None:
            first = _i18n.pgettext(
                "a problem in a file's cell, what the cell holds said first",
                "{where}: {reason} (value: {value})",
            )
            return first.format(where=place, reason=reason, value=shown)
        return None

    def _key(self) -> tuple[object, ...]:
        return (
            self.reason,
            self.value,
            self.file,
            self.row,
            self.column,
            self.report,
            self.kind,
            self.values,
        )

    def __hash__(self) -> int:
        return hash(repr(self._key()))

    def __repr__(self) -> str:
        return f"TrackingProblem({str(self)!r})"

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(self.file)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.report is not None and self.file is None:
            where.append(f"report #{self.report}")
        if self.column is not None:
            where.append(self.column)
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        return f"{', '.join(where)}: {self.reason} (value: {shown})"


def plain(value: object) -> str:
    """A value as a person reads it: a day as 2025-01-05 (2025年1月5日), a list as its items.

    In the language in force (a list's separator, a blank).
    """
    from ._i18n import gettext as _  # noqa: PLC0415 - gettext only when a value is shown

    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):
        value = value.date()
    if isinstance(value, datetime.datetime):
        shown = value.isoformat(sep=" ")
    elif isinstance(value, datetime.date):
        from ._display import day_text  # noqa: PLC0415 - only a day shown needs it

        shown = day_text(value)  # 2025-01-05 in English, 2025年1月5日 in Chinese
    elif isinstance(value, (list, tuple)):
        shown = _(", ").join(plain(v) for v in value)
    elif isinstance(value, str):
        shown = value if value.strip() else f"“{value}”"
    else:
        shown = _("(blank)") if value is None else str(value)
    return shown


def problem(
    kind: TrackingProblemKind | str,
    value: object = None,
    *,
    file: str | None = None,
    row: int | None = None,
    column: str | None = None,
    report: int | None = None,
    **values: object,
) -> TrackingProblem:
    """Return a problem of *kind*, its English reason made from *values*.

    A value that is a tuple of strings is a list (the kind names it in ``lists``).
    """
    found = kind if isinstance(kind, TrackingProblemKind) else TrackingProblemKind(kind)
    shown = to_values({k: v if isinstance(v, tuple) else str(v) for k, v in values.items()})
    return TrackingProblem(
        render(found, shown, "en"),  # type: ignore[arg-type]
        value,
        file=file,
        row=row,
        column=column,
        report=report,
        kind=found,
        values=shown,  # type: ignore[arg-type]
    )


def unknown_unit(name: object, exc: Exception) -> tuple[str, dict[str, Any]]:
    """The kind and values of a problem: *name* names no unit (*exc* says so)."""
    suggestions = tuple(getattr(exc, "suggestions", ()))
    if suggestions:
        return "unknown_unit_suggest", {"name": name, "suggestions": suggestions}
    return "unknown_unit", {"name": name}


def ledger_field(name: str) -> str:
    """A field of a report in a ledger file, as the language in force names it.

    Chinese names each as the reports' Chinese export heads its column (unit: 填报单位);
    a field the format does not know keeps its name.
    """
    from ._i18n import pgettext  # noqa: PLC0415 - gettext only when a problem is shown

    names = {
        "task": pgettext("a field of a report in a ledger file", "task"),
        "unit": pgettext("a field of a report in a ledger file", "unit"),
        "status": pgettext("a field of a report in a ledger file", "status"),
        "as_of": pgettext("a field of a report in a ledger file", "as_of"),
        "completed_on": pgettext("a field of a report in a ledger file", "completed_on"),
        "note": pgettext("a field of a report in a ledger file", "note"),
        "evidence": pgettext("a field of a report in a ledger file", "evidence"),
        "source": pgettext("a field of a report in a ledger file", "source"),
        "expected": pgettext("a field of a report in a ledger file", "expected"),
    }
    return names.get(name, name)


_REPORT_PATH = re.compile(r"\$\.reports\[(\d+)\](?:\.(\w+))?")


def ledger_place(path: str) -> str | None:
    """A JSON path into a ledger file said in words (第2条报送记录的“状态”), or ``None``.

    The reports are counted from 1, as a reader counts them; the file's own fields
    (its format version, the plan's 清单校验码, the list of reports) are named. A path
    deeper than a report's field is not said in words (``None``: the path is shown).
    """
    from ._i18n import pgettext  # noqa: PLC0415 - gettext only when a problem is shown

    named = {
        "$.format_version": pgettext("a place in a ledger file", "the format version"),
        "$.plan.fingerprint": pgettext("a place in a ledger file", "the plan's fingerprint"),
        "$.reports": pgettext("a place in a ledger file", "the list of reports"),
    }
    if path in named:
        return named[path]
    found = _REPORT_PATH.fullmatch(path)
    if found is None:
        return None
    number = int(found[1]) + 1
    if found[2] is None:
        return pgettext("a place in a ledger file", "report {number}").format(number=number)
    return pgettext("a place in a ledger file", "{field} of report {number}").format(
        number=number, field=ledger_field(found[2])
    )


def relocated(
    found: TrackingProblem,
    *,
    file: str | None = None,
    row: int | None = None,
    column: str | None = None,
    report: int | None = None,
) -> TrackingProblem:
    """Return *found* placed elsewhere (a file's row, a ledger file's path).

    A problem that names a report's field, placed in a returned file's column, names
    the column as the file shows it (完成日期, not completed_on).
    """
    if found.kind is not None and file is not None and column is not None:
        cell = f"{found.kind.value}_cell"
        if cell in PROBLEMS:
            return problem(
                cell,
                found.value,
                file=file,
                row=row,
                column=column,
                report=report,
                **{**dict(found.values), "heading": column},
            )
    return TrackingProblem(
        found.reason,
        found.value,
        file=file,
        row=row,
        column=column,
        report=report,
        kind=found.kind,
        values=found.values,
    )
