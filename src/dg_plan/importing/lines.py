"""Text lines: what each line of a list is, before the lines are gathered into tasks.

A numbered item (1. …), a sub-item ((1) …), a labelled line (牵头单位：…), the
lines of a covering notice's attachment list (附件：1.X / 2.Y), and the lines a
printed line holds (an item printing its sub-items, two items on one line), each
cleaned of Markdown marks. :mod:`.text` reads the lines so classified.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re

from dg_plan._grammar import numeral
from dg_plan._vocabulary import (
    HEADERS,
    PEOPLE_HEADERS,
    PROGRESS_LABELS,
    organisation_endings,
    read_traditional,
)

from .attributions import ending_attribution, unit_label
from .doubts import HEADER_ALONE, HEADING_READ, NOT_A_TASK, TITLE_READ, without_glosses
from .findings import FindingKind
from .locations import Location
from .source import (
    DEADLINE_WORDS,
    PART,
    SUBSECTION,
    TEXT_WORDS,
    UNIT_WORDS,
    Source,
)

# A numbered item: 1. 1． 1、 and 1﹒ (the small full stop some pages print). A line that
# opens with a date printed with dots, day first or year first (a news item's dateline,
# 13.03.2015  07:51: trial20/01), is no item: its first number is no item's.
ITEM = re.compile(
    r"^(?![0-9]{1,2}[.．][0-9]{1,2}[.．][0-9]{2,4}(?![0-9])"
    r"|[0-9]{4}[.．][0-9]{1,2}[.．][0-9]{1,2}(?![0-9]))"
    r"([0-9]{1,5})\s*[.．、﹒]\s*(.+)$"
)

# An item's number where a copy runs items on in a line (after a bracket, a full stop or a
# space): 1. 1． 1﹒ not followed by a digit (1.5 is a decimal), or 1、, which no decimal
# prints, whatever follows it (1、2022年…, an item opening with a year: trial13/04).
_NUMBER_MARK = r"[0-9]{1,5}\s*(?:[.．﹒](?![0-9])|、)"

# A sub-item of a numbered item: (1)…, （2）….
SUB_ITEM = re.compile(r"^[（(]([0-9]{1,2})[)）]\s*(.+)$")

# A sub-item's number printed inside its item's line, after a full stop or a closing
# bracket (1.深化商事制度改革。(1)全面落实…（…牵头负责）(2)完善…).
_INLINE_SUB_ITEM = re.compile(r"(?<=[。；;）)])[（(]([0-9]{1,2})[)）]")

_LABELLED = re.compile(
    r"^("
    + "|".join(sorted((*UNIT_WORDS, *DEADLINE_WORDS, *PEOPLE_HEADERS), key=len, reverse=True))
    + r")\s*[：:]\s*(.*)$"
)

# A label after a space, inside a labelled line: the line holds several labelled parts
# (牵头领导：张三 牵头单位：市发改委  完成时限：2024年底前). A deadline label after a
# semicolon or a comma ends the units before it as well (责任单位：X；完成时限：2025年
# 12月底前), as it does inside an attribution's bracket: its value is the deadline.
NEXT_LABEL = re.compile(
    r"[ \t\u3000]+(?=(?:"
    + "|".join(sorted((*UNIT_WORDS, *DEADLINE_WORDS, *PEOPLE_HEADERS), key=len, reverse=True))
    + r")\s*[：:])"
    + r"|[；;，,]\s*(?=(?:"
    + "|".join(sorted(DEADLINE_WORDS, key=len, reverse=True))
    + r")\s*[：:])"
    # 责任领导：张三；责任单位：X；配合单位：Y。 (trial20/08): a ； before any label separates
    # it, as a bracket's ； separates its labels ([牵头单位：…；责任单位：…], 11-huangshi).
    + r"|[；;]\s*(?=(?:"
    + "|".join(sorted((*UNIT_WORDS, *PEOPLE_HEADERS), key=len, reverse=True))
    + r")\s*[：:])"
)

# A unit label run on after the task's sentence on the same line, with no bracket
# (…依法處置隱性債務。牽頭單位:省財政廳;責任單位:…): the labels begin a line of their own.
# So does a deadline label run on after the sentence or after the attribution closing it
# (…推动证照互认。（省公安厅牵头，省司法厅配合）完成时限：2025年6月底前): the label the
# importer reads on a line of its own (完成时限：2021年12月31日, trial7/07; 时限要求：持续推进,
# trial3/01), printed without its line break.
_LABEL_RUN_ON = re.compile(
    r"(?<=[。；;])\s*(?=(?:"
    + "|".join(sorted((*UNIT_WORDS, *DEADLINE_WORDS), key=len, reverse=True))
    + r")\s*[：:])"
    + r"|(?<=[）)〕］\]】])[ \t\u3000]*(?=(?:"
    + "|".join(sorted(DEADLINE_WORDS, key=len, reverse=True))
    + r")\s*[：:])"
)

_MARKDOWN = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|>\s*)")

_BOLD = re.compile(r"\*\*|__")


def join_lines(text: str) -> str:
    """*text*'s lines joined: closed up, a space only between two Latin letters or digits.

    A word or a number wrapped keeps its space (``AI`` / ``agent``); anything else closes
    up (``(票決項目)`` / ``新建…``, ``…帶動就業的`` / ``評估機制``). A space printed inside
    a line is kept as printed (力争5年内有 家: a blank the draft left), as a table cell's is.
    """
    text = re.sub(r"(?<=[0-9A-Za-z])[ \t\u3000]*\n\s*(?=[0-9A-Za-z])", " ", text)
    return re.sub(r"[ \t\u3000]*\n\s*", "", text)


def _clean_line(line: str) -> str:
    text = _MARKDOWN.sub("", line.strip())
    return _BOLD.sub("", text).strip()


def labelled_line(line: str) -> tuple[re.Match[str] | None, tuple[tuple[str, str], ...]]:
    """*line* as a labelled line (牵头单位：…), and the words read from traditional characters.

    A line whose label is printed in traditional characters (牽頭單位：…) is read with
    the label and its role words simplified (its names as printed); no other line is.
    """
    if m := _LABELLED.match(line):
        return m, ()
    simplified, found = read_traditional(line)
    if found and (m := _LABELLED.match(simplified)):
        return m, found
    if (m := _SPACED_LABEL.match(line)) and unit_label(label := "".join(m[1].split())):
        # 配 合 部 门 ：X (spaces between the label's characters, trial23/04, as the headers
        # 配 合 部 门 of trial3/06 print them); 牵头协调部门：X, read by its words.
        return _LABEL_BY_WORDS.match(f"{label}：{m[2]}"), ()
    return None, ()


# A line's label the vocabulary may not know, ending as a unit label does, its characters
# maybe printed apart; and the same label closed up.
_SPACED_LABEL = re.compile(
    r"^((?:[\u4e00-\u9fff][ \t\u3000]*){1,8}?(?:单|部|处|科)[ \t\u3000]*(?:位|门|室))"
    r"[ \t\u3000]*[：:][ \t\u3000]*(.*)$"
)
_LABEL_BY_WORDS = re.compile(r"^([\u4e00-\u9fff]+)：(.*)$")


def before_first_task(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines before the first task: a numbered item, a labelled line or an attribution."""
    out = []
    for number, line in lines:
        if ITEM.match(line) or labelled_line(line)[0] or ending_attribution(line) is not None:
            break
        out.append((number, line))
    return out


