"""Issue 21, the office13 clerk's remaining faults, each fixed by a stated rule.

1. A unit whose file for a round was set aside keeps that record for the round after it
   reports in a newer round: a later collect of the old round does not list it as 未报回,
   and the report's 较上一轮变化 gives its old round's state as 已报回待修改.
2. The chase list and the 督办通知 give a unit's expected completion (预计…完成).
3. A unit whose two files of the round await the office's choice is named by chase (需核实)
   and sent no 督办通知 until the office settles them.
"""

from __future__ import annotations

import datetime
import re

from dg_plan import tracking
from dg_plan.tracking import Issued
from helpers.cli import call
from helpers.file_text import docx_lines
from helpers.tracking_example import AUDIT, BIANBAN, JUSTICE, PLAN, R2, REPORTS, ledger
from helpers.workbooks import fill

D = datetime.date
JUNE, JULY = D(2024, 6, 30), D(2024, 7, 15)


def _collect(*args):
    return call("--lang", "zh", "track", "collect", *map(str, args))


def _audit_blank_then_july(tmp_path):
    """省审计厅: a blank June file (set aside), then a July file; 省委编办 June only."""
    june, july = tmp_path / "june", tmp_path / "july"
    june.mkdir()
    july.mkdir()
    tracking.write_template(PLAN, AUDIT, june / f"{AUDIT}.xlsx", as_of=JUNE)
    tracking.write_template(PLAN, BIANBAN, june / f"{BIANBAN}.xlsx", as_of=JUNE)
    fill(june / f"{BIANBAN}.xlsx", {53: ("未启动",)})
    tracking.write_template(PLAN, AUDIT, july / f"{AUDIT}.xlsx", as_of=JULY)
    fill(july / f"{AUDIT}.xlsx", {50: ("推进中", None, "已开展审计")})
    book = tmp_path / "ledger.json"
    first = _collect(june, "-o", book)
    assert first.returncode == 3, first.stderr  # the blank file set aside
    second = _collect(july, "--into", book)
    assert second.returncode == 0, second.stderr
    return book


def test_a_set_aside_file_still_counts_for_its_round_after_a_newer_round(tmp_path):
    book = _audit_blank_then_july(tmp_path)
    # A late June file of another unit, collected with the June round's sent list.
    late = tmp_path / "late"
    late.mkdir()
    tracking.write_template(PLAN, JUSTICE, late / f"{JUSTICE}.xlsx", as_of=JUNE)
    fill(late / f"{JUSTICE}.xlsx", {9: ("推进中",)})
    sent = tmp_path / "sent.csv"
    sent.write_text(
        f"填报单位,文件,统计截止日期\n{AUDIT},,{JUNE}\n{BIANBAN},,{JUNE}\n{JUSTICE},,{JUNE}\n"
        f"省气象局,,{JUNE}\n",
        encoding="utf-8",
    )
    done = _collect(late, "--into", book, "--sent", sent)
    assert done.returncode == 0, done.stderr
    # Of the four sent, 省审计厅 returned a file (set aside), 省委编办 and 省司法厅 reports:
    # only 省气象局 returned nothing.
    text = done.stdout + done.stderr
    assert "已下发填报表但未报回（1个单位）" in text, text
    assert re.search(rf"未报回.*{AUDIT}", text, re.DOTALL) is None, text


def test_the_report_gives_the_old_round_as_returned_for_correction(tmp_path):
    book = _audit_blank_then_july(tmp_path)
    page = tmp_path / "r.html"
    done = call(
        "--lang", "zh", "track", "report", str(book), "--as-of", "2024-07-16", "-o", str(page)
    )
    assert done.returncode == 0, done.stderr
    body = re.search(
        r'<table id="changes">.*?<tbody>(.*?)</tbody>', page.read_text("utf-8"), re.DOTALL
    )
    assert body is not None
    rows = {
        cells[0]: cells
        for cells in (
            re.findall(r"<td>(.*?)</td>", r) for r in re.findall(r"<tr>(.*?)</tr>", body[1])
        )
    }
    # Task 50's one accountable unit, 省审计厅, returned a June file set aside (blank).
    assert rows["50"][2:] == ["已报回待修改", "推进中"], rows["50"]


