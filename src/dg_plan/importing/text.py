"""Text: a list as lines, with headings, numbered items, inline attributions and labelled lines.

:func:`read_lines` reads ``.txt`` and ``.md`` files and text in memory into a
:class:`~.source.Source`: a part (一、…) or subsection (（一）…) line is a heading
unless it carries an attribution (（市大数据局牵头；2024年底前）) or labelled lines
(牵头单位：…), which make it a task; a numbered item (1. …) is a task, unless its
sub-items ((1) …, on lines of their own or in its line) each end in an attribution or
labelled lines of their own: then they are the tasks, and the item their heading.
This module gathers the lines into blocks (a heading, an item and the lines that
continue it) and reads each block into a task; :mod:`.lines` says what a line is,
:mod:`.attributions` reads the attribution that ends a paragraph.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re

import attrs

from dg_plan._errors import PlanImportError
from dg_plan._grammar import LABEL_BREAK
from dg_plan._i18n import N_, translation
from dg_plan._notes import Note, NoteKind
from dg_plan._vocabulary import (
    FIELD_LABELS,
    PEOPLE_HEADERS,
    PROGRESS_LABELS,
)

from .attributions import (
    add_standing_units,
    doubt_inner_attributions,
    ending_attribution,
    ends_in_attribution,
    names_only,
    notice_standing,
    read_attribution,
    read_labelled_lines,
    split_measures,
    strip_stated_rule,
    unit_names_alone,
)
from .doubts import (
    FIRST_LINES,
    READ_AS_HEADING,
    attribution_form,
    candidate_reason,
    heading_in_text,
    unit_attribution_form,
)
from .findings import FindingKind
from .flattened import (
    duty_line,
    flat_table,
    name_line,
    read_flat_table,
    read_name_lines,
    unit_first_form,
    units_printed_first,
)
from .heading_leads import heading_lead_bracket, lead_from_heading, lead_of_heading
from .lines import (
    ITEM,
    NEXT_LABEL,
    SUB_ITEM,
    attachment_list,
    before_first_task,
    join_lines,
    labelled_line,
    numbered_lines,
    over_labels,
    starts_block,
    why_no_task,
    wrapped_label,
)
from .locations import Location
from .records import forget_reading_as_prose, from_lines, read_records
from .source import (
    ATTACHMENT,
    PART,
    SUBSECTION,
    Entry,
    Field,
    Source,
    read_heading,
)
from .titles import doubtful_title, find_title, issuers_before, kind_only

# What a Chinese message says in place of a codec's own English words on bytes that
# are no text (NOT_TEXT's ``reason_zh``); those for a file that cannot be opened are
# formats.UNREADABLE_CAUSES.
UNDECODED_CAUSE = N_("the file holds bytes this encoding cannot read")

# A sub-item's number anywhere in a task's text.
_SUB_ITEM_MARK = re.compile(r"[（(][0-9]{1,2}[)）]")


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
            values = {
                "encoding": encoding or "UTF-8",
                "reason": exc.reason,
                # Chinese says the cause in words, not the codec's (invalid start byte).
                "reason_zh": translation("zh").gettext(UNDECODED_CAUSE),
            }
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
    # A line of a duty list (区委宣传部：制订…): the unit it names first, as printed.
    duty_unit: str = ""
    # Lines of the task's other fields (工作成果：…; 人：… after its units): (line, label,
    # as printed, whether doubted). No part of its text.
    fields: list[tuple[int, str, str, bool]] = attrs.field(factory=list)
    # Unit names printed one a line under the text (a table flattened one cell a line).
    names: list[tuple[int, str]] = attrs.field(factory=list)


def _read_title(lines: list[tuple[int, str]], source: Source) -> tuple[int, frozenset[int]]:
    """Find the title (:mod:`.titles`).

    Returns the line the covering notice ends on (0: none) and the title's lines.
    """
    title = find_title(before_first_task(lines))
    if title is None:
        return 0, frozenset()
    source.title = title.text
    where = Location(source.file, line=min(title.lines))
    doubts = len(source.problems)
    if word := doubtful_title(title.text):
        # 和市政府工作报告…: the second half of a title, its first half not found.
        values = {"title": title.text, "word": word, "line": str(min(title.lines))}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    elif title.rule == "forwarded":
        # X转发Y关于Z的通知: Z, the list Y's notice names, as 关于印发Z的通知 gives Z; a
        # form one document prints (trial5/07-shunyi-youeryuan): doubted.
        values = {"title": title.text, "by": title.by, "line": str(min(title.lines))}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    elif title.rest:
        # 市政府2020年重点工作分解落实方案综合目标分解: the list's name the notice quotes,
        # then the first part's heading run on; a form one document prints: doubted.
        values = {"title": title.text, "rest": title.rest, "line": str(min(title.lines))}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    elif named := kind_only(title, before_first_task(lines)):
        # 分 工 方 案 under 关于印发《金乡县…分工方案》的通知: a heading naming only the kind
        # of list, the notice naming the list in full (one document prints it): doubted.
        values = {"title": title.text, "named": named, "line": str(min(title.lines))}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    elif issuers := issuers_before(title, lines):
        # 济宁市人民政府 关于…意见 (trial10/04, trial18/01): the issuers read into it.
        values = {"title": title.text, "issuers": issuers, "line": str(min(title.lines))}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    elif title.rule == "first":
        # The last-resort rule: a line that is no sentence (a heading, a caption?).
        values = {"title": title.text, "line": str(min(title.lines))}
        source.problem(where, FindingKind.DOUBTFUL_TITLE, title.text, values)
    kind = (
        FindingKind.TITLE_FROM_NOTICE
        if title.rule in {"named", "forwarded"}
        else FindingKind.TITLE_LINE
    )
    printed = dict(lines)
    # A doubted title (a guess, 系根据第1行推定): the problem alone speaks of its lines, not
    # also a note stating as fact what it doubts (第1行为清单标题).
    doubted = len(source.problems) > doubts
    for number in () if doubted else title.lines:
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


def read_lines(text: str, source: Source) -> None:
    """Read *text* into *source*; a table printed one row a line (.flattened) as a table."""
    table = flat_table(numbered_lines(text, source), source.header_map)
    title_lines = _read_text_lines(table.before, source)
    read_flat_table(table, source)
    if not source.entries:
        _no_task(table.before, title_lines, source)


def _read_text_lines(lines: list[tuple[int, str]], source: Source) -> frozenset[int]:
    """Read *lines* into *source*; return the title's lines."""
    blocks: list[_Block] = []
    listed = attachment_list(lines)
    notice_ends, title_lines = _read_title([(n, x) for n, x in lines if n not in listed], source)
    heading_lead: tuple[int, str] | None = None
    card_heads = over_labels(lines)
    for number, line in lines:
        where = Location(source.file, line=number)
        if number in title_lines:
            continue
        if number in listed:
            source.note(where, FindingKind.PREAMBLE, line)
            continue
        if number < notice_ends:
            _notice_line(where, line, source)
            continue
        if (blocks and wrapped_label(number, line, blocks[-1].labelled)) or _read_labelled_line(
            number, line, blocks, source
        ):
            continue
        if source.states_lead_rule(where, line) and blocks:
            if not (starts_block(line) or ends_in_attribution(line) or _open(blocks[-1])):
                continue  # a note between tasks (注：排在第一位的为牵头单位), not task text
            blocks[-1].first_leads = blocks[-1].first_leads or not starts_block(line)
        compact = "".join(line.split())
        first_leads = source.first_leads
        if m := ITEM.match(line):
            item = _Block("item", m[1], m[2].strip(), number, first_leads=first_leads)
            blocks.append(attrs.evolve(item, heading_lead=heading_lead))
        elif m := PART.match(line):
            blocks.append(_part(number, m, first_leads))
            heading_lead = blocks[-1].heading_lead
        elif m := SUBSECTION.match(line):
            heading_lead = _subsection(blocks, number, m, first_leads)
        elif (m := SUB_ITEM.match(line)) and _next_sub_item(blocks, int(m[1])):
            blocks.append(
                _Block(
                    "sub-item",
                    f"({m[1]})",
                    m[2].strip(),
                    number,
                    printed=line,
                    first_leads=first_leads,
                )
            )
        elif not blocks and ATTACHMENT.match(compact) and not source.attachment:
            source.attachment = compact
            source.note(where, FindingKind.ATTACHMENT_LABEL, line)
        elif blocks and (duty := duty_line(line)) and _opens_duties(blocks[-1]):
            # 区委宣传部：制订宣传工作方案… after a lead-in ending in a colon (其职责分工
            # 为：): a task of its own, its unit the name before the colon.
            blocks.append(
                _Block("duty", "", duty[1], number, duty_unit=duty[0], first_leads=first_leads)
            )
        elif blocks and (
            _phase_heading(blocks[-1])
            or _heading_over_paragraph(blocks[-1], line)
            or _lead_heading_over_paragraph(blocks[-1], line)
            or _next_paragraph(blocks[-1], line)
        ):
            # 一、准备阶段（3月1日至3月25日） over its paragraph: the heading stays a
            # heading; the paragraph under it is the phase's task.
            blocks.append(_phase_paragraph(blocks[-1], number, line, first_leads))
        elif number in card_heads and (blocks[-1].labelled if blocks else len(card_heads) > 1):
            # 市區新增優質中小學招生學位2.36萬個。 / 主管領導：… / 責任單位：… (trial19/06;
            # 12-guangdong-zfgzbg prints its fields on the paragraph's line): an unnumbered
            # sentence over its own labelled lines, after the last task's labels or, where the
            # list prints two or more, before any task, is a task of its own (one alone before
            # any task is a preamble's sentence over a stray label).
            blocks.append(_Block("paragraph", "", line.strip(), number, first_leads=first_leads))
        elif blocks:
            _continue(blocks, where, line, source)
        else:
            _unread_line(where, line, source)
    for block in _sub_items(blocks, source):
        _read_block(block, source)
    return title_lines


