"""Assembling the plan: tasks numbered, units resolved, deadlines read, sections made.

:func:`finish` makes a :class:`~.locations.ImportResult` of a filled
:class:`~.source.Source`: every unit cell is read with the one grammar
(:mod:`dg_plan._grammar`), every name resolved to a registry's unit or made a new one.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from dg_plan._deadline import another_form
from dg_plan._errors import InvalidDeadlineError, PlanImportError
from dg_plan._grammar import UnitCell, format_units, is_collective, normalize_cell, parse_units
from dg_plan._i18n import N_
from dg_plan._model import (
    Deadline,
    DeadlineKind,
    Origin,
    PlanMetadata,
    Provenance,
    Section,
    Task,
    Unit,
    UnitKind,
)
from dg_plan._notes import Note, NoteKind
from dg_plan._plan import Plan
from dg_plan._text import lookup_key
from dg_plan._vocabulary import CLAUSE_AFTER, DOUBTFUL_ROLE_WORDS, UNNAMED_UNIT, WORDS, Role
from dg_plan._vocabulary import label as role_label

from .attributions import final_bracket
from .doubts import (
    BLANK_FILE,
    JOINED,
    NO_BODY_ROW,
    NOT_NUMBERED,
    PERSON,
    READ_AS_HEADING,
    ROLE_WORD,
    ROLE_WORDS_IN_NAME,
    SPLIT_COLLECTIVE,
    attribution_form,
    candidates,
    doubtful_unit,
    first_lines,
    joins_two_names,
    label_in_text,
    lead_marked,
    names_a_post,
    person_name,
    split_collective,
    unit_bracket_form,
)
from .findings import FindingKind
from .locations import ImportProblem, ImportResult, Location
from .numbering import numbers_of
from .records import deadline_form
from .source import Entry, Field, Heading, Source

# NEW_UNIT's word for a new unit's kind when no rule gave it one: a kind for now.
UNCLASSIFIED_FOR_NOW = N_("unclassified, for now")

# A deadline printed as a month with no year: 12月底前, 5月底, 10月前, 三月中旬.
_MONTH_ONLY = re.compile(
    r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:份|底|末|初|上旬|中旬|下旬|(?:[1-9]|[12]\d|3[01])日)?(?:前|以前|之前)?"
)

# A date before which something is done, printed inside a task's text (…，2024年底前实现全覆盖。):
# not read as the task's deadline, but named when the task has none, so that the note
# does not say the text gives no deadline.
_DATE_IN_TEXT = re.compile(
    r"(?:\d{4}年(?:(?:1[0-2]|0?[1-9])月)?|(?:1[0-2]|0?[1-9])月)"
    r"(?:(?:[1-9]|[12]\d|3[01])日|底|末|上旬|中旬|下旬)?(?:以前|之前|前)"
)


if TYPE_CHECKING:
    from .decisions import Decisions


def _deadline_in_text(text: str) -> str | None:
    """A deadline printed in a task's *text*, not read as its deadline, or None.

    A clause of a bracket ending the text that reads as a deadline comes first
    (…演练。（市公安局，2025年第三季度）: a bracket read as no attribution), then a date
    before which something is done (…，2024年底前实现全覆盖。).
    """
    if (bracketed := _deadline_in_bracket(text)) is not None:
        return bracketed
    dated = _DATE_IN_TEXT.search(text)
    return dated.group() if dated else None


def _deadline_in_bracket(text: str) -> str | None:
    """A clause of a bracket ending *text* that reads as a deadline, or None.

    Such a bracket was read as no attribution although it holds a deadline: doubtful
    even in a list that prints no other deadline.
    """
    if (found := final_bracket(text)) is not None:
        for clause in re.split(r"[，,；;、]", found[1]):
            if deadline_form(clause.strip()):  # 2025年第三季度, and 长期 (no date reads)
                return clause.strip()
    return None


class _Units:
    """Resolve printed names to units: the registry's, or new ones named as printed.

    A name that is a registry unit's own name is that unit. Any other name becomes a
    unit of its own, named as the list prints it; when the registry knows the name as
    another unit's alias or full name (省直有关部门, 发改委), the new unit takes that
    unit's kind and its ``note`` names it, and the link is reported (``links``).
    """

    def __init__(self, registry: Plan) -> None:
        self.registry = registry
        self.by_key: dict[str, Unit] = {}
        self.own: dict[str, Unit] = {}
        for unit in registry.units:
            self.own[lookup_key(unit.name)] = unit
            for name in unit.names:
                self.by_key.setdefault(lookup_key(name), unit)
        self.made: dict[str, Unit] = {}
        self.used: dict[str, Unit] = {}
        # A unit named as printed -> the registry unit that answers to its name.
        self.links: dict[str, Unit] = {}

    def known(self, name: str) -> bool:
        """Whether *name* is a unit's own name (not an alias): it takes no prefix."""
        return lookup_key(name) in self.own

    def resolve(self, name: str) -> tuple[Unit, bool]:
        """The unit *name* names, and whether it was made now (a first mention)."""
        key = lookup_key(name)
        unit = self.own.get(key) or self.made.get(key)
        made = False
        if unit is None:
            linked = self.by_key.get(key)
            if linked is not None:
                note = f"The registry's {linked.name} answers to this name."
                unit = Unit(name, kind=linked.kind, note=note)
                self.links[name] = linked
            else:
                kind = UnitKind.COLLECTIVE if is_collective(name) else UnitKind.UNCLASSIFIED
                unit = Unit(name, kind=kind)
            self.made[key] = unit
            made = True
        self.used.setdefault(unit.name, unit)
        return unit, made

    def identity(self, unit: Unit) -> str:
        """The registry unit *unit* is, or is linked to (its own name when neither)."""
        linked = self.links.get(unit.name)
        return unit.name if linked is None else linked.name

    def plan_units(self) -> tuple[Unit, ...]:
        """The used units, with the registry's collectives and members they imply.

        A registry unit drops an alias (or full name) that a unit named as printed
        holds as its own name, so that every name still names one unit.
        """
        chosen = dict(self.used)
        queue = list(chosen.values())
        while queue:
            unit = queue.pop()
            for name in (*unit.members, *unit.member_of):
                if name not in chosen:
                    other = self.registry.unit(name)
                    chosen[name] = other
                    queue.append(other)
        # The registry's units in its order (collectives list members in that order).
        printed = {lookup_key(name) for name in self.links}
        ordered = [_without(u, printed) for u in self.registry.units if u.name in chosen]
        known = {u.name for u in ordered}
        ordered += [u for u in chosen.values() if u.name not in known]
        return tuple(ordered)