def numbered_lines(text: str, source: Source) -> list[tuple[int, str]]:
    """The non-blank lines of *text*, cleaned, with their line numbers.

    Inline sub-items and two items printed on one line become lines of their own, each
    with the number of the line that prints it.
    """
    lines = [(n, _clean_line(raw)) for n, raw in enumerate(text.splitlines(), start=1)]
    lines = [(n, line) for n, line in lines if line]
    lines = [(n, part) for n, line in lines for part in _paragraphs_run_on(line)]
    lines = [(n, part) for n, line in lines for part in _labels_run_on(line)]
    lines = [(n, part) for n, line in lines for part in _inline_sub_items(line)]
    return [(n, part) for n, line in lines for part in _items_on_one_line(n, line, source)]


# A space before a part mark (二、), an item's number (2.) or a label of an item's field
# (责任单位:, 牵头领导:, 实际完成情况:): where a copy that lost its line breaks (one
# paragraph a space) begins a new one.
_PARAGRAPH_BREAK = re.compile(
    r"[ \t\u3000]+(?=[一二三四五六七八九十]+、|"
    + _NUMBER_MARK.replace("{1,5}", "{1,3}")
    + r"|(?:"
    + "|".join(sorted((*UNIT_WORDS, *PEOPLE_HEADERS, *PROGRESS_LABELS), key=len, reverse=True))
    + r")\s*[：:])"
)