# A line led by a dash (——在深化供给侧结构性改革上保持定力): a sub-heading, as government
# work reports print them between their items, with no full stop and no attribution.
_DASH_HEADING = re.compile(r"^\s*[—－-]{2}(?!.*[。；;])(?!.*[）)〕】］]\s*$)\S")


# How a printed line ends a sentence (or a heading, a label, an attribution): the next
# line does not continue it.
_SENTENCE_ENDS = ("。", "；", ";", "！", "!", "？", "?", "：", ":", *"）)〕］]】")


# A heading closing in a bracket that holds a date or a period: a phase of the work
# (准备阶段（3月1日至3月25日）, 动员部署阶段（2023年3月）).
_DATED = re.compile(r"[（(][^（(）)]*\d{1,4}[年月日][^（(）)]*[）)]$")


def _continue(blocks: list[_Block], where: Location, line: str, source: Source) -> None:
    """*line* after the last of *blocks*: its text's next line, a sub-heading, or a name.

    ——加快建设健康武汉 after an item closed by its attribution is a sub-heading (noted);
    after a sentence left open it continues it, as every line does. A unit name printed
    alone under an item's text is one of its units (a table flattened one cell a line),
    and the text after its names is the table's next row, a task of its own.
    """
    block = blocks[-1]
    if _DASH_HEADING.match(line) and not _open(block):
        source.note(where, FindingKind.DASH_HEADING, line)
    elif where.line is None:
        return
    elif name_line(block.kind, _joined(block), block.names, line):
        block.names.append((where.line, line))
    elif block.names:
        blocks.append(_Block("row", block.label, line.strip(), where.line))
    else:
        block.lines.append((where.line, line))


