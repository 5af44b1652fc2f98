"""Tables: a worksheet, a CSV file or a Word table as a grid, its header found, its rows read.

:func:`read_xlsx`, :func:`read_csv` and :func:`read_docx` each fill a
:class:`~.source.Source`; a merged cell is filled into every cell it covers and
noted, with the rows it spans. This module reads each file format into a
:class:`~.grid.Grid`; :mod:`.headers` finds its header, :mod:`.rows` reads its rows.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dg_plan._compat import require
from dg_plan._errors import PlanImportError
from dg_plan._i18n import translation

from .findings import FindingKind
from .formats import UNOPENED_CAUSE, UNREADABLE_CAUSES
from .grid import Grid, grid_from_rows
from .headers import find_header, no_header_values
from .locations import Location
from .rows import read_grid
from .source import (
    ATTACHMENT,
    Source,
    read_heading,
)
from .titles import title_text

_MERGE_CELL = re.compile(r'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


def _xlsx_merges(ws: Any) -> list[tuple[int, int, int, int]]:  # noqa: ANN401 - a worksheet
    """The merged ranges of a worksheet, 0-based (first row, first col, last row, last col).

    A read-only worksheet (openpyxl's fast, streaming mode) does not expose its merged
    cells, so the sheet's ``<mergeCell ref="…">`` elements are read from its XML.
    """
    from openpyxl.utils.cell import range_boundaries  # noqa: PLC0415 - optional dependency

    archive = ws.parent._archive  # noqa: SLF001 - the read-only workbook's open zip
    xml = archive.read(ws._worksheet_path).decode("utf-8")  # noqa: SLF001 - as above
    out = []
    for ref in _MERGE_CELL.findall(xml):
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        out.append((min_row - 1, min_col - 1, max_row - 1, max_col - 1))
    return out


def read_xlsx(path: Path, source: Source, sheet: str | None) -> None:
    """Read a workbook's *sheet* (by default the first with a header row) into *source*."""
    openpyxl = require("openpyxl", "excel", "reading an xlsx file")
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            source.problem(
                Location(source.file, sheet),
                FindingKind.NO_SUCH_SHEET,
                values={"sheet": sheet, "sheets": "、".join(workbook.sheetnames)},
            )
            return
        sheets = [workbook[sheet]] if sheet else workbook.worksheets
        columns = None
        read_any = False
        first: Grid | None = None
        for ws in sheets:
            grid = grid_from_rows(source.file, ws.title, ws.iter_rows(values_only=True))
            if not grid.values:
                continue
            for span in _xlsx_merges(ws):
                if span[0] >= len(grid.values):
                    continue
                top = grid.values[span[0]][span[1]] if span[1] < len(grid.values[0]) else ""
                for r in range(span[0], min(span[2] + 1, len(grid.values))):
                    for c in range(span[1], min(span[3] + 1, len(grid.values[r]))):
                        grid.values[r][c] = top
                        grid.merges[(r, c)] = span
            first = first or grid
            if sheet is None and find_header(grid, source.header_map) is None:
                source.note(Location(source.file, ws.title), FindingKind.SHEET_SKIPPED)
                continue
            columns = read_grid(grid, source, columns)
            read_any = read_any or columns is not None
            if sheet is None:
                break
        if not read_any and sheet is None:
            source.problem(
                Location(source.file),
                FindingKind.NO_SHEET_WITH_HEADER,
                values=no_header_values(first, source.header_map),
            )
    finally:
        workbook.close()


def read_csv(text: str, source: Source) -> None:
    """Read CSV *text* into *source*."""
    rows = list(csv.reader(io.StringIO(text)))
    grid = grid_from_rows(source.file, "", rows)
    read_grid(grid, source, None)


def _docx_grid(table: Any, file: str, name: str) -> Grid:  # noqa: ANN401 - a python-docx table
    """Read a Word table into a grid, merged cells (gridSpan, vMerge) filled in."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    values: list[list[str]] = []
    spans: list[tuple[list[int], list[tuple[int, int]]]] = []  # [r1, c1, r2, c2], its cells
    active: dict[int, int] = {}  # column -> index into spans of the open vertical merge
    tbl = table._tbl  # noqa: SLF001 - python-docx's own cell list is quadratic in the rows
    for r, tr in enumerate(tbl.tr_lst):
        row: list[str] = []
        for tc in tr.tc_lst:
            c, width = len(row), tc.grid_span
            if tc.vMerge == "continue" and c in active:
                span, cells = spans[active[c]]
                span[2] = r
                row.extend(values[span[0]][c : c + width])
                cells.extend((r, k) for k in range(c, c + width))
                continue
            text = "\n".join(_paragraph_text(p, qn) for p in tc.iter(qn("w:p")))
            row.extend([text] * width)
            for k in range(c, c + width):
                active.pop(k, None)
            if tc.vMerge == "restart" or width > 1:
                spans.append(([r, c, r, c + width - 1], [(r, k) for k in range(c, c + width)]))
                if tc.vMerge == "restart":
                    for k in range(c, c + width):
                        active[k] = len(spans) - 1
        values.append(row)
    width = max((len(r) for r in values), default=0)
    for row in values:
        row.extend([""] * (width - len(row)))
    merges: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for span, cells in spans:
        if len(cells) > 1:
            final = (span[0], span[1], span[2], span[3])
            for cell in cells:
                merges[cell] = final
    return Grid(file, name, values, merges)


def _paragraph_text(p: Any, qn: Callable[[str], str]) -> str:  # noqa: ANN401 - an lxml element
    out = []
    t, tab, br = qn("w:t"), qn("w:tab"), qn("w:br")
    for node in p.iter(t, tab, br):
        if node.tag == t:
            out.append(node.text or "")
        elif node.tag == tab:
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def read_docx(path: Path, source: Source) -> None:
    """Read a Word document's tables, and the paragraphs around them, into *source*."""
    docx = require("docx", "docx", "reading a docx file")
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415 - optional dependency
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency
    from docx.table import Table  # noqa: PLC0415 - optional dependency

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as exc:  # python-docx's word for "not a .docx file"
        raise ValueError(str(exc)) from None
    body = document.element.body
    if not any(child.tag == qn("w:tbl") for child in body.iterchildren()):
        # No table: a list printed as text (1.…（X牵头）, labelled lines), one paragraph a
        # line, read as a text file is.
        from .lines import join_lines  # noqa: PLC0415 - text reads tables' words too
        from .text import read_lines  # noqa: PLC0415 - as above

        texts = [_paragraph_text(c, qn) for c in body.iterchildren() if c.tag == qn("w:p")]
        read_lines("\n".join(join_lines(text) for text in texts), source)
        return
    columns = None
    tables = paragraphs = 0
    above: list[tuple[Location, str]] = []  # paragraphs above the first table
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            paragraphs += 1
            text = _paragraph_text(child, qn).strip()
            if not text:
                continue
            # A paragraph outside the tables is located by its number, as a "line".
            where = Location(source.file, line=paragraphs)
            compact = "".join(text.split())
            if source.states_lead_rule(where, text):
                continue
            if not tables:
                above.append((where, text))
            elif (h := read_heading(compact, where)) is not None:
                source.add_heading(h)
                source.note(where, FindingKind.HEADING_PARAGRAPH, text, {"level": str(h.level)})
            else:
                source.problem(where, FindingKind.PARAGRAPH_OUTSIDE_TABLE, text)
        elif child.tag == qn("w:tbl"):
            if not tables:
                _title_paragraphs(above, source)
            tables += 1
            table = Table(child, document)
            grid = _docx_grid(table, source.file, f"table {tables}")
            columns = read_grid(grid, source, columns)


def _title_paragraphs(above: list[tuple[Location, str]], source: Source) -> None:
    """The last paragraph above the table is the title; an 附件N before it the label."""
    for i, (where, text) in enumerate(above):
        compact = "".join(text.split())
        if i == len(above) - 1:
            source.title = title_text(text)
            source.note(where, FindingKind.TITLE_PARAGRAPH, text)
        elif ATTACHMENT.match(compact) or (i == 0 and len(above) == 2):
            source.attachment = compact
            source.note(where, FindingKind.ATTACHMENT_LABEL, text)
        else:
            source.note(where, FindingKind.TEXT_ABOVE_TITLE, text)


def read_zipped(path: Path, suffix: str, source: Source, sheet: str | None) -> None:
    """Read an ``.xlsx`` workbook or a ``.docx`` document into *source*.

    Raises:
        PlanImportError: The file is no workbook or document (a renamed file, a
            damaged download), or holds no table to read.
    """
    try:
        if suffix == ".xlsx":
            read_xlsx(path, source, sheet)
        else:
            read_docx(path, source)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        # Not a workbook or document at all (a renamed file, a damaged download):
        # openpyxl and python-docx say so with their own exceptions.
        if isinstance(exc, PlanImportError):
            raise
        kind = FindingKind.NOT_A_WORKBOOK if suffix == ".xlsx" else FindingKind.NOT_A_DOCUMENT
        # Chinese says the cause in words, not the reader's English (File is not a zip file).
        unread = isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile)
        cause = UNOPENED_CAUSE if unread else UNREADABLE_CAUSES[suffix]
        values = {"error": str(exc), "error_zh": translation("zh").gettext(cause)}
        source.problem(Location(path.name), kind, values=values)
        raise PlanImportError(source.problems, path.name) from None
