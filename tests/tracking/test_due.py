"""Due on the day: a deadline on the as-of day is due (到期未完成), not late, not "not due".

The figures come from the shipped plan's deadlines as printed in the source document:
2 tasks 2023年6月底前, 57 tasks 2023年12月底前, 13 tasks 2024年6月底前, 63 tasks
2024年12月底前, 2 tasks 2025年6月底前, 9 tasks 2025年12月底前 and 32 without a date
(持续推进 and the like): 178 in all.
"""

from __future__ import annotations

import datetime
import json
import re

import pytest

import dg_plan
from dg_plan import tracking
from dg_plan.tracking import Ledger, Report, Status, SummaryRow
from helpers.cli import call

PLAN = dg_plan.load_plan()
YEAR_END = datetime.date(2024, 12, 31)
BUREAU = "省行政审批政务信息管理局"
# The counts by printed deadline, from the source document.
BY_DEADLINE = {
    "2023年6月底前": 2,
    "2023年12月底前": 57,
    "2024年6月底前": 13,
    "2024年12月底前": 63,
    "2025年6月底前": 2,
    "2025年12月底前": 9,
}
UNDATED = 178 - sum(BY_DEADLINE.values())


def test_the_hand_counts_match_the_plan():
    assert UNDATED == 32
    for printed, count in BY_DEADLINE.items():
        assert sum(str(t.deadline) == printed for t in PLAN.tasks) == count


def test_an_empty_ledger_on_new_years_eve():
    ledger = Ledger(PLAN, ())
    late = 2 + 57 + 13
    due = 63
    assert len(ledger.late(YEAR_END)) == late
    assert len(ledger.due(YEAR_END)) == due
    assert all(str(t.deadline) == "2024年12月底前" for t in ledger.due(YEAR_END))
    rows = ledger.summary(YEAR_END, by="part")
    totals = {c: sum(getattr(r, c) for r in rows) for c in tracking.CATEGORIES}
    assert totals == {
        "done_on_time": 0,
        "done_late": 0,
        "late_open": late,
        "due_open": due,
        "open_not_due": 0,
        "not_reported": 2 + 9,
        # The tasks with no date are not "not due yet" (reader 13, fault 2).
        "done_undated": 0,
        "open_undated": 0,
        "not_reported_undated": UNDATED,
    }
    assert sum(r.due_not_reported for r in rows) == due
    assert sum(r.not_reported_at_all for r in rows) == 178
    # The next day they are late, and nothing is due.
    assert len(ledger.late("2025-01-01")) == late + due
    assert ledger.due("2025-01-01") == ()
    # The day before, they are not due yet.
    assert ledger.due("2024-12-30") == ()
    assert set(ledger.classify("2024-12-30").values()) == {
        "late_open",
        "not_reported",
        "not_reported_undated",
    }


def test_a_reported_task_due_on_the_day():
    # Task 54 (2024年12月底前), led by the bureau alone: reported in progress on the day.
    ledger = Ledger(PLAN, [Report(54, BUREAU, Status.IN_PROGRESS, YEAR_END)])
    assert ledger.classify(YEAR_END)[54] == "due_open"
    (row,) = [r for r in ledger.summary(YEAR_END, by="deadline") if r.key == "2024年12月底前"]
    assert (row.due_open, row.due_not_reported, row.total) == (63, 62, 63)
    unit = {r.key: r for r in ledger.summary(YEAR_END, by="unit")}[BUREAU]
    own_due = sum(t.deadline.date == YEAR_END for t in PLAN.tasks_for(BUREAU))
    assert (unit.due_open, unit.due_not_reported) == (own_due, own_due - 1)
    # Done on the day: on time, not due any more.
    done = Ledger(PLAN, [Report(54, BUREAU, Status.DONE, YEAR_END, completed_on=YEAR_END)])
    assert done.classify(YEAR_END)[54] == "done_on_time"
    assert PLAN.task(54) not in done.due(YEAR_END)


def test_a_summary_row_checks_its_due_counts():
    with pytest.raises(dg_plan.ValidationError):
        SummaryRow("k", "k", 0, 0, 0, 0, 0, due_open=1, due_not_reported=2)
    row = SummaryRow("k", "k", 1, 0, 0, 2, 0, due_open=3, due_not_reported=1)
    assert (row.total, row.not_reported_at_all) == (6, 3)


@pytest.mark.parametrize(
    ("lang", "label"), [("zh", "到期未完成"), ("en", "due on the day, not done")]
)
def test_the_command_line_shows_the_due_tasks(tmp_path, lang, label):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(Ledger(PLAN, ())), encoding="utf-8")
    out = call("--lang", lang, "track", "status", str(path), "--as-of", "2024-12-31").stdout
    assert re.search(rf"^  {label} +63$", out, re.MULTILINE), out
    rows = json.loads(call("track", "status", str(path), "--as-of", "2024-12-31", "--json").stdout)
    assert sum(r["due_open"] for r in rows) == 63


def test_the_report_lists_the_due_tasks_apart_from_the_late(tmp_path):
    ledger = Ledger(PLAN, [Report(54, BUREAU, Status.IN_PROGRESS, YEAR_END)])
    page = tmp_path / "report.html"
    tracking.report(ledger, YEAR_END, page, language="zh")
    html = page.read_text("utf-8")
    due = html.split('<table id="due">')[1].split("</table>")[0]
    late = html.split('<table id="late">')[1].split("</table>")[0]
    assert due.count("<tr>") == 1 + 63  # the header, then each task of 2024年12月底前
    assert late.count("<tr>") == 1 + 2 + 57 + 13
    assert "<td>54</td>" in due
    assert "<td>54</td>" not in late
    assert "到期未完成" in html
