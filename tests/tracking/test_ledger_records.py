"""What the ledger keeps and whom it notifies: issue 21's two office trials.

A supervision-office clerk ran real rounds and found, each fixed here by a stated rule:

1. A file set aside says why (``SetAside.reason``, kept in the ledger's record). Two
   files of one unit for the round (nothing wrong in either; the office chooses) are
   not 已报回待修改 (returned, to correct) but 已报回（两份，待核定） (the glossary),
   wherever the set-aside state is shown. A ledger written before reasons were kept
   reads as cells to fix: 已报回待修改, as it always did.
2. A 推进中 row whose 完成日期 holds a month or a day keeps it as the day expected
   (``Report.expected``), shown as 预计…完成 where the progress is shown.
3. 未启动 with a day: the same (see also test_round_fixes.py).
4. A file whose cover is filled but every task's row blank is set aside with one
   problem (填报表未填写任何任务的状态) and sent back: the unit is 已报回待修改.
5. One notice a unit a day: a unit that returned nothing and has late tasks gets its
   催报通知, listing the late tasks, and no 督办通知.
6. ``status --unit`` explains the set-aside state under its table.

The example ledger (tests/helpers/tracking_example.py), as of 2025-01-01: 省委编办
leads 41 (2024年12月底前, nobody reported: late) and 53 (2023年12月底前, 未启动: late);
its 2024-12-31 file is on record as set aside. 郑州市人民政府 reported 14 (2024年6月底前)
推进中 on 2024-06-30 and nothing on 2024-12-31: late. 省司法厅 reported on 2024-12-31.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from dg_plan import tracking
from dg_plan.tracking import Report, SetAside, Status
from helpers.cli import call
from helpers.tracking_example import BIANBAN, JUSTICE, PLAN, R2, REPORTS, ZHENGZHOU, ledger

docx = pytest.importorskip("docx")

DAY = "2025-01-01"
RETURNED = "已报回待修改"
TWO_FILES = "已报回（两份，待核定）"
SILENT = "未报送"


def _ledger_file(tmp_path: Path, reason: str | None, reports=REPORTS) -> str:
    """The example ledger, 省委编办's December file on record as set aside for *reason*."""
    path = tmp_path / "ledger.json"
    records = (
        [] if reason is None else [SetAside(f"{BIANBAN}.xlsx", BIANBAN, R2, (), reason=reason)]
    )
    path.write_text(
        tracking.dumps(tracking.Ledger(PLAN, reports), set_aside=records), encoding="utf-8"
    )
    return str(path)


def _row(out: str, first: str) -> list[str]:
    return next(line.split() for line in out.splitlines() if line.split()[:1] == [first])


def _chase_row(out: str, unit: str, first: str) -> list[str]:
    """The row *first* of *unit*'s table in chase's output (other units chase 41 too)."""
    own = out.split(f"\n{unit}：", 1)[1].split("\n\n", 2)
    return _row("\n".join(own[:2]), first)


# -- 1. the reason a file was set aside --------------------------------------------------


def test_two_files_of_a_unit_are_recorded_as_the_offices_choice(tmp_path):
    template = tmp_path / "sent.xlsx"
    tracking.write_template(PLAN, BIANBAN, template, as_of=R2)
    first, second = tmp_path / "r" / f"{BIANBAN}.xlsx", tmp_path / "r" / f"{BIANBAN}（修改稿）.xlsx"
    first.parent.mkdir()
    for path, status in ((first, "推进中"), (second, "未启动")):
        wb = openpyxl.load_workbook(template)
        wb["填报"].cell(5, 5).value = status
        wb.save(path)
    returned = tracking.read_returns(PLAN, [first.parent], keep_going=True)
    assert [(Path(f.file).name, f.reason) for f in returned.set_aside] == [
        (first.name, "two_files"),
        (second.name, "two_files"),
    ]
    # The ledger's record keeps the reason; read back, it is the same.
    text = tracking.dumps(returned.ledger, set_aside=returned.set_aside)
    assert [r["reason"] for r in json.loads(text)["set_aside"]] == ["two_files", "two_files"]
    assert [f.reason for f in tracking.rounds.set_aside_in(text)] == ["two_files", "two_files"]


