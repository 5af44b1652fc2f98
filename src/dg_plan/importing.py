r"""Read the task lists that government documents come in: Word and Excel tables, CSV, text.

:func:`read` chooses the reader by the file's suffix (``.xlsx``, ``.docx``, ``.csv``,
``.txt`` / ``.md``); :func:`read_text` reads text already in memory. Both return an
:class:`ImportResult`: a valid :class:`~dg_plan.Plan`, every inference made
(:attr:`ImportResult.notes`) and everything that could not be read
(:attr:`ImportResult.problems`), each with where it is in the file. Nothing is dropped
silently: a cell or line that cannot be read is a problem, and its task is still
imported with the printed text kept in its provenance.

>>> from dg_plan import importing
>>> result = importing.read_text(
...     "一、健全机制\n"
...     "（一）建立推进机制。（省大数据局牵头，省直有关部门配合；2024年底前完成）\n"
... )
>>> task = result.plan.tasks[0]
>>> task.text, str(task.deadline), [u.name for u in task.leads]
('建立推进机制。', '2024年12月底前', ['省大数据局'])

Unit cells are read with one grammar (the one the shipped plan is built with): 牵头
gives LEAD; 负责 / 按职责分工负责 give RESPONSIBLE; 配合 / 协助 / 参与 give
SUPPORT; a column headed (or a line labelled) 牵头单位, 负责单位 or 配合单位 (协助单位,
参与单位) gives its units that role, one headed 责任单位 holds all the units, each
with the role its cell's grammar gives; 以及, 、 and ， join; an elided prefix (省, 市,
区, 县) is restored from the first item. Names resolve to a registry's units and
aliases (the shipped Henan plan's by default); a name no registry knows becomes a unit of kind
:attr:`~dg_plan.UnitKind.UNCLASSIFIED` (or :attr:`~dg_plan.UnitKind.COLLECTIVE` for
各…, …有关部门, …相关部门).

Imported tasks have a :class:`~dg_plan.Provenance` whose ``page`` is 1 (files have no
printed pages) and whose ``deadline_rows`` / ``units_rows`` are the tasks a merged
cell spans.
"""

from __future__ import annotations

import csv
import datetime
import errno
import hashlib
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import attrs

from ._compat import require
from ._errors import InvalidDeadlineError, PlanImportError, ValidationError
from ._findings import FORMATS, TEXT_SUFFIXES, ZIP_SUFFIXES, FindingKind
from ._grammar import (
    UnitCell,
    format_units,
    is_collective,
    normalize_cell,
    parse_units,
)
from ._i18n import N_
from ._messages import Message, kind_validator, to_values, values_validator
from ._messages import render as render_message
from ._model import (
    Deadline,
    DeadlineKind,
    PlanMetadata,
    Provenance,
    Section,
    Task,
    Unit,
    UnitKind,
)
from ._notes import Note, NoteKind
from ._plan import Plan
from ._text import lookup_key
from ._vocabulary import HEADERS, Role, role_words_pattern
from ._vocabulary import label as role_label

__all__ = [
    "FindingKind",
    "ImportNote",
    "ImportProblem",
    "ImportResult",
    "Location",
    "read",
    "read_text",
]

#: The unit a task gets when its list names none (a problem is reported too).
UNNAMED_UNIT = "未明确单位"

_TEXT_WORDS = ("重点任务", "主要任务", "工作任务", "任务内容", "具体任务")
_NUMBER_WORDS = ("序号",)
_DEADLINE_WORDS = ("完成时限", "任务时限", "完成时间", "时间节点")
# A unit column's header, with the role it gives its units (None: the cell's grammar).
_UNIT_WORDS: Mapping[str, Role | None] = HEADERS
_NUMERAL = "一二三四五六七八九十百零〇"
_PART = re.compile(rf"^([{_NUMERAL}]+)[、.．]\s*(.+)$")
_SUBSECTION = re.compile(rf"^[（(]([{_NUMERAL}]+)[)）]\s*(.+)$")
_ITEM = re.compile(r"^([0-9]{1,5})\s*[.．、]\s*(.+)$")
_DECLARED = re.compile(r"[（(]共\s*([0-9]+)\s*项[)）]$")
_ATTACHMENT = re.compile(r"^附件\s*[0-9一二三四五六七八九十]+$")
_LABELLED = re.compile(r"^(" + "|".join((*_UNIT_WORDS, *_DEADLINE_WORDS)) + r")\s*[：:]\s*(.*)$")
_ROLE_WORDS = role_words_pattern()
_ATTRIBUTION = re.compile(r"[（(]([^（）()]*)[)）][。；;.]?$")
_MARKDOWN = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|>\s*)")
_BOLD = re.compile(r"\*\*|__")


_TABLE = re.compile(r"table ([0-9]+)\Z")


