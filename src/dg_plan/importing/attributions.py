"""Attributions: the bracket that ends a paragraph, read into units, a deadline and notes.

:func:`final_bracket` finds the bracket ending a paragraph (（）, 〔〕, ［］, [], 【】,
brackets balanced inside it); :func:`ending_attribution` says whether it is an
attribution (a role word, or unit names alone where a rule or a full stop says so);
:func:`read_attribution` reads its clauses: units by role, the deadline, people named,
a stated lead rule and standing notes (下同, 不再一一列出).

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from dg_plan._grammar import parse_units
from dg_plan._notes import Note, NoteKind
from dg_plan._vocabulary import (
    DOUBTFUL_ROLE_WORDS,
    HEADERS,
    ORGANISATION_ENDINGS,
    PEOPLE_HEADERS,
    STANDING_NOTES,
    SUFFIXES,
    WORDS,
    Role,
    organisation_endings,
    read_traditional,
    role_words_pattern,
    traditional_form,
)

from .doubts import (
    DATE_FORM,
    attribution_form,
    doubtful_unit,
)
from .findings import FindingKind
from .locations import Location
from .records import deadline_form, reads_as_deadline
from .source import (
    DEADLINE_WORDS,
    STATED_LEAD,
    UNIT_WORDS,
    Entry,
    Field,
    Source,
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

# A deadline label inside an attribution ((牵头单位:X;完成时限:2024年底前)): the deadline.
_DEADLINE_LABEL = re.compile(
    "^(?:" + "|".join(sorted(DEADLINE_WORDS, key=len, reverse=True)) + r")\s*[：:]\s*"
)

# A comma before a label inside an attribution: the labelled clauses are printed one
# after another with commas ((牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)),
# as they are with ；: each label opens a clause of its own.
_LABEL_COMMA = re.compile(
    r"[，,](?=(?:"
    + "|".join(sorted({*HEADERS, *DEADLINE_WORDS, *PEOPLE_HEADERS}, key=len, reverse=True))
    + r")\s*[：:])"
)

# A people label inside an attribution ((责任领导:杜新国;牵头单位:区发改局)): a note.
_PEOPLE = re.compile(
    "^(" + "|".join(sorted(PEOPLE_HEADERS, key=len, reverse=True)) + r")\s*[：:]\s*(.*)$"
)


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


def ending_attribution(
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
    # The measure's full stop printed before the bracket (…發展。(市工信委)) or after it
    # (…增长11%(市发改委,各县市区政府)。, trial19/02): either way the bracket closes it.
    closes = after_stop and (
        body[: found[0]].rstrip().endswith("。")
        or body.rstrip().endswith(")。")
        or body.rstrip().endswith("）。")
    )
    if not (_ROLE_WORDS.search(text) or ((names_alone or closes) and names_only(text))):
        return None
    return _Found(found[0], found[1], text, simplified)


def ends_in_attribution(line: str) -> bool:
    """Whether *line* ends in a bracket holding a role word (an attribution).

    The role word may be printed in traditional characters (…等負責,列第一位者為牽頭單位).
    """
    found = final_bracket(line)
    return found is not None and bool(_ROLE_WORDS.search(read_traditional(found[1])[0]))


# A bracket holding no other bracket, inside a list of names.
_INNER_BRACKET = re.compile(r"[（(]([^（()）]*)[)）]")


def strip_stated_rule(text: str) -> tuple[str, str]:
    """*text* without the lead rule it states, and the rule (``""``: none).

    The rule is a clause of a list (X，Y，排名第一位为牵头单位，下同) or a bracket that
    ends it (X、Y（列第一位者为牵头或汇总单位，下同）) or follows its first name
    (X（首位单位为牵头单位，下同）、Y); a 下同 beside it is part of the rule (it holds
    for every later task), not a standing note.
    """
    found = final_bracket(text)
    if found is not None and STATED_LEAD.search(found[1]):
        return text[: found[0]].rstrip(), found[1]
    for inner in _INNER_BRACKET.finditer(text):
        # X（首位单位为牵头单位，下同）、Y、Z: the rule, bracketed after the list's first
        # name (the name it makes lead), is no part of that name.
        if STATED_LEAD.search(inner[1]):
            return text[: inner.start()] + text[inner.end() :], inner[1]
    clauses = split_outside_brackets(text, "，,")
    rules = [c for c in clauses if STATED_LEAD.search(c)]
    if not rules:
        return text, ""
    kept = [c for c in clauses if c not in rules and c.strip() not in STANDING_NOTES]
    return "，".join(kept), "，".join(rules)


def names_only(text: str) -> bool:
    """Whether *text* is a list of unit names only (each ending as an organisation's)."""
    names = parse_units(text).units
    endings = organisation_endings()  # also in traditional characters (市財政局, 州委編辦)
    # A name may carry its second name in a bracket after it: 省发改委（省能源局）.
    bare = [re.sub(r"[（(][^（()）]*[)）]$", "", name) for name in names]
    return bool(names) and all(
        len(name) > 1 and name.endswith(endings) and doubtful_unit(name) is None for name in bare
    )


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


def unit_names_alone(line: str) -> bool:
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


def read_attribution(
    attribution: str, entry: Entry, source: Source, at: Location, *, printed: str
) -> None:
    """Read an inline attribution's clauses: units by role, the deadline, standing notes.

    *attribution* is read (its role words simplified); *printed* is as printed.
    """
    unit_parts = []
    for part in re.split(r"[；;]|。(?=.)", _LABEL_COMMA.sub("；", attribution)):
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
            # when it gives no year (a problem then says it is no deadline read); so is a
            # word only a deadline is (（X牵头，长期）: 未识别（清单所列为“长期”）, a problem).
            clauses = split_outside_brackets(piece, "，,")
            last = clauses[-1]
            if (
                entry.deadline is None
                and len(clauses) > 1
                and (_clause_is_deadline(last) or printed_date(last) or deadline_form(last))
            ):
                entry.deadline = Field(clauses[-1].strip(), at)
                piece = "，".join(clauses[:-1])
            if not any(_ROLE_WORDS.search(u) for u in unit_parts):
                piece = _responsible_before_support(piece)
            unit_parts.append(piece)
        elif names_only(piece):
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


def _responsible_before_support(piece: str) -> str:
    """*piece*, its names before a closing 配合 clause set apart as responsible.

    The general form: an attribution opening with names that carry no role word, a
    comma, then the support clause (（市城管局，市大数据局配合）): the grammar's rule for
    names without 牵头 or 配合 makes the first responsible, so the comma is read as the
    end of their clause (；). After a 牵头 clause (in *piece* or a clause before it) a
    comma only groups the support list (X牵头，A、B等部门，C、D配合; X牵头；A、B，C配合:
    all support), as the corpus prints it (main/07, trial8/03).
    """
    clauses = split_outside_brackets(piece, "，,")
    if len(clauses) < 2 or any(_ROLE_WORDS.search(c) for c in clauses[:-1]):
        return piece
    last = parse_units(clauses[-1])
    if not last.units or last.leads or len(last.support) != len(last.units):
        return piece
    return "，".join(clauses[:-1]) + "；" + clauses[-1]


def printed_date(text: str) -> bool:
    """Whether *text* is a date printed in a unit list (6月底完成), not a unit's name."""
    return bool(DATE_FORM.search(text)) and not _ROLE_WORDS.search(text)


def doubt_inner_attributions(entry: Entry, text: str) -> None:
    """Make *entry*'s doubts about attributions inside its *text* those *text* holds now."""
    entry.doubts = [d for d in entry.doubts if d[1] is not FindingKind.ATTRIBUTION_IN_TEXT]
    for inner, after in _inner_attributions(text):
        values = {"number": "?", "attribution": inner}
        # The excerpt quotes the bracket and the measure printed after it (甲。（A局负责）
        # 乙。): where a second task may begin, as a reviewer's split would name it.
        excerpt = f"（{inner}）{after}" if after else inner
        entry.doubt(entry.where, FindingKind.ATTRIBUTION_IN_TEXT, excerpt, values)


def read_own_attribution(entry: Entry, source: Source) -> bool:
    """Read the attribution that now ends *entry*'s text as its own (after a split).

    The part a split leaves before it (甲。（A局牵头）乙。 split at 乙) ends in the
    attribution the paragraph printed for it: the part takes that attribution's units,
    deadline and note in place of the paragraph's, and the attribution leaves its text.
    Returns whether there was one.
    """
    found = ending_attribution(entry.text.text)
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
    read_attribution(found.read, entry, source, entry.text.where, printed=found.printed)
    entry.units.extend(standing)
    return True


def standing_units(entry: Entry, source: Source) -> list[tuple[Role | None, Field]]:
    """The standing notes' units that *entry* does not print itself.

    The task whose attribution states the note usually names its units already
    (…，县（市、区）政府负责落实。以下均需县（市、区）政府落实，不再列出): they are
    not added a second time.
    """
    printed = {
        _bracket_form(name) for _, field in entry.units for name in parse_units(field.text).units
    }
    return [
        (role, field)
        for role, field in source.standing
        if not {_bracket_form(n) for n in parse_units(field.text).units} <= printed
    ]


def _bracket_form(name: str) -> str:
    """*name* with its brackets full width (县(市、区)政府 and 县（市、区）政府 are one name)."""
    return name.replace("(", "（").replace(")", "）")


# A part heading run into a paragraph after a sentence or a colon (…如下:一、切实加强…).
_HEADING_INSIDE = re.compile(r"[。：:；;]\s*[一二三四五六七八九十]+、")
# A sentence's end before an attribution closing a measure (…评价。（区卫生健康委负责）).
_SENTENCE_END = "。；;！!"


def _top_brackets(text: str) -> Iterator[tuple[int, int, str]]:
    """Each outermost bracket of *text*: its start, the index after it, and its contents."""
    depth, start = 0, 0
    for i, char in enumerate(text):
        if char in "（〔［[【(":
            if depth == 0:
                start = i
            depth += 1
        elif char in "）〕］]】)" and depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1, text[start + 1 : i]


def _measure_end(text: str) -> tuple[int, str] | None:
    """Where the first measure of *text* closed by its own attribution ends, and the bracket.

    The bracket must follow a sentence's end (…跟踪评价。（区卫生健康委负责）) and be
    followed by the next measure's text: ``(index after the bracket, its contents)``.
    """
    for start, end, inner in _top_brackets(text):
        if (
            _ROLE_WORDS.search(read_traditional(inner)[0])
            and text[:start].rstrip()[-1:] in tuple(_SENTENCE_END)
            and text[end:].strip()
        ):
            return end, inner
    return None


# A label before a deadline printed after an attribution (时间：2024年底前), and a
# completion word after it (2025年6月底前完成).
_DEADLINE_LABEL_BEFORE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:时限|时间|期限|节点)\s*[：:]\s*")


