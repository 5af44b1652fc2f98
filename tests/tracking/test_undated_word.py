"""A deadline that is no date has one Chinese word: 无具体日期 (issue 23, reader 16, fault 4).

持续推进, 适时推进 and 未注明 are each a task's 完成时限 (show prints 完成时限：持续推进), so
"no deadline" (无具体时限) contradicts the glossary; what such a task lacks is a date.
``due --undated`` already said 无具体日期的任务; the categories of track status, the
scorecard's columns and notes and the report's opening said 无具体时限 or 完成时限不是具体
日期. The expected words come from the glossary's row and the reader's proposal
(已完成（无具体日期）), not from the output.
"""

from __future__ import annotations

from babel.messages.pofile import read_po

from dg_plan import tracking
from helpers import ROOT
from helpers.glossary import forbidden, terms

PO = ROOT / "src" / "dg_plan" / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.po"
WORD = "无具体日期"


def test_the_glossary_has_one_word_for_a_deadline_that_is_no_date():
    replaced = forbidden()
    for old in ("无具体时限", "不是具体日期", "没有具体日期"):
        assert replaced[old].chinese == WORD


def test_the_three_undated_categories_say_no_date():
    labels = tracking.category_labels("zh")
    assert labels["done_undated"] == "已完成（无具体日期）"
    assert labels["open_undated"] == "已报送未完成（无具体日期）"
    assert labels["not_reported_undated"] == "未报送（无具体日期）"


def test_every_message_on_undated_tasks_uses_the_one_word():
    # The English wording of the idea in the command line's catalog, the glossary's term
    # "no date": the categories, the opening's group, the scorecard's notes and due
    # --undated.
    english = ("no date",)
    # Say something else in words of their own: 所有任务的完成时限均为具体日期。 and
    # 完成时限为“{kind}”的任务 (the kind's own word).
    exempt = {"Every task's deadline is a date.", "No date ({kind})"}
    with PO.open("rb") as f:
        messages = [m for m in read_po(f) if m.id]
    seen = 0
    for m in messages:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if ids[0] in exempt or not any(e in i for e in english for i in ids):
            continue
        seen += 1
        for s in strings:
            assert WORD in s, (m.id, s)
            assert "无具体时限" not in s
            assert "不是具体日期" not in s
    # The three categories, the opening's group, two scorecard notes, due --undated.
    assert seen >= 7


def test_english_names_a_deadline_that_is_no_date_by_the_glossary_s_term():
    # The glossary's English for 无具体日期 is "no date"; English said it three ways
    # ("no fixed deadline", "undated", "tasks without a date"). The option keeps its name,
    # --undated, whose help says the term.
    (row,) = [t for t in terms() if t.chinese == WORD]
    term = row.english.split(" (")[0]
    assert term == "no date"
    others = ("no fixed deadline", "undated", "tasks without a date")
    with PO.open("rb") as f:
        messages = [m for m in read_po(f) if m.id]
    for m in messages:
        for i in m.id if isinstance(m.id, tuple) else (m.id,):
            assert not any(o in i.lower().replace("--undated", "") for o in others), i
    assert tracking.category_labels("en")["done_undated"] == f"done ({term})"
    assert tracking.category_labels("en")["open_undated"] == f"reported, not done ({term})"
    assert tracking.category_labels("en")["not_reported_undated"] == f"not reported ({term})"
