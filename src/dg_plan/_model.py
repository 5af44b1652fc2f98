"""The domain model: frozen, slotted attrs classes with validated cross-field rules."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Sequence
from typing import Any, Final, overload

import attrs

from . import _display, _registry
from ._deadline import Deadline, DeadlineKind
from ._errors import (
    InvalidQueryError,
    InvalidTypeError,
    UnitNotInvolvedError,
    UnknownUnitError,
    ValidationError,
)
from ._notes import Note
from ._query_errors import QueryErrorKind, query_error
from ._task_role import TaskRole
from ._text import close_matches, lookup_key
from ._validate import (
    instance_of,
    int_at_least,
    nonempty_str,
    optional,
    tuple_of,
    where,
)
from ._vocabulary import ROLE_WORDS, Role

# Deadline and DeadlineKind are dg_plan._deadline's; a Task has one.
__all__ = [
    "Deadline",
    "DeadlineKind",
    "Mention",
    "Origin",
    "PlanMetadata",
    "Platform",
    "PlatformKind",
    "Provenance",
    "Role",
    "Section",
    "Successor",
    "Task",
    "Unit",
    "UnitKind",
]


# A datetime is a date too, but a day is meant: refuse it, as the JSON format does.
_exact_date = optional(instance_of(datetime.date, exact=True, what="a datetime.date or None"))


class UnitKind(enum.Enum):
    """What kind of body a responsible unit is."""

    #: An organ of the CPC Henan Provincial Committee (省委办公厅, 省委网信办, …).
    PARTY = "party"
    #: A department or agency of the Henan Provincial People's Government.
    GOVERNMENT = "government"
    #: A centrally (vertically) managed agency located in Henan.
    CENTRAL = "central"
    #: A local government: a city government, 济源示范区管委会, 航空港区管委会.
    LOCAL = "local"
    #: A collective that stands for several units (各省辖市政府, 省直相关部门, …).
    COLLECTIVE = "collective"
    #: A people's organisation (省残联).
    PEOPLES_ORGANIZATION = "peoples_organization"
    #: A unit an imported list names that no registry classifies.
    UNCLASSIFIED = "unclassified"


def _tuple_of_str(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    typed = type(value) is tuple and all(type(v) is str for v in value)
    if not typed or not all(value):
        # A wrong type is a type error; an empty name, a broken rule.
        error = ValidationError if typed else InvalidTypeError
        raise error(
            f"{where(instance, attribute)} must be a tuple of non-empty str, got {value!r}",
            attribute.name,
            value,
        )


_nonempty_str = nonempty_str()


@attrs.frozen
class Successor:
    """The body that took over a unit's duties after a reorganisation.

    Args:
        name: The successor's Chinese name.
        name_en: Its English name.
        since: When it took over, if known.
        source: A citable source for the reorganisation.
    """

    name: str = attrs.field(validator=_nonempty_str)
    name_en: str = attrs.field(validator=instance_of(str))
    since: datetime.date | None = attrs.field(validator=_exact_date)
    source: str = attrs.field(validator=_nonempty_str)


@attrs.frozen
class Unit:
    """A responsible unit (责任单位), immutable and hashable.

    >>> u = Unit("省发展改革委", kind=UnitKind.GOVERNMENT)
    >>> u.name
    '省发展改革委'

    Args:
        name: The name as printed, with an elided 省 restored; the unit's key.
        full_name: The official full name (河南省发展和改革委员会).
        aliases: Short forms people write (省发改委, 发改委, …), not including *name*.
        kind: What kind of body it is.
        name_en: An English name.
        name_en_official: Whether *name_en* is the one the body itself uses; ``False``
            marks a translation of dg_plan's.
        members: For a collective, the names of the units it stands for (may be empty
            when the document does not name them).
        member_of: The names of the collectives this unit belongs to.
        successor: The body that has since taken over, with a citable source.
        sources: Citations backing the full name, English name or successor.
        note: A short remark on the unit.
    """

    name: str = attrs.field(validator=_nonempty_str)
    full_name: str = attrs.field(default="", validator=instance_of(str))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of_str)
    kind: UnitKind = attrs.field(default=UnitKind.GOVERNMENT, validator=instance_of(UnitKind))
    name_en: str = attrs.field(default="", validator=instance_of(str))
    name_en_official: bool = attrs.field(default=False, validator=instance_of(bool))
    members: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of_str)
    member_of: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of_str)
    successor: Successor | None = attrs.field(
        default=None, validator=optional(instance_of(Successor))
    )
    sources: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of_str)
    note: str = attrs.field(default="", validator=instance_of(str))

    @members.validator
    def _check_members(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        if value and self.kind is not UnitKind.COLLECTIVE:
            raise ValidationError(
                f"only a collective has members; {self.name!r} is {self.kind.name}",
                attribute.name,
                value,
            )

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the unit answers to: name, full name, then aliases."""
        return tuple(dict.fromkeys(n for n in (self.name, self.full_name, *self.aliases) if n))

    @property
    def node_id(self) -> str:
        """Its node id in :meth:`Plan.graph <dg_plan.Plan.graph>`: ``"unit:省发展改革委"``."""
        return f"unit:{self.name}"

    def __str__(self) -> str:
        """Return the unit's name."""
        return self.name

    def __repr__(self) -> str:
        """Return a short form: ``<Unit 省发展改革委 (government)>``."""
        return _display.unit_repr(self)

    def _repr_html_(self) -> str:
        """Return the unit as an HTML card, for notebooks."""
        return _display.unit_html(self)


