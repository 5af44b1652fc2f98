"""dg_plan.importing at the edges: odd tables, odd text, missing pieces, each reported."""

from __future__ import annotations

import csv
import datetime
import sys

import pytest

import dg_plan
from dg_plan import DeadlineKind, UnitKind, importing
from dg_plan._grammar import parse_units
from dg_plan.importing import ImportNote, Location, PlanImportError
from helpers.workbooks import write_csv


def messages(items):
    return [i.message for i in items]


def test_a_csv_without_a_deadline_column_and_odd_rows(tmp_path):
    rows = [
        ["附件3"],
        ["标题"],
        ["副标题"],
        ["序号", "任务内容", "牵头单位（盖章）"],
        [],
        ["一、"],  # a heading without a title is no heading
        ["1", "做一件事", "省财政厅"],
        ["2", "", "省财政厅"],  # no task text
        ["3", "再做一件事", ""],  # no unit
        ["说明：以上任务按季度调度", "", ""],
    ]
    result = importing.read(write_csv(tmp_path / "l.csv", rows))
    plan = result.plan
    assert plan.metadata.attachment == "附件3"
    assert plan.metadata.title == "标题"
    assert [t.number for t in plan.tasks] == [1, 3]
    assert {t.deadline.kind for t in plan.tasks} == {DeadlineKind.UNSPECIFIED}
    assert "no deadline column: every task is UNSPECIFIED" in messages(result.notes)
    assert [u.name for u in plan.task(1).leads] == ["省财政厅"]
    assert [u.name for u in plan.task(3).units] == [importing.UNNAMED_UNIT]
    assert messages(result.problems) == [
        "text above the header, not read",
        "a row across the table that is not a heading",
        "a row with no task text, not read",
        "task 3 names no responsible unit",
        "a row across the table that is not a heading",
    ]


def test_numbers_repeated_are_renumbered_in_document_order(tmp_path):
    rows = [
        ["序号", "主要任务", "责任单位"],
        ["1", "甲", "省财政厅"],
        ["1", "乙", "省财政厅、财政厅"],  # the same unit twice
        ["2", "丙", "省发展改革委、省发改委"],  # a name and its alias
    ]
    result = importing.read(write_csv(tmp_path / "l.csv", rows))
    assert [t.text for t in result.plan.tasks] == ["甲", "乙", "丙"]
    assert [t.number for t in result.plan.tasks] == [1, 2, 3]
    assert "printed number '1'; numbered 2" in map(str, result.plan.task(2).provenance.notes)
    problems = messages(result.problems)
    assert any("printed twice" in p for p in problems)
    assert "省发展改革委 is named twice for the task" in problems


def test_sections_before_and_between_headings():
    text = (
        "1. 先做\n责任单位：省财政厅\n（一）小节\n2. 再做\n责任单位：省财政厅\n"
        "一、部分\n3. 后做\n责任单位：省财政厅\n"
    )
    result = importing.read_text(text)
    parts = result.plan.sections
    assert [(p.label, p.title) for p in parts] == [("", "（未分部分）"), ("一", "部分")]
    assert [[t.number for t in s.tasks] for s in parts[0].subsections] == [[2]]
    assert [t.number for t in parts[0].tasks] == [1, 2]
    assert "tasks before the first heading form a part of their own" in messages(result.notes)


def test_odd_text_lines():
    lines = [
        "附件5",
        "某方案",
        "配合单位：省财政厅",  # before any task
        "1. 推进数据共享，",
        "   完善目录。",
        "责任单位：省大数据局",
        "完成时限：2024年底前",
        "完成时限：2025年底前",  # a second deadline
        "（一）（省财政厅负责）",  # a task with no text
        "2. 带两段时限的任务（省财政厅负责；；2024年；2025年）",
    ]
    text = "\n".join(lines)
    result = importing.read_text(text, name="t.txt")
    plan = result.plan
    assert plan.metadata.attachment == "附件5"
    assert plan.task(1).text == "推进数据共享，完善目录。"
    assert str(plan.task(1).deadline) == "2024年12月底前"
    assert messages(result.problems)[:2] == [
        "a labelled line before any task",
        "a second deadline line for the task",
    ]
    assert "task 2 has no text" in messages(result.problems)
    assert plan.task(2).text == "（一）"
    assert any("2025年" in p.text for p in result.problems)


def test_a_heading_with_a_declared_count_that_does_not_match():
    text = "一、部分（共2项）\n1. 做事\n责任单位：省财政厅\n"
    result = importing.read_text(text)
    assert result.plan.sections[0].declared_count is None
    assert "declares 2 tasks but 1 follow it" in result.problems[0].message


