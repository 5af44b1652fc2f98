"""What the importer states or doubts: a document's stated lead rule, the title, doubtful reads."""

from __future__ import annotations

import pytest

from dg_plan import PlanImportError, importing
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


def _problems(text):
    result = importing.read_text(text, name="t.txt")
    return result, {(p.kind, p.task) for p in result.problems}


def test_a_unit_that_reads_like_task_text_is_a_problem_naming_its_task():
    long_name = "某市人民政府关于进一步加快推进数字经济高质量发展领导小组办公室综合协调组"
    text = (
        "1.建设城市大脑。（市数据局、推进数据共享工作牵头）\n"
        f"2.建设政务云。（责任单位：{long_name}）\n"
        "3.建设城市大脑二期。（市住房和城乡建设局牵头）\n"
    )
    result, _ = _problems(text)
    doubts = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]
    # 推进 followed by more text, in a name that ends as no organisation's does;
    # a name longer than 30 characters; 建设 inside 住房和城乡建设局 is no doubt.
    assert [(p.task, p["name"]) for p in doubts] == [(1, "推进数据共享工作"), (2, long_name)]
    assert (
        # Chinese quotes the name in “ ” (issue 23), not in ASCII quotes.
        doubts[0].render("zh")
        == "第1项任务：“推进数据共享工作”可能不是单位名称：含有任务内容中的动词"
    )


def test_a_heading_or_a_line_holding_an_attribution_that_became_no_task_is_a_problem():
    text = (
        "某区2024年重点工作任务清单\n"
        "市发改委牵头，各部门配合。\n"  # preamble: an attribution, no task
        "一、扩大有效投资。全年完成投资100亿元\n"  # a heading holding a full stop
        "（一）加快项目建设，由市发改委牵头，市财政局配合\n"  # a heading holding 牵头
        "1.完善养老服务体系，区民政局负责。\n"  # a task with no unit, 负责 in its text
    )
    result, problems = _problems(text)
    by_kind = {p.kind: p for p in result.problems}
    assert by_kind[FindingKind.ATTRIBUTION_NOT_READ].where.line == 2
    assert by_kind[FindingKind.ATTRIBUTION_NOT_READ]["form"] == "牵头"
    headings = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_HEADING]
    assert [(p.where.line, p.get("form")) for p in headings] == [(3, None), (4, "牵头")]
    # One problem per cause: the task's missing units, naming the role word its text holds.
    assert (FindingKind.ROLE_WORD_IN_TEXT, 1) not in problems
    (no_unit,) = [p for p in result.problems if p.kind is FindingKind.NO_UNIT]
    assert no_unit["form"] == "负责"


def test_a_task_naming_no_unit_with_a_role_word_in_its_text_is_one_problem():
    # Issue 23 (the seventh reader): two problems about the same missing units were one.
    text = (
        "一、重点任务\n"
        "1.推进高频事项“一网通办”。（省行政审批政务信息管理局牵头；2025年12月底前）\n"
        "2.完善数据共享机制。省发展改革委、省财政厅负责，2024年6月底前完成。\n"
    )
    result, _ = _problems(text)
    about_2 = [p for p in result.problems if p.task == 2]
    # One problem about the units; the date its text prints, not read as its deadline,
    # is another (deadline_in_text: it asks for a check, the tenth reader).
    assert sorted(p.kind.value for p in about_2) == ["deadline_in_text", "no_unit"]
    about_2 = [p for p in about_2 if p.kind is FindingKind.NO_UNIT]
    assert about_2[0].render("zh") == (
        "第2项任务未列出责任单位，但内容中含有“负责”，可能有未读出的责任单位"
    )


def test_a_date_in_the_text_of_a_task_without_deadline_is_named_not_denied():
    # Issue 23 (#20 too): the text prints 2024年底前; the note does not say it prints none.
    text = (
        "一、重点任务\n"
        "1.推进高频事项“一网通办”，2024年底前实现全覆盖。（省行政审批政务信息管理局牵头）\n"
        "2.完善数据共享机制。（省发展改革委负责；2025年12月底前）\n"
        "3.加强安全保障。（省委网信办牵头）\n"
    )
    result = importing.read_text(text, name="t.txt")
    said = {n["number"]: n.render("zh") for n in result.notes if n.kind is FindingKind.NO_DEADLINE}
    assert set(said) == {"3"}
    assert "清单未注明完成时限" in said["3"]
    # Task 1's asks the reader to check: a problem (the tenth reader, #23), not a note.
    (doubt,) = (p for p in result.problems if p.kind is FindingKind.DEADLINE_IN_TEXT)
    assert doubt.task == 1
    assert doubt.render("zh") == "第1项任务：未能识别完成时限（任务内容中有“2024年底前”），请核对"
    # What is read as the deadline is unchanged: none.
    assert str(result.plan.task(1).deadline) == str(result.plan.task(3).deadline)


