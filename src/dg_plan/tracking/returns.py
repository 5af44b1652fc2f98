"""Reading one returned template: its cells, their problems, and notes on how they were read."""

from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dg_plan._compat import require
from dg_plan._errors import InvalidQueryError, UnknownTaskError
from dg_plan._i18n import N_
from dg_plan._message_kinds import NUMBER_RANGE
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind
from dg_plan._tracking_problems import TrackingProblem, unknown_unit
from dg_plan._tracking_problems import problem as _problem

from .layout import (
    DAY_COLUMN,
    FIRST_ROW,
    HEADER_ROW,
    HIDDEN_FORMAT,
    META,
    REPORTING,
    RETURN_SUFFIXES,
    SHEET,
    SIGN_OFF,
    TEMPLATE_COLUMNS,
    TEMPLATE_FORMAT,
    TEMPLATE_HEADER,
    cell_day,
    csv_rows,
    has_time,
    is_blank,
    known_header,
    parse_day,
)
from .model import Report, Status, read_status, trusted_report, trusted_source

if TYPE_CHECKING:
    from dg_plan._model import Unit

__all__ = ["ReturnedFile"]

_EVIDENCE_SPLIT = re.compile(r"[\n;；]+")


def _number(value: object) -> int | None:
    if type(value) is int:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _in_plan(plan: Plan, number: int) -> bool:
    """Whether *plan* has a task numbered *number* (another unit's, in a template)."""
    try:
        plan.task(number)
    except UnknownTaskError:
        return False
    return True


class _Sheet:
    """A returned sheet's cells (1-based rows and columns), as its reader found them.

    ``merged`` is ``None`` when the format (CSV) records no merged ranges;
    ``formulas`` maps the cells holding a formula with no saved value to their
    formula (found in .xlsx only).
    """

    def __init__(
        self,
        rows: list[list[object]],
        merged: list[tuple[tuple[int, int], tuple[int, int]]] | None,
        formulas: dict[tuple[int, int], str],
    ) -> None:
        self.rows = rows
        self.merged = merged
        self.formulas = formulas

    def __call__(self, row: int, column: int) -> object:
        if row > len(self.rows) or column > len(self.rows[row - 1]):
            return None
        value = self.rows[row - 1][column - 1]
        return None if value == "" else value


# The columns of a row holding a formula with no saved value, in a sheet with none.
_NO_FORMULAS: frozenset[int] = frozenset()

# A 状态 cell holding a label, as the template's drop-down writes it: that status.
_LABELED: Mapping[object, Status] = {s.label: s for s in Status}
# A 状态 cell's reading: a few words over thousands of rows.
_read_status = functools.lru_cache(maxsize=1024)(read_status)

# A formula element in a worksheet's XML (<f>, <f t="shared" .../>, <x:f>), not the
# <formula1> of a drop-down list.
_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")
# What every match of _FORMULA_ELEMENT holds: an f then a space, > or /. A sheet
# without one holds no formula; one search for it (led by the literal f) is some ten
# times quicker than _FORMULA_ELEMENT's, or than three searches for "f>", "f " and "f/".
# Why a return cannot be opened, in words (a Chinese message says these, not the reader
# library's English); the xlsx one is the importer's own.
_DAMAGED = {
    ".xlsx": N_("the file is damaged, or not in the xlsx format"),
    ".xlsm": N_("the file is damaged, or not in the xlsm format"),
    ".xls": N_("the file is damaged, or not in the xls format"),
    ".ods": N_("the file is damaged, or not in the ods format"),
}
_NOT_CSV_TEXT = N_("the file is not text in UTF-8 or GB18030 (GBK)")
_NO_PERMISSION = N_("the file may not be read (no permission)")