def test_read_of_text_files_and_encodings(tmp_path):
    path = tmp_path / "l.txt"
    path.write_text("1. 做事\n责任单位：省财政厅\n", encoding="gbk")
    with pytest.raises(PlanImportError, match="not utf-8-sig text"):
        importing.read(path, encoding="utf-8-sig")
    assert len(importing.read(path, encoding="gbk").plan.tasks) == 1


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312"])
def test_a_csv_saved_by_a_chinese_excel_is_read_with_a_note(tmp_path, encoding):
    # Excel and WPS on a Chinese Windows save "CSV" in GBK (found by a user trial).
    path = tmp_path / "清单.csv"
    rows = [
        ["序号", "主要任务", "完成时限", "责任单位"],
        ["1", "建设数据库", "2024年底前", "省财政厅"],
    ]
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    result = importing.read(path)
    assert [t.text for t in result.plan.tasks] == ["建设数据库"]
    assert [u.name for u in result.plan.tasks[0].units] == ["省财政厅"]
    said = [n for n in result.notes if n.kind is importing.FindingKind.READ_AS_GB18030]
    assert len(said) == 1
    assert "GB18030" in str(said[0])
    assert "GB18030" in said[0].render("zh")


def test_utf8_is_read_without_a_note_and_garbage_is_still_refused(tmp_path):
    path = tmp_path / "l.csv"
    text = "序号,主要任务,完成时限,责任单位\n1,做事,2024年底前,省财政厅\n"
    path.write_text(text, encoding="utf-8")
    result = importing.read(path)
    assert not [n for n in result.notes if n.kind is importing.FindingKind.READ_AS_GB18030]
    garbage = tmp_path / "g.csv"
    garbage.write_bytes(b"\x80\xff\xfe\x00" * 8)
    with pytest.raises(PlanImportError):
        importing.read(garbage)


def test_xlsx_sheets_dates_numbers_and_missing_headers(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "说明"
    notes.append(["这一页没有表头"])
    ws = workbook.create_sheet("清单")
    ws.append(["序号", "重点任务", "完成时间", "责任单位"])
    ws.append([1.0, "做事", datetime.datetime(2024, 5, 20), "省财政厅"])  # noqa: DTZ001
    ws.merge_cells("A10:B12")  # a merged range below the table
    path = tmp_path / "l.xlsx"
    workbook.save(path)
    result = importing.read(path)
    task = result.plan.task(1)
    assert task.deadline.date == datetime.date(2024, 5, 20)
    assert "no header row: sheet skipped" in messages(result.notes)
    with pytest.raises(PlanImportError, match="no sheet named '无'"):
        importing.read(path, sheet="无")
    with pytest.raises(PlanImportError, match="no header row"):
        importing.read(path, sheet="说明")
    bare = openpyxl.Workbook()
    bare.active.append(["什么也没有"])
    bare.save(tmp_path / "bare.xlsx")
    with pytest.raises(PlanImportError, match="no sheet has a header row"):
        importing.read(tmp_path / "bare.xlsx")


def test_docx_tables_paragraphs_and_tabs(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("附件")
    document.add_paragraph("")
    document.add_paragraph("说明文字")
    document.add_paragraph("清单标题")
    first = document.add_table(rows=2, cols=3)
    for cell, word in zip(first.rows[0].cells, ["序号", "重点任务", "责任单位"], strict=True):
        cell.text = word
    for cell, word in zip(first.rows[1].cells, ["1", "做事", "省财政厅"], strict=True):
        cell.text = word
    document.add_paragraph("二、后续")
    document.add_paragraph("一段表外文字")
    second = document.add_table(rows=1, cols=3)
    cells = second.rows[0].cells
    cells[0].text = "2"
    cells[1].paragraphs[0].add_run("带\t制表符")
    cells[2].text = "省审计厅"
    path = tmp_path / "l.docx"
    document.save(path)
    result = importing.read(path)
    plan = result.plan
    assert plan.metadata.title == "清单标题"
    assert plan.task(2).text == "带\t制表符"
    assert [s.title for s in plan.sections] == ["（未分部分）", "后续"]
    assert "text above the title, not read" in messages(result.notes)
    assert "a table without a header row continues the previous table" in messages(result.notes)
    assert messages(result.problems) == ["a paragraph outside the table, not read"]


def test_a_missing_optional_dependency_names_the_extra(tmp_path, monkeypatch):
    path = tmp_path / "l.xlsx"
    path.write_bytes(b"PK")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(ImportError, match=r"dg_plan\[excel\]"):
        importing.read(path)


def test_locations_and_notes_print_where_they_are():
    where = Location("l.xlsx", "任务", 8, 5)
    assert where.cell == "E8"
    # Said by row and column (no header here: by its number), not by the cell's name.
    assert str(where) == "l.xlsx, sheet 任务, row 8, column 5"
    assert str(Location("l.docx", "table 2", 3)) == "l.docx, table 2, row 3"
    assert str(Location()) == "(text)"
    assert Location(row=1, column=28).cell == "AB1"
    assert str(ImportNote(Location("t.txt", line=3), "title line", "标题")) == (
        "t.txt, line 3: title line ('标题')"
    )
    assert str(ImportNote(Location("t.txt"), "no deadline column")) == "t.txt: no deadline column"


def test_grammar_labels_and_empty_items():
    cell = parse_units("责任单位：省财政厅牵头，审计厅配合")
    assert cell.leads == ("省财政厅",)
    assert cell.support == ("省审计厅",)
    cell = parse_units("省财政厅、、审计厅")
    assert cell.units == ("省财政厅", "省审计厅")
    assert "empty item" in str(cell.problems[0])


def test_registry_collectives_are_collective():
    plan = importing.read_text("1. 做事\n责任单位：各区政府、某某局\n").plan
    assert plan.unit("各区政府").kind is UnitKind.COLLECTIVE
    assert plan.unit("某某局").kind is UnitKind.UNCLASSIFIED


# -- found by a user trial -----------------------------------------------------------


def _two_column_sheet(path, support_cell):
    import openpyxl  # noqa: PLC0415

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "工作任务", "完成时限", "牵头单位", "配合单位"])
    ws.append([1, "甲任务", "2025年6月底前", "市数据局", "市公安局、民政局"])
    ws.append([2, "乙任务", "2025年6月底前", "市数据局", support_cell])
    wb.save(path)
    return path


