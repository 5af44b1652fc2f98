"""The forms trial20 showed (issue 20), each read by its general form or flagged.

Expected values are read off the printed lines (tests/importing/corpus/trial20, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from dg_plan.importing import FindingKind
from helpers.corpus import printed_names as _names
from helpers.corpus import printed_roles as _roles


def _printed_deadline(task):
    # The deadline as printed: the note's form where the importer read it as a date.
    for note in task.provenance.notes:
        if note.kind.value in {"deadline_read_as", "deadline_unreadable"}:
            return str(dict(note.values)["printed"])
    return str(task.deadline)


def _named(result, number):
    return [p for p in result.problems if p.task == number]


def test_labels_on_one_line_separated_by_semicolons_are_each_read():
    # trial20/08's form: after each item one line of three labels, 责任领导 (people),
    # 责任单位 and 配合单位, separated by ';' and closed by a full stop, as a bracket
    # separates its labels (11-huangshi-zhongdian) and a line separates them by spaces.
    text = (
        "一、突出工业转型升级\n"
        "1.推进总部中心和会展中心建设。\n"
        "责任领导:按《市委工作要点》分工(蒋永根、俞福才);责任单位:总部办、科技局;配合单位:经贸局、东城街道。\n"
        "2.加大招商引资力度。\n"
        "责任领导:吴晓平;责任单位:外贸局、发改局;配合单位:相关镇街区,有关部门。\n"
    )
    first, second = importing.read_text(text).plan.tasks
    assert first.text == "推进总部中心和会展中心建设。"
    assert _roles(first) == {
        "总部办": Role.RESPONSIBLE,
        "科技局": Role.RESPONSIBLE,
        "经贸局": Role.SUPPORT,
        "东城街道": Role.SUPPORT,
    }
    assert _roles(second) == {
        "外贸局": Role.RESPONSIBLE,
        "发改局": Role.RESPONSIBLE,
        "相关镇街区": Role.SUPPORT,
        "有关部门": Role.SUPPORT,
    }


def test_a_dateline_in_day_month_year_form_is_no_item():
    # trial20/01's form: a news item's dateline (13.03.2015  07:51) above the list. A
    # number followed by a digit (13.03) is a date or a decimal, no item number.
    text = (
        "陕西《政府工作报告》部门分工确定\n\n"
        "13.03.2015  07:51\n\n"
        "记者昨日获悉,省政府就落实《政府工作报告》中的重点工作提出分工意见。\n\n"
        "1、进一步落实产销衔接政策。(省发改委、省工业和信息化厅等负责)\n\n"
        "2、继续实施“十百千万”工程。(省农业厅牵头)\n"
    )
    first, second = importing.read_text(text).plan.tasks
    assert first.text == "进一步落实产销衔接政策。"
    assert _roles(first) == {"省发改委": Role.RESPONSIBLE, "省工业和信息化厅": Role.RESPONSIBLE}
    assert second.text == "继续实施“十百千万”工程。"
    assert _roles(second) == {"省农业厅": Role.LEAD}


def test_a_list_ending_naming_a_level_s_offices_ends_the_named_ones():
    # trial20/02's form: X、Y等相关区直部门, then more names. 等相关区直部门 ends the list
    # of named offices as 等相关部门 (trial2/01-xuhui-shiyiwu) and 等有关部门
    # (43-jinxiang-xiangcun) do: it is dropped, the names after it are read.
    text = "1.深化信息公开。\n责任单位:区数据资源局、区发改委等相关区直部门、各镇(办)、经开区\n"
    (task,) = importing.read_text(text).plan.tasks
    assert _names(task) == ["区数据资源局", "区发改委", "各镇(办)", "经开区"]


def test_a_completion_time_after_the_units_in_the_bracket_is_the_deadline():
    # trial20/03's form: (国务院各部门分别负责,年内持续推进), the time the work is due
    # printed after a comma as 持续推进 is in a deadline column (trial20/02,
    # trial/11-chizhou-zhengwugongkai): the deadline, not a unit.
    text = "1.全面建成小康社会。(国务院各部门分别负责,年内持续推进)\n"
    (task,) = importing.read_text(text).plan.tasks
    assert _names(task) == ["国务院各部门"]
    assert _printed_deadline(task) == "年内持续推进"


def test_a_committee_printed_once_after_zones_is_each_zone_s():
    # trial20/05's form (and trial20/09's notice): 金华开发区、金义都市新区、金华山旅游经济区
    # 管委会, zones joined by 、 before the last zone's 管委会: three committees, as
    # 郑州、洛阳海关 are two 海关. A zone is no place with a level word: 金华开发区 does not
    # give its 区 to the next name (it was read 金华开发区新区).
    text = (
        "1.加快信息网络建设。\n牵头单位:市经信委\n"
        "配合单位:华数公司,金华开发区、金义都市新区、金华山旅游经济区管委会,各县(市、区)政府\n"
    )
    (task,) = importing.read_text(text).plan.tasks
    assert _names(task) == [
        "市经信委",
        "华数公司",
        "金华开发区管委会",
        "金义都市新区管委会",
        "金华山旅游经济区管委会",
        "各县(市、区)政府",
    ]


def test_a_unit_label_s_list_wrapped_onto_the_next_line_goes_on():
    # trial20/04's form: a PDF copy wraps 协办单位's list inside a name (园区党工 / 委、
    # 各街道党工委). The next line, names alone, continues the label; it used to be joined
    # into the task's text, the name cut at the break.
    text = (
        "1.完善街道党工委领导体制机制,优\n化决策程序。\n牵头单位:区委组织部\n"
        "协办单位:区委编办、区民政局(区委社会工委)、园区党工\n委、各街道党工委\n"
    )
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "完善街道党工委领导体制机制,优化决策程序。"
    assert _roles(task)["区委组织部"] is Role.LEAD
    assert "各街道党工委" in _roles(task)
    assert not any("党工" in n and not n.endswith("党工委") for n in _names(task))


_NOTICE_RULE = "除特别注明的外,各县(市、区)政府和金华开发区、金义都市新区管委会都是配合单位"
_NOTICE_LIST = (
    f"各牵头单位要充分发挥指导协调作用。{_NOTICE_RULE}。\n\n附件1\n\n"
    "2018年政府工作报告重点工作责任分解\n\n"
    "1.全面完成预期目标。\n\n牵头单位:市发改委\n\n配合单位:市农办\n\n"
    "2.推进数字化转型。\n\n牵头单位:市大数据局\n"
)


def test_a_notice_naming_support_units_for_every_task_is_a_standing_note():
    # trial20/09's form: the covering notice says 除特别注明的外,X和Y都是配合单位: the
    # units it names support every task, as a standing note's do (03-sichuan-liutong).
    first, second = importing.read_text(_NOTICE_LIST).plan.tasks
    want = {"各县(市、区)政府", "金华开发区管委会", "金义都市新区管委会"}
    assert {n for n, r in _roles(first).items() if r is Role.SUPPORT} == {"市农办", *want}
    assert {n for n, r in _roles(second).items() if r is Role.SUPPORT} == want


def test_a_notice_s_rule_is_doubted_on_every_task_it_gives_units():
    # Only trial20/09 prints the form (issue 20 asks two documents for a plain read):
    # each task the rule adds units to has a problem naming it and quoting the sentence
    # (as printed, its white space removed), settled by a decision on its support units.
    result = importing.read_text(_NOTICE_LIST)
    doubts = [p for p in result.problems if p.kind is FindingKind.SUPPORT_FROM_NOTICE]
    assert [p.task for p in doubts] == [1, 2]
    assert all(dict(p.values)["sentence"] == _NOTICE_RULE for p in doubts)
    assert all(f"task {p.task}:" in str(p) and _NOTICE_RULE in str(p) for p in doubts)
    assert {p.where.line for p in doubts} == {1}  # the notice's line
    # Undone on task 1 (its support units are the ones it prints), confirmed on task 2.
    decided = {
        "decision": [
            {"task": 1, "support": ["市农办"], "reason": "the rule is not for task 1"},
            {"task": 2, "support": ["各县(市、区)政府"], "reason": "checked: only the counties"},
        ]
    }
    result = importing.read_text(_NOTICE_LIST, decisions=decided)
    assert not [p for p in result.open_problems if p.kind is FindingKind.SUPPORT_FROM_NOTICE]
    first, second = result.plan.tasks
    assert {n for n, r in _roles(first).items() if r is Role.SUPPORT} == {"市农办"}
    assert {n for n, r in _roles(second).items() if r is Role.SUPPORT} == {"各县(市、区)政府"}
    # A decision on the leads alone leaves the support units, and the doubt, open.
    leads = {"decision": [{"task": 1, "leads": ["市发改委"], "reason": "the lead"}]}
    result = importing.read_text(_NOTICE_LIST, decisions=leads)
    assert [p.task for p in result.open_problems if p.kind is FindingKind.SUPPORT_FROM_NOTICE] == [
        1,
        2,
    ]


def test_a_standing_note_in_an_attribution_is_not_doubted():
    # The plain read (03-sichuan-liutong, 30-weihai-shuzi): a standing note inside an
    # attribution adds its units with a note, and no problem.
    text = (
        "1.推进甲工作。(市发改委牵头,以下均需各县(市、区)政府落实,不再列出)\n"
        "2.推进乙工作。(市财政局牵头)\n"
    )
    result = importing.read_text(text)
    assert "各县(市、区)政府" in _names(result.plan.tasks[1])
    assert not [p for p in result.problems if p.kind is FindingKind.SUPPORT_FROM_NOTICE]
