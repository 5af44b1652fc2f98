"""The forms trial12 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial12, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv


@pytest.mark.parametrize(
    ("printed", "unit"),
    [
        # trial12/06 (六盘水, traditional script): 各縣、特區、區人民政府, the 特区 of Guizhou
        # a county-level place beside the 县 and 区: one collective, as 各县、市、区政府.
        ("各縣、特區、區人民政府", "各縣、特區、區人民政府"),
        ("各县、特区、区人民政府", "各县、特区、区人民政府"),
        ("相关县、特区人民政府", "相关县、特区人民政府"),
    ],
)
def test_the_level_words_of_one_collective_include_a_special_district(printed, unit):
    text = (
        f"1.发展吸纳就业能力强的产业。(牵头单位:市发展改革委;责任单位:{printed},各经济开发区管委会)"
    )
    task = importing.read_text(text).plan.tasks[0]
    assert [u.name for u in task.leads] == ["市发展改革委"]
    assert [u.name for u in task.responsible] == [unit, "各经济开发区管委会"]


def test_a_special_district_named_alone_is_no_level_word():
    # Only level words joined by 、 after 各/相关 make one collective: a 特区 with its
    # own name stays a name of its own.
    text = "1.做好就业。(责任单位:六枝特区人民政府、水城区人民政府)"
    task = importing.read_text(text).plan.tasks[0]
    assert [u.name for u in task.responsible] == ["六枝特区人民政府", "水城区人民政府"]


def test_numbers_restarting_under_a_part_keep_the_document_order():
    # trial12/06's form: a page opening mid-list prints item 7. under (三), then item 1.
    # under (四); numbered by what is printed, task 1 would come before task 7.
    text = (
        "(三)激活就业创业主体。\n"
        "7.鼓励其他人员投身创业。(牵头单位:市人力资源社会保障局;责任单位:各县人民政府)\n"
        "(四)拓展就业创业空间。\n"
        "1.发展吸纳就业能力强的产业。(牵头单位:市发展改革委;责任单位:各县人民政府)\n"
    )
    result = importing.read_text(text)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == ["鼓励其他人员投身创业。", "发展吸纳就业能力强的产业。"]
    assert [t.number for t in tasks] == [1, 2]
    assert [u.name for u in tasks[0].leads] == ["市人力资源社会保障局"]
    # The count starts again under (四): said so, not as numbers out of order.
    assert any(n.kind is FindingKind.NUMBERED_BY_SECTION for n in result.notes)
    # Each task keeps its printed number in a note: 7 numbered 1, 1 numbered 2.
    printed = [
        (t.number, dict(n.values)["printed"])
        for t in tasks
        for n in t.provenance.notes
        if n.kind.value == "renumbered"
    ]
    assert printed == [(1, "7"), (2, "1")]


def test_numbers_printed_in_increasing_order_are_kept_with_gaps():
    # A list opening mid-list (items 204-211, trial10/08) keeps its printed numbers.
    text = "204.甲。(责任单位:市发改委)\n207.乙。(责任单位:市财政局)\n"
    tasks = importing.read_text(text).plan.tasks
    assert [t.number for t in tasks] == [204, 207]


def test_a_tables_running_numbers_are_kept_when_printed_out_of_order(tmp_path):
    # A table's 序号 numbers the whole list (dg_plan's own export prints a part's tasks
    # in its subsections' order): kept as printed, the tasks ordered by them.
    rows = [
        ["序号", "主要任务", "责任单位"],
        ["3", "丙", "市财政局"],
        ["1", "甲", "市民政局"],
    ]
    tasks = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.tasks
    assert [(t.number, t.text) for t in tasks] == [(1, "甲"), (3, "丙")]


def _zhuji_rows(mark: str = "▲"):
    # trial12/02's form: a title row, 分块/序号/主要工作/责任单位, a mark before the lead's
    # name in rows of names alone, one row with no mark.
    return [
        ["2023年《政府工作报告》主要目标任务分解清单", "", "", ""],
        ["分块", "序号", "主要工作", "责任单位"],
        ["", "1", "生产总值增长7.5%左右", f"{mark}发改局,各部门,各镇乡(街道)"],
        ["", "2", "一般公共预算收入增长7.5%", f"{mark}税务局,财政局,各镇乡(街道)"],
        ["", "3", "确保工业强市稳居全省第一方阵", "经信局,相关部门,各镇乡(街道)"],
    ]


def test_a_text_column_headed_main_work(tmp_path):
    # 主要工作 heads the text column as 重点工作 does (main/06, trial/06): the file used
    # to be refused, its header guessed as 主要协作单位.
    result = importing.read(write_csv(tmp_path / "清单.csv", _zhuji_rows()))
    assert [t.text for t in result.plan.tasks] == [
        "生产总值增长7.5%左右",
        "一般公共预算收入增长7.5%",
        "确保工业强市稳居全省第一方阵",
    ]
    assert result.plan.metadata.title == "2023年《政府工作报告》主要目标任务分解清单"


def test_a_filled_triangle_before_a_name_marks_the_lead(tmp_path):
    result = importing.read(write_csv(tmp_path / "清单.csv", _zhuji_rows()))
    first, second, third = result.plan.tasks
    assert [u.name for u in first.leads] == ["发改局"]
    assert [u.name for u in first.responsible] == ["各部门", "各镇乡（街道）"]
    assert [u.name for u in second.leads] == ["税务局"]
    # No mark: no lead, every name responsible.
    assert [u.name for u in third.leads] == []
    assert [u.name for u in third.responsible] == ["经信局", "相关部门", "各镇乡（街道）"]
    # Read, and doubted: a problem names each task whose lead a mark gives.
    assert {p.task for p in result.problems} >= {1, 2}


def test_a_hollow_triangle_is_still_no_lead_mark(tmp_path):
    result = importing.read(write_csv(tmp_path / "清单.csv", _zhuji_rows("△")))
    first = result.plan.tasks[0]
    assert [u.name for u in first.leads] == []
    assert any(p.task == 1 and "△发改局" in p.message for p in result.problems)


_GUICHI = (
    "一、年度重点任务\n"
    "1.实施风险评估和标准贯宣专项行动。 完善食品安全标准管理制度,加强食品安全国家标准"
    "宣贯培训、跟踪评价。(区卫生健康委负责)严格贯彻落实农药残留限量新标准,结合贵池区实际出台"
    "贯彻实施意见。(区农业农村局负责)加强小麦、小麦粉、大豆等粮油标准的贯彻落实。"
    "[区发展改革委(粮食和储备局)负责]开展食用林产品及产地环境风险监测。(区林业局负责)\n"
)


def test_a_numbered_item_of_measures_each_closed_by_its_attribution_is_split():
    # trial12/03's form: one item, each measure closed by its own bracket (（…负责）, […
    # 负责] around a name holding brackets); trial9/08 prints two, trial9/03 three.
    result = importing.read_text(_GUICHI)
    tasks = result.plan.tasks
    assert [t.text for t in tasks] == [
        (
            "实施风险评估和标准贯宣专项行动。 完善食品安全标准管理制度,"
            "加强食品安全国家标准宣贯培训、跟踪评价。"
        ),
        "严格贯彻落实农药残留限量新标准,结合贵池区实际出台贯彻实施意见。",
        "加强小麦、小麦粉、大豆等粮油标准的贯彻落实。",
        "开展食用林产品及产地环境风险监测。",
    ]
    assert [[u.name for u in t.responsible] for t in tasks] == [
        ["区卫生健康委"],
        ["区农业农村局"],
        ["区发展改革委（粮食和储备局）"],
        ["区林业局"],
    ]
    assert [t.number for t in tasks] == [1, 2, 3, 4]
    for task in tasks:
        kinds = [n.kind.value for n in task.provenance.notes]
        assert "measure_of_paragraph" in kinds
    assert not [p for p in result.problems if p.kind is FindingKind.ATTRIBUTION_IN_TEXT]


def test_a_standing_note_in_a_measures_bracket_holds_for_the_measures_after_it():
    # trial9/08's form: the first measure's bracket states who answers for every later task.
    text = (
        "1.制定实施准入清单。〔市生态环境局牵头,各县人民政府负责落实。以下各项工作均需"
        "各县人民政府落实,不再列出。〕严格控制燃煤锅炉。(市市场监管局牵头)\n"
    )
    first, second = importing.read_text(text).plan.tasks
    assert [u.name for u in first.leads] == ["市生态环境局"]
    assert [u.name for u in second.leads] == ["市市场监管局"]
    assert [u.name for u in second.responsible] == ["各县人民政府"]


def test_a_paragraph_running_a_heading_into_its_measures_is_not_split():
    # trial9/03's form: the preamble and a part heading run into the first measure (…如下:
    # 一、…): where the first measure begins is not known, so the doubt stays.
    text = (
        "2、现就工作安排如下:一、切实加强工作制定出台若干措施。(市食安办负责)依据机构改革"
        "状况调整工作机制。(市食安办牵头,市食安委各有关成员单位协作)\n"
    )
    result = importing.read_text(text)
    assert len(result.plan.tasks) == 1
    assert [p for p in result.problems if p.kind is FindingKind.ATTRIBUTION_IN_TEXT]
