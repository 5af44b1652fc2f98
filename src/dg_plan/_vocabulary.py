r"""The print's role words, defined once: every reader and writer derives from here.

A unit answers for a task in one of three :class:`Role`\ s, and the print says which
with a word after the names (``甲局牵头``), a label before them (``牵头单位：甲局``) or
a column's header (a column headed 牵头单位). :data:`WORDS` holds, for each role:

* its print word (:attr:`RoleWords.word`: 牵头, 负责, 配合), what writers print;
* its label (:attr:`RoleWords.label`: 牵头单位, 负责单位, 配合单位), written
  ``牵头单位：…`` before a clause and used as a column's header;
* the clause-ending words the grammar reads (:attr:`RoleWords.suffixes`), and the
  header and label words (:attr:`RoleWords.headers`), its label first.

One header names no role: :data:`ALL_UNITS` (责任单位) is the column, or the label, of
all of a task's units, each with the role the cell's own grammar gives it
(``责任单位：甲局牵头，乙局配合``).

The grammar (:mod:`dg_plan._grammar`), the importer's headers and labelled lines, the
tracking template's role column, the command line's ``--role`` words, the exports and
the shipped plan's build all read these names.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple, Protocol, TypeVar

__all__ = [
    "ALL_UNITS",
    "ALL_UNITS_LABELS",
    "DEADLINE_HEADERS",
    "DEPARTMENT_ENDINGS",
    "DEPARTMENT_STEMS",
    "DOUBTFUL_ROLE_WORDS",
    "ENDING_TRADITIONAL",
    "FIELD_LABELS",
    "GLOSS",
    "HEADERS",
    "LABELS",
    "LIST_ENDINGS",
    "NOT_LOCAL",
    "NUMBER_HEADERS",
    "ORGANISATION_ENDINGS",
    "PEOPLE_HEADERS",
    "PROGRESS_LABELS",
    "ROLE_WORDS",
    "SHARED_SUFFIXES",
    "STANDING_NOTES",
    "STATED_LEAD",
    "SUFFIXES",
    "TEXT_HEADERS",
    "TEXT_HEADER_ENDINGS",
    "TEXT_LIKE_ENDINGS",
    "TEXT_PREFERRED",
    "TITLE_ENDINGS",
    "TRADITIONAL",
    "UNDER_LEAD",
    "UNIT_WORD_VARIANTS",
    "WORDS",
    "Meaning",
    "Role",
    "RoleWords",
    "label",
    "named_units",
    "organisation_endings",
    "read_traditional",
    "role_words_pattern",
    "stated_lead_pattern",
    "traditional_form",
]


class Role(enum.Enum):
    """How a unit answers for a task, in the words of the print.

    >>> Role("lead"), Role.RESPONSIBLE.value
    (<Role.LEAD: 'lead'>, 'responsible')

    The values are the stable names used in the JSON format, exports and the graph.
    """

    #: 牵头: named before 牵头 (or 主办, read with a doubt), the unit leads the task.
    LEAD = "lead"
    #: 负责 / 按职责分工负责 / 负责单位: responsible for the task, under a lead (the units
    #: after 牵头) or with none.
    RESPONSIBLE = "responsible"
    #: 配合 / 协助 / 协同 / 协作 / 协办 / 参与 / 参加: supports the units that lead or are
    #: responsible. The shipped plan has none; imported lists do.
    SUPPORT = "support"

    @classmethod
    def _missing_(cls, value: object) -> Role | None:
        # Release 0.1 called RESPONSIBLE "shared"; read that value once more, loudly.
        if value == "shared":
            import warnings  # noqa: PLC0415 - only an old value needs it

            warnings.warn(
                "the role 'shared' is now 'responsible' (Role.RESPONSIBLE)",
                DeprecationWarning,
                stacklevel=3,
            )
            return cls.RESPONSIBLE
        return None


class RoleWords(NamedTuple):
    """The print's words for one role.

    Args:
        role: The role.
        word: The word a writer prints after the names (牵头, 负责, 配合).
        label: The label form (牵头单位), written ``牵头单位：…`` and used as a header.
        suffixes: Every word that ends a clause of this role, longest first.
        headers: Every column header or line label naming this role, *label* first.
    """

    role: Role
    word: str
    label: str
    suffixes: tuple[str, ...]
    headers: tuple[str, ...]


class Meaning(NamedTuple):
    """What a label (``X：``) or a column's header names: a row of :data:`LABELS`.

    Args:
        kind: ``text`` (the task's text), ``number`` (its number), ``deadline``,
            ``units``, ``people`` (a leader or a person answering: no unit),
            ``progress`` (a progress report: not read) or ``field`` (another field
            of the task, its expected result: not read).
        role: For ``units``, the role its units get; ``None``: each unit the role
            its cell's own grammar gives it, as under :data:`ALL_UNITS` (责任单位).
    """

    kind: str
    role: Role | None = None


#: The header (and label) of all of a task's units, whatever their roles: each unit
#: gets the role the cell's own grammar gives it.
ALL_UNITS = "责任单位"

_TEXT = Meaning("text")
_NUMBER = Meaning("number")
_DEADLINE = Meaning("deadline")
_ALL = Meaning("units")
_LEAD = Meaning("units", Role.LEAD)
_RESPONSIBLE = Meaning("units", Role.RESPONSIBLE)
_SUPPORT = Meaning("units", Role.SUPPORT)
_PEOPLE = Meaning("people")
_PROGRESS = Meaning("progress")
_FIELD = Meaning("field")

#: Every label and header word a list prints, with what it names: one row a word, so a
#: new synonym is one row here. The readers of headers (importing.headers), of labelled
#: lines and label/value records (importing.lines, importing.records, importing.text),
#: of labels inside an attribution (importing.attributions) and the grammar's clause
#: labels (dg_plan._grammar) read these words through :data:`LABELS` and its views
#: (:data:`TEXT_HEADERS`, :data:`DEADLINE_HEADERS`, :data:`HEADERS`, :data:`WORDS`' headers,
#: :data:`PEOPLE_HEADERS`, …), never a list of their own. Each word is read in traditional
#: characters too (牽頭單位), and through a copy's pinyin glosses (:func:`read_traditional`).
#: :data:`LABELS` adds the forms each row implies: a unit word ending in 单位 also ending
#: in 部门, 处室 or 科室 (:data:`UNIT_WORD_VARIANTS`), a people word ending in 领导 with a
#: level word before 领导. A word that could name something else in the same place is no
#: row (tests/importing/test_synonyms.py lists the words refused, and why).
_LABEL_ROWS: Mapping[str, Meaning] = MappingProxyType(
    {
        # The task's text: the headers first read before this release, then the forms
        # published lists use too (TEXT_PREFERRED settles two text columns).
        "重点任务": _TEXT,
        "主要任务": _TEXT,
        "工作任务": _TEXT,
        "任务内容": _TEXT,
        "具体任务": _TEXT,
        "重点工作": _TEXT,
        "主要工作": _TEXT,
        "目标与任务": _TEXT,
        "工作内容": _TEXT,
        "任务举措": _TEXT,
        "主要内容": _TEXT,
        "具体内容": _TEXT,
        # The task's number (编号 as many tables print it).
        "序号": _NUMBER,
        "编号": _NUMBER,
        # The task's printed deadline (完成时限: the deadline, never text).
        "完成时限": _DEADLINE,
        "任务时限": _DEADLINE,
        "完成时间": _DEADLINE,
        "时间节点": _DEADLINE,
        "完成期限": _DEADLINE,
        "时限要求": _DEADLINE,
        "时间要求": _DEADLINE,
        "进度安排": _DEADLINE,
        # The time by which a matter is to be settled (办结: handled to its end), a
        # supervision ledger's deadline: "有明确办结时限的应提前办结"
        # (http://fgw.dazhou.gov.cn/news-show-1581.html, 达州市发展和改革委员会).
        "办结时限": _DEADLINE,
        # All of a task's units, each with the role its cell's grammar gives it.
        ALL_UNITS: _ALL,
        # 部门分工 (the departments' division of the work: 部门分工：X牵头，Y配合).
        "部门分工": _ALL,
        # The main responsible units, no role word of their own: as 责任单位 (a header
        # beside 协同配合单位, trial2/04-qiaocheng-jiaoyu, and beside 第一责任单位,
        # trial16/06-jiaxing-shiyiwu2006; a notice's words, "主要责任单位要与协同配合单位
        # 加强沟通联系", https://www.bzqc.gov.cn/XxgkContent/show/1465541.html, 谯城区).
        "主要责任单位": _ALL,
        # The lead, the role's own label first (what writers print).
        "牵头单位": _LEAD,
        "牵头责任单位": _LEAD,
        "省牵头单位": _LEAD,
        # The first responsible unit leads (第一责任单位 over one column, beside a
        # 主要责任单位 column: trial16/06-jiaxing-shiyiwu2006), as a document states it
        # in words (第一责任单位为牵头单位: trial3/01-xiamen-yingshang).
        "第一责任单位": _LEAD,
        # The host office's label (主办单位：X, trial19/07-xuzhou-fenjie2010), the label
        # form of the clause X主办 (trial2/11-heilongjiang-zfgzbg2013): read as the
        # lead, and doubted as 主办 is (DOUBTFUL_ROLE_WORDS).
        "主办单位": _LEAD,
        "负责单位": _RESPONSIBLE,
        "配合单位": _SUPPORT,
        "协助单位": _SUPPORT,
        "参与单位": _SUPPORT,
        "协同单位": _SUPPORT,
        "协同责任单位": _SUPPORT,
        "协作单位": _SUPPORT,
        "主要协作单位": _SUPPORT,
        # The assisting offices' label beside 主办单位 (协办单位：Y), as X协办 reads.
        "协办单位": _SUPPORT,
        # The unit that provides a target's figure (数据提供单位：市统计局,
        # trial8/06-chengdu-zfgzbg2019, the only list printing it): it contributes to
        # the task without owning it.
        "数据提供单位": _SUPPORT,
        # 协同 and 配合 together (the header of trial2/04-qiaocheng-jiaoyu, and the
        # 谯城区 notice above): support, as each word alone gives.
        "协同配合单位": _SUPPORT,
        # People, not units: they give no unit a role (PEOPLE_HEADERS).
        "牵头负责领导": _PEOPLE,
        "牵头责任领导": _PEOPLE,
        "责任领导": _PEOPLE,
        "分管领导": _PEOPLE,
        "牵头领导": _PEOPLE,
        "具体责任人": _PEOPLE,
        "项目责任人": _PEOPLE,
        "责任人": _PEOPLE,
        "联系人": _PEOPLE,
        # A task's progress report (PROGRESS_LABELS).
        "实际完成情况": _PROGRESS,
        "完成情况": _PROGRESS,
        "进展情况": _PROGRESS,
        "推进情况": _PROGRESS,
        "落实情况": _PROGRESS,
        # Another field of the task: its expected result (FIELD_LABELS).
        "工作成果": _FIELD,
        "预期成果": _FIELD,
        "成果形式": _FIELD,
    }
)


def _role_labels(role: Role) -> tuple[str, ...]:
    """The table's words naming *role*'s units, in its order (the role's label first)."""
    return tuple(w for w, m in _LABEL_ROWS.items() if m == Meaning("units", role))


#: The print's words, for each role.
WORDS: Mapping[Role, RoleWords] = MappingProxyType(
    {
        Role.LEAD: RoleWords(
            Role.LEAD,
            "牵头",
            "牵头单位",
            ("总牵头", "牵头", "主办"),
            _role_labels(Role.LEAD),
        ),
        Role.RESPONSIBLE: RoleWords(
            Role.RESPONSIBLE,
            "负责",
            "负责单位",
            ("按职责分工负责", "共同负责", "负责", "落实", "实施"),
            _role_labels(Role.RESPONSIBLE),
        ),
        Role.SUPPORT: RoleWords(
            Role.SUPPORT,
            "配合",
            "配合单位",
            ("配合", "协助", "协同", "协作", "协办", "参与", "参加"),
            _role_labels(Role.SUPPORT),
        ),
    }
)

#: Role words read with a doubt: 主办 (the host office, X主办，Y协办) is read as the lead,
#: as 牵头 is, and the importer says so on the task (it may mean the responsible unit).
DOUBTFUL_ROLE_WORDS: Mapping[str, Role] = MappingProxyType({"主办": Role.LEAD})

#: The unit an imported task gets when its list names none (a problem is reported too):
#: no unit of the print, so the screens show it as none listed, and count it nowhere.
UNNAMED_UNIT = "未明确单位"


class _Named(Protocol):
    @property
    def name(self) -> str: ...


_U = TypeVar("_U", bound=_Named)


def named_units(units: Iterable[_U]) -> tuple[_U, ...]:
    """The units a plan names, in order: all of *units* but :data:`UNNAMED_UNIT`.

    The placeholder an imported task gets when its list names none is no unit of the
    print: the screens that list or count a plan's units take them from here.
    """
    return tuple(u for u in units if u.name != UNNAMED_UNIT)


#: Other labels (and headers) of all of a task's units, read as :data:`ALL_UNITS` is:
#: 部门分工 (the departments' division of the work: ``部门分工：X牵头，Y配合``), 主要责任单位.
ALL_UNITS_LABELS: tuple[str, ...] = tuple(
    w for w, m in _LABEL_ROWS.items() if m == _ALL and w != ALL_UNITS
)

#: Words that end a list of units and are dropped (市卫生健康委等, 区水务局等部门,
#: 市财政局等有关部门), longest first.
LIST_ENDINGS: tuple[str, ...] = (
    # 等 and a group of one level's offices (等相关区直部门: trial20/02), as 等相关部门 ends
    # a list (trial2/01-xuhui-shiyiwu) and 等有关部门 does (43-jinxiang-xiangcun).
    *(
        f"等{kind}{level}{unit}"
        for kind in ("相关", "有关")
        for level in ("省直", "市直", "县直", "区直")
        for unit in ("部门", "单位")
    ),
    # And with the level before 有关/相关 (等省直有关部门: trial21/06; 等省有关部门:
    # trial6/07).
    *(
        f"等{level}{kind}{unit}"
        for level in ("省直", "市直", "县直", "区直", "省", "市", "县", "区")
        for kind in ("相关", "有关")
        for unit in ("部门", "单位")
    ),
    *("等有关单位", "等有关部门", "等相关部门", "等单位", "等部门", "等"),
)

#: The endings of a bare department name (商务厅, 住建局, 卫生健康委, 审改办): the only
#: names an elided prefix is restored onto.
DEPARTMENT_ENDINGS: tuple[str, ...] = ("厅", "局", "委", "办")

#: How a bare department name begins (财政局, 住房和城乡建设局, 工业和信息化委, 审改办):
#: the first words of a government department's function. An elided prefix restored
#: onto a name beginning otherwise (青岛蓝谷管理局: a place) is restored and doubted.
DEPARTMENT_STEMS: tuple[str, ...] = (
    *("发展", "发改", "改革", "教育", "教体", "科技", "科学", "工业", "工信", "经信", "经济"),
    *("商务", "商业", "公安", "民政", "司法", "财政", "人力", "人社", "自然", "国土", "规划"),
    *("生态", "环境", "环保", "住房", "住建", "城乡", "建设", "城管", "城市", "交通", "水利"),
    *("水务", "农业", "农村", "农机", "林业", "园林", "畜牧", "渔业", "海洋", "文化", "文旅"),
    *("文广", "旅游", "体育", "卫生", "卫健", "卫计", "健康", "退役", "应急", "安监", "审计"),
    *("国资", "市场", "工商", "质监", "食药", "药监", "广电", "广播", "新闻", "统计", "医保"),
    *("医疗", "粮食", "物资", "能源", "信访", "外事", "外办", "侨务", "民族", "宗教", "民宗"),
    *("金融", "地方", "税务", "行政", "审批", "政务", "数据", "大数", "数字", "营商", "招商"),
    *("投资", "机关", "档案", "人防", "地震", "气象", "扶贫", "乡村", "邮政", "口岸", "港口"),
    *("政府", "编办", "委编", "委办", "委宣", "委组", "委政", "委网", "网信", "保密", "密码"),
    *("信息", "通信", "通管", "残联", "妇联", "团委", "总工", "工会", "科协", "供销", "综合"),
    *("执法", "房管", "不动", "公共", "融媒", "住保", "人民", "消防", "交警", "老龄", "史志"),
    "铁路",  # a province's railway office (铁路办, trial9/07)
)

#: Words of a body that is no local government's department: a regulator's branch or a
#: body run from above (潍坊银监分局, 银保监分局, 滁州海关, 国家统计局某调查队, 人民银行某
#: 中心支行, 国家税务总局某市税务局). A name holding one never takes an elided prefix,
#: even when it ends as a department's name does (…分局, …局).
NOT_LOCAL: tuple[str, ...] = (
    "银监",
    "银保监",
    "保监",
    "证监",
    "海关",
    "调查队",
    "人民银行",
    "人行",
    "总局",
    # A regional bureau of the national railway (哈爾濱鐵路局, trial9/07, the only list
    # printing one): no local department (a province's own office is its 铁路办).
    "铁路局",
)

#: The suffixes a list may print once for several place names (郑州、洛阳、南阳海关: three
#: 海关; 城东、城西街道; 人民大垸、荒湖管理区), longest first: a bare place name before a
#: name ending in one shares it. Their traditional forms are read too.
SHARED_SUFFIXES: tuple[str, ...] = (
    *("街道办事处", "经济开发区", "人民政府", "管理区", "开发区", "高新区", "示范区"),
    *("办事处", "管委会", "海关", "街道", "新区", "园区", "政府", "镇", "乡"),
)

#: Labels of a task's field printed on a line of its own under the task that is neither
#: its text, its units nor its deadline: the result expected (工作成果：…, trial8/09, the
#: only list printing it; 预期成果 and 成果形式 are its other wordings). The line is no part
#: of the task's text (a note).
FIELD_LABELS: tuple[str, ...] = tuple(w for w, m in _LABEL_ROWS.items() if m == _FIELD)

#: Labels of a task's progress report printed under it (实际完成情况：…, trial11/02): the
#: label form of the progress columns tables print beside their tasks (进展情况 in
#: trial2/03 and trial6/09, 年度完成情况 in trial6/05, 落实情况 in trial2/12), which are
#: neither text, units nor deadline. A field of the task, not read (a note).
PROGRESS_LABELS: tuple[str, ...] = tuple(w for w, m in _LABEL_ROWS.items() if m == _PROGRESS)

#: Headers and labels that name people (a leader), not units: they give no unit a role.
#: Each also with a level word before 领导 (牵头市领导, 分管省领导, 分管县领导, 责任区领导:
#: the leader of that level's government), and the level's leaders alone (市领导, 县领导).
#: The role words before 领导 combine as a unit label's do (牵头 + 责任领导: 牵头责任领导,
#: trial7/06, beside 牵头负责领导 in trial7/07 and 牵头领导 in trial8/06).
#: 责任人 and 联系人 name the person answering for a task, or the one to call
#: (联系人：张三，电话：…); 项目责任人 (trial11/02) is the person answering for a project,
#: as the 责任人 column of trial6/05 names one.
_PEOPLE_BASE = tuple(w for w, m in _LABEL_ROWS.items() if m == _PEOPLE and w.endswith("领导"))
_PEOPLE_LEVELS: tuple[str, ...] = (
    *(w.removesuffix("领导") + level + "领导" for w in _PEOPLE_BASE for level in "省市县区"),
    *(level + "领导" for level in "省市县区"),
)
PEOPLE_HEADERS: tuple[str, ...] = (
    *_PEOPLE_BASE,
    *_PEOPLE_LEVELS,
    *(w for w, m in _LABEL_ROWS.items() if m == _PEOPLE and not w.endswith("领导")),
)

#: Phrases of a standing note: a sentence in an attribution that says who answers for
#: this task and every later one (以下…均需…落实，不再单独列出; 下同). A plan note, not
#: units.
STANDING_NOTES: tuple[str, ...] = (
    "不再一一列出",
    "以下不再列出",
    "不再列出",
    "不再单独列出",
    "不再做分工",
    "下同",
)

#: The words of a document's stated lead rule (第一责任单位为牵头单位, 排在第一位的为牵头
#: 单位, 列第一位的责任单位为牵头单位, 排在首位的为牵头单位, 排名第一位为牵头单位,
#: 列第一位者为牵头或汇总单位): the first unit named for a task leads it. Read by
#: :func:`stated_lead_pattern`, in this order: an optional verb of placing (排在,
#: 排名), the first place (第一位), an optional 的 or 者, an optional unit word
#: (责任单位), an optional 的 or 者, the copula (为), an optional 工作, and the lead word
#: (牵头), which a unit word (牵头单位, 牵头部门) and an alternative role may follow
#: (牵头或汇总: the first leads, or collects the reports; 为工作牵头单位或汇总单位).
STATED_LEAD: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "place": ("排在", "列在", "列于", "排于", "位于", "排名", "排序", "排", "列", "居"),
        "first": ("第一位", "第一个", "首位", "第一", "最前面", "最前", "前面"),
        "of": ("的", "者"),
        "unit": ("责任单位", "负责单位", "单位", "部门"),
        "copula": ("均为", "为", "是"),
        "lead": ("牵头",),
        "alternative": ("汇总", "主办", "召集", "负责"),
        "lead_unit": ("单位", "部门"),
    }
)

