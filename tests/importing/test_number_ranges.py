"""A range of rows in a finding is written as each language writes one (issue 23).

The importer makes a finding's values before the language is known; a range of rows
(rows 3–5) is said through the catalog when the finding is shown: English keeps the en
dash (rows 3–5), Chinese writes 一字线 (第3—5行), as GB/T 15834 sets a range of numbers.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan._message_kinds import NUMBER_RANGE, MessageKind, fill
from dg_plan.importing import FindingKind
from helpers.cli import call


def test_a_merged_cell_over_rows_is_said_in_each_languages_way(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "任务"
    ws.append(["序号", "工作任务", "完成时限", "牵头单位"])  # row 1
    ws.append([1, "建设数据库。", "2024年底前", "市大数据局"])  # row 2
    ws.append([2, "清洗数据。", "2024年底前", "市公安局"])  # row 3
    ws.append([3, "共享数据。", None, None])  # row 4
    ws.append([4, "开放数据。", None, None])  # row 5
    ws.merge_cells("D3:D5")  # one lead for rows 3 to 5
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    result = importing.read(path)
    merged = [n for n in result.notes if n.kind is FindingKind.CELL_MERGED]
    assert merged
    said = {"en": [n.render("en") for n in merged], "zh": [n.render("zh") for n in merged]}
    assert any("3–5" in line for line in said["en"]), said
    assert any("3—5" in line for line in said["zh"]), said
    assert not any("–" in line for line in said["zh"]), said


def test_the_range_is_the_catalogs_not_a_rule_for_one_language():
    # Another catalog's way of writing a range (至) is what the message says: the
    # dash is not chosen by the language's code but looked up like any other text.
    class Kind(MessageKind):
        ROWS = "rows", "rows {rows} are merged"

    kind = Kind.ROWS
    words = {NUMBER_RANGE: "{first}至{last}", "rows {rows} are merged": "第{rows}行合并"}
    text = fill(kind, {"rows": "3–12"}.items(), lambda m: words.get(m, m), "zh")
    assert text == "第3至12行合并"
    assert fill(kind, {"rows": "3–12"}.items()) == "rows 3–12 are merged"


def test_show_and_the_site_say_consecutive_lines_as_one_range(tmp_path):
    # Task 1 of this list is printed on lines 3 to 5 (its item and two sub-items), line
    # 2 being the heading: show gives its origin as one range in each language's way.
    listing = tmp_path / "list.txt"
    listing.write_text(
        "某县工作任务分工\n一、数据治理\n1.建设数据库，\n开展数据清洗，\n推进数据共享。（县大数据局负责）\n",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.json"
    assert call("import", str(listing), "-o", str(plan)).returncode == 0
    english = call("--plan", str(plan), "show", "1").stdout
    chinese = call("--lang", "zh", "--plan", str(plan), "show", "1").stdout
    assert "lines 3–5" in english, english
    assert "第3—5行" in chinese, chinese
    site = tmp_path / "site"
    assert call("--lang", "zh", "--plan", str(plan), "site", str(site)).returncode == 0
    page = next((site / "zh" / "tasks").glob("1.html")).read_text(encoding="utf-8")
    assert "第3—5行" in page
    assert "第3, 4, 5行" not in page
