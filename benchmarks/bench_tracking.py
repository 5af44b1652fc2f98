"""Tracking at scale: summary over many reports, and collect against openpyxl's own read.

Usage: python benchmarks/bench_tracking.py [--templates 50]

1. Summary. Synthetic plans (``synthetic.py``) with ten reports per task: 1,000 reports
   on a 100-task plan and 100,000 reports on a 10,000-task plan. For each: building
   the ledger (which checks every report), ``summary`` by part, by deadline and by
   unit, and ``late``; each cost per report, and the ratio of the large run's
   per-report cost to the small one's (flat growth keeps it near 1; the goal is
   1.5 or less). The floor is a bare loop reading three fields of every report: on a
   machine whose caches hold 1,000 reports but not 100,000, even it grows. Then the
   fixed 10,000-task plan with 1,000 reports, for contrast:
   there the plan's size, not the reports, sets the cost.
2. Collect. ``write_template`` for 50 units of the shipped plan (a unit may appear on
   two reporting days), each filled with openpyxl on every row; then ``collect`` of
   all 50 against openpyxl's own read of the same files (``load_workbook`` read-only
   and every row's values). The goal is at most 2x.

Reports here are made up; dg_plan holds no real implementation data.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
from synthetic import synthetic_plan  # a sibling script: run this file as a script

import dg_plan
from dg_plan import tracking
from dg_plan.tracking import Ledger, Report, Status

AS_OF = datetime.date(2025, 1, 1)


def best(call: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of *repeat* runs, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def made_up_reports(plan: dg_plan.Plan, count: int, seed: int = 0) -> list[Report]:
    """Return *count* made-up reports that fit *plan* and never contradict."""
    rng = random.Random(seed)  # noqa: S311 - not for security
    seen: set[tuple[int, str, datetime.date]] = set()
    found: list[Report] = []
    answering = {}
    while len(found) < count:
        task = rng.choice(plan.tasks)
        units = answering.get(task.number)
        if units is None:
            names = [u.name for u in task.units if not u.members]
            names += [m for u in task.units for m in u.members]
            units = answering[task.number] = names
        unit = rng.choice(units)
        day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(730))
        if (task.number, unit, day) in seen:
            continue
        seen.add((task.number, unit, day))
        status = rng.choice(list(Status))
        done = day - datetime.timedelta(days=rng.randrange(30)) if status is Status.DONE else None
        found.append(Report(task.number, unit, status, day, done))
    return found


def scale(n_tasks: int, n_reports: int) -> dict[str, float]:
    plan = dg_plan.loads(json.dumps(synthetic_plan(n_tasks), ensure_ascii=False))
    reports = made_up_reports(plan, n_reports)
    ledger = Ledger(plan, reports)
    ledger.summary(AS_OF, by="unit")  # build the per-unit table once
    costs = {
        "floor: read 3 fields": best(lambda: [(r.task, r.status, r.as_of) for r in reports]),
        "build the ledger": best(lambda: Ledger(plan, reports)),
        "summary by part": best(lambda: ledger.summary(AS_OF, by="part")),
        "summary by deadline": best(lambda: ledger.summary(AS_OF, by="deadline")),
        "summary by unit": best(lambda: ledger.summary(AS_OF, by="unit")),
        "late": best(lambda: ledger.late(AS_OF)),
    }
    return {k: v / n_reports for k, v in costs.items()}


def summary_benchmark() -> None:
    small, large = scale(100, 1_000), scale(10_000, 100_000)
    fixed = scale(10_000, 1_000)
    print("Summary: cost per report (µs), ten reports per task")
    print(f"{'':24} {'1,000 / 100 tasks':>18} {'100,000 / 10,000':>18} {'ratio':>7}")
    for key in small:
        ratio = large[key] / small[key]
        print(f"{key:24} {small[key] * 1e6:18.2f} {large[key] * 1e6:18.2f} {ratio:7.2f}")
    summaries = ("summary by part", "summary by deadline", "summary by unit")
    total_small = sum(small[k] for k in summaries)
    total_large = sum(large[k] for k in summaries)
    ratio = total_large / total_small
    print(
        f"{'the three summaries':24} {total_small * 1e6:18.2f} "
        f"{total_large * 1e6:18.2f} {ratio:7.2f}"
    )
    print()
    print("For contrast, the 10,000-task plan with 1,000 reports (µs per report):")
    for key, value in fixed.items():
        print(f"  {key:24} {value * 1e6:10.1f}")
    print()


def fill(path: Path, rng: random.Random) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    for row in range(5, ws.max_row + 1):
        status = rng.choice(["未启动", "推进中", "已完成", None])
        ws.cell(row, 5).value = status
        if status == "已完成":
            ws.cell(row, 6).value = rng.choice(["2024-12-15", "2024年12月15日", "2024.12.15"])
        if status is not None:
            ws.cell(row, 7).value = "按计划推进，已形成阶段性成果。"
            ws.cell(row, 8).value = "豫政办〔2024〕1号\nhttps://example.org/evidence"
    wb.save(path)


def openpyxl_read(paths: list[Path]) -> int:
    rows = 0
    for path in paths:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows += sum(1 for _ in wb["填报"].iter_rows(values_only=True))
        wb.close()
    return rows


def collect_benchmark(count: int) -> None:
    plan = dg_plan.load_plan()
    units = [u for u in plan.units if not u.members and plan.tasks_for(u)]
    rng = random.Random(1)  # noqa: S311 - not for security
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(count):
            unit = units[i % len(units)]
            day = AS_OF + datetime.timedelta(days=i // len(units))
            path = Path(tmp) / f"{i:02d}.xlsx"
            tracking.write_template(plan, unit, path, as_of=day)
            fill(path, rng)
            paths.append(path)
        rows = openpyxl_read(paths)
        ledger = tracking.collect(plan, paths)
        base = best(lambda: openpyxl_read(paths))
        ours = best(lambda: tracking.collect(plan, paths))
    print(f"Collect: {count} templates, {rows} rows, {len(ledger.reports)} reports")
    print(f"  openpyxl's own read (read-only, every row): {base * 1e3:8.0f} ms")
    print(f"  tracking.collect:                           {ours * 1e3:8.0f} ms")
    print(f"  ratio: {ours / base:.2f} (goal: 2 or less)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--templates", type=int, default=50)
    args = parser.parse_args()
    summary_benchmark()
    collect_benchmark(args.templates)


if __name__ == "__main__":
    main()
