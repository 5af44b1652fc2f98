"""Doubtful reads: a unit that reads like task text, an attribution left unread.

The rules (each makes a problem, so that a doubtful read is never silent):

* a *unit name* is doubtful when it holds a full stop (。), when it holds a verb of task
  text (:data:`TASK_VERBS`: 推进, 加强, 建设, 完善, 落实, …) followed by two or more
  characters and does not end as an organisation's name does (厅, 局, 委, 办, 中心,
  政府, 集团, …: :data:`ORGANISATION_ENDINGS`; so 住房和城乡建设厅 is no doubt), or when it
  is longer than :data:`LONGEST_NAME` characters (the longest name of the shipped
  registry has 20; a clause of task text is longer), or when it holds a role word
  (:data:`ROLE_WORDS_IN_NAME`: 牵头, 负责, 配合, 参与, 协同, and 分工 of a duty phrase;
  市工商质监局牵头 is an attribution the grammar did not read);
* an *attribution form* is a role word closing a clause (X牵头, X负责, X配合, X协助,
  X参与, X协同 before punctuation or the line's end) or a unit label with its colon
  (牵头单位：, 责任单位：): text holding one that became no task (a heading, a line of
  the preamble) or a task without units may have lost its attribution.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dg_plan._messages import LIST_SEPARATOR
from dg_plan._vocabulary import (
    CLAUSE_BEFORE,
    HEADERS,
    LIST_ENDINGS,
    ORGANISATION_ENDINGS,
    PEOPLE_HEADERS,
    organisation_endings,
)


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when a finding is rendered."""
    return message


#: Verbs of task text: a unit name holding one, with more text after it, is doubtful.
TASK_VERBS: tuple[str, ...] = (
    "推进",
    "加强",
    "建设",
    "完善",
    "落实",
    "建立",
    "健全",
    "开展",
    "推动",
    "加快",
    "深化",
    "提升",
    "强化",
    "促进",
    "做好",
    "确保",
)
#: The longest a unit name plausibly is, in characters.
LONGEST_NAME = 30

_VERB = re.compile("(?:" + "|".join(TASK_VERBS) + r")[\u4e00-\u9fff]{2,}")
_ROLE_CLOSE = re.compile(
    r"(?<=[\u4e00-\u9fff）)])(?:牵头|负责|配合|协助|参与|协同)(?=$|[，,；;。、）)\]〕】])"
)
_LABEL = re.compile(
    "(?:"
    + "|".join(sorted((w for w in HEADERS if w not in PEOPLE_HEADERS), key=len, reverse=True))
    + r")\s*[：:]"
)

#: Role words: a unit name holding one (市工商质监局牵头, 市财政局配合) holds an
#: attribution the grammar did not read, not a name.
ROLE_WORDS_IN_NAME: tuple[str, ...] = ("牵头", "负责", "配合", "参与", "协同")
# In a unit's name, also 分工 of the duty phrase before a role word (按职责分工负责), left
# there when printed in a form the grammar does not read (供銷社等按職能分工, trial22/10);
# not in a heading (四、职责分工 names the part on the duties).
_ROLE_IN_NAME = re.compile("|".join(ROLE_WORDS_IN_NAME))
_ROLE_IN_UNIT = re.compile("|".join((*ROLE_WORDS_IN_NAME, "分工")))

#: A date in a unit name: a digit before 年 or 月 (6月底完成, 2024年), or a period word
#: (年底, 月底, 季度, 上半年, 下半年). A "unit" holding one is a deadline printed in the
#: attribution, never a unit.
DATE_FORM = re.compile(r"[0-9０-９]\s*[年月]|年底|月底|季度|上半年|下半年")

#: Marks printed on a unit's name (市发改委★, *市财政局): many lists mark the lead so,
#: and say so in a note of their own (标★的为牵头单位), but not every mark means it.
MARKS = "★☆*＊※▲△●◆■□√"
_MARK = re.compile("[" + re.escape(MARKS) + "]")
_FULL_STOP = re.compile("。")

