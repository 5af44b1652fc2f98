"""Files as people make them: csv tables, and tracking templates typed into with openpyxl."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

# The template's sheet that people fill in, and its first task row.
SHEET = "填报"
FIRST_ROW = 5


def write_csv(path: Path, rows: Iterable[Iterable[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def row_of(ws, number: int) -> int:
    """The row of task *number* in a template's sheet."""
    for row in range(FIRST_ROW, ws.max_row + 1):
        if ws.cell(row, 1).value == number:
            return row
    raise AssertionError(number)


def fill(path: Path, entries: Mapping[int, tuple[object, ...]]) -> dict[int, int]:
    """Type into a template as a person would, with openpyxl.

    *entries*: {task number: (status, completed on, progress, note)}, or a leading part of
    that tuple (columns E, F, G, H). Returns each typed task's row.
    """
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    rows = {}
    for number, values in entries.items():
        row = rows[number] = row_of(ws, number)
        for column, value in enumerate(values, start=5):
            ws.cell(row, column).value = value
    wb.save(path)
    return rows


def set_cells(path: Path, cells: Mapping[str | tuple[int, int], object]) -> None:
    """Overwrite cells of a template's sheet, named "F2" or (row, column)."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    for ref, value in cells.items():
        cell = ws[ref] if isinstance(ref, str) else ws.cell(*ref)
        cell.value = value
    wb.save(path)