#: The last words of a task list's own title line (…重点工作任务分解和责任分工方案,
#: …工作要点, …责任清单, …实施意见, …管理办法, …若干措施, …的若干政策, …政策举措): a line
#: before the first task
#: ending in one of them is the title.
TITLE_ENDINGS: tuple[str, ...] = (
    "方案",
    "要点",
    "清单",
    "计划",
    "分工",
    "分解",
    "细则",
    "台账",
    "意见",
    "办法",
    "措施",
    "举措",
    "政策",
)

#: Headers (and labels) of the task's text column: the ones first read before this
#: release, then the forms published lists use too. When two columns name the text,
#: the one whose word comes first in :data:`TEXT_PREFERRED` is the task's
#: (工作内容及要求 beside 任务内容: the work assigned, not its category).
TEXT_HEADERS: tuple[str, ...] = tuple(w for w, m in _LABEL_ROWS.items() if m == _TEXT)
#: The last words of a text column's header that is none of :data:`TEXT_HEADERS`: the
#: general forms 民生实事, 项目内容, 建设内容, 2022年预期目标, 目标任务, 实事项目,
#: 重点项目, 事项 (a header naming what is to be done: its content, task, target, the
#: project, measure or matter).
TEXT_HEADER_ENDINGS: tuple[str, ...] = ("内容", "任务", "目标", "实事", "举措", "项目", "事项")
#: The last words of a header naming a task's name (民生事项名称) or its measures or
#: requirements (细化措施, 具体要求): no text column alone (a header row needs a text
#: header), but beside one, a text column too (dg_plan.importing.rows, two text columns).
TEXT_LIKE_ENDINGS: tuple[str, ...] = ("名称", "措施", "要求")
TEXT_PREFERRED: tuple[str, ...] = ("工作内容", "主要内容", "具体内容", "任务举措", "目标与任务")

