"""The ninth reader's faults in collect, scorecard and report (issues 21 and 23, round 11).

A writer of government documents read a whole round in Chinese. Each test states what
that reader asked for, in words worked out from the requirement, not copied from output.
"""

from __future__ import annotations

import docx
import openpyxl

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import ledger

DAY = "2025-01-01"


def _report_texts(tmp_path, book, language="zh") -> dict[str, str]:
    """The words of the report in each of its three formats, cells one a line."""
    texts = {}
    for ext in ("html", "docx", "xlsx"):
        path = tmp_path / f"report-{language}.{ext}"
        tracking.report(book, DAY, path, language=language)
        if ext == "html":
            texts[ext] = path.read_text("utf-8")
        elif ext == "docx":
            document = docx.Document(str(path))
            cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
            texts[ext] = "\n".join([*(p.text for p in document.paragraphs), *cells])
        else:
            texts[ext] = "\n".join(
                str(c)
                for sheet in openpyxl.load_workbook(path).worksheets
                for row in sheet.iter_rows(values_only=True)
                for c in row
                if c is not None
            )
    return texts


def _ledger_file(tmp_path, book=None):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(book or ledger()), encoding="utf-8")
    return str(path)


# -- fault 2: 按时完成 means one thing in every table ------------------------------------------

# The scorecard splits the summary's 按时完成 in two, and says so in one sentence.
SPLIT = "按时完成（已到期）与提前完成（未到期）两列合计，即总体推进情况中的“按时完成”。"


def test_the_scorecard_splits_on_time_into_due_and_early_and_says_they_make_the_summarys(
    tmp_path,
):
    shown = call("--lang", "zh", "track", "scorecard", _ledger_file(tmp_path), "--as-of", DAY)
    words = "".join(shown.stdout.split())
    for text in [words, *(t.replace("\n", "") for t in _report_texts(tmp_path, ledger()).values())]:
        assert "按时完成（已到期）" in text
        assert "提前完成（未到期）" in text
        # The old heading, 已完成（未到期）, named the same tasks a second way.
        assert "已完成（未到期）" not in text.replace("提前完成（未到期）", "")
        assert SPLIT in "".join(text.split())
    english = call("track", "scorecard", _ledger_file(tmp_path), "--as-of", DAY).stdout
    assert "done on time (due)" in english
    assert "done early (not due yet)" in english


# -- fault 3: the not-reported count is not read as a subset of 未到期未完成 -------------------


def test_the_not_reported_heading_says_it_counts_among_the_tasks_not_done(tmp_path):
    shown = call("--lang", "zh", "track", "scorecard", _ledger_file(tmp_path), "--as-of", DAY)
    texts = ["".join(shown.stdout.split()), *_report_texts(tmp_path, ledger()).values()]
    for text in texts:
        assert "其中未报送" not in text
        assert "未完成中未报送" in text


# -- fault 6: a report's day is written one way, 截至… -----------------------------------------


def test_the_chase_screen_and_the_report_write_a_reports_day_with_jie_zhi(tmp_path):
    shown = call("--lang", "zh", "track", "chase", _ledger_file(tmp_path), "--as-of", DAY)
    # 省委编办 reported 53 推进中 as of 2024-12-31, and 53 is late on 2025-01-01.
    assert "推进中（截至2024年12月31日）" in shown.stdout
    assert "推进中（2024年12月31日）" not in shown.stdout
    for text in _report_texts(tmp_path, ledger()).values():
        assert "省司法厅（截至2024年12月31日）：" in text
        assert "省司法厅（2024年12月31日）" not in text
