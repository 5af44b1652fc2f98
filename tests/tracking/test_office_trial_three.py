"""The third office trial (issue 21): the leader's report in Word, its titles, and reading.

A clerk ran a full round and found the Word 督办报告 thinner than the page, section
titles worded differently in each format, the rank stored as text, an on-time rate
of 100% beside 2 of 4 tasks done, a 填报日期 kept as typed in a .csv, deleted rows
passing silently, and the day of each report headed 截至日期 in ``status --task``.
"""

from __future__ import annotations

import html
import re

import docx
import openpyxl
import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import R1, R2, ledger
from helpers.workbooks import SHEET, fill, row_of, write_csv

# The scorecard's figures are read off its one table (wide_terminal, conftest.py).
pytestmark = pytest.mark.usefixtures("wide_terminal")

PLAN = dg_plan.load_plan()
BIANBAN = "省委编办"


def _word(path):
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in document.tables]
    return paragraphs, headings, tables


def _tables_under(path):
    """Each table of the document with the heading it stands under."""
    document = docx.Document(str(path))
    found, heading = [], None
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            style = child.find(".//{*}pStyle")
            if style is not None and "Heading" in str(style.get(style.keys()[0])):
                heading = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
        elif child.tag.endswith("}tbl"):
            rows = [[c.text for c in r.cells] for r in docx.table.Table(child, document).rows]
            found.append((heading, rows))
    return found


def test_the_word_report_opens_with_the_headlines_figures_in_a_sentence(tmp_path):
    path = tmp_path / "r.docx"
    tracking.report(ledger(), R2, path, language="zh")
    paragraphs, _headings, _tables = _word(path)
    # The page's opening, word for word (its groups: tests/tracking/test_reader15_opening.py).
    page = tmp_path / "r.html"
    tracking.report(ledger(), R2, page, language="zh")
    text = page.read_text("utf-8")
    opening = re.search(r'<p id="summary">(.*?)</p>', text, re.DOTALL)[1]
    assert opening.startswith(f"截至2024年12月31日，{len(PLAN.tasks)}项任务中，已到期")
    # Under the title, the line in brackets and the line saying what the day means.
    assert paragraphs[3] == html.unescape(opening), paragraphs[3]


def test_the_word_report_has_every_table_of_the_page_each_empty_one_saying_none(tmp_path):
    # As of the first round: nothing changed since a round before it, no contradiction.
    page = tmp_path / "r.html"
    tracking.report(ledger(), R1, page, language="zh")
    text = page.read_text("utf-8")
    word = tmp_path / "r.docx"
    tracking.report(ledger(), R1, word, language="zh")
    paragraphs, headings, _tables = _word(word)
    # The page's late and due tables, and its changes and contradictions (empty: 无).
    late_ids = re.findall(r'<table id="late">.*?<tbody>(.*?)</tbody>', text, re.DOTALL)[0]
    late_numbers = re.findall(r"<tr><td>(\d+)</td>", late_ids)
    assert late_numbers
    (late,) = [t for h, t in _tables_under(word) if "逾期未完成" in h]
    assert [r[0] for r in late[1:]] == late_numbers
    # A first round has no previous round: its 较上一轮变化 is a sentence saying so, no
    # table (issue 21, the clerk's last trial).
    assert "（三）较上一轮变化" in headings
    assert "本轮为首轮报送，无上一轮可比。" in paragraphs
    # No contradiction: the section's last, a sentence and no table.
    assert headings[-1] == "四、前后报送不一致的情况"
    assert paragraphs[-1] == "未发现前后报送不一致的情况。"


