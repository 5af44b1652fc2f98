"""Forms of published lists the importer reads by a general rule (issue #20, unseen set).

Each test prints rows as a published list prints them (the corpus document named) and
expects what the print says, by the rule tests/importing/GRAMMAR.md's grammar table names: the
expected values are the print's, never the importer's output.
"""

from __future__ import annotations

import json

import pytest

from dg_plan import DeadlineKind, PlanImportError, importing
from dg_plan.importing import FindingKind
from helpers.cli import call
from helpers.workbooks import write_csv

# -- a text column headed by the general form (…内容, …任务, …目标, …实事, …举措) ----------


@pytest.mark.parametrize(
    ("header", "row", "text", "units"),
    [
        # 45-dazhu-minsheng: 序号/民生实事/责任单位/完成时限.
        (
            ["序号", "民生实事", "责任单位", "完成时限"],
            ["2", "新建2座人行天桥。", "县住建局", "9月投入使用"],
            "新建2座人行天桥。",
            ["县住建局"],
        ),
        # 46-cangnan-minsheng: 序号/项目内容/当前进度/牵头单位/备注.
        (
            ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
            ["2", "建设四好农村路55公里。", "95%", "县交通局", "县民生实事"],
            "建设四好农村路55公里。",
            ["县交通局"],
        ),
        # 41-shapingba-mubiao: 序号/2022年预期目标/责任单位.
        (
            ["序号", "2022年预期目标", "责任单位"],
            ["2", "固定资产投资增长6%左右", "区发展改革委"],
            "固定资产投资增长6%左右",
            ["区发展改革委"],
        ),
        # The same forms in other lists: 建设内容, 目标任务, 重点举措.
        (
            ["序号", "建设内容", "责任单位"],
            ["1", "新建城市书房10个。", "市文广旅游局"],
            "新建城市书房10个。",
            ["市文广旅游局"],
        ),
    ],
)
def test_a_text_header_of_the_general_form_is_the_text_column(tmp_path, header, row, text, units):
    path = write_csv(tmp_path / "清单.csv", [header, row])
    result = importing.read(path)
    task = result.plan.tasks[0]
    assert task.text == text
    assert [u.name for u in task.units] == units


def test_progress_and_remark_columns_are_not_read_as_text(tmp_path):
    # 46-cangnan-minsheng: 当前进度 and 备注 (县民生实事) are neither text nor units.
    rows = [
        ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
        ["3", "完成农村公路大中修70公里。", "90%", "县交通局", "县民生实事"],
    ]
    task = importing.read(write_csv(tmp_path / "进度.csv", rows)).plan.tasks[0]
    assert task.text == "完成农村公路大中修70公里。"
    assert [u.name for u in task.leads] == ["县交通局"]


# -- a header the user maps: read(columns=...) and --column ROLE=HEADER -------------------

_OWN_HEADERS = [
    ["序号", "项目名称", "承办处室", "办结时间", "备注"],
    ["1", "新建2座人行天桥。", "县住建局", "2024年底前", "县民生实事"],
]