#: The marks a list prints before its lead's name in a cell of all a task's units
#: (★区发改委、统计局: trial7/02; ▲发改局,各部门,各镇乡(街道): trial12/02, a row with no
#: mark among them): read as marking the lead, doubted.
LEAD_MARKS = "★☆▲"
_LEAD_MARK = re.compile("[" + LEAD_MARKS + "]")
_NAME_SEPARATORS = re.compile(r"[、，,；;\s]+")


def lead_marked(cell: str) -> tuple[str, tuple[str, ...]]:
    """*cell* without the lead marks before its names, and each marked name (its mark off).

    Only a cell of names alone is read so (no role word: 牵头 in the cell decides), each
    mark before a name (★区发改委), some names marked but not all, and no other mark in
    the cell. A mark after a name (市发改委★, maybe a note's reference) or beside
    another mark (*市工信局) is left as printed: a doubtful name (``MARK``).

    >>> lead_marked("★区发改委、统计局")
    ('区发改委、统计局', ('区发改委',))
    >>> lead_marked("市发改委★、市财政局")
    ('市发改委★、市财政局', ())
    >>> lead_marked("★市发改委牵头，市财政局配合")
    ('★市发改委牵头，市财政局配合', ())
    """
    if not _LEAD_MARK.search(cell) or _ROLE_IN_NAME.search(cell) or _ROLE_CLOSE.search(cell):
        return cell, ()
    names = [n for n in _NAME_SEPARATORS.split(cell) if n]
    marked = tuple(n[1:] for n in names if n[0] in LEAD_MARKS)
    if (
        len(_MARK.findall(cell)) != len(marked)  # a mark after a name, or another mark
        or (len(marked) == len(names) > 1)  # every name marked: no one marked out
        or not all(marked)
    ):
        return cell, ()
    return _LEAD_MARK.sub("", cell), marked


# A label after a sentence of a task's text (…增长7.5%。牵头责任领导:邓继敢。): a
# labelled line the reader did not know, joined into the text.
_LABEL_IN_TEXT = re.compile(r"(?<=[。；;])\s*([\u4e00-\u9fff]{2,8})\s*[：:]")


def label_in_text(text: str) -> str | None:
    """The label a task's *text* holds after one of its sentences (牵头责任领导), or None.

    >>> label_in_text("地区生产总值增长7.5%。牵头责任领导:邓继敢。")
    '牵头责任领导'
    >>> label_in_text("做好一件事:一是…;二是…。") is None
    True
    >>> label_in_text("學位2.36萬(wàn)個。主管領(lǐng)導:劉東")
    '主管領導'
    """
    found = _LABEL_IN_TEXT.search(without_glosses(text))
    return found[1] if found else None


# A copy's pinyin gloss inside a word (領(lǐng)導, 責(zé)任).
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


def without_glosses(text: str) -> str:
    """*text* without a copy's pinyin glosses (主管領(lǐng)導 reads 主管領導, trial19/06).

    >>> without_glosses("主管領(lǐng)導:劉東")
    '主管領導:劉東'
    """
    return _GLOSS.sub("", text)


# The reasons, as the problems say them (translated when rendered).
MARK = _("it holds a mark (★, *): the lead, as some lists mark it?")
DATE = _("it holds a date: a deadline?")
FULL_STOP = _("it holds a full stop")
UNBALANCED = _("it holds a bracket that is not closed, or not opened")
VERB = _("it holds a verb of task text")
TOO_LONG = _("it is longer than a unit name is")
ROLE_WORD = _("it holds a role word")
JOINED = _("it reads as two names printed apart above, run on without a separator: two units?")
SPLIT_COLLECTIVE = _(
    "it reads as the end of a collective split at a 、 (各市（县）、区政府): one unit with "
    "the name before it?"
)
PERSON = _(
    "it reads as a person's name (a surname, two or three characters, no organisation's "
    "ending): not an organisation?"
)

#: Common surnames (the first character of a person's name): a "unit" of two or three
#: characters beginning with one and ending as no organisation does (张三, 李明华) names
#: a person, not an organisation.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)
# A person's name: two or three Chinese characters; and the endings of an organisation's
# name it never has (beside ORGANISATION_ENDINGS: 府, 镇, 乡, 村, and 投 of 区城投).
_PERSON_FORM = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_PERSON_ENDINGS = (*ORGANISATION_ENDINGS, "府", "镇", "乡", "村", "投", "办")


