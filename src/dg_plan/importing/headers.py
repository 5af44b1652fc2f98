"""Table headers: which row is the header, what each column holds, and the rows above it.

:func:`find_header` finds the header row (a text column and one more) by the
vocabulary's words (or the user's ``columns=``), a second header row under a group
header, a deadline column known by its cells, the unit columns not read or read by a
doubtful word, and the title and notes printed above the header. A refusal for want of
a header says what was seen.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping, Sequence

from dg_plan._vocabulary import (
    CLAUSE_AFTER,
    DOUBTFUL_ROLE_WORDS,
    PEOPLE_HEADERS,
    PROGRESS_LABELS,
    SUFFIXES,
    TEXT_LIKE_ENDINGS,
    TEXT_PREFERRED,
    UNIT_WORD_VARIANTS,
    Role,
    read_traditional,
)

from .exported import own_export
from .findings import FindingKind
from .grid import Grid, distinct_cells
from .locations import column_letter
from .records import reads_as_deadline
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
    Source,
)
from .titles import could_be_title, title_text

# What a header cell names: ("text"|"number"|"deadline"|"units", the role it forces).
_Kind = tuple[str, Role | None]

MappedHeaders = dict[str, _Kind | None]


def _header_role(text: str, mapped: MappedHeaders | None = None) -> _Kind | None:
    """What a header cell names: ("text"|"number"|"deadline"|"units", forced role).

    A header the user mapped (*mapped*: ``read(columns=...)``) is what they say.
    Its words may be printed in traditional characters (牽頭單位, 完成時限).
    """
    printed = "".join(text.split())
    if mapped and printed in mapped:
        return mapped[printed]
    word = read_traditional(printed, header=True)[0]
    # 责任单位(加黑为牵头单位): the bracket says how the print marks the lead, no role of
    # the column's own (see typeface_columns).
    word = _TYPEFACE_NOTE.sub("", word) or word
    kind = _printed_header_role(word)
    if kind is None and _HEADER_BRACKETS.search(word):
        kind = _bracketed_header_role(_HEADER_BRACKETS.sub("", word))
    return kind


# Brackets a header may print part of itself in: 责任股室 / (单位) over two lines.
_HEADER_BRACKETS = re.compile(r"[()（）〔〕［］\[\]【】]")
# The most characters a header's own word for the units (股室, 科室, 处室, 股, 科) may
# have between its role word and the unit word in brackets after it.
_SECTION_WORD = 4


# A header's bracketed note saying the print marks the lead by its typeface
# (加黑为牵头单位, 加粗的为牵头单位, 黑体字为牵头单位): a mark no text copy carries.
_TYPEFACE_NOTE = re.compile(
    r"[(（〔［\[【][^()（）〔〕［］\[\]【】]*(?:加黑|加粗|黑体|粗体)[^()（）〔〕［］\[\]【】]*"
    r"牵头[^()（）〔〕［］\[\]【】]*[)）〕］\]】]"
)


def typeface_columns(
    columns: Mapping[int, tuple[str, Role | None]], header_words: Mapping[int, str]
) -> dict[int, tuple[str, str]]:
    """The unit columns whose header says the lead is marked by typeface.

    Each as (its header without the note, the note).

    The general form: a unit column's header with a bracketed note on how its leads are
    printed, 责任单位 (加黑为牵头单位) (trial22/08-shizhong-tuijin2025), the printed form of
    the rule that a mark in the cell names the lead (★区发改委、统计局:
    trial7/02-wujiang-zhongdian2024, read). Bold is lost in any text copy (CSV, text, a
    web page's text): the column is read by its own word (责任单位), no unit as a lead,
    and each task whose row fills it is doubted.
    """
    out = {}
    for c, (kind, _) in columns.items():
        word = read_traditional("".join(header_words.get(c, "").split()), header=True)[0]
        if kind == "units" and (found := _TYPEFACE_NOTE.search(word)):
            out[c] = (_TYPEFACE_NOTE.sub("", word), found[0][1:-1])
    return out


def _bracketed_header_role(bare: str) -> _Kind | None:
    """What a header printed with a bracketed part names, its brackets removed (*bare*).

    A known header (责任单位 printed 责任(单位)), or a role word, a unit word of the
    publisher's own (股室, 科室, 处室) and 单位 or 部门 (责任股室 / (单位): the 责任单位
    column, printed over two lines with 单位 in brackets).
    """
    kind = _printed_header_role(bare)
    if kind is not None or not bare.endswith(("单位", "部门")):
        return kind
    roles = [
        (len(word), role)
        for word, role in UNIT_WORDS.items()
        if word.endswith("单位")
        and len(word) > len("单位")
        and bare.startswith(word.removesuffix("单位"))
        and len(bare) - len(word) <= _SECTION_WORD
    ]
    return ("units", max(roles, key=lambda r: r[0])[1]) if roles else None


def _printed_header_role(word: str) -> _Kind | None:
    """What a header (without white space) names by the print's words alone."""
    for kind, words in (
        ("text", TEXT_WORDS),
        ("number", NUMBER_WORDS),
        ("deadline", DEADLINE_WORDS),
    ):
        # 项目编号, 任务序号: a number column of what it names, as 编号 and 序号 are.
        if word in words or (
            words is NUMBER_WORDS
            and word.endswith(NUMBER_WORDS)
            and len(word) <= _LONGEST_NUMBER_HEADER
        ):
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
    # 2022年预期目标, 建设内容, 目标任务), maybe with its requirements (内容与要求).
    text = _WITH_REQUIREMENTS.sub("", word)
    return ("text", None) if text.endswith(TEXT_ENDINGS) else None