def _without(unit: Unit, names: set[str]) -> Unit:
    """*unit* without the aliases and full name among *names* (lookup keys)."""
    aliases = tuple(a for a in unit.aliases if lookup_key(a) not in names)
    full_name = "" if lookup_key(unit.full_name) in names else unit.full_name
    if aliases == unit.aliases and full_name == unit.full_name:
        return unit
    return attrs.evolve(unit, aliases=aliases, full_name=full_name)


# A place named with its level word, where a title or a unit name begins (潍坊市…,
# 内蒙古自治区…), after a year (2023年莲都区政府工作报告…), or where a title quotes the
# plan it divides (《嘉兴市国民经济和社会发展…纲要》主要目标任务分解落实方案: trial16/06;
# 《广东省妇女发展规划…》目标责任分解书: trial16/04 and 05).
_PLACE = re.compile(
    r"(?:^|[、，,；;：:（(《“]|\d年度?)([\u4e00-\u9fff]{2,3}?)(?:自治区|自治州|自治县|[省市县区])"
)


def places_of(source: Source) -> frozenset[str]:
    """The places *source* names with their level word: 潍坊 where it prints 潍坊市….

    Read from its title, the lines noted while reading it (the covering notice, the
    signature 青島市人民政府辦公廳, rows above a table) and its unit cells, where a name
    begins: a name beginning with one of them (潍坊水文局, 青島藍谷管理局) names its own
    place, and takes no elided prefix.
    """
    texts = [
        source.title,
        *(note.text for note in source.notes),
        *(field.text for entry in source.entries for _, field in entry.units),
    ]
    return frozenset(m[1] for text in texts for m in _PLACE.finditer("".join(text.split())))


