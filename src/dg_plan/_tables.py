"""The plan as related tables: one description shared by the SQLite file and the data package.

:func:`dg_plan.export.to_sqlite` and :func:`dg_plan.export.to_datapackage` write the
same tables, with the same columns, keys, titles and descriptions; both read them from
:data:`TABLES` and the rows from :func:`rows`, so the two outputs cannot drift apart.

The rows hold plain Python values: ``int``, ``str``, ``bool``, :class:`datetime.date`
and ``None`` (a missing value). Names within one cell are joined with ``、``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Literal

import attrs

from ._model import Role
from ._rows import SEPARATOR

if TYPE_CHECKING:
    from ._model import Section, Task
    from ._plan import Plan
    from .tracking import Ledger

__all__ = ["TABLES", "Column", "ForeignKey", "Table", "Value", "rows", "tables_for"]

#: A cell's value.
Value = int | str | bool | datetime.date | None
#: A column's type, in Table Schema's words (``integer``, ``string``, ``date``, ``boolean``).
ColumnType = Literal["integer", "string", "date", "boolean"]


@attrs.frozen
class Column:
    """One column: its name, type, titles in Chinese and English, and what it holds."""

    name: str
    type: ColumnType
    zh: str
    en: str
    description: str
    required: bool = False


@attrs.frozen
class ForeignKey:
    """*columns* of a table refer to *references* of *table* (NULL refers to nothing)."""

    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@attrs.frozen
class Table:
    """One table: its titles and descriptions in both languages, columns and keys."""

    name: str
    zh: str
    en: str
    description_zh: str
    description_en: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    facets: tuple[str, ...] = ()
    label_column: str | None = None

    @property
    def title(self) -> str:
        """Both titles: ``任务 · Tasks``."""
        return f"{self.zh} · {self.en}"

    @property
    def description(self) -> str:
        """Both descriptions, the Chinese first."""
        return f"{self.description_zh}\n\n{self.description_en}"


def _c(
    name: str, kind: ColumnType, zh: str, en: str, description: str, *, required: bool = False
) -> Column:
    return Column(name, kind, zh, en, description, required)


_NAMES = "names joined with 、"

PLAN = Table(
    "plan",
    "清单",
    "Plan",
    "任务清单本身：标题、文号、印发机关和日期。",
    "What the plan is: its title, document number, issuer and date.",
    (
        _c("title", "string", "标题", "Title", "The plan's title.", required=True),
        _c(
            "document",
            "string",
            "文号",
            "Document",
            "The document it belongs to (豫政〔2023〕17号).",
        ),
        _c("attachment", "string", "附件", "Attachment", "Its attachment label (附件4)."),
        _c("issuer", "string", "印发机关", "Issuer", "Who issued it."),
        _c("issued", "date", "印发日期", "Issued", "The day it was issued."),
        _c("first_year", "integer", "起始年份", "First year", "The first year it covers."),
        _c("last_year", "integer", "截止年份", "Last year", "The last year it covers."),
    ),
    ("title",),
)

SECTIONS = Table(
    "sections",
    "章节",
    "Sections",
    "清单的各部分（一、二……）及其下各节（（一）（二）……），统称章节。",
    "The plan's parts (一、二, ...) and the sections within them ((一), (二), ...).",
    (
        _c(
            "id",
            "string",
            "编号",
            "Id",
            "The section's id: 1 for a part, 1.2 within it.",
            required=True,
        ),
        _c(
            "parent",
            "string",
            "上级",
            "Parent",
            "The id of the section holding it; empty for a part.",
        ),
        _c(
            "level",
            "integer",
            "层级",
            "Level",
            "1 for a part, 2 for a section within one.",
            required=True,
        ),
        _c("number", "integer", "序号", "Number", "Its number within its parent.", required=True),
        _c("label", "string", "标号", "Label", "The label as printed (一, （二）)."),
        _c("title", "string", "标题", "Title", "The title as printed.", required=True),
        _c("heading", "string", "标题行", "Heading", "Label and title as one heading."),
        _c(
            "declared_count",
            "integer",
            "所称项数",
            "Declared count",
            "The count its heading states (共70项), if any.",
        ),
        _c("tasks", "integer", "任务数", "Tasks", "How many tasks it holds.", required=True),
    ),
    ("id",),
    (ForeignKey(("parent",), "sections", ("id",)),),
    facets=("level", "parent"),
    label_column="heading",
)

UNITS = Table(
    "units",
    "单位",
    "Units",
    "任务所列的责任单位，含统称单位（各省辖市政府）及其成员单位。",
    "The units the tasks name, collectives (各省辖市政府) and their members included.",
    (
        _c("name", "string", "简称", "Name", "The short name the plan uses.", required=True),
        _c("full_name", "string", "全称", "Full name", "The full official name."),
        _c(
            "kind",
            "string",
            "单位类型",
            "Kind",
            "party, government, central, local, collective, ...",
            required=True,
        ),
        _c("name_en", "string", "英文名称", "English name", "The name in English."),
        _c(
            "name_en_official",
            "boolean",
            "英文名称为官方译名",
            "Official English name",
            "Whether the English name is the unit's own.",
        ),
        _c("aliases", "string", "别称", "Aliases", f"Other names it goes by, {_NAMES}."),
        _c(
            "successor",
            "string",
            "现名称",
            "Successor",
            "The unit that took over its duties, if any.",
        ),
        _c("note", "string", "备注", "Note", "A note on the unit."),
    ),
    ("name",),
    facets=("kind",),
    label_column="name",
)

UNIT_MEMBERS = Table(
    "unit_members",
    "统称单位成员",
    "Collective members",
    "统称单位所代表的单位：各省辖市政府代表各市人民政府。",
    "The units a collective stands for: 各省辖市政府 for each city government.",
    (
        _c("collective", "string", "统称单位", "Collective", "The collective.", required=True),
        _c("member", "string", "成员", "Member", "A unit it stands for.", required=True),
    ),
    ("collective", "member"),
    (
        ForeignKey(("collective",), "units", ("name",)),
        ForeignKey(("member",), "units", ("name",)),
    ),
    facets=("collective",),
)

PLATFORMS = Table(
    "platforms",
    "平台",
    "Platforms",
    "任务文本提到的平台、系统、网络和品牌（豫事办……）。",
    "The named platforms, systems, networks and brands the task texts mention (豫事办, ...).",
    (
        _c("name", "string", "平台名称", "Name", "The platform's name.", required=True),
        _c(
            "kind",
            "string",
            "平台类型",
            "Kind",
            "app, platform, network, cloud, hotline, ...",
            required=True,
        ),
        _c("name_en", "string", "英文名称", "English name", "The name in English."),
        _c(
            "name_en_official",
            "boolean",
            "英文名称为官方译名",
            "Official English name",
            "Whether the English name is the platform's own.",
        ),
        _c("aliases", "string", "别称", "Aliases", f"Other names it goes by, {_NAMES}."),
        _c("note", "string", "备注", "Note", "A note on the platform."),
    ),
    ("name",),
    facets=("kind",),
    label_column="name",
)

TASKS = Table(
    "tasks",
    "任务",
    "Tasks",
    "清单的每项任务：主要任务、完成时限和所属部分。各单位的分工见“任务单位”。",
    "Every task of the plan: its text, deadline and section. Who does what is in task_units.",
    (
        _c("number", "integer", "序号", "Number", "The task's number.", required=True),
        _c("part", "string", "部分", "Part", "The id of the part holding it."),
        _c("section", "string", "章节", "Section", "The id of the deepest section holding it."),
        _c(
            "deadline",
            "string",
            "完成时限",
            "Deadline",
            "The deadline as printed (2024年6月底前, 持续推进).",
        ),
        _c(
            "deadline_kind",
            "string",
            "完成时限类型",
            "Deadline kind",
            "date, ongoing, when_appropriate or unspecified.",
            required=True,
        ),
        _c("due", "date", "到期日期", "Due", "The day it is due; empty when undated."),
        _c("text", "string", "主要任务", "Text", "The task's text.", required=True),
        _c(
            "units_text",
            "string",
            "清单所列责任单位",
            "Units as printed",
            "The unit cell as printed.",
        ),
        _c(
            "accountable",
            "string",
            "主责单位",
            "Accountable",
            f"The leads, else the responsible units, {_NAMES}.",
        ),
        _c("page", "integer", "页码", "Page", "The page of the source it is printed on."),
    ),
    ("number",),
    (
        ForeignKey(("part",), "sections", ("id",)),
        ForeignKey(("section",), "sections", ("id",)),
    ),
    facets=("part", "section", "deadline", "deadline_kind"),
    label_column="text",
)

TASK_UNITS = Table(
    "task_units",
    "任务单位",
    "Task units",
    "每项任务与每个责任单位：职责（牵头、负责、配合），以及通过哪个所属统称承担。",
    "Each task and each unit answering for it: the role (lead, responsible, support) and "
    "the collective it answers through, if any (a city through 各省辖市政府).",
    (
        _c("task", "integer", "序号", "Task", "The task's number.", required=True),
        _c("unit", "string", "单位", "Unit", "The unit.", required=True),
        _c(
            "role",
            "string",
            "职责",
            "Role",
            "lead (牵头), responsible (负责) or support (配合).",
            required=True,
        ),
        _c(
            "via",
            "string",
            "所属统称",
            "Via",
            "The collective the task names instead of the unit; empty when it names the unit.",
        ),
        _c(
            "position",
            "integer",
            "排列顺序",
            "Position",
            "Its place in the printed unit cell (1 first); empty through a collective.",
        ),
        _c(
            "accountable",
            "boolean",
            "是否主责单位",
            "Accountable",
            "Whether it (or the collective it answers through) is accountable for the task.",
            required=True,
        ),
    ),
    ("task", "unit"),
    (
        ForeignKey(("task",), "tasks", ("number",)),
        ForeignKey(("unit",), "units", ("name",)),
        ForeignKey(("via",), "units", ("name",)),
    ),
    facets=("role", "unit", "via", "accountable"),
)

MENTIONS = Table(
    "mentions",
    "平台提及",
    "Mentions",
    "任务文本中每一处提到平台的位置。",
    "Each place a task's text mentions a platform.",
    (
        _c("task", "integer", "序号", "Task", "The task's number.", required=True),
        _c(
            "position",
            "integer",
            "次序",
            "Position",
            "The mention's place in the text (1 first).",
            required=True,
        ),
        _c("platform", "string", "平台", "Platform", "The platform mentioned.", required=True),
        _c(
            "words", "string", "原文", "Words", "The words of the text that name it.", required=True
        ),
        _c(
            "char_start",
            "integer",
            "起始位置",
            "Start",
            "Where they start in the text (0 first).",
            required=True,
        ),
        _c("char_end", "integer", "结束位置", "End", "Where they end (exclusive).", required=True),
    ),
    ("task", "position"),
    (
        ForeignKey(("task",), "tasks", ("number",)),
        ForeignKey(("platform",), "platforms", ("name",)),
    ),
    facets=("platform",),
)

REPORTS = Table(
    "reports",
    "报送记录",
    "Reports",
    "台账中各单位对各项任务的报送记录。",
    "What the units reported on the tasks, from the ledger.",
    (
        _c(
            "id",
            "integer",
            "编号",
            "Id",
            "The report's place in the ledger (1 first).",
            required=True,
        ),
        _c("task", "integer", "序号", "Task", "The task's number.", required=True),
        _c("unit", "string", "报送单位", "Unit", "The reporting unit.", required=True),
        _c(
            "status", "string", "状态", "Status", "not_started, in_progress or done.", required=True
        ),
        _c(
            "status_label",
            "string",
            "完成情况",
            "Status label",
            "The status as report forms print it (已完成).",
            required=True,
        ),
        _c(
            "as_of",
            "date",
            "数据截止日期",
            "As of",
            "The day the report speaks for.",
            required=True,
        ),
        _c(
            "completed_on",
            "date",
            "完成日期",
            "Completed on",
            "The day the work was done (done reports).",
        ),
        _c("note", "string", "进展情况", "Note", "The progress in words."),
        _c(
            "evidence",
            "string",
            "佐证材料",
            "Evidence",
            "Document numbers or URLs, joined with 、.",
        ),
    ),
    ("id",),
    (
        ForeignKey(("task",), "tasks", ("number",)),
        ForeignKey(("unit",), "units", ("name",)),
    ),
    facets=("status", "unit", "as_of"),
)

#: The tables in the order they are written (every table after those it refers to).
TABLES = (PLAN, SECTIONS, UNITS, UNIT_MEMBERS, PLATFORMS, TASKS, TASK_UNITS, MENTIONS, REPORTS)


def tables_for(ledger: Ledger | None) -> tuple[Table, ...]:
    """The tables written: every one, ``reports`` only with a ledger."""
    return TABLES if ledger is not None else TABLES[:-1]


def _joined(names: Iterator[str] | tuple[str, ...]) -> str:
    return SEPARATOR.join(names)


def _sections(plan: Plan) -> Iterator[tuple[Value, ...]]:
    def walk(section: Section, parent: Section | None, level: int) -> Iterator[tuple[Value, ...]]:
        yield (
            section.id,
            parent.id if parent else None,
            level,
            section.number,
            section.label,
            section.title,
            section.heading,
            section.declared_count,
            len(section.tasks),
        )
        for sub in section.subsections:
            yield from walk(sub, section, level + 1)

    for part in plan.sections:
        yield from walk(part, None, 1)


def _task_units(
    task: Task,
    members: Mapping[str, tuple[str, ...]],
    collectives: Mapping[str, tuple[str, ...]],
) -> Iterator[tuple[Value, ...]]:
    """The task's units in printed order, then the members it names through collectives.

    A unit's role is the print's: a lead, a supporting unit, else responsible
    (:meth:`Task.role_of <dg_plan.Task.role_of>`, by name here: the units of one task
    have distinct names). A unit named both itself and through a collective has one
    row, its own (the rule of :meth:`Plan.responsibilities <dg_plan.Plan.responsibilities>`).
    A member of several collectives the task names answers through the first of them
    in its ``member_of`` order, as there. *members* maps each collective's name to its
    members' names, *collectives* each member's name to its collectives' names.
    """
    leads = {u.name for u in task.leads}
    support = {u.name for u in task.support}
    accountable = {u.name for u in task.accountable}

    def role(name: str) -> str:
        chosen = Role.LEAD if name in leads else Role.SUPPORT if name in support else None
        return (chosen or Role.RESPONSIBLE).value

    named = {u.name for u in task.units}
    for position, unit in enumerate(task.units, start=1):
        yield (task.number, unit.name, role(unit.name), None, position, unit.name in accountable)
    through = dict.fromkeys(m for u in task.units for m in members.get(u.name, ()))
    for member in through:
        if member not in named:
            # Through the first of its collectives that the task names, in its order.
            via = next(c for c in collectives[member] if c in named)
            yield (task.number, member, role(via), via, None, via in accountable)


def rows(plan: Plan, table: Table, ledger: Ledger | None = None) -> Iterator[tuple[Value, ...]]:
    """The rows of *table* for *plan* (and *ledger*), one tuple per row, in column order."""
    if table is PLAN:
        m = plan.metadata
        first, last = m.period or (None, None)
        yield (m.title, m.document, m.attachment, m.issuer, m.issued, first, last)
    elif table is SECTIONS:
        yield from _sections(plan)
    elif table is UNITS:
        for u in plan.units:
            successor = u.successor.name if u.successor else None
            yield (
                u.name,
                u.full_name,
                u.kind.value,
                u.name_en,
                u.name_en_official,
                _joined(u.aliases),
                successor,
                u.note,
            )
    elif table is UNIT_MEMBERS:
        for u in plan.units:
            for member in u.members:
                yield (u.name, plan.unit(member).name)
    elif table is PLATFORMS:
        for p in plan.platforms:
            yield (p.name, p.kind.value, p.name_en, p.name_en_official, _joined(p.aliases), p.note)
    elif table is TASKS:
        for t in plan.tasks:
            part, section = plan.part_of(t), plan.section_of(t)
            yield (
                t.number,
                part.id if part else None,
                section.id if section else None,
                str(t.deadline),
                t.deadline.kind.value,
                t.deadline.date,
                t.text,
                t.units_text,
                _joined(tuple(u.name for u in t.accountable)),
                t.provenance.page if t.provenance else None,
            )
    elif table is TASK_UNITS:
        members = {u.name: tuple(plan.unit(m).name for m in u.members) for u in plan.units}
        collectives = {u.name: tuple(plan.unit(c).name for c in u.member_of) for u in plan.units}
        for t in plan.tasks:
            yield from _task_units(t, members, collectives)
    elif table is MENTIONS:
        for t in plan.tasks:
            for position, mention in enumerate(t.mentions, start=1):
                yield (
                    t.number,
                    position,
                    mention.platform,
                    t.text[mention.start : mention.end],
                    mention.start,
                    mention.end,
                )
    elif table is REPORTS and ledger is not None:
        for i, r in enumerate(ledger.reports, start=1):
            evidence = _joined(r.evidence)
            yield (
                i,
                r.task,
                r.unit,
                r.status.value,
                r.status.label,
                r.as_of,
                r.completed_on,
                r.note,
                evidence,
            )