def test_no_task_found_lists_the_lines_that_could_have_been_tasks():
    text = "（1）加强食品安全监管（市场监管局负责）\n一、总体要求\n市发改委牵头，各部门配合。\n"
    with pytest.raises(PlanImportError) as raised:
        importing.read_text(text, name="t.txt")
    (no_task,) = [p for p in raised.value.problems if p.kind is FindingKind.NO_TASK]
    assert no_task.message == (
        "no task found; lines that could have been tasks: "
        "line 1: numbered in a form not read as a task, "
        "line 2: read as a heading: no attribution after it, "
        "line 3: holds role words but has no task number (1.)"
        # Line 2 was read as a heading whose title runs on into line 3's role words:
        # the decision that reads it as a task, and the workbook that lists the lines.
        ". A decision reads a line as a task, with its units: `line = 2`, "
        '`responsible = ["…"]`, `reason = "…"` (--decisions FILE); --review FILE '
        "writes these lines to a workbook"
    )
    assert no_task.render("zh") == (
        "未找到任务；可能是任务的行：第1行：编号形式不作为任务读取、"
        "第2行：读作标题：其后没有责任单位、第3行：含有分工用语，但没有任务序号（如1.）"
        "。可用审核意见文件（--decisions）把一行读作任务：写明行号（如第2行）、该任务的单位和理由"
        "；--review 可将这些行写入审核工作簿"
    )


def test_no_task_found_without_candidates_says_why_each_first_line_is_none():
    # A table flattened one cell a line, its header cells first: no line is numbered or
    # attributed. (A label/value table so flattened, each label above its value, is read
    # as task cards: tests/importing/test_list_forms.py.)
    text = "具体任务\n责任单位\n完成时限\n建设数据平台。\n县大数据局、县财政局\n12月底前\n"
    with pytest.raises(PlanImportError) as raised:
        importing.read_text(text, name="t.txt")
    (no_task,) = [p for p in raised.value.problems if p.kind is FindingKind.NO_TASK]
    said = no_task.message
    assert said.startswith("no task found: no line is numbered as a task (1.)")
    assert "line 1 (具体任务): a column header alone" in said
    assert "line 4 (建设数据平台。): no task number (1.) and no attribution" in said
    assert "line 5 (县大数据局、县财政局): no task number" in said
    assert "line 6" not in said  # the first five lines
    assert ".csv, .xlsx; --column ROLE=HEADER" in said
    zh = no_task.render("zh")
    assert zh.startswith("未找到任务：没有一行带任务序号")
    assert "第1行“具体任务”：仅为表头" in zh


def test_no_task_found_in_a_blank_file_or_a_table_without_rows_says_why(tmp_path):
    with pytest.raises(PlanImportError, match="no task found: the file holds no text"):
        importing.read_text("\n \n", name="t.txt")
    path = tmp_path / "t.csv"
    path.write_text("序号,工作任务,责任单位\n,,\n", encoding="utf-8")
    with pytest.raises(PlanImportError, match="no row below the header row holds a task"):
        importing.read(path)


# -- nothing silently wrong: the corpus's forms, on text written for the test ----------


