"""The faults an office clerk found in a full round (issue 21, the clerk's last trial).

Each test sets up what the clerk did, and checks what the clerk should have read,
the expected words and figures worked out by hand from the plan and the reports.
"""

from __future__ import annotations

import datetime
import json
from html.parser import HTMLParser

import docx
import openpyxl
import pytest

from dg_plan import tracking
from dg_plan.tracking import Ledger, Report, Status
from helpers.cli import call
from helpers.tracking_example import BIANBAN, JUSTICE, PLAN, R1, R2, WEATHER
from helpers.tracking_example import ledger as example
from helpers.workbooks import fill

# The scorecard's figures are read off its one table (wide_terminal, conftest.py).
pytestmark = pytest.mark.usefixtures("wide_terminal")

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
        9,
        JUSTICE,
        Status.DONE,
        R1,
        completed_on=D(2024, 6, 20),
        note="平台已上线",
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
    assert row["进展情况"] == "省司法厅（截至2024年12月31日）：未填写进展情况"


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
    assert row["佐证材料"] == "省司法厅（截至2024年6月30日）：工作方案"


# -- 2. two files of a unit await the office's choice: 待核定 in every row ------------------

TWO = "已报回（两份，待核定）"


def _word_rows(path) -> list[list[str]]:
    (table,) = docx.Document(str(path)).tables
    return [[c.text for c in r.cells] for r in table.rows]


def test_a_chase_notice_for_two_files_says_pending_in_every_row(tmp_path):
    # 省委编办, as of 2025-01-01: 41 (2024年12月底前) never reported, 53 (2023年12月底前)
    # 未启动 in June. Its two files of the round await the office's choice: the round's
    # answers are in them, so neither row is 未报送 nor June's 未启动.
    book = example()
    (chase,) = [c for c in book.chase("2025-01-01", set_aside={BIANBAN: "two_files"})
                if c.unit == BIANBAN]  # fmt: skip
    path = tmp_path / "n.docx"
    tracking.write_notice(book, chase, path, "2025-01-01", dated="2025-01-02")
    rows = _word_rows(path)
    assert rows[0] == ["序号", "主要任务", "完成时限", "状态"]
    assert [(r[0], r[3]) for r in rows[1:]] == [("41", TWO), ("53", TWO)]
    # Said once, in one sentence above the table.
    said = [p.text for p in docx.Document(str(path)).paragraphs if "待核定" in p.text]
    assert len(said) == 1
    # One sentence of the paragraph says it (the one before says what is past its deadline).
    assert len([sentence for sentence in said[0].split("。") if "待核定" in sentence]) == 1
    assert said[0].endswith("。")


def test_a_chase_notice_for_cells_to_fix_keeps_the_earlier_answer(tmp_path):
    # A file sent back for correction: where the unit has an answer, it still stands.
    book = example()
    (chase,) = [c for c in book.chase("2025-01-01", set_aside={BIANBAN: "cells"})
                if c.unit == BIANBAN]  # fmt: skip
    path = tmp_path / "n.docx"
    tracking.write_notice(book, chase, path, "2025-01-01", dated="2025-01-02")
    rows = _word_rows(path)
    assert [(r[0], r[3]) for r in rows[1:]] == [
        ("41", "已报回待修改"),
        ("53", "未启动（截至2024年6月30日）"),
    ]


