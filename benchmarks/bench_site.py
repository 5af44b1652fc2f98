"""The static site's cost per task: synthetic plans of 1,000 and 10,000 tasks.

Usage: python benchmarks/bench_site.py [--sizes 1000 10000] [--repeat 2]

For each size, builds the site (``dg_plan.site.build``: both languages, every page,
the search index) of a synthetic plan (``synthetic.py``) into a fresh temporary
folder, and prints the best wall time, the time per task, the files and bytes
written, and the ratio of the largest size's cost per task to the smallest's (linear
growth keeps it near 1; the goal is at most 1.5). The plan is loaded before the
clock starts.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import tempfile
import time
from pathlib import Path

from synthetic import synthetic_plan  # a sibling script: run this file as a script

import dg_plan
from dg_plan import site


def measure(plan: dg_plan.Plan, repeat: int) -> tuple[float, float, int, int]:
    """Best wall and CPU time of *repeat* builds, and the files and bytes of the last."""
    times, cpu = [], []
    files = size = 0
    for _ in range(repeat):
        folder = Path(tempfile.mkdtemp(prefix="dg-plan-site-"))
        try:
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            written = site.build(plan, folder)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            files = len(written.pages)
            size = sum((folder / p).stat().st_size for p in written.pages)
        finally:
            shutil.rmtree(folder)
    return min(times), min(cpu), files, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    per_task, cpu_per_task = {}, {}
    head = ("tasks", "wall s", "ms/task", "CPU s", "ms/task", "files", "MB")
    print(" ".join(f"{h:>{w}}" for h, w in zip(head, (8, 8, 8, 8, 8, 7, 6), strict=True)))
    for n in args.sizes:
        plan = dg_plan.loads(json.dumps(synthetic_plan(n)))
        seconds, cpu, files, size = measure(plan, args.repeat)
        per_task[n], cpu_per_task[n] = seconds / n, cpu / n
        print(
            f"{n:>8} {seconds:>8.2f} {1000 * per_task[n]:>8.3f} {cpu:>8.2f} "
            f"{1000 * cpu_per_task[n]:>8.3f} {files:>7} {size / 1e6:>6.1f}"
        )
    small, large = min(per_task), max(per_task)
    if small != large:
        wall = per_task[large] / per_task[small]
        cpu_ratio = cpu_per_task[large] / cpu_per_task[small]
        print(
            f"per-task cost at {large:,} tasks / at {small:,}: wall {wall:.2f}x, "
            f"CPU {cpu_ratio:.2f}x (goal: <= 1.5x)"
        )


if __name__ == "__main__":
    main()