def test_sub_items_under_one_attribution_are_one_task_and_a_problem_says_so():
    # Sub-items (1)-(3) under one attribution printed on the item's line (not after the
    # last sub-item, the form 04-yuncheng-yingji prints and the grammar reads): one
    # task, doubted.
    text = (
        "某市应急体系建设责任分解\n"
        "一、预案\n"
        "1.完善应急预案体系(责任单位:市应急局、各县(市、区)人民政府)\n"
        "(1)加强应急预案管理。\n"
        "(2)推进应急预案精编化。\n"
        "(3)加强应急预案演练。\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert "(2)推进应急预案精编化。" in task.text
    [problem] = [p for p in result.problems if p.kind is FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION]
    assert problem.task == 1
    assert problem["count"] == "3"
    assert "(3)加强应急预案演练。" in problem.text
    assert problem.render("zh") != str(problem)


def test_sub_items_each_with_its_own_attribution_raise_no_such_problem():
    text = (
        "某市工作方案\n"
        "1.完善应急预案体系\n"
        "(1)加强应急预案管理。(市应急局负责)\n"
        "(2)推进应急预案精编化。(市司法局负责)\n"
    )
    result = importing.read_text(text)
    assert len(result.plan.tasks) == 2
    assert FindingKind.SUB_ITEMS_SHARE_ATTRIBUTION not in _kinds(result.problems)


def test_a_line_of_unit_names_alone_under_a_tasks_text_is_read_and_doubted():
    # The form of 31-hangzhou-shejiang: a table flattened to one line per cell, its
    # unit cell printed as a line under the task's text, above a labelled line. Since
    # trial16 (flattened tables printing names under a row's text) the names are the
    # task's units, read by the cell's grammar and doubted, no longer left in its text.
    text = (
        "某市重点工作责任分解\n"
        "1.深入实施消费新政,提升传统消费。\n"
        "市商务局、市发改委\n"
        "省牵头单位:省商务厅\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    [problem] = [p for p in result.problems if p.kind is FindingKind.NAMES_UNDER_TEXT]
    assert (problem.task, problem.where.line) == (1, 3)
    assert problem["names"] == "市商务局、市发改委"
    assert task.text == "深入实施消费新政,提升传统消费。"
    assert [u.name for u in task.leads] == ["省商务厅"]
    assert [u.name for u in task.responsible] == ["市商务局", "市发改委"]


def test_a_line_of_task_text_raises_no_units_in_text_problem():
    text = "某市工作方案\n1.推进数字政府建设,\n建设全市统一的政务云平台。\n牵头单位:市大数据局\n"
    result = importing.read_text(text)
    assert FindingKind.UNITS_IN_TEXT not in _kinds(result.problems)


def test_a_space_printed_inside_a_line_is_kept_line_joins_are_closed_up():
    text = (
        "某市工作方案\n"
        "1.加快特色小镇建设。力争5年内有 家特色小镇获省级认定，\n"
        "集聚创新资源。(市发改委牵头)\n"
    )
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "加快特色小镇建设。力争5年内有 家特色小镇获省级认定，集聚创新资源。"


@pytest.mark.parametrize(
    ("notice", "title"),
    [
        (
            "泰州关于印发聚焦企业关切进一步优化营商环境行动方案的通知",
            "聚焦企业关切进一步优化营商环境行动方案",
        ),
        ("某市人民政府关于印发《2024年重点工作责任分解》的通知", "2024年重点工作责任分解"),
    ],
)
def test_a_notice_issuing_the_list_gives_the_lists_title(notice, title):
    text = f"{notice}\n各区人民政府:\n一、审批\n1.削减审批事项。(市审批局负责)\n"
    result = importing.read_text(text)
    assert result.plan.metadata.title == title
    assert FindingKind.TITLE_FROM_NOTICE in _kinds(result.notes)


def test_a_notice_naming_no_list_stays_the_title():
    text = (
        "某市人民政府关于2021年重点工作及责任分解的通知\n一、审批\n1.削减审批事项。(市审批局负责)\n"
    )
    assert (
        importing.read_text(text).plan.metadata.title
        == "某市人民政府关于2021年重点工作及责任分解的通知"
    )


def test_a_title_beginning_with_a_conjunction_is_a_problem_of_the_file():
    # Its first half is not found (a date line above it), as in 31-hangzhou-shejiang.
    text = (
        "2021年3月1日\n和市政府工作报告重点工作责任分解\n一、审批\n1.削减审批事项。(市审批局负责)\n"
    )
    result = importing.read_text(text)
    [problem] = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    assert problem.task is None
    assert problem["word"] == "和"
    with pytest.raises(PlanImportError):
        importing.read_text(text, strict=True)
    decided = importing.read_text(
        text,
        decisions={"decision": [{"title": "某市重点工作", "reason": "the page's title"}]},
        strict=True,
    )
    assert decided.plan.metadata.title == "某市重点工作"


def test_a_title_over_two_lines_its_second_beginning_with_a_conjunction_is_joined():
    text = (
        "某市重点工作涉杭任务\n"
        "和市政府工作报告重点工作责任分解\n"
        "一、审批\n"
        "1.削减审批事项。(市审批局负责)\n"
    )
    result = importing.read_text(text)
    assert result.plan.metadata.title == "某市重点工作涉杭任务和市政府工作报告重点工作责任分解"
    assert FindingKind.DOUBTFUL_TITLE not in _kinds(result.problems)


def test_a_place_beginning_with_he_is_no_conjunction():
    text = "和平区2024年工作要点\n一、审批\n1.削减审批事项。(区审批局负责)\n"
    result = importing.read_text(text)
    assert result.plan.metadata.title == "和平区2024年工作要点"
    assert FindingKind.DOUBTFUL_TITLE not in _kinds(result.problems)


def test_a_line_wholly_in_brackets_is_no_title():
    # The 公文's note (此件公开发布) under the signature (trial/01-qinxian-zfgzbg,
    # trial/04-qingdao-xinjiu): with no title line, the first line after it that could be
    # a title is taken, never the note.
    text = (
        "某县人民政府办公室\n"
        "2025年5月18日\n"
        "(此件公开发布)\n"
        "某县2025年重点工作\n"
        "1.建设产业园。(县发改局牵头)\n"
    )
    assert importing.read_text(text).plan.metadata.title == "某县2025年重点工作"
