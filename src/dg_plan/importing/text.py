"""Text: a list as lines, with headings, numbered items, inline attributions and labelled lines.

:func:`read_lines` reads ``.txt`` and ``.md`` files and text in memory into a
:class:`~.source.Source`: a part (一、…) or subsection (（一）…) line is a heading
unless it carries an attribution (（省大数据局牵头；2024年底前）) or labelled lines
(牵头单位：…), which make it a task; a numbered item (1. …) is a task, unless its
sub-items ((1) …, on lines of their own or in its line) each end in an attribution or
labelled lines of their own: then they are the tasks, and the item their heading.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re

import attrs

from dg_plan._deadline import Deadline
from dg_plan._errors import InvalidDeadlineError, PlanImportError
from dg_plan._grammar import LABEL_BREAK, numeral, parse_units
from dg_plan._notes import Note, NoteKind
from dg_plan._vocabulary import (
    HEADERS,
    ORGANISATION_ENDINGS,
    PEOPLE_HEADERS,
    STANDING_NOTES,
    Role,
    organisation_endings,
    read_traditional,
    role_words_pattern,
    traditional_form,
)

from .doubts import (
    DATE_FORM,
    FIRST_LINES,
    HEADER_ALONE,
    HEADING_READ,
    NOT_A_TASK,
    READ_AS_HEADING,
    TITLE_READ,
    attribution_form,
    candidate_reason,
    doubtful_unit,
    unit_attribution_form,
)
from .findings import FindingKind
from .locations import Location
from .records import forget_reading_as_prose, from_lines, read_records
from .source import (
    ATTACHMENT,
    DEADLINE_WORDS,
    PART,
    STATED_LEAD,
    SUBSECTION,
    TEXT_WORDS,
    UNIT_WORDS,
    Entry,
    Field,
    Source,
    read_heading,
)
from .titles import doubtful_title, find_title

# A numbered item: 1. 1． 1、 and 1﹒ (the small full stop some pages print).
_ITEM = re.compile(r"^([0-9]{1,5})\s*[.．、﹒]\s*(.+)$")
# A sub-item of a numbered item: (1)…, （2）….
_SUB_ITEM = re.compile(r"^[（(]([0-9]{1,2})[)）]\s*(.+)$")
# A sub-item's number printed inside its item's line, after a full stop or a closing
# bracket (1.深化商事制度改革。(1)全面落实…（…牵头负责）(2)完善…).
_INLINE_SUB_ITEM = re.compile(r"(?<=[。；;）)])[（(]([0-9]{1,2})[)）]")
# A sub-item's number anywhere in a task's text.
_SUB_ITEM_MARK = re.compile(r"[（(][0-9]{1,2}[)）]")
_LABELLED = re.compile(
    r"^("
    + "|".join(sorted((*UNIT_WORDS, *DEADLINE_WORDS, *PEOPLE_HEADERS), key=len, reverse=True))
    + r")\s*[：:]\s*(.*)$"
)
_ROLE_WORDS = role_words_pattern()
# Attribution brackets, each opener with its closer: （）() 〔〕 ［］[] 【】.
_CLOSERS = {"）": "（", ")": "(", "〕": "〔", "］": "［", "]": "[", "】": "【"}
_OPENERS = {v: k for k, v in _CLOSERS.items()}
# (Also in traditional characters: 不再單獨列出.)
_STANDING = re.compile(
    "|".join(sorted({*STANDING_NOTES, *(traditional_form(n) for n in STANDING_NOTES)}))
)
# The units a standing note names: 以下…均需X落实，… / 具体任务均涉及X，…
_STANDING_UNITS = re.compile(r"(?:均需|均涉及|均由|需)(.+?)(?:落实|负责|实施)?(?=[，,。]|$)")
# A label after a space, inside a labelled line: the line holds several labelled parts
# (牵头领导：张三 牵头单位：市发改委  完成时限：2024年底前).
_NEXT_LABEL = re.compile(
    r"[ \t\u3000]+(?=(?:"
    + "|".join(sorted((*UNIT_WORDS, *DEADLINE_WORDS, *PEOPLE_HEADERS), key=len, reverse=True))
    + r")\s*[：:])"
)
# A deadline label inside an attribution ((牵头单位:X;完成时限:2024年底前)): the deadline.
_DEADLINE_LABEL = re.compile(
    "^(?:" + "|".join(sorted(DEADLINE_WORDS, key=len, reverse=True)) + r")\s*[：:]\s*"
)
# A people label inside an attribution ((责任领导:杜新国;牵头单位:区发改局)): a note.
_PEOPLE = re.compile(
    "^(" + "|".join(sorted(PEOPLE_HEADERS, key=len, reverse=True)) + r")\s*[：:]\s*(.*)$"
)
_MARKDOWN = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|>\s*)")
_BOLD = re.compile(r"\*\*|__")


def decode(data: bytes, encoding: str | None, source: Source) -> str:
    """The text of a file's *data*: in *encoding*, or UTF-8, or else GB18030 (noted).

    Raises:
        PlanImportError: The bytes are not text in the encoding asked for (or, without
            one, in UTF-8 or GB18030).
    """
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            if encoding is not None:
                raise
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            values = {"encoding": encoding or "UTF-8", "reason": exc.reason}
            source.problem(Location(source.file), FindingKind.NOT_TEXT, values=values)
            raise PlanImportError(source.problems, source.file) from None
        source.note(Location(source.file), FindingKind.READ_AS_GB18030)
        return text


@attrs.define
class _Block:
    kind: str  # "part", "subsection", "item", "sub-item"
    label: str
    first: str
    line: int
    printed: str = ""  # a sub-item's line as printed (kept, should it join its item)
    lines: list[tuple[int, str]] = attrs.field(factory=list)
    labelled: list[tuple[int, str, str]] = attrs.field(factory=list)
    first_leads: bool = False
    # The units a part heading names as the lead of the tasks under it (X牵头工作): the
    # heading's line and the units as printed.
    heading_lead: tuple[int, str] | None = None
    # Words printed in traditional characters, read simplified: (line, printed, read).
    traditional: list[tuple[int, str, str]] = attrs.field(factory=list)
    # How many sub-items (1), (2) … were read into this item under one attribution.
    shared_sub_items: int = 0
    # A part heading that names its tasks' lead in a closing bracket ((由X牵头实施)): a
    # heading, never a task; the lines under it are its statement, not task text.
    heading_only: bool = False
    # The heading as printed, when its bracket names the lead without 由 ((区科技局牵
    # 头)): a heading only if numbered items or subsections follow it.
    unsure_lead: str = ""


def _clean_line(line: str) -> str:
    text = _MARKDOWN.sub("", line.strip())
    return _BOLD.sub("", text).strip()


def _labelled(line: str) -> tuple[re.Match[str] | None, tuple[tuple[str, str], ...]]:
    """*line* as a labelled line (牵头单位：…), and the words read from traditional characters.

    A line whose label is printed in traditional characters (牽頭單位：…) is read with
    the label and its role words simplified (its names as printed); no other line is.
    """
    if m := _LABELLED.match(line):
        return m, ()
    simplified, found = read_traditional(line)
    if found and (m := _LABELLED.match(simplified)):
        return m, found
    return None, ()


@attrs.frozen
class _Found:
    """An attribution ending a paragraph: where it opens, its text as printed and as read.

    *read* holds its role words simplified when they are printed in traditional
    characters (（市財政局牽頭）), each in *simplified*: (as printed, as read).
    """

    start: int
    printed: str
    read: str
    simplified: tuple[tuple[str, str], ...]


def _attribution(
    body: str, *, names_alone: bool = False, after_stop: bool = False
) -> _Found | None:
    """The attribution that ends *body*, if its bracket holds a role word.

    With *names_alone* (a stated lead rule in force), a bracket of unit names alone
    is one too; with *after_stop* (a numbered item or subsection), so is a bracket of
    unit names alone that closes a measure after its full stop (…發展。(市工信委、市財政局)).
    """
    if (found := final_bracket(body)) is None:
        return None
    text, simplified = read_traditional(found[1])
    closes = after_stop and body[: found[0]].rstrip().endswith("。")
    if not (_ROLE_WORDS.search(text) or ((names_alone or closes) and _names_only(text))):
        return None
    return _Found(found[0], found[1], text, simplified)


def _before_first_task(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines before the first task: a numbered item, a labelled line or an attribution."""
    out = []
    for number, line in lines:
        if _ITEM.match(line) or _labelled(line)[0] or _attribution(line) is not None:
            break
        out.append((number, line))
    return out


