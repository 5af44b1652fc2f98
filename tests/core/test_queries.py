"""Who owns what and what is due when, on the shipped plan: answers and laws."""

from __future__ import annotations

import datetime
import io
import itertools
import subprocess
import sys
import textwrap

import networkx as nx
import pytest

import dg_plan
from dg_plan import DeadlineKind, Role
from helpers.source_reader import DERIVED


def _read(keep) -> list[int]:
    """The task numbers the source itself gives, read by tests/helpers/source_reader.py."""
    return [n for n, d in sorted(DERIVED.items()) if keep(d)]


def test_tasks_for_follows_task_units(plan):
    for unit in plan.units:
        found = plan.tasks_for(unit)
        direct = {t.number for t in plan.tasks if unit in t.units}
        via = {t.number for t in plan.tasks for c in unit.member_of if plan.unit(c) in t.units}
        assert {t.number for t in found} == direct | via
        assert [t.number for t in found] == sorted(t.number for t in found)
        leads = plan.tasks_for(unit, role=Role.LEAD)
        assert set(leads) <= set(found)
        assert {t.number for t in leads} == {t.number for t in plan.tasks if unit in t.leads} | {
            t.number for t in plan.tasks for c in unit.member_of if plan.unit(c) in t.leads
        }
        responsible = plan.tasks_for(unit, role=Role.RESPONSIBLE)
        assert set(leads) | set(responsible) == set(found)
        assert not set(leads) & set(responsible)
        assert plan.tasks_for(unit, role=Role.SUPPORT) == ()  # the print names no 配合


def test_answers_accept_aliases(plan):
    assert plan.tasks_for("发改委") == plan.tasks_for("省发展改革委")
    assert plan.tasks_for(plan.unit("发改委")) == plan.tasks_for("省发展改革委")
    led = [t.number for t in plan.tasks_for("发改委", role=Role.LEAD)]
    assert led[:4] == [1, 2, 3, 4]
    assert 20 not in led  # 20 names 省发展改革委 without 牵头


def test_city_government_answers_through_its_collective(plan):
    result = plan.responsibilities("洛阳市人民政府")
    collective = plan.unit("各省辖市政府")
    assert result
    assert all(r.via == collective for r in result)
    assert [r.task for r in result] == list(plan.tasks_for("各省辖市政府"))
    assert all(r.role is Role.RESPONSIBLE for r in result)
    direct = plan.responsibilities("省发展改革委")
    assert all(r.via is None for r in direct)


def test_mentioning_and_responsible_for(plan):
    # Read from the source: the tasks whose printed text names 豫事办 ([18, 125]).
    yushiban = _read(lambda d: "豫事办" in d.text)
    assert [t.number for t in plan.mentioning("豫事办")] == yushiban == [18, 125]
    ranked = plan.responsible_for("豫事办")
    assert ranked[0].unit.name == "省行政审批政务信息管理局"
    assert [t.number for t in ranked[0].lead] == yushiban
    for involvement in ranked:
        for task in involvement.tasks:
            assert involvement.unit in task.units
    keys = [(-len(i.lead), -len(i.tasks)) for i in ranked]
    assert keys == sorted(keys)


def test_workload(plan):
    rows = plan.workload()
    by_name = {r.unit.name: r for r in rows}
    top = by_name["省行政审批政务信息管理局"]
    assert top.lead == len(plan.tasks_for(top.unit, Role.LEAD))
    assert top.responsible == len(plan.tasks_for(top.unit, Role.RESPONSIBLE))
    for row in rows:
        assert sum(b.lead for b in row.buckets) == row.lead
        assert sum(b.responsible for b in row.buckets) == row.responsible
        assert row.support == sum(b.support for b in row.buckets) == 0
        assert row.total == len(plan.tasks_for(row.unit))
    assert [b.label for b in top.buckets] == ["2023", "2024", "2025", "持续推进", "适时推进"]
    assert "洛阳市人民政府" not in by_name
    with_members = {r.unit.name: r for r in plan.workload(include_members=True)}
    assert with_members["洛阳市人民政府"].total == len(plan.tasks_for("各省辖市政府"))