#: Headers of the task's number column (编号 as many tables print it; a header ending
#: in either, 项目编号 or 任务序号, names one too: dg_plan.importing.headers).
NUMBER_HEADERS: tuple[str, ...] = tuple(w for w, m in _LABEL_ROWS.items() if m == _NUMBER)

#: Headers and labels of a task's printed deadline (完成时限: the deadline, never text).
DEADLINE_HEADERS: tuple[str, ...] = tuple(w for w, m in _LABEL_ROWS.items() if m == _DEADLINE)

#: What a writer prints after the responsible units of a task that has a lead.
UNDER_LEAD = WORDS[Role.RESPONSIBLE].suffixes[0]

#: Every header or label word, with the role it gives (``None``: :data:`ALL_UNITS`),
#: each ending in 单位 also in its 部门 and 处室 forms (责任部门 as 责任单位, 牵头部门 as
#: 牵头单位). :data:`ALL_UNITS` comes first: a header that holds several words is read by the
#: first word it holds.
#: The other words a unit label or header may end in, in place of 单位 (责任部门：,
#: 牵头部门, 配合部门, 责任处室, 责任科室): 部门 (department), 处室 (a department's office)
#: and 科室 (a town's or a bureau's office).
UNIT_WORD_VARIANTS: tuple[str, ...] = ("部门", "处室", "科室")


