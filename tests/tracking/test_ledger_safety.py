"""The ledger is not lost by a mistake, and a unit's accepted file can be put right (#21)."""

from __future__ import annotations

import csv
import datetime
import json

import openpyxl

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill

PLAN = dg_plan.load_plan()
UNIT = "省行政审批政务信息管理局"
TASKS = [t.number for t in PLAN.tasks_for(UNIT)]
AS_OF = datetime.date(2024, 12, 31)


def _audit(tmp_path, entries, name="audit.xlsx", as_of="2024-12-31"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    assert call("track", "template", UNIT, str(path), "--as-of", as_of).returncode == 0
    fill(path, entries)
    return path


def _reports(path):
    return tracking.loads(PLAN, path.read_text("utf-8")).reports


# -- 1. collect does not write over a ledger by mistake -----------------------------------


def test_collect_refuses_to_write_over_a_ledger(tmp_path):
    first = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "r1/audit.xlsx")
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(first), "-o", str(ledger)).returncode == 0
    before = ledger.read_bytes()
    second = _audit(tmp_path, {TASKS[1]: ("推进中",)}, "r2/audit.xlsx", as_of="2025-03-31")
    for lang, words in (("en", "exists"), ("zh", "已存在")):
        result = call("--lang", lang, "track", "collect", str(second), "-o", str(ledger))
        assert result.returncode == 1  # refused, not mistyped
        assert words in result.stderr
        assert str(ledger) in result.stderr
        assert "--into" in result.stderr
        assert "--force" in result.stderr
        assert ledger.read_bytes() == before
    # --into adds the round; --force replaces the ledger with this round alone.
    assert call("track", "collect", str(second), "--into", str(ledger)).returncode == 0
    assert len(_reports(ledger)) == 2
    other = tmp_path / "copy.json"
    other.write_bytes(before)
    refused = call("track", "collect", str(second), "--into", str(ledger), "-o", str(other))
    assert refused.returncode == 1
    assert other.read_bytes() == before
    assert call("track", "collect", str(second), "-o", str(ledger), "--force").returncode == 0
    assert [r.as_of for r in _reports(ledger)] == [datetime.date(2025, 3, 31)]


def test_collect_of_nothing_is_an_error(tmp_path):
    first = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "r1/audit.xlsx")
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(first), "-o", str(ledger)).returncode == 0
    before = ledger.read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("not a return", encoding="utf-8")
    for folder, words in ((tmp_path / "typo", "no such folder"), (empty, "holds no returned file")):
        for args in (["--into", str(ledger)], ["-o", str(tmp_path / "new.json")]):
            result = call("--lang", "en", "track", "collect", str(folder), *args)
            assert result.returncode == 1, result.stderr
            assert words in result.stderr
            assert str(folder) in result.stderr
            assert ledger.read_bytes() == before
            assert not (tmp_path / "new.json").exists()


# -- 3. a 推进中 report with a day in 完成日期 (a planned day) -----------------------------


def _bureau(tmp_path, cells, number_format=None):
    """The unit's template with *cells* ({(row, column): value}) typed in."""
    path = tmp_path / "bureau.xlsx"
    tracking.write_template(PLAN, UNIT, path, as_of=AS_OF)
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    for (row, column), value in cells.items():
        ws.cell(row, column).value = value
        if number_format is not None:
            ws.cell(row, column).number_format = number_format
    wb.save(path)
    return path


def test_in_progress_with_a_day_is_taken_without_the_day(tmp_path):
    # Row 5 is task 1 of the unit's template; a planned day after the reporting day.
    path = _bureau(tmp_path, {(5, 5): "推进中", (5, 6): "2025-06-30"})
    returns = tracking.read_returns(PLAN, [path], keep_going=True)
    assert returns.set_aside == ()
    # Not a completion day: kept as the day expected (issue 21), 2025年6月30日.
    assert returns.ledger.reports == (
        tracking.Report(
            TASKS[0], UNIT, tracking.Status.IN_PROGRESS, AS_OF, expected="2025年6月30日"
        ),
    )
    assert returns.ledger.reports[0].completed_on is None
    (note,) = returns.notes
    assert (note.file, note.row, note.column, str(note.kind)) == (
        "bureau.xlsx",
        5,
        "完成（预计完成）日期",
        "day_not_completion",
    )
    assert "not taken as the day the work was done" in note.render("en")
    assert "不作为完成日期" in note.render("zh")
    # 未启动 with a day is read the same way since issue 21's office trial: the day
    # expected, with the note, not a problem.
    path = _bureau(tmp_path, {(5, 5): "未启动", (5, 6): "2024-06-30"})
    returns = tracking.read_returns(PLAN, [path], keep_going=True)
    assert returns.set_aside == ()
    assert [r.expected for r in returns.ledger.reports] == ["2024年6月30日"]
    assert [str(n.kind) for n in returns.notes] == ["day_not_completion"]


