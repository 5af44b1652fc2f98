"""The Plan: the whole task list, with its lookups."""

from __future__ import annotations

import contextlib
import datetime
import operator
import threading
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, SupportsIndex, TypeVar

import attrs

from . import _display
from ._dates import parse_period, read_day
from ._deadline import DeadlineKind
from ._errors import (
    InvalidTypeError,
    UnknownNameError,
    UnknownPlatformError,
    UnknownTaskError,
    UnknownUnitError,
    ValidationError,
)
from ._model import (
    PlanMetadata,
    Platform,
    Role,
    Section,
    Task,
    Unit,
    UnitKind,
    role_query_error,
    unique_names,
)
from ._query_errors import QueryErrorKind, query_error, type_error
from ._search import SearchHit, fold, search, terms_of
from ._text import close_matches, lookup_key, rank
from ._validate import each, instance_of

if TYPE_CHECKING:  # optional dependencies: named in signatures, never imported here
    import networkx
    import pandas

    # Made on the first query, not at import: see _results.
    from ._query import Index
    from ._results import Involvement, Responsibility, TimelineEntry, WorkloadRow

__all__ = ["Plan", "check_plan"]

T = TypeVar("T")
N = TypeVar("N", Unit, Platform)


class _Cache:
    """Per-plan, lazily built state (indexes, graph), guarded by one lock."""

    __slots__ = ("folded", "graph", "index", "lock", "projection")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index: Index | None = None
        self.folded: tuple[tuple[Task, tuple[str, tuple[int, ...]]], ...] | None = None
        self.graph: Any = None
        self.projection: Any = None

    def once(self, name: str, build: Callable[[], T]) -> T:
        """Return the value cached as *name*, building it on the first call only."""
        value = getattr(self, name)
        if value is None:
            with self.lock:
                value = getattr(self, name)
                if value is None:
                    value = build()
                    setattr(self, name, value)
        return value  # type: ignore[no-any-return]


def _check_tasks(instance: Plan, attribute: attrs.Attribute[Any], value: tuple[Task, ...]) -> None:
    if type(value) is not tuple or not all(isinstance(t, Task) for t in value):
        raise InvalidTypeError("Plan.tasks must be a tuple of Task", attribute.name, value)
    numbers = [t.number for t in value]
    if numbers != sorted(set(numbers)):
        dupes = sorted({n for n in numbers if numbers.count(n) > 1})
        raise ValidationError(
            f"task numbers must be unique and in order; duplicated: {dupes!r}"
            if dupes
            else f"task numbers must be in order, got {numbers!r}",
            attribute.name,
            numbers,
        )


def _check_period(metadata: PlanMetadata, tasks: tuple[Task, ...]) -> None:
    """Refuse a dated deadline outside the years the plan covers (a typo: 2204 for 2024)."""
    if metadata.period is None:
        return
    first, last = metadata.period
    for task in tasks:
        due = task.deadline.date
        if due is not None and not first <= due.year <= last:
            raise ValidationError(
                f"task {task.number} is due {due}, outside the plan's period {first}–{last}",
                "tasks",
                task.number,
            )


def _names_index(items: tuple[Unit, ...] | tuple[Platform, ...], kind: str) -> Mapping[str, Any]:
    index: dict[str, Any] = {}
    for item in items:
        for name in item.names:
            key = lookup_key(name)
            other = index.get(key)
            if other is not None and other is not item:
                raise ValidationError(
                    f"{kind} name {name!r} is shared by {other.name!r} and {item.name!r}"
                )
            index[key] = item
    return MappingProxyType(index)