def _paragraphs_run_on(line: str) -> list[str]:
    """*line*, or, when a list's paragraphs run on in it, one spaced, each paragraph.

    A copy that lost its line breaks prints a notice, its list's headings, items and their
    unit labels on one line, a space between paragraphs (… 一、王丹县长牵头重点工作 1.全县
    生产总值增长7.5%左右;…缩小。 责任单位:县发改局、… 2.落实…。 责任单位:县财政局 二、…).
    Taken apart at each space before a part mark, an item's number or a unit label, only
    where two items or more each end in a full stop and are followed by their own unit
    label (every item closed so): the line then reads as the lines it lost.
    """
    parts = _PARAGRAPH_BREAK.split(line)
    items = [i for i, part in enumerate(parts) if ITEM.match(part)]
    if len(items) < 2 or not all(
        parts[i].rstrip().endswith(("。", "；", ";", "."))
        and (_labelled_after(parts, i) or _closed_by_attribution(parts[i]))
        for i in items
    ):
        return [line]
    return [part.strip() for part in parts if part.strip()]


def _closed_by_attribution(part: str) -> bool:
    """Whether the item *part* ends in its own attribution, its full stop before or after it.

    1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。 2、… (trial19/02,
    a notice and its items run on in one line, each item closed by a bracket of unit names)
    reads as trial10/05's items followed by their unit labels do.
    """
    m = ITEM.match(part.strip())
    return m is not None and ending_attribution(m[2], after_stop=True) is not None


def _labelled_after(parts: list[str], item: int) -> bool:
    """Whether the parts after *parts[item]* are its labelled fields, a unit label among them.

    The item's unit label may follow the label of a person (牵头领导：林静国 责任单位：…,
    trial11/02, as trial11/04 prints 牵头领导： on a line of its own above 牵头单位：).
    """
    for part in parts[item + 1 :]:
        m = labelled_line(part)[0]
        if m is None:
            return False
        if unit_label(m[1]) is not None:
            return True
        if m[1] not in PEOPLE_HEADERS:
            return False
    return False


def _labels_run_on(line: str) -> list[str]:
    """*line*, or, when unit labels run on after its sentence, the sentence and the labels.

    1、規范政府舉債行為…依法處置隱性債務。牽頭單位:省財政廳;責任單位:… (trial8/07) prints
    a numbered item's labelled lines on its own line, after its full stop: they are read
    as labelled lines, as they are on lines of their own. Labels printed in traditional
    characters are seen too (the words are read one for one, so places match).
    """
    if not starts_block(line):
        return [line]
    simplified, _ = read_traditional(line)
    for m in _LABEL_RUN_ON.finditer(simplified):
        head = line[: m.start()]
        opened = sum(head.count(c) for c in "（(〔［[【")
        closed = sum(head.count(c) for c in "）)〕］]】")
        if head.strip() and opened == closed:  # not inside a bracket ((牵头单位:X;责任单位:Y))
            return [head.rstrip(), line[m.end() :]]
    return [line]


# A covering notice's list of its attachments: 附件：1.X, then 2.Y, 3.Z on lines of their own.
_ATTACHMENT_LIST = re.compile(r"^附件\s*[:：]\s*1\s*[.．、]")


def attachment_list(lines: list[tuple[int, str]]) -> frozenset[int]:
    """The lines of a covering notice's attachment list (附件：1.X / 2.Y): names, not tasks.

    The list opens with 附件：1.; each following line numbered next (2., 3.) and ending
    in no attribution continues it (01-qinxian-zfgzbg, 07-huzhou-zhongdian).
    """
    out: set[int] = set()
    expect = 0
    for number, line in lines:
        if _ATTACHMENT_LIST.match(line):
            out.add(number)
            expect = 2
            continue
        m = ITEM.match(line)
        if expect and m and int(m[1]) == expect and ending_attribution(line) is None:
            out.add(number)
            expect += 1
            continue
        expect = 0
    return frozenset(out)


