"""Reporting templates: one xlsx per unit out, the returned files collected into a ledger."""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from dg_plan._compat import require
from dg_plan._dates import read_day
from dg_plan._errors import InvalidQueryError, TrackingDataError, UnknownTaskError
from dg_plan._model import Task, Unit
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._results import Responsibility
from dg_plan._tracking_problems import TrackingProblem, relocated, unknown_unit
from dg_plan._tracking_problems import problem as _problem

from .checks import check_reports
from .files import plan_fingerprint
from .ledger import Ledger
from .model import ROLE_LABELS, Report, Source, Status, read_status

__all__ = [
    "TEMPLATE_HEADER",
    "Returns",
    "SetAside",
    "collect",
    "parse_day",
    "read_returns",
    "write_template",
]

#: The template's marker and version, in its cell H2.
TEMPLATE_FORMAT = "dg_plan.template/1"
#: The sheet a template's rows are on.
SHEET = "填报"
#: The header row of a template, in order.
TEMPLATE_HEADER = (
    "序号",
    "主要任务",
    "任务时限",
    "角色",
    "状态",
    "完成日期",
    "进展情况",
    "佐证材料",
)
#: The two columns after the header's, for the reader of the sheet (not read back):
#: who leads the task, and whether this unit's answer counts toward its status.
TEMPLATE_INFO_HEADER = ("牵头单位", "计入任务状态")
#: The sign-off asked for below the rows (column A; the answer in column B).
SIGN_OFF = ("填报人", "联系电话", "审核人")
#: The width of each column of a template, in characters, readable when printed.
COLUMN_WIDTHS = {
    "A": 6,
    "B": 50,
    "C": 14,
    "D": 6,
    "E": 10,
    "F": 12,
    "G": 36,
    "H": 24,
    "I": 16,
    "J": 12,
}
_HEADER_ROW = 4
_FIRST_ROW = 5
# The cells the reporting day, unit, fingerprint and format are written in (row 2).
_META = {"unit": (2, 2), "as_of": (2, 4), "fingerprint": (2, 6), "format": (2, 8)}
_EVIDENCE_SPLIT = re.compile(r"[\n;；]+")


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


def write_template(
    plan: Plan,
    unit: str | Unit,
    path: str | os.PathLike[str],
    *,
    as_of: datetime.date | str,
    overwrite: bool = True,
) -> None:
    """Write the reporting template for *unit*: an xlsx with a row per task it answers for.

    Row 2 holds the unit, the reporting day (``截至日期``), the plan's fingerprint and
    the template's format; row 4 is the header
    :data:`~dg_plan.tracking.TEMPLATE_HEADER`. The plan's own
    columns (序号, 主要任务, 任务时限, 角色) and row 2 are protected by the sheet's
    protection (no password: it stops slips, not people); 状态 (a drop-down of the
    Chinese labels), 完成日期, 进展情况 and 佐证材料 stay editable.

    Two columns after them say, for each row, who leads the task (牵头单位) and whether
    this unit's answer counts toward the task's status (计入任务状态: 是 when the unit,
    or the collective it answers through, is accountable). Below the rows, 填报人,
    联系电话 and 审核人 are asked for; :func:`read_returns` reads them back into each
    report's :class:`~dg_plan.tracking.model.Source`. The sheet prints on A4 landscape,
    one page wide, the header row repeated on every page.

    Args:
        plan: The plan.
        unit: The unit, or its name or alias. A collective that stands for named
            members (各省辖市政府) has no template of its own: each member gets one.
        path: Where to write the workbook.
        as_of: The day the reports will speak for (a date or ``"2024/6/30"`` and the like).
        overwrite: Write over an existing file at *path*; with ``False`` an existing
            file (perhaps a filled return) is refused. The command line passes
            ``False`` unless ``--force`` is given.

    Raises:
        InvalidQueryError: *overwrite* is ``False`` and *path* exists (kind
            ``file_exists``, naming the path).
        UnknownUnitError: *unit* names no unit.
        InvalidQueryError: *as_of* is not a date, or *unit* is a collective with
            members, or answers for no task.
        ImportError: openpyxl is not installed (``pip install 'dg_plan[excel]'``).
        OSError: The file cannot be written.
    """
    openpyxl = require("openpyxl", "excel", "reporting templates")
    from openpyxl.styles import Alignment, Font, Protection  # noqa: PLC0415 - optional
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    day = read_day(as_of, "as_of")
    if not overwrite and os.path.lexists(path):
        raise query_error(QueryErrorKind.FILE_EXISTS, "path", os.fspath(path), path=os.fspath(path))
    found = plan.unit(unit)
    if found.members:
        raise query_error(
            QueryErrorKind.THROUGH_MEMBERS,
            "unit",
            unit,
            unit=found.name,
            members=tuple(found.members),
        )
    rows = plan.responsibilities(found)
    if not rows:
        raise query_error(QueryErrorKind.NO_TASK_FOR_UNIT, "unit", unit, unit=found.name)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = f"{plan.metadata.title} 推进情况填报表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    meta: dict[str, Any] = {
        "unit": found.name,
        "as_of": day,
        "fingerprint": plan_fingerprint(plan),
        "format": TEMPLATE_FORMAT,
    }
    labels = {"unit": "填报单位", "as_of": "截至日期", "fingerprint": "计划指纹", "format": "格式"}
    for key, (row, column) in _META.items():
        ws.cell(row, column - 1, labels[key]).font = Font(bold=True)
        ws.cell(row, column, meta[key])
    ws.cell(*_META["as_of"]).number_format = "yyyy-mm-dd"
    ws["A3"] = (
        "状态请从下拉列表中选择（未启动、推进中、已完成）；已完成的请填写完成日期"
        "（如 2024-12-15）；佐证材料每行一项（文号或网址）。未填写状态的行视为未报送。"
        "“计入任务状态”为“否”的任务，本单位填报仅供参考，任务状态以牵头单位（无牵头单位的，"
        "以负责单位）填报为准。请在表末填写填报人、联系电话和审核人。"
    )
    ws.merge_cells("A3:J3")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 48
    for column, title in enumerate(TEMPLATE_HEADER, start=1):
        ws.cell(_HEADER_ROW, column, title).font = Font(bold=True)
    unlocked = Protection(locked=False)
    _task_rows(ws, rows, found.name)
    last = _FIRST_ROW + len(rows) - 1
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(s.label for s in Status) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="状态",
        error="请从列表中选择：" + "、".join(s.label for s in Status),
    )
    choice.add(f"E{_FIRST_ROW}:E{last}")
    ws.add_data_validation(choice)
    for offset, label in enumerate(SIGN_OFF):
        row = last + 2 + offset
        ws.cell(row, 1, label).font = Font(bold=True)
        ws.cell(row, 2).protection = unlocked
    for letter, size in COLUMN_WIDTHS.items():
        ws.column_dimensions[letter].width = size
    _print_setup(ws)
    ws.freeze_panes = ws.cell(_FIRST_ROW, 1)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    wb.save(os.fspath(path))


