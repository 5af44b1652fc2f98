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


# -- 7. the glossary says what the interface says, once ------------------------------------


def test_the_glossary_names_not_returned_beside_not_reported():
    from helpers.glossary import terms  # noqa: PLC0415

    chinese = [t.chinese for t in terms()]
    assert chinese.index("未报回") == chinese.index("未报送") + 1
    out = call("--lang", "zh", "track", "chase", "--help").stdout
    assert "成文日期（落款日期）" not in out  # the glossary no longer claims it


def test_the_chinese_glossary_calls_the_categories_what_the_interface_does():
    strings = _msgstrs("glossary.po")
    assert not [s for s in strings if s.startswith("督办状态")]
    assert [s for s in strings if s.startswith("完成情况：")]
    assert not [s for s in strings if "任务清单（任务清单）" in s]
    assert not [s for s in strings if "成文日期（落款日期）" in s]


# -- 6. the docs name the columns and the report as the files print them --------------------


def test_the_docs_name_the_task_column_and_the_report_as_printed():
    tracking = _msgstrs("tracking.po")
    assert not [s for s in tracking if "序号、任务、" in s]
    assert [s for s in tracking if "序号、主要任务、完成时限、状态" in s]
    assert not [s for s in tracking if "报送上级的汇总表" in s]
    assert "一轮督查督办：命令行用法" in tracking
    assert not [s for s in _msgstrs("round.po") if "序号、任务、" in s]
