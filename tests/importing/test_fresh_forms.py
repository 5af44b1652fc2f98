"""Forms printed by the trial set (tests/importing/corpus/trial), each as a general form.

Each test quotes the lines a form needs from a list of the trial set (or writes the form
as the docs' grammar table states it) and expects what the print says, read off by hand:
never the importer's own output.
"""

from __future__ import annotations

import csv

from dg_plan import importing
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _kinds(result, task):
    return {p.kind for p in result.problems if p.task == task}


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


# trial/10-xiangxi-fangguanfu: a deadline after two labels inside one bracket.
_DEADLINE_IN_BRACKET = (
    "一、进一步提升政务服务效能\n"
    "1.加大簡政放權力度。(牽頭單位:州行政審批服務局;責任單位:州司法局、"
    "州委編辦及州直相關單位,各縣市人民政府、湘西經(jīng)開區(qū)管委會,6月底完成)\n"
)


def test_a_date_after_the_labels_is_the_deadline_not_a_unit():
    result = importing.read_text(_DEADLINE_IN_BRACKET)
    (task,) = result.plan.tasks
    assert _names(task.leads) == ["州行政審批服務局"]
    names = _names(task.units)
    assert "6月底完成" not in names
    # 及 between two names in traditional characters separates them (州委編辦: 辦 ends it).
    assert names[1:3] == ["州司法局", "州委編辦"]
    assert names[3] == "州直相關單位"
    notes = {n.kind.value: dict(n.values) for n in task.provenance.notes}
    assert notes["deadline_unreadable"]["printed"] == "6月底完成"  # no year: said, kept
    assert FindingKind.NOT_A_DEADLINE in _kinds(result, 1)


def test_a_date_ending_a_labelled_line_of_units_is_the_deadline():
    # The same form on a 责任单位： line (the docs' grammar table: a date as the last comma
    # item of a labelled clause).
    result = importing.read_text("1.建设平台。\n责任单位：市财政局、市公安局，2024年6月底前完成\n")
    task = result.plan.tasks[0]
    assert _names(task.units) == ["市财政局", "市公安局"]
    assert str(task.deadline) == "2024年6月底前"


def test_a_unit_holding_a_date_is_a_problem():
    result = importing.read_text("1.建设平台。\n责任单位：市财政局、2024年底\n")
    # A deadline's form is never a unit (reader 12): flagged, and not read as one.
    assert FindingKind.DEADLINE_AS_UNIT in _kinds(result, 1)
    assert [u.name for u in result.plan.task(1).units] == ["市财政局"]


# trial/04-qingdao-xinjiu: the signature prints 青島市; its 藍谷管理局 takes no 市.
_OWN_PLACE = (
    "青島市人民政府辦公廳\n"
    "一、實施創新驅動發展戰略\n"
    "1.建設崂山實驗室。(牽頭單位:市科技局,參與單位:青島藍谷管理局)\n"
)


def test_no_prefix_onto_a_name_beginning_with_a_place_the_document_names():
    task = importing.read_text(_OWN_PLACE).plan.tasks[0]
    assert _names(task.leads) == ["市科技局"]
    assert _names(task.support) == ["青島藍谷管理局"]


def test_a_prefix_restored_onto_a_bracketed_name_is_a_problem():
    # No place is printed: 市 is restored (the list begins with 市科技局), and doubted.
    text = "1.建設崂山實驗室。(牽頭單位:市科技局,參與單位:藍(lán)谷管理局)\n"
    result = importing.read_text(text)
    assert _names(result.plan.tasks[0].support) == ["市藍（lán）谷管理局"]
    assert FindingKind.PREFIX_DOUBTFUL in _kinds(result, 1)