def _balanced(name: str) -> bool:
    """Whether every bracket *name* opens it closes, in order (各县（市、区）政府, 县<市、区>)."""
    depth = 0
    for char in name:
        if char in "（(〔［[【<〈《":
            depth += 1
        elif char in "）)〕］]】>〉》":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def doubtful_unit(name: str) -> str | None:
    """Why *name* may be no unit name (a reason above), or None."""
    for form, reason in ((_MARK, MARK), (_FULL_STOP, FULL_STOP), (DATE_FORM, DATE)):
        if form.search(name):
            return reason
    if not _balanced(name):
        # （省政务服务办 of 推进一网通办。（省政务服务办负责）: a cut through a bracket.
        return UNBALANCED
    if _VERB.search(name) and not name.endswith(ORGANISATION_ENDINGS):
        return VERB
    if len(name) > LONGEST_NAME:
        return TOO_LONG
    if _ROLE_IN_UNIT.search(name):
        return ROLE_WORD
    return None


def person_name(name: str) -> bool:
    """Whether *name* reads as a person's name (张三, 李明华), not an organisation's.

    Two or three Chinese characters, the first a common surname (:data:`SURNAMES`),
    and no organisation's ending (局, 委, 办, 中心, 政府, 公司, 街道, 村, …).

    >>> person_name("张三"), person_name("李明华"), person_name("王村"), person_name("市城管局")
    (True, True, False, False)
    """
    return (
        bool(_PERSON_FORM.match(name))
        and name[0] in SURNAMES
        and not name.endswith(_PERSON_ENDINGS)
    )


#: A leader's post where a unit would stand (分管副省长、协管副秘书长负责; 王宏副市长):
#: people, not a unit.
POST = re.compile(r"(?:[省市县区州镇乡]长|秘书长|书记|领导)$")


def names_a_post(name: str) -> bool:
    """Whether *name* is a leader's post (分管副省长, 协管副秘书长, 常务副市长), not a unit."""
    return bool(POST.search(name))


def attribution_form(text: str) -> str | None:
    """The attribution form *text* holds (牵头 closing a clause, 牵头单位：), or None."""
    compact = "".join(text.split())
    found = _LABEL.search(compact) or _ROLE_CLOSE.search(compact)
    return found[0] if found else None


# What may stand between a unit's name and its role word (市地税局等按职责分工负责).
_BETWEEN = re.compile("(?:" + "|".join(LIST_ENDINGS) + ")?(?:" + "|".join(CLAUSE_BEFORE) + ")?$")
# Where a name before a role word begins: after punctuation or a label's colon.
_NAME_START = re.compile(r"[，,；;。、：:（(\[〔【［]")


def unit_attribution_form(text: str) -> str | None:
    """The attribution form a sentence of text holds after a unit's name, or None.

    As :func:`attribution_form`, but a role word counts only after a name that ends
    as an organisation's does (…局, …委, …部门, …政府, 科协, 工商联, or a bracket:
    各县（市、区）), a list ending or 按职责分工 between them allowed: so a preamble
    sentence's 加强各类政策协同, 政策的协调配合 is no attribution (trial4/11, trial4/12),
    and 市财政局配合 is one.
    """
    compact = "".join(text.split())
    if found := _LABEL.search(compact):
        return found[0]
    endings = (*organisation_endings(), "联", "协", "）", ")")
    for found in _ROLE_CLOSE.finditer(compact):
        before = _NAME_START.split(compact[: found.start()])[-1]
        name = _BETWEEN.sub("", before, count=1)
        if len(name) > 1 and name.endswith(endings):
            return found[0]
    return None


# A bracket closing a task's text: its contents, and the parts its commas and 、 part.
_CLOSING_BRACKET = re.compile(r"[（(]([^（()）]+)[)）]$")
_PARTS = re.compile(r"[，,、；;]")


