"""The ninth reader's findings on the command line in Chinese (issue 23).

Each expected line is written from the requirement (the form the reader asked for),
not copied from the output.
"""

from __future__ import annotations

import pytest

import dg_plan
from dg_plan import Role
from helpers.cli import ok

PLAN = dg_plan.load_plan()


@pytest.mark.parametrize(
    ("role", "words"),
    [(Role.LEAD, "牵头"), (Role.RESPONSIBLE, "负责")],
)
def test_a_units_tasks_of_one_role_are_headed_as_an_office_counts_them(role, words):
    # Fault 16: not 作为牵头单位的任务9项; reader 17, fault 5: headed as every list of
    # tasks is (…的任务：共N项, as tasks --unit --role), not 牵头任务共9项.
    count = len(PLAN.responsibilities("省财政厅", role))
    assert count  # the unit answers for tasks in both roles (the shipped plan has no 配合)
    first = ok("--lang", "zh", "unit", "省财政厅", "--role", role.value).splitlines()[0]
    # Reader 19: the unit by its name in the heading, its full name on the next line.
    assert first == f"省财政厅{words}的任务：共{count}项"


LIST = """某市2024年重点工作任务清单

一、优化营商环境
1. 推进政务服务。（牵头单位：市政务服务局；责任单位：市发展改革委；完成时限：2024年6月底前）
2. 开展企业走访活动。（市工信局负责，2024年12月底前完成）
3. 建立重点项目调度机制。（配合单位：市财政局；完成时限：持续推进）
4. 完善信用体系建设。（牵头单位：市发展改革委；完成时限：2024年9月30日）
"""


def test_the_import_screen_and_workbook_say_notes_as_show_does(tmp_path):
    # Fault 14: the screen's first column is headed 类别, as the review workbook's; a
    # note is a sentence ending in 。 on the screen and in the workbook, as in show.
    openpyxl = pytest.importorskip("openpyxl")
    source = tmp_path / "list.txt"
    source.write_text(LIST, encoding="utf-8")
    plan, review = tmp_path / "plan.json", tmp_path / "review.xlsx"
    out = ok("--lang", "zh", "import", str(source), "-o", str(plan), "--review", str(review))
    lines = out.splitlines()
    assert lines[0].split() == ["类别", "位置", "内容", "清单所列文字"]
    notes = [line for line in lines[1:] if line.startswith("说明")]
    assert len(notes) >= 4  # a title, a heading, new units, a deadline read
    assert all("。" in line for line in notes), notes
    assert "第1行  本行为清单标题。  " in out
    assert "（类型暂列“未归类”）。" in out
    assert out.count("已作为新单位录入") == 1  # once for the import
    book = openpyxl.load_workbook(review)
    tasks, file = book.worksheets
    task_notes = [row[-1] for row in tasks.iter_rows(min_row=2, values_only=True) if row[-1]]
    assert task_notes
    for cell in task_notes:
        assert all(line.endswith("。") for line in cell.split("\n")), cell
    file_notes = [row[2] for row in file.iter_rows(min_row=2, values_only=True) if row[0] == "说明"]
    assert file_notes
    assert all(said.endswith("。") for said in file_notes), file_notes
    # English is unchanged but for the heading: no full stop is added.
    english = ok("import", str(source), "-o", str(tmp_path / "en.json"))
    assert english.splitlines()[0].split()[0] == "finding"
    assert "  this line is the list's title  " in english


def test_an_imported_plans_overview_counts_its_tasks_as_the_shipped_one(tmp_path):
    # Fault 14: 共4项任务, as the shipped plan's header says 共178项任务.
    source = tmp_path / "list.txt"
    source.write_text(LIST, encoding="utf-8")
    plan = tmp_path / "plan.json"
    ok("import", str(source), "-o", str(plan))
    lines = ok("--lang", "zh", "--plan", str(plan), "overview").splitlines()
    assert lines[:2] == ["某市2024年重点工作任务清单", "共4项任务"]
    assert ok("--lang", "zh", "overview").splitlines()[1].endswith("，共178项任务")
    assert ok("--plan", str(plan), "overview").splitlines()[1] == "4 tasks"