def _read_title(lines: list[tuple[int, str]], source: Source) -> tuple[int, frozenset[int]]:
    """Find the title (:mod:`.titles`).

    Returns the line the covering notice ends on (0: none) and the title's lines.
    """
    title = find_title(_before_first_task(lines))
    if title is None:
        return 0, frozenset()
    source.title = title.text
    if word := doubtful_title(title.text):
        # 和市政府工作报告…: the second half of a title, its first half not found.
        where = Location(source.file, line=min(title.lines))
        values = {"title": title.text, "word": word, "line": str(min(title.lines))}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    elif title.rule == "first":
        # The last-resort rule: a line that is no sentence (a heading, a caption?).
        (number,) = title.lines
        where = Location(source.file, line=number)
        values = {"title": title.text, "line": str(number)}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    kind = FindingKind.TITLE_FROM_NOTICE if title.rule == "named" else FindingKind.TITLE_LINE
    printed = dict(lines)
    for number in title.lines:
        where = Location(source.file, line=number)
        source.note(
            where,
            kind,
            printed[number],
            {"title": title.text} if kind is FindingKind.TITLE_FROM_NOTICE else {},
        )
    if title.number:
        where = Location(source.file, line=max(title.lines))
        values = {"number": title.number}
        source.note(where, FindingKind.TITLE_NUMBER_DROPPED, printed[max(title.lines)], values)
    return (max(title.lines) if title.rule == "line" else 0), frozenset(title.lines)


