"""Cold start: a new process that imports dg_plan and loads the plan, against the floor.

Usage: python benchmarks/bench_cold_start.py [--runs 15]

* dg_plan: ``import dg_plan; dg_plan.load_plan()`` in a new process.
* floor: a new process that imports attrs (which every attrs-based model pays for)
  and ``json.loads`` the same data file.
* pandas route: a new process that imports pandas and reads the plan as CSV (one
  row per task), which is what a user would otherwise write (needs pandas).
* bare interpreter: ``python -c pass``, for scale.

Prints the median wall time of each over ``--runs`` runs and the ratios, then what
``python -X importtime -c 'import dg_plan'`` says dominates the import.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dg_plan

DATA = Path(dg_plan.__file__).parent / "data" / "plan.json"


# The child processes may write bytecode caches, as an installed package has them: with
# PYTHONDONTWRITEBYTECODE set (some sandboxes set it), an editable install of dg_plan
# would be compiled from source in every run while attrs and pandas, installed with
# their caches, would not.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(code: str, runs: int) -> float:
    """Median wall time of a new interpreter running *code*, in seconds.

    One untimed run first writes the bytecode caches.
    """
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_csv(path: Path) -> None:
    """Write the plan as a CSV file of one row per task, as a user would export it."""
    plan = dg_plan.load_plan()
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["number", "text", "deadline", "date", "leads", "units"])
        for t in plan.tasks:
            writer.writerow(
                [
                    t.number,
                    t.text,
                    str(t.deadline),
                    t.deadline.date or "",
                    "、".join(u.name for u in t.leads),
                    "、".join(u.name for u in t.units),
                ]
            )


def import_profile() -> list[tuple[int, str]]:
    """The largest cumulative import times of ``import dg_plan``, in microseconds."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import dg_plan"],
        env=ENV,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|", 2)
        rows.append((int(cumulative), name.rstrip()))
    return sorted(rows, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bare = timed("pass", args.runs)
    ours = timed("import dg_plan; dg_plan.load_plan()", args.runs)
    floor = timed(f"import attrs, json; json.loads(open({str(DATA)!r}, 'rb').read())", args.runs)
    print(f"bare interpreter            {bare * 1e3:7.1f} ms")
    print(f"floor (attrs + json.loads)  {floor * 1e3:7.1f} ms")
    print(f"dg_plan (import + load)     {ours * 1e3:7.1f} ms   {ours / floor:.2f} x floor")
    if importlib.util.find_spec("pandas") is None:
        print("pandas route: skipped, pandas is not installed")
    else:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "plan.csv"
            write_csv(path)
            pandas = timed(f"import pandas; pandas.read_csv({str(path)!r})", args.runs)
        print(
            f"pandas route (read_csv)     {pandas * 1e3:7.1f} ms   "
            f"dg_plan takes {ours / pandas:.2f} of it"
        )
    print("\nimport dg_plan, largest cumulative import times (python -X importtime):")
    for cumulative, name in import_profile()[:12]:
        print(f"  {cumulative / 1e3:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