def _phase_heading(block: _Block) -> bool:
    """Whether *block* is a part heading naming a phase and its dates, nothing under it yet."""
    return (
        block.kind == "part"
        and not block.lines
        and not block.labelled
        and not block.heading_only
        and bool(_DATED.search(block.first.strip()))
    )


def _heading_over_paragraph(block: _Block, line: str) -> bool:
    """Whether *line* is a paragraph closed by its attribution under the heading *block*.

    一、努力扩大内需,促进经济平稳较快发展 / 认真落实…强化政府性债务管理。(财政厅牵头)
    (trial8/02, trial8/03), or a subsection's (（一）约束性指标, trial16/02): the heading,
    with no full stop and no attribution of its own, stays a heading; the paragraph under
    it is a task of its own, not the heading's text.
    """
    return (
        block.kind in {"part", "subsection"}
        and not block.lines
        and not block.labelled
        and not block.heading_only
        and "。" not in block.first
        and not ends_in_attribution(block.first)
        and _attributed_sentence(line)
    )


def _lead_heading_over_paragraph(block: _Block, line: str) -> bool:
    """Whether *line* is a sentence under a heading naming its tasks' lead (X牵头的工作).

    (一)省监察厅牵头的工作 / 加强行政监察工作，…。 (trial21/06): the paragraph under the
    heading is a task of its own, led by the heading's units, not the heading's text.
    """
    return (
        block.kind in {"part", "subsection"}
        and block.heading_lead is not None
        and not block.heading_only
        and not block.lines
        and not block.labelled
        and "。" in line
    )


