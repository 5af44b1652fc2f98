"""Notices an office can send as they are (issue 21, the third office trial), one fault each.

Each notice is read back with python-docx, as its recipient would read it. Expected
values come from the rule the fault states: an office issues one 文号 once, prints its
own contact line, sends a unit one notice a day, and says what is true of the unit's file.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import docx
import pytest

from dg_plan import tracking
from dg_plan._cli.parser import HelpFormatter
from dg_plan._tracking_problems import problem
from helpers.cli import call
from helpers.tracking_example import AUDIT, BIANBAN, PLAN, R1, R2, ledger
from helpers.workbooks import fill

PREFIX = "豫政督〔2024〕"


def _texts(path: Path) -> list[str]:
    """A notice's paragraphs, as its recipient reads them."""
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def _number(path: Path) -> str:
    """A notice's 文号: the paragraph above its title, the document's first (GB/T 9704)."""
    return _texts(path)[0]


def _bad_return(folder: Path, unit: str, as_of: datetime.date = R2) -> Path:
    """A returned file of *unit* with a status nobody can read: it is set aside."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{unit}.xlsx"
    tracking.write_template(PLAN, unit, path, as_of=as_of)
    number = PLAN.responsibilities(PLAN.unit(unit))[0].task.number
    fill(path, {number: ("差不多了",)})
    return path


def _book(tmp_path: Path) -> Path:
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    return book


def _collect(tmp_path: Path, book: Path, *more: str) -> None:
    returned = tmp_path / "returned"
    _bad_return(returned, AUDIT)
    result = call(
        "track", "collect", str(returned), "--into", str(book), "--notices",
        str(tmp_path / "returns"), "--number", PREFIX, *more,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr  # a file set aside


# -- 1. a 文号 is issued once: numbering continues across commands ---------------------


def test_chase_numbers_on_after_the_notices_collect_issued(tmp_path):
    book = _book(tmp_path)
    _collect(tmp_path, book, "--date", "2025-01-06")
    sent_back = _number(tmp_path / "returns" / f"{AUDIT}-退回修改通知.docx")
    assert sent_back == f"{PREFIX}1号"
    out = tmp_path / "chase"
    args = ("track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out))
    result = call(*args, "--number", PREFIX, "--date", "2025-01-07")
    assert result.returncode == 0, result.stderr
    numbers = [_number(p) for p in sorted(out.iterdir())]
    assert numbers
    # None is 1号 again: they go on from 2号, each once.
    taken = sorted(int(re.fullmatch(r"豫政督〔2024〕(\d+)号", n)[1]) for n in numbers)
    assert taken == list(range(2, 2 + len(numbers)))
    # The ledger logs every notice issued, collect's and chase's.
    log = json.loads(book.read_text(encoding="utf-8"))["notices"]
    assert sorted(e["number"] for e in log) == sorted([sent_back, *numbers])
    assert {e["kind"] for e in log} == {"退回修改通知", "督办通知"}
    # The ledger written back is still the ledger.
    assert tracking.loads(PLAN, book.read_text(encoding="utf-8")) == ledger()


def test_first_number_overrides_the_log(tmp_path):
    book = _book(tmp_path)
    _collect(tmp_path, book, "--date", "2025-01-06")
    out = tmp_path / "chase"
    result = call(
        "track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out),
        "--number", PREFIX, "--first-number", "40", "--date", "2025-01-07",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert min(int(re.search(r"(\d+)号", _number(p))[1]) for p in out.iterdir()) == 40


def test_a_ledger_without_a_log_numbers_from_one(tmp_path):
    book = _book(tmp_path)
    assert "notices" not in json.loads(book.read_text(encoding="utf-8"))
    out = tmp_path / "chase"
    result = call(
        "track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out),
        "--number", PREFIX,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"{PREFIX}1号" in {_number(p) for p in out.iterdir()}


# -- 2. the contact line is the office's own -----------------------------------------


def test_contact_and_phone_fill_the_contact_line_of_every_notice(tmp_path):
    book = _book(tmp_path)
    line = "（联系人：王芳，联系电话：0371-65900000）"
    _collect(tmp_path, book, "--contact", "王芳", "--phone", "0371-65900000")
    out = tmp_path / "chase"
    result = call(
        "track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out),
        "--contact", "王芳", "--phone", "0371-65900000", "--date", "2025-01-20",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    notices = [*out.iterdir(), *(tmp_path / "returns").iterdir()]
    assert len(notices) > 1
    for path in notices:
        texts = _texts(path)
        assert line in texts, path.name
        assert not any("______" in t for t in texts)


def test_without_contact_the_blanks_stay(tmp_path):
    book = _book(tmp_path)
    out = tmp_path / "chase"
    result = call("track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out))
    assert result.returncode == 0, result.stderr
    for path in out.iterdir():
        assert "（联系人：______，联系电话：______）" in _texts(path)


# -- 3. one notice of a kind a unit a day, across commands ---------------------------


def test_a_unit_sent_a_return_notice_still_gets_its_chase_notice_the_same_day(tmp_path):
    # The rule is one notice of a kind a unit a day: a 退回修改通知 on its file says
    # nothing of its late tasks, so the 督办通知 is sent too (the sixth reader's 省公安厅:
    # 12 late tasks and no 督办通知).
    book = _book(tmp_path)
    returned = tmp_path / "returned"
    _bad_return(returned, BIANBAN)  # 省委编办 has late tasks as of 2025-01-01 (53, 41)
    result = call(
        "track", "collect", str(returned), "--into", str(book), "--notices",
        str(tmp_path / "returns"), "--date", "2025-01-07",
    )  # fmt: skip
    assert (tmp_path / "returns" / f"{BIANBAN}-退回修改通知.docx").exists()
    out = tmp_path / "chase"
    args = ("track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out))
    result = call(*args, "--date", "2025-01-07")
    assert result.returncode == 0, result.stderr
    assert (out / f"{BIANBAN}-督办通知.docx").exists()
    assert "same day" not in result.stdout
    # Run again the same day, the 督办通知 is not sent twice: the log keeps one a unit.
    result = call(*args, "--date", "2025-01-07", "--force")
    assert result.returncode == 0, result.stderr
    log = json.loads(book.read_text(encoding="utf-8"))["notices"]
    kinds = [(n["unit"], n["kind"]) for n in log if n["dated"] == "2025-01-07"]
    assert kinds.count((BIANBAN, "督办通知")) == 1
    assert kinds.count((BIANBAN, "退回修改通知")) == 1


def test_only_the_same_kind_sent_the_same_day_leaves_a_unit_out():
    from dg_plan.tracking.issued import Issued, sent_on  # noqa: PLC0415

    day = datetime.date(2025, 1, 7)
    log = (
        Issued("退回修改通知", "省公安厅", "", day, "省公安厅-退回修改通知.docx"),
        Issued("督办通知", BIANBAN, "", day, f"{BIANBAN}-督办通知.docx"),
        Issued("督办通知", AUDIT, "", day - datetime.timedelta(days=1), "x.docx"),
        Issued("督办通知", "省气象局", "", day, "省气象局-督办通知.docx"),
    )
    due = {"省公安厅": "督办通知", BIANBAN: "督办通知", AUDIT: "督办通知", "省气象局": "催报通知"}
    # 省公安厅: another kind that day; 省审计厅: the same kind, another day; 省气象局:
    # a 督办通知 that day, a 催报通知 due now.
    assert sent_on(log, day, due) == {BIANBAN: "督办通知"}


def test_the_units_left_out_are_told_in_a_sentence_a_kind():
    from dg_plan._cli.chase_views import chase_text  # noqa: PLC0415
    from dg_plan._cli.results import ChaseList  # noqa: PLC0415
    from dg_plan._i18n import using  # noqa: PLC0415

    found = ChaseList(
        "2025-01-01",
        (),
        already={"省公安厅": "督办通知", "省民政厅": "督办通知", AUDIT: "催报通知"},
    )
    with using("zh"):
        lines = chase_text(found).splitlines()
    assert "省公安厅、省民政厅当日已发督办通知，本次未再发。" in lines
    assert f"{AUDIT}当日已发催报通知，本次未再发。" in lines


# -- 4. words a recipient finds true ----------------------------------------------------


def _chase_notice(tmp_path: Path, reason: str) -> list[str]:
    chase = next(c for c in ledger().chase(R2) if c.unit == BIANBAN)
    chase = tracking.Chase(chase.unit, chase.items, set_aside=True, reason=reason)
    path = tmp_path / f"{reason}.docx"
    tracking.write_notice(ledger(), chase, path, R2, dated=R2)
    return _texts(path)


def test_a_chase_notice_for_two_files_says_they_await_the_offices_choice(tmp_path):
    body = "\n".join(_chase_notice(tmp_path, "two_files"))
    # No 退回修改 notice was sent to a unit whose two files await the office's choice.
    assert "退回" not in body
    assert "两份填报表" in body
    assert "待核定" in body


def test_a_chase_notice_for_another_rounds_file_names_the_resend_notice(tmp_path):
    body = "\n".join(_chase_notice(tmp_path, "other_round"))
    assert "重新报送通知" in body
    assert "退回修改通知" not in body


def test_the_resend_notice_is_named_by_its_title(tmp_path):
    wrong = problem(
        "other_round", None, file=f"{AUDIT}.xlsx", row=2, column="统计截止日期",
        as_of=R1, expected=R2,
    )  # fmt: skip
    aside = tracking.SetAside(f"{AUDIT}.xlsx", AUDIT, R1, (wrong,), reason="other_round")
    ((_, path),) = tracking.write_notices(PLAN, [aside], tmp_path, dated=R2)
    assert _texts(path)[0] == "关于重新报送本轮推进情况填报表的通知"
    assert path.name == f"{AUDIT}-重新报送通知.docx"


def test_a_reminder_dates_the_late_tasks_by_the_chase_day(tmp_path):
    # Sent the round's templates as of 2024-06-30; chased as of 2024-07-01. Task 9 is due
    # 2024年6月底前: on 2024-06-30 it is due that day, not past its deadline.
    sent = tmp_path / "sent"
    sent.mkdir()
    unit = "省信访局"
    tracking.write_template(PLAN, unit, sent / f"{unit}.xlsx", as_of=R1)
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(tracking.Ledger(PLAN, ())), encoding="utf-8")
    out = tmp_path / "chase"
    result = call(
        "track", "chase", str(book), "--as-of", "2024-07-01", "--sent", str(sent),
        "--notices", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    texts = _texts(out / f"{unit}-催报通知.docx")
    late = next(t for t in texts if "已过完成时限" in t)
    assert late.startswith("截至2024年7月1日")


def test_a_renamed_only_sheet_of_the_template_is_read_with_a_note(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=R2)
    fill(path, {50: ("推进中",)})
    book = openpyxl.load_workbook(path)
    for name in book.sheetnames[1:]:
        del book[name]
    book.worksheets[0].title = "Sheet1"
    book.save(path)
    returned = tracking.read_returns(PLAN, [path], keep_going=True)
    assert not returned.set_aside
    assert [(r.task, r.unit) for r in returned.ledger.reports] == [(50, AUDIT)]
    (note,) = [n for n in returned.notes if n.kind == "renamed_sheet"]
    assert "Sheet1" in note.render("zh", whole=True)


def test_a_workbook_not_the_template_says_its_sheets_without_a_value(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / f"{AUDIT}.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    book.active["A1"] = "自制表格"
    book.save(path)
    (aside,) = tracking.read_returns(PLAN, [path], keep_going=True).set_aside
    (found,) = aside.problems
    said = found.render("zh", whole=True)
    assert "值：" not in said
    assert "Sheet1" in said


def test_days_in_chinese_problems_are_chinese_days(tmp_path):
    path = tmp_path / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=R2)
    fill(path, {50: ("已完成", datetime.datetime(2023, 1, 5))})  # noqa: DTZ001 - a cell's day
    (aside,) = tracking.read_returns(PLAN, [path], keep_going=True).set_aside
    said = " ".join(p.render("zh") for p in aside.problems)
    # The plan was issued on 2023-04-26 (its metadata, as the document prints it).
    assert "2023年4月26日" in said
    assert "2023-04-26" not in said


def test_a_replaced_round_is_said_with_a_chinese_day(tmp_path):
    book = ledger()
    path = tmp_path / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=R2)
    fill(path, {50: ("推进中", None, "常态化开展审计")})
    returned = tracking.read_returns(PLAN, [path], ledger=book, replace=True)
    (note,) = [n for n in returned.notes if n.kind == "replaced_in_ledger"]
    said = note.render("zh")
    assert "数据截止日期为2024年12月31日" in said
    assert "2024-12-31" not in said


def test_two_files_of_a_unit_are_placed_at_the_file_in_an_offices_words(tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    for name, note in ((f"{AUDIT}.xlsx", "初稿"), (f"{AUDIT}（修改稿）.xlsx", "修改稿")):
        tracking.write_template(PLAN, AUDIT, folder / name, as_of=R2)
        fill(folder / name, {50: ("推进中", None, note)})
    aside = tracking.read_returns(PLAN, [folder], keep_going=True).set_aside
    assert len(aside) == 2
    for f in aside:
        (found,) = f.problems
        assert (found.row, found.column) == (None, None)
        said = found.render("zh", whole=True)
        assert "--" not in said  # what to do, not an option's syntax
        assert "第2行" not in said


def test_collects_summary_counts_the_files_set_aside_by_what_happens_to_them(tmp_path):
    folder = tmp_path / "returned"
    _bad_return(folder, BIANBAN)
    for name, note in ((f"{AUDIT}.xlsx", "初稿"), (f"{AUDIT}（修改稿）.xlsx", "修改稿")):
        tracking.write_template(PLAN, AUDIT, folder / name, as_of=R2)
        fill(folder / name, {50: ("推进中", None, note)})
    result = call(
        "--lang", "zh", "track", "collect", str(folder), "-o", str(tmp_path / "l.json"),
        "--notices", str(tmp_path / "n"),
    )  # fmt: skip
    # Each count a sentence of its own, on its own line (the round-10 users).
    head = result.stdout.splitlines()[:3]
    assert "1个文件存在问题，已搁置待退回修改。" in head
    assert "2个文件为同一单位同期报回的多份填报表，已搁置待核定。" in head
    # The two files of one unit are named once, in the line saying no notice went to
    # them (the round-11 clerk), not again in a list of files without a notice.
    assert result.stdout.count(f"{AUDIT}（修改稿）.xlsx") == 1
    assert "xlsx未生成" not in result.stdout


@pytest.mark.parametrize("width", range(40, 100))
def test_help_keeps_a_quoted_separator_whole(width):
    text = "通知的抄送单位，印在通知末尾；可重复使用本选项，或用“、”分隔多个单位（默认不抄送）"
    lines = HelpFormatter("dg-plan")._split_lines(text, width)
    assert "".join(lines) == text
    assert not any(line.endswith("“、") for line in lines)