def _task_rows(ws: Any, rows: Sequence[Responsibility], unit: str) -> None:  # noqa: ANN401
    """Write a template's rows: the plan's columns, the reporting cells, who leads."""
    from openpyxl.styles import Alignment, Font, Protection  # noqa: PLC0415 - optional

    unlocked = Protection(locked=False)
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, title in enumerate(TEMPLATE_INFO_HEADER, start=len(TEMPLATE_HEADER) + 1):
        ws.cell(_HEADER_ROW, column, title).font = Font(bold=True)
    for i, r in enumerate(rows):
        row = _FIRST_ROW + i
        values = (r.task.number, r.task.text, str(r.task.deadline), ROLE_LABELS[r.role])
        for column, value in enumerate(values, start=1):
            ws.cell(row, column, value).alignment = wrap
        answering = unit if r.via is None else r.via.name
        for column, value in enumerate(_info(r.task, answering), start=9):
            ws.cell(row, column, value).alignment = wrap
        for column in _REPORTING:
            cell = ws.cell(row, column)
            cell.protection = unlocked
            cell.alignment = wrap
        ws.cell(row, 6).number_format = "yyyy-mm-dd"


def _info(task: Task, answering: str) -> tuple[str, str]:
    """A template row's 牵头单位 and 计入任务状态, for a unit answering as *answering*."""
    leads = "、".join(u.name for u in task.leads) or "（无）"
    counts = answering in {u.name for u in task.accountable}
    return leads, "是" if counts else "否"


def _print_setup(ws: Any) -> None:  # noqa: ANN401 - an openpyxl worksheet
    """A4 landscape, one page wide, the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{_HEADER_ROW}:{_HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


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


#: The suffixes of the returned files collect reads: calamine's workbooks, and CSV.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
RETURN_SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv")
# The reporting columns (状态, 完成日期, 进展情况, 佐证材料), 1-based.
_REPORTING = range(5, 9)
# A CSV return's encodings, in the order tried: UTF-8 (with or without BOM), then the
# GB18030 that WPS and Excel on Chinese Windows save.
_CSV_ENCODINGS = ("utf-8-sig", "gb18030")


class _Sheet:
    """A returned sheet's cells (1-based rows and columns), as its reader found them.

    ``merged`` is ``None`` when the format (CSV) or its reader (calamine, for .ods)
    gives no merged ranges; ``formulas`` maps the cells holding a formula with no
    saved value to their formula (found in .xlsx only).
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


