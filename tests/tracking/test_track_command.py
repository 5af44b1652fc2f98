"""dg-plan track: the supervision round on the command line."""

from __future__ import annotations

import json
import re

import dg_plan
from dg_plan import tracking
from helpers.cli import call, run
from helpers.workbooks import fill

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
    bad = run("track", "collect", str(audit), str(bureau), "-o", str(ledger_path))
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert f"bureau.xlsx, row {rows[36]}, 状态" in bad.stderr
    assert f"bureau.xlsx, row {rows[54]}, 完成日期" in bad.stderr
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
    assert f"  not reported at all: {silent} (of them late: {silent_late})" in lines
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
    assert [r["task"] for r in late] == [t.number for t in ledger.late("2024-12-31")]
    assert 36 in [r["task"] for r in late]
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
    assert call("track", "status", "nowhere.json", "--as-of", "2024-12-31").returncode == 2
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
