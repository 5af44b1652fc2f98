"""The faults an office clerk found in a full round (issue 21, the clerk's last trial).

Each test sets up what the clerk did, and checks what the clerk should have read,
the expected words and figures worked out by hand from the plan and the reports.
"""

from __future__ import annotations

import datetime
from html.parser import HTMLParser

import docx
import openpyxl
import pytest

from dg_plan import tracking
from dg_plan.tracking import Ledger, Report, Status
from helpers.tracking_example import JUSTICE, PLAN, R1, R2

D = datetime.date


class Tables(HTMLParser):
    """The page's tables by id, each a list of rows of cell texts (a <br> a new line)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tables: dict[str | None, list[list[str]]] = {}
        self.table: list[list[str]] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.table = self.tables.setdefault(dict(attrs).get("id"), [])
        elif tag == "tr" and self.table is not None:
            self.row = []
            self.table.append(self.row)
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag):
        if tag == "table":
            self.table = None
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)

# Task 9 (2024年6月底前): 省司法厅 is one of its responsible units, with no lead, so its
# own answer counts (accountable). Done in June, with evidence; in progress again in
# December, with neither words nor evidence.
REOPENED = (
    Report(
        9, JUSTICE, Status.DONE, R1, completed_on=D(2024, 6, 20), note="平台已上线",
        evidence=("验收报告",),
    ),
    Report(9, JUSTICE, Status.IN_PROGRESS, R2),
)


def _html_row(ledger: Ledger, day: datetime.date, table: str, task: int, tmp_path) -> dict:
    path = tmp_path / "r.html"
    tracking.report(ledger, day, path, language="zh")
    rows = Tables(path.read_text("utf-8")).tables[table]
    return dict(zip(rows[0], next(r for r in rows[1:] if r[0] == str(task)), strict=True))


def test_a_report_shows_no_evidence_of_an_older_status(tmp_path):
    # As of 2025-01-01 task 9 is late (its deadline was 2024-06-30) and not done.
    row = _html_row(Ledger(PLAN, REOPENED), D(2025, 1, 1), "late", 9, tmp_path)
    # December's report counts: 推进中, no words, no evidence. June's 已完成 evidence is
    # not December's: it is not shown, nor June's words.
    assert "验收报告" not in row["佐证材料"]
    assert row["进展情况"] == "省司法厅（2024年12月31日）：无进展说明"


def test_the_workbook_and_word_show_no_evidence_of_an_older_status(tmp_path):
    book = Ledger(PLAN, REOPENED)
    xlsx, word = tmp_path / "r.xlsx", tmp_path / "r.docx"
    tracking.report(book, "2025-01-01", xlsx, language="zh")
    tracking.report(book, "2025-01-01", word, language="zh")
    cells = [
        str(c.value)
        for sheet in openpyxl.load_workbook(xlsx).worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert not any("验收报告" in c or "平台已上线" in c for c in cells)
    text = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    assert not any("验收报告" in c or "平台已上线" in c for c in text)


def test_evidence_left_blank_under_the_same_status_is_the_earlier_rounds(tmp_path):
    # 推进中 in June with evidence, 推进中 again in December with none: nothing changed,
    # June's evidence stands, with June's day.
    book = Ledger(
        PLAN,
        (
            Report(9, JUSTICE, Status.IN_PROGRESS, R1, evidence=("工作方案",)),
            Report(9, JUSTICE, Status.IN_PROGRESS, R2),
        ),
    )
    row = _html_row(book, D(2025, 1, 1), "late", 9, tmp_path)
    assert row["佐证材料"] == "省司法厅（2024年6月30日）：工作方案"
