"""The rough edges a supervisor's trial of ``dg-plan track`` found, each pinned down."""

from __future__ import annotations

import datetime
import itertools

import openpyxl

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill

PLAN = dg_plan.load_plan()
DAY = datetime.date(2024, 12, 31)


def test_collective_template_refused_in_chinese(tmp_path):
    out = tmp_path / "out.xlsx"
    result = call(
        "--lang", "zh", "track", "template", "各省辖市政府", str(out), "--as-of", "2024-12-31"
    )
    assert result.returncode != 0
    assert "通过其成员单位报送" in result.stderr
    assert "郑州市人民政府" in result.stderr
    assert "reports through" not in result.stderr
    assert "unit“" not in result.stderr
    assert not out.exists()


def test_missing_file_said_plainly(tmp_path):
    missing = tmp_path / "returned" / "nonexist.xlsx"
    for lang, words in (("en", "no such file"), ("zh", "文件不存在")):
        result = call(
            "--lang", lang, "track", "collect", str(missing), "-o", str(tmp_path / "l.json")
        )
        assert result.returncode == 1
        assert words in result.stderr
        assert str(missing) in result.stderr
        assert "Errno" not in result.stderr


def _audit(tmp_path, entries, name="audit.xlsx"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    assert call("track", "template", "省审计厅", str(path), "--as-of", "2024-12-31").returncode == 0
    fill(path, entries)
    return path


def test_collect_problems_show_days_plainly_and_name_columns(tmp_path):
    number = PLAN.tasks_for("省审计厅")[0].number
    cell = datetime.datetime(2025, 1, 5)  # noqa: DTZ001 - a spreadsheet's date cell is naive
    path = _audit(tmp_path, {number: ("已完成", cell)})
    for lang in ("en", "zh"):
        result = call("--lang", lang, "track", "collect", str(path), "-o", "-")
        assert result.returncode == 1
        assert "2025-01-05" in result.stderr
        assert "datetime" not in result.stderr
        assert "completed_on" not in result.stderr
    en = call("--lang", "en", "track", "collect", str(path), "-o", "-").stderr
    assert "the 完成日期 is after the day the report speaks for (2024-12-31)" in en

    path = _audit(tmp_path, {number: ("已完成", None)}, "b/audit.xlsx")
    en = call("--lang", "en", "track", "collect", str(path), "-o", "-").stderr
    assert "a DONE report needs its 完成日期 (the day the work was done)" in en
    assert "completed_on" not in en
    # The library's own text for a report made in code may name the field.
    try:
        tracking.Ledger(PLAN, [tracking.Report(number, "省审计厅", tracking.Status.DONE, DAY)])
    except dg_plan.TrackingDataError as exc:
        assert "completed_on" in str(exc)
    else:
        raise AssertionError("a DONE report without its day was accepted")


def test_duplicate_templates_from_two_folders_named_by_path(tmp_path):
    number = PLAN.tasks_for("省审计厅")[0].number
    first = _audit(tmp_path, {number: ("推进中", None)}, "a/audit.xlsx")
    second = _audit(tmp_path, {number: ("推进中", None)}, "b/audit.xlsx")
    result = call("--lang", "zh", "track", "collect", str(first), str(second), "-o", "-")
    assert result.returncode == 1
    assert str(first) in result.stderr
    assert str(second) in result.stderr


def test_task_explanation_states_the_rule(tmp_path):
    # Task 1: two leads (counted), responsible units under them (shown only).
    reports = [
        tracking.Report(1, "省发展改革委", tracking.Status.DONE, DAY, datetime.date(2024, 6, 1)),
        tracking.Report(1, "济源示范区管委会", tracking.Status.IN_PROGRESS, DAY),
    ]
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(tracking.Ledger(PLAN, reports)), encoding="utf-8")
    en = call("--lang", "en", "track", "status", str(path), "--as-of", "2024-12-31", "--task", "1")
    assert en.returncode == 0, en.stderr
    assert "1 reported done, 1 did not report" in en.stdout
    assert "0 " not in en.stdout.split("Rule:")[1].splitlines()[0]
    assert "the leads (牵头)" in en.stdout
    assert "responsible under a lead" in en.stdout
    zh = call("--lang", "zh", "track", "status", str(path), "--as-of", "2024-12-31", "--task", "1")
    assert "1 个已完成、1 个未报送" in zh.stdout
    assert "0 个" not in zh.stdout
    assert "配合单位的报送仅作展示" not in zh.stdout
    assert "有牵头单位时的负责单位" in zh.stdout


def test_report_orders_units_most_late_first(tmp_path):
    ledger = tracking.Ledger(PLAN, [])
    day = datetime.date(2025, 6, 30)
    out = tmp_path / "report.xlsx"
    tracking.report(ledger, day, out, language="en")
    sheet = openpyxl.load_workbook(out)["By unit"]
    shown = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    rows = ledger.summary(day, by="unit")
    late = {r.label: r.late_open for r in rows}
    total = {r.label: r.total for r in rows}
    plan_order = [r.label for r in rows]
    assert sorted(shown) == sorted(plan_order)
    for a, b in itertools.pairwise(shown):
        assert (late[a], total[a]) >= (late[b], total[b]), (a, b)
        if (late[a], total[a]) == (late[b], total[b]):
            assert plan_order.index(a) < plan_order.index(b)
    assert shown != plan_order