def _with_variants(words: Mapping[str, Role | None]) -> dict[str, Role | None]:
    """*words*, and each one ending in 单位 also in every :data:`UNIT_WORD_VARIANTS` form."""
    out = dict(words)
    for word, role in words.items():
        if word.endswith("单位"):
            for variant in UNIT_WORD_VARIANTS:
                out.setdefault(word.removesuffix("单位") + variant, role)
    return out


HEADERS: Mapping[str, Role | None] = MappingProxyType(
    _with_variants({w: m.role for w, m in _LABEL_ROWS.items() if m.kind == "units"})
)

#: Every label and header word with what it names: the rows of the table above
#: (:data:`Meaning`), then the forms they imply, each unit word's 部门/处室/科室 forms
#: (:data:`HEADERS`) and each people word's level forms (:data:`PEOPLE_HEADERS`).
LABELS: Mapping[str, Meaning] = MappingProxyType(
    dict(_LABEL_ROWS)
    | {w: Meaning("units", role) for w, role in HEADERS.items() if w not in _LABEL_ROWS}
    | dict.fromkeys(_PEOPLE_LEVELS, _PEOPLE)
)

#: Words a clause-ending role word may stand between without changing its role:
#: 分别 before it (X、Y分别负责: each is responsible), or the duty phrase 按照职责分工 and
#: its shorter forms (X、Y按照职责分工负责, X按照职责负责: responsible, as 按职责分工负责
#: reads), and 落实, 实施 or 负责 after it (X牵头落实: X leads; X负责落实: X is
#: responsible; X牵头负责: X leads). The duty phrase and 分别 may stand together, in
#: either order (乡镇人民政府按职责分工分别负责, X分别按照职责分工负责): longest first.
_DUTY_PHRASES = ("按照职责分工", "按职责分工", "按照职责", "按职责")
CLAUSE_BEFORE = (
    *(p + "分别" for p in _DUTY_PHRASES),
    *("分别" + p for p in _DUTY_PHRASES),
    *_DUTY_PHRASES,
    "分别",
)
CLAUSE_AFTER = ("落实", "实施", "负责")

