"""Build ``src/dg_plan/data/plan.json`` from the source text and the decision tables.

Usage::

    python tools/build_data.py          # write the data file
    python tools/build_data.py --check  # exit 1 if the committed file differs

Inputs, all in this repository:

* ``sources/000_7b812aca85ed3779.txt``: the PDF-to-text extraction of 附件4 of
  豫政〔2023〕17号, as received;
* ``tools/decisions.py``: every editorial decision (merged cells, 省 restoration,
  punctuation), commented;
* ``tools/registry_units.py`` and ``tools/registry_platforms.py``: the curated unit
  and platform registries.

The build is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))

import decisions  # noqa: E402
import registry_platforms  # noqa: E402
import registry_units  # noqa: E402

SOURCE = ROOT / "sources" / "000_7b812aca85ed3779.txt"
OUTPUT = ROOT / "src" / "dg_plan" / "data" / "plan.json"

DEADLINE = re.compile(r"20\d\d年\d{1,2}月底前|适时推进|持续推进")
HEADER = "序号 主 要 任 务 任务时限 责 任 单 位"
PART = re.compile(r"([一二三四五六七八九十]+)、(.+?)\s*\(共(\d+)项\)")
SUBSECTION = re.compile(r"\(([一二三四五六七八九十]+)\)(.+)")
TASK_NUMBER = re.compile(r"(\d{1,3})(?=\s|$)")


class BuildError(Exception):
    """The source and the decision tables disagree."""


def normalize(raw: str) -> str:
    """Remove the extraction's white space and restore the print's punctuation."""
    text = "".join(raw.split())
    for ascii_form, print_form in decisions.PUNCTUATION.items():
        text = text.replace(ascii_form, print_form)
    return text


# -- reading the source into pieces ------------------------------------------------


@dataclass
class Piece:
    """A run of source text: task text, a deadline cell or a unit cell (with offsets)."""

    kind: str  # "text", "deadline", "units"
    start: int
    end: int
    raw: str

    @property
    def value(self) -> str:
        return normalize(self.raw)


@dataclass
class Row:
    """What the source prints for one task's row."""

    number: int
    page: int = 0
    part: int = 0
    subsection: int = 0
    pieces: list[Piece] = field(default_factory=list)

    def of(self, kind: str) -> list[Piece]:
        return [p for p in self.pieces if p.kind == kind]


@dataclass
class Heading:
    """A part or subsection heading."""

    level: int
    label: str
    title: str
    declared: int | None
    start: int
    end: int


@dataclass
class Source:
    """The source, read: rows in order, headings, and each task's page."""

    text: str
    rows: list[Row]
    headings: list[Heading]
    pages: dict[int, int]  # task number -> page


@dataclass
class Cells:
    """The printed cells a row's deadline or units were read from, and what was inferred.

    Attributes:
        rows: The task numbers whose rows the printed cell(s) span.
        pieces: The printed cells (for units, exactly one).
        notes: Every inference made.
        alternatives: Other readings, each with why this one was chosen.
    """

    rows: tuple[int, ...]
    pieces: list[Piece]
    notes: list[dict[str, object]] = field(default_factory=list)
    alternatives: list[dict[str, object]] = field(default_factory=list)


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def read_source(text: str) -> Source:  # noqa: PLR0915 - one pass, one state machine
    lines = _lines(text)
    rows: list[Row] = []
    headings: list[Heading] = []
    current: Row | None = None
    state = "text"
    part = subsection = 0
    i = 0
    while i < len(lines):
        offset, line = lines[i]
        stripped = line.strip()
        # Page footer: "—", the page number with its digits reversed, "—".
        if stripped == "—":
            j = i + 1
            while not lines[j][1].strip():
                j += 1
            k = j + 1
            while not lines[k][1].strip():
                k += 1
            number = lines[j][1].strip()
            if not (number.isdigit() and lines[k][1].strip() == "—"):
                raise BuildError(f"line {i + 1}: a dash that is not a page footer")
            page = int(number[::-1])
            for row in rows:
                if not row.page:
                    row.page = page
            current = None
            i = k + 1
            continue
        if stripped in (HEADER, "附件4") or stripped.startswith("河南省数字政府建设重点任务清单"):
            i += 1
            continue
        if m := PART.fullmatch(stripped):
            part, subsection = part + 1, 0
            headings.append(
                Heading(1, m[1], normalize(m[2]), int(m[3]), offset, offset + len(line))
            )
            current = None
            i += 1
            continue
        if m := SUBSECTION.fullmatch(stripped):
            subsection += 1
            headings.append(
                Heading(
                    2, m[1], normalize(m[2]).removesuffix("。"), None, offset, offset + len(line)
                )
            )
            current = None
            i += 1
            continue
        cursor = offset + (len(line) - len(line.lstrip()))
        body = line.strip()
        m = TASK_NUMBER.match(body)
        if m and int(m[1]) == len(rows) + 1:
            current = Row(int(m[1]), part=part, subsection=subsection)
            rows.append(current)
            state = "text"
            consumed = m.end()
            cursor += consumed
            body = body[consumed:]
        if body.strip():
            if current is None:
                raise BuildError(f"line {i + 1}: text outside any task: {body!r}")
            # Split the line at deadline cells; what comes before the first deadline
            # is task text, what comes after is unit text.
            pos = 0
            for dm in DEADLINE.finditer(body):
                _add(current, state, body, pos, dm.start(), cursor)
                current.pieces.append(
                    Piece("deadline", cursor + dm.start(), cursor + dm.end(), dm[0])
                )
                state = "units"
                pos = dm.end()
            _add(current, state, body, pos, len(body), cursor)
        i += 1
    pages = {row.number: row.page for row in rows}
    return Source(text, rows, headings, pages)


