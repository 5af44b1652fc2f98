"""The forms trial23 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial23, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from helpers.workbooks import write_csv


def _named(result, number):
    return [p for p in result.problems if p.task == number]


# trial23/03's table as printed: 重 点 任 务 merged over a group cell, the item's numbered
# name and its content (the content's column C left blank in the header, as a CSV export
# leaves a merged cell), then 责 任 部 门.
_UNITS = "自治区住房城乡建设厅牵头,联席会议成员单位按职责分工负责。"
_CONTENT = "按月通报各盟市进展情况,指导做好年度改造计划任务绩效评价等相关工作。"


def test_a_column_under_an_empty_header_cell_no_reading_takes_is_named(tmp_path):
    # The general form: a body column under an empty header cell, filled in a task's row,
    # that no reading takes. Column C holds the item's content; nothing may be dropped
    # silently, so each task filling it names column C by its letter and quotes the cell.
    rows = [
        ["重 点 任 务", "", "", "责 任 部 门"],
        ["保障措施", "(二)明确部门职责", _CONTENT, _UNITS],
        ["", "(三)加强宣传引导", "广泛宣传城镇老旧小区改造政策。", _UNITS],
    ]
    result = importing.read(write_csv(tmp_path / "方案.csv", rows))
    first, second = result.plan.tasks
    for task, content, row in ((first, _CONTENT, 2), (second, "广泛宣传城镇老旧小区改造政策。", 3)):
        (problem,) = [p for p in _named(result, task.number) if p.kind.value == "column_unheaded"]
        assert problem.where.cell == f"C{row}"
        assert problem.text == content
        assert "column C" in str(problem)


def test_a_column_under_a_progress_header_merged_over_it_is_not_named(tmp_path):
    # trial11/07's form: 进展情况 printed over four quarters' columns (its second header row
    # 一季度 … 四季度 is no header the reader takes), the columns right of it blank in the
    # header row. An empty header cell continues the header on its left: progress, not
    # read by design, as the headed progress column is not. No problem names them.
    rows = [
        ["实事内容", "工作任务", "责任单位", "进展情况", "", ""],
        ["", "", "", "一季度", "二季度", "三季度"],
        ["教育惠民", "启动学校空调加装工程。", "区教育局", "完成调查", "签订合同", "完成加装"],
    ]
    result = importing.read(write_csv(tmp_path / "实事.csv", rows))
    assert all(p.kind.value != "column_unheaded" for p in result.problems)


def test_a_blank_headed_column_read_as_the_text_is_not_named(tmp_path):
    # The neighbour form read (trial4/13, trial/11): 具体要求 merged over a number column and
    # a blank-headed text column; the text is read from the blank-headed one, so it is
    # taken and no problem names it.
    rows = [
        ["工作任务", "具体要求", "", "责任单位"],
        ["一、以公开助力经济平稳健康发展", "1", "开设行业帮扶政策公开专题。", "市政府办"],
        ["", "2", "加大帮扶政策解读的公开力度。", "市政府办"],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    assert [t.text for t in result.plan.tasks] == [
        "开设行业帮扶政策公开专题。",
        "加大帮扶政策解读的公开力度。",
    ]
    assert all(p.kind.value != "column_unheaded" for p in result.problems)


def test_a_label_printed_with_spaces_between_its_characters_is_read():
    # trial23/04's line 19: 配 合 部 门 : (spaces between the characters and before the
    # colon), as trial3/06 prints the header 配 合 部 门: the label 配合部门, support.
    text = "1.组织宣传活动。\n\n牵头单位:县委宣传部\n\n配 合 部 门 :县直各相关部门\n"
    (task,) = importing.read_text(text).plan.tasks
    assert [u.name for u in task.support] == ["县直各相关部门"]
    assert [u.name for u in task.leads] == ["县委宣传部"]


def test_a_unit_label_the_vocabulary_does_not_know_is_read_by_its_role_word():
    # trial23/04's line 17: 牵头协调部门:县委宣传部, a label ending in 部门 holding the role
    # word 牵头: read as the header 牵头协调部门 would be, the lead.
    text = "1.组织宣传活动。\n\n牵头协调部门:县委宣传部\n\n配合部门:县直各相关部门\n"
    (task,) = importing.read_text(text).plan.tasks
    assert [u.name for u in task.leads] == ["县委宣传部"]
    assert task.text == "组织宣传活动。"


def test_a_qualifier_before_a_known_label_is_not_read_as_a_label():
    # trial14/03's 问题整改责任单位:市科技馆 整改时限:3天: its line runs on into a deadline
    # label the vocabulary does not know; read, 整改时限:3天 would be part of the unit. It
    # stays a line of the text, doubted (label_in_text), the task naming no unit.
    text = (
        "1. 市科技馆\n\n(1)院内电动车未按指定区域停放。\n\n问题整改责任单位:市科技馆 整改时限:3天\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert all(u.name != "市科技馆整改时限：3天" for u in task.units)
    assert "label_in_text" in {p.kind.value for p in _named(result, task.number)}