def _deadline_after(rest: str) -> str | None:
    """The deadline *rest* (the text after a measure's attribution) is alone, or None."""
    value = _DEADLINE_LABEL_BEFORE.sub("", rest.strip().rstrip("。；;．."))
    for candidate in (value, value.removesuffix("完成")):
        if candidate and reads_as_deadline(candidate):
            return candidate
    return None


_FIRST_MEASURE_DOUBTS = frozenset({FindingKind.ATTRIBUTION_IN_TEXT, FindingKind.HEADING_IN_TEXT})


def split_measures(entry: Entry, source: Source) -> list[Entry]:
    """*entry*, and the measures after the first, if its paragraph prints several.

    The general form: a paragraph of measures, each closed by its own attribution
    (甲。（A局负责）乙。（B局负责）丙。（C局负责）: trial12/03, six; trial9/08, two, the
    first bracket stating a standing note; trial9/03, three run on in one line). Each
    measure is a task of its own, with its attribution's units (and the standing notes'),
    noted; the paragraph's closing attribution is the last measure's. The parts keep the
    paragraph's printed number (so each says it once renumbered). Only an item printing
    its number or label (1., （一）) whose text holds no part heading is split: a paragraph
    with neither, or one running the preamble and a part heading into its first measure
    (trial9/03's 2、…如下:一、切实加强…, a spun copy that lost its line breaks), keeps its
    doubts, as where its first measure begins is not known.
    """
    parts = [entry]
    if (entry.number is None and not entry.label) or _HEADING_INSIDE.search(entry.text.text):
        return parts
    while (found := _measure_end(parts[-1].text.text)) is not None:
        current = parts[-1]
        end, inner = found
        text = current.text.text
        if (deadline := _deadline_after(text[end:])) is not None:
            # …（X牵头）2025年6月底前完成: no next measure, but its deadline, printed where
            # a labelled deadline would stand (完成时限：…). Read, and doubted.
            current.text = Field(text[:end].rstrip(), current.text.where)
            read_own_attribution(current, source)
            current.deadline = Field(deadline, current.text.where)
            values = {"number": "?", "printed": text[end:].strip()}
            current.doubt(current.where, FindingKind.DEADLINE_AFTER_ATTRIBUTION, deadline, values)
            break
        rest = Entry(
            where=current.where,
            text=Field(text[end:].strip(), current.text.where),
            number=current.number,
            deadline=current.deadline,
            units=list(current.units),
            notes=[n for n in current.notes if n.kind is not NoteKind.PRINTED_LABEL],
            lines=list(current.lines),
            lead_first=current.lead_first,
        )
        # The heading doubt is about the first measure's text, which the part holds.
        rest.doubts = [d for d in current.doubts if d[1] not in _FIRST_MEASURE_DOUBTS]
        current.text = Field(text[:end].rstrip(), current.text.where)
        read_own_attribution(current, source)
        current.notes.append(Note(NoteKind.MEASURE_OF_PARAGRAPH, {"attribution": inner}))
        doubt_inner_attributions(current, current.text.text)
        # A standing note the measure's bracket stated holds for the measures after it.
        rest.units.extend(u for u in standing_units(rest, source) if u not in rest.units)
        doubt_inner_attributions(rest, rest.text.text)
        parts.append(rest)
    if len(parts) > 1:
        closing = next(
            (n for n in reversed(entry.notes) if n.kind is NoteKind.INLINE_ATTRIBUTION), None
        )
        if closing is not None:
            attribution = dict(closing.values)["attribution"]
            parts[-1].notes.append(
                Note(NoteKind.MEASURE_OF_PARAGRAPH, {"attribution": attribution})
            )
    return parts


