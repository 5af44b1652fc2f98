"""The nineteenth reader's import faults (issue 23; reader19 items 3 and 6).

A row whose 序号 cell is empty is numbered in order, and its note says the list prints
no number (it quoted an empty number, 印有序号“”); show names a task's place in a table
by its rows, never by cell letters, which a .csv does not show. The expected sentences
are written from the reader's proposal and the glossary, not copied from the output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan._notes import NoteKind
from helpers.cli import call

LISTING = (
    "序号,工作任务,牵头单位,完成时限\n"
    "1,建设平台。,市大数据局,2024年底前\n"
    ",推进共享。,市大数据局,2025年6月底前\n"
)


def test_a_row_with_no_number_is_said_to_print_none(tmp_path):
    path = tmp_path / "任务表.csv"
    path.write_text(LISTING, encoding="utf-8")
    task = importing.read(path).plan.task(2)
    (note,) = [n for n in task.provenance.notes if n.kind is NoteKind.RENUMBERED]
    assert dict(note.values) == {"number": "2"}
    assert note.render("zh") == "清单未列序号，按顺序编为第2项"
    assert note.render("en") == "no number printed; numbered 2"


def test_show_names_the_rows_of_a_table_not_its_cells(tmp_path):
    path, plan = tmp_path / "任务表.csv", tmp_path / "plan.json"
    path.write_text(LISTING, encoding="utf-8")
    assert call("import", str(path), "-o", str(plan)).returncode == 0
    shown = call("--lang", "zh", "--plan", str(plan), "show", "2").stdout
    assert "清单未列序号，按顺序编为第2项。" in shown
    assert "印有序号“”" not in shown
    origin = next(line for line in shown.splitlines() if line.startswith("出处"))
    assert origin.endswith("“任务表.csv”第3行")
