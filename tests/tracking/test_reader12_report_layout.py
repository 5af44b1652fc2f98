"""The report's task tables share one column order, and a report from an office is signed.

The twelfth reader (faults 13): 二、（一）（二） read 序号｜完成时限｜主要任务… while
（四） read 序号｜主要任务｜完成时限…; and the report ended without a 落款. The order
is the print's (序号, 主要任务, 完成时限, then the units), in every format; with
``--office`` the report ends with the office's name over its 成文日期 (GB/T 9704's
落款), and without it with no placeholder (a report need not be sent).

Read back with independent readers: the page's text, openpyxl, python-docx. The
example ledger: tests/helpers/tracking_example.py (late tasks as of 2025-01-01).
"""

from __future__ import annotations

import datetime

import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import ledger

DAY = "2025-01-01"
OFFICE = "省政府督查室"
SIGNED = datetime.date(2025, 1, 6)
# The print's order: 序号, 主要任务, 完成时限 first in both tables of tasks.
FIRST = ["序号", "主要任务", "完成时限"]


def test_the_html_tables_of_tasks_open_alike_and_the_report_is_signed(tmp_path):
    page = tmp_path / "r.html"
    tracking.report(ledger(), DAY, page, language="zh", office=OFFICE, dated=SIGNED)
    text = page.read_text("utf-8")
    for table in ("late", "tasks"):
        head = text.split(f'<table id="{table}"><thead><tr>')[1].split("</tr>")[0]
        assert head.startswith("".join(f"<th>{c}</th>" for c in FIRST)), head
    # The 落款 last, after section 四: the office over the day.
    end = text.split("</body>")[0].rsplit("<h2>", 1)[1]
    assert f'<p class="signature">{OFFICE}<br>2025年1月6日</p>' in end
    plain = tmp_path / "plain.html"
    tracking.report(ledger(), DAY, plain, language="zh")
    assert "signature" not in plain.read_text("utf-8").split("</style>")[1]


def test_the_workbook_sheets_of_tasks_open_alike_and_it_is_signed(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "r.xlsx"
    tracking.report(ledger(), DAY, path, language="zh", office=OFFICE, dated=SIGNED)
    wb = openpyxl.load_workbook(path)
    late = wb["二、（一）逾期未完成任务"]
    every = wb["二、（四）全部任务进展情况"]
    assert [c.value for c in late[1]][:3] == FIRST
    assert [c.value for c in every[1]][:3] == FIRST
    about = [row[0] for row in wb.worksheets[0].iter_rows(values_only=True)]
    assert about[-2:] == [OFFICE, "2025年1月6日"]


def test_the_word_report_tables_open_alike_and_it_ends_with_its_signature(tmp_path):
    docx = pytest.importorskip("docx")
    path = tmp_path / "r.docx"
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    done = call(
        "--lang", "zh", "track", "report", str(book), "--as-of", DAY, "-o", str(path),
        "--office", OFFICE, "--date", "2025-01-06",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(path))
    heads = [[c.text for c in t.rows[0].cells] for t in document.tables]
    with_tasks = [h for h in heads if "主要任务" in h and "未完成单位" in h]
    assert len(with_tasks) >= 2  # （一） and （四） at least
    assert all(h[:3] == FIRST for h in with_tasks), with_tasks
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    assert texts[-2:] == [OFFICE, "2025年1月6日"]
    # English keeps the meaning: the office, then the day.
    en = tmp_path / "en.html"
    tracking.report(ledger(), DAY, en, language="en", office="The Office", dated=SIGNED)
    assert '<p class="signature">The Office<br>' in en.read_text("utf-8")
