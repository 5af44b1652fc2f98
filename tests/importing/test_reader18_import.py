"""The eighteenth reader's import (issue 20; reader18 items 1 and 2), and its neighbours.

The reader wrote a list as a user would: a numbered measure, its attribution in
brackets, and its deadline labelled after the bracket on the same line. The importer
made two tasks of it, the second's text the label, and put the note about measures
of one paragraph on both. Each expected value below is read off the printed line.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan._notes import NoteKind
from dg_plan.importing import FindingKind

# The reader's file (/work/notes/reader18.md, item 1), as it printed it.
READER = (
    "数字政府建设重点任务清单\n"
    "一、夯实数字基础设施\n"
    "1. 建设全省统一的政务云平台，2024年底前完成。（省大数据局牵头，省财政厅配合）\n"
    "2. 完善电子证照库，推动证照互认。（省公安厅牵头，省司法厅配合）完成时限：2025年6月底前\n"
    "3. 推进一网通办。（省政务服务办负责）\n"
    "完成时限：2024年12月底前\n"
)


def _names(units):
    return [unit.name for unit in units]


def _kinds(result, number):
    return {problem.kind for problem in result.problems if problem.task == number}


def test_a_deadline_label_after_the_attribution_is_the_tasks_deadline():
    result = importing.read_text(READER)
    # Three numbered items, three tasks: the label is no task of its own.
    assert [task.number for task in result.plan.tasks] == [1, 2, 3]
    task = result.plan.task(2)
    assert task.text == "完善电子证照库，推动证照互认。"
    assert str(task.deadline) == "2025年6月底前"
    assert _names(task.leads) == ["省公安厅"]
    assert _names(task.support) == ["省司法厅"]
    # The label line under task 3 is its deadline, as before.
    assert str(result.plan.task(3).deadline) == "2024年12月底前"
    # One measure in each paragraph: no note says the paragraph holds several.
    for task in result.plan.tasks:
        kinds = {note.kind for note in task.provenance.notes}
        assert NoteKind.MEASURE_OF_PARAGRAPH not in kinds, task.number


def test_a_deadline_in_a_tasks_text_is_a_problem_naming_it():
    # Task 1 prints its deadline inside its sentence (2024年底前完成), no label.
    result = importing.read_text(READER)
    assert str(result.plan.task(1).deadline) == ""
    assert FindingKind.DEADLINE_IN_TEXT in _kinds(result, 1)


@pytest.mark.parametrize(
    ("after", "deadline"),
    [
        ("2025年6月底前完成", "2025年6月底前"),
        ("时间：2024年底前", "2024年12月底前"),
        ("持续推进。", "持续推进"),
    ],
)
def test_a_deadline_alone_after_the_attribution_is_read_and_doubted(after, deadline):
    # No document of the corpus prints it (a doubted read): the text after the bracket
    # is no next measure but the measure's deadline.
    text = f"工作任务分工方案\n1. 完善电子证照库。（省公安厅牵头，省司法厅配合）{after}\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert task.text == "完善电子证照库。"
    assert str(task.deadline) == deadline
    assert _names(task.leads) == ["省公安厅"]
    assert FindingKind.DEADLINE_AFTER_ATTRIBUTION in _kinds(result, 1)


def test_the_doubted_deadline_is_settled_by_a_decision_on_it():
    text = "工作任务分工方案\n1. 完善电子证照库。（省公安厅牵头）2025年6月底前完成\n"
    decisions = {"decision": [{"task": 1, "deadline": "2025年6月底前", "reason": "as printed"}]}
    result = importing.read_text(text, decisions=decisions)
    assert result.open_problems == ()


def test_other_text_after_the_attribution_is_still_a_measure_of_its_own():
    text = "工作任务分工方案\n1. 建设网络。（省通信管理局负责）另见附件。\n"
    result = importing.read_text(text)
    assert [task.text for task in result.plan.tasks] == ["建设网络。", "另见附件。"]
    # The second names no unit: a problem names it.
    assert FindingKind.NO_UNIT in _kinds(result, 2)


def test_words_cut_through_a_bracket_are_no_units_printed_first():
    # 推进一网通办。（省政务服务办负责）时间：… was read as units printed before 负责
    # (推进一网通办, （省政务服务办), silently: a 。 or an unclosed bracket is in no
    # list of names.
    text = "工作任务分工方案\n1. 推进一网通办。（省政务服务办负责）时间：2024年底前\n"
    result = importing.read_text(text)
    (task,) = result.plan.tasks
    assert task.text == "推进一网通办。"
    assert _names(task.units) == ["省政务服务办"]


@pytest.mark.parametrize("name", ["（省政务服务办", "省政务服务办）", "各县（市、区政府"])
def test_a_name_with_an_unclosed_bracket_is_doubted(name):
    text = f"工作任务分工方案\n1. 推进一网通办。\n责任单位：省大数据局、{name}\n"
    result = importing.read_text(text)
    assert FindingKind.DOUBTFUL_UNIT in _kinds(result, 1)


def test_a_decision_on_the_units_settles_the_lead_a_heading_gives():
    # trial/01-qinxian-zfgzbg's form: the heading names the lead of its tasks.
    text = "一、县示范区管委会牵头工作(8项)\n1.打造食用菌酵素生产基地。\n"
    assert FindingKind.LEAD_FROM_HEADING in _kinds(importing.read_text(text), 1)
    decision = {"task": 1, "leads": ["县示范区管委会"], "reason": "the heading names it"}
    result = importing.read_text(text, decisions={"decision": [decision]})
    assert FindingKind.LEAD_FROM_HEADING not in {p.kind for p in result.open_problems}
