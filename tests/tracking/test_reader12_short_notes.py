"""Notes in short numbered points (the twelfth reader's fault 5, tracking part).

The 填报表's instruction cell (A3) was one 265-character paragraph, and the scorecard's
note (the screen, and the report's per-unit table in every format) one of 293
characters of formulas. A 公文 writes such notes as numbered points: 填表说明：一、…
二、…, and 注：1. …；2. …. Each point here is one line, short enough to read.
"""

from __future__ import annotations

import datetime
import re

import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import ledger

openpyxl = pytest.importorskip("openpyxl")

PLAN = dg_plan.load_plan()
DAY = datetime.date(2024, 12, 31)
CHINESE_NUMBERS = "一二三四五六七八九十"


def test_the_template_instructions_are_numbered_points(tmp_path):
    path = tmp_path / "t.xlsx"
    tracking.write_template(PLAN, "省司法厅", path, as_of=DAY)
    ws = openpyxl.load_workbook(path)["填报"]
    lines = ws["A3"].value.split("\n")
    assert lines[0] == "填表说明："
    points = lines[1:]
    # 一、二、… in order, each a sentence of its own ending with 。.
    assert [p[:2] for p in points] == [f"{n}、" for n in CHINESE_NUMBERS[: len(points)]]
    assert all(p.endswith("。") for p in points)
    assert max(len(p) for p in points) <= 100
    # Still the cell collect reads past: the header in row 4.
    assert ws.cell(4, 1).value == "序号"


def test_the_scorecard_note_is_numbered_points(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    out = call("--lang", "zh", "track", "scorecard", str(book), "--as-of", "2025-01-01").stdout
    lines = out.splitlines()
    start = lines.index("注：")
    points = []
    for line in lines[start + 1 :]:
        if not re.match(r"\d+\. ", line):
            break
        points.append(line)
    assert [int(p.split(".")[0]) for p in points] == list(range(1, len(points) + 1))
    assert len(points) >= 3
    # 注：1. …；2. …。: a point ends with ；, the last with 。.
    assert all(p.endswith("；") for p in points[:-1])
    assert points[-1].endswith("。")
    assert max(len(p) for p in points) <= 80
    assert any(p.startswith(f"{len(points)}. 排名依据：") for p in points)
    en = call("track", "scorecard", str(book), "--as-of", "2025-01-01").stdout.splitlines()
    assert "Notes:" in en
    assert any(line.startswith("1. On-time rate = ") for line in en)


def test_the_report_gives_the_note_as_points_in_every_format(tmp_path):
    page = tmp_path / "r.html"
    tracking.report(ledger(), "2025-01-01", page, language="zh")
    note = page.read_text("utf-8").split('id="rate-note">')[1].split("</p>")[0]
    assert note.startswith("注：<br>1. ")
    path = tmp_path / "r.xlsx"
    tracking.report(ledger(), "2025-01-01", path, language="zh")
    cells = [
        r[0]
        for r in openpyxl.load_workbook(path)["三、各单位主责任务完成情况"].iter_rows(
            values_only=True
        )
    ]
    at = cells.index("注：")
    assert str(cells[at + 1]).startswith("1. 按时完成率＝")
    docx = pytest.importorskip("docx")
    path = tmp_path / "r.docx"
    tracking.report(ledger(), "2025-01-01", path, language="zh")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    at = texts.index("注：")
    assert texts[at + 1].startswith("1. 按时完成率＝")
