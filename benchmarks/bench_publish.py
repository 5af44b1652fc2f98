"""Publishing: the SQLite export against sqlite-utils, and the data package at scale.

Usage: python benchmarks/bench_publish.py [--sizes 1000 10000] [--repeat 3]

1. ``export.to_sqlite`` (rows made from the plan, tables with keys, indexes, views,
   the trigram full-text index) against sqlite-utils inserting the same rows, made
   beforehand, into the same tables with the same keys and a trigram full-text index
   (``insert_all``, ``add_foreign_key``, ``enable_fts``): the ratio of the times, for
   the shipped plan and for synthetic plans (``synthetic.py``). Skipped, saying so,
   when sqlite-utils is not installed (``pip install -e '.[bench]'``).
2. ``export.to_datapackage`` per task at each size, and the ratio of the largest
   size's cost per task to the smallest's (linear growth keeps it near 1).

Tests never assert these times; run by hand.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from synthetic import synthetic_plan  # a sibling script: run this file as a script

import dg_plan
from dg_plan import _tables, export
from dg_plan._sqlite import _cell


def best(call: Callable[[], object], repeat: int) -> float:
    """Best wall time of *repeat* runs, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def sqlite_utils_insert(
    rows: dict[str, list[dict[str, object]]], path: Path, *, tuned: bool = True
) -> None:
    """The same rows, tables, keys and full-text index, written with sqlite-utils.

    *tuned*: with to_sqlite's settings (no journal, no sync: it writes a scratch file
    it renames when complete); otherwise sqlite-utils' defaults.
    """
    import sqlite_utils  # noqa: PLC0415 - optional

    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    if tuned:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
    for table in _tables.TABLES[:-1]:
        db[table.name].insert_all(
            rows[table.name],
            pk=table.primary_key[0] if len(table.primary_key) == 1 else table.primary_key,
            foreign_keys=[
                (fk.columns[0], fk.table, fk.references[0])
                for fk in table.foreign_keys
                if fk.table != table.name
            ],
            columns={
                c.name: int if c.type in {"integer", "boolean"} else str for c in table.columns
            },
        )
    db["tasks"].enable_fts(["text"], tokenize="trigram")
    db.conn.close()


def table_rows(plan: dg_plan.Plan) -> dict[str, list[dict[str, object]]]:
    """Every table's rows as dicts, with the values SQLite stores."""
    return {
        t.name: [
            {c.name: _cell(v) for c, v in zip(t.columns, row, strict=True)}
            for row in _tables.rows(plan, t)
        ]
        for t in _tables.TABLES[:-1]
    }


def sqlite_comparison(plans: dict[str, dg_plan.Plan], repeat: int, folder: Path) -> None:
    print("== SQLite: export.to_sqlite against sqlite-utils inserting the same rows")
    if importlib.util.find_spec("sqlite_utils") is None:
        print("   sqlite-utils is not installed (pip install -e '.[bench]'): skipped")
        return
    print(
        f"{'plan':>10} {'to_sqlite':>11} {'rows only':>11} {'sqlite-utils':>13} {'ratio':>7}"
        f" {'s-u defaults':>13} {'ratio':>7}"
    )
    path = folder / "dg.db"
    for name, plan in plans.items():
        ours = best(lambda p=plan: export.to_sqlite(p, path, metadata=False), repeat)
        making = best(lambda p=plan: table_rows(p), repeat)
        rows = table_rows(plan)
        theirs = best(lambda r=rows: sqlite_utils_insert(r, folder / "su.db"), repeat)
        default = best(lambda r=rows: sqlite_utils_insert(r, folder / "su.db", tuned=False), 1)
        print(
            f"{name:>10} {ours * 1e3:>9.1f}ms {making * 1e3:>9.1f}ms {theirs * 1e3:>11.1f}ms "
            f"{ours / theirs:>6.2f}× {default * 1e3:>11.1f}ms {ours / default:>6.2f}×"
        )
    print(
        "   ratio = to_sqlite (rows made from the plan included) / sqlite-utils (rows given),\n"
        "   with to_sqlite's settings (no journal, no sync), then with sqlite-utils' defaults"
    )


def package_scaling(plans: dict[int, dg_plan.Plan], repeat: int, folder: Path) -> None:
    print("== data package: export.to_datapackage per task")
    per_task = {}
    for n, plan in plans.items():
        target = folder / f"pkg{n}"
        seconds = best(lambda p=plan, t=target: export.to_datapackage(p, t), repeat)
        per_task[n] = seconds / n
        print(f"{n:>10} tasks {seconds * 1e3:>9.1f}ms {per_task[n] * 1e6:>8.1f}µs a task")
    small, large = min(per_task), max(per_task)
    print(f"   per-task cost at {large:,} / at {small:,}: {per_task[large] / per_task[small]:.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    synthetic = {n: dg_plan.loads(json.dumps(synthetic_plan(n))) for n in args.sizes}
    folder = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    try:
        plans = {"shipped": dg_plan.load_plan(), **{f"{n:,}": p for n, p in synthetic.items()}}
        sqlite_comparison(plans, args.repeat, folder)
        package_scaling(synthetic, args.repeat, folder)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