def _csv_rows(path: Path) -> list[list[object]]:
    """The rows of a CSV return; ValueError if it is no text in the encodings read."""
    import csv  # noqa: PLC0415 - only a CSV return needs it

    data = path.read_bytes()
    for encoding in _CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [list(r) for r in csv.reader(text.splitlines())]
    msg = "not text in UTF-8 or GB18030"
    raise ValueError(msg)


def _empty_formulas(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """The cells of an xlsx's *sheet* holding a formula with no saved value."""
    try:
        import openpyxl  # noqa: PLC0415 - optional, as the templates' writer
    except ImportError:  # pragma: no cover - the excel extra installs both readers
        return {}
    wb = openpyxl.load_workbook(os.fspath(path), read_only=True, data_only=False)
    try:
        found: dict[tuple[int, int], str] = {}
        for row in wb[sheet].iter_rows():
            for cell in row:
                value = getattr(cell, "value", None)
                if isinstance(value, str) and value.startswith("="):
                    found[(cell.row, cell.column)] = value
    finally:
        wb.close()
    if not found:
        return found
    values = openpyxl.load_workbook(os.fspath(path), read_only=True, data_only=True)
    try:
        ws = values[sheet]
        return {(r, c): f for (r, c), f in found.items() if _blank(ws.cell(r, c).value)}
    finally:
        values.close()


class _File:
    """What one returned template holds, its problems and the notes on how it was read."""

    def __init__(self, plan: Plan, path: str | os.PathLike[str], fingerprint: str) -> None:
        self.name = Path(path).name
        self.path = os.fspath(path)
        self.suffix = Path(path).suffix.lower()
        self.problems: list[TrackingProblem] = []
        self.notes: list[TrackingProblem] = []
        self.reports: list[Report] = []
        self.rows: list[int] = []
        self.unit: str | None = None
        self.as_of: datetime.date | None = None
        # The unit its 填报单位 names, once read (also when the file is set aside later).
        self.named: str | None = None
        self.digest: str | None = None
        self.sign_off: dict[str, str] = {}
        sheet = self._read(Path(path))
        if sheet is not None:
            self._parse(plan, sheet, fingerprint)
            self.reports = [
                attrs.evolve(r, source=Source(self.name, row, SHEET, **self.sign_off))
                for r, row in zip(self.reports, self.rows, strict=True)
            ]
        order = {heading: i for i, heading in enumerate(TEMPLATE_HEADER)}
        self.notes.sort(key=lambda n: (n.row or 0, order.get(n.column or "", 0)))

    def problem(
        self,
        kind: str,
        value: object,
        row: int | None,
        column: str | None,
        **values: Any,  # noqa: ANN401 - the values a problem's message names
    ) -> None:
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
        self.notes.append(_problem(kind, value, file=self.name, row=row, column=column, **values))

    def _read(self, path: Path) -> _Sheet | None:
        if not path.exists():
            self.problem("no_such_file", None, None, None, path=os.fspath(path))
            return None
        if path.is_dir():
            self.problem("empty_folder", os.fspath(path), None, None, path=os.fspath(path))
            return None
        with contextlib.suppress(OSError):
            self.digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if self.suffix not in RETURN_SUFFIXES:
            self.problem("unknown_suffix", os.fspath(path), None, None)
            return None
        if self.suffix == ".csv":
            try:
                return _Sheet(_csv_rows(path), None, {})
            except (OSError, ValueError) as exc:
                self.problem(
                    "unreadable_file", os.fspath(path), None, None, suffix="csv", error=exc
                )
                return None
        return self._read_workbook(path)

    def _read_workbook(self, path: Path) -> _Sheet | None:
        calamine = require("python_calamine", "excel", "reading returned templates")
        try:
            wb = calamine.CalamineWorkbook.from_path(os.fspath(path))
        except (OSError, ValueError, calamine.CalamineError) as exc:
            if self.suffix == ".xlsx":
                self.problem("unreadable_xlsx", os.fspath(path), None, None, error=exc)
            else:
                suffix = self.suffix[1:]
                self.problem(
                    "unreadable_file", os.fspath(path), None, None, suffix=suffix, error=exc
                )
            return None
        try:
            if SHEET not in wb.sheet_names:
                self.problem("no_template_sheet", wb.sheet_names, None, None, sheet=SHEET)
                return None
            found = wb.get_sheet_by_name(SHEET)
            rows = [list(r) for r in found.to_python(skip_empty_area=False)]
            merged = found.merged_cell_ranges
        finally:
            wb.close()
        formulas = _empty_formulas(path, SHEET) if self.suffix in (".xlsx", ".xlsm") else {}
        return _Sheet(rows, None if merged is None else list(merged), formulas)

    def _spread_merged(self, sheet: _Sheet) -> None:
        """Give a merged reporting cell's value to every row it spans, with a note."""
        for (top, left), (bottom, right) in sheet.merged or ():
            # calamine's ranges are 0-based and inclusive.
            first, last = top + 1, bottom + 1
            columns = range(
                max(left + 1, _REPORTING.start), min(right + 1, _REPORTING.stop - 1) + 1
            )
            if first < _FIRST_ROW or last == first or not columns:
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
                    TEMPLATE_HEADER[column - 1],
                    rows=f"{first}–{last}",
                )

    def _parse(self, plan: Plan, cell: _Sheet, fingerprint: str) -> None:
        for (row, column), formula in sorted(cell.formulas.items()):
            if row < _FIRST_ROW or column in _REPORTING or column == 1:
                heading = TEMPLATE_HEADER[column - 1] if row >= _FIRST_ROW else None
                self.problem("formula_no_value", formula, row, heading, formula=formula)
        if cell(*_META["format"]) != TEMPLATE_FORMAT:
            self.problem(
                "not_a_template", cell(*_META["format"]), 2, "格式", expected=TEMPLATE_FORMAT
            )
            return
        if cell(*_META["fingerprint"]) != fingerprint:
            self.problem(
                "template_other_plan",
                cell(*_META["fingerprint"]),
                2,
                "计划指纹",
                fingerprint=fingerprint,
            )
            return
        try:
            unit = plan.unit(cell(*_META["unit"]))  # type: ignore[arg-type]
        except LookupError as exc:
            name = cell(*_META["unit"])
            kind, values = unknown_unit(name, exc)
            self.problem(kind, name, 2, "填报单位", **values)
            return
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
            as_of = parse_day(_cell_day(cell(*_META["as_of"])))
        except InvalidQueryError:
            as_of = None
        if as_of is None:
            self.problem("bad_reporting_day", cell(*_META["as_of"]), 2, "截至日期")
            return
        header = tuple(cell(_HEADER_ROW, c) for c in range(1, len(TEMPLATE_HEADER) + 1))
        if header != TEMPLATE_HEADER:
            self.problem("bad_header", header, _HEADER_ROW, None, header="、".join(TEMPLATE_HEADER))
            return
        self.unit, self.as_of = unit.name, as_of
        self._spread_merged(cell)
        tasks = {r.task.number for r in plan.responsibilities(unit)}
        reported: list[int] = []  # the rows with a report, or a problem
        blank: list[int] = []
        for row in range(_FIRST_ROW, len(cell.rows) + 1):
            cells_of_row = [cell(row, c) for c in range(1, 9)]
            label = cells_of_row[0]
            if isinstance(label, str) and label.strip().rstrip("：:").strip() in SIGN_OFF:
                self._sign_off(label.strip().rstrip("：:").strip(), cells_of_row[1:])
                continue
            formulas = {c for c in range(1, 9) if (row, c) in cell.formulas}
            if formulas or not all(_blank(cells_of_row[c - 1]) for c in _REPORTING):
                self._row(plan, unit.name, tasks, row, cells_of_row, formulas)
                reported.append(row)
            elif not _blank(cells_of_row[0]):
                blank.append(row)
        if cell.merged is None:
            self._blank_under_reports(reported, blank)

    def _sign_off(self, label: str, values: Sequence[object]) -> None:
        """Keep a sign-off row's answer: the first cell written right of its label."""
        for value in values:
            if not _blank(value):
                text = _text(value)
                self.sign_off[_SIGN_OFF_FIELDS[label]] = text
                return

    def _blank_under_reports(self, reported: list[int], blank: list[int]) -> None:
        """Note each run of blank rows right below a report, in a file without merges."""
        blank_set, done = set(blank), set()
        for row in reported:
            run = []
            below = row + 1
            while below in blank_set and below not in done:
                run.append(below)
                done.add(below)
                below += 1
            if run:
                rows = str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}"
                self.note(
                    "blank_under_report",
                    None,
                    run[0],
                    "状态",
                    rows=rows,
                    above=row,
                    suffix=self.suffix[1:],
                )

    def _row(
        self,
        plan: Plan,
        unit: str,
        tasks: set[int],
        row: int,
        values: Sequence[object],
        formulas: set[int],
    ) -> None:
        number, text, _, _, status_cell, day_cell, note_cell, evidence_cell = values
        before = len(self.problems)
        task = _number(number)
        if task is None or task not in tasks:
            if 1 in formulas:
                pass  # named as a formula with no value
            elif task is not None and _in_plan(plan, task):
                self.problem("not_units_task", number, row, "序号", task=task, unit=unit)
            else:
                self.problem("not_a_task_number", number, row, "序号", unit=unit)
        elif not _blank(text) and text != plan.task(task).text:
            self.problem("text_edited", text, row, "主要任务", task=task)
        status = None
        if 5 in formulas:
            pass  # named as a formula with no value
        elif _blank(status_cell):
            self.problem("no_status", status_cell, row, "状态")
        else:
            status = self._status(status_cell, row)
        completed_on = None if 6 in formulas else self._day(plan, day_cell, row)
        if formulas or len(self.problems) > before or status is None or task is None:
            return
        assert self.as_of is not None  # noqa: S101 - set before the rows are read
        note = "" if _blank(note_cell) else str(note_cell).strip()
        evidence = "" if _blank(evidence_cell) else str(evidence_cell)
        items = tuple(e.strip() for e in _EVIDENCE_SPLIT.split(evidence) if e.strip())
        self.reports.append(Report(task, unit, status, self.as_of, completed_on, note, items))
        self.rows.append(row)

    def _status(self, value: object, row: int) -> Status | None:
        """The status a 状态 cell names; a problem (with the closest labels) if none."""
        choices = tuple(s.label for s in Status)
        status, close = read_status(str(value)) if isinstance(value, str) else (None, ())
        if status is None:
            if close:
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
        try:
            day = parse_day(_cell_day(value))
        except InvalidQueryError as exc:
            if exc.kind is QueryErrorKind.IMPOSSIBLE_DAY:
                detail = dict(exc.values).get("detail", str(exc))
                self.problem("impossible_day", value, row, "完成日期", detail=detail)
            else:
                self.problem("bad_day", value, row, "完成日期")
            return None
        issued = plan.metadata.issued
        if day is not None and issued is not None and day < issued:
            self.problem(
                "done_before_issued", day, row, "完成日期", heading="完成日期", issued=issued
            )
            return None
        return day


