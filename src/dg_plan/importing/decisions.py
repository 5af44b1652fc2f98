"""A reviewer's decisions: a small TOML file of corrections, applied to a list as read.

The importer reads what a list prints; where it reads a task wrong, a reviewer writes
down what the task is, and why, in a file of decisions (the format is documented in
``docs/importing.md`` and in :func:`dg_plan.importing.read`). :mod:`.decision_file` checks
the file; :meth:`Decisions.apply` applies it to a :class:`~.source.Source` after reading and
before the plan is made, so that the plan is still built (and checked) by
:mod:`.assemble`. Every decision must match what it names: one that matches nothing, or
more than one task, stops the import.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

import attrs

from dg_plan._errors import PlanImportError
from dg_plan._notes import Note, NoteKind
from dg_plan._vocabulary import Role

from . import actions
from .actions import (
    ATTRIBUTION_READ,
    FIRST_LEADS,
    JOINED,
    MADE,
    SECTION_TITLE_SET,
    SKIPPED,
    SKIPPED_ROW,
    SKIPPED_TASK,
    SPLIT,
    SPLIT_OFF,
    TITLE_SET,
)
from .doubts import attribution_form
from .findings import FindingKind
from .locations import ImportProblem, ImportResult, Location
from .source import Entry, Field, Heading, Source
from .targets import Target


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when a finding is rendered."""
    return message


# How many characters of a skipped task or line its note quotes.
_QUOTED = 20


# The problems a decision on one field of a task settles; a join, a skip and a decision
# that sets every field settle every problem of the task. A split settles none by
# itself: the doubt it answers (several tasks in one paragraph: an attribution inside
# the text) is checked again on each part, and every problem that still holds for a
# part (it names no unit, its text still holds an attribution) stays open. A problem of
# a kind not listed here (a doubt a later rule reports) stays open under a one-field
# decision.
_SETTLES: Mapping[str, frozenset[FindingKind]] = {
    "text": frozenset(
        {
            FindingKind.TASK_WITHOUT_TEXT,
            FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION,
            FindingKind.UNITS_IN_TEXT,
            FindingKind.LABEL_IN_TEXT,
            FindingKind.HEADING_IN_TEXT,
            # The text read from another column (a merged category cell empty in the row).
            FindingKind.TEXT_FROM_OTHER_COLUMN,
        }
    ),
    "deadline": frozenset(
        {
            FindingKind.NOT_A_DEADLINE,
            FindingKind.SECOND_DEADLINE_LINE,
            FindingKind.DEADLINE_AFTER_ATTRIBUTION,
        }
    ),
    "units": frozenset(
        {
            FindingKind.NO_UNIT,
            FindingKind.EMPTY_UNIT_ITEM,
            FindingKind.NOT_A_UNIT_NAME,
            FindingKind.UNIT_PRINTED_TWICE,
            FindingKind.UNIT_NAMED_TWICE,
            FindingKind.STANDING_NOTE_UNREAD,
            FindingKind.LEAD_BY_MARK,
            FindingKind.LEAD_MARK_NOT_CARRIED,
            FindingKind.CELL_CARRIED_DOWN,
            FindingKind.NAMES_UNDER_TEXT,
            FindingKind.LEAD_FROM_HEADING,
        }
    ),
}
_ALL = "*"
# The problems about a task's units as read: a decision on its fields leaves them open
# when the task keeps units read in a role the decision does not name (they may be
# about those units).
_ABOUT_READ_UNITS = _SETTLES["units"] | {
    FindingKind.DOUBTFUL_UNIT,
    FindingKind.PREFIX_DOUBTFUL,
    FindingKind.DOUBTFUL_ROLE_WORD,
}
# The notes of a task that the part split off it does not keep: its printed label, and
# what the decisions did to the task before.
_NOT_COPIED = frozenset({NoteKind.PRINTED_LABEL, NoteKind.DECIDED})
# The doubts about one printed line of a task's text: after a split, the part holding it.
_LINE_DOUBTS = frozenset({FindingKind.DUTY_LINE_IN_TEXT, FindingKind.UNITS_IN_TEXT})