_F_THEN_END = re.compile(rb"f[\s>/]")


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet of the xlsx at *path* holds a formula (a look at its XML).

    Most returns hold none, and this look costs a small part of what openpyxl's
    reading does; an unreadable zip is said to hold some, for openpyxl to judge.
    """
    import zipfile  # noqa: PLC0415 - only an xlsx return needs it

    try:
        with zipfile.ZipFile(path) as archive:
            return any(
                _FORMULA_ELEMENT.search(data)
                for name in archive.namelist()
                if name.startswith("xl/worksheets/") and name.endswith(".xml")
                # A quick search first: most sheets hold no f followed by > or space.
                for data in (archive.read(name),)
                if _F_THEN_END.search(data)
            )
    except (OSError, zipfile.BadZipFile):
        return True


def _empty_formulas(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """The cells of an xlsx's *sheet* holding a formula with no saved value."""
    import zipfile  # noqa: PLC0415 - only an xlsx return needs it

    if not _has_formulas(path):
        return {}
    try:
        import openpyxl  # noqa: PLC0415 - optional, as the templates' writer
    except ImportError:  # pragma: no cover - the excel extra installs both readers
        return {}
    try:
        formulas = _sheet_cells(openpyxl, path, sheet, data_only=False)
        found = {k: v for k, v in formulas.items() if isinstance(v, str) and v.startswith("=")}
        if not found:
            return found
        saved = _sheet_cells(openpyxl, path, sheet, data_only=True)
    except (OSError, ValueError, TypeError, KeyError, zipfile.BadZipFile):
        # calamine read the file's values; openpyxl cannot say more of its formulas.
        return {}
    return {k: f for k, f in found.items() if is_blank(saved.get(k))}


# OpenDocument's table namespace: the attributes that say a cell repeats or spans.
_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _ods_int(element: Any, name: str) -> int:  # noqa: ANN401 - an ElementTree element
    """An ODS element's whole-number *name* attribute (1 when it has none)."""
    value = element.get(f"{{{_ODS_TABLE}}}{name}")
    return int(value) if value and value.isdigit() else 1