# The longest header ending in 序号 or 编号 read as a number column (项目编号, 任务序号).
_LONGEST_NUMBER_HEADER = 4


# A text header followed by the requirements of the work: 内容与要求, 任务及要求.
_WITH_REQUIREMENTS = re.compile(r"[与和及]要求$")


# How a header naming units ends (承办单位, 评分部门, 责任主体): a column of units, or of
# something about them.
_UNIT_LIKE = re.compile(r"(?:单位|部门|处室|科室|主体)$")


def _role_in(word: str) -> Role | None:
    """The role a role word inside *word* gives (协办单位: SUPPORT), or None."""
    return next((role for suffix, role in SUFFIXES if suffix in word), None)


def _unread_unit_columns(
    grid: Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
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


def _doubtful_header(header: str, role: Role | None) -> tuple[str, Role] | None:
    """The doubtful role word a unit column's *header* holds and the role read, or None.

    主办单位: 主办, read as the lead (DOUBTFUL_ROLE_WORDS). 牵头负责部门: the clause
    X牵头负责 gives the lead (CLAUSE_AFTER), the header's 负责部门 the responsible unit;
    the column is read by the header's words (*role*), and doubted.
    """
    word = "".join(header.split())
    if (doubtful := next((w for w in DOUBTFUL_ROLE_WORDS if w in word), None)) is not None:
        return doubtful, DOUBTFUL_ROLE_WORDS[doubtful]
    if role is None:
        return None
    for suffix, said in SUFFIXES:
        for after in CLAUSE_AFTER:
            if after != suffix and said != role and suffix + after in word:
                return suffix + after, role
    return None


def doubtful_unit_columns(
    grid: Grid,
    start: int,
    columns: dict[int, tuple[str, Role | None]],
    header_words: dict[int, str],
    source: Source,
) -> tuple[dict[int, str], dict[int, tuple[str, Role]]]:
    """The unit columns not read (their headers), and those read by a doubtful word."""
    unread = _unread_unit_columns(grid, start - 1, columns, source) if start else {}
    doubtful = {
        c: found
        for c, (kind, role) in columns.items()
        if kind == "units" and (found := _doubtful_header(header_words.get(c, ""), role))
    }
    return unread, doubtful


def _role_name(kind: _Kind | None, names: Mapping[str, str] | None = None) -> str:
    """The name a user maps a column to (COLUMN_ROLES; in *names*' words) for *kind*."""
    if kind is None:
        return "?"
    name = next(name for name, value in COLUMN_ROLES.items() if value == kind)
    return name if names is None else names[name]


def _headers_seen(grid: Grid, mapped: MappedHeaders, names: Mapping[str, str] | None = None) -> str:
    """The likeliest header row (the first with most cells), each cell with its role.

    ``A1 序号 → number``; a header read as no column: its closest known header and
    that one's role (``B1 项目名称 ≈ 项目内容 → text``), or ``?`` (``B1 项目名称（未识别）``
    in Chinese). Roles are named in *names*' words (COLUMN_ROLES_ZH) when given.
    """
    rows = [(len(distinct_cells(grid, r)), -r) for r in range(min(len(grid.values), 30))]
    if not rows or max(rows)[0] == 0:
        return ""
    r = -max(rows)[1]
    # A suggestion names a header in its 单位 form: the 部门 and 处室 forms
    # (UNIT_WORD_VARIANTS) read as it, and are no closer a guess.
    units = [w for w in UNIT_WORDS if not w.endswith(UNIT_WORD_VARIANTS)]
    known = [*TEXT_WORDS, *NUMBER_WORDS, *DEADLINE_WORDS, *units]
    out = []
    for c, value in distinct_cells(grid, r):
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


def no_header_values(grid: Grid | None, mapped: MappedHeaders) -> dict[str, str]:
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


def preference(text: str) -> int:
    """How much a text header is preferred (lower first): TEXT_PREFERRED's order."""
    word = read_traditional("".join(text.split()), header=True)[0]
    return next((i for i, w in enumerate(TEXT_PREFERRED) if w in word), len(TEXT_PREFERRED))


def find_header(
    grid: Grid, mapped: MappedHeaders | None = None
) -> tuple[int, dict[int, tuple[str, Role | None]]] | None:
    """The header row among the first 30 and its columns' kinds and roles, or None.

    dg_plan's own export is known by its headers (:mod:`.exported`) in either language.
    """
    for r, row in enumerate(grid.values[:30]):
        if (own := own_export(row, mapped)) is not None:
            return r, own.columns()  # dg_plan's own export: its columns as it wrote them
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
            other = next((k for k, (kind, _) in columns.items() if kind == role[0]), None)
            if role[0] == "units" or other is None:
                columns[c] = role
            elif _chosen(row[other], mapped) != _chosen(value, mapped):
                # A column the user chose for a purpose (--column text=…) wins over a
                # header read as that purpose; the other is not read.
                if _chosen(value, mapped):
                    del columns[other]
                    columns[c] = role
            elif role[0] == "text" and preference(value) < preference(row[other]):
                # Two text columns: the preferred one is the task's.
                del columns[other]
                columns[c] = role
        kinds = {kind for kind, _ in columns.values()}
        if "text" not in kinds and "units" in kinds:
            # No text header, but a task's (or project's) name: 任务名称, 项目名称; else
            # the work's requirements: 要求, 具体要求.
            name = _name_column(row)
            if name is None:
                name = _requirements_column(row, columns)
            if name is not None:
                columns[name] = ("text", None)
                kinds.add("text")
        # The task column and one more: a title that mentions 重点任务 is no header. A
        # column of units whose header names no role (监考单位, 评分部门) is one more: the
        # row is the header, that column not read and each row filling it doubted.
        if "text" in kinds and (len(kinds) > 1 or _names_units(row, mapped)):
            return r, columns
    return None


def _chosen(value: str, mapped: MappedHeaders | None) -> bool:
    """Whether the header *value* is one the user mapped (``columns=``)."""
    return bool(mapped) and "".join(value.split()) in (mapped or {})


def _names_units(row: Sequence[str], mapped: MappedHeaders | None) -> bool:
    """Whether a header of *row* names units with no role the vocabulary knows (监考单位)."""
    return any(
        _UNIT_LIKE.search(word := "".join(value.split()))
        and _header_role(value, mapped) is None
        and not (mapped and word in mapped)
        for value in row
    )


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


def _requirements_column(row: Sequence[str], read: Mapping[int, object]) -> int | None:
    """The leftmost header of *row* naming the work's requirements (要求), or None."""
    for c, value in enumerate(row):
        word = read_traditional("".join(value.split()), header=True)[0]
        if c not in read and word.endswith("要求") and _printed_header_role(word) is None:
            return c
    return None


def _above_header(grid: Grid, header: int, source: Source) -> None:
    """The rows above the header: an attachment label, the title, a stated lead rule.

    The title is the first of the rows that could be captions
    (:func:`.titles.could_be_title`: not the covering notice's title, a signature, a
    date or a document number) just above the header, attachment labels between them
    aside (a title, then a subtitle: the title); with none, the first row that is no
    attachment label.
    """
    rows = [(r, cells) for r in range(header) if (cells := distinct_cells(grid, r))]
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
    grid: Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> None:
    """Note each header word of *columns* read from traditional characters."""
    for c in columns:
        printed = grid.values[header][c]
        for word, read in read_traditional("".join(printed.split()), header=True)[1]:
            values = {"printed": word, "read": read}
            source.note(grid.where(header, c), FindingKind.READ_AS_SIMPLIFIED, printed, values)


def header_found(
    grid: Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> int:
    """Note the *header* row found (its columns, its traditional words) and read above it.

    Returns the first body row: the one after the header, or after its second row.
    From the header down, a place names its column by the header's words (a second
    row's, under a group header).
    """
    grid.head(header, grid.values[header])
    source.headers_used |= {
        w for v in grid.values[header] if (w := "".join(v.split())) in source.header_map
    }
    # Each column read by its header alone, as a place names it (no cell: a .csv shows none).
    named = "、".join(f"“{grid.headers.get(c, '')}”" for c in columns)
    source.note(grid.where(header), FindingKind.HEADER_ROW, values={"columns": named})
    _note_passed_over(grid, header, columns, source)
    _note_traditional_headers(grid, header, columns, source)
    _above_header(grid, header, source)
    return header + 1 + _second_header_row(grid, header, columns, source)


def _note_passed_over(
    grid: Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> None:
    """Note each column read as no column for a purpose a column the user chose has.

    (主要任务 beside ``--column text=全年目标任务``: the chosen column is the text.)
    """
    row = grid.values[header]
    chosen = {
        kind: row[c]
        for c, (kind, _) in columns.items()
        if kind != "units" and _chosen(row[c], source.header_map)
    }
    for c, value in enumerate(row):
        role = _header_role(value) if value and c not in columns else None
        if role is None or role[0] not in chosen:
            continue
        word = "".join(chosen[role[0]].split())
        named = source.header_roles.get(word, role[0])
        values = {
            "header": value,
            "chosen": chosen[role[0]],
            "role": named,
            "role_zh": COLUMN_ROLES_ZH.get(named, named),
        }
        source.note(grid.where(header, c), FindingKind.COLUMN_PASSED_OVER, value, values)


def _second_header_row(
    grid: Grid, header: int, columns: dict[int, tuple[str, Role | None]], source: Source
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
    grid.head(header, grid.values[header + 1])
    said = "、".join(f"“{grid.headers.get(c, '')}”" for c in named)
    source.note(grid.where(header + 1), FindingKind.HEADER_ROW, values={"columns": said})
    return 1


def deadline_column(
    grid: Grid, start: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> None:
    """Find the table's deadline column, by its header or else by its cells (or say none)."""
    if start and not any(kind == "deadline" for kind, _ in columns.values()):
        _deadline_by_cells(grid, start, columns, source)
    if not any(kind == "deadline" for kind, _ in columns.values()):
        source.has_deadlines = False


def _deadline_by_cells(
    grid: Grid, start: int, columns: dict[int, tuple[str, Role | None]], source: Source
) -> None:
    """Read as the deadline column an unknown column whose cells are deadlines.

    A table with no known deadline header may still print its deadlines, under a
    header the vocabulary does not know (时间安排, 截止时间). The first column
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


def text_like(word: str) -> bool:
    """Whether a header (no white space) names a text column, or a text-like one beside it."""
    role = _header_role(word)
    read = read_traditional(word, header=True)[0]  # 項目名稱: 项目名称
    return role == ("text", None) or (role is None and read.endswith(TEXT_LIKE_ENDINGS))


# Words of a column reporting progress or remarks (本月进展情况, 当前进度, 备注): no text.
_REPORT_WORDS = (*PROGRESS_LABELS, "进度", "备注")


def unread_columns(
    grid: Grid,
    rows: Sequence[int],
    chosen: int,
    taken: Collection[int],
    words: dict[int, str],
    exclude: Sequence[str],
    mapped: MappedHeaders,
    *,
    unheaded: bool = False,
) -> tuple[int, ...]:
    """The columns right of *chosen* that no reading takes, filled in every row of *rows*.

    A column is taken when a reading has it (*taken*: the header map's, an item column)
    or the user mapped its header; one whose header (*words*, no white space) holds a
    word of *exclude* (people: 责任领导; progress: 本月进展情况) is no candidate. A
    column under an empty header cell is one only when *unheaded* is set: a merged
    header cell over the name and its content (重 点 任 务 over three columns) leaves the
    content's header empty.
    """
    return tuple(
        c
        for c in range(chosen + 1, len(grid.values[rows[0]]) if rows else 0)
        if c not in taken
        and (unheaded or words.get(c))
        and words.get(c, "") not in mapped
        and not any(w in words.get(c, "") for w in exclude)
        and all(c < len(grid.values[r]) and grid.values[r][c].strip() for r in rows)
    )


def unknown_beside_name(
    grid: Grid,
    start: int,
    chosen: int,
    columns: dict[int, tuple[str, Role | None]],
    words: dict[int, str],
    mapped: MappedHeaders,
) -> int | None:
    """A column that may hold the text beside a name column read as the text, or None.

    The general form: the text read from a column headed by a name (目标名称), as no
    header names the text, beside a column right of it headed by a word the vocabulary
    does not know (工作标准; not one reporting progress or remarks, 本月进展情况 beside
    trial9/02's 项目名称), filled in every body row. Where the name covers two rows or
    more it names a group and the other column is read (:func:`.rows._filled_unknown_column`,
    trial7/03-zhonglou-mubiao2024); where it fills every row, whether it is the task's
    name or its group's is not known (trial22/06-zhonglou-mubiao2022, one row: the
    name 四大功能区建设 beside the standard (1)老城复兴样板区要见成效…): doubted.
    """
    if not _NAME_HEADER.match(words.get(chosen, "")):
        return None
    rows = [r for r in range(start, len(grid.values)) if len(distinct_cells(grid, r)) > 1]
    exclude = (*PEOPLE_HEADERS, *_REPORT_WORDS)
    return next(iter(unread_columns(grid, rows, chosen, columns, words, exclude, mapped)), None)


def doubt_typeface(grid: Grid, r: int, entry: Entry, marked: dict[int, tuple[str, str]]) -> None:
    """Doubt *entry* where its row fills a column whose leads are marked by typeface.

    *marked*: each such column's header and note (责任单位, 加黑为牵头单位:
    :func:`typeface_columns`).
    """
    for c, (header, note) in marked.items():
        if printed := grid.values[r][c].strip():
            values = {"number": "?", "column": header, "note": note}
            entry.doubt(grid.where(r, c), FindingKind.LEAD_MARK_NOT_CARRIED, printed, values)


def doubt_unheaded(
    grid: Grid,
    rows: tuple[int, int],
    entry: Entry,
    columns: dict[int, tuple[str, Role | None]],
    item: int | None,
) -> None:
    """Doubt *entry* for each column under an empty header cell its row fills, not read.

    *rows*: the first body row and *entry*'s; *item*: the column :class:`.rows._ItemColumn`
    reads, if any. The general form: a body column under an empty header cell (blank, or
    inside a header cell merged from the left), right of the text column, that no reading
    takes (trial23/03: 重 点 任 务 printed over a group, an item's name and its content,
    the content's column C blank-headed) is named by its letter, on each task whose row
    fills it: nothing is dropped silently. An empty header cell continues the header on
    its left (a merged cell as a CSV export leaves it): under people or progress
    (进展情况 over four quarters, trial11/07) it is not read by design, as they are. A
    column headed by a word the vocabulary does not know is the header's business
    (:func:`unknown_beside_name`).
    """
    start, r = rows
    text = next((c for c, (kind, _) in columns.items() if kind == "text"), None)
    if text is None or not start:
        return
    taken = {*columns} | ({item} if item is not None else set())
    continued: dict[int, str] = {}
    word = ""
    for c, value in enumerate(grid.values[start - 1]):
        span = grid.merges.get((start - 1, c))
        if value.strip() and not (span is not None and span[1] < c):
            taken.add(c)
            word = "".join(value.split())
        continued[c] = word
    exclude = (*PEOPLE_HEADERS, *_REPORT_WORDS)
    for c in unread_columns(grid, [r], text, taken, continued, exclude, {}, unheaded=True):
        if (span := grid.merges.get((r, c))) is None or span[1] == c:
            values = {"number": "?", "column": column_letter(c + 1)}
            printed = grid.values[r][c].strip()
            entry.doubt(grid.where(r, c), FindingKind.COLUMN_UNHEADED, printed, values)