def _add(row: Row, kind: str, body: str, start: int, end: int, cursor: int) -> None:
    chunk = body[start:end]
    if not chunk.strip():
        return
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    piece_start, piece_end = cursor + start + lead, cursor + end - trail
    last = row.pieces[-1] if row.pieces else None
    if last is not None and last.kind == kind:
        # The same cell, continued on another line: one piece spanning both.
        last.end = piece_end
    else:
        row.pieces.append(Piece(kind, piece_start, piece_end, ""))


def fill_raw(source: Source) -> None:
    for row in source.rows:
        for piece in row.pieces:
            piece.raw = source.text[piece.start : piece.end]


# -- units ---------------------------------------------------------------------------


def parse_units(
    printed: str,
) -> tuple[list[str], list[str], list[str], list[dict[str, object]]]:
    """Split a normalised unit cell into (units, leads, support, notes on restored 省).

    The grammar is the library's own (``dg_plan._grammar``), the one the importers use.
    """
    from dg_plan._grammar import parse_units as parse  # noqa: PLC0415 - src is on the path

    cell = parse(printed, standalone=decisions.STANDALONE_UNITS)
    if cell.problems:
        raise BuildError(f"unit cell {printed!r}: {'; '.join(map(str, cell.problems))}")
    notes = [note(n.kind.value, dict(n.values)) for n in cell.notes]
    return list(cell.units), list(cell.leads), list(cell.support), notes


# -- platforms -------------------------------------------------------------------------


def find_mentions(text: str, needles: dict[str, str]) -> list[tuple[str, int, int]]:
    """Longest-first, non-overlapping matches of the mention strings in *text*."""
    taken = [False] * len(text)
    found = []
    for needle in sorted(needles, key=lambda n: (-len(n), n)):
        start = text.find(needle)
        while start != -1:
            end = start + len(needle)
            if not any(taken[start:end]):
                found.append((needles[needle], start, end))
                for k in range(start, end):
                    taken[k] = True
            start = text.find(needle, start + 1)
    return sorted(found, key=lambda f: f[1])


# -- assembling the plan ------------------------------------------------------------


def note(kind: str, values: dict[str, str]) -> dict[str, object]:
    """A provenance note as the JSON format writes it: a kind and its values, keys sorted."""
    from dg_plan import Note, NoteKind  # noqa: PLC0415 - the library checks the values

    Note(NoteKind(kind), values)
    return {"kind": kind, "values": dict(sorted(values.items()))}


def _range(rows: tuple[int, ...]) -> str:
    return f"{rows[0]}–{rows[-1]}" if len(rows) > 1 else str(rows[0])