#: Every clause-ending word, with its role, longest first.
SUFFIXES: tuple[tuple[str, Role], ...] = tuple(
    sorted(
        ((s, w.role) for w in WORDS.values() for s in w.suffixes),
        key=lambda pair: -len(pair[0]),
    )
)

#: The words that name each role, as a query or the command line's ``--role`` takes
#: them: its value, its name, and each of the print's words for it. (责任 and 责任单位
#: name the responsible role here, as they did before :data:`ALL_UNITS` was told apart.)
ROLE_WORDS: Mapping[str, Role] = MappingProxyType(
    {m.value: m for m in Role}
    | {m.name.lower(): m for m in Role}
    | {word: w.role for w in WORDS.values() for word in (w.word, *w.suffixes, *w.headers)}
    | dict.fromkeys(("责任", ALL_UNITS), Role.RESPONSIBLE)
)


def label(role: Role | None) -> str:
    """The label a clause of *role* starts with: ``牵头单位：``; ``责任单位：`` for ``None``.

    >>> label(Role.LEAD), label(None)
    ('牵头单位：', '责任单位：')
    """
    return (ALL_UNITS if role is None else WORDS[role].label) + "："


def role_words_pattern() -> re.Pattern[str]:
    """A pattern that finds any of the print's role words (a suffix or a header)."""
    words = {s for s, _ in SUFFIXES} | set(HEADERS)
    return re.compile("|".join(sorted(words, key=lambda w: (-len(w), w))))