# The field of a report's Source each sign-off label fills.
_SIGN_OFF_FIELDS = {"填报人": "filled_by", "联系电话": "phone", "审核人": "reviewed_by"}


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


def _cell_day(value: object) -> object:
    """A date cell's day: a spreadsheet's date cell with a time of day is that day."""
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        return value.date()
    return value


_COLUMN_OF_FIELD = {
    "task": "序号",
    "unit": "填报单位",
    "status": "状态",
    "completed_on": "完成日期",
    "as_of": "截至日期",
}


@attrs.frozen
class SetAside:
    """A returned file left out of the ledger, and every problem that put it aside.

    Attributes:
        file: The file's path, as given (or found in a folder given).
        unit: The unit its 填报单位 names, or ``None`` when that could not be read
            (then no 退回修改 notice can be addressed).
        as_of: The reporting day (截至日期) it gives, or ``None``.
        problems: Every problem found in it, each placed by file, row, column and
            value, in row order; the sheet is ``SHEET`` (填报).
    """

    file: str
    unit: str | None
    as_of: datetime.date | None
    problems: tuple[TrackingProblem, ...]


@attrs.frozen
class Returns:
    """What :func:`read_returns` read: the ledger, and the notes on how it was read.

    Attributes:
        ledger: Every report in the returned files, file by file, row by row (after
            the reports of the ledger the round was added to, if any). Each report's
            ``source`` names its file and row, and the file's sign-off.
        notes: How cells were read that a reader should know of, each placed as a
            problem is (file, row, column, value) and made the same way (a
            :class:`~dg_plan.TrackingProblem` whose ``kind`` is a note's:
            ``status_read_as``, a 状态 written otherwise than as a label; ``merged_cell``,
            a merged reporting cell given to every row it spans; ``blank_under_report``,
            blank rows right below a report in a file that says nothing of merged cells;
            ``unit_not_file_name``, a 填报单位 other than the unit the file's name names;
            ``duplicate_file``, a file skipped as a byte-identical copy of another).
            None of them stops the collection.
        set_aside: With ``keep_going``: the files left out, each with its problems.
        returned_blank: The units whose file was read and holds no report (every row
            left blank), in the order of the files.
        not_returned: With ``sent``: the units sent a template that returned no file
            (a file set aside counts as returned), in the order sent.
        files: The files read, a folder given as the files in it, in the order read.
    """

    ledger: Ledger
    notes: tuple[TrackingProblem, ...]
    set_aside: tuple[SetAside, ...] = ()
    returned_blank: tuple[str, ...] = ()
    not_returned: tuple[str, ...] = ()
    files: tuple[str, ...] = ()