def test_a_prefix_restored_onto_a_name_beginning_as_no_department_is_a_problem():
    # The same list, in simplified characters, printing no 青岛市: 市 is restored, and
    # doubted (青岛 begins no department's function); 市财政局 beside it is no doubt.
    text = "1.建设崂山实验室。(牵头单位:市科技局,参与单位:财政局、青岛蓝谷管理局)\n"
    result = importing.read_text(text)
    assert _names(result.plan.tasks[0].support) == ["市财政局", "市青岛蓝谷管理局"]
    (problem,) = [p for p in result.problems if p.kind is FindingKind.PREFIX_DOUBTFUL]
    assert problem.task == 1
    assert problem["from"] == "青岛蓝谷管理局"


# trial/07-huzhou-zhongdian: the notice's attachment list, and the stated rule with 工作.
_HUZHOU = (
    "附件:1.2020年政府工作报告重点工作责任分解\n"
    "2.十方面民生实事责任分解\n"
    "湖州市人民政府办公室\n"
    "附件1\n"
    "2020年政府工作报告重点工作责任分解\n"
    "一、王纲市长主抓重点工作\n"
    "1.坚定不移支持企业发展。\n"
    "责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)\n"
)


def test_the_attachment_list_is_no_task_and_the_rule_with_work_is_read():
    result = importing.read_text(_HUZHOU)
    (task,) = result.plan.tasks
    assert task.text == "坚定不移支持企业发展。"
    assert _names(task.leads) == ["市经信局"]
    assert _names(task.units) == ["市经信局", "市财政局", "市税务局"]
    assert result.plan.metadata.title == "2020年政府工作报告重点工作责任分解"


# trial/01-qinxian-zfgzbg: a part heading naming the lead of its tasks.
def test_a_heading_naming_its_lead_leads_the_tasks_that_print_no_unit():
    text = "一、县示范区管委会牵头工作(8项)\n1.打造食用菌酵素生产基地。\n"
    result = importing.read_text(text)
    task = result.plan.tasks[0]
    assert _names(task.leads) == ["县示范区管委会"]
    assert FindingKind.LEAD_FROM_HEADING in _kinds(result, 1)


def test_a_heading_naming_a_person_gives_no_unit_a_role():
    # 31-hangzhou-shejiang: 王宏副市长牵头重点工作 names a person.
    text = "一、王宏副市长牵头重点工作\n1.打造食用菌酵素生产基地。\n"
    result = importing.read_text(text)
    assert not result.plan.tasks[0].leads
    assert FindingKind.NO_UNIT in _kinds(result, 1)


# trial/03-zhaoyuan-minsheng: a name column beside the year's target, numbers in the name.
def test_two_text_columns_take_the_leftmost_and_say_so(tmp_path):
    rows = [
        ["类别", "民生事项名称", "2022年度任务目标", "责任单位"],
        [
            "四、教育文化",
            "14.改扩建泉山学校及庙后吕家初级中学",
            "完成泉山学校一期建设。",
            "教育体育局",
        ],
    ]
    result = importing.read(_csv(tmp_path / "t.csv", rows))
    (task,) = result.plan.tasks
    assert task.text == "改扩建泉山学校及庙后吕家初级中学"
    assert task.number == 14
    (problem,) = [p for p in result.problems if p.kind is FindingKind.TEXT_COLUMN_DOUBTFUL]
    assert problem.task == 14
    assert "--column text=2022年度任务目标" in problem.message


def test_a_preferred_header_settles_two_text_columns(tmp_path):
    # trial/12-zhengwu-gongzuoyaodian-trad: 重點任務 beside 工作內容, 負責科室.
    rows = [["重點任務", "工作內容", "負責科室"], ["政務服務", "注重信息發佈", "綜合科"]]
    result = importing.read(_csv(tmp_path / "t.csv", rows))
    task = result.plan.tasks[0]
    assert task.text == "注重信息發佈"
    assert _names(task.units) == ["綜合科"]
    assert FindingKind.TEXT_COLUMN_DOUBTFUL not in _kinds(result, 1)


