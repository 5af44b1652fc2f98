"""Forms found when trial5's 12 fresh lists were first imported (issue 20).

Each test prints one general form as a real list printed it (the lines quoted from the
trial5 document named, tests/importing/corpus/trial5, or a form of the same shape), and
expects what the print says: the expected units and texts are read off the print by
hand, never taken from the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind


def _names(units):
    return [u.name for u in units]


def _kinds(result, task=None):
    return {p.kind for p in result.problems if task is None or p.task == task}


# trial5/06-haidian-jinfang: a lead-in ending 其职责分工为:, then one unit a line.
_DUTIES = """\
4、清河、西三旗街道和东北旺乡,要组织人力、物力在禁放区一侧设立明显禁放标志。
5、各部门要各司其职、恪尽职守,组织好各项禁放工作。其职责分工为:
区委宣传部:制订宣传工作方案,协调新闻单位做好禁放宣传报导,教育群众自觉遵守禁放规定。
商委:协调公安、供销社做好准放区烟花爆竹品种、数量的需求,掌握供销情况。
建委:负责组织对建筑工地外来人口的禁放宣传。
"""


def test_a_duty_list_gives_a_task_a_line_each_with_its_unit():
    result = importing.read_text(_DUTIES)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == [
        "清河、西三旗街道和东北旺乡,要组织人力、物力在禁放区一侧设立明显禁放标志。",
        "制订宣传工作方案,协调新闻单位做好禁放宣传报导,教育群众自觉遵守禁放规定。",
        "协调公安、供销社做好准放区烟花爆竹品种、数量的需求,掌握供销情况。",
        "负责组织对建筑工地外来人口的禁放宣传。",
    ]
    # The name before the colon is the unit, responsible (no role word printed).
    assert [_names(t.responsible) for t in tasks[1:]] == [["区委宣传部"], ["商委"], ["建委"]]
    assert all(not t.leads for t in tasks[1:])
    # The lead-in (5、…其职责分工为:) is no task; nothing of it is in a duty's text.
    assert not any("各司其职" in t.text for t in tasks)


def test_a_duty_line_with_no_lead_in_is_a_problem_naming_it():
    # No colon ends the line before the duty line: it is read into the item's text,
    # and a problem quotes it (never lost without a word).
    text = "1、各部门要各司其职,组织好各项禁放工作。\n商委:协调公安、供销社做好烟花爆竹供应。\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert "商委:协调公安" in task.text
    problems = [p for p in result.problems if p.kind is FindingKind.DUTY_LINE_IN_TEXT]
    assert [p.task for p in problems] == [1]
    assert "商委:协调公安、供销社做好烟花爆竹供应。" in str(problems[0])


# trial5/07-shunyi-youeryuan: 四、职责分工 over (一)X负责… items, the unit printed first.
_UNIT_FIRST = """\
四、职责分工
(二)区教委负责业务指导、队伍培训、设备配备,逐步配备专职巡回指导教师或业务管理人员,定期对村办幼儿园进行考核。
(三)区财政局负责依据房屋安全检测报告将市级补贴资金拨付到相关镇。
(六)村委会负责保障项目建设顺利实施,确保幼儿园的房屋安全。
"""


def test_a_unit_printed_first_is_the_subject_and_the_rest_the_duty():
    result = importing.read_text(_UNIT_FIRST)
    tasks = result.plan.tasks
    assert [_names(t.responsible) for t in tasks] == [["区教委"], ["区财政局"], ["村委会"]]
    assert tasks[0].text == (
        "业务指导、队伍培训、设备配备,逐步配备专职巡回指导教师或业务管理人员,"
        "定期对村办幼儿园进行考核。"
    )
    assert tasks[1].text == "依据房屋安全检测报告将市级补贴资金拨付到相关镇。"


def test_a_sentence_that_only_begins_with_a_unit_is_no_attribution():
    # 负责人, X负责的 and X负责同志 are no duty phrase; a subject that is no unit's name
    # reads as before.
    text = (
        "1.项目负责人要加强管理。\n2.市政府负责同志要带头落实。\n3.各部门要把负责的工作落实到位。\n"
    )
    result = importing.read_text(text)
    assert [_names(t.units) for t in result.plan.tasks] == [[importing.UNNAMED_UNIT]] * 3


# trial5/10-liaoning-jiuye-trad: a line break inside the item's sentence, the
# attribution (in traditional characters) stating the document's lead rule on the next line.
_BROKEN = """\
一、深入實施就業優先戰略
(一)堅持擴大就業發展戰略。建立巨觀經濟政策對就業影響的評價機制和公共投資與重大項目建設帶動就業的
評估機制。(省發展改革委、省財政廳、省國稅局等負責,列第一位者為牽頭單位,下同)
"""


def test_a_note_under_a_heading_alone_stays_a_note():
    # 一、总体要求 begins no sentence: the note stating the rule under it is no text of it.
    text = "一、总体要求\n注：排在第一位的为牵头单位。\n1.加强管理。(市发改委、市财政局负责)\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert _names(task.leads) == ["市发改委"]
    assert [h.title for h in result.plan.sections] == ["总体要求"]


def test_a_line_break_inside_a_sentence_continues_it():
    result = importing.read_text(_BROKEN)
    (task,) = result.plan.tasks
    assert task.text == (
        "堅持擴大就業發展戰略。建立巨觀經濟政策對就業影響的評價機制和"
        "公共投資與重大項目建設帶動就業的評估機制。"
    )
    assert _names(task.leads) == ["省發展改革委"]
    assert _names(task.responsible) == ["省財政廳", "省國稅局"]


# trial5/12-guangdong-shuzi: a part heading, its lead-in and two items on one line.
_RUN_ON = (
    "一、发挥数字政府牵引驱动作用,赋能实体经济发展 积极落实要求,赋能实体经济高质量发展。"
    " (一)持续优化实体经济营商环境。依托粤商通平台搭建招商平台。"
    "(省政务服务数据管理局、工业和信息化厅牵头)"
    " (二)赋能实体经济提质增效。统筹布局优化先进算力资源。(省政务服务数据管理局牵头)\n"
)


def test_items_run_on_in_a_line_are_split_at_their_numbers():
    result = importing.read_text(_RUN_ON)
    first, second = result.plan.tasks
    assert first.text == "持续优化实体经济营商环境。依托粤商通平台搭建招商平台。"
    assert _names(first.leads) == ["省政务服务数据管理局", "省工业和信息化厅"]
    assert second.text == "赋能实体经济提质增效。统筹布局优化先进算力资源。"
    assert _names(second.leads) == ["省政务服务数据管理局"]
    assert FindingKind.ATTRIBUTION_IN_TEXT not in _kinds(result)


# trial5/04-xiping-fazhi: 按职责分工 and 分别 together before 负责.
def test_the_duty_phrase_and_fenbie_together_leave_the_name():
    text = (
        "(一)为推动经济高质量发展提供法治保障。加强规范性文件备案审查。\n"
        "责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。\n"
    )
    (task,) = importing.read_text(text).plan.tasks
    assert _names(task.responsible) == ["县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"]
    # The other order reads so too.
    (task,) = importing.read_text("1.加强审查。(甲局、乙局分别按照职责分工负责)\n").plan.tasks
    assert _names(task.responsible) == ["甲局", "乙局"]


# trial5/02-mianyang-minsheng-trad: an item's name ending in a bracket, its content below.
def test_two_lines_join_with_a_space_only_between_latin_letters_or_digits():
    text = (
        "2.綿陽火車站站前廣場及周邊配套設施建設項目(票決項目)\n"
        "新建臨園路下穿通道,總長約1400米。\n"
        "責任單位:市住房和城鄉建設委\n"
        "3.推广AI\nagent应用,建设2024\n2025年项目。(市数据局负责)\n"
    )
    first, second = importing.read_text(text).plan.tasks
    assert (
        first.text
        == "綿陽火車站站前廣場及周邊配套設施建設項目(票決項目)新建臨園路下穿通道,總長約1400米。"
    )
    assert second.text == "推广AI agent应用,建设2024 2025年项目。"
