"""The forms trial19 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial19, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from dg_plan.importing import FindingKind
from dg_plan.importing.doubts import label_in_text, without_glosses
from helpers.corpus import printed_names as _names
from helpers.corpus import printed_roles as _roles


def test_items_run_on_in_one_line_each_closed_by_a_bracket_before_its_full_stop():
    # trial19/02's form: a notice and its items run on in one line, a space before each
    # item (as trial10/05 prints items followed by their unit labels), each item closed
    # by a bracket of unit names alone printed before its full stop. The file used to be
    # refused: no line was numbered as a task or ended in an attribution.
    text = (
        "关于分解落实《政府工作报告》的通知\n"
        "各县人民政府: 现将目标分解给你们,请认真抓好落实。 一、主要工作目标 "
        "1、地区生产总值增长11%(市发改委,各县市区政府,荆州开发区)。 "
        "2、财政一般预算收入增长13%(市财政局、市国税局,各县市区政府)。\n"
    )
    first, second = importing.read_text(text).plan.tasks
    # The bracket leaves the text; the full stop printed after it stays.
    assert first.text == "地区生产总值增长11%。"
    assert second.text == "财政一般预算收入增长13%。"
    assert _names(first) == ["市发改委", "各县市区政府", "荆州开发区"]
    assert _names(second) == ["市财政局", "市国税局", "各县市区政府"]
    # No role word and no label: every name is responsible.
    assert set(_roles(first).values()) == {Role.RESPONSIBLE}


def test_a_bracket_before_the_full_stop_that_names_no_unit_stays_in_the_text():
    # A bracket of other words before a full stop (占地面积约2.4万平方米, trial5/02's
    # form) is no attribution: the item's text keeps it, its units are its label's.
    text = "1.改建站前广场(占地面积约2.4万平方米)。\n牵头单位:市住建局\n"
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "改建站前广场(占地面积约2.4万平方米)。"
    assert _names(task) == ["市住建局"]


def test_a_duty_list_line_numbered_as_an_item_gives_its_unit():
    # trial19/08's form: 14.市卫生局:负责…, a duty list (the unnumbered form, 区委宣传部:
    # 制订…, is trial5/06-haidian-jinfang's) whose lines are numbered. Each item's unit is
    # the name before the colon, its text the duty after it; the role words inside the
    # duty (配合有关部门) name other actors, no attribution. A name may print a bracket.
    text = (
        "14.市卫生局:负责医院周边环境秩序综合整治的协调工作。\n"
        "16.市社会办:指导各区县社会办配合有关部门做好社区环境整治工作。\n"
        "23.各区县政府(地区管委会):落实属地责任,开展环境秩序综合整治。\n"
    )
    first, second, third = importing.read_text(text).plan.tasks
    assert first.text == "负责医院周边环境秩序综合整治的协调工作。"
    assert _names(first) == ["市卫生局"]
    assert _names(second) == ["市社会办"]
    assert second.text.startswith("指导各区县社会办配合有关部门")
    assert _names(third) == ["各区县政府(地区管委会)"]
    assert third.text == "落实属地责任,开展环境秩序综合整治。"
    assert {r for t in (first, second, third) for r in _roles(t).values()} == {Role.RESPONSIBLE}


def test_a_numbered_heading_with_a_colon_is_no_duty_line():
    # The words before the colon must read as a unit's name: 主要目标: is a heading's
    # words, not a unit, and the item is read as before (a task naming no unit).
    result = importing.read_text("1.主要目标:地区生产总值增长6%。\n")
    (task,) = result.plan.tasks
    assert not [u for u in task.units if u.name == "主要目标"]


def test_the_host_office_label_reads_as_the_lead_and_is_doubted():
    # trial19/07's form: 主办单位:X after the target on its own line, the label form of
    # the clause X主办 (trial2/11-heilongjiang-zfgzbg2013). The host office leads, as 主办
    # reads, and the task is doubted as the clause is (is it the responsible unit?). The
    # label used to stay in the text (a label_in_text problem). The list's prefix is
    # restored onto 统计局 (市发展和改革委员会 is prefixed).
    text = (
        "一、目标分解\n"
        "1.地区生产总值增长13.5%。主办单位:市发展和改革委员会、统计局。\n"
        "2.财政收入增长8%。\n"
        "主办单位:市财政局\n"
        "协办单位:市税务局\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert first.text == "地区生产总值增长13.5%。"
    assert _roles(first) == {"市发展和改革委员会": Role.LEAD, "市统计局": Role.LEAD}
    assert _roles(second) == {"市财政局": Role.LEAD, "市税务局": Role.SUPPORT}
    doubted = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_ROLE_WORD]
    assert sorted(p.task for p in doubted) == [1, 2]


def test_unnumbered_targets_over_their_own_labelled_lines_are_tasks():
    # trial19/06's form (a news item quoting a 十大实事 table): lead paragraphs, then
    # unnumbered targets, each over its labelled lines (主管领导 / 责任单位 / 主要责任人 /
    # 进度安排). The file used to be refused: each 责任单位 line "before any task".
    text = (
        "昨日,市政府公布了十大实事的任务分解表。\n"
        "市区新增中小学学位2.36万个。\n"
        "主管领导:刘东\n"
        "责任单位:市教育局\n"
        "进度安排:12月底前全部落实。\n"
        "新建幼儿园84所。\n"
        "主管领导:刘东\n"
        "责任单位:市教育局\n"
        "进度安排:12月底前全部开工。\n"
    )
    result = importing.read_text(text)
    tasks = result.plan.tasks
    assert [_names(t) for t in tasks] == [["市教育局"], ["市教育局"]]
    assert tasks[0].text.startswith("市区新增中小学学位2.36万个。")
    assert tasks[1].text.startswith("新建幼儿园84所。")
    # 主管领导, a people label the reader does not know, joined into the text: flagged.
    joined = [p for p in result.problems if p.kind is FindingKind.LABEL_IN_TEXT]
    assert sorted(p.task for p in joined) == [1, 2]


def test_one_sentence_over_a_stray_label_before_any_task_is_no_task():
    # A preamble's sentence over one label before any task (制定本方案。 / 牵头单位:…)
    # is not taken for a task: the form needs a list of two or more.
    text = (
        "为落实有关部署,制定本方案。\n牵头单位:省大数据局\n"
        "一、健全机制\n1.完善制度。(省财政厅负责)\n"
    )
    result = importing.read_text(text)
    assert [t.text for t in result.plan.tasks] == ["完善制度。"]
    assert [p for p in result.problems if p.kind is FindingKind.LABELLED_LINE_BEFORE_TASK]


def test_a_glossed_label_joined_into_a_task_s_text_is_seen():
    # A copy that glosses its characters (trial19/06: 主管領(lǐng)導:劉東) hides the label from
    # the label_in_text check; read without its glosses, the label is seen.
    assert without_glosses("主管領(lǐng)導:劉東") == "主管領導:劉東"
    assert label_in_text("學位2.36萬(wàn)個。主管領(lǐng)導:劉東") == "主管領導"
    # A bracket of Latin words that is no gloss stays (ID (personal) is no pinyin gloss).
    assert without_glosses("居民身份证(ID)") == "居民身份证(ID)"