def _ods_merges(path: Path, sheet: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges of an .ods's *sheet*, as calamine gives an xlsx's (0-based, inclusive).

    calamine reads an .ods's values but not its merges; the file records them, on the
    cell that starts each (``table:number-rows-spanned``, ``table:number-columns-spanned``),
    in ``content.xml``: read there, counting repeated rows and cells as they stand for.
    """
    import zipfile  # noqa: PLC0415 - only an .ods return needs it
    from xml.etree import ElementTree as ET  # noqa: PLC0415 - only an .ods return needs it

    try:
        with zipfile.ZipFile(path) as archive:
            root = ET.fromstring(archive.read("content.xml"))  # noqa: S314
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError):
        return []
    table = next(
        (t for t in root.iter(f"{{{_ODS_TABLE}}}table") if t.get(f"{{{_ODS_TABLE}}}name") == sheet),
        None,
    )
    if table is None:
        return []
    merges = []
    row = 0
    # Rows may sit in header-row groups or row groups: every table-row, in order.
    for element in table.iter(f"{{{_ODS_TABLE}}}table-row"):
        column = 0
        for cell in element:
            if cell.tag not in (
                f"{{{_ODS_TABLE}}}table-cell",
                f"{{{_ODS_TABLE}}}covered-table-cell",
            ):
                continue
            down, across = (
                _ods_int(cell, "number-rows-spanned"),
                _ods_int(cell, "number-columns-spanned"),
            )
            if cell.tag.endswith("}table-cell") and (down > 1 or across > 1):
                merges.append(((row, column), (row + down - 1, column + across - 1)))
            column += _ods_int(cell, "number-columns-repeated")
        row += _ods_int(element, "number-rows-repeated")
    return merges


def _sheet_cells(
    openpyxl: Any,  # noqa: ANN401 - the module
    path: Path,
    sheet: str,
    *,
    data_only: bool,
) -> dict[tuple[int, int], object]:
    """The cells of an xlsx's *sheet* that hold something, read once, row by row."""
    wb = openpyxl.load_workbook(os.fspath(path), read_only=True, data_only=data_only)
    try:
        return {
            (cell.row, cell.column): cell.value
            for row in wb[sheet].iter_rows()
            for cell in row
            if getattr(cell, "value", None) is not None
        }
    finally:
        wb.close()


class ReturnedFile:
    """What one returned template holds, its problems and the notes on how it was read."""

    def __init__(self, plan: Plan, path: str | os.PathLike[str], fingerprint: str) -> None:
        """Read the file at *path*, a template of *plan* (whose fingerprint is given)."""
        self.name = Path(path).name
        self.path = os.fspath(path)
        self.suffix = Path(path).suffix.lower()
        self.problems: list[TrackingProblem] = []
        self.notes: list[TrackingProblem] = []
        self.reports: list[Report] = []
        # Each row's report read, made a Report once the sign-off below the rows is read.
        self._read_rows: list[
            tuple[int, Status, datetime.date | None, str, tuple[str, ...], str]
        ] = []
        self.rows: list[int] = []
        # Each row's task number and 状态 as written (for a notice sending the file back).
        self.tasks: dict[int, int] = {}
        self.statuses: dict[int, str] = {}
        self.unit: str | None = None
        self.as_of: datetime.date | None = None
        # The unit its 填报单位 names, once read (also when the file is set aside later).
        self.named: str | None = None
        self.digest: str | None = None
        # Whether the file is a template of the unit's with every task's row blank.
        self.blank = False
        self.sign_off: dict[str, str] = {}
        # The sheet read: 填报, or the only sheet of a workbook, renamed (Sheet1).
        self.sheet = SHEET
        sheet = self._read(Path(path))
        if sheet is not None:
            self._parse(plan, sheet, fingerprint)
        unit, as_of = self.unit, self.as_of  # set before any row is read
        if unit is not None and as_of is not None:
            # Made without checking their fields again: each is a value read and checked
            # above (trusted_report says which).
            self.reports = [
                trusted_report(
                    task,
                    unit,
                    status,
                    as_of,
                    done,
                    note,
                    items,
                    trusted_source(self.name, row, self.sheet, **self.sign_off),
                    expected,
                )
                for (task, status, done, note, items, expected), row in zip(
                    self._read_rows, self.rows, strict=True
                )
            ]
        if self.named is None and self.problems:
            # 填报单位 unread (no template, another plan's, a unit unknown): the file's
            # name says who sent it, for the notice sending it back.
            named = _units_named(plan, Path(self.name).stem)
            if len(named) == 1:
                self.named = named[0]
        order = {heading: i for i, heading in enumerate(TEMPLATE_COLUMNS)}
        self.notes.sort(key=lambda n: (n.row or 0, order.get(n.column or "", 0)))

    @property
    def shown_sheet(self) -> str | None:
        """The sheet a row of this file is on, as told: ``None`` for a .csv (no sheet)."""
        return None if self.suffix == ".csv" else self.sheet

    def problem(
        self,
        kind: str,
        value: object,
        row: int | None,
        column: str | None,
        **values: Any,  # noqa: ANN401 - the values a problem's message names
    ) -> None:
        """Add a problem of this file, at *row* and *column*."""
        self.problems.append(
            _problem(kind, value, file=self.name, row=row, column=column, **values)
        )

    def note(
        self,
        kind: str,
        value: object,
        row: int | None,
        column: str | None,
        **values: Any,  # noqa: ANN401 - the values a note's message names
    ) -> None:
        """Add a note on how this file was read, at *row* and *column*."""
        self.notes.append(_problem(kind, value, file=self.name, row=row, column=column, **values))

    def _read(self, path: Path) -> _Sheet | None:
        if not path.exists():
            self.problem("no_such_file", None, None, None, path=os.fspath(path))
            return None
        # The file is named by the problem: its path is no value a unit typed in.
        if path.is_dir():
            self.problem("empty_folder", None, None, None, path=os.fspath(path))
            return None
        with contextlib.suppress(OSError):
            self.digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if self.suffix not in RETURN_SUFFIXES:
            self.problem("unknown_suffix", None, None, None)
            return None
        if self.suffix == ".csv":
            try:
                return _Sheet(csv_rows(path), None, {})
            except (OSError, ValueError) as exc:
                self._unreadable(exc)
                return None
        return self._read_workbook(path)

    def _unreadable(self, exc: Exception) -> None:
        """Add the problem of a file that cannot be opened: English keeps *exc*'s words.

        Chinese says the cause in words (文件已损坏，或并非 xlsx 格式), not the
        reader library's English (invalid Zip archive, Cfb error).
        """
        if isinstance(exc, PermissionError):
            cause = _NO_PERMISSION
        elif self.suffix == ".csv":
            cause = _NOT_CSV_TEXT
        else:
            cause = _DAMAGED.get(self.suffix, _DAMAGED[".xlsx"])
        from dg_plan._i18n import translation  # noqa: PLC0415 - only a bad file needs it

        values: dict[str, Any] = {"error": exc, "cause_zh": translation("zh").gettext(cause)}
        if self.suffix == ".xlsx":
            self.problem("unreadable_xlsx", None, None, None, **values)
        else:
            self.problem("unreadable_file", None, None, None, suffix=self.suffix[1:], **values)

    def _read_workbook(self, path: Path) -> _Sheet | None:
        calamine = require("python_calamine", "excel", "reading returned templates")
        try:
            wb = calamine.CalamineWorkbook.from_path(os.fspath(path))
        except (OSError, ValueError, calamine.CalamineError) as exc:
            self._unreadable(exc)
            return None
        try:
            if SHEET not in wb.sheet_names and len(wb.sheet_names) != 1:
                # The sheets named in the sentence: no value to quote (no cell was read).
                self.problem(
                    "no_template_sheet",
                    None,
                    None,
                    None,
                    sheet=SHEET,
                    sheets=tuple(wb.sheet_names),
                )
                return None
            # The template's only sheet renamed (Sheet1) is read, if its cover is the
            # round's (_cover says so with a note, or sets the file aside).
            self.sheet = SHEET if SHEET in wb.sheet_names else wb.sheet_names[0]
            found = wb.get_sheet_by_name(self.sheet)
            # New lists, the reader's own: merged cells are spread into them in place.
            rows: list[list[object]] = found.to_python(skip_empty_area=False)
            merged = found.merged_cell_ranges
        finally:
            wb.close()
        if merged is None and self.suffix == ".ods":
            merged = _ods_merges(path, self.sheet)
        formulas = _empty_formulas(path, self.sheet) if self.suffix in (".xlsx", ".xlsm") else {}
        return _Sheet(rows, None if merged is None else list(merged), formulas)

    def _spread_merged(self, sheet: _Sheet) -> None:
        """Give a merged reporting cell's value to every row it spans, with a note."""
        for (top, left), (bottom, right) in sheet.merged or ():
            # calamine's ranges are 0-based and inclusive.
            first, last = top + 1, bottom + 1
            columns = range(max(left + 1, REPORTING.start), min(right + 1, REPORTING.stop - 1) + 1)
            if first < FIRST_ROW or last == first or not columns:
                continue  # the template's own title and notes, or a merge along one row
            for column in columns:
                value = sheet(first, column)
                if value is None:
                    continue  # blank cells merged: no report, nothing to spread
                for row in range(first + 1, last + 1):
                    while len(sheet.rows) < row:
                        sheet.rows.append([])
                    cells = sheet.rows[row - 1]
                    cells.extend([""] * (column - len(cells)))
                    cells[column - 1] = value
                self.note(
                    "merged_cell",
                    value,
                    first,
                    TEMPLATE_COLUMNS[column - 1],
                    rows=NUMBER_RANGE.format(first=first, last=last),
                )

    def _parse(self, plan: Plan, cell: _Sheet, fingerprint: str) -> None:
        for (row, column), formula in sorted(cell.formulas.items()):
            if row < FIRST_ROW or column in REPORTING or column == 1:
                heading = TEMPLATE_COLUMNS[column - 1] if row >= FIRST_ROW else None
                self.problem("formula_no_value", formula, row, heading, formula=formula)
        cover = self._cover(plan, cell, fingerprint)
        if cover is None:
            return
        unit, as_of = cover
        self.unit, self.as_of = unit.name, as_of
        self._spread_merged(cell)
        # The unit's tasks, each number with its text (a row's text must be it).
        tasks = {r.task.number: r.task.text for r in plan.responsibilities(unit)}
        reported: list[int] = []  # the rows with a report, or a problem
        blank: list[int] = []
        seen: set[int] = set()  # the task numbers the file's rows carry
        empty_formulas = cell.formulas
        for row, found in enumerate(cell.rows[FIRST_ROW - 1 :], FIRST_ROW):
            # The row's first eight cells, a blank string as None (what cell(row, c) gives).
            cells_of_row = [None if v == "" else v for v in found[:8]]
            cells_of_row += [None] * (8 - len(cells_of_row))
            label = cells_of_row[0]
            if isinstance(label, str) and label.strip().rstrip("：:").strip() in SIGN_OFF:
                self._sign_off(label.strip().rstrip("：:").strip(), cells_of_row[1:])
                continue
            if not is_blank(label):
                seen.add(_number(label) or 0)
            formulas = (
                {c for c in range(1, 9) if (row, c) in empty_formulas}
                if empty_formulas
                else _NO_FORMULAS
            )
            # Whether any reporting cell (状态, 完成日期, 进展情况, 佐证材料) is written:
            # 状态 first, the one a report writes.
            status, day, note, evidence = cells_of_row[4:8]
            if formulas or not (
                is_blank(status) and is_blank(day) and is_blank(note) and is_blank(evidence)
            ):
                self._row(plan, unit.name, tasks, row, cells_of_row, formulas)
                reported.append(row)
            elif not is_blank(label):
                blank.append(row)
        missing = [str(n) for n in tasks if n not in seen]
        # A 序号 typed wrong (another task's, no number) is a problem of its own row,
        # which names it: the task it hid is not said missing as well.
        if missing and (reported or blank) and seen <= tasks.keys():
            # Rows deleted from the unit's template: its other rows still read; the
            # missing tasks stay unreported, and the office is told which.
            one = {"one_task": missing[0]} if len(missing) == 1 else {}
            self.note("missing_rows", None, None, None, numbers=tuple(missing), **one)
        # The cover filled in, every task's row blank: the unit sent a file but said
        # nothing (read_returns sets it aside when it keeps going).
        self.blank = not reported and not self.problems

    def _round_template(self, cell: _Sheet, fingerprint: str) -> bool:
        """Whether the cover's version and 清单校验码 are the round's (else a problem).

        The template's only sheet renamed (Sheet1) is read when they are, with a note;
        a workbook of one sheet not named 填报 whose cover is no template's is not one.
        """
        # This release's templates keep the version in a hidden cell; earlier ones beside
        # a visible label (填报表版本): either reads.
        version = cell(*HIDDEN_FORMAT)
        if version != TEMPLATE_FORMAT:
            version = cell(*META["format"])
        if version != TEMPLATE_FORMAT and self.sheet != SHEET:
            self.problem("no_template_sheet", None, None, None, sheet=SHEET, sheets=(self.sheet,))
            return False
        if version != TEMPLATE_FORMAT:
            # Said of the file, not of a cell: the version is kept in a hidden cell (a
            # .csv has no sheet either), which the unit never saw nor typed in.
            self.problem("not_a_template", None, None, None, expected=TEMPLATE_FORMAT)
            return False
        if cell(*META["fingerprint"]) != fingerprint:
            self.problem(
                "template_other_plan",
                cell(*META["fingerprint"]),
                2,
                "清单校验码",
                fingerprint=fingerprint,
            )
            return False
        if self.sheet != SHEET:
            self.note("renamed_sheet", None, None, None, name=self.sheet, sheet=SHEET)
        return True

    def _cover(
        self, plan: Plan, cell: _Sheet, fingerprint: str
    ) -> tuple[Unit, datetime.date] | None:
        """Read the cover (version, plan, unit, 统计截止日期) and the header row.

        Returns:
            The unit and its 统计截止日期, or ``None`` once a problem stops the file's reading.
        """
        if not self._round_template(cell, fingerprint):
            return None
        try:
            unit = plan.unit(cell(*META["unit"]))  # type: ignore[arg-type]
        except LookupError as exc:
            name = cell(*META["unit"])
            kind, values = unknown_unit(name, exc)
            self.problem(kind, name, 2, "填报单位", **values)
            return None
        self.named = unit.name
        named = _units_named(plan, Path(self.name).stem)
        if named and unit.name not in named:
            self.note(
                "unit_not_file_name",
                unit.name,
                2,
                "填报单位",
                unit=unit.name,
                named="、".join(named),
            )
        try:
            as_of = parse_day(cell_day(cell(*META["as_of"])))
        except InvalidQueryError:
            as_of = None
        if as_of is None:
            self.problem("bad_reporting_day", cell(*META["as_of"]), 2, "统计截止日期")
            return None
        header = tuple(cell(HEADER_ROW, c) for c in range(1, len(TEMPLATE_HEADER) + 1))
        if not known_header(header):
            self.problem("bad_header", header, HEADER_ROW, None, header="、".join(TEMPLATE_HEADER))
            return None
        return unit, as_of

    def _sign_off(self, label: str, values: Sequence[object]) -> None:
        """Keep a sign-off row's answer: the first cell written right of its label.

        填报日期 is kept as an ISO day (2024-07-03) whatever the format wrote it as:
        a date cell, a spreadsheet's day number, or text such as 2024/7/3; text that
        is no day is kept as written.
        """
        for value in values:
            if not is_blank(value):
                text = _text(value)
                if label == "填报日期":
                    text = self._sign_off_day(value, text)
                self.sign_off[_SIGN_OFF_FIELDS[label]] = text
                return

    def _sign_off_day(self, value: object, text: str) -> str:
        """A 填报日期 as an ISO day when it is one; else *text*, as written."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # A day number in a workbook; a number in a .csv is no day.
            day = _from_serial(value) if self.suffix != ".csv" else None
            return text if day is None else day.isoformat()
        found = cell_day(value)
        if isinstance(found, datetime.date):
            return found.isoformat()
        with contextlib.suppress(InvalidQueryError):
            day = parse_day(unicodedata.normalize("NFKC", str(found)).strip())
            if day is not None:
                return day.isoformat()
        return text

    def _row(
        self,
        plan: Plan,
        unit: str,
        tasks: Mapping[int, str],
        row: int,
        values: Sequence[object],
        formulas: AbstractSet[int],
    ) -> None:
        number, text, _, _, status_cell, day_cell, note_cell, evidence_cell = values
        before = len(self.problems)
        # A workbook's number is a float (5.0): _number's first answer, without the call.
        task = int(number) if type(number) is float and number.is_integer() else _number(number)
        if task is None or task not in tasks:
            if 1 in formulas:
                pass  # named as a formula with no value
            elif task is not None and _in_plan(plan, task):
                self.problem("not_units_task", task, row, "序号", task=task, unit=unit)
            else:
                # A whole number as typed (999, not the 999.0 a workbook stores).
                shown = number if task is None else task
                self.problem("not_a_task_number", shown, row, "序号", unit=unit)
        elif text is not None and text != tasks[task] and not is_blank(text):
            self.problem("text_edited", text, row, "主要任务", task=task)
        if task is not None and task in tasks:
            self.tasks[row] = task
        if isinstance(status_cell, str) and not is_blank(status_cell):
            self.statuses[row] = status_cell.strip()
        status = None
        if 5 in formulas:
            pass  # named as a formula with no value
        elif status_cell in _LABELED:
            status = _LABELED[status_cell]  # a label as the drop-down writes it: no note
        elif is_blank(status_cell):
            self.problem("no_status", status_cell, row, "状态")
        else:
            status = self._status(status_cell, row)
        completed_on = None
        expected = ""
        if (
            status in (Status.IN_PROGRESS, Status.NOT_STARTED)
            and 6 not in formulas
            and not is_blank(day_cell)
        ):
            # The 完成日期 is not asked of a report not done: units write the day or the
            # month they plan to finish by (2024年10月, 预计年底). Whatever it holds is kept
            # as the report's expected day (预计…完成) and noted, never a problem.
            written = day_cell.strip() if isinstance(day_cell, str) else day_cell
            if isinstance(written, datetime.datetime) and written.time() == datetime.time():
                written = written.date()
            self.note("day_not_completion", written, row, DAY_COLUMN, status=status.label)
            expected = expected_text(written, serial=self.suffix != ".csv")
        elif 6 not in formulas:
            completed_on = self._day(plan, day_cell, row)
        if formulas or len(self.problems) > before or status is None or task is None:
            return
        assert self.as_of is not None  # noqa: S101 - set before the rows are read
        note = "" if is_blank(note_cell) else str(note_cell).strip()
        items = (
            ()
            if is_blank(evidence_cell)
            else tuple(e.strip() for e in _EVIDENCE_SPLIT.split(str(evidence_cell)) if e.strip())
        )
        self._read_rows.append((task, status, completed_on, note, items, expected))
        self.rows.append(row)

    def _status(self, value: object, row: int) -> Status | None:
        """The status a 状态 cell names; a problem (with the closest labels) if none."""
        status, close = _read_status(value) if isinstance(value, str) else (None, ())
        if status is None:
            choices = tuple(s.label for s in Status)
            if isinstance(value, str) and _PARTLY.search(value):
                # 基本完成, 部分完成: not done. No nudge toward 已完成; say what it is.
                self.problem(
                    "partly_done", value, row, "状态", written=value.strip(), choices=choices
                )
            elif close:
                self.problem(
                    "bad_status_suggest", value, row, "状态", suggestions=close, choices=choices
                )
            else:
                self.problem("bad_status", value, row, "状态", choices=choices)
        elif value != status.label:
            self.note("status_read_as", value, row, "状态", status=status.label)
        return status

    def _day(self, plan: Plan, value: object, row: int) -> datetime.date | None:
        """The day a 完成日期 cell names; a problem if it names none, or an unlikely one."""
        if value is None:
            return None  # a blank cell (most rows of a round are not done)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return self._issued_by(plan, self._serial_day(value, row), row)
        if self.suffix == ".csv" and isinstance(value, str) and _SERIAL.fullmatch(value):
            # A CSV cell has no type: a bare number there may be a day number pasted
            # as text, or anything else; the unit is asked to write the day.
            maybe = _from_serial(int(value.strip()))
            self.problem("day_number", value, row, DAY_COLUMN, day=maybe or "?")
            return None
        try:
            day = parse_day(cell_day(value))
        except InvalidQueryError as exc:
            if exc.kind is QueryErrorKind.IMPOSSIBLE_DAY:
                detail = dict(exc.values).get("detail", str(exc))
                self.problem("impossible_day", value, row, DAY_COLUMN, detail=detail)
            else:
                self.problem("bad_day", value, row, DAY_COLUMN)
            return None
        if has_time(value):
            self.note("day_with_time", value, row, DAY_COLUMN, day=day)
        return self._issued_by(plan, day, row)

    def _issued_by(self, plan: Plan, day: datetime.date | None, row: int) -> datetime.date | None:
        """*day*, a problem if before the plan was issued (then ``None``)."""
        issued = plan.metadata.issued
        if day is not None and issued is not None and day < issued:
            self.problem(
                "done_before_issued",
                day,
                row,
                DAY_COLUMN,
                heading=DAY_COLUMN,
                issued=issued,
                issued_zh=f"{issued.year}年{issued.month}月{issued.day}日",
            )
            return None
        return day

    def _serial_day(self, value: float, row: int) -> datetime.date | None:
        """A number in a workbook's 完成日期: an Excel day number is that day, with a note.

        A date cell is read as a date; a number there is a day number typed or pasted
        into a cell that lost its date format (45474 is 2024-07-01, as Excel counts).
        """
        whole = float(value).is_integer()
        shown = int(value) if whole else value  # 45474, as typed (not 45474.0)
        day = _from_serial(value) if whole else None
        if day is None:
            self.problem("bad_day", shown, row, DAY_COLUMN)
            return None
        self.note("day_serial", shown, row, DAY_COLUMN, day=day)
        return day


# A 状态 saying the work is partly or nearly done (基本完成, 部分完成, 接近完成): not done.
_PARTLY = re.compile(r"基本|部分|大体|初步|接近|即将|大致")

# A whole number, as a CSV cell holding a day number reads.
_SERIAL = re.compile(r"\s*[0-9]{1,7}\s*")
# Day 0 of the spreadsheets' day numbers (Excel's, from 1900-03-01 on, WPS's, LibreOffice's).
_SERIAL_EPOCH = datetime.date(1899, 12, 30)


def _from_serial(number: float) -> datetime.date | None:
    """The day a spreadsheet's day number names, from 1900-03-01 (61) on; else ``None``."""
    if not 61 <= number <= 2958465:  # 1900-03-01 to 9999-12-31
        return None
    return _SERIAL_EPOCH + datetime.timedelta(days=int(number))


# A month as a 完成日期 beside a report not done: 2024年10月, 2024-10, 2024/10, 2024.10.
_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?")
# What opens or closes an expected day in words: 预计2025年6月底前完成 is 2025年6月底前.
_EXPECTED_OPEN = ("预计", "计划", "拟于", "拟")
_EXPECTED_CLOSE = "完成"


def expected_text(value: object, *, serial: bool = True) -> str:
    """A 完成日期 beside 推进中 or 未启动, as the day expected: 预计{it}完成 reads it.

    A day (a date cell, or text that :func:`parse_day` reads) is 2024年10月15日; a
    month (2024-10, 2024年10月) is 2024年10月; other words are kept, less an opening
    预计 or 计划 and a closing 完成 (预计年底前完成: 年底前). A whole number in a
    workbook (*serial*) is the spreadsheet's day number.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        day = _from_serial(value) if serial and float(value).is_integer() else None
        value = _text(value) if day is None else day
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return f"{value.year}年{value.month}月{value.day}日"
    text = unicodedata.normalize("NFKC", str(value)).strip()
    with contextlib.suppress(InvalidQueryError):
        day = parse_day(cell_day(text))
        if day is not None:
            return f"{day.year}年{day.month}月{day.day}日"
    month = _MONTH.fullmatch(text)
    if month is not None and 1 <= int(month[2]) <= 12:
        return f"{int(month[1])}年{int(month[2])}月"
    for word in _EXPECTED_OPEN:
        text = text.removeprefix(word)
    return text.removesuffix(_EXPECTED_CLOSE).strip() or str(value).strip()


# The field of a report's Source each sign-off label fills.
_SIGN_OFF_FIELDS = {
    "填报人": "filled_by",
    "联系电话": "phone",
    "审核人": "reviewed_by",
    "填报单位（盖章）": "stamped_by",
    "填报日期": "filled_on",
}


def _text(value: object) -> str:
    """A cell as text: a whole number (a telephone number typed as one) without ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).strip()


def _units_named(plan: Plan, stem: str) -> tuple[str, ...]:
    """The units a file's name names (by name, full name or alias), in the plan's order.

    A name found only inside a longer name found (省委 in 省委网信办) does not count.
    """
    found = [
        (name, unit.name)
        for unit in plan.units
        for name in (unit.name, unit.full_name, *unit.aliases)
        if name and name in stem
    ]
    texts = {text for text, _ in found}
    kept = [unit for text, unit in found if not any(text != o and text in o for o in texts)]
    return tuple(dict.fromkeys(kept))
