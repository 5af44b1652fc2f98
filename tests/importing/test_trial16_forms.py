"""The forms trial16 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial16, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv as _csv


def test_the_first_responsible_units_column_leads(tmp_path):
    # trial16/06's header: 第一责任单位 beside 主要责任单位. The first responsible unit
    # leads (as trial3/01 states it: 第一责任单位为牵头单位); 主要责任单位 names no role.
    rows = [
        ["序号", "主要工作任务", "第一责任单位", "主要责任单位"],
        ["1", "地方财政收入年均增长13%。", "市财政局", "各县(市、区)政府、市国税局"],
    ]
    (task,) = importing.read(_csv(tmp_path / "t.csv", rows)).plan.tasks
    assert [u.name for u in task.leads] == ["市财政局"]
    assert [u.name for u in task.responsible] == ["各县（市、区）政府", "市国税局"]


def test_names_printed_one_a_line_under_a_rows_text_are_its_units_doubted():
    # trial16/04 and 05's form: a table copied one cell a line, a goal and its
    # sub-targets, then its unit names one a line; a second group of sub-targets and
    # names is the table's next row, a task of its own under the same number. Which
    # column a name stood in is not shown: all are read by the cell's grammar
    # (responsible), and a problem names each task. 妇联 (no organisation's ending) is a
    # name of the run.
    text = (
        "某省规划目标责任分解书\n"
        "1.提高孕产妇医疗保健水平。\n"
        "——孕产妇死亡率控制在15/10万以内。\n"
        "省卫生厅\n"
        "省公安厅\n"
        "——孕产妇中重度贫血患病率降低。\n"
        "省卫生厅\n"
        "妇联\n"
        "2.妇女艾滋病、性病感染率得到控制。\n"
        "省卫生厅\n"
    )
    result = importing.read_text(text)
    first, second, third = result.plan.tasks
    assert first.text == "提高孕产妇医疗保健水平。——孕产妇死亡率控制在15/10万以内。"
    assert [u.name for u in first.responsible] == ["省卫生厅", "省公安厅"]
    assert second.text == "——孕产妇中重度贫血患病率降低。"
    assert [u.name for u in second.responsible] == ["省卫生厅", "妇联"]
    assert third.text == "妇女艾滋病、性病感染率得到控制。"
    assert [u.name for u in third.responsible] == ["省卫生厅"]
    doubted = [
        (p.task, p.where.line, p["names"])
        for p in result.problems
        if p.kind is FindingKind.NAMES_UNDER_TEXT
    ]
    assert doubted == [(1, 4, "省卫生厅、省公安厅"), (2, 7, "省卫生厅、妇联"), (3, 10, "省卫生厅")]


def test_a_line_of_text_under_an_item_is_no_name():
    # The run of names begins only with unit names alone: a short line of the text
    # (a wrapped sentence's end) continues it.
    text = "某市工作方案\n1.推进数字政府建设,\n建设政务云。(市大数据局牵头)\n"
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "推进数字政府建设,建设政务云。"
    assert [u.name for u in task.leads] == ["市大数据局"]


def test_a_subsection_heading_over_attributed_lines_stays_a_heading():
    # trial16/02's form: (一)约束性指标, a heading with no full stop, over unnumbered lines
    # each closed by its own attribution: each line is a task, the heading no part of
    # their text (as a part heading over its paragraph, trial8/02 and 03).
    text = (
        "某市规划纲要主要目标和任务工作分工的通知\n"
        "(一)约束性指标\n"
        "耕地保有量保持在2000.9万亩。(市国土局牵头)\n"
        "单位工业增加值用水量达到省要求标准。(市水利局、市工信局等部门按职责分工负责)\n"
    )
    first, second = importing.read_text(text).plan.tasks
    assert first.text == "耕地保有量保持在2000.9万亩。"
    assert [u.name for u in first.leads] == ["市国土局"]
    assert second.text == "单位工业增加值用水量达到省要求标准。"
    assert [u.name for u in second.responsible] == ["市水利局", "市工信局"]


def test_a_place_opening_the_plan_a_title_quotes_is_the_documents(tmp_path):
    # trial16/06's title quotes the plan it divides, 《嘉兴市…纲要》: 嘉兴 is a place the
    # document names with its level word, so 嘉兴电力局 names its own place and takes no
    # elided 市 (the grammar table's rule for 潍坊水文局), where 统计局 does.
    rows = [
        ["《嘉兴市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案", "", ""],
        ["序号", "主要工作任务", "责任单位"],
        ["8", "单位生产总值综合能耗下降20%。", "市规划建设局、统计局、嘉兴电力局"],
    ]
    result = importing.read(_csv(tmp_path / "t.csv", rows))
    (task,) = result.plan.tasks
    assert [u.name for u in task.responsible] == ["市规划建设局", "市统计局", "嘉兴电力局"]
    assert FindingKind.PREFIX_DOUBTFUL not in {p.kind for p in result.problems}