def test_chase_says_pending_for_two_files_and_counts_them_apart(tmp_path):
    # A third round, as of 2025-06-30, sent to 省委编办, 省气象局 and 省信访局: 省委编办
    # returned two files (set aside, the office to choose), the other two nothing.
    r3 = D(2025, 6, 30)
    sent = tmp_path / "sent"
    sent.mkdir()
    for unit in (BIANBAN, WEATHER, "省信访局"):
        tracking.write_template(PLAN, unit, sent / f"{unit}.xlsx", as_of=r3)
    aside = [
        tracking.SetAside(name, BIANBAN, r3, (), reason="two_files")
        for name in (f"{BIANBAN}.xlsx", f"{BIANBAN}（修改稿）.xlsx")
    ]
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(example(), set_aside=aside), encoding="utf-8")
    result = call(
        "track", "chase", str(book), "--as-of", "2025-07-01", "--sent", str(sent),
        "--lang", "zh",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{BIANBAN}："))
    rows = lines[start + 2 : start + 4]
    assert [r.split()[0] for r in rows] == ["41", "53"]
    assert all(TWO in r for r in rows)
    assert not any("未启动" in r for r in rows)
    # Three sent: none read, none to correct, one with two files, two with nothing.
    (counts,) = [line for line in lines if line.startswith("本轮（统计截止日期")]
    assert "向3个单位下发填报表" in counts
    # A category with no unit is left out (issue 23, the seventh reader).
    assert "已报回并汇入台账" not in counts
    assert "已报回待修改" not in counts
    assert "已报回（两份，待核定）的1个" in counts
    assert "未报回的2个" in counts


# -- 3. the scorecard's 按时完成 is the rate's: the rate recomputes from the columns ---------

# 省委编办 leads 40 (2025年12月底前), 41 (2024年12月底前) and 53 (2023年12月底前). As of
# 2024-07-01: 41 done on 2024-06-15, before its deadline and not yet due; 53 未启动, late;
# 40 not reported, not due. 41 is 按时完成, as track status counts it (reader 15, fault 3),
# and in the rate: 1 of its 2 tasks done or due (41 and 53).
EARLY = (
    Report(41, BIANBAN, Status.DONE, R1, completed_on=D(2024, 6, 15)),
    Report(53, BIANBAN, Status.NOT_STARTED, R1),
)


def _scorecard_rows(book_path, day: str) -> dict[str, list[list[str]]]:
    out = call("--lang", "zh", "track", "scorecard", str(book_path), "--as-of", day).stdout
    lines = out.splitlines()
    # The title, the line saying what the day means (the nineteenth reader), the sentence
    # saying what is counted (reader 16, fault 16), the header.
    header = lines[5].split()
    assert header[4:7] == ["按时完成", "逾期完成", "逾期未完成"]
    rows: dict[str, list[list[str]]] = {}
    unit = None
    for line in lines[6:]:
        cells = line.split()
        if len(cells) == len(header):
            unit, cells = cells[1], cells[2:]
        elif len(cells) == len(header) - 2 and unit is not None:
            pass
        else:
            continue
        rows.setdefault(unit, []).append(cells)
    return rows


def test_a_task_done_early_is_done_on_time_as_status_says_and_in_the_rate(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(Ledger(PLAN, EARLY)), encoding="utf-8")
    rows = _scorecard_rows(book, "2024-07-01")
    # 职责, 任务数, then status's nine categories (按时完成, 逾期完成, 逾期未完成, 到期未完成,
    # 已报送未完成（未到期）, 未报送（未到期）, and the three with no date),
    # 未报送合计, rate: 41 done early, 53 late, 40 silent and not due.
    nine = ["1", "0", "1", "0", "0", "1", "0", "0", "0"]
    assert rows[BIANBAN] == [["牵头", "3", *nine, "1", "50%"]]
    # The formula line says which columns the rate divides.
    out = call("--lang", "zh", "track", "scorecard", str(book), "--as-of", "2024-07-01").stdout
    assert "按时完成率＝按时完成÷（按时完成＋逾期完成＋逾期未完成＋到期未完成）" in out
    assert "提前完成" not in out


@pytest.mark.parametrize("day", ["2024-06-30", "2024-07-01", "2024-12-31", "2025-01-01"])
def test_every_rate_is_its_on_time_column_over_its_due_columns(tmp_path, day):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(Ledger(PLAN, (*example().reports, *EARLY[:1]))), "utf-8")
    checked = 0
    for unit_rows in _scorecard_rows(book, day).values():
        for row in unit_rows:
            _role, _tasks, on_time, late_done, late, due, *_rest, rate = row
            owed = int(on_time) + int(late_done) + int(late) + int(due)
            expected = "—" if not owed else f"{int(on_time) / owed:.0%}"
            assert rate == expected
            checked += 1
    assert checked > 20  # every accountable unit that can report, each role and total


# -- 4. a unit whose answer does not count is marked 仅供参考 -------------------------------

# Task 7 (2024年6月底前) is led by 省市场监管局 alone; 济源示范区管委会 is named among the
# units responsible under that lead, so its answer does not move the task's status.
JIYUAN, MARKET = "济源示范区管委会", "省市场监管局"
ASIDE_FROM_LEAD = (
    Report(7, MARKET, Status.IN_PROGRESS, R1, note="正在推进"),
    Report(
        7, JIYUAN, Status.DONE, R1, completed_on=D(2024, 6, 1), note="已建成",
        evidence=("验收单",),
    ),
)  # fmt: skip
MARKED_NOTE = (
    "济源示范区管委会（截至2024年6月30日，非主责单位，仅供参考）：已完成（2024年6月1日）。已建成"
)
MARKED_EVIDENCE = "济源示范区管委会（截至2024年6月30日，非主责单位，仅供参考）：验收单"


