"""The forms trial11 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial11, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from helpers.workbooks import write_csv


@pytest.mark.parametrize(
    ("header", "role"),
    [
        # trial11/05 prints 责任股室 / (单位): a county bureau's sections, 单位 in brackets.
        ("责任股室\n(单位)", "responsible"),
        ("责任科室（单位）", "responsible"),
        ("牵头处室\n（部门）", "leads"),
        ("配合股室(单位)", "support"),
    ],
)
def test_a_unit_header_over_two_lines_with_its_unit_word_in_brackets(tmp_path, header, role):
    rows = [
        ["序号", "工作任务", header],
        ["1", "开展好“三下乡”活动。", "文化宣传股"],
    ]
    task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.tasks[0]
    assert [u.name for u in getattr(task, role)] == ["文化宣传股"]


def test_a_header_with_a_bracketed_part_that_names_no_unit_is_not_a_unit_column(tmp_path):
    # 备注(单位) ends in 单位 only inside its brackets, after no role word: not units.
    rows = [
        ["序号", "工作任务", "责任单位", "备注(单位)"],
        ["1", "开展好“三下乡”活动。", "文化馆", "万元"],
    ]
    task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.tasks[0]
    assert [u.name for u in task.responsible] == ["文化馆"]
