"""The plan as a networkx graph. Imported only when a graph is asked for."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

try:
    import networkx as nx
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    msg = "dg_plan's graph needs networkx: pip install 'dg_plan[graph]'"
    raise ImportError(msg) from exc

from ._model import Platform, Section, Task, Unit

if TYPE_CHECKING:
    from ._plan import Plan

__all__ = ["build_graph", "node_id", "unit_projection"]


def node_id(item: Task | Unit | Platform | Section) -> str:
    """Return the graph node id of a task, unit, platform or section."""
    if isinstance(item, Task):
        return f"task:{item.number}"
    if isinstance(item, Unit):
        return f"unit:{item.name}"
    if isinstance(item, Platform):
        return f"platform:{item.name}"
    return f"section:{item.id}"


def _task_attrs(task: Task) -> dict[str, Any]:
    deadline = task.deadline
    return {
        "kind": "task",
        "number": task.number,
        "text": task.text,
        "deadline": str(deadline),
        "deadline_kind": deadline.kind.value,
        "deadline_date": "" if deadline.date is None else deadline.date.isoformat(),
        "page": 0 if task.provenance is None else task.provenance.page,
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
        graph.add_node(node_id(unit), **_unit_attrs(unit))
    for platform in plan.platforms:
        graph.add_node(node_id(platform), **_platform_attrs(platform))
    for part in plan.sections:
        for section in part.walk():
            graph.add_node(
                node_id(section),
                kind="section",
                # Not "id": node-link JSON uses that key for the node id itself.
                section_id=section.id,
                label=section.label,
                title=section.title,
            )
            for sub in section.subsections:
                graph.add_edge(node_id(section), node_id(sub), kind="contains")
            nested = {t.number for s in section.subsections for t in s.tasks}
            for task in section.tasks:
                if task.number not in nested:
                    graph.add_edge(node_id(section), f"task:{task.number}", kind="contains")
    for task in plan.tasks:
        tid = node_id(task)
        graph.add_node(tid, **_task_attrs(task))
        for unit in task.units:
            role = task.role_of(unit).value
            graph.add_edge(tid, node_id(unit), key=role, kind="responsible", role=role)
        for i, mention in enumerate(task.mentions):
            graph.add_edge(
                tid,
                f"platform:{mention.platform}",
                key=f"mention{i}",
                kind="mentions",
                start=mention.start,
                end=mention.end,
            )
    for unit in plan.units:
        for member in unit.members:
            graph.add_edge(node_id(unit), f"unit:{member}", kind="member")
    nx.freeze(graph)  # in place
    return graph


def unit_projection(plan: Plan) -> nx.Graph[str]:
    """Build the frozen graph of units joined by the tasks they share."""
    graph: nx.Graph[str] = nx.Graph(title=plan.metadata.title)
    shared: dict[tuple[str, str], list[int]] = {}
    for task in plan.tasks:
        names = sorted(u.name for u in task.units)
        for a, b in itertools.combinations(names, 2):
            shared.setdefault((a, b), []).append(task.number)
    used = {n for pair in shared for n in pair} | {u.name for t in plan.tasks for u in t.units}
    for unit in plan.units:
        if unit.name in used:
            graph.add_node(node_id(unit), **_unit_attrs(unit))
    for (a, b), numbers in sorted(shared.items()):
        graph.add_edge(
            f"unit:{a}", f"unit:{b}", weight=len(numbers), tasks=",".join(map(str, numbers))
        )
    nx.freeze(graph)  # in place
    return graph