# -- 2. the expected completion in the chase and the 督办通知 ------------------------------


def test_the_chase_and_its_notice_give_the_expected_completion(tmp_path):
    # 省司法厅's task 52 (2024年12月底前): 推进中 as of 2024-12-31, expected done 2025年3月.
    reports = [
        tracking.Report(52, JUSTICE, tracking.Status.IN_PROGRESS, R2, expected="2025年3月")
        if (r.task, r.unit) == (52, JUSTICE)
        else r
        for r in REPORTS
    ]
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(tracking.Ledger(PLAN, reports)), encoding="utf-8")
    folder = tmp_path / "notices"
    done = call(
        "--lang", "zh", "track", "chase", str(book), "--as-of", "2025-01-01",
        "--notices", str(folder),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # As `status --task` says it (推进中，预计…完成), with the day the report speaks for.
    said = "推进中，预计2025年3月完成（截至2024年12月31日）"
    lines = done.stdout.splitlines()
    block = lines[next(i for i, line in enumerate(lines) if line.startswith(f"{JUSTICE}：")) :]
    row = next(line for line in block if line.split()[:1] == ["52"])
    assert said in row, row
    (notice,) = [p for p in folder.iterdir() if p.name.startswith(JUSTICE)]
    assert any(said in line for line in docx_lines(notice)), docx_lines(notice)


# -- 3. two files of a unit awaiting the office's choice: settled before chasing -----------


def test_a_unit_with_two_files_pending_is_named_and_sent_no_notice(tmp_path):
    book = tmp_path / "ledger.json"
    pending = [
        tracking.SetAside(f"{BIANBAN}.xlsx", BIANBAN, R2, (), reason="two_files"),
        tracking.SetAside(f"{BIANBAN}（修改）.xlsx", BIANBAN, R2, (), reason="two_files"),
    ]
    book.write_text(tracking.dumps(ledger(), set_aside=pending), encoding="utf-8")
    folder = tmp_path / "notices"
    done = call(
        "--lang", "zh", "track", "chase", str(book), "--as-of", "2025-01-01",
        "--notices", str(folder),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    check = [line for line in lines if line.startswith("需核实：")]
    assert len(check) == 1, done.stdout
    assert BIANBAN in check[0], check
    assert "待核定" in check[0], check
    # How to settle: the existing command, collecting the file kept into the ledger.
    assert "track collect" in check[0], check
    assert "--into" in check[0], check
    # 省委编办 is still listed (its late tasks), but no 督办通知 is written to it.
    assert any(line.startswith(f"{BIANBAN}：") for line in lines)
    written = {p.name for p in folder.iterdir()}
    assert f"{BIANBAN}-督办通知.docx" not in written, written
    assert f"{JUSTICE}-督办通知.docx" in written, written
    assert f"未向{BIANBAN}生成督办通知" in done.stdout
    # The ledger's log of notices issued names none for it either.
    logged = {i.unit for i in tracking.loads(PLAN, book.read_text("utf-8")).notices}
    assert BIANBAN not in logged, logged
    assert JUSTICE in logged, logged


# -- 4. no 提示 for a file set aside -------------------------------------------------------


def test_no_note_is_printed_for_a_file_set_aside(tmp_path):
    folder = tmp_path / "june"
    folder.mkdir()
    # 省司法厅: a date typed with a time (a note), and a status nobody can read (a problem).
    bad = folder / f"{JUSTICE}.xlsx"
    tracking.write_template(PLAN, JUSTICE, bad, as_of=JUNE)
    typed = datetime.datetime(2024, 5, 10, 14, 30)  # noqa: DTZ001 - a date cell with a time
    fill(bad, {9: ("已完成", typed), 51: ("已完城",)})
    # 省委编办: the same kind of date, and nothing wrong: put into the ledger.
    good = folder / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, good, as_of=JUNE)
    typed = datetime.datetime(2023, 11, 10, 9, 0)  # noqa: DTZ001 - a date cell with a time
    fill(good, {53: ("已完成", typed)})
    done = _collect(folder, "-o", tmp_path / "ledger.json")
    assert done.returncode == 3, done.stderr
    notes = [line for line in done.stderr.splitlines() if line.startswith("提示：")]
    assert any(f"{BIANBAN}.xlsx" in line for line in notes), done.stderr
    assert not any(f"{JUSTICE}.xlsx" in line for line in notes), notes
    # Its problem is still said.
    assert "已完城" in done.stdout + done.stderr


# -- 5. collect never issues a 文号 the ledger's log of notices holds ----------------------


def test_collect_passes_over_numbers_already_issued(tmp_path):
    # The ledger's log: 豫督〔2024〕1号 and 2号 issued by an earlier chase.
    dated = D(2024, 7, 1)
    log = [
        Issued("督办通知", "省气象局", "豫督〔2024〕1号", dated, "省气象局-督办通知.docx"),
        Issued("督办通知", "省公安厅", "豫督〔2024〕2号", dated, "省公安厅-督办通知.docx"),
    ]
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger(), notices=log), encoding="utf-8")
    folder = tmp_path / "july"
    folder.mkdir()
    bad = folder / f"{JUSTICE}.xlsx"
    tracking.write_template(PLAN, JUSTICE, bad, as_of=JULY)
    fill(bad, {51: ("已完城",)})
    # Asked to start at 1: 1号 and 2号 are taken, so the notice is 3号, and collect says so.
    done = _collect(
        folder, "--into", book, "--notices", tmp_path / "n", "--number", "豫督〔2024〕",
        "--first-number", "1",
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    numbers = [i.number for i in tracking.loads(PLAN, book.read_text("utf-8")).notices]
    assert numbers == ["豫督〔2024〕1号", "豫督〔2024〕2号", "豫督〔2024〕3号"], numbers
    (notice,) = (tmp_path / "n").iterdir()
    assert any("豫督〔2024〕3号" in line for line in docx_lines(notice))
    said = done.stdout + done.stderr
    assert "豫督〔2024〕1号" in said, said
    assert "豫督〔2024〕2号" in said, said
    assert "本次不再使用" in said, said


# -- 6. a path not there: said alone, exit 1, no usage ------------------------------------


def test_a_missing_path_is_said_alone(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    runs = {
        # collect with no -o nor --into, and with a missing --replace's --into besides.
        ("track", "collect", "nothere/"): "文件夹不存在：“nothere/”",
        ("track", "collect", "nothere.xlsx"): "文件不存在：“nothere.xlsx”",
        ("track", "collect", "nothere/", "--replace", "-o", "x.json"): "文件夹不存在：“nothere/”",
        ("track", "collect", "nothere/", "-o", "x.txt"): "文件夹不存在：“nothere/”",
        # chase reading the round's returns from a folder not there: not chased as if none.
        ("track", "chase", str(book), "--as-of", "2025-01-01", "--returns", "nothere/"): (
            "文件夹不存在：“nothere/”"
        ),
    }
    for args, said in runs.items():
        done = call("--lang", "zh", *args)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.splitlines() == [f"dg-plan：{said}"], (args, done.stderr)
        assert done.stdout == "", (args, done.stdout)


# -- 7. collect's English summary lines are sentences -------------------------------------


def test_the_english_summary_lines_are_sentences(tmp_path):
    folder = tmp_path / "june"
    folder.mkdir()
    good = folder / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, good, as_of=JUNE)
    fill(good, {53: ("未启动",)})
    book = tmp_path / "ledger.json"
    done = call("--lang", "en", "track", "collect", str(folder), "-o", str(book))
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.splitlines()[0] == f"Wrote {book}: 1 report from 1 file read into the ledger."
    )
    # The Chinese line is unchanged: its own full stop, no second one.
    zh = call("--lang", "zh", "track", "collect", str(folder), "-o", str(book), "--force")
    assert zh.stdout.splitlines()[0] == f"已将1个文件中的1条报送记录汇入台账（“{book}”）。"