class PlatformKind(enum.Enum):
    """What kind of named system a platform is."""

    #: A mobile app or mini-program brand (豫事办).
    APP = "app"
    #: A named software platform or system (省一体化政务服务平台).
    PLATFORM = "platform"
    #: A network (电子政务外网).
    NETWORK = "network"
    #: A cloud (一朵云).
    CLOUD = "cloud"
    #: A hotline (12345政务服务便民热线).
    HOTLINE = "hotline"
    #: A named database or data resource (一人一档).
    DATABASE = "database"
    #: A website or portal (河南法律服务网, 信用中国).
    WEBSITE = "website"
    #: A blockchain (河南链).
    BLOCKCHAIN = "blockchain"
    #: A named construction programme (雪亮工程).
    PROGRAMME = "programme"
    #: A QR-code service (豫服码).
    CODE = "code"


@attrs.frozen
class Platform:
    """A named system, platform, app, network or programme that tasks mention.

    Args:
        name: The canonical name (豫事办); the platform's key.
        aliases: Other names it is written with.
        kind: What kind of system it is.
        name_en: An English name.
        name_en_official: Whether *name_en* is an official English name.
        sources: Citations backing the English name.
        note: A short English description.
    """

    name: str = attrs.field(validator=_nonempty_str)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of_str)
    kind: PlatformKind = attrs.field(
        default=PlatformKind.PLATFORM, validator=instance_of(PlatformKind)
    )
    name_en: str = attrs.field(default="", validator=instance_of(str))
    name_en_official: bool = attrs.field(default=False, validator=instance_of(bool))
    sources: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of_str)
    note: str = attrs.field(default="", validator=instance_of(str))

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the platform answers to: name, then aliases."""
        return (self.name, *self.aliases)

    @property
    def node_id(self) -> str:
        """Its node id in :meth:`Plan.graph <dg_plan.Plan.graph>`: ``"platform:豫事办"``."""
        return f"platform:{self.name}"

    def __str__(self) -> str:
        """Return the platform's name."""
        return self.name

    def __repr__(self) -> str:
        """Return a short form: ``<Platform 豫事办 (app)>``."""
        return _display.platform_repr(self)

    def _repr_html_(self) -> str:
        """Return the platform as an HTML card, for notebooks."""
        return _display.platform_html(self)


_nonneg_int = int_at_least(0)
_positive_int = int_at_least(1)


@attrs.frozen
class Mention:
    """Where a task's text mentions a platform: ``task.text[start:end]``.

    Args:
        platform: The platform's name.
        start: Offset of the first character in the task's text.
        end: Offset just past the last character.
    """

    platform: str = attrs.field(validator=_nonempty_str)
    start: int = attrs.field(validator=_nonneg_int)
    end: int = attrs.field(validator=_nonneg_int)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: int) -> None:
        if value <= self.start:
            raise ValidationError(
                f"end {value} must be after start {self.start}", attribute.name, value
            )


Span = tuple[int, int]


