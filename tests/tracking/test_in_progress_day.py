"""A 推进中 report's 完成日期 is not asked for: whatever is written there is a note.

A reader of government Chinese found that a unit writing a month (2024年10月) or an
expected date (预计2025年6月底) beside 推进中 got its whole file set aside. The rule
(docs/tracking.md, Templates and collection): only a 已完成 report has a completion
day; the 完成日期 of a 推进中 report is kept as written in a note, and the report is
taken as 推进中 without a day.
"""

from __future__ import annotations

import datetime

import openpyxl
import pytest

import dg_plan
from dg_plan import tracking

PLAN = dg_plan.load_plan()
UNIT = "省行政审批政务信息管理局"
TASKS = [t.number for t in PLAN.tasks_for(UNIT)]
AS_OF = datetime.date(2024, 12, 31)


def _returned(tmp_path, day_cell):
    path = tmp_path / "bureau.xlsx"
    tracking.write_template(PLAN, UNIT, path, as_of=AS_OF)
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    ws.cell(5, 5).value = "推进中"  # row 5: the unit's first task
    ws.cell(5, 6).value = day_cell
    wb.save(path)
    return path


# The report keeps it as the day expected (issue 21's office trial): a day or a month in
# the Chinese way, other words less an opening 预计 (shown as 预计…完成).
@pytest.mark.parametrize(
    ("written", "kept", "expected"),
    [
        ("2024年10月", "2024年10月", "2024年10月"),  # a month
        ("预计2025年6月底", "预计2025年6月底", "2025年6月底"),  # an expected date, in words
        ("2025-02-30", "2025-02-30", "2025-02-30"),  # not even a day: still not asked for
        ("2026-06-30", "2026-06-30", "2026年6月30日"),  # after the 截至日期: a planned day
    ],
)
def test_anything_beside_in_progress_is_a_note_not_a_problem(tmp_path, written, kept, expected):
    returns = tracking.read_returns(PLAN, [_returned(tmp_path, written)], keep_going=True)
    assert returns.set_aside == ()
    assert returns.ledger.reports == (
        tracking.Report(TASKS[0], UNIT, tracking.Status.IN_PROGRESS, AS_OF, expected=expected),
    )
    assert returns.ledger.reports[0].completed_on is None
    (note,) = returns.notes
    assert (note.row, note.column, str(note.kind), note.value) == (
        5,
        "完成（预计完成）日期",
        "day_not_completion",
        kept,
    )
    assert "不作为完成日期" in note.render("zh")


def test_collect_takes_the_file(tmp_path):
    collected = tracking.collect(PLAN, [_returned(tmp_path, "2024年10月")])
    assert [r.status for r in collected.reports] == [tracking.Status.IN_PROGRESS]
    assert collected.reports[0].completed_on is None
