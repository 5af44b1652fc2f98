"""The one unit grammar: roles, lists, prefix restoration, collectives."""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan._grammar import format_units, is_collective, numeral, parse_units


def test_lead_then_responsible_by_division_of_duties():
    cell = parse_units("省发展改革委、财政厅牵头，省直相关部门以及各省辖市政府按职责分工负责")
    assert cell.units == ("省发展改革委", "省财政厅", "省直相关部门", "各省辖市政府")
    assert cell.leads == ("省发展改革委", "省财政厅")
    assert cell.support == ()
    assert cell.responsible == ("省直相关部门", "各省辖市政府")
    assert [str(n) for n in cell.notes] == ["省 restored: 财政厅 → 省财政厅"]
    assert dict(cell.notes[0].values) == {"prefix": "省", "from": "财政厅", "to": "省财政厅"}


@pytest.mark.parametrize("word", ["配合", "协助", "协同", "协作", "参与"])
def test_support_words(word):
    cell = parse_units(f"省大数据局牵头，省直有关部门{word}")
    assert cell.leads == ("省大数据局",)
    assert cell.support == ("省直有关部门",)


@pytest.mark.parametrize("word", ["负责", "按职责分工负责", ""])
def test_responsible_words(word):
    cell = parse_units(f"市公安局、应急管理局{word}")
    assert cell.units == ("市公安局", "市应急管理局")
    assert cell.leads == cell.support == ()


def test_labels_name_the_role():
    cell = parse_units("牵头单位：省教育厅；配合单位：省财政厅、人力资源社会保障厅")
    assert cell.leads == ("省教育厅",)
    assert cell.support == ("省财政厅", "省人力资源社会保障厅")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("区教育局、卫生健康委", ("区教育局", "区卫生健康委")),
        ("县财政局、审计局", ("县财政局", "县审计局")),
        ("郑州市公安局、应急管理局", ("郑州市公安局", "郑州市应急管理局")),
        ("省行政审批政务信息管理局、市场监管局", ("省行政审批政务信息管理局", "省市场监管局")),
    ],
)
def test_the_elided_prefix_comes_from_the_first_item(printed, expected):
    assert parse_units(printed).units == expected


def test_collectives_and_self_standing_names_are_left_as_they_are():
    cell = parse_units("省财政厅、济源示范区管委会、各省辖市政府、中央驻豫相关单位、河南银保监局")
    assert cell.units == (
        "省财政厅",
        "济源示范区管委会",
        "各省辖市政府",
        "中央驻豫相关单位",
        "河南银保监局",
    )
    assert cell.notes == ()


def test_given_standalone_names_are_left_as_they_are():
    assert parse_units("省财政厅、某某中心", standalone={"某某中心"}).units == (
        "省财政厅",
        "某某中心",
    )


def test_known_names_are_not_prefixed():
    known = {"国家保密局", "省财政厅"}.__contains__
    assert parse_units("省财政厅、国家保密局", known=known).units == ("省财政厅", "国家保密局")


def test_a_unit_printed_twice_is_a_problem_not_a_second_unit():
    cell = parse_units("省财政厅、财政厅牵头")
    assert cell.units == ("省财政厅",)
    assert cell.problems
    assert "printed twice" in str(cell.problems[0])


@pytest.mark.parametrize(
    "name", ["各省辖市政府", "省直各部门", "省直有关部门", "省直相关部门", "中央驻豫相关单位"]
)
def test_is_collective(name):
    assert is_collective(name)


def test_a_single_unit_is_not_collective():
    assert not is_collective("省财政厅")


def test_a_role_word_that_is_a_whole_name_is_a_name():
    assert parse_units("共同负责").units == ("共同负责",)
    assert parse_units("省财政厅牵头，配合").support == ()
    cell = parse_units("省财政厅牵头，某某配合", known={"某某配合"}.__contains__)
    assert cell.units == ("省财政厅", "某某配合")
    assert cell.support == ()


def test_a_list_inside_brackets_is_part_of_the_name():
    # Found by a user trial: 各县（市、区）政府 is one collective, not 各县（市 and 区）政府.
    cell = parse_units("市大数据局，各县（市、区）政府按职责分工负责")
    assert cell.units == ("市大数据局", "各县（市、区）政府")
    # ASCII brackets too (the cell is normalised to the print's full-width forms).
    assert parse_units("各县(市、区)政府、市公安局负责").units == ("各县（市、区）政府", "市公安局")


