"""The print's role words: every header the importer knows gives its units their role.

The expected roles are the print's meaning, written here by hand: 牵头单位 leads,
负责单位 is responsible, 配合单位 / 协助单位 / 参与单位 support, and 责任单位 holds all
of a task's units, each with the role its cell's own grammar gives it.
"""

from __future__ import annotations

import csv

import pytest

from dg_plan import Role, importing
from dg_plan._vocabulary import HEADERS

LEAD, RESPONSIBLE, SUPPORT = Role.LEAD, Role.RESPONSIBLE, Role.SUPPORT

# header -> (the unit cell, the role of each unit it names)
CASES = {
    "牵头单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
    "负责单位": ("省财政厅、省公安厅", {"省财政厅": RESPONSIBLE, "省公安厅": RESPONSIBLE}),
    "配合单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "协助单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "参与单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "责任单位": ("省财政厅牵头，省公安厅配合", {"省财政厅": LEAD, "省公安厅": SUPPORT}),
    # 10-chuzhou-zhongdian (corpus): 牵头责任单位 leads, 协同责任单位 supports.
    "牵头责任单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
    "协同责任单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    "协同单位": ("省财政厅、省公安厅", {"省财政厅": SUPPORT, "省公安厅": SUPPORT}),
    # 31-hangzhou-shejiang (corpus): a 省牵头单位 line gives leads like any 牵头单位.
    "省牵头单位": ("省财政厅、省公安厅", {"省财政厅": LEAD, "省公安厅": LEAD}),
}


def test_every_header_word_is_tested():
    assert set(HEADERS) == set(CASES)


def _rows(header):
    cell, _ = CASES[header]
    return [["序号", "主要任务", "完成时限", header], ["1", "建设共享平台", "2024年底前", cell]]


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def _xlsx(path, rows):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)


def _docx(path, rows):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(path)


@pytest.mark.parametrize("header", list(CASES))
@pytest.mark.parametrize(("suffix", "write"), [(".csv", _csv), (".xlsx", _xlsx), (".docx", _docx)])
def test_a_unit_column_gives_its_units_the_headers_role(tmp_path, header, suffix, write):
    path = tmp_path / f"list{suffix}"
    write(path, _rows(header))
    task = importing.read(path).plan.tasks[0]
    expected = CASES[header][1]
    assert [u.name for u in task.units] == list(expected)
    assert {u.name: task.role_of(u.name) for u in task.units} == expected


@pytest.mark.parametrize("header", list(CASES))
def test_a_labelled_line_gives_its_units_the_labels_role(header):
    cell, expected = CASES[header]
    task = importing.read_text(f"1. 建设共享平台\n{header}：{cell}\n完成时限：2024年底前\n")
    units = task.plan.tasks[0].units
    assert {u.name: task.plan.tasks[0].role_of(u.name) for u in units} == expected
