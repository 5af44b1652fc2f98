"""The grammar of a printed unit cell: who leads, who is responsible, who supports.

One parser for every reader: the shipped plan's build (``tools/build_data.py``) and
:mod:`dg_plan.importing` both call :func:`parse_units`.

The grammar, read left to right:

* a clause ends with its role word: ``牵头`` or ``主办`` (LEAD); ``负责``,
  ``按职责分工负责`` or nothing at all (RESPONSIBLE); ``配合``, ``协助``, ``协同``,
  ``协办``, ``参与`` or ``参加`` (SUPPORT);
* a clause may instead start with its label: ``牵头单位：``, ``配合单位：`` (or
  ``协助单位：``, ``参与单位：``) give their role to the whole clause; after
  ``负责单位：`` or ``责任单位：`` (all units) the clause is read by this grammar;
* items are separated by ``、``, ``，`` and ``以及``, and (the importer's rule,
  *departments_only*) by a bare ``及`` between two names that each end as an
  organisation's name does (市级各有关部门及各县市区政府);
* an elided prefix (省, 市, 区, 县 or a place name ending in one of them) is restored
  from the first item that has one: "省发展改革委、财政厅" is 省发展改革委 and 省财政厅;
* collectives (各…, …各部门, …有关部门, …相关部门, …相关单位) and self-standing names
  are left as they are.

The role words are :mod:`dg_plan._vocabulary`'s, defined there once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

import attrs

from ._messages import Message, to_values, values_validator
from ._notes import Note, NoteKind
from ._vocabulary import (
    CLAUSE_AFTER,
    CLAUSE_BEFORE,
    DEPARTMENT_ENDINGS,
    DEPARTMENT_STEMS,
    ENDING_TRADITIONAL,
    GLOSS,
    HEADERS,
    LIST_ENDINGS,
    NOT_LOCAL,
    SHARED_SUFFIXES,
    SUFFIXES,
    TRADITIONAL,
    UNDER_LEAD,
    WORDS,
    Role,
    organisation_endings,
)
from .importing.findings import FindingKind

__all__ = [
    "LABEL_BREAK",
    "Finding",
    "UnitCell",
    "format_units",
    "is_collective",
    "normalize_cell",
    "parse_units",
]

# Role words that end a clause, longest first; labels that start one (责任单位: the
# cell's own grammar follows).
_SUFFIXES = SUFFIXES
_LABELS: Mapping[str, Role | None] = HEADERS
_CLAUSE_END = re.compile(
    "(?:" + "|".join(CLAUSE_BEFORE) + ")?"
    "(" + "|".join(w for w, _ in _SUFFIXES) + ")"
    "(?:" + "|".join(CLAUSE_AFTER) + ")?"
    "(?=$|[，；。,;])"
)
_LABEL = re.compile("^(" + "|".join(sorted(_LABELS, key=len, reverse=True)) + ")[：:]")
# A separator inside brackets belongs to a name: 各县（市、区）政府 is one collective,
# and so is 各县<市、区>人民政府 (angle brackets, as some pages print them).
_ITEM_SEP = re.compile(r"(?:、|，|,|以及)(?![^（(<〈]*[）)>〉])")
# A bare 及 or 和 outside brackets: it separates two names when each ends as an
# organisation's name does (市级各有关部门及各县市区政府, 环保厅和内蒙古电力监管办), like
# 以及; 经济和信息化委 stays one (经济 ends no organisation's name).
_AND = re.compile(r"(?<!以)[及和](?![^（(<〈]*[）)>〉])")
# (相关乡镇办, 有关县区: "the ones concerned" names several units too; so does a count,
# 13个街道、镇.)
_COLLECTIVE = re.compile(
    r"^各|^相关|^有关|^相關|^有關|各部门$|有关部门$|相关部门$|相关单位$|有关单位$|各单位$|成员单位$"
    r"|^(?:[0-9]+|[一二三四五六七八九十两]+)个"
)
_SELF_STANDING = re.compile(r"管委会$|^河南|^人行|^中国人民银行")
# The level words of a place, also in traditional characters (區, 縣): 自治區, 某縣.
_PREFIX_LEVELS = "省市区县區縣"
# A place opening a name, its level word maybe glossed (自治區(qū)農(nóng)牧廳: 自治區(qū)).
_PLACE = re.compile(
    rf"^([\u4e00-\u9fff]{{2,4}}?[{_PREFIX_LEVELS}](?:{GLOSS})?)"
    rf"(?=[\u4e00-\u9fff](?:{GLOSS})?[\u4e00-\u9fff])"
)
# A level word alone opening a name (区财政局, 區(qū)財政局), maybe glossed.
_LEVEL_ALONE = re.compile(rf"^[省区县區縣](?:{GLOSS})?")
# A place with its level word inside a name (国家税务总局潍坊市税务局, 高新区建设局).
_INNER_PLACE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}[{_PREFIX_LEVELS}]")
# (Also in traditional characters: 湖北銀監局, 湖北證監局, 某海關, 調查隊, 哈爾濱鐵路局.)
_NOT_LOCAL_TRADITIONAL = dict(zip("银监证关调队总铁", "銀監證關調隊總鐵", strict=True))
_NOT_LOCAL = re.compile(
    "|".join(
        sorted(
            {*NOT_LOCAL, *("".join(_NOT_LOCAL_TRADITIONAL.get(c, c) for c in w) for w in NOT_LOCAL)}
        )
    )
)
# A body that prints its own level inside its name: the Youth League's committees
# (团省委, 团市委, 团县委, 团区委).
_OWN_LEVEL = re.compile(r"^团[省市县区]委$")
_PUNCTUATION = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）"}
# A list ending (等, 等部门, 等有关部门): dropped from the item it ends.
_LIST_END = re.compile("(?<=..)(?:" + "|".join(LIST_ENDINGS) + ")$")
# The level words of one collective joined by 、 (各县、市、区政府; 相关市、县政府 and 相關
# 市、縣政府, trial9/07, as 相关/有关 open a collective; 各州、市人民政府, the
# 州 of a 自治州 beside the 市 of a city, as 云南's addressee lines print 各州、市、县、区人
# 民政府: trial8/03; the 特区 of Guizhou, a county-level place, beside them, as 六盘水's
# lists print 各县、特区、区人民政府: trial12/06): one unit. So is a place's level
# printed as two level words (县市) or with another in brackets (市（县）) among them:
# 各县市、区政府 (trial17/01), 各市（县）、区政府 (trial18/08). So are the level words a
# count or 各 governs, ending the item (13个街道、镇; 各乡、镇).
_LEVEL = r"(?:特区|特區|[州县市区乡镇縣區鄉鎮]{1,2}(?:（[州县市区乡镇縣區鄉鎮]）)?)"
_LEVELS = re.compile(
    rf"(?:各|相关|有关|相關|有關){_LEVEL}"
    rf"(?:、{_LEVEL})+(?=[\u4e00-\u9fff])"
    r"|(?:各|[0-9]+个|[一二三四五六七八九十]+个)(?:街道|[县市区乡镇])"
    r"(?:、(?:街道|[县市区乡镇]))+"
    "(?=$|[^\u4e00-\u9fff]|"
    + "|".join(w for w, _ in (*SUFFIXES, *((e, None) for e in LIST_ENDINGS)))
    + "|分别)"
)
_JOINED = "\x00"
# A line break between two names separates them, as a 、 would.
# So does a space after a whole department name (市规划局 市建设局).
_NAME_SPACE = re.compile(
    "(?<=["
    + "".join(DEPARTMENT_ENDINGS)
    + "])[ \\t\u3000]+(?=[\u4e00-\u9fff]{2,}["
    + "".join(DEPARTMENT_ENDINGS)
    + "])"
)
_LINE_BREAK = re.compile(r"(?<=[^、，,；;\s])[ \t]*\n\s*(?=[^、，,；;\s])")
# A space or line break before a label separates two clauses, as a ； would
# (牵头单位：市文广旅游局 责任单位：…: two labels in one cell or bracket).
LABEL_BREAK = re.compile(
    r"[ \t\u3000]*\n\s*(?=(?:"
    + "|".join(sorted(_LABELS, key=len, reverse=True))
    + r")\s*[：:])|(?<=\S)[ \t\u3000]+(?=(?:"
    + "|".join(sorted(_LABELS, key=len, reverse=True))
    + r")\s*[：:])"
)


@attrs.frozen(cache_hash=True)
class Finding(Message[FindingKind]):
    """A finding without a place: a kind plus its values (the unit grammar's problems).

    ``str(finding)`` is its English sentence; ``render(language)`` says it in a language.

    Args:
        kind: What was found.
        values: The values the kind names (a mapping or pairs; kept sorted by key).
    """

    KINDS = FindingKind
    NOUN = "finding"

    # A finding may name no value (``NO_TASK``); a note always names one.
    values: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=to_values, validator=values_validator
    )

    @classmethod
    def of(cls, kind: FindingKind, values: Mapping[str, str] | None = None) -> Finding:
        """Return the finding of *kind* with *values*."""
        return cls(kind, tuple((values or {}).items()))


def normalize_cell(text: str) -> str:
    """Remove white space and use the print's full-width punctuation.

    A line break between two names separates them (a cell printing one unit a line);
    a space or line break before a label (责任单位：) separates two clauses.
    """
    out = LABEL_BREAK.sub("；", str(text).strip())
    out = _LINE_BREAK.sub("、", out)
    out = "".join(_NAME_SPACE.sub("、", out).split())
    for ascii_form, print_form in _PUNCTUATION.items():
        out = out.replace(ascii_form, print_form)
    return out


def is_collective(name: str) -> bool:
    """Whether *name* stands for several units (各省辖市政府, 省直有关部门, …)."""
    return bool(_COLLECTIVE.search(name))


@attrs.frozen
class UnitCell:
    """A unit cell, parsed.

    Args:
        units: Every unit, in printed order, each once.
        leads: The units of LEAD clauses, in printed order.
        support: The units of SUPPORT clauses, in printed order.
        notes: Every prefix restored, as a :class:`~dg_plan.Note` of kind
            ``prefix_restored`` (``"省 restored: 财政厅 → 省财政厅"``).
        problems: What could not be read (a unit printed twice, an empty item), each a
            finding: its kind plus its values; ``str()`` gives its English sentence.
        prefix: The elided prefix the list restores (省, 市, …), or ``None``.
    """

    units: tuple[str, ...]
    leads: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    problems: tuple[Finding, ...] = ()
    prefix: str | None = None

    @property
    def responsible(self) -> tuple[str, ...]:
        """The units that neither lead nor support."""
        other = {*self.leads, *self.support}
        return tuple(u for u in self.units if u not in other)


# Two separators with nothing between them (，，; 、，): an empty item of a unit list.
_EMPTY_BETWEEN = re.compile(r"[，、；][，、；]")
_PIECE_SEP = re.compile("；|。|，(?=(?:" + "|".join(_LABELS) + ")：)")


def _clauses(text: str, known: Callable[[str], bool] | None) -> list[tuple[Role, str]]:
    """Split *text* into (role, clause) pairs, left to right.

    A role word ends a clause only after a name: a role word that stands alone as an
    item, or ends a name the registry knows (*known*), is part of the name.
    """
    roles = dict(_SUFFIXES)
    out: list[tuple[Role, str]] = []
    for piece in _PIECE_SEP.split(text):
        if m := _LABEL.match(piece):
            forced = _LABELS[m[1]]
            if forced not in {None, Role.RESPONSIBLE}:
                out.append((forced, piece[m.end() :]))
                continue
            # 责任单位： (and 负责单位：, the role of unmarked names) holds a cell of
            # its own grammar.
            piece = piece[m.end() :]  # noqa: PLW2901
        pos = 0
        for m in _CLAUSE_END.finditer(piece):
            item = _ITEM_SEP.split(piece[pos : m.end()])[-1]
            if item == m[1] or (known is not None and known(item)):
                continue
            out.append((roles[m[1]], piece[pos : m.start()]))
            pos = m.end()
        out.append((Role.RESPONSIBLE, piece[pos:]))
    clauses: list[tuple[Role, str]] = []
    for role, clause in out:
        chunk = clause.strip("，；。").removeprefix("由")
        if chunk:
            clauses.append((role, chunk))
    return clauses


def names_own_place(name: str, places: Collection[str] = ()) -> bool:
    """Whether *name* names its own place or no local department: it takes no prefix.

    So it does when it begins with a place the document names (*places*: 潍坊 in a list
    that prints 潍坊市; 潍坊水文局), holds a place with its level word (高新区建设局,
    国家税务总局潍坊市税务局), or holds a word of a body that is no local department
    (:data:`~dg_plan._vocabulary.NOT_LOCAL`: 潍坊银监分局, 银保监分局), or prints its own
    level inside it (团省委, 团市委: the Youth League's committee of that level).

    >>> names_own_place("潍坊银监分局"), names_own_place("高新区建设局")
    (True, True)
    >>> names_own_place("潍坊水文局"), names_own_place("潍坊水文局", ("潍坊",))
    (False, True)
    >>> names_own_place("财政局"), names_own_place("市场监管局"), names_own_place("团省委")
    (False, False, True)
    """
    return (
        any(name.startswith(place) for place in places)
        or bool(_INNER_PLACE.search(name))
        or bool(_NOT_LOCAL.search(name))
        or bool(_OWN_LEVEL.match(name))
    )


def _bare_department(item: str) -> bool:
    """Whether *item* is surely a bare department name, an elided prefix sure to belong.

    It is when it begins as a department's function does (:data:`DEPARTMENT_STEMS`:
    财政局, 住建局; in traditional characters too: 交通運輸廳, 鐵路辦) and holds no bracket
    and no Latin letter. A name beginning otherwise (青岛蓝谷管理局: a place), or holding a
    gloss (青島藍（lán）谷管理局), may name its own place or body: the prefix is restored,
    and the restoration doubted.
    """
    stem = "".join(_STEM_SIMPLIFIED.get(char, char) for char in item[:2])
    return stem.startswith(DEPARTMENT_STEMS) and not re.search(r"[（(〔［\[【<〈A-Za-z]", item)


# The characters of :data:`DEPARTMENT_STEMS` printed otherwise in traditional script,
# read back to their simplified forms (審計 is 审计, 鐵路 铁路, 衛健 卫健): a small
# explicit table for the stems only, so that a name keeps the characters it prints.
_STEM_SIMPLIFIED = dict(
    zip(
        "發業經濟務財規劃態環鄉設農機漁廣電衛計應監審國資場質藥聞統醫療糧訪僑稅數據營關檔氣貧"
        "郵編辦組網碼殘聯婦團總會協銷綜執動齡體鐵",
        "发业经济务财规划态环乡设农机渔广电卫计应监审国资场质药闻统医疗粮访侨税数据营关档气贫"
        "邮编办组网码残联妇团总会协销综执动龄体铁",
        strict=True,
    )
)

# A bare department name's endings (厅, 局, 委, 办), also in traditional characters (廳, 辦).
_DEPARTMENT_ENDINGS = tuple(
    dict.fromkeys(
        (*DEPARTMENT_ENDINGS, *(ENDING_TRADITIONAL.get(e, e) for e in DEPARTMENT_ENDINGS))
    )
)


def _prefix_of(name: str, standing: Callable[[str], bool]) -> str | None:
    if is_collective(name) or standing(name):
        return None
    if m := _LEVEL_ALONE.match(name):
        return m[0]
    if name[0] == "市" and not name.startswith(_MARKET):
        return name[0]
    if m := _PLACE.match(name):
        return m[1]
    return None


# 市场 (market), also in traditional characters (市場監管總局, trial15/06): a function's
# first word, no level word 市.
_MARKET = ("市场", "市場")


def _market(item: str, prefix: str) -> bool:
    """Whether *item* is a bare 市场… department under the prefix 市.

    市场监管局 after 市生态环境局 is 市市场监管局 (trial9/08): the name begins with 市 as
    printed, yet that 市 is its function's (市场), not its level; so is 市場 in a copy in
    traditional characters (市場監管總局, trial15/06-national-zhishichanquan2021-trad).
    """
    return prefix == "市" and item.startswith(_MARKET)


def _split_and(item: str, known: Callable[[str], bool] | None) -> list[str]:
    """*item*, split at each bare 及 or 和 that stands between two organisations' names.

    ``市级各有关部门及各县市区政府``, ``环保厅和内蒙古电力监管办`` and
    ``省直有关部门和各市人民政府`` are two units each;
    ``科技及信息化局`` and ``经济和信息化委`` one (科技, 经济 end no organisation's name); a
    name the registry knows (*known*) is kept whole.
    """
    if ("及" not in item and "和" not in item) or (known is not None and known(item)):
        return [item]
    endings = organisation_endings()
    for m in _AND.finditer(item):
        left, right = item[: m.start()], item[m.end() :]
        if m[0] == "和" and (
            (is_collective(left) and not is_collective(right)) or not _own_name(right, endings)
        ):
            # 各州（市）党委和政府, 高新区党工委和管委会: one body's two organs, one unit.
            # Two collectives, each a unit's whole name (省直有关部门和各市人民政府:
            # trial21/06; 等省有关部门和各地级以上市人民政府: trial6/07), are two units.
            continue
        if len(left) > 1 and len(right) > 1 and left.endswith(endings):
            rest = _split_and(right, known)
            if rest[-1].endswith(endings):
                return [left, *rest]
    return [item]


def _own_name(name: str, endings: tuple[str, ...]) -> bool:
    """Whether *name* holds a name of its own before its organisation's ending.

    内蒙古电力监管办 does (内蒙古电力监管 before 办); 政府, 人民政府 and 管委会 do not: after
    和 they are the organs of the body named before it.
    """
    ending = next((e for e in endings if name.endswith(e)), "")
    own = name[: len(name) - len(ending)]
    return len(own) >= 2 and own != "人民"


# The shared suffixes' characters in traditional script (開發區, 海關, 街道辦事處).
_TRADITIONAL_CHARS = {
    **ENDING_TRADITIONAL,
    **TRADITIONAL,
    **dict(zip("发开济经园范", "發開濟經園範", strict=True)),
}
_SHARED_SUFFIXES = tuple(
    sorted(
        {
            *SHARED_SUFFIXES,
            *("".join(_TRADITIONAL_CHARS.get(c, c) for c in w) for w in SHARED_SUFFIXES),
        },
        key=len,
        reverse=True,
    )
)
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def _bare_place(item: str, known: Callable[[str], bool] | None) -> bool:
    """Whether *item* is a bare place name, no unit's name (人民大垸, 洛阳, 城东).

    Two to six Chinese characters that do not end as an organisation's name does, that
    name no collective and no mass organisation (妇联, 科协), read as no task text, and
    that the registry (*known*) does not hold.
    """
    from .importing.doubts import doubtful_unit  # noqa: PLC0415 - the importer's rule

    return (
        2 <= len(item) <= 6
        and bool(_HAN.match(item))
        and not item.endswith((*organisation_endings(), "联", "协"))
        and not is_collective(item)
        and doubtful_unit(item) is None
        and not (known is not None and known(item))
    )


def _suffix_of(item: str) -> str | None:
    """The shared suffix *item* ends in after a place of two characters or more, if any."""
    for suffix in _SHARED_SUFFIXES:
        place = item.removesuffix(suffix)
        if place != item and len(place) >= 2 and _HAN.match(place) and not is_collective(item):
            return suffix
    return None


# A place with its level word, alone as an item (海东市, 临夏州, 黄埔区), and a name that
# begins with one (临夏州发展改革部门, 南沙区政府): the place, and the rest of the name.
_LEVEL_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}[省市州区县盟旗]$")
_LEVEL_PLACE_OF = re.compile(r"^([\u4e00-\u9fff]{2,4}?[省市州区县盟旗])([\u4e00-\u9fff]{2,})$")


def _level_place(item: str, known: Callable[[str], bool] | None) -> bool:
    """Whether *item* is a place with its level word alone (海东市, 黄埔区), no unit's name."""
    return (
        bool(_LEVEL_PLACE.match(item))
        and not item.endswith(_ZONE)  # 金华开发区 is a zone, no place (trial20/05)
        and not is_collective(item)
        and not (known is not None and known(item))
    )


# A zone, no place of a government (雄安新区管委会: the zone's own body, no shared name).
_ZONE = ("新区", "开发区", "高新区", "园区", "示范区", "管理区")


def _place_suffix(item: str) -> tuple[str, str] | None:
    """The place with its level word *item* begins with, and the name after it, if any.

    临夏州发展改革部门 gives (临夏州, 发展改革部门), 南沙区政府 (南沙区, 政府): the rest must
    end as an organisation's name does, and the place must be no zone (雄安新区管委会).
    """
    m = _LEVEL_PLACE_OF.match(item)
    if (
        m is None
        or is_collective(item)
        or m[1].endswith(_ZONE)
        or not m[2].endswith(organisation_endings())
    ):
        return None
    return m[1], m[2]


def _suffix_runs(
    items: list[tuple[str, str]],
    member: Callable[[str], bool],
    suffix_of: Callable[[str], str | None],
) -> Iterator[tuple[range, str]]:
    """Each run of *items* that print a name once after them, and that name.

    A run is items *member* takes, joined by 、, followed by a 、 and an item whose
    *suffix_of* is a name (郑州、洛阳 before 南阳海关: 海关): each yields the run's
    indexes and the name. The caller may change the run's items before the next.
    """
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and member(items[j][0]) and (j == i or items[j][1] == "、"):
            j += 1
        if (
            j == i
            or j >= len(items)
            or items[j][1] != "、"
            or (suffix := suffix_of(items[j][0])) is None
        ):
            i = max(j, i + 1)
            continue
        yield range(i, j), suffix
        i = j + 1


def _give_suffix(
    items: list[tuple[str, str]],
    run: range,
    suffix: str,
    shared: list[tuple[Finding | None, Note]],
    doubt: Callable[[dict[str, str]], Finding | None] = lambda _: None,
) -> None:
    """Give *suffix* to the items of *run*, each noted in *shared* (and *doubt*'s finding)."""
    for k in run:
        bare = items[k][0]
        said = {"suffix": suffix, "from": bare, "to": bare + suffix}
        shared.append((doubt(said), Note(NoteKind.SUFFIX_SHARED, said)))
        items[k] = (bare + suffix, items[k][1])


def _share_after_places(
    items: list[tuple[str, str]],
    known: Callable[[str], bool] | None,
    shared: list[tuple[Finding | None, Note]],
) -> list[tuple[str, str]]:
    """*items*, the name printed once after places with their level words shared.

    Places printed with their level words and joined by 、, before a name that begins
    with a place of the same kind (海东市、兰州市、临夏州发展改革部门; 黄埔区、南沙区政府;
    荔湾区、黄埔区政府), each take the name printed after the last place: three
    发展改革部门, two 区政府 (trial8/09, trial8/10). Each is noted. (Places printed with
    their level words are places whatever their length, 乌鲁木齐市 beside 兰州市: unlike
    bare names, :func:`_share_suffix`'s, no length is doubted.)
    """
    out = list(items)

    def after_place(item: str) -> str | None:
        return found[1] if (found := _place_suffix(item)) is not None else None

    for run, suffix in _suffix_runs(out, lambda item: _level_place(item, known), after_place):
        _give_suffix(out, run, suffix, shared)
    return out


# The level words of a place (郑州市, 海淀区, 某县), also in traditional characters.
_LEVEL_WORDS = ("省", "市", "州", "区", "县", "區", "縣")


def _share_suffix(
    items: list[tuple[str, str]],
    known: Callable[[str], bool] | None,
    cell: str,
    shared: list[tuple[Finding | None, Note]],
) -> list[tuple[str, str]]:
    """*items* (each with the separator before it), a suffix printed once shared.

    Bare place names joined by 、 before a name ending in a shared suffix
    (:data:`~dg_plan._vocabulary.SHARED_SUFFIXES`) take it: 郑州、洛阳、南阳海关 is three
    海关, 人民大垸、荒湖管理区 two 管理区. Each restored name is noted in *shared*; where a
    bare name is two characters or more longer or shorter than the place the suffix is
    printed after (人民大垸 beside 荒湖), the restoration is doubted too. Full names
    (省发展改革委、省财政厅) are never joined.
    """
    out = list(items)

    def bare(item: str) -> bool:
        return _bare_place(item, known) and _suffix_of(item) is None

    for run, printed in _suffix_runs(out, bare, _suffix_of):
        suffix, place = printed, out[run.stop][0].removesuffix(printed)
        if place.endswith(_LEVEL_WORDS) and len(place) >= 3:
            # 哈爾濱、黑河、綏芬河市政府 (trial9/07): the level word before the suffix is
            # printed once too, and shared: 哈爾濱市政府, 黑河市政府.
            suffix, place = place[-1] + suffix, place[:-1]

        def doubt(said: dict[str, str], place: str = place) -> Finding | None:
            if abs(len(said["from"]) - len(place)) > 1:
                return Finding.of(FindingKind.SUFFIX_DOUBTFUL, {**said, "cell": cell})
            return None

        _give_suffix(out, run, suffix, shared, doubt)
    return out


def _share_after_zones(
    items: list[tuple[str, str]], shared: list[tuple[Finding | None, Note]]
) -> list[tuple[str, str]]:
    """*items*, a zone's committee (管委会) printed once after zones joined by 、, shared.

    金华开发区、金义都市新区、金华山旅游经济区管委会 (trial20/05, and the notice of
    trial20/09) names three zones' committees: each zone before the last takes its
    管委会, as 郑州、洛阳海关 share 海关. Each is noted.
    """
    out = list(items)

    def zone(item: str) -> bool:
        return item.endswith(_ZONE) and bool(_HAN.match(item))

    def zone_body(item: str) -> str | None:
        body = item.endswith("管委会") and item.removesuffix("管委会").endswith("区")
        return "管委会" if body else None

    for run, suffix in _suffix_runs(out, zone, zone_body):
        _give_suffix(out, run, suffix, shared)
    return out


def _empty_between(cell: str, items: list[tuple[Role, str]]) -> list[Finding]:
    """The empty item two separators print with nothing between them, if no item says it.

    市政府办公室牵头，，市大数据局配合: the clause after 牵头 strips its commas, so no
    item is empty; the cell's ，， still holds one (a 、、 inside a clause gives an
    empty item, reported as read).
    """
    if _EMPTY_BETWEEN.search(cell) and all(item for _, item in items):
        return [Finding.of(FindingKind.EMPTY_UNIT_ITEM, {"cell": cell})]
    return []


def parse_units(
    text: str,
    *,
    standalone: Collection[str] = (),
    known: Callable[[str], bool] | None = None,
    inherit: str | None = None,
    departments_only: bool = False,
    places: Collection[str] = (),
) -> UnitCell:
    """Parse a printed unit cell into its units and their roles.

    >>> cell = parse_units("省发展改革委、财政厅牵头，省直有关部门配合")
    >>> cell.units, cell.leads, cell.support
    (('省发展改革委', '省财政厅', '省直有关部门'), ('省发展改革委', '省财政厅'), ('省直有关部门',))
    >>> parse_units("市公安局、应急管理局按职责分工负责").units
    ('市公安局', '市应急管理局')

    Args:
        text: The cell's text.
        standalone: Names that never take the elided prefix.
        known: A test for names that exist as they are printed (a registry's names);
            such a name is not given the prefix unless the prefixed name is known too.
        inherit: The prefix to restore when the cell's own first item has none: the
            prefix of an earlier unit column of the same row (牵头单位 → 配合单位).
        departments_only: Restore the prefix only onto bare department names (ending
            in 厅, 局, 委 or 办), or onto a name whose prefixed form *known* knows
            (残联: 省残联), never onto a development zone, a 专班 or any other name
            (the importer's rule); and never onto a name that names its own place
            or no local department (:func:`names_own_place`).
        places: With *departments_only*: the places the document names (潍坊, from
            潍坊市): a name beginning with one names its own place.

    Returns:
        The parsed cell.
    """

    def standing(name: str) -> bool:
        return name in standalone or bool(_SELF_STANDING.search(name))

    cell = normalize_cell(text)
    clauses = _clauses(_LEVELS.sub(lambda m: m[0].replace("、", _JOINED), cell), known)
    items: list[tuple[Role, str]] = []
    shared: list[tuple[Finding | None, Note]] = []
    for role, clause in clauses:
        # Each item with the separator printed before it (a 、 joins a shared suffix).
        seps = ["", *(m[0] for m in _ITEM_SEP.finditer(clause))]
        printed_items = list(zip(_ITEM_SEP.split(clause), seps, strict=True))
        if departments_only:  # the importer's rule: 甲部门及乙政府 names two units
            printed_items = [
                (part, sep if i == 0 else "及")
                for p, sep in printed_items
                for i, part in enumerate(_split_and(p, known))
            ]
        clause_items = []
        for printed, sep in printed_items:
            item = printed.replace(_JOINED, "、")
            # A list ending (等, 等部门) is dropped, unless the registry knows the name.
            if known is None or not known(item):
                item = _LIST_END.sub("", item)
            clause_items.append((item, sep))
        if departments_only:  # 人民大垸、荒湖管理区: 管理区 shared (the importer's rule)
            clause_items = _share_suffix(clause_items, known, cell, shared)
            clause_items = _share_after_zones(
                _share_after_places(clause_items, known, shared), shared
            )
        items += [(role, item) for item, _ in clause_items]
    prefix = None
    first = ""
    for _, item in items:
        if (
            item
            and any(char.isalnum() for char in item)
            and not is_collective(item)
            and not standing(item)
        ):
            prefix = _prefix_of(item, standing)
            first = item
            break
    if prefix is None and (not departments_only or first.endswith(_DEPARTMENT_ENDINGS)):
        # The importer carries a prefix from another column only into a list that
        # begins with a bare department name (配合单位：公安局、民政局).
        prefix = inherit
    units: list[str] = []
    roles: dict[str, Role] = {}
    notes: list[Note] = [note for _, note in shared]
    problems: list[Finding] = [doubt for doubt, _ in shared if doubt is not None]
    problems += _empty_between(cell, items)
    for role, item in items:
        if not item:
            problems.append(Finding.of(FindingKind.EMPTY_UNIT_ITEM, {"cell": cell}))
            continue
        if not any(char.isalnum() for char in item):
            # Punctuation alone names no unit: report it, take no prefix, keep going.
            problems.append(Finding.of(FindingKind.NOT_A_UNIT_NAME, {"item": item, "cell": cell}))
            continue
        name = item
        if (
            prefix is not None
            and (not item.startswith(prefix) or _market(item, prefix))
            and (_prefix_of(item, standing) is None or _market(item, prefix))
            and not is_collective(item)
            and not standing(item)
            and not (known is not None and known(item) and not known(prefix + item))
            and (
                not departments_only
                or (
                    (
                        item.endswith(_DEPARTMENT_ENDINGS)
                        or (known is not None and known(prefix + item))
                    )
                    and not names_own_place(item, places)
                    # A name beginning with a mark (*市工信局) or a bracket takes none.
                    and "\u4e00" <= item[0] <= "\u9fff"
                )
            )
        ):
            name = prefix + item
            said = {"prefix": prefix, "from": item, "to": name}
            notes.append(Note(NoteKind.PREFIX_RESTORED, said))
            if (
                departments_only
                and (not _bare_department(item) or any(p in item for p in places))
                and not (known and known(name))
            ):
                # Restored, and said to be doubtful: a bracket inside, a long name, or a
                # place the document names inside it (环保厅和内蒙古电力监管办).
                problems.append(Finding.of(FindingKind.PREFIX_DOUBTFUL, {**said, "cell": cell}))
        if name in roles:
            problems.append(
                Finding.of(FindingKind.UNIT_PRINTED_TWICE, {"name": name, "cell": cell})
            )
            continue
        roles[name] = role
        units.append(name)
    return UnitCell(
        prefix=prefix,
        units=tuple(units),
        leads=tuple(u for u in units if roles[u] is Role.LEAD),
        support=tuple(u for u in units if roles[u] is Role.SUPPORT),
        notes=tuple(notes),
        problems=tuple(problems),
    )


def format_units(leads: Sequence[str], responsible: Sequence[str], support: Sequence[str]) -> str:
    """Write units in the print's grammar, so that :func:`parse_units` reads them back.

    >>> format_units(["甲局", "乙局"], ["丙局"], ["丁局"])
    '甲局、乙局牵头，丙局按职责分工负责，丁局配合'
    >>> format_units([], ["甲局"], ["丁局"])
    '甲局负责，丁局配合'
    """
    parts = []
    if leads:
        parts.append("、".join(leads) + WORDS[Role.LEAD].word)
    if responsible:
        suffix = UNDER_LEAD if leads else (WORDS[Role.RESPONSIBLE].word if support else "")
        parts.append("、".join(responsible) + suffix)
    if support:
        parts.append("、".join(support) + WORDS[Role.SUPPORT].word)
    return "，".join(parts)


def numeral(number: int) -> str:
    """The Chinese numeral for 1..99 (一, 十, 二十一); digits beyond.

    >>> numeral(1), numeral(10), numeral(21)
    ('一', '十', '二十一')
    """
    digits = "一二三四五六七八九"
    if not 1 <= number <= 99:
        return str(number)
    tens, ones = divmod(number, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return text + ("" if ones == 0 else digits[ones - 1])