def _inner_attributions(text: str) -> list[tuple[str, str]]:
    """The bracketed attributions inside *text*: brackets holding a role word, or unit names alone.

    A bracket of unit names alone (no label, no role word) counts where it closes a
    sentence and more text follows it (…产业链。(潜江高新区)2.盐化工。…, trial13/01): the
    form that closes a measure after its full stop (:func:`ending_attribution`'s
    *after_stop*: trial4/06, 42-yunfu-xueqian), printed inside the text, where another
    measure may begin. Each with the text printed after it, up to the next such bracket
    (the next measure).
    """
    found = [
        (inner, start, end)
        for start, end, inner in _top_brackets(text)
        if _ROLE_WORDS.search(read_traditional(inner)[0])
        or (
            text[:start].rstrip()[-1:] in tuple(_SENTENCE_END)
            and text[end:].strip()
            and names_only(read_traditional(inner)[0])
        )
    ]
    ends = [begin for _, begin, _ in found[1:]] + [len(text)] * bool(found)
    return [
        (inner, text[end:stop].strip()) for (inner, _, end), stop in zip(found, ends, strict=True)
    ]


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


def _clause_is_deadline(text: str) -> bool:
    """Whether a clause alone is a deadline (``2024年6月底前完成``, ``长期坚持``): no role word."""
    return not _ROLE_WORDS.search(text) and reads_as_deadline(text)


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


