"""Each query's cost as a ratio to a plain dict lookup, measured in the same run.

Usage: python benchmarks/bench_queries.py

The indexes are built before timing (the first query builds them once); what is
timed is the cost of answering. Graph construction is compared with building the
same networkx graph from plain tuples.
"""

from __future__ import annotations

import datetime
import timeit

import networkx as nx

import dg_plan
from dg_plan import DeadlineKind, Role
from dg_plan._graph import build_graph


def per_call(statement: object, number: int = 2000) -> float:
    """Best of five, in seconds per call."""
    return min(timeit.repeat(statement, number=number, repeat=5)) / number  # type: ignore[arg-type]


def main() -> None:
    plan = dg_plan.load_plan()
    plan.tasks_for("省发展改革委")  # build the indexes once
    table = {t.number: t for t in plan.tasks}
    floor = per_call(lambda: table[118], number=200_000)
    queries = {
        "plan.task(118)": lambda: plan.task(118),
        "plan.unit('发改委')": lambda: plan.unit("发改委"),
        "plan.tasks_for('省发展改革委')": lambda: plan.tasks_for("省发展改革委"),
        "plan.tasks_for(..., role=LEAD)": lambda: plan.tasks_for("省发展改革委", Role.LEAD),
        "plan.tasks_for('洛阳市人民政府')": lambda: plan.tasks_for("洛阳市人民政府"),
        "plan.mentioning('豫事办')": lambda: plan.mentioning("豫事办"),
        "plan.responsible_for('豫事办')": lambda: plan.responsible_for("豫事办"),
        "plan.due_in('2024H1')": lambda: plan.due_in("2024H1"),
        "plan.due_between(2024-06-01, 2024-06-30)": lambda: plan.due_between(
            datetime.date(2024, 6, 1), datetime.date(2024, 6, 30)
        ),
        "plan.undated(ONGOING)": lambda: plan.undated(DeadlineKind.ONGOING),
        "plan.overdue('2024-01-01')": lambda: plan.overdue("2024-01-01"),
        "plan.select(unit, role, section)": lambda: plan.select(
            unit="省公安厅", role=Role.LEAD, section="4"
        ),
        "plan.timeline()": plan.timeline,
        "plan.workload()": plan.workload,
    }
    print(f"floor: dict lookup {floor * 1e9:.0f} ns")
    print(f"{'query':45} {'per call':>10} {'x dict lookup':>14}")
    for name, query in queries.items():
        cost = per_call(query)
        print(f"{name:45} {cost * 1e6:8.2f} us {cost / floor:14.0f}")

    # Graph construction: dg_plan's graph against the same graph from plain tuples.
    tuples = [
        (t.number, str(t.deadline), [(u.name, u in t.leads) for u in t.units]) for t in plan.tasks
    ]

    def plain() -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        for number, deadline, units in tuples:
            graph.add_node(f"task:{number}", kind="task", deadline=deadline)
            for name, lead in units:
                graph.add_edge(
                    f"task:{number}", f"unit:{name}", role="lead" if lead else "responsible"
                )
        return graph

    ours = per_call(lambda: build_graph(plan), number=20)
    theirs = per_call(plain, number=20)
    print(
        f"graph build: dg_plan {ours * 1e3:.2f} ms, plain tuples (tasks and units only) "
        f"{theirs * 1e3:.2f} ms, ratio {ours / theirs:.2f}"
    )


if __name__ == "__main__":
    main()
