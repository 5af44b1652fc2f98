"""The seventeenth reader's import findings (issue 23; reader17 items 1, 3 and 5).

A file's name in a Chinese line is quoted, whatever its script (docs/glossary.md,
"File names"): 已写入“报告.xlsx”, not 已写入 报告.xlsx; every error of a decisions file
is a whole sentence ending in 。; a note that says what a line is says it of "this"
line, its number given once, in the place beside it. Each expected sentence is
written from the reader's requirement and the glossary, not copied from the output.
"""

from __future__ import annotations

import re

import pytest

import dg_plan
from dg_plan import importing
from dg_plan.importing import FindingKind, Location
from dg_plan.importing.decision_file import load
from helpers.chinese_style import faults, unquoted_files
from helpers.cli import call

LISTING = "某区重点任务清单\n一、数据治理\n1. 建设城市大脑。（区大数据局负责）\n"


def test_a_chinese_file_name_is_quoted_with_no_space(tmp_path):
    listing = tmp_path / "任务清单.txt"
    listing.write_text(LISTING, encoding="utf-8")
    review = tmp_path / "报告.xlsx"
    result = call("--lang", "zh", "import", str(listing), "--review", str(review))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # The place column: the quoted name, then the line (“任务清单.txt”第1行).
    assert "“任务清单.txt”第1行" in out
    assert "任务清单.txt 第" not in out
    # The summary: the name quoted, then a colon; the workbook written, quoted.
    assert f"“{listing}”：1项任务" in out
    assert f"已写入“{review}”" in out
    assert [line for line in out.splitlines() if unquoted_files(line)] == []


def test_a_latin_file_name_is_quoted_too(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(LISTING, encoding="utf-8")
    out = call("--lang", "zh", "import", str(listing)).stdout
    assert "“list.txt”第1行" in out
    # English is as it was: the name bare, then a comma.
    english = call("--lang", "en", "import", str(listing)).stdout
    assert "list.txt, line 1" in english
    assert "“" not in english.split("\n", 1)[1].split("list.txt")[0]


def test_a_place_quotes_its_file_name_in_chinese_only():
    where = Location("清单.xlsx", "任务", 8, 5, header="完成时限")
    assert where.render("zh") == "“清单.xlsx”“任务”表第8行“完成时限”列"
    assert where.render("en") == "清单.xlsx, sheet 任务, row 8, column “完成时限”"
    assert Location("任务清单.txt").render("zh") == "“任务清单.txt”"


def test_the_style_check_finds_an_unquoted_file_name():
    assert faults("已写入 报表.xlsx")
    assert faults("在 任务清单.txt 中")
    assert unquoted_files("任务清单.txt 第17行") == ["任务清单.txt"]
    assert unquoted_files("已写入“任务清单.txt”，见“dg-plan import a.docx -o plan.json”") == []


BAD_DECISIONS = {
    "decision": [
        {"line": 3, "skip": True},
        {"line": "x", "skip": True, "reason": "r"},
        {"line": 3, "reason": "r"},
        {"line": 3, "skip": True, "leads": ["区大数据局"], "reason": "r"},
        {"frob": 1, "line": 3, "skip": True, "reason": "r"},
        {"skip": True, "reason": "r"},
    ]
}


def _errors(decisions):
    with pytest.raises(dg_plan.PlanImportError) as caught:
        load(decisions)
    return [p.render("zh") for p in caught.value.problems]


def test_every_error_of_a_decisions_file_is_a_whole_sentence():
    said = _errors(BAD_DECISIONS)
    assert len(said) == 6
    assert [s for s in said if not s.endswith("。")] == []
    # A key missing: what it lacks, what it takes in brackets (reader17: 缺少 reason，
    # 应为非空文本 had no 。).
    assert said[0] == "第1条审核意见缺少 reason（应为非空文本）。"
    assert _errors({"decision": 3}) == ["decision = 3 有误，应为[[decision]] 表。"]


def test_several_actions_are_named_by_the_keys_written():
    # The reviewer wrote leads and skip: those are named, not an internal "fields".
    said = _errors(BAD_DECISIONS)[3]
    assert "（leads、skip）" in said
    assert "fields" not in said
    [english] = [str(p) for p in _problems({"decision": [BAD_DECISIONS["decision"][3]]})]
    assert "(leads, skip)" in english


def _problems(decisions):
    with pytest.raises(dg_plan.PlanImportError) as caught:
        load(decisions)
    return caught.value.problems


def test_true_is_quoted_as_what_the_reviewer_types():
    said = _errors({"decision": [{"line": 3, "skip": 1, "reason": "r"}]})
    assert said == ["第1条审核意见的 skip = 1 有误，应为“true”。"]


PLACED = {
    FindingKind.TITLE_LINE: "本行为清单标题",
    FindingKind.HEADING_LINE: "本行为一级标题",
}


def test_a_note_says_its_line_once_in_its_place():
    result = importing.read_text(LISTING, name="任务清单.txt")
    notes = {n.kind: n for n in result.notes if n.kind in PLACED}
    assert {k: n.render("zh") for k, n in notes.items()} == PLACED
    for note in notes.values():
        # The line's number is in the place, and nowhere in the note.
        line = note.where.line
        assert note.where.render("zh") == f"“任务清单.txt”第{line}行"
        assert not re.search(rf"第{line}行", note.render("zh"))
    assert notes[FindingKind.TITLE_LINE].render("en") == "this line is the list's title"


def test_a_header_row_is_said_of_this_row(tmp_path):
    listing = tmp_path / "清单.csv"
    listing.write_text("序号,主要任务,完成时限,责任单位\n1,建设平台。,2024年底前,市大数据局\n")
    result = importing.read(listing)
    [header] = [n for n in result.notes if n.kind is FindingKind.HEADER_ROW]
    assert header.render("zh") == "本行为表头：“序号”、“主要任务”、“完成时限”、“责任单位”"
    assert header.where.render("zh") == "“清单.csv”第1行"
