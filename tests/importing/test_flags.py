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


_TASKS = "一、扩大有效投资\n1.推进重大项目建设。（责任单位：市发改委）\n"


def _title(head: str) -> tuple[str, list]:
    result = importing.read_text(head + "\n" + _TASKS, name="清单.txt")
    return result.plan.metadata.title, _kinds(result.notes)


def test_the_title_is_never_a_document_number_an_addressee_or_a_sentence():
    head = (
        "某市府办〔2023〕17号\n"
        "各县（市、区）人民政府，市人民政府各部门：\n"
        "经市政府同意，请认真贯彻执行。\n"
    )
    title, kinds = _title(head)
    # No line names the list: the file's name, said in a note.
    assert title == "清单"
    assert FindingKind.NO_TITLE in kinds


def test_a_title_line_ending_in_a_title_word_wins_over_the_notice_above_it():
    head = (
        "某市人民政府办公室关于印发2024年重点工作任务分解方案的通知\n"
        "各县（市、区）人民政府，市人民政府各部门：\n"
        "一、各责任单位要高度重视，切实加强领导。\n"
        "某市人民政府办公室\n"
        "2024年2月1日\n"
        "2024年重点工作\n"
        "任务分解方案\n"
    )
    result = importing.read_text(head + _TASKS)
    # The title printed over two lines, below the notice; the notice's 一、 is no heading.
    assert result.plan.metadata.title == "2024年重点工作任务分解方案"
    assert [s.title for s in result.plan.sections] == ["扩大有效投资"]


def test_a_notice_title_or_the_list_the_notice_names_when_no_title_line():
    assert _title("某市人民政府关于2024年市政府重点工作及责任分解的通知")[0] == (
        "某市人民政府关于2024年市政府重点工作及责任分解的通知"
    )
    title, kinds = _title("某政〔2020〕20号\n现将《政府工作报告》提出的重点工作任务予以分解。")
    assert title == "《政府工作报告》提出的重点工作任务"
    assert FindingKind.TITLE_FROM_NOTICE in kinds
    assert _title("《关于稳定经济增长的实施细则》")[0] == "关于稳定经济增长的实施细则"