def _next_paragraph(block: _Block, line: str) -> bool:
    """Whether *line*, closed by its attribution, follows a paragraph closed by its own.

    Under a heading, unnumbered paragraphs one a line, each closed by its attribution
    (trial16/02: 耕地保有量…。(市国土局牵头) / 单位工业增加值…。(…负责)): each is a task.
    """
    last = block.lines[-1][1] if block.lines else block.first
    return block.kind == "paragraph" and ends_in_attribution(last) and _attributed_sentence(line)


def _attributed_sentence(line: str) -> bool:
    """Whether *line* is a sentence closed by its attribution (a paragraph under a heading)."""
    return "。" in line and ends_in_attribution(line)


def _phase_paragraph(heading: _Block, number: int, line: str, first_leads: bool) -> _Block:
    """The paragraph on line *number* under the phase *heading*: a task's block."""
    block = _Block("paragraph", "", line.strip(), number, first_leads=first_leads)
    return attrs.evolve(block, heading_lead=heading.heading_lead)


def _open(block: _Block) -> bool:
    """Whether *block*'s last line stops inside a sentence (…带动就业的): the next continues it.

    A line break inside a sentence (a page's width, a copy's wrap) joins the next line
    to it, whatever that line says: a line stating the lead rule is then the paragraph's
    end, not a note between tasks.
    """
    last = block.lines[-1][1] if block.lines else block.first
    if not last or last.rstrip().endswith(_SENTENCE_ENDS):
        return False
    # A heading alone (一、总体要求) is no sentence begun: a note under it stays a note.
    return bool(block.lines) or "。" in block.first or block.kind in {"item", "sub-item"}


# A labelled line: a short label of Chinese characters, a colon, its value.
_FIELD_LINE = re.compile(r"^([\u4e00-\u9fff]{1,6})\s*[：:]\s*\S")


def _field_label(line: str, block: _Block) -> str:
    """The label of *line* when it prints a field of *block*'s task that is no text ("": none).

    Under a task (a numbered item, a subsection, a paragraph), a line labelled by one of
    :data:`~dg_plan._vocabulary.FIELD_LABELS` (工作成果：…) is its expected result; a line
    after the task's unit label (责任单位：…) whose label is no unit's name and no label
    the importer knows (人：三市州发展改革部门主要负责同志) is a field too, doubted.
    """
    m = _FIELD_LINE.match(line)
    if m is None or block.kind not in {"item", "sub-item", "subsection", "paragraph"}:
        return ""
    if m[1] in FIELD_LABELS or (block.labelled and not names_only(m[1])):
        return m[1]
    return ""


