"""The report a leader reads, checked against hand counts on the documented example.

See tests/helpers/tracking_example.py for the tasks, their units (as the source prints
them) and what each unit reported in the rounds of 2024-06-30 and 2024-12-31.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import docx
import openpyxl
import pandas as pd
import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import JUSTICE, PLAN, R2, ledger

BUREAU, MARKET = "省行政审批政务信息管理局", "省市场监管局"


class Tables(HTMLParser):
    """The page's tables by id (cells' text, a <br> as a new line) and its data-as-of line."""

    def __init__(self, text):
        super().__init__()
        self.tables, self.table, self.row, self.cell = {}, None, None, None
        self.as_of, self.in_as_of = "", False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.table = self.tables.setdefault(a.get("id"), [])
        elif tag == "tr" and self.table is not None:
            self.row = []
            self.table.append(self.row)
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")
        self.in_as_of = a.get("id") == "data-as-of"

    def handle_endtag(self, tag):
        if tag == "table":
            self.table = None
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        self.in_as_of = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        if self.in_as_of:
            self.as_of += data


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    tracking.report(ledger(), R2, path, language="zh")
    return path.read_text("utf-8")


def _rows(table):
    return {int(r[0]): r for r in table[1:]}


def test_the_page_says_what_the_figures_rest_on(page):
    tables = Tables(page)
    # In brackets under the title (the day, the reports it rests on), as a 公文 says it.
    assert tables.as_of == "（截至2024年12月31日，上一轮为2024年6月30日）"
    assert "dg_plan" not in page


def test_each_late_or_due_task_names_only_the_units_still_outstanding(page):
    tables = Tables(page)
    header = tables.tables["late"][0]
    assert header == [
        # 主要任务 before 完成时限, as in every task's table (the twelfth reader).
        *("序号", "主要任务", "完成时限", "未完成单位"),
        # The task's status, from its accountable units: the glossary's 任务状态.
        *("任务状态", "进展情况", "佐证材料", "较上一轮变化"),
    ]
    late, due = _rows(tables.tables["late"]), _rows(tables.tables["due"])
    # 53: both leads outstanding; 编办 said 未启动 in both rounds, the bureau nothing.
    assert late[53][3:5] == [f"省委编办、{BUREAU}", "未启动"]
    assert late[53][7] == ""
    # 11: the collective's 已完成 covers every city; 应急管理厅, 济源, 航空港 outstanding.
    assert set(late[11][3].split("、")) == {"省应急管理厅", "济源示范区管委会", "航空港区管委会"}
    # 14: 郑州 is in progress and 16 cities silent: all 17 outstanding, named as one.
    assert "各省辖市政府" in late[14][3].split("、")
    assert "省气象局" not in late[14][3]
    # 9: 司法厅 done, the others outstanding.
    assert JUSTICE not in late[9][3]
    # 51 is due on the day: 司法厅 done, with its words and its document.
    assert due[51][3] == f"{BUREAU}、{MARKET}"
    # Each text with the day of the report it comes from (issue 21): both on 12-31.
    assert due[51][4:] == [
        # 司法厅 done, the other two leads silent: no unit said 推进中 (the fifteenth reader).
        "部分单位已完成（1个单位已完成、2个单位未报送）",
        f"{JUSTICE}（截至2024年12月31日）：已完成（2024年12月20日）。已印发",
        f"{JUSTICE}（截至2024年12月31日）：豫政〔2024〕1号",
        "未报送 → 部分单位已完成（1个单位已完成、2个单位未报送）",
    ]
    assert due[52][5] == f"{JUSTICE}（截至2024年12月31日）：已形成征求意见稿"
    assert 51 not in late
    assert 53 not in due


def test_what_changed_since_the_previous_round(page):
    changes = _rows(Tables(page).tables["changes"])
    # Status on 06-30 vs 12-31: 13, 40, 50, 51, 52 went from nothing to 推进中; 9, 11,
    # 14 and 53 stand as they stood; 12 and 41 are still unreported.
    assert sorted(changes) == [13, 40, 50, 51, 52]
    assert changes[40][2:] == ["未报送", "推进中"]


def test_the_word_summary_table(tmp_path):
    path = tmp_path / "汇总表.docx"
    tracking.report(ledger(), R2, path, language="zh")
    document = docx.Document(str(path))
    text = [p.text for p in document.paragraphs]
    assert text[0] == f"{PLAN.metadata.title}督办报告"
    assert text[1] == "（截至2024年12月31日，上一轮为2024年6月30日）"
    # The page's tables in its order: the headline, 一、（一） by part, 一、（二） by deadline,
    # 二、（一）–（三） late, due, changes, 二、（四） every task, 三、 the per-unit table
    # (tests/tracking/test_track_words.py checks it), 四、 contradictions.
    # 四、 has no table: no report contradicts another (a sentence says so).
    counts, _part, _deadline, _late, _due, _changes, tasks, units = document.tables
    assert units.rows[0].cells[1].text == "单位"
    assert [c.text for c in counts.rows[0].cells][:4] == [
        *("按时完成", "逾期完成", "逾期未完成", "到期未完成"),
    ]
    rows = [[c.text for c in r.cells] for r in tasks.rows]
    assert rows[0] == [
        *("序号", "主要任务", "完成时限", "主责单位"),
        *("完成情况", "未完成单位", "进展情况", "佐证材料"),
    ]
    assert len(rows) == 1 + len(PLAN.tasks)
    fifty_one = rows[51]
    assert fifty_one[0] == "51"
    assert fifty_one[4:] == [
        "到期未完成",
        f"{BUREAU}、{MARKET}",
        f"{JUSTICE}（截至2024年12月31日）：已完成（2024年12月20日）。已印发",
        f"{JUSTICE}（截至2024年12月31日）：豫政〔2024〕1号",
    ]
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape
    assert "dg_plan" not in "".join(text)


def test_the_xlsx_has_every_task_under_chinese_headers(tmp_path):
    path = tmp_path / "report.xlsx"
    assert (
        call(
            "--lang",
            "zh",
            "track",
            "report",
            _ledger_file(tmp_path),
            "--as-of",
            "2024-12-31",
            "-o",
            str(path),
        ).returncode
        == 0
    )
    wb = openpyxl.load_workbook(path)
    sheet = list(wb["二、（四）全部任务进展情况"].iter_rows(values_only=True))
    assert sheet[0][:6] == ("序号", "主要任务", "完成时限", "主责单位", "完成情况", "未完成单位")
    assert len(sheet) == 1 + len(PLAN.tasks)
    assert sheet[53][4] == "逾期未完成"
    about = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True)}
    # The day itself under its label, not the label said twice (the clerk's round).
    assert about["最近一轮报送记录的数据截止日期"].date() == R2
    cells = " ".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row)
    assert "dg_plan" not in cells


def _ledger_file(tmp_path):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    return str(path)


def test_the_command_line_writes_word(tmp_path):
    out = tmp_path / "summary.docx"
    result = call(
        "track", "report", _ledger_file(tmp_path), "--as-of", "2024-12-31", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert docx.Document(str(out)).tables


@pytest.mark.parametrize(
    ("lang", "header", "status"),
    [
        (
            "en",
            ["task", "unit", "status", "status_label", "as_of", "completed_on", "note", "evidence"],
            "done",
        ),
        (
            "zh",
            ["序号", "填报单位", "状态", "数据截止日期", "完成日期", "进展情况", "佐证材料"],
            "已完成",
        ),
    ],
)
def test_the_exports_speak_either_language(tmp_path, lang, header, status):
    book = ledger()
    buffer = io.StringIO()
    tracking.to_csv(book, buffer, lang=lang)
    lines = buffer.getvalue().splitlines()
    assert lines[0].split(",") == header
    # The ledger keeps the order given: the second report is 司法厅's 已完成 on task 9.
    assert re.match(rf"9,{JUSTICE},{status},", lines[2])
    path = tmp_path / "ledger.xlsx"
    tracking.to_excel(book, path, lang=lang)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert list(rows[0]) == header
    assert rows[2][2] == status
    frame = book.to_dataframe(lang=lang)
    assert list(frame.columns) == header
    assert frame.iloc[1, 2] == status
    assert isinstance(frame.iloc[1, 3 if lang == "zh" else 4], pd.Timestamp)