def assemble(source: Source, registry: Plan, sha256: str = "") -> ImportResult:  # noqa: PLR0915 - one pass
    """The plan of *source*, its names resolved in *registry*, with every note and problem."""
    units = _Units(registry)
    numbers = numbers_of(source)
    places = places_of(source)
    if not source.has_deadlines and source.entries:
        source.note(Location(source.file), FindingKind.NO_DEADLINE_COLUMN)
    tasks: list[Task] = []
    # Lists repeat their cells: each distinct text is parsed once.
    parsed_deadlines: dict[str, Deadline] = {}
    parsed_cells: dict[tuple[str, str | None], UnitCell] = {}
    printed_apart: set[str] = set()  # the unit names read so far, to tell two joined
    any_deadline = any(e.deadline is not None and e.deadline.text.strip() for e in source.entries)
    new_units: list[tuple[str, str]] = []  # the units no registry knows: (name, kind)
    for entry, number in zip(source.entries, numbers, strict=True):
        notes = list(entry.notes)
        for where, kind, printed_text, values in entry.doubts:
            said = {**values, "number": str(number)} if "number" in values else values
            source.problem(where, kind, printed_text, said, task=number)
        if entry.number is not None and entry.number.text.strip().rstrip(".．、") != str(number):
            # A row printing no number (an empty 序号 cell) is said so, not quoted empty.
            as_printed = {"printed": entry.number.text} if entry.number.text.strip() else {}
            notes.append(Note(NoteKind.RENUMBERED, {**as_printed, "number": str(number)}))
        text = _normalize_text(entry.text.text)
        if not text:
            source.problem(
                entry.where,
                FindingKind.TASK_WITHOUT_TEXT,
                entry.text.text,
                {"number": str(number)},
                task=number,
            )
            text = entry.label or f"（第{number}项）"
        # Deadline.
        deadline = Deadline(DeadlineKind.UNSPECIFIED)
        deadline_rows: tuple[int, ...] = (number,)
        blank = entry.deadline is None or not entry.deadline.text.strip()
        # A decision's text leaves the deadline its printed text holds to be checked.
        printed = _normalize_text(entry.printed_text) if entry.printed_text else text
        if blank and (any_deadline or _deadline_in_bracket(printed) is not None):
            # A blank cell among printed deadlines: said, never guessed. A date printed in
            # the text is a problem naming it (the reader is asked to check), not a note.
            # The task then shows what it prints (未识别（清单所列为“2025年第三季度”）, as for
            # 长期), never 未注明, which says the print gives none.
            said = {"number": str(number)}
            if phrase := _deadline_in_text(printed):
                said["phrase"] = phrase
                kind = FindingKind.DEADLINE_IN_TEXT
                source.problem(entry.where, kind, phrase, said, task=number)
                notes.append(Note(NoteKind.DEADLINE_UNREADABLE, {"printed": phrase}))
            else:
                source.note(entry.where, FindingKind.NO_DEADLINE, values=said)
        if entry.deadline is not None:
            printed = entry.deadline.text
            try:
                deadline = parsed_deadlines.get(printed) or Deadline.parse(printed)
                parsed_deadlines[printed] = deadline
            except InvalidDeadlineError:
                # A month with no year (12月底前, 5月底) is kept as printed, the plan's
                # year not being known: a note, not a problem.
                if not _MONTH_ONLY.fullmatch("".join(printed.split())):
                    source.problem(
                        entry.deadline.where,
                        FindingKind.NOT_A_DEADLINE,
                        printed,
                        {"number": str(number), "printed": printed},
                        task=number,
                    )
                notes.append(Note(NoteKind.DEADLINE_UNREADABLE, {"printed": printed}))
            else:
                if "".join(printed.split()) != str(deadline) and printed.strip():
                    notes.append(
                        Note(NoteKind.DEADLINE_READ_AS, {"printed": printed, "read": str(deadline)})
                    )
                    said = {"read": str(deadline)}
                    if deadline.date is not None and another_form(printed, str(deadline)):
                        said |= _day_said(deadline.date, "".join(printed.split()))
                    source.note(entry.deadline.where, FindingKind.DEADLINE_READ_AS, printed, said)
            if entry.deadline.span:
                deadline_rows = tuple(sorted({numbers[i] for i in entry.deadline.span}))
        # Units.
        names: list[str] = []
        roles: dict[str, Role] = {}
        identities: set[str] = set()
        units_rows: tuple[int, ...] = (number,)
        texts: list[str] = []

        # Each unit column is a list of its own (its elided prefix comes from its own
        # first item), and what is found in it is reported at its own cell.
        inherit: str | None = None
        printed_names = False
        # The names read from a list of all the task's units (责任单位, no role word) and
        # from a lead column or label (牵头单位): one name in both is the lead.
        among_all: set[str] = set()
        led: set[str] = set()
        if entry.decided_units is not None:  # a reviewer's decision: names as they are
            _decided_units(entry.decided_units, units, names, roles, new_units)
        for forced, at in entry.units:
            # ★区发改委、统计局: a mark on a name of a cell of all units marks the lead.
            bare, marked = lead_marked(at.text) if forced is None else (at.text, ())
            printed = ("" if forced is None else role_label(forced)) + bare
            key = (printed, inherit)
            cell = parsed_cells.get(key) or parse_units(
                printed, known=units.known, inherit=inherit, departments_only=True, places=places
            )
            parsed_cells[key] = cell
            # A later column (配合单位) may elide the prefix the first one printed, when
            # its list begins with a bare department name (公安局、民政局).
            inherit = inherit or cell.prefix
            for problem in cell.problems:
                # The cell as the file prints it, without the label its column adds.
                values = {**dict(problem.values), "cell": at.text}
                source.problem(at.where, problem.kind, at.text, values, task=number)
            printed_names = printed_names or bool(cell.units)
            for word in _doubtful_role_words(at.text):
                # X主办，Y协办: 主办 is read as 牵头, and doubted (the responsible unit?).
                role = WORDS[DOUBTFUL_ROLE_WORDS[word]].word
                said = {"number": str(number), "word": word, "role": role}
                source.problem(at.where, FindingKind.DOUBTFUL_ROLE_WORD, at.text, said, task=number)
            read = cell.units
            if entry.decided_units is not None:
                # A decision's roles are its names (the problems of the names it
                # replaces are kept, settled); a role it does not name is kept as read.
                read = tuple(
                    n for n in read if _read_role(n, cell, marked) not in entry.decided_roles
                )
                if not read:
                    continue
                entry.kept_read = True
            for note in cell.notes:
                notes.append(note)
                kind = (
                    FindingKind.SUFFIX_SHARED
                    if note.kind is NoteKind.SUFFIX_SHARED
                    else FindingKind.PREFIX_RESTORED
                )
                source.note(at.where, kind, at.text, note.values)
            for before, name in zip(("", *read), read, strict=False):
                if deadline_form(name):
                    # （X牵头，长期）: a deadline's word is never a unit, whatever read it so.
                    values = {"number": str(number), "name": name}
                    source.problem(at.where, FindingKind.DEADLINE_AS_UNIT, at.text, values, number)
                    continue
                if names_a_post(name):
                    # 分管副省长、协管副秘书长负责: a leader's post names people, not a unit.
                    values = {"name": name, "number": str(number)}
                    source.note(at.where, FindingKind.POST_NAMED, at.text, values)
                    continue
                reason = doubtful_unit(name)
                if reason == ROLE_WORD and units.known(name):
                    reason = None  # a name the registry holds as printed (牵头 alone)
                if reason is None and person_name(name) and not units.known(name):
                    reason = PERSON  # 张三负责: a person where a unit stands
                if (
                    reason is None
                    and joins_two_names(name, printed_apart)
                    and not units.known(name)
                ):
                    reason = JOINED  # 文化宣传股文化馆: two names of a cell above, run on
                if reason is None and split_collective(before, name) and not units.known(name):
                    reason = SPLIT_COLLECTIVE  # 各市（县）、区政府 read as two names
                printed_apart.add(name)
                if reason is not None:
                    values = {"number": str(number), "name": name, "reason": reason}
                    source.problem(
                        at.where, FindingKind.DOUBTFUL_UNIT, at.text, values, task=number
                    )
                if (printed_form := _printed_width(name, at.text)) is not None:
                    values = {"printed": printed_form, "name": name}
                    source.note(at.where, FindingKind.NAME_IN_FULL_WIDTH, at.text, values)
                unit, made = units.resolve(name)
                if made and unit.name in units.links:
                    values = {"printed": unit.name, "registry": units.identity(unit)}
                    source.note(at.where, FindingKind.LINKED_TO_REGISTRY, at.text, values)
                elif made:
                    new_units.append((name, unit.kind.value))  # said once, below
                # One body printed twice, by its name and an alias (省发展改革委、省发改委).
                identity = units.identity(unit)
                read_as = _read_role(name, cell, marked)
                if marked and read_as is Role.LEAD and name not in cell.leads:
                    values = {"number": str(number), "name": name, "cell": at.text}
                    source.problem(at.where, FindingKind.LEAD_BY_MARK, at.text, values, task=number)
                if _lead_among_units(unit.name, (read_as, forced), among_all, led):
                    # 责任单位 (all the task's units) and 牵头单位 both print it: the lead.
                    roles[unit.name] = Role.LEAD
                    values = {"name": unit.name}
                    source.note(at.where, FindingKind.LEAD_AMONG_UNITS, at.text, values)
                    continue
                if unit.name in roles or identity in identities:
                    source.problem(
                        at.where,
                        FindingKind.UNIT_NAMED_TWICE,
                        name,
                        {"name": identity},
                        task=number,
                    )
                    continue
                identities.add(identity)
                roles[unit.name] = read_as
                names.append(unit.name)
                if forced is None and read_as is Role.RESPONSIBLE:
                    among_all.add(unit.name)
                elif forced is Role.LEAD:
                    led.add(unit.name)
        for _, field in entry.units:
            texts.append(normalize_cell(field.text))
            if field.span:
                units_rows = tuple(sorted({*units_rows, *(numbers[i] for i in field.span)}))
        if label := label_in_text(text):
            # …。牵头责任领导:邓继敢。: a labelled line the reader did not know, joined.
            values = {"number": str(number), "label": label}
            source.problem(entry.where, FindingKind.LABEL_IN_TEXT, text, values, task=number)
        if not names or (entry.decided_units is not None and not printed_names):
            # (A task whose units a decision sets still has the problem, settled.) One
            # problem: a role word in the text (…负责，…) is named in it, not apart.
            where = entry.units[0][1].where if entry.units else entry.where
            values = {"number": str(number)}
            printed_text = ""
            # Said as it was while open: a decision setting the units and the text settles
            # the problem about the text the list printed (the text alone set: about it).
            printed = text
            if entry.printed_text and entry.decided_units is not None:
                printed = _normalize_text(entry.printed_text)
            if form := attribution_form(printed) or unit_bracket_form(printed):
                values["form"] = form
                printed_text = printed
            source.problem(where, FindingKind.NO_UNIT, printed_text, values, task=number)
        if not names:
            unit, _ = units.resolve(UNNAMED_UNIT)
            names.append(unit.name)
            roles[unit.name] = Role.RESPONSIBLE
        decided = entry.decided_units is not None
        # The lead rule a document states, or a reviewer's decision states for it.
        if (entry.first_leads or entry.lead_first is not None) and _first_unit_leads(names, roles):
            if entry.lead_first is not None:
                notes.append(entry.lead_first)
                decided = True
            else:
                values = {"number": str(number), "name": names[0]}
                where = entry.units[0][1].where
                source.note(where, FindingKind.LEAD_BY_STATED_RULE, names[0], values)
        task_units = tuple(units.used[n] for n in names)
        leads = tuple(u for u in task_units if roles[u.name] is Role.LEAD)
        support = tuple(u for u in task_units if roles[u.name] is Role.SUPPORT)
        units_text = (
            texts[0]
            if len(texts) == 1 and entry.units[0][0] is None and not decided
            else format_units(
                [u.name for u in leads],
                [u.name for u in task_units if roles[u.name] is Role.RESPONSIBLE],
                [u.name for u in support],
            )
        )
        provenance = Provenance(
            page=None,  # a table or a text has no pages: the notes say where each came from
            deadline_rows=tuple(sorted(set(deadline_rows) | {number})),
            units_rows=tuple(sorted(set(units_rows) | {number})),
            notes=tuple(dict.fromkeys(notes)),
            origin=_origin(source, entry),
        )
        tasks.append(
            Task(
                number=number,
                text=text,
                deadline=deadline,
                units=task_units,
                leads=leads,
                units_text=units_text,
                support=support,
                provenance=provenance,
            )
        )
    if new_units:
        # One note for the import, not one a unit: a list from elsewhere names few units
        # the registry (the plan in force) knows.
        source.note(Location(source.file), FindingKind.NEW_UNIT, values=_new_units(new_units))
    plan_units = units.plan_units()
    tasks = _with_units(tasks, plan_units)
    order = sorted(range(len(tasks)), key=lambda i: tasks[i].number)
    ordered = tuple(tasks[i] for i in order)
    sections = _sections(source, tasks)
    title = source.title or (Path(source.file).stem if source.file else "") or "导入的任务清单"
    if not source.title:
        source.note(Location(source.file), FindingKind.NO_TITLE, values={"title": title})
    plan = Plan(
        metadata=PlanMetadata(
            title=title,
            attachment=source.attachment,
            source_file=Path(source.file).name if source.file else "",
            source_sha256=sha256,
        ),
        sections=sections,
        tasks=ordered,
        units=plan_units,
    )
    return ImportResult(plan, _in_file_order(source.notes), _in_file_order(source.problems))


