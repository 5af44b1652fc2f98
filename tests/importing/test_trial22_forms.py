"""The forms trial22 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial22, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from helpers.corpus import printed_roles as _roles
from helpers.workbooks import write_csv


def _named(result, number):
    return [p for p in result.problems if p.task == number]


def test_a_subsection_line_that_is_a_full_sentence_joined_to_a_paragraph_is_doubted():
    # trial22/02's form: a (一) line printed as a full sentence (32 characters, ends in 。,
    # no attribution) over unnumbered paragraphs each closed by its own bracket. It is
    # joined to the first paragraph; whether it is a heading over them is not known (one
    # document prints the form), so the task is flagged, not read either way.
    text = (
        "一、在新常态下保持经济持续健康发展\n\n"
        "(一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。\n\n"
        "认真贯彻落实积极的财政政策和稳健的货币政策。(省发展改革委、省财政厅等负责)\n\n"
        "发挥出口的支撑作用,努力培育新的国际竞争优势。(省商务厅、省金融办等负责)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert [p.kind.value for p in _named(result, first.number)] == ["heading_in_text"]
    assert second.text == "发挥出口的支撑作用,努力培育新的国际竞争优势。"
    assert not _named(result, second.number)


def test_a_short_subsection_heading_without_a_full_stop_stays_a_heading():
    # The neighbour form read (trial16/02, trial8/02): a (一) heading with no full stop
    # over paragraphs each closed by its bracket is a heading; no doubt.
    text = (
        "(一)约束性指标\n\n"
        "耕地保有量稳定在规定水平。(市国土局牵头)\n\n"
        "单位工业增加值能耗下降。(市发改委负责)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert first.text == "耕地保有量稳定在规定水平。"
    assert second.text == "单位工业增加值能耗下降。"
    assert all(p.kind.value != "heading_in_text" for p in result.problems)


_HEADER = ["序号", "目标名称", "工 作 标 准", "区政府分管领导", "牵头单位", "配合单位"]


def test_a_name_column_beside_an_unknown_column_filled_in_every_row_is_doubted(tmp_path):
    # trial22/06's form: no header names the text; 目标名称 (a name header) is read as the
    # text, beside 工 作 标 准 (spaced out, a word the vocabulary does not know) filled in
    # the one row. Whether 四大功能区建设 is the task's name or its group's is not known:
    # the task is flagged, naming both columns.
    rows = [
        _HEADER,
        ["1", "四大功能区建设", "(1)老城复兴样板区要见成效。", "王旭锋", "住建局", "新闸街道"],
    ]
    result = importing.read(write_csv(tmp_path / "分解表.csv", rows))
    (task,) = result.plan.tasks
    (problem,) = [p for p in _named(result, task.number) if p.kind.value == "text_column_doubtful"]
    assert "工作标准" in str(problem)


def test_a_name_printed_once_over_its_rows_names_a_group(tmp_path):
    # trial7/03's form, read: 目标名称 printed once over two rows names their group; the
    # 工作标准 cells are the tasks' texts, with no text_column_doubtful problem.
    rows = [
        _HEADER,
        ["1", "主要预期目标", "(1)地区生产总值增长6%左右。", "王旭锋", "发改局", "统计局"],
        ["", "", "(2)一般公共预算收入增长3%以上。", "王旭锋", "财政局", "统计局"],
    ]
    result = importing.read(write_csv(tmp_path / "分解表.csv", rows))
    first, second = result.plan.tasks
    assert first.text == "地区生产总值增长6%左右。"
    assert second.text == "一般公共预算收入增长3%以上。"
    assert all(p.kind.value != "text_column_doubtful" for p in result.problems)


def test_a_progress_column_beside_a_name_column_is_no_text(tmp_path):
    # trial9/02's neighbour form: 项目名称 beside 本月进展情况 (a progress column, filled
    # in every row) is read with no doubt: progress is neither text nor units.
    rows = [
        ["序号", "项目名称", "责任单位", "本月进展情况"],
        ["1", "文化中心北路", "区城投", "已完工"],
    ]
    result = importing.read(write_csv(tmp_path / "进度表.csv", rows))
    (task,) = result.plan.tasks
    assert task.text == "文化中心北路"
    assert all(p.kind.value != "text_column_doubtful" for p in result.problems)


def test_a_header_noting_a_lead_marked_by_typeface_is_read_by_its_word_and_doubted(tmp_path):
    # trial22/08's form: 责任单位 (加黑为牵头单位): the bold that marks the lead is lost in a
    # CSV copy. The column is a 责任单位 column (no role word in the cell: responsible, as
    # the key rules say), no unit is a lead, and the task is flagged.
    rows = [
        ["序号", "重点任务", "责任单位 (加黑为牵头单位)"],
        ["1", "积极申报省级经济开发区。", "区发展改革局、区工业和信息化局、区投资促进局"],
    ]
    result = importing.read(write_csv(tmp_path / "推进情况.csv", rows))
    (task,) = result.plan.tasks
    assert _roles(task) == {
        "区发展改革局": Role.RESPONSIBLE,
        "区工业和信息化局": Role.RESPONSIBLE,
        "区投资促进局": Role.RESPONSIBLE,
    }
    (problem,) = [p for p in _named(result, task.number) if p.kind.value == "lead_mark_not_carried"]
    assert "加黑为牵头单位" in str(problem)


def test_a_header_naming_two_roles_without_a_typeface_note_keeps_its_lead(tmp_path):
    # 09-yuanlin-chengshi's neighbour form: 责任单位或牵头单位 names the lead; no bracket
    # note, so no typeface doubt.
    rows = [
        ["序号", "重点任务", "责任单位或牵头单位"],
        ["1", "积极申报省级经济开发区。", "区发展改革局"],
    ]
    result = importing.read(write_csv(tmp_path / "分解.csv", rows))
    (task,) = result.plan.tasks
    assert _roles(task) == {"区发展改革局": Role.LEAD}
    assert all(p.kind.value != "lead_mark_not_carried" for p in result.problems)


def test_a_duty_phrase_left_in_a_unit_name_is_doubted():
    # trial22/10's form: 供銷社等按職能分工負責, 按職能分工 a wording of the duty phrase
    # (按职责分工, read: trial4/03, trial4/05 print 按照职责分工负责) the grammar does not
    # read; 負責 is read and the rest, 供銷社等按職能分工, is left as one name. A name
    # holding 分工 is no unit name: the task is flagged.
    text = "1.支持供銷聯盟發展。(廣東省教育廳、民政廳、供銷社等按職能分工負責)\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    doubted = [p for p in _named(result, task.number) if p.kind.value == "doubtful_unit"]
    assert any("分工" in str(p) for p in doubted)


def test_the_duty_phrase_read_leaves_no_doubt():
    # The form read (trial4/03): X、Y等按照职责分工负责 gives X and Y responsible.
    text = "1.支持供销联盟发展。(省教育厅、省民政厅等按照职责分工负责)\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert _roles(task) == {"省教育厅": Role.RESPONSIBLE, "省民政厅": Role.RESPONSIBLE}
    assert not _named(result, task.number)