@attrs.frozen
class Decision:
    """One decision, checked: what it names, what it does, and why."""

    index: int
    reason: str
    # What it names (task, printed, starts, line, sheet and row, section) and the
    # lead_rule or title it sets, as the decisions file gives them.
    target: Target = attrs.field(factory=Target)
    text: str | None = None
    deadline: str | None = None
    units: tuple[tuple[Role, str], ...] | None = None
    # The roles it names (an empty list names a role: it clears it); the units read in
    # a role it does not name are kept as read.
    roles: frozenset[Role] = frozenset()
    split: str | None = None
    join: bool = False
    skip: bool = False
    section_title: str | None = None

    @property
    def wanted(self) -> str:
        """What it looks for, in the file's own words: ``task = 3, starts = "建立"``."""
        return self.target.wanted

    @property
    def sets_fields(self) -> bool:
        """Whether it sets a task's text, deadline or units."""
        return any(v is not None for v in (self.text, self.deadline, self.units))

    @property
    def settles(self) -> frozenset[str]:
        """The fields whose problems it settles (``*``: every problem of its task)."""
        if self.split is not None:
            return frozenset()  # each part's problems are checked on the part
        if self.join or self.skip:
            return frozenset({_ALL})
        fields = {
            f
            for f, value in (
                ("text", self.text),
                ("deadline", self.deadline),
                ("units", self.units),
            )
            if value is not None
        }
        return frozenset({_ALL}) if len(fields) == len(_SETTLES) else frozenset(fields)


@attrs.frozen
class Decisions:
    """A reviewer's decisions, checked, and the file they came from."""

    decisions: tuple[Decision, ...]
    file: str = ""
    # The lines of the text the decisions apply to (empty: a table, or not given): a
    # split names the line each part's text begins on.
    lines: tuple[str, ...] = ()

    @property
    def make_tasks(self) -> bool:
        """Whether a decision may read a line as a task (``line = N`` with its fields)."""
        return any(d.target.line is not None and d.sets_fields for d in self.decisions)

    def with_lines(self, text: str) -> Decisions:
        """These decisions, applied to *text* (its lines, numbered as the reader numbers them)."""
        return attrs.evolve(self, lines=tuple(text.splitlines()))

    def apply(self, source: Source, build: Callable[[], ImportResult]) -> ImportResult:
        """Apply the decisions to *source*, make the result with *build*, settle problems.

        Raises:
            PlanImportError: A decision matches nothing, or more than one task.
        """
        return _Applying(self, source).run(build)


