"""Returned templates as units send them back: .xlsx, .xls, .ods and .csv, merged cells,
formulas, dates with times, full-width digits, the statuses people type.

Every expected value is written by hand from what the test types into the file and
the rules of docs/tracking.md ("Reading returns").
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import attrs
import openpyxl
import pytest

import dg_plan
from dg_plan import tracking
from dg_plan.tracking import Report, Status, TrackingDataError, model
from helpers.cli import run

D = datetime.date
PLAN = dg_plan.load_plan()
AS_OF = D(2024, 12, 31)
BUREAU = "省行政审批政务信息管理局"
# The bureau's template lists its tasks from row 5: task 1, 2, 3, 5, 6, ...
ROW_TASK = {5: 1, 6: 2, 7: 3, 8: 5}


@pytest.fixture
def template(tmp_path):
    path = tmp_path / "bureau.xlsx"
    tracking.write_template(PLAN, BUREAU, path, as_of=AS_OF)
    return path


def type_into(path, cells, merges=()):
    """Type *cells* ({(row, column): value}) into the template's sheet; merge *merges*."""
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    ws.protection.sheet = False
    for (row, column), value in cells.items():
        ws.cell(row, column).value = value
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def sheet_values(path):
    """The template's sheet as rows of values, as a person's spreadsheet shows them."""
    wb = openpyxl.load_workbook(path)
    rows = [list(r) for r in wb["填报"].iter_rows(values_only=True)]
    wb.close()
    return rows