def _inline_sub_items(line: str) -> list[str]:
    """*line*, or, when it is a numbered item printing its sub-items, the item and each sub-item.

    Taken apart only when the sub-items are numbered (1), (2) … in order after a first
    sentence and each ends in an attribution of its own: 1.深化商事制度改革。(1)全面落实
    …（市工商质监局牵头负责）(2)完善…（市工商质监局牵头负责）.
    """
    if not ITEM.match(line):
        return [line]
    marks = list(_INLINE_SUB_ITEM.finditer(line))
    if not marks or [int(m[1]) for m in marks] != list(range(1, len(marks) + 1)):
        return [line]
    starts = [m.start() for m in marks]
    parts = [line[a:b] for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    if not all(ending_attribution(part) is not None for part in parts):
        return [line]
    return [line[: starts[0]].rstrip(), *parts]


# The mark of a numbered item or subsection after a closing bracket, in a line (…（X负责）
# （二）… or …（Y协办）2.…): where the line may print its next item.
_NEXT_MARK = re.compile(
    r"(?<=[）)〕］\]】])[。；;]?\s*(?=([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|"
    + _NUMBER_MARK
    + r"))"
)


def _mark_number(line: str) -> tuple[str, int] | None:
    """The kind (``item`` or ``subsection``) and number of the mark *line* starts with."""
    if m := ITEM.match(line):
        return "item", int(m[1])
    if m := SUBSECTION.match(line):
        numbers = {numeral(n): n for n in range(1, 100)}
        if m[1] in numbers:
            return "subsection", numbers[m[1]]
    return None


def _items_on_one_line(number: int, line: str, source: Source) -> list[str]:
    """*line*, or, when it prints two numbered items, each item (noted).

    Taken apart only where an item closed by its own attribution is followed, on the
    same line, by the next number of the same kind: (一)…(省发改委负责)(二)…(省财政厅主办，
    …协办), 1.…(…协办)2.…(…协办). The next item is read as a line of its own.
    """
    own = _mark_number(line)
    if own is None:
        return _first_item_run_on(number, line, source)
    for m in _NEXT_MARK.finditer(line):
        rest = line[m.end() :]
        heading = ""
        if _mark_number(rest) != (own[0], own[1] + 1):
            heading = _heading_before(rest, own)
            if not heading:
                continue
        first = line[: m.end()].rstrip()
        if ending_attribution(first) is None:
            continue
        after = rest[len(heading) :]
        values = {"label": _mark_label(after) if heading else m[1]}
        source.note(Location(source.file, line=number), FindingKind.ITEMS_ON_ONE_LINE, line, values)
        return [
            first,
            *([heading.strip()] if heading else []),
            *_items_on_one_line(number, after, source),
        ]
    return [line]


def _mark_label(line: str) -> str:
    """The item number *line* opens with, as printed (5、)."""
    m = re.match(r"[0-9]{1,5}\s*[.．、﹒]", line)
    return m[0] if m else ""


def _heading_before(rest: str, own: tuple[str, int]) -> str:
    """The heading *rest* opens with, when the next item (after *own*) follows it on the line.

    1、…（X负责）(二)提高…水平。5、…（Y负责）: a copy that lost its line breaks runs the next
    subsection's (or part's) heading on between item 4 and item 5; the heading ends at its
    sentence's end, where item 5's number begins, and holds no attribution. ``""``: none.
    """
    if own[0] != "item" or not (PART.match(rest) or SUBSECTION.match(rest)):
        return ""
    mark = re.compile(r"(?<=[。；;：:])\s*(?=" + str(own[1] + 1) + r"\s*(?:[.．﹒](?![0-9])|、))")
    m = mark.search(rest)
    if m is None:
        return ""
    heading = rest[: m.end()]
    return "" if ending_attribution(heading.strip()) is not None else heading


def starts_block(line: str) -> bool:
    """Whether *line* opens a block: a numbered item, a part or a subsection heading."""
    return bool(ITEM.match(line) or PART.match(line) or SUBSECTION.match(line))


# The first subsection or item, run on after a heading or a lead-in on its line: after a
# full stop or a space (一、X 积极落实…。 (一)…).
_FIRST_MARK = re.compile(
    r"(?:(?<=[。；;：:])\s*|\s+)(?=[（(]一[)）]|" + _NUMBER_MARK.replace("[0-9]{1,5}", "1") + ")"
)


def _first_item_run_on(number: int, line: str, source: Source) -> list[str]:
    """*line*, or, when a heading runs on into its first items, the heading and each item.

    A copy that lost its line breaks prints a part heading, its lead-in sentence and its
    items on one line (一、发挥数字政府牵引驱动作用… 积极落实…。 (一)…(X、Y牵头) (二)…(X牵头)):
    the line is taken apart before the first item ((一) or 1.) only where that item
    closes in an attribution of its own before the next one; then each item is a line
    of its own, as :func:`_items_on_one_line` reads them (noted).
    """
    for m in _FIRST_MARK.finditer(line):
        rest = line[m.end() :]
        items = _items_on_one_line(number, rest, source)
        if ending_attribution(items[0]) is None:
            continue
        head = line[: m.start()].rstrip()
        if not head:
            return items
        values = {"label": rest[:3] if rest.startswith(("（", "(")) else "1."}
        source.note(Location(source.file, line=number), FindingKind.ITEMS_ON_ONE_LINE, line, values)
        return [head, *items]
    return [line]


def over_labels(lines: list[tuple[int, str]]) -> frozenset[int]:
    """The lines that are an unnumbered sentence printed over its own labelled lines.

    A line ending in a full stop, no label, number or attribution of its own, followed by
    labelled lines (people labels allowed) among which a unit label is: the task's
    fields, printed one a line under its text.
    """
    out = set()
    for i, (number, line) in enumerate(lines[:-1]):
        if not line.rstrip().endswith("。") or ITEM.match(line) or labelled_line(line)[0]:
            continue
        if ending_attribution(line) is not None:
            continue
        for _, after in lines[i + 1 :]:
            m = labelled_line(after)[0]
            if m is None and _PEOPLE_LABEL.match(without_glosses(after)):
                continue  # 主管領導：劉東, 主要責任人：毛杰: people, the card's own field
            if m is None or m[1] in DEADLINE_WORDS:
                break
            if unit_label(m[1]) is not None:
                out.add(number)
                break
    return frozenset(out)


# A label naming people (主管领导：, 主要责任人：), known or not (a copy's pinyin gloss
# inside it read through): read through, to find the unit label under a task's text.
_PEOPLE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:领导|領導|责任人|責任人)\s*[：:]")


