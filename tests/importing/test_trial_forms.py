"""Forms found when four real lists the importer had never seen were imported (issue 20).

Each test prints one general form as a real list printed it (the lines quoted from the
list named), and expects what the print says: the expected units, texts and titles are
read off the print by hand, never taken from the importer's output. The four lists are
not in the corpus; only the lines a form needs are quoted here.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _open(result, task):
    return [p for p in result.problems if p.task == task and not p.settled]


# 眉山 (fsou.net copy), a labelled line under each task: 责任部门 for 责任单位.
_DEPARTMENT_LABEL = """\
一、推进教育公平
4、积极化解公办学校债务。
责任部门:市教育局牵头,市财政局、市审计局配合。
5、积极开展社会扶贫。
责任部门:市扶贫办。
"""


def test_a_department_label_is_read_like_the_unit_label():
    result = importing.read_text(_DEPARTMENT_LABEL)
    first, second = result.plan.tasks
    assert first.text == "积极化解公办学校债务。"
    assert _names(first.leads) == ["市教育局"]
    assert _names(first.support) == ["市财政局", "市审计局"]
    assert second.text == "积极开展社会扶贫。"
    assert _names(second.units) == ["市扶贫办"]
    assert not second.leads
    assert not result.problems


def test_lead_and_support_labels_take_the_department_and_office_forms():
    text = "一、总则\n1.建设平台。\n牵头处室：省大数据局\n配合部门：省财政厅、省公安厅\n"
    task = importing.read_text(text).plan.tasks[0]
    assert _names(task.leads) == ["省大数据局"]
    assert _names(task.support) == ["省财政厅", "省公安厅"]


# 池州市人民政府关于创优"四最"营商环境的实施意见 (池政〔2017〕101号), its title line and a
# sub-item closed by （市工商质监局牵头负责）.
_CHIZHOU = """\
池州市人民政府关于创优“四最”营商环境的实施意见(池政〔2017〕101号)

为贯彻落实《安徽省人民政府关于创优“四最”营商环境的意见》(皖政〔2017〕120号),现提出如下实施意见。

  一、持续减少审批事项

  1.深化商事制度改革。(1)全面落实“多证合一、一照一码”改革。按照能整合的尽量整合的原则,实行“一套材料、一表登记、一窗受理”的服务模式。(市工商质监局牵头负责)(2)完善企业登记全程电子化。推行全程电子化登记,让企业享受到便捷、高效的网上服务。(市工商质监局牵头负责)
