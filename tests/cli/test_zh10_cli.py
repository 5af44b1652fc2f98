"""Headings and options as a 公文 writer reads them (issue 23, the eleventh reader).

Expected Chinese from the reader's request, not copied from the output.
"""

from __future__ import annotations

import datetime

import dg_plan
from dg_plan import tracking
from helpers.cli import call

PLAN = dg_plan.load_plan()


def test_late_heading_names_its_noun(tmp_path):
    # Fault 9: 截至2024年6月30日逾期未完成：共59项 lacked 的任务.
    book = tracking.Ledger(
        PLAN,
        [tracking.Report(9, "省司法厅", tracking.Status.IN_PROGRESS, datetime.date(2024, 6, 30))],
    )
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(book), encoding="utf-8")
    late = len(book.late("2024-06-30"))
    out = call("--lang", "zh", "track", "late", str(path), "--as-of", "2024-06-30").stdout
    assert out.splitlines()[0] == f"截至2024年6月30日逾期未完成的任务：共{late}项"


def test_tasks_heading_says_the_unit_and_role_asked():
    # Fault 10: 符合条件的任务：共19项 for tasks --unit 省公安厅 --role lead.
    led = [t for t in PLAN.tasks if "省公安厅" in [u.name for u in t.leads]]
    out = call("--lang", "zh", "tasks", "--unit", "省公安厅", "--role", "lead").stdout
    assert out.splitlines()[0] == f"省公安厅牵头的任务：共{len(led)}项"
    # Other criteria beside the unit: the list is narrower than the unit's tasks.
    out = call("--lang", "zh", "tasks", "--unit", "省公安厅", "--section", "3").stdout
    assert out.splitlines()[0].startswith("符合条件的任务：")


def test_units_takes_kind_as_list_units_does():
    # Fault 18: unit's help says units alone is list-units; units --kind was refused.
    said = call("--lang", "zh", "units", "--kind", "collective")
    assert said.returncode == 0, said.stderr
    assert said.stdout == call("--lang", "zh", "list-units", "--kind", "collective").stdout
