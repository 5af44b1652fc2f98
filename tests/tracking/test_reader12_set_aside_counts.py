"""已报回待修改 is counted apart from 未报送 (the twelfth reader's fault 4).

The glossary (returned_set_aside): a unit whose returned 填报表 was set aside
returned a file, so it is not 未报送. ``track status --task`` said
``25个主责单位中，1个单位报送“已完成”、24个单位未报送…（其中1个单位已报回待修改）``, counting the
unit among the 24; the report's 任务状态 said ``未报送（其中1个单位已报回待修改）``; the
scorecard counted its blanks as 未报送 with nothing to say it had returned a file.

The example ledger (tests/helpers/tracking_example.py), as of 2025-01-01: task 41
(2024年12月底前) has three accountable units, 省委编办, 省政府办公厅 and
省行政审批政务信息管理局. Here 省政府办公厅 reports it done, and 省委编办's December
file is on record as set aside: 1 done, 1 set aside, 1 not reported.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from dg_plan import tracking
from dg_plan.tracking import Report, SetAside, Status
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN, R2, REPORTS

DAY = "2025-01-01"
OFFICE = "省政府办公厅"


def _book(tmp_path: Path) -> str:
    path = tmp_path / "ledger.json"
    done = Report(41, OFFICE, Status.DONE, R2, completed_on=datetime.date(2024, 12, 1))
    book = tracking.Ledger(PLAN, (*REPORTS, done))
    records = [SetAside(f"{BIANBAN}.xlsx", BIANBAN, R2, ())]
    path.write_text(tracking.dumps(book, set_aside=records), encoding="utf-8")
    return str(path)


def test_the_rule_counts_the_unit_set_aside_apart(tmp_path):
    book = _book(tmp_path)
    found = call("--lang", "zh", "track", "status", book, "--as-of", DAY, "--task", "41")
    assert found.returncode == 0, found.stderr
    rule = next(x for x in found.stdout.splitlines() if x.startswith("依据："))
    # The requirement's sentence: each unit counted once, in its own state.
    expected = (
        "3个主责单位中，1个单位已报送“已完成”，1个单位已报回待修改，1个单位未报送，"
        "故任务状态为部分单位已完成"
    )
    assert expected in rule
    assert "其中" not in rule
    en = call("track", "status", book, "--as-of", DAY, "--task", "41").stdout
    assert "1 reported done, 1 returned, set aside for correction, 1 did not report" in en


def test_a_task_nobody_reported_counts_the_unit_set_aside_apart(tmp_path):
    # Without 省政府办公厅's report: nothing in the ledger, one file set aside.
    path = tmp_path / "plain.json"
    records = [SetAside(f"{BIANBAN}.xlsx", BIANBAN, R2, ())]
    path.write_text(
        tracking.dumps(tracking.Ledger(PLAN, REPORTS), set_aside=records), encoding="utf-8"
    )
    found = call("--lang", "zh", "track", "status", str(path), "--as-of", DAY, "--task", "41")
    rule = next(x for x in found.stdout.splitlines() if x.startswith("依据："))
    assert rule.startswith("依据：3个主责单位中，1个单位已报回待修改，2个单位未报送，"), rule
    assert "均未报送" not in rule


def test_the_report_status_cell_counts_it_apart(tmp_path):
    page = tmp_path / "r.html"
    tracking.report(tracking.Ledger(PLAN, REPORTS), DAY, page, language="zh", set_aside=[BIANBAN])
    body = re.search(
        r'<table id="late">.*?<tbody>(.*?)</tbody>', page.read_text("utf-8"), re.DOTALL
    )
    rows = [re.findall(r"<td>(.*?)</td>", r) for r in re.findall(r"<tr>(.*?)</tr>", body[1])]
    (row,) = [r for r in rows if r[0] == "41"]
    assert "1个单位已报回待修改，其余单位未报送" in row
    assert not any("未报送（" in cell for cell in row)


def test_the_scorecard_names_the_unit_with_its_state(tmp_path):
    book = _book(tmp_path)
    found = call("--lang", "zh", "track", "scorecard", book, "--as-of", DAY)
    assert found.returncode == 0, found.stderr
    assert f"{BIANBAN}（已报回待修改）" in found.stdout
    en = call("track", "scorecard", book, "--as-of", DAY).stdout
    assert f"{BIANBAN} (returned, set aside for correction)" in en
    page = tmp_path / "r.html"
    done = call("--lang", "zh", "track", "report", book, "--as-of", DAY, "-o", str(page))
    assert done.returncode == 0, done.stderr
    unit_table = page.read_text("utf-8").split('<table id="by-unit">')[1].split("</table>")[0]
    assert f"<td>{BIANBAN}（已报回待修改）</td>" in unit_table


def test_the_status_headline_says_why_a_task_reads_not_reported(tmp_path):
    # final13: the headline said 未报送 above a 依据 counting 1个单位已报回待修改. It says
    # the units apart as the report's 任务状态 does: task 41 is due 2024-12-31, so late on
    # 2025-01-01; of its three units, 省委编办's file is set aside, the other two silent.
    path = tmp_path / "plain.json"
    records = [SetAside(f"{BIANBAN}.xlsx", BIANBAN, R2, ())]
    path.write_text(
        tracking.dumps(tracking.Ledger(PLAN, REPORTS), set_aside=records), encoding="utf-8"
    )
    found = call("--lang", "zh", "track", "status", str(path), "--as-of", DAY, "--task", "41")
    head = found.stdout.splitlines()[0]
    expected = "第41项任务（2024年12月底前）：1个单位已报回待修改，其余单位未报送；计为“逾期未完成”"
    assert head == expected
