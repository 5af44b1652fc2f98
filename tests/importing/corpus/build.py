"""Build the corpus's table documents (.docx / .xlsx) from their ``.table.json`` descriptions.

Each ``<stem>.table.json`` describes a published table exactly: the paragraphs printed before
it, its header rows, its body rows (one string per cell, line breaks inside a cell kept as
``\\n``), merged cells as explicit ranges, and the format it was published in. ``build(path,
out_dir)`` writes ``<stem>.docx`` or ``<stem>.xlsx`` into ``out_dir`` and returns its path.
The output depends only on the JSON: document properties carry a fixed date.

A merged range is ``{"rows": [first, last], "cols": [first, last]}``, indexed over the
header rows followed by the body rows; its text is the text of its top-left cell, and the
other cells it covers are written as "" in the JSON.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

FIXED_DATE = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
SUFFIX = ".table.json"


def stem_of(path: Path) -> str:
    """The corpus stem of a ``.table.json`` file (``06-x.table.json`` -> ``06-x``)."""
    return path.name.removesuffix(SUFFIX)


def load(path: Path) -> dict[str, Any]:
    """The table description, checked for the shape this builder needs."""
    spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if spec.get("format") not in {"docx", "xlsx"}:
        raise ValueError(f"{path.name}: format must be docx or xlsx, not {spec.get('format')!r}")
    for table in spec["tables"]:
        grid = table["header_rows"] + table["rows"]
        widths = {len(row) for row in grid}
        if len(widths) != 1:
            raise ValueError(f"{path.name}: rows of unequal width {sorted(widths)}")
    return spec


def _grid(table: dict[str, Any]) -> list[list[str]]:
    return [list(row) for row in table["header_rows"] + table["rows"]]


def _build_docx(spec: dict[str, Any], out: Path) -> None:
    import docx  # noqa: PLC0415 - optional dependency, only needed when building

    document = docx.Document()
    props = document.core_properties
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.last_printed = FIXED_DATE.replace(tzinfo=None)
    props.author = "dg_plan corpus"
    props.last_modified_by = "dg_plan corpus"
    props.revision = 1
    for text in spec.get("paragraphs_before", []):
        document.add_paragraph(text)
    for table in spec["tables"]:
        grid = _grid(table)
        built = document.add_table(rows=len(grid), cols=len(grid[0]))
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                if text:
                    built.cell(r, c).text = text
        for merge in table.get("merged", []):
            (r0, r1), (c0, c1) = merge["rows"], merge["cols"]
            keep = grid[r0][c0]
            built.cell(r0, c0).merge(built.cell(r1, c1))
            built.cell(r0, c0).text = keep
    for text in spec.get("paragraphs_after", []):
        document.add_paragraph(text)
    document.save(str(out))


def _build_xlsx(spec: dict[str, Any], out: Path) -> None:
    import openpyxl  # noqa: PLC0415 - optional dependency, only needed when building

    workbook = openpyxl.Workbook()
    workbook.properties.created = FIXED_DATE.replace(tzinfo=None)
    workbook.properties.modified = FIXED_DATE.replace(tzinfo=None)
    workbook.properties.creator = "dg_plan corpus"
    sheet = workbook.active
    row_at = 1
    for text in spec.get("paragraphs_before", []):
        sheet.cell(row=row_at, column=1, value=text)
        row_at += 1
    for table in spec["tables"]:
        grid = _grid(table)
        top = row_at
        for row in grid:
            for c, text in enumerate(row, start=1):
                if text:
                    sheet.cell(row=row_at, column=c, value=text)
            row_at += 1
        for merge in table.get("merged", []):
            (r0, r1), (c0, c1) = merge["rows"], merge["cols"]
            sheet.merge_cells(
                start_row=top + r0, end_row=top + r1, start_column=c0 + 1, end_column=c1 + 1
            )
    for text in spec.get("paragraphs_after", []):
        sheet.cell(row=row_at, column=1, value=text)
        row_at += 1
    workbook.save(str(out))


def build(path: Path, out_dir: Path) -> Path:
    """Write the document ``path`` describes into ``out_dir``; return the written file."""
    spec = load(path)
    out = out_dir / f"{stem_of(path)}.{spec['format']}"
    if spec["format"] == "docx":
        _build_docx(spec, out)
    else:
        _build_xlsx(spec, out)
    return out


def all_tables(root: Path) -> list[Path]:
    """Every ``.table.json`` under the corpus root, holdout included, in name order."""
    return sorted(root.rglob(f"*{SUFFIX}"))


def main(argv: list[str]) -> int:
    """``python tests/importing/corpus/build.py OUT``: build every table document into OUT."""
    if len(argv) != 1:
        sys.stderr.write("usage: build.py OUT_DIR\n")
        return 2
    out_dir = Path(argv[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in all_tables(Path(__file__).parent):
        sys.stdout.write(f"{build(path, out_dir)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
