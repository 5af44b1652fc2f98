"""Forms a flattened table leaves in a text: names printed under a task, units printed first.

A table copied onto a page one cell a line (a goal, its sub-targets, then its unit names
one a line), a table printed one row a line (its cells separated by spaces, read as a
table by :mod:`.rows`) and a measure printing its units before its duty (X负责…) are
read here for :mod:`.text`.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re

import attrs

from dg_plan._vocabulary import Role

from .attributions import ends_in_attribution, names_only, unit_names_alone
from .findings import FindingKind
from .grid import Grid
from .headers import MappedHeaders, find_header
from .locations import Location
from .records import reads_as_deadline
from .rows import read_grid
from .source import NUMBER_WORDS, Entry, Field, Source, read_heading

# The most characters a line among a run of unit names may have and still be one of
# them when it does not end as an organisation's name does (省人口计生, 妇联, 省科协).
_SHORT_NAME = 8
# Any punctuation: a line holding one is no name of a run of names one a line.
_PUNCTUATION = re.compile(r"[，,。；;：:、！!？?“”\"（）()〔〕【】—\s]")


def name_line(kind: str, text: str, names: list[tuple[int, str]], line: str) -> bool:
    """Whether *line* is one of the unit names printed one a line under a task's text.

    The general form: a table copied one cell a line, each row's text (a goal, its
    sub-targets) followed by its units' names, one a line (trial16/04 and trial16/05, the
    广东 妇女 and 儿童 目标责任分解书, two documents printing it). Under an
    item (*kind*) whose *text* so far closes with no attribution, the first such line is
    unit names alone (each ending as an organisation's); once a run has begun (*names*),
    a short line with no punctuation (省人口计生, 妇联) is one more name.
    """
    if kind not in {"item", "row"} or not text.strip() or ends_in_attribution(text):
        return False
    if unit_names_alone(line):
        return True
    compact = line.strip()
    return bool(names) and 1 < len(compact) <= _SHORT_NAME and not _PUNCTUATION.search(compact)


def read_name_lines(entry: Entry, names: list[tuple[int, str]], file: str) -> None:
    """Give *entry* the units of the *names* lines printed under its text, doubted.

    They are its units; which column each stood in (主要责任单位 or 责任单位), and so its
    role, the flattened copy no longer shows: all are read by the cell's grammar
    (responsible), and a problem names the task.
    """
    if not names:
        return
    at = Location(file, line=names[0][0])
    printed = "、".join(line.strip().rstrip("，,、；;") for _, line in names)
    entry.units.append((None, Field(printed, at)))
    entry.doubt(at, FindingKind.NAMES_UNDER_TEXT, printed, {"number": "?", "names": printed})


# A measure printing its unit first: X负责… (（一）镇政府负责确定项目单位…).
_UNIT_FIRST = re.compile(r"^(.{2,40}?)((?:牵头)?负责)(?!人|的|同志|制)(\S.+)$")

# The marks that end a clause: after X负责, one ends the units' clause.
_CLAUSE_BREAK = "，,；;。"


def unit_first(body: str) -> tuple[str, str] | None:
    """The unit an item prints first and its duty: (``X负责``, the duty), or None.

    （二）区教委负责业务指导、队伍培训…: 区教委 is the subject, printed before 负责 (or 牵
    头负责); the words before 负责 must be unit names alone (each ending as an
    organisation's), else the item is read as before. 负责人, 负责的, 负责同志 and 负责制
    are no duty phrase (市政府负责同志要…: the officials of a unit).
    """
    m = _UNIT_FIRST.match(body)
    if m is None or not names_only(m[1]):
        return None
    return m[1] + m[2], m[3]


def unit_first_form(line: str) -> str | None:
    """``X负责`` when *line* is a measure printing its units first (X、Y负责督促…), or None.

    A line read as no task (preamble, a heading) that prints one (a flattened table's
    measures cell: 区商务局、区城管局负责督促业主…, 一、区编办负责落实…) is doubted.
    """
    first = unit_first("".join(line.split()))
    return first[0] if first is not None else None


def duty_after_units(duty: str, where: Location) -> tuple[str, Field | None]:
    """The text and the deadline of an item printing its units first (X负责…).

    X、Y负责，2024年6月底前完成。: the units' clause ends at the comma, so what follows
    is no duty of theirs; a deadline alone there is the task's deadline, and the task,
    left with no text, is a problem (task_without_text), never the comma and the
    deadline read as its text.
    """
    if duty[0] not in _CLAUSE_BREAK:
        return duty, None
    duty = duty.lstrip(_CLAUSE_BREAK)
    if reads_as_deadline(clause := duty.rstrip("。；;．. ")):
        return "", Field(clause, where)
    return duty, None


# A line of a duty list: a unit's name, a colon, its duty (商委：协调公安、供销社…).
# The name may print a bracket (各区县政府(地区管委会)：落实属地责任…, trial19/08).
_DUTY_LINE = re.compile(
    r"^((?:[^：:，,。；;、（()）]|[（(][^（()）：:，,。]*[)）]){2,30})[：:]\s*(\S.*)$"
)


def duty_line(line: str) -> tuple[str, str] | None:
    """*line* as a duty list's line (unit, duty), if the words before its colon are a unit.

    The name ends as an organisation's does (区委宣传部, 商委, 综治办, 公安分局) and is no
    label (those are read first) and no heading word.
    """
    m = _DUTY_LINE.match(line)
    if m is None or not names_only(m[1]) or not m[2].strip():
        return None
    return m[1], m[2].strip()


def units_printed_first(
    body: str, where: Location
) -> tuple[str, tuple[str, str] | None, Field | None]:
    """*body*'s text, the units it prints first (as read, as printed), and its deadline.

    （二）区教委负责业务指导…: the unit printed first, its duty after 负责. 14.市卫生局：
    负责医院周边…: a duty list's line numbered as an item (trial19/08; the unnumbered form,
    区委宣传部：制订…, is trial5/06-haidian-jinfang's): its unit is the name before the
    colon, its text the duty after it.
    """
    if (first := unit_first(body)) is not None:
        text, deadline = duty_after_units(first[1], where)
        return text, (first[0], first[0]), deadline
    if (duty := duty_line(body)) is not None:
        return duty[1], (duty[0], f"{duty[0]}："), None
    return body, None, None


# A row of a table printed one row a line: its number, a space, its other cells.
_FLAT_ROW = re.compile(r"^([0-9]{1,3})[ \t\u3000]+\S")
# The most characters a word of a header printed one line may have (牵头负责部门).
_HEADER_WORD = 12


@attrs.frozen
class FlatTable:
    """A table printed one row a line, its cells separated by spaces, as found in a text.

    ``before`` holds the lines above its header (with the words its header line prints
    before the header); ``header`` the header's line and its words, spaced-out words
    closed up; ``rows`` each later line, as cells under the header's columns (a heading
    in the text column), and whether its cells were split for sure.
    """

    before: list[tuple[int, str]]
    header: tuple[int, list[str]]
    columns: dict[int, tuple[str, Role | None]]
    rows: list[tuple[int, list[str], bool]]


def _closed_up(line: str) -> list[tuple[int, str]]:
    """*line*'s words where they start, a run of single characters closed up (工 作 任 务)."""
    words: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    for m in [*re.finditer(r"\S+", line), None]:
        if m is not None and len(m[0]) == 1 and not m[0].isdigit():
            run.append((m.start(), m[0]))
            continue
        if len(run) > 1:
            words.append((run[0][0], "".join(c for _, c in run)))
        else:
            words.extend(run)
        run = []
        if m is not None:
            words.append((m.start(), m[0]))
    return words


def _flat_header(
    line: str, mapped: MappedHeaders | None
) -> tuple[str, list[str], dict[int, tuple[str, Role | None]]] | None:
    """(words before the header, the header's words, its columns), or None.

    The header is the line's last words, from a number column's (序号) on: known column
    words, each short and with no punctuation, a task-text column and a unit column
    among them (序号 工 作 任 务 牵头负责部门; … 分解表 序号 名称 工作任务 牵头责任单位).
    """
    words = _closed_up(line)
    for i, (start, word) in enumerate(words):
        if word not in NUMBER_WORDS:
            continue
        header = [w for _, w in words[i:]]
        if any(len(w) > _HEADER_WORD or _PUNCTUATION.search(w) for w in header):
            return None
        found = find_header(Grid("", "", [header]), mapped)
        if found is None or found[1].get(0, ("",))[0] != "number":
            return None
        kinds = {kind for kind, _ in found[1].values()}
        return (line[:start].strip(), header, found[1]) if {"text", "units"} <= kinds else None
    return None


def _flat_cells(
    body: str, width: int, columns: dict[int, tuple[str, Role | None]]
) -> tuple[list[str], bool]:
    """The cells of a row printed on one line, and whether they were split for sure.

    Its number first; from the right, the last word under each column right of the
    text column when it is what the column holds (unit names alone, a deadline) and the
    word before it is not (else the cell may hold a space); the text column takes the
    rest, spaces and all, unless a column left of it (名称) could take a part. Not sure:
    the whole row is the text, the other columns empty.
    """
    number, rest = body.split(maxsplit=1)
    cells = [""] * width
    cells[0] = number
    text = next(c for c, (kind, _) in columns.items() if kind == "text")
    words = list(re.finditer(r"\S+", rest))
    cells[text] = rest.strip()
    for c in range(width - 1, text, -1):
        kind = columns.get(c, ("",))[0]
        fits = names_only if kind == "units" else reads_as_deadline if kind == "deadline" else None
        if fits is None or len(words) < 2 or not fits(words[-1][0]) or fits(words[-2][0]):
            return [number] + [rest.strip() if k == text else "" for k in range(1, width)], False
        cells[c] = words.pop()[0]
    if len(words) > 1 and text > 1:
        return cells, False
    cells[text] = rest[: words[-1].end()].strip()
    return cells, True


def flat_table(lines: list[tuple[int, str]], mapped: MappedHeaders | None) -> FlatTable:
    """The table *lines* print one row a line, under a header line (no rows: none).

    The general form (trial21/07-guowuyuan-lianghua2016 and trial17/03-changshu-renwu2018,
    stored copies of a table): a header line of column words separated by spaces
    (:func:`_flat_header`), then only rows (a number, a space, the cells) and part
    headings (一、…). A line of any other form after the header: no such table, and
    ``before`` holds every line.
    """
    for i, (number, line) in enumerate(lines):
        if (found := _flat_header(line, mapped)) is None:
            continue
        prefix, words, columns = found
        text = next(c for c, (kind, _) in columns.items() if kind == "text")
        rows: list[tuple[int, list[str], bool]] = []
        for at, row in lines[i + 1 :]:
            if _FLAT_ROW.match(row):
                rows.append((at, *_flat_cells(row, len(words), columns)))
            elif read_heading("".join(row.split()), Location(line=at)) is not None:
                rows.append((at, [row if c == text else "" for c in range(len(words))], True))
            else:
                return FlatTable(lines, (0, []), {}, [])
        before = [*lines[:i], *([(number, prefix)] if prefix else [])]
        if rows:
            return FlatTable(before, (number, words), columns, rows)
    return FlatTable(lines, (0, []), {}, [])


def read_flat_table(table: FlatTable, source: Source) -> None:
    """Read *table*'s rows as a table's (:func:`.rows.read_grid`), every column rule applying.

    A row whose cells could not be split for sure is read whole as its text, its other
    cells empty, and a problem names the task.
    """
    if not table.rows:
        return
    first, words = table.header
    last = max(at for at, _, _ in table.rows)
    values = [[""] * len(words) for _ in range(last - first + 1)]
    values[0] = words
    for at, cells, _ in table.rows:
        values[at - first] = cells
    grid = Grid(source.file, "", values, row_offset=first - 1, lines=True)
    read_grid(grid, source, None)
    unsure = {at for at, _, sure in table.rows if not sure}
    for entry in source.entries:
        if entry.where.line in unsure:
            printed = entry.text.text
            entry.doubt(entry.where, FindingKind.ROW_NOT_SPLIT, printed, {"number": "?"})
