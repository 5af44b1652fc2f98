"""The thirteenth reader of government Chinese: the 督办通知 and 催报通知 (issue #23).

A 督办通知 to a unit whose form was sent back cites the 退回修改通知 by its 文号 when the
ledger's log of notices holds it, else by name; its opening says 你单位报送的办结情况尚未
汇入台账. Expected wording is the reader's, written by hand.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

from dg_plan import tracking
from dg_plan.tracking import Issued
from helpers.tracking_example import BIANBAN, ledger

docx = pytest.importorskip("docx")

DAY = "2025-01-01"
NUMBER = "豫督〔2025〕1号"


def _paragraphs(tmp_path, book):
    (chase,) = [c for c in book.chase(DAY, set_aside={BIANBAN: "cells"}) if c.unit == BIANBAN]
    path = tmp_path / "n.docx"
    tracking.write_notice(book, chase, path, DAY, dated=DAY)
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_chase_cites_the_notice_sent_back_by_its_number(tmp_path):
    sent_back = Issued(
        kind="退回修改通知",
        unit=BIANBAN,
        number=NUMBER,
        dated=datetime.date(2025, 1, 1),
        file=f"{BIANBAN}-退回修改通知.docx",
    )
    book = attrs.evolve(ledger(), notices=(sent_back,))
    said = _paragraphs(tmp_path, book)
    # The sixteenth reader, fault 5: one paragraph, two sentences, no 台账.
    assert said[2].endswith(
        "已过完成时限。"
        f"你单位本轮报回的填报表因需修改已退回（见{NUMBER}），"
        "请修改后，于2025年1月8日前连同下列任务的进展情况及佐证材料一并报回。"
    )
    assert "台账" not in "".join(said)
    assert "经核定" not in said[2]


def test_without_a_number_logged_the_notice_is_not_cited(tmp_path):
    said = _paragraphs(tmp_path, ledger())
    assert said[2].endswith(
        "已过完成时限。你单位本轮报回的填报表因需修改已退回，"
        "请修改后，于2025年1月8日前连同下列任务的进展情况及佐证材料一并报回。"
    )
    assert sum("填报表因需修改已退回" in p for p in said) == 1