def test_an_empty_text_column_gives_way_to_a_filled_one(tmp_path):
    # trial/05-chongchuan-minsheng: 主要任务 merged and empty, 全年目标任务 filled.
    rows = [
        ["序号", "主要任务", "全年目标任务", "牵头 单位", "责任主体与协同单位"],
        ["24", "", "优化提升50条背街后巷交通组织。", "城管局", "市政局、相关街道"],
        ["25", "", "新增四分类达标小区210个。", "城管局", "环卫处"],
    ]
    result = importing.read(_csv(tmp_path / "t.csv", rows))
    first, second = result.plan.tasks
    assert first.text == "优化提升50条背街后巷交通组织。"
    assert _names(first.leads) == ["城管局"]
    assert _names(first.support) == ["市政局", "相关街道"]
    assert second.text == "新增四分类达标小区210个。"
    assert FindingKind.TEXT_FROM_OTHER_COLUMN in _kinds(result, 24)


def test_an_office_header_reads_as_the_unit_header(tmp_path):
    # trial/06-sizhoutou-zhongdian: 责任科室 (printed over two lines) and a 责任领导 column.
    rows = [
        ["序号", "重点工作", "责任\n领导", "责任\n科室"],
        ["2", "现代化美丽城镇", "吴宇凡", "乡村振兴办"],
    ]
    task = importing.read(_csv(tmp_path / "t.csv", rows)).plan.tasks[0]
    assert _names(task.units) == ["乡村振兴办"]
    assert not task.leads


def test_an_ignored_column_is_no_candidate_text_column(tmp_path):
    # Two text headers (内容, 目标: the general form), no preferred one: a doubt on each
    # row, unless the user says not to read the second column.
    rows = [
        ["考核内容", "年度目标", "责任部门"],
        ["粮食播种面积", "稳定在2万亩以上。", "县农业农村局"],
    ]
    path = _csv(tmp_path / "t.csv", rows)
    assert FindingKind.TEXT_COLUMN_DOUBTFUL in _kinds(importing.read(path), 1)
    result = importing.read(path, columns={"ignore": "年度目标"})
    assert result.plan.tasks[0].text == "粮食播种面积"
    assert not [p for p in result.problems if "年度目标" in p.message]


def test_a_title_taken_by_the_last_resort_rule_is_a_problem_naming_its_line():
    # No line ends as a title does (方案, 要点 …), no notice names the list: the first
    # line that is no sentence is taken, and doubted (here a task box heading).
    text = "任务专栏6-2建设基础域\n1. 建设统一的数据平台。（市大数据局牵头）\n"
    result = importing.read_text(text)
    assert result.plan.metadata.title == "任务专栏6-2建设基础域"
    (problem,) = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    assert problem.task is None
    assert problem.where.line == 1
    assert "line 1" in problem.message
    # A line ending as a title does is no guess.
    plain = importing.read_text("建设基础域工作方案\n1. 建设统一的数据平台。（市大数据局牵头）\n")
    assert FindingKind.DOUBTFUL_TITLE not in {p.kind for p in plain.problems}
    # A title decision settles it; title = "" says the list prints none.
    decided = importing.read_text(
        text, decisions={"decision": [{"title": "", "reason": "a task box heading"}]}
    )
    assert decided.open_problems == ()


def test_a_title_keeps_its_spaces_but_not_gaps_between_chinese_characters(tmp_path):
    # The rule joining a task's lines: a space beside a Latin letter or digit is kept,
    # a gap between two Chinese characters (a wrapped line, a copy's gap) is closed up.
    text = "2024年 AI 应用推广 工作方案\n1. 建设统一的数据平台。（市大数据局牵头）\n"
    assert importing.read_text(text).plan.metadata.title == "2024年 AI 应用推广工作方案"
    rows = [
        ["2024年 5G 基站建设 任务清单"],
        ["序号", "工作任务", "责任单位"],
        ["1", "建基站。", "市通信办"],
    ]
    result = importing.read(_csv(tmp_path / "t.csv", rows))
    assert result.plan.metadata.title == "2024年 5G 基站建设任务清单"
