"""The seventeenth reader (issue 23): the 填报表's day column has one name.

It was headed 完成日期（预计完成时间）, mixing 日期 and 时间, while collect's messages
called it “完成日期”列. The glossary's row (day_column) gives it one name, 完成（预计完成）日期,
its header and its name in every message, and 预计完成日期 for what a task not done
gives there. The returned forms of earlier rounds, headed 完成日期（预计完成时间） or
完成日期, are still read.
"""

from __future__ import annotations

import datetime

import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.glossary import terms
from helpers.workbooks import fill, set_cells

openpyxl = pytest.importorskip("openpyxl")

PLAN = dg_plan.load_plan()
AS_OF = datetime.date(2024, 12, 31)
AUDIT = "省审计厅"
HEADER_ROW = 4
NAME = "完成（预计完成）日期"  # the glossary's row, stated by hand


def _template(tmp_path, name="省审计厅.xlsx"):
    path = tmp_path / name
    tracking.write_template(PLAN, AUDIT, path, as_of=AS_OF)
    return path


def test_the_glossary_names_the_column():
    (row,) = [t for t in terms() if t.concept == "day_column"]
    assert row.chinese == NAME
    assert set(row.replaces) == {"完成日期（预计完成时间）", "预计完成时间"}


def test_the_header_and_the_instruction_say_the_one_name(tmp_path):
    sheet = openpyxl.load_workbook(_template(tmp_path))["填报"]
    assert sheet.cell(HEADER_ROW, 6).value == NAME
    assert f"“{NAME}”列填写预计完成日期" in sheet["A3"].value
    assert "时间" not in sheet["A3"].value


@pytest.mark.parametrize("earlier", ["完成日期（预计完成时间）", "完成日期"])
def test_a_form_of_an_earlier_round_still_reads(tmp_path, earlier):
    path = _template(tmp_path)
    set_cells(path, {(HEADER_ROW, 6): earlier})
    fill(path, {50: ("已完成", "2024年12月15日", "已建成")})
    (report,) = tracking.collect(PLAN, [path]).reports
    assert (report.task, report.completed_on) == (50, datetime.date(2024, 12, 15))


def test_collect_names_the_column_as_its_header(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    path = _template(folder)
    rows = fill(path, {50: ("已完成", "someday")})
    said = call("--lang", "zh", "track", "collect", str(folder), "-o", str(tmp_path / "l.json"))
    assert said.returncode != 0
    printed = said.stdout + said.stderr
    assert f"第{rows[50]}行“{NAME}”列" in printed
    assert "“完成日期”列" not in printed
