"""The forms trial9 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial9, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from dg_plan.importing import FindingKind


def _roles(task):
    return {
        Role.LEAD: [u.name for u in task.leads],
        Role.RESPONSIBLE: [u.name for u in task.responsible],
        Role.SUPPORT: [u.name for u in task.support],
    }


def test_a_standing_note_after_its_own_sentence_in_the_attribution():
    # trial9/09 prints (X牵头,Y等参与,Z负责落实。以下均需Z落实,不再列出), and trial9/08
    # (以下各项工作均需Z落实,不再列出。) likewise: the sentence after the 。 is a
    # standing note (不再列出), no unit; Z answers for every later task, named once here.
    text = (
        "1.严格环境准入。(市生态环境局牵头,市发改委等参与,县(市、区)政府负责落实。"
        "以下均需县(市、区)政府落实,不再列出)\n"
        "2.严控产能。(市经信局牵头,市应急管理局等参与)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.task(1), result.plan.task(2)
    assert _roles(first) == {
        Role.LEAD: ["市生态环境局"],
        Role.RESPONSIBLE: ["县（市、区）政府"],
        Role.SUPPORT: ["市发改委"],
    }
    assert _roles(second) == {
        Role.LEAD: ["市经信局"],
        Role.RESPONSIBLE: ["县（市、区）政府"],
        Role.SUPPORT: ["市应急管理局"],
    }
    assert not result.problems
    assert [f.kind for f in result.notes if f.kind is FindingKind.STANDING_NOTE]


def test_a_part_heading_closing_in_its_overall_lead_and_a_full_stop_before_the_rule():
    # trial9/10 prints 一、加快调整能源结构(省发改委总牵头) over its items: a part heading
    # naming the part's overall lead (总牵头, a lead word), no task. The item closes in
    # (X、Y(Y's second name)。列第一位者为牵头部门,下同): the names before the 。 are
    # the units, the sentence after it the stated rule (the first named leads).
    text = (
        "一、加快调整能源结构(省发改委总牵头)\n"
        "(一)制订实施全省煤炭消费总量控制方案。\n"
        "1.制订煤炭消费总量中长期控制目标。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)\n"
        "2.推进天然气利用。(省发改委、省建设厅)\n"
    )
    result = importing.read_text(text)
    assert [t.number for t in result.plan.tasks] == [1, 2]
    first, second = result.plan.task(1), result.plan.task(2)
    assert first.text == "制订煤炭消费总量中长期控制目标。"
    assert _roles(first) == {
        Role.LEAD: ["省经信委"],
        Role.RESPONSIBLE: ["省发改委（省能源局）"],
        Role.SUPPORT: [],
    }
    assert _roles(second) == {
        Role.LEAD: ["省发改委"],
        Role.RESPONSIBLE: ["省建设厅"],
        Role.SUPPORT: [],
    }
    assert not result.problems


def test_zong_qiantou_is_a_lead_word():
    # 总牵头 (the overall lead), as trial9/10's heading prints it, in a task's own bracket:
    # the unit leads, 总 is no part of its name.
    task = importing.read_text("1.做事。(省发改委总牵头,省财政厅配合)\n").plan.task(1)
    assert _roles(task) == {
        Role.LEAD: ["省发改委"],
        Role.RESPONSIBLE: [],
        Role.SUPPORT: ["省财政厅"],
    }


def test_traditional_department_names_take_the_elided_prefix():
    # trial9/07 prints (省發改委、鐵路辦、…負責) and (省發改委、交通運輸廳、…負責): 辦 and 廳
    # are 办 and 厅, bare department names of a list that begins with 省: 省 restored,
    # noted, with no doubt. So is a bare 審計廳 (审计厅).
    text = "1.做事。(省發改委、鐵路辦、交通運輸廳、審計廳負責)\n"
    result = importing.read_text(text)
    task = result.plan.task(1)
    assert [u.name for u in task.responsible] == [
        "省發改委",
        "省鐵路辦",
        "省交通運輸廳",
        "省審計廳",
    ]
    assert not result.problems
    restored = [f for f in result.notes if f.kind is FindingKind.PREFIX_RESTORED]
    assert restored


def test_a_railway_bureau_takes_no_prefix():
    # trial9/07: 哈爾濱鐵路局 after 省發改委 is a bureau of the national railway, named
    # by its own place: no 省 (as 海关 and 调查队 take none).
    for text in ("1.做事。(省發改委、哈爾濱鐵路局負責)\n", "1.做事。(省发改委、郑州铁路局负责)\n"):
        result = importing.read_text(text)
        assert [u.name for u in result.plan.task(1).responsible][1] in {
            "哈爾濱鐵路局",
            "郑州铁路局",
        }
        assert not result.problems


def test_a_collective_opened_by_xiangguan_holds_its_level_words():
    # trial9/07 prints 相關市、縣政府 (相关市、县政府): the ones concerned, of two levels, one
    # collective, as 各县、市、区政府 is.
    for text, name in (
        ("1.做事。(省發改委、相關市、縣政府負責)\n", "相關市、縣政府"),
        ("1.做事。(省发改委、有关市、县政府负责)\n", "有关市、县政府"),
    ):
        task = importing.read_text(text).plan.task(1)
        assert [u.name for u in task.responsible] == [
            "省發改委" if "發" in text else "省发改委",
            name,
        ]


def test_a_level_word_printed_once_before_a_shared_suffix_is_shared():
    # trial9/07 prints 哈爾濱、黑河、綏芬河市政府: three cities' 市政府, the level word 市
    # printed once with the suffix; each restored name noted, none doubted.
    result = importing.read_text("1.做事。(哈爾濱、黑河、綏芬河市政府負責)\n")
    names = [u.name for u in result.plan.task(1).responsible]
    assert names == ["哈爾濱市政府", "黑河市政府", "綏芬河市政府"]
    assert not result.problems


def test_a_bare_market_regulator_takes_the_prefix_shi():
    # trial9/08 prints (市生态环境局、市场监管局牵头,…): 市场监管局 is the bare department
    # (its 市 is 市场's), the list's 市 elided: 市市场监管局. A name printed whole,
    # 市市场监管局 (trial9/09), is kept as printed.
    task = importing.read_text("1.做事。(市生态环境局、市场监管局牵头)\n").plan.task(1)
    assert [u.name for u in task.leads] == ["市生态环境局", "市市场监管局"]
    task = importing.read_text("1.做事。(市经信局牵头,市市场监管局等参与)\n").plan.task(1)
    assert [u.name for u in task.support] == ["市市场监管局"]


def test_the_issuer_s_line_opens_a_title_the_notice_quotes_whole():
    # trial7/08, 09 and 10 (三 杨浦区 lists) print their title over two lines under the
    # notice: 上海市杨浦区人民政府 / 2021年第三季度工作要点, the notice quoting
    # 《上海市杨浦区人民政府2021年第三季度工作要点》: the issuer's line is the title's first.
    text = (
        "关于印发区政府2021年第三季度工作要点的通知\n"
        "《上海市杨浦区人民政府2021年第三季度工作要点》已经区政府常务会议审议通过,现印发给你们。\n"
        "上海市杨浦区人民政府办公室\n"
        "2021年8月6日\n"
        "上海市杨浦区人民政府\n"
        "2021年第三季度工作要点\n"
        "1.做事。(区发改委负责)\n"
    )
    assert importing.read_text(text).plan.metadata.title == (
        "上海市杨浦区人民政府2021年第三季度工作要点"
    )
    # Not quoted by the notice: the issuer's line is a signature above a title of its own.
    text = "上海市杨浦区人民政府\n2021年第三季度工作要点\n1.做事。(区发改委负责)\n"
    assert importing.read_text(text).plan.metadata.title == "2021年第三季度工作要点"


def test_an_attribution_inside_the_text_is_quoted_with_the_measure_after_it():
    # trial9/03 prints 甲。(X负责)乙。(Y牵头)丙。(Z负责) in one paragraph run into its
    # preamble: a paragraph not split as it is read (no number, as here, or a heading run
    # into it) is one task doubted for each inner attribution, and the problem quotes the
    # measure after it, where a second task may begin. (A numbered item of such measures,
    # trial9/08's 1.甲。〔X牵头,…〕乙。(Y牵头,…), is split: test_trial12_forms.)
    text = "一、总则\n建设平台。〔市甲局牵头〕完善制度。(市乙局牵头)\n"
    result = importing.read_text(text)
    [problem] = [p for p in result.problems if p.kind is FindingKind.ATTRIBUTION_IN_TEXT]
    assert problem.task == 1
    assert "完善制度。" in problem.text
    assert problem["attribution"] == "市甲局牵头"
