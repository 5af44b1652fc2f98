"""dg-plan track: the supervision round on the command line.

And the rough edges a supervisor's trial of ``dg-plan track`` found, each pinned down.
"""

from __future__ import annotations

import datetime
import json
import re

import openpyxl
import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call, run
from helpers.workbooks import fill

# The scorecard's figures are read off its one table (wide_terminal, conftest.py).
pytestmark = pytest.mark.usefixtures("wide_terminal")

PLAN = dg_plan.load_plan()


def test_track_round(tmp_path):
    audit, bureau = tmp_path / "audit.xlsx", tmp_path / "bureau.xlsx"
    result = call("track", "template", "审计厅", str(audit), "--as-of", "2024-12-31")
    assert result.returncode == 0, result.stderr
    assert "省审计厅" in result.stdout
    assert (
        call(
            "track", "template", "省行政审批政务信息管理局", str(bureau), "--as-of", "2024-12-31"
        ).returncode
        == 0
    )
    fill(audit, {50: ("推进中", None)})
    rows = fill(
        bureau, {18: ("已完成", "2023年12月20日"), 36: ("已完结", None), 54: ("已完成", "someday")}
    )
    ledger_path = tmp_path / "ledger.json"
    bad = run("track", "collect", "--strict", str(audit), str(bureau), "-o", str(ledger_path))
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    # Placed on the form's sheet, as the normal run lists a file's problems (reader14).
    assert f"bureau.xlsx, sheet 填报, row {rows[36]}, 状态" in bad.stderr
    assert f"bureau.xlsx, sheet 填报, row {rows[54]}, 完成（预计完成）日期" in bad.stderr
    assert not ledger_path.exists()
    fill(bureau, {36: ("推进中", None), 54: ("已完成", "2024.12.1")})
    good = call("track", "collect", str(audit), str(bureau), "-o", str(ledger_path))
    assert good.returncode == 0, good.stderr
    ledger = tracking.loads(PLAN, ledger_path.read_text("utf-8"))
    assert len(ledger.reports) == 4

    status = call("track", "status", str(ledger_path), "--as-of", "2024-12-31")
    assert status.returncode == 0, status.stderr
    rows_part = ledger.summary("2024-12-31", by="part")
    # The headline shows every category, by its label, with its count; they add up.
    lines = status.stdout.splitlines()
    labels = tracking.category_labels("en")
    for category in tracking.CATEGORIES:
        count = sum(getattr(r, category) for r in rows_part)
        line = rf"^  {re.escape(labels[category])} +{count}$"
        assert re.search(line, status.stdout, re.MULTILINE)
    assert re.search(rf"^  Total +{len(PLAN.tasks)}$", status.stdout, re.MULTILINE)
    silent = sum(r.not_reported_at_all for r in rows_part)
    silent_late = sum(r.late_not_reported for r in rows_part)
    assert f"  no accountable unit reported: {silent} (of them late: {silent_late})" in lines
    assert silent == sum(ledger.status_of(t, as_of="2024-12-31") is None for t in PLAN.tasks)
    as_json = json.loads(
        call("track", "status", str(ledger_path), "--as-of", "2024-12-31", "--json").stdout
    )
    assert [r["total"] for r in as_json] == [r.total for r in rows_part]
    unit = call("track", "status", str(ledger_path), "--as-of", "2024-12-31", "--unit", "省审计厅")
    assert "推进中" in unit.stdout
    late = json.loads(
        call("track", "late", str(ledger_path), "--as-of", "2024-12-31", "--json").stdout
    )
    assert [r["number"] for r in late] == [t.number for t in ledger.late("2024-12-31")]
    assert 36 in [r["number"] for r in late]
    assert late[0]["accountable"]
    text = call("track", "late", str(ledger_path), "--as-of", "2024-12-31")
    assert "Late as of 2024-12-31" in text.stdout
    page = tmp_path / "report.html"
    assert (
        call(
            "track", "report", str(ledger_path), "--as-of", "2024-12-31", "-o", str(page)
        ).returncode
        == 0
    )
    assert "<svg" in page.read_text("utf-8")


def test_track_usage_errors(tmp_path):
    # A ledger that is not there: the command was typed right, refused (exit status 1).
    assert call("track", "status", "nowhere.json", "--as-of", "2024-12-31").returncode == 1
    assert (
        call(
            "track", "template", "省审计厅", str(tmp_path / "a.xlsx"), "--as-of", "31.12.2024"
        ).returncode
        == 2
    )
    assert (
        call(
            "track", "template", "省审记厅", str(tmp_path / "a.xlsx"), "--as-of", "2024-12-31"
        ).returncode
        == 1
    )
    assert call("track").returncode == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = call("track", "late", str(bad), "--as-of", "2024-12-31")
    assert result.returncode == 1
    assert "not a ledger" in result.stderr


# -- the rough edges a supervisor's trial found, each pinned down --------------------------

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
            "--lang",
            lang,
            "track",
            "collect",
            "--strict",
            str(missing),
            "-o",
            str(tmp_path / "l.json"),
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
    for lang, day in (("en", "2025-01-05"), ("zh", "2025年1月5日")):
        result = call("--lang", lang, "track", "collect", "--strict", str(path), "-o", "-")
        assert result.returncode == 1
        assert day in result.stderr
        assert "datetime" not in result.stderr
        assert "completed_on" not in result.stderr
    en = call("--lang", "en", "track", "collect", str(path), "-o", "-").stderr
    assert "the 完成（预计完成）日期 is after the day the report speaks for (2024-12-31)" in en

    path = _audit(tmp_path, {number: ("已完成", None)}, "b/audit.xlsx")
    en = call("--lang", "en", "track", "collect", str(path), "-o", "-").stderr
    assert "a DONE report needs its 完成（预计完成）日期 (the day the work was done)" in en
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
    result = call(
        "--lang", "zh", "track", "collect", "--strict", str(first), str(second), "-o", "-"
    )
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
    assert "1个单位已报送“已完成”，1个单位未报送" in zh.stdout
    assert "0个" not in zh.stdout
    assert "配合单位的报送仅作展示" not in zh.stdout
    assert "有牵头单位时的负责单位" in zh.stdout


def test_report_orders_units_as_the_scorecard_ranks(tmp_path):
    # The per-unit sheet follows the scorecard (the clerk's round, issue 21): ranked
    # units first, then those with nothing due; no collective nobody can report for.
    ledger = tracking.Ledger(PLAN, [])
    day = datetime.date(2025, 6, 30)
    out = tmp_path / "report.xlsx"
    tracking.report(ledger, day, out, language="en")
    sheet = openpyxl.load_workbook(out)["3. Each unit's record"]
    shown = [r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r[1]]
    expected = [r.unit for r in ledger.scorecard(day)]
    assert shown == [u for u in expected if tracking.scores.can_report(ledger, u)]
    assert "省直相关部门" not in shown
