"""Sections, plan metadata and whole plans."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from dg_plan._deadline import Deadline
from dg_plan._model import PlanMetadata, Platform, Section, Task, Unit
from dg_plan._plan import Plan

from ._common import MAX_DATE, MIN_DATE, check_range, check_size, numeral, some_text
from ._deadlines import deadlines
from ._tasks import Kit, check_pools, deadline_strategy, one_task, pools


def _label(number: int, depth: int) -> str:
    """The printed numeral: 一 for a part, （一） for a subsection, 1. below."""
    if depth == 0:
        return numeral(number)
    if depth == 1:
        return f"（{numeral(number)}）"
    return f"{number}."


@st.composite
def _section(
    draw: st.DrawFn,
    section_tasks: tuple[Task, ...],
    section_id: str,
    number: int,
    depth: int,
    max_depth: int,
) -> Section:
    subsections: list[Section] = []
    if depth + 1 < max_depth:
        count = draw(st.integers(0, 3))
        if count:
            # Each task sits in one subsection, or in none (-1): the section's own.
            where = draw(
                st.lists(
                    st.integers(-1, count - 1),
                    min_size=len(section_tasks),
                    max_size=len(section_tasks),
                )
            )
            for k in range(count):
                inner = tuple(t for t, w in zip(section_tasks, where, strict=True) if w == k)
                subsections.append(
                    draw(_section(inner, f"{section_id}.{k + 1}", k + 1, depth + 1, max_depth))
                )
    return Section(
        id=section_id,
        number=number,
        label=_label(number, depth),
        title=draw(some_text(min_size=1)),
        subsections=tuple(subsections),
        tasks=section_tasks,
        declared_count=len(section_tasks) if draw(st.booleans()) else None,
    )


def _task_numbers(count: int, consecutive: bool) -> st.SearchStrategy[list[int]]:
    if consecutive:
        return st.just(list(range(1, count + 1)))
    # An offset of 0 to 19, then gaps of 1 to 5; shrinks towards 1, 2, 3, ….
    gaps = st.lists(st.integers(1, 5), min_size=count, max_size=count)
    return st.tuples(st.integers(0, 19), gaps).map(
        lambda start_gaps: list(itertools.accumulate(start_gaps[1], initial=start_gaps[0]))[1:]
    )


def sections(
    *,
    tasks: Sequence[Task] | None = None,
    min_tasks: int = 0,
    max_tasks: int = 10,
    max_depth: int = 2,
    number: int | None = None,
) -> st.SearchStrategy[Section]:
    """Return a strategy for a part of a plan, with its subsections.

    Each of the part's tasks belongs to at most one subsection; the part's ``tasks``
    holds them all, ordered by number, and its ``declared_count`` is either ``None``
    or their count.

    Args:
        tasks: The part's tasks (sorted, duplicates by number dropped); drawn, with
            units shared among them, when ``None``.
        min_tasks: The fewest tasks drawn when *tasks* is ``None``.
        max_tasks: The most tasks drawn when *tasks* is ``None``.
        max_depth: The levels of sections: 1 for no subsections, 2 for parts with
            subsections, 3 for subsections with their own.
        number: The part's number (its id is ``str(number)``); drawn when ``None``.

    Returns:
        A strategy that draws :class:`~dg_plan.Section` objects.

    Raises:
        InvalidArgument: An argument is out of range.
    """
    check_range("min_tasks", min_tasks, "max_tasks", max_tasks)
    check_size("max_depth", max_depth, 1)
    if number is not None:
        check_size("number", number, 1)
    fixed = None
    if tasks is not None:
        if not all(isinstance(t, Task) for t in tasks):
            raise InvalidArgument(f"tasks must be a sequence of Task, got {tasks!r}")
        fixed = tuple({t.number: t for t in sorted(tasks, key=lambda t: t.number)}.values())

    @st.composite
    def draw_section(draw: st.DrawFn) -> Section:
        section_tasks = fixed
        if section_tasks is None:
            count = draw(st.integers(min_tasks, max_tasks))
            unit_pool, platform_pool = draw(
                pools(None, None, from_shipped=False, max_units=5, max_platforms=3, need_units=True)
            )
            kit = Kit(unit_pool, platform_pool, deadlines(), None, max_units=5, max_mentions=3)
            section_tasks = tuple(
                draw(one_task(n, kit)) for n in draw(_task_numbers(count, consecutive=False))
            )
        part = draw(st.integers(1, 9)) if number is None else number
        return draw(_section(section_tasks, str(part), part, 0, max_depth))

    return draw_section()


def plan_metadata() -> st.SearchStrategy[PlanMetadata]:
    """Return a strategy for what a plan is: its title, issuer, period and source.

    Returns:
        A strategy that draws :class:`~dg_plan.PlanMetadata` objects.
    """
    return _plan_metadata()


@functools.cache
def _plan_metadata() -> st.SearchStrategy[PlanMetadata]:
    years = st.integers(2000, 2099)
    return st.builds(
        PlanMetadata,
        title=some_text(min_size=1),
        document=some_text(),
        attachment=some_text(max_size=5),
        issuer=some_text(),
        issued=st.none() | st.dates(MIN_DATE, MAX_DATE),
        period=st.none() | st.tuples(years, years).map(lambda p: (min(p), max(p))),
        source_file=some_text(),
        source_sha256=st.just("") | st.text("0123456789abcdef", min_size=64, max_size=64),
    )


def _covering(metadata: PlanMetadata, tasks: Sequence[Task]) -> PlanMetadata:
    """Widen the metadata's period to the tasks' deadlines, as a plan requires."""
    years = [t.deadline.date.year for t in tasks if t.deadline.date is not None]
    if metadata.period is None or not years:
        return metadata
    first, last = metadata.period
    return attrs.evolve(metadata, period=(min(first, *years), max(last, *years)))


def plans(
    *,
    min_tasks: int = 0,
    max_tasks: int = 20,
    min_parts: int = 1,
    max_parts: int = 4,
    max_depth: int = 2,
    units: Sequence[Unit] | None = None,
    platforms: Sequence[Platform] | None = None,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    provenance: bool | None = None,
    from_shipped: bool = False,
    consecutive: bool = False,
    max_units: int = 8,
    max_platforms: int = 6,
) -> st.SearchStrategy[Plan]:
    """Return a strategy for whole plans that satisfy every rule of the model.

    Task numbers are unique and increasing; the parts' tasks are every task exactly
    once; every task's units and platforms are the plan's own; collectives and their
    members agree. A drawn plan survives the JSON format: ``loads(dumps(plan)) == plan``.

    Args:
        min_tasks: The fewest tasks.
        max_tasks: The most tasks.
        min_parts: The fewest parts (top-level sections); 0 allows a plan without
            sections.
        max_parts: The most parts.
        max_depth: The levels of sections (see :func:`sections`).
        units: The plan's units, used as they are (they must be valid together, as in
            a plan's ``units``); drawn when ``None``.
        platforms: The plan's platforms, used as they are; drawn when ``None``.
        deadlines: A strategy for the tasks' deadlines; :func:`deadlines` by default.
        provenance: Whether tasks have a provenance; either, task by task, when ``None``.
        from_shipped: Use the shipped plan's units and platforms, and draw deadlines
            from its tasks' (loaded on the first draw).
        consecutive: Number the tasks 1, 2, 3, …; otherwise numbers may start above 1
            and skip some.
        max_units: The most units drawn for the plan when *units* is ``None``.
        max_platforms: The most platforms drawn when *platforms* is ``None``.

    Returns:
        A strategy that draws :class:`~dg_plan.Plan` objects.

    Raises:
        InvalidArgument: An argument is out of range, or a pool is given together with
            ``from_shipped=True``.
    """
    check_range("min_tasks", min_tasks, "max_tasks", max_tasks)
    check_range("min_parts", min_parts, "max_parts", max_parts)
    check_size("max_depth", max_depth, 1)
    check_size("max_units", max_units, 1)
    check_size("max_platforms", max_platforms)
    check_pools(units, platforms, from_shipped, need_units=max_tasks > 0)
    deadline = deadline_strategy(deadlines, from_shipped)

    @st.composite
    def draw_plan(draw: st.DrawFn) -> Plan:
        count = draw(st.integers(min_tasks, max_tasks))
        unit_pool, platform_pool = draw(
            pools(units, platforms, from_shipped, max_units, max_platforms, count > 0)
        )
        kit = Kit(unit_pool, platform_pool, deadline, provenance, max_units=5, max_mentions=4)
        plan_tasks = tuple(draw(one_task(n, kit)) for n in draw(_task_numbers(count, consecutive)))
        # Each task sits in exactly one part; a plan without parts is valid too.
        parts = draw(st.integers(min_parts, max_parts))
        where = draw(st.lists(st.integers(0, max(parts - 1, 0)), min_size=count, max_size=count))
        return Plan(
            metadata=_covering(draw(_plan_metadata()), plan_tasks),
            sections=tuple(
                draw(
                    _section(
                        tuple(t for t, w in zip(plan_tasks, where, strict=True) if w == k),
                        str(k + 1),
                        k + 1,
                        0,
                        max_depth,
                    )
                )
                for k in range(parts)
            ),
            tasks=plan_tasks,
            units=unit_pool,
            platforms=platform_pool,
        )

    return draw_plan()
