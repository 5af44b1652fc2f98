"""The sixth reader's import (issue 23): a deadline label after the units on a labelled line.

Expected values are read off the lines written here, as a 公文 prints them, never
copied from the importer's output.
"""

from __future__ import annotations

import datetime

import pytest

from dg_plan import importing
from dg_plan.importing import FindingKind

LIST = """某市2025年数字政府重点任务分工方案

一、提升政务服务效能
{lines}
"""


@pytest.mark.parametrize(
    "lines",
    [
        # The reader's form: the labels run on after the task's sentence, on its line.
        "1. 建设城市运行管理平台。责任单位：省住房城乡建设厅；完成时限：2025年12月底前",
        # The same labels on a line of their own under the task.
        "1. 建设城市运行管理平台。\n责任单位：省住房城乡建设厅；完成时限：2025年12月底前",
        # A comma before the deadline label, and the other deadline label, 时限要求.
        "1. 建设城市运行管理平台。\n责任单位：省住房城乡建设厅，时限要求：2025年12月底前",
        # Inside the attribution's bracket (read so before: the reference form).
        "1. 建设城市运行管理平台。（省住房城乡建设厅负责；完成时限：2025年12月底前）",
        # On lines of their own (read so before: the reference form).
        "1. 建设城市运行管理平台。\n责任单位：省住房城乡建设厅\n完成时限：2025年12月底前",
    ],
)
def test_a_deadline_label_after_the_units_ends_them_and_gives_the_deadline(tmp_path, lines):
    path = tmp_path / "分工方案.txt"
    path.write_text(LIST.format(lines=lines), encoding="utf-8")
    result = importing.read(path)
    (task,) = result.plan.tasks
    # One unit, the one the label names; the deadline label is no unit.
    assert [u.name for u in task.units] == ["省住房城乡建设厅"]
    assert not [u for u in result.plan.units if "完成时限" in u.name or "时限要求" in u.name]
    # 2025年12月底前 is the last day of December 2025.
    assert task.deadline.date == datetime.date(2025, 12, 31)
    assert str(task.deadline) == "2025年12月底前"
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]
