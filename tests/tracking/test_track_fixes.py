"""The faults a supervision office's clerk found in a full round (issue 21), one test each.

Expected values come from hand counts on the shipped plan, as the source prints it, or
from the rule each fault states.
"""

from __future__ import annotations

import csv
import datetime
import html
import re

import docx
import openpyxl
import pytest

from dg_plan import tracking
from dg_plan.tracking import Ledger, Report, Status
from helpers.tracking_example import PLAN, R2
from helpers.workbooks import fill

# The header of the report's table of every task (二、（四）), its first five columns.
EVERY_TASK_HEADER = ["序号", "主要任务", "完成时限", "主责单位", "完成情况"]

DAY = datetime.date(2024, 7, 31)
BUREAU, JIYUAN, MARKET = "省行政审批政务信息管理局", "济源示范区管委会", "省市场监管局"


# -- 1. the headline's extra figure says what it counts ---------------------------------


def _one_lead_one_support() -> Ledger:
    # Task 5: 省行政审批政务信息管理局 leads (accountable). Task 7: 省市场监管局 is
    # accountable, 济源示范区管委会 only supports (the print: 各省辖市政府、济源示范区管委会、
    # 航空港区管委会 after the lead's 配合 list). So by hand: one task (5) has an
    # accountable unit's report; 177 tasks have none, task 7 among them though a unit
    # reported on it.
    return Ledger(
        PLAN,
        [
            Report(5, BUREAU, Status.IN_PROGRESS, DAY),
            Report(7, JIYUAN, Status.IN_PROGRESS, DAY),
        ],
    )


@pytest.mark.parametrize(
    ("lang", "label"), [("zh", "主责单位均未报送"), ("en", "no accountable unit reported")]
)
def test_the_unreported_figure_says_it_counts_tasks_no_accountable_unit_reported(
    tmp_path, lang, label
):
    book = _one_lead_one_support()
    assert tracking.not_reported_labels(lang)[0] == label
    html_path = tmp_path / "r.html"
    tracking.report(book, DAY, html_path, language=lang)
    page = html_path.read_text("utf-8")
    found = re.search(r"<dt>([^<]+)</dt><dd data-count=\"not_reported_at_all\">(\d+)</dd>", page)
    assert found is not None
    assert found.groups() == (label, "177")
    xlsx_path = tmp_path / "r.xlsx"
    tracking.report(book, DAY, xlsx_path, language=lang)
    wb = openpyxl.load_workbook(xlsx_path)
    about = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(values_only=True)}
    assert about[label] == 177
    docx_path = tmp_path / "r.docx"
    tracking.report(book, DAY, docx_path, language=lang)
    counts = docx.Document(str(docx_path)).tables[0]
    header = [c.text for c in counts.rows[0].cells]
    values = [c.text for c in counts.rows[1].cells]
    assert values[header.index(label)] == "177"


# -- 3. a CSV 完成日期 with a time of day is that day, with a note ----------------------


def _as_csv(path, target):
    """The template saved as CSV as a spreadsheet saves it (a date cell as yyyy-mm-dd)."""
    rows = openpyxl.load_workbook(path)["填报"].iter_rows(values_only=True)

    def shown(value):
        if value is None:
            return ""
        if isinstance(value, datetime.datetime):
            return value.date().isoformat()
        return str(value)

    with target.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([[shown(v) for v in row] for row in rows])
    return target


def test_a_csv_day_written_with_a_time_is_that_day_with_a_note(tmp_path):
    path = tmp_path / f"{MARKET}.xlsx"
    tracking.write_template(PLAN, MARKET, path, as_of=R2)
    first, second = (t.number for t in PLAN.tasks_for(MARKET)[:2])
    fill(path, {first: ("已完成", "2024-06-15 14:30"), second: ("已完成", "2024/6/15 14:30:00")})
    saved = _as_csv(path, tmp_path / f"{MARKET}.csv")
    returned = tracking.read_returns(PLAN, [saved], keep_going=True)
    assert returned.set_aside == ()
    days = {r.task: r.completed_on for r in returned.ledger.reports}
    assert days == {first: datetime.date(2024, 6, 15), second: datetime.date(2024, 6, 15)}
    notes = [(n.kind, n.value) for n in returned.notes if n.column == "完成（预计完成）日期"]
    assert notes == [
        ("day_with_time", "2024-06-15 14:30"),
        ("day_with_time", "2024/6/15 14:30:00"),
    ]