def _key(text: str) -> str:
    """*text* for matching: compatibility forms (（1） as (1)), no white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _holds(text: str, line: str) -> bool:
    """Whether *text* holds the printed *line* (white space aside)."""
    return _key(line) in _key(text)


def _printed(entry: Entry) -> str:
    printed = entry.number.text if entry.number is not None else entry.label
    return _key(printed).rstrip(".、")


class _Applying:
    """One application of decisions to one source."""

    def __init__(self, decisions: Decisions, source: Source) -> None:
        self.decisions = decisions
        self.source = source
        # The tasks by their number as imported (before any decision).
        numbers = task_numbers(source)
        self.by_number = dict(zip(numbers, source.entries, strict=True))
        # Per entry (by identity): the decisions that touched it, and what they settle.
        self.settled: dict[int, list[tuple[frozenset[str], str, bool, frozenset[Role]]]] = {}
        self.kept: list[Entry] = []  # every entry decided on, kept alive for its id
        # Problems at a skipped line or row: (where, reason).
        self.skipped: list[tuple[Decision, str]] = []
        # Headings whose title a decision set: (where, reason).
        self.retitled: list[tuple[Location, str]] = []
        # The reason of a decision that set the plan's title ("": none).
        self.title_reason = ""
        # Decisions that read a line as a task: (decision, reason); the problems at the
        # line (a doubtful heading) are settled by them.
        self.made: list[tuple[Decision, str]] = []
        # Decisions that read a line as a task and left an attribution in its text (no
        # text given, none read off its end): the line's unread attribution stays open.
        self.unread: list[Decision] = []

    def fail(self, kind: FindingKind, decision: Decision, **values: str) -> PlanImportError:
        values = {"index": str(decision.index), "wanted": decision.wanted, **values}
        if kind is FindingKind.DECISION_MATCHES_NOTHING and self.source.file:
            values["source"] = self.source.file  # the list it was to match, by name
        problem = ImportProblem(Location(self.decisions.file), kind=kind, values=values)
        return PlanImportError([problem], self.decisions.file)

    def run(self, build: Callable[[], ImportResult]) -> ImportResult:
        lead_rules = []
        for decision in self.decisions.decisions:
            if decision.target.lead_rule is not None:
                note = actions.decided_note(self._values(decision, FIRST_LEADS))
                for entry in self.source.entries:
                    entry.lead_first = note
                lead_rules.append(decision)
            elif decision.skip:
                self._skip(decision)
            elif decision.target.title is not None:
                self._title(decision)
            elif decision.section_title is not None:
                self._section_title(decision)
            else:
                entry = self._target(decision, make=True)
                if decision.split is not None:
                    self._split(decision, entry)
                elif decision.join:
                    self._join(decision, entry)
                else:
                    self._set(decision, entry)
        for decision in lead_rules:
            self.source.note(
                Location(self.source.file),
                FindingKind.DECISION_APPLIED,
                decision.wanted,
                self._values(decision, FIRST_LEADS),
            )
        result = build()
        for decision in lead_rules:
            note = actions.decided_note(self._values(decision, FIRST_LEADS))
            if not any(t.provenance and note in t.provenance.notes for t in result.plan.tasks):
                raise self.fail(FindingKind.DECISION_MATCHES_NOTHING, decision)
        return attrs.evolve(result, problems=self._settle(result.problems))

    # -- finding what a decision names ----------------------------------------------

    def _matches(self, decision: Decision, entry: Entry) -> bool:
        where, named = entry.where, decision.target
        checks = (
            named.task is None or self.by_number.get(named.task) is entry,
            named.printed is None or _printed(entry) == _key(named.printed).rstrip(".、"),
            named.starts is None or _key(entry.text.text).startswith(_key(named.starts)),
            named.line is None or where.line == named.line,
            named.row is None or where.row == named.row,
            named.sheet is None or where.sheet == named.sheet,
        )
        return all(checks)

    def _target(self, decision: Decision, *, make: bool = False) -> Entry:
        found = [e for e in self.source.entries if self._matches(decision, e)]
        if not found and make and decision.target.line is not None and decision.sets_fields:
            # A line the importer read as no task (a heading, a line of the preamble):
            # a decision setting its fields reads it as one.
            return self._made(decision, decision.target.line)
        if not found:
            raise self.fail(FindingKind.DECISION_MATCHES_NOTHING, decision)
        if len(found) > 1:
            raise self.fail(FindingKind.DECISION_MATCHES_MANY, decision, count=str(len(found)))
        self._check_number(decision, found[0])
        return found[0]

    def _check_number(self, decision: Decision, entry: Entry) -> None:
        """Doubt a decision naming *entry* by its number alone, where it prints another.

        The tasks are numbered in document order: a measure the importer splits off its
        item (trial9/08's item 1., two measures) moves every later task's number, so a
        decision written for an earlier reading (``task = 2``: then item 2.) would name
        another task. A task whose printed number is its number, or a decision that
        also names its text (``starts``), printed number or line, is not doubted.
        """
        named = decision.target
        if named.task is None or any(
            value is not None for value in (named.printed, named.starts, named.line, named.row)
        ):
            return
        if entry.number is None or _printed(entry) == str(named.task):
            return
        quoted = "".join(entry.text.text.split())[:_QUOTED]
        values = {
            "index": str(decision.index),
            "number": str(named.task),
            "named": str(named.task),
            "printed": _printed(entry),
            "starts": quoted,
        }
        if decision.skip:  # the task leaves the plan: a problem of the file, at its place
            self.source.problem(entry.where, FindingKind.DECISION_NUMBER_MOVED, "", values)
        else:
            entry.doubt(entry.where, FindingKind.DECISION_NUMBER_MOVED, "", values)

    def _made(self, decision: Decision, line: int) -> Entry:
        """A task read from *line*, which the importer read as no task.

        Its text is the decision's, else the heading the line was read as (its label
        kept as the printed label), else the line as printed.
        """
        source = self.source
        where = Location(source.file, line=line)
        headings = [h for h in source.headings if h.where.line == line]
        printed = ""
        if 0 < line <= len(self.decisions.lines):
            printed = self.decisions.lines[line - 1].strip()
        else:
            printed = next((n.text for n in source.notes if n.where.line == line and n.text), "")
        text = decision.text or (headings[0].title if headings else printed)
        if not text:
            raise self.fail(FindingKind.DECISION_MATCHES_NOTHING, decision)
        entry = Entry(where=where, text=Field(text, where))
        if headings:
            heading = headings[0]
            source.headings.remove(heading)
            entry.label = heading.label
            entry.notes.append(Note(NoteKind.PRINTED_LABEL, {"label": heading.label}))
        # The attribution the line ends in (…。（A局牵头负责，B局配合）) is read as the
        # grammar reads a task's: out of its text, its units and deadline for the roles
        # and the deadline the decision does not set; a decision drops nothing printed.
        from .attributions import read_own_attribution  # noqa: PLC0415

        given, entry.text = entry.text, Field(headings[0].title if headings else printed, where)
        reread = read_own_attribution(entry, source)
        if decision.text is not None or not reread:
            entry.text = given
        # In file order: after every entry and heading printed above the line.
        every: list[Entry | Heading] = [*source.entries, *source.headings]
        above = [i for i in every if i.where.line is not None and i.where.line < line]
        entry.order = max((i.order for i in above), default=0)
        position = sum(1 for e in source.entries if e.order <= entry.order)
        source.entries.insert(position, entry)
        items: list[Entry | Heading] = sorted(
            [*source.entries, *source.headings], key=lambda i: (i.order, i is not entry)
        )
        for order, item in enumerate(items, start=1):
            item.order = order
        source.counter = len(items)
        values = self._values(decision, MADE)
        source.note(
            where, FindingKind.DECISION_APPLIED, decision.wanted, values, target=decision.target
        )
        self.made.append((decision, decision.reason))
        if reread:
            self._decided(decision, entry, ATTRIBUTION_READ)
        if decision.text is None and attribution_form(entry.text.text):
            self.unread.append(decision)  # its text still holds role words: not settled
        return entry

    def _values(self, decision: Decision, action: str) -> dict[str, str]:
        return {"index": str(decision.index), "action": action, "reason": decision.reason}

    def _decided(self, decision: Decision, entry: Entry, action: str, *, say: bool = True) -> None:
        """Record that *decision* did *action* to *entry*: notes, and what it settles."""
        values = self._values(decision, action)
        entry.notes.append(actions.decided_note(values))
        if say:  # the import's note, once per decision and task
            self.source.note(
                entry.where,
                FindingKind.DECISION_APPLIED,
                decision.wanted,
                values,
                target=decision.target,
            )
        # (What it settles, why, whether it set the task's fields: not a join or skip,
        # and the roles it names.)
        fields = not (decision.join or decision.skip or decision.split is not None)
        settled = (decision.settles, decision.reason, fields, decision.roles)
        self.settled.setdefault(id(entry), []).append(settled)
        self.kept.append(entry)

    # -- what a decision does --------------------------------------------------------

    def _set(self, decision: Decision, entry: Entry) -> None:
        done: list[str] = []  # what it sets: one note for them all
        if decision.text is not None:
            entry.printed_text = entry.printed_text or entry.text.text
            entry.text = Field(decision.text, entry.text.where)
            done.append(actions.TEXT_SET)
        if decision.deadline is not None:
            at = entry.deadline.where if entry.deadline is not None else entry.where
            entry.deadline = Field(decision.deadline, at) if decision.deadline.strip() else None
            done.append(actions.DEADLINE_SET)
        if decision.units is not None:
            # The roles it names replace those an earlier decision or the list gave;
            # the others stay as they are.
            earlier = entry.decided_units or []
            kept = [(role, name) for role, name in earlier if role not in decision.roles]
            entry.decided_units = kept + list(decision.units)
            entry.decided_roles |= decision.roles
            done.append(actions.units_set(decision.roles))
        if done:
            self._decided(decision, entry, actions.SET_TOGETHER.get(tuple(done), done[0]))

    def _split(self, decision: Decision, entry: Entry) -> None:
        assert decision.split is not None  # noqa: S101 - a split decision
        text = entry.text.text
        at = text.find(decision.split)
        if (at <= 0 or not text[:at].strip()) and self._split_already(decision, entry):
            return
        if at <= 0 or not text[:at].strip():
            raise self.fail(FindingKind.DECISION_SPLIT_NOT_FOUND, decision, split=decision.split)
        first, split = actions.closed_first_part(text[:at].strip())  # ，／； closed with 。
        entry.text = Field(first, entry.text.where)
        # Each part names its own lines: the second begins on the line that prints the
        # split's text, the first ends there (or on the line before, when the split
        # begins its line).
        begins, first_lines, second_lines = self._split_lines(entry, decision.split)
        where = attrs.evolve(entry.where, line=begins) if begins is not None else entry.where
        text_where = (
            attrs.evolve(entry.text.where, line=begins) if begins is not None else entry.text.where
        )
        entry.lines = first_lines
        second = Entry(
            where=where,
            text=Field(text[at:].strip(), text_where),
            # The printed number the part was split from: kept, so that the part says
            # which printed number it had once renumbered.
            number=attrs.evolve(entry.number, where=where) if entry.number is not None else None,
            deadline=entry.deadline,
            units=list(entry.units),
            notes=[n for n in entry.notes if n.kind not in _NOT_COPIED],
            lines=second_lines,
            decided_units=entry.decided_units,
            decided_roles=entry.decided_roles,
            lead_first=entry.lead_first,
        )
        self._insert_after(entry, second)
        # A paragraph of several measures, each closed by its own attribution: the part
        # before the split reads the one it ends in; the doubts about attributions
        # inside the text are those each part still holds.
        from .attributions import (  # noqa: PLC0415
            doubt_inner_attributions,
            read_own_attribution,
        )
        from .text import doubt_sub_items  # noqa: PLC0415

        shared = any(d[1] is FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION for d in entry.doubts)
        # A doubt about a printed line of the text (商委：协调…, a duty line; a line of
        # unit names) goes with the part whose text holds that line.
        second.doubts = [
            d for d in entry.doubts if d[1] in _LINE_DOUBTS and _holds(second.text.text, d[2])
        ]
        entry.doubts = [
            d for d in entry.doubts if d[1] not in _LINE_DOUBTS or _holds(entry.text.text, d[2])
        ]
        read_own_attribution(entry, self.source)
        doubt_inner_attributions(entry, entry.text.text)
        doubt_inner_attributions(second, second.text.text)
        if shared:
            # Sub-items read as one task: the doubt stays with each part that still
            # holds two or more of them.
            doubt_sub_items(entry)
            doubt_sub_items(second)
        self._decided(decision, entry, split)
        self._decided(decision, second, SPLIT_OFF, say=False)

    def _split_already(self, decision: Decision, entry: Entry) -> bool:
        """Whether the measure *decision* splits off *entry* was read as a task already.

        A paragraph of measures each closed by its own attribution is split as it is read
        (:func:`.attributions.split_measures`): a decision written for the paragraph
        whole (split at 完善考核 in 甲。（A局牵头）完善考核办法。（B局负责）) finds the
        measure it names beginning a task of that paragraph, and is applied as it stands.
        """
        assert decision.split is not None  # noqa: S101 - a split decision
        entries = self.source.entries
        wanted = decision.split.strip()
        for later in entries[entries.index(entry) + 1 :]:
            if not any(n.kind is NoteKind.MEASURE_OF_PARAGRAPH for n in later.notes):
                return False
            if later.text.text.strip().startswith(wanted):
                self._decided(decision, entry, SPLIT)
                self._decided(decision, later, SPLIT_OFF, say=False)
                return True
        return False

    def _split_lines(self, entry: Entry, split: str) -> tuple[int | None, list[int], list[int]]:
        """The line the part split off *entry* at *split* begins on, and each part's lines.

        ``(None, lines, lines)`` when the text's lines are not known (a table) or none of
        the task's lines prints *split*.
        """
        first = entry.where.line
        if first is None or not self.decisions.lines:
            return None, list(entry.lines), list(entry.lines)
        printed = self.decisions.lines
        wanted = _key(split)
        numbers = sorted({first, *entry.lines})
        begins = next(
            (n for n in numbers if 0 < n <= len(printed) and wanted in _key(printed[n - 1])),
            None,
        )
        if begins is None:
            return None, list(entry.lines), list(entry.lines)
        # The first part keeps the line the split begins on when text precedes it there.
        shared = not _key(printed[begins - 1]).startswith(wanted)
        before = [n for n in entry.lines if n < begins or (shared and n == begins)]
        after = [n for n in entry.lines if n > begins]
        return begins, before, after

    def _join(self, decision: Decision, entry: Entry) -> None:
        entries = self.source.entries
        position = entries.index(entry)
        if position + 1 >= len(entries):
            raise self.fail(FindingKind.DECISION_NOTHING_TO_JOIN, decision)
        after = entries.pop(position + 1)
        entry.text = Field(entry.text.text.rstrip() + after.text.text.strip(), entry.text.where)
        if entry.deadline is None or not entry.deadline.text.strip():
            entry.deadline = after.deadline
        entry.units += [u for u in after.units if u not in entry.units]
        if entry.decided_units is None:
            entry.decided_units = after.decided_units
            entry.decided_roles = after.decided_roles
        entry.notes += [n for n in after.notes if n not in entry.notes]
        entry.doubts += after.doubts
        self._decided(decision, entry, JOINED)

    def _title(self, decision: Decision) -> None:
        assert decision.target.title is not None  # noqa: S101 - a title decision
        self.source.title = decision.target.title
        self.title_reason = decision.reason
        values = self._values(decision, TITLE_SET)
        where = Location(self.source.file)
        self.source.note(where, FindingKind.DECISION_APPLIED, decision.target.title, values)

    def _section_title(self, decision: Decision) -> None:
        assert decision.target.section is not None  # noqa: S101 - a section_title decision
        assert decision.section_title is not None  # noqa: S101 - as above
        wanted = _key(decision.target.section).rstrip("、.")
        found = [
            h
            for h in self.source.headings
            if _key(h.label).rstrip("、.") == wanted or _key(h.title) == wanted
        ]
        if not found:
            raise self.fail(FindingKind.DECISION_MATCHES_NOTHING, decision)
        if len(found) > 1:
            raise self.fail(FindingKind.DECISION_MATCHES_SECTIONS, decision, count=str(len(found)))
        heading = found[0]
        heading.title = decision.section_title
        values = self._values(decision, SECTION_TITLE_SET)
        self.source.note(
            heading.where,
            FindingKind.DECISION_APPLIED,
            decision.wanted,
            values,
            target=decision.target,
        )
        self.retitled.append((heading.where, decision.reason))

    def _skip(self, decision: Decision) -> None:
        source = self.source
        if decision.target.line is None and decision.target.row is None:
            entry = self._target(decision)  # a task named by number, printed or text
            source.entries.remove(entry)
            self._skipped(decision, entry.where, SKIPPED_TASK, entry.text.text)
            return
        entries = [e for e in source.entries if self._matches(decision, e)]
        if len(entries) > 1:
            raise self.fail(FindingKind.DECISION_MATCHES_MANY, decision, count=str(len(entries)))
        headings = [h for h in source.headings if self._at(decision, h.where)]
        for found in (*entries, *headings):
            (source.entries if isinstance(found, Entry) else source.headings).remove(found)  # type: ignore[arg-type]
        fields = 0
        for entry in source.entries:
            kept = [(role, f) for role, f in entry.units if not self._at(decision, f.where)]
            fields += len(entry.units) - len(kept)
            entry.units = kept
            if entry.deadline is not None and self._at(decision, entry.deadline.where):
                entry.deadline = None
                fields += 1
        problems = [p for p in source.problems if self._at(decision, p.where)]
        if not (entries or headings or fields or problems):
            raise self.fail(FindingKind.DECISION_MATCHES_NOTHING, decision)
        where = (
            entries[0].where
            if entries
            else Location(
                source.file,
                decision.target.sheet or "",
                decision.target.row,
                line=decision.target.line,
            )
        )
        # What the line or row held: its task's text, or its heading's.
        held = entries[0].text.text if entries else headings[0].title if headings else ""
        action = SKIPPED if decision.target.line is not None else SKIPPED_ROW
        self._skipped(decision, where, action, held)

    def _skipped(self, decision: Decision, where: Location, action: str, held: str) -> None:
        """Note the skip: what it skipped (*action*), its first characters and where."""
        values = self._values(decision, action)
        quoted = "".join(held.split())
        if quoted:
            values["skipped"] = quoted[:_QUOTED] + ("…" if len(quoted) > _QUOTED else "")
            if where.line is not None:
                values["line"] = str(where.line)
            elif where.row is not None:
                values["row"] = str(where.row)
        self.source.note(
            where, FindingKind.DECISION_APPLIED, decision.wanted, values, target=decision.target
        )
        self.skipped.append((decision, decision.reason))

    def _at(self, decision: Decision, where: Location) -> bool:
        """Whether *where* is the line or row *decision* names."""
        if decision.target.line is not None:
            return where.line == decision.target.line
        return where.row == decision.target.row and decision.target.sheet in {None, where.sheet}

    def _insert_after(self, entry: Entry, new: Entry) -> None:
        """Put *new* right after *entry*, in file order among entries and headings."""
        source = self.source
        source.entries.insert(source.entries.index(entry) + 1, new)
        new.order = entry.order
        items: list[Entry | Heading] = sorted(
            [*source.entries, *source.headings], key=lambda i: (i.order, i is new)
        )
        for order, item in enumerate(items, start=1):
            item.order = order
        source.counter = len(items)

    # -- the problems settled --------------------------------------------------------

    def _settle(self, problems: tuple[ImportProblem, ...]) -> tuple[ImportProblem, ...]:
        by_number = dict(zip(task_numbers(self.source), self.source.entries, strict=True))
        out = []
        for problem in problems:
            reason = ""
            if problem.kind is FindingKind.DECISION_NUMBER_MOVED:
                out.append(problem)  # about the decision itself: never settled by it
                continue
            entry = by_number.get(problem.task) if problem.task is not None else None
            decided = self.settled.get(id(entry), []) if entry is not None else []
            kept = entry is not None and entry.kept_read
            for fields, why, set_fields, roles in decided:
                if problem.kind is FindingKind.SUPPORT_FROM_NOTICE and Role.SUPPORT in roles:
                    reason = why  # the support units decided: the notice's rule checked
                if set_fields and kept and problem.kind in _ABOUT_READ_UNITS:
                    continue  # about the units kept as read, maybe: open
                if _ALL in fields or any(problem.kind in _SETTLES[f] for f in fields):
                    reason = why
            if problem.kind is FindingKind.DOUBTFUL_TITLE and self.title_reason:
                reason = self.title_reason
            for where, why in self.retitled:
                if problem.where == where and problem.task is None:
                    reason = why
            for decision, why in [*self.skipped, *self.made]:
                if (
                    decision.target.line is not None or decision.target.row is not None
                ) and self._at(decision, problem.where):
                    if decision in self.unread and problem.kind is FindingKind.ATTRIBUTION_NOT_READ:
                        continue  # the task's text still holds the attribution: open
                    reason = why
            out.append(attrs.evolve(problem, settled=reason) if reason else problem)
        return tuple(out)


def task_numbers(source: Source) -> list[int]:
    """The numbers :mod:`.assemble` gives *source*'s entries, in entry order."""
    from .numbering import numbers_of  # noqa: PLC0415 - the stage that numbers

    return numbers_of(Source(source.file, entries=source.entries))