def test_due_between_is_inclusive_and_ordered(plan):
    june = plan.due_between(datetime.date(2024, 6, 30), datetime.date(2024, 6, 30))
    assert {str(t.deadline) for t in june} == {"2024年6月底前"}
    assert [t.number for t in june] == _read(lambda d: d.deadline[1] == datetime.date(2024, 6, 30))
    assert plan.due_between("2024-06-30", "2024-06-30") == june
    assert plan.due_in("2024-06") == june
    assert plan.due_in("2024H1") == june
    assert plan.due_in("2024Q2") == june
    assert plan.due_in("2024q1") == ()
    in_2023 = _read(lambda d: d.deadline[1] is not None and d.deadline[1].year == 2023)
    assert [t.number for t in plan.due_in("2023")] == in_2023
    by = plan.due_by("2023-12-31")
    assert by == plan.due_in("2023")


def test_consecutive_ranges_partition_the_dated_tasks(plan):
    edges = [
        datetime.date(2022, 1, 1),
        datetime.date(2023, 7, 1),
        datetime.date(2024, 7, 1),
        datetime.date(2024, 12, 31),
        datetime.date(2026, 1, 1),
    ]
    parts = [
        plan.due_between(a, b - datetime.timedelta(days=1)) for a, b in itertools.pairwise(edges)
    ]
    numbers = [t.number for p in parts for t in p]
    dated = [t.number for t in plan.tasks if t.deadline.is_dated]
    assert sorted(numbers) == dated
    assert len(numbers) == len(set(numbers))


def test_undated_and_timeline(plan):
    for kind in (DeadlineKind.ONGOING, DeadlineKind.WHEN_APPROPRIATE):
        expected = _read(lambda d, kind=kind: d.deadline[0] is kind)
        assert [t.number for t in plan.undated(kind)] == expected
    assert [t.number for t in plan.undated(DeadlineKind.WHEN_APPROPRIATE)] == [4, 15]
    assert [t.number for t in plan.undated()] == _read(lambda d: d.deadline[1] is None)
    timeline = plan.timeline()
    assert [e.deadline for e in timeline] == sorted(e.deadline for e in timeline)
    assert sum(len(e.tasks) for e in timeline) == 178
    assert str(timeline[-1].deadline) == "适时推进"


def test_overdue_and_due_within(plan):
    as_of = datetime.date(2024, 1, 1)
    late = plan.overdue(as_of)
    assert {t.number for t in late} == {t.number for t in plan.due_by("2023-12-31")}
    assert plan.overdue("2023-12-31") == plan.due_by("2023-06-30")
    done = [t.number for t in late[:10]]
    assert plan.overdue(as_of, done=done) == late[10:]
    assert plan.overdue(as_of, done=late) == ()
    soon = plan.due_within(181, "2024-01-01")
    assert soon == plan.due_between("2024-01-01", "2024-06-30")
    assert plan.due_within(0, "2024-06-30") == plan.due_in("2024-06")


def test_select_combines_criteria(plan):
    chosen = plan.select(unit="省公安厅", role=Role.LEAD, section="4", kind=DeadlineKind.ONGOING)
    expected = [
        t
        for t in plan.section("4").tasks
        if plan.unit("省公安厅") in t.leads and t.deadline.kind is DeadlineKind.ONGOING
    ]
    assert list(chosen) == expected
    assert chosen
    assert plan.select() == plan.tasks
    assert plan.select(platform="电子政务外网", start="2024-01-01", end="2024-12-31") == tuple(
        t
        for t in plan.mentioning("电子政务外网")
        if t.deadline.date and t.deadline.date.year == 2024
    )
    assert plan.select(role=Role.LEAD) == tuple(t for t in plan.tasks if t.leads)
    assert plan.select(kind=DeadlineKind.DATE, end="2023-06-30") == plan.due_by("2023-06-30")


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda p: p.due_between("2024-07-01", "2024-06-30"), "start"),
        (lambda p: p.due_between("20240630", "2024-07-01"), "start"),
        (lambda p: p.due_by(datetime.datetime(2024, 1, 1, 9)), "date"),  # noqa: DTZ001
        (lambda p: p.due_in("2024H3"), "period"),
        (lambda p: p.due_in("2024-13"), "period"),
        (lambda p: p.due_in(2024), "period"),
        (lambda p: p.overdue("yesterday"), "as_of"),
        (lambda p: p.overdue(None), "as_of"),
        (lambda p: p.overdue("2024-01-01", done="12"), "done"),
        (lambda p: p.due_within(-1, "2024-01-01"), "days"),
        (lambda p: p.tasks_for("省发展改革委", role="lead"), "role"),
        (lambda p: p.undated(DeadlineKind.DATE), "kind"),
        (lambda p: p.select(start="2025-01-01", end="2024-01-01"), "start"),
        (lambda p: p.select(kind="ongoing"), "kind"),
    ],
)
def test_bad_arguments_name_the_value(plan, call, argument):
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        call(plan)
    assert info.value.argument == argument
    assert isinstance(info.value, ValueError)
    assert repr(info.value.value) in str(info.value)


