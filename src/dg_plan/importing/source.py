"""A task list as read, before it is a plan: its entries, headings, notes and problems.

Every reader (:mod:`.tables`, :mod:`.text`) fills one :class:`Source`; :mod:`.assemble`
makes the plan from it. The words and numbering that tables and text share are here too.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from dg_plan._notes import Note
from dg_plan._vocabulary import (
    DEADLINE_HEADERS,
    HEADERS,
    NUMBER_HEADERS,
    TEXT_HEADER_ENDINGS,
    TEXT_HEADERS,
    Role,
    stated_lead_pattern,
)

from .findings import FindingKind
from .locations import ImportNote, ImportProblem, Location
from .targets import Target

# The notes that say what one row, line or paragraph is, of "this" row (本行为表头).
_PLACED = frozenset(
    {
        FindingKind.HEADER_ROW,
        FindingKind.TITLE_ROW,
        FindingKind.TITLE_PARAGRAPH,
        FindingKind.TITLE_LINE,
        FindingKind.HEADING_ROW,
        FindingKind.HEADING_PARAGRAPH,
        FindingKind.HEADING_LINE,
    }
)
# A heading's level in Chinese (本行为一级标题).
_NUMERALS = {"1": "一", "2": "二", "3": "三", "4": "四"}

# The words a column header (or a labelled line) is known by.
TEXT_WORDS = TEXT_HEADERS
NUMBER_WORDS = NUMBER_HEADERS
DEADLINE_WORDS = DEADLINE_HEADERS
# A unit column's header, with the role it gives its units (None: the cell's grammar).
UNIT_WORDS: Mapping[str, Role | None] = HEADERS
# The last words of a text column's header (民生实事, 项目内容, 2022年预期目标).
TEXT_ENDINGS = TEXT_HEADER_ENDINGS
#: The roles a user can map a column's header to (``read(columns=...)``, ``--column``):
#: what the column is (text, number, deadline, units) and the role a unit column gives
#: its units (None: each unit the role its cell's grammar gives); ``ignore``: not read.
COLUMN_ROLES: Mapping[str, tuple[str, Role | None] | None] = {
    "text": ("text", None),
    "number": ("number", None),
    "deadline": ("deadline", None),
    "units": ("units", None),
    "lead": ("units", Role.LEAD),
    "responsible": ("units", Role.RESPONSIBLE),
    "support": ("units", Role.SUPPORT),
    "ignore": None,
}
#: The Chinese name of each role in COLUMN_ROLES, taken as that role too
#: (``--column 主要任务=民生实事``): the print's column headings, as the glossary names them.
#: 任务, the text's name before, is still taken (COLUMN_ROLES_ZH_EARLIER).
COLUMN_ROLES_ZH: Mapping[str, str] = {
    "text": "主要任务",
    "number": "序号",
    "deadline": "完成时限",
    "units": "责任单位",
    "lead": "牵头单位",
    "responsible": "负责单位",
    "support": "配合单位",
    "ignore": "不读",
}
#: Chinese role names of earlier releases, still taken: the text column was 任务.
COLUMN_ROLES_ZH_EARLIER: Mapping[str, str] = {"任务": "text"}

_NUMERAL = "一二三四五六七八九十百零〇"
# A part (一、…) and a subsection (（一）…), as a line, a row or a paragraph prints them.
PART = re.compile(rf"^([{_NUMERAL}]+)[、.．]\s*(.+)$")
SUBSECTION = re.compile(rf"^[（(]([{_NUMERAL}]+)[)）]\s*(.+)$")
_DECLARED = re.compile(r"[（(]共\s*([0-9]+)\s*项[)）]$")
# The attachment label above a list's title (附件4).
ATTACHMENT = re.compile(r"^附件\s*[0-9一二三四五六七八九十]*$")
# A document's stated lead rule (列第一位的责任单位为牵头单位).
STATED_LEAD = stated_lead_pattern()


@attrs.define
class Field:
    """A cell or a line's text, and where it is."""

    text: str
    where: Location
    span: tuple[int, ...] = ()  # entry indexes a vertically merged cell spans
    merged: str = ""  # the merged range (E8:E10), if any
    columns: str = ""  # the header words a horizontally merged cell spans


@attrs.define
class Entry:
    """One task as read: its fields, and the notes its provenance will keep."""

    where: Location
    text: Field
    number: Field | None = None
    label: str = ""
    deadline: Field | None = None
    units: list[tuple[Role | None, Field]] = attrs.field(factory=list)
    notes: list[Note] = attrs.field(factory=list)
    order: int = 0
    # Whether a stated lead rule (排在第一位的为牵头单位) precedes the task: its first
    # unit leads it when its attribution names no lead.
    first_leads: bool = False
    # Lines read into the task besides its fields' own (text: the lines that continue
    # it, labelled lines): its origin names them.
    lines: list[int] = attrs.field(factory=list)
    # Problems about this task found while reading it, reported naming its number once
    # the tasks are numbered: (where, kind, text, values).
    doubts: list[tuple[Location, FindingKind, str, dict[str, str]]] = attrs.field(factory=list)
    # Set by a reviewer's decision (.decisions): the task's units, as (role, name), read
    # as they are (no grammar), the roles the decisions name (the units read in any
    # other role are kept as read); and the note kept when the lead rule gives it a lead.
    decided_units: list[tuple[Role, str]] | None = None
    decided_roles: frozenset[Role] = frozenset()
    # Whether units read in a role no decision names were kept (.assemble): the unit
    # problems of the task then stay open under a decision that set other fields.
    kept_read: bool = False
    lead_first: Note | None = None
    # The text as the list printed it, kept when a decision sets the text: a problem the
    # decision settles is said in the words it had while open.
    printed_text: str | None = None

    def doubt(
        self,
        where: Location,
        kind: FindingKind,
        text: str = "",
        values: dict[str, str] | None = None,
    ) -> None:
        """Record a problem about this task, reported with its number."""
        self.doubts.append((where, kind, text, values or {}))


