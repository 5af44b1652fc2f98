"""A reporting round an office runs: keep going past bad files, set them aside, send them back.

Every expected value is written by hand from what the test types into the files and
the rules of docs/tracking.md ("A round, end to end"); the task facts (who leads task
1, that task 11 has no lead) are the printed list's.
"""

from __future__ import annotations

import csv
import datetime
import shutil

import openpyxl
import pytest

import dg_plan
from dg_plan import tracking
from dg_plan.tracking import Report, Source, Status, TrackingDataError
from helpers.cli import call
from helpers.workbooks import fill, set_cells

docx = pytest.importorskip("docx")

D = datetime.date
PLAN = dg_plan.load_plan()
AS_OF = D(2024, 12, 31)
AUDIT = "省审计厅"  # one task: 50, in row 5
MARKET = "省市场监管局"
CITY = "郑州市人民政府"


def shown(value):
    """A cell as a spreadsheet saving CSV writes it: a day as yyyy-mm-dd, a blank as ""."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return str(value)


def template(folder, unit, name=None, as_of=AS_OF):
    path = folder / (name or f"{unit}.xlsx")
    path.parent.mkdir(parents=True, exist_ok=True)
    tracking.write_template(PLAN, unit, path, as_of=as_of)
    return path


def sign(path, filled_by, phone, reviewed_by):
    """Fill the sign-off below the rows: the rows labelled 填报人, 联系电话, 审核人."""
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    wb.close()
    set_cells(
        path,
        {
            (rows["填报人"], 2): filled_by,
            (rows["联系电话"], 2): phone,
            (rows["审核人"], 2): reviewed_by,
        },
    )


@pytest.fixture
def round_one(tmp_path):
    """Two returns: the audit office's good one (signed off), the market bureau's bad one."""
    folder = tmp_path / "returned"
    audit = template(folder, AUDIT)
    fill(audit, {50: ("推进中", None, "常态化开展数据审计")})
    sign(audit, "张三", 13800000000, "李四")
    market = template(folder, MARKET)
    first, second = (t.number for t in PLAN.tasks_for(MARKET)[:2])
    rows = fill(market, {first: ("已完城",), second: ("已完成", "2024-02-30")})
    return folder, audit, market, rows[first], rows[second]


def test_keep_going_collects_the_good_file_and_sets_the_bad_one_aside(round_one):
    folder, audit, market, bad_status_row, bad_day_row = round_one
    returned = tracking.read_returns(PLAN, [folder], keep_going=True)
    # The audit office's one report, with where it came from and who signed it off.
    assert returned.ledger.reports == (
        Report(50, AUDIT, Status.IN_PROGRESS, AS_OF, None, "常态化开展数据审计"),
    )
    assert returned.ledger.reports[0].source == Source(
        f"{AUDIT}.xlsx", 5, "填报", filled_by="张三", phone="13800000000", reviewed_by="李四"
    )
    (aside,) = returned.set_aside
    assert (aside.file, aside.unit, aside.as_of) == (str(market), MARKET, AS_OF)
    placed = [(p.file, p.row, p.column, p.value, p.kind) for p in aside.problems]
    assert placed == [
        (f"{MARKET}.xlsx", bad_status_row, "状态", "已完城", "bad_status_suggest"),
        (f"{MARKET}.xlsx", bad_day_row, "完成（预计完成）日期", "2024-02-30", "impossible_day"),
    ]
    assert returned.files == (str(audit), str(market))
    # --strict, the library's default: one problem anywhere and nothing is collected.
    with pytest.raises(TrackingDataError) as info:
        tracking.read_returns(PLAN, [folder])
    assert [(p.row, p.column) for p in info.value.problems] == [
        (bad_status_row, "状态"),
        (bad_day_row, "完成（预计完成）日期"),
    ]


def test_a_missing_or_foreign_file_is_set_aside_without_a_unit(tmp_path, round_one):
    folder, *_ = round_one
    stray = tmp_path / "notes.xlsx"
    openpyxl.Workbook().save(stray)
    returned = tracking.read_returns(PLAN, [folder, tmp_path / "gone.xlsx", stray], keep_going=True)
    assert len(returned.ledger.reports) == 1
    by_file = {a.file: a for a in returned.set_aside}
    assert by_file[str(tmp_path / "gone.xlsx")].unit is None
    assert [p.kind for p in by_file[str(tmp_path / "gone.xlsx")].problems] == ["no_such_file"]
    assert by_file[str(stray)].unit is None
    assert [p.kind for p in by_file[str(stray)].problems] == ["no_template_sheet"]


def test_a_byte_identical_copy_is_skipped_with_a_note(tmp_path, round_one):
    _folder, audit, *_ = round_one
    copy = tmp_path / "again" / audit.name
    copy.parent.mkdir()
    shutil.copyfile(audit, copy)
    returned = tracking.read_returns(PLAN, [audit, copy], keep_going=True)
    assert len(returned.ledger.reports) == 1
    (note,) = [n for n in returned.notes if n.kind == "duplicate_file"]
    # Two files of one name are told apart by their paths.
    assert (note.file, dict(note.values)["first"]) == (str(copy), str(audit))
    # All or nothing keeps today's rule: a second template of one unit and day.
    with pytest.raises(TrackingDataError) as info:
        tracking.read_returns(PLAN, [audit, copy])
    assert [p.kind for p in info.value.problems] == ["second_template"]


def test_two_files_of_one_unit_and_day_are_both_set_aside_for_the_office(tmp_path):
    # A first draft and a 修改稿 of one unit for one round: which one counts is the office's
    # choice. The rule: neither goes in, both are set aside naming both, no notice.
    first = template(tmp_path, AUDIT, "省审计厅.xlsx")
    fill(first, {50: ("推进中",)})
    second = template(tmp_path, AUDIT, "省审计厅（修改稿）.xlsx")
    fill(second, {50: ("已完成", "2024-11-30")})
    returned = tracking.read_returns(PLAN, [first, second], keep_going=True)
    assert returned.ledger.reports == ()
    assert sorted(a.file for a in returned.set_aside) == sorted([str(first), str(second)])
    for aside in returned.set_aside:
        (problem,) = aside.problems
        assert (problem.kind, problem.row, problem.column) == ("two_files_of_unit", None, None)
        assert dict(problem.values)["files"] == "省审计厅.xlsx、省审计厅（修改稿）.xlsx"
        zh = problem.render("zh")
        assert "省审计厅（修改稿）.xlsx" in zh
        assert "2024年12月31日" in zh
        assert "2024-12-31" not in zh
    # Nothing in either file is the unit's to fix: no 退回修改 notice.
    assert tracking.write_notices(PLAN, returned.set_aside, tmp_path / "notices") == ()
    assert not (tmp_path / "notices").exists()
    # The office keeps one, and collects it.
    first.unlink()
    kept = tracking.read_returns(PLAN, [tmp_path], keep_going=True)
    assert [r.status for r in kept.ledger.reports] == [Status.DONE]


def test_a_file_named_for_another_unit_is_read_with_a_warning(tmp_path):
    named_other = template(tmp_path, AUDIT, "省财政厅.xlsx")
    fill(named_other, {50: ("推进中",)})
    plain = template(tmp_path / "p", AUDIT, "return-07.xlsx")
    fill(plain, {50: ("推进中",)})
    short = template(tmp_path / "s", AUDIT, "审计厅-12月.xlsx")  # its alias: no warning
    fill(short, {50: ("推进中",)})
    for path, warned in ((named_other, True), (plain, False), (short, False)):
        returned = tracking.read_returns(PLAN, [path], keep_going=True)
        assert len(returned.ledger.reports) == 1
        found = [n for n in returned.notes if n.kind == "unit_not_file_name"]
        assert bool(found) is warned, path
    (warning,) = [
        n
        for n in tracking.read_returns(PLAN, [named_other], keep_going=True).notes
        if n.kind == "unit_not_file_name"
    ]
    assert (warning.file, warning.row, warning.column) == ("省财政厅.xlsx", 2, "填报单位")
    assert dict(warning.values) == {"unit": AUDIT, "named": "省财政厅"}
    assert warning.render("zh") == (
        "文件的填报单位是省审计厅，但文件名指向省财政厅：请核实报送单位"
    )


def test_a_round_is_added_to_a_ledger(tmp_path):
    june = template(tmp_path / "june", AUDIT, as_of=D(2024, 6, 30))
    fill(june, {50: ("未启动",)})
    first = tracking.read_returns(PLAN, [june], keep_going=True).ledger
    december = template(tmp_path / "dec", AUDIT)
    fill(december, {50: ("已完成", "2024-11-30")})
    both = tracking.read_returns(PLAN, [december], keep_going=True, ledger=first)
    assert [(r.as_of, r.status) for r in both.ledger.reports] == [
        (D(2024, 6, 30), Status.NOT_STARTED),
        (AS_OF, Status.DONE),
    ]
    assert [r.source.file for r in both.ledger.reports] == [june.name, december.name]
    # The sources survive the ledger file.
    again = tracking.loads(PLAN, tracking.dumps(both.ledger))
    assert [r.source for r in again.reports] == [r.source for r in both.ledger.reports]
    # The same file again: a copy of a file collected, skipped with a note (#21).
    copy = tracking.read_returns(PLAN, [december], keep_going=True, ledger=both.ledger)
    assert len(copy.ledger.reports) == 2
    assert copy.set_aside == ()
    assert [n.kind for n in copy.notes] == ["file_in_ledger"]
    # Another file of the same round: the ledger already holds it; the file is set aside.
    fill(december, {50: ("推进中", None)})
    twice = tracking.read_returns(PLAN, [december], keep_going=True, ledger=both.ledger)
    assert len(twice.ledger.reports) == 2
    (aside,) = twice.set_aside
    assert [(p.kind, p.row, p.column) for p in aside.problems] == [
        ("round_in_ledger", 2, "统计截止日期")
    ]
    assert dict(aside.problems[0].values)["first"] == december.name


def test_sent_but_not_returned_is_told_apart_from_returned_blank(tmp_path, round_one):
    folder, *_ = round_one
    # The city was sent a template and returned it untouched; the bureau returned nothing.
    city = template(folder, CITY)
    manifest = tmp_path / "sent.csv"
    with manifest.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(
            [["填报单位"], [AUDIT], [MARKET], [CITY], ["省行政审批政务信息管理局"]]
        )
    sent = tracking.read_sent(PLAN, manifest)
    assert sent == (AUDIT, MARKET, CITY, "省行政审批政务信息管理局")
    returned = tracking.read_returns(PLAN, [folder], keep_going=True, sent=sent)
    assert returned.returned_blank == (CITY,)
    # The market bureau's file was set aside: it returned something.
    assert returned.not_returned == ("省行政审批政务信息管理局",)
    assert city.exists()


def test_a_late_batch_added_to_the_ledger_lists_as_not_returned_only_the_silent(
    tmp_path, round_one
):
    # Batch one: the audit office's good file (in the ledger) and the market bureau's
    # bad one (set aside). Batch two, days later: the city's file alone. Of the four
    # units sent a template, only the one that never returned a file is not returned.
    folder, *_ = round_one
    manifest = tmp_path / "sent.csv"
    with manifest.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(
            [["填报单位"], [AUDIT], [MARKET], [CITY], ["省行政审批政务信息管理局"]]
        )
    sent = tracking.read_sent(PLAN, manifest)
    first = tracking.read_returns(PLAN, [folder], keep_going=True, sent=sent, as_of=AS_OF)
    assert first.not_returned == (CITY, "省行政审批政务信息管理局")
    late = template(tmp_path / "late", CITY)
    fill(late, {next(iter(PLAN.tasks_for(CITY))).number: ("推进中", None, "正在推进")})
    second = tracking.read_returns(
        PLAN, [late], keep_going=True, sent=sent, ledger=first.ledger, as_of=AS_OF
    )
    assert second.not_returned == ("省行政审批政务信息管理局",)


def test_the_notice_sent_back_lists_each_cell_to_fix(tmp_path, round_one):
    folder, _audit, market, bad_status_row, bad_day_row = round_one
    returned = tracking.read_returns(PLAN, [folder], keep_going=True)
    written = tracking.write_notices(
        PLAN, returned.set_aside, tmp_path / "notices", return_by="2025/1/10", dated="2025-01-03"
    )
    assert [(unit, path.name) for unit, path in written] == [
        (MARKET, f"{MARKET}-退回修改通知.docx")
    ]
    doc = docx.Document(str(written[0][1]))
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[0] == "关于退回修改推进情况填报表的通知"
    assert paragraphs[1] == f"{MARKET}："
    assert f"文件名：“{market.name}”）" in paragraphs[2]
    assert "有2处需要修改" in paragraphs[2]
    assert "截至2024年12月31日" in paragraphs[2]
    assert any("于2025年1月10日前将填报表重新报回" in p for p in paragraphs)
    # Dated the day it is written (given here), as a 督办通知 is.
    # The contact line (附注) under the date, its blanks to fill in (GB/T 9704).
    assert paragraphs[-3:] == [
        "（发文单位）",
        "2025年1月3日",
        "（联系人：______，联系电话：______）",
    ]
    (table,) = doc.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    # The task's 序号 beside the row (the market bureau's first two tasks).
    first, second = (t.number for t in PLAN.tasks_for(MARKET)[:2])
    assert rows[0] == ["问题序号", "任务序号", "工作表", "行", "列", "填写内容", "问题及填写要求"]
    assert [r[:6] for r in rows[1:]] == [
        ["1", str(first), "填报", str(bad_status_row), "状态", "已完城"],
        ["2", str(second), "填报", str(bad_day_row), "完成（预计完成）日期", "2024-02-30"],
    ]
    # What is expected, in the catalog's Chinese: the closest label, the day that is none.
    assert rows[1][6].startswith("状态应从“未启动、推进中、已完成”中选择，请核对是否应为“已完成”。")
    assert rows[2][6].startswith("日期不存在")
    # Without a day, the line is left to fill in.
    blank = tracking.write_notices(PLAN, returned.set_aside, tmp_path / "blank")
    text = [p.text for p in docx.Document(str(blank[0][1])).paragraphs]
    assert any("于____年__月__日前" in p for p in text)


def test_template_refuses_to_overwrite_a_return(tmp_path):
    path = template(tmp_path, AUDIT)
    fill(path, {50: ("推进中",)})
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        tracking.write_template(PLAN, AUDIT, path, as_of=AS_OF, overwrite=False)
    assert info.value.kind is dg_plan.QueryErrorKind.FILE_EXISTS
    assert str(path) in str(info.value)
    assert openpyxl.load_workbook(path)["填报"]["E5"].value == "推进中"  # still the return
    result = call("track", "template", AUDIT, str(path), "--as-of", "2024-12-31")
    assert result.returncode == 1  # refused, not mistyped: no usage
    assert "usage:" not in result.stderr
    assert str(path) in result.stderr
    assert "--force" in result.stderr
    assert openpyxl.load_workbook(path)["填报"]["E5"].value == "推进中"
    zh = call("--lang", "zh", "track", "template", AUDIT, str(path), "--as-of", "2024-12-31")
    assert f"“{path}”已存在" in zh.stderr
    forced = call("track", "template", AUDIT, str(path), "--as-of", "2024-12-31", "--force")
    assert forced.returncode == 0, forced.stderr
    assert openpyxl.load_workbook(path)["填报"]["E5"].value is None


def test_template_rows_say_who_leads_and_whether_the_answer_counts(tmp_path):
    ws = openpyxl.load_workbook(template(tmp_path, CITY))["填报"]
    assert [ws.cell(4, c).value for c in (9, 10)] == ["牵头单位", "是否主责单位"]
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    # Task 1: 省发展改革委、省行政审批政务信息管理局牵头; the cities are responsible under them.
    assert [ws.cell(rows[1], c).value for c in (9, 10)] == [
        "省发展改革委、省行政审批政务信息管理局",
        "否",
    ]
    # Task 11: no lead; the cities (through 各省辖市政府) are accountable with 省应急管理厅.
    assert [ws.cell(rows[11], c).value for c in (9, 10)] == ["无牵头单位", "是"]
    audit = openpyxl.load_workbook(template(tmp_path, AUDIT))["填报"]
    assert [audit.cell(5, c).value for c in (1, 9, 10)] == [50, AUDIT, "是"]


def test_template_prints_on_a4_landscape_one_page_wide(tmp_path):
    ws = openpyxl.load_workbook(template(tmp_path, MARKET))["填报"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4 in the OOXML paper codes
    assert int(ws.page_setup.fitToWidth) == 1
    assert int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows.replace("$", "") == "4:4"  # the header row on every page
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGHIJ"}
    # Every header fits its column (a CJK character takes two widths), and the text
    # columns are wide enough to read a sentence per line.
    headings = [ws.cell(4, c).value for c in range(1, 11)]
    for column, heading in zip("ABCDEFGHIJ", headings, strict=True):
        assert widths[column] >= 2 * len(heading), (column, heading)
    assert widths["B"] >= 40
    assert widths["G"] >= 30


def test_template_all_writes_one_per_unit_that_can_receive_one(tmp_path):
    done = tracking.write_templates(PLAN, tmp_path / "sent", as_of=AS_OF)
    written = {unit for unit, _ in done.written}
    skipped = dict(done.skipped)
    # The rule: a collective with members gets none (its members get one each, by name);
    # a collective naming no member gets none (nobody can be sent it); every other unit
    # answering for a task gets one.
    assert skipped["各省辖市政府"] == "through_members"
    for name in ("省直相关部门", "中央驻豫相关单位", "省直各部门"):
        assert skipped[name] == "names_no_member"
    members = set(PLAN.unit("各省辖市政府").members)
    assert len(members) == 17
    assert members <= written
    assert {AUDIT, MARKET} <= written
    assert written | set(skipped) == {u.name for u in PLAN.units}
    assert not written & set(skipped)
    for unit, path in done.written:
        assert path == tmp_path / "sent" / f"{unit}.xlsx"
        assert path.exists()
    assert tracking.read_sent(PLAN, tmp_path / "sent") == tuple(u for u, _ in done.written)
    # sent.csv is for the people sending the forms: its day is written as Chinese does.
    with done.manifest.open(encoding="utf-8-sig", newline="") as stream:
        listed = list(csv.reader(stream))
    assert listed[0] == ["填报单位", "文件", "统计截止日期"]
    assert {row[2] for row in listed[1:]} == {"2024年12月31日"}
    with pytest.raises(dg_plan.InvalidQueryError):
        tracking.write_templates(PLAN, tmp_path / "sent", as_of=AS_OF)
    result = call("track", "template", "--all", str(tmp_path / "cli"), "--as-of", "2024-12-31")
    assert result.returncode == 0, result.stderr
    assert f"Wrote {len(written)} templates into" in result.stdout
    assert "省直相关部门: a collective that names no member unit" in result.stdout


def test_template_refuses_a_collective_naming_no_member_as_all_does(tmp_path):
    # The rule of --all: a collective that names no member gets no template, since
    # nobody can be sent it. Asked for by name, the same unit is refused, not written.
    assert PLAN.unit("省直相关部门").members == ()
    path = tmp_path / "x.xlsx"
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        tracking.write_template(PLAN, "省直相关部门", path, as_of=AS_OF)
    assert info.value.kind is dg_plan.QueryErrorKind.NAMES_NO_MEMBER
    assert "省直相关部门" in str(info.value)
    assert "names no member" in str(info.value)
    assert not path.exists()
    result = call("track", "template", "省直相关部门", str(path), "--as-of", "2024-12-31")
    assert result.returncode == 1  # refused, not mistyped: no usage
    assert "usage:" not in result.stderr
    assert "省直相关部门 is a collective that names no member unit" in result.stderr
    zh = call(
        "--lang", "zh", "track", "template", "省直相关部门", str(path), "--as-of", "2024-12-31"
    )
    assert zh.returncode == 1
    assert "省直相关部门为统称单位，未列明成员单位，无法下发填报表" in zh.stderr
    assert not path.exists()


def test_a_csv_return_keeps_its_sign_off(tmp_path):
    path = template(tmp_path, AUDIT)
    fill(path, {50: ("推进中",)})
    sign(path, "王五", "0371-12345678", "赵六")
    rows = [list(r) for r in openpyxl.load_workbook(path)["填报"].iter_rows(values_only=True)]
    saved = tmp_path / "省审计厅.csv"
    with saved.open("w", encoding="gb18030", newline="") as stream:
        csv.writer(stream).writerows([[shown(v) for v in row] for row in rows])
    (report,) = tracking.read_returns(PLAN, [saved], keep_going=True).ledger.reports
    assert report.source == Source("省审计厅.csv", 5, "填报", "王五", "0371-12345678", "赵六")


def test_collect_on_the_command_line(tmp_path, round_one):
    folder, _audit, market, bad_status_row, _ = round_one
    ledger = tmp_path / "ledger.json"
    notices = tmp_path / "notices"
    result = call("track", "collect", str(folder), "-o", str(ledger), "--notices", str(notices))
    assert result.returncode == 3, result.stderr
    # Each count a line of its own (the round-10 users).
    assert result.stdout.splitlines()[:2] == [
        f"Wrote {ledger}: 1 report from 1 file read into the ledger.",
        "1 file set aside, to be sent back for correction.",
    ]
    # The count is said once, in the line above; the heading over the problems says none.
    assert result.stdout.splitlines()[2] == "the files set aside and their problems:"
    assert f"  {market} ({MARKET}): 2 problems" in result.stdout
    assert f"{MARKET}.xlsx, sheet 填报, row {bad_status_row}, 状态: not a status" in result.stdout
    assert (notices / f"{MARKET}-退回修改通知.docx").exists()
    assert len(tracking.loads(PLAN, ledger.read_text("utf-8")).reports) == 1
    zh = call("--lang", "zh", "track", "collect", str(folder), "-o", "-")
    assert zh.returncode == 3
    assert "报回的2个文件中有1个存在问题，未汇入台账，问题如下：" in zh.stderr
    assert f"“{MARKET}.xlsx”“填报”表第{bad_status_row}行“状态”列" in zh.stderr
    strict = call("track", "collect", "--strict", str(folder), "-o", str(tmp_path / "s.json"))
    assert strict.returncode == 1
    assert not (tmp_path / "s.json").exists()
    good = call("track", "collect", str(folder / f"{AUDIT}.xlsx"), "-o", str(tmp_path / "g.json"))
    assert good.returncode == 0, good.stderr
    # A second round into the same ledger, and the units that returned nothing.
    later = template(tmp_path / "round2", AUDIT, as_of="2025-03-31")
    fill(later, {50: ("已完成", "2025-03-01")})
    sent = tmp_path / "sent"
    assert call("track", "template", "--all", str(sent), "--as-of", "2025-03-31").returncode == 0
    added = call("track", "collect", str(later), "--into", str(ledger), "--sent", str(sent))
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[:2] == [
        f"Wrote {ledger}: 1 report from this round's 1 file read into the ledger.",
        "The ledger now holds 2 reports.",
    ]
    lines = added.stdout.splitlines()
    line = next(x for x in lines if x.startswith("sent a template"))
    count = len(tracking.read_sent(PLAN, sent)) - 1
    # Many units: a counted heading, then one a line.
    assert line == f"sent a template, returned no file ({count} units):"
    assert AUDIT not in [x.strip() for x in lines]
    assert len(tracking.loads(PLAN, ledger.read_text("utf-8")).reports) == 2
    neither = call("track", "collect", str(later))
    assert neither.returncode == 2


def test_a_ledger_with_sources_fits_the_schema(round_one):
    import json  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415

    jsonschema = pytest.importorskip("jsonschema")
    folder, *_ = round_one
    ledger = tracking.read_returns(PLAN, [folder], keep_going=True).ledger
    doc = json.loads(tracking.dumps(ledger))
    assert doc["reports"][0]["source"] == {
        "file": f"{AUDIT}.xlsx",
        "sheet": "填报",
        "row": 5,
        "filled_by": "张三",
        "phone": "13800000000",
        "reviewed_by": "李四",
    }
    schema = json.loads(
        resources.files("dg_plan").joinpath("data", "ledger.schema.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(doc)
    # A report made in code has no source, and its ledger file is as before.
    made = tracking.Ledger(PLAN, [Report(50, AUDIT, Status.IN_PROGRESS, AS_OF)])
    assert "source" not in json.loads(tracking.dumps(made))["reports"][0]
    # A bad source in a ledger file is a problem placed by its JSON path.
    doc["reports"][0]["source"]["row"] = 0
    with pytest.raises(TrackingDataError) as info:
        tracking.loads(PLAN, json.dumps(doc, ensure_ascii=False))
    assert [p.column for p in info.value.problems] == ["$.reports[0].source.row"]


def test_sent_read_from_the_templates_when_there_is_no_list(tmp_path):
    folder = tmp_path / "sent"
    template(folder, MARKET, "b.xlsx")
    template(folder, AUDIT, "a.xlsx")
    (folder / "readme.txt").write_text("not a template", encoding="utf-8")
    # Each template's 填报单位, in the order of the files' names.
    assert tracking.read_sent(PLAN, folder) == (AUDIT, MARKET)


def test_a_file_set_aside_without_a_unit_gets_no_notice(tmp_path, round_one):
    folder, *_ = round_one
    stray = folder / "notes.xlsx"
    openpyxl.Workbook().save(stray)
    notices = tmp_path / "notices"
    result = call("track", "collect", str(folder), "-o", "-", "--notices", str(notices))
    assert result.returncode == 3
    assert f"no notice for {stray}: the 填报单位 could not be read" in result.stderr
    assert sorted(p.name for p in notices.iterdir()) == [f"{MARKET}-退回修改通知.docx"]
    assert f"  {stray} (unit unknown): 1 problem" in result.stderr


@pytest.mark.parametrize(
    ("typed", "june", "noted"),
    [
        # Done since May in December's file; in progress in June's: a contradiction.
        (("已完成", "2024-05-10"), Report(50, AUDIT, Status.IN_PROGRESS, D(2024, 6, 30)), True),
        # Done in July, in progress in June: no contradiction.
        (("已完成", "2024-07-15"), Report(50, AUDIT, Status.IN_PROGRESS, D(2024, 6, 30)), False),
        # Done in June's round, in progress now: a contradiction.
        (("推进中",), Report(50, AUDIT, Status.DONE, D(2024, 6, 30), D(2024, 3, 1)), True),
        # Done on two different days.
        (
            ("已完成", "2024-03-02"),
            Report(50, AUDIT, Status.DONE, D(2024, 6, 30), D(2024, 3, 1)),
            True,
        ),
    ],
)
def test_a_report_contradicting_the_earlier_round_is_kept_with_a_note(tmp_path, typed, june, noted):
    audit = template(tmp_path, AUDIT)
    fill(audit, {50: typed})
    returned = tracking.read_returns(
        PLAN, [audit], keep_going=True, ledger=tracking.Ledger(PLAN, [june])
    )
    assert len(returned.ledger.reports) == 2  # June's and December's, both kept
    assert returned.set_aside == ()
    notes = [(n.row, n.column, str(n.kind)) for n in returned.notes]
    assert notes == ([(5, "状态", "contradicts_earlier_round")] if noted else [])


def test_a_file_whose_unit_cannot_be_read_is_addressed_by_its_name(tmp_path):
    own = tmp_path / f"{AUDIT}.xlsx"
    openpyxl.Workbook().save(own)  # the unit's own workbook, no 填报 sheet
    (aside,) = tracking.read_returns(PLAN, [own], keep_going=True).set_aside
    assert (aside.unit, [p.kind for p in aside.problems]) == (AUDIT, ["no_template_sheet"])


def test_a_file_set_aside_names_every_cell_to_fix(tmp_path):
    # Found by a supervision office's trial: a file with a misspelt status on one row
    # and 已完成 without its 完成日期 on another was set aside for the first only, and
    # its notice said the rows it did not list need no change.
    market = template(tmp_path / "returned", MARKET)
    first, second = (t.number for t in PLAN.tasks_for(MARKET)[:2])
    rows = fill(market, {first: ("已完城",), second: ("已完成",)})
    (aside,) = tracking.read_returns(PLAN, [market], keep_going=True).set_aside
    assert [(p.row, p.column) for p in aside.problems] == [
        (rows[first], "状态"),
        (rows[second], "完成（预计完成）日期"),
    ]
    # --strict names the same cells.
    with pytest.raises(TrackingDataError) as info:
        tracking.read_returns(PLAN, [market])
    assert [(p.row, p.column) for p in info.value.problems] == [
        (rows[first], "状态"),
        (rows[second], "完成（预计完成）日期"),
    ]


def test_the_collect_summary_counts_add_up(tmp_path, round_one):
    # Three files given: the audit office's good one, the market bureau's bad one (set
    # aside), and a byte-identical copy of the good one (skipped). So by hand: 1 report
    # from 1 file read into the ledger; 1 set aside; 1 skipped; 1 + 1 + 1 = 3.
    folder, audit, *_ = round_one
    copy = tmp_path / "again" / audit.name
    copy.parent.mkdir()
    shutil.copyfile(audit, copy)
    ledger = tmp_path / "ledger.json"
    result = call("track", "collect", str(folder), str(copy), "-o", str(ledger))
    assert result.returncode == 3, result.stderr
    assert result.stdout.splitlines()[:3] == [
        f"Wrote {ledger}: 1 report from 1 file read into the ledger.",
        "1 file set aside, to be sent back for correction.",
        "1 duplicate file skipped.",
    ]
    assert "the files set aside and their problems:" in result.stdout
    assert "of 3 files" not in result.stdout  # each count once (#23)
    # The same ledger again: replaced on purpose (--force), not added to.
    zh = call("--lang", "zh", "track", "collect", str(folder), "-o", str(ledger), "--force")
    assert zh.stdout.splitlines()[:2] == [
        f"已将1个文件中的1条报送记录汇入台账（“{ledger}”）。",
        "1个文件存在问题，已搁置待退回修改。",
    ]