def _known_field(label: str) -> bool:
    """Whether *label* is a field the grammar names: an expected result or a progress report."""
    return label in FIELD_LABELS or label in PROGRESS_LABELS


def _opens_duties(block: _Block) -> bool:
    """Whether a duty list may follow *block*: a lead-in ending in a colon, or a duty line."""
    if block.kind == "duty":
        return True
    last = block.lines[-1][1] if block.lines else block.first
    return last.rstrip().endswith(("：", ":"))


def _notice_line(where: Location, line: str, source: Source) -> None:
    """A line of the covering notice above the title line: its 一、二、 are no headings."""
    if ATTACHMENT.match("".join(line.split())) and not source.attachment:
        source.attachment = "".join(line.split())
        source.note(where, FindingKind.ATTACHMENT_LABEL, line)
    else:
        source.states_lead_rule(where, line)
        notice_standing(where, line, source)
        _unread_line(where, line, source)


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
            source.first_lines.append((number, line, why_no_task(line, number in title_lines)))


def _part(number: int, m: re.Match[str], first_leads: bool) -> _Block:
    """The block of a part heading on line *number* (*m*: :data:`PART`'s match).

    Its ``heading_lead`` is the lead it names for the tasks under it (X牵头工作, or a
    closing bracket (由X牵头实施), which makes it a heading only).
    """
    title, lead, sure = heading_lead_bracket(number, m[2].strip())
    block = _Block("part", m[1], title, number, first_leads=first_leads)
    block.heading_only = lead is not None
    block.unsure_lead = "" if sure else m[2].strip()
    block.heading_lead = lead or lead_of_heading(number, m[2])
    return block


def _subsection(
    blocks: list[_Block], number: int, m: re.Match[str], first_leads: bool
) -> tuple[int, str] | None:
    """Add the subsection heading on line *number* to *blocks*; the lead of the tasks under it.

    (一)省监察厅牵头的工作 names its tasks' lead, as a part heading may; a subsection naming
    none keeps its part's (一、X牵头工作 over (一)…).
    """
    lead = lead_of_heading(number, m[2])
    blocks.append(
        _Block(
            "subsection",
            f"（{m[1]}）",
            m[2].strip(),
            number,
            first_leads=first_leads,
            heading_lead=lead,
        )
    )
    parts = [b for b in blocks if b.kind == "part"]
    return lead or (parts[-1].heading_lead if parts else None)


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
    return bool(block.labelled) or ending_attribution(body) is not None


