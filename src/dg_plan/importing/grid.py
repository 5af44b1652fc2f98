"""Grids: a table as read, its cells as text, merged cells filled in.

A :class:`Grid` holds a worksheet's, a CSV file's or a Word table's values, each merged
cell's value in every cell it covers, and the merged ranges; it says where a cell is
(:class:`~.locations.Location`) as its file prints it.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

import attrs

from .lines import join_lines
from .locations import Location


@attrs.define
class Grid:
    """A table as read: values with merged cells filled in, and the merged ranges."""

    file: str
    sheet: str
    values: list[list[str]]
    # (row, column) -> (first row, first column, last row, last column), 0-based.
    merges: dict[tuple[int, int], tuple[int, int, int, int]] = attrs.field(factory=dict)
    row_offset: int = 0  # added to a 0-based row for its printed 1-based number, minus 1
    # The header row found (0-based) and each column's header as printed, by 0-based column.
    header_row: int | None = None
    headers: dict[int, str] = attrs.field(factory=dict)
    # A table printed one row a line in a text: a place is a line (its row's number).
    lines: bool = False

    def head(self, row: int, words: Sequence[str]) -> None:
        """Take *row* (0-based) as the header row, *words* as its columns' headers.

        From there down, a place names its column by its header (“完成时限”列); a
        header's line breaks are closed up as a wrapped line's are.
        """
        self.header_row = row
        self.headers = {c: join_lines(w.strip()) for c, w in enumerate(words) if w.strip()}

    def where(self, row: int, column: int | None = None) -> Location:
        """Where 0-based *row* (and *column*) is, numbered as the file prints it.

        A column at or below the header row is named by its header, where it has one.
        """
        headed = column is not None and self.header_row is not None and row >= self.header_row
        number = row + 1 + self.row_offset
        return Location(
            self.file,
            self.sheet,
            None if self.lines else number,
            None if column is None else column + 1,
            number if self.lines else None,
            header=self.headers.get(column, "") if headed and column is not None else "",
        )

    def ref(self, span: tuple[int, int, int, int]) -> str:
        """A merged range's cells as printed: ``A2:A4``."""
        first = self.where(span[0], span[1]).cell
        last = self.where(span[2], span[3]).cell
        return f"{first}:{last}"


def distinct_cells(grid: Grid, r: int) -> list[tuple[int, str]]:
    """The row's non-empty cells, each merged cell once: (column, text)."""
    out: list[tuple[int, str]] = []
    seen: set[tuple[int, int, int, int]] = set()
    for c, value in enumerate(grid.values[r]):
        if not value.strip():
            continue
        span = grid.merges.get((r, c))
        if span is not None:
            if span in seen:
                continue
            seen.add(span)
        out.append((c, value))
    return out


def grid_from_rows(file: str, sheet: str, rows: Iterable[Sequence[object]]) -> Grid:
    """A grid of *rows* (a sheet's or a CSV file's values), every row as wide as the widest."""
    values = [[_cell_text(v) for v in row] for row in rows]
    width = max((len(r) for r in values), default=0)
    for row in values:
        row.extend([""] * (width - len(row)))
    return Grid(file, sheet, values)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):  # a datetime too
        # A date typed into a spreadsheet: read it as "by that day".
        return f"{value.year}年{value.month}月{value.day}日前"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