def _numbered_lines(text: str, source: Source) -> list[tuple[int, str]]:
    """The non-blank lines of *text*, cleaned, with their line numbers.

    Inline sub-items and two items printed on one line become lines of their own, each
    with the number of the line that prints it.
    """
    lines = [(n, _clean_line(raw)) for n, raw in enumerate(text.splitlines(), start=1)]
    lines = [(n, line) for n, line in lines if line]
    lines = [(n, part) for n, line in lines for part in _inline_sub_items(line)]
    return [(n, part) for n, line in lines for part in _items_on_one_line(n, line, source)]


def read_lines(text: str, source: Source) -> None:
    """Read *text*, line by line, into *source*."""
    blocks: list[_Block] = []
    lines = _numbered_lines(text, source)
    listed = _attachment_list(lines)
    notice_ends, title_lines = _read_title([(n, x) for n, x in lines if n not in listed], source)
    heading_lead: tuple[int, str] | None = None
    for number, line in lines:
        where = Location(source.file, line=number)
        if number in title_lines:
            continue
        if number in listed:
            source.note(where, FindingKind.PREAMBLE, line)
            continue
        if number < notice_ends:
            # The covering notice above the title line: its 一、二、 are no headings.
            if ATTACHMENT.match("".join(line.split())) and not source.attachment:
                source.attachment = "".join(line.split())
                source.note(where, FindingKind.ATTACHMENT_LABEL, line)
            else:
                source.states_lead_rule(where, line)
                _unread_line(where, line, source)
            continue
        if _read_labelled_line(number, line, blocks, source):
            continue
        if source.states_lead_rule(where, line) and blocks:
            if not _starts_block(line) and not _ends_in_attribution(line):
                continue  # a note between tasks (注：排在第一位的为牵头单位), not task text
            blocks[-1].first_leads = blocks[-1].first_leads or not _starts_block(line)
        compact = "".join(line.split())
        first_leads = source.first_leads
        if m := _ITEM.match(line):
            item = _Block("item", m[1], m[2].strip(), number, first_leads=first_leads)
            blocks.append(attrs.evolve(item, heading_lead=heading_lead))
        elif m := PART.match(line):
            blocks.append(_part(number, m, first_leads))
            heading_lead = blocks[-1].heading_lead
        elif m := SUBSECTION.match(line):
            blocks.append(
                _Block("subsection", f"（{m[1]}）", m[2].strip(), number, first_leads=first_leads)
            )
        elif (m := _SUB_ITEM.match(line)) and _next_sub_item(blocks, int(m[1])):
            block = _Block("sub-item", f"({m[1]})", m[2].strip(), number, printed=line)
            block.first_leads = first_leads
            blocks.append(block)
        elif not blocks and ATTACHMENT.match(compact) and not source.attachment:
            source.attachment = compact
            source.note(where, FindingKind.ATTACHMENT_LABEL, line)
        elif blocks:
            blocks[-1].lines.append((number, line))
        else:
            _unread_line(where, line, source)
    for block in _sub_items(blocks, source):
        _read_block(block, source)
    if not source.entries:
        _no_task(lines, title_lines, source)


def _no_task(lines: list[tuple[int, str]], title_lines: frozenset[int], source: Source) -> None:
    """A text that gave no task: task cards, or why each of the first lines is none."""
    if pairs := from_lines(lines, source.file):
        # A task card per task: labels alone on their lines (具体任务 / … / 责任单位 /
        # …), as a label/value table flattened one cell a line prints.
        forget_reading_as_prose(pairs, source)
        read_records(pairs, source)
        source.candidates.clear()
        return
    if not source.candidates:
        # Nothing could have been a task: say why each of the first lines is none.
        for number, line in lines[:FIRST_LINES]:
            source.first_lines.append((number, line, _why_no_task(line, number in title_lines)))


def _why_no_task(line: str, title: bool) -> str:
    """Why *line*, in a file without tasks or candidates, is no task (doubts' reasons)."""
    compact = "".join(line.split())
    if compact in HEADERS or compact in TEXT_WORDS or compact in DEADLINE_WORDS:
        return HEADER_ALONE
    if title:
        return TITLE_READ
    if PART.match(line) or SUBSECTION.match(line):
        return HEADING_READ
    return NOT_A_TASK


# A part heading naming the lead of the tasks under it: 县示范区管委会牵头工作(8项).
_HEADING_LEAD = re.compile(r"^(.+?)牵头(?:重点)?工作(?:[（(]\d+项[)）])?$")


def _lead_of_heading(number: int, title: str) -> tuple[int, str] | None:
    """The units a part heading on line *number* names as its tasks' lead (X牵头工作), if any.

    Only unit names lead (县示范区管委会牵头工作(8项), 01-qinxian-zfgzbg); a person does not
    (王宏副市长牵头重点工作, 31-hangzhou-shejiang).
    """
    lead = _HEADING_LEAD.match("".join(title.split()))
    return (number, lead[1]) if lead and _names_only(lead[1]) else None