@attrs.frozen(eq=False)
class Plan:
    """The whole plan: its parts, tasks, units and platforms, immutable and shareable.

    A plan is validated when it is made: task numbers are unique and ordered, the
    sections' tasks are tasks of the plan, every task's units and platforms are the
    plan's own, every name resolves to one unit or platform, and when the metadata
    give a period, every dated deadline falls in its years (a deadline outside them
    is refused, not warned about: it is a typo in the data, not a fact to keep). Two
    plans are equal when their data are equal.

    Args:
        metadata: What the plan is.
        sections: The parts, in order.
        tasks: Every task, ordered by number.
        units: Every responsible unit (collectives' members included).
        platforms: Every platform the tasks mention.

    Raises:
        ValidationError: A rule above is broken (a :class:`ValueError`).
    """

    metadata: PlanMetadata = attrs.field(validator=instance_of(PlanMetadata))
    sections: tuple[Section, ...] = attrs.field(validator=each(Section))
    tasks: tuple[Task, ...] = attrs.field(validator=_check_tasks)
    units: tuple[Unit, ...] = attrs.field(default=(), validator=each(Unit))
    platforms: tuple[Platform, ...] = attrs.field(
        default=(),
        validator=each(Platform),
    )
    _by_number: Mapping[int, Task] = attrs.field(init=False, repr=False)
    _units_by_key: Mapping[str, Unit] = attrs.field(init=False, repr=False)
    _platforms_by_key: Mapping[str, Platform] = attrs.field(init=False, repr=False)
    _cache: _Cache = attrs.field(init=False, repr=False, factory=_Cache)

    def __attrs_post_init__(self) -> None:
        """Check the cross-references and build the lookup indexes."""
        for name in ("sections", "units", "platforms"):
            if type(getattr(self, name)) is not tuple:
                raise InvalidTypeError(f"{name} must be a tuple")
        unique_names("unit", self.units)
        unique_names("platform", self.platforms)
        by_number = {t.number: t for t in self.tasks}
        object.__setattr__(self, "_by_number", MappingProxyType(by_number))
        object.__setattr__(self, "_units_by_key", _names_index(self.units, "unit"))
        object.__setattr__(self, "_platforms_by_key", _names_index(self.platforms, "platform"))
        units = {u.name: u for u in self.units}
        platforms = {p.name: p for p in self.platforms}
        for task in self.tasks:
            for unit in task.units:
                found = units.get(unit.name)
                if found is not unit and found != unit:
                    raise ValidationError(
                        f"task {task.number}: unit {unit.name!r} is not the plan's"
                    )
            for platform in task.platforms:
                known = platforms.get(platform.name)
                if known is not platform and known != platform:
                    raise ValidationError(
                        f"task {task.number}: platform {platform.name!r} is not the plan's"
                    )
        listed_by: dict[str, list[str]] = {}
        for unit in self.units:
            for member in unit.members:
                listed_by.setdefault(member, []).append(unit.name)
        for unit in self.units:
            for member in unit.members:
                if member not in units:
                    raise ValidationError(
                        f"collective {unit.name!r}: member {member!r} is not a unit"
                    )
                if unit.name not in units[member].member_of:
                    raise ValidationError(
                        f"unit {member!r} does not record that it belongs to {unit.name!r}"
                    )
            listing = tuple(listed_by.get(unit.name, ()))
            if unit.member_of != listing:
                raise ValidationError(
                    f"unit {unit.name!r}: member_of must be the collectives that list it, in "
                    f"the registry's order: {listing!r}, got {unit.member_of!r}"
                )
        covered: list[int] = []
        for part in self.sections:
            covered.extend(t.number for t in part.tasks)
            for section in part.walk():
                for task in section.tasks:
                    known_task = by_number.get(task.number)
                    if known_task is not task and known_task != task:
                        raise ValidationError(
                            f"section {section.id!r}: task {task.number} is not the plan's"
                        )
        _check_period(self.metadata, self.tasks)
        if self.sections and sorted(covered) != list(by_number):
            twice = sorted({n for n in covered if covered.count(n) > 1})
            missing = sorted(set(by_number) - set(covered))
            if missing:
                raise ValidationError(
                    f"task {missing[0]} is in no part: the parts' tasks must be every task of "
                    f"the plan, each once (missing: {missing!r})",
                    "sections",
                    missing,
                )
            raise ValidationError(
                f"task {twice[0]} is in more than one part: the parts' tasks must be every "
                f"task of the plan, each once",
                "sections",
                twice,
            )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plan):
            return NotImplemented
        return (self.metadata, self.sections, self.tasks, self.units, self.platforms) == (
            other.metadata,
            other.sections,
            other.tasks,
            other.units,
            other.platforms,
        )

    def __hash__(self) -> int:
        return hash((self.metadata, self.tasks))

    def __repr__(self) -> str:
        return (
            f"<Plan {self.metadata.title!r}: {len(self.tasks)} tasks, {len(self.sections)} parts, "
            f"{len(self.units)} units, {len(self.platforms)} platforms>"
        )

    def _repr_html_(self) -> str:
        """Return a summary as HTML (parts, tasks per deadline, top leads), for notebooks."""
        from ._query import summarize  # noqa: PLC0415 - the query classes on first use

        return _display.plan_html(self, summarize(self))

    def to_dataframe(self, form: Literal["wide", "long"] = "wide") -> pandas.DataFrame:
        """Return the plan as a pandas DataFrame; see :func:`dg_plan.export.to_dataframe`.

        Args:
            form: ``"wide"``, one row per task, or ``"long"``, one row per task and
                responsible unit, with the unit's role.

        Returns:
            A ``pandas.DataFrame`` with typed columns (dates, categoricals).

        Raises:
            ImportError: pandas is not installed (``pip install 'dg_plan[pandas]'``).
            InvalidQueryError: *form* is neither ``"wide"`` nor ``"long"``.
        """
        from ._rows import to_dataframe  # noqa: PLC0415 - pandas only when asked for

        return to_dataframe(self, form=form)

    # -- lookups -------------------------------------------------------------

    def task(self, number: SupportsIndex) -> Task:
        """Return the task numbered *number*.

        Any integer works, ``numpy.int64`` included (what iterating a DataFrame column
        gives): anything :func:`operator.index` accepts, except ``True`` and ``False``.

        Raises:
            UnknownTaskError: No task has that number (also a :class:`KeyError`).
        """
        task = None
        if not isinstance(number, bool):
            with contextlib.suppress(TypeError):  # not an integer: no such task
                task = self._by_number.get(operator.index(number))
        if task is None:
            first = self.tasks[0].number if self.tasks else None
            last = self.tasks[-1].number if self.tasks else None
            raise UnknownTaskError(number, first, last)
        return task

    def unit(self, name: str | Unit) -> Unit:
        """Return the unit called *name*: its name, full name or an alias.

        The lookup is exact but ignores surrounding spaces, quotation marks and the
        width of punctuation. A :class:`Unit` resolves to this plan's unit when the plan
        has one equal to it (a unit from another plan with the same data is fine).

        >>> import dg_plan
        >>> dg_plan.load_plan().unit("发改委").name
        '省发展改革委'

        Raises:
            UnknownUnitError: No unit answers to *name*, or *name* is a :class:`Unit`
                that differs from this plan's unit of that name (a :class:`LookupError`);
                its ``suggestions`` holds up to five close matches.
            InvalidQueryError: *name* is neither a str nor a :class:`Unit`.
        """
        return self._resolve(name, Unit, self._units_by_key, UnknownUnitError)

    def platform(self, name: str | Platform) -> Platform:
        """Return the platform called *name* (its name or an alias).

        The lookup is exact but ignores surrounding spaces, quotation marks and the
        width of punctuation. A :class:`Platform` resolves as a :class:`Unit` does in
        :meth:`unit`: to this plan's platform when the plan has one equal to it.

        Raises:
            UnknownPlatformError: No platform answers to *name*, or *name* is a
                :class:`Platform` that differs from this plan's platform of that name (a
                :class:`LookupError`); its ``suggestions`` holds up to five close matches.
            InvalidQueryError: *name* is neither a str nor a :class:`Platform`.
        """
        return self._resolve(name, Platform, self._platforms_by_key, UnknownPlatformError)

    def _resolve(
        self,
        name: object,
        kind: type[N],
        index: Mapping[str, N],
        unknown: Callable[..., UnknownNameError],
    ) -> N:
        """Resolve a name, or an object of *kind*, to this plan's object: one rule for both."""
        argument = kind.__name__.lower()
        if isinstance(name, kind):
            found = index.get(lookup_key(name.name))
            if found is None:
                raise unknown(name.name, self._suggest(index, name.name))
            if found != name:
                raise unknown(
                    name.name,
                    (),
                    note=f"this plan's {argument} of that name differs from the one given",
                )
            return found
        if not isinstance(name, str):
            wanted = (
                QueryErrorKind.EXPECTED_UNIT_NAME
                if kind is Unit
                else QueryErrorKind.EXPECTED_PLATFORM_NAME
            )
            raise query_error(wanted, argument, name)
        found = index.get(lookup_key(name))
        if found is None:
            raise unknown(name, self._suggest(index, name))
        return found

    @staticmethod
    def _suggest(index: Mapping[str, Unit | Platform], name: str) -> list[str]:
        keys = close_matches(lookup_key(name), index)
        return list(dict.fromkeys(index[k].name for k in keys))[:5]

    def collectives_of(self, unit: str | Unit) -> tuple[Unit, ...]:
        """Return the collectives *unit* belongs to (各省辖市政府 for a city government)."""
        found = self.unit(unit)
        return tuple(self.unit(n) for n in found.member_of)

    def members_of(self, collective: str | Unit) -> tuple[Unit, ...]:
        """Return the units a collective stands for; empty when the document names none."""
        found = self.unit(collective)
        return tuple(self.unit(n) for n in found.members)

    @property
    def parts(self) -> tuple[Section, ...]:
        """The four parts; the same as :attr:`sections`."""
        return self.sections

    def section(self, section_id: str) -> Section:
        """Return the section with id *section_id* (``"2"``, ``"3.4"``).

        Section ids are strings: ``3.10`` and ``3.1`` are different sections, which
        numbers could not tell apart.

        Raises:
            UnknownNameError: No section has that id (a :class:`LookupError`).
            InvalidQueryError: *section_id* is not a str (``plan.section(1)``).
        """
        if not isinstance(section_id, str):
            if isinstance(section_id, (int, float)):
                raise query_error(
                    QueryErrorKind.SECTION_ID_NUMBER, "section_id", section_id, id=str(section_id)
                )
            raise query_error(QueryErrorKind.SECTION_ID_NOT_TEXT, "section_id", section_id)
        for part in self.sections:
            for s in part.walk():
                if s.id == section_id:
                    return s
        ids = [s.id for part in self.sections for s in part.walk()]
        raise UnknownNameError(section_id, "section", close_matches(str(section_id), ids))

    def part_of(self, task: SupportsIndex | Task) -> Section | None:
        """Return the part (一、…) that holds *task*, or ``None`` in a plan without parts.

        >>> import dg_plan
        >>> dg_plan.load_plan().part_of(18).heading
        '一、河南省加强数字政府建设实施方案'

        Raises:
            UnknownTaskError: The plan has no such task.
        """
        number = self.task(task.number if isinstance(task, Task) else task).number
        found = self._index().placement.get(number)
        return None if found is None else found[0]

    def section_of(self, task: SupportsIndex | Task) -> Section | None:
        """Return the deepest section that holds *task* (its subsection, if it has one).

        >>> import dg_plan
        >>> dg_plan.load_plan().section_of(18).id
        '1.1'

        Raises:
            UnknownTaskError: The plan has no such task.
        """
        number = self.task(task.number if isinstance(task, Task) else task).number
        found = self._index().placement.get(number)
        return None if found is None else found[1]

    def units_of_kind(self, kind: UnitKind) -> tuple[Unit, ...]:
        """Return the plan's units of one kind, in registry order."""
        return tuple(u for u in self.units if u.kind is kind)

    # -- fuzzy search ----------------------------------------------------------

    def search_units(self, query: str, limit: int = 5) -> tuple[Unit, ...]:
        """Return the units whose names best resemble *query*, best first.

        Unlike :meth:`unit`, this ranks candidates: an exact name first, then names
        containing the query or contained in it, then names by similarity; names
        less than half-similar are left out. The ranking depends only on the names.

        >>> import dg_plan
        >>> [u.name for u in dg_plan.load_plan().search_units("网信")]
        ['省委网信办']

        Raises:
            InvalidQueryError: *query* is empty or only spaces: it would match everything.
        """
        return tuple(rank(_query_key(query), self.units, limit))

    def search_platforms(self, query: str, limit: int = 5) -> tuple[Platform, ...]:
        """Return the platforms whose names best resemble *query*, best first.

        Ranks like :meth:`search_units`.

        Raises:
            InvalidQueryError: *query* is empty or only spaces.
        """
        return tuple(rank(_query_key(query), self.platforms, limit))

    # -- full-text search ------------------------------------------------------------

    def search(self, query: str) -> tuple[SearchHit, ...]:
        """Return the tasks whose text contains every term of *query*, best first.

        The query is split on white space into terms. Text and terms are compared
        after NFKC and case folding, so ``ipv6`` finds "IPv6", ``（`` finds "(" and
        full-width letters find ASCII ones. Each :class:`SearchHit` holds the spans of
        the task's text that matched. Hits are ranked by how many matches they have,
        most first, then by task number, so the order is stable.

        >>> import dg_plan
        >>> hits = dg_plan.load_plan().search("数据共享")
        >>> [(h.task.number, h.matches) for h in hits]
        [(121, 3), (41, 1), (56, 1), (61, 1), (63, 1)]
        >>> [h.task.number for h in dg_plan.load_plan().search("ipv6")]
        [109, 110]

        Raises:
            InvalidQueryError: *query* is not a string, or is empty or only spaces (it
                would match everything).
        """
        return search(self._folded(), terms_of(query))

    def _folded(self) -> tuple[tuple[Task, tuple[str, tuple[int, ...]]], ...]:
        return self._cache.once("folded", lambda: tuple((t, fold(t.text)) for t in self.tasks))

    # -- who owns what ---------------------------------------------------------

    def _index(self) -> Index:
        from ._query import Index  # noqa: PLC0415 - the query classes on the first query

        return self._cache.once("index", lambda: Index(self))

    def responsibilities(
        self, unit: str | Unit, role: Role | None = None
    ) -> tuple[Responsibility, ...]:
        """Return what *unit* answers for: each task, the role, and the collective if any.

        A city government answers for the tasks of the collectives it belongs to
        (各省辖市政府); each such :class:`Responsibility` names the collective in ``via``.

        Args:
            unit: A :class:`Unit` or any name or alias :meth:`unit` resolves.
            role: Keep only this role (``Role.LEAD``: the tasks it leads).

        Raises:
            UnknownUnitError: *unit* names no unit.
            InvalidQueryError: *role* is not a :class:`Role`.
        """
        if role is not None and not isinstance(role, Role):
            raise role_query_error(role, optional=True)
        return self._index().responsibilities_of(self.unit(unit), role)

    def tasks_for(self, unit: str | Unit, role: Role | None = None) -> tuple[Task, ...]:
        """Return the tasks *unit* is responsible for, in order.

        >>> import dg_plan
        >>> plan = dg_plan.load_plan()
        >>> [t.number for t in plan.tasks_for("省审计厅")]
        [50]

        Args:
            unit: A :class:`Unit` or any name or alias :meth:`unit` resolves.
            role: Keep the tasks in which it has this role: ``Role.LEAD`` (it leads),
                ``Role.RESPONSIBLE`` (it is responsible without leading) or ``Role.SUPPORT``.

        Returns:
            The tasks, including those of the collectives the unit belongs to (see
            :meth:`responsibilities` for which came through a collective).

        Raises:
            UnknownUnitError: *unit* names no unit.
            InvalidQueryError: *role* is not a :class:`Role`.
        """
        return tuple(r.task for r in self.responsibilities(unit, role))

    def mentioning(self, platform: str | Platform) -> tuple[Task, ...]:
        """Return the tasks whose text mentions *platform* (a name or alias), in order.

        Raises:
            UnknownPlatformError: *platform* names no platform.
        """
        return self._index().by_platform[self.platform(platform).name]

    def responsible_for(self, platform: str | Platform) -> tuple[Involvement, ...]:
        """Return the units of the tasks that mention *platform*, ranked by involvement.

        Units that lead more of those tasks come first, then units with more tasks in
        all; ties keep the registry's order.

        Raises:
            UnknownPlatformError: *platform* names no platform.
        """
        return self._index().involvement(self.platform(platform))

    def workload(self, include_members: bool = False) -> tuple[WorkloadRow, ...]:
        """Return, per unit, how many tasks it leads, is responsible for and supports.

        Each row also splits the counts by deadline year and undated kind.

        Rows are ordered by tasks led, then by all tasks. Units that no task names
        (the city governments, members of 各省辖市政府) are left out unless
        *include_members* is true, when they count their collectives' tasks.
        """
        return self._index().workload(include_members)

    # -- what is due when --------------------------------------------------------

    def due_between(self, start: datetime.date | str, end: datetime.date | str) -> tuple[Task, ...]:
        """Return the dated tasks due from *start* to *end*, both inclusive, in order.

        Args:
            start: A :class:`datetime.date` or ``"2024/6/30"`` and the like.
            end: Likewise; not before *start*.

        Raises:
            InvalidQueryError: A bound is not a date, or *start* is after *end*.
        """
        first, last = read_day(start, "start"), read_day(end, "end")
        if first > last:
            raise query_error(
                QueryErrorKind.START_AFTER_END, "start", start, start=str(first), end=str(last)
            )
        index = self._index()
        return index.in_order(index.between(first, last))

    def due_by(self, date: datetime.date | str) -> tuple[Task, ...]:
        """Return the dated tasks due on or before *date*, in order.

        Raises:
            InvalidQueryError: *date* is not a date.
        """
        last = read_day(date, "date")
        index = self._index()
        return index.in_order(index.between(datetime.date.min, last))

    def due_in(self, period: str) -> tuple[Task, ...]:
        """Return the dated tasks due in a named period, in order.

        >>> import dg_plan
        >>> len(dg_plan.load_plan().due_in("2024H1"))
        13

        Args:
            period: ``"2024"``, ``"2024H1"``, ``"2024Q3"`` or ``"2024-06"``.

        Raises:
            InvalidQueryError: *period* is malformed.
        """
        return self.due_between(*parse_period(period))

    def undated(self, kind: DeadlineKind | None = None) -> tuple[Task, ...]:
        """Return the tasks without a date (持续推进, 适时推进), or those of one *kind*.

        Raises:
            InvalidQueryError: *kind* is ``DeadlineKind.DATE`` or not a kind.
        """
        index = self._index()
        if kind is None:
            return index.in_order(t for ts in index.undated.values() for t in ts)
        if kind not in index.undated:
            raise query_error(QueryErrorKind.EXPECTED_UNDATED_KIND, "kind", kind)
        return index.undated[kind]

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Return every deadline of the plan with its tasks, in deadline order."""
        return self._index().timeline

    def _done(self, done: object) -> frozenset[int]:
        # A list, a set, a numpy array or a pandas Series of numbers (or of tasks).
        if isinstance(done, (str, bytes)) or not isinstance(done, Iterable):
            raise query_error(QueryErrorKind.EXPECTED_TASKS, "done", done)
        return frozenset(
            self.task(item.number if isinstance(item, Task) else item).number for item in done
        )

    def overdue(
        self, as_of: datetime.date | str, done: Iterable[SupportsIndex | Task] = ()
    ) -> tuple[Task, ...]:
        """Return the dated tasks due before *as_of* and not in *done*, in order.

        A task due by 2024-06-30 is overdue from 2024-07-01. Nothing reads the clock:
        pass the day you mean.

        Args:
            as_of: The day to judge from (:class:`datetime.date` or ``"2024/6/30"`` and the like).
            done: The numbers (or tasks) of the tasks you have finished.

        Raises:
            InvalidQueryError: *as_of* is not a date, or *done* is not a collection.
            UnknownTaskError: *done* names a task the plan does not have.
        """
        day = read_day(as_of, "as_of")
        finished = self._done(done)
        index = self._index()
        return index.in_order(t for t in index.before(day) if t.number not in finished)

    def due_within(
        self, days: int, as_of: datetime.date | str, done: Iterable[SupportsIndex | Task] = ()
    ) -> tuple[Task, ...]:
        """Return the dated tasks due from *as_of* to *days* days later, not in *done*.

        *days* is anything :func:`operator.index` accepts (a numpy integer too), except
        ``True`` and ``False``.

        Raises:
            InvalidQueryError: *days* is not a whole number >= 0, or *as_of* is not a date.
            UnknownTaskError: *done* names a task the plan does not have.
        """
        try:
            if isinstance(days, bool):
                raise TypeError  # noqa: TRY301 - a bool is no count of days
            days = operator.index(days)
        except TypeError:
            raise query_error(QueryErrorKind.EXPECTED_DAYS, "days", days) from None
        if days < 0:
            raise query_error(QueryErrorKind.EXPECTED_DAYS, "days", days)
        day = read_day(as_of, "as_of")
        finished = self._done(done)
        index = self._index()
        try:
            last = day + datetime.timedelta(days=days)
        except OverflowError:
            last = datetime.date.max
        return index.in_order(t for t in index.between(day, last) if t.number not in finished)

    def select(
        self,
        *,
        unit: str | Unit | None = None,
        role: Role | None = None,
        platform: str | Platform | None = None,
        section: str | None = None,
        start: datetime.date | str | None = None,
        end: datetime.date | str | None = None,
        kind: DeadlineKind | None = None,
        text: str | None = None,
    ) -> tuple[Task, ...]:
        """Return the tasks that meet every criterion given, in order.

        >>> import dg_plan
        >>> plan = dg_plan.load_plan()
        >>> [t.number for t in plan.select(unit="发改委", role=dg_plan.Role.LEAD, end="2023-06-30")]
        [2]

        Args:
            unit: Tasks of this unit (its collectives' included).
            role: With *unit*, only tasks in which it has this role. Without *unit*,
                tasks that have some unit in this role.
            platform: Tasks mentioning this platform.
            section: Tasks under the section with this id (``"3"``, ``"3.4"``).
            start: Dated tasks due on or after this day.
            end: Dated tasks due on or before this day.
            kind: Tasks whose deadline is of this kind.
            text: Tasks whose text contains every term of this query, as
                :meth:`search` finds them (here in the plan's order, not ranked).

        Raises:
            UnknownUnitError: *unit* names no unit.
            UnknownPlatformError: *platform* names no platform.
            UnknownNameError: *section* names no section.
            InvalidQueryError: A criterion is malformed, *start* is after *end*, or
                *text* has no term.
        """
        index = self._index()
        found: list[set[int]] = []
        if role is not None and not isinstance(role, Role):
            raise role_query_error(role, optional=True)
        if unit is not None:
            found.append({t.number for t in self.tasks_for(unit, role)})
        elif role is not None:
            found.append({t.number for t in self.tasks if t.units_in(role)})
        if platform is not None:
            found.append({t.number for t in self.mentioning(platform)})
        if section is not None:
            numbers = index.section_numbers.get(section) if isinstance(section, str) else None
            if numbers is None:
                numbers = frozenset(t.number for t in self.section(section).tasks)
            found.append(set(numbers))
        if start is not None or end is not None:
            first = datetime.date.min if start is None else read_day(start, "start")
            last = datetime.date.max if end is None else read_day(end, "end")
            if first > last:
                raise query_error(
                    QueryErrorKind.START_AFTER_END, "start", start, start=str(first), end=str(last)
                )
            found.append({t.number for t in index.between(first, last)})
        if kind is not None:
            if not isinstance(kind, DeadlineKind):
                raise query_error(QueryErrorKind.EXPECTED_DEADLINE_KIND, "kind", kind)
            chosen = index.dated if kind is DeadlineKind.DATE else index.undated[kind]
            found.append({t.number for t in chosen})
        if text is not None:
            found.append({h.task.number for h in self.search(text)})
        if not found:
            return self.tasks
        return index.in_order(self._by_number[n] for n in set.intersection(*found))

    # -- the graph -----------------------------------------------------------------

    def graph(self) -> networkx.MultiDiGraph[str]:
        """Return the plan as a frozen networkx ``MultiDiGraph``, built on the first call.

        Nodes are ``"task:18"``, ``"unit:省发展改革委"``, ``"platform:豫事办"`` and
        ``"section:3.4"`` (each object's ``node_id``), each with a ``kind`` and only
        scalar attributes. Edges run
        task → unit (``kind="responsible"``, ``role`` one of ``"lead"``, ``"responsible"``
        and ``"support"``), task →
        platform (``kind="mentions"``, one per mention), section → subsection → task
        (``kind="contains"``) and collective → member (``kind="member"``).

        The graph is shared and frozen: changing it raises ``NetworkXError``; call
        ``graph.copy()`` for a graph of your own. Needs networkx (``dg_plan[graph]``).
        """
        from ._graph import build_graph  # noqa: PLC0415 - networkx only when asked for

        return self._cache.once("graph", lambda: build_graph(self))

    def unit_graph(self) -> networkx.Graph[str]:
        """Return the units that work together, as a frozen networkx ``Graph``.

        Two units are joined when some task names both; the edge's ``weight`` is the
        number of such tasks and ``tasks`` lists their numbers (``"1,3,18"``).
        """
        from ._graph import unit_projection  # noqa: PLC0415 - networkx only when asked for

        return self._cache.once("projection", lambda: unit_projection(self))


def _query_key(query: object) -> str:
    if not isinstance(query, str) or not lookup_key(query):
        raise query_error(QueryErrorKind.EMPTY_QUERY, "query", query)
    return lookup_key(query)


def check_plan(plan: object, argument: str = "plan", *, optional: bool = False) -> None:
    """Refuse anything but a :class:`Plan` (or ``None`` when *optional*) where a plan belongs.

    Raises:
        InvalidTypeError: *plan* is something else (a task, a ledger, a file name); it
            says what was given and what is expected.
    """
    if isinstance(plan, Plan) or (optional and plan is None):
        return
    kind = QueryErrorKind.EXPECTED_PLAN_OR_NONE if optional else QueryErrorKind.EXPECTED_PLAN
    raise type_error(kind, argument, plan, given=type(plan).__name__)