def stated_lead_pattern() -> re.Pattern[str]:
    """A pattern that finds a document's stated lead rule (:data:`STATED_LEAD`).

    >>> bool(stated_lead_pattern().search("列第一位的责任单位为牵头单位。"))
    True
    >>> stated_lead_pattern().search("工商联(列第一位者为牵头或汇总单位,下同)")[0]
    '列第一位者为牵头或汇总单位'
    >>> stated_lead_pattern().search("(列第一位者为工作牵头单位或汇总单位,下同)")[0]
    '列第一位者为工作牵头单位或汇总单位'
    >>> bool(stated_lead_pattern().search("市发展改革委为牵头单位"))
    False
    >>> stated_lead_pattern().search("市統計局等負責,列第一位者為牽頭單位,下同")[0]
    '列第一位者為牽頭單位'
    >>> stated_lead_pattern().search("除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同")[0]
    '列第一位的爲牽頭或彙總單位'
    """

    def one_of(key: str) -> str:
        # Each word also in traditional characters (列第一位者為牽頭單位), and in their
        # variant forms (列第一位的爲牽頭或彙總單位).
        words = {*STATED_LEAD[key], *map(_traditional, STATED_LEAD[key])}
        words |= {_variant(word) for word in words}
        return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"

    return re.compile(
        f"{one_of('place')}?{one_of('first')}{one_of('of')}?{one_of('unit')}?"
        f"{one_of('of')}?{one_of('copula')}(?:工作)?{one_of('lead')}"
        f"{one_of('lead_unit')}?(?:或{one_of('alternative')})?{one_of('lead_unit')}?"
    )


