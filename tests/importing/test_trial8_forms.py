"""The forms trial8 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial8, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from dg_plan._grammar import parse_units
from dg_plan._notes import NoteKind
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv


def _roles(task):
    return {
        Role.LEAD: [u.name for u in task.leads],
        Role.RESPONSIBLE: [u.name for u in task.responsible],
        Role.SUPPORT: [u.name for u in task.support],
    }


def test_labels_after_a_person_label_and_commas_each_open_a_clause():
    # trial8/06 prints (牵头领导:谢瑞武,牵头单位:市发改委,责任单位:…,数据提供单位:市统计局):
    # the person label is a note, each later label opens a clause of its own.
    text = (
        "(一) 全社会固定资产投资增长10%。(牵头领导:张三,牵头单位:市发改委,"
        "责任单位:市农业农村局、市经信局,数据提供单位:市统计局)\n"
        "(二) 城乡居民人均可支配收入增长8%。(牵头领导:李四,牵头单位:市人社局,"
        "责任单位:市农业农村局;数据提供单位:成调队)\n"
    )
    result = importing.read_text(text)
    one, two = result.plan.tasks
    assert _roles(one) == {
        Role.LEAD: ["市发改委"],
        Role.RESPONSIBLE: ["市农业农村局", "市经信局"],
        Role.SUPPORT: ["市统计局"],
    }
    assert _roles(two) == {
        Role.LEAD: ["市人社局"],
        Role.RESPONSIBLE: ["市农业农村局"],
        Role.SUPPORT: ["成调队"],
    }
    people = [n for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert {n["names"] for n in people} == {"张三", "李四"}
    assert not [p for p in result.problems if p.task is not None]


def test_a_name_printed_once_after_places_with_their_level_words_is_shared():
    # trial8/09: 责任单位:海东市、兰州市、临夏州发展改革部门 (three 发展改革部门);
    # trial8/10: 黄埔区、南沙区政府 and 荔湾区、黄埔区政府 (two 区政府 each).
    cell = parse_units("海东市、兰州市、临夏州发展改革部门", departments_only=True)
    assert cell.units == ("海东市发展改革部门", "兰州市发展改革部门", "临夏州发展改革部门")
    cell = parse_units(
        "市科技局牵头，市政府办公厅、市财政局，荔湾区、黄埔区政府配合", departments_only=True
    )
    assert cell.leads == ("市科技局",)
    assert cell.support == ("市政府办公厅", "市财政局", "荔湾区政府", "黄埔区政府")
    shared = [n for n in cell.notes if n.kind is NoteKind.SUFFIX_SHARED]
    assert [(n["from"], n["to"]) for n in shared] == [("荔湾区", "荔湾区政府")]


def test_places_alone_or_before_a_department_of_no_place_keep_their_names():
    # No name beginning with a place follows: the places are units as printed.
    assert parse_units("海东市、兰州市", departments_only=True).units == ("海东市", "兰州市")
    cell = parse_units("黄埔区、市发展改革委", departments_only=True)
    assert cell.units == ("黄埔区", "市发展改革委")


def test_an_items_result_line_and_a_line_after_its_units_are_no_task_text():
    # trial8/09: 1. <text> / 工作成果:… / 责任单位:… / 人:三市州发展改革部门主要负责同志.
    text = (
        "一、重点规划衔接融合方面\n"
        "1. 做好重大规划的有效衔接。\n"
        "工作成果:坚持规划先行,推动规划的有序衔接。\n"
        "责任单位:海东市发展改革委\n"
        "人:发展改革部门主要负责同志\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert task.text == "做好重大规划的有效衔接。"
    assert [u.name for u in task.units] == ["海东市发展改革委"]
    # 工作成果 is a known field (a note); the unknown label 人 is doubted, naming the task.
    (problem,) = [p for p in result.problems if p.kind is FindingKind.LABEL_NOT_READ]
    assert problem.task == 1
    assert problem["label"] == "人"
    kept = [n["label"] for n in result.notes if n.kind is FindingKind.RECORD_LABEL_NOT_READ]
    assert kept == ["工作成果", "人"]


def test_a_labelled_line_before_any_unit_label_stays_in_the_text():
    # Only the known field labels leave the text before the units are labelled: a line
    # 具体要求:… under an item continues its text, as it did.
    text = "1. 做好一件事。\n具体要求:按时完成。\n责任单位:市发展改革委\n"
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "做好一件事。具体要求:按时完成。"


def test_unit_labels_run_on_after_the_sentence_are_read_as_labelled_lines():
    # trial8/07 (traditional script): 1、…依法處置隱性債務。牽頭單位:省財政廳;責任單位:…
    text = (
        "一、堅決打好三大攻堅戰\n"
        "1、規范政府舉債行為,依法處置隱性債務。牽頭單位:省財政廳;責任單位:省發改委、省審計廳。\n"
        "2、做好一件事。牵头单位：市发改委；责任单位：市财政局\n"
    )
    one, two = importing.read_text(text).plan.tasks
    assert one.text == "規范政府舉債行為,依法處置隱性債務。"
    assert [u.name for u in one.leads] == ["省財政廳"]
    assert [u.name for u in one.responsible] == ["省發改委", "省審計廳"]
    assert two.text == "做好一件事。"
    assert [u.name for u in two.leads] == ["市发改委"]


def test_labels_inside_a_bracket_are_no_run_on_labels():
    # (牵头单位:X;责任单位:Y) after the sentence stays the attribution it is.
    text = "1、做好一件事。(牵头单位:市发改委;责任单位:市财政局)\n"
    (task,) = importing.read_text(text).plan.tasks
    assert task.text == "做好一件事。"
    assert [u.name for u in task.leads] == ["市发改委"]
    assert [u.name for u in task.responsible] == ["市财政局"]


def test_a_regulators_branch_in_traditional_script_takes_no_prefix():
    # trial8/07: 省發改委、…,人行武漢分行、湖北銀監局、湖北證監局、湖北保監局: as 银监, 证监,
    # 保监 in simplified script (NOT_LOCAL), these name their own place.
    cell = parse_units(
        "省發改委、省審計廳,湖北銀監局、湖北證監局、湖北保監局", departments_only=True
    )
    assert cell.units == ("省發改委", "省審計廳", "湖北銀監局", "湖北證監局", "湖北保監局")


def test_a_part_heading_over_a_paragraph_closed_by_its_attribution_stays_a_heading():
    # trial8/02: 一、努力扩大内需,促进经济平稳较快发展 / 认真落实…强化政府性债务管理。(财政厅牵头);
    # trial8/03: 一、推进重大项目建设 / 建立健全…。(省发展改革委、财政厅牵头;…配合).
    text = (
        "一、努力扩大内需,促进经济平稳较快发展\n"
        "认真落实中央积极的财政政策。强化政府性债务管理。(财政厅牵头)\n"
        "二、推进重大项目建设\n"
        "建立健全领导联系重点项目制度。(省发展改革委、财政厅牵头;省林业厅配合)\n"
    )
    result = importing.read_text(text)
    one, two = result.plan.tasks
    assert one.text == "认真落实中央积极的财政政策。强化政府性债务管理。"
    assert [u.name for u in one.leads] == ["财政厅"]
    assert two.text == "建立健全领导联系重点项目制度。"
    assert [u.name for u in two.leads] == ["省发展改革委", "省财政厅"]
    headings = [n.text for n in result.notes if n.kind is FindingKind.HEADING_LINE]
    assert headings == ["努力扩大内需,促进经济平稳较快发展", "推进重大项目建设"]


def test_each_zhou_and_shi_joined_by_a_dun_is_one_collective():
    # trial8/03: …,各州、市人民政府配合 (as its addressee line 各州、市、县、区人民政府).
    cell = parse_units("省林业厅,各州、市人民政府配合", departments_only=True)
    assert cell.support == ("省林业厅", "各州、市人民政府")


def test_a_group_row_with_its_mark_in_the_number_cell_is_a_heading(tmp_path):
    # trial8/10: (一),加强战略科技力量建设。,,,, over the rows 1, 2 of the group.
    rows = [
        ["序号", "重点工作", "牵头单位", "配合单位"],
        ["(一)", "加强战略科技力量建设。", "", ""],
        ["1", "加快建设科技创新轴。", "市科技局", "黄埔区、南沙区政府"],
        ["2", "做好实验室筹建保障服务工作。", "", ""],
    ]
    result = importing.read(write_csv(tmp_path / "分工.csv", rows))
    one, two = result.plan.tasks
    assert one.text == "加快建设科技创新轴。"
    assert [u.name for u in one.leads] == ["市科技局"]
    assert two.text == "做好实验室筹建保障服务工作。"
    headings = [n for n in result.notes if n.kind is FindingKind.HEADING_ROW]
    assert [n.text for n in headings] == ["(一) 加强战略科技力量建设。"]
    # A numbered row with no unit stays a task, doubted.
    assert [p.task for p in result.problems if p.kind is FindingKind.NO_UNIT] == [2]


def test_the_issuers_line_above_a_title_beginning_with_guanyu_opens_the_title():
    # trial8/02: 四川省人民政府 / 关于落实《政府工作报告》重点工作 / 部门分工的意见; the issuer
    # printed on the title's own line (trial2/11: 黑龙江省人民政府关于落实…的意见) is part of it.
    text = (
        "四川省人民政府\n"
        "关于落实《政府工作报告》重点工作\n"
        "部门分工的意见\n"
        "川府发〔2011〕8号 二○一一年三月十七日\n"
        "一、努力扩大内需\n"
        "认真落实中央积极的财政政策。(财政厅牵头)\n"
    )
    result = importing.read_text(text)
    title = "四川省人民政府关于落实《政府工作报告》重点工作部门分工的意见"
    assert result.plan.metadata.title == title


def test_a_masthead_above_a_title_is_no_part_of_it():
    # 四川省人民政府文件 (a document's masthead) ends in 文件: no issuer's line.
    text = (
        "四川省人民政府文件\n"
        "关于落实重点工作部门分工的意见\n"
        "一、努力扩大内需\n"
        "认真落实中央积极的财政政策。(财政厅牵头)\n"
    )
    assert importing.read_text(text).plan.metadata.title == "关于落实重点工作部门分工的意见"


def test_a_notice_title_in_traditional_characters_gives_the_list_it_issues():
    # 關于印發 as unseen/49-dongguan-jiuye prints it (《廣東省人民政府關于印發…的通知》), and
    # 關於: the notice issues the list X, kept in the characters it prints.
    for guanyu in ("關于", "關於"):
        text = (
            f"湘西自治州人民政府辦公室{guanyu}印發2020年重點工作任務分解的通知\n"
            "各縣市人民政府:\n"
            "1. 做好一件事。（州財政局負責）\n"
        )
        result = importing.read_text(text)
        assert result.plan.metadata.title == "2020年重點工作任務分解", guanyu
        assert FindingKind.DOUBTFUL_TITLE not in {p.kind for p in result.problems}


def test_a_covering_notice_in_traditional_characters_names_the_list():
    # 現將《X》印發給你們 (trial/10-xiangxi-fangguanfu prints 現印發給你們 in its notice).
    text = (
        "各縣市人民政府:\n"
        "現將《湘西自治州2020年工作計劃要點》印發給你們,請認真貫徹執行。\n"
        "1. 做好一件事。（州財政局負責）\n"
    )
    assert importing.read_text(text).plan.metadata.title == "湘西自治州2020年工作計劃要點"


def test_a_zones_own_body_after_places_is_no_shared_name():
    # 雄安新区管委会 is the zone's body: 北京市 and 天津市 take no 管委会.
    cell = parse_units("北京市、天津市、雄安新区管委会", departments_only=True)
    assert cell.units == ("北京市", "天津市", "雄安新区管委会")