@attrs.define
class Heading:
    """A part (level 1) or subsection (level 2) heading as read."""

    level: int
    label: str
    title: str
    where: Location
    declared: int | None = None
    order: int = 0


@attrs.define
class Source:
    """A file as read: its entries and headings in order, and what was found."""

    file: str
    title: str = ""
    attachment: str = ""
    entries: list[Entry] = attrs.field(factory=list)
    headings: list[Heading] = attrs.field(factory=list)
    notes: list[ImportNote] = attrs.field(factory=list)
    problems: list[ImportProblem] = attrs.field(factory=list)
    has_deadlines: bool = True
    counter: int = 0
    # Units a standing note (以下…不再单独列出, 下同) adds to every later task.
    standing: list[tuple[Role | None, Field]] = attrs.field(factory=list)
    # The standing units a covering notice's sentence adds (除特别注明的外，X都是配合单位),
    # with that sentence: each task they are added to is doubted.
    doubted_standing: list[tuple[Field, str]] = attrs.field(factory=list)
    # Whether the document has stated its lead rule (排在第一位的为牵头单位) so far.
    first_leads: bool = False
    # Lines that became no task but could have been tasks: (line, why), for NO_TASK.
    candidates: list[tuple[int, str]] = attrs.field(factory=list)
    # A text file's first lines, when none could have been a task: (line, text, why).
    first_lines: list[tuple[int, str, str]] = attrs.field(factory=list)
    # The user's header mapping (``read(columns=...)``): a header, without white space,
    # -> what its column is (COLUMN_ROLES' values; None: not read).
    header_map: dict[str, tuple[str, Role | None] | None] = attrs.field(factory=dict)
    # The role each mapped header was given by name, and the mapped headers a header
    # row held (a mapping that matches no header is a problem).
    header_roles: dict[str, str] = attrs.field(factory=dict)
    headers_used: set[str] = attrs.field(factory=set)

    def states_lead_rule(self, where: Location, text: str) -> bool:
        """Whether *text* states the lead rule (列第一位的为牵头单位).

        The statement is noted, and applies to every task added after it.
        """
        if not (found := STATED_LEAD.search("".join(text.split()))):
            return False
        if not self.first_leads:
            self.note(where, FindingKind.STATED_LEAD_RULE, text, {"rule": found[0]})
        self.first_leads = True
        return True

    def add_entry(self, entry: Entry) -> None:
        """Add *entry*, in file order among the entries and headings."""
        self.counter += 1
        entry.order = self.counter
        self.entries.append(entry)

    def add_heading(self, heading: Heading) -> None:
        """Add *heading*, in file order among the entries and headings."""
        self.counter += 1
        heading.order = self.counter
        self.headings.append(heading)

    def note(
        self,
        where: Location,
        kind: FindingKind,
        text: str = "",
        values: Mapping[str, str] | tuple[tuple[str, str], ...] = (),
        *,
        target: Target | None = None,
    ) -> None:
        """Note an inference of *kind* at *where* (a decision's: what it names, *target*).

        A note that says what a row, line or paragraph is (the title, a heading, the
        header) says it of "this" row: its number is *where*'s, said once, in the
        place beside the note, which is the row's, not a cell's (第3行, not 第3行“序号”列);
        a heading's level is said by its Chinese numeral.
        """
        if kind in _PLACED and (level := dict(values).get("level")) in _NUMERALS:
            values = {**dict(values), "level_zh": _NUMERALS[level]}
        if kind in _PLACED and where.row is not None:
            where = attrs.evolve(where, column=None, header="")
        self.notes.append(ImportNote(where, text=text, kind=kind, values=values, target=target))

    def problem(
        self,
        where: Location,
        kind: FindingKind,
        text: str = "",
        values: Mapping[str, str] | tuple[tuple[str, str], ...] = (),
        task: int | None = None,
    ) -> None:
        """Report a problem of *kind* at *where* (about the task numbered *task*)."""
        self.problems.append(ImportProblem(where, text=text, kind=kind, values=values, task=task))


def read_heading(text: str, where: Location) -> Heading | None:
    """A part (一、…) or subsection (（一）…) heading, or None."""
    if m := PART.match(text):
        level, label, title = 1, m[1], m[2]
    elif m := SUBSECTION.match(text):
        level, label, title = 2, f"（{m[1]}）", m[2]
    else:
        return None
    declared = None
    if d := _DECLARED.search(title):
        declared = int(d[1])
        title = title[: d.start()]
    title = title.strip()
    if level == 2:
        title = title.removesuffix("。")
    return Heading(level, label, title, where, declared) if title else None
