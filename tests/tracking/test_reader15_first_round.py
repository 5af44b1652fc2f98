"""A first round's report: no empty 较上一轮变化 column, no blank cell (reader15 fault 7).

With no earlier round, 二（三） says so in a sentence, and the tables of 二（一）逾期未完成任务
and 二（二）到期未完成任务 have no 较上一轮变化 column (it was empty in every row), in
the page, the workbook and the Word document. A task's 进展情况 or 佐证材料 that no unit
gave is written —, not left blank (the row's 任务状态 says 未报送). A later round keeps
the column.
"""

from __future__ import annotations

import html
import re

import docx
import openpyxl
import pytest

from dg_plan import tracking
from helpers.tracking_example import PLAN, R2, ledger

# One round only (2024-12-31): nothing to compare with.
FIRST = tracking.Ledger(PLAN, [r for r in ledger().reports if r.as_of == R2])
CHANGE = "较上一轮变化"
LATE_HEADER = ["序号", "主要任务", "完成时限", "未完成单位", "任务状态", "进展情况", "佐证材料"]


def _late_tables(path):
    """The header and rows of 二（一） and 二（二）, in the format of *path*."""
    if path.suffix == ".html":
        text = path.read_text("utf-8")
        found = []
        for key in ("late", "due"):
            table = re.search(rf'<table id="{key}">(.*?)</table>', text, re.DOTALL)[1]
            rows = [
                [html.unescape(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.DOTALL)]
                for r in re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)
            ]
            found.append(rows)
        return found
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return [
            [list(row) for row in book[name].iter_rows(values_only=True)]
            for name in book.sheetnames
            if name.startswith(("二、（一）", "二、（二）"))
        ]
    document = docx.Document(str(path))
    return [
        [[c.text for c in r.cells] for r in t.rows]
        for t in document.tables
        if t.rows[0].cells[-1].text in ("佐证材料", CHANGE)
        and t.rows[0].cells[0].text == "序号"
        and t.rows[0].cells[3].text == "未完成单位"
    ]


@pytest.mark.parametrize("suffix", [".html", ".xlsx", ".docx"])
def test_a_first_rounds_late_tables_have_no_change_column(tmp_path, suffix):
    path = tmp_path / f"r{suffix}"
    tracking.report(FIRST, R2, path, language="zh")
    tables = _late_tables(path)
    assert len(tables) == 2
    for rows in tables:
        assert rows[0] == LATE_HEADER
        unreported = [r for r in rows[1:] if r[4] == "未报送"]
        assert unreported
        for row in unreported:
            assert row[5:] == ["—", "—"], row


@pytest.mark.parametrize("suffix", [".html", ".docx"])
def test_a_later_round_keeps_the_column(tmp_path, suffix):
    path = tmp_path / f"r{suffix}"
    tracking.report(ledger(), R2, path, language="zh")
    for rows in _late_tables(path):
        assert rows[0] == [*LATE_HEADER, CHANGE]


def test_the_first_rounds_sentence_is_body_text_as_section_four_is(tmp_path):
    # Reader 16, fault 20: 二（三）'s one sentence was 12 pt, 四's 16 pt. A body sentence in
    # a 公文 is 三号 (16 pt, GB/T 9704), its first line indented two characters.
    word = tmp_path / "r.docx"
    tracking.report(FIRST, R2, word, language="zh")
    paragraphs = {p.text: p for p in docx.Document(str(word)).paragraphs}
    for text in ("本轮为首轮报送，无上一轮可比。", "未发现前后报送不一致的情况。"):
        paragraph = paragraphs[text]
        assert {run.font.size.pt for run in paragraph.runs} == {16}, text
        assert paragraph.paragraph_format.first_line_indent.pt == 32, text
