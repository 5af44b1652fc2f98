"""Collecting a round of 60 returns, against python-calamine's own read of the same files.

Usage: python benchmarks/collect_returns.py [--repeats 9]

The office writes the 60 templates ``track template --all`` writes; each unit types a
report on every task row (推进中 with progress text; every third row 已完成 with its
day and two items of evidence) and saves it the way units do
(``tests/helpers/returns_round.py``): the 20 units of more than 100 rows (the 17
cities, the two zones, the data bureau) as .xlsx, the other units in turn as .xlsx,
.xls, .ods, and .csv in UTF-8 and GB18030. Then, each the minimum of several runs
(taken in turn) with the garbage collector off:

- *calamine*: python-calamine's own read of the same files: open each workbook and
  take every cell of its 填报 sheet (``to_python(skip_empty_area=False)``, as collect
  takes them); a .csv decoded and read by the csv module as collect reads it (UTF-8,
  else GB18030; calamine reads no CSV); nothing checked.
- *collect*: ``read_returns(plan, [folder], keep_going=True)``, every check included.

Like with like: the templates have one sheet, 填报, and collect reads that sheet
alone, so the floor reads every sheet and every cell that collect reads, from the
same files, with the same reader. What collect does beyond it is its own work: each
file's bytes hashed (a byte-identical copy is skipped), each .xlsx sheet's XML
unzipped a second time to find formulas saved without a value (calamine says
nothing of formulas), sheet names and merged ranges asked for, every cell checked,
and the reports made and checked into a ledger.

It prints both and their ratio; issue #21 asks for at most 2x. No test asserts it.
Both are measured in one run, so a shared machine's load falls on both, though not
equally (the floor is mostly Rust, collect mostly Python): run it several times and
take the median ratio.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import gc
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import python_calamine

import dg_plan
from dg_plan import tracking

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from helpers.returns_round import SAVERS, type_into  # the tests' builder

AS_OF = datetime.date(2024, 12, 31)
KINDS = ("xlsx", "xls", "ods", "csv", "csv-gb18030")


def make_round(plan: dg_plan.Plan, folder: Path) -> int:
    """Write the templates and the 60 returns into *folder*/returned; the reports typed."""
    sent = folder / "sent"
    written = tracking.write_templates(plan, sent, as_of=AS_OF)
    returned = folder / "returned"
    returned.mkdir()
    typed = 0
    for i, (unit, template) in enumerate(written.written):
        count = len(plan.responsibilities(unit))
        rows = {}
        for k in range(count):
            if k % 3 == 2:
                rows[5 + k] = ("已完成", datetime.datetime(2024, 6, 30), "已完成建设", "文号\n网址")  # noqa: DTZ001
            else:
                rows[5 + k] = ("推进中", None, "按计划推进")
        typed += count
        kind = "xlsx" if count > 100 else KINDS[i % len(KINDS)]
        suffix = ".csv" if kind.startswith("csv") else f".{kind}"
        SAVERS[kind](type_into(template, rows), returned / f"{unit}{suffix}")
    return typed


def calamine_read(files: list[Path]) -> int:
    """python-calamine's own read of the returns (CSV by the csv module): the rows seen."""
    rows = 0
    for path in files:
        if path.suffix == ".csv":
            data = path.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("gb18030")
            rows += sum(1 for _ in csv.reader(io.StringIO(text, newline="")))
            continue
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        rows += len(wb.get_sheet_by_name("填报").to_python(skip_empty_area=False))
        wb.close()
    return rows


def best(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """The least wall time of each run, the collector off; the runs taken in turn.

    Taking them in turn (floor, collect, floor, collect, ...) lets a change in the
    shared machine's load fall on both.
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - start)
            finally:
                gc.enable()
    return {name: min(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    plan = dg_plan.load_plan()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        typed = make_round(plan, folder)
        returned = folder / "returned"
        files = sorted(returned.iterdir())
        counts = {
            s: sum(1 for f in files if f.suffix == s) for s in (".xlsx", ".xls", ".ods", ".csv")
        }
        for path in files:  # like with like: the one sheet is all that either reads
            if path.suffix != ".csv":
                with python_calamine.CalamineWorkbook.from_path(str(path)) as wb:
                    assert wb.sheet_names == ["填报"], (path, wb.sheet_names)  # noqa: S101
        returns = tracking.read_returns(plan, [returned], keep_going=True)
        assert not returns.set_aside, returns.set_aside  # noqa: S101 - every return is good
        assert len(returns.ledger.reports) == typed  # noqa: S101
        found = best(
            {
                "calamine": lambda: calamine_read(files),
                "collect": lambda: tracking.read_returns(plan, [returned], keep_going=True),
            },
            args.repeats,
        )
        floor, collect = found["calamine"], found["collect"]
    kinds = ", ".join(f"{n} {s}" for s, n in counts.items())
    print(f"{len(files)} returns ({kinds}), {typed} reports")
    print(f"calamine's own read: {floor * 1000:8.0f} ms")
    print(f"collect:             {collect * 1000:8.0f} ms")
    print(f"ratio:               {collect / floor:8.2f}  (goal: 2 or less)")


if __name__ == "__main__":
    main()