def _returned_files(paths: Iterable[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    """The files *paths* name: a folder stands for its files, sorted by name."""
    found: list[str | os.PathLike[str]] = []
    for path in paths:
        folder = Path(path)
        if not folder.is_dir():
            found.append(path)
            continue
        # Hidden files and the lock files Office and WPS leave (~$x.xlsx) are no returns.
        inside = sorted(
            p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "~$"))
        )
        found.extend(inside or [folder])
    return found


def collect(plan: Plan, paths: Iterable[str | os.PathLike[str]]) -> Ledger:
    """Read returned templates into a ledger; all of them, or none.

    Each file is read to the end, and every file is read, before anything is
    decided. A row whose 状态, 完成日期, 进展情况 and 佐证材料 are all blank is no
    report. 状态 takes the Chinese labels (and the statuses' names and values, and
    the words of ``dg_plan.tracking.model.STATUS_SYNONYMS``);
    完成日期 takes a date cell or 2024-12-15, 2024/12/15, 2024年12月15日 or 2024.12.15;
    佐证材料 is split into items at new lines and semicolons. :func:`read_returns`
    reads the same and gives the notes on how cells were read too.

    Args:
        plan: The plan the templates were written for.
        paths: The returned files (.xlsx, .xls, .ods, or the template saved as .csv
            in UTF-8 or GB18030), or folders of them.

    Returns:
        A ledger of every report in the files, file by file, row by row.

    Raises:
        TrackingDataError: A file is not a template of this plan, two files are for
            the same unit and day, or a row is bad (an unknown status, a malformed
            day, a task that is not the unit's, a DONE without its day, ...). Its
            ``problems`` list every one, each with the file name, row, column and
            value.
        ImportError: python-calamine is not installed (``pip install 'dg_plan[excel]'``).
    """
    return read_returns(plan, paths).ledger