def unit_label(label: str) -> tuple[Role | None] | None:
    """The role a unit label gives (a 1-tuple: None for all roles by the clauses), or None.

    A label the vocabulary knows (责任单位, 牵头单位), or one it does not that ends in
    单位, 部门, 处室 or 科室 and holds a role word (牵头协调部门: 牵头, trial23/04): read by
    its words, as a header is (:func:`.headers._printed_header_role`; 承办单位, with no
    role word, is none here).
    """
    if label in UNIT_WORDS:
        return (UNIT_WORDS[label],)
    if not label.endswith(("单位", "部门", "处室", "科室")) or any(w in label for w in UNIT_WORDS):
        # 问题整改责任单位 (trial14/03): a qualifier before a known label, not read: its
        # line runs on into a deadline label the vocabulary does not know (整改时限：3天),
        # which reading the label would take for a unit, with no problem.
        return None
    role = next((role for suffix, role in SUFFIXES if suffix in label), None)
    return None if role is None else (role,)


def read_labelled_lines(labelled: list[tuple[int, str, str]], entry: Entry, source: Source) -> None:
    """Read a block's *labelled* lines onto *entry*: units by their labels, the deadline."""
    for number, label, value in labelled:
        at = Location(source.file, line=number)
        if (unit := unit_label(label)) is not None:
            clauses = split_outside_brackets(value, "，,")
            if entry.deadline is None and len(clauses) > 1 and printed_date(clauses[-1]):
                # 责任单位：X、Y，6月底完成: a date ends the line's units, as in a bracket.
                entry.deadline = Field(clauses[-1].strip(), at)
                value = "，".join(clauses[:-1])  # noqa: PLW2901 - the units, the date read
            if value:
                entry.units.append((unit[0], Field(value, at)))
                for word in (w for w in DOUBTFUL_ROLE_WORDS if w in label):
                    # 主办单位：X: 主办 is read as 牵头, and doubted (the responsible unit?).
                    role = WORDS[DOUBTFUL_ROLE_WORDS[word]].word
                    said = {"number": "?", "word": word, "role": role}
                    entry.doubt(at, FindingKind.DOUBTFUL_ROLE_WORD, value, said)
        elif entry.deadline is None:
            entry.deadline = Field(value, at)
        else:
            source.problem(at, FindingKind.SECOND_DEADLINE_LINE, value)


