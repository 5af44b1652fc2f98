"""Units and platforms (with successors), alone or as a registry that holds together."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from dg_plan._model import Platform, PlatformKind, Successor, Unit, UnitKind
from dg_plan._text import lookup_key

from ._common import (
    chosen_kinds,
    pick,
    platform_name,
    remark,
    shipped_plan,
    some_text,
    some_texts,
    unique_names,
    unit_name,
    upto,
)


def successors() -> st.SearchStrategy[Successor]:
    """Return a strategy for the successors of reorganised units.

    Returns:
        A strategy that draws :class:`~dg_plan.Successor` objects.
    """
    return _successors()


@functools.cache
def _successors() -> st.SearchStrategy[Successor]:
    return st.builds(
        Successor,
        name=unit_name(),
        name_en=remark(),
        since=st.none() | st.dates(),
        source=some_text(min_size=1),
    )


@functools.cache
def _maybe_successor() -> st.SearchStrategy[Successor | None]:
    return st.none() | _successors()


@st.composite
def unit_registry(
    draw: st.DrawFn, min_size: int, max_size: int, kinds: tuple[UnitKind, ...]
) -> tuple[Unit, ...]:
    """Units that a plan can hold together: unique names, consistent collectives."""
    size = draw(st.integers(min_size, max_size))
    unit_kinds = [pick(draw, kinds) for _ in range(size)]
    shapes = [(draw(st.booleans()), draw(upto(2))) for _ in range(size)]
    names = iter(draw(unique_names(unit_name(), sum(1 + f + a for f, a in shapes))))
    spelled = [
        (next(names), next(names) if full else "", tuple(next(names) for _ in range(aliases)))
        for full, aliases in shapes
    ]
    members: list[tuple[str, ...]] = []
    for i, kind in enumerate(unit_kinds):
        others = [n for j, (n, _, _) in enumerate(spelled) if j != i]
        if kind is UnitKind.COLLECTIVE and others:
            members.append(tuple(draw(st.lists(st.sampled_from(others), unique=True))))
        else:
            members.append(())
    registry = []
    for i, (name, full_name, aliases) in enumerate(spelled):
        # The JSON format derives member_of from the collectives, in registry order.
        member_of = tuple(spelled[j][0] for j in range(size) if name in members[j])
        registry.append(
            Unit(
                name=name,
                full_name=full_name,
                aliases=aliases,
                kind=unit_kinds[i],
                name_en=draw(remark()),
                name_en_official=draw(st.booleans()),
                members=members[i],
                member_of=member_of,
                successor=draw(_maybe_successor()),
                sources=draw(some_texts()),
                note=draw(remark()),
            )
        )
    return tuple(registry)


@functools.cache
def _shipped_items(
    what: str, kinds: tuple[UnitKind, ...] | tuple[PlatformKind, ...]
) -> tuple[Unit | Platform, ...]:
    registry: tuple[Unit, ...] | tuple[Platform, ...] = getattr(shipped_plan(), what)
    found = tuple(item for item in registry if item.kind in kinds)
    if not found:
        raise InvalidArgument(f"the shipped plan has no {what} of kinds {kinds!r}")
    return found


@st.composite
def _shipped_item(
    draw: st.DrawFn, what: str, kinds: tuple[UnitKind, ...] | tuple[PlatformKind, ...]
) -> Unit | Platform:
    return pick(draw, _shipped_items(what, kinds))


@st.composite
def _lone_unit(draw: st.DrawFn, kinds: tuple[UnitKind, ...]) -> Unit:
    """One unit on its own: a collective's members are names of units not drawn."""
    (unit,) = draw(unit_registry(1, 1, kinds))
    if unit.kind is not UnitKind.COLLECTIVE and not draw(st.booleans()):
        return unit
    taken = {lookup_key(n) for n in unit.names}
    names = draw(st.lists(unit_name(), max_size=4, unique_by=lookup_key))
    others = tuple(n for n in names if lookup_key(n) not in taken)
    if unit.kind is UnitKind.COLLECTIVE:
        return attrs.evolve(unit, members=others)
    return attrs.evolve(unit, member_of=others)


def units(
    *, kinds: Iterable[UnitKind] | None = None, from_shipped: bool = False
) -> st.SearchStrategy[Unit]:
    """Return a strategy for responsible units of the given kinds.

    A drawn unit is valid on its own: the ``members`` of a collective, and the
    collectives in ``member_of``, are names of units that are not drawn. For units
    that belong together in one plan, draw a plan with :func:`plans` and use its
    ``units``.

    Args:
        kinds: The kinds to draw; every kind by default.
        from_shipped: Draw the shipped plan's own units (loaded on the first draw).

    Returns:
        A strategy that draws :class:`~dg_plan.Unit` objects.

    Raises:
        InvalidArgument: *kinds* is empty or not made of :class:`~dg_plan.UnitKind`.
    """
    chosen = chosen_kinds(kinds, UnitKind, "kinds")
    if from_shipped:
        return _shipped_item("units", chosen).map(_as_unit)
    return _lone_unit(chosen)


def _as_unit(item: Unit | Platform) -> Unit:
    assert isinstance(item, Unit)  # noqa: S101 - _shipped_item("units") draws units
    return item


def _as_platform(item: Unit | Platform) -> Platform:
    assert isinstance(item, Platform)  # noqa: S101 - _shipped_item("platforms") draws platforms
    return item


@st.composite
def platform_registry(
    draw: st.DrawFn, min_size: int, max_size: int, kinds: tuple[PlatformKind, ...]
) -> tuple[Platform, ...]:
    """Platforms that a plan can hold together: no two answer to the same name."""
    size = draw(st.integers(min_size, max_size))
    counts = [draw(upto(2)) for _ in range(size)]
    names = iter(draw(unique_names(platform_name(), size + sum(counts))))
    return tuple(
        Platform(
            name=next(names),
            aliases=tuple(next(names) for _ in range(count)),
            kind=pick(draw, kinds),
            name_en=draw(remark()),
            name_en_official=draw(st.booleans()),
            sources=draw(some_texts()),
            note=draw(remark()),
        )
        for count in counts
    )


def platforms(
    *, kinds: Iterable[PlatformKind] | None = None, from_shipped: bool = False
) -> st.SearchStrategy[Platform]:
    """Return a strategy for platforms of the given kinds.

    Args:
        kinds: The kinds to draw; every kind by default.
        from_shipped: Draw the shipped plan's own platforms (loaded on the first draw).

    Returns:
        A strategy that draws :class:`~dg_plan.Platform` objects.

    Raises:
        InvalidArgument: *kinds* is empty or not made of :class:`~dg_plan.PlatformKind`.
    """
    chosen = chosen_kinds(kinds, PlatformKind, "kinds")
    if from_shipped:
        return _shipped_item("platforms", chosen).map(_as_platform)
    return platform_registry(1, 1, chosen).map(lambda registry: registry[0])
