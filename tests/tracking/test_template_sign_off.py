"""The 填报表 a unit receives: no machine words in sight, the sign-off an office asks for.

The office trial (issue 21) found 填报表版本 dg_plan.template/1 shown to the units, and
no 填报单位（盖章） or 填报日期 in the sign-off area, which every paper form of a
supervision office has. The version stays readable by the reader, out of sight; an
earlier template, with the visible cell, still reads.
"""

from __future__ import annotations

import datetime
import json
from importlib import resources

import openpyxl
import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill, set_cells

PLAN = dg_plan.load_plan()
AUDIT = "省审计厅"
AS_OF = datetime.date(2024, 12, 31)
VERSION = "dg_plan.template/1"


def _template(tmp_path):
    path = tmp_path / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=AS_OF)
    return path


def _visible_cells(ws):
    """Every value a unit sees: in a column not hidden."""
    return [
        c.value
        for row in ws.iter_rows()
        for c in row
        if c.value is not None and not ws.column_dimensions[c.column_letter].hidden
    ]


def test_the_version_is_out_of_the_units_sight_and_still_read(tmp_path):
    path = _template(tmp_path)
    ws = openpyxl.load_workbook(path)["填报"]
    seen = [str(v) for v in _visible_cells(ws)]
    assert not any(VERSION in v or "填报表版本" in v for v in seen)
    assert not any("dg_plan" in v for v in seen)
    # The reader finds it: the file is this round's template.
    fill(path, {50: ("推进中",)})
    (report,) = tracking.collect(PLAN, path).reports
    assert report.task == 50


def test_an_earlier_template_with_the_visible_version_still_reads(tmp_path):
    path = _template(tmp_path)
    # As an earlier release wrote it: the label in G2, the version in H2, no hidden cell.
    set_cells(path, {"G2": "填报表版本", "H2": VERSION, "L2": None})
    fill(path, {50: ("推进中",)})
    (report,) = tracking.collect(PLAN, path).reports
    assert report.task == 50


def _sign(path, cells):
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    wb.close()
    set_cells(path, {(rows[label], 2): value for label, value in cells.items()})
    return rows


def test_the_sign_off_asks_for_the_stamp_and_the_day_and_reads_them_back(tmp_path):
    path = _template(tmp_path)
    fill(path, {50: ("推进中", None, "常态化开展数据审计")})
    rows = _sign(
        path,
        {
            "填报人": "张三",
            "联系电话": "13800000000",
            "审核人": "李四",
            "填报单位（盖章）": AUDIT,
            "填报日期": datetime.date(2025, 1, 3),
        },
    )
    # The five labels, in a form's order, one under the other below the rows.
    labels = ["填报人", "联系电话", "审核人", "填报单位（盖章）", "填报日期"]
    assert [rows[label] for label in labels] == list(range(rows["填报人"], rows["填报人"] + 5))
    ws = openpyxl.load_workbook(path)["填报"]
    assert ws.cell(rows["填报日期"], 2).number_format == 'yyyy"年"m"月"d"日"'
    assert "填报单位（盖章）和填报日期" in ws["A3"].value
    (report,) = tracking.collect(PLAN, path).reports
    assert report.source.stamped_by == AUDIT
    assert report.source.filled_on == "2025-01-03"
    assert (report.source.filled_by, report.source.reviewed_by) == ("张三", "李四")
    # The ledger file keeps them, and its schema allows them.
    jsonschema = pytest.importorskip("jsonschema")
    doc = json.loads(tracking.dumps(tracking.collect(PLAN, path)))
    assert doc["reports"][0]["source"]["stamped_by"] == AUDIT
    assert doc["reports"][0]["source"]["filled_on"] == "2025-01-03"
    schema = json.loads(
        resources.files("dg_plan").joinpath("data", "ledger.schema.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(doc)
    again = tracking.loads(PLAN, tracking.dumps(tracking.collect(PLAN, path)))
    assert again.reports[0].source.stamped_by == AUDIT


def test_a_task_with_no_lead_reads_the_same_in_the_template_and_the_command_line(tmp_path):
    # Task 50 has a lead (审计厅); task 9 none: 省司法厅 is responsible for it.
    path = tmp_path / "省司法厅.xlsx"
    tracking.write_template(PLAN, "省司法厅", path, as_of=AS_OF)
    ws = openpyxl.load_workbook(path)["填报"]
    header = [c.value for c in ws[4]]
    lead_column = header.index("牵头单位")
    row = next(r for r in ws.iter_rows(min_row=5, values_only=True) if r[0] == 9)
    assert not PLAN.task(9).leads
    assert row[lead_column] == "无牵头单位"
    shown = call("--lang", "zh", "show", "9").stdout
    assert "无牵头单位" in shown
