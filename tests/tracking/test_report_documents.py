"""The report as documents an office files: Word headings, empty tables, numbered tabs.

An office trial found the Word report's headings in the Normal style (Word's navigation
pane listed none), empty tables printing a header over nothing, and the xlsx tabs not
numbered as the report's headings are (issues 21 and 23).
"""

from __future__ import annotations

import re

import docx
import openpyxl
import pytest

from dg_plan import tracking
from dg_plan._i18n import using
from dg_plan.tracking.notices import word_document
from helpers.tracking_example import R1, R2, ledger

# The page's outline (issue 21, third office trial: the Word report carries every
# section and table of the page, 四、 kept when empty): sections at level 1 in 黑体,
# sub-sections at level 2 in 楷体, the same words as the page's headings.
OUTLINE = [
    ("一、总体推进情况", "Heading 1"),
    ("（一）按部分统计", "Heading 2"),
    ("（二）按完成时限统计", "Heading 2"),
    ("二、各项任务进展情况", "Heading 1"),
    ("（一）逾期未完成任务", "Heading 2"),
    ("（二）到期未完成任务", "Heading 2"),
    ("（三）较上一轮变化", "Heading 2"),
    # Every task's table, a sub-section of its own (the tenth reader).
    ("（四）全部任务进展情况", "Heading 2"),
    ("三、各单位主责任务完成情况", "Heading 1"),
    ("四、前后报送不一致的情况", "Heading 1"),
]


def test_the_word_reports_headings_are_word_headings_in_the_official_font(tmp_path):
    path = tmp_path / "r.docx"
    tracking.report(ledger(), "2025-01-01", path, language="zh")
    document = docx.Document(str(path))
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    # What the navigation pane lists: the sections and their sub-sections.
    assert [(p.text, p.style.name) for p in headings] == OUTLINE
    qn = docx.oxml.ns.qn
    for p in headings:
        (run,) = p.runs
        font = "黑体" if p.style.name == "Heading 1" else "楷体_GB2312"
        assert run.element.rPr.rFonts.get(qn("w:eastAsia")) == font
    style = document.styles["Heading 1"]
    # The style itself: 黑体, black (not Word's blue), no theme font overriding it.
    assert style.element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert style.element.rPr.rFonts.get(qn("w:eastAsiaTheme")) is None
    assert style.font.color.rgb == docx.shared.RGBColor(0, 0, 0)
    # The body is not a heading: the title and the subtitle stay out of the outline.
    assert document.paragraphs[0].style.name == "Normal"


def test_a_second_level_heading_is_heading_2_in_kaiti(tmp_path):
    doc = word_document()
    doc.heading("（一）逾期未完成任务", level=2)
    path = tmp_path / "h.docx"
    path.write_bytes(doc.bytes())
    (p,) = docx.Document(str(path)).paragraphs
    assert p.style.name == "Heading 2"
    assert p.runs[0].element.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")).startswith("楷体")


def _html_table(page, table_id):
    body = re.search(rf'<table id="{table_id}">.*?<tbody>(.*?)</tbody>', page, re.DOTALL)[1]
    return [
        [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", body)
    ]


NO_CONTRADICTION = "未发现前后报送不一致的情况。"


# Two rounds in which nothing changed: 省审计厅 says 推进中 on task 50 in both.
UNCHANGED = tracking.Ledger(
    ledger().plan,
    [
        tracking.Report(50, "省审计厅", tracking.Status.IN_PROGRESS, R1),
        tracking.Report(50, "省审计厅", tracking.Status.IN_PROGRESS, R2),
    ],
)


NO_CHANGE = "与上一轮相比，各项任务状态均无变化。"


def test_an_empty_table_says_none_in_the_page_and_the_workbook(tmp_path):
    # As of 2024-12-31, the second round: nothing changed since the first, and no
    # report contradicts an earlier one. (A first round has no table of changes: it
    # says it has no previous round, in a sentence.)
    page = tmp_path / "r.html"
    tracking.report(UNCHANGED, R2, page, language="zh")
    text = page.read_text("utf-8")
    # Nothing changed: a sentence says so, not a table of 无 (the ninth reader).
    assert f'<p class="note" id="changes">{NO_CHANGE}</p>' in text
    # No contradiction: a sentence says so, no table of 无.
    assert f'<p id="contradictions">{NO_CONTRADICTION}</p>' in text
    assert '<table id="contradictions">' not in text
    book = tmp_path / "r.xlsx"
    tracking.report(UNCHANGED, R2, book, language="zh")
    wb = openpyxl.load_workbook(book)
    rows = list(wb["二、（三）较上一轮变化"].iter_rows(values_only=True))
    assert rows == [(NO_CHANGE,)]
    assert list(wb["四、前后报送不一致的情况"].iter_rows(values_only=True)) == [(NO_CONTRADICTION,)]
    # A table with rows does not say 无.
    late = list(wb["二、（一）逾期未完成任务"].iter_rows(min_row=2, values_only=True))
    assert late
    assert "无" not in [r[0] for r in late]
    tracking.report(UNCHANGED, R2, book, language="en")
    rows = list(
        openpyxl.load_workbook(book)["2(3) Changes since last round"].iter_rows(values_only=True)
    )
    assert rows == [("No task's status has changed since the previous round.",)]


def test_an_empty_word_table_says_none_in_one_row(tmp_path):
    with using("zh"):
        doc = word_document()
        doc.table(("序号", "主要任务", "单位"), [])
    path = tmp_path / "t.docx"
    path.write_bytes(doc.bytes())
    (table,) = docx.Document(str(path)).tables
    assert len(table.rows) == 2
    assert {c.text for c in table.rows[1].cells} == {"无"}


def _mark(level, text, lang):
    """A heading's (section, sub-section) number; the section kept from the last h2."""
    if lang == "zh":
        mark = re.match(r"([一二三四五六七八九十]+)、" if level == "2" else r"（(.)）", text)
    else:
        mark = re.match(r"(\d+)\. " if level == "2" else r"\((\d+)\) ", text)
    assert mark is not None
    if level == "2":
        _mark.section = mark[1]
        return (mark[1], None)
    return (_mark.section, mark[1])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_workbooks_tabs_are_numbered_as_the_pages_headings(tmp_path, lang):
    page = tmp_path / "r.html"
    tracking.report(ledger(), R2, page, language=lang)
    book = tmp_path / "r.xlsx"
    tracking.report(ledger(), R2, book, language=lang)
    tabs = openpyxl.load_workbook(book).sheetnames
    # Excel's limits on a tab's name.
    assert all(len(t) <= 31 and not set(t) & set("[]:*?/\\") for t in tabs)
    # Each tab but the first (说明, the cover) carries a heading's number: 一、 or 一、（二）
    # (1. or 1(2) in English), and the page has that section and sub-section.
    headings = re.findall(r"<h([23])>(.*?)</h[23]>", page.read_text("utf-8"))
    _mark.section = ""
    numbered = {_mark(level, text, lang) for level, text in headings}
    pattern = (
        r"([一二三四五六七八九十]+)、(?:（(.)）)?" if lang == "zh" else r"(\d+)(?:\. |\((\d+)\) )"
    )
    for tab in tabs[1:]:
        mark = re.match(pattern, tab)
        assert mark is not None, tab
        assert (mark[1], mark[2]) in numbered, tab
    # In the order of the headings.
    marks = [(s, sub) for level, text in headings for s, sub in [_mark(level, text, lang)]]
    assert [marks.index(re.match(pattern, t).groups()) for t in tabs[1:]] == sorted(
        marks.index(re.match(pattern, t).groups()) for t in tabs[1:]
    )