def test_the_page_marks_the_words_of_a_unit_that_does_not_count(tmp_path):
    assert {u.name for u in PLAN.task(7).accountable} == {MARKET}  # the premise
    row = _html_row(Ledger(PLAN, ASIDE_FROM_LEAD), D(2024, 7, 1), "late", 7, tmp_path)
    assert row["任务状态"] == "推进中"
    said = "省市场监管局（截至2024年6月30日）：正在推进"
    assert row["进展情况"].splitlines() == [said, MARKED_NOTE]
    assert row["佐证材料"] == MARKED_EVIDENCE


def test_the_workbook_and_word_mark_the_words_of_a_unit_that_does_not_count(tmp_path):
    book = Ledger(PLAN, ASIDE_FROM_LEAD)
    xlsx, word = tmp_path / "r.xlsx", tmp_path / "r.docx"
    tracking.report(book, "2024-07-01", xlsx, language="zh")
    tracking.report(book, "2024-07-01", word, language="zh")
    for sheet in ("二、（四）全部任务进展情况", "二、（一）逾期未完成任务"):
        rows = list(openpyxl.load_workbook(xlsx)[sheet].iter_rows(values_only=True))
        row = dict(zip(rows[0], next(r for r in rows[1:] if r[0] == 7), strict=True))
        assert MARKED_NOTE in row["进展情况"].splitlines()
        assert row["佐证材料"] == MARKED_EVIDENCE
    cells = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    assert any(MARKED_NOTE in c.splitlines() for c in cells)
    assert any(c == MARKED_EVIDENCE for c in cells)
    # An accountable unit's words are not marked.
    assert not any("省市场监管局（截至2024年6月30日，" in c for c in cells)


def test_english_marks_them_too(tmp_path):
    path = tmp_path / "r.html"
    tracking.report(Ledger(PLAN, ASIDE_FROM_LEAD), "2024-07-01", path, language="en")
    assert "for reference only" in path.read_text("utf-8")


# -- 5. a report's day is its 截至日期, not the day it was sent (报送) ---------------------

# 省司法厅 said task 9 done on 2024-05-20 in June, in progress in December: a contradiction,
# each report named by the day it speaks for.
CONTRADICTING = (
    Report(9, JUSTICE, Status.DONE, R1, completed_on=D(2024, 5, 20)),
    Report(9, JUSTICE, Status.IN_PROGRESS, R2),
)


def test_the_report_names_each_reports_day_as_its_as_of_day(tmp_path):
    book = Ledger(PLAN, CONTRADICTING)
    page, xlsx, word = tmp_path / "r.html", tmp_path / "r.xlsx", tmp_path / "r.docx"
    for path in (page, xlsx, word):
        tracking.report(book, "2025-01-01", path, language="zh")
    rows = Tables(page.read_text("utf-8")).tables["contradictions"]
    assert rows[1][3:] == [
        "已完成，完成日期2024年5月20日（截至2024年6月30日）",
        "推进中（截至2024年12月31日）",
    ]
    subtitle = (
        "（统计截止日期为2025年1月1日，采用各单位截至2024年12月31日的报送记录，"
        "上一轮为2024年6月30日）"
    )
    assert subtitle in page.read_text("utf-8")
    cells = [
        str(c.value)
        for sheet in openpyxl.load_workbook(xlsx).worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    ]
    document = docx.Document(str(word))
    cells += [c.text for t in document.tables for r in t.rows for c in r.cells]
    cells += [p.text for p in document.paragraphs]
    assert "推进中（截至2024年12月31日）" in cells
    assert subtitle in cells
    # Nowhere is a report's 截至日期 said as the day it was sent.
    assert not [c for c in cells if "日报送" in c]
    assert "日报送" not in page.read_text("utf-8")


# -- 6. a first round has no previous round to compare with -------------------------------

FIRST = "本轮为首轮报送，无上一轮可比。"
FIRST_EN = "This is the first round reported: there is no previous round to compare with."


