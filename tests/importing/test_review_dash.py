"""A range of lines in the Chinese review workbook (issue 23).

The glossary's rule for a range in Chinese is 第42—43行 (一字线, the em dash); the
English keeps its en dash (lines 2–3).
"""

from __future__ import annotations

import pytest

from dg_plan import importing

openpyxl = pytest.importorskip("openpyxl")

# One task printed over lines 2 and 3, its units and deadline in the parenthesis.
LISTING = "一、测试\n1. 推进数据共享，\n加快建设。（省大数据局牵头，2024年底前完成）\n"


def _where(path):
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [("zh", "“list.txt”第2—3行", "第2–3行"), ("en", "list.txt, lines 2–3", "lines 2—3")],
)
def test_a_range_of_lines_takes_the_dash_of_its_language(tmp_path, language, said, not_said):
    listing = tmp_path / "list.txt"
    listing.write_text(LISTING, encoding="utf-8")
    path = tmp_path / "review.xlsx"
    importing.write_review(importing.read(listing), path, language=language)
    cells = _where(path)
    assert said in cells
    assert not any(not_said in c for c in cells)
