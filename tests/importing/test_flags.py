"""What the importer states or doubts: a document's stated lead rule, the title, doubtful reads."""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind


def _kinds(items):
    return [i.kind for i in items]


def test_a_lead_rule_stated_in_the_notice_makes_each_tasks_first_unit_its_lead():
    # The form of Hangzhou's 2020 notice: the rule stated once, before the list.
    text = (
        "杭州市人民政府关于印发2020年市政府工作报告重点工作责任分解的通知\n"
        "各区、县（市）人民政府，市政府各部门、各直属单位：\n"
        "现将2020年市政府工作报告重点工作责任分解印发给你们，请认真贯彻落实。"
        "列第一位的责任单位为牵头单位。\n"
        "一、稳增长\n"
        "1.全力扩大有效投资。（责任单位：市发改委、市财政局、市建委）\n"
        "2.提振消费。（责任单位：市商务局）\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    # The rule: the first unit listed leads, the others stay responsible.
    assert [u.name for u in first.leads] == ["市发改委"]
    assert [u.name for u in first.units] == ["市发改委", "市财政局", "市建委"]
    assert [u.name for u in second.leads] == ["市商务局"]
    assert _kinds(result.notes).count(FindingKind.STATED_LEAD_RULE) == 1
    changed = [n for n in result.notes if n.kind is FindingKind.LEAD_BY_STATED_RULE]
    assert [(n["number"], n["name"]) for n in changed] == [("1", "市发改委"), ("2", "市商务局")]
    assert all(n.render("zh") != n.message for n in changed)


def test_a_lead_rule_applies_from_where_it_is_stated_and_never_over_a_printed_lead():
    text = (
        "2023年重点工作任务分工方案\n"
        "1.推进老旧小区改造。（责任单位：区住建局、区财政局）\n"
        "排在第一位的为牵头单位。\n"
        "2.完善养老服务体系。（责任单位：区民政局、区卫健局）\n"
        "3.加强食品安全监管。（区市场监管局牵头，区农业农村局配合）\n"
    )
    result = importing.read_text(text)
    one, two, three = result.plan.tasks
    assert one.leads == ()  # printed before the rule is stated
    assert [u.name for u in two.leads] == ["区民政局"]
    assert [u.name for u in three.leads] == ["区市场监管局"]
    assert [u.name for u in three.support] == ["区农业农村局"]
    # The statement is a note of the document, not the text of task 1.
    assert one.text == "推进老旧小区改造。"


def test_a_lead_rule_stated_above_a_tables_header(tmp_path):
    from helpers.workbooks import write_csv  # noqa: PLC0415 - the tests' own helper

    rows = [
        ["2024年重点工作清单"],
        ["注：排在首位的为牵头单位"],
        ["序号", "重点工作", "责任单位"],
        ["1", "建设数字政府", "县数据局、县财政局"],
    ]
    result = importing.read(write_csv(tmp_path / "l.csv", rows))
    (task,) = result.plan.tasks
    assert [u.name for u in task.leads] == ["县数据局"]
    assert result.plan.metadata.title == "2024年重点工作清单"
    assert FindingKind.TEXT_ABOVE_HEADER not in _kinds(result.problems)