def test_each_section_has_one_title_in_the_page_the_workbook_and_word(tmp_path):
    page, book, word = tmp_path / "r.html", tmp_path / "r.xlsx", tmp_path / "r.docx"
    for path in (page, book, word):
        tracking.report(ledger(), R2, path, language="zh")
    html_heads = re.findall(r"<h[23]>(.*?)</h[23]>", page.read_text("utf-8"))
    _paragraphs, word_heads, _tables = _word(word)
    assert word_heads == html_heads
    # A tab is its heading with the section's numeral before a sub-section's: 二、（一）….
    tabs = openpyxl.load_workbook(book).sheetnames[1:]
    section = ""
    expected = []
    for head in html_heads:
        if re.match(r"[一二三四五六七八九十]、", head):
            section = head[0]
            expected.append(head)
        else:
            expected.append(section + "、" + head)
    # Section 一's headline is on the first sheet (说明), under its heading. The table
    # of every task is 二、（四） in the three formats (the eleventh reader): section 二
    # has no sheet of its own, each of its （一）…（四） one.
    assert tabs == [t for t in expected[1:] if t != "二、各项任务进展情况"]
    about = [r[0] for r in openpyxl.load_workbook(book)["说明"].iter_rows(values_only=True)]
    assert expected[0] in about


def test_the_workbooks_rank_and_counts_are_numbers(tmp_path):
    book = tmp_path / "r.xlsx"
    tracking.report(ledger(), R2, book, language="zh")
    sheet = openpyxl.load_workbook(book)["三、各单位主责任务完成情况"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    ranks = [r[0] for r in rows if isinstance(r[0], int)]
    assert ranks[:3] == [1, 2, 3]
    assert not [r[0] for r in rows if isinstance(r[0], str) and r[0].isdigit()]


def test_the_rate_says_what_it_divides(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    out = call("--lang", "zh", "track", "scorecard", str(book), "--as-of", "2025-01-01").stdout
    assert "按时完成率" in out.splitlines()[5].split()  # a line lower: the day's line (reader 19)
    assert "按时完成率＝按时完成÷（按时完成＋逾期完成＋逾期未完成＋到期未完成）" in out
    page = tmp_path / "r.html"
    tracking.report(ledger(), R2, page, language="zh")
    text = page.read_text("utf-8")
    assert "<th>按时完成率</th>" in text
    assert "按时完成率＝按时完成÷（按时完成＋逾期完成＋逾期未完成＋到期未完成）" in text
    # The note speaks of the table, not of the tool's own screens.
    assert "与各单位主责任务完成情况一致" not in text
    assert "评分" not in text


def test_status_task_heads_each_reports_day_as_such(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    out = call(
        "--lang", "zh", "track", "status", str(book), "--as-of", "2025-01-01", "--task", "51"
    ).stdout
    assert "数据截止日期" in out
    assert "截至日期" not in out
    assert not re.search(r"状态\s+统计截止日期", out)


def _bianban(tmp_path):
    path = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, path, as_of=R2)
    return path


def test_a_csv_returns_sign_off_day_reads_as_an_xlsx_one_does(tmp_path):
    path = _bianban(tmp_path)
    numbers = [r.task.number for r in PLAN.responsibilities(PLAN.unit(BIANBAN))]
    fill(path, {numbers[0]: ("推进中", None, "正在推进")})
    ws = openpyxl.load_workbook(path)[SHEET]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    (day_row,) = [r for r in rows if r[0] == "填报日期"]
    day_row[1] = "2024/7/3"
    csv_path = write_csv(
        tmp_path / f"{BIANBAN}.csv", [["" if v is None else v for v in r] for r in rows]
    )
    (report,) = tracking.collect(PLAN, csv_path).reports
    assert report.source.filled_on == "2024-07-03"


def test_a_return_with_rows_deleted_names_the_missing_numbers(tmp_path):
    path = _bianban(tmp_path)
    numbers = [r.task.number for r in PLAN.responsibilities(PLAN.unit(BIANBAN))]
    assert len(numbers) >= 3
    fill(path, {numbers[0]: ("推进中", None, "正在推进")})
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    ws.delete_rows(row_of(ws, numbers[1]))
    wb.save(path)
    returned = tracking.read_returns(PLAN, [path], keep_going=True)
    assert [r.task for r in returned.ledger.reports] == [numbers[0]]
    (note,) = [n for n in returned.notes if n.kind == "missing_rows"]
    said = note.render("zh", whole=True)
    assert f"序号为{numbers[1]}的任务行" in said
    assert "按未报送计" in said
