"""The thirteenth reader of government Chinese: every full sentence of a round ends with 。.

Expected wording is the reader's and the brief's (issue #23), written by hand; the task
facts (the market bureau's first two tasks) are the printed list's.
"""

from __future__ import annotations

import datetime

import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill

docx = pytest.importorskip("docx")

PLAN = dg_plan.load_plan()
AS_OF = datetime.date(2024, 12, 31)
AUDIT = "省审计厅"  # one task: 50
MARKET = "省市场监管局"


@pytest.fixture
def returned(tmp_path):
    """The audit office's good return; the market bureau's with a bad 状态 and 已完成 undated."""
    folder = tmp_path / "returned"
    folder.mkdir()
    for unit in (AUDIT, MARKET):
        tracking.write_template(PLAN, unit, folder / f"{unit}.xlsx", as_of=AS_OF)
    fill(folder / f"{AUDIT}.xlsx", {50: ("推进中", None, "常态化开展数据审计")})
    first, second = (t.number for t in PLAN.tasks_for(MARKET)[:2])
    fill(folder / f"{MARKET}.xlsx", {first: ("完成了",), second: ("已完成",)})
    return folder


def test_collect_problem_lines_end_with_a_full_stop_in_chinese(tmp_path, returned):
    out = tmp_path / "l.json"
    zh = call("--lang", "zh", "track", "collect", str(returned), "-o", str(out))
    assert zh.returncode == 3, zh.stderr
    problems = [x.strip() for x in zh.stdout.splitlines() if x.startswith("    ")]
    assert len(problems) == 2
    assert all(p.endswith("。") for p in problems), problems
    assert any(
        p.endswith(
            "状态应从“未启动、推进中、已完成”中选择，请核对是否应为“已完成”（填写内容：完成了）。"
        )
        for p in problems
    ), problems
    en = call("track", "collect", str(returned), "-o", str(tmp_path / "e.json"))
    assert not any(x.endswith(("。", "..")) for x in en.stdout.splitlines())


def test_collect_summary_sentences_end_with_a_full_stop(tmp_path, returned):
    sent = tmp_path / "sent"
    sent.mkdir()
    tracking.write_template(PLAN, AUDIT, sent / f"{AUDIT}.xlsx", as_of=AS_OF)
    ledger = tmp_path / "l.json"
    good = returned / f"{AUDIT}.xlsx"
    zh = call("--lang", "zh", "track", "collect", str(good), "-o", str(ledger), "--sent", str(sent))
    assert zh.returncode == 0, zh.stderr
    assert "下发填报表的1个单位已报回。" in zh.stdout.splitlines()
    again = call("--lang", "zh", "track", "collect", str(good), "--into", str(ledger))
    assert f"本轮没有新文件汇入，台账“{ledger}”未作改动。" in again.stdout.splitlines()
    en = call("track", "collect", str(good), "-o", str(tmp_path / "e.json"), "--sent", str(sent))
    assert "The one unit sent a template returned its file." in en.stdout.splitlines()


def test_every_cell_of_the_notice_sent_back_ends_with_a_full_stop(tmp_path, returned):
    found = tracking.read_returns(PLAN, [returned], keep_going=True)
    ((_, path),) = tracking.write_notices(PLAN, found.set_aside, tmp_path / "n")
    (table,) = docx.Document(str(path)).tables
    cells = [row.cells[6].text for row in table.rows[1:]]
    assert len(cells) == 2
    assert all(c.endswith("。") for c in cells), cells
    assert "状态应从“未启动、推进中、已完成”中选择，请核对是否应为“已完成”。" in cells
