"""Importing an Excel task list: against openpyxl's own read, and how the cost grows.

Usage: python benchmarks/bench_import.py [--rows 5000] [--small 100] [--large 10000]

Writes generated task tables (序号 / 重点任务 / 完成时限 / 责任单位, with a title row,
a heading row every 50 tasks, and a vertically merged deadline cell every 10 rows) to
a temporary directory, then measures, best of three runs each:

* ``dg_plan.importing.read`` of the *rows*-row workbook, against openpyxl's own read of
  the same workbook (``load_workbook``, then every cell's value): the goal is at most
  2×. ``read`` opens workbooks in openpyxl's streaming ``read_only`` mode (reading
  the merged ranges from the sheet's XML), so its ratio to that mode's read of the
  same workbook is printed too;
* the per-task cost of ``read`` at *large* rows against *small* rows: the goal is
  within 1.5×.

The shipped plan (the default registry) is loaded once before timing.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

import dg_plan
from dg_plan import importing

DEADLINES = ("2024年底前", "2024年上半年", "2025年二季度", "长期坚持", "2024年3月31日前", "")
UNITS = (
    "省发展改革委、财政厅牵头，省直有关部门按职责分工负责",
    "省行政审批政务信息管理局负责，各省辖市政府配合",
    "省公安厅、民政厅，各省辖市政府、济源示范区管委会按职责分工负责",
    "省某某中心牵头，省某某局协助",
)


def best(call: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of *repeat* calls, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def generate(path: Path, rows: int) -> None:
    """Write a task table of *rows* tasks."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "任务"
    ws.append(["生成的重点任务清单"])
    ws.merge_cells("A1:D1")
    ws.append(["序号", "重点任务", "完成时限", "责任单位"])
    merge_next = False
    for n in range(1, rows + 1):
        if n % 50 == 1:
            ws.append([f"{'一二三四五六七八九'[(n // 50) % 9]}、第{n // 50 + 1}部分"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        if merge_next:
            # The previous row's deadline cell also covers this row.
            ws.append([n, f"第{n}项任务：与上一项同一时限。", None, UNITS[n % 4]])
            row = ws.max_row
            ws.merge_cells(start_row=row - 1, start_column=3, end_row=row, end_column=3)
            merge_next = False
            continue
        deadline = DEADLINES[n % len(DEADLINES)]
        ws.append([n, f"第{n}项任务：推进数字政府建设的一项具体工作。", deadline, UNITS[n % 4]])
        merge_next = n % 10 == 0 and n % 50 != 0
    workbook.save(path)


def openpyxl_read(path: Path, read_only: bool = False) -> int:
    """openpyxl's own read: the workbook, then every value of every sheet."""
    workbook = openpyxl.load_workbook(path, read_only=read_only, data_only=True)
    count = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows(values_only=True):
            count += sum(v is not None for v in row)
    workbook.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=10000)
    args = parser.parse_args()
    dg_plan.load_plan()  # the default registry, loaded before any timing
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for rows in sorted({args.rows, args.small, args.large}):
            paths[rows] = Path(tmp) / f"tasks-{rows}.xlsx"
            generate(paths[rows], rows)
        path = paths[args.rows]
        tasks = len(importing.read(path).plan.tasks)
        ours = best(lambda: importing.read(path))
        theirs = best(lambda: openpyxl_read(path))
        streaming = best(lambda: openpyxl_read(path, read_only=True))
        print(f"{args.rows}-task workbook ({tasks} tasks read, {path.stat().st_size} bytes)")
        print(f"  openpyxl load_workbook + every value:            {theirs * 1000:8.1f} ms")
        print(f"  the same, read_only=True (the mode read uses):   {streaming * 1000:8.1f} ms")
        print(f"  dg_plan.importing.read:                         {ours * 1000:8.1f} ms")
        print(f"  ratio to load_workbook: {ours / theirs:.2f}x (goal: at most 2x)")
        print(f"  ratio to read_only:     {ours / streaming:.2f}x")
        per_task = {}
        for rows in (args.small, args.large):
            count = len(importing.read(paths[rows]).plan.tasks)
            per_task[rows] = best(lambda rows=rows: importing.read(paths[rows])) / count
            print(f"  {count:6d} tasks: {per_task[rows] * 1e6:8.1f} µs per task")
        ratio = per_task[args.large] / per_task[args.small]
        print(f"  per-task cost at {args.large} / at {args.small}: {ratio:.2f}x", end="")
        print(" (goal: within 1.5x)")


if __name__ == "__main__":
    main()