# A doubtful role word ending a clause (X主办，Y协办; X主办负责).
_DOUBTFUL_ROLE = re.compile(
    "(" + "|".join(DOUBTFUL_ROLE_WORDS) + ")(?:" + "|".join(CLAUSE_AFTER) + ")?(?=$|[，；。,;])"
)


def _doubtful_role_words(text: str) -> list[str]:
    """The doubtful role words *text* ends a clause with (``DOUBTFUL_ROLE_WORDS``: 主办)."""
    return list(dict.fromkeys(m[1] for m in _DOUBTFUL_ROLE.finditer(normalize_cell(text))))


# The ASCII form of the punctuation a unit name is written with in full width.
_ASCII = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"})


def _printed_width(name: str, printed: str) -> str | None:
    """The form *name* is printed in, when its punctuation is printed in ASCII, else None.

    The grammar writes every unit name in the print's full-width punctuation
    (:func:`dg_plan._grammar.normalize_cell`); a cell printing 各县(市、区)政府 names the
    unit 各县（市、区）政府, and that is said.
    """
    ascii_form = name.translate(_ASCII)
    if ascii_form == name:
        return None
    compact = "".join(printed.split())
    return ascii_form if ascii_form in compact and name not in compact else None


def _first_unit_leads(names: list[str], roles: dict[str, Role]) -> bool:
    """Make the first unit named lead, where no unit leads and it is responsible.

    The lead rule "排在第一位的为牵头单位": a task that prints its lead, or whose first
    unit supports (配合), or that names no unit, is left as printed.
    """
    if names == [UNNAMED_UNIT] or Role.LEAD in roles.values():
        return False
    if roles[names[0]] is not Role.RESPONSIBLE:
        return False
    roles[names[0]] = Role.LEAD
    return True