def unit_bracket_form(text: str) -> str | None:
    """A bracket closing *text* that names a unit with no role word, or None.

    The general form: （市公安局，2025年第三季度）, a unit and a period, no role word or
    label. No document of the corpus prints it (one list the imp18 trial read does), so
    it is not read: the task's problem quotes the bracket as an attribution not read,
    rather than saying the list names no unit.
    """
    compact = "".join(text.split())
    if (found := _CLOSING_BRACKET.search(compact)) is None:
        return None
    parts = [part for part in _PARTS.split(found[1]) if part]
    endings = organisation_endings()
    if any(len(part) > 2 and part.endswith(endings) for part in parts):
        return found[0]
    return None


# Why a candidate line of a file without tasks was not taken (NO_TASK's ``candidates``).
NOT_NUMBERED = _("holds role words but has no task number (1.)")
NUMBERED_OTHERWISE = _("numbered in a form not read as a task")
READ_AS_HEADING = _("read as a heading: no attribution after it")
_CANDIDATE = _("line {line}: {why}")
#: How many candidate lines a NO_TASK problem lists.
MOST_CANDIDATES = 10

# A number a task list may print that the reader does not take as a task's: (1), ①, 第一条.
_OTHER_NUMBER = re.compile(
    r"^(?:[（(][0-9]{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十百]+[条项]|[0-9]{1,3}\s)"
)


def candidate_reason(line: str) -> str | None:
    """Why a line that became no task could have been one (a reason above), or None."""
    compact = line.strip()
    if _OTHER_NUMBER.match(compact):
        return NUMBERED_OTHERWISE
    if attribution_form(compact):
        return NOT_NUMBERED
    return None


# Why one of a file's first lines is no task, when no line could have been one
# (NO_TASK's ``first_lines``).
HEADER_ALONE = _("a column header alone (a table flattened one cell a line?)")
TITLE_READ = _("read as the list's title")
HEADING_READ = _("a heading, with no numbered task under it")
NOT_A_TASK = _("no task number (1.) and no attribution (…牵头)")
# Why a file without lines that could be tasks holds none (NO_TASK's ``why``).
BLANK_FILE = _("the file holds no text")
NO_BODY_ROW = _("no row below the header row holds a task's text")
_FIRST_LINE = _("line {line} ({text}): {why}")
#: How many of a file's first lines a NO_TASK problem shows, when none was a candidate.
FIRST_LINES = 5


def first_lines(found: Sequence[tuple[int, str, str]]) -> dict[str, str]:
    """NO_TASK's values for a file's first lines *found* (``(line, text, why)``), both languages."""
    from dg_plan import _i18n  # noqa: PLC0415 - the catalog only when nothing was read

    say = _i18n.translation("zh").gettext
    chosen = found[:FIRST_LINES]

    def shown(text: str) -> str:
        # Its first characters as printed (a 、 it prints is joined back as printed).
        compact = "".join(text.split())
        return compact if len(compact) <= 20 else compact[:20] + "…"

    return {
        "first_lines": LIST_SEPARATOR.join(
            _FIRST_LINE.format(line=n, text=shown(t), why=why) for n, t, why in chosen
        ),
        "first_lines_zh": LIST_SEPARATOR.join(
            # A reason is a phrase: a full stop of its own would stand before the list's
            # 、 (or the screen's ；), so none is kept.
            say(_FIRST_LINE).format(line=n, text=shown(t), why=say(why).rstrip("。"))
            for n, t, why in chosen
        ),
    }


def candidates(found: Sequence[tuple[int, str]]) -> dict[str, str]:
    """NO_TASK's values for the candidate lines *found* (``(line, why)``), both languages."""
    from dg_plan import _i18n  # noqa: PLC0415 - the catalog only when nothing was read

    say = _i18n.translation("zh").gettext
    chosen = found[:MOST_CANDIDATES]
    # A list value is kept joined by LIST_SEPARATOR (、), which no reason holds.
    return {
        "candidates": LIST_SEPARATOR.join(_CANDIDATE.format(line=n, why=why) for n, why in chosen),
        "candidates_zh": LIST_SEPARATOR.join(
            say(_CANDIDATE).format(line=n, why=say(why)) for n, why in chosen
        ),
    }


