"""The forms trial11 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial11, named by
each test) or stated by the rule in tests/importing/GRAMMAR.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

import pytest

from dg_plan import NoteKind, importing
from dg_plan.importing import FindingKind
from helpers.workbooks import write_csv


@pytest.mark.parametrize(
    ("header", "role"),
    [
        # trial11/05 prints 责任股室 / (单位): a county bureau's sections, 单位 in brackets.
        ("责任股室\n(单位)", "responsible"),
        ("责任科室（单位）", "responsible"),
        ("牵头处室\n（部门）", "leads"),
        ("配合股室(单位)", "support"),
    ],
)
def test_a_unit_header_over_two_lines_with_its_unit_word_in_brackets(tmp_path, header, role):
    rows = [
        ["序号", "工作任务", header],
        ["1", "开展好“三下乡”活动。", "文化宣传股"],
    ]
    task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.tasks[0]
    assert [u.name for u in getattr(task, role)] == ["文化宣传股"]


def test_a_header_with_a_bracketed_part_that_names_no_unit_is_not_a_unit_column(tmp_path):
    # 备注(单位) ends in 单位 only inside its brackets, after no role word: not units.
    rows = [
        ["序号", "工作任务", "责任单位", "备注(单位)"],
        ["1", "开展好“三下乡”活动。", "文化馆", "万元"],
    ]
    task = importing.read(write_csv(tmp_path / "清单.csv", rows)).plan.tasks[0]
    assert [u.name for u in task.responsible] == ["文化馆"]


def _lueyang_rows():
    # trial11/05's form: 完成时限 printed once (12月底前) over the rows below it, left
    # empty there as a CSV export leaves a merged cell (printed in fewer than half the
    # rows, the first among them); a unit cell of two lines, and
    # below it the same two names run on (文化宣传股文化馆).
    return [
        ["序号", "工作任务", "完成时限", "责任股室\n(单位)"],
        ["1", "免费开放服务人次较上年增长15%。", "12月底前", "文化宣传股\n文化馆"],
        ["2", "组织开展文化下乡等惠民演出不少于100场。", "", "文化宣传股文化馆"],
        ["3", "办好学术交流活动。", "5月底", "羌研会"],
        ["4", "查办案件不少于5件。", "", "执法大队"],
        ["5", "开展专项整治行动4次以上。", "", "执法大队"],
    ]


def test_a_month_without_a_year_is_kept_as_printed_without_a_problem(tmp_path):
    result = importing.read(write_csv(tmp_path / "清单.csv", _lueyang_rows()))
    assert not [p for p in result.problems if p.kind is FindingKind.NOT_A_DEADLINE]
    assert [
        n.kind
        for n in result.plan.tasks[0].provenance.notes
        if n.kind is NoteKind.DEADLINE_UNREADABLE
    ]


def test_an_empty_deadline_cell_under_a_printed_one_is_read_as_merged(tmp_path):
    result = importing.read(write_csv(tmp_path / "清单.csv", _lueyang_rows()))
    second, fourth, fifth = result.plan.tasks[1], result.plan.tasks[3], result.plan.tasks[4]
    assert str(fifth.deadline) == str(fourth.deadline)
    assert any(
        n.kind is NoteKind.CELL_MERGED and dict(n.values)["from"] == "C2"
        for n in second.provenance.notes
    )
    assert any(
        n.kind is NoteKind.CELL_MERGED and dict(n.values)["from"] == "C4"
        for n in fourth.provenance.notes
    )


def test_two_names_printed_apart_above_then_run_on_are_doubted(tmp_path):
    result = importing.read(write_csv(tmp_path / "清单.csv", _lueyang_rows()))
    doubted = [
        dict(p.values)["name"] for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT
    ]
    assert doubted == ["文化宣传股文化馆"]
    assert [u.name for u in result.plan.tasks[0].responsible] == ["文化宣传股", "文化馆"]


def test_two_names_run_on_that_the_registry_holds_as_one_unit_are_not_doubted(tmp_path):
    # The registry (here: the plan read once, then its three units) holds the run-on
    # name as a unit of its own: a unit as printed, not two names that lost a break.
    # (A drawn plan with units 一, 二 and 一二 round-trips without a problem.)
    first = importing.read(write_csv(tmp_path / "清单.csv", _lueyang_rows())).plan
    assert "文化宣传股文化馆" in {u.name for u in first.units}
    result = importing.read(write_csv(tmp_path / "清单2.csv", _lueyang_rows()), registry=first)
    assert not [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_UNIT]
