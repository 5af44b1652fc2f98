"""The eleventh reader's findings on the Chinese docs (issue 23).

Expected Chinese from the reader's request and the help's own wording.
"""

from __future__ import annotations

from babel.messages.pofile import read_po

from helpers import ROOT

LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"


def _translations(page):
    with (LOCALE / f"{page}.po").open("rb") as f:
        return [m.string for m in read_po(f) if m.id and isinstance(m.string, str)]


def test_the_strict_rule_is_said_one_way_as_the_help_says_it():
    # Fault 6: “全部或全不” and 全有或全无 for one rule; the help says
    # 任一文件有问题即全部不汇入.
    said = " ".join(_translations("tracking"))
    assert "全部或全不" not in said
    assert "全有或全无" not in said
    assert said.count("任一文件有问题即全部不汇入") >= 3


def test_the_round_page_gives_the_word_reports_order_as_printed():
    # Fault 4: the page said the .docx lists every task first, then （一） again.
    said = " ".join(_translations("round"))
    assert "再每项任务一行" not in said
    assert "（一）下再次列出的逾期任务" not in said
    assert "二、（三）较上一轮变化、二、（四）全部任务进展情况" in said
