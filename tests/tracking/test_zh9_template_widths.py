"""The 填报表's cover row and sign-off labels fit their columns (issue 23, reader 10 fault 3).

Excel and WPS show ``########`` in a date cell narrower than its text and cut a label
whose right neighbour is filled. The width needed is the text's display width (a CJK
character takes two columns, wcwidth) plus a column of padding; the date is measured as
the cell shows it, yyyy"年"m"月"d"日", at its longest (12月31日).
"""

from __future__ import annotations

import datetime

import openpyxl
from wcwidth import wcswidth

import dg_plan
from dg_plan import tracking

PLAN = dg_plan.load_plan()
# The longest day the number format can show: two-digit month and day.
AS_OF = datetime.date(2024, 12, 31)
SHOWN_DAY = "2024年12月31日"


def _sheet(tmp_path):
    path = tmp_path / "省民政厅.xlsx"
    tracking.write_template(PLAN, "省民政厅", path, as_of=AS_OF)
    return openpyxl.load_workbook(path)["填报"]


def _fits(ws, letter, text):
    return ws.column_dimensions[letter].width >= wcswidth(text) + 1


def test_the_cover_rows_date_and_labels_are_shown_whole(tmp_path):
    ws = _sheet(tmp_path)
    assert ws["A2"].value == "填报单位"
    assert ws["D2"].value.date() == AS_OF
    assert ws["D2"].number_format == 'yyyy"年"m"月"d"日"'
    # D2: the one cell the unit must check, not ########.
    assert _fits(ws, "D", SHOWN_DAY), ws.column_dimensions["D"].width
    # Every label and value of row 2 whose right neighbour is filled.
    for cell in ws[2]:
        if cell.value is None or ws.column_dimensions[cell.column_letter].hidden:
            continue
        text = SHOWN_DAY if isinstance(cell.value, datetime.datetime) else str(cell.value)
        if cell.column_letter == "B":
            continue  # the unit's name: column B is the task text's, wide
        assert _fits(ws, cell.column_letter, text), (cell.coordinate, text)


def test_a_completion_day_and_the_sign_off_labels_are_shown_whole(tmp_path):
    ws = _sheet(tmp_path)
    # 完成日期 (column F) holds a day cell in the same format; its header says both its
    # readings (reader 15, fault 15).
    assert ws.cell(4, 6).value == "完成（预计完成）日期"
    assert _fits(ws, "F", SHOWN_DAY)
    # The sign-off labels sit in column A with the answer filled in beside them.
    labels = ("填报人", "联系电话", "审核人", "填报单位（盖章）", "填报日期")
    found = [c.value for c in ws["A"] if c.value in labels]
    assert found == list(labels)
    for label in labels:
        assert _fits(ws, "A", label), label