def _share_closing_attribution(subs: list[_Block]) -> bool:
    """Share the attribution on a line after the last of *subs*, if no other sub-item has one.

    A bracket line ((责任单位：…), 04-yuncheng-yingji) or labelled lines: each earlier
    sub-item gets it too. One closing the last sub-item's own sentence is its own: False.
    """
    *before, last = subs
    if any(_attributed(sub) for sub in before):
        return False
    own = "".join([last.first, *(line for _, line in last.lines[:-1])])
    if last.labelled:
        if ending_attribution(own + (last.lines[-1][1] if last.lines else "")) is not None:
            return False
        for sub in before:
            sub.labelled += last.labelled
        return True
    found = ending_attribution(last.lines[-1][1].strip()) if last.lines else None
    if found is None or found.start != 0 or ending_attribution(own) is not None:
        return False
    number, line = last.lines[-1]
    for sub in before:
        sub.lines.append((number, line))
    return True


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
        if not subs and i < len(blocks) and blocks[i].kind == "duty" and not _attributed(block):
            # 5、各部门要各司其职…其职责分工为： over a duty list: the lead-in of the
            # tasks the list's lines are, no task itself.
            where = Location(source.file, line=block.line)
            source.note(where, FindingKind.SUB_ITEM_HEADING, f"{block.label}、{block.first}")
            continue
        if subs and not _attributed(block) and all(_attributed(s) for s in subs):
            where = Location(source.file, line=block.line)
            source.note(where, FindingKind.SUB_ITEM_HEADING, f"{block.label}、{block.first}")
            out.extend(subs)
            continue
        if len(subs) > 1 and not _attributed(block) and _share_closing_attribution(subs):
            # (1)… (4)… / (责任单位：…): the sub-items are tasks under it, the item a heading.
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

    (Or a field of the task above: :func:`_field_label`.)

    A line may print several labels, a space before each (牵头领导：张三 牵头单位：市发改委
    完成时限：2024年底前): each part is read as a labelled line of its own.
    """
    first, *more = NEXT_LABEL.split(line)
    if not _read_labelled(number, first, blocks, source):
        if blocks and (label := _field_label(line, blocks[-1])):
            # 工作成果：… under a task: a field of it, no part of its text.
            blocks[-1].fields.append((number, label, line, not _known_field(label)))
            return True
        return False
    for part in more:
        _read_labelled(number, part, blocks, source)
    return True


def _read_labelled(number: int, line: str, blocks: list[_Block], source: Source) -> bool:
    """Read *line* if it is a labelled line (牵头单位：…), onto the last block."""
    where = Location(source.file, line=number)
    m, read = labelled_line(line)
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
    if form := unit_attribution_form(line) or unit_first_form(line):
        source.problem(where, FindingKind.ATTRIBUTION_NOT_READ, line, {"form": form})


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
    if form := attribution_form(body) or unit_first_form(body):
        source.problem(where, FindingKind.DOUBTFUL_HEADING, body, {"form": form})
    elif "。" in body.rstrip("。"):
        source.problem(where, FindingKind.DOUBTFUL_HEADING, body)
    elif block.kind == "part" and body.rstrip().endswith("。"):
        # 三、推进电子证照应用。: a sentence, where a part's heading names the part
        # (一、基础设施); kept as the heading it is printed as, and doubted. A
        # subsection's heading often ends so ((一)制订…控制方案。 over its items).
        source.problem(where, FindingKind.DOUBTFUL_HEADING, body, {"ends": "。"})


def _lines_of(block: _Block) -> list[int]:
    """Every line a block was read from: its first, those that continue it, its labels."""
    return sorted(
        [
            block.line,
            *(n for n, _ in block.lines),
            *(n for n, _, _ in block.labelled),
            *(n for n, _, _, _ in block.fields),
            *(n for n, _ in block.names),
        ]
    )


def _joined(block: _Block) -> str:
    """The text of *block*'s lines, joined into one paragraph."""
    body = "\n".join([block.first, *(line for _, line in block.lines)])
    # (牵头单位:市商务局  责任单位:…): the space between two labels separates them.
    body = LABEL_BREAK.sub("；", body)
    return join_lines(body).strip()


def _printed_first(entry: Entry, units: str, printed: str) -> None:
    """Give *entry* the *units* printed before its duty (X负责…, X：…), and note them."""
    entry.units.append((None, Field(units, entry.where)))
    values = {"attribution": printed, "first": printed}
    entry.notes.append(Note(NoteKind.INLINE_ATTRIBUTION, values))