def resolve_units(source: Source) -> dict[int, Cells]:
    """Give every row its unit cell: its own, or a merged cell from UNIT_CELLS."""
    by_number = {r.number: r for r in source.rows}
    covered: dict[int, decisions.UnitCell] = {}
    for cell in decisions.UNIT_CELLS:
        rows = cell.rows
        if list(rows) != list(range(rows[0], rows[-1] + 1)):
            raise BuildError(f"unit cell {rows}: rows must be consecutive")
        if len({source.pages[n] for n in rows}) != 1:
            raise BuildError(f"unit cell {rows}: rows on more than one page")
        if {by_number[n].part for n in rows} != {by_number[rows[0]].part} or len(
            {by_number[n].subsection for n in rows}
        ) != 1:
            raise BuildError(f"unit cell {rows}: a heading stands inside the cell")
        for n in rows[:-1]:
            if by_number[n].of("units"):
                raise BuildError(f"unit cell {rows}: row {n} prints unit text of its own")
        if not by_number[rows[-1]].of("units"):
            raise BuildError(f"unit cell {rows}: the last row prints no unit text")
        for n in rows:
            if n in covered:
                raise BuildError(f"row {n} is in two unit cells")
            covered[n] = cell
    result: dict[int, Cells] = {}
    for row in source.rows:
        merged = covered.get(row.number)
        rows = merged.rows if merged else (row.number,)
        pieces = by_number[rows[-1]].of("units")
        if not pieces:
            raise BuildError(f"row {row.number} prints no unit text and no decision covers it")
        if len(pieces) != 1:
            raise BuildError(f"row {rows[-1]}: more than one unit cell")
        notes, alternatives = [], []
        if merged is not None:
            notes.append(
                note(
                    "units_cell_merged",
                    {
                        "rows": _range(rows),
                        "evidence": merged.evidence,
                        "evidence_zh": merged.evidence_zh,
                    },
                )
            )
            if merged.doubt and row.number != rows[-1]:
                above = by_number[rows[0] - 1].of("units")
                alternatives.append(
                    note(
                        "other_reading_units",
                        {
                            "rows": _range(rows[:-1]),
                            "above": above[0].value if above else "?",
                            "evidence": merged.doubt,
                            "evidence_zh": merged.doubt_zh,
                        },
                    )
                )
        result[row.number] = Cells(rows, [pieces[0]], notes, alternatives)
    # A cell whose text repeats on the next page may be one cell crossing the break.
    ordered = [r.number for r in source.rows]
    for a, b in itertools.pairwise(ordered):
        ra, rb = result[a], result[b]
        if (
            ra.rows != rb.rows
            and source.pages[a] != source.pages[b]
            and by_number[a].subsection == by_number[b].subsection
            and ra.pieces[0].value == rb.pieces[0].value
        ):
            for n in (*ra.rows, *rb.rows):
                result[n].notes.append(
                    note(
                        "same_text_across_page_break",
                        {
                            "rows": _range(ra.rows),
                            "page": str(source.pages[a]),
                            "next_rows": _range(rb.rows),
                            "next_page": str(source.pages[b]),
                        },
                    )
                )
    return result


def resolve_deadlines(source: Source) -> dict[int, Cells]:
    by_number = {r.number: r for r in source.rows}
    blocks = {n: b for b in decisions.DEADLINE_BLOCKS for n in b.rows}
    result: dict[int, Cells] = {}
    for block in decisions.DEADLINE_BLOCKS:
        cells = [p for n in block.rows for p in by_number[n].of("deadline")]
        for n in block.rows[:-1]:
            if by_number[n].of("deadline"):
                raise BuildError(f"deadline block {block.rows}: row {n} prints its own deadline")
        if block.split is None:
            if len({c.value for c in cells}) != 1:
                raise BuildError(f"deadline block {block.rows}: cells differ, a split is needed")
            for n in block.rows:
                result[n] = Cells(
                    block.rows,
                    cells,
                    [
                        note(
                            "deadline_block_alike",
                            {
                                "cells": str(len(cells)),
                                "rows": _range(block.rows),
                                "evidence": block.evidence,
                                "evidence_zh": block.evidence_zh,
                            },
                        )
                    ],
                )
            continue
        if [n for rows in block.split for n in rows] != list(block.rows) or len(block.split) != len(
            cells
        ):
            raise BuildError(f"deadline block {block.rows}: the split does not fit the cells")
        for rows, piece in zip(block.split, cells, strict=True):
            for n in rows:
                others = sorted(
                    {
                        cells[i].value
                        for split in block.other_splits
                        for i, r in enumerate(split)
                        if n in r
                    }
                    - {piece.value}
                )
                result[n] = Cells(
                    rows,
                    [piece],
                    [
                        note(
                            "deadline_block",
                            {
                                "rows": _range(block.rows),
                                "printed": "、".join(c.value for c in cells),
                                "cell": str(cells.index(piece) + 1),
                                "evidence": block.evidence,
                                "evidence_zh": block.evidence_zh,
                            },
                        )
                    ],
                    [
                        note(
                            "other_reading_deadline",
                            {
                                "deadline": o,
                                "rows": _range(block.rows),
                                "evidence": block.doubt,
                                "evidence_zh": block.doubt_zh,
                            },
                        )
                        for o in others
                    ],
                )
    for row in source.rows:
        if row.number in blocks:
            continue
        pieces = row.of("deadline")
        if len(pieces) != 1:
            raise BuildError(f"row {row.number}: {len(pieces)} deadline cells, no decision")
        result[row.number] = Cells((row.number,), pieces)
    return result