# -- 4. a file that is not the template: the notice asks for the template, plainly ------


def _notice_text(path):
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return [p.text for p in document.paragraphs], cells


def test_the_notice_for_a_file_that_is_not_the_template_asks_for_the_template(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    # The audit office sent a workbook of its own (no 填报 sheet); the market bureau
    # one with a 填报 sheet that is not the template (nothing where the template's
    # marks are).
    book = openpyxl.Workbook()
    book.active["A1"] = "我单位推进情况"
    book.save(folder / "省审计厅.xlsx")
    book = openpyxl.Workbook()
    book.active.title = "填报"
    book.active["A1"] = "序号"
    book.save(folder / f"{MARKET}.xlsx")
    returned = tracking.read_returns(PLAN, [folder], keep_going=True)
    assert len(returned.set_aside) == 2
    written = dict(tracking.write_notices(PLAN, returned.set_aside, tmp_path / "notices"))
    for unit in ("省审计厅", MARKET):
        paragraphs, cells = _notice_text(written[unit])
        text = "".join(paragraphs + cells)
        # No tool's name, no cell of a sheet the unit's file does not have.
        assert "dg_plan" not in text
        assert "H2" not in text
        assert "单元格" not in text
        # It says the file is not the round's template, and asks for the template.
        assert any("本轮下发的填报表" in p for p in paragraphs)
        assert any(re.search("请使用本轮下发的.*填报表.*填写", p) for p in paragraphs)
        # Nothing to fix cell by cell: no table of cells, no "对照上表".
        assert cells == []
        assert not any("上表" in p for p in paragraphs)


# -- 5. a 督办通知 without --office leaves the sender for the clerk to fill ---------------


def test_a_chase_notice_without_an_office_leaves_placeholders_as_the_return_notice(tmp_path):
    from helpers.tracking_example import ledger  # noqa: PLC0415

    # 省委编办 is chased on 2024-12-31: task 53 (due 2023-12-31) is 未启动.
    written = tracking.chase_notices(ledger(), R2, tmp_path / "chase", dated=R2)
    path = next(p for p in written if p.endswith("省委编办-督办通知.docx"))
    paragraphs, _cells = _notice_text(path)
    # The sender and the contact, as the 退回修改 notice leaves them: （发文单位） above
    # the date at the foot, and under it a contact line the clerk fills in.
    assert paragraphs[-3:] == [
        "（发文单位）",
        "2024年12月31日",
        "（联系人：______，联系电话：______）",
    ]
    english = tracking.chase_notices(ledger(), R2, tmp_path / "en", language="en")
    paragraphs, _cells = _notice_text(next(p for p in english if p.endswith("-督办通知.docx")))
    assert paragraphs[-3] == "(sending office)"
    assert paragraphs[-1] == "(Contact: ______, telephone: ______)"
    # With an office, its name is signed instead.
    named = tracking.chase_notices(
        ledger(), R2, tmp_path / "named", office="省政府督查室", dated=R2
    )
    paragraphs, _cells = _notice_text(
        next(p for p in named if p.endswith("省委编办-督办通知.docx"))
    )
    assert paragraphs[-3:-1] == ["省政府督查室", "2024年12月31日"]
    # The return notice has the same contact line.
    folder = tmp_path / "returned"
    folder.mkdir()
    book = openpyxl.Workbook()
    book.save(folder / "省审计厅.xlsx")
    returned = tracking.read_returns(PLAN, [folder], keep_going=True)
    (notice,) = dict(tracking.write_notices(PLAN, returned.set_aside, tmp_path / "n")).values()
    assert _notice_text(notice)[0][-1] == "（联系人：______，联系电话：______）"


# -- 7. a unit with nothing due is not ranked as best -----------------------------------


def test_units_with_nothing_due_are_not_ranked_and_come_after_the_ranked(tmp_path):
    from helpers.tracking_example import AUDIT, WEATHER, ledger  # noqa: PLC0415

    rows = ledger().scorecard(R2)
    by_unit = {r.unit: r for r in rows}
    # 省审计厅 is accountable for task 50 only, undated (持续推进): nothing due by
    # 2024-12-31. 省气象局 owes 12, 13, 14 and did 2 of them on time.
    assert by_unit[AUDIT].total.owed == 0
    assert by_unit[AUDIT].rank is None
    assert by_unit[WEATHER].rank is not None
    nothing_due = [i for i, r in enumerate(rows) if r.total.owed == 0]
    ranked = [i for i, r in enumerate(rows) if r.rank is not None]
    assert nothing_due
    assert max(ranked) < min(nothing_due)
    assert all(rows[i].rank is None for i in nothing_due)
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    from helpers.cli import call  # noqa: PLC0415

    for lang, words in (("zh", "不参与排名"), ("en", "not ranked")):
        text = call("--lang", lang, "track", "scorecard", str(path), "--as-of", "2024-12-31")
        line = next(x for x in text.stdout.splitlines() if AUDIT in x)
        assert line.startswith(words)


# -- 8. progress with its report day; evidence kept from an earlier round ----------------


def test_progress_shows_its_day_and_earlier_evidence_is_kept(tmp_path):
    from helpers.tracking_example import JUSTICE, R1  # noqa: PLC0415

    # 省司法厅 leads task 52 (2024年12月底前). June: 推进中, words and a document; December:
    # 推进中, new words, no document. So on 2024-12-31 the report shows December's
    # words with December's day, and June's document with June's day.
    book = Ledger(
        PLAN,
        [
            Report(52, JUSTICE, Status.IN_PROGRESS, R1, note="已起草", evidence=("起草说明",)),
            Report(52, JUSTICE, Status.IN_PROGRESS, R2, note="已形成征求意见稿"),
        ],
    )
    from dg_plan.tracking.progress import progress  # noqa: PLC0415

    found = {p.task.number: p for p in progress(book, R2)}
    assert found[52].evidence == ("起草说明",)
    path = tmp_path / "r.docx"
    tracking.report(book, R2, path, language="zh")
    # The every-task table, under 二、（四） (by its header: 序号, 主要任务 …).
    every = next(
        t
        for t in docx.Document(str(path)).tables
        if [c.text for c in t.rows[0].cells][:5] == EVERY_TASK_HEADER
    )
    rows = [[c.text for c in r.cells] for r in every.rows]
    assert rows[52][6:] == [
        f"{JUSTICE}（截至2024年12月31日）：已形成征求意见稿",
        # The unit named on evidence as on progress (the clerk's round, issue 21).
        f"{JUSTICE}（截至2024年6月30日）：起草说明",
    ]
    page = tmp_path / "r.html"
    tracking.report(book, R2, page, language="en")
    text = page.read_text("utf-8")
    assert f"{JUSTICE} (as of 2024-12-31): 已形成征求意见稿" in text
    assert f"{JUSTICE} (as of 2024-06-30): 起草说明" in text


# -- 9. the Word summary table's columns are sized by their content ---------------------


def test_the_word_table_columns_fit_a4_landscape_by_content(tmp_path):
    from helpers.tracking_example import ledger  # noqa: PLC0415

    path = tmp_path / "汇总表.docx"
    tracking.report(ledger(), R2, path, language="zh")
    document = docx.Document(str(path))
    section = document.sections[0]
    room = section.page_width - section.left_margin - section.right_margin
    # The every-task table, under 二、（四） (by its header: 序号, 主要任务 …).
    table = next(
        t for t in document.tables if [c.text for c in t.rows[0].cells][:5] == EVERY_TASK_HEADER
    )
    header = [c.text for c in table.rows[0].cells]
    assert header[:2] == ["序号", "主要任务"]
    for row in (table.rows[0], table.rows[51]):
        widths = [c.width for c in row.cells]
        assert None not in widths
        # 序号 narrowest, the task's text widest, all within the A4 landscape text width.
        assert widths[0] == min(widths)
        assert widths[0] < widths[2]
        assert widths[1] == max(widths)
        assert widths[1] > 2 * widths[0]
        assert sum(widths) <= room
    assert table.autofit is False


# -- 10. contradictions between rounds reach the leader's report ------------------------


def _table(page, table_id):
    """The rows of the page's table *table_id*, each a list of its cells' text."""
    body = re.search(rf'<table id="{table_id}">(.*?)</table>', page, re.DOTALL)
    assert body is not None
    return [
        [
            html.unescape(re.sub(r"<[^>]+>", "", c))
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.DOTALL)
    ]


def test_the_report_lists_contradictions_between_rounds(tmp_path):
    from helpers.tracking_example import BIANBAN, JUSTICE, R1  # noqa: PLC0415

    # 司法厅 on 9: done since 2024-05-20 in June, in progress in December: a
    # contradiction. 编办 on 40: in progress in June, done in December: no contradiction.
    book = Ledger(
        PLAN,
        [
            Report(9, JUSTICE, Status.DONE, R1, completed_on=datetime.date(2024, 5, 20)),
            Report(9, JUSTICE, Status.IN_PROGRESS, R2),
            Report(40, BIANBAN, Status.IN_PROGRESS, R1),
            Report(40, BIANBAN, Status.DONE, R2, completed_on=datetime.date(2024, 11, 1)),
        ],
    )
    page = tmp_path / "r.html"
    tracking.report(book, R2, page, language="zh")
    text = page.read_text("utf-8")
    assert "<h2>四、前后报送不一致的情况</h2>" in text
    table = _table(text, "contradictions")
    assert table[0] == ["序号", "主要任务", "单位", "前次报送记录", "后次报送记录"]
    assert table[1:] == [
        [
            "9",
            PLAN.task(9).text,
            JUSTICE,
            "已完成，完成日期2024年5月20日（截至2024年6月30日）",
            "推进中（截至2024年12月31日）",
        ]
    ]
    # Before December's report, nothing contradicts.
    tracking.report(book, R1, page, language="zh")
    assert '<p id="contradictions">未发现前后报送不一致的情况。</p>' in page.read_text("utf-8")
    xlsx_path = tmp_path / "r.xlsx"
    tracking.report(book, R2, xlsx_path, language="en")
    sheet = list(
        openpyxl.load_workbook(xlsx_path)["4. Contradicting reports"].iter_rows(values_only=True)
    )
    assert sheet[0] == ("No.", "Task", "Unit", "Earlier report", "Later report")
    assert [r[0] for r in sheet[1:]] == [9]
    docx_path = tmp_path / "r.docx"
    tracking.report(book, R2, docx_path, language="zh")
    document = docx.Document(str(docx_path))
    assert "四、前后报送不一致的情况" in [p.text for p in document.paragraphs]
    assert [c.text for c in document.tables[-1].rows[1].cells][:3] == [
        "9",
        PLAN.task(9).text,
        JUSTICE,
    ]


# -- 6. a unit whose file was set aside is not "未报送" in the chase list -----------------


def test_a_unit_whose_file_was_set_aside_is_chased_as_returned_for_correction(tmp_path):
    from helpers.cli import call  # noqa: PLC0415
    from helpers.tracking_example import BIANBAN, ledger  # noqa: PLC0415

    # 省委编办 on 2025-01-01: 41 (due 2024-12-31) unreported, 53 未启动 since June. Its
    # December file was returned with a status no one can read, so it was set aside.
    day = datetime.date(2025, 1, 1)
    folder = tmp_path / "returned"
    path = folder / f"{BIANBAN}.xlsx"
    folder.mkdir()
    tracking.write_template(PLAN, BIANBAN, path, as_of=R2)
    fill(path, {41: ("差不多了",)})
    returned = tracking.read_returns(PLAN, [folder], keep_going=True)
    assert [a.unit for a in returned.set_aside] == [BIANBAN]
    chases = {c.unit: c for c in ledger().chase(day, set_aside=[BIANBAN])}
    assert chases[BIANBAN].set_aside is True
    assert [i.task.number for i in chases[BIANBAN].items] == [41, 53]
    others = [c for u, c in chases.items() if u != BIANBAN]
    assert others
    assert not any(c.set_aside for c in others)
    # The command line reads the round's returns to know whose file was set aside.
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    args = ("track", "chase", str(book), "--as-of", "2025-01-01", "--returns", str(folder))
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 0, zh.stderr
    lines = zh.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{BIANBAN}："))
    assert lines[start].endswith("（报回的填报表需修改，尚未汇入台账）")
    row41 = next(x for x in lines[start:] if x.split()[:1] == ["41"])
    assert "已报回待修改" in row41
    assert "未报送" not in row41
    # Another unit, with nothing returned, is still 未报送.
    assert any("未报送" in x for x in lines[:start] + lines[start + 5 :])
    en = call("--lang", "en", *args)
    assert "returned, set aside for correction" in en.stdout
    # The notice says so too.
    out = tmp_path / "notices"
    out.mkdir()
    assert call("--lang", "zh", *args, "--notices", str(out)).returncode == 0
    _paragraphs, cells = _notice_text(out / f"{BIANBAN}-督办通知.docx")
    assert "已报回待修改" in cells
