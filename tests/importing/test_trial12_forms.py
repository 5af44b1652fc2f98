"""The forms trial12 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial12, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
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
    assert any(n.kind is FindingKind.RENUMBERED_IN_ORDER for n in result.notes)
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
