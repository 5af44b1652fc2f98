"""The fourteenth reader of government Chinese: the tracking screens' and notices' wording.

Issue #23, reader14's faults 2, 3, 4, 7, 8, 11, 12, 13, 14 and 21. Each expected
sentence is the one the reader asked for, written out by hand, not copied from output.
"""

from __future__ import annotations

import pytest

from dg_plan import tracking
from helpers.tracking_example import BIANBAN, JUSTICE, ledger

docx = pytest.importorskip("docx")

DAY = "2025-01-01"


def _notice(tmp_path, unit, set_aside=None, language="zh"):
    book = ledger()
    (chase,) = [c for c in book.chase(DAY, set_aside=set_aside or {}) if c.unit == unit]
    path = tmp_path / f"{unit}-{language}.docx"
    tracking.write_notice(book, chase, path, DAY, dated=DAY, language=language)
    return [p.text for p in docx.Document(str(path)).paragraphs]


# -- 11. the 督办通知 to a unit that did report; the set-aside unit asked once ---------------


def test_a_unit_that_reported_its_late_task_is_not_told_it_did_not_report(tmp_path):
    # 省司法厅 reported task 52 推进中: the task is not completed; it was reported.
    said = _notice(tmp_path, JUSTICE)
    assert said[2].endswith("下列1项任务已过完成时限，截至目前尚未办结。请高度重视，抓紧推进落实。")
    assert not any("尚未报送" in p for p in said)
    english = _notice(tmp_path, JUSTICE, language="en")
    assert "is past its deadline and is not completed to date." in english[2]


def test_the_unit_whose_form_was_sent_back_is_asked_once(tmp_path):
    said = _notice(tmp_path, BIANBAN, {BIANBAN: "cells"})
    assert (
        "你单位本轮报回的填报表因需修改已退回（见退回修改通知）。"
        "请修改后，于2025年1月8日前连同下列任务的进展情况及佐证材料一并报回。"
    ) in said
    assert not any("书面反馈" in p for p in said)
    assert sum("2025年1月8日" in p for p in said) == 1


def test_two_files_awaiting_the_choice_are_still_asked_to_reply(tmp_path):
    said = _notice(tmp_path, BIANBAN, {BIANBAN: "two_files"})
    assert "请于2025年1月8日前书面反馈各项任务进展情况及佐证材料。" in said
