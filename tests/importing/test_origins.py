"""Where each imported task came from: its file, sheet or table, rows or lines, and cells.

Every file is built here; the expected places are read off the file as built (row
numbers count the rows written, cell letters the columns), not off the importer.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

import dg_plan
from dg_plan import Origin, _format, importing
from helpers.cli import call as run
from helpers.workbooks import write_csv


def origins(plan):
    return {t.number: t.provenance.origin for t in plan.tasks}


def test_csv_rows_and_cells(tmp_path):
    rows = [
        ["附件1", "", "", ""],  # row 1
        ["某清单", "", "", ""],  # row 2
        ["序号", "主要任务", "完成时限", "责任单位"],  # row 3
        ["一、优化环境", "", "", ""],  # row 4
        ["1", "任务甲", "2024年底前", "省财政厅"],  # row 5
        ["2", "任务乙", "", "省大数据局牵头"],  # row 6: a blank deadline cell
    ]
    plan = importing.read(write_csv(tmp_path / "list.csv", rows)).plan
    assert origins(plan) == {
        1: Origin(
            "list.csv",
            "",
            rows=(5,),
            cells=(("number", "A5"), ("text", "B5"), ("deadline", "C5"), ("units", "D5")),
        ),
        2: Origin(
            "list.csv",
            "",
            rows=(6,),
            cells=(("number", "A6"), ("text", "B6"), ("deadline", "C6"), ("units", "D6")),
        ),
    }


def test_xlsx_sheet_and_merged_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "说明"  # no header row: skipped
    notes.append(["本表为说明"])
    ws = workbook.create_sheet("任务")
    ws.append(["某市任务清单"])  # row 1
    ws.merge_cells("A1:E1")
    ws.append(["序号", "工作任务", "时间节点", "牵头单位", "配合单位"])  # row 2
    ws.append([1, "建设数据库", "2024年二季度", "市大数据局", "市公安局"])  # row 3
    ws.append([2, "清洗数据", None, None, None])  # row 4
    ws.append([3, "共享数据", "2025年底前", "市财政局", None])  # row 5
    ws.merge_cells("C3:C4")  # one deadline for rows 3-4
    ws.merge_cells("D3:D4")  # one lead for rows 3-4
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    plan = importing.read(path).plan
    assert origins(plan) == {
        1: Origin(
            "list.xlsx",
            "任务",
            rows=(3,),
            cells=(
                ("number", "A3"),
                ("text", "B3"),
                ("deadline", "C3:C4"),
                # Each unit column named by its header's role: 牵头单位, 配合单位.
                ("leads", "D3:D4"),
                ("support", "E3"),
            ),
        ),
        2: Origin(
            "list.xlsx",
            "任务",
            rows=(4,),
            cells=(("number", "A4"), ("text", "B4"), ("deadline", "C3:C4"), ("leads", "D3:D4")),
        ),
        3: Origin(
            "list.xlsx",
            "任务",
            rows=(5,),
            cells=(("number", "A5"), ("text", "B5"), ("deadline", "C5"), ("leads", "D5")),
        ),
    }
    assert plan.task(2).provenance.origin.cell("deadline") == "C3:C4"


def test_show_names_each_unit_column_by_its_role(tmp_path):
    # The twelfth reader: 出处 called a 牵头单位 column and a 配合单位 column both 责任单位,
    # and 责任单位（原文） showed a text no column prints (composed from the two).
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "任务"
    ws.append(["序号", "主要任务", "完成时限", "牵头单位", "配合单位"])
    ws.append([1, "建设数据共享交换平台。", "2025年6月底前", "市大数据局", "市财政局"])
    path, plan = tmp_path / "清单.xlsx", tmp_path / "plan.json"
    workbook.save(path)
    assert run("--lang", "zh", "import", str(path), "-o", str(plan)).returncode == 0
    shown = run("--lang", "zh", "--plan", str(plan), "show", "1").stdout
    one_line = "".join(line.strip() for line in shown.splitlines())
    # The row alone (reader19: a place in a table names no cell letters); each unit's
    # column is said by its role on the units line.
    assert "“清单.xlsx”“任务”表第2行" in one_line
    assert "D2" not in one_line
    assert "责任单位（按清单各列）：市大数据局牵头，市财政局配合" in shown
    assert "清单所列责任单位" not in shown


def test_docx_tables_rows_and_cells(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某县重点任务清单")
    first = document.add_table(rows=3, cols=3)
    for cells, values in zip(
        (r.cells for r in first.rows),
        [
            ("序号", "具体任务", "责任单位"),  # row 1
            ("1", "建设平台", "县数据局"),  # row 2
            ("2", "升级网络", ""),  # row 3
        ],
        strict=True,
    ):
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    first.cell(1, 2).merge(first.cell(2, 2))  # one unit cell for rows 2-3
    document.add_paragraph("二、应用")
    second = document.add_table(rows=2, cols=3)  # no header: it continues the first
    for cells, values in zip(
        (r.cells for r in second.rows),
        [("3", "推广应用", "县政府办公室"), ("4", "培训", "县人社局")],
        strict=True,
    ):
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    path = tmp_path / "方案.docx"
    document.save(path)
    plan = importing.read(path).plan
    assert origins(plan) == {
        1: Origin(
            "方案.docx",
            "table 1",
            rows=(2,),
            cells=(("number", "A2"), ("text", "B2"), ("units", "C2:C3")),
        ),
        2: Origin(
            "方案.docx",
            "table 1",
            rows=(3,),
            cells=(("number", "A3"), ("text", "B3"), ("units", "C2:C3")),
        ),
        3: Origin(
            "方案.docx",
            "table 2",
            rows=(1,),
            cells=(("number", "A1"), ("text", "B1"), ("units", "C1")),
        ),
        4: Origin(
            "方案.docx",
            "table 2",
            rows=(2,),
            cells=(("number", "A2"), ("text", "B2"), ("units", "C2")),
        ),
    }


TEXT = """\
某方案
一、健全机制
（一）建立推进机制。（市大数据局牵头；2024年底前完成）
1. 建设共享平台，
   完善目录。