def test_a_record_without_a_reason_reads_as_cells_to_fix(tmp_path):
    book = Path(_ledger_file(tmp_path, "two_files"))
    doc = json.loads(book.read_text("utf-8"))
    for record in doc["set_aside"]:
        del record["reason"]  # a ledger written before reasons were kept
    book.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (record,) = tracking.rounds.set_aside_in(book.read_bytes())
    assert record.reason == "cells"
    found = call("--lang", "zh", "track", "chase", str(book), "--as-of", DAY)
    assert found.returncode == 0, found.stderr
    assert _chase_row(found.stdout, BIANBAN, "41")[3] == RETURNED


def test_chase_says_two_files_not_returned_for_correction(tmp_path):
    book = _ledger_file(tmp_path, "two_files")
    notices = tmp_path / "notices"
    found = call("--lang", "zh", "track", "chase", book, "--as-of", DAY, "--notices", str(notices))
    assert found.returncode == 0, found.stderr
    # 41: nothing reported; 53: 未启动 in an earlier round. The round's answers are in
    # the two files awaiting the office's choice: both rows say so, not June's 未启动
    # beside 待核定 (issue 21, the clerk's last trial).
    assert _chase_row(found.stdout, BIANBAN, "41")[3] == TWO_FILES
    assert _chase_row(found.stdout, BIANBAN, "53")[3] == TWO_FILES
    head = next(line for line in found.stdout.splitlines() if line.startswith(f"{BIANBAN}："))
    # The line says what became of its files, in brackets (本轮报回两份填报表，待核定…).
    assert "两份填报表" in head
    assert "待核定" in head
    assert RETURNED not in found.stdout
    assert "报回的填报表需修改" not in found.stdout
    # chase writes it no 督办通知 until the office settles the two files (office13 #6);
    # one written from Python says the same in its 状态 column.
    assert not (notices / f"{BIANBAN}-督办通知.docx").exists()
    held = tracking.loads(PLAN, Path(book).read_text("utf-8"))
    (chase,) = [c for c in held.chase(DAY, set_aside={BIANBAN: "two_files"}) if c.unit == BIANBAN]
    tracking.write_notice(held, chase, tmp_path / "n.docx", DAY)
    (table,) = docx.Document(str(tmp_path / "n.docx")).tables
    cells = {r.cells[0].text: r.cells[3].text for r in table.rows[1:]}
    assert cells["41"] == TWO_FILES
    # JSON: the reason beside the flag.
    data = json.loads(call("track", "chase", book, "--as-of", DAY, "--json").stdout)
    (bianban,) = [c for c in data if c["unit"] == BIANBAN]
    assert (bianban["set_aside"], bianban["set_aside_reason"]) == (True, "two_files")


def test_status_and_the_report_say_two_files(tmp_path):
    book = _ledger_file(tmp_path, "two_files")
    unit = call("--lang", "zh", "track", "status", book, "--as-of", DAY, "--unit", BIANBAN)
    assert unit.returncode == 0, unit.stderr
    assert _row(unit.stdout, "41")[3:5] == [TWO_FILES, SILENT]
    task = call("--lang", "zh", "track", "status", book, "--as-of", DAY, "--task", "41")
    rule = next(line for line in task.stdout.splitlines() if line.startswith("依据："))
    assert "1个单位已报回（两份，待核定），2个单位未报送" in rule
    assert RETURNED not in task.stdout
    assert _row(task.stdout, BIANBAN)[3] == TWO_FILES
    page = tmp_path / "r.html"
    done = call("--lang", "zh", "track", "report", book, "--as-of", DAY, "-o", str(page))
    assert done.returncode == 0, done.stderr
    text = page.read_text("utf-8")
    assert "1个单位已报回（两份，待核定），其余单位未报送" in text
    assert "已报回待修改" not in text


# -- 6. the legend of status --unit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "state", "why"),
    [
        ("cells", RETURNED, "报回的填报表有需修改之处"),
        ("blank", RETURNED, "报回的填报表未填写任何任务的状态"),
        ("two_files", TWO_FILES, "本轮报回两份填报表，待核定采用哪一份"),
    ],
)
def test_status_unit_explains_the_set_aside_state(tmp_path, reason, state, why):
    book = _ledger_file(tmp_path, reason)
    found = call("--lang", "zh", "track", "status", book, "--as-of", DAY, "--unit", BIANBAN)
    legend = [line for line in found.stdout.splitlines() if line.startswith(f"{state}：")]
    assert len(legend) == 1
    assert why in legend[0]
    assert "未汇入台账" in legend[0]
    # No record, no legend line.
    plain = _ledger_file(tmp_path, None)
    found = call("--lang", "zh", "track", "status", plain, "--as-of", DAY, "--unit", BIANBAN)
    assert not [line for line in found.stdout.splitlines() if line.startswith("已报回")]


