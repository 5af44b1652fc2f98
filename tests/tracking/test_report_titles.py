"""The supervision report's title, subtitle and headings, as a 公文 writes them.

A reader of government Chinese asked for one title, …督办报告, in the page, the
workbook and the Word document; the line under it in brackets
（统计截止日期为…，采用各单位截至…的报送记录）; and the sections numbered 一、 二、 三、 四、.
"""

from __future__ import annotations

import re

import docx
import openpyxl

from dg_plan import tracking
from helpers.tracking_example import PLAN, ledger

TITLE = f"{PLAN.metadata.title}督办报告"
# As of 2025-01-01 the newest reports are of 2024-12-31, the previous round 2024-06-30;
# 4 units reported on 2024-12-31, 2 only on 2024-06-30 (their figures carry June's answers).
SUBTITLE = (
    "（统计截止日期为2025年1月1日，采用各单位截至该日的最近一条报送记录：最近一轮为2024年12月31日"
    "（4个单位），其余沿用此前各轮；上一轮为2024年6月30日）"
)
SECTIONS = [
    "一、总体推进情况",
    "二、各项任务进展情况",
    "三、各单位主责任务完成情况",
    "四、前后报送不一致的情况",
]


def test_one_title_in_the_three_formats(tmp_path):
    page = tmp_path / "r.html"
    tracking.report(ledger(), "2025-01-01", page, language="zh")
    text = page.read_text("utf-8")
    assert re.search(r"<h1>(.*?)</h1>", text)[1] == TITLE
    assert re.search(r"<title>(.*?)</title>", text)[1] == TITLE
    assert SUBTITLE in text
    assert re.findall(r"<h2>(.*?)</h2>", text) == SECTIONS
    book = tmp_path / "r.xlsx"
    tracking.report(ledger(), "2025-01-01", book, language="zh")
    assert openpyxl.load_workbook(book)["说明"]["A1"].value == TITLE
    word = tmp_path / "r.docx"
    tracking.report(ledger(), "2025-01-01", word, language="zh")
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert paragraphs[:2] == [TITLE, SUBTITLE]
    # The example has no contradiction: 四、 is kept all the same, its table saying 无,
    # as in the page and the workbook (issue 21, third office trial; this asserted 四、's
    # absence before).
    assert [p for p in paragraphs if p in SECTIONS] == SECTIONS


def test_the_per_unit_note_says_the_collectives_plainly(tmp_path):
    page = tmp_path / "r.html"
    tracking.report(ledger(), "2025-01-01", page, language="zh")
    text = page.read_text("utf-8")
    assert "为统称单位，未列明成员单位，未下发填报表，不列入本表。" in text
    assert "与各单位自身完成情况一致" not in text
    assert "无人可代为报送" not in text
