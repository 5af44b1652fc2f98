"""Records: a task printed as label/value pairs (a task card), not as a table's row.

Some lists print each task as a small two-column table of its own: a label (重点工作,
具体任务, 牵头单位, 责任单位, 完成时限) beside or above its value. Exported to CSV it is one
pair a row (``重点工作:,135.统筹…`` / ``牵头单位:,市城市管理综合执法局``); flattened
into text, one cell a line, the label alone on its line and the value on the next
(``具体任务`` / ``全面落实…`` / ``责任单位`` / ``卫健局、文旅局``).

:func:`from_rows` and :func:`from_lines` find such pairs, and :func:`read_records` reads
them: a text label begins a task (a number printed before its text, 135., is its
number), the unit labels give its units by their role, a deadline label its deadline,
a people label names people (a note), and any other label (年度阶段性工作目标, 进展情况)
is not read (a note names it). They are tried only where nothing else reads: a table
with no header row, a text with no task.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from dg_plan._deadline import Deadline
from dg_plan._errors import InvalidDeadlineError
from dg_plan._vocabulary import PEOPLE_HEADERS, read_traditional

from .findings import FindingKind
from .locations import Location
from .source import DEADLINE_WORDS, TEXT_WORDS, UNIT_WORDS, Entry, Field, Source

# A label: its word, then a colon (full-width or not) or nothing.
_COLON = re.compile(r"[：:]\s*$")
# A task's number printed before its text (135.统筹…), not a decimal (2.5亿元).
_NUMBERED = re.compile(r"^([0-9]{1,4})\s*[.．、]\s*(?![0-9])(\S.*)$", re.DOTALL)
# The longest a label is, in characters (进展情况、存在问题及下一步工作建议 has 17).
_LONGEST_LABEL = 20


@attrs.frozen
class Pair:
    """A label and its value, with where each is printed."""

    label: str  # the label's word, without white space and colon, read simplified
    printed: str  # the label as printed
    value: str
    where: Location  # the value's place
    label_line: int | None = None  # the label's line, when it stands on a line of its own


def _word(label: str) -> str:
    return read_traditional(_COLON.sub("", "".join(label.split())), header=True)[0]


def _kind(word: str) -> str | None:
    """What a label names: ``text``, ``units``, ``deadline``, ``people``, or None."""
    if word in TEXT_WORDS:
        return "text"
    if word in UNIT_WORDS:
        return "units"
    if word in DEADLINE_WORDS:
        return "deadline"
    if word in PEOPLE_HEADERS:
        return "people"
    return None


def _is_record(pairs: Sequence[Pair]) -> bool:
    """Whether *pairs* read as task records: the first a text label, a unit label among them."""
    kinds = [_kind(p.label) for p in pairs]
    return bool(pairs) and kinds[0] == "text" and "units" in kinds


def from_rows(rows: Sequence[Sequence[str]], where: Sequence[Sequence[Location]]) -> list[Pair]:
    """The label/value pairs of a table's *rows*, or ``[]`` when they are no records.

    Each non-empty row must print two cells, a label (a short word, with or without a
    colon) and its value; the first label names the text, and a unit label is among them.
    """
    pairs = []
    for r, row in enumerate(rows):
        cells = [(c, v.strip()) for c, v in enumerate(row) if v.strip()]
        if not cells:
            continue
        if len(cells) != 2:
            return []
        (lc, label), (vc, value) = cells
        word = _word(label)
        if not word or len(word) > _LONGEST_LABEL or "。" in word:
            return []
        pairs.append(Pair(word, label, value, where[r][vc]))
        del lc
    return pairs if _is_record(pairs) else []


def from_lines(lines: Sequence[tuple[int, str]], file: str) -> list[Pair]:
    """The label/value pairs of text *lines*, or ``[]`` when they are no records.

    A label stands alone on its line, a known word (具体任务, 责任单位, 完成时限; a colon
    may follow); its value is the lines after it, up to the next label. The lines before
    the first label are not read (a title, a preamble); the first label names the text.
    """
    pairs: list[Pair] = []
    label: tuple[str, str, int] | None = None
    value: list[tuple[int, str]] = []

    def close() -> None:
        if label is not None and value:
            text = "".join(line.strip() for _, line in value)
            where = Location(file, line=value[0][0])
            pairs.append(Pair(label[0], label[1], text, where, label[2]))

    for number, line in lines:
        word = _word(line)
        if _kind(word) is not None and (label is not None or _kind(word) == "text"):
            close()
            label, value = (word, line.strip(), number), []
        elif label is not None:
            value.append((number, line))
    close()
    return pairs if _is_record(pairs) else []


def read_records(pairs: Sequence[Pair], source: Source) -> None:
    """Read label/value *pairs* into *source*: a task at each text label."""
    entry: Entry | None = None
    for pair in pairs:
        kind = _kind(pair.label)
        if kind == "text":
            entry = Entry(where=pair.where, text=Field(pair.value, pair.where))
            if m := _NUMBERED.match(pair.value):
                entry.number = Field(m[1], pair.where)
                entry.text = Field(m[2], pair.where)
            entry.lines += [n for n in (pair.label_line, pair.where.line) if n is not None]
            source.add_entry(entry)
            source.note(pair.where, FindingKind.RECORD_LABEL, pair.value, {"label": pair.printed})
            continue
        if entry is None:
            continue
        entry.lines += [n for n in (pair.label_line, pair.where.line) if n is not None]
        if kind == "units":
            entry.units.append((UNIT_WORDS[pair.label], Field(pair.value, pair.where)))
        elif kind == "deadline" and entry.deadline is None:
            entry.deadline = Field(pair.value, pair.where)
        elif kind == "people":
            values = {"label": pair.label, "names": pair.value}
            source.note(pair.where, FindingKind.PEOPLE_NAMED, pair.value, values)
        else:
            values = {"label": pair.printed}
            source.note(pair.where, FindingKind.RECORD_LABEL_NOT_READ, pair.value, values)


def forget_reading_as_prose(pairs: Sequence[Pair], source: Source) -> None:
    """Take back what reading a text of task cards as prose said of their lines.

    From the first label on, the lines are the cards': no title (a label taken as one,
    and its doubt) and no preamble.
    """
    first = min((p.label_line for p in pairs if p.label_line is not None), default=None)
    if first is None:
        return

    def theirs(where: Location) -> bool:
        return where.line is not None and where.line >= first

    prose = {FindingKind.TITLE_LINE, FindingKind.PREAMBLE, FindingKind.TITLE_FROM_NOTICE}
    titled = [n.where for n in source.notes if n.kind in prose - {FindingKind.PREAMBLE}]
    # A doubted title has no note, only its problem (text._read_title).
    titled += [p.where for p in source.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    if titled and all(theirs(where) for where in titled):
        source.title = ""
        source.problems = [p for p in source.problems if p.kind is not FindingKind.DOUBTFUL_TITLE]
    source.notes = [n for n in source.notes if not (n.kind in prose and theirs(n.where))]


#: Words a list prints where a deadline stands that no date or kind of deadline reads
#: (长期, 常态化, 年内, 全年), alone or with a verb of doing (持续开展): a deadline's form,
#: never a unit's name.
_DEADLINE_WORD = re.compile(
    # A time word before 持续 or 长期 (年内持续推进: trial20/03's bracket) is one such word.
    "(?:(?:年内|本年内|全年|当年)(?=持续|长期))?"
    "(?:长期|持续|常态化|年内|本年内|年度内|全年|当年|适时|定期|每年|逐年|分年度|分阶段|近期|中长期)"
    "(?:推进|实施|开展|坚持|落实|完成|执行|进行)?"
)


def deadline_form(text: str) -> bool:
    """Whether *text*, printed alone, is a deadline's form (2024年底前, 持续推进, 长期, 年内)."""
    compact = "".join(text.split()).rstrip("。；;，,")
    return bool(_DEADLINE_WORD.fullmatch(compact)) or reads_as_deadline(compact)


def reads_as_deadline(text: str) -> bool:
    """Whether a cell's *text* reads as a deadline (2024年底前, 持续推进), printed alone."""
    if not text.strip():
        return False
    try:
        Deadline.parse(text)
    except InvalidDeadlineError:
        return False
    return True