def test_unknown_names_in_queries(plan):
    with pytest.raises(dg_plan.UnknownUnitError):
        plan.tasks_for("省不存在厅")
    with pytest.raises(dg_plan.UnknownPlatformError):
        plan.mentioning("豫事通")
    with pytest.raises(dg_plan.UnknownNameError):
        plan.select(section="9.9")
    with pytest.raises(dg_plan.UnknownTaskError):
        plan.overdue("2024-01-01", done=[999])


def test_empty_answers_are_empty_tuples(plan):
    assert plan.due_in("2030") == ()
    assert plan.tasks_for("省审计厅", role=Role.RESPONSIBLE) == ()
    assert plan.overdue("2020-01-01") == ()


# -- the graph -------------------------------------------------------------------


def test_graph_is_cached_and_frozen(plan):
    graph = plan.graph()
    assert graph is plan.graph()
    assert isinstance(graph, nx.MultiDiGraph)
    with pytest.raises(nx.NetworkXError):
        graph.add_node("x")
    with pytest.raises(nx.NetworkXError):
        graph.remove_edge("task:1", "unit:省发展改革委")
    mine = graph.copy()
    mine.add_node("x")
    assert "x" not in plan.graph()


def test_graph_schema(plan):
    graph = plan.graph()
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert kinds == {"task", "unit", "platform", "section"}
    assert graph.nodes["task:18"]["deadline"] == "2023年12月底前"
    assert graph.nodes["unit:省发展改革委"]["kind"] == "unit"
    assert graph.nodes["section:3.4"]["kind"] == "section"
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    roles = {d["role"] for _, _, d in graph.edges(data=True) if d["kind"] == "responsible"}
    assert roles == {Role.LEAD.value, Role.RESPONSIBLE.value}  # the print names no 配合
    assert Role.LEAD.value == "lead"
    assert graph.has_edge("section:3", "section:3.4")
    assert graph.has_edge("section:3.4", "task:135")
    assert graph.has_edge("unit:各省辖市政府", "unit:洛阳市人民政府")


def test_graph_degrees_equal_query_counts(plan):
    graph = plan.graph()
    for task in plan.tasks:
        out = [d for _, _, d in graph.out_edges(f"task:{task.number}", data=True)]
        assert sum(d["kind"] == "responsible" for d in out) == len(task.units)
        assert sum(d["role"] == "lead" for d in out if d["kind"] == "responsible") == len(
            task.leads
        )
        assert sum(d["kind"] == "mentions" for d in out) == len(task.mentions)
    for unit in plan.units:
        incoming = [d for _, _, d in graph.in_edges(f"unit:{unit.name}", data=True)]
        direct = sum(d["kind"] == "responsible" for d in incoming)
        if not unit.member_of:
            assert direct == len(plan.tasks_for(unit))
    for platform in plan.platforms:
        sources = {u for u, _ in graph.in_edges(f"platform:{platform.name}")}
        assert len(sources) == len(plan.mentioning(platform))


def test_graph_exports_round_trip(plan):
    graph = plan.graph()
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    buffer.seek(0)
    again = nx.read_graphml(buffer, force_multigraph=True)
    assert set(again.nodes) == set(graph.nodes)
    assert again.number_of_edges() == graph.number_of_edges()
    assert dict(again.nodes["task:18"]) == dict(graph.nodes["task:18"])
    data = nx.node_link_data(graph, edges="edges")
    back = nx.node_link_graph(data, edges="edges")
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))


def test_unit_projection(plan):
    units = plan.unit_graph()
    assert units is plan.unit_graph()
    weight = units["unit:省发展改革委"]["unit:省行政审批政务信息管理局"]["weight"]
    both = [
        t
        for t in plan.tasks
        if {"省发展改革委", "省行政审批政务信息管理局"} <= {u.name for u in t.units}
    ]
    assert weight == len(both)
    with pytest.raises(nx.NetworkXError):
        units.add_edge("a", "b")


def test_networkx_is_imported_only_for_the_graph():
    code = textwrap.dedent(
        """
        import sys
        import dg_plan
        plan = dg_plan.load_plan()
        plan.tasks_for("发改委"); plan.due_in("2024")
        assert "networkx" not in sys.modules
        plan.graph()
        assert "networkx" in sys.modules
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
