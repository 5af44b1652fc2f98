"""A task's status never puts a word in its units' mouths (issue 23, reader15 fault 5).

Task 11 has 20 accountable units (省应急管理厅 and the 20 cities and zones of
各省辖市政府…按职责分工负责, as the reader counted). When 省应急管理厅 alone reports
已完成 and nobody else anything, no unit said 推进中: the task is 部分单位已完成, with the
count of each status (the glossary's row 部分单位已完成), in `track status --task` and in
the report's 二（一）. A unit that did report 推进中 keeps the word 推进中 possible.
"""

from __future__ import annotations

import datetime

import pytest

from dg_plan import tracking
from dg_plan.tracking import Ledger, Report, Status
from helpers.cli import call
from helpers.tracking_example import PLAN, R2

EMERGENCY, ZHENGZHOU = "省应急管理厅", "郑州市人民政府"
DONE = Report(11, EMERGENCY, Status.DONE, R2, completed_on=datetime.date(2024, 6, 15))
ONE_OF_TWENTY = Ledger(PLAN, (DONE,))
WITH_PROGRESS = Ledger(PLAN, (DONE, Report(11, ZHENGZHOU, Status.IN_PROGRESS, R2)))
ONLY_PROGRESS = Ledger(PLAN, (Report(11, ZHENGZHOU, Status.IN_PROGRESS, R2),))


def _status(ledger, tmp_path, lang):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger), encoding="utf-8")
    args = ("track", "status", str(path), "--as-of", "2024-12-31", "--task", "11")
    done = call("--lang", lang, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_status_task_says_some_units_are_done_not_in_progress(tmp_path):
    head, rule = _status(ONE_OF_TWENTY, tmp_path, "zh").splitlines()[:2]
    assert head.startswith(
        "第11项任务（2023年12月底前）：部分单位已完成（1个单位已完成、19个单位未报送）；"
    )
    assert "推进中" not in head + rule
    assert "20个主责单位中，1个单位已报送“已完成”，19个单位未报送" in rule


def test_the_english_says_the_same(tmp_path):
    head, rule = _status(ONE_OF_TWENTY, tmp_path, "en").splitlines()[:2]
    assert head.startswith(
        "Task 11 (2023年12月底前): done by some units (1 done, 19 not reported);"
    )
    assert "in progress" not in head + rule


def test_a_unit_in_progress_is_counted_with_the_rest(tmp_path):
    head = _status(WITH_PROGRESS, tmp_path, "zh").splitlines()[0]
    assert "：部分单位已完成（1个单位已完成、1个单位推进中、18个单位未报送）；" in head


def test_in_progress_stays_when_a_unit_said_so_and_none_is_done(tmp_path):
    head = _status(ONLY_PROGRESS, tmp_path, "zh").splitlines()[0]
    assert head.startswith("第11项任务（2023年12月底前）：推进中；")


@pytest.mark.parametrize("suffix", [".html", ".xlsx", ".docx"])
def test_the_reports_late_tasks_say_the_same(tmp_path, suffix):
    path = tmp_path / f"r{suffix}"
    tracking.report(ONE_OF_TWENTY, R2, path, language="zh")
    if suffix == ".html":
        text = path.read_text("utf-8")
    elif suffix == ".xlsx":
        import openpyxl  # noqa: PLC0415

        book = openpyxl.load_workbook(path)
        text = "\n".join(
            str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row
        )
    else:
        import docx  # noqa: PLC0415

        document = docx.Document(str(path))
        text = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "部分单位已完成（1个单位已完成、19个单位未报送）" in text


def test_track_late_and_status_unit_say_the_same(tmp_path):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ONE_OF_TWENTY), encoding="utf-8")
    day = ("--as-of", "2024-12-31")
    late = call("--lang", "zh", "track", "late", str(path), *day)
    (row,) = [x for x in late.stdout.splitlines() if x.startswith("11 ")]
    assert "部分单位已完成（1个单位已完成、19个单位未报送）" in row
    unit = call("--lang", "zh", "track", "status", str(path), *day, "--unit", EMERGENCY)
    (row,) = [x for x in unit.stdout.splitlines() if x.startswith("11 ")]
    assert "部分单位已完成（1个单位已完成、19个单位未报送）" in row
    assert "推进中" not in row