# A notice's rule naming units that support every task: 除特别注明的外，X和Y都是配合单位
# (trial20/09). A standing note, as 以下…不再单独列出 is in an attribution: its units
# answer for every task, in the role it gives them. Only one document of the corpus
# prints it (issue 20 asks two for a plain read), so each task it adds them to is doubted.
_NOTICE_STANDING = re.compile(
    r"除(?:特别|另有|另行)?(?:注明|标注|说明)的?外[，,]\s*(.+?)(?:都|均)(?:是|为)(配合|协同|协办)单位"
)


def notice_standing(where: Location, line: str, source: Source) -> None:
    """Read a notice's rule naming support units for every task into a standing note."""
    if m := _NOTICE_STANDING.search("".join(line.split())):
        # 各县（市、区）政府和金华开发区、…管委会: 和 after a government joins two groups.
        names = re.sub(r"(?<=政府)和", "，", m[1])
        source.note(where, FindingKind.STANDING_NOTE, m[0], {"units": names})
        field = Field(names, where)
        source.standing.append((Role.SUPPORT, field))
        source.doubted_standing.append((field, m[0]))


def add_standing_units(entry: Entry, source: Source) -> None:
    """Add the standing notes' units to *entry*; doubt those a notice's rule adds."""
    added = standing_units(entry, source)
    entry.units.extend(added)
    for _, field in added:
        for doubted, sentence in source.doubted_standing:
            if field is doubted:
                values = {"number": "?", "units": field.text, "sentence": sentence}
                entry.doubt(field.where, FindingKind.SUPPORT_FROM_NOTICE, sentence, values)
