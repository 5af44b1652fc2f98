"""dg_plan's own export read back: the CSV file and workbook ``dg-plan export`` writes.

The export's wide form (:data:`dg_plan._rows.WIDE_COLUMNS`, headed in English or in
Chinese by :func:`dg_plan._rows.column_headers`, the words the exporter itself writes)
is known by its header row: the text column, the number column and at least half of the
export's columns, all headed in one language (a column a user added beside them is
left as it is). Its columns are then read as the export wrote them: the number, the
text, the deadline as printed, the leads, responsible and support units (each cell read
with the unit grammar, so a name edited by hand is read as edited); the part, section
and section title columns give each task's part and section; the columns the export
derives from the others (主责单位, 到期日期, 完成时限类型, 涉及平台, 页码) are not read,
and one note, not a problem per task, says so.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import attrs

from dg_plan._grammar import numeral
from dg_plan._i18n import using
from dg_plan._message_kinds import LIST_SEPARATOR
from dg_plan._rows import WIDE_COLUMNS, column_headers
from dg_plan._vocabulary import Role

from .findings import FindingKind
from .grid import Grid, distinct_cells
from .source import Heading, Source, read_heading

# The export's columns the reader reads, and as what (the kinds of headers.find_header).
_READ: Mapping[str, tuple[str, Role | None]] = {
    "number": ("number", None),
    "text": ("text", None),
    "deadline": ("deadline", None),
    "leads": ("units", Role.LEAD),
    "responsible": ("units", Role.RESPONSIBLE),
    "support": ("units", Role.SUPPORT),
}
# The export's columns that say where a task sits: its part, its section, the section's
# heading (label and title) as printed.
_SECTIONS = ("part", "section", "section_title")
# A section's place as the Chinese export numbers it (一、（二）) or the English one (1.2).
_PRINTED_PLACE = re.compile(r"^([^、（）]+)、((?:（[^（）]+）)*)$")
_ID_PLACE = re.compile(r"^([0-9]+)((?:\.[0-9]+)*)$")


@functools.cache
def _header_words(lang: str) -> Mapping[str, str]:
    """Each header of the export's wide form in *lang*, without white space -> its column."""
    with using(lang):
        headers = column_headers(WIDE_COLUMNS, "wide")
    return {"".join(h.split()): c for c, h in zip(WIDE_COLUMNS, headers, strict=True)}


@attrs.frozen
class OwnExport:
    """A header row read as dg_plan's own export: each export column's grid column."""

    named: Mapping[str, int]
    printed: Mapping[str, str]

    def columns(self) -> dict[int, tuple[str, Role | None]]:
        """The columns read, as :func:`.headers.find_header` gives them."""
        return {c: _READ[name] for name, c in self.named.items() if name in _READ}

    def derived(self) -> list[str]:
        """The headers of the derived columns, not read, as printed, in their order."""
        skipped = set(_READ) | set(_SECTIONS)
        order = sorted((c, name) for name, c in self.named.items() if name not in skipped)
        return [self.printed[name] for _, name in order]

    def sections(self, grid: Grid, start: int, source: Source) -> dict[int, list[Heading]]:
        """Note the columns not read; return the headings each body row opens (row -> them).

        A task's part is its place's first number (一, 1), its section the rest; the
        section title column gives the heading of the deepest one. A part whose own
        heading no row prints (every task of it is in a section) is named by its number
        (第一部分), as the export does not write a part's title; the note says so.
        """
        rows = [r for r in range(start, len(grid.values)) if len(distinct_cells(grid, r)) > 1]
        places = {r: self._place(grid.values[r]) for r in rows}
        titled = {
            place[0]: heading
            for r, place in places.items()
            if place is not None
            and len(place) == 1
            and (heading := self._heading(grid.values[r], 1, place[0], grid, r)) is not None
        }
        opens: dict[int, list[Heading]] = {}
        previous: tuple[str, ...] = ()
        untitled: list[str] = []
        for r, place in places.items():
            if place is None or place == previous:
                continue
            if not previous or place[0] != previous[0]:
                part = titled.get(place[0])
                if part is None:
                    label = place[0]
                    part = Heading(1, label, f"第{label}部分", grid.where(r))
                    untitled.append(label)
                opens.setdefault(r, []).append(part)
            if len(place) > 1:
                sub = self._heading(grid.values[r], 2, place[1], grid, r)
                if sub is None:  # a title cell edited into no heading: its text, or the label
                    c = self.named.get("section_title")
                    title = grid.values[r][c].strip() if c is not None else ""
                    sub = Heading(2, place[1], title or place[1], grid.where(r))
                opens.setdefault(r, []).append(sub)
            previous = place
        values = {"columns": LIST_SEPARATOR.join(self.derived())}
        if untitled:
            values["parts"] = LIST_SEPARATOR.join(untitled)
        source.note(grid.where(start - 1), FindingKind.OWN_EXPORT, values=values)
        return opens

    def _place(self, row: Sequence[str]) -> tuple[str, ...] | None:
        """A row's part and section labels (一, （二）), from its section or part cell."""
        cell = (
            "".join(row[self.named["section"]].split())
            if "section" in self.named
            else "".join(row[self.named["part"]].split())
            if "part" in self.named
            else ""
        )
        if m := _PRINTED_PLACE.match(cell):
            return (m[1], *re.findall(r"（[^（）]+）", m[2]))
        if m := _ID_PLACE.match(cell):
            numbers = [int(m[1]), *(int(n) for n in m[2].split(".")[1:])]
            return (numeral(numbers[0]), *(f"（{numeral(n)}）" for n in numbers[1:]))
        return (cell,) if cell else None

    def _heading(
        self, row: Sequence[str], level: int, label: str, grid: Grid, r: int
    ) -> Heading | None:
        """The heading the section title cell prints, if it is one of *level* and *label*."""
        if "section_title" not in self.named:
            return None
        c = self.named["section_title"]
        heading = read_heading(row[c].strip(), grid.where(r, c))
        if heading is None or heading.level != level or heading.label != label:
            return None
        return heading


def own_export(row: Sequence[str], mapped: Mapping[str, object] | None = None) -> OwnExport | None:
    """The header *row* read as dg_plan's own export (its wide form), or None.

    Not when the user mapped one of its headers (``columns=``): their mapping is read.
    """
    words = ["".join(value.split()) for value in row]
    if mapped and any(w in mapped for w in words):
        return None
    for lang in ("en", "zh"):
        known = _header_words(lang)
        named = {known[w]: c for c, w in enumerate(words) if w in known}
        if (
            "text" in named
            and "number" in named
            and len(named) * 2 >= len(WIDE_COLUMNS)
            and len(named) == sum(w in known for w in words)  # no header twice
        ):
            printed = {name: row[c].strip() for name, c in named.items()}
            return OwnExport(named, printed)
    return None
