"""Tasks: units in their roles, text that mentions platforms, a deadline, provenance."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from dg_plan._deadline import Deadline
from dg_plan._model import Mention, Platform, PlatformKind, Role, Task, Unit, UnitKind
from dg_plan._vocabulary import UNDER_LEAD, WORDS

from ._common import MAX_NUMBER, check_size, pick, shipped_plan, some_text, upto
from ._deadlines import deadlines
from ._parts import provenance_for
from ._registries import platform_registry, unit_registry


def _units_text(task: Task) -> str:
    """The printed form of a unit cell: 甲、乙牵头，丙、丁按职责分工负责，戊配合."""
    pieces = [
        "、".join(u.name for u in units) + word
        for units, word in (
            (task.leads, WORDS[Role.LEAD].word),
            (task.responsible, UNDER_LEAD),
            (task.support, WORDS[Role.SUPPORT].word),
        )
        if units
    ]
    return "，".join(pieces)


def _name_of(item: Unit | Platform) -> str:
    return item.name


class Kit:
    """What a plan's tasks are drawn from: its pools, and the strategies that pick from them."""

    __slots__ = ("deadline", "max_mentions", "pick_units", "platforms", "provenance")

    def __init__(
        self,
        units: Sequence[Unit],
        platforms: Sequence[Platform],
        deadline: st.SearchStrategy[Deadline],
        provenance: bool | None,
        max_units: int,
        max_mentions: int,
        *,
        every_unit: bool = False,
    ) -> None:
        # Every unit, in registry order: the order the format derives member_of in.
        self.pick_units: st.SearchStrategy[list[Unit]] = (
            st.just(list(units))
            if every_unit
            else st.lists(
                st.sampled_from(tuple(units)), min_size=1, max_size=max_units, unique_by=_name_of
            )
        )
        self.platforms = tuple(platforms)
        self.deadline = deadline
        self.provenance = provenance
        self.max_mentions = max_mentions if platforms else 0


@st.composite
def one_task(draw: st.DrawFn, number: int, kit: Kit) -> Task:
    chosen = draw(kit.pick_units)
    # Each unit draws a role. The units keep the order they were drawn in (for a
    # fresh pool, the registry's order, which member_of follows), so the roles may
    # interleave; the printed form groups them.
    roles = {u.name: draw(st.sampled_from(Role)) for u in chosen}
    leads = tuple(u for u in chosen if roles[u.name] is Role.LEAD)
    support = tuple(u for u in chosen if roles[u.name] is Role.SUPPORT)
    pieces: list[str] = []
    found: list[Mention] = []
    mentioned: list[Platform] = []
    at = 0
    for _ in range(draw(upto(kit.max_mentions))):
        filler = draw(some_text(max_size=10))
        platform = pick(draw, kit.platforms)
        written = pick(draw, platform.names)
        at += len(filler)
        found.append(Mention(platform.name, at, at + len(written)))
        at += len(written)
        pieces += [filler, written]
        mentioned.append(platform)
    pieces.append(draw(some_text(min_size=0 if found else 1, max_size=20)))
    with_provenance = draw(st.booleans()) if kit.provenance is None else kit.provenance
    task = Task(
        number=number,
        text="".join(pieces),
        deadline=draw(kit.deadline),
        units=tuple(chosen),
        leads=leads,
        support=support,
        # The JSON format derives a task's platforms from its mentions.
        platforms=tuple(dict.fromkeys(mentioned)),
        mentions=tuple(found),
        provenance=draw(provenance_for(number)) if with_provenance else None,
    )
    if draw(st.booleans()):
        task = attrs.evolve(task, units_text=_units_text(task))
    return task


