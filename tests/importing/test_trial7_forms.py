"""The forms trial7 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial7, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv

_RULE_IN_VARIANT_FORMS = """一、重點工作
1.做好第一件事。
責任單位:省財政廳
2.做好第二件事。
責任單位:省政府辦公廳牽頭,省商務廳(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)
3.做好第三件事。
責任單位:省財政廳、省發展改革委
"""


def test_a_stated_lead_rule_in_variant_characters_applies_from_where_it_is_stated():
    # trial7/05 closes item 2's 責任單位 line in the rule, printed with 爲 (為) and 彙 (匯).
    result = importing.read_text(_RULE_IN_VARIANT_FORMS)
    first, second, third = (result.plan.task(n) for n in (1, 2, 3))
    # Before the rule: the one unit is responsible, as printed.
    assert [u.name for u in first.leads] == []
    assert [u.name for u in first.units] == ["省財政廳"]
    # Where it is stated: the printed 牽頭 decides; the bracket is no part of a name.
    assert [u.name for u in second.leads] == ["省政府辦公廳"]
    assert [u.name for u in second.units] == ["省政府辦公廳", "省商務廳"]
    # After it (下同): the first unit named leads.
    assert [u.name for u in third.leads] == ["省財政廳"]
    assert [u.name for u in third.units] == ["省財政廳", "省發展改革委"]
    kinds = {n.kind for n in result.notes}
    assert FindingKind.STATED_LEAD_RULE in kinds
    assert not result.problems


def test_a_star_before_a_name_of_a_cell_of_all_units_marks_the_lead_doubted(tmp_path):
    # trial7/02 prints ★区发改委、统计局 in its 责任单位 column: the starred name leads, the
    # others are responsible, the list's 区 restored onto them; a problem says it was read so.
    rows = [
        ["序号", "重点工作目标任务", "责任单位"],
        ["1", "地区生产总值增长5%以上。", "★区发改委、统计局"],
        ["2", "不发生重特大生产安全责任事故。", "★区应急管理局"],
        ["3", "做好一件事。", "市财政局、☆市发改委"],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    first, second, third = (result.plan.task(n) for n in (1, 2, 3))
    assert [u.name for u in first.leads] == ["区发改委"]
    assert [u.name for u in first.units] == ["区发改委", "区统计局"]
    assert [u.name for u in second.leads] == ["区应急管理局"]
    assert [u.name for u in third.leads] == ["市发改委"]
    doubts = [p for p in result.problems if p.kind is FindingKind.LEAD_BY_MARK]
    assert [p.task for p in doubts] == [1, 2, 3]
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]


def test_a_star_on_every_name_after_a_name_or_beside_a_role_word_is_left_as_printed(
    tmp_path,
):
    rows = [
        ["序号", "重点工作目标任务", "责任单位"],
        ["1", "做好一件事。", "★市发改委、★市财政局"],
        ["2", "做好两件事。", "★市发改委牵头,市财政局配合"],
        ["3", "做好三件事。", "市发改委★、市财政局"],
        ["4", "做好四件事。", "★市发改委、*市财政局"],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    assert not any(result.plan.task(n).leads for n in (1, 3, 4))
    assert {p.task for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT} == {1, 2, 3, 4}
    assert not [p for p in result.problems if p.kind is FindingKind.LEAD_BY_MARK]


def test_an_items_own_number_in_its_text_cell_under_a_group_number(tmp_path):
    # trial7/02: 序号 1 and 项目 主要预期目标 printed once over the group's rows, each text
    # cell with its item's own number (1.…, 2.…); trial7/03 prints (1)…, (2)… so.
    rows = [
        ["序号", "项目", "重点工作目标任务", "责任单位"],
        ["1", "主要预期目标", "1.地区生产总值增长5%以上。", "区发改委"],
        ["", "", "2.一般公共预算收入同口径增长6%以上。", "区财政局"],
        ["", "", "(3)工业投资增长10%以上。", "区工信局"],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    texts = [t.text for t in result.plan.tasks]
    assert texts == [
        "地区生产总值增长5%以上。",
        "一般公共预算收入同口径增长6%以上。",
        "工业投资增长10%以上。",
    ]
    assert [t.number for t in result.plan.tasks] == [1, 2, 3]
    # The group's name over its rows is a section, not a doubt about the text column.
    assert [s.title for s in result.plan.sections] == ["主要预期目标"]
    assert not [p for p in result.problems if p.kind is FindingKind.TEXT_FROM_OTHER_COLUMN]


def test_a_number_cell_of_its_own_keeps_the_text_as_printed(tmp_path):
    # A row numbered 5 whose text begins 1.: the text's number is no row number.
    rows = [["序号", "重点任务", "责任单位"], ["5", "1.做好一件事。", "市发改委"]]
    task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.task(5)
    assert task.text == "1.做好一件事。"


def test_a_group_name_over_items_under_an_unknown_header_gives_way_doubted(tmp_path):
    # trial7/03: 目标名称 (a text header) printed once over seven rows, the items under
    # 工 作 标 准 (no known header), filled in every row: those are the tasks' texts,
    # each doubted, as the column is chosen by its cells.
    rows = [
        ["序号", "目标名称", "工 作 标 准", "牵头单位"],
        ["1", "全区经济社会发展的主要预期目标", "(1)地区生产总值增长6%左右。", "发改局"],
        ["", "", "(2)一般公共预算收入增长3%以上。", "财政局"],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    assert [t.text for t in result.plan.tasks] == [
        "地区生产总值增长6%左右。",
        "一般公共预算收入增长3%以上。",
    ]
    assert [[u.name for u in t.leads] for t in result.plan.tasks] == [["发改局"], ["财政局"]]
    doubted = [p.task for p in result.problems if p.kind is FindingKind.TEXT_FROM_OTHER_COLUMN]
    assert doubted == [1, 2]


def test_a_unit_cell_left_empty_in_a_groups_row_is_carried_down_doubted(tmp_path):
    # trial7/03 (a CSV): 序号 1 over seven items, its 配合单位 cell printed once over
    # items (1)-(5), its 牵头单位 商务局 over (3)-(5); items (2) and (3) print a lead of
    # their own beside the empty 配合单位 cell.
    rows = [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "(1)地区生产总值增长6%左右。", "发改局", "统计局"],
        ["", "(2)一般公共预算收入增长3%以上。", "财政局", ""],
        ["", "(3)社会消费品零售总额增长6%左右。", "商务局", ""],
        ["", "(4)实际使用外资和进出口总额稳中提质。", "", ""],
        ["2", "(5)安全生产形势平稳向好。", "应急管理局", ""],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    support = [[u.name for u in t.support] for t in result.plan.tasks]
    assert support == [["统计局"], ["统计局"], ["统计局"], ["统计局"], []]
    assert [u.name for u in result.plan.task(4).leads] == ["商务局"]
    doubted = [p.task for p in result.problems if p.kind is FindingKind.CELL_CARRIED_DOWN]
    assert doubted == [2, 3, 4]


def test_a_label_left_in_a_tasks_text_names_the_task():
    # trial7/06 prints a people label the reader does not know between the item and its
    # unit labels (牵头责任领导:邓继敢。); joined into the text, it must not be silent.
    text = (
        "一、主要预期目标\n1. 地区生产总值增长7.5%。\n某某领导:张三。\n"
        "牵头责任单位:市发展改革委。\n2. 做好一件事:一是加强;二是推进。\n牵头责任单位:市财政局。\n"
    )
    result = importing.read_text(text)
    doubts = [p for p in result.problems if p.kind is FindingKind.LABEL_IN_TEXT]
    assert [(p.task, p["label"]) for p in doubts] == [(1, "某某领导")]


_RUN_ON_TITLE = """市政府关于印发2020年重点工作分解落实方案的通知
各镇人民政府:
  《市政府2020年重点工作分解落实方案》已经市政府常务会议审议通过,现印发给你们。
