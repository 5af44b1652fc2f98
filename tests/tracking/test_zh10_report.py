"""The report as a 公文 reader reads it (issue 23, the eleventh reader).

Expected Chinese from the reader's request, not copied from the output.
"""

from __future__ import annotations

import datetime

import dg_plan
from dg_plan import tracking

D = datetime.date
PLAN = dg_plan.load_plan()
JUNE = D(2024, 6, 30)


def test_a_units_done_report_shows_the_day_it_was_done(tmp_path):
    # Fault 3: 省公安厅 reported task 37 已完成 on 2023年8月15日; the cell showed only its
    # words, while a 推进中 report shows its 预计…完成.
    police = "省公安厅"
    (task,) = [t for t in PLAN.tasks if t.number == 37]
    assert police in [u.name for u in task.units]
    book = tracking.Ledger(
        PLAN,
        [
            tracking.Report(
                37, police, tracking.Status.DONE, JUNE, D(2023, 8, 15), "已印发相关制度文件。"
            )
        ],
    )
    path = tmp_path / "report.html"
    tracking.report(book, "2024-07-01", path, language="zh")
    page = path.read_text(encoding="utf-8")
    assert f"{police}（截至2024年6月30日）：已完成（2023年8月15日）。已印发相关制度文件。" in page
