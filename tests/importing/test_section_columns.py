"""A table whose first columns hold section titles: read as sections, or a problem naming them.

The rule (docs/importing.md, "Excel"): a column left of the task column that is no
known column holds section titles when a cell of it covers two task rows or more,
merged over them or repeated down them; the first such column gives parts, the second
subsections. A column whose cells each cover one row is not read as titles, and a
problem names its range. The expected sections below are the printed cells read so.
"""

from __future__ import annotations

import csv

import pytest

from dg_plan import importing

HEADER = ["领域", "序号", "重点任务", "牵头单位", "完成时限"]
BODY = [
    ["生态环境", "1", "建设防护绿地", "市林业局", "2024年底前"],
    ["生态环境", "2", "治理黑臭水体", "市生态环境局", "2024年底前"],
    ["营商环境", "3", "推行一网通办", "市数据局", "2024年6月底前"],
    ["营商环境", "4", "压减审批时限", "市审批局", "2024年底前"],
    ["营商环境", "5", "清理涉企收费", "市发改委", "2024年底前"],
]


def _sections(result):
    return [(s.title, [t.number for t in s.tasks]) for s in result.plan.sections]


def test_merged_cells_of_the_first_column_are_sections_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in BODY:
        sheet.append(row)
    # As published: each title printed once, in a cell merged over its rows.
    for cell in ("A3", "A5", "A6"):
        sheet[cell] = None
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("A4:A6")
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = importing.read(path)
    assert _sections(result) == [("生态环境", [1, 2]), ("营商环境", [3, 4, 5])]
    said = [(n.where.cell, n["cell"]) for n in result.notes if n.kind.value == "section_cell"]
    assert said == [("A2", "A2:A3"), ("A4", "A4:A6")]
    assert not [p for p in result.problems if p.kind.value.startswith("section")]


def test_merged_cells_of_the_first_column_are_sections_docx(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("2024年重点工作任务分解方案")
    table = document.add_table(rows=1 + len(BODY), cols=len(HEADER))
    for c, word in enumerate(HEADER):
        table.cell(0, c).text = word
    for r, row in enumerate(BODY, start=1):
        for c, value in enumerate(row[1:], start=1):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "一、生态环境"
    table.cell(3, 0).merge(table.cell(5, 0)).text = "二、营商环境"
    path = tmp_path / "list.docx"
    document.save(path)
    result = importing.read(path)
    # 一、生态环境 is a part heading: its label and title are read apart.
    assert [(s.label, s.title) for s in result.plan.sections] == [
        ("一", "生态环境"),
        ("二", "营商环境"),
    ]
    assert _sections(result) == [("生态环境", [1, 2]), ("营商环境", [3, 4, 5])]


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def test_a_title_repeated_down_its_rows_is_one_section_and_a_second_column_subsections(
    tmp_path,
):
    path = tmp_path / "list.csv"
    rows = [["领域", "方面", *HEADER[1:]]]
    aspects = ["绿化", "绿化", "审批", "审批", "收费"]
    rows += [[row[0], aspect, *row[1:]] for row, aspect in zip(BODY, aspects, strict=True)]
    _csv(path, rows)
    result = importing.read(path)
    assert _sections(result) == [("生态环境", [1, 2]), ("营商环境", [3, 4, 5])]
    subsections = [
        [(s.title, [t.number for t in s.tasks]) for s in part.subsections]
        for part in result.plan.sections
    ]
    assert subsections == [[("绿化", [1, 2])], [("审批", [3, 4]), ("收费", [5])]]


def test_a_blank_cell_below_a_title_continues_its_section(tmp_path):
    # A merged cell saved as CSV prints its title once, the cells below it blank.
    path = tmp_path / "list.csv"
    rows = [HEADER, *([("" if i in {1, 3, 4} else r[0]), *r[1:]] for i, r in enumerate(BODY))]
    _csv(path, rows)
    assert _sections(importing.read(path)) == [("生态环境", [1, 2]), ("营商环境", [3, 4, 5])]


def test_a_first_column_of_one_row_cells_is_a_problem_naming_its_range(tmp_path):
    path = tmp_path / "list.csv"
    categories = ["甲", "乙", "丙", "丁", "戊"]
    rows = [["类别", *HEADER[1:]], *([c, *r[1:]] for c, r in zip(categories, BODY, strict=True))]
    _csv(path, rows)
    result = importing.read(path)
    [problem] = [p for p in result.problems if p.kind.value == "section_column_not_read"]
    assert (problem["column"], problem["cells"]) == ("类别", "A2:A6")
    assert problem.task is None
    assert len(result.plan.tasks) == 5
