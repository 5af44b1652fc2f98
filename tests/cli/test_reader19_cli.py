"""The nineteenth reader's faults outside tracking (issue 23), each as a 公文 writer reads it.

- 1. show 119's 备注 was the data builder's reasoning (原文文字版把合并单元格的内容排在所跨
  各行的最后一行之后；……). A merged unit cell is now said by what it means for the tasks
  first, in a line of its own (第118—121项…各项责任单位相同。), and the evidence after it,
  indented under it, in plain words. Every merged cell's note says so, in both languages.

Expected figures come from the print: tasks 118–121 on page 66 share one unit cell whose
text is printed after 121, and 122–124 on page 67 print the same text; the cell above 118
names 省通信管理局.
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

from dg_plan._cli.terminal import note_lines
from helpers.cli import succeeds as ok

ROOT = Path(__file__).resolve().parents[2]

# -- 1 ----------------------------------------------------------------------------------


def _notes(out: str, label: str) -> list[str]:
    return out[out.index(label) :].split("\n\n", maxsplit=1)[0].splitlines()[1:]


def test_show_says_what_a_merged_cell_means_before_its_evidence(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    zh = _notes(ok("--lang", "zh", "show", "119"), "备注：")
    # The meaning, a sentence alone on its line; the evidence on lines indented under it.
    assert zh[0] == "  第118—121项在原文中共用责任单位栏的一个合并单元格，各项责任单位相同。"
    assert zh[1].startswith("    判断依据：原文文字版把合并单元格的文字排在它所跨的最后一项之后。")
    evidence = "".join(line.strip() for line in zh[1:4])
    assert "与第121项是同一事项" in evidence
    assert "上方单元格另有省通信管理局（通信网络方面的机构），与这几项的事项不符。" in evidence
    # No builder's words: no 行 for a task, no 正是…的事项 chained by semicolons alone.
    assert not re.search(r"各行|最后一行|只能如此读", "".join(zh))
    page_break = [i for i, line in enumerate(zh) if line.startswith("  第118—121项（第66页）")]
    assert zh[page_break[0]] == "  第118—121项（第66页）和第122—124项（第67页）的责任单位相同。"
    en = _notes(ok("--lang", "en", "show", "119"), "Notes:")
    assert en[0] == (
        "  rows 118–121 share one merged cell of the print's unit column: their units are the same."
    )
    assert en[1].startswith("    Evidence: the text extraction prints a merged cell's text")
    assert "R1" not in " ".join(en)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_merged_cell_says_its_meaning_first(plan, language):
    first = {
        "zh": "在原文中共用责任单位栏的一个合并单元格，各项责任单位相同。判断依据：",
        "en": "share one merged cell of the print's unit column: their units are the same. ",
    }[language]
    merged = [
        note.render(language)
        for task in plan.tasks
        for note in task.provenance.notes
        if note.kind.value == "units_cell_merged"
    ]
    # Each task of a merged cell in tools/decisions.py carries its cell's note.
    cells = runpy.run_path(str(ROOT / "tools" / "decisions.py"))["UNIT_CELLS"]
    assert len(merged) == sum(len(cell.rows) for cell in cells) > 0
    for said in merged:
        assert first in said, said
        assert not re.search(r"R\d|forced|只能如此读|各行", said), said


# -- 3 ----------------------------------------------------------------------------------

# 省公安厅 leads 19 tasks and answers for 22 (units.md's table); its full name is
# 河南省公安厅 (the registry's).


def _head_and_columns(out: str) -> tuple[list[str], str]:
    """The lines above the table, and the table's header line."""
    head, _, table = out.partition("\n\n")
    return head.splitlines(), table.splitlines()[0]


@pytest.mark.parametrize(
    ("language", "role", "heading", "columns"),
    [
        ("zh", "牵头", "省公安厅牵头的任务：共19项", ["序号", "完成时限", "职责", "所属统称"]),
        (
            "zh",
            None,
            "省公安厅：共22项任务，其中牵头19项",
            ["序号", "完成时限", "职责", "所属统称"],
        ),
        ("en", "lead", "Tasks 省公安厅 leads: 19 tasks", ["No.", "Deadline", "Role", "Via"]),
        ("en", None, "省公安厅: 22 tasks, 19 led", ["No.", "Deadline", "Role", "Via"]),
    ],
)
def test_a_units_tasks_look_the_same_in_unit_and_tasks(language, role, heading, columns):
    by_role = ("--role", role) if role else ()
    unit = ok("--lang", language, "unit", "省公安厅", *by_role)
    tasks = ok("--lang", language, "tasks", "--unit", "省公安厅", *by_role)
    unit_head, unit_columns = _head_and_columns(unit)
    tasks_head, tasks_columns = _head_and_columns(tasks)
    # One heading, naming the unit as the listing names it: no full name inside it.
    assert unit_head[0] == tasks_head[0] == heading
    assert "河南省公安厅" not in heading
    # unit gives the full name on a line of its own under the heading; tasks does not.
    full = {"zh": "全称：河南省公安厅", "en": "Full name: 河南省公安厅"}[language]
    assert unit_head[1:] == [full]
    assert tasks_head[1:] == []
    # The same columns, the same rows.
    assert unit_columns == tasks_columns
    assert unit_columns.split()[: len(columns)] == columns
    assert unit.partition("\n\n")[2] == tasks.partition("\n\n")[2]


def test_tasks_with_other_criteria_keep_their_own_listing():
    out = ok("--lang", "zh", "tasks", "--unit", "省公安厅", "--role", "牵头", "--text", "平台")
    assert out.startswith("符合条件的任务：共")
    assert "主责单位" in out.partition("\n\n")[2].splitlines()[0]


def test_a_stop_inside_quotes_ends_no_sentence_of_a_note():
    # A decision's note quotes the stop it wrote (改为“。”): the first sentence ends
    # after the quote's closing, at the 。 outside it, not inside the quotes.
    said = "已按第2条审核意见拆分任务，前一部分末尾的“，”改为“。”（理由：两项任务）。其后是依据。"
    assert note_lines(said, 200) == [
        "  已按第2条审核意见拆分任务，前一部分末尾的“，”改为“。”（理由：两项任务）。",
        "    其后是依据。",
    ]
    assert note_lines("rows 1–2 share one cell. Evidence: “a. b”.", 200) == [
        "  rows 1–2 share one cell.",
        "    Evidence: “a. b”.",
    ]