#: The traditional form of each simplified character the vocabulary's words hold
#: (牵头单位 is printed 牽頭單位 in a list typed in traditional characters, 完成时限
#: 完成時限, 按职责分工负责 按職責分工負責). A small explicit table, not a converter:
#: :func:`read_traditional` reads only the vocabulary's own words through it, so that
#: a unit's name keeps the characters it is printed in.
TRADITIONAL: Mapping[str, str] = MappingProxyType(
    {
        "牵": "牽",
        "头": "頭",
        "单": "單",
        "责": "責",
        "负": "負",
        "职": "職",
        "时": "時",
        "协": "協",
        "参": "參",
        "与": "與",
        "间": "間",
        "进": "進",
        "务": "務",
        "点": "點",
        "标": "標",
        "体": "體",
        "举": "舉",
        "节": "節",
        "领": "領",
        "导": "導",
        "实": "實",
        "别": "別",
        "内": "內",
        "关": "關",
        "门": "門",
        "号": "號",
        "处": "處",
        "为": "為",
        "汇": "匯",
        "总": "總",
        "办": "辦",
        "独": "獨",
        "见": "見",
        "计": "計",
        "划": "劃",
        "细": "細",
        "则": "則",
        "账": "賬",
        "项": "項",
        "称": "稱",
    }
)


#: Variant forms of a traditional character, as some copies print them (爲 for 為, 彙 for
#: 匯: 列第一位的爲牽頭或彙總單位, in a third-party copy of a Zhejiang list). Read only in
#: a stated lead rule (:func:`stated_lead_pattern`).
TRADITIONAL_VARIANTS: Mapping[str, str] = MappingProxyType({"為": "爲", "匯": "彙"})


def _variant(word: str) -> str:
    return "".join(TRADITIONAL_VARIANTS.get(char, char) for char in word)


def traditional_form(word: str) -> str:
    """*word* in traditional characters, by :data:`TRADITIONAL` (a vocabulary word's form).

    >>> traditional_form("牵头单位"), traditional_form("不再单独列出")
    ('牽頭單位', '不再單獨列出')
    """
    return _traditional(word)


def _traditional(word: str) -> str:
    return "".join(TRADITIONAL.get(char, char) for char in word)


#: A pinyin gloss a third-party copy prints after a character, in brackets (區(qū),
#: 農（nóng）): lower-case Latin letters with their tone marks, no word of the text.
GLOSS = r"[（(][a-zàáèéìíòóùúüāēěīōūǎǐǒǔǖǘǚǜ]{1,6}[）)]"