def _rows(instance: object, attribute: attrs.Attribute[Any], value: tuple[int, ...]) -> None:
    typed = type(value) is tuple and all(type(v) is int for v in value)
    if not typed or not value or min(value) < 1 or list(value) != sorted(set(value)):
        error = ValidationError if typed else InvalidTypeError
        raise error(
            f"{where(instance, attribute)} must be a non-empty, increasing tuple of task numbers, "
            f"got {value!r}",
            attribute.name,
            value,
        )


def _span_typed(value: object) -> bool:
    return type(value) is tuple and len(value) == 2 and all(type(v) is int for v in value)


def _span(value: object) -> bool:
    return _span_typed(value) and 0 <= value[0] <= value[1]  # type: ignore[index]


_optional_positive_int = optional(_positive_int)


def _optional_span(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not _span(value):
        error = ValidationError if _span_typed(value) else InvalidTypeError
        raise error(
            f"{where(instance, attribute)} must be (start, end) offsets or None, got {value!r}",
            attribute.name,
            value,
        )


def _spans(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not tuple or not all(_span(v) for v in value):
        typed = type(value) is tuple and all(_span_typed(v) for v in value)
        error = ValidationError if typed else InvalidTypeError
        raise error(
            f"{where(instance, attribute)} must be a tuple of (start, end) offsets, got {value!r}",
            attribute.name,
            value,
        )


def _notes(instance: object, attribute: attrs.Attribute[Any], value: tuple[Note, ...]) -> None:
    if type(value) is not tuple or not all(type(v) is Note for v in value):
        raise InvalidTypeError(
            f"{where(instance, attribute)} must be a tuple of Note, got {value!r}",
            attribute.name,
            value,
        )


def _lines(instance: object, attribute: attrs.Attribute[Any], value: tuple[int, ...]) -> None:
    typed = type(value) is tuple and all(type(v) is int for v in value)
    if not typed or (value and min(value) < 1) or list(value) != sorted(set(value)):
        error = ValidationError if typed else InvalidTypeError
        raise error(
            f"{where(instance, attribute)} must be an increasing tuple of 1-based numbers, "
            f"got {value!r}",
            attribute.name,
            value,
        )


#: The fields of a task an origin names a cell for (a unit column headed by one role is
#: that role's: 牵头单位 ``leads``; one of units of any role, 责任单位, ``units``).
ORIGIN_FIELDS = ("number", "text", "deadline", "units", "leads", "responsible", "support")


def _cells(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[tuple[str, str], ...]
) -> None:
    pairs = type(value) is tuple and all(
        type(v) is tuple and len(v) == 2 and all(type(x) is str for x in v) for v in value
    )
    if not pairs or not all(f in ORIGIN_FIELDS and ref for f, ref in value):
        error = ValidationError if pairs else InvalidTypeError
        raise error(
            f"{where(instance, attribute)} must be a tuple of (field, cell) pairs, the field "
            f"one of {ORIGIN_FIELDS}, got {value!r}",
            attribute.name,
            value,
        )


@attrs.frozen
class Origin:
    """Where in an imported file a task was read from, for a reviewer to go straight to it.

    :mod:`dg_plan.importing` gives every task it reads one (as
    :attr:`Provenance.origin`); the shipped plan's tasks, read from a printed page,
    have none.

    >>> cells = (("text", "B5"), ("deadline", "D5:D7"))
    >>> origin = Origin("list.xlsx", "任务", rows=(5,), cells=cells)
    >>> origin.cell("deadline")
    'D5:D7'

    Args:
        file: The file's name (empty for text read from memory).
        sheet: The worksheet (xlsx), or the Word table (docx: ``"table 1"``, ``"table
            2"`` …); empty for a CSV file and for text.
        rows: The 1-based rows of the sheet or table the task was read from (tables).
        lines: The 1-based lines the task was read from (text: its first line, the lines
            that continue it, its labelled lines, and a standing note's line whose
            units it takes).
        cells: For tables, each field and the cell it was read from, as the
            spreadsheet names it (``("text", "B5")``, a merged cell's range:
            ``("deadline", "D5:D7")``), in column order; a field is one of
            ``number``, ``text``, ``deadline``, and for each unit column ``leads``,
            ``responsible`` or ``support`` (a column headed by that role: 牵头单位,
            负责单位, 配合单位) or ``units`` (a column naming units of any role: 责任单位).
    """

    file: str = attrs.field(default="", validator=instance_of(str))
    sheet: str = attrs.field(default="", validator=instance_of(str))
    rows: tuple[int, ...] = attrs.field(default=(), validator=_lines)
    lines: tuple[int, ...] = attrs.field(default=(), validator=_lines)
    cells: tuple[tuple[str, str], ...] = attrs.field(default=(), validator=_cells)

    def cell(self, field: str) -> str:
        """The cell *field* was read from (the first, for a unit column's), or ``""``."""
        return next((ref for f, ref in self.cells if f == field), "")


@attrs.frozen
class Provenance:
    """Where a task's fields come from in the printed source, and what was inferred.

    Args:
        page: The page of the official print the task stands on, or ``None`` when the
            source has no pages (a spreadsheet, a Word table or a text file imported
            with :mod:`dg_plan.importing`).
        deadline_rows: The task numbers whose rows the printed deadline cell spans:
            ``(n,)`` when it was printed in the task's own row.
        units_rows: Likewise for the printed cell of responsible units.
        alternatives: Other readings of the layout, each with why this one was chosen;
            empty when there is no doubt. Each is a :class:`Note` (``str(note)`` is
            its English sentence, ``note.render("zh")`` its Chinese one).
        notes: Every other inference made for this task (an elided 省 restored, a cell
            continued across a page break), as :class:`Note` objects.
        text_span: Offsets ``(start, end)`` of the task's text in the source file.
        deadline_spans: Offsets of the printed deadline cell(s) this task's deadline
            was read from.
        units_span: Offsets of the printed unit cell this task's units were read from.
        origin: Where in an imported file the task was read from (its file, sheet,
            rows or lines, and each field's cell); ``None`` for a task read from a
            printed page, as the shipped plan's are.
    """

    page: int | None = attrs.field(validator=_optional_positive_int)
    deadline_rows: tuple[int, ...] = attrs.field(validator=_rows)
    units_rows: tuple[int, ...] = attrs.field(validator=_rows)
    alternatives: tuple[Note, ...] = attrs.field(default=(), validator=_notes)
    notes: tuple[Note, ...] = attrs.field(default=(), validator=_notes)
    text_span: Span | None = attrs.field(default=None, validator=_optional_span)
    deadline_spans: tuple[Span, ...] = attrs.field(default=(), validator=_spans)
    units_span: Span | None = attrs.field(default=None, validator=_optional_span)
    origin: Origin | None = attrs.field(default=None, validator=optional(instance_of(Origin)))


def role_query_error(role: object, *, optional: bool) -> InvalidQueryError:
    """The error for a *role* argument that is not a :class:`Role`, naming the choices.

    A string that is a role's value or name gets the spelling that works
    (``Role("lead")``), since that is what a caller who passes ``"lead"`` meant.
    """
    kind = QueryErrorKind.EXPECTED_ROLE_OR_NONE if optional else QueryErrorKind.EXPECTED_ROLE
    meant = ROLE_WORDS.get(role.strip().lower()) if isinstance(role, str) else None
    if meant is None:
        return query_error(kind, "role", role)
    return query_error(
        kind, "role", role, member=f"Role.{meant.name}", call=f"Role({meant.value!r})"
    )


def _mentions_name_platforms(
    instance: Task, attribute: attrs.Attribute[Any], value: tuple[Mention, ...]
) -> None:
    """Each mention's offsets cover one of its platform's names, as the text writes it."""
    platforms = {p.name: p for p in instance.platforms}
    for m in value:
        platform = platforms.get(m.platform)
        written = instance.text[m.start : m.end]
        if platform is not None and written not in platform.names:
            raise ValidationError(
                f"task {instance.number}: mention {m.start}..{m.end} reads {written!r}, "
                f"not a name of {m.platform!r}",
                attribute.name,
                m,
            )


#: What ``involvement``/``role_of`` take for "no default given".
_NO_DEFAULT: Final = object()


@attrs.frozen(cache_hash=True)
class Task:
    """One numbered task of the plan.

    Args:
        number: The task's number (序号), 1-based.
        text: The task (主要任务), with the extraction's artifacts removed.
        deadline: When it is due (任务时限).
        units: Every unit the task names (责任单位), in printed order, whatever its role.
        leads: The lead units (those printed before 牵头), in printed order; a subset of
            *units*; empty when the printed text has no 牵头.
        support: The supporting units (named as 配合, 协助 or 参与), in printed order; a
            subset of *units*, none of them a lead. Every other unit is responsible
            (:attr:`responsible`).
        units_text: The printed text of the unit cell, normalised.
        platforms: The platforms the text mentions, in order of first mention.
        mentions: Each mention of a platform in *text*, in order.
        provenance: Where the fields come from in the source.

    Raises:
        ValidationError: A cross-field rule is broken: a lead or supporting unit that is
            not among the units, a unit that both leads and supports, a unit listed twice,
            a mention outside the text or of a platform not in *platforms*, a mention
            whose offsets do not cover one of its platform's names.

    The print gives a unit's role by grammar, and :meth:`role_of` reads it back:

    >>> import dg_plan
    >>> task = dg_plan.load_plan().task(11)
    >>> task.units_text
    '省应急管理厅，各省辖市政府、济源示范区管委会、航空港区管委会按职责分工负责'
    >>> task.leads, task.role_of("省应急管理厅")
    ((), <Role.RESPONSIBLE: 'responsible'>)
    >>> [u.name for u in task.accountable]
    ['省应急管理厅', '各省辖市政府', '济源示范区管委会', '航空港区管委会']
    """

    number: int = attrs.field(validator=_positive_int)
    text: str = attrs.field(validator=_nonempty_str)
    deadline: Deadline = attrs.field(validator=instance_of(Deadline))
    units: tuple[Unit, ...] = attrs.field(validator=tuple_of(Unit))
    leads: tuple[Unit, ...] = attrs.field(default=(), validator=tuple_of(Unit))
    support: tuple[Unit, ...] = attrs.field(default=(), validator=tuple_of(Unit))
    units_text: str = attrs.field(default="", validator=instance_of(str))
    platforms: tuple[Platform, ...] = attrs.field(default=(), validator=tuple_of(Platform))
    mentions: tuple[Mention, ...] = attrs.field(
        default=(), validator=[tuple_of(Mention), _mentions_name_platforms]
    )
    provenance: Provenance | None = attrs.field(
        default=None,
        validator=optional(instance_of(Provenance)),
        eq=True,
    )

    def __attrs_post_init__(self) -> None:
        """Check the rules that tie fields together."""
        if not self.units:
            raise ValidationError(f"task {self.number} has no responsible unit")
        names = [u.name for u in self.units]
        if len(set(names)) != len(names):
            raise ValidationError(f"task {self.number} lists a unit twice: {names!r}")
        position = {u.name: i for i, u in enumerate(self.units)}
        for field, chosen in (("leads", self.leads), ("support", self.support)):
            what = "lead" if field == "leads" else "supporting unit"
            for unit in chosen:
                if position.get(unit.name) is None or self.units[position[unit.name]] != unit:
                    raise ValidationError(
                        f"task {self.number}: {what} {unit.name!r} is not among its units {names!r}"
                    )
            picked = [position[u.name] for u in chosen]
            if picked != sorted(set(picked)):
                raise ValidationError(
                    f"task {self.number}: {field} {[u.name for u in chosen]!r} are not in the "
                    f"units' order {names!r}"
                )
        both = {u.name for u in self.leads} & {u.name for u in self.support}
        if both:
            raise ValidationError(
                f"task {self.number}: {sorted(both)!r} cannot both lead and support"
            )
        mentioned = {p.name for p in self.platforms}
        if len(mentioned) != len(self.platforms):
            raise ValidationError(f"task {self.number} lists a platform twice")
        last_end = 0
        for m in self.mentions:
            if m.platform not in mentioned:
                raise ValidationError(
                    f"task {self.number}: mention of {m.platform!r} is not among its platforms"
                )
            if m.start < last_end or m.end > len(self.text):
                raise ValidationError(
                    f"task {self.number}: mention {m.start}..{m.end} of {m.platform!r} "
                    "overlaps another or lies outside the text"
                )
            last_end = m.end
        in_order = tuple(dict.fromkeys(m.platform for m in self.mentions))
        if tuple(p.name for p in self.platforms) != in_order:
            raise ValidationError(
                f"task {self.number}: platforms must be the mentioned ones in order of first "
                f"mention, {in_order!r}"
            )

    @property
    def responsible(self) -> tuple[Unit, ...]:
        """The units responsible for the task (负责), neither leading nor supporting.

        With a lead these are the units printed after 牵头; with none, every unit the
        cell names (save supporting ones).
        """
        other = {u.name for u in self.leads} | {u.name for u in self.support}
        return tuple(u for u in self.units if u.name not in other)

    @property
    def accountable(self) -> tuple[Unit, ...]:
        """The units answerable for the task: the leads, else the responsible units.

        Where the print names no lead, the responsible units are, in the shipped
        plan, every unit the cell names.

        A list that names only supporting units makes them accountable, so every task
        has at least one accountable unit.
        """
        return self.leads or self.responsible or self.support

    @overload
    def role_of(self, unit: str | Unit) -> Role: ...
    @overload
    def role_of(self, unit: str | Unit, default: None) -> Role | None: ...
    def role_of(self, unit: str | Unit, default: object = _NO_DEFAULT) -> Role | None:
        """Return the role the task gives *unit*: a :class:`Unit`, its name or an alias.

        A unit the task does not name itself but that belongs to a collective the
        task names (洛阳市人民政府 in 各省辖市政府) holds the collective's role:
        the rule of :meth:`involvement`, which also says through which collective.
        With *default* (``None``), a known unit that has no part in the task gives ``None``.

        The lookup ignores spaces, quotation marks and the width of punctuation, as
        :meth:`Plan.unit <dg_plan.Plan.unit>` does.

        Raises:
            UnitNotInvolvedError: A known unit with no part in the task, and no
                *default* (an :class:`UnknownUnitError`, without suggestions).
            UnknownUnitError: The task names no such unit, nor a collective it belongs
                to (a :class:`LookupError`); its ``suggestions`` holds the task's units
                that resemble it.
        """
        if default is _NO_DEFAULT:
            return self.involvement(unit).role
        found = self.involvement(unit, None)
        return None if found is None else found.role

    @overload
    def involvement(self, unit: str | Unit) -> TaskRole: ...
    @overload
    def involvement(self, unit: str | Unit, default: None) -> TaskRole | None: ...
    def involvement(self, unit: str | Unit, default: object = _NO_DEFAULT) -> TaskRole | None:
        """Return the role the task gives *unit*, and through which collective, if any.

        The rule every query that takes a unit follows (:meth:`Plan.tasks_for
        <dg_plan.Plan.tasks_for>`, :meth:`Plan.responsibilities
        <dg_plan.Plan.responsibilities>`, …): a unit the task names holds the role the
        task prints for it (``via`` is ``None``), even when a collective it belongs to
        is named too; else a unit that belongs to a collective the task names holds
        that collective's role (``via`` names it; with several, the first of
        :attr:`Unit.member_of`).

        *unit* is a :class:`Unit` (its :attr:`~Unit.member_of` says its collectives),
        or a name. A name is one of the task's units' names or aliases, or a member
        as a collective lists it (洛阳市人民政府), or one of the names the shipped
        plan's registry gives that member (洛阳市, 洛阳市政府). For a member's other
        names, pass the plan's unit: ``task.involvement(plan.unit(name))``.

        >>> import dg_plan
        >>> plan = dg_plan.load_plan()
        >>> found = plan.task(11).involvement("洛阳市")
        >>> found.unit, found.role, found.via
        ('洛阳市人民政府', <Role.RESPONSIBLE: 'responsible'>, '各省辖市政府')
        >>> plan.task(11).involvement("省应急管理厅").via is None
        True

        A unit the plan knows (a :class:`Unit`, or a name the unit registry gives)
        that has no part in the task raises :class:`UnitNotInvolvedError`, or gives
        ``None`` when *default* ``None`` is passed; a name no unit answers to raises
        :class:`UnknownUnitError` whatever *default* is, so that a misspelling is
        not taken for "no part":

        >>> print(plan.task(50).involvement("省财政厅", None))
        None

        Raises:
            UnitNotInvolvedError: A known unit with no part in the task, and no
                *default* (an :class:`UnknownUnitError`, without suggestions).
            UnknownUnitError: The task names no such unit, nor a collective it belongs
                to (a :class:`LookupError`); its ``suggestions`` holds the task's units
                that resemble it.
        """
        found = self._named(unit)
        if found is not None:
            return TaskRole(self.number, found.name, self._own_role(found))
        through = self._through(unit)
        if through is not None:
            member, collective = through
            return TaskRole(self.number, member, self._own_role(collective), collective.name)
        name: object = unit.name if isinstance(unit, Unit) else unit
        key = lookup_key(name) if isinstance(name, str) else ""
        known = unit.name if isinstance(unit, Unit) else _registry.unit_answering(key)
        if known is not None:
            if default is not _NO_DEFAULT:
                return None  # the only default the overloads take
            raise UnitNotInvolvedError(name, known, task=self.number)
        keys = {lookup_key(n): u.name for u in self.units for n in u.names}
        suggestions = dict.fromkeys(keys[k] for k in close_matches(key, keys)) if key else {}
        raise UnknownUnitError(name, tuple(suggestions), task=self.number)

    def _named(self, unit: object) -> Unit | None:
        """The unit of the task that *unit* is (or names), or ``None``."""
        if isinstance(unit, Unit):
            return next((u for u in self.units if u == unit), None)
        if isinstance(unit, str):
            key = lookup_key(unit)
            return next((u for u in self.units if any(lookup_key(n) == key for n in u.names)), None)
        return None

    def _through(self, unit: object) -> tuple[str, Unit] | None:
        """The member's name and the task's collective that *unit* belongs to, or ``None``."""
        collectives = {u.name: u for u in self.units if u.kind is UnitKind.COLLECTIVE}
        if isinstance(unit, Unit):
            named = next((c for c in unit.member_of if c in collectives), None)
            return None if named is None else (unit.name, collectives[named])
        key = lookup_key(unit) if isinstance(unit, str) else ""
        listed = [(m, c) for c in collectives.values() for m in c.members] if key else []
        found = next(((m, c) for m, c in listed if lookup_key(m) == key), None)
        if found is None and listed:
            # A member by another of its names: the shipped registry's (洛阳市).
            registry = _registry.names()
            found = next(
                (
                    (m, c)
                    for m, c in listed
                    if any(lookup_key(n) == key for n in registry.get(m, ()))
                ),
                None,
            )
        return found

    def _own_role(self, unit: Unit) -> Role:
        if unit in self.leads:
            return Role.LEAD
        if unit in self.support:
            return Role.SUPPORT
        return Role.RESPONSIBLE

    def units_in(self, role: Role) -> tuple[Unit, ...]:
        """Return the task's units in *role*, in printed order.

        Raises:
            InvalidQueryError: *role* is not a :class:`Role`.
        """
        if not isinstance(role, Role):
            raise role_query_error(role, optional=False)
        if role is Role.LEAD:
            return self.leads
        if role is Role.SUPPORT:
            return self.support
        return self.responsible

    @property
    def node_id(self) -> str:
        """Its node id in :meth:`Plan.graph <dg_plan.Plan.graph>`: ``"task:18"``."""
        return f"task:{self.number}"

    def __repr__(self) -> str:
        """Return a short form: ``<Task 18 2023年12月底前: 推行“极简审批”和协同化、集成化…>``."""
        return _display.task_repr(self)

    def _repr_html_(self) -> str:
        """Return the task as an HTML card (units, platforms, provenance), for notebooks."""
        return _display.task_html(self)


def _check_section_tasks(
    instance: Section, attribute: attrs.Attribute[Any], value: tuple[Task, ...]
) -> None:
    numbers = [t.number for t in value]
    if numbers != sorted(set(numbers)):
        raise ValidationError(
            f"section {instance.id!r}: tasks must be ordered and unique, got {numbers!r}",
            attribute.name,
            numbers,
        )
    nested = [t.number for s in instance.subsections for t in s.tasks]
    if len(nested) != len(set(nested)):
        raise ValidationError(
            f"section {instance.id!r}: two subsections share a task", attribute.name, nested
        )
    if nested and not set(nested) <= set(numbers):
        raise ValidationError(
            f"section {instance.id!r}: a subsection's task is missing from tasks",
            attribute.name,
            sorted(set(nested) - set(numbers)),
        )


@attrs.frozen(cache_hash=True)
class Section:
    """A part (一、…) or subsection ((一)…) of the plan.

    Args:
        id: A stable id: ``"1"`` for the first part, ``"1.3"`` for its third subsection.
        number: The position within its parent, 1-based.
        label: The printed numeral: ``一`` for a part, ``（三）`` for a subsection.
        title: The printed title.
        subsections: The subsections, in order (empty for a leaf).
        tasks: Every task under the section, its subsections' included, in order.
        declared_count: The count the title declares (``共70项``), if any.
    """

    id: str = attrs.field(validator=_nonempty_str)
    number: int = attrs.field(validator=_positive_int)
    label: str = attrs.field(validator=instance_of(str))
    title: str = attrs.field(validator=_nonempty_str)
    subsections: tuple[Section, ...] = attrs.field(default=(), validator=tuple_of(object))
    tasks: tuple[Task, ...] = attrs.field(default=(), validator=_check_section_tasks)
    declared_count: int | None = attrs.field(default=None, validator=optional(_nonneg_int))

    def __attrs_post_init__(self) -> None:
        """Check the declared count and the subsections' type."""
        for s in self.subsections:
            if not isinstance(s, Section):
                raise InvalidTypeError(
                    f"section {self.id!r}: subsections must be Section, got {s!r}"
                )
        if self.declared_count is not None and self.declared_count != len(self.tasks):
            raise ValidationError(
                f"section {self.id!r} declares {self.declared_count} tasks but has "
                f"{len(self.tasks)}"
            )

    def walk(self) -> Iterable[Section]:
        """Yield this section and every section below it, depth first, in order."""
        yield self
        for s in self.subsections:
            yield from s.walk()

    @property
    def is_part(self) -> bool:
        """Whether the section is a part (一、…), not a subsection: its id has no dot."""
        return "." not in self.id

    @property
    def heading(self) -> str:
        """The heading as printed: ``一、河南省…`` for a part, ``（四）推进…`` for a subsection.

        A part with no printed label (an imported list's tasks before its first heading,
        ``（未分部分）``) is its title alone, with no 、 before it.
        """
        return f"{self.label}{'、' if self.is_part and self.label else ''}{self.title}"

    @property
    def node_id(self) -> str:
        """Its node id in :meth:`Plan.graph <dg_plan.Plan.graph>`: ``"section:3.4"``."""
        return f"section:{self.id}"

    def __repr__(self) -> str:
        """Return a short form: ``<Section 3.4 （四）推进政务治理“一网智管”: 6 tasks>``."""
        return _display.section_repr(self)

    def _repr_html_(self) -> str:
        """Return the section and a table of its tasks as HTML, for notebooks."""
        return _display.section_html(self)


@attrs.frozen
class PlanMetadata:
    """What the plan is and where its data come from.

    Args:
        title: The document's title.
        document: The issuing document's number (豫政〔2023〕17号).
        attachment: Which attachment of it the plan is (附件4).
        issuer: Who issued it (河南省人民政府).
        issued: When it was issued.
        period: The first and last year the plan covers.
        source_file: The name of the source text the data were built from.
        source_sha256: That file's SHA-256, in hex.
    """

    title: str = attrs.field(validator=_nonempty_str)
    document: str = attrs.field(default="", validator=instance_of(str))
    attachment: str = attrs.field(default="", validator=instance_of(str))
    issuer: str = attrs.field(default="", validator=instance_of(str))
    issued: datetime.date | None = attrs.field(default=None, validator=_exact_date)
    period: tuple[int, int] | None = attrs.field(default=None)
    source_file: str = attrs.field(default="", validator=instance_of(str))
    source_sha256: str = attrs.field(default="", validator=instance_of(str))

    @period.validator
    def _check_period(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if (
            type(value) is not tuple
            or len(value) != 2
            or not all(type(v) is int for v in value)
            or value[0] > value[1]
        ):
            raise ValidationError(
                f"PlanMetadata.period must be (first_year, last_year), got {value!r}",
                attribute.name,
                value,
            )


def unique_names(kind: str, items: Sequence[Unit] | Sequence[Platform]) -> None:
    """Raise ValueError unless every name is unique among *items*."""
    seen: set[str] = set()
    for item in items:
        if item.name in seen:
            raise ValidationError(f"{kind} {item.name!r} is listed twice")
        seen.add(item.name)
