"""General forms of published task lists read right, or flagged (issue 20, a further round).

Each test prints one general form as real lists print it (two documents that use it are
named in the test, and in tests/importing/GRAMMAR.md's grammar table) and expects what the print
says: the expected units, texts and deadlines are read off the print by hand, never
taken from the importer's output.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _open(result, task):
    return [p for p in result.problems if p.task == task and not p.settled]


# 部门分工：, under a 分管省领导 line naming a person: 2021年省《政府工作报告》重点任务分工方案
# (广东省人民政府, trial2/08-guangdong-zfgzbg2021) prints them on lines of their own; the
# 2023 方案 (12-guangdong-zfgzbg, a news copy) prints 分管领导: and 部门分工: in one line.
_DIVISION = """\
一、2021年经济社会发展主要预期目标
1.地区生产总值增长6%以上。
分管省领导:林克庆
部门分工:省发展改革委牵头,各地、各部门配合。
2.地方一般公共预算收入增长5%左右。
分管市领导：张三
部门分工：省财政厅、省税务局负责。
"""


def test_a_division_label_gives_the_units_by_their_role_words():
    result = importing.read_text(_DIVISION)
    first, second = result.plan.tasks
    assert first.text == "地区生产总值增长6%以上。"
    assert _names(first.leads) == ["省发展改革委"]
    assert _names(first.support) == ["各地", "各部门"]
    assert _names(first.units) == ["省发展改革委", "各地", "各部门"]
    assert second.text == "地方一般公共预算收入增长5%左右。"
    assert _names(second.units) == ["省财政厅", "省税务局"]
    assert not second.leads
    assert not second.support
    assert not [p for p in result.problems if p.task is not None]


def test_a_leader_label_with_its_level_names_people_not_units():
    result = importing.read_text(_DIVISION)
    people = [n for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert [(n["label"], n["names"]) for n in people] == [
        ("分管省领导", "林克庆"),
        ("分管市领导", "张三"),
    ]
    assert all("林克庆" not in t.text for t in result.plan.tasks)


# One 序号 and one 责任单位 merged over several rows, each row a task of its own: a CSV
# export leaves the merged cells empty below their first row (2022年区政府民生实事项目进展
# 情况表, trial2/03-linan-minsheng); a Word table merges them (2016年民生实事目标任务分解表,
# unseen/45-dazhu-minsheng).
_MERGED_CSV = """\
序号,项目内容,进展情况,责任单位
1,新建成公办中小学7所。,已完成。,教育局
2,新建成婴幼儿照护服务成长驿站7家。,新建13家。,卫生健康局
,新增婴幼儿照护服务托位500个。,新增600个。,
,开展胃肠癌联合筛查1万例以上。,开展10111例。,
3,实施农村公路大中修100公里。,完成50公里。,交通运输局
"""


def _read_csv(tmp_path, text):
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return importing.read(path)


def test_an_empty_number_and_unit_cell_take_the_merged_cells_above(tmp_path):
    result = _read_csv(tmp_path, _MERGED_CSV)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == [
        "新建成公办中小学7所。",
        "新建成婴幼儿照护服务成长驿站7家。",
        "新增婴幼儿照护服务托位500个。",
        "开展胃肠癌联合筛查1万例以上。",
        "实施农村公路大中修100公里。",
    ]
    assert [_names(t.units) for t in tasks] == [
        ["教育局"],
        ["卫生健康局"],
        ["卫生健康局"],
        ["卫生健康局"],
        ["交通运输局"],
    ]
    assert not [p for p in result.problems if p.kind is FindingKind.NO_UNIT]
    # Each carried cell is said, on the task and in the result, with the cell it is from.
    said = [dict(n.values) for n in tasks[2].provenance.notes if n.kind.value == "cell_merged"]
    assert said == [{"cell": "D4", "from": "D3"}]
    said = [dict(n.values) for n in tasks[3].provenance.notes if n.kind.value == "cell_merged"]
    assert said == [{"cell": "D5", "from": "D3"}]
    carried = [n for n in result.notes if n.kind is FindingKind.CELL_MERGED]
    assert [(n.where.cell, n.text) for n in carried] == [("D4", "卫生健康局"), ("D5", "卫生健康局")]
    (note,) = [n for n in tasks[2].provenance.notes if n.kind.value == "cell_merged"]
    assert "cell D4 is empty: read as merged with D3 above" in str(note)


def test_a_numbered_row_without_units_takes_nothing_from_above(tmp_path):
    # A printed number begins a task of its own: its empty unit cell is no merged one.
    text = "序号,项目内容,责任单位\n1,新建学校2所。,教育局\n2,新增托位500个。,\n"
    result = _read_csv(tmp_path, text)
    assert result.plan.tasks[1].units[0].name == importing.UNNAMED_UNIT
    assert [p.task for p in result.problems if p.kind is FindingKind.NO_UNIT] == [2]


def test_a_row_continuing_the_text_above_takes_nothing_from_above(tmp_path):
    # The text above ends in no full stop: this row may continue it (a wrapped cell).
    text = "序号,项目内容,责任单位\n1,新建学校2所，,教育局\n,新增托位500个。,\n"
    result = _read_csv(tmp_path, text)
    assert result.plan.tasks[1].units[0].name == importing.UNNAMED_UNIT
    assert [p.task for p in result.problems if p.kind is FindingKind.NO_UNIT] == [2]


# ASCII brackets in a unit's name, as stored copies print them: 各县(市、区)人民政府
# (04-yuncheng-yingji), 县发改局(粮食局) (trial2/06-jiayu-zfgzbg). The unit is written in the
# print's full-width form, and that is said, never done silently.
def test_a_name_printed_with_ascii_brackets_is_written_full_width_and_said():
    result = importing.read_text(
        "一、总则\n1.完善应急预案体系。(责任单位:县发改局(粮食局)、各县(市、区)人民政府)\n"
    )
    task = result.plan.tasks[0]
    assert _names(task.units) == ["县发改局（粮食局）", "各县（市、区）人民政府"]
    said = [n for n in result.notes if n.kind is FindingKind.NAME_IN_FULL_WIDTH]
    assert [(n["printed"], n["name"]) for n in said] == [
        ("县发改局(粮食局)", "县发改局（粮食局）"),
        ("各县(市、区)人民政府", "各县（市、区）人民政府"),
    ]
    assert "is printed with ASCII punctuation" in str(said[0])


def test_a_name_printed_full_width_is_not_said():
    text = "一、总则\n1.完善应急预案体系。（责任单位：各县（市、区）人民政府）\n"
    result = importing.read_text(text)
    assert not [n for n in result.notes if n.kind is FindingKind.NAME_IN_FULL_WIDTH]


# A table whose header names no text column but the task's or project's name: 任 务 名 称
# beside 牵 头 部 门 / 配 合 部 门 (2019年《政府工作报告》目标任务分解表, 杭州市上城区,
# trial3/06-shangcheng-zfgzbg); 项目名称 beside 牵头协调部门 (成都市龙泉驿区2009年重点推进的9个
# 重大项目情况表, a stored page). The file used to be refused (no header row).
def test_a_name_column_is_the_text_when_no_header_names_one(tmp_path):
    text = (
        "序号,任 务 名 称,牵 头 部 门,配 合 部 门\n"
        "1,地区生产总值,区发改经信局,区财政局、各街道办事处\n"
        "2,服务业增加值,区发改经信局,区商务局\n"
    )
    result = _read_csv(tmp_path, text)
    first, second = result.plan.tasks
    assert (first.text, second.text) == ("地区生产总值", "服务业增加值")
    assert _names(first.leads) == ["区发改经信局"]
    assert _names(first.support) == ["区财政局", "各街道办事处"]
    assert _names(second.support) == ["区商务局"]


def test_a_units_name_column_is_no_text_column(tmp_path):
    # 单位名称 names units: no text column, so no header row (said, as before).
    text = "序号,单位名称,牵头单位\n1,区财政局,区发改局\n"
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    try:
        importing.read(path)
    except importing.PlanImportError as exc:
        assert any(p.kind is FindingKind.NO_HEADER_ROW for p in exc.problems)
    else:
        raise AssertionError("a table with no text column was read")


# A task printed as a card of label/value pairs. As CSV, one pair a row: 重点工作: beside
# its text, 牵头单位: beside the unit, then 年度阶段性工作目标: and 进展情况…: (广州市 2023
# 重点工作, trial/08-guangzhou-zhongdian). Flattened one cell a line, each label alone on
# its line and its value below (同心县 2023 政府工作报告任务分解, trial3/04-tongxin-weijian).
_CARD_CSV = """\
重点工作:,"135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。"
牵头单位:,市城市管理综合执法局
年度阶段性工作目标:,第一季度:完成工作任务20%以上。
重点工作:,136.推进城中村改造。
牵头单位:,市住房城乡建设局
配合单位:,各区政府
"""

_CARD_LINES = """\
具体任务
全面完成老年人群疫苗接种,守好疫情防线。
责任单位
卫健局、文旅局
配合单位
各乡镇
完成时限
2023年12月底前
"""


def test_task_cards_as_rows_are_read(tmp_path):
    result = _read_csv(tmp_path, _CARD_CSV)
    first, second = result.plan.tasks
    assert (first.number, first.text) == (
        135,
        "统筹违法建设治理与城市更新,促进违法建设科学分类治理。",
    )
    assert _names(first.leads) == ["市城市管理综合执法局"]
    assert _names(first.units) == ["市城市管理综合执法局"]
    assert (second.number, second.text) == (136, "推进城中村改造。")
    assert _names(second.leads) == ["市住房城乡建设局"]
    assert _names(second.support) == ["各区政府"]
    # The milestones label names no text, unit or deadline: said, not read.
    unread = [n for n in result.notes if n.kind is FindingKind.RECORD_LABEL_NOT_READ]
    assert [n["label"] for n in unread] == ["年度阶段性工作目标:"]
    assert "第一季度" not in first.text
    assert not [p for p in result.problems if p.task is not None]


def test_task_cards_as_lines_are_read():
    result = importing.read_text(_CARD_LINES)
    (task,) = result.plan.tasks
    assert task.text == "全面完成老年人群疫苗接种,守好疫情防线。"
    assert _names(task.units) == ["卫健局", "文旅局", "各乡镇"]
    assert _names(task.support) == ["各乡镇"]
    assert not task.leads
    assert str(task.deadline) == "2023年12月底前"
    # The label is no title, and the card's lines are no preamble.
    assert result.plan.metadata.title != "具体任务"
    assert not [n for n in result.notes if n.kind is FindingKind.PREAMBLE]
    assert task.provenance.origin.lines == tuple(range(1, 9))


def test_pairs_without_a_unit_label_are_no_task_cards(tmp_path):
    # Two columns of label and value, none naming units: no record, and refused as before.
    path = tmp_path / "list.csv"
    path.write_text("重点工作:,推进城中村改造。\n备注:,无\n", encoding="utf-8")
    try:
        importing.read(path)
    except importing.PlanImportError as exc:
        assert any(p.kind is FindingKind.NO_HEADER_ROW for p in exc.problems)
    else:
        raise AssertionError("label/value rows naming no unit were read as tasks")


# A leader's post where a unit would stand: （分管副省长、协管副秘书长负责，省发展改革委牵头，
# …配合）
# (湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见, 湘政发〔2019〕1号, a stored
# page); a post before 牵头 in a heading (王宏副市长牵头重点工作, 31-hangzhou-shejiang).
def test_a_leaders_post_in_an_attribution_is_people_not_a_unit():
    text = (
        "一、落实主要预期目标\n"
        "1.经济增长7.5%—8%。（分管副省长、协管副秘书长负责，省发展改革委牵头，"
        "省工业和信息化厅、省统计局配合）\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert _names(task.leads) == ["省发展改革委"]
    assert _names(task.support) == ["省工业和信息化厅", "省统计局"]
    assert _names(task.units) == ["省发展改革委", "省工业和信息化厅", "省统计局"]
    posts = [n for n in result.notes if n.kind is FindingKind.POST_NAMED]
    assert [n["name"] for n in posts] == ["分管副省长", "协管副秘书长"]
    assert "is a leader's post, not a unit" in str(posts[0])


def test_an_attribution_of_posts_alone_names_no_unit():
    result = importing.read_text("一、总则\n1.抓好安全生产。（常务副市长负责）\n")
    assert [p.task for p in result.problems if p.kind is FindingKind.NO_UNIT] == [1]


# A mark on a unit's name (市发改委★, *市财政局): many lists mark the lead so and say so in a
# note (标★的为牵头单位), but a mark is not read as a role: the name is doubted, never silent.
def test_a_marked_unit_name_is_a_problem():
    text = "一、总则\n1.建设数据平台。（责任单位：市发改委★、市财政局、*市工信局）\n"
    result = importing.read_text(text)
    doubts = [p for p in _open(result, 1) if p.kind is FindingKind.DOUBTFUL_UNIT]
    assert [p["name"] for p in doubts] == ["市发改委★", "*市工信局"]
    assert "it holds a mark" in str(doubts[0])


# A person answering for a task, or the one to call: 责任人：/联系人： lines and clauses (a
# 联系人:…,联系电话:… line closes 盘锦市's 2021 notice of its 任务分解和责任分工方案; 大洼区's
# 2021 notice asks for 每项任务的具体责任人; both stored pages). People, never task text.
def test_person_and_contact_labels_name_people_not_text():
    text = (
        "一、总则\n1.建设数据平台。\n责任单位：市发改委\n责任人：张三\n"
        "2.推进改革。（责任单位：市财政局；责任人：李四）\n联系人：王五，电话：12345678\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert (first.text, second.text) == ("建设数据平台。", "推进改革。")
    assert _names(first.units) == ["市发改委"]
    assert _names(second.units) == ["市财政局"]
    assert str(second.deadline) == str(first.deadline)  # no deadline read from 责任人
    people = [(n["label"], n["names"]) for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert people == [("责任人", "张三"), ("责任人", "李四"), ("联系人", "王五，电话：12345678")]
    assert not [p for p in result.problems if p.task is not None]


# Several labels on one line, a space before each (the form of 48-jinhua-banniandu's cell
# 牵头单位:… 责任单位:… and 26-xining-liutong's bracket), now with a people label first or a
# deadline label among them: each labelled part is read on its own.
def test_labels_on_one_line_are_read_each_on_its_own():
    text = (
        "一、总则\n1.建设数据平台。\n牵头领导：张三 牵头单位：市发改委 配合单位：市财政局\n"
        "2.推进改革。\n牵头单位：市财政局  完成时限：2024年底前\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert _names(first.leads) == ["市发改委"]
    assert _names(first.support) == ["市财政局"]
    assert _names(second.units) == ["市财政局"]
    assert str(second.deadline) == "2024年12月底前"
    people = [(n["label"], n["names"]) for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert people == [("牵头领导", "张三")]
    assert not [p for p in result.problems if p.task is not None]


# A deadline label inside an attribution of labels ([牵头单位:…;责任单位:…] in
# 11-huangshi-zhongdian; (牽頭單位:…;責任單位:…,6月底完成) in trial/10-xiangxi-fangguanfu):
# 完成时限：… there is the deadline, as on a line of its own.
def test_a_deadline_label_inside_an_attribution_is_the_deadline():
    text = (
        "一、总则\n1.建设数据平台。（牵头单位：市发改委；配合单位：市财政局；"
        "完成时限：2024年底前）\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert str(task.deadline) == "2024年12月底前"
    assert _names(task.leads) == ["市发改委"]
    assert _names(task.support) == ["市财政局"]
    assert not [p for p in result.problems if p.task is not None]


def test_a_unit_header_naming_people_too_is_still_a_unit_column(tmp_path):
    # 责任单位及责任人: a unit column, though it names the person too (责任人 alone is
    # a column of people, not read).
    text = "序号,工作任务,责任单位及责任人,责任人\n1,建设数据平台。,市发改委,张三\n"
    result = _read_csv(tmp_path, text)
    (task,) = result.plan.tasks
    assert _names(task.units) == ["市发改委"]


# A deadline column under a header the vocabulary does not know (时间安排,
# 截止时间): its cells are deadlines, so it is the deadline column, said; a cell that is
# none is a problem naming its task. It used to be dropped without a word.
def test_a_column_of_deadlines_under_an_unknown_header_is_the_deadline_column(tmp_path):
    text = (
        "序号,工作任务,责任单位,时间安排\n"
        "1,建设数据平台。,市发改委,2024年底前\n"
        "2,推进改革。,市财政局,持续推进\n"
        "3,完善制度。,市司法局,明年\n"
    )
    result = _read_csv(tmp_path, text)
    first, second, third = result.plan.tasks
    assert str(first.deadline) == "2024年12月底前"
    assert str(second.deadline) == "持续推进"
    assert [p.task for p in result.problems if p.kind is FindingKind.NOT_A_DEADLINE] == [3]
    (said,) = [n for n in result.notes if n.kind is FindingKind.DEADLINE_COLUMN_BY_CELLS]
    assert (said["column"], said["cells"], said["of"]) == ("时间安排", "2", "3")
    del third


def test_a_column_of_remarks_is_no_deadline_column(tmp_path):
    text = "序号,工作任务,责任单位,备注\n1,建设数据平台。,市发改委,无\n2,推进改革。,市财政局,已办\n"
    result = _read_csv(tmp_path, text)
    assert not [n for n in result.notes if n.kind is FindingKind.DEADLINE_COLUMN_BY_CELLS]
    assert all(not t.deadline.is_dated for t in result.plan.tasks)


# A unit column under a header the vocabulary does not know: with a role word it has
# (协办单位, 参加单位: support; 主办单位: lead, doubted as 主办 is), the column of that
# role; with none (承办单位, 责任主体, 评分部门 in trial3/05-shengsi-xiangcun), not read,
# and each task whose row fills it is a problem. Such columns used to be dropped silently.
def test_a_unit_header_with_a_role_word_gives_that_role(tmp_path):
    text = "序号,工作任务,牵头单位,协办单位\n1,建设数据平台。,市发改委,市财政局、市工信局\n"
    (task,) = _read_csv(tmp_path, text).plan.tasks
    assert _names(task.leads) == ["市发改委"]
    assert _names(task.support) == ["市财政局", "市工信局"]
    text = "序号,工作任务,主办单位,参加单位\n1,建设数据平台。,市发改委,市财政局\n"
    result = _read_csv(tmp_path, text)
    (task,) = result.plan.tasks
    assert _names(task.leads) == ["市发改委"]
    assert _names(task.support) == ["市财政局"]
    doubts = [p for p in _open(result, 1) if p.kind is FindingKind.DOUBTFUL_ROLE_WORD]
    assert [p["word"] for p in doubts] == ["主办"]


def test_a_unit_header_with_no_role_is_not_read_and_each_task_says_so(tmp_path):
    text = (
        "序号,工作任务,牵头单位,承办单位,评分部门\n"
        "1,建设数据平台。,市发改委,市财政局,市考核办\n"
        "2,推进改革。,市财政局,,\n"
    )
    result = _read_csv(tmp_path, text)
    first, second = result.plan.tasks
    assert _names(first.units) == ["市发改委"]
    unread = [p for p in result.problems if p.kind is FindingKind.UNIT_COLUMN_NOT_READ]
    assert [(p.task, p["column"]) for p in unread] == [(1, "承办单位"), (1, "评分部门")]
    assert "`--column units=承办单位` reads it" in str(unread[0])
    assert not _open(result, 2)
    del second


# A group header over its columns: 责任单位 over 牵头单位 and 配合单位, a second header row.
# Read as a task row, its 牵头单位 became a unit and the lead and support were lost.
_TWO_HEADER_ROWS = [
    ["序号", "工作任务", "责任单位", "", "完成时限"],
    ["", "", "牵头单位", "配合单位", ""],
    ["1", "建设数据平台。", "市发改委", "市财政局、市工信局", "2024年底前"],
]


def test_a_second_header_row_gives_its_columns_their_roles(tmp_path):
    text = "\n".join(",".join(row) for row in _TWO_HEADER_ROWS) + "\n"
    result = _read_csv(tmp_path, text)
    (task,) = result.plan.tasks
    assert task.text == "建设数据平台。"
    assert _names(task.leads) == ["市发改委"]
    assert _names(task.support) == ["市财政局", "市工信局"]
    assert str(task.deadline) == "2024年12月底前"
    assert not [p for p in result.problems if p.task is not None]


def test_a_second_header_row_under_merged_cells_is_read_so_too(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in _TWO_HEADER_ROWS:
        sheet.append(row)
    for cells in ("C1:D1", "A1:A2", "B1:B2", "E1:E2"):
        sheet.merge_cells(cells)
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    (task,) = importing.read(path).plan.tasks
    assert _names(task.leads) == ["市发改委"]
    assert _names(task.support) == ["市财政局", "市工信局"]


# A list printed as text in a Word document, no table in it (the form of every text list
# of the corpus, as a user saves a published page into Word): its paragraphs read as the
# lines of a text file. It used to be refused (no task found: the file holds no text).
@pytest.mark.parametrize("stem", ["07-kunming-guandu", "03-sichuan-liutong"])
def test_a_word_document_of_paragraphs_reads_as_its_text(tmp_path, stem):
    docx = pytest.importorskip("docx")
    from pathlib import Path  # noqa: PLC0415 - the corpus's folder, for this test alone

    text_file = Path(__file__).parent / "corpus" / f"{stem}.txt"
    document = docx.Document()
    for line in text_file.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / f"{stem}.docx"
    document.save(path)
    as_text, as_word = importing.read(text_file), importing.read(path)

    def fields(result):
        return [(t.text, t.deadline, _names(t.leads), _names(t.units)) for t in result.plan.tasks]

    assert fields(as_word) == fields(as_text)
    assert len(as_word.plan.tasks) >= 2
    assert as_word.plan.metadata.title == as_text.plan.metadata.title
