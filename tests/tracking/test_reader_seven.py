"""Issue 23, the seventh reader: one word for one thing in what a clerk reads."""

from __future__ import annotations

from pathlib import Path

from helpers.cli import call

DOCS_PO = Path(__file__).parents[2] / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"


def _msgstrs(name):
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with (DOCS_PO / name).open("rb") as f:
        return [str(m.string) for m in read_po(f) if m.id and m.string]


# -- 2. the day a return speaks for: 统计截止日期 in prose (数据截止日期 heads a column only) ----


def test_withdraw_help_names_the_day_as_the_round_does():
    out = call("--lang", "zh", "track", "withdraw", "--help").stdout
    assert "数据截止日期" not in out
    assert "要撤回的报送记录的统计截止日期" in out


def test_collect_replace_help_names_the_day_as_the_round_does():
    out = call("--lang", "zh", "track", "collect", "--help").stdout
    assert "数据截止日期" not in out
    assert "同一统计截止日期的报送记录" in out


def test_the_tracking_docs_use_one_name_for_the_day_in_prose():
    for text in _msgstrs("tracking.po"):
        # A column heading, listed as one among the ledger's columns or in a table, is allowed.
        if "填报单位、状态、数据截止日期" in text or "完成日期\n" in text:
            continue
        assert "数据截止日期" not in text, text