市政府2020年重点工作分解落实方案综合目标分解
  1、地区生产总值增长6.5%。(市发展改革委、财政局)
"""


def test_a_title_line_running_on_past_the_name_the_notice_quotes_is_that_name_doubted():
    # trial7/11: the title line runs on into the first part's heading (…落实方案综合目标分解);
    # the notice quotes the list as 《市政府2020年重点工作分解落实方案》.
    result = importing.read_text(_RUN_ON_TITLE)
    assert result.plan.metadata.title == "市政府2020年重点工作分解落实方案"
    (doubt,) = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    assert doubt.task is None
    assert "综合目标分解" in doubt.message


def test_a_title_line_with_its_qualifier_is_the_whole_line():
    # 《X》 quoted above, X（试行） printed as the title line: the qualifier is the title's.
    text = _RUN_ON_TITLE.replace("落实方案综合目标分解", "落实方案（试行）")
    result = importing.read_text(text)
    assert result.plan.metadata.title == "市政府2020年重点工作分解落实方案（试行）"
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]


def test_decisions_on_a_tasks_units_and_text_settle_the_trial7_doubts(tmp_path):
    # A reviewer who checked the legend (带★的为牵头单位) and the merge settles them by
    # the task's units; a label left in the text, by its text.
    rows = [
        ["序号", "重点工作目标任务", "责任单位", "配合单位"],
        ["1", "地区生产总值增长5%以上。", "★区发改委、统计局", "区商务局"],
        ["", "2.工业投资增长10%以上。", "★区工信局", ""],
    ]
    path = write_csv(tmp_path / "清单.csv", rows)
    plain = importing.read(path)
    kinds = {p.kind for p in plain.open_problems}
    assert {FindingKind.LEAD_BY_MARK, FindingKind.CELL_CARRIED_DOWN} <= kinds
    reason = "the notice: 带★的为牵头单位; 区商务局 supports both"
    decisions = {
        "decision": [
            {"task": 1, "leads": ["区发改委"], "responsible": ["区统计局"], "reason": reason},
            {"task": 2, "leads": ["区工信局"], "support": ["区商务局"], "reason": reason},
        ]
    }
    assert importing.read(path, decisions=decisions).open_problems == ()
    text = "一、目标\n1. 地区生产总值增长7.5%。\n某某领导:张三。\n牵头单位:市发展改革委。\n"
    decided = {"decision": [{"task": 1, "text": "地区生产总值增长7.5%。", "reason": "a person"}]}
    assert importing.read_text(text).open_problems
    assert importing.read_text(text, decisions=decided).open_problems == ()


def test_a_text_column_blank_in_a_row_does_not_give_way_to_an_unknown_column(tmp_path):
    # Only a group's names (each over two rows or more) give way: a text column merely
    # blank in one row keeps being the text, beside a 进展情况 column filled in every row.
    rows = [
        ["序号", "工作任务", "进展", "责任单位"],
        ["1", "做好一件事。", "已完成", "市发改委"],
        ["2", "", "推进中", "市财政局"],
        ["3", "做好三件事。", "已启动", "市商务局"],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    assert [t.text for t in result.plan.tasks] == ["做好一件事。", "做好三件事。"]
