"""The review loop a new user tripped on (issue #20, trial imp18).

Each input is reduced from the analyst's files (/tmp/imp18 at the time): 德州's
unnumbered paragraph closed by its attribution, read as a task by a ``line = N``
decision; 崇川's table whose category column (主要任务) is empty in its rows. The
expected values are read off the printed lists, not off the importer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dg_plan import DeadlineKind, PlanImportError, importing
from dg_plan.importing import FindingKind
from helpers.cli import call as run

if sys.version_info < (3, 11):
    pytest.importorskip("tomli")


# 德州 (dezhou2023.txt), reduced: a title, a blank line, one unnumbered paragraph closed by
# its attribution: 市科技局 leads, 市财政局 supports (配合); 到2025年 is inside the text.
DEZHOU = (
    "德州市贯彻落实省《三年行动计划》实施方案\n"
    "\n"
    "加强科技创新主体培育。建立高新技术企业梯次培育库。到2025年,全市高新技术企业达到1000家。"
    "(市科技局牵头负责,市财政局配合)\n"
)
DEZHOU_TEXT = (
    "加强科技创新主体培育。建立高新技术企业梯次培育库。到2025年,全市高新技术企业达到1000家。"
)

# 崇川 (chongchuan2023.csv), reduced: the category column 主要任务 is empty in the row,
# the task is the 全年目标任务 cell.
CHONGCHUAN = (
    "序号,主要任务,全年目标任务,牵头 单位,责任主体与协同单位\n"
    "24,,优化提升50条背街后巷交通组织。,城管局,市政局、相关街道\n"
    "25,,新增四分类“三定一督”达标小区210个。,城管局,市政局、环卫处\n"
)


def _roles(task) -> list[tuple[str, str]]:
    return [(u.name, task.role_of(u.name).value) for u in task.units]


# -- 1. a partial decision never hides a wrong task ---------------------------------------


def test_a_line_decision_giving_only_the_lead_reads_the_rest_of_the_attribution():
    decision = {"line": 3, "leads": ["市科技局"], "reason": "the paragraph is a measure"}
    result = importing.read_text(DEZHOU, decisions={"decision": [decision]})
    (task,) = result.plan.tasks
    assert task.text == DEZHOU_TEXT  # the attribution is no text
    assert _roles(task) == [("市科技局", "lead"), ("市财政局", "support")]
    assert (
        task.deadline.kind is DeadlineKind.UNSPECIFIED
    )  # 到2025年 is inside the text: no deadline
    assert not result.open_problems
    # And it says so: the attribution was read for what the decision does not set.
    assert any("attribution read" in str(n) for n in result.notes)


def test_a_line_decision_with_text_keeps_the_units_the_attribution_prints():
    decision = {"line": 3, "text": "加强科技创新主体培育。", "leads": ["市科技局"], "reason": "r"}
    result = importing.read_text(DEZHOU, decisions={"decision": [decision]})
    (task,) = result.plan.tasks
    assert task.text == "加强科技创新主体培育。"
    assert _roles(task) == [("市科技局", "lead"), ("市财政局", "support")]


def test_a_line_decision_leaving_an_attribution_inside_the_text_keeps_it_open():
    # The attribution stands inside the paragraph, not at its end: nothing reads it off,
    # so the doubt about the line stays open under a decision giving no text.
    text = "加强科技创新主体培育(市科技局牵头负责,市财政局配合)。建立高新技术企业梯次培育库。\n"
    decision = {"line": 1, "leads": ["市科技局"], "reason": "r"}
    result = importing.read_text(text, decisions={"decision": [decision]})
    kinds = {p.kind for p in result.open_problems}
    assert FindingKind.ATTRIBUTION_NOT_READ in kinds
    # With its text given, the reviewer has said what the task is: settled.
    given = {**decision, "text": "加强科技创新主体培育。建立高新技术企业梯次培育库。"}
    result = importing.read_text(text, decisions={"decision": [given]})
    assert FindingKind.ATTRIBUTION_NOT_READ not in {p.kind for p in result.open_problems}


# -- 2. a text decision settles a doubt about the text only --------------------------------


def test_a_text_decision_settles_text_read_from_another_column(tmp_path: Path):
    path = tmp_path / "chongchuan.csv"
    path.write_text(CHONGCHUAN, encoding="utf-8")
    before = importing.read(path)
    assert [p.kind for p in before.open_problems] == [FindingKind.TEXT_FROM_OTHER_COLUMN] * 2
    decisions = [
        {"task": 24, "starts": "优化提升", "text": "优化提升50条背街后巷交通组织。", "reason": "r"},
        {
            "task": 25,
            "starts": "新增四分类",
            "text": "新增四分类“三定一督”达标小区210个。",
            "reason": "r",
        },
    ]
    result = importing.read(path, decisions={"decision": decisions})
    assert not result.open_problems
    assert importing.read(path, decisions={"decision": decisions}, strict=True).plan.tasks


# -- 3. --review writes the workbook whenever it is asked for -----------------------------


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book}


def test_review_is_written_under_strict_with_open_problems(tmp_path: Path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "chongchuan.csv"
    path.write_text(CHONGCHUAN, encoding="utf-8")
    review = tmp_path / "review.xlsx"
    done = run("--lang", "en", "import", str(path), "--strict", "--review", str(review))
    assert done.returncode == 1  # --strict: two open problems
    assert f"wrote the review workbook {review}" in done.stderr
    tasks = _sheets(review)["tasks"]
    # The header, then one row per task as read: numbers 24 and 25, their texts.
    assert [row[:3] for row in tasks[1:]] == [
        (24, "24", "优化提升50条背街后巷交通组织。"),
        (25, "25", "新增四分类“三定一督”达标小区210个。"),
    ]
    assert all("is empty in this row" in str(row[9]) for row in tasks[1:])


def test_review_is_written_for_a_refused_import_with_the_candidate_lines(tmp_path: Path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "dezhou.txt"
    path.write_text(DEZHOU, encoding="utf-8")
    review = tmp_path / "review.xlsx"
    done = run("--lang", "en", "import", str(path), "--review", str(review))
    assert done.returncode != 0  # refused: no task found
    assert "no task found" in done.stderr
    assert f"wrote the review workbook {review}" in done.stderr
    sheets = _sheets(review)
    assert sheets["tasks"][1:] == []  # no task
    rows = sheets["file"][1:]
    # Why: the refusal, naming line 3 (the paragraph) as a line that could have been a task.
    refusal = [r for r in rows if "no task found" in str(r[2])]
    assert len(refusal) == 1
    assert "line 3" in str(refusal[0][2])
    # And what line 3 was read as, with its text.
    assert any(r[1] == "dezhou.txt, line 3" and str(r[3]).startswith("加强科技创新") for r in rows)


def test_write_review_takes_the_error_of_a_strict_import(tmp_path: Path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "chongchuan.csv"
    path.write_text(CHONGCHUAN, encoding="utf-8")
    with pytest.raises(PlanImportError) as raised:
        importing.read(path, strict=True)
    review = tmp_path / "review.xlsx"
    importing.write_review(raised.value, review)
    assert len(_sheets(review)["tasks"]) == 1 + 2  # the header, two tasks


# -- 4. a column the user chose for a purpose wins over a header guess --------------------


def test_a_text_column_chosen_by_the_user_is_the_text(tmp_path: Path):
    path = tmp_path / "chongchuan.csv"
    path.write_text(CHONGCHUAN, encoding="utf-8")
    result = importing.read(path, columns={"text": "全年目标任务"}, strict=True)
    assert [t.text for t in result.plan.tasks] == [
        "优化提升50条背街后巷交通组织。",
        "新增四分类“三定一督”达标小区210个。",
    ]
    assert _roles(result.plan.tasks[0]) == [
        ("城管局", "lead"),
        ("市政局", "support"),
        ("相关街道", "support"),
    ]
    # The column passed over is said, at its header cell (B1).
    (note,) = [n for n in result.notes if n.kind is FindingKind.COLUMN_PASSED_OVER]
    assert (note.where.cell, note.text) == ("B1", "主要任务")
    # And the same on the command line, mapped with the role's Chinese name.
    done = run("--lang", "en", "import", str(path), "--column", "主要任务=全年目标任务", "--strict")
    assert done.returncode == 0, done.stderr
    assert "column 主要任务 is not read: column 全年目标任务 is mapped to text" in done.stdout


# -- 5. the refusal names the way forward --------------------------------------------------


def test_no_task_found_names_the_line_decision_for_an_unnumbered_paragraph():
    with pytest.raises(PlanImportError) as raised:
        importing.read_text(DEZHOU, name="dezhou.txt")
    (no_task,) = [p for p in raised.value.problems if p.kind is FindingKind.NO_TASK]
    # Line 3, the paragraph closed by its attribution, is the line to decide on.
    assert "`line = 3`" in no_task.message
    assert "--decisions FILE" in no_task.message
    assert "--review FILE" in no_task.message
    # And the decision it names reads the paragraph as the task it is.
    decision = {"line": 3, "responsible": ["市科技局"], "reason": "r"}
    (task,) = importing.read_text(DEZHOU, decisions={"decision": [decision]}).plan.tasks
    assert task.text == DEZHOU_TEXT


# -- 6. numbering that starts again in each section is no fault ----------------------------

# 嵊泗 (shengsi2023.txt), reduced: items 1., 2. under 一、, then 1. under 二、.
SHENGSI = (
    "一、杨松县长牵头重点工作\n"
    "1.一般公共预算收入与经济增长基本同步。\n"
    "责任单位:县财政局\n"
    "2.深化国有企业改革。\n"
    "责任单位:县财政局\n"
    "二、宋晖常务副县长牵头重点工作\n"
    "1.实施渔港经济区建设。\n"
    "责任单位:县海洋与渔业局\n"
)


def test_numbers_starting_again_under_each_heading_are_said_so():
    result = importing.read_text(SHENGSI)
    assert [t.number for t in result.plan.tasks] == [1, 2, 3]  # document order
    kinds = {n.kind for n in result.notes}
    assert FindingKind.RENUMBERED_IN_ORDER not in kinds  # not "missing or out of order"
    assert FindingKind.NUMBERED_BY_SECTION in kinds
    # Numbers out of order inside one section are still said to be.
    jumbled = SHENGSI.replace("2.深化", "1.深化")
    kinds = {n.kind for n in importing.read_text(jumbled).notes}
    assert FindingKind.RENUMBERED_IN_ORDER in kinds


# -- 6. the units no registry knows are said once ------------------------------------------


def test_units_in_no_registry_are_said_in_one_note():
    result = importing.read_text(SHENGSI)
    new = [dict(n.values) for n in result.notes if n.kind is FindingKind.NEW_UNIT]
    # 县财政局 (twice printed) and 县海洋与渔业局: two units, one note.
    assert [(n["count"], n["names"]) for n in new] == [
        ("2", "县财政局、县海洋与渔业局 (unclassified)")
    ]
