"""The round-10 reader's import finding (issue 20): a task whose units are printed first.

``X、Y负责，2024年6月底前完成。`` prints its units, a comma, and a deadline alone: the
units' clause ends at the comma, so nothing is left for the task's text. The importer
must read the deadline and say the task has no text, never take the comma and the
deadline as the text with no deadline and no problem. Inputs are written from the form.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dg_plan import importing
from dg_plan.importing import FindingKind

_LIST = """\
一、任务
1. 推进数据归集。（省行政审批政务信息管理局牵头，省财政厅配合）
2. 省发展改革委、省财政厅负责，2024年6月底前完成。
"""


def test_units_first_then_a_deadline_alone_reads_the_deadline_and_flags_the_text():
    result = importing.read_text(_LIST)
    task = result.plan.tasks[1]
    assert [u.name for u in task.units] == ["省发展改革委", "省财政厅"]
    assert task.deadline.date == dt.date(2024, 6, 30)
    assert "，" not in task.text
    assert "2024年6月底前" not in task.text
    flagged = [p for p in result.problems if p.kind is FindingKind.TASK_WITHOUT_TEXT]
    assert [dict(p.values)["number"] for p in flagged] == ["2"]


def test_units_first_then_a_comma_and_a_duty_reads_the_duty_without_the_comma():
    result = importing.read_text("一、任务\n1. 省财政厅负责，统筹资金保障。\n")
    (task,) = result.plan.tasks
    assert task.text == "统筹资金保障。"
    assert [u.name for u in task.units] == ["省财政厅"]


def test_a_text_of_punctuation_alone_is_a_task_without_text():
    result = importing.read_text(
        "一、任务\n1. 推进数据归集。（省财政厅牵头）\n2. ，（省发展改革委负责）\n"
    )
    assert result.plan.tasks[1].text != "，"
    flagged = [p for p in result.problems if p.kind is FindingKind.TASK_WITHOUT_TEXT]
    assert [dict(p.values)["number"] for p in flagged] == ["2"]


# -- a file that cannot be read: Chinese says why in Chinese ---------------------------


def test_a_file_that_is_no_workbook_says_so_in_chinese(tmp_path):
    path = tmp_path / "假.xlsx"
    path.write_text("序号,主要任务\n", encoding="utf-8")
    with pytest.raises(importing.PlanImportError) as caught:
        importing.read(path)
    (problem,) = caught.value.problems
    zh = problem.render("zh")
    assert "文件已损坏" in zh
    assert not re.search(r"[A-Za-z]{3,}", zh.replace("xlsx", "")), zh
    assert "File is not a zip file" in problem.render("en")  # the reader's own words


def test_bytes_that_are_no_text_say_so_in_chinese(tmp_path):
    path = tmp_path / "乱码.csv"
    path.write_bytes(b"\xff" + "序号,主要任务\n".encode("gb18030"))
    with pytest.raises(importing.PlanImportError) as caught:
        importing.read(path)
    (problem,) = caught.value.problems
    zh = problem.render("zh")
    assert "无法识别" in zh
    assert "invalid" not in zh, zh
    assert "byte" not in zh, zh
    assert "invalid start byte" in problem.render("en")