# -- 2, 3. the day expected -------------------------------------------------------------------


def _returned(tmp_path: Path, status: str, day_cell: object) -> Path:
    path = tmp_path / f"{JUSTICE}.xlsx"
    tracking.write_template(PLAN, JUSTICE, path, as_of=R2)
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    ws.cell(5, 5).value = status  # row 5: its first task, 9
    ws.cell(5, 6).value = day_cell
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("status", "written", "expected"),
    [
        ("推进中", "2024-10", "2024年10月"),
        ("推进中", "2025年3月", "2025年3月"),
        ("推进中", "预计年底前完成", "年底前"),
        ("未启动", "2025-03-31", "2025年3月31日"),
    ],
)
def test_the_day_expected_is_kept_in_the_ledger(tmp_path, status, written, expected):
    returned = tracking.read_returns(PLAN, [_returned(tmp_path, status, written)], keep_going=True)
    assert returned.set_aside == ()
    (report,) = returned.ledger.reports
    assert (report.task, report.status.label, report.completed_on, report.expected) == (
        9,
        status,
        None,
        expected,
    )
    # The ledger file keeps it; read back, the report is equal.
    again = tracking.loads(PLAN, tracking.dumps(returned.ledger))
    assert again.reports[0].expected == expected
    assert again == returned.ledger


def test_a_ledger_without_the_day_expected_is_written_as_before():
    text = tracking.dumps(tracking.Ledger(PLAN, REPORTS))
    assert "expected" not in text


def test_the_day_expected_is_shown_with_the_progress(tmp_path):
    reports = (
        *(r for r in REPORTS if r.task != 52),
        Report(52, JUSTICE, Status.IN_PROGRESS, R2, note="已形成征求意见稿", expected="2025年3月"),
    )
    book = _ledger_file(tmp_path, None, reports)
    task = call("--lang", "zh", "track", "status", book, "--as-of", DAY, "--task", "52")
    assert task.returncode == 0, task.stderr
    assert _row(task.stdout, JUSTICE)[3] == "推进中，预计2025年3月完成"
    page = tmp_path / "r.html"
    tracking.report(tracking.Ledger(PLAN, reports), DAY, page, language="zh")
    said = f"{JUSTICE}（截至2024年12月31日）：已形成征求意见稿（预计2025年3月完成）"
    assert said in page.read_text("utf-8")


def test_the_day_expected_goes_inside_a_sentence_that_ends_in_a_full_stop(tmp_path):
    # A unit's words ending in 。: the bracket comes before the stop, as a sentence
    # writes it (正在加快推进（预计…完成）。), never after it (正在加快推进。（…）).
    reports = (
        *(r for r in REPORTS if r.task != 52),
        Report(52, JUSTICE, Status.IN_PROGRESS, R2, note="正在加快推进。", expected="2025年3月"),
    )
    page = tmp_path / "r.html"
    tracking.report(tracking.Ledger(PLAN, reports), DAY, page, language="zh")
    text = page.read_text("utf-8")
    assert f"{JUSTICE}（截至2024年12月31日）：正在加快推进（预计2025年3月完成）。" in text
    assert "。（预计" not in text


# -- 4. a blank return ----------------------------------------------------------------------