# The lead a part heading names in its closing bracket: (由县发改局牵头实施), (由X牵头).
_LEAD_BRACKET = re.compile(r"^(由)?(.+?)牵头(?:实施|负责|落实)?$")
# The same bracket with its opening lost: 扩大有效投资政策由市经济发展局牵头实施).
_LEAD_UNOPENED = re.compile(r"^([^（(]+?)由([^（()）]+?)牵头(?:实施|负责|落实)?[)）]$")


def _part(number: int, m: re.Match[str], first_leads: bool) -> _Block:
    """The block of a part heading on line *number* (*m*: :data:`PART`'s match).

    Its ``heading_lead`` is the lead it names for the tasks under it (X牵头工作, or a
    closing bracket (由X牵头实施), which makes it a heading only).
    """
    title, lead, sure = _heading_lead_bracket(number, m[2].strip())
    block = _Block("part", m[1], title, number, first_leads=first_leads)
    block.heading_only = lead is not None
    block.unsure_lead = "" if sure else m[2].strip()
    block.heading_lead = lead or _lead_of_heading(number, m[2])
    return block


def _settle_heading_leads(blocks: list[_Block]) -> None:
    """Keep a part heading's (X牵头) lead only where numbered items or subsections follow.

    一、强化科技创新(区科技局牵头) over (一)… names its part's lead; a part line closing
    in (X牵头) with nothing numbered under it is a task, as it always was.
    """
    for i, block in enumerate(blocks):
        if not (block.heading_only and block.unsure_lead):
            continue
        after = blocks[i + 1].kind if i + 1 < len(blocks) else ""
        if after not in {"item", "subsection"}:
            block.first, block.heading_only, block.heading_lead = block.unsure_lead, False, None


def _heading_lead_bracket(number: int, title: str) -> tuple[str, tuple[int, str] | None, bool]:
    """A part heading's title without the bracket naming its tasks' lead, and that lead.

    The third value says whether the heading names it surely (由X牵头实施).
    一、扩大有效投资政策(由县发改局牵头实施) (11-cangnan-zhengce), and the same with its
    opening bracket lost, 一、扩大有效投资政策由市经济发展局牵头实施) (12-longgang-zhengce):
    the part's tasks are led by 县发改局 and 市经济发展局. Without 由, a title with no full
    stop closing in (X牵头) (一、强化科技创新(区科技局牵头), the same template's 婺城区 page)
    names the lead only if numbered items follow (:func:`_settle_heading_leads`). Only
    unit names lead.
    """
    compact = "".join(title.split())
    found = final_bracket(compact)
    if found is not None and (m := _LEAD_BRACKET.match(found[1])) and _names_only(m[2]):
        head = compact[: found[0]].rstrip()
        if m[1] or "。" not in head:
            return head, (number, m[2]), bool(m[1])
    if found is None and (m := _LEAD_UNOPENED.match(compact)) and _names_only(m[2]):
        return m[1], (number, m[2]), True
    return title, None, True


# A covering notice's list of its attachments: 附件：1.X, then 2.Y, 3.Z on lines of their own.
_ATTACHMENT_LIST = re.compile(r"^附件\s*[:：]\s*1\s*[.．、]")