def _header_read(source: Source) -> bool:
    """Whether a table's header row was found in *source*."""
    return any(n.kind is FindingKind.HEADER_ROW for n in source.notes)


def _guessed_title(problem: ImportProblem) -> bool:
    """Whether *problem* doubts a title taken by the last-resort rule."""
    return problem.kind is FindingKind.DOUBTFUL_TITLE and "word" not in dict(problem.values)


def _lead_among_units(
    name: str, read: tuple[Role, Role | None], among_all: set[str], led: set[str]
) -> bool:
    """Whether *name*, read again as *read* (its role, its column's), is the task's lead.

    It is when a list of all the task's units (责任单位, with no role word) names it and
    the lead column or label (牵头单位) names it too, in either order.
    """
    role, forced = read
    if forced is Role.LEAD and role is Role.LEAD:
        return name in among_all
    return forced is None and role is Role.RESPONSIBLE and name in led


def _read_role(name: str, cell: UnitCell, marked: tuple[str, ...] = ()) -> Role:
    """The role *cell* gives *name*, as read: a responsible name *marked* (★) leads."""
    if name in cell.leads:
        return Role.LEAD
    if name in cell.support:
        return Role.SUPPORT
    return Role.LEAD if any(name.endswith(m) for m in marked) else Role.RESPONSIBLE


