"""Tables: a worksheet, a CSV file or a Word table as a grid, its header found, its rows read.

:func:`read_xlsx`, :func:`read_csv` and :func:`read_docx` each fill a
:class:`~.source.Source`; a merged cell is filled into every cell it covers and
noted, with the rows it spans.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import csv
import datetime
import difflib
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from dg_plan._compat import require
from dg_plan._errors import PlanImportError
from dg_plan._notes import Note, NoteKind
from dg_plan._vocabulary import (
    DOUBTFUL_ROLE_WORDS,
    PEOPLE_HEADERS,
    SUFFIXES,
    TEXT_LIKE_ENDINGS,
    TEXT_PREFERRED,
    UNIT_WORD_VARIANTS,
    WORDS,
    Role,
    read_traditional,
)

from .findings import FindingKind
from .locations import Location, column_letter
from .records import from_rows, read_records, reads_as_deadline
from .source import (
    ATTACHMENT,
    COLUMN_ROLES,
    COLUMN_ROLES_ZH,
    DEADLINE_WORDS,
    NUMBER_WORDS,
    TEXT_ENDINGS,
    TEXT_WORDS,
    UNIT_WORDS,
    Entry,
    Field,
    Heading,
    Source,
    read_heading,
)
from .titles import could_be_title, title_text


@attrs.define
class _Grid:
    """A table as read: values with merged cells filled in, and the merged ranges."""

    file: str
    sheet: str
    values: list[list[str]]
    # (row, column) -> (first row, first column, last row, last column), 0-based.
    merges: dict[tuple[int, int], tuple[int, int, int, int]] = attrs.field(factory=dict)
    row_offset: int = 0  # added to a 0-based row for its printed 1-based number, minus 1

    def where(self, row: int, column: int | None = None) -> Location:
        return Location(
            self.file,
            self.sheet,
            row + 1 + self.row_offset,
            None if column is None else column + 1,
        )

    def ref(self, span: tuple[int, int, int, int]) -> str:
        first = self.where(span[0], span[1]).cell
        last = self.where(span[2], span[3]).cell
        return f"{first}:{last}"


# What a header cell names: ("text"|"number"|"deadline"|"units", the role it forces).
_Kind = tuple[str, Role | None]
_Mapped = dict[str, _Kind | None]


def _header_role(text: str, mapped: _Mapped | None = None) -> _Kind | None:
    """What a header cell names: ("text"|"number"|"deadline"|"units", forced role).

    A header the user mapped (*mapped*: ``read(columns=...)``) is what they say.
    Its words may be printed in traditional characters (牽頭單位, 完成時限).
    """
    printed = "".join(text.split())
    if mapped and printed in mapped:
        return mapped[printed]
    return _printed_header_role(read_traditional(printed, header=True)[0])


def _printed_header_role(word: str) -> _Kind | None:
    """What a header (without white space) names by the print's words alone."""
    for kind, words in (
        ("text", TEXT_WORDS),
        ("number", NUMBER_WORDS),
        ("deadline", DEADLINE_WORDS),
    ):
        if word in words:
            return kind, None
    if word in UNIT_WORDS:
        return "units", UNIT_WORDS[word]
    if any(w in word for w in PEOPLE_HEADERS) and not any(w in word for w in UNIT_WORDS):
        return None  # 责任领导: people, not units (a column of names, not read)
    for kind, words in (("text", TEXT_WORDS), ("deadline", DEADLINE_WORDS)):
        if any(w in word for w in words):
            return kind, None
    # A header naming two roles (责任单位或牵头单位) gives the one it names with a role.
    # A unit word after a role word the vocabulary has (协办单位, 参加单位, 主办单位): the
    # column of that role's units.
    named = [role for w, role in UNIT_WORDS.items() if w in word]
    role = next((r for r in named if r is not None), None) if named else None
    if not named and _UNIT_LIKE.search(word):
        role = _role_in(word)
    if named or role is not None:
        return "units", role
    # The general form of a text header: what is to be done (民生实事, 项目内容,
    # 2022年预期目标, 建设内容, 目标任务).
    return ("text", None) if word.endswith(TEXT_ENDINGS) else None


# How a header naming units ends (承办单位, 评分部门, 责任主体): a column of units, or of
# something about them.
_UNIT_LIKE = re.compile(r"(?:单位|部门|处室|科室|主体)$")


def _role_in(word: str) -> Role | None:
    """The role a role word inside *word* gives (协办单位: SUPPORT), or None."""
    return next((role for suffix, role in SUFFIXES if suffix in word), None)