def _attachment_list(lines: list[tuple[int, str]]) -> frozenset[int]:
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
        m = _ITEM.match(line)
        if expect and m and int(m[1]) == expect and _attribution(line) is None:
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
    if not _ITEM.match(line):
        return [line]
    marks = list(_INLINE_SUB_ITEM.finditer(line))
    if not marks or [int(m[1]) for m in marks] != list(range(1, len(marks) + 1)):
        return [line]
    starts = [m.start() for m in marks]
    parts = [line[a:b] for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    if not all(_attribution(part) is not None for part in parts):
        return [line]
    return [line[: starts[0]].rstrip(), *parts]


# The mark of a numbered item or subsection after a closing bracket, in a line (…（X负责）
# （二）… or …（Y协办）2.…): where the line may print its next item.
_NEXT_MARK = re.compile(
    r"(?<=[）)〕］\]】])[。；;]?\s*(?=([（(][一二三四五六七八九十]+[)）]|[0-9]{1,5}\s*[.．、﹒](?![0-9])))"
)


def _mark_number(line: str) -> tuple[str, int] | None:
    """The kind (``item`` or ``subsection``) and number of the mark *line* starts with."""
    if m := _ITEM.match(line):
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
        return [line]
    for m in _NEXT_MARK.finditer(line):
        rest = line[m.end() :]
        if _mark_number(rest) != (own[0], own[1] + 1):
            continue
        first = line[: m.end()].rstrip()
        if _attribution(first) is None:
            continue
        values = {"label": m[1]}
        source.note(Location(source.file, line=number), FindingKind.ITEMS_ON_ONE_LINE, line, values)
        return [first, *_items_on_one_line(number, rest, source)]
    return [line]


def _next_sub_item(blocks: list[_Block], number: int) -> bool:
    """Whether sub-item *number* follows the last block: (1) after an item, (n+1) after (n)."""
    if not blocks:
        return False
    last = blocks[-1]
    if last.kind == "item":
        return number == 1
    return last.kind == "sub-item" and last.label == f"({number - 1})"


def _attributed(block: _Block) -> bool:
    """Whether *block* has an attribution of its own: labelled lines, or one ending it."""
    body = "".join([block.first, *(line for _, line in block.lines)])
    return bool(block.labelled) or _attribution(body) is not None


def _sub_items(blocks: list[_Block], source: Source) -> list[_Block]:
    """*blocks*, each item's sub-items read as tasks when each has its own attribution.

    A numbered item followed by sub-items (1), (2) … that each end in an attribution or
    carry labelled lines (责任部门：…), while the item has none of its own: the sub-items
    are the tasks and the item is their heading (noted). Otherwise the sub-items are
    lines of their item, as printed (one attribution after the last sub-item closes the
    item, the whole paragraph).
    (A part heading's lead printed without 由 is settled first: _settle_heading_leads.)
    """
    _settle_heading_leads(blocks)
    out: list[_Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        if block.kind != "item":
            out.append(block)
            continue
        subs = []
        while i < len(blocks) and blocks[i].kind == "sub-item":
            subs.append(blocks[i])
            i += 1
        if subs and not _attributed(block) and all(_attributed(s) for s in subs):
            where = Location(source.file, line=block.line)
            source.note(where, FindingKind.SUB_ITEM_HEADING, f"{block.label}、{block.first}")
            out.extend(subs)
            continue
        if len(subs) > 1 and any(_attributed(b) for b in (block, *subs)):
            # One attribution for the item and its sub-items: they are read as one
            # task, and that is doubted (the sub-items may be the tasks).
            block.shared_sub_items = len(subs)
        for sub in subs:
            block.lines += [(sub.line, sub.printed), *sub.lines]
            block.labelled += sub.labelled
            block.traditional += sub.traditional
            block.first_leads = block.first_leads or sub.first_leads
        out.append(block)
    return out


def _read_labelled_line(number: int, line: str, blocks: list[_Block], source: Source) -> bool:
    """Read *line* if it is a labelled line, each of its labelled parts on its own.

    A line may print several labels, a space before each (牵头领导：张三 牵头单位：市发改委
    完成时限：2024年底前): each part is read as a labelled line of its own.
    """
    first, *more = _NEXT_LABEL.split(line)
    if not _read_labelled(number, first, blocks, source):
        return False
    for part in more:
        _read_labelled(number, part, blocks, source)
    return True


def _read_labelled(number: int, line: str, blocks: list[_Block], source: Source) -> bool:
    """Read *line* if it is a labelled line (牵头单位：…), onto the last block."""
    where = Location(source.file, line=number)
    m, read = _labelled(line)
    for printed, simplified in read:
        values = {"printed": printed, "read": simplified}
        source.note(where, FindingKind.READ_AS_SIMPLIFIED, line, values)
        if blocks and m is not None and m[1] not in PEOPLE_HEADERS:
            blocks[-1].traditional.append((number, printed, simplified))
    if m is None:
        return False
    value = m[2].strip().rstrip("。")
    if m[1] in PEOPLE_HEADERS:
        # 牵头负责领导：金力。 names people: a note, never units.
        values = {"label": m[1], "names": value}
        source.note(where, FindingKind.PEOPLE_NAMED, line, values)
    elif blocks:
        # 责任单位：X、Y（列第一位者为牵头或汇总单位，下同）: the rule, stated
        # here, applies from this task on; it is no part of a name.
        value, rule = strip_stated_rule(value)
        if rule and source.states_lead_rule(where, rule):
            blocks[-1].first_leads = True
        blocks[-1].labelled.append((number, m[1], value))
    else:
        source.problem(where, FindingKind.LABELLED_LINE_BEFORE_TASK, line)
    return True


def _unread_line(where: Location, line: str, source: Source) -> None:
    """A line of the preamble: a note, or a problem when it holds an attribution form."""
    source.note(where, FindingKind.PREAMBLE, line)
    if (why := candidate_reason(line)) is not None and where.line is not None:
        source.candidates.append((where.line, why))
    if form := unit_attribution_form(line):
        source.problem(where, FindingKind.ATTRIBUTION_NOT_READ, line, {"form": form})


def _ends_in_attribution(line: str) -> bool:
    """Whether *line* ends in a bracket holding a role word (an attribution)."""
    found = final_bracket(line)
    return found is not None and bool(_ROLE_WORDS.search(found[1]))


def strip_stated_rule(text: str) -> tuple[str, str]:
    """*text* without the lead rule it states, and the rule (``""``: none).

    The rule is a clause of a list (X，Y，排名第一位为牵头单位，下同) or a bracket that
    ends it (X、Y（列第一位者为牵头或汇总单位，下同）); a 下同 beside it is part of
    the rule (it holds for every later task), not a standing note.
    """
    found = final_bracket(text)
    if found is not None and STATED_LEAD.search(found[1]):
        return text[: found[0]].rstrip(), found[1]
    clauses = split_outside_brackets(text, "，,")
    rules = [c for c in clauses if STATED_LEAD.search(c)]
    if not rules:
        return text, ""
    kept = [c for c in clauses if c not in rules and c.strip() not in STANDING_NOTES]
    return "，".join(kept), "，".join(rules)


def _names_only(text: str) -> bool:
    """Whether *text* is a list of unit names only (each ending as an organisation's)."""
    names = parse_units(text).units
    endings = organisation_endings()  # also in traditional characters (市財政局, 州委編辦)
    return bool(names) and all(
        len(name) > 1 and name.endswith(endings) and doubtful_unit(name) is None for name in names
    )


def _starts_block(line: str) -> bool:
    return bool(_ITEM.match(line) or PART.match(line) or SUBSECTION.match(line))


def final_bracket(body: str) -> tuple[int, str] | None:
    """The bracket that ends *body* (a full stop may follow): (where it opens, its text).

    Brackets inside it must balance: （责任单位：各县（市、区）人民政府）,
    [牵头单位：…；责任单位：…各县(市、区)政府] and 〔…〕 are read whole.
    """
    end = len(body.rstrip("。；;.")) - 1
    if end < 0 or body[end] not in _CLOSERS:
        return None
    depth = 0
    for i in range(end, -1, -1):
        char = body[i]
        if char in _CLOSERS:
            depth += 1
        elif char in _OPENERS:
            depth -= 1
            if depth == 0:
                if _CLOSERS[body[end]] not in {
                    char,
                    "（" if char == "(" else "(" if char == "（" else char,
                }:
                    return None
                return i, body[i + 1 : end]
    return None


def _heading(block: _Block, body: str, where: Location, source: Source) -> None:
    """A part or subsection line that is no task: a heading.

    Doubted (a problem) when it holds a full stop inside it or an attribution form.
    """
    heading = read_heading(
        f"{block.label}、{body}" if block.kind == "part" else f"{block.label}{body}", where
    )
    if heading is not None:
        source.add_heading(heading)
        source.note(where, FindingKind.HEADING_LINE, block.first, {"level": str(heading.level)})
    source.candidates.append((block.line, READ_AS_HEADING))
    for number, line in block.lines:
        if (why := candidate_reason(line)) is not None:
            source.candidates.append((number, why))
    if form := attribution_form(body):
        source.problem(where, FindingKind.DOUBTFUL_HEADING, body, {"form": form})
    elif "。" in body.rstrip("。"):
        source.problem(where, FindingKind.DOUBTFUL_HEADING, body)


def _lines_of(block: _Block) -> list[int]:
    """Every line a block was read from: its first, those that continue it, its labels."""
    return [block.line, *(n for n, _ in block.lines), *(n for n, _, _ in block.labelled)]


def _joined(block: _Block) -> str:
    """The text of *block*'s lines, joined into one paragraph."""
    body = "\n".join([block.first, *(line for _, line in block.lines)])
    # (牵头单位:市商务局  责任单位:…): the space between two labels separates them.
    body = LABEL_BREAK.sub("；", body)
    # The lines of a paragraph are joined (closed up between Chinese characters, a
    # space between others); a space printed inside a line is kept as printed (力争5年
    # 内有 家: a blank the draft left), as a table cell's is.
    body = re.sub(r"(?<=[^\x00-\x7f])[ \t\u3000]*\n\s*(?=[^\x00-\x7f])", "", body)
    return re.sub(r"[ \t\u3000]*\n\s*", " ", body).strip()


def _read_block(block: _Block, source: Source) -> None:
    where = Location(source.file, line=block.line)
    body = _joined(block)
    # (Under a stated lead rule, 下同, a bracket of unit names alone is the
    # attribution: (市财政局，市教育局).)
    found = _attribution(
        body,
        names_alone=block.first_leads,
        after_stop=block.kind in {"item", "sub-item", "subsection"},
    )
    if found is not None:
        body = body[: found.start].rstrip()
        last = block.lines[-1][0] if block.lines else block.line
        for printed, read in found.simplified:
            values = {"printed": printed, "read": read}
            at = Location(source.file, line=last)
            source.note(at, FindingKind.READ_AS_SIMPLIFIED, found.printed, values)
            block.traditional.append((last, printed, read))
    if block.heading_only:
        _heading_only(block, where, source)
        return
    is_task = block.kind in {"item", "sub-item"} or found is not None or bool(block.labelled)
    if not is_task:
        _heading(block, body, where, source)
        return
    entry = Entry(
        where=where,
        text=Field(body, where),
        first_leads=block.first_leads,
        lines=_lines_of(block),
    )
    if block.kind == "item":
        entry.number = Field(block.label, where)
    else:
        entry.label = block.label if block.kind != "part" else f"{block.label}、"
        entry.notes.append(Note(NoteKind.PRINTED_LABEL, {"label": entry.label}))
    last_line = block.lines[-1][0] if block.lines else block.line
    entry.notes += [
        Note(NoteKind.READ_AS_SIMPLIFIED, {"printed": printed, "read": read})
        for _, printed, read in block.traditional
    ]
    _doubt_shape(block, entry, body)
    if found is not None:
        at = Location(source.file, line=last_line)
        _read_attribution(found.read, entry, source, at, printed=found.printed)
        # Only the attribution that ends the paragraph is read: another one inside the
        # text is doubted, never left there silently.
        doubt_inner_attributions(entry, body)
    for number, label, value in block.labelled:
        at = Location(source.file, line=number)
        if label in UNIT_WORDS:
            clauses = split_outside_brackets(value, "，,")
            if entry.deadline is None and len(clauses) > 1 and _printed_date(clauses[-1]):
                # 责任单位：X、Y，6月底完成: a date ends the line's units, as in a bracket.
                entry.deadline = Field(clauses[-1].strip(), at)
                value = "，".join(clauses[:-1])  # noqa: PLW2901 - the units, the date read
            if value:
                entry.units.append((UNIT_WORDS[label], Field(value, at)))
        elif entry.deadline is None:
            entry.deadline = Field(value, at)
        else:
            source.problem(at, FindingKind.SECOND_DEADLINE_LINE, value)
    if not body:
        entry.text = Field("", where)
    if not entry.units and block.heading_lead is not None:
        # Under a part heading naming its lead (一、县示范区管委会牵头工作(8项)), a task
        # that prints no unit is led by the units the heading names: doubted.
        line, names = block.heading_lead
        at = Location(source.file, line=line)
        entry.units.append((Role.LEAD, Field(names, at)))
        entry.doubt(at, FindingKind.LEAD_FROM_HEADING, names, {"number": "?", "units": names})
    entry.units.extend(source.standing)
    source.add_entry(entry)


def _heading_only(block: _Block, where: Location, source: Source) -> None:
    """A part heading naming its tasks' lead (一、扩大有效投资政策(由县发改局牵头实施)).

    A heading; the lines under it (the part's target statement) are no task and no part
    of its title.
    """
    _heading(block, block.first, where, source)
    for line_number, line in block.lines:
        source.note(Location(source.file, line=line_number), FindingKind.PREAMBLE, line)


def _doubt_shape(block: _Block, entry: Entry, body: str) -> None:
    """Doubt a task whose paragraph may hold more than one task, or units left in its text.

    Sub-items (1), (2) … read into their item under one attribution (the item and its
    sub-items are one task, the sub-items may be the tasks); a line continuing the text
    that is only unit names (市商务局、市发改委: a table's unit cell flattened into a
    line, not read as units).
    """
    printed = "".join([block.first, *(line for _, line in block.lines)])
    if block.shared_sub_items:
        values = {"number": "?", "count": str(block.shared_sub_items)}
        entry.doubt(entry.where, FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION, printed, values)
    for number, line in block.lines:
        if _unit_names_alone(line) and line in body:
            values = {"number": "?", "names": line}
            at = attrs.evolve(entry.where, line=number)
            entry.doubt(at, FindingKind.UNITS_IN_TEXT, line, values)


def doubt_sub_items(entry: Entry) -> None:
    """Make *entry*'s doubt about sub-items read as one task hold for its text now.

    After a reviewer's split, a part keeps the doubt only while its text still holds two
    or more sub-item numbers ((2)…(3)…).
    """
    kind = FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION
    entry.doubts = [d for d in entry.doubts if d[1] is not kind]
    count = len(_SUB_ITEM_MARK.findall(entry.text.text))
    if count > 1:
        values = {"number": "?", "count": str(count)}
        entry.doubt(entry.where, kind, entry.text.text, values)


def _unit_names_alone(line: str) -> bool:
    """Whether *line* is only unit names: each ends as an organisation's (a bracket after).

    市农业农村局、市商务局(市粮食和物资储备局): names alone, with no role word, no
    full stop and no verb of task text.
    """
    text = line.strip().rstrip("，,、；;")
    if not text or "。" in text or _ROLE_WORDS.search(text) or attribution_form(text):
        return False
    names = parse_units(text).units
    return bool(names) and all(
        len(bare := re.sub(r"[（(][^（()）]*[)）]$", "", name)) > 1
        and bare.endswith(ORGANISATION_ENDINGS)
        and doubtful_unit(bare) is None
        for name in names
    )


def _read_attribution(
    attribution: str, entry: Entry, source: Source, at: Location, *, printed: str
) -> None:
    """Read an inline attribution's clauses: units by role, the deadline, standing notes.

    *attribution* is read (its role words simplified); *printed* is as printed.
    """
    unit_parts = []
    for part in re.split(r"[；;]|。(?=.)", attribution):
        piece = part.strip().rstrip("。")
        if not piece:
            continue
        if (m := _DEADLINE_LABEL.match(piece)) and entry.deadline is None:
            # (牵头单位：X；完成时限：2024年底前): the label's value is the deadline.
            entry.deadline = Field(piece[m.end() :], at)
            continue
        piece, rule = strip_stated_rule(piece)
        if rule:
            # (X，Y，排名第一位为牵头单位，下同): the rule was noted as its line was
            # read; the rest of the clause is units, with no role word of its own.
            entry.first_leads = True
            if piece:
                unit_parts.append(piece)
            continue
        if _STANDING.search(piece):
            _standing_note(piece, entry, source, at)
            continue
        if m := _PEOPLE.match(piece):
            # 责任领导：杜新国 names people: kept (the attribution note), never units.
            values = {"label": m[1], "names": m[2].strip()}
            source.note(at, FindingKind.PEOPLE_NAMED, piece, values)
            continue
        if _ROLE_WORDS.search(piece):
            # A clause of units may end in its deadline after a comma:
            # （X牵头，Y配合，2024年6月底前完成）, （X负责，长期坚持）.
            # So may a clause of labelled units: (牵头单位：X；责任单位：Y，6月底完成);
            # a last clause holding a date (6月底完成) is the deadline as printed, also
            # when it gives no year (a problem then says it is no deadline read).
            clauses = split_outside_brackets(piece, "，,")
            if (
                entry.deadline is None
                and len(clauses) > 1
                and (reads_as_deadline(clauses[-1]) or _printed_date(clauses[-1]))
            ):
                entry.deadline = Field(clauses[-1].strip(), at)
                piece = "，".join(clauses[:-1])
            unit_parts.append(piece)
        elif _names_only(piece):
            # Names alone (under the stated rule, or closing a measure: (市工信委、
            # 市財政局)): units, each by the grammar (RESPONSIBLE with no role word).
            unit_parts.append(piece)
        elif entry.deadline is None:
            entry.deadline = Field(piece, at)
        else:
            unit_parts.append(piece)
    if unit_parts:
        entry.units.append((None, Field("；".join(unit_parts), at)))
    entry.notes.append(Note(NoteKind.INLINE_ATTRIBUTION, {"attribution": printed}))


def _printed_date(text: str) -> bool:
    """Whether *text* is a date printed in a unit list (6月底完成), not a unit's name."""
    return bool(DATE_FORM.search(text)) and not _ROLE_WORDS.search(text)


def doubt_inner_attributions(entry: Entry, text: str) -> None:
    """Make *entry*'s doubts about attributions inside its *text* those *text* holds now."""
    entry.doubts = [d for d in entry.doubts if d[1] is not FindingKind.ATTRIBUTION_IN_TEXT]
    for inner in _inner_attributions(text):
        values = {"number": "?", "attribution": inner}
        entry.doubt(entry.where, FindingKind.ATTRIBUTION_IN_TEXT, inner, values)


def read_own_attribution(entry: Entry, source: Source) -> bool:
    """Read the attribution that now ends *entry*'s text as its own (after a split).

    The part a split leaves before it (甲。（A局牵头）乙。 split at 乙) ends in the
    attribution the paragraph printed for it: the part takes that attribution's units,
    deadline and note in place of the paragraph's, and the attribution leaves its text.
    Returns whether there was one.
    """
    found = _attribution(entry.text.text)
    if found is None:
        return False
    entry.text = Field(entry.text.text[: found.start].rstrip(), entry.text.where)
    # The units a standing note gave the paragraph are the part's too.
    standing = [u for u in entry.units if any(u is s for s in source.standing)]
    entry.units = []
    entry.deadline = None
    entry.notes = [n for n in entry.notes if n.kind is not NoteKind.INLINE_ATTRIBUTION]
    entry.notes += [
        Note(NoteKind.READ_AS_SIMPLIFIED, {"printed": printed, "read": read})
        for printed, read in found.simplified
    ]
    _read_attribution(found.read, entry, source, entry.text.where, printed=found.printed)
    entry.units.extend(standing)
    return True


def _inner_attributions(text: str) -> list[str]:
    """The bracketed attributions inside *text* (brackets holding a role word)."""
    found, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "（〔［[【(":
            if depth == 0:
                start = i
            depth += 1
        elif char in "）〕］]】)" and depth:
            depth -= 1
            inner = text[start + 1 : i]
            if depth == 0 and _ROLE_WORDS.search(read_traditional(inner)[0]):
                found.append(inner)
    return found


def split_outside_brackets(text: str, separators: str) -> list[str]:
    """Split *text* at *separators* that stand outside brackets (（）〔〕［］[]【】()).

    >>> split_outside_brackets("各县（市，区）负责，长期坚持", "，")
    ['各县（市，区）负责', '长期坚持']
    """
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "（〔［[【(":
            depth += 1
        elif char in "）〕］]】)":
            depth = max(depth - 1, 0)
        elif char in separators and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def reads_as_deadline(text: str) -> bool:
    """Whether *text* alone is a deadline (``2024年6月底前完成``, ``长期坚持``): no role word."""
    if not text.strip() or _ROLE_WORDS.search(text):
        return False
    try:
        Deadline.parse(text)
    except InvalidDeadlineError:
        return False
    return True


def _standing_note(piece: str, entry: Entry, source: Source, at: Location) -> None:
    """A standing note: its units answer for this task and every later one (a plan note)."""
    names = ""
    for sentence in re.split(r"[，,]", piece):
        if (m := _STANDING_UNITS.search(sentence)) and not _STANDING.search(m[1]):
            names = m[1]
            break
    if not names:
        entry.doubt(at, FindingKind.STANDING_NOTE_UNREAD, piece, {"number": "?"})
        return
    source.note(at, FindingKind.STANDING_NOTE, piece, {"units": names})
    source.standing.append((None, Field(names, at)))
