"""The sixteenth reader's import findings (issue 23; reader16 faults 12, 13 and 14).

A guessed title is said once, as a problem, not also as a note stating it as fact; the
title a covering notice names is said in one sentence with one colon; a decision that
leaves a line out says 不列为任务, not the software word 跳过. Each expected sentence
is written from the reader's requirement, not copied from the output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind

GUESSED = "某市任务\n1. 建设城市大脑。（市大数据局负责）\n"


def test_a_guessed_title_is_a_problem_and_no_note_states_it():
    result = importing.read_text(GUESSED, name="t3.txt")
    assert [p.where.line for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE] == [1]
    assert [n.render("zh") for n in result.notes if n.where.line == 1] == []
    assert result.plan.metadata.title == "某市任务"


def test_a_title_not_doubted_keeps_its_note():
    result = importing.read_text(
        "某市2025年数字政府建设重点任务分工方案\n1. 建设城市大脑。（市大数据局负责）\n",
        name="t.txt",
    )
    assert [n.render("zh") for n in result.notes if n.kind is FindingKind.TITLE_LINE] == [
        "本行为清单标题"
    ]


NAMED = (
    "关于印发某市2025年数字政府重点工作任务分工方案的通知\n"
    "\n"
    "一、夯实数字基础设施\n"
    "1. 建设市级政务云灾备中心。（市大数据局负责，2025年12月底前完成）\n"
    "2. 本年度力争群众满意度达到95%以上。（市大数据局负责）\n"
)


def test_a_title_the_notice_names_is_said_in_one_sentence_with_one_colon():
    result = importing.read_text(NAMED, name="分工方案.txt")
    [note] = [n for n in result.notes if n.kind is FindingKind.TITLE_FROM_NOTICE]
    assert note.render("zh") == (
        "未见标题行，以印发通知所称的清单名称为标题：某市2025年数字政府重点工作任务分工方案"
    )


def test_a_task_left_out_by_a_decision_is_not_listed_as_a_task():
    decisions = {"decision": [{"task": 2, "skip": True, "reason": "此项是目标，不是任务"}]}
    result = importing.read_text(NAMED, name="分工方案.txt", decisions=decisions)
    [applied] = [n for n in result.notes if n.kind is FindingKind.DECISION_APPLIED]
    assert applied.render("zh") == (
        "已按第1条审核意见不列为任务（第5行“本年度力争群众满意度达到95%以上。”；"
        "理由：此项是目标，不是任务）。"
    )


def test_a_line_left_out_by_a_decision_is_not_read():
    decisions = {"decision": [{"line": 5, "skip": True, "reason": "目标"}]}
    result = importing.read_text(NAMED, name="分工方案.txt", decisions=decisions)
    [applied] = [n for n in result.notes if n.kind is FindingKind.DECISION_APPLIED]
    assert applied.render("zh").startswith("已按第1条审核意见不予读取该行（第5行“本年度")
    assert "跳过" not in applied.render("zh")
