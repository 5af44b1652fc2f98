"""The Plan: the whole task list, with its lookups."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ._errors import UnknownNameError, UnknownPlatformError, UnknownTaskError, UnknownUnitError
from ._model import PlanMetadata, Platform, Section, Task, Unit, UnitKind, unique_names
from ._text import close_matches, lookup_key

__all__ = ["Plan"]


class _Cache:
    """Per-plan, lazily built state (indexes, graph), guarded by one lock."""

    __slots__ = ("graph", "index", "lock", "projection")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index: Any = None
        self.graph: Any = None
        self.projection: Any = None


def _check_tasks(instance: Plan, attribute: attrs.Attribute[Any], value: tuple[Task, ...]) -> None:
    if type(value) is not tuple or not all(isinstance(t, Task) for t in value):
        raise TypeError("tasks must be a tuple of Task")
    numbers = [t.number for t in value]
    if numbers != sorted(set(numbers)):
        dupes = sorted({n for n in numbers if numbers.count(n) > 1})
        raise ValueError(
            f"task numbers must be unique and in order; duplicated: {dupes!r}"
            if dupes
            else f"task numbers must be in order, got {numbers!r}"
        )


def _names_index(items: tuple[Unit, ...] | tuple[Platform, ...], kind: str) -> Mapping[str, Any]:
    index: dict[str, Any] = {}
    for item in items:
        for name in item.names:
            key = lookup_key(name)
            other = index.get(key)
            if other is not None and other is not item:
                raise ValueError(
                    f"{kind} name {name!r} is shared by {other.name!r} and {item.name!r}"
                )
            index[key] = item
    return MappingProxyType(index)


@attrs.frozen(eq=False)
class Plan:
    """The whole plan: its parts, tasks, units and platforms, immutable and shareable.

    A plan is validated when it is made: task numbers are unique and ordered, the
    sections' tasks are tasks of the plan, every task's units and platforms are the
    plan's own, and every name resolves to one unit or platform. Two plans are equal
    when their data are equal.

    Args:
        metadata: What the plan is.
        sections: The parts, in order.
        tasks: Every task, ordered by number.
        units: Every responsible unit (collectives' members included).
        platforms: Every platform the tasks mention.

    Raises:
        ValueError: A rule above is broken.
    """

    metadata: PlanMetadata = attrs.field(validator=attrs.validators.instance_of(PlanMetadata))
    sections: tuple[Section, ...] = attrs.field(
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Section))
    )
    tasks: tuple[Task, ...] = attrs.field(validator=_check_tasks)
    units: tuple[Unit, ...] = attrs.field(
        default=(), validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Unit))
    )
    platforms: tuple[Platform, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Platform)),
    )
    _by_number: Mapping[int, Task] = attrs.field(init=False, repr=False)
    _units_by_key: Mapping[str, Unit] = attrs.field(init=False, repr=False)
    _platforms_by_key: Mapping[str, Platform] = attrs.field(init=False, repr=False)
    _cache: _Cache = attrs.field(init=False, repr=False, factory=_Cache)

    def __attrs_post_init__(self) -> None:
        """Check the cross-references and build the lookup indexes."""
        for name in ("sections", "units", "platforms"):
            if type(getattr(self, name)) is not tuple:
                raise TypeError(f"{name} must be a tuple")
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
                if units.get(unit.name) != unit:
                    raise ValueError(f"task {task.number}: unit {unit.name!r} is not the plan's")
            for platform in task.platforms:
                if platforms.get(platform.name) != platform:
                    raise ValueError(
                        f"task {task.number}: platform {platform.name!r} is not the plan's"
                    )
        for unit in self.units:
            for member in unit.members:
                if member not in units:
                    raise ValueError(f"collective {unit.name!r}: member {member!r} is not a unit")
                if unit.name not in units[member].member_of:
                    raise ValueError(
                        f"unit {member!r} does not record that it belongs to {unit.name!r}"
                    )
            for collective in unit.member_of:
                if unit.name not in getattr(units.get(collective), "members", ()):
                    raise ValueError(f"unit {unit.name!r}: {collective!r} does not list it")
        covered: list[int] = []
        for part in self.sections:
            covered.extend(t.number for t in part.tasks)
            for section in part.walk():
                for task in section.tasks:
                    if by_number.get(task.number) != task:
                        raise ValueError(
                            f"section {section.id!r}: task {task.number} is not the plan's"
                        )
        if self.sections and sorted(covered) != list(by_number):
            raise ValueError("the parts' tasks must be every task of the plan, each once")

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

    # -- lookups -------------------------------------------------------------

    def task(self, number: int) -> Task:
        """Return the task numbered *number*.

        Raises:
            UnknownTaskError: No task has that number (also a :class:`KeyError`).
        """
        task = self._by_number.get(number) if type(number) is int else None
        if task is None:
            first = self.tasks[0].number if self.tasks else None
            last = self.tasks[-1].number if self.tasks else None
            raise UnknownTaskError(number, first, last)
        return task

    def unit(self, name: str | Unit) -> Unit:
        """Return the unit called *name*: its name, full name or an alias.

        The lookup is exact but ignores surrounding spaces, quotation marks and the
        width of punctuation.

        >>> import dg_plan
        >>> dg_plan.load_plan().unit("发改委").name
        '省发展改革委'

        Raises:
            UnknownUnitError: No unit answers to *name* (a :class:`LookupError`); its
                ``suggestions`` holds up to five close matches.
        """
        if isinstance(name, Unit):
            found = self._units_by_key.get(lookup_key(name.name))
            if found is None or found != name:
                raise UnknownUnitError(name.name, self._suggest(self._units_by_key, name.name))
            return found
        if not isinstance(name, str):
            raise UnknownUnitError(name)
        found = self._units_by_key.get(lookup_key(name))
        if found is None:
            raise UnknownUnitError(name, self._suggest(self._units_by_key, name))
        return found

    def platform(self, name: str | Platform) -> Platform:
        """Return the platform called *name* (its name or an alias).

        The lookup is exact but ignores surrounding spaces, quotation marks and the
        width of punctuation.

        Raises:
            UnknownPlatformError: No platform answers to *name* (a :class:`LookupError`);
                its ``suggestions`` holds up to five close matches.
        """
        if isinstance(name, Platform):
            name = name.name
        if not isinstance(name, str):
            raise UnknownPlatformError(name)
        found = self._platforms_by_key.get(lookup_key(name))
        if found is None:
            raise UnknownPlatformError(name, self._suggest(self._platforms_by_key, name))
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

        Raises:
            UnknownNameError: No section has that id (a :class:`LookupError`).
        """
        for part in self.sections:
            for s in part.walk():
                if s.id == section_id:
                    return s
        ids = [s.id for part in self.sections for s in part.walk()]
        raise UnknownNameError(section_id, "section", close_matches(str(section_id), ids))

    def units_of_kind(self, kind: UnitKind) -> tuple[Unit, ...]:
        """Return the plan's units of one kind, in registry order."""
        return tuple(u for u in self.units if u.kind is kind)
