"""The fifteenth reader's import findings (issue 23; reader15 faults 9 and 10).

An import note says what a line is, as a sentence naming the line (第1行为清单标题。), not
a label (清单标题行。); the title's guess says what it was inferred from and how to
correct it; a decision that names no change says which keys make one. Each expected
sentence is written from the reader's requirement, not copied from the output.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan.importing import FindingKind, PlanImportError

TEXT = (
    "某市2025年数字政府建设重点任务分工方案\n"
    "\n"
    "一、夯实数字基础设施\n"
    "1. 推进电子政务外网扩容升级。（市大数据局牵头，2025年6月底前完成）\n"
    "（一）政务云\n"
    "2. 建设市级政务云灾备中心。（市大数据局负责）\n"
)


def _notes(result: importing.ImportResult, kind: FindingKind) -> list[str]:
    return [n.render("zh") for n in result.notes if n.kind is kind]


def test_a_title_and_heading_note_says_which_line_it_is():
    result = importing.read_text(TEXT, name="t.txt")
    assert _notes(result, FindingKind.TITLE_LINE) == ["本行为清单标题"]
    assert _notes(result, FindingKind.HEADING_LINE) == ["本行为一级标题", "本行为二级标题"]
    english = [str(n) for n in result.notes if n.kind is FindingKind.HEADING_LINE]
    assert "this line is a heading of level 1" in english[0]


def test_a_header_note_says_its_row_and_quotes_each_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "某市任务\n序号,重点任务,牵头单位\n1,建设城市大脑。,市大数据局\n", encoding="utf-8"
    )
    result = importing.read(path)
    assert _notes(result, FindingKind.HEADER_ROW) == ["本行为表头：“序号”、“重点任务”、“牵头单位”"]
    assert _notes(result, FindingKind.TITLE_ROW) == ["本行为清单标题"]


def test_the_title_guess_says_what_it_rests_on_and_how_to_correct_it():
    result = importing.read_text("某市任务\n1. 建设城市大脑。（市大数据局负责）\n", name="t3.txt")
    [guess] = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_TITLE]
    assert guess.render("zh") == (
        "清单标题“某市任务”系根据第1行推定；如有误，可在审核意见文件中用 title 更正"
        '（清单未印标题的，写 title = ""）。'
    )
    assert "inferred from line 1" in str(guess)


def test_a_decision_naming_no_change_lists_the_keys_of_one():
    with pytest.raises(PlanImportError) as caught:
        importing.read_text(
            TEXT, name="t.txt", decisions={"decision": [{"task": 1, "reason": "测试"}]}
        )
    [problem] = caught.value.problems
    assert problem.render("zh") == (
        "第1条审核意见未写明修改内容，应至少写明以下一项：text、deadline、leads、responsible、"
        "support、split、join、skip、lead_rule、title、section_title。"
    )
    assert str(problem).endswith(
        "decision 1 names no change: it should name at least one of text, deadline, leads, "
        "responsible, support, split, join, skip, lead_rule, title, section_title"
    )
