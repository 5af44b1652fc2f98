"""Returns made the way units make them: a template typed into, saved as Excel, WPS or
LibreOffice saves it (.xlsx, .xls, .ods, .csv in UTF-8 or GB18030).

No office suite runs here: openpyxl types into the template (as Excel would save it,
a formula without its value included), xlwt writes the .xls (BIFF8, as WPS's "save as
Excel 97-2003"), odfpy writes the .ods (as LibreOffice: a merged cell spans rows and
covers the cells under it), and the csv module writes the template's sheet as a
spreadsheet saving CSV writes it (dates as yyyy-mm-dd, blanks empty).
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

SHEET = "填报"
FIRST_ROW = 5

#: What a unit types into one row: (状态, 完成日期, 进展情况, 佐证材料); a leading part.
Typed = tuple[object, ...]


def shown(value: object) -> str:
    """A cell as a spreadsheet saving CSV writes it: a day as yyyy-mm-dd, a blank as ""."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def type_into(
    template: Path,
    rows: Mapping[int, Typed],
    *,
    cells: Mapping[tuple[int, int], object] | None = None,
    merges: Sequence[str] = (),
    edit: Callable[[Any], None] | None = None,
) -> Any:
    """Open *template* and type into it as a person would; return the workbook (unsaved).

    *rows*: {sheet row: typed values from column E (状态)}; *cells*: other cells
    {(row, column): value}; *merges*: ranges merged (after typing); *edit*: any other
    change, given the sheet.
    """
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(template)
    ws = wb[SHEET]
    ws.protection.sheet = False  # what a unit does to edit a locked cell
    for row, values in rows.items():
        for column, value in enumerate(values, start=5):
            ws.cell(row, column).value = value
    for (row, column), value in (cells or {}).items():
        ws.cell(row, column).value = value
    for ref in merges:
        ws.merge_cells(ref)
    if edit is not None:
        edit(ws)
    return wb


def values_of(wb: Any) -> list[list[object]]:
    """The template's sheet as rows of values, as a spreadsheet shows them."""
    return [list(r) for r in wb[SHEET].iter_rows(values_only=True)]


def merged_spans(wb: Any) -> dict[tuple[int, int], int]:
    """The merged ranges of the sheet below its title rows: {(row, column): rows spanned}."""
    spans = {}
    for merged in wb[SHEET].merged_cells.ranges:
        if merged.min_row >= FIRST_ROW:
            spans[(merged.min_row, merged.min_col)] = merged.max_row - merged.min_row + 1
    return spans


def save_xlsx(wb: Any, path: Path) -> Path:
    wb.save(path)
    return path


def save_csv(wb: Any, path: Path, encoding: str) -> Path:
    """The sheet as CSV in *encoding* (utf-8, utf-8-sig as Excel's "CSV UTF-8", gb18030)."""
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(
            [shown(v) for v in row] for row in values_of(wb)
        )
    return path


def save_xls(wb: Any, path: Path) -> Path:
    """The sheet as .xls (BIFF8), its merged reporting cells merged, dates as date cells."""
    xlwt = pytest.importorskip("xlwt", reason="xlwt writes the .xls returns")
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(SHEET)
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    spans = merged_spans(wb)
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    for r, row in enumerate(values_of(wb), start=1):
        for c, value in enumerate(row, start=1):
            if (r, c) in covered:
                continue
            style = day if isinstance(value, datetime.date) else xlwt.Style.default_style
            if (r, c) in spans:
                ws.write_merge(r - 1, r + spans[(r, c)] - 2, c - 1, c - 1, value, style)
            elif value is not None:
                ws.write(r - 1, c - 1, value, style)
    book.save(str(path))
    return path


def save_ods(wb: Any, path: Path) -> Path:
    """The sheet as .ods, as LibreOffice saves it: numbers, dates and text typed as such."""
    odf = pytest.importorskip("odf.opendocument", reason="odfpy writes the .ods returns")
    from odf.table import CoveredTableCell, Table, TableCell, TableRow  # noqa: PLC0415
    from odf.text import P  # noqa: PLC0415

    doc = odf.OpenDocumentSpreadsheet()
    table = Table(name=SHEET)
    spans = merged_spans(wb)
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    for r, row in enumerate(values_of(wb), start=1):
        tr = TableRow()
        for c, value in enumerate(row, start=1):
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            extra = {"numberrowsspanned": spans[(r, c)]} if (r, c) in spans else {}
            if value is None:
                tr.addElement(TableCell(**extra))
                continue
            if isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value, **extra)
            elif isinstance(value, datetime.date):
                day = value.date() if isinstance(value, datetime.datetime) else value
                cell = TableCell(valuetype="date", datevalue=day.isoformat(), **extra)
            else:
                cell = TableCell(valuetype="string", **extra)
            cell.addElement(P(text=shown(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


#: How each kind of file is saved, by the name the round's table gives it.
SAVERS: dict[str, Callable[[Any, Path], Path]] = {
    "xlsx": save_xlsx,
    "xls": save_xls,
    "ods": save_ods,
    "csv": lambda wb, path: save_csv(wb, path, "utf-8"),
    "csv-bom": lambda wb, path: save_csv(wb, path, "utf-8-sig"),
    "csv-gb18030": lambda wb, path: save_csv(wb, path, "gb18030"),
}
