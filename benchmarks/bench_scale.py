"""How costs grow: synthetic plans of 1,000, 10,000 and 100,000 tasks.

Usage: python benchmarks/bench_scale.py [--sizes 1000 10000 100000]

For each size: load (``dg_plan.loads``), dump (``dg_plan.dumps``), index build,
graph build (per task), and each query about the probes of ``synthetic.py``, whose
answers are the same size at every plan size. Prints each cost, and the ratio of the
largest size's cost to the smallest's: per task for load, dump and builds (linear
growth keeps it near 1), per call for queries (no growth keeps it near 1). Peak
memory per task is measured with tracemalloc while loading.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
import tracemalloc
from collections.abc import Callable

from synthetic import synthetic_plan  # a sibling script: run this file as a script

import dg_plan
from dg_plan import Role
from dg_plan._graph import build_graph
from dg_plan._query import Index


def best(call: Callable[[], object], repeat: int = 3, number: int = 1) -> float:
    """Best wall time of *repeat* runs of *number* calls, per call, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            call()
        times.append((time.perf_counter() - start) / number)
    return min(times)


QUERIES: dict[str, Callable[[dg_plan.Plan], object]] = {
    "task(n)": lambda p: p.task(len(p.tasks) // 2),
    "unit(name)": lambda p: p.unit("省探针厅"),
    "tasks_for(probe)": lambda p: p.tasks_for("省探针厅"),
    "tasks_for(probe, LEAD)": lambda p: p.tasks_for("省探针厅", Role.LEAD),
    "mentioning(probe)": lambda p: p.mentioning("探针平台"),
    "responsible_for(probe)": lambda p: p.responsible_for("探针平台"),
    "due_in('2031-01')": lambda p: p.due_in("2031-01"),
    "due_between(2031)": lambda p: p.due_between("2031-01-01", "2031-12-31"),
    "select(unit, platform)": lambda p: p.select(unit="省探针厅", platform="探针平台"),
}


def measure(n: int) -> dict[str, float]:
    text = json.dumps(synthetic_plan(n), ensure_ascii=False)
    results: dict[str, float] = {}
    tracemalloc.start()
    plan = dg_plan.loads(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    results["peak memory per task (bytes)"] = peak / n
    results["load per task"] = best(lambda: dg_plan.loads(text)) / n
    results["dump per task"] = best(lambda: dg_plan.dumps(plan)) / n
    results["index build per task"] = best(lambda: Index(plan)) / n
    results["graph build per task"] = best(lambda: build_graph(plan)) / n
    plan.tasks_for("省探针厅")  # build the index once
    for name, query in QUERIES.items():
        results[f"query {name}"] = best(lambda q=query: q(plan), repeat=5, number=200)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    table = {n: measure(n) for n in args.sizes}
    first, last = args.sizes[0], args.sizes[-1]
    header = "".join(f"{n:>14,}" for n in args.sizes)
    print(f"{'cost':34}{header}{f'{last:,}/{first:,}':>14}")
    for key in table[first]:
        cells = []
        for n in args.sizes:
            value = table[n][key]
            cells.append(f"{value:>14,.0f}" if "memory" in key else f"{value * 1e6:>12.2f}us")
        ratio = table[last][key] / table[first][key]
        print(f"{key:34}{''.join(cells)}{ratio:>14.2f}")


if __name__ == "__main__":
    main()