@pytest.mark.parametrize(("language", "said"), [("zh", FIRST), ("en", FIRST_EN)])
def test_a_first_round_says_so_in_place_of_the_changes(tmp_path, language, said):
    book = Ledger(PLAN, [r for r in example().reports if r.as_of == R1])  # June alone
    page, xlsx, word = tmp_path / "r.html", tmp_path / "r.xlsx", tmp_path / "r.docx"
    for path in (page, xlsx, word):
        tracking.report(book, "2024-07-01", path, language=language)
    text = page.read_text("utf-8")
    assert said in text
    assert '<table id="changes">' not in text
    workbook = openpyxl.load_workbook(xlsx)
    (sheet,) = [s for s in workbook.worksheets if s.title.startswith(("二、（三）", "2(3)"))]
    assert [[c for c in r if c is not None] for r in sheet.iter_rows(values_only=True)] == [[said]]
    document = docx.Document(str(word))
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    heading = "（三）较上一轮变化" if language == "zh" else "(3) Changes since last round"
    assert texts[texts.index(heading) + 1] == said
    # Two rounds: the table of changes, as before.
    two = tmp_path / "two.html"
    tracking.report(example(), "2025-01-01", two, language=language)
    assert '<table id="changes">' in two.read_text("utf-8")
    assert said not in two.read_text("utf-8")


# -- 7. collect --help promises no 催报通知: chase --sent writes them ------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh", "collect不向其发通知，催报通知由chase--sent加--notices生成"),
        (
            "en",
            "collect writes them no notice (chase --sent with --notices writes their 催报 notices)",
        ),
    ],
)
def test_collect_help_says_whose_the_reminders_are(language, said):
    text = call("--lang", language, "track", "collect", "--help").stdout
    sent = text[text.index("--sent PATH" if language == "en" else "--sent 路径") :]
    joined = "".join(sent.split()) if language == "zh" else " ".join(sent.split())
    assert said in joined
    chase = call("--lang", language, "track", "chase", "--help").stdout
    if language == "zh":
        # chase --sent counts the two files awaiting the office's choice apart.
        assert "已报回（两份，待核定）" in "".join(chase.split())


# -- 8. chase run again the same day gives each unit the 文号 it was issued -----------------

PREFIX = "豫政督〔2025〕"


def _number(path) -> str:
    """A notice's 文号: the paragraph above its title (GB/T 9704's header block)."""
    return next(p.text for p in docx.Document(str(path)).paragraphs if p.text.strip())


def _log(book) -> list[dict]:
    return json.loads(book.read_text("utf-8"))["notices"]


def test_chase_run_again_the_same_day_keeps_each_units_number(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(example()), encoding="utf-8")
    out = tmp_path / "chase"
    args = ("track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out))
    numbered = (*args, "--number", PREFIX, "--date", "2025-01-07")
    assert call(*numbered).returncode == 0
    first = {p.name: _number(p) for p in out.iterdir()}
    count = len(first)
    assert sorted(first.values()) == sorted(f"{PREFIX}{n}号" for n in range(1, count + 1))
    # The next day's collect sends 省审计厅 a 退回修改 notice: it takes the next number.
    returned = tmp_path / "returned"
    returned.mkdir()
    audit = returned / "省审计厅.xlsx"
    tracking.write_template(PLAN, "省审计厅", audit, as_of=R2)
    fill(audit, {50: ("差不多了",)})
    result = call(
        "track", "collect", str(returned), "--into", str(book), "--notices",
        str(tmp_path / "returns"), "--number", PREFIX, "--date", "2025-01-08",
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert _number(tmp_path / "returns" / "省审计厅-退回修改通知.docx") == f"{PREFIX}{count + 1}号"
    # The chase of 2025-01-07 run again (a notice to redo): the same units, the same 文号.
    assert call(*numbered, "--force").returncode == 0
    again = {p.name: _number(p) for p in out.iterdir()}
    assert again == first
    # The log holds each notice once: no 文号 twice, none lost.
    numbers = [n["number"] for n in _log(book)]
    assert len(numbers) == len(set(numbers)) == count + 1


# -- 9. a round added to a copy (--into A -o B) keeps A's log of notices -------------------


def test_a_round_added_to_a_copy_keeps_the_log_of_notices(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(example()), encoding="utf-8")
    chase = ("track", "chase", str(book), "--as-of", "2025-01-01", "--notices")
    assert call(*chase, str(tmp_path / "c"), "--number", PREFIX).returncode == 0
    before = _log(book)
    returned = tmp_path / "returned"
    returned.mkdir()
    audit = returned / "省审计厅.xlsx"
    tracking.write_template(PLAN, "省审计厅", audit, as_of=D(2025, 6, 30))
    fill(audit, {50: ("差不多了",)})  # set aside: its notice is numbered on
    copy = tmp_path / "copy.json"
    result = call(
        "track", "collect", str(returned), "--into", str(book), "-o", str(copy),
        "--notices", str(tmp_path / "r"), "--number", PREFIX,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    after = _log(copy)
    assert after[: len(before)] == before
    assert [n["number"] for n in after[len(before) :]] == [f"{PREFIX}{len(before) + 1}号"]
    assert _log(book) == before  # the input ledger is left as it was