def test_a_blank_return_is_set_aside_and_sent_back(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    tracking.write_template(PLAN, BIANBAN, folder / f"{BIANBAN}.xlsx", as_of=R2)  # untouched
    returned = tracking.read_returns(PLAN, [folder], keep_going=True, sent=[BIANBAN])
    (aside,) = returned.set_aside
    assert (aside.unit, aside.reason, [str(p.kind) for p in aside.problems]) == (
        BIANBAN,
        "blank",
        ["nothing_reported"],
    )
    assert aside.problems[0].render("zh").startswith("未填写任何任务的状态，")
    # It sent a file: not among those that returned nothing; listed as blank.
    assert returned.not_returned == ()
    assert returned.returned_blank == (BIANBAN,)
    ((unit, notice),) = tracking.write_notices(PLAN, returned.set_aside, tmp_path / "n")
    assert unit == BIANBAN
    document = docx.Document(str(notice))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "退回修改" in text
    # Nothing was filled in: said in a sentence, with no table of cells to fix (an office
    # trial found one row with no 行 and no 列, and "未列出的行无需修改").
    assert "未填写任何任务的状态" in text
    assert document.tables == []
    assert "未列出的行" not in text
    # All or nothing (collect, --strict) keeps reading a blank file as no report.
    assert tracking.collect(PLAN, [folder]).reports == ()


def test_a_blank_return_makes_the_unit_returned_for_correction(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    tracking.write_template(PLAN, BIANBAN, folder / f"{BIANBAN}.xlsx", as_of=R2)
    book = tmp_path / "ledger.json"
    done = call("track", "collect", str(folder), "-o", str(book))
    assert done.returncode == 3, done.stderr  # a file set aside
    # Said once, among the files set aside, not again as "returned with no report".
    assert "every row blank" not in done.stdout + done.stderr
    (record,) = json.loads(book.read_text("utf-8"))["set_aside"]
    assert (record["unit"], record["reason"]) == (BIANBAN, "blank")
    found = call(
        "--lang", "zh", "track", "status", str(book), "--as-of", "2024-12-31", "--unit", BIANBAN
    )
    assert _row(found.stdout, "41")[3] == RETURNED


# -- 5. one notice a unit a day ---------------------------------------------------------------


def test_a_unit_that_returned_nothing_gets_one_notice_listing_its_late_tasks(tmp_path):
    book = _ledger_file(tmp_path, None)
    sent = tmp_path / "sent.csv"
    with sent.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(
            [
                ["填报单位", "文件", "截至日期"],
                [ZHENGZHOU, "", "2024-12-31"],
                [JUSTICE, "", "2024-12-31"],
            ]
        )
    notices = tmp_path / "notices"
    done = call(
        "--lang",
        "zh",
        "track",
        "chase",
        book,
        "--as-of",
        DAY,
        "--sent",
        str(sent),
        "--notices",
        str(notices),
    )
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in notices.iterdir())
    # 郑州 returned nothing for 2024-12-31 and has 14 late: one notice, the 催报通知.
    assert f"{ZHENGZHOU}-催报通知.docx" in written
    assert f"{ZHENGZHOU}-督办通知.docx" not in written
    # 省司法厅 returned its file; its late task (52, 推进中) gets the 督办通知 alone.
    assert f"{JUSTICE}-督办通知.docx" in written
    assert f"{JUSTICE}-催报通知.docx" not in written
    # Every unit once.
    units = [name.rsplit("-", 1)[0] for name in written]
    assert len(units) == len(set(units))
    # The 催报通知 lists 郑州's late tasks, 14 among them, as the 督办通知 would.
    chased = {c.unit: c for c in ledger().chase(DAY)}
    reminded = docx.Document(str(notices / f"{ZHENGZHOU}-催报通知.docx"))
    # Said as the 督办通知 says it, and a task's progress is its 进展情况 (the glossary).
    body = "\n".join(p.text for p in reminded.paragraphs)
    assert "尚无报送记录" in body
    assert "进展情况和佐证材料" in body
    (table,) = reminded.tables
    numbers = [r.cells[0].text for r in table.rows[1:]]
    assert numbers == [str(i.task.number) for i in chased[ZHENGZHOU].items]
    assert "14" in numbers
    assert ZHENGZHOU in next(
        line for line in done.stdout.splitlines() if "已在催报通知中一并列出" in line
    )


def test_the_rounds_returns_count_two_files_apart_from_those_sent_back(tmp_path):
    # An office trial: 已报回待修改4个 listed three units; the fourth had sent two files,
    # which wait for the office's choice and are not sent back.
    # 省委编办's December reports not in the ledger: its two files are set aside.
    reports = [r for r in REPORTS if not (r.unit == BIANBAN and r.as_of == R2)]
    book = _ledger_file(tmp_path, "two_files", reports)
    sent = tmp_path / "sent.csv"
    with sent.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(
            [["填报单位", "文件", "截至日期"], [BIANBAN, "", R2], [ZHENGZHOU, "", R2]]
        )
    done = call("--lang", "zh", "track", "chase", book, "--as-of", DAY, "--sent", str(sent))
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("本轮（统计截止日期")]
    assert "向2个单位下发填报表" in line
    assert "已报回待修改" not in line  # none: left out
    assert "已报回（两份，待核定）的1个" in line
    assert "未报回的1个" in line
