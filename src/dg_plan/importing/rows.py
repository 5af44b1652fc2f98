"""Table rows: a table's body read into tasks, under the header found.

:func:`read_grid` reads each row below the header into a task: which text column is
the task's, section columns and heading rows, a repeated header, unit cells carried
down under merged cells, and the rows a merged cell spans.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import itertools
import re

import attrs

from dg_plan._message_kinds import NUMBER_RANGE
from dg_plan._notes import Note, NoteKind
from dg_plan._vocabulary import (
    PEOPLE_HEADERS,
    TEXT_PREFERRED,
    WORDS,
    Role,
    read_traditional,
)

from .exported import own_export
from .findings import FindingKind
from .grid import Grid, distinct_cells
from .headers import (
    MappedHeaders,
    deadline_column,
    doubt_typeface,
    doubt_unheaded,
    doubtful_unit_columns,
    find_header,
    header_found,
    no_header_values,
    preference,
    text_like,
    typeface_columns,
    unknown_beside_name,
    unread_columns,
)
from .locations import Location, column_letter
from .records import from_rows, read_records
from .source import (
    Entry,
    Field,
    Heading,
    Source,
    read_heading,
)


def _doubt_unit_columns(
    grid: Grid,
    r: int,
    entry: Entry,
    doubted: tuple[dict[int, str], dict[int, tuple[str, Role]]],
    marked: dict[int, tuple[str, str]],
) -> None:
    """Doubt *entry* for each doubtful unit column its row fills.

    A column not read (*doubted*'s first: its header, 承办单位) is a problem of its own;
    a column read by a doubtful role word (its second: the word, a 主办单位 column read
    as leads) is doubted as the word is in a cell (``doubtful_role_word``); a column
    whose leads are *marked* by a typeface the file does not carry, as
    :func:`.headers.doubt_typeface` says.
    """
    unread, doubtful = doubted
    for c, word in unread.items():
        if printed := grid.values[r][c].strip():
            values = {"number": "?", "column": word}
            entry.doubt(grid.where(r, c), FindingKind.UNIT_COLUMN_NOT_READ, printed, values)
    for c, (word, role) in doubtful.items():
        if printed := grid.values[r][c].strip():
            values = {"number": "?", "word": word, "role": WORDS[role].word}
            entry.doubt(grid.where(r, c), FindingKind.DOUBTFUL_ROLE_WORD, printed, values)
    doubt_typeface(grid, r, entry, marked)


def _no_header(grid: Grid, source: Source) -> None:
    """A table with no header row: task cards (label/value rows), or a problem."""
    where = [[grid.where(r, c) for c in range(len(row))] for r, row in enumerate(grid.values)]
    if pairs := from_rows(grid.values, where):
        read_records(pairs, source)  # a task card per task: label/value rows
        return
    source.problem(
        Location(grid.file, grid.sheet),
        FindingKind.NO_HEADER_ROW,
        values=no_header_values(grid, source.header_map),
    )


def read_grid(
    grid: Grid, source: Source, columns: dict[int, tuple[str, Role | None]] | None
) -> dict[int, tuple[str, Role | None]] | None:
    """Read one table into *source*; return the column map used (for a continued table)."""
    start = 0
    found = find_header(grid, source.header_map)
    if found is not None:
        header, columns = found
        start = header_found(grid, header, columns, source)
    elif columns is None:
        _no_header(grid, source)
        return None
    else:
        source.note(grid.where(0), FindingKind.TABLE_CONTINUES)
    deadline_column(grid, start, columns, source)
    header_words = dict(enumerate(grid.values[start - 1])) if start else {}
    choice, unread, doubtful, sections = _column_readings(
        grid, start, columns, header_words, source
    )
    marked = typeface_columns(columns, header_words)
    items = _ItemColumn.of(grid, start, columns, header_words)
    # The header's words read from traditional characters: a note on every task.
    header_notes = [
        Note(NoteKind.READ_AS_SIMPLIFIED, {"printed": word, "read": read})
        for c in columns
        for word, read in read_traditional("".join(header_words.get(c, "").split()), header=True)[1]
    ]
    entry_rows: dict[int, int] = {}  # grid row -> entry index in source.entries
    above: tuple[int, Entry] | None = None  # the task row just above, to carry down from
    for r in range(start, len(grid.values)):
        cells = distinct_cells(grid, r)
        if not cells:
            continue
        if start and _repeats_header(grid, r, start - 1, source):
            continue
        if (row_heading := _heading_row(grid, r, cells, columns)) is not None:
            above = None
            h, printed = row_heading
            source.add_heading(h)
            source.note(h.where, FindingKind.HEADING_ROW, printed, {"level": str(h.level)})
            continue
        if len(cells) == 1:
            c, value = cells[0]
            span = grid.merges.get((r, c))
            if (span is not None and span[1] != span[3]) or columns.get(c, ("",))[0] != "text":
                source.problem(grid.where(r, c), FindingKind.ROW_ACROSS_TABLE, value)
                continue
        entry = items.read(grid, r, _table_entry(grid, r, columns, header_words), above, source)
        if entry is None:
            source.problem(grid.where(r, cells[0][0]), FindingKind.ROW_WITHOUT_TEXT, cells[0][1])
            continue
        for heading in sections.get(r, []):
            source.add_heading(heading)
        entry_rows[r] = len(source.entries)
        _merged_above(grid, r, entry, above, (header_words, start, columns), source)
        above = (r, entry)
        choice.doubt(grid, r, entry)
        _doubt_unit_columns(grid, r, entry, (unread, doubtful), marked)
        doubt_unheaded(grid, (start, r), entry, columns, items.column)
        _simplify(entry, header_notes, source)
        entry.first_leads = source.first_leads
        source.add_entry(entry)
    _apply_spans(grid, source, entry_rows)
    return columns


def _column_readings(
    grid: Grid,
    start: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
    source: Source,
) -> tuple[_TextChoice, dict[int, str], dict[int, tuple[str, Role]], dict[int, list[Heading]]]:
    """The text column's choice, the unit columns doubted, the sections the columns give.

    dg_plan's own export (:mod:`.exported`) is read as it was written: its text column
    is no choice, no unit column is doubted, its section columns give the sections.
    """
    own = own_export(grid.values[start - 1], source.header_map) if start else None
    if own is not None:
        return _TextChoice(), {}, {}, own.sections(grid, start, source)
    choice = _TextChoice.of(grid, start, columns, header_words, source.header_map)
    unread, doubtful = doubtful_unit_columns(grid, start, columns, header_words, source)
    return choice, unread, doubtful, _section_columns(grid, start, columns, header_words, source)


@attrs.define
class _ItemColumn:
    """A text column's items printed in the blank-headed column beside it, one a row.

    The general form: the task column's header (项目名称) printed over two columns (a
    header cell merged across them, blank beside it as a CSV export leaves it): the
    project, then, for a project of several parts, each part numbered (1.…, 2.…) in the
    column beside, one a row, the project's cell printed once over its parts' rows. Each
    part is a task (its text the part less its number), under its project (a note,
    ``sub_item_heading``, quotes the project); a project with no parts is a task, its
    mark （一） left out of its text. The number cell (序号) and the unit cells (牵头单位)
    are printed once over a group's rows, as trial7/03's merged cells are: a row whose
    number cell is blank takes each unit cell it leaves empty from the task row just above
    (itself maybe carried), noted (``cell_merged``); a unit column not read is still a
    problem on every row that fills it.
    """

    column: int | None = None
    text: int | None = None
    columns: dict[int, tuple[str, Role | None]] = attrs.field(factory=dict)
    header_words: dict[int, str] = attrs.field(factory=dict)
    project: tuple[int, str] | None = None  # the current project's row, as printed
    groups: bool = False  # the text column prints groups; the items beside are unnumbered

    @classmethod
    def of(
        cls,
        grid: Grid,
        start: int,
        columns: dict[int, tuple[str, Role | None]],
        header_words: dict[int, str],
    ) -> _ItemColumn:
        text = next((c for c, (kind, _) in columns.items() if kind == "text"), None)
        if text is None or not start or text + 1 in columns:
            return cls()
        beside, header = text + 1, start - 1
        span = grid.merges.get((header, text))
        if beside >= len(grid.values[header]) or (
            "".join(grid.values[header][beside].split())
            and not (span is not None and span[1] <= beside <= span[3])
        ):
            return cls()
        cells = [grid.values[r][beside].strip() for r in range(start, len(grid.values))]
        filled = [cell for cell in cells if cell]
        if len(filled) >= 2 and all(_ITEM_NUMBER.match(cell) for cell in filled):
            return cls(beside, text, columns, header_words)
        rows = [r for r in range(start, len(grid.values)) if len(distinct_cells(grid, r)) > 1]
        if (
            len(filled) >= 2
            and all(grid.values[r][beside].strip() for r in rows)
            and _groups_only(grid, rows, text)
        ):
            # The header's first column prints groups, each over two rows or more
            # (项 目 over 宏观调控 / 地区生产总值增长率): the items beside, unnumbered.
            return cls(beside, text, columns, header_words, groups=True)
        return cls()

    def read(
        self,
        grid: Grid,
        r: int,
        entry: Entry | None,
        above: tuple[int, Entry] | None,
        source: Source,
    ) -> Entry | None:
        """Row *r*'s task, its text the part printed beside its project's (or *entry*)."""
        if self.column is None or self.text is None:
            return entry
        printed = grid.values[r][self.column].strip()
        project = grid.values[r][self.text].strip()
        if project:
            self.project = (r, project)
        m = _ITEM_NUMBER.match(printed)
        if m is None and self.groups and printed:
            m = _WHOLE_ITEM.match(printed)  # the whole cell: an item with no number
        if m is not None and self.project is not None:
            where = grid.where(r, self.column)
            if entry is None:
                fields, units = _row_fields(grid, r, self.columns, self.header_words)
                entry = Entry(
                    where=grid.where(r),
                    text=Field(m[3], where),
                    number=fields.get("number"),
                    deadline=fields.get("deadline"),
                    units=units,
                )
            else:
                entry.text = Field(m[3], where)
            if self.project[0] == r:
                note = FindingKind.SUB_ITEM_HEADING
                source.note(grid.where(r, self.text), note, self.project[1])
        elif entry is not None and (mark := _PROJECT_MARK.match(entry.text.text)):
            entry.text.text = mark[1]  # a project of no parts: its mark (一) is no text
        if entry is not None and above is not None:
            self._carry(grid, r, entry, above, source)
        return entry

    def _carry(
        self, grid: Grid, r: int, entry: Entry, above: tuple[int, Entry], source: Source
    ) -> None:
        """Give *entry* the unit cells of the task row above that it leaves empty.

        Only a row whose number cell is blank (its group's number printed once above),
        right under that task row (no blank row between).
        """
        if entry.number is not None and (entry.number.text or entry.number.merged):
            return
        if any(distinct_cells(grid, k) for k in range(above[0] + 1, r)):
            return
        own = {field.where.column for _, field in entry.units}
        for role, field in above[1].units:
            if field.where.column in own:
                continue
            column = (field.where.column or 1) - 1
            if (r, column) in grid.merges:
                continue  # a merged cell, read as such
            values = {"cell": grid.where(r, column).cell, "from": field.where.cell}
            entry.units.append((role, attrs.evolve(field)))
            entry.notes.append(Note(NoteKind.CELL_MERGED, values))
            source.note(grid.where(r, column), FindingKind.CELL_MERGED, field.text, values)


def _heading_row(
    grid: Grid, r: int, cells: list[tuple[int, str]], columns: dict[int, tuple[str, Role | None]]
) -> tuple[Heading, str] | None:
    """Row *r* as a heading row: the heading, and the row as printed; or None.

    A heading in one cell (一、经济社会发展主要预期目标), or a group row: a heading's mark in
    the number cell and its title in the text cell, with no unit, people or deadline cell
    ((一) / 加强战略科技力量建设。, trial8/10).
    """
    if len(cells) == 1:
        c, value = cells[0]
        h = read_heading("".join(value.split()), grid.where(r, c))
        return None if h is None else (h, value)
    if len(cells) != 2 or sorted(columns.get(c, ("",))[0] for c, _ in cells) != ["number", "text"]:
        return None
    mark, title = sorted(cells, key=lambda cell: columns[cell[0]][0] != "number")
    marked = "".join(mark[1].split())
    if not marked or marked[0].isdigit():
        return None  # 1 / 做好一件事。: a task with no unit (a problem says so)
    h = read_heading(marked + "".join(title[1].split()), grid.where(r, mark[0]))
    return None if h is None else (h, f"{mark[1]} {title[1]}")


# The end of a whole sentence: a task's text ending so is not continued on the next row.
_SENTENCE_END = ("。", "；", ";", "！")


def _carry_down(
    grid: Grid, r: int, entry: Entry, above: tuple[int, Entry] | None, source: Source
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
    if any(distinct_cells(grid, k) for k in range(row + 1, r)):
        return
    for role, field in previous.units:
        column = (field.where.column or 1) - 1
        cell = grid.where(r, column).cell
        values = {"cell": cell, "from": field.where.cell}
        entry.units.append((role, attrs.evolve(field)))
        entry.notes.append(Note(NoteKind.CELL_MERGED, values))
        source.note(grid.where(r, column), FindingKind.CELL_MERGED, field.text, values)


def _merged_above(
    grid: Grid,
    r: int,
    entry: Entry,
    above: tuple[int, Entry] | None,
    header: tuple[dict[int, str], int, dict[int, tuple[str, Role | None]]],
    source: Source,
) -> None:
    """Read *entry* (row *r*) under the merged cells above it: its units, its number.

    *header* holds the header's words by column, the first body row and the column map.
    """
    header_words, start, columns = header
    _carry_down(grid, r, entry, above, source)
    _carry_columns_down(grid, r, entry, above, header_words, source)
    blank = entry.deadline is not None and not entry.deadline.text
    if blank and _deadlines_merged(grid, start, columns):
        _carry_deadline_down(grid, r, entry, above, source)
    _number_from_text(entry)


def _deadlines_merged(grid: Grid, start: int, columns: dict[int, tuple[str, Role | None]]) -> bool:
    """Whether the deadline column reads as cells merged over runs of task rows.

    So it does when the table is a CSV file (no merged cells known: a workbook knows its
    own) printing a deadline in its first task row and in fewer than half of its task
    rows (12月底前 printed once over nine rows, 5月底 over ten): a blank cell there is
    under a merged one. A column printing a deadline in most rows leaves a blank cell
    blank (no deadline, said).
    """
    deadline = next((c for c, (kind, _) in columns.items() if kind == "deadline"), None)
    text = next((c for c, (kind, _) in columns.items() if kind == "text"), None)
    csv = not grid.merges and grid.file.lower().endswith(".csv")
    if not csv or deadline is None or text is None:
        return False
    cells = [
        row[deadline].strip() if deadline < len(row) else ""
        for row in grid.values[start:]
        if text < len(row) and row[text].strip()
    ]
    printed = sum(1 for cell in cells if cell)
    return bool(cells) and bool(cells[0]) and printed * 2 < len(cells)


def _carry_deadline_down(
    grid: Grid, r: int, entry: Entry, above: tuple[int, Entry] | None, source: Source
) -> None:
    """Give *entry* the deadline cell of the task row above, when it leaves its own empty.

    The general form: a 完成时限 cell merged over several task rows (12月底前 printed once
    over rows 1-9), in a table saved to CSV (no merged cells known), which leaves the
    cell empty below its first row. A task row whose deadline cell is empty takes the
    deadline of the task row just above it (itself maybe carried), when no other row
    stands between, in a column that reads as merged (:func:`_deadlines_merged`); noted
    (``cell_merged``, with the cell it comes from).
    """
    if above is None or grid.merges or entry.deadline is None or entry.deadline.text:
        return
    row, previous = above
    if previous.deadline is None or not previous.deadline.text:
        return
    if any(distinct_cells(grid, k) for k in range(row + 1, r)):
        return
    field = previous.deadline
    cell = entry.deadline.where.cell
    values = {"cell": cell, "from": field.where.cell}
    entry.deadline = attrs.evolve(field)
    entry.notes.append(Note(NoteKind.CELL_MERGED, values))
    source.note(
        grid.where(r, (field.where.column or 1) - 1), FindingKind.CELL_MERGED, field.text, values
    )


def _carry_columns_down(
    grid: Grid,
    r: int,
    entry: Entry,
    above: tuple[int, Entry] | None,
    header_words: dict[int, str],
    source: Source,
) -> None:
    """Give *entry* the unit cells of the row above it leaves empty, in a group's rows.

    The general form: a table saved to CSV (no merged cells known) whose number cell is
    printed once over a group's rows (blank below its first row), each unit column
    merged over some of them (配合单位 over items (1)-(5), 牵头单位 over (3)-(5)): a row
    with units of its own and a blank number cell takes, for each unit column it leaves
    empty, the cell of the task row just above (itself maybe carried), when that row's
    text ends as a whole sentence does. Each such cell is noted (``cell_merged``) and,
    as the row's own cells beside it leave the merge unsure, a problem names the task
    (``cell_carried_down``).
    """
    if above is None or grid.merges or not entry.units or entry.number is None:
        return
    row, previous = above
    if entry.number.text or not previous.text.text.endswith(_SENTENCE_END):
        return
    if any(distinct_cells(grid, k) for k in range(row + 1, r)):
        return
    # A cell carried down whole (:func:`_carry_down`) from a row that took it with a
    # doubt keeps the doubt.
    doubted = {
        values["from"]: values
        for _, kind, _, values in previous.doubts
        if kind is FindingKind.CELL_CARRIED_DOWN
    }
    for _, field in entry.units:
        if (said := doubted.get(field.where.cell)) is not None:
            entry.doubt(
                grid.where(r, (field.where.column or 1) - 1),
                FindingKind.CELL_CARRIED_DOWN,
                field.text,
                said,
            )
    own = {field.where.column for _, field in entry.units}
    for role, field in previous.units:
        if field.where.column in own:
            continue
        column = (field.where.column or 1) - 1
        cell = grid.where(r, column).cell
        values = {"cell": cell, "from": field.where.cell}
        entry.units.append((role, attrs.evolve(field)))
        entry.notes.append(Note(NoteKind.CELL_MERGED, values))
        source.note(grid.where(r, column), FindingKind.CELL_MERGED, field.text, values)
        header = "".join(header_words.get(column, "").split()) or column_letter(column + 1)
        said = {"number": "?", "column": header, "from": field.where.cell}
        entry.doubt(grid.where(r, column), FindingKind.CELL_CARRIED_DOWN, field.text, said)


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
        grid: Grid,
        start: int,
        columns: dict[int, tuple[str, Role | None]],
        header_words: dict[int, str],
        mapped: MappedHeaders,
    ) -> _TextChoice:
        chosen = next((c for c, (kind, _) in columns.items() if kind == "text"), None)
        words = {c: "".join(v.split()) for c, v in header_words.items()}
        if chosen is None or words.get(chosen, "") in mapped:
            return cls()
        others = tuple(
            c
            for c, word in words.items()
            # A column the user mapped (to `ignore`, or to a role) is no candidate.
            if c != chosen and c not in columns and word and word not in mapped and text_like(word)
        )
        if not others:
            if (
                full := _filled_unknown_column(grid, start, chosen, columns, words, mapped)
            ) is None:
                beside = unknown_beside_name(grid, start, chosen, columns, words, mapped)
                if beside is None:
                    return cls()
                # A name column over one row each, an unknown header beside it: doubtful.
                return cls(chosen, (beside,), words, settled=False)
            others = (full,)
        if preference(words[chosen]) == len(TEXT_PREFERRED) and min(others) < chosen:
            # Not settled by the header words: the leftmost text column (a name
            # 民生事项名称 before its year's target 2022年度任务目标).
            left = min(others)
            del columns[chosen]
            columns[left] = ("text", None)
            others = tuple(sorted(c for c in (*others, chosen) if c != left))
            chosen = left
        rows = [r for r in range(start, len(grid.values)) if len(distinct_cells(grid, r)) > 1]

        def filled(c: int) -> list[bool]:
            return [bool(grid.values[r][c].strip()) for r in rows]

        gave_way = None
        beside = chosen + 1
        items_beside = (
            bool(rows and start)
            and beside < len(grid.values[start - 1])
            and not words.get(beside)
            and beside not in columns
            and all(filled(beside))
            and _groups_only(grid, rows, chosen)
        )
        if rows and not all(filled(chosen)) and not items_beside:
            # (A column of groups over the items beside it, under one header printed over
            # both, keeps the text: the items are read by _ItemColumn.)
            full = next((c for c in others if all(filled(c))), None)
            if full is not None:
                del columns[chosen]
                columns[full] = ("text", None)
                gave_way, chosen = chosen, full
                others = tuple(c for c in (*others, gave_way) if c != full)
        if gave_way is not None and (
            _headings_only(grid, rows, gave_way)
            or (_groups_only(grid, rows, gave_way) and text_like(words[chosen]))
        ):
            # The column printed the part headings once over their rows (一、…, blank
            # below: a merged cell as Excel exports it), or a group's name over the
            # group's rows beside a text column headed as one (主要预期目标 over 1.…, 2.…):
            # sections, no doubt of the text.
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
        best = min(preference(words[c]) for c in others)
        settled = preference(words[chosen]) < min(best, len(TEXT_PREFERRED))
        return cls(chosen, others, words, settled, gave_way)

    def doubt(self, grid: Grid, r: int, entry: Entry) -> None:
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


def _headings_only(grid: Grid, rows: list[int], c: int) -> bool:
    """Whether every filled cell of column *c* in *rows* is a heading (一、…, （一）…)."""
    cells = ["".join(grid.values[r][c].split()) for r in rows]
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(read_heading(cell, grid.where(0, c)) for cell in filled)


def _groups_only(grid: Grid, rows: list[int], c: int) -> bool:
    """Whether each filled cell of column *c* in *rows* covers two rows or more (a group).

    A group's name is printed once over its rows (merged, or blank below its first row
    as Excel exports a merged cell): a task's own text covers one row.
    """
    filled = [i for i, r in enumerate(rows) if grid.values[r][c].strip()]
    ends = [*filled[1:], len(rows)]
    return bool(filled) and all(end - first >= 2 for first, end in zip(filled, ends, strict=True))


def _repeated_groups(grid: Grid, rows: list[int], c: int) -> bool:
    """Whether column *c* prints each name in *rows* again over two rows or more.

    A group's name printed in each of its rows (a merged cell a page renders once a row:
    湘北大道, 湘北大道, 赶山西路 × 3) is a group, as one printed once over its rows is
    (:func:`_groups_only`); a task's own text is printed once.
    """
    cells = ["".join(grid.values[r][c].split()) for r in rows]
    if not all(cells):
        return False
    runs = [len(list(run)) for _, run in itertools.groupby(cells)]
    return len(runs) < len(cells) and all(n >= 2 for n in runs)


def _filled_unknown_column(
    grid: Grid,
    start: int,
    chosen: int,
    columns: dict[int, tuple[str, Role | None]],
    words: dict[int, str],
    mapped: MappedHeaders,
) -> int | None:
    """The text column by its cells, when the one its header names is not filled, or None.

    A column right of *chosen*, headed by no known word, filled in every body row, when
    *chosen* prints only groups' names, each over two rows or more (目标名称 over its
    items, 工作标准); a text column merely blank in some rows is left as it is.
    """
    rows = [r for r in range(start, len(grid.values)) if len(distinct_cells(grid, r)) > 1]
    if not rows or not (_groups_only(grid, rows, chosen) or _repeated_groups(grid, rows, chosen)):
        return None
    found = unread_columns(grid, rows, chosen, columns, words, PEOPLE_HEADERS, mapped)
    return next(iter(found), None)


def _numbers_only(grid: Grid, rows: list[int], c: int) -> bool:
    """Whether every cell of column *c* in *rows* is a number alone (1, 2., 3、)."""
    return all(re.fullmatch(r"[0-9]{1,4}[.．、]?", grid.values[r][c].strip()) for r in rows)


def _repeats_header(grid: Grid, r: int, header: int, source: Source) -> bool:
    """Whether row *r* prints the *header* row again (noted): a table over two pages.

    The cells are compared without white space (具 体 内 容 and 具体内容 are one header).
    """
    if [("".join(v.split())) for v in grid.values[r]] != [
        "".join(v.split()) for v in grid.values[header]
    ]:
        return False
    printed = " ".join(v.strip() for _, v in distinct_cells(grid, r))
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
    grid: Grid,
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
        if grid.values[r][text].strip() and len(distinct_cells(grid, r)) > 1
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
            # Cells of one row each are no titles at any depth; only a column that could
            # be titles is not read for the depth.
            kind = (
                FindingKind.SECTION_COLUMN_NOT_READ
                if all(len(covered) == 1 for _, covered in runs)
                else FindingKind.SECTION_COLUMN_TOO_DEEP
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
                "rows": NUMBER_RANGE.format(first=first, last=last),
                "level": str(level),
            }
            source.note(where, FindingKind.SECTION_CELL, grid.values[covered[0]][c], said)
    return opens


# A task's number printed at the start of its text cell: 14.…, 135.…, 3、… (not 2.5亿元).
_NUMBERED_CELL = re.compile(r"^([0-9]{1,4})\s*[.．、]\s*(?![0-9])(\S.*)$", re.DOTALL)


# An item's own number at the start of its text cell, beside a number column that
# numbers its group: 1.…, 11.…, （1）…, (7)… (not 2.5亿元).
# An unnumbered item beside its group (the groups of _ITEM_NUMBER, the number's empty).
_WHOLE_ITEM = re.compile(r"^()()(\S.*)$", re.DOTALL)
_ITEM_NUMBER = re.compile(
    r"^(?:([0-9]{1,3})\s*[.．、](?![0-9])|[（(]([0-9]{1,3})[)）])\s*(\S.*)$", re.DOTALL
)


# A project's own mark at the start of its cell, beside the parts column: （一）…, (二)….
_PROJECT_MARK = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]\s*(\S.*)$", re.DOTALL)


def _number_from_text(entry: Entry) -> None:
    """Take the item's own number out of *entry*'s text cell, when its row's number is none.

    The general form: a number column (序号) numbering a group, its cell printed once over
    the group's rows (merged, or blank below its first row as Excel exports a merged
    cell), each row's text cell printing the item's own number (1.…, 2.…; （1）…, （2）…).
    Where the row's number cell is blank, merged, or prints the same number, the text's
    number is the task's; any other number cell is left as printed, and so is the text.
    """
    number = entry.number
    if number is None or (m := _ITEM_NUMBER.match(entry.text.text)) is None:
        return
    own = m[1] or m[2]
    if number.text.strip().rstrip(".．、") not in {"", own} and not number.merged:
        return
    entry.number = Field(own, entry.text.where)
    entry.text.text = m[3]


def _row_fields(
    grid: Grid,
    r: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
) -> tuple[dict[str, Field], list[tuple[Role | None, Field]]]:
    """Row *r*'s cells by column kind: its fields (text, number, deadline), its units."""
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
    return fields, units


def _table_entry(
    grid: Grid,
    r: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
) -> Entry | None:
    fields, units = _row_fields(grid, r, columns, header_words)
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


def _apply_spans(grid: Grid, source: Source, entry_rows: dict[int, int]) -> None:
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
                first, last = span[0] + 1 + grid.row_offset, span[2] + 1 + grid.row_offset
                values["rows"] = NUMBER_RANGE.format(first=first, last=last)
            if field.columns:
                values["columns"] = field.columns
            entry.notes.append(Note(NoteKind.CELL_MERGED, values))
            if r == span[0]:
                source.note(field.where, FindingKind.CELL_MERGED, field.text, values)