# format_units writes what parse_units reads back (its docstring's promise), in the print's
# forms: a role word after each list, and a list of responsible units alone left bare, as
# the print leaves most of its cells ("省发展改革委、省财政厅" means both are responsible).
@pytest.mark.parametrize(
    ("leads", "responsible", "support", "printed"),
    [
        (["甲局", "乙局"], ["丙局"], ["丁局"], "甲局、乙局牵头，丙局按职责分工负责，丁局配合"),
        (["甲局"], [], [], "甲局牵头"),
        (["甲局"], ["丙局"], [], "甲局牵头，丙局按职责分工负责"),
        ([], ["甲局", "乙局"], [], "甲局、乙局"),
        ([], ["甲局"], ["丁局"], "甲局负责，丁局配合"),
        (["甲局"], [], ["丁局", "戊局"], "甲局牵头，丁局、戊局配合"),
    ],
)
def test_format_units_writes_what_parse_units_reads(leads, responsible, support, printed):
    assert format_units(leads, responsible, support) == printed
    cell = parse_units(printed)
    assert (cell.leads, cell.responsible, cell.support) == (
        tuple(leads),
        tuple(responsible),
        tuple(support),
    )


# The Chinese numerals of the print's part labels (一 … 十 … 二十一), stated by hand.
@pytest.mark.parametrize(
    ("number", "printed"),
    [
        (1, "一"),
        (2, "二"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (30, "三十"),
        (99, "九十九"),
        (0, "0"),
        (100, "100"),
        (-3, "-3"),
    ],
)
def test_numeral_is_the_chinese_numeral_from_1_to_99(number, printed):
    assert numeral(number) == printed


@pytest.mark.parametrize(
    "printed", ["由省大数据局牵头，省直有关部门配合", "省大数据局牵头，由省直有关部门配合"]
)
def test_a_clause_may_open_with_by(printed):
    # "由 X 牵头" (led by X): 由 is a word of the sentence, not part of the name.
    cell = parse_units(printed)
    assert cell.leads == ("省大数据局",)
    assert cell.support == ("省直有关部门",)


def test_a_name_keeps_its_latin_letters():
    # Only the clause's punctuation is trimmed, never a letter of a name.
    cell = parse_units("XR产业联盟牵头，省工业和信息化厅、5G专班X配合")
    assert cell.leads == ("XR产业联盟",)
    assert cell.support == ("省工业和信息化厅", "5G专班X")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # 05-xuchang-zfgzbg, 10-chuzhou-zhongdian, 12-guangdong-zfgzbg (corpus): 等
        (
            "市疫情防控指挥部办公室、市卫生健康委等，各县（市、区）政府（管委会）",
            ("市疫情防控指挥部办公室", "市卫生健康委", "各县（市、区）政府（管委会）"),
        ),
        # 07-kunming-guandu (corpus): 等部门; 08-huaian-wenzengzhang: 等有关部门
        ("区住建局、区水务局等部门，区国投公司", ("区住建局", "区水务局", "区国投公司")),
        ("市工信局、市财政局等有关部门", ("市工信局", "市财政局")),
    ],
)
def test_list_endings_end_a_list_and_are_dropped(printed, expected):
    assert parse_units(printed).units == expected


def test_the_level_words_of_one_collective_stay_one_unit():
    # 10-chuzhou-zhongdian (corpus): 各县、市、区政府 is the governments of every county,
    # county-level city and district, as the addressee line 各县、市、区人民政府 says.
    cell = parse_units(
        "协同责任单位：市经信局、滁州海关等，各县、市、区政府", departments_only=True
    )
    assert cell.units == ("市经信局", "滁州海关", "各县、市、区政府")
    assert cell.support == cell.units


