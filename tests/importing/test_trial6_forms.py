"""The forms trial6 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial6, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan._grammar import parse_units
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv


def test_a_header_ending_in_shixiang_names_the_text_column(tmp_path):
    # trial6/01 prints 分类,序号,事项,责任单位,牵头单位: 事项 is what is to be done.
    rows = [["序号", "事项", "责任单位"], ["1", "地区生产总值增长6.5%以上。", "区发改局"]]
    task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.task(1)
    assert task.text == "地区生产总值增长6.5%以上。"
    assert [u.name for u in task.units] == ["区发改局"]


def test_a_text_header_with_its_requirements_names_the_text_column(tmp_path):
    # trial6/09 prints 序号,内容与要求,进展情况,责任单位; 任务及要求 is the same form.
    for header in ("内容与要求", "任务及要求", "要求"):
        rows = [
            ["序号", header, "进展情况", "责任单位"],
            ["1", "做好一件事。", "已完成", "市发改委"],
        ]
        task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.task(1)
        assert task.text == "做好一件事。", header


def test_a_deadline_header_ending_in_yaoqiu_stays_the_deadline(tmp_path):
    # 时限要求 is a deadline header: never the text, also beside a 要求 column.
    rows = [
        ["序号", "要求", "时限要求", "责任单位"],
        ["1", "做好一件事。", "2024年6月底前", "市发改委"],
    ]
    task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.task(1)
    assert task.text == "做好一件事。"
    assert str(task.deadline) == "2024年6月底前"


def test_he_between_two_organisations_names_two_units():
    # trial6/03: (…自治区发展改革委、经济和信息化委、国土资源厅、环保厅和内蒙古电力监管办
    # 及相关盟市配合), the document printing 内蒙古自治区 in its title.
    cell = parse_units(
        "自治区发展改革委、经济和信息化委、国土资源厅、环保厅和内蒙古电力监管办及相关盟市配合",
        departments_only=True,
        places=("内蒙古",),
    )
    assert cell.support == (
        "自治区发展改革委",
        "自治区经济和信息化委",
        "自治区国土资源厅",
        "自治区环保厅",
        "内蒙古电力监管办",
        "相关盟市",
    )


def test_he_between_a_body_and_its_organ_names_one_unit():
    # trial2/02-yunnan-shengyu prints 各州(市)党委和政府 (one collective); trial/09 prints
    # 高新区党工委和管委会 (the zone's two organs): 和 joins no two units there.
    for cell in ("各州（市）党委和政府", "高新区党工委和管委会"):
        assert parse_units(cell, departments_only=True).units == (cell,)


def test_a_prefix_restored_onto_a_name_holding_a_place_is_doubted():
    # The document names 内蒙古 (内蒙古自治区): a name holding it may be no bare
    # department of the region, so 自治区 restored onto it is a problem.
    cell = parse_units("自治区能源局、住建厅内蒙古分局", departments_only=True, places=("内蒙古",))
    assert cell.units[1] == "自治区住建厅内蒙古分局"
    assert [p.kind for p in cell.problems] == [FindingKind.PREFIX_DOUBTFUL]


_PHASE = """一、准备阶段(3月1日至3月25日)
3月下旬,由市总工会推选10位劳动模范。
牵头单位:市委宣传部
责任单位:市总工会
"""


def test_a_phase_heading_with_its_dates_is_a_heading_not_the_tasks_text():
    # trial6/10 prints 一、准备阶段(3月1日至3月25日) over its paragraph and labelled lines.
    plan = importing.read_text(_PHASE).plan
    task = plan.task(1)
    assert task.text == "3月下旬,由市总工会推选10位劳动模范。"
    assert [u.name for u in task.leads] == ["市委宣传部"]
    assert [s.title for s in plan.sections] == ["准备阶段(3月1日至3月25日)"]
    assert task.provenance.origin.lines == (2, 3, 4)


def test_a_lead_printed_again_among_all_the_units_is_the_lead_once(tmp_path):
    # trial6/01: 责任单位 区发改局、区经商局 beside 牵头单位 区发改局.
    rows = [
        ["序号", "事项", "责任单位", "牵头单位"],
        ["1", "做好一件事。", "区发改局、区经商局", "区发改局"],
    ]
    result = importing.read(write_csv(tmp_path / "清单.csv", rows))
    task = result.plan.task(1)
    assert [u.name for u in task.leads] == ["区发改局"]
    assert [u.name for u in task.units] == ["区发改局", "区经商局"]
    assert not result.problems
    assert FindingKind.LEAD_AMONG_UNITS in {n.kind for n in result.notes}


def test_a_forwarded_notice_gives_the_list_it_names_doubted():
    # trial5/07: 北京市顺义区人民政府办公室转发区教委关于X的通知 (its key: X); a form
    # printed by one document of the corpus, so doubted.
    text = (
        "北京市顺义区人民政府办公室转发区教委关于顺义区村办幼儿园建设工作实施方案的通知\n"
        "1.做好一件事。(区教委负责)\n"
    )
    result = importing.read_text(text)
    assert result.plan.metadata.title == "顺义区村办幼儿园建设工作实施方案"
    (doubt,) = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    assert doubt.task is None
    assert "区教委转发" in doubt.message
