"""Reader 15's faults 15 and 14: the template's 完成日期 column and collect's 提示 lines.

Fault 15: the column 完成日期 also takes, for a task not done, when it is expected to be
(填表说明三): its header says both (完成日期（预计完成时间）), and a template of an
earlier release, headed 完成日期 alone, still reads. Fault 14: every 提示 places a file's
rows as the problem lines do (省委编办.xlsx “填报”表第5行) and parts a file name from the
Chinese with a space.
"""

from __future__ import annotations

import datetime

import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill, set_cells

openpyxl = pytest.importorskip("openpyxl")

PLAN = dg_plan.load_plan()
AS_OF = datetime.date(2024, 12, 31)
AUDIT = "省审计厅"
BIANBAN = "省委编办"
HEADER_ROW = 4  # below the title, the 填报单位 row and the 填表说明


def _template(tmp_path, unit, name):
    path = tmp_path / name
    tracking.write_template(PLAN, unit, path, as_of=AS_OF)
    return path


def test_the_header_says_both_readings_of_the_day_column(tmp_path):
    path = _template(tmp_path, AUDIT, "audit.xlsx")
    sheet = openpyxl.load_workbook(path)["填报"]
    header = [sheet.cell(HEADER_ROW, c).value for c in range(1, 9)]
    assert header[5] == "完成（预计完成）日期"
    # 填表说明三 names the column by its header.
    assert "推进中、未启动的可在“完成（预计完成）日期”列填写预计完成日期" in sheet["A3"].value


def test_a_template_headed_by_an_earlier_release_still_reads(tmp_path):
    path = _template(tmp_path, AUDIT, "audit.xlsx")
    # The header of the earlier releases: 完成日期 alone (and 任务时限, 角色).
    earlier = {(HEADER_ROW, 3): "任务时限", (HEADER_ROW, 4): "角色", (HEADER_ROW, 6): "完成日期"}
    set_cells(path, earlier)
    fill(path, {50: ("已完成", "2024年12月15日", "已建成")})
    ledger = tracking.collect(PLAN, [path])
    (report,) = ledger.reports
    assert (report.task, report.completed_on) == (50, datetime.date(2024, 12, 15))
    # Any other heading of the column is still refused.
    set_cells(path, {(HEADER_ROW, 6): "日期"})
    with pytest.raises(tracking.TrackingDataError) as info:
        tracking.collect(PLAN, [path])
    assert [p.kind for p in info.value.problems] == ["bad_header"]


def test_the_notes_place_a_files_rows_as_the_problem_lines_do(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    path = _template(folder, BIANBAN, f"{BIANBAN}.xlsx")
    rows = fill(path, {40: ("推进中", "2025年6月")})
    row = rows[40]
    out = tmp_path / "ledger.json"
    done = call("--lang", "zh", "track", "collect", str(folder), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert (
        f"提示：“{BIANBAN}.xlsx”“填报”表第{row}行所列任务尚未完成，"
        "所填“完成（预计完成）日期”已作为预计完成日期收录。"
    ) in done.stderr
    # The same file again, into the ledger, replacing: the file name quoted.
    again = call(
        "--lang", "zh", "track", "collect", str(path), "--into", str(out), "--replace",
        "-o", str(tmp_path / "again.json"),
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    replaced = f"提示：已用“{BIANBAN}.xlsx”替换台账中{BIANBAN}数据截止日期为2024年12月31日"
    assert replaced in again.stderr