def _decided_units(
    decided: list[tuple[Role, str]],
    units: _Units,
    names: list[str],
    roles: dict[str, Role],
    new_units: list[tuple[str, str]],
) -> None:
    """Give the units a reviewer's decision names their roles (a name twice: its first).

    A name no registry knows is a new unit, said with the others in the one note.
    """
    for role, name in decided:
        unit, made = units.resolve(name)
        if made and unit.name not in units.links:
            new_units.append((name, unit.kind.value))
        if unit.name not in roles:
            roles[unit.name] = role
            names.append(unit.name)


def _with_units(tasks: list[Task], plan_units: tuple[Unit, ...]) -> list[Task]:
    """*tasks* naming the plan's units (a registry unit may have dropped an alias)."""
    by_name = {u.name: u for u in plan_units}

    def same(found: tuple[Unit, ...]) -> tuple[Unit, ...]:
        return tuple(by_name[u.name] for u in found)

    return [
        task
        if all(by_name[u.name] is u for u in task.units)
        else attrs.evolve(
            task, units=same(task.units), leads=same(task.leads), support=same(task.support)
        )
        for task in tasks
    ]


_ROLE_COLUMNS: dict[Role | None, str] = {
    Role.LEAD: "leads",
    Role.RESPONSIBLE: "responsible",
    Role.SUPPORT: "support",
}


