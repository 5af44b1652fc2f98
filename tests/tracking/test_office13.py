"""Issue 21, the office13 clerk's remaining faults, each fixed by a stated rule.

1. A unit whose file for a round was set aside keeps that record for the round after it
   reports in a newer round: a later collect of the old round does not list it as 未报回,
   and the report's 较上一轮变化 gives its old round's state as 已报回待修改.
"""

from __future__ import annotations

import datetime
import re

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import AUDIT, BIANBAN, JUSTICE, PLAN
from helpers.workbooks import fill

D = datetime.date
JUNE, JULY = D(2024, 6, 30), D(2024, 7, 15)


def _collect(*args):
    done = call("--lang", "zh", "track", "collect", *map(str, args))
    return done


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
    from helpers.file_text import docx_lines
    from helpers.tracking_example import R2, REPORTS

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
