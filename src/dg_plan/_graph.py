"""The plan as a networkx graph. Imported only when a graph is asked for."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from ._compat import missing

try:
    import networkx as nx
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise missing("networkx", "graph", "dg_plan's graph") from exc

from ._model import Platform, Task, Unit

if TYPE_CHECKING:
    from ._plan import Plan

__all__ = ["build_graph", "unit_projection"]


def _task_attrs(task: Task) -> dict[str, Any]:
    deadline = task.deadline
    return {
        "kind": "task",
        "number": task.number,
        "text": task.text,
        "deadline": str(deadline),
        "deadline_kind": deadline.kind.value,
        "deadline_date": "" if deadline.date is None else deadline.date.isoformat(),
        "page": 0 if task.provenance is None else task.provenance.page or 0,
    }


def _unit_attrs(unit: Unit) -> dict[str, Any]:
    return {
        "kind": "unit",
        "name": unit.name,
        "full_name": unit.full_name,
        "unit_kind": unit.kind.value,
        "name_en": unit.name_en,
    }


def _platform_attrs(platform: Platform) -> dict[str, Any]:
    return {
        "kind": "platform",
        "name": platform.name,
        "platform_kind": platform.kind.value,
        "name_en": platform.name_en,
    }


def build_graph(plan: Plan) -> nx.MultiDiGraph[str]:
    """Build the plan's frozen ``MultiDiGraph`` (see :meth:`dg_plan.Plan.graph`)."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(
        title=plan.metadata.title, document=plan.metadata.document
    )
    for unit in plan.units:
        graph.add_node(unit.node_id, **_unit_attrs(unit))
    for platform in plan.platforms:
        graph.add_node(platform.node_id, **_platform_attrs(platform))
    for part in plan.sections:
        for section in part.walk():
            graph.add_node(
                section.node_id,
                kind="section",
                # Not "id": node-link JSON uses that key for the node id itself.
                section_id=section.id,
                label=section.label,
                title=section.title,
            )
            for sub in section.subsections:
                graph.add_edge(section.node_id, sub.node_id, kind="contains")
            nested = {t.number for s in section.subsections for t in s.tasks}
            for task in section.tasks:
                if task.number not in nested:
                    graph.add_edge(section.node_id, task.node_id, kind="contains")
    for task in plan.tasks:
        tid = task.node_id
        graph.add_node(tid, **_task_attrs(task))
        for unit in task.units:
            role = task.role_of(unit).value
            graph.add_edge(tid, unit.node_id, key=role, kind="responsible", role=role)
        for i, mention in enumerate(task.mentions):
            graph.add_edge(
                tid,
                plan.platform(mention.platform).node_id,
                key=f"mention{i}",
                kind="mentions",
                start=mention.start,
                end=mention.end,
            )
    for unit in plan.units:
        for member in unit.members:
            graph.add_edge(unit.node_id, plan.unit(member).node_id, kind="member")
    nx.freeze(graph)  # in place
    return graph


def unit_projection(plan: Plan) -> nx.Graph[str]:
    """Build the frozen graph of units joined by the tasks they share."""
    graph: nx.Graph[str] = nx.Graph(title=plan.metadata.title)
    shared: dict[tuple[str, str], list[int]] = {}
    for task in plan.tasks:
        nodes = sorted(u.node_id for u in task.units)
        for a, b in itertools.combinations(nodes, 2):
            shared.setdefault((a, b), []).append(task.number)
    used = {u.node_id for t in plan.tasks for u in t.units}
    for unit in plan.units:
        if unit.node_id in used:
            graph.add_node(unit.node_id, **_unit_attrs(unit))
    for (a, b), numbers in sorted(shared.items()):
        graph.add_edge(a, b, weight=len(numbers), tasks=",".join(map(str, numbers)))
    nx.freeze(graph)  # in place
    return graph
