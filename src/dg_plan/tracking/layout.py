"""The layout of a reporting template: its sheet, header, cells, and how its days are read."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from dg_plan._dates import read_day
from dg_plan._errors import InvalidQueryError
from dg_plan._query_errors import QueryErrorKind, query_error

__all__ = [
    "COLUMN_WIDTHS",
    "DAY_COLUMN",
    "DAY_FORMAT",
    "FIRST_ROW",
    "HEADER_ROW",
    "HIDDEN_FORMAT",
    "META",
    "REPORTING",
    "RETURN_SUFFIXES",
    "SHEET",
    "SIGN_OFF",
    "TEMPLATE_COLUMNS",
    "TEMPLATE_FORMAT",
    "TEMPLATE_HEADER",
    "TEMPLATE_HEADER_ALIASES",
    "TEMPLATE_INFO_HEADER",
    "WORKBOOK_SUFFIXES",
    "cell_day",
    "csv_rows",
    "has_time",
    "is_blank",
    "known_header",
    "parse_day",
]

#: The template's marker and version: in its hidden cell L2 (HIDDEN_FORMAT); in H2 on
#: the templates of earlier releases.
TEMPLATE_FORMAT = "dg_plan.template/1"
#: The sheet a template's rows are on.
SHEET = "填报"
#: The day column of a template, headed so that both its readings are said: the day a
#: task was done and, for a task not done, the day it is expected to be (the fifteenth
#: reader, fault 15), one word 日期 for both (a glossary row): its header, and its name
#: in every message (省委编办.xlsx “填报”表第6行“完成（预计完成）日期”列).
DAY_COLUMN = "完成（预计完成）日期"
#: The columns of a template's rows, in order, by the names its header and its messages
#: give them, in the glossary's words (完成时限, 职责).
TEMPLATE_COLUMNS = (
    "序号",
    "主要任务",
    "完成时限",
    "职责",
    "状态",
    DAY_COLUMN,
    "进展情况",
    "佐证材料",
)
#: The header row of a template, in order: the columns' names.
TEMPLATE_HEADER = TEMPLATE_COLUMNS
#: The earlier headings of a template's columns, still read back in a header row
#: (each column under its heading or one of these): the templates of earlier releases
#: headed C and D with the print's 任务时限 and the word 角色, and F with 完成日期 alone,
#: then 完成日期（预计完成时间）.
TEMPLATE_HEADER_ALIASES = {
    "完成时限": ("任务时限",),
    "职责": ("角色",),
    DAY_COLUMN: ("完成日期（预计完成时间）", "完成日期"),
}


def known_header(header: tuple[object, ...]) -> bool:
    """Whether *header* (row 4's cells) is a template's header, of this release or earlier."""
    return len(header) == len(TEMPLATE_HEADER) and all(
        cell == heading or cell in TEMPLATE_HEADER_ALIASES.get(heading, ())
        for cell, heading in zip(header, TEMPLATE_HEADER, strict=True)
    )


#: The two columns after the header's, for the reader of the sheet (not read back):
#: who leads the task, and whether this unit is accountable for it (its answer counts
#: toward the task's status). Earlier templates said 计入任务状态; nothing reads them.
TEMPLATE_INFO_HEADER = ("牵头单位", "是否主责单位")
#: The number format of a template's day cells: the day as Chinese writes it.
DAY_FORMAT = 'yyyy"年"m"月"d"日"'
#: The sign-off asked for below the rows (column A; the answer in column B).
SIGN_OFF = ("填报人", "联系电话", "审核人", "填报单位（盖章）", "填报日期")
#: The width of each column of a template, in characters, readable when printed. A CJK
#: character takes two: column A shows the labels 填报单位 (row 2) and 填报单位（盖章）
#: (the sign-off), D the 统计截止日期 as 2024年12月31日 (narrower, Excel shows ########),
#: E 清单校验码, F the 清单校验码's sixteen characters, the 完成日期 days and its header
#: 完成（预计完成）日期 (ten characters).
COLUMN_WIDTHS = {
    "A": 17,
    "B": 44,
    "C": 14,
    "D": 16,
    "E": 11,
    "F": 24,
    "G": 36,
    "H": 24,
    "I": 16,
    "J": 12,
}
#: The row of the header, and the first task's row.
HEADER_ROW = 4
FIRST_ROW = 5
#: The cells (row, column) the unit, reporting day, fingerprint and format are in.
META = {"unit": (2, 2), "as_of": (2, 4), "fingerprint": (2, 6), "format": (2, 8)}
#: Where a template of this release keeps its version (TEMPLATE_FORMAT): row 2 of a
#: hidden column, out of the unit's sight; a template of an earlier release has it in
#: META["format"], beside a visible label 填报表版本, and still reads.
HIDDEN_FORMAT = (2, 12)


#: The suffixes of the returned files collect reads: calamine's workbooks, and CSV.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
RETURN_SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv")
#: The reporting columns (状态, 完成日期, 进展情况, 佐证材料), 1-based.
REPORTING = range(5, 9)
# A CSV return's encodings, in the order tried: UTF-8 (with or without BOM), then the
# GB18030 that WPS and Excel on Chinese Windows save.
_CSV_ENCODINGS = ("utf-8-sig", "gb18030")


def parse_day(value: object) -> datetime.date | None:
    """Return the day a cell holds, as people type it; ``None`` for a blank cell.

    >>> parse_day("2024年12月15日"), parse_day("2024.12.15") == parse_day("2024-12-15")
    (datetime.date(2024, 12, 15), True)

    Args:
        value: A day as every query reads it (:meth:`dg_plan.Plan.due_by`): a
            :class:`datetime.date`, a :class:`datetime.datetime` at midnight (what a
            spreadsheet's date cell reads as), or text: ``2024-12-15``, ``2024/12/15``,
            ``2024年12月15日`` or ``2024.12.15`` (full-width digits too); spaces around
            it are ignored.

    Returns:
        The day, or ``None`` when *value* is ``None`` or blank text.

    Raises:
        InvalidQueryError: *value* is none of these, or names an impossible day.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    # The one day grammar: the queries' and the command line's; a text it cannot read
    # is told how a template's day is written.
    try:
        return read_day(value, "day")
    except InvalidQueryError as exc:
        if exc.kind is QueryErrorKind.IMPOSSIBLE_DAY:
            raise
        raise query_error(QueryErrorKind.NOT_A_DAY, "day", value) from None


def is_blank(value: object) -> bool:
    """Whether a cell is blank: nothing, or text of spaces only."""
    return value is None or (isinstance(value, str) and (not value or value.isspace()))


def csv_rows(path: Path) -> list[list[object]]:
    """The rows of a CSV return; ValueError if it is no text in the encodings read."""
    import csv  # noqa: PLC0415 - only a CSV return needs it
    import io  # noqa: PLC0415

    data = path.read_bytes()
    for encoding in _CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # A quoted cell may hold line breaks (evidence, one item a line): read the text
        # whole, not line by line.
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]
    msg = "not text in UTF-8 or GB18030"
    raise ValueError(msg)


# A day written with a time of day after it, as a spreadsheet saving CSV writes a
# date cell that holds a time (2024-06-15 14:30, 2024/6/15 14:30:00, full-width too).
_DAY_AND_TIME = re.compile(
    r"\s*(?P<day>\S+?)(?:\s+|T)[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2}(?:\.[0-9]+)?)?\s*"
)


def cell_day(value: object) -> object:
    """A date cell's day: a date cell with a time of day is that day, and so is text.

    >>> cell_day("2024/6/15 14:30:00"), cell_day(datetime.datetime(2024, 6, 15, 14, 30))
    ('2024/6/15', datetime.date(2024, 6, 15))
    """
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        return value.date()
    if isinstance(value, str):
        found = _DAY_AND_TIME.fullmatch(value)
        if found is not None:
            return found["day"]
    return value


def has_time(value: object) -> bool:
    """Whether a date cell holds a time of day besides its day (read as the day alone)."""
    if isinstance(value, datetime.datetime):
        return value.time() != datetime.time()
    return isinstance(value, str) and _DAY_AND_TIME.fullmatch(value) is not None
