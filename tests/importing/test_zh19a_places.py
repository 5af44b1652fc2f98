"""A place in an imported table said as collect says one (issue 23, zh19a item 2).

`dg-plan import 表格.csv` said a problem was at “表格.csv”E4单元格, while `track collect`
says “填报”表第6行“状态”列: a .csv file shows no cell letters, and one product should name
a place one way (docs/glossary.md, "Places in a table"). Every expected place below is
written by hand from that rule: the quoted file name, the sheet where the file has
sheets, 第N行, the column by its header as the file prints it (“完成时限”列), or 第N列
where it has none; English says the same parts (row 5, column “完成时限”).
"""

from __future__ import annotations

import csv
import re

import pytest

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.cli import call

# Row 5 holds the deadline no reader can read, in the column headed 完成时限 (column C).
ROWS = [
    ["某省重点任务清单", "", "", ""],
    ["序号", "主要任务", "完成时限", "责任单位"],
    ["一、优化营商环境", "", "", ""],
    ["1", "推行极简审批", "2024年三季度", "省发展改革委"],
    ["2", "推进一网通办", "下个月", "省政务服务中心"],
]


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "表格.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(ROWS)
    return path


def _rows(out: str) -> list[str]:
    """The listing's lines, its columns' padding cut to two spaces."""
    return [re.sub(" {2,}", "  ", line) for line in out.splitlines()]


def test_a_csv_problem_is_placed_by_row_and_header(table):
    out = _rows(call("--lang", "zh", "import", str(table)).stdout)
    assert (
        "问题  “表格.csv”第5行“完成时限”列  第2项任务：完成时限“下个月”无法识别，请核对。  下个月"
        in out
    )
    assert not [line for line in out if "单元格" in line or re.search(r"[A-Z][0-9]", line)]
    english = _rows(call("--lang", "en", "import", str(table)).stdout)
    assert any(
        line.startswith("problem  表格.csv, row 5, column “完成时限”  task 2") for line in english
    )


def test_a_note_of_a_row_names_the_row_alone(table):
    out = _rows(call("--lang", "zh", "import", str(table)).stdout)
    # The title, the header and a heading are said of their row, not of a cell in it.
    assert "说明  “表格.csv”第1行  本行为清单标题。  某省重点任务清单" in out
    assert "说明  “表格.csv”第2行  本行为表头：“序号”、“主要任务”、“完成时限”、“责任单位”。" in out
    assert "说明  “表格.csv”第3行  本行为一级标题。  一、优化营商环境" in out


def test_the_strict_error_and_the_json_keep_their_parts(table):
    strict = call("--lang", "zh", "import", str(table), "--strict")
    assert strict.returncode == 1
    assert "请核对（“表格.csv”第5行“完成时限”列）。" in strict.stderr
    # The data keep the cell, for a program.
    [problem] = importing.read(table).problems
    assert (problem.where.row, problem.where.column, problem.where.cell) == (5, 3, "C5")
    assert problem.where.header == "完成时限"


def test_the_review_workbooks_place_column(table, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    review = tmp_path / "审核.xlsx"
    done = call("--lang", "zh", "import", str(table), "--review", str(review))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(review)
    places = [row[1] for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert "“表格.csv”第4行“完成时限”列" in places  # 2024年三季度, kept as printed
    assert "“表格.csv”第2行" in places
    assert not [p for p in places if p and "单元格" in p]
    tasks = book.worksheets[0]
    header = [c.value for c in tasks[1]]
    second = dict(zip(header, [c.value for c in tasks[3]], strict=True))
    assert (
        second["问题"]
        == "第2项任务：完成时限“下个月”无法识别，请核对（“表格.csv”第5行“完成时限”列）。"
    )


def test_a_sheet_a_wrapped_header_and_a_second_header_row(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Sheet1"
    # 责任单位 over 牵头单位 and 配合单位: the lower row names those columns.
    ws.append(["序号", "工作任务", "时间\n节点", "责任单位", None])
    ws.append([None, None, None, "牵头单位", "配合单位"])
    ws.append([1, "建设数据库", "明年某时", "市大数据局", "公安局"])
    ws.merge_cells("D1:E1")
    for column in "ABC":
        ws.merge_cells(f"{column}1:{column}2")
    path = tmp_path / "清单.xlsx"
    workbook.save(path)
    result = importing.read(path)
    places = {f.kind: f.where.render("zh") for f in (*result.problems, *result.notes)}
    # The header's line break closed up, as the header reads.
    assert places[FindingKind.NOT_A_DEADLINE] == "“清单.xlsx”“Sheet1”表第3行“时间节点”列"
    assert places[FindingKind.PREFIX_RESTORED] == "“清单.xlsx”“Sheet1”表第3行“配合单位”列"
    assert result.problems[0].where.render("en") == (
        "清单.xlsx, sheet Sheet1, row 3, column “时间节点”"
    )


def test_a_column_with_no_header_is_named_by_its_number(tmp_path):
    path = tmp_path / "清单.csv"
    # Text above the header row (row 3) is in no headed column: 第1列.
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [
                ["附件2", "", "", ""],
                ["某市数字政府建设任务清单", "", "", ""],
                ["说明：请各单位认真落实", "", "", ""],
                ["序号", "主要任务", "完成时限", "牵头单位"],
                ["1", "建设平台", "2024年底前", "市大数据局"],
            ]
        )
    [above] = [p for p in importing.read(path).problems if p.kind is FindingKind.TEXT_ABOVE_HEADER]
    assert above.where.render("zh") == "“清单.csv”第3行第1列"
    assert above.where.render("en") == "清单.csv, row 3, column 1"