牵头单位：市政务服务中心

完成时限：2024年上半年
2. 开展数据治理
责任单位：市统计局
"""


def test_text_lines(tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(TEXT, encoding="utf-8")
    plan = importing.read(path).plan
    assert [t.text for t in plan.tasks] == [
        "建立推进机制。",
        "建设共享平台，完善目录。",
        "开展数据治理",
    ]
    assert origins(plan) == {
        1: Origin("方案.txt", lines=(3,)),
        2: Origin("方案.txt", lines=(4, 5, 6, 8)),  # line 7 is blank
        3: Origin("方案.txt", lines=(9, 10)),
    }
    # Text in memory has no file.
    assert importing.read_text(TEXT).plan.task(3).provenance.origin == Origin(lines=(9, 10))


def test_a_standing_note_s_line_is_part_of_every_later_task():
    text = (
        "一、任务（以下任务均需各县区政府落实，不再单独列出）\n"  # line 1: a task, and a note
        "1. 甲\n"  # line 2
        "责任单位：市财政局\n"  # line 3
    )
    result = importing.read_text(text)
    assert [n.kind for n in result.notes].count(importing.FindingKind.STANDING_NOTE) == 1
    later = result.plan.task(2)
    assert later.text == "甲"
    assert "各县区政府" in [u.name for u in later.units]  # taken from line 1
    assert later.provenance.origin == Origin(lines=(1, 2, 3))


def test_origins_are_written_read_and_valid(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    rows = [["序号", "主要任务", "完成时限", "责任单位"], ["1", "任务甲", "2024年底前", "省财政厅"]]
    plan = importing.read(write_csv(tmp_path / "list.csv", rows)).plan
    text = dg_plan.dumps(plan)
    doc = json.loads(text)
    assert doc["tasks"][0]["provenance"]["origin"] == {
        "file": "list.csv",
        "sheet": "",
        "rows": [2],
        "lines": [],
        "cells": [["number", "A2"], ["text", "B2"], ["deadline", "C2"], ["units", "D2"]],
    }
    schema = json.loads(
        resources.files("dg_plan").joinpath("data", "plan.schema.json").read_text("utf-8")
    )
    jsonschema.validate(doc, schema)
    assert dg_plan.loads(text) == plan
    # Through the checking reader too (cattrs), not only the fast path.
    assert _format.plan_from_obj(doc) == plan
    # A cell naming no field of a task is refused, by the schema and by loads().
    doc["tasks"][0]["provenance"]["origin"]["cells"][0][0] = "colour"
    assert not jsonschema.Draft202012Validator(schema).is_valid(doc)
    with pytest.raises(dg_plan.PlanDataError, match="origin"):
        dg_plan.loads(json.dumps(doc, ensure_ascii=False))


def test_the_shipped_plan_has_no_origin_and_writes_none():
    shipped = dg_plan.load_plan()
    assert all(t.provenance.origin is None for t in shipped.tasks)
    assert '"origin"' not in dg_plan.dumps(shipped)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("rows", (0,)),
        ("rows", (5, 3)),
        ("lines", (2, 2)),
        ("cells", (("colour", "A1"),)),
        ("cells", (("text", ""),)),
    ],
)
def test_an_origin_refuses_what_names_no_place(field, value):
    with pytest.raises(dg_plan.ValidationError):
        Origin(**{field: value})


def test_an_origin_refuses_wrong_types():
    with pytest.raises(dg_plan.InvalidTypeError):
        Origin(rows=[1])
    with pytest.raises(dg_plan.InvalidTypeError):
        Origin(cells=(("text",),))
