"""Round 10 of issue 20: forms the corpus's lists print that were only flagged before.

Each test writes its input from the form (tests/importing/GRAMMAR.md's grammar table names the
documents that print it), not from the corpus documents or from the importer's output:

- a people label of role words before 领导 (牵头责任领导, beside 牵头负责领导 and 牵头领导:
  `trial7/06-chuzhou-zhongdian2024`, `trial7/07`, `trial8/06`), and 项目责任人 (a person,
  as a 责任人 column names one: `trial11/02-ningbo-minsheng2014`, `trial6/05`);
- items run on in one line, a space before each field's label, where an item's unit
  label follows a person's label (牵头领导：… 责任单位：…: `trial11/02`, the run-on line of
  `trial10/05-haiyan-zhongdian2022` with its unit label right after the item);
- a progress field under a task (实际完成情况：…, 进展情况：…): the label form of the
  progress columns of `trial2/03`, `trial6/05`, `trial6/09`;
- a reviewer's decision naming a task by its number alone where that task prints another
  number (a measure split off its item, as `trial9/08-chaozhou-lantian2019` is read).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dg_plan import PlanImportError, importing
from dg_plan.importing import FindingKind


def _read(tmp_path: Path, text: str, name: str = "list.txt", **kwargs):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return importing.read(path, **kwargs)


def _units(task):
    leads = [u.name for u in task.leads]
    support = [u.name for u in task.support]
    responsible = [u.name for u in task.units if u.name not in {*leads, *support}]
    return leads, responsible, support


def _kinds(result, kind):
    return [p for p in result.problems if p.kind is kind]


# -- people labels: role words before 领导 ------------------------------------------


def test_a_lead_responsible_leader_line_names_a_person_not_text(tmp_path):
    result = _read(
        tmp_path,
        "1.建成城东污水处理厂。\n"
        "牵头责任领导：张明。\n"
        "牵头责任单位：市住建局。\n"
        "协同责任单位：市财政局、市自然资源局。\n"
        "2.新建公办幼儿园3所。\n"
        "牵头责任领导：李红。\n"
        "牵头责任单位：市教育局。\n",
    )
    first, second = result.plan.tasks
    assert first.text == "建成城东污水处理厂。"  # the leader's line is no part of it
    assert _units(first) == (["市住建局"], [], ["市财政局", "市自然资源局"])
    assert second.text == "新建公办幼儿园3所。"
    assert _units(second) == (["市教育局"], [], [])
    assert not [p for p in result.problems if p.task is not None]
    people = [n for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED]
    assert [dict(n.values)["names"] for n in people] == ["张明", "李红"]


def test_a_lead_responsible_leader_column_gives_no_unit_a_role(tmp_path):
    result = _read(
        tmp_path,
        "序号,工作任务,牵头责任领导,牵头责任单位,协同责任单位\n"
        "1,建成城东污水处理厂。,张明,市住建局,市财政局\n",
        name="list.csv",
    )
    (task,) = result.plan.tasks
    assert _units(task) == (["市住建局"], [], ["市财政局"])
    names = {u.name for u in task.units}
    assert "张明" not in names


# -- items run on in one line, a person's label before the unit label ---------------

_RUN_ON = (
    "2025年民生实事项目共5项,现将进展情况公示如下。"
    " 1.新建城市公园2个。 牵头领导:王强 责任单位:市园林局 项目责任人:赵刚"
    " 实际完成情况:已完成选址。"
    " 2.改造老旧小区10个。 牵头领导:陈立 责任单位:市住建局 项目责任人:孙平"
    " 配合单位:市财政局、各区政府 实际完成情况:已开工6个。\n"
)


def test_items_run_on_with_leaders_labels_are_read_each_with_its_fields(tmp_path):
    result = _read(tmp_path, _RUN_ON)
    first, second = result.plan.tasks
    assert (first.text, _units(first)) == ("新建城市公园2个。", ([], ["市园林局"], []))
    assert (second.text, _units(second)) == (
        "改造老旧小区10个。",
        ([], ["市住建局"], ["市财政局", "各区政府"]),
    )
    assert not [p for p in result.problems if p.task is not None]
    people = {dict(n.values)["names"] for n in result.notes if n.kind is FindingKind.PEOPLE_NAMED}
    assert people == {"王强", "赵刚", "陈立", "孙平"}  # persons, never units
    every = {u.name for t in result.plan.tasks for u in t.units}
    assert not every & people


def test_items_run_on_with_leaders_labels_and_no_unit_label_are_not_taken_apart(tmp_path):
    # Without a unit label after each item the line is no list of tasks: refused as before.
    with pytest.raises(PlanImportError):
        _read(
            tmp_path,
            "说明。 1.新建城市公园2个。 牵头领导:王强 2.改造老旧小区10个。 牵头领导:陈立\n",
        )


# -- a progress field under a task --------------------------------------------------


def test_a_progress_line_under_a_task_is_a_field_not_read_and_not_doubted(tmp_path):
    result = _read(
        tmp_path,
        "1.新建城市公园2个。\n责任单位:市园林局\n进展情况:已完成选址。\n"
        "2.改造老旧小区10个。\n责任单位:市住建局\n存在问题:资金不足。\n",
    )
    first, second = result.plan.tasks
    assert first.text == "新建城市公园2个。"
    assert second.text == "改造老旧小区10个。"
    doubted = _kinds(result, FindingKind.LABEL_NOT_READ)
    # 进展情况 is a progress report (a note); 存在问题 is a label the grammar does not
    # name, still doubted.
    assert [p.task for p in doubted] == [2]
    not_read = [n for n in result.notes if n.kind is FindingKind.RECORD_LABEL_NOT_READ]
    assert {dict(n.values)["label"] for n in not_read} == {"进展情况", "存在问题"}


# -- decisions naming a task by a number that has moved -----------------------------

# Item 1. prints two measures, each closed by its own attribution: the importer reads
# each as a task, so item 2. is task 3 (an earlier reading made it task 2).
_MEASURES = (
    "1.制定准入清单。完成清单编制工作。(市生态环境局牵头,市发展改革局参与)"
    "按省的要求,淘汰燃煤小锅炉。(市市场监管局牵头,市工业和信息化局参与)\n"
    "2.推进工业炉窑治理。(市生态环境局负责)\n"
)


def test_the_measures_move_the_later_items_numbers(tmp_path):
    result = _read(tmp_path, _MEASURES)
    texts = [t.text for t in result.plan.tasks]
    assert texts == [
        "制定准入清单。完成清单编制工作。",
        "按省的要求,淘汰燃煤小锅炉。",
        "推进工业炉窑治理。",
    ]


def test_a_decision_by_number_alone_on_a_task_printing_another_number_is_a_problem(tmp_path):
    decisions = {"decision": [{"task": 2, "deadline": "2025年底前", "reason": "written earlier"}]}
    result = _read(tmp_path, _MEASURES, decisions=decisions)
    (moved,) = _kinds(result, FindingKind.DECISION_NUMBER_MOVED)
    assert moved.task == 2
    assert dict(moved.values)["printed"] == "1"  # task 2 is item 1.'s second measure
    assert not moved.settled  # the decision it doubts does not settle it
    assert "按省的要求" in str(moved)
    # The decision is still applied (to the task its number names), and said so.
    assert result.plan.tasks[1].deadline is not None


def test_a_decision_by_number_and_text_is_not_doubted_and_stops_when_the_text_moved(tmp_path):
    right = {
        "decision": [{"task": 3, "starts": "推进工业炉窑", "deadline": "2025年底前", "reason": "r"}]
    }
    result = _read(tmp_path, _MEASURES, decisions=right)
    assert not _kinds(result, FindingKind.DECISION_NUMBER_MOVED)
    assert result.plan.tasks[2].deadline is not None
    # The text it recorded is no longer that number's: the import stops, naming it.
    moved = {
        "decision": [{"task": 2, "starts": "推进工业炉窑", "deadline": "2025年底前", "reason": "r"}]
    }
    with pytest.raises(PlanImportError, match="matches nothing"):
        _read(tmp_path, _MEASURES, decisions=moved)


def test_a_decision_setting_every_field_still_keeps_the_doubt_about_its_number(tmp_path):
    every = {
        "task": 3,
        "text": "推进工业炉窑治理。",
        "deadline": "",
        "responsible": ["市生态环境局"],
        "reason": "r",
    }
    result = _read(tmp_path, _MEASURES, decisions={"decision": [every]})
    (moved,) = _kinds(result, FindingKind.DECISION_NUMBER_MOVED)
    assert (moved.task, dict(moved.values)["printed"], moved.settled) == (3, "2", "")


def test_a_skip_by_number_alone_of_a_moved_task_is_a_problem_of_the_file(tmp_path):
    result = _read(
        tmp_path, _MEASURES, decisions={"decision": [{"task": 3, "skip": True, "reason": "r"}]}
    )
    (moved,) = _kinds(result, FindingKind.DECISION_NUMBER_MOVED)
    assert moved.task is None  # the task left the plan
    assert moved.where.line == 2
    assert [t.text for t in result.plan.tasks][-1] == "按省的要求,淘汰燃煤小锅炉。"


def test_a_decision_by_number_on_a_task_printing_that_number_is_not_doubted(tmp_path):
    text = "1.建成城东污水处理厂。(市住建局负责)\n2.新建公办幼儿园3所。(市教育局负责)\n"
    result = _read(
        tmp_path,
        text,
        decisions={"decision": [{"task": 2, "deadline": "2025年底前", "reason": "r"}]},
    )
    assert not _kinds(result, FindingKind.DECISION_NUMBER_MOVED)