def _origin(source: Source, entry: Entry) -> Origin:
    """Where *entry* was read from: its file, sheet, rows or lines, and each field's cell."""
    fields: list[tuple[str, Field]] = [
        (name, field)
        for name, field in (
            ("number", entry.number),
            ("text", entry.text),
            ("deadline", entry.deadline),
        )
        if field is not None
    ]
    # A unit column headed by one role is that role's (牵头单位: leads); else units.
    fields += [(_ROLE_COLUMNS.get(role, "units"), field) for role, field in entry.units]
    places = [field.where for _, field in fields]
    cells = sorted(
        ((name, field.merged or field.where.cell) for name, field in fields if field.where.cell),
        key=lambda pair: _column(pair[1]),
    )
    return Origin(
        file=source.file,
        sheet=entry.where.sheet,
        rows=tuple(sorted({w.row for w in (entry.where, *places) if w.row is not None})),
        lines=tuple(
            sorted({*entry.lines, *(w.line for w in (entry.where, *places) if w.line is not None)})
        ),
        cells=tuple(dict.fromkeys(cells)),
    )


def _column(ref: str) -> int:
    """The 1-based column of a cell reference (``C5``, ``C5:C7``: 3)."""
    number = 0
    for char in ref:
        if not char.isalpha():
            break
        number = number * 26 + ord(char.upper()) - ord("A") + 1
    return number


def _new_units(found: list[tuple[str, str]]) -> dict[str, str]:
    """NEW_UNIT's values: how many, and the names by kind in both languages."""
    from dg_plan import _i18n  # noqa: PLC0415 - the catalog only when there are some

    say = _i18n.translation("zh").gettext
    kinds: dict[str, list[str]] = {}
    for name, kind in found:
        kinds.setdefault(kind, []).append(name)
    # A unit no rule gave a kind is so only for now: Chinese says so, not as if it were
    # a kind (English names the kind, a value of the data).
    words = {"unclassified": UNCLASSIFIED_FOR_NOW}
    return {
        "count": str(len(found)),
        "names": "; ".join(f"{'、'.join(n)} ({kind})" for kind, n in kinds.items()),
        "names_zh": "；".join(
            f"{'、'.join(n)}（{say(words.get(kind, kind))}）" for kind, n in kinds.items()
        ),
    }


def _in_file_order(items: list[Any]) -> tuple[Any, ...]:
    sheets: dict[str, int] = {}
    for item in items:
        sheets.setdefault(item.where.sheet, len(sheets))

    def key(item: Any) -> tuple[int, int, int]:  # noqa: ANN401 - a note or a problem
        where = item.where
        return (sheets[where.sheet], where.row or where.line or 0, where.column or 0)

    # The same finding, at the same place, about the same text, is said once.
    return tuple(sorted(dict.fromkeys(items), key=key))


def _day_said(day: datetime.date, printed: str) -> dict[str, str]:
    """The values of a deadline kept as *printed*: its *day*, in English and Chinese."""
    from dg_plan import _i18n  # noqa: PLC0415 - gettext only for a deadline in another form

    zh = _i18n.translation("zh").gettext("{year}-{month}-{day}")
    return {
        "printed": printed,
        "day": day.isoformat(),
        "day_zh": zh.format(year=day.year, month=day.month, day=day.day),
    }


def _normalize_text(text: str) -> str:
    """A task's text: surrounding white space removed (inner white space is kept)."""
    return text.strip()