# -- 4. a day number (Excel's serial) in 完成日期 ------------------------------------------


def test_a_day_number_in_a_workbook_is_that_day_with_a_note(tmp_path):
    # 45474 counts days as Excel does from 1899-12-30: 45292 is 2024-01-01, and 182
    # days on (2024 a leap year) is 2024-07-01.
    path = _bureau(tmp_path, {(5, 5): "已完成", (5, 6): 45474}, number_format="General")
    returns = tracking.read_returns(PLAN, [path], keep_going=True)
    assert returns.set_aside == ()
    (report,) = returns.ledger.reports
    assert report.completed_on == datetime.date(2024, 7, 1)
    (note,) = returns.notes
    assert (note.row, note.column, str(note.kind)) == (5, "完成（预计完成）日期", "day_serial")
    assert "2024-07-01" in note.render("en", whole=True)
    assert "45474" in note.render("en", whole=True)
    assert "45474.0" not in note.render("en", whole=True)
    assert "读作2024-07-01" in note.render("zh", whole=True)
    # A number that is no day: a problem, not a day.
    path = _bureau(tmp_path, {(5, 5): "已完成", (5, 6): 12.5}, number_format="General")
    (aside,) = tracking.read_returns(PLAN, [path], keep_going=True).set_aside
    assert [str(p.kind) for p in aside.problems] == ["bad_day"]


def test_a_day_number_in_a_csv_is_a_problem(tmp_path):
    # A CSV cell has no type: 45474 there is refused, the day it might be named.
    path = _bureau(tmp_path, {})
    wb = openpyxl.load_workbook(path)
    rows = [
        ["" if v is None else str(v) for v in r] for r in wb["填报"].iter_rows(values_only=True)
    ]
    rows[1][3] = AS_OF.isoformat()
    rows[4][4:6] = ["已完成", "45474"]
    csv_path = tmp_path / "bureau.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    (aside,) = tracking.read_returns(PLAN, [csv_path], keep_going=True).set_aside
    (found,) = aside.problems
    assert (found.row, found.column, str(found.kind)) == (5, "完成（预计完成）日期", "day_number")
    assert "2024-07-01" in found.render("en", whole=True)
    assert "45474" in found.render("zh", whole=True)


# -- 2. a unit's accepted file replaced, or withdrawn ------------------------------------


def test_a_corrected_file_replaces_the_units_reports_with_replace(tmp_path):
    first = _audit(tmp_path, {TASKS[0]: ("推进中",), TASKS[1]: ("推进中",)}, "r1/bureau.xlsx")
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(first), "-o", str(ledger)).returncode == 0
    fixed = _audit(tmp_path, {TASKS[0]: ("已完成", "2024-06-30")}, "fixed/bureau.xlsx")
    # Without --replace the clash is a problem, as before: the file is set aside.
    clash = call("track", "collect", str(fixed), "--into", str(ledger))
    assert clash.returncode == 3
    assert "the ledger already holds" in clash.stdout
    assert len(_reports(ledger)) == 2
    # --replace needs a ledger to replace in.
    alone = call("track", "collect", str(fixed), "-o", str(tmp_path / "x.json"), "--replace")
    assert alone.returncode == 2
    assert "--into" in alone.stderr
    # A bad corrected file replaces nothing.
    bad = _audit(tmp_path, {TASKS[0]: ("已完成",)}, "bad/bureau.xlsx")
    kept = call("track", "collect", str(bad), "--into", str(ledger), "--replace")
    assert kept.returncode == 3
    assert [r.status for r in _reports(ledger)] == [tracking.Status.IN_PROGRESS] * 2
    for lang, words in (("en", "replaces the ledger's 2 reports of"), ("zh", "替换台账中")):
        copy = tmp_path / f"{lang}.json"
        copy.write_bytes(ledger.read_bytes())
        done = call(
            "--lang", lang, "track", "collect", str(fixed), "--into", str(copy), "--replace"
        )
        assert done.returncode == 0, done.stderr
        assert words in done.stderr
        assert "bureau.xlsx" in done.stderr
        if lang == "en":  # this round's one report, in a ledger of one
            assert done.stdout.startswith(
                f"Wrote {copy}: 1 report from this round's 1 file read into the ledger.\n"
                "The ledger now holds 1 report.\n"
            )
        # The unit's two reports of 2024-12-31 are gone; the corrected file's one is in.
        (report,) = _reports(copy)
        assert (report.task, report.status, report.completed_on) == (
            TASKS[0],
            tracking.Status.DONE,
            datetime.date(2024, 6, 30),
        )
        assert report.source.file == "bureau.xlsx"