def test_punctuation_alone_is_no_unit_and_is_reported(tmp_path):
    from dg_plan import importing  # noqa: PLC0415

    result = importing.read(_two_column_sheet(tmp_path / "e.xlsx", "？？；；（"))
    assert [u.name for u in result.plan.task(2).units] == ["市数据局"]
    bad = [p for p in result.problems if "not a unit name" in p.message]
    assert len(bad) == 2
    assert all(p.where.cell == "E3" for p in bad)
    with pytest.raises(dg_plan.PlanImportError, match="not a unit name"):
        importing.read(tmp_path / "e.xlsx", strict=True)


def test_each_unit_column_is_reported_at_its_own_cell(tmp_path):
    from dg_plan import importing  # noqa: PLC0415

    result = importing.read(_two_column_sheet(tmp_path / "e.xlsx", "市城管局"))
    restored = [n for n in result.notes if "restored" in n.message]
    assert [(n.where.cell, n.text) for n in restored] == [("E2", "市公安局、民政局")]
    assert result.plan.task(1).role_of("市民政局") is dg_plan.Role.SUPPORT


@pytest.mark.parametrize("suffix", [".xlsx", ".docx"])
def test_a_file_that_is_not_what_its_suffix_says(tmp_path, suffix):
    from dg_plan import importing  # noqa: PLC0415

    path = tmp_path / f"list{suffix}"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(dg_plan.PlanImportError, match="cannot be read as"):
        importing.read(path)


def test_a_blank_deadline_among_printed_ones_is_noted_not_guessed(tmp_path):
    # Found by a user trial: the blank cell became 未注明 without a word.
    path = tmp_path / "l.csv"
    rows = [
        ["序号", "主要任务", "完成时限", "责任单位"],
        ["1", "建设数据库", "2024年底前", "省财政厅"],
        ["2", "清洗数据", "", "省财政厅"],
        ["3", "开放数据", "2025年6月底前", "省财政厅"],
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    result = importing.read(path)
    said = [n for n in result.notes if n.kind is importing.FindingKind.NO_DEADLINE]
    assert [(n.where.row, n["number"]) for n in said] == [(3, "2")]
    assert result.plan.task(2).deadline.kind is DeadlineKind.UNSPECIFIED
    assert "清单未注明完成时限" in said[0].render("zh")


def test_a_list_that_prints_no_deadline_at_all_gets_no_note_per_task(tmp_path):
    path = tmp_path / "l.csv"
    rows = [["序号", "主要任务", "责任单位"], ["1", "建设", "省财政厅"], ["2", "清洗", "省财政厅"]]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    result = importing.read(path)
    assert not [n for n in result.notes if n.kind is importing.FindingKind.NO_DEADLINE]


@pytest.mark.parametrize("name", ["gone.doc", "gone.pdf", "gone.xlsx", "gone.csv"])
def test_a_missing_file_is_missing_whatever_its_suffix(tmp_path, name):
    # Found by a user trial: a missing .doc was described as a Word 97-2003 document.
    with pytest.raises(FileNotFoundError):
        importing.read(tmp_path / name)