@attrs.frozen
class Location:
    """Where something is in an imported file.

    ``str(location)`` says it in English (``list.xlsx, sheet 任务, E8``);
    :meth:`render` says it in either language.

    Args:
        file: The file's name (empty for text read from memory).
        sheet: The worksheet (xlsx) or table (docx, ``"table 1"``), if any.
        row: The 1-based row, for tables.
        column: The 1-based column, for tables.
        line: The 1-based line, for text (for a .docx, the paragraph's number).
    """

    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: int | None = None
    line: int | None = None

    @property
    def cell(self) -> str:
        """The cell reference (``E8``), or ``""`` when not a cell."""
        if self.row is None or self.column is None:
            return ""
        return f"{_column_letter(self.column)}{self.row}"

    @property
    def table(self) -> int | None:
        """The 1-based number of a Word table (``sheet`` ``"table 2"``: 2), else ``None``.

        The importer names a .docx file's tables ``table 1``, ``table 2`` …; a
        worksheet's name is the sheet's own, whatever it says.
        """
        docx = self.file.lower().endswith(".docx") or not self.file
        match = _TABLE.match(self.sheet) if docx else None
        return int(match[1]) if match else None

    def render(self, language: str = "en") -> str:
        """Return the place in words, in *language* (``"en"`` or ``"zh"``).

        >>> where = Location("list.xlsx", "任务", 8, 5)
        >>> where.render(), where.render("zh")
        ('list.xlsx, sheet 任务, E8', 'list.xlsx、工作表 任务、E8')
        >>> Location("方案.docx", "table 2", 3).render("zh")
        '方案.docx、表 2、第 3 行'

        Raises:
            InvalidQueryError: *language* is neither.
        """
        from . import _i18n  # noqa: PLC0415 - gettext only when a place is shown

        say = _i18n.translation(_i18n.normalize(language)).gettext
        parts = [self.file] if self.file else []
        if self.table is not None:
            parts.append(say(N_("table {number}")).format(number=self.table))
        elif self.sheet:
            parts.append(say(N_("sheet {sheet}")).format(sheet=self.sheet))
        if self.cell:
            parts.append(self.cell)  # E8: a cell's name in every language
        elif self.row is not None:
            parts.append(say(N_("row {row}")).format(row=self.row))
        elif self.column is not None:
            parts.append(say(N_("column {column}")).format(column=_column_letter(self.column)))
        if self.line is not None:
            paragraph = self.file.lower().endswith(".docx")
            form = say(N_("paragraph {line}")) if paragraph else say(N_("line {line}"))
            parts.append(form.format(line=self.line))
        return say(N_(", ")).join(parts) or say(N_("(text)"))

    def __str__(self) -> str:
        """Return the place in words: ``list.xlsx, sheet 任务, E8``."""
        return self.render("en")


@attrs.frozen
class _Found(Message):
    """What an import note and an import problem share: a place, a kind plus its values."""

    KINDS = FindingKind
    NOUN = "finding"

    where: Location
    message: str = ""
    text: str = ""
    kind: FindingKind = attrs.field(
        default=FindingKind.TEXT, kw_only=True, validator=kind_validator
    )
    values: tuple[tuple[str, str], ...] = attrs.field(
        default=(), kw_only=True, converter=to_values, validator=values_validator
    )

    def __attrs_post_init__(self) -> None:
        if self.kind is FindingKind.TEXT:
            return
        english = render_message(self.kind, self.values, "en")
        if not self.message:
            object.__setattr__(self, "message", english)
        elif self.message != english:
            raise ValidationError(
                f"the message of a {self.kind.value} finding is {english!r}, not {self.message!r}",
                "message",
                self.message,
            )

    def render(self, language: str = "en") -> str:
        """Return what was found, as a sentence in *language* (``"en"`` or ``"zh"``).

        The English one is ``message``. The place and the text are not part of
        it: :meth:`Location.render` says the place.

        Raises:
            InvalidQueryError: *language* is neither.
        """
        if self.kind is FindingKind.TEXT:
            return self.message
        return render_message(self.kind, self.values, language)

    def __str__(self) -> str:
        """Return ``where: message ('text')``, in English."""
        return f"{self.where}: {self.message}" + (f" ({self.text!r})" if self.text else "")


@attrs.frozen
class ImportNote(_Found):
    """An inference the importer made, and where.

    Made by the importer with a ``kind`` and its ``values``; ``message`` is
    then their English sentence, and ``render(language)`` says it in either language.

    >>> note = ImportNote(Location("t.txt", line=1), text="标题", kind=FindingKind.TITLE_LINE)
    >>> str(note), note.render("zh")
    ("t.txt, line 1: title line ('标题')", '清单标题行')

    Args:
        where: Where in the file.
        message: What was inferred, in English (made from *kind* and *values* when
            empty; for kind ``TEXT``, the whole finding).
        text: The text it was inferred from.
        kind: What kind of inference it is.
        values: The values *kind* names (a mapping or pairs; kept sorted by key).

    Raises:
        InvalidTypeError: The values are not pairs of strings.
        ValidationError: A value *kind* needs is missing, or *message* is not the
            English sentence of *kind* and *values*.
    """

    render = _Found.render  # here too, so that the API reference shows it


