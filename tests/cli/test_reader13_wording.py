"""The thirteenth reader's small wording faults (issue #23: 11, 16, 17).

Expected Chinese is the reader's proposal, written by hand.
"""

from __future__ import annotations

from pathlib import Path

from helpers.cli import call

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_report_office_help_says_where_the_office_is_signed():
    result = call("--lang", "zh", "track", "report", "--help")
    assert result.returncode == 0
    flat = "".join(result.stdout.split())
    assert "署于督办报告末尾的发文单位，同时署成文日期（不填则不署）" in flat
    assert "督办报告的发文单位：" not in flat


def test_round_page_has_no_doubled_full_stop():
    text = (DOCS / "locale" / "zh_CN" / "LC_MESSAGES" / "round.po").read_text("utf-8")
    assert "该表写明“未发现前后报送不一致的情况”。" in text
    assert "。”。" not in text


def test_a_unit_not_found_asks_plainly():
    result = call("--lang", "zh", "unit", "发展委")
    assert result.returncode == 1
    assert "相近的单位有：" in result.stderr.splitlines()
    assert "您" not in result.stderr


def test_a_section_not_found_names_the_plans_section_numbers():
    # The printed list has parts 1 to 4, part 1 holding 1.1 first.
    zh = call("--lang", "zh", "tasks", "--section", "9")
    assert zh.returncode == 1
    assert zh.stderr.splitlines()[0] == (
        "dg-plan：未找到编号为“9”的章节（本清单章节编号为1—4，如1、1.1）"
    )
    en = call("tasks", "--section", "9")
    assert en.stderr.splitlines()[0] == (
        "dg-plan: no section named '9' (the plan's sections are numbered 1-4, as 1 or 1.1)"
    )


def test_close_names_are_listed_under_a_statement():
    # zh15b (reader 14, fault 15): a list headed 相近的单位有：, not a translated question.
    result = call("--lang", "zh", "unit", "发改")
    assert result.returncode == 1
    assert result.stderr.splitlines()[1:3] == ["相近的单位有：", "  省发展改革委"]
    platform = call("--lang", "zh", "platform", "政务云")
    assert platform.stderr.splitlines()[1] == "相近的平台有："