def _unread_unit_columns(
    grid: _Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> dict[int, str]:
    """The columns a header names as of units (承办单位, 责任主体) that are not read.

    Not read, as their header gives no role the vocabulary knows (or they hold what a
    unit does: 评分部门); each task whose row fills one is doubted, never silently left
    without those units.
    """
    out = {}
    for c, value in enumerate(grid.values[header]):
        word = "".join(value.split())
        if c in columns or word in source.header_map or not _UNIT_LIKE.search(word):
            continue
        out[c] = word
    return out


def _doubtful_header(header: str) -> str | None:
    """The doubtful role word a unit column's *header* holds (主办单位: 主办), or None."""
    word = "".join(header.split())
    return next((w for w in DOUBTFUL_ROLE_WORDS if w in word), None)


def _doubtful_unit_columns(
    grid: _Grid,
    start: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
    source: Source,
) -> tuple[dict[int, str], dict[int, str]]:
    """The unit columns not read (their headers), and those read by a doubtful word."""
    unread = _unread_unit_columns(grid, start - 1, columns, source) if start else {}
    doubtful = {
        c: word
        for c, (kind, _) in columns.items()
        if kind == "units" and (word := _doubtful_header(header_words.get(c, "")))
    }
    return unread, doubtful


def _doubt_unit_columns(
    grid: _Grid, r: int, entry: Entry, unread: dict[int, str], doubtful: dict[int, str]
) -> None:
    """Doubt *entry* for each doubtful unit column its row fills.

    A column not read (*unread*: its header, 承办单位) is a problem of its own; a column
    read by a doubtful role word (*doubtful*: the word, a 主办单位 column read as leads)
    is doubted as the word is in a cell (``doubtful_role_word``).
    """
    for c, word in unread.items():
        if printed := grid.values[r][c].strip():
            values = {"number": "?", "column": word}
            entry.doubt(grid.where(r, c), FindingKind.UNIT_COLUMN_NOT_READ, printed, values)
    for c, word in doubtful.items():
        if printed := grid.values[r][c].strip():
            values = {"number": "?", "word": word, "role": WORDS[DOUBTFUL_ROLE_WORDS[word]].word}
            entry.doubt(grid.where(r, c), FindingKind.DOUBTFUL_ROLE_WORD, printed, values)


def _role_name(kind: _Kind | None, names: Mapping[str, str] | None = None) -> str:
    """The name a user maps a column to (COLUMN_ROLES; in *names*' words) for *kind*."""
    if kind is None:
        return "?"
    name = next(name for name, value in COLUMN_ROLES.items() if value == kind)
    return name if names is None else names[name]


def _headers_seen(grid: _Grid, mapped: _Mapped, names: Mapping[str, str] | None = None) -> str:
    """The likeliest header row (the first with most cells), each cell with its role.

    ``A1 序号 → number``; a header read as no column: its closest known header and
    that one's role (``B1 项目名称 ≈ 项目内容 → text``), or ``?`` (``B1 项目名称（未识别）``
    in Chinese). Roles are named in *names*' words (COLUMN_ROLES_ZH) when given.
    """
    rows = [(len(_distinct(grid, r)), -r) for r in range(min(len(grid.values), 30))]
    if not rows or max(rows)[0] == 0:
        return ""
    r = -max(rows)[1]
    # A suggestion names a header in its 单位 form: the 部门 and 处室 forms
    # (UNIT_WORD_VARIANTS) read as it, and are no closer a guess.
    units = [w for w in UNIT_WORDS if not w.endswith(UNIT_WORD_VARIANTS)]
    known = [*TEXT_WORDS, *NUMBER_WORDS, *DEADLINE_WORDS, *units]
    out = []
    for c, value in _distinct(grid, r):
        word = "".join(value.split())
        cell = f"{grid.where(r, c).cell} {word}"
        if (kind := _header_role(word, mapped)) is not None:
            out.append(f"{cell} → {_role_name(kind, names)}")
        elif close := difflib.get_close_matches(word, known, n=1, cutoff=0.5):
            out.append(f"{cell} ≈ {close[0]} → {_role_name(_header_role(close[0]), names)}")
        else:
            # No role: ``?`` in English; in Chinese, said in words (未识别).
            out.append(f"{cell} → ?" if names is None else f"{cell}（未识别）")
    return "、".join(out)


def _no_header_values(grid: _Grid | None, mapped: _Mapped) -> dict[str, str]:
    """The values of a refusal for want of a header row: what was seen, what maps."""
    values = {
        "words": "、".join(TEXT_WORDS),
        "roles": ", ".join(COLUMN_ROLES),
        "roles_zh": "、".join(COLUMN_ROLES_ZH.values()),
    }
    if grid is not None and (seen := _headers_seen(grid, mapped)):
        values["headers"] = seen
        values["headers_zh"] = _headers_seen(grid, mapped, COLUMN_ROLES_ZH)
    return values


def _preference(text: str) -> int:
    """How much a text header is preferred (lower first): TEXT_PREFERRED's order."""
    word = read_traditional("".join(text.split()), header=True)[0]
    return next((i for i, w in enumerate(TEXT_PREFERRED) if w in word), len(TEXT_PREFERRED))


def _find_header(
    grid: _Grid, mapped: _Mapped | None = None
) -> tuple[int, dict[int, tuple[str, Role | None]]] | None:
    for r, row in enumerate(grid.values[:30]):
        columns: dict[int, tuple[str, Role | None]] = {}
        seen: set[tuple[int, int, int, int]] = set()
        for c, value in enumerate(row):
            span = grid.merges.get((r, c))
            if span is not None:
                if span in seen:
                    continue
                seen.add(span)
            role = _header_role(value, mapped) if value else None
            if role is None:
                continue
            if role[0] == "text":
                # Two text columns: the preferred one is the task's.
                other = next((k for k, (kind, _) in columns.items() if kind == "text"), None)
                if other is not None:
                    if _preference(value) >= _preference(row[other]):
                        continue
                    del columns[other]
                columns[c] = role
            elif role[0] == "units" or role[0] not in {k for k, _ in columns.values()}:
                columns[c] = role
        kinds = {kind for kind, _ in columns.values()}
        if "text" not in kinds and "units" in kinds and (name := _name_column(row)) is not None:
            # No text header, but a task's (or project's) name: 任务名称, 项目名称.
            columns[name] = ("text", None)
            kinds.add("text")
        # The task column and one more: a title that mentions 重点任务 is no header.
        if "text" in kinds and len(kinds) > 1:
            return r, columns
    return None


# A header naming what a task or project is called (任务名称, 项目名称): the text column of
# a table whose header names no text column. Not a unit's or a person's name.
_NAME_HEADER = re.compile(r"^(?!.*(?:单位|部门|领导|科室|处室)).*名称$")


def _name_column(row: Sequence[str]) -> int | None:
    """The leftmost header of *row* naming a task's name (任务名称), or None."""
    for c, value in enumerate(row):
        word = read_traditional("".join(value.split()), header=True)[0]
        if _NAME_HEADER.match(word):
            return c
    return None


def _distinct(grid: _Grid, r: int) -> list[tuple[int, str]]:
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


def _above_header(grid: _Grid, header: int, source: Source) -> None:
    """The rows above the header: an attachment label, the title, a stated lead rule.

    The title is the first of the rows that could be captions
    (:func:`.titles.could_be_title`: not the covering notice's title, a signature, a
    date or a document number) just above the header, attachment labels between them
    aside (a title, then a subtitle: the title); with none, the first row that is no
    attachment label.
    """
    rows = [(r, cells) for r in range(header) if (cells := _distinct(grid, r))]
    caption = None
    for r, cells in reversed(rows):
        text = "".join(v.strip() for _, v in cells)
        if ATTACHMENT.match("".join(text.split())):
            continue
        if not could_be_title(text):
            break
        caption = r
    caption = None if source.title else caption
    for r, cells in rows:
        text = " ".join(v.strip() for _, v in cells)
        compact = "".join(text.split())
        if source.states_lead_rule(grid.where(r, cells[0][0]), text):
            continue
        if r == caption:
            source.title = title_text(text)
            source.note(grid.where(r, cells[0][0]), FindingKind.TITLE_ROW, text)
        elif ATTACHMENT.match(compact) and not source.attachment:
            source.attachment = compact
            source.note(grid.where(r, cells[0][0]), FindingKind.ATTACHMENT_LABEL, text)
        elif not source.title and caption is None:
            source.title = title_text(text)
            source.note(grid.where(r, cells[0][0]), FindingKind.TITLE_ROW, text)
        else:
            source.problem(grid.where(r, cells[0][0]), FindingKind.TEXT_ABOVE_HEADER, text)


def _note_traditional_headers(
    grid: _Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> None:
    """Note each header word of *columns* read from traditional characters."""
    for c in columns:
        printed = grid.values[header][c]
        for word, read in read_traditional("".join(printed.split()), header=True)[1]:
            values = {"printed": word, "read": read}
            source.note(grid.where(header, c), FindingKind.READ_AS_SIMPLIFIED, printed, values)


def _header_found(
    grid: _Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> int:
    """Note the *header* row found (its columns, its traditional words) and read above it.

    Returns the first body row: the one after the header, or after its second row.
    """
    source.headers_used |= {
        w for v in grid.values[header] if (w := "".join(v.split())) in source.header_map
    }
    named = "、".join(f"{grid.where(header, c).cell} {grid.values[header][c]}" for c in columns)
    source.note(grid.where(header), FindingKind.HEADER_ROW, values={"columns": named})
    _note_traditional_headers(grid, header, columns, source)
    _above_header(grid, header, source)
    return header + 1 + _second_header_row(grid, header, columns, source)


def _second_header_row(
    grid: _Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> int:
    """Read the header's second row, if it has one (1), else nothing (0).

    A group header over its columns (责任单位 over 牵头单位 and 配合单位) prints a second
    header row: the row below the header is one when each of its cells is empty, the
    header's own text again (a cell merged down), or a header word naming units, a
    deadline or a number, one at least naming units or a deadline. Its words then give
    their columns' roles, and it is no task. (Read as a task row, its 牵头单位 became a
    unit, and the lead and support columns under the group were lost.)
    """
    if header + 1 >= len(grid.values):
        return 0
    above, row = grid.values[header], grid.values[header + 1]
    named: dict[int, tuple[str, Role | None]] = {}
    for c, value in enumerate(row):
        word = "".join(value.split())
        if not word or word == "".join(above[c].split()):
            continue
        role = _header_role(word, source.header_map)
        if role is None or role[0] not in {"units", "deadline", "number"}:
            return 0
        named[c] = role
    if not any(kind in {"units", "deadline"} for kind, _ in named.values()):
        return 0
    columns.update(named)
    # The second row's empty cells take the header's words (a CSV leaves a cell merged
    # down empty), so that each column is known by its words below.
    grid.values[header + 1] = [value or above[c] for c, value in enumerate(row)]
    said = "、".join(f"{grid.where(header + 1, c).cell} {row[c]}" for c in named)
    source.note(grid.where(header + 1), FindingKind.HEADER_ROW, values={"columns": said})
    return 1


def _no_header(grid: _Grid, source: Source) -> None:
    """A table with no header row: task cards (label/value rows), or a problem."""
    where = [[grid.where(r, c) for c in range(len(row))] for r, row in enumerate(grid.values)]
    if pairs := from_rows(grid.values, where):
        read_records(pairs, source)  # a task card per task: label/value rows
        return
    source.problem(
        Location(grid.file, grid.sheet),
        FindingKind.NO_HEADER_ROW,
        values=_no_header_values(grid, source.header_map),
    )


def _deadline_column(
    grid: _Grid, start: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> None:
    """Find the table's deadline column, by its header or else by its cells (or say none)."""
    if start and not any(kind == "deadline" for kind, _ in columns.values()):
        _deadline_by_cells(grid, start, columns, source)
    if not any(kind == "deadline" for kind, _ in columns.values()):
        source.has_deadlines = False


def _deadline_by_cells(
    grid: _Grid, start: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> None:
    """Read as the deadline column an unknown column whose cells are deadlines.

    A table with no known deadline header may still print its deadlines, under a
    header the vocabulary does not know (时间安排, 办结时限, 截止时间). The first column
    that is none of the table's known ones (nor people, nor mapped by the user) and
    more than half of whose body cells read as deadlines (2024年底前, 2024年6月, 持续
    推进) is its deadline column, noted; each of its cells that does not read so is a
    problem naming its task (``not_a_deadline``), as in any deadline column.
    """
    header = start - 1
    for c in range(len(grid.values[header])):
        word = "".join(grid.values[header][c].split())
        if c in columns or word in source.header_map or any(w in word for w in PEOPLE_HEADERS):
            continue
        cells = [grid.values[r][c].strip() for r in range(start, len(grid.values))]
        cells = [cell for cell in cells if cell]
        read = sum(reads_as_deadline(cell) for cell in cells)
        if not cells or read * 2 <= len(cells):
            continue
        columns[c] = ("deadline", None)
        values = {"column": word or column_letter(c + 1), "cells": str(read), "of": str(len(cells))}
        source.note(grid.where(header, c), FindingKind.DEADLINE_COLUMN_BY_CELLS, word, values)
        return


def _read_grid(
    grid: _Grid, source: Source, columns: dict[int, tuple[str, Role | None]] | None
) -> dict[int, tuple[str, Role | None]] | None:
    """Read one table into *source*; return the column map used (for a continued table)."""
    start = 0
    found = _find_header(grid, source.header_map)
    if found is not None:
        header, columns = found
        start = _header_found(grid, header, columns, source)
    elif columns is None:
        _no_header(grid, source)
        return None
    else:
        source.note(grid.where(0), FindingKind.TABLE_CONTINUES)
    _deadline_column(grid, start, columns, source)
    header_words = dict(enumerate(grid.values[start - 1])) if start else {}
    choice = _TextChoice.of(grid, start, columns, header_words, source.header_map)
    unread, doubtful = _doubtful_unit_columns(grid, start, columns, header_words, source)
    sections = _section_columns(grid, start, columns, header_words, source)
    # The header's words read from traditional characters: a note on every task.
    header_notes = [
        Note(NoteKind.READ_AS_SIMPLIFIED, {"printed": word, "read": read})
        for c in columns
        for word, read in read_traditional("".join(header_words.get(c, "").split()), header=True)[1]
    ]
    entry_rows: dict[int, int] = {}  # grid row -> entry index in source.entries
    above: tuple[int, Entry] | None = None  # the task row just above, to carry down from
    for r in range(start, len(grid.values)):
        cells = _distinct(grid, r)
        if not cells:
            continue
        if start and _repeats_header(grid, r, start - 1, source):
            continue
        if len(cells) == 1:
            c, value = cells[0]
            text = "".join(value.split())
            if (h := read_heading(text, grid.where(r, c))) is not None:
                above = None
                source.add_heading(h)
                source.note(h.where, FindingKind.HEADING_ROW, value, {"level": str(h.level)})
                continue
            span = grid.merges.get((r, c))
            if (span is not None and span[1] != span[3]) or columns.get(c, ("",))[0] != "text":
                source.problem(grid.where(r, c), FindingKind.ROW_ACROSS_TABLE, value)
                continue
        entry = _table_entry(grid, r, columns, header_words)
        if entry is None:
            source.problem(grid.where(r, cells[0][0]), FindingKind.ROW_WITHOUT_TEXT, cells[0][1])
            continue
        for heading in sections.get(r, []):
            source.add_heading(heading)
        entry_rows[r] = len(source.entries)
        _carry_down(grid, r, entry, above, source)
        above = (r, entry)
        choice.doubt(grid, r, entry)
        _doubt_unit_columns(grid, r, entry, unread, doubtful)
        _simplify(entry, header_notes, source)
        entry.first_leads = source.first_leads
        source.add_entry(entry)
    _apply_spans(grid, source, entry_rows)
    return columns


# The end of a whole sentence: a task's text ending so is not continued on the next row.
_SENTENCE_END = ("。", "；", ";", "！")


def _carry_down(
    grid: _Grid, r: int, entry: Entry, above: tuple[int, Entry] | None, source: Source
) -> None:
    """Give *entry* (row *r*) the unit cells of the task row above, when both were merged.

    The general form: a number cell and unit cells merged over several rows, each row a
    task of its own (one 序号 and one 责任单位 over three 项目内容). A workbook or a Word
    table says so by its merged cells; a table exported to CSV (or unmerged) leaves the
    merged cells empty below their first row. A row is read as under the row above's
    merged cells when its number cell and every unit cell are empty, the row above is the
    task row just before it (no heading or blank row between) and names units, and that
    row's text ends as a whole sentence does (so this row does not continue it). Each
    unit cell carried down is noted on the task (``cell_merged``, with the cell it comes
    from) and in the result.
    """
    if above is None or entry.units or entry.number is None or entry.number.text:
        return
    row, previous = above
    if not previous.units or entry.number.merged or not previous.text.text.endswith(_SENTENCE_END):
        return
    if any(_distinct(grid, k) for k in range(row + 1, r)):
        return
    for role, field in previous.units:
        column = (field.where.column or 1) - 1
        cell = grid.where(r, column).cell
        values = {"cell": cell, "from": field.where.cell}
        entry.units.append((role, attrs.evolve(field)))
        entry.notes.append(Note(NoteKind.CELL_MERGED, values))
        source.note(grid.where(r, column), FindingKind.CELL_MERGED, field.text, values)


def _text_like(word: str) -> bool:
    """Whether a header (no white space) names a text column, or a text-like one beside it."""
    role = _header_role(word)
    return role == ("text", None) or (role is None and word.endswith(TEXT_LIKE_ENDINGS))


@attrs.define
class _TextChoice:
    """Which of a table's text columns is the task's, and when the choice is doubtful.

    The rule (two text columns, e.g. a short name 民生事项名称 / 重点任务 beside its
    description 2022年度任务目标 / 工作内容 / 细化措施): the column whose header comes first
    in :data:`~dg_plan._vocabulary.TEXT_PREFERRED` is the task's, else the leftmost
    (headers ending in :data:`~dg_plan._vocabulary.TEXT_LIKE_ENDINGS` count beside one);
    but a column left empty in some body rows (a merged group cell over several tasks,
    or an empty merged column) while another is filled in every row gives way to that
    one (each task then says so). A row that fills two text columns, the choice not
    settled by TEXT_PREFERRED, is doubtful: a problem names the task, both columns and
    ``--column text=…``. A header the user mapped (``columns=``) settles the choice.
    """

    chosen: int | None = None
    others: tuple[int, ...] = ()
    words: dict[int, str] = attrs.field(factory=dict)
    settled: bool = True
    gave_way: int | None = None  # the column read first, empty in some rows

    @classmethod
    def of(
        cls,
        grid: _Grid,
        start: int,
        columns: dict[int, tuple[str, Role | None]],
        header_words: dict[int, str],
        mapped: _Mapped,
    ) -> _TextChoice:
        chosen = next((c for c, (kind, _) in columns.items() if kind == "text"), None)
        words = {c: "".join(v.split()) for c, v in header_words.items()}
        if chosen is None or words.get(chosen, "") in mapped:
            return cls()
        others = tuple(
            c
            for c, word in words.items()
            # A column the user mapped (to `ignore`, or to a role) is no candidate.
            if c != chosen and c not in columns and word and word not in mapped and _text_like(word)
        )
        if not others:
            return cls()
        if _preference(words[chosen]) == len(TEXT_PREFERRED) and min(others) < chosen:
            # Not settled by the header words: the leftmost text column (a name
            # 民生事项名称 before its year's target 2022年度任务目标).
            left = min(others)
            del columns[chosen]
            columns[left] = ("text", None)
            others = tuple(sorted(c for c in (*others, chosen) if c != left))
            chosen = left
        rows = [r for r in range(start, len(grid.values)) if len(_distinct(grid, r)) > 1]

        def filled(c: int) -> list[bool]:
            return [bool(grid.values[r][c].strip()) for r in rows]

        gave_way = None
        if rows and not all(filled(chosen)):
            full = next((c for c in others if all(filled(c))), None)
            if full is not None:
                del columns[chosen]
                columns[full] = ("text", None)
                gave_way, chosen = chosen, full
                others = tuple(c for c in (*others, gave_way) if c != full)
        if gave_way is not None and _headings_only(grid, rows, gave_way):
            # The column printed the part headings once over their rows (一、…, blank
            # below: a merged cell as Excel exports it): sections, no doubt of the text.
            others = tuple(c for c in others if c != gave_way)
            gave_way = None
        if rows and _numbers_only(grid, rows, chosen):
            # A merged header over a number column and a blank-headed text column
            # (具体要求 over 1 / the text): the text is the column beside the numbers.
            beside = chosen + 1
            if not words.get(beside) and beside not in columns and all(filled(beside)):
                del columns[chosen]
                columns[beside] = ("text", None)
                if all(kind != "number" for kind, _ in columns.values()):
                    columns[chosen] = ("number", None)
                others = tuple(c for c in others if c not in {chosen, beside})
                chosen = beside
        if not others:
            return cls(chosen, (), words, settled=True, gave_way=gave_way)
        best = min(_preference(words[c]) for c in others)
        settled = _preference(words[chosen]) < min(best, len(TEXT_PREFERRED))
        return cls(chosen, others, words, settled, gave_way)

    def doubt(self, grid: _Grid, r: int, entry: Entry) -> None:
        """Put on *entry* (row *r*) the problems its text column's choice raises."""
        if self.chosen is None:
            return
        where = grid.where(r, self.chosen)
        if self.gave_way is not None:
            values = {
                "number": "?",
                "chosen": self.words[self.gave_way],
                "other": self.words[self.chosen],
            }
            entry.doubt(where, FindingKind.TEXT_FROM_OTHER_COLUMN, entry.text.text, values)
            return
        if self.settled:
            return
        for c in self.others:
            if grid.values[r][c].strip():
                values = {"number": "?", "chosen": self.words[self.chosen], "other": self.words[c]}
                entry.doubt(where, FindingKind.TEXT_COLUMN_DOUBTFUL, entry.text.text, values)
                return


def _headings_only(grid: _Grid, rows: list[int], c: int) -> bool:
    """Whether every filled cell of column *c* in *rows* is a heading (一、…, （一）…)."""
    cells = ["".join(grid.values[r][c].split()) for r in rows]
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(read_heading(cell, grid.where(0, c)) for cell in filled)


def _numbers_only(grid: _Grid, rows: list[int], c: int) -> bool:
    """Whether every cell of column *c* in *rows* is a number alone (1, 2., 3、)."""
    return all(re.fullmatch(r"[0-9]{1,4}[.．、]?", grid.values[r][c].strip()) for r in rows)


def _repeats_header(grid: _Grid, r: int, header: int, source: Source) -> bool:
    """Whether row *r* prints the *header* row again (noted): a table over two pages.

    The cells are compared without white space (具 体 内 容 and 具体内容 are one header).
    """
    if [("".join(v.split())) for v in grid.values[r]] != [
        "".join(v.split()) for v in grid.values[header]
    ]:
        return False
    printed = " ".join(v.strip() for _, v in _distinct(grid, r))
    source.note(grid.where(r), FindingKind.HEADER_REPEATED, printed)
    return True


def _simplify(entry: Entry, header_notes: list[Note], source: Source) -> None:
    """Read *entry*'s unit cells' traditional labels and role words; note each reading.

    *header_notes* are the readings of the header's words, noted on every task too.
    """
    entry.notes[:0] = header_notes
    for _, field in entry.units:
        printed = field.text
        field.text, simplified = read_traditional(printed)
        for word, read in simplified:
            values = {"printed": word, "read": read}
            entry.notes.append(Note(NoteKind.READ_AS_SIMPLIFIED, values))
            source.note(field.where, FindingKind.READ_AS_SIMPLIFIED, printed, values)


def _section_columns(
    grid: _Grid,
    start: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
    source: Source,
) -> dict[int, list[Heading]]:
    """The sections a table's first columns give: row -> the headings it opens.

    A column left of the task column that is no known column (a category: 生态环境, a
    merged cell over its rows) holds section titles when a cell of it covers two task
    rows or more, merged over them or repeated down them (a blank cell below a title
    continues it); the first such column gives parts, the second subsections. A column
    whose cells each cover one row is not read as titles: a problem names its range.
    """
    text = next((c for c, (kind, _) in columns.items() if kind == "text"), None)
    if text is None:
        return {}
    rows = [
        r
        for r in range(start, len(grid.values))
        if grid.values[r][text].strip() and len(_distinct(grid, r)) > 1
    ]
    opens: dict[int, list[Heading]] = {}
    level = 0
    for c in range(text):
        header = "".join(header_words.get(c, "").split())
        if c in columns or any(w in header for w in PEOPLE_HEADERS):
            continue
        runs: list[tuple[str, list[int]]] = []
        for r in rows:
            value = "".join(grid.values[r][c].split())
            if value and (not runs or runs[-1][0] != value):
                runs.append((value, [r]))
            elif runs:
                runs[-1][1].append(r)
        if not runs:
            continue
        values = {
            "column": header or column_letter(c + 1),
            "cells": grid.ref((runs[0][1][0], c, rows[-1], c)),
        }
        if all(len(covered) == 1 for _, covered in runs) or level == 2:
            kind = (
                FindingKind.SECTION_COLUMN_TOO_DEEP
                if level == 2
                else FindingKind.SECTION_COLUMN_NOT_READ
            )
            source.problem(grid.where(runs[0][1][0], c), kind, header, values)
            continue
        level += 1
        for title, covered in runs:
            where = grid.where(covered[0], c)
            heading = read_heading(title, where)
            if heading is None or heading.level != level:
                heading = Heading(level, "", title, where)
            opens.setdefault(covered[0], []).append(heading)
            first, last = grid.where(covered[0]).row, grid.where(covered[-1]).row
            said = {
                "cell": grid.ref((covered[0], c, covered[-1], c)),
                "rows": f"{first}–{last}",
                "level": str(level),
            }
            source.note(where, FindingKind.SECTION_CELL, grid.values[covered[0]][c], said)
    return opens


# A task's number printed at the start of its text cell: 14.…, 135.…, 3、… (not 2.5亿元).
_NUMBERED_CELL = re.compile(r"^([0-9]{1,4})\s*[.．、]\s*(?![0-9])(\S.*)$", re.DOTALL)


def _table_entry(
    grid: _Grid,
    r: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
) -> Entry | None:
    row = grid.values[r]
    fields: dict[str, Field] = {}
    units: list[tuple[Role | None, Field]] = []
    for c, (kind, role) in columns.items():
        value = row[c] if c < len(row) else ""
        field = Field(value.strip(), grid.where(r, c))
        span = grid.merges.get((r, c))
        if span is not None:
            field.merged = grid.ref(span)
            if span[1] != span[3]:
                field.columns = "、".join(
                    "".join(header_words.get(k, "").split()) or column_letter(k + 1)
                    for k in range(span[1], span[3] + 1)
                )
        if kind == "units":
            if field.text:
                units.append((role, field))
        else:
            fields[kind] = field
    text = fields.get("text")
    if text is None or not text.text:
        return None
    if "number" not in fields and (m := _NUMBERED_CELL.match(text.text)):
        # A table with no number column printing each task's number in its text cell
        # (14.改扩建泉山学校…): the number is the task's, not its text.
        fields["number"] = Field(m[1], text.where)
        text.text = m[2]
    return Entry(
        where=grid.where(r),
        text=text,
        number=fields.get("number"),
        deadline=fields.get("deadline"),
        units=units,
    )


def _apply_spans(grid: _Grid, source: Source, entry_rows: dict[int, int]) -> None:
    """Record, for each field of a vertically merged cell, the entries the cell spans."""
    for r, index in entry_rows.items():
        entry = source.entries[index]
        fields = [f for f in (entry.number, entry.text, entry.deadline) if f is not None]
        fields += [f for _, f in entry.units]
        for field in fields:
            column = (field.where.column or 1) - 1
            span = grid.merges.get((r, column))
            if span is None:
                continue
            field.span = tuple(
                entry_rows[k] for k in range(span[0], span[2] + 1) if k in entry_rows
            )
            values = {"cell": field.merged}
            if span[0] != span[2]:
                values["rows"] = f"{span[0] + 1 + grid.row_offset}–{span[2] + 1 + grid.row_offset}"
            if field.columns:
                values["columns"] = field.columns
            entry.notes.append(Note(NoteKind.CELL_MERGED, values))
            if r == span[0]:
                source.note(field.where, FindingKind.CELL_MERGED, field.text, values)


def _grid_from_rows(file: str, sheet: str, rows: Iterable[Sequence[object]]) -> _Grid:
    values = [[_cell_text(v) for v in row] for row in rows]
    width = max((len(r) for r in values), default=0)
    for row in values:
        row.extend([""] * (width - len(row)))
    return _Grid(file, sheet, values)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):  # a datetime too
        # A date typed into a spreadsheet: read it as "by that day".
        return f"{value.year}年{value.month}月{value.day}日前"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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
        first: _Grid | None = None
        for ws in sheets:
            grid = _grid_from_rows(source.file, ws.title, ws.iter_rows(values_only=True))
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
            if sheet is None and _find_header(grid, source.header_map) is None:
                source.note(Location(source.file, ws.title), FindingKind.SHEET_SKIPPED)
                continue
            columns = _read_grid(grid, source, columns)
            read_any = read_any or columns is not None
            if sheet is None:
                break
        if not read_any and sheet is None:
            source.problem(
                Location(source.file),
                FindingKind.NO_SHEET_WITH_HEADER,
                values=_no_header_values(first, source.header_map),
            )
    finally:
        workbook.close()


def read_csv(text: str, source: Source) -> None:
    """Read CSV *text* into *source*."""
    rows = list(csv.reader(io.StringIO(text)))
    grid = _grid_from_rows(source.file, "", rows)
    _read_grid(grid, source, None)


def _docx_grid(table: Any, file: str, name: str) -> _Grid:  # noqa: ANN401 - a python-docx table
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
    return _Grid(file, name, values, merges)


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
        from .text import read_lines  # noqa: PLC0415 - text reads tables' words too

        texts = [_paragraph_text(c, qn) for c in body.iterchildren() if c.tag == qn("w:p")]
        read_lines("\n".join(text.replace("\n", " ") for text in texts), source)
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
            columns = _read_grid(grid, source, columns)


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
        source.problem(Location(path.name), kind, values={"error": str(exc)})
        raise PlanImportError(source.problems, path.name) from None
