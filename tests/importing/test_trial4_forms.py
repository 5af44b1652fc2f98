"""Forms found when trial4's 13 fresh lists were first imported (issue 20).

Each test prints one general form as a real list printed it (the lines quoted from the
trial4 document named, tests/importing/corpus/trial4, or from another real page), and
expects what the print says: the expected units, texts and titles are read off the print
by hand, never taken from the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan._grammar import parse_units
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _kinds(result, task=None):
    return {p.kind for p in result.problems if task is None or p.task == task}


# trial4/01-jianli-zhongdian: 人民大垸、荒湖管理区 are the 人民大垸管理区 and the 荒湖管理区.
_JIANLI = """\
一、2022年主要预期目标
1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区)
"""


def test_a_bare_place_name_shares_the_suffix_of_the_next_name():
    result = importing.read_text(_JIANLI)
    task = result.plan.task(1)
    assert _names(task.leads) == ["市发改局"]
    assert _names(task.units)[1:] == [
        "市统计局",
        "各乡、镇人民政府",
        "人民大垸管理区",
        "荒湖管理区",
        "监利经济开发区",
    ]
    shared = [n for n in task.provenance.notes if n.kind.value == "suffix_shared"]
    assert [dict(n.values)["to"] for n in shared] == ["人民大垸管理区"]
    # 人民大垸 is twice as long as 荒湖: it may be a unit of its own, and that is said.
    assert FindingKind.SUFFIX_DOUBTFUL in _kinds(result, 1)


def test_place_names_of_one_length_share_a_suffix_without_a_doubt():
    # 洛陽、南陽海關 (Henan Daily, 2019-02-22, hn.cri.cn): two 海关; 城东、城西街道 two 街道.
    cell = parse_units("省商务厅、郑州、洛阳、南阳海关负责", departments_only=True)
    assert cell.units == ("省商务厅", "郑州海关", "洛阳海关", "南阳海关")
    assert not cell.problems
    assert parse_units("洛陽、南陽海關", departments_only=True).units == ("洛陽海關", "南陽海關")
    assert parse_units("城东、城西街道", departments_only=True).units == ("城东街道", "城西街道")


def test_full_names_are_never_joined():
    assert parse_units("省发展改革委、省财政厅", departments_only=True).units == (
        "省发展改革委",
        "省财政厅",
    )
    assert parse_units("市妇联、城西街道", departments_only=True).units == ("市妇联", "城西街道")
    # The shipped plan's build reads no shared suffix (departments_only is the importer's).
    assert parse_units("人民大垸、荒湖管理区").units == ("人民大垸", "荒湖管理区")


def test_the_duty_phrase_before_a_role_word_leaves_no_name():
    # trial4/03-city-wenjiuye: (市人力资源社会保障局、市财政局按照职责分工负责).
    text = "(二十一)更好发挥失业保险作用。(市人力资源社会保障局、市财政局按照职责分工负责)\n"
    task = importing.read_text(text).plan.task(1)
    assert task.text == "更好发挥失业保险作用。"
    assert _names(task.units) == ["市人力资源社会保障局", "市财政局"]
    assert not task.leads
    # trial4/05-shanghai-jiuye: …、市地税局等按照职责分工负责 (the list ending before it).
    cell = parse_units(
        "市商务委、人民银行上海总部、市地税局等按照职责分工负责", departments_only=True
    )
    assert cell.units == ("市商务委", "人民银行上海总部", "市地税局")
    # The shorter forms read alike; the role stays responsible, under a lead.
    for printed in ("甲局、乙局按照职责负责", "甲局、乙局按职责负责", "甲局、乙局分别负责"):
        assert parse_units(printed).units == ("甲局", "乙局")
    cell = parse_units("甲局牵头，乙局、丙局等按照职责分工负责")
    assert (cell.leads, cell.responsible) == (("甲局",), ("乙局", "丙局"))


# trial4/04-neijiang-jiuye-trad: the rule stated in traditional characters, inside the
# first item's bracket, holds for the next item too (下同).
_NEIJIANG = """\
一、深入實施就業優先發展戰略
(一)建立經濟發展與擴大就業聯動機制。(市發展改革委、市財政局、市統計局等负责,列第一位者為牽頭單位,下同)
(二)發展吸納就業能力強的產業。(市商務局、市經濟和信息化委、市農業局等負責)
"""


def test_a_stated_rule_in_traditional_characters_is_read_as_in_simplified():
    result = importing.read_text(_NEIJIANG)
    first, second = result.plan.tasks
    assert first.text == "建立經濟發展與擴大就業聯動機制。"
    assert _names(first.leads) == ["市發展改革委"]
    assert _names(first.units) == ["市發展改革委", "市財政局", "市統計局"]
    assert _names(second.leads) == ["市商務局"]
    assert _names(second.units) == ["市商務局", "市經濟和信息化委", "市農業局"]
    assert not result.problems
    # A standing note in traditional characters is one too (不再單獨列出), as
    # 30-weihai-shuzi prints it (以下任务均需各区市政府、开发区管委落实,不再一一列出).
    text = "1.做事。(以下任務均需各區政府落實,不再單獨列出)\n2.再做事。(市財政局負責)\n"
    assert _names(importing.read_text(text).plan.task(2).units) == ["市財政局", "各區政府"]


def test_a_people_label_with_a_level_word_names_people_not_text():
    # trial4/08-quzhou-zhongdian: 牵头市领导:汤飞帆 between the item and its 责任单位 line.
    text = (
        "1.聚焦不平衡不充分问题,加快构建以共同富裕为导向的发展格局。\n"
        "牵头市领导:汤飞帆\n"
        "责任单位:市发改委、市农业农村局、市文旅局\n"
    )
    result = importing.read_text(text)
    task = result.plan.task(1)
    assert task.text == "聚焦不平衡不充分问题,加快构建以共同富裕为导向的发展格局。"
    assert _names(task.units) == ["市发改委", "市农业农村局", "市文旅局"]
    assert not task.leads
    assert [dict(n.values)["names"] for n in result.notes if n.kind.value == "people_named"] == [
        "汤飞帆"
    ]
    # trial2/08-guangdong-zfgzbg2021: 分管省领导:林克庆 under the item, a person too.
    text = "1.地区生产总值增长6%以上。\n分管省领导:林克庆\n责任单位:省发展改革委\n"
    task = importing.read_text(text).plan.task(1)
    assert (task.text, _names(task.units)) == ("地区生产总值增长6%以上。", ["省发展改革委"])


# trial4/11-cangnan-zhengce and trial4/12-longgang-zhengce (the same provincial template,
# two cities): a part heading closing in (由X牵头实施), in 12 with its opening lost.
_CANGNAN = """\
一、扩大有效投资政策(由县发改局牵头实施)
聚焦重大交通、科技创新等九大工程,着力推进140个左右支撑性项目。
1.加大财政支持力度。围绕保障重大项目建设、激发全社会投资活力。
二、扩大有效投资政策由市经济发展局牵头实施)
1.向上争取资金支持。确保2023年累计储备专项债券项目资金需求45亿元。
"""


def test_a_part_heading_naming_its_lead_gives_the_lead_and_is_no_task():
    result = importing.read_text(_CANGNAN)
    plan = result.plan
    assert [t.text for t in plan.tasks] == [
        "加大财政支持力度。围绕保障重大项目建设、激发全社会投资活力。",
        "向上争取资金支持。确保2023年累计储备专项债券项目资金需求45亿元。",
    ]
    assert [_names(t.leads) for t in plan.tasks] == [["县发改局"], ["市经济发展局"]]
    assert [s.title for s in plan.sections] == ["扩大有效投资政策", "扩大有效投资政策"]
    assert FindingKind.LEAD_FROM_HEADING in _kinds(result, plan.tasks[0].number)
    # A heading of that form with nothing under it is no task either.
    lone = importing.read_text(
        "一、扩大有效投资政策(由县发改局牵头实施)\n二、其他\n1.做事。(县财政局负责)\n"
    )
    assert [t.text for t in lone.plan.tasks] == ["做事。"]


def _csv(tmp_path, name, rows):
    import csv  # noqa: PLC0415 - only the table tests write one

    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_merged_header_over_numbers_and_text_reads_the_text(tmp_path):
    # trial4/13-jingzhou-zhengwu, as Excel saves it: 工作任务 over two heading columns,
    # 具体要求 over the number column and the text column (its header cell left blank).
    path = _csv(
        tmp_path,
        "清单.csv",
        [
            ["工作任务", "", "具体要求", "", "责任单位", "时限要求"],
            [
                "一、以公开助力经济平稳健康发展。",
                "(一)加强涉及市场主体的信息公开。",
                "1",
                "进一步增强政策文件制定实施的透明度与可预期性。",
                "市政府各有关部门,各县市区人民政府、功能区管委会负责落实",
                "持续推进",
            ],
            ["", "", "2", "开设行业帮扶政策公开专题。", "市政府各有关部门", "持续推进"],
        ],
    )
    result = importing.read(path)
    first, second = result.plan.tasks
    assert (first.number, first.text) == (1, "进一步增强政策文件制定实施的透明度与可预期性。")
    assert (second.number, second.text) == (2, "开设行业帮扶政策公开专题。")
    assert _names(first.units) == ["市政府各有关部门", "各县市区人民政府", "功能区管委会"]
    [part] = result.plan.sections
    assert part.title == "以公开助力经济平稳健康发展。"
    assert [s.title for s in part.subsections] == ["加强涉及市场主体的信息公开"]
    assert not result.problems


def test_a_text_column_of_part_headings_carried_down_is_no_doubt(tmp_path):
    # trial4/02-jiangmen-tuchu-zhengwu: the 工作任务 column prints the part headings once
    # over their rows; 具体要求 is the text, and no row is doubted for it.
    path = _csv(
        tmp_path,
        "要点.csv",
        [
            ["工作任务", "具体要求", "责任部门"],
            ["一、做好财政信息公开。", "1.积极推进本中心预算、决算及相关报表公开。", "财务科"],
            ["二、做好政府网站专栏信息公开。", "2.及时更新网站频道的各类型概况信息。", "办公室"],
            ["", "3.及时反馈网民对调查征集信息的意见。", "各科室"],
        ],
    )
    result = importing.read(path)
    assert [t.text for t in result.plan.tasks] == [
        "积极推进本中心预算、决算及相关报表公开。",
        "及时更新网站频道的各类型概况信息。",
        "及时反馈网民对调查征集信息的意见。",
    ]
    assert FindingKind.TEXT_FROM_OTHER_COLUMN not in _kinds(result)
    assert [s.title for s in result.plan.sections] == [
        "做好财政信息公开。",
        "做好政府网站专栏信息公开。",
    ]


# trial4/06-xian-caishui-trad: (一) items closed by a bracket of unit names alone.
_XIAN = """\
一、大力支持工業穩增長、促投資
(一)持續加大投入力度。2018—2021年累計安排各類支持工業發展的專項資金不低于30億元。(市工信委、市財政局)
(二)支持企業擴大投資。對新引進固定資產投資5億元以上的高技術工業項目給予重點支持。(市工信委、市財政局)
"""


def test_a_bracket_of_unit_names_closing_a_measure_is_its_attribution():
    result = importing.read_text(_XIAN)
    first, second = result.plan.tasks
    assert (
        first.text
        == "持續加大投入力度。2018—2021年累計安排各類支持工業發展的專項資金不低于30億元。"
    )
    assert _names(first.units) == ["市工信委", "市財政局"]
    assert not first.leads
    assert not first.support
    assert _names(second.units) == ["市工信委", "市財政局"]
    assert [s.title for s in result.plan.sections] == ["大力支持工業穩增長、促投資"]
    # A subsection heading closing in a bracket with no full stop before it stays one.
    text = "(一)加强组织领导(市委办)\n1.建立机制。(市财政局负责)\n"
    plan = importing.read_text(text).plan
    assert [t.text for t in plan.tasks] == ["建立机制。"]


def test_a_text_header_ending_in_project_names_the_text(tmp_path):
    # trial4/07-linan-shishi2022: 实事项目 is the project, 工作举措及实施计划 its steps.
    path = _csv(
        tmp_path,
        "实事.csv",
        [
            ["序号", "实事项目", "工作举措及实施计划", "责任单位", "配合单位"],
            [
                "1",
                "新建成公办中小学、幼儿园7所。",
                "1.4月底前职教中心主体完工。 2.8月底前竣工交付。",
                "教育局",
                "发改局、住建局,锦城街道",
            ],
        ],
    )
    task = importing.read(path).plan.task(1)
    assert task.text == "新建成公办中小学、幼儿园7所。"
    assert _names(task.units) == ["教育局", "发改局", "住建局", "锦城街道"]
    assert _names(task.support) == ["发改局", "住建局", "锦城街道"]


def test_a_part_heading_closing_in_a_lead_without_you_needs_numbered_items_under_it():
    # 金华市婺城区 关于推动经济高质量发展若干政策举措(2025年版) (chu21.com copy), the same
    # provincial template as trial4/11: 一、强化科技创新(区科技局牵头) over (一) items.
    text = (
        "一、强化科技创新(区科技局牵头)\n"
        "以统筹深化教育科技人才一体化改革为牵引,加快培育发展新质生产力。\n"
        "1.加强科创平台效能建设。加快建设浙江光电子研究院。\n"
    )
    result = importing.read_text(text)
    [task] = result.plan.tasks
    assert task.text == "加强科创平台效能建设。加快建设浙江光电子研究院。"
    assert _names(task.leads) == ["区科技局"]
    assert [s.title for s in result.plan.sections] == ["强化科技创新"]
    # A part line closing in (X牵头) with nothing numbered under it is a task, as before.
    plan = importing.read_text(
        "一、建设数据平台(区大数据局牵头)\n二、完善机制(区财政局牵头)\n"
    ).plan
    assert [(t.text, _names(t.leads)) for t in plan.tasks] == [
        ("建设数据平台", ["区大数据局"]),
        ("完善机制", ["区财政局"]),
    ]


def test_a_notice_printed_as_x_issues_about_y_gives_the_list_it_issues():
    # trial4/11-cangnan-zhengce's notice line (苍政发〔2023〕22号), with no title line.
    text = (
        "苍南县人民政府印发关于推动经济高质量发展若干政策的通知\n"
        "各乡镇人民政府,县直属各单位:\n"
        "1.加大财政支持力度。(县财政局负责)\n"
    )
    assert importing.read_text(text).plan.metadata.title == "关于推动经济高质量发展若干政策"
    # X关于印发Y的通知 with no 《》 (金华市婺城区人民政府, 2025, chu21.com copy).
    text = (
        "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措的通知\n"
        "1.加强科创平台效能建设。(区科技局牵头)\n"
    )
    assert importing.read_text(text).plan.metadata.title == "关于推动经济高质量发展若干政策举措"


def test_a_title_line_of_policies_with_a_qualifier_or_in_traditional_characters():
    # trial4/11's own title line ends in 政策; trial4/12's in 政策 and (征求意见稿);
    # trial4/06's is printed in traditional characters (…意見).
    for title in (
        "关于推动经济高质量发展的若干政策",
        "关于进一步提振市场信心推动经济运行整体好转的若干政策(征求意见稿)",
        "西安市人民政府辦公廳關于支持實體經濟發展若干財稅措施的意見",
    ):
        result = importing.read_text(f"{title}\n1.加大财政支持力度。(县财政局负责)\n")
        assert result.plan.metadata.title == title
        assert FindingKind.DOUBTFUL_TITLE not in _kinds(result)


def test_a_role_word_in_an_ordinary_preamble_sentence_is_no_unread_attribution():
    # trial4/11 and trial4/12's preambles: 加强各类政策协同, 加强各类政策的协调配合.
    text = (
        "为深入贯彻落实中央经济工作会议精神,加强各类政策协同,推动经济运行整体好转。\n"
        "为进一步提振市场信心,加强各类政策的协调配合,现提出以下政策措施。\n"
        "1.加大财政支持力度。(县财政局负责)\n"
    )
    assert FindingKind.ATTRIBUTION_NOT_READ not in _kinds(importing.read_text(text))
    # After a unit's name the role word is still an attribution left unread.
    text = "各县区要抓好落实,市财政局配合。\n1.加大财政支持力度。(县财政局负责)\n"
    assert FindingKind.ATTRIBUTION_NOT_READ in _kinds(importing.read_text(text))