@attrs.frozen
class ImportProblem(_Found):
    """Something the importer could not read, and where.

    Made by the importer with a ``kind`` and its ``values``; ``message`` is
    then their English sentence, and ``render(language)`` says it in either language.

    Args:
        where: Where in the file.
        message: What is wrong, in English (made from *kind* and *values* when empty;
            for kind ``TEXT``, the whole finding).
        text: The offending text, as printed.
        kind: What kind of problem it is.
        values: The values *kind* names (a mapping or pairs; kept sorted by key).

    Raises:
        InvalidTypeError: The values are not pairs of strings.
        ValidationError: A value *kind* needs is missing, or *message* is not the
            English sentence of *kind* and *values*.
    """

    render = _Found.render  # here too, so that the API reference shows it


@attrs.frozen
class ImportResult:
    """What :func:`read` and :func:`read_text` return.

    Args:
        plan: The imported plan, valid.
        notes: Every inference made, in file order.
        problems: Everything that could not be read, in file order.
    """

    plan: Plan
    notes: tuple[ImportNote, ...] = ()
    problems: tuple[ImportProblem, ...] = ()


def _column_letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- the format-neutral source -------------------------------------------------------


@attrs.define
class _Field:
    text: str
    where: Location
    span: tuple[int, ...] = ()  # entry indexes a vertically merged cell spans
    merged: str = ""  # the merged range (E8:E10), if any
    columns: str = ""  # the header words a horizontally merged cell spans


@attrs.define
class _Entry:
    where: Location
    text: _Field
    number: _Field | None = None
    label: str = ""
    deadline: _Field | None = None
    units: list[tuple[Role | None, _Field]] = attrs.field(factory=list)
    notes: list[Note] = attrs.field(factory=list)
    order: int = 0


@attrs.define
class _Heading:
    level: int
    label: str
    title: str
    where: Location
    declared: int | None = None
    order: int = 0


