"""A unit whose returned file was set aside reads 已报回待修改 everywhere it is listed.

The glossary: 已报回待修改 is a unit whose returned 填报表 was set aside by collect; it did
return a file, so it is not 未报送. `track chase` said so; `track status --unit`,
`track status --task` and the supervision report said 未报送 for the same unit, task
and day. The task's own status stays 未报送 (the rule counts reports, and a file set
aside gave none), but where the units are listed the set-aside one says so.

A unit that returned a file set aside is counted apart from 未报送 where units are
counted (the twelfth reader): 3个主责单位中，1个单位已报回待修改，2个单位未报送.

The example ledger (tests/helpers/tracking_example.py), as of 2025-01-01: task 41
(2024年12月底前) has three accountable units, 省委编办, 省政府办公厅 and
省行政审批政务信息管理局, none of which reported: it is late and 未报送. 省委编办's
December file was set aside (the ledger's record, as collect keeps it).
"""

from __future__ import annotations

import re
from pathlib import Path

from dg_plan import tracking
from dg_plan.tracking import SetAside
from helpers.cli import call
from helpers.tracking_example import BIANBAN, R2, ledger

DAY = "2025-01-01"
RETURNED = "已报回待修改"
SILENT = "未报送"


def _ledger_file(tmp_path: Path, *, set_aside: bool) -> str:
    path = tmp_path / "ledger.json"
    records = [SetAside(f"{BIANBAN}.xlsx", BIANBAN, R2, ())] if set_aside else []
    path.write_text(tracking.dumps(ledger(), set_aside=records), encoding="utf-8")
    return str(path)


def _row(out: str, first: str) -> list[str]:
    return next(line.split() for line in out.splitlines() if line.split()[:1] == [first])


def test_status_unit_says_returned_for_correction(tmp_path):
    book = _ledger_file(tmp_path, set_aside=True)
    found = call("--lang", "zh", "track", "status", book, "--as-of", DAY, "--unit", BIANBAN)
    assert found.returncode == 0, found.stderr
    # 序号, 完成时限, 职责, 状态 (the unit's own), 任务状态 (the task's, by the rule).
    assert _row(found.stdout, "41")[:5] == ["41", "2024年12月底前", "牵头", RETURNED, SILENT]
    # Without the record, the same unit and task are 未报送.
    plain = _ledger_file(tmp_path, set_aside=False)
    found = call("--lang", "zh", "track", "status", plain, "--as-of", DAY, "--unit", BIANBAN)
    assert _row(found.stdout, "41")[3] == SILENT


def test_status_task_lists_the_unit_as_returned_for_correction(tmp_path):
    book = _ledger_file(tmp_path, set_aside=True)
    found = call("--lang", "zh", "track", "status", book, "--as-of", DAY, "--task", "41")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    rule = next(line for line in lines if line.startswith("依据："))
    assert "3个主责单位中，1个单位已报回待修改，2个单位未报送" in rule
    assert _row(found.stdout, BIANBAN)[3] == RETURNED
    assert _row(found.stdout, "省政府办公厅")[3] == SILENT
    en = call("track", "status", book, "--as-of", DAY, "--task", "41").stdout
    assert "1 returned, set aside for correction, 2 did not report" in en


def _late_status(page: str, number: int) -> str:
    body = re.search(r'<table id="late">.*?<tbody>(.*?)</tbody>', page, re.DOTALL)[1]
    for row in re.findall(r"<tr>(.*?)</tr>", body):
        cells = re.findall(r"<td>(.*?)</td>", row)
        if cells[0] == str(number):
            return cells[4]
    raise AssertionError(number)


def test_the_report_says_how_many_units_returned_for_correction(tmp_path):
    page = tmp_path / "r.html"
    tracking.report(ledger(), DAY, page, language="zh", set_aside=[BIANBAN])
    assert _late_status(page.read_text("utf-8"), 41) == "1个单位已报回待修改，其余单位未报送"
    # The command line reads the ledger's record of the files set aside.
    book = _ledger_file(tmp_path, set_aside=True)
    cli = tmp_path / "cli.html"
    done = call("--lang", "zh", "track", "report", book, "--as-of", DAY, "-o", str(cli))
    assert done.returncode == 0, done.stderr
    assert _late_status(cli.read_text("utf-8"), 41) == "1个单位已报回待修改，其余单位未报送"
    # No record: 未报送 alone.
    plain = tmp_path / "plain.html"
    tracking.report(ledger(), DAY, plain, language="zh")
    assert _late_status(plain.read_text("utf-8"), 41) == SILENT


def _task_rows(docx, path, number):
    # The rows of the table of every task (序号, 主要任务, 完成时限, 主责单位, 完成情况,
    # 未完成单位, 进展情况, 佐证材料) whose 序号 is *number*.
    return [
        [c.text for c in row.cells]
        for table in docx.Document(str(path)).tables
        # Only it has 主责单位: the late tables open with 序号, 主要任务, 完成时限 too.
        if [c.text for c in table.rows[0].cells][:4] == ["序号", "主要任务", "完成时限", "主责单位"]
        for row in table.rows
        if row.cells[0].text == number
    ]


def test_the_word_report_names_the_unit_returned_for_correction(tmp_path):
    # The Word report has no status column: its 未完成单位 cell says which outstanding
    # unit returned a file set aside, as the page's status cell says how many.
    docx = __import__("pytest").importorskip("docx")
    path = tmp_path / "r.docx"
    tracking.report(ledger(), DAY, path, language="zh", set_aside=[BIANBAN])
    (row,) = _task_rows(docx, path, "41")
    outstanding = row[5].split("、")
    assert f"{BIANBAN}{'（'}{RETURNED}{'）'}" in outstanding
    assert "省政府办公厅" in outstanding
    plain = tmp_path / "plain.docx"
    tracking.report(ledger(), DAY, plain, language="zh")
    (row,) = _task_rows(docx, plain, "41")
    assert BIANBAN in row[5].split("、")
    assert RETURNED not in row[5]