@st.composite
def pools(
    draw: st.DrawFn,
    units: Sequence[Unit] | None,
    platforms: Sequence[Platform] | None,
    from_shipped: bool,
    max_units: int,
    max_platforms: int,
    need_units: bool,
) -> tuple[tuple[Unit, ...], tuple[Platform, ...]]:
    """The unit and platform registries to draw tasks from: given, shipped or fresh."""
    if units is not None:
        unit_pool = tuple(units)
    elif from_shipped:
        unit_pool = shipped_plan().units
    else:
        unit_pool = draw(unit_registry(int(need_units), max_units, tuple(UnitKind)))
    if platforms is not None:
        platform_pool = tuple(platforms)
    elif from_shipped:
        platform_pool = shipped_plan().platforms
    else:
        platform_pool = draw(platform_registry(0, max_platforms, tuple(PlatformKind)))
    return unit_pool, platform_pool


def check_pools(
    units: Sequence[Unit] | None,
    platforms: Sequence[Platform] | None,
    from_shipped: bool,
    need_units: bool = True,
) -> None:
    for name, pool, kind in (("units", units, Unit), ("platforms", platforms, Platform)):
        if pool is None:
            continue
        if isinstance(pool, (str, bytes)) or not all(isinstance(x, kind) for x in pool):
            raise InvalidArgument(f"{name} must be a sequence of {kind.__name__}, got {pool!r}")
        if from_shipped:
            raise InvalidArgument(f"give {name} or from_shipped=True, not both")
    if units is not None and not units and need_units:
        raise InvalidArgument("units must hold at least one unit: every task has one")


def deadline_strategy(
    given: st.SearchStrategy[Deadline] | None, from_shipped: bool
) -> st.SearchStrategy[Deadline]:
    if given is None:
        return deadlines(from_shipped=from_shipped)
    if not isinstance(given, st.SearchStrategy):
        raise InvalidArgument(f"deadlines must be a strategy, got {given!r}")
    return given


def tasks(
    *,
    number: int | None = None,
    units: Sequence[Unit] | None = None,
    platforms: Sequence[Platform] | None = None,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    provenance: bool | None = None,
    from_shipped: bool = False,
    max_units: int = 5,
    max_mentions: int = 4,
) -> st.SearchStrategy[Task]:
    """Return a strategy for tasks.

    A task's units are distinct and each has a role drawn from all three (:class:`Role`);
    the leads and the supporting units keep the units' order. Its text names its
    platforms at the offsets its mentions record.

    Args:
        number: The task's number; drawn from 1 to 999 when ``None``.
        units: A fixed pool of units to draw the task's units from. When ``None``, the
            task's units are a fresh set that holds together on its own (a collective's
            members are among them), so ``Plan(metadata, (), (task,), task.units,
            task.platforms)`` is a valid plan.
        platforms: A fixed pool of platforms the task may mention (empty: none); a fresh
            set is drawn when ``None``.
        deadlines: A strategy for the task's deadline; :func:`deadlines` by default.
        provenance: Whether the task has a provenance; either, when ``None``.
        from_shipped: Draw units, platforms and deadlines from the shipped plan's
            (loaded on the first draw).
        max_units: The most units a task has.
        max_mentions: The most platform mentions in a task's text.

    Returns:
        A strategy that draws :class:`~dg_plan.Task` objects.

    Raises:
        InvalidArgument: An argument is out of range, or a pool is given together with
            ``from_shipped=True``.
    """
    if number is not None:
        check_size("number", number, 1)
    check_size("max_units", max_units, 1)
    check_size("max_mentions", max_mentions)
    check_pools(units, platforms, from_shipped)
    deadline = deadline_strategy(deadlines, from_shipped)
    numbers = st.integers(1, MAX_NUMBER) if number is None else st.just(number)

    @st.composite
    def draw_task(draw: st.DrawFn) -> Task:
        unit_pool, platform_pool = draw(
            pools(units, platforms, from_shipped, max_units, 3, need_units=True)
        )
        # A task drawn with fresh units has all of them, so that no collective names a
        # member the task lacks: Plan(..., units=task.units, ...) is valid.
        kit = Kit(
            unit_pool,
            platform_pool,
            deadline,
            provenance,
            max_units,
            max_mentions,
            every_unit=units is None and not from_shipped,
        )
        return draw(one_task(draw(numbers), kit))

    return draw_task()