def test_a_line_break_or_a_space_between_department_names_separates_them():
    # 09-yuanlin-chengshi (corpus): one cell prints 市国土资源局 and 市农牧林业局 on two
    # lines, another 市规划局 市建设局 with a space. A real form too: a Word cell with
    # one unit per paragraph (省财政厅 / 省教育厅).
    assert parse_units("市国土资源局\n市农牧林业局").units == ("市国土资源局", "市农牧林业局")
    assert parse_units("市规划局 市建设局").units == ("市规划局", "市建设局")
    assert parse_units("省财政厅\n省教育厅").units == ("省财政厅", "省教育厅")


def test_the_importer_restores_a_prefix_only_onto_bare_department_names():
    # 01-anshan-lishan and 03-sichuan-liutong (corpus): 区 is not put onto 立山经济开发区
    # or a 专班; 省 is put onto 商务厅 in a list that begins with 省发展改革委.
    cell = parse_units("区发改局、立山经济开发区、全区经济运行各专班", departments_only=True)
    assert cell.units == ("区发改局", "立山经济开发区", "全区经济运行各专班")
    assert cell.notes == ()
    cell = parse_units("省发展改革委、省市场监管局、商务厅按职责分工负责", departments_only=True)
    assert cell.units == ("省发展改革委", "省市场监管局", "省商务厅")
    assert [str(n) for n in cell.notes] == ["省 restored: 商务厅 → 省商务厅"]
    # A list that does not begin with a prefixed name restores nothing (01, task 5).
    assert parse_units("立山经济开发区，各街道，税务局", departments_only=True).units == (
        "立山经济开发区",
        "各街道",
        "税务局",
    )


@pytest.mark.parametrize(
    ("printed", "leads", "responsible"),
    [
        # Forms found in real lists by a user trial (北京市2018年政务公开工作要点,
        # 潍坊市2017年政务公开工作要点实施方案): 落实 after the role word, 分别 before it.
        ("市发改委牵头落实", ("市发改委",), ()),
        ("市财政局负责落实", (), ("市财政局",)),
        ("市重大项目办、市体育局、市教委分别负责落实", (), ("市重大项目办", "市体育局", "市教委")),
        ("市金融办、市人社局分别牵头", ("市金融办", "市人社局"), ()),
    ],
)
def test_fenbie_before_and_luoshi_after_a_role_word_keep_its_role(printed, leads, responsible):
    cell = parse_units(printed, departments_only=True)
    assert (cell.leads, cell.responsible, cell.support) == (leads, responsible, ())


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # The rule (docs/importing.md, "Units"): the elided prefix goes only onto a bare
        # local department's name. 潍坊银监分局 names its place and is a regulator's
        # branch: it stays as printed (a user trial, 潍坊市 政务公开工作要点).
        ("市金融办、潍坊银监分局", ("市金融办", "潍坊银监分局")),
        # A regulator's branch printed without its place is no local department either.
        ("市金融办、银保监分局、人民银行中心支行", ("市金融办", "银保监分局", "人民银行中心支行")),
        # A name holding a place with its level word names that place.
        ("市发改委、高新区建设局", ("市发改委", "高新区建设局")),
        ("市财政局、国家税务总局潍坊市税务局", ("市财政局", "国家税务总局潍坊市税务局")),
        # A bare local department still takes it.
        ("市发改委、财政局", ("市发改委", "市财政局")),
    ],
)
def test_no_prefix_onto_a_name_that_names_its_place_or_no_local_department(printed, expected):
    assert parse_units(printed, departments_only=True).units == expected


def test_a_place_the_document_names_is_the_names_own():
    # 潍坊水文局 begins with 潍坊, a place the document prints as 潍坊市: it is not 市潍坊水文局.
    printed = "市水利局、潍坊水文局"
    assert parse_units(printed, departments_only=True, places=("潍坊",)).units == (
        "市水利局",
        "潍坊水文局",
    )


def test_the_importer_takes_the_places_from_the_title_and_the_unit_cells():
    text = (
        "潍坊市2017年政务公开工作要点实施方案\n"
        "一、推进决策公开\n"
        "1. 推进重大决策预公开。（市政府办公室牵头，潍坊水文局、银监分局配合）\n"
    )
    task = importing.read_text(text).plan.tasks[0]
    assert [u.name for u in task.leads] == ["市政府办公室"]
    assert [u.name for u in task.support] == ["潍坊水文局", "银监分局"]
    assert not [n for n in task.provenance.notes if n.kind.value == "prefix_restored"]
