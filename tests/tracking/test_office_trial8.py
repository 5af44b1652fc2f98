"""Issue 21, the clerk's round-8 trial: each finding fixed by a stated rule.

1. A 督办通知 to a unit whose file of the round was set aside (cells to fix, or two
   files for the office to choose between) does not say the unit has not reported
   (你单位尚未报送办结情况): it did return a file. It says the ledger holds no checked
   report of completion (台账中尚无你单位经核定的办结情况), true in both cases.

The example ledger (tests/helpers/tracking_example.py), as of 2025-01-01: 省委编办
leads 41 and 53, both late and not done; its 2024-12-31 file may be set aside.
"""

from __future__ import annotations

import pytest

from dg_plan import tracking
from helpers.tracking_example import BIANBAN, ledger

docx = pytest.importorskip("docx")

DAY = "2025-01-01"
NOT_REPORTED = "你单位尚未报送办结情况"
NOT_CHECKED = "台账中尚无你单位经核定的办结情况"


def _opening(tmp_path, set_aside, language="zh"):
    book = ledger()
    (chase,) = [c for c in book.chase(DAY, set_aside=set_aside) if c.unit == BIANBAN]
    path = tmp_path / f"{language}.docx"
    tracking.write_notice(book, chase, path, DAY, dated=DAY, language=language)
    return [p.text for p in docx.Document(str(path)).paragraphs][2]


@pytest.mark.parametrize("reason", ["cells", "two_files", "other_round"])
def test_a_unit_whose_file_was_set_aside_is_not_told_it_did_not_report(tmp_path, reason):
    opening = _opening(tmp_path, {BIANBAN: reason})
    assert NOT_REPORTED not in opening
    assert opening == (
        f"截至2025年1月1日，《{ledger().plan.metadata.title}》中由你单位牵头的以下2项任务"
        f"已过完成时限，{NOT_CHECKED}。"
    )
    english = _opening(tmp_path, {BIANBAN: reason}, "en")
    assert "has not reported" not in english
    assert "no checked report from your unit that they are completed" in english


def test_a_unit_that_returned_nothing_is_still_told_it_did_not_report(tmp_path):
    opening = _opening(tmp_path, {})
    assert f"已过完成时限，{NOT_REPORTED}。" in opening
    assert NOT_CHECKED not in opening