def test_unknown_headers_refuse_the_file_and_list_what_was_seen(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    with pytest.raises(PlanImportError) as caught:
        importing.read(path)
    (problem,) = caught.value.problems
    assert problem.kind is FindingKind.NO_HEADER_ROW
    headers = problem["headers"]
    for cell in ("A1 序号 → number", "B1 项目名称", "C1 承办处室", "D1 办结时间"):
        assert cell in headers
    assert "text" in problem["roles"]
    assert "--column ROLE=HEADER" in problem.message
    # In Chinese, the roles are named by their Chinese names.
    assert "序号 → 序号" in problem.render("zh")
    assert "任务" in problem.render("zh")


def test_a_close_header_names_its_closest_known_header(tmp_path):
    # A header misprinted (単 for 单) is named with the header it is closest to.
    # (工作事宜, no text header: 工作事项 now is one, by its ending 事项.)
    rows = [["序号", "工作事宜", "牵头単位"], ["1", "做一件事", "市住建局"]]
    with pytest.raises(PlanImportError) as caught:
        importing.read(write_csv(tmp_path / "清单.csv", rows))
    assert "C1 牵头単位 ≈ 牵头单位 → lead" in caught.value.problems[0]["headers"]


def test_columns_map_unknown_headers(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    columns = {"text": "项目名称", "lead": "承办处室", "deadline": "办结时间", "ignore": "备注"}
    result = importing.read(path, columns=columns)
    task = result.plan.tasks[0]
    assert task.text == "新建2座人行天桥。"
    assert [u.name for u in task.leads] == ["县住建局"]
    assert str(task.deadline) == "2024年12月底前"
    assert not [p for p in result.problems if p.kind is FindingKind.TEXT_ABOVE_HEADER]


def test_columns_take_chinese_role_names_and_several_headers(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    columns = {"任务": "项目名称", "牵头单位": ["承办处室"], "不读": ["办结时间", "备注"]}
    task = importing.read(path, columns=columns).plan.tasks[0]
    assert task.text == "新建2座人行天桥。"
    assert [u.name for u in task.leads] == ["县住建局"]
    assert task.deadline.kind is DeadlineKind.UNSPECIFIED


def test_a_mapped_header_no_row_holds_is_a_problem(tmp_path):
    path = write_csv(
        tmp_path / "清单.csv", [["序号", "民生实事", "责任单位"], ["1", "做事", "县住建局"]]
    )
    result = importing.read(path, columns={"support": "配合处室"})
    (problem,) = [p for p in result.problems if p.kind is FindingKind.COLUMN_NOT_FOUND]
    # role_zh: the glossary's Chinese name of the role, for the Chinese message
    assert dict(problem.values) == {"header": "配合处室", "role": "support", "role_zh": "配合单位"}


@pytest.mark.parametrize(
    ("columns", "said"),
    [({"title": "项目名称"}, "'title' is no column role"), ({"text": " "}, "names no header")],
)
def test_a_malformed_mapping_stops_the_import(tmp_path, columns, said):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    with pytest.raises(PlanImportError) as caught:
        importing.read(path, columns=columns)
    (problem,) = caught.value.problems
    assert problem.kind is FindingKind.COLUMN_MAPPING_MALFORMED
    assert said in problem.message


def test_the_command_line_maps_columns(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    refused = call("--lang", "zh", "import", str(path))
    assert refused.returncode == 1
    assert "B1 项目名称" in refused.stderr
    assert "--column" in refused.stderr
    out = tmp_path / "plan.json"
    done = call(
        "import",
        str(path),
        "-o",
        str(out),
        "--column",
        "text=项目名称",
        "--column",
        "lead=承办处室",
        "--column",
        "ignore=办结时间",
        "--column",
        "ignore=备注",
    )
    assert done.returncode == 0, done.stderr
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert plan["tasks"][0]["text"] == "新建2座人行天桥。"


# -- people inside an attribution bracket: a note, never a deadline or units ---------------

# 40-xianning-xianan, items 7 and 12, as printed.
_PEOPLE_IN_BRACKET = (
    "一、2023年全区经济社会发展主要预期目标\n"
    "7.城乡居民收入增长与经济增长基本同步。"
    "(责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局)\n"
    "12.启动南外环高速公路、全域公交项目建设。"
    "(责任领导:洪声耀;牵头单位:区交通运输局;责任单位:区发改局、区自然资源和规划局、"
    "区林业局,区经发集团,相关乡镇办)\n"
)


def test_people_in_an_attribution_are_a_note():
    result = importing.read_text(_PEOPLE_IN_BRACKET)
    first, second = result.plan.tasks
    assert [u.name for u in first.leads] == ["区发改局", "区农业农村局"]
    assert first.units == first.leads
    assert first.deadline.kind is DeadlineKind.UNSPECIFIED
    assert [u.name for u in second.leads] == ["区交通运输局"]
    responsible = [u.name for u in second.units if u not in second.leads]
    # 相关乡镇办 ("the towns concerned") is a collective: no 区 prefix is put onto it.
    assert responsible == ["区发改局", "区自然资源和规划局", "区林业局", "区经发集团", "相关乡镇办"]
    assert not result.problems
    people = [n for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert [n["names"] for n in people] == ["杜新国、丁玲", "洪声耀"]
    assert {n["label"] for n in people} == {"责任领导"}
    # The people stay on the task: its attribution note keeps the bracket as printed.
    assert any("杜新国、丁玲" in str(n) for n in first.provenance.notes)


def test_a_leader_label_in_a_bracket_is_read_like_its_line():
    # 12-guangdong-zfgzbg prints 分管领导 as a line; the same label inside the bracket.
    text = "1.推进数字政府建设。（分管领导：王宏副省长；牵头单位：省政务服务数据管理局）\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert [u.name for u in task.units] == ["省政务服务数据管理局"]
    assert [u.name for u in task.leads] == ["省政务服务数据管理局"]
    assert not result.problems


# -- a list's own stated lead rule, in its variants --------------------------------------


def test_a_stated_rule_inside_the_attribution_makes_the_first_unit_lead():
    # 42-yunfu-xueqian: the rule is a clause of the attribution, 下同 with it.
    text = (
        "一、落实政府职责\n"
        "(一)健全管理体制。建立完善市统筹,县级政府为主,镇(街道)参与的学前教育管理体制。"
        "(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)\n"
        "(二)完善投入机制。加大财政投入。(市财政局,市教育局)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert [u.name for u in first.leads] == ["市教育局"]
    assert [u.name for u in first.units] == ["市教育局", "市委农办", "各县<市、区>人民政府"]
    assert [u.name for u in second.leads] == ["市财政局"]
    assert not result.problems
    (rule,) = [n for n in result.notes if n.kind is FindingKind.STATED_LEAD_RULE]
    assert rule["rule"] == "排名第一位为牵头单位"


def test_a_stated_rule_at_the_end_of_a_unit_line_applies_from_that_task():
    # 44-tongxiang-zhongdian: 列第一位者为牵头或汇总单位,下同 ends the first 责任单位 line.
    text = (
        "2020年政府工作报告主要工作责任分解\n"
        "一、于会游市长主抓重点工作\n"
        "1.制定出台高质量发展“1+4+8”政策体系,与企业共克时艰。\n"
        "责任单位:财政局、发改局、经信局、人才办、工商联(列第一位者为牵头或汇总单位,下同)\n"
        "2.全面落实各级“五减”系列政策,力争为企业减负60亿元。\n"
        "责任单位:发改局、经信局、财政局、金融发展服务中心、税务局、人民银行\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.tasks
    assert [u.name for u in first.leads] == ["财政局"]
    assert [u.name for u in first.units][-1] == "工商联"
    assert [u.name for u in second.leads] == ["发改局"]
    assert [u.name for u in second.units] == [
        "发改局",
        "经信局",
        "财政局",
        "金融发展服务中心",
        "税务局",
        "人民银行",
    ]
    assert not result.problems
    leads = [n for n in result.notes if n.kind is FindingKind.LEAD_BY_STATED_RULE]
    assert [n["name"] for n in leads] == ["财政局", "发改局"]


@pytest.mark.parametrize(
    "rule",
    [
        "排在首位的为牵头单位",
        "第一责任单位为牵头单位",
        "排名第一位为牵头单位",
        "列第一位者为牵头或汇总单位",
    ],
)
def test_each_variant_of_the_rule_applies_from_where_it_is_stated(rule):
    text = (
        "1.建立机制。\n责任单位:市发改委、市财政局\n"
        f"2.完善制度。\n责任单位:市财政局、市发改委({rule},下同)\n"
        "3.加强督查。\n责任单位:市政府办、市发改委\n"
    )
    result = importing.read_text(text)
    leads = [[u.name for u in t.leads] for t in result.plan.tasks]
    # Task 1 is before the rule: its units are responsible, as its label says.
    assert leads == [[], ["市财政局"], ["市政府办"]]
    assert not result.problems


# -- 参加 as a support word; a list ending before a role word ------------------------------


def test_participate_is_a_support_word_and_the_list_ending_before_it_goes():
    # 43-jinxiang-xiangcun: role words inside a 责任单位 label win over the label.
    text = (
        "1.保持帮扶政策总体稳定。(责任单位:县扶贫开发办牵头,县教育和体育局、县卫生健康局、"
        "县住房和城乡建设局、县民政局、县医疗保障局等有关部门参加,各镇街落实)\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert [u.name for u in task.leads] == ["县扶贫开发办"]
    assert [u.name for u in task.support] == [
        "县教育和体育局",
        "县卫生健康局",
        "县住房和城乡建设局",
        "县民政局",
        "县医疗保障局",
    ]
    responsible = [u for u in task.units if u not in task.leads and u not in task.support]
    assert [u.name for u in responsible] == ["各镇街"]
    assert not result.problems


# -- two labels in one cell or bracket, separated by a space or a line break --------------


@pytest.mark.parametrize("between", [" ", "\n", "  "])
def test_two_labels_in_one_table_cell_are_two_clauses(tmp_path, between):
    # 48-jinhua-banniandu: 牵头单位:X 责任单位:Y in the 责任单位 column.
    rows = [
        ["序号", "工作任务", "进展情况", "责任单位"],
        [
            "71",
            "提高公共文化服务水平。",
            "总体进度正常。",
            f"牵头单位:市文广旅游局{between}责任单位:市各县(市、区)政府、金华开发区管委会",
        ],
    ]
    result = importing.read(write_csv(tmp_path / "半年度.csv", rows))
    (task,) = result.plan.tasks
    assert [u.name for u in task.leads] == ["市文广旅游局"]
    assert [u.name for u in task.units] == [
        "市文广旅游局",
        "市各县（市、区）政府",
        "金华开发区管委会",
    ]


def test_two_labels_in_one_bracket_are_two_clauses():
    # 26-xining-liutong: (牵头单位:市商务局  责任单位:…), two spaces between.
    text = (
        "1.提高流通管理部门管理效能。建立分工明确、权责统一、协调高效的流通管理体制。"
        "(牵头单位:市商务局  责任单位:市编办、市发改委、市法制办、各区县政府)\n"
    )
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert [u.name for u in task.leads] == ["市商务局"]
    assert [u.name for u in task.units] == [
        "市商务局",
        "市编办",
        "市发改委",
        "市法制办",
        "各区县政府",
    ]
    assert not result.problems


# -- the title: never the issuer's signature or the document number ----------------------


def test_the_title_is_not_the_signature_line_before_the_date():
    # 47-shaanxi-wenlv: number, addressee, notice sentence, signature, date, then the title.
    text = (
        "陕政办发〔2023〕29号\n"
        "各设区市人民政府,省人民政府各工作部门、各直属机构:\n"
        "《陕西省关于加快文旅产业发展的若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n"
        "陕西省人民政府办公厅\n"
        "2023年12月28日\n"
        "陕西省关于加快文旅产业发展的若干措施\n"
        "一、以文塑旅,厚植文化根基\n"
        "1.加强文化遗产保护利用。积极申报世界文化遗产。〔省文物局、省文化和旅游厅牵头,"
        "各市(区)政府配合〕\n"
    )
    assert importing.read_text(text).plan.metadata.title == "陕西省关于加快文旅产业发展的若干措施"


def test_the_title_is_not_a_document_number_in_traditional_characters():
    # 49-dongguan-jiuye: the number prints 號, not 号.
    text = (
        "東府〔2021〕54號\n"
        "東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見\n"
        "各鎮人民政府(街道辦事處),市府直屬各單位:\n"
        "一、減負穩崗留工并舉,深層次優化用工生態\n"
        "1.繼續按不高于2017年征收標準征收殘疾人就業保障金。(市殘聯、市財政局、市稅務局負責)\n"
    )
    assert importing.read_text(text).plan.metadata.title == (
        "東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見"
    )