@attrs.define
class _Source:
    file: str
    title: str = ""
    attachment: str = ""
    entries: list[_Entry] = attrs.field(factory=list)
    headings: list[_Heading] = attrs.field(factory=list)
    notes: list[ImportNote] = attrs.field(factory=list)
    problems: list[ImportProblem] = attrs.field(factory=list)
    has_deadlines: bool = True
    counter: int = 0

    def add_entry(self, entry: _Entry) -> None:
        self.counter += 1
        entry.order = self.counter
        self.entries.append(entry)

    def add_heading(self, heading: _Heading) -> None:
        self.counter += 1
        heading.order = self.counter
        self.headings.append(heading)

    def note(
        self,
        where: Location,
        kind: FindingKind,
        text: str = "",
        values: Mapping[str, str] | tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.notes.append(ImportNote(where, text=text, kind=kind, values=values))

    def problem(
        self,
        where: Location,
        kind: FindingKind,
        text: str = "",
        values: Mapping[str, str] | tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.problems.append(ImportProblem(where, text=text, kind=kind, values=values))


def _heading(text: str, where: Location) -> _Heading | None:
    """A part (一、…) or subsection (（一）…) heading, or None."""
    if m := _PART.match(text):
        level, label, title = 1, m[1], m[2]
    elif m := _SUBSECTION.match(text):
        level, label, title = 2, f"（{m[1]}）", m[2]
    else:
        return None
    declared = None
    if d := _DECLARED.search(title):
        declared = int(d[1])
        title = title[: d.start()]
    title = title.strip()
    if level == 2:
        title = title.removesuffix("。")
    return _Heading(level, label, title, where, declared) if title else None


# -- tables ---------------------------------------------------------------------------


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


def _header_role(text: str) -> tuple[str, Role | None] | None:
    """What a header cell names: ("text"|"number"|"deadline"|"units", forced role)."""
    word = "".join(text.split())
    for kind, words in (
        ("text", _TEXT_WORDS),
        ("number", _NUMBER_WORDS),
        ("deadline", _DEADLINE_WORDS),
    ):
        if word in words:
            return kind, None
    if word in _UNIT_WORDS:
        return "units", _UNIT_WORDS[word]
    for kind, words in (("text", _TEXT_WORDS), ("deadline", _DEADLINE_WORDS)):
        if any(w in word for w in words):
            return kind, None
    for w, role in _UNIT_WORDS.items():
        if w in word:
            return "units", role
    return None


def _find_header(grid: _Grid) -> tuple[int, dict[int, tuple[str, Role | None]]] | None:
    for r, row in enumerate(grid.values[:30]):
        columns: dict[int, tuple[str, Role | None]] = {}
        seen: set[tuple[int, int, int, int]] = set()
        for c, value in enumerate(row):
            span = grid.merges.get((r, c))
            if span is not None:
                if span in seen:
                    continue
                seen.add(span)
            role = _header_role(value) if value else None
            if role is not None and (
                role[0] == "units" or role[0] not in {k for k, _ in columns.values()}
            ):
                columns[c] = role
        kinds = {kind for kind, _ in columns.values()}
        # The task column and one more: a title that mentions 重点任务 is no header.
        if "text" in kinds and len(kinds) > 1:
            return r, columns
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


def _read_grid(
    grid: _Grid, source: _Source, columns: dict[int, tuple[str, Role | None]] | None
) -> dict[int, tuple[str, Role | None]] | None:
    """Read one table into *source*; return the column map used (for a continued table)."""
    start = 0
    found = _find_header(grid)
    if found is not None:
        header, columns = found
        named = "、".join(f"{grid.where(header, c).cell} {grid.values[header][c]}" for c in columns)
        source.note(grid.where(header), FindingKind.HEADER_ROW, values={"columns": named})
        for r in range(header):
            cells = _distinct(grid, r)
            if not cells:
                continue
            text = " ".join(v.strip() for _, v in cells)
            compact = "".join(text.split())
            if _ATTACHMENT.match(compact) and not source.attachment:
                source.attachment = compact
                source.note(grid.where(r, cells[0][0]), FindingKind.ATTACHMENT_LABEL, text)
            elif not source.title:
                source.title = compact
                source.note(grid.where(r, cells[0][0]), FindingKind.TITLE_ROW, text)
            else:
                source.problem(grid.where(r, cells[0][0]), FindingKind.TEXT_ABOVE_HEADER, text)
        start = header + 1
    elif columns is None:
        source.problem(
            Location(grid.file, grid.sheet),
            FindingKind.NO_HEADER_ROW,
            values={"words": "、".join(_TEXT_WORDS)},
        )
        return None
    else:
        source.note(grid.where(0), FindingKind.TABLE_CONTINUES)
    if not any(kind == "deadline" for kind, _ in columns.values()):
        source.has_deadlines = False
    header_words = dict(enumerate(grid.values[start - 1])) if start else {}
    entry_rows: dict[int, int] = {}  # grid row -> entry index in source.entries
    for r in range(start, len(grid.values)):
        cells = _distinct(grid, r)
        if not cells:
            continue
        if len(cells) == 1:
            c, value = cells[0]
            text = "".join(value.split())
            if (h := _heading(text, grid.where(r, c))) is not None:
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
        entry_rows[r] = len(source.entries)
        source.add_entry(entry)
    _apply_spans(grid, source, entry_rows)
    return columns


def _table_entry(
    grid: _Grid,
    r: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
) -> _Entry | None:
    row = grid.values[r]
    fields: dict[str, _Field] = {}
    units: list[tuple[Role | None, _Field]] = []
    for c, (kind, role) in columns.items():
        value = row[c] if c < len(row) else ""
        field = _Field(value.strip(), grid.where(r, c))
        span = grid.merges.get((r, c))
        if span is not None:
            field.merged = grid.ref(span)
            if span[1] != span[3]:
                field.columns = "、".join(
                    "".join(header_words.get(k, "").split()) or _column_letter(k + 1)
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
    return _Entry(
        where=grid.where(r),
        text=text,
        number=fields.get("number"),
        deadline=fields.get("deadline"),
        units=units,
    )


def _apply_spans(grid: _Grid, source: _Source, entry_rows: dict[int, int]) -> None:
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


def _read_xlsx(path: Path, source: _Source, sheet: str | None) -> None:
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
            if sheet is None and _find_header(grid) is None:
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
                values={"words": "、".join(_TEXT_WORDS)},
            )
    finally:
        workbook.close()


def _read_csv(text: str, source: _Source) -> None:
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


def _read_docx(path: Path, source: _Source) -> None:
    docx = require("docx", "docx", "reading a docx file")
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415 - optional dependency
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency
    from docx.table import Table  # noqa: PLC0415 - optional dependency

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as exc:  # python-docx's word for "not a .docx file"
        raise ValueError(str(exc)) from None
    body = document.element.body
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
            if not tables:
                above.append((where, text))
            elif (h := _heading(compact, where)) is not None:
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


def _title_paragraphs(above: list[tuple[Location, str]], source: _Source) -> None:
    """The last paragraph above the table is the title; an 附件N before it the label."""
    for i, (where, text) in enumerate(above):
        compact = "".join(text.split())
        if i == len(above) - 1:
            source.title = compact
            source.note(where, FindingKind.TITLE_PARAGRAPH, text)
        elif _ATTACHMENT.match(compact) or (i == 0 and len(above) == 2):
            source.attachment = compact
            source.note(where, FindingKind.ATTACHMENT_LABEL, text)
        else:
            source.note(where, FindingKind.TEXT_ABOVE_TITLE, text)


# -- text ----------------------------------------------------------------------------


@attrs.define
class _Block:
    kind: str  # "part", "subsection", "item"
    label: str
    first: str
    line: int
    lines: list[tuple[int, str]] = attrs.field(factory=list)
    labelled: list[tuple[int, str, str]] = attrs.field(factory=list)


def _clean_line(line: str) -> str:
    text = _MARKDOWN.sub("", line.strip())
    return _BOLD.sub("", text).strip()


def _read_lines(text: str, source: _Source) -> None:
    blocks: list[_Block] = []
    title_done = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _clean_line(raw)
        if not line:
            continue
        where = Location(source.file, line=number)
        if m := _LABELLED.match(line):
            if blocks:
                blocks[-1].labelled.append((number, m[1], m[2].strip()))
            else:
                source.problem(where, FindingKind.LABELLED_LINE_BEFORE_TASK, line)
            continue
        compact = "".join(line.split())
        if m := _ITEM.match(line):
            blocks.append(_Block("item", m[1], m[2].strip(), number))
        elif m := _PART.match(line):
            blocks.append(_Block("part", m[1], m[2].strip(), number))
        elif m := _SUBSECTION.match(line):
            blocks.append(_Block("subsection", f"（{m[1]}）", m[2].strip(), number))
        elif not blocks and _ATTACHMENT.match(compact) and not source.attachment:
            source.attachment = compact
            source.note(where, FindingKind.ATTACHMENT_LABEL, line)
        elif not blocks and not title_done:
            source.title = compact
            title_done = True
            source.note(where, FindingKind.TITLE_LINE, line)
        elif blocks:
            blocks[-1].lines.append((number, line))
        else:
            source.note(where, FindingKind.PREAMBLE, line)
    for block in blocks:
        _read_block(block, source)


def _read_block(block: _Block, source: _Source) -> None:
    where = Location(source.file, line=block.line)
    body = " ".join([block.first, *(line for _, line in block.lines)])
    body = re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", body).strip()
    attribution = None
    if (m := _ATTRIBUTION.search(body)) and _ROLE_WORDS.search(m[1]):
        attribution = m[1]
        body = body[: m.start()].rstrip()
    is_task = block.kind == "item" or attribution is not None or bool(block.labelled)
    if not is_task:
        heading = _heading(
            f"{block.label}、{body}" if block.kind == "part" else f"{block.label}{body}", where
        )
        if heading is not None:
            source.add_heading(heading)
            source.note(where, FindingKind.HEADING_LINE, block.first, {"level": str(heading.level)})
        return
    entry = _Entry(where=where, text=_Field(body, where))
    if block.kind == "item":
        entry.number = _Field(block.label, where)
    else:
        entry.label = block.label if block.kind == "subsection" else f"{block.label}、"
        entry.notes.append(Note(NoteKind.PRINTED_LABEL, {"label": entry.label}))
    last_line = block.lines[-1][0] if block.lines else block.line
    if attribution is not None:
        at = Location(source.file, line=last_line)
        unit_parts = []
        for part in re.split(r"[；;]", attribution):
            piece = part.strip()
            if not piece:
                continue
            if _ROLE_WORDS.search(piece):
                unit_parts.append(piece)
            elif entry.deadline is None:
                entry.deadline = _Field(piece, at)
            else:
                unit_parts.append(piece)
        if unit_parts:
            entry.units.append((None, _Field("；".join(unit_parts), at)))
        entry.notes.append(Note(NoteKind.INLINE_ATTRIBUTION, {"attribution": attribution}))
    for number, label, value in block.labelled:
        at = Location(source.file, line=number)
        if label in _UNIT_WORDS:
            if value:
                entry.units.append((_UNIT_WORDS[label], _Field(value, at)))
        elif entry.deadline is None:
            entry.deadline = _Field(value, at)
        else:
            source.problem(at, FindingKind.SECOND_DEADLINE_LINE, value)
    if not body:
        entry.text = _Field("", where)
    source.add_entry(entry)


# -- assembling the plan ---------------------------------------------------------------


class _Units:
    """Resolve printed names to units: the registry's, or new unclassified ones."""

    def __init__(self, registry: Plan) -> None:
        self.registry = registry
        self.by_key: dict[str, Unit] = {}
        self.exact: set[str] = set()
        for unit in registry.units:
            self.exact.add(lookup_key(unit.name))
            for name in unit.names:
                self.by_key.setdefault(lookup_key(name), unit)
        self.made: dict[str, Unit] = {}
        self.used: dict[str, Unit] = {}

    def known(self, name: str) -> bool:
        """Whether *name* is a unit's own name (not an alias): it takes no prefix."""
        return lookup_key(name) in self.exact

    def resolve(self, name: str) -> tuple[Unit, bool]:
        key = lookup_key(name)
        unit = self.by_key.get(key) or self.made.get(key)
        made = False
        if unit is None:
            kind = UnitKind.COLLECTIVE if is_collective(name) else UnitKind.UNCLASSIFIED
            unit = Unit(name, kind=kind)
            self.made[key] = unit
            made = True
        self.used.setdefault(unit.name, unit)
        return unit, made

    def plan_units(self) -> tuple[Unit, ...]:
        """The used units, with the registry's collectives and members they imply."""
        chosen = dict(self.used)
        queue = list(chosen.values())
        while queue:
            unit = queue.pop()
            for name in (*unit.members, *unit.member_of):
                if name not in chosen:
                    other = self.registry.unit(name)
                    chosen[name] = other
                    queue.append(other)
        # The registry's units in its order (collectives list members in that order).
        ordered = [u for u in self.registry.units if u.name in chosen]
        known = {u.name for u in ordered}
        ordered += [u for u in chosen.values() if u.name not in known]
        return tuple(ordered)


def _numbers(source: _Source) -> list[int]:
    printed: list[int | None] = []
    for entry in source.entries:
        value = None
        if entry.number is not None:
            digits = entry.number.text.strip().rstrip(".．、")
            if digits.isdigit() and int(digits) >= 1:
                value = int(digits)
        printed.append(value)
    values = [p for p in printed if p is not None]
    if len(values) == len(printed) and len(set(values)) == len(values):
        return values
    if values:
        source.note(Location(source.file), FindingKind.RENUMBERED_IN_ORDER)
    return list(range(1, len(source.entries) + 1))


def _assemble(source: _Source, registry: Plan, sha256: str = "") -> ImportResult:  # noqa: PLR0915 - one pass
    units = _Units(registry)
    numbers = _numbers(source)
    if not source.has_deadlines and source.entries:
        source.note(Location(source.file), FindingKind.NO_DEADLINE_COLUMN)
    tasks: list[Task] = []
    # Lists repeat their cells: each distinct text is parsed once.
    parsed_deadlines: dict[str, Deadline] = {}
    parsed_cells: dict[tuple[str, str | None], UnitCell] = {}
    any_deadline = any(e.deadline is not None and e.deadline.text.strip() for e in source.entries)
    for entry, number in zip(source.entries, numbers, strict=True):
        notes = list(entry.notes)
        if entry.number is not None and entry.number.text.strip().rstrip(".．、") != str(number):
            notes.append(
                Note(NoteKind.RENUMBERED, {"printed": entry.number.text, "number": str(number)})
            )
        text = _normalize_text(entry.text.text)
        if not text:
            source.problem(
                entry.where, FindingKind.TASK_WITHOUT_TEXT, entry.text.text, {"number": str(number)}
            )
            text = entry.label or f"（第{number}项）"
        # Deadline.
        deadline = Deadline(DeadlineKind.UNSPECIFIED)
        deadline_rows: tuple[int, ...] = (number,)
        if (entry.deadline is None or not entry.deadline.text.strip()) and any_deadline:
            # A blank cell among printed deadlines: said, never guessed.
            source.note(entry.where, FindingKind.NO_DEADLINE, values={"number": str(number)})
        if entry.deadline is not None:
            printed = entry.deadline.text
            try:
                deadline = parsed_deadlines.get(printed) or Deadline.parse(printed)
                parsed_deadlines[printed] = deadline
            except InvalidDeadlineError:
                source.problem(entry.deadline.where, FindingKind.NOT_A_DEADLINE, printed)
                notes.append(Note(NoteKind.DEADLINE_UNREADABLE, {"printed": printed}))
            else:
                if "".join(printed.split()) != str(deadline) and printed.strip():
                    notes.append(
                        Note(NoteKind.DEADLINE_READ_AS, {"printed": printed, "read": str(deadline)})
                    )
                    source.note(
                        entry.deadline.where,
                        FindingKind.DEADLINE_READ_AS,
                        printed,
                        {"read": str(deadline)},
                    )
            if entry.deadline.span:
                deadline_rows = tuple(sorted({numbers[i] for i in entry.deadline.span}))
        # Units.
        names: list[str] = []
        roles: dict[str, Role] = {}
        units_rows: tuple[int, ...] = (number,)
        texts: list[str] = []

        # Each unit column is a list of its own (its elided prefix comes from its own
        # first item), and what is found in it is reported at its own cell.
        inherit: str | None = None
        for forced, at in entry.units:
            printed = ("" if forced is None else role_label(forced)) + at.text
            key = (printed, inherit)
            cell = parsed_cells.get(key) or parse_units(printed, known=units.known, inherit=inherit)
            parsed_cells[key] = cell
            # A later column (配合单位) may elide the prefix the first one printed.
            inherit = inherit or cell.prefix
            for problem in cell.problems:
                # The cell as the file prints it, without the label its column adds.
                values = {**dict(problem.values), "cell": at.text}
                kind = cast("FindingKind", problem.kind)  # a Finding's KINDS
                source.problem(at.where, kind, at.text, values)
            for note in cell.notes:
                notes.append(note)
                source.note(at.where, FindingKind.PREFIX_RESTORED, at.text, note.values)
            for name in cell.units:
                unit, made = units.resolve(name)
                if made:
                    source.note(
                        at.where,
                        FindingKind.NEW_UNIT,
                        at.text,
                        {"name": name, "unit_kind": unit.kind.value},
                    )
                if unit.name in roles:
                    source.problem(
                        at.where, FindingKind.UNIT_NAMED_TWICE, name, {"name": unit.name}
                    )
                    continue
                roles[unit.name] = (
                    Role.LEAD
                    if name in cell.leads
                    else Role.SUPPORT
                    if name in cell.support
                    else Role.RESPONSIBLE
                )
                names.append(unit.name)
        for _, field in entry.units:
            texts.append(normalize_cell(field.text))
            if field.span:
                units_rows = tuple(sorted({*units_rows, *(numbers[i] for i in field.span)}))
        if not names:
            where = entry.units[0][1].where if entry.units else entry.where
            source.problem(where, FindingKind.NO_UNIT, "", {"number": str(number)})
            unit, _ = units.resolve(UNNAMED_UNIT)
            names.append(unit.name)
            roles[unit.name] = Role.RESPONSIBLE
        task_units = tuple(units.used[n] for n in names)
        leads = tuple(u for u in task_units if roles[u.name] is Role.LEAD)
        support = tuple(u for u in task_units if roles[u.name] is Role.SUPPORT)
        units_text = (
            texts[0]
            if len(texts) == 1 and entry.units[0][0] is None
            else format_units(
                [u.name for u in leads],
                [u.name for u in task_units if roles[u.name] is Role.RESPONSIBLE],
                [u.name for u in support],
            )
        )
        provenance = Provenance(
            page=None,  # a table or a text has no pages: the notes say where each came from
            deadline_rows=tuple(sorted(set(deadline_rows) | {number})),
            units_rows=tuple(sorted(set(units_rows) | {number})),
            notes=tuple(dict.fromkeys(notes)),
        )
        tasks.append(
            Task(
                number=number,
                text=text,
                deadline=deadline,
                units=task_units,
                leads=leads,
                units_text=units_text,
                support=support,
                provenance=provenance,
            )
        )
    order = sorted(range(len(tasks)), key=lambda i: tasks[i].number)
    ordered = tuple(tasks[i] for i in order)
    sections = _sections(source, tasks)
    title = source.title or (Path(source.file).stem if source.file else "") or "导入的任务清单"
    plan = Plan(
        metadata=PlanMetadata(
            title=title,
            attachment=source.attachment,
            source_file=Path(source.file).name if source.file else "",
            source_sha256=sha256,
        ),
        sections=sections,
        tasks=ordered,
        units=units.plan_units(),
    )
    return ImportResult(plan, _in_file_order(source.notes), _in_file_order(source.problems))


def _in_file_order(items: list[Any]) -> tuple[Any, ...]:
    sheets: dict[str, int] = {}
    for item in items:
        sheets.setdefault(item.where.sheet, len(sheets))

    def key(item: Any) -> tuple[int, int, int]:  # noqa: ANN401 - a note or a problem
        where = item.where
        return (sheets[where.sheet], where.row or where.line or 0, where.column or 0)

    # The same finding, at the same place, about the same text, is said once.
    return tuple(sorted(dict.fromkeys(items), key=key))


def _normalize_text(text: str) -> str:
    """A task's text: surrounding white space removed (inner white space is kept)."""
    return text.strip()


def _sections(source: _Source, tasks: list[Task]) -> tuple[Section, ...]:
    if not source.headings:
        return ()
    levels = sorted({h.level for h in source.headings})
    top = levels[0]
    events: list[tuple[int, _Heading | Task]] = [(h.order, h) for h in source.headings]
    events += [(e.order, t) for e, t in zip(source.entries, tasks, strict=True)]
    events.sort(key=lambda e: e[0])
    parts: list[tuple[_Heading | None, list[Task], list[tuple[_Heading, list[Task]]]]] = []
    for _, item in events:
        if isinstance(item, _Heading):
            if item.level == top or not parts:
                parts.append((item if item.level == top else None, [], []))
                if item.level != top:
                    parts[-1][2].append((item, []))
            else:
                parts[-1][2].append((item, []))
        else:
            if not parts:
                parts.append((None, [], []))
                source.note(Location(source.file), FindingKind.UNHEADED_TASKS)
            part = parts[-1]
            if part[2]:
                part[2][-1][1].append(item)
            else:
                part[1].append(item)
    out = []
    for i, (heading, own, subs) in enumerate(parts, start=1):
        subsections = []
        for j, (sub, sub_tasks) in enumerate(subs, start=1):
            subsections.append(
                Section(
                    id=f"{i}.{j}",
                    number=j,
                    label=sub.label,
                    title=sub.title,
                    tasks=tuple(sorted(sub_tasks, key=lambda t: t.number)),
                    declared_count=_declared(sub, len(sub_tasks), source),
                )
            )
        every = sorted([*own, *(t for _, ts in subs for t in ts)], key=lambda t: t.number)
        out.append(
            Section(
                id=str(i),
                number=i,
                label=heading.label if heading else "",
                title=heading.title if heading else "（未分部分）",
                subsections=tuple(subsections),
                tasks=tuple(every),
                declared_count=_declared(heading, len(every), source) if heading else None,
            )
        )
    return tuple(out)


def _declared(heading: _Heading, count: int, source: _Source) -> int | None:
    if heading.declared is None:
        return None
    if heading.declared != count:
        source.problem(
            heading.where,
            FindingKind.DECLARED_COUNT,
            heading.title,
            {"declared": str(heading.declared), "count": str(count)},
        )
        return None
    return heading.declared


# -- entry points ----------------------------------------------------------------------


def _finish(source: _Source, registry: Plan | None, strict: bool, sha256: str) -> ImportResult:
    said = {FindingKind.NO_HEADER_ROW, FindingKind.NO_SUCH_SHEET, FindingKind.NO_SHEET_WITH_HEADER}
    if not source.entries and not any(p.kind in said for p in source.problems):
        source.problem(Location(source.file), FindingKind.NO_TASK)
    if not source.entries:
        raise PlanImportError(source.problems, source.file)
    if registry is None:
        from ._load import load_plan  # noqa: PLC0415 - the shipped registry, loaded on demand

        registry = load_plan()
    result = _assemble(source, registry, sha256)
    if strict and result.problems:
        raise PlanImportError(result.problems, source.file)
    return result


def read(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    registry: Plan | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
) -> ImportResult:
    """Read a task list from a file: ``.xlsx``, ``.docx``, ``.csv``, ``.txt`` or ``.md``.

    Args:
        path: The file.
        strict: Raise :class:`PlanImportError` when anything cannot be read, instead of
            returning the problems with the plan.
        registry: The plan whose units (and their aliases) names resolve to; the shipped
            Henan plan by default. Other names become unclassified units.
        sheet: For ``.xlsx``: the worksheet to read; by default the first with a
            header row.
        encoding: For ``.csv``, ``.txt`` and ``.md``: the text's encoding. By default
            UTF-8 (a byte order mark is skipped), or, when the bytes are not UTF-8,
            GB18030, which GBK and GB2312 are part of and which Excel and WPS on a
            Chinese Windows save a CSV as; a note says so.

    Returns:
        The plan, the notes and the problems.

    Raises:
        PlanImportError: The file holds no task list (no header row, no task), the
            format is not one that can be read (``.doc``, ``.wps``, ``.pdf``: the
            message says how to convert it), or *strict* is set and there are problems.
        ImportError: An ``.xlsx`` without openpyxl or a ``.docx`` without python-docx.
        OSError: The file cannot be read.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    source = _Source(file.name)
    if suffix in FORMATS or suffix == ".pdf":
        if not file.exists():  # a missing .doc is missing, whatever it would have held
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(file))
        if suffix == ".pdf":
            source.problem(
                Location(file.name), FindingKind.PDF_NOT_READ, values={"file": file.name}
            )
        else:
            values = {"file": file.name, "format": FORMATS[suffix]}
            source.problem(Location(file.name), FindingKind.FORMAT_NOT_READ, values=values)
        raise PlanImportError(source.problems, file.name)
    data = file.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    if suffix in ZIP_SUFFIXES:
        try:
            if suffix == ".xlsx":
                _read_xlsx(file, source, sheet)
            else:
                _read_docx(file, source)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            # Not a workbook or document at all (a renamed file, a damaged download):
            # openpyxl and python-docx say so with their own exceptions.
            if isinstance(exc, PlanImportError):
                raise
            kind = FindingKind.NOT_A_WORKBOOK if suffix == ".xlsx" else FindingKind.NOT_A_DOCUMENT
            source.problem(Location(file.name), kind, values={"error": str(exc)})
            raise PlanImportError(source.problems, file.name) from None
    elif suffix in TEXT_SUFFIXES:
        try:
            text = data.decode(encoding or "utf-8-sig")
        except UnicodeDecodeError as exc:
            try:
                if encoding is not None:
                    raise
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                values = {"encoding": encoding or "UTF-8", "reason": exc.reason}
                source.problem(Location(file.name), FindingKind.NOT_TEXT, values=values)
                raise PlanImportError(source.problems, file.name) from None
            source.note(Location(file.name), FindingKind.READ_AS_GB18030)
        if suffix == ".csv":
            _read_csv(text, source)
        else:
            _read_lines(text, source)
    else:
        if suffix:
            source.problem(
                Location(file.name), FindingKind.UNKNOWN_SUFFIX, values={"suffix": suffix}
            )
        else:
            source.problem(Location(file.name), FindingKind.NO_SUFFIX)
        raise PlanImportError(source.problems, file.name)
    return _finish(source, registry, strict, sha256)


def read_text(
    text: str,
    *,
    strict: bool = False,
    registry: Plan | None = None,
    name: str = "",
) -> ImportResult:
    """Read a task list from policy text (headings, inline attributions, labelled lines).

    Args:
        text: The text.
        strict: Raise :class:`PlanImportError` when anything cannot be read.
        registry: The plan whose units names resolve to (the shipped plan by default).
        name: A name for the text, used in locations.

    Returns:
        The plan, the notes and the problems.

    Raises:
        PlanImportError: The text holds no task, or *strict* is set and there are
            problems.
    """
    source = _Source(name)
    _read_lines(text, source)
    return _finish(source, registry, strict, hashlib.sha256(text.encode("utf-8")).hexdigest())