# A government named by a level word alone (区政府, 县人民政府, 縣政府), and a name that
# opens a collective (各, 相关, 有关) and ends in a level word or a bracket (各市（县）).
_LEVEL_GOVERNMENT = re.compile(r"^[市县区州乡镇縣區鄉鎮]{1,2}(?:人民)?政府$")
_COLLECTIVE_OPEN = re.compile(r"^(?:各|相关|有关|相關|有關).*(?:[市县区州乡镇縣區鄉鎮]|[）)])$")
# Level words alone, maybe with others in brackets (镇（街道）, 镇街, 乡镇): no unit's name.
_LEVELS_ALONE = re.compile(
    r"^(?:街道|[市县区州乡镇街縣區鄉鎮]){1,2}(?:[（(](?:街道|[市县区乡镇縣區鄉鎮、]){1,6}[）)])?$"
)
_COLLECTIVE_WORD = re.compile(r"^(?:各|相关|有关|相關|有關)")


def split_collective(before: str, name: str) -> bool:
    """Whether *name*, read after *before* in one list, may be the end of a collective split.

    The level words of one collective joined by 、 (各县、市、区政府) are one unit; printed
    in a form the grammar does not join (a level word with another in brackets, a pair of
    level words: 相關市、縣政府 in trial9/07's first run, 各市(县)、区政府 in trial18/08's),
    the list reads as a collective of places (各市（县）) and a government named by a level
    word alone (区政府), which no list names otherwise. So does a list reading level words
    alone (镇（街道）, 镇街) after a collective (各开发区、镇(街道): trial21/03; 各平台、镇街:
    trial11/07): 各 may govern both, one unit, as those lists' keys disagree.

    >>> split_collective("各市（县）", "区政府"), split_collective("市财政局", "区政府")
    (True, False)
    >>> split_collective("各开发区", "镇（街道）"), split_collective("各平台", "镇街")
    (True, True)
    >>> split_collective("各开发区", "开发园区"), split_collective("市教育局", "镇街")
    (False, False)
    """
    return bool(
        (_LEVEL_GOVERNMENT.match(name) and _COLLECTIVE_OPEN.match(before))
        or (_LEVELS_ALONE.match(name) and _COLLECTIVE_WORD.match(before))
    )


# A numbered line that is one short sentence of its own (主要指标的责任部门。): at most
# 20 characters, its only full stop at its end.
_SENTENCE_LINE = re.compile(r"^[^。]{1,19}。$")
# A subsection's line that is one sentence of its own, of any length.
_ANY_SENTENCE_LINE = re.compile(r"^[^。]+。$")


def heading_in_text(line: str, text: str, *, subsection: bool = False) -> bool:
    """Whether an item's *line*, a short sentence of its own, begins a longer *text*.

    The general form: a numbered line that is one sentence (at most 20 characters, its
    full stop its last), no attribution, the task's text going on on the lines after it
    (1.主要指标的责任部门。 over targets run on, each closed by its bracket: trial18/05).
    The line may be a heading over the task: a doubt. A name line with no full stop over
    its content (1.优化城乡结构布局: trial18/02) and sub-targets after a goal (——…) are
    no such line. A *subsection*'s line ((一)…) is doubted at any length: a (一) line
    printed as a full sentence over unnumbered paragraphs, the first of which it is
    joined to (trial22/02, (一)推动经济稳定健康发展,必须…均衡拉动作用。 over paragraphs
    each closed by its own bracket), may be the heading over them (one document prints
    the form: doubted, not read as a heading).

    >>> heading_in_text("主要指标的责任部门。", "主要指标的责任部门。常住人口控制在1150万人左右。")
    True
    >>> heading_in_text("优化城乡结构布局", "优化城乡结构布局坚持城乡统一规划。")
    False
    """
    first = "".join(line.split())
    sentence = _ANY_SENTENCE_LINE if subsection else _SENTENCE_LINE
    return (
        bool(sentence.match(first))
        and attribution_form(first) is None
        and text.startswith(first)
        and len(text) > len(first)
        and not text[len(first) :].startswith("——")
    )


def joins_two_names(name: str, apart: set[str]) -> bool:
    """Whether *name* is two of the names in *apart*, run on (文化宣传股 + 文化馆).

    A cell of two names on two lines, its line break lost (文化宣传股文化馆), where the
    list printed each name apart before: read as one name, and doubted.
    """
    return name not in apart and any(
        name[:i] in apart and name[i:] in apart for i in range(1, len(name))
    )