def read_returns(
    plan: Plan,
    paths: Iterable[str | os.PathLike[str]],
    *,
    keep_going: bool = False,
    ledger: Ledger | None = None,
    sent: Iterable[str | Unit] | None = None,
) -> Returns:
    """Read returned templates into a ledger, with the notes on how they were read.

    What :func:`collect` reads, it reads (see there); a folder among *paths* stands for
    every file in it, sorted by name (hidden files and ``~$`` lock files left out).
    Read are .xlsx, .xlsm, .xls and .ods workbooks (with python-calamine: a date cell
    with a time of day is that day; a formula is its saved value) and the template
    saved as .csv (UTF-8, with or without BOM, or GB18030). A file that cannot be read
    is a problem naming it, and the other files are still read.

    A 状态 or 完成日期 cell merged over rows applies to every row it spans (a note
    ``merged_cell``; .xlsx and .xls say which cells are merged). A .csv or .ods file
    does not: blank rows right below a report are read as not reported, with a note
    ``blank_under_report``. An .xlsx cell holding a formula with no saved value is a
    problem (``formula_no_value``); in .xls and .ods such a cell reads as blank.
    A file whose 填报单位 is not the unit its name names (``省财政厅.xlsx`` filled in
    as 省审计厅) is read, with a note ``unit_not_file_name``.

    Args:
        plan: The plan the templates were written for.
        paths: The returned files, or folders of them.
        keep_going: Put the good files in the ledger and set aside each file with a
            problem (:attr:`Returns.set_aside`, every problem of each) instead of
            raising; a file that is a byte-identical copy of one read before is
            skipped, with a note ``duplicate_file``. Without it, one problem anywhere
            raises and nothing is collected (all or nothing).
        ledger: A ledger to add this round to: its reports come first, the files'
            reports are checked against them, and a file for a unit and reporting
            day the ledger already holds is a problem (``round_in_ledger``).
        sent: The units the templates were sent to (their names, or aliases):
            :attr:`Returns.not_returned` lists those that returned no file.

    Raises:
        TrackingDataError: Without *keep_going*, as :func:`collect`.
        UnknownUnitError: A unit of *sent* names no unit.
        ImportError: As :func:`collect`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = _returned_files(paths)
    fingerprint = plan_fingerprint(plan)
    base = () if ledger is None else ledger.reports
    files = [_File(plan, path, fingerprint) for path in paths]
    notes: list[TrackingProblem] = []
    if keep_going:
        files = _without_copies(files, notes)
    if not keep_going:
        reports, where = _gather(files, base, keep_going=False)
        _check(plan, files, base, reports, where)
        problems = [p for f in files for p in sorted(f.problems, key=lambda p: p.row or 0)]
        if problems:
            raise TrackingDataError(problems)
    else:
        while True:  # setting a file aside may leave another without its contradiction
            good = [f for f in files if not f.problems]
            reports, where = _gather(good, base, keep_going=True)
            if not _check(plan, good, base, reports, where):
                break
    aside = [f for f in files if f.problems]
    kept = [f for f in files if f not in aside]
    notes[:0] = [n for f in files for n in f.notes]
    returned = {f.named for f in files if f.named is not None}
    return Returns(
        Ledger(plan, reports),
        tuple(notes),
        tuple(
            SetAside(f.path, f.named, f.as_of, tuple(sorted(f.problems, key=lambda p: p.row or 0)))
            for f in aside
        ),
        tuple(dict.fromkeys(f.unit for f in kept if f.unit is not None and not f.reports)),
        tuple(
            dict.fromkeys(
                name for name in (plan.unit(u).name for u in sent or ()) if name not in returned
            )
        ),
        tuple(os.fspath(p) for p in paths),
    )


def _without_copies(files: list[_File], notes: list[TrackingProblem]) -> list[_File]:
    """*files* without the byte-identical copies of a file before them, each noted."""
    seen: dict[str, _File] = {}
    kept = []
    for f in files:
        first = None if f.digest is None else seen.setdefault(f.digest, f)
        if first is None or first is f:
            kept.append(f)
            continue
        same = first.name == f.name
        notes.append(
            _problem(
                "duplicate_file",
                None,
                file=f.path if same else f.name,
                first=first.path if same else first.name,
            )
        )
    return kept


def _gather(
    files: Sequence[_File], base: Sequence[Report], *, keep_going: bool
) -> tuple[list[Report], list[tuple[_File, int] | None]]:
    """The reports of *base* then of *files*, each with its file and row (``None``: base).

    A second file of one unit and day is a problem of that file; so is a file of a
    unit and day *base* already holds. With *keep_going*, a file with problems of its
    own gives no reports.
    """
    reports = list(base)
    where: list[tuple[_File, int] | None] = [None] * len(base)
    held: dict[tuple[str, datetime.date], str] = {}
    for r in base:
        held.setdefault((r.unit, r.as_of), "" if r.source is None else r.source.file)
    seen: dict[tuple[str, datetime.date], _File] = {}
    for f in files:
        if keep_going and f.problems:
            continue
        if f.unit is not None and f.as_of is not None:
            key = (f.unit, f.as_of)
            if key in held:
                f.problems.append(
                    _problem(
                        "round_in_ledger",
                        f.unit,
                        file=f.name,
                        row=2,
                        column="截至日期",
                        unit=f.unit,
                        as_of=f.as_of,
                        first=held[key] or "?",
                    )
                )
                continue
            first = seen.setdefault(key, f)
            if first is not f:
                # Two files of one name (from two folders) are told apart by their paths.
                same = first.name == f.name
                f.problems.append(
                    _problem(
                        "second_template",
                        f.unit,
                        file=f.path if same else f.name,
                        row=2,
                        column="填报单位",
                        unit=f.unit,
                        as_of=f.as_of,
                        first=first.path if same else first.name,
                    )
                )
                continue
        reports.extend(f.reports)
        where.extend((f, row) for row in f.rows)
    return reports, where


def _check(
    plan: Plan,
    files: Sequence[_File],
    base: Sequence[Report],
    reports: Sequence[Report],
    where: Sequence[tuple[_File, int] | None],
) -> bool:
    """Check *reports* together; give each problem to its file. Whether any was found."""

    def at(i: int) -> tuple[str, dict[str, Any]]:
        place = where[i]
        if place is None:
            source = base[i].source
            if source is None:
                return "contradicts_report", {"other": i}
            return "contradicts_row", {"other_file": source.file, "other_row": source.row}
        f, row = place
        return "contradicts_row", {"other_file": f.name, "other_row": row}

    checked, _ = check_reports(plan, reports, at)
    found = False
    for p in checked:
        place = where[p.report] if p.report is not None else None
        if place is None:  # pragma: no cover - the ledger's own reports were checked
            continue
        f, row = place
        found = True
        f.problems.append(
            relocated(
                p, file=f.name, row=row, column=_COLUMN_OF_FIELD.get(p.column or "", p.column)
            )
        )
    return found


#: The file :func:`write_templates` lists what it wrote in: each unit, file and day.
MANIFEST = "sent.csv"
#: Its header row.
MANIFEST_HEADER = ("填报单位", "文件", "截至日期")
#: Why :func:`write_templates` wrote no template for a unit: its members get one
#: each; it is a collective that names no member, so nobody can be sent it; it
#: answers for no task.
SKIP_REASONS = ("through_members", "names_no_member", "no_task")


@attrs.frozen
class TemplatesWritten:
    """What :func:`write_templates` wrote, and the units it wrote none for.

    Attributes:
        written: Each unit and the path of its template, in the plan's order of units.
        skipped: Each unit given no template, and why: one of ``SKIP_REASONS``.
        manifest: The list of what was sent (``sent.csv``), for ``collect --sent``.
    """

    written: tuple[tuple[str, Path], ...]
    skipped: tuple[tuple[str, str], ...]
    manifest: Path


def write_templates(
    plan: Plan,
    folder: str | os.PathLike[str],
    *,
    as_of: datetime.date | str,
    overwrite: bool = False,
) -> TemplatesWritten:
    """Write a template for every unit that can be sent one, into *folder*.

    Each unit that answers for tasks gets ``<name>.xlsx`` (:func:`write_template`);
    the members of a collective (郑州市人民政府, … of 各省辖市政府) get one each, by
    name, and the collective none. A collective that names no member (省直相关部门)
    gets none either: nobody can be sent it; it is listed in
    :attr:`TemplatesWritten.skipped`. ``sent.csv`` lists the units, files and
    day, for :func:`read_sent`.

    Args:
        plan: The plan.
        folder: Where to write (made if missing).
        as_of: The day the reports will speak for.
        overwrite: Write over existing files; by default, if any of the files
            exists, nothing is written.

    Raises:
        InvalidQueryError: *as_of* is not a day, or (without *overwrite*) a file
            exists already (kind ``file_exists``, naming the first).
        ImportError: openpyxl is not installed.
        OSError: A file cannot be written.
    """
    import csv  # noqa: PLC0415 - only the manifest needs it

    from dg_plan._model import UnitKind  # noqa: PLC0415

    day = read_day(as_of, "as_of")
    out = Path(folder)
    units: list[Unit] = []
    skipped: list[tuple[str, str]] = []
    for unit in plan.units:
        if unit.members:
            skipped.append((unit.name, "through_members"))
        elif unit.kind is UnitKind.COLLECTIVE:
            skipped.append((unit.name, "names_no_member"))
        elif not plan.responsibilities(unit):
            skipped.append((unit.name, "no_task"))
        else:
            units.append(unit)
    paths = [out / f"{unit.name}.xlsx" for unit in units]
    if not overwrite:
        for path in (*paths, out / MANIFEST):
            if os.path.lexists(path):
                raise query_error(
                    QueryErrorKind.FILE_EXISTS, "path", os.fspath(path), path=os.fspath(path)
                )
    out.mkdir(parents=True, exist_ok=True)
    for unit, path in zip(units, paths, strict=True):
        write_template(plan, unit, path, as_of=day)
    with (out / MANIFEST).open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(MANIFEST_HEADER)
        writer.writerows(
            (u.name, p.name, day.isoformat()) for u, p in zip(units, paths, strict=True)
        )
    return TemplatesWritten(
        tuple((u.name, p) for u, p in zip(units, paths, strict=True)),
        tuple(skipped),
        out / MANIFEST,
    )


def read_sent(plan: Plan, path: str | os.PathLike[str]) -> tuple[str, ...]:
    """The units the templates of a round were sent to, for ``read_returns(sent=...)``.

    Args:
        plan: The plan.
        path: A manifest (a CSV whose first column, under a header, names the units:
            the ``sent.csv`` that :func:`write_templates` writes, or a list of
            your own), or the folder the templates were written to: its manifest if
            it has one, else the unit (填报单位) of each template in it.

    Returns:
        The units' names, each once, in the order listed.

    Raises:
        UnknownUnitError: A name in the list names no unit.
        OSError: The file or folder cannot be read.
        ValueError: The manifest is not text in UTF-8 or GB18030.
    """
    where = Path(path)
    names: list[object] = []
    if where.is_dir() and not (where / MANIFEST).exists():
        calamine = require("python_calamine", "excel", "reading templates")
        for p in sorted(where.iterdir()):
            if p.suffix.lower() not in WORKBOOK_SUFFIXES or p.name.startswith((".", "~$")):
                continue
            wb = calamine.CalamineWorkbook.from_path(os.fspath(p))
            try:
                if SHEET in wb.sheet_names:
                    rows = wb.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
                    row, column = _META["unit"]
                    if len(rows) >= row and len(rows[row - 1]) >= column:
                        names.append(rows[row - 1][column - 1])
            finally:
                wb.close()
    else:
        rows = _csv_rows(where / MANIFEST if where.is_dir() else where)
        names = [r[0] for r in rows[1:] if r]
    return tuple(dict.fromkeys(plan.unit(str(n).strip()).name for n in names if not _blank(n)))