def deadline_doc(printed: str) -> dict[str, object]:
    from dg_plan import Deadline  # noqa: PLC0415 - the build uses the library's own parser

    deadline = Deadline.parse(printed)
    return {
        "kind": deadline.kind.value,
        "date": None if deadline.date is None else deadline.date.isoformat(),
        "printed": printed,
    }


def distinct_aliases(name: str, aliases: Iterable[str]) -> list[str]:
    """Drop aliases that differ from the name (or an earlier alias) only by quotes or width.

    Lookups ignore quotation marks and punctuation width, so such an alias adds nothing.
    """
    from dg_plan._text import lookup_key  # noqa: PLC0415

    seen = {lookup_key(name)}
    kept = []
    for alias in aliases:
        key = lookup_key(alias)
        if key not in seen:
            seen.add(key)
            kept.append(alias)
    return kept


def unit_docs(used: list[str]) -> list[dict[str, object]]:
    table = {u.name: u for u in registry_units.UNITS}
    missing = [n for n in used if n not in table]
    if missing:
        raise BuildError(f"units missing from tools/registry_units.py: {missing}")
    collectives = [u.name for u in registry_units.UNITS if u.kind == "collective"]
    if sorted(collectives) != sorted(decisions.COLLECTIVE_FULL_NAMES):
        raise BuildError(
            f"collectives {sorted(collectives)} and decisions.COLLECTIVE_FULL_NAMES "
            f"{sorted(decisions.COLLECTIVE_FULL_NAMES)} differ"
        )
    docs: list[dict[str, object]] = []
    for entry in registry_units.UNITS:
        successor = entry.successor
        docs.append(
            {
                "name": entry.name,
                "kind": entry.kind,
                # A collective's by the rule of decisions.COLLECTIVE_FULL_NAMES.
                "full_name": decisions.COLLECTIVE_FULL_NAMES.get(entry.name, entry.full_name),
                "aliases": distinct_aliases(entry.name, entry.aliases),
                "name_en": entry.name_en,
                "name_en_official": entry.name_en_official,
                "members": list(entry.members),
                "successor": None
                if successor is None
                else {
                    "name": successor.name,
                    "name_en": successor.name_en,
                    "since": successor.since,
                    "source": successor.source,
                },
                "sources": list(entry.sources),
                "note": entry.note,
            }
        )
    return docs


def platform_docs() -> tuple[list[dict[str, object]], dict[str, str]]:
    docs: list[dict[str, object]] = []
    needles: dict[str, str] = {}
    for entry in registry_platforms.PLATFORMS:
        docs.append(
            {
                "name": entry.name,
                "kind": entry.kind,
                # Every form the texts use is a name the platform answers to.
                "aliases": distinct_aliases(entry.name, (*entry.aliases, *entry.mentions)),
                "name_en": entry.name_en,
                "name_en_official": entry.name_en_official,
                "sources": list(entry.sources),
                "note": entry.note,
            }
        )
        for needle in entry.mentions or (entry.name,):
            if needle in needles:
                raise BuildError(f"mention {needle!r} belongs to two platforms")
            needles[needle] = entry.name
    return docs, needles