def shown(value):
    """A cell as the text a spreadsheet saving CSV writes (dates as yyyy-mm-dd)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return str(value)


def save_csv(rows, path, encoding):
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows([shown(v) for v in row] for row in rows)
    return path


def problems_of(paths):
    with pytest.raises(TrackingDataError) as info:
        tracking.collect(PLAN, paths)
    return info.value.problems


def where(problems):
    return [(p.file, p.row, p.column, str(p.kind)) for p in problems]


# --- .xlsx: merged cells, formulas, values -------------------------------------------


def test_a_merged_status_and_day_apply_to_every_row_they_span(template):
    type_into(
        template,
        {(5, 5): "已完成", (5, 6): datetime.datetime(2024, 6, 15)},  # noqa: DTZ001 - a date cell
        merges=("E5:E7", "F5:F7"),
    )
    returns = tracking.read_returns(PLAN, [template])
    assert set(returns.ledger.reports) == {
        Report(1, BUREAU, Status.DONE, AS_OF, D(2024, 6, 15)),
        Report(2, BUREAU, Status.DONE, AS_OF, D(2024, 6, 15)),
        Report(3, BUREAU, Status.DONE, AS_OF, D(2024, 6, 15)),
    }
    assert [
        (n.file, n.row, n.column, str(n.kind), dict(n.values)["rows"]) for n in returns.notes
    ] == [
        ("bureau.xlsx", 5, "状态", "merged_cell", "5–7"),
        ("bureau.xlsx", 5, "完成（预计完成）日期", "merged_cell", "5–7"),
    ]
    assert returns.notes[0].render("zh") == "单元格合并了第5—7行：其值适用于所跨的每一行"
    # collect reads the same reports.
    assert tracking.collect(PLAN, [template]) == returns.ledger


def test_a_merged_status_over_rows_without_a_merged_day_needs_each_day(template):
    type_into(template, {(5, 5): "已完成", (5, 6): "2024-06-15"}, merges=("E5:E7",))
    assert where(problems_of([template])) == [
        ("bureau.xlsx", 6, "完成（预计完成）日期", "done_without_day_cell"),
        ("bureau.xlsx", 7, "完成（预计完成）日期", "done_without_day_cell"),
    ]


def test_a_formula_without_a_saved_value_is_a_problem_naming_its_cell(template):
    # openpyxl saves a formula without its value, as a generator script would.
    type_into(template, {(5, 5): "已完成", (5, 6): "=DATE(2024,6,15)", (6, 5): "=E5"})
    problems = problems_of([template])
    assert where(problems) == [
        ("bureau.xlsx", 5, "完成（预计完成）日期", "formula_no_value"),
        ("bureau.xlsx", 6, "状态", "formula_no_value"),
    ]
    assert problems[0].value == "=DATE(2024,6,15)"
    assert "open the file in Excel or WPS and save it again" in problems[0].reason


@pytest.mark.parametrize(
    ("typed", "day", "notes"),
    [
        # A date cell with a time is its day, and a note says the time was left out.
        (
            datetime.datetime(2024, 6, 15, 14, 30),  # noqa: DTZ001 - a date cell with a time
            D(2024, 6, 15),
            [(5, "完成（预计完成）日期", "day_with_time")],
        ),
        (datetime.datetime(2024, 6, 15), D(2024, 6, 15), []),  # noqa: DTZ001 - a plain date cell
        ("２０２４－０６－３０", D(2024, 6, 30), []),
        ("２０２４年６月３０日", D(2024, 6, 30), []),
        ("2024/6/30", D(2024, 6, 30), []),
    ],
)
def test_days_as_typed(template, typed, day, notes):
    type_into(template, {(5, 5): "已完成", (5, 6): typed})
    returns = tracking.read_returns(PLAN, [template])
    assert returns.ledger.reports == (Report(1, BUREAU, Status.DONE, AS_OF, day),)
    assert [(n.row, n.column, str(n.kind)) for n in returns.notes] == notes


def test_an_impossible_day_says_so(template):
    type_into(template, {(5, 5): "已完成", (5, 6): "2024-02-30"})
    (problem,) = problems_of([template])
    assert (problem.row, problem.column, str(problem.kind), problem.value) == (
        5,
        "完成（预计完成）日期",
        "impossible_day",
        "2024-02-30",
    )
    # The reason is said too (the month has no such day): every placeholder of
    # the message is used (issue 23, round 10).
    assert problem.render("zh") == "日期不存在（该月没有这一天），请填写实际存在的日期"


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("2013-12-01", "done_before_issued"),  # 2013 for 2023: before the plan (2023-04-26)
        ("2023-04-25", "done_before_issued"),  # the day before the plan was issued
        ("2025-01-05", "done_after_report_cell"),  # after the template's 截至日期
    ],
)
def test_a_completion_day_outside_the_plan_and_the_round_is_a_problem(template, typed, kind):
    type_into(template, {(5, 5): "已完成", (5, 6): typed})
    assert where(problems_of([template])) == [("bureau.xlsx", 5, "完成（预计完成）日期", kind)]


def test_the_day_the_plan_was_issued_is_a_completion_day(template):
    type_into(template, {(5, 5): "已完成", (5, 6): "2023-04-26"})
    (report,) = tracking.collect(PLAN, [template]).reports
    assert report.completed_on == D(2023, 4, 26)


# --- statuses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "status", "noted"),
    [
        ("已完成", Status.DONE, False),
        ("未启动", Status.NOT_STARTED, False),
        ("推进中", Status.IN_PROGRESS, False),
        ("完成", Status.DONE, True),
        ("已完成。", Status.DONE, True),
        ("进行中", Status.IN_PROGRESS, True),
        ("正在推进", Status.IN_PROGRESS, True),
        ("推进中。", Status.IN_PROGRESS, True),
        ("未开始", Status.NOT_STARTED, True),
        ("尚未启动", Status.NOT_STARTED, True),
    ],
)
def test_statuses_and_their_synonyms(template, typed, status, noted):
    day = "2024-06-15" if status is Status.DONE else None
    type_into(template, {(5, 5): typed, (5, 6): day})
    returns = tracking.read_returns(PLAN, [template])
    (report,) = returns.ledger.reports
    assert report.status is status
    if noted:
        (note,) = returns.notes
        assert (note.row, note.column, str(note.kind), note.value) == (
            5,
            "状态",
            "status_read_as",
            typed,
        )
        assert note.render("zh") == f"按“{status.label}”读取"
    else:
        assert returns.notes == ()


def test_an_unknown_status_is_refused_with_the_closest_label(template):
    type_into(template, {(5, 5): "已完城", (6, 5): "暂缓"})
    typo, other = problems_of([template])
    assert (typo.row, str(typo.kind), dict(typo.values)["suggestions"]) == (
        6 - 1,
        "bad_status_suggest",
        "已完成",
    )
    assert typo.render("zh") == "状态应从“未启动、推进中、已完成”中选择，请核对是否应为“已完成”"
    assert (other.row, str(other.kind)) == (6, "bad_status")  # nothing close: the choices only


# --- .csv, .ods, .xls ----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_the_template_saved_as_csv(template, tmp_path, encoding):
    type_into(
        template, {(5, 5): "已完成", (5, 6): "2024/6/15", (6, 5): "推进中", (6, 7): "正在联调"}
    )
    path = save_csv(sheet_values(template), tmp_path / "bureau.csv", encoding)
    returns = tracking.read_returns(PLAN, [path])
    assert returns.ledger.reports == (
        Report(1, BUREAU, Status.DONE, AS_OF, D(2024, 6, 15)),
        Report(2, BUREAU, Status.IN_PROGRESS, AS_OF, None, "正在联调"),
    )
    # A CSV says nothing of merged cells, so its blank rows are simply 未报送: no note
    # about merging to a unit that merged nothing (office14).
    assert returns.notes == ()


def test_ods_return_with_merged_cells(template, tmp_path):
    odf = pytest.importorskip("odf.opendocument", reason="odfpy writes the .ods return")
    from odf.table import CoveredTableCell, Table, TableCell, TableRow  # noqa: PLC0415
    from odf.text import P  # noqa: PLC0415

    type_into(template, {(5, 5): "推进中", (5, 7): "三项一并推进"})
    doc = odf.OpenDocumentSpreadsheet()
    table = Table(name="填报")
    for r, row in enumerate(sheet_values(template), start=1):
        tr = TableRow()
        for c, value in enumerate(row, start=1):
            if r in (6, 7) and c == 5:
                tr.addElement(CoveredTableCell())  # under the status merged over rows 5-7
                continue
            spans = {"numberrowsspanned": 3} if (r, c) == (5, 5) else {}
            if value is None:
                tr.addElement(TableCell(**spans))
            elif isinstance(value, int):
                cell = TableCell(valuetype="float", value=value, **spans)
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            elif isinstance(value, datetime.datetime):
                cell = TableCell(valuetype="date", datevalue=value.date().isoformat(), **spans)
                cell.addElement(P(text=value.date().isoformat()))
                tr.addElement(cell)
            else:
                cell = TableCell(valuetype="string", **spans)
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    path = tmp_path / "bureau.ods"
    doc.save(str(path))
    returns = tracking.read_returns(PLAN, [path])
    # The .ods records the merge (table:number-rows-spanned="3" on E5): 推进中 applies to
    # rows 5, 6 and 7, the unit's first three tasks, with one note, as for .xlsx and .xls;
    # the rows below, simply left blank, are no report and get no note.
    assert returns.ledger.reports == (
        Report(1, BUREAU, Status.IN_PROGRESS, AS_OF, None, "三项一并推进"),
        Report(2, BUREAU, Status.IN_PROGRESS, AS_OF),
        Report(3, BUREAU, Status.IN_PROGRESS, AS_OF),
    )
    assert [(n.row, n.column, str(n.kind), dict(n.values)["rows"]) for n in returns.notes] == [
        (5, "状态", "merged_cell", "5–7")
    ]


def test_one_blank_row_between_csv_reports_is_simply_not_reported(template, tmp_path):
    type_into(template, {(5, 5): "推进中", (7, 5): "推进中"})  # row 6 left blank
    path = save_csv(sheet_values(template), tmp_path / "bureau.csv", "utf-8")
    returns = tracking.read_returns(PLAN, [path])
    assert [r.task for r in returns.ledger.reports] == [1, 3]
    assert returns.notes == ()


def test_xls_return_with_merged_cells(template, tmp_path):
    xlwt = pytest.importorskip("xlwt", reason="xlwt writes the .xls return")
    type_into(template, {(5, 5): "未启动"})
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("填报")
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, row in enumerate(sheet_values(template)):
        for c, value in enumerate(row):
            if value is None or (r in (5, 6) and c == 4):
                continue
            if (r, c) == (4, 4):
                ws.write_merge(4, 6, 4, 4, value)  # 状态 merged over rows 5-7
            elif isinstance(value, datetime.datetime):
                ws.write(r, c, value, day)
            else:
                ws.write(r, c, value)
    path = tmp_path / "bureau.xls"
    book.save(str(path))
    returns = tracking.read_returns(PLAN, [path])
    assert returns.ledger.reports == tuple(
        Report(task, BUREAU, Status.NOT_STARTED, AS_OF) for task in (1, 2, 3)
    )
    assert [(n.row, n.column, str(n.kind)) for n in returns.notes] == [(5, "状态", "merged_cell")]


# --- files that cannot be read, and folders ------------------------------------------


def test_every_unreadable_file_is_named_and_the_others_still_read(template, tmp_path):
    type_into(template, {(5, 5): "已完城"})
    junk_xls = tmp_path / "a.xls"
    junk_xls.write_text("not a workbook")
    junk_ods = tmp_path / "b.ods"
    junk_ods.write_bytes(b"PK\x03\x04 not a zip")
    text = tmp_path / "c.txt"
    text.write_text("进展情况")
    latin = tmp_path / "d.csv"
    latin.write_bytes(b"\xff\xfe\x00\xd8 not text")  # neither UTF-8 nor GB18030
    missing = tmp_path / "gone.xlsx"
    problems = problems_of([junk_xls, junk_ods, text, latin, missing, template])
    assert where(problems) == [
        ("a.xls", None, None, "unreadable_file"),
        ("b.ods", None, None, "unreadable_file"),
        ("c.txt", None, None, "unknown_suffix"),
        ("d.csv", None, None, "unreadable_file"),
        ("gone.xlsx", None, None, "no_such_file"),
        ("bureau.xlsx", 5, "状态", "bad_status_suggest"),
    ]
    assert problems[0].render("en").startswith("cannot be read as a .xls file: ")


def test_an_unreadable_file_says_why_in_chinese_and_keeps_the_readers_words_in_english(tmp_path):
    # The requirement: Chinese names the cause in words, as the importer does (文件已损坏，
    # 或并非 xlsx 格式), never the reader library's English; the file is named once, and its
    # path is no 填写内容. English keeps the reader's own words.
    damaged = "文件已损坏，或并非 {} 格式，无法打开。"
    files = {
        "省财政厅.xlsx": (b"garbage", "“省财政厅.xlsx”：" + damaged.format("xlsx")),
        "省审计厅.xlsx": (b"PK\x03\x04 junk", "“省审计厅.xlsx”：" + damaged.format("xlsx")),
        "省统计局.xls": (b"gar", "“省统计局.xls”：" + damaged.format("xls")),
        "b.ods": (b"PK\x03\x04 x", "“b.ods”：" + damaged.format("ods")),
        "d.csv": (
            b"\xff\xfe\x00\xd8 x",
            "“d.csv”：文件并非 UTF-8 或 GB18030（GBK）编码的文本，无法打开。",
        ),
    }
    paths = []
    for name, (data, _said) in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    problems = problems_of(paths)
    assert [p.render("zh", whole=True) for p in problems] == [s for _d, s in files.values()]
    english = [p.render("en", whole=True) for p in problems]
    assert english[0].startswith("省财政厅.xlsx: cannot be read as an xlsx workbook: ")
    assert "Cfb" in english[2]  # the reader's own words, kept in English
    assert not any("value" in e for e in english)  # a path is no value typed in


def test_a_file_that_may_not_be_read_says_so_in_chinese(tmp_path, monkeypatch):
    path = tmp_path / "省财政厅.csv"
    path.write_text("x")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (found,) = problems_of([path])
    assert found.render("zh", whole=True) == "“省财政厅.csv”：没有读取该文件的权限，无法打开。"
    assert "Permission denied" in found.render("en")


def test_a_folder_reads_every_return_in_it(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    tracking.write_template(PLAN, "省审计厅", folder / "b_audit.xlsx", as_of=AS_OF)
    tracking.write_template(PLAN, BUREAU, folder / "a_bureau.xlsx", as_of=AS_OF)
    type_into(folder / "b_audit.xlsx", {(5, 5): "推进中"})
    type_into(folder / "a_bureau.xlsx", {(5, 5): "未启动"})
    (folder / "~$a_bureau.xlsx").write_bytes(b"lock")  # what an open Excel leaves
    ledger = tracking.collect(PLAN, [folder])
    assert ledger.reports == (
        Report(1, BUREAU, Status.NOT_STARTED, AS_OF),
        Report(50, "省审计厅", Status.IN_PROGRESS, AS_OF),
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    assert where(problems_of([empty])) == [("empty", None, None, "empty_folder")]


def test_track_collect_says_how_it_read_the_returns(template, tmp_path):
    # The command line shows the notes (here a status word read as a label) on standard
    # error, placed by file, row and column; the ledger is written as before.
    type_into(template, {(5, 5): "进行中"})
    ledger = tmp_path / "ledger.json"
    done = run("--lang", "zh", "track", "collect", str(template), "-o", str(ledger))
    assert done.returncode == 0, done.stderr
    (line,) = done.stderr.splitlines()
    # A note, not a problem: it says so (提示：) before its place, as problems name theirs.
    assert line.startswith("提示：“bureau.xlsx”“填报”表")
    assert "第5行" in line
    assert "状态" in line
    assert "按“推进中”读取" in line
    assert [r.status for r in tracking.loads(PLAN, ledger.read_text(encoding="utf-8")).reports] == [
        Status.IN_PROGRESS
    ]


def test_a_csv_cell_keeps_its_line_breaks(template, tmp_path):
    # Evidence typed one item a line: a spreadsheet saving CSV quotes the cell, line
    # break and all; the two items stay two.
    type_into(
        template,
        {(5, 5): "已完成", (5, 6): "2024-06-15", (5, 8): "豫政办〔2024〕1号\n豫政办〔2024〕2号"},
    )
    path = save_csv(sheet_values(template), tmp_path / "bureau.csv", "utf-8")
    (report,) = tracking.collect(PLAN, [path]).reports
    assert report.evidence == ("豫政办〔2024〕1号", "豫政办〔2024〕2号")


def test_text_that_looks_like_xml_of_a_formula_is_no_formula(template):
    # The look for formulas in the sheet's XML must not take text for one.
    type_into(template, {(5, 5): "推进中", (5, 7): "<f> of the plan, f/x"})
    (report,) = tracking.collect(PLAN, [template]).reports
    assert report.note == "<f> of the plan, f/x"


def test_formulas_on_many_rows_are_each_named(template):
    rows = {(row, 5): '="推进中"' for row in range(5, 5 + 40)}
    type_into(template, rows)
    problems = problems_of([template])
    assert [(p.row, p.column, str(p.kind)) for p in problems] == [
        (row, "状态", "formula_no_value") for row in range(5, 5 + 40)
    ]


def test_a_report_made_for_the_reader_is_the_report_its_class_makes():
    # The reader's reports skip the field checks; they must be equal, field by field
    # and in hash, to the reports Report(...) makes, and pass its validators.
    day, done = datetime.date(2024, 12, 31), datetime.date(2024, 6, 30)
    source = model.Source("省财政厅.xlsx", 7, "填报", "张三", "12345", "李四")
    fields = (18, "省财政厅", Status.DONE, day, done, "已完成建设", ("文号", "网址"))
    made = model.trusted_report(
        *fields, model.trusted_source("省财政厅.xlsx", 7, "填报", "张三", "12345", "李四")
    )
    expected = Report(*fields, source)
    attrs.validate(made)
    attrs.validate(made.source)
    assert made == expected
    assert hash(made) == hash(expected)
    assert attrs.astuple(made, recurse=True) == attrs.astuple(expected, recurse=True)
    assert repr(made) == repr(expected)