def test_a_file_reports_came_from_is_cited_as_a_file_in_chinese(tmp_path):
    # The ninth reader (19c): （来自文件“bureau.xlsx”）, not （来自 bureau.xlsx）, in the
    # problem of a round the ledger holds and in the note of reports replaced.
    first = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "r1/bureau.xlsx")
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(first), "-o", str(ledger)).returncode == 0
    fixed = _audit(tmp_path, {TASKS[0]: ("已完成", "2024-06-30")}, "fixed/bureau.xlsx")
    clash = call("--lang", "zh", "track", "collect", str(fixed), "--into", str(ledger))
    assert clash.returncode == 3
    assert "的报送记录（来自文件“bureau.xlsx”）；如需以本文件替换" in clash.stdout
    done = call("--lang", "zh", "track", "collect", str(fixed), "--into", str(ledger), "--replace")
    assert done.returncode == 0, done.stderr
    # The note of reports replaced names the file once (reader14): 已用bureau.xlsx替换….
    # A space parts the file name from the Chinese (reader 15, fault 14).
    assert "提示：已用“bureau.xlsx”替换台账中" in done.stderr
    assert done.stderr.count("bureau.xlsx") == 1
    assert "来自 " not in clash.stdout + done.stderr


def test_replace_in_python_keeps_other_units_and_days(tmp_path):
    audit = tmp_path / "audit.xlsx"
    tracking.write_template(PLAN, "省审计厅", audit, as_of=AS_OF)
    fill(audit, {PLAN.tasks_for("省审计厅")[0].number: ("推进中",)})
    june = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "june/bureau.xlsx", as_of="2024-06-30")
    first = _audit(tmp_path, {TASKS[1]: ("推进中",)}, "r1/bureau.xlsx")
    book = tracking.read_returns(PLAN, [june, first, audit]).ledger
    fixed = _audit(tmp_path, {TASKS[2]: ("推进中",)}, "fixed/bureau.xlsx")
    plain = tracking.read_returns(PLAN, [fixed], keep_going=True, ledger=book)
    assert [str(p.kind) for a in plain.set_aside for p in a.problems] == ["round_in_ledger"]
    returns = tracking.read_returns(PLAN, [fixed], keep_going=True, ledger=book, replace=True)
    got = sorted((r.unit, r.as_of.isoformat(), r.task) for r in returns.ledger.reports)
    assert got == sorted(
        [
            (UNIT, "2024-06-30", TASKS[0]),
            ("省审计厅", "2024-12-31", PLAN.tasks_for("省审计厅")[0].number),
            (UNIT, "2024-12-31", TASKS[2]),
        ]
    )
    (note,) = [n for n in returns.notes if n.kind == "replaced_in_ledger"]
    assert dict(note.values)["count"] == "1"


def test_withdraw_takes_a_units_round_out(tmp_path):
    first = _audit(tmp_path, {TASKS[0]: ("推进中",), TASKS[1]: ("推进中",)}, "r1/bureau.xlsx")
    june = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "june/bureau.xlsx", as_of="2024-06-30")
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(june), str(first), "-o", str(ledger)).returncode == 0
    done = call(
        "track",
        "withdraw",
        str(ledger),
        "--unit",
        "行政审批政务信息管理局",
        "--as-of",
        "2024/12/31",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"withdrew 2 reports of {UNIT} for 2024-12-31 from {ledger}; the ledger now holds 1 report"
    )
    assert [r.as_of for r in _reports(ledger)] == [datetime.date(2024, 6, 30)]
    before = ledger.read_bytes()
    for lang, words in (("en", "holds no report of"), ("zh", "台账中没有")):
        again = call(
            "--lang",
            lang,
            "track",
            "withdraw",
            str(ledger),
            "--unit",
            UNIT,
            "--as-of",
            "2024-12-31",
        )
        assert again.returncode == 1
        assert words in again.stderr
        assert ledger.read_bytes() == before
    zh = call(
        "--lang", "zh", "track", "withdraw", str(ledger), "--unit", UNIT, "--as-of", "2024-06-30"
    )
    assert zh.returncode == 0, zh.stderr
    assert "撤回" in zh.stdout
    assert "1条报送记录" in zh.stdout
    assert _reports(ledger) == ()