def _glossed(word: str) -> str:
    """*word* as a pattern that also reads it with a pinyin gloss after any character.

    A copy in traditional characters may gloss the vocabulary's own words as it glosses
    a name: 責(zé)任單位 (trial11/01-anhui-tudijieyue-trad), 負(fù)責(zé) and 牽頭負(fù)責(zé)
    (trial15/05-national-xinyong2014-trad). The word is read without its glosses.
    """
    gloss = f"(?:{GLOSS})?"
    return gloss.join(map(re.escape, word)) + gloss


def _traditional_pattern() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The traditional forms of the labels, of the clause-ending words, and of both."""
    labels = {_traditional(w) for w in LABELS if _traditional(w) != w}
    # A header's last words (项目名称, 建设内容: 項目名稱, 建設內容), read in a header only.
    header_endings = {
        _traditional(w) for w in (*TEXT_HEADER_ENDINGS, *TEXT_LIKE_ENDINGS) if _traditional(w) != w
    }
    endings = {
        _traditional(w)
        for word, _ in SUFFIXES
        for before in ("", *CLAUSE_BEFORE)
        for after in ("", *CLAUSE_AFTER)
        if _traditional(w := before + word + after) != w
    }

    def one_of(words: set[str]) -> str:
        return "|".join(_glossed(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    return (
        # A label: at the start, or after punctuation, before its colon.
        re.compile(rf"(?<![\u4e00-\u9fff])(?:{one_of(labels)})(?=\s*[：:])"),
        # A clause-ending word: before the clause's end (punctuation, a closing bracket).
        re.compile(rf"(?:{one_of(endings)})(?=\s*$|[，；。,;、）)\]〕】］])"),
        re.compile(one_of(labels | endings | header_endings)),
    )


_TRADITIONAL_LABEL, _TRADITIONAL_ENDING, _TRADITIONAL_ANY = _traditional_pattern()
_SIMPLIFIED = {v: k for k, v in TRADITIONAL.items()}


def read_traditional(text: str, *, header: bool = False) -> tuple[str, tuple[tuple[str, str], ...]]:
    """*text* with the vocabulary's words printed in traditional characters simplified.

    Only a label before its colon (牽頭單位：) and a role word ending a clause (…牽頭，
    …按職責分工負責）) are read, or, for a column's *header*, any of the words; every
    other character is left as printed (a unit's name keeps its form).

    Returns:
        The text, and each word read: (as printed, as read), in order.

    >>> read_traditional("牽頭單位：市財政局；責任單位：各區縣")
    ('牵头单位：市財政局；责任单位：各區縣', (('牽頭單位', '牵头单位'), ('責任單位', '责任单位')))
    >>> read_traditional("市財政局牽頭，市稅務局負責落實")[0]
    '市財政局牵头，市稅務局负责落实'
    >>> read_traditional("完成時限", header=True)
    ('完成时限', (('完成時限', '完成时限'),))
    >>> read_traditional("項目名稱", header=True)[0]
    '项目名称'
    """
    found: list[tuple[str, str]] = []

    def simplify(match: re.Match[str]) -> str:
        # A gloss inside the word (負(fù)責(zé)) is read away with its characters' forms.
        read = "".join(_SIMPLIFIED.get(char, char) for char in re.sub(GLOSS, "", match[0]))
        found.append((match[0], read))
        return read

    if header:
        text = _TRADITIONAL_ANY.sub(simplify, text)
    else:
        text = _TRADITIONAL_ENDING.sub(simplify, _TRADITIONAL_LABEL.sub(simplify, text))
    return text, tuple(found)


#: How an organisation's name ends: a name ending so holds no task text.
ORGANISATION_ENDINGS: tuple[str, ...] = (
    *("厅", "局", "委", "办", "室", "处", "科", "院", "所", "会", "部", "中心", "政府"),
    *("集团", "公司", "行", "队", "站", "社", "馆", "校", "组", "班", "部门", "单位"),
    *("机构", "管委会", "街道", "乡镇", "区", "县", "市"),
)
#: The traditional form of the characters an organisation's name ends with (辦, 廳, 會),
#: where :data:`TRADITIONAL` (the role words' characters) has none.
ENDING_TRADITIONAL: Mapping[str, str] = MappingProxyType(
    dict(zip("办厅会馆组团队构县区镇乡", "辦廳會館組團隊構縣區鎮鄉", strict=True))
)


@functools.cache
def organisation_endings() -> tuple[str, ...]:
    """How an organisation's name ends, in simplified and traditional characters (局, 辦, 會)."""
    table = {**ENDING_TRADITIONAL, **TRADITIONAL}
    traditional = {"".join(table.get(c, c) for c in e) for e in ORGANISATION_ENDINGS}
    return tuple(sorted({*ORGANISATION_ENDINGS, *traditional}, key=len, reverse=True))