def _read_block(block: _Block, source: Source) -> None:
    where = Location(source.file, line=block.line)
    body = _joined(block)
    # (Under a stated lead rule, 下同, a bracket of unit names alone is the
    # attribution: (市财政局，市教育局).)
    found = ending_attribution(
        body,
        names_alone=block.first_leads,
        after_stop=block.kind in {"item", "sub-item", "subsection"},
    )
    if found is not None:
        # The measure's full stop printed after its bracket (…增长11%(市发改委)。) stays
        # the text's: the bracket, not the sentence's end, is what is taken out.
        stop = body.rstrip().endswith("。") and not body[: found.start].rstrip().endswith("。")
        body = body[: found.start].rstrip() + ("。" if stop else "")
        last = block.lines[-1][0] if block.lines else block.line
        for printed, read in found.simplified:
            values = {"printed": printed, "read": read}
            at = Location(source.file, line=last)
            source.note(at, FindingKind.READ_AS_SIMPLIFIED, found.printed, values)
            block.traditional.append((last, printed, read))
    if block.heading_only:
        _heading_only(block, where, source)
        return
    first: tuple[str, str] | None = None
    deadline: Field | None = None
    if found is None and not block.labelled and block.kind in {"item", "sub-item", "subsection"}:
        body, first, deadline = units_printed_first(body, where)
    is_task = (
        block.kind in {"item", "sub-item", "duty", "paragraph", "row"}
        or found is not None
        or first is not None
        or bool(block.labelled)
    )
    if not is_task:
        _heading(block, body, where, source)
        return
    entry = Entry(
        where=where,
        text=Field(body, where),
        first_leads=block.first_leads,
        lines=_lines_of(block),
        deadline=deadline,
    )
    if block.kind in {"item", "row"}:
        entry.number = Field(block.label, where)
    elif block.kind == "duty":
        _printed_first(entry, block.duty_unit, f"{block.duty_unit}：")
    elif block.kind != "paragraph":
        entry.label = block.label if block.kind != "part" else f"{block.label}、"
        entry.notes.append(Note(NoteKind.PRINTED_LABEL, {"label": entry.label}))
    last_line = block.lines[-1][0] if block.lines else block.line
    entry.notes += [
        Note(NoteKind.READ_AS_SIMPLIFIED, {"printed": printed, "read": read})
        for _, printed, read in block.traditional
    ]
    _doubt_shape(block, entry, body)
    if first is not None:
        _printed_first(entry, first[0], first[1])
    if found is not None:
        at = Location(source.file, line=last_line)
        read_attribution(found.read, entry, source, at, printed=found.printed)
        # Only the attribution that ends the paragraph is read: another one inside the
        # text is doubted, never left there silently.
        doubt_inner_attributions(entry, body)
    read_labelled_lines(block.labelled, entry, source)
    read_name_lines(entry, block.names, source.file)
    _read_fields(block, entry, source)
    if not any(char.isalnum() for char in body):
        # No text, or only punctuation left once its units and deadline are read
        # (，。): a task without text (a problem), never that punctuation as its text.
        entry.text = Field("", where)
    lead_from_heading(block.heading_lead, entry, source)
    add_standing_units(entry, source)
    for part in split_measures(entry, source):
        source.add_entry(part)


def _read_fields(block: _Block, entry: Entry, source: Source) -> None:
    """Note *block*'s field lines (工作成果：…): no part of the task; an unknown label doubted."""
    for number, label, line, doubted in block.fields:
        at = Location(source.file, line=number)
        source.note(at, FindingKind.RECORD_LABEL_NOT_READ, line, {"label": label})
        if doubted:
            entry.doubt(at, FindingKind.LABEL_NOT_READ, line, {"number": "?", "label": label})


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

    An item's or subsection's line, a sentence of its own, joined to the lines after it
    (a heading over the task?); sub-items (1), (2) … read into their item under one
    attribution (the item and its sub-items are one task, the sub-items may be the tasks);
    a line continuing the text that is only unit names (市商务局、市发改委: a table's
    unit cell flattened into a line, not read as units).
    """
    printed = "".join([block.first, *(line for _, line in block.lines)])
    section = block.kind == "subsection"
    item = block.kind == "item" or section
    if item and block.lines and heading_in_text(block.first, body, subsection=section):
        values = {"number": "?", "line": "".join(block.first.split())}
        entry.doubt(entry.where, FindingKind.HEADING_IN_TEXT, block.first, values)
    if block.shared_sub_items:
        values = {"number": "?", "count": str(block.shared_sub_items)}
        entry.doubt(entry.where, FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION, printed, values)
    for number, line in block.lines:
        if duty_line(line) is not None and line in printed:
            # 商委：协调… continuing the text (no lead-in colon before it): a duty
            # list's line read into this task, its unit not read.
            values = {"number": "?", "line": line}
            at = attrs.evolve(entry.where, line=number)
            entry.doubt(at, FindingKind.DUTY_LINE_IN_TEXT, line, values)
        if unit_names_alone(line) and line in body:
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
