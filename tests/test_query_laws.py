"""The query laws, on generated plans: they must hold for any valid plan, not one."""

from __future__ import annotations

import datetime
import io
import itertools
import json
import unicodedata
from collections.abc import Callable

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

import dg_plan
from dg_plan import Role
from dg_plan.strategies import plans

PLANS = plans(min_tasks=0, max_tasks=15, max_depth=2)


def _units_of(plan, task, unit):
    """Whether *unit* answers for *task*: named in it, or through a collective that is."""
    named = {u.name for u in task.units}
    return unit.name in named or any(c in named for c in unit.member_of)


@given(PLANS)
def test_tasks_for_holds_exactly_the_tasks_that_name_the_unit(plan):
    for unit in plan.units:
        found = plan.tasks_for(unit)
        assert found == tuple(t for t in plan.tasks if _units_of(plan, t, unit))
        by_role = {role: plan.tasks_for(unit, role=role) for role in Role}
        # The roles partition the unit's tasks: each task in exactly one role.
        assert sorted(t.number for ts in by_role.values() for t in ts) == [t.number for t in found]
        for role, tasks in by_role.items():
            assert tasks == tuple(t for t in found if t in set(tasks))
            # A task that names the unit itself answers in the unit's own role.
            named = {t.number for t in plan.tasks if unit in t.units_in(role)}
            direct = {t.number for t in tasks if unit in t.units}
            assert direct == named


@given(PLANS)
def test_mentioning_holds_exactly_the_tasks_that_mention_the_platform(plan):
    for platform in plan.platforms:
        assert plan.mentioning(platform) == tuple(t for t in plan.tasks if platform in t.platforms)
        for involvement in plan.responsible_for(platform):
            assert all(involvement.unit in t.units for t in involvement.tasks)


@given(
    PLANS,
    st.lists(st.dates(min_value=datetime.date(1, 1, 2)), min_size=1, max_size=4, unique=True),
)
def test_consecutive_ranges_partition_the_dated_tasks(plan, cuts):
    edges = [datetime.date.min, *sorted(cuts), datetime.date.max]
    numbers = []
    for start, end in itertools.pairwise(edges):
        last = end if end == datetime.date.max else end - datetime.timedelta(days=1)
        if start <= last:
            numbers += [t.number for t in plan.due_between(start, last)]
    dated = [t.number for t in plan.tasks if t.deadline.is_dated]
    assert sorted(numbers) == dated
    assert len(numbers) == len(set(numbers))


@given(PLANS, st.dates(), st.sets(st.integers(1, 40)))
def test_overdue_is_due_before_the_day_and_not_done(plan, day, done):
    known = {t.number for t in plan.tasks} & done
    expected = tuple(
        t
        for t in plan.tasks
        if t.deadline.date is not None and t.deadline.date < day and t.number not in known
    )
    assert plan.overdue(day, done=known) == expected


@given(PLANS)
def test_timeline_holds_every_task_once_in_deadline_order(plan):
    timeline = plan.timeline()
    assert [e.deadline for e in timeline] == sorted({t.deadline for t in plan.tasks})
    assert sorted(t.number for e in timeline for t in e.tasks) == [t.number for t in plan.tasks]


@given(PLANS)
def test_graph_degrees_equal_the_query_counts(plan):
    graph = plan.graph()
    for task in plan.tasks:
        out = [d for _, _, d in graph.out_edges(f"task:{task.number}", data=True)]
        assert sum(d["kind"] == "responsible" for d in out) == len(task.units)
        for role in Role:
            assert sum(d.get("role") == role.value for d in out) == len(task.units_in(role))
        assert {d["role"] for d in out if d["kind"] == "responsible"} <= {r.value for r in Role}
        assert sum(d["kind"] == "mentions" for d in out) == len(task.mentions)
    for unit in plan.units:
        incoming = [d for _, _, d in graph.in_edges(f"unit:{unit.name}", data=True)]
        direct = [t for t in plan.tasks if unit in t.units]
        assert sum(d["kind"] == "responsible" for d in incoming) == len(direct)


def _xml_safe(text: str) -> str:
    """Plan JSON *text* with every character XML cannot carry replaced.

    XML cannot carry most control characters and reads "\\r" back as "\\n". Each is
    replaced by a letter of its own that the plan does not use, so names stay distinct
    and lengths (and so mention offsets) stay the same.
    """
    plan = json.loads(text)
    used = set(text)
    unsafe = sorted(
        {
            c
            for s in _strings(plan)
            for c in s
            if unicodedata.category(c) in {"Cc", "Cs", "Co", "Cn"} and c not in "\t\n"
        }
    )
    spare = (chr(i) for i in itertools.count(0xAC00) if chr(i) not in used)
    table = {ord(c): r for c, r in zip(unsafe, spare, strict=False)}
    return json.dumps(_map_strings(plan, lambda s: s.translate(table)))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _map_strings(value: object, change: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_strings(v, change) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, change) for k, v in value.items()}
    return value


@given(PLANS)
def test_graphml_round_trip_keeps_every_node_and_edge(generated):
    plan = dg_plan.loads(_xml_safe(dg_plan.dumps(generated)))
    graph = plan.graph()
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    buffer.seek(0)
    again = nx.read_graphml(buffer, force_multigraph=True)
    assert set(again.nodes) == set(graph.nodes)
    assert sorted(again.edges(keys=True)) == sorted(graph.edges(keys=True))
    for node, data in graph.nodes(data=True):
        assert dict(again.nodes[node]) == data


@given(PLANS, st.data())
def test_select_is_the_intersection_of_its_criteria(plan, data):
    unit = data.draw(st.sampled_from(plan.units)) if plan.units else None
    role = data.draw(st.sampled_from([None, *Role]))
    start = data.draw(st.none() | st.dates(max_value=datetime.date(2100, 1, 1)))
    chosen = plan.select(unit=unit, role=role, start=start)
    expected = set(plan.tasks)
    if unit is not None:
        expected &= set(plan.tasks_for(unit, role))
    elif role is not None:
        expected &= {t for t in plan.tasks if any(t.role_of(u) is role for u in t.units)}
    if start is not None:
        expected &= set(plan.due_between(start, datetime.date.max))
    assert chosen == tuple(t for t in plan.tasks if t in expected)


def test_the_laws_see_interesting_plans():
    # The strategy must reach plans with collectives, leads and mentions, or the laws
    # above would hold vacuously.
    from hypothesis import find  # noqa: PLC0415

    rich = find(
        PLANS,
        lambda p: (
            any(u.members for u in p.units)
            and all(any(t.units_in(role) for t in p.tasks) for role in Role)
            and any(t.mentions for t in p.tasks)
            and any(t.deadline.is_dated for t in p.tasks)
        ),
    )
    assert isinstance(rich, dg_plan.Plan)