def test_last_rounds_file_put_in_again_is_skipped_not_sent_back(tmp_path):
    # The round-12 clerk (issue #21): last round's file, already collected, dropped into
    # this round's folder again is a copy of a file collected: skipped with a note, no
    # 重新报送通知 to a unit that did nothing wrong, nothing set aside.
    june = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "june/bureau.xlsx", as_of="2024-06-30")
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(june), "-o", str(ledger)).returncode == 0
    folder = tmp_path / "july"
    folder.mkdir()
    (folder / "bureau.xlsx").write_bytes(june.read_bytes())
    notices = tmp_path / "notices"
    again = call(
        "--lang",
        "zh",
        "track",
        "collect",
        str(folder),
        "--into",
        str(ledger),
        "--notices",
        str(notices),
    )
    assert again.returncode == 0, again.stdout + again.stderr
    # One sentence, the file its subject, no guess of which round it came from (reader10).
    assert "bureau.xlsx”与台账中已汇入的" in again.stderr
    assert "的文件内容相同，不再重复汇入。" in again.stderr
    assert "上一轮" not in again.stderr
    assert "不是本轮下发的填报表" not in again.stdout + again.stderr
    assert not list(notices.glob("*.docx")) if notices.exists() else True
    doc = tracking.loads(PLAN, ledger.read_text("utf-8"))
    assert doc.set_aside == ()
    assert len(doc.reports) == 1
    # A file of last round that says something else than the ledger holds is still
    # another round's template, sent back.
    (folder / "bureau.xlsx").unlink()
    _audit(tmp_path, {TASKS[0]: ("未启动",)}, "july/bureau.xlsx", as_of="2024-06-30")
    other = call("--lang", "zh", "track", "collect", str(folder), "--into", str(ledger))
    assert "文件内容相同，不再重复汇入" not in other.stderr + other.stdout


def test_last_rounds_file_renamed_beside_the_new_one_is_skipped_not_sent_back(tmp_path):
    # The round-13 clerk (issue #21): a copy of the unit's June file, under another name,
    # put into July's folder beside its July file, was sent a numbered 重新报送通知 though
    # the unit did nothing wrong: reading exactly as the ledger holds, whatever its name,
    # it is a copy of a file collected.
    june = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "june/bureau.xlsx", as_of="2024-06-30")
    ledger = tmp_path / "ledger.json"
    assert call("track", "collect", str(june), "-o", str(ledger)).returncode == 0
    _audit(tmp_path, {TASKS[0]: ("已完成", "2024-07-10")}, "july/bureau.xlsx", as_of="2024-07-31")
    folder = tmp_path / "july"
    (folder / "bureau（6月）.xlsx").write_bytes(june.read_bytes())
    notices = tmp_path / "notices"
    again = call(
        "--lang", "zh", "track", "collect", str(folder), "--into", str(ledger),
        "--notices", str(notices),
    )  # fmt: skip
    said = again.stdout + again.stderr
    assert again.returncode == 0, said
    assert "xlsx”与台账中已汇入的" in said
    assert "不是本轮下发的填报表" not in said
    assert not notices.exists() or not list(notices.glob("*.docx"))
    doc = tracking.loads(PLAN, ledger.read_text("utf-8"))
    assert doc.set_aside == ()
    assert len(doc.reports) == 2


def test_a_file_that_cannot_be_opened_is_counted_as_such(tmp_path):
    # The round-12 clerk (issue #21): a 0-byte 省残联.xlsx was counted as 不是本轮下发的
    # 填报表 while its problem said it cannot be opened: its own reason, in the count,
    # the ledger's record of the files set aside and the chase.
    folder = tmp_path / "returns"
    good = _audit(tmp_path, {TASKS[0]: ("推进中",)}, "returns/bureau.xlsx")
    (folder / "省残联.xlsx").write_bytes(b"")
    ledger = tmp_path / "ledger.json"
    done = call("--lang", "zh", "track", "collect", str(folder), "-o", str(ledger))
    assert good.exists()
    assert "1个文件无法打开，已搁置待重新报送" in done.stdout
    assert "不是本轮下发的填报表" not in done.stdout
    doc = json.loads(ledger.read_text("utf-8"))
    assert [(a["unit"], a["reason"]) for a in doc["set_aside"]] == [("省残联", "unreadable")]
    book = tracking.loads(PLAN, ledger.read_text("utf-8"))
    assert [a.reason for a in book.set_aside] == ["unreadable"]


def test_of_two_identical_copies_the_one_named_as_its_unit_is_kept(tmp_path):
    # The round-12 clerk (issue #21): 省委编办.xlsx and 省委编办 - 副本.xlsx, the same bytes:
    # the copy's name went into the ledger and the original was skipped.
    original = _audit(tmp_path, {TASKS[0]: ("推进中",)}, f"returns/{UNIT}.xlsx")
    copy = original.with_name(f"{UNIT} - 副本.xlsx")
    copy.write_bytes(original.read_bytes())
    returns = tracking.read_returns(PLAN, [original.parent], keep_going=True)
    assert {r.source.file for r in returns.ledger.reports} == {original.name}
    (note,) = [n for n in returns.notes if n.kind == "duplicate_file"]
    assert note.file == copy.name