"""


def test_lead_then_responsible_word_is_a_lead():
    result = importing.read_text("一、总则\n1.完善企业登记全程电子化。(市工商质监局牵头负责)\n")
    task = result.plan.tasks[0]
    assert _names(task.leads) == ["市工商质监局"]
    assert _names(task.units) == ["市工商质监局"]
    assert not result.problems


def test_a_unit_name_holding_a_role_word_is_a_problem():
    # 牵头组织 closes no clause: the role word stays inside the "name", never silently.
    result = importing.read_text("一、总则\n1.完善企业登记。(市工商质监局牵头组织)\n")
    doubts = [p for p in _open(result, 1) if p.kind is FindingKind.DOUBTFUL_UNIT]
    assert [p["name"] for p in doubts] == ["市工商质监局牵头组织"]
    assert doubts[0]["reason"] == "it holds a role word"


def test_a_title_line_with_its_document_number_is_the_title():
    result = importing.read_text(_CHIZHOU)
    assert result.plan.metadata.title == "池州市人民政府关于创优“四最”营商环境的实施意见"
    dropped = [n for n in result.notes if n.kind is FindingKind.TITLE_NUMBER_DROPPED]
    assert [n["number"] for n in dropped] == ["(池政〔2017〕101号)"]


def test_title_endings_include_opinions_measures_and_rules():
    for title in ("关于进一步优化营商环境的若干措施", "某市政务数据共享管理办法"):
        text = f"{title}\n一、总则\n1.建设平台。(市大数据局牵头)\n"
        assert importing.read_text(text).plan.metadata.title == title


def test_sub_items_printed_in_their_item_line_are_the_tasks():
    result = importing.read_text(_CHIZHOU)
    first, second = result.plan.tasks
    assert first.text.startswith("全面落实“多证合一、一照一码”改革。")
    assert first.text.endswith("的服务模式。")
    assert second.text == (
        "完善企业登记全程电子化。推行全程电子化登记,让企业享受到便捷、高效的网上服务。"
    )
    assert _names(first.leads) == _names(second.leads) == ["市工商质监局"]
    assert not result.problems
    headings = [n for n in result.notes if n.kind is FindingKind.SUB_ITEM_HEADING]
    assert [n.text for n in headings] == ["1、深化商事制度改革。"]


# 眉山 (fsou.net copy): an item whose sub-items (1)-(3) each have their own labelled line.
_SUB_ITEMS = """\
七、健全住房保障制度
3、改善农民工和农村困难群众居住条件。
(1)鼓劲有条件的用工单位建设农民工集体宿舍,专门提供给农民工居住或用于向农民工出租。
责任部门:市房管局牵头,市劳动保障局、市规划建设局、市中小企业局配合。
(2)在城中村改造时,规划建设符合农民工特点的住房,但不能作为商品房出售。
责任部门:市房管局牵头,市规划建设局配合。
(3)建立农村困难群众住房保障制度,对农村低保户住房进行维修改造提供补助。
责任部门:市民政局牵头,市财政局配合。
4、完善住房保障配套措施。
责任部门:市房管局牵头,市规划建设局配合。
"""


def test_sub_items_each_with_their_own_labelled_line_are_the_tasks():
    result = importing.read_text(_SUB_ITEMS)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == [
        "鼓劲有条件的用工单位建设农民工集体宿舍,专门提供给农民工居住或用于向农民工出租。",
        "在城中村改造时,规划建设符合农民工特点的住房,但不能作为商品房出售。",
        "建立农村困难群众住房保障制度,对农村低保户住房进行维修改造提供补助。",
        "完善住房保障配套措施。",
    ]
    assert [_names(t.leads) for t in tasks] == [
        ["市房管局"],
        ["市房管局"],
        ["市民政局"],
        ["市房管局"],
    ]
    assert _names(tasks[0].support) == ["市劳动保障局", "市规划建设局", "市中小企业局"]
    assert _names(tasks[2].support) == ["市财政局"]
    assert not result.problems


def test_sub_items_under_one_closing_attribution_are_the_tasks():
    # 04-yuncheng-yingji's form: one attribution on a line of its own after the last
    # sub-item, for them all (read since round 11: each sub-item a task under it).
    text = (
        "一、总则\n1.完善应急预案体系\n(1)加强预案管理。\n(2)加强预案演练。\n(责任单位:市应急局)\n"
    )
    tasks = importing.read_text(text).plan.tasks
    assert [t.text for t in tasks] == ["加强预案管理。", "加强预案演练。"]
    assert all([u.name for u in t.responsible] == ["市应急局"] for t in tasks)


# 咸阳 (a wiki copy in traditional characters): a bare 及 between two collectives.
_AND = (
    "一、堅持系統集成\n1.全面實施行政許可事項清單管理。(市政府辦公室牽頭,"
    "市級各有關部門及各縣市區政府按職責分工負責)\n"
)


def test_a_bare_and_between_two_organisations_separates_two_units():
    task = importing.read_text(_AND).plan.tasks[0]
    assert _names(task.leads) == ["市政府辦公室"]
    assert [u.name for u in task.units if u not in task.leads] == ["市級各有關部門", "各縣市區政府"]


def test_a_bare_and_inside_a_name_keeps_the_name():
    # 科技 ends no organisation's name: 科技及信息化局 is one unit.
    task = importing.read_text("一、总则\n1.建设平台。(市科技及信息化局牵头)\n").plan.tasks[0]
    assert _names(task.leads) == ["市科技及信息化局"]


# A split decision settles no problem by itself (issue 20): on 眉山's list, before the
# 责任部门 label was read, splitting a paragraph of sub-items settled "names no unit" for
# both parts, and both came out with the placeholder unit and no open problem.
_UNREAD = "一、总则\n1.改善居住条件。(1)建设宿舍。(2)建设住房。\n"
_SPLIT = {"decision": [{"task": 1, "split": "(2)", "reason": "two sub-items"}]}


def test_a_split_leaves_each_parts_own_problems_open():
    result = importing.read_text(_UNREAD, decisions=_SPLIT)
    first, second = result.plan.tasks
    assert first.text == "改善居住条件。(1)建设宿舍。"
    assert second.text == "(2)建设住房。"
    for task in (first, second):
        kinds = {p.kind for p in _open(result, task.number)}
        assert FindingKind.NO_UNIT in kinds, task.number


def test_a_split_answers_the_several_tasks_doubt_only_where_it_no_longer_holds():
    # A paragraph printing no number (a numbered item of such measures is split as it is
    # read: test_trial12_forms).
    text = "一、总则\n建设平台。（甲局牵头）完善制度。（乙局牵头）开展培训。（丙局牵头）\n"
    plain = importing.read_text(text)
    assert FindingKind.ATTRIBUTION_IN_TEXT in {p.kind for p in _open(plain, 1)}
    decisions = {"decision": [{"task": 1, "split": "完善制度", "reason": "two tasks"}]}
    result = importing.read_text(text, decisions=decisions)
    first, second = result.plan.tasks
    assert first.text == "建设平台。"
    assert _names(first.leads) == ["甲局"]
    assert not _open(result, first.number)
    # The second part still holds 乙局's attribution inside its text: still doubted.
    assert second.text == "完善制度。（乙局牵头）开展培训。"
    kinds = {p.kind for p in _open(result, second.number)}
    assert FindingKind.ATTRIBUTION_IN_TEXT in kinds


def test_the_review_highlights_a_split_part_and_leaves_the_placeholder_out(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    result = importing.read_text(_UNREAD, decisions=_SPLIT)
    review = tmp_path / "review.xlsx"
    importing.write_review(result, review)
    book = openpyxl.load_workbook(review)
    rows = list(book.worksheets[0].iter_rows(min_row=2))
    assert [row[0].fill.fgColor.rgb[-6:] for row in rows] == ["FFF2CC", "FFF2CC"]
    header = [c.value for c in next(book.worksheets[0].iter_rows(max_row=1))]
    responsible = header.index("responsible units")
    # The placeholder is no printed unit: the cell is empty, the problem says why.
    assert [row[responsible].value for row in rows] == [None, None]
    problems = header.index("problems")
    assert all("names no responsible unit" in row[problems].value for row in rows)
    # The plan itself keeps the placeholder (a task always has a unit).
    assert [_names(t.units) for t in result.plan.tasks] == [[importing.UNNAMED_UNIT]] * 2