def wrapped_label(number: int, line: str, labelled: list[tuple[int, str, str]]) -> bool:
    """Whether *line* goes on with the unit label on the line above, wrapped by a copy.

    协办单位：区委编办、园区党工 / 委、各街道党工委 (trial20/04, a PDF's lines): a line
    right under a unit label's line, no task, label or sentence, whose names after the
    first end as an organisation's do, is the label's list wrapped: joined to it with
    nothing between (the break fell inside 园区党工委). It used to be joined into the
    task's text, the unit cut at the break, with no problem.
    """
    if not labelled or labelled[-1][0] != number - 1:
        return False
    at, label, value = labelled[-1]
    compact = "".join(line.split()).rstrip("。")
    items = compact.split("、")
    if (
        unit_label(label) is None
        or not compact
        or len(items) < 2
        or any(c in compact for c in "。：:；;，,（()）")
        or ITEM.match(line)
        or PART.match(line)
        or SUBSECTION.match(line)
        or not all(i.endswith(organisation_endings()) for i in items[1:])
    ):
        return False
    labelled[-1] = (at, label, value + compact)
    return True


def why_no_task(line: str, title: bool) -> str:
    """Why *line*, in a file without tasks or candidates, is no task (doubts' reasons)."""
    compact = "".join(line.split())
    if compact in HEADERS or compact in TEXT_WORDS or compact in DEADLINE_WORDS:
        return HEADER_ALONE
    if title:
        return TITLE_READ
    if PART.match(line) or SUBSECTION.match(line):
        return HEADING_READ
    return NOT_A_TASK