def _sections(source: Source, tasks: list[Task]) -> tuple[Section, ...]:
    if not source.headings:
        return ()
    levels = sorted({h.level for h in source.headings})
    top = levels[0]
    events: list[tuple[int, Heading | Task]] = [(h.order, h) for h in source.headings]
    events += [(e.order, t) for e, t in zip(source.entries, tasks, strict=True)]
    events.sort(key=lambda e: e[0])
    parts: list[tuple[Heading | None, list[Task], list[tuple[Heading, list[Task]]]]] = []
    for _, item in events:
        if isinstance(item, Heading):
            if item.level == top or not parts:
                parts.append((item if item.level == top else None, [], []))
                if item.level != top:
                    parts[-1][2].append((item, []))
            else:
                parts[-1][2].append((item, []))
        else:
            if not parts:
                parts.append((None, [], []))
                source.note(Location(source.file), FindingKind.UNHEADED_TASKS)
            part = parts[-1]
            if part[2]:
                part[2][-1][1].append(item)
            else:
                part[1].append(item)
    out = []
    for i, (heading, own, subs) in enumerate(parts, start=1):
        subsections = []
        for j, (sub, sub_tasks) in enumerate(subs, start=1):
            subsections.append(
                Section(
                    id=f"{i}.{j}",
                    number=j,
                    label=sub.label,
                    title=sub.title,
                    tasks=tuple(sorted(sub_tasks, key=lambda t: t.number)),
                    declared_count=_declared(sub, len(sub_tasks), source),
                )
            )
        every = sorted([*own, *(t for _, ts in subs for t in ts)], key=lambda t: t.number)
        out.append(
            Section(
                id=str(i),
                number=i,
                label=heading.label if heading else "",
                title=heading.title if heading else "（未分部分）",
                subsections=tuple(subsections),
                tasks=tuple(every),
                declared_count=_declared(heading, len(every), source) if heading else None,
            )
        )
    return tuple(out)


def _declared(heading: Heading, count: int, source: Source) -> int | None:
    if heading.declared is None:
        return None
    if heading.declared != count:
        source.problem(
            heading.where,
            FindingKind.DECLARED_COUNT,
            heading.title,
            {"declared": str(heading.declared), "count": str(count)},
        )
        return None
    return heading.declared


def finish(
    source: Source,
    registry: Plan | None,
    strict: bool,
    sha256: str,
    decisions: Decisions | None = None,
) -> ImportResult:
    """The result of a read *source* (the shipped plan the registry when *registry* is None).

    *decisions* (a reviewer's, :mod:`.decisions`) are applied to *source* before the plan
    is made; the problems they settle are marked so.

    Raises:
        PlanImportError: *source* holds no task, a decision matches nothing, or *strict*
            is set and there are open problems.
    """
    said = {FindingKind.NO_HEADER_ROW, FindingKind.NO_SUCH_SHEET, FindingKind.NO_SHEET_WITH_HEADER}
    if not source.entries:
        # A title guessed before tasks that are not there is no finding of its own.
        source.problems = [p for p in source.problems if not _guessed_title(p)]
    # Decisions that read a line as a task (line = N, with its fields) may make the
    # tasks of a file that has none as read.
    makes = decisions is not None and decisions.make_tasks
    if not source.entries and not makes and not any(p.kind in said for p in source.problems):
        values = (
            candidates(source.candidates)
            if source.candidates
            else first_lines(source.first_lines)
            if source.first_lines
            else {"why": NO_BODY_ROW if _header_read(source) else BLANK_FILE}
        )
        # The decision that reads such a line as a task: for the first line read as a
        # heading that holds a role word (（一）镇政府负责…), else the first line that
        # holds role words with no number (an unnumbered paragraph closed by its
        # attribution), else the first read as a heading, else the first candidate.
        headings = [line for line, why in source.candidates if why == READ_AS_HEADING]
        worded = [
            h.where.line
            for h in source.headings
            if h.where.line in headings and any(w in h.title for w in ROLE_WORDS_IN_NAME)
        ]
        unnumbered = [line for line, why in source.candidates if why == NOT_NUMBERED]
        if line := (worded or unnumbered or headings or [n for n, _ in source.candidates]):
            values = {**values, "heading_line": str(line[0])}
        source.problem(Location(source.file), FindingKind.NO_TASK, values=values)
    if not source.entries and not makes:
        # What each line was read as goes with the refusal: a review workbook lists it.
        raise PlanImportError(source.problems, source.file, notes=source.notes)
    if registry is None:
        from dg_plan._load import load_plan  # noqa: PLC0415 - the shipped registry, loaded on demand

        registry = load_plan()
    if decisions is None:
        result = assemble(source, registry, sha256)
    else:
        result = decisions.apply(source, lambda: assemble(source, registry, sha256))
    if strict and result.open_problems:
        raise PlanImportError(result.open_problems, source.file, result=result)
    return result