def build(text: str) -> dict[str, object]:
    source = read_source(text)
    fill_raw(source)
    if [r.number for r in source.rows] != list(range(1, len(source.rows) + 1)):
        raise BuildError("task numbers are not 1..N")
    units_of = resolve_units(source)
    deadline_of = resolve_deadlines(source)
    platforms, needles = platform_docs()
    used_platforms: set[str] = set()
    tasks = []
    used_units: list[str] = []
    for row in source.rows:
        texts = row.of("text")
        if len(texts) != 1:
            raise BuildError(f"row {row.number}: {len(texts)} text cells")
        u = units_of[row.number]
        d = deadline_of[row.number]
        piece = u.pieces[0]
        units, leads, support, restored = parse_units(piece.value)
        used_units += [n for n in units if n not in used_units]
        printed = {p.value for p in d.pieces}
        if len(printed) != 1:
            raise BuildError(f"row {row.number}: deadline cells disagree: {printed}")
        task_text = texts[0].value
        mentions = find_mentions(task_text, needles)
        used_platforms |= {m[0] for m in mentions}
        tasks.append(
            {
                "number": row.number,
                "text": task_text,
                "deadline": deadline_doc(printed.pop()),
                "units": units,
                "leads": leads,
                "support": support,
                "units_text": piece.value,
                "mentions": [{"platform": p, "start": s, "end": e} for p, s, e in mentions],
                "provenance": {
                    "page": row.page,
                    "deadline_rows": list(d.rows),
                    "units_rows": list(u.rows),
                    "alternatives": [*d.alternatives, *u.alternatives],
                    "notes": [*d.notes, *u.notes, *restored],
                    "text_span": [texts[0].start, texts[0].end],
                    "deadline_spans": [[p.start, p.end] for p in d.pieces],
                    "units_span": [piece.start, piece.end],
                },
            }
        )
    unused = [p["name"] for p in platforms if p["name"] not in used_platforms]
    if unused:
        raise BuildError(f"platforms no task mentions: {unused}")
    sections = []
    for i, heading in enumerate(h for h in source.headings if h.level == 1):
        part_number = i + 1
        subs = [h for h in source.headings if h.level == 2 and _part_of(source, h) == part_number]
        sections.append(
            {
                "id": str(part_number),
                "number": part_number,
                "label": heading.label,
                "title": heading.title,
                "declared_count": heading.declared,
                "tasks": [],
                "subsections": [
                    {
                        "id": f"{part_number}.{j + 1}",
                        "number": j + 1,
                        "label": f"（{sub.label}）",
                        "title": sub.title,
                        "declared_count": None,
                        "tasks": [
                            r.number
                            for r in source.rows
                            if r.part == part_number and r.subsection == j + 1
                        ],
                        "subsections": [],
                    }
                    for j, sub in enumerate(subs)
                ],
            }
        )
    return {
        "format_version": 2,
        "metadata": {
            "title": "河南省数字政府建设重点任务清单（2023—2025年）",
            "document": "豫政〔2023〕17号",
            "attachment": "附件4",
            "issuer": "河南省人民政府",
            "issued": "2023-04-26",
            "period": [2023, 2025],
            "source_file": SOURCE.name,
            "source_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        },
        "sections": sections,
        "tasks": tasks,
        "units": unit_docs(used_units),
        "platforms": platforms,
    }


def _part_of(source: Source, heading: Heading) -> int:
    return sum(1 for h in source.headings if h.level == 1 and h.start < heading.start)


def render(text: str) -> str:
    """Return the data file's text: built, then passed through the library's own format."""
    import dg_plan  # noqa: PLC0415
    from dg_plan._format import plan_from_obj  # noqa: PLC0415 - the strict, checking reader

    obj = build(text)
    plan = plan_from_obj(obj)  # validates the build
    return dg_plan.dumps(plan)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, don't write")
    args = parser.parse_args(argv)
    output = render(SOURCE.read_text(encoding="utf-8"))
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != output:
            print(f"{OUTPUT} is not what the build produces; run tools/build_data.py")
            return 1
        print(f"{OUTPUT} is up to date")
        return 0
    OUTPUT.write_text(output, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
