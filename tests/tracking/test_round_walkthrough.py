"""Faults a tested walkthrough of a reporting round found (issue 21), one test each.

Expected values come from the rule each fault states, or from the plan as the source
document prints it.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import docx
import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN, R2, ledger
from helpers.workbooks import fill

NEW_YEAR = datetime.date(2025, 1, 1)


def _edited(path: Path) -> None:
    """What a clerk does to a draft: add the document's number, save it."""
    document = docx.Document(str(path))
    document.add_paragraph("豫督办〔2025〕1号")
    document.save(str(path))


def _is_edited(path: Path) -> bool:
    return any(p.text == "豫督办〔2025〕1号" for p in docx.Document(str(path)).paragraphs)


def _bad_return(folder: Path, unit: str) -> None:
    """A returned file of *unit* with a status nobody can read: it is set aside."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{unit}.xlsx"
    tracking.write_template(PLAN, unit, path, as_of=R2)
    number = PLAN.responsibilities(PLAN.unit(unit))[0].task.number
    fill(path, {number: ("差不多了",)})


# -- 1. a second chase or collect does not write over the drafts a clerk edited ---------


def test_chase_notices_are_not_overwritten_without_force(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    # The folder is made if missing, as the help says.
    out = tmp_path / "new" / "notices"
    args = ("track", "chase", str(book), "--as-of", "2025-01-01", "--notices", str(out))
    first = call(*args)
    assert first.returncode == 0, first.stderr
    mine = out / f"{BIANBAN}-督办通知.docx"
    _edited(mine)
    again = call(*args)
    assert again.returncode == 1  # refused, not mistyped
    # Every notice in the way is named, and the way to overwrite them.
    chased = [c.unit for c in ledger().chase(NEW_YEAR)]
    assert len(chased) > 1
    for unit in chased:
        assert str(out / f"{unit}-督办通知.docx") in again.stderr
    assert "--force" in again.stderr
    assert _is_edited(mine)
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 1
    # More than three in the way: counted, then listed one a line.
    assert f"以下{len(chased)}份通知已存在" in zh.stderr
    assert _is_edited(mine)
    forced = call(*args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert not _is_edited(mine)
    # The library: overwrite=False refuses, naming the files; by default it writes.
    _edited(mine)
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        tracking.chase_notices(ledger(), NEW_YEAR, out, overwrite=False)
    assert info.value.kind is dg_plan.QueryErrorKind.NOTICES_EXIST
    assert str(mine) in str(info.value)
    assert _is_edited(mine)
    tracking.chase_notices(ledger(), NEW_YEAR, out)
    assert not _is_edited(mine)


def test_chase_help_says_the_folder_is_made():
    shown = call("track", "chase", "--help").stdout
    assert "existing folder" not in shown
    assert "created if missing" in " ".join(shown.split())


def test_collect_notices_are_not_overwritten_without_force(tmp_path):
    returned = tmp_path / "returned"
    _bad_return(returned, BIANBAN)
    out = tmp_path / "notices"
    args = ("track", "collect", str(returned), "-o", str(tmp_path / "l.json"))
    first = call(*args, "--notices", str(out))
    assert first.returncode == 3, first.stderr
    (notice,) = out.iterdir()
    assert notice.name == f"{BIANBAN}-退回修改通知.docx"
    _edited(notice)
    (tmp_path / "l.json").unlink()
    again = call(*args, "--notices", str(out))
    assert again.returncode == 1  # refused, not mistyped
    assert str(notice) in again.stderr
    assert "--force" in again.stderr
    assert _is_edited(notice)
    # Nothing was written: not the ledger either.
    assert not (tmp_path / "l.json").exists()
    forced = call(*args, "--notices", str(out), "--force")
    assert forced.returncode == 3, forced.stderr
    assert not _is_edited(notice)
    returns = tracking.read_returns(PLAN, [returned], keep_going=True)
    _edited(notice)
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        tracking.write_notices(PLAN, returns.set_aside, out, overwrite=False)
    assert info.value.kind is dg_plan.QueryErrorKind.NOTICES_EXIST
    assert _is_edited(notice)


# -- 2. collect's 退回修改 notice is signed by the office, as chase's 督办通知 is -----------


def test_collect_signs_the_return_notices_with_the_office(tmp_path):
    returned = tmp_path / "returned"
    _bad_return(returned, BIANBAN)
    out = tmp_path / "notices"
    args = ("track", "collect", str(returned), "-o", str(tmp_path / "l.json"))
    result = call(*args, "--notices", str(out), "--office", "省政府督查室")
    assert result.returncode == 3, result.stderr
    notice = docx.Document(str(out / f"{BIANBAN}-退回修改通知.docx"))
    paragraphs = [p.text for p in notice.paragraphs]
    # The foot: the office, the date, the contact line; no placeholder for the office.
    assert paragraphs[-3] == "省政府督查室"
    assert "（发文单位）" not in paragraphs
    # Without it, the placeholder, as before.
    plain = call(*args[:-1], str(tmp_path / "l2.json"), "--notices", str(tmp_path / "plain"))
    assert plain.returncode == 3, plain.stderr
    doc = docx.Document(str(tmp_path / "plain" / f"{BIANBAN}-退回修改通知.docx"))
    assert "（发文单位）" in [p.text for p in doc.paragraphs]
    # The same option, the same help as chase's.
    helps = [" ".join(call("track", a, "--help").stdout.split()) for a in ("collect", "chase")]
    said = "the sending office, signed on the notices (without it, a placeholder to fill in)"
    assert all(f"--office NAME {said}" in h for h in helps)


# -- 3. every command says its day as Chinese writes it, 截至 then the day, no space ------


def test_every_track_command_says_its_day_alike_in_chinese(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    # The day typed as a clerk may type it; printed, it is 2024年12月31日 after 截至.
    day = ("--as-of", "2024/12/31")
    runs = {
        "template --all": ("track", "template", "--all", str(tmp_path / "sent"), *day),
        "status": ("track", "status", str(book), *day),
        "late": ("track", "late", str(book), *day),
        "scorecard": ("track", "scorecard", str(book), *day),
        "chase": ("track", "chase", str(book), *day),
    }
    for name, args in runs.items():
        result = call("--lang", "zh", *args)
        assert result.returncode == 0, (name, result.stderr)
        first = result.stdout.splitlines()[0]
        assert "截至2024年12月31日" in first, (name, first)
        assert "2024-12-31" not in result.stdout, name
        assert "截至 " not in result.stdout, name


# -- 4. collect --into says this round's reports and files apart from the ledger's total --


def test_collect_into_says_this_rounds_figures_and_the_ledgers_total(tmp_path):
    # Round one: 省委编办 reports on 40 and 41 (2 reports, 1 file). Round two, into
    # the same ledger: 省审计厅 on 50 and 省委编办 on 53 (1 report each, 2 files):
    # this round 2 reports from 2 files; the ledger then holds 2 + 2 = 4.
    first, second = tmp_path / "r1", tmp_path / "r2"
    first.mkdir()
    second.mkdir()
    tracking.write_template(PLAN, BIANBAN, first / f"{BIANBAN}.xlsx", as_of="2024-06-30")
    fill(first / f"{BIANBAN}.xlsx", {40: ("推进中",), 41: ("推进中",)})
    for unit, task in (("省审计厅", 50), (BIANBAN, 53)):
        tracking.write_template(PLAN, unit, second / f"{unit}.xlsx", as_of=R2)
        fill(second / f"{unit}.xlsx", {task: ("推进中",)})
    book = tmp_path / "ledger.json"
    assert call("track", "collect", str(first), "-o", str(book)).returncode == 0
    before = book.read_bytes()
    en = call("track", "collect", str(second), "--into", str(book))
    assert en.returncode == 0, en.stderr
    assert len(tracking.loads(PLAN, book.read_text("utf-8")).reports) == 4
    assert en.stdout.splitlines()[:2] == [
        f"Wrote {book}: 2 reports from this round's 2 files read into the ledger.",
        "The ledger now holds 4 reports.",
    ]
    book.write_bytes(before)
    zh = call("--lang", "zh", "track", "collect", str(second), "--into", str(book))
    assert zh.returncode == 0, zh.stderr
    assert zh.stdout.splitlines()[:2] == [
        f"已将本轮2个文件中的2条报送记录汇入台账（“{book}”）。",
        "台账现共4条报送记录。",
    ]


# -- 5. the xlsx report puts 到期未完成 right after 逾期未完成, as the page does -------------


def test_the_xlsx_report_puts_due_on_the_day_after_late(tmp_path):
    import openpyxl  # noqa: PLC0415

    path = tmp_path / "report.xlsx"
    tracking.report(ledger(), R2, path, language="zh")
    assert openpyxl.load_workbook(path).sheetnames == [
        *("说明", "一、（一）按部分统计", "一、（二）按完成时限统计"),
        *(
            "二、（一）逾期未完成任务",
            "二、（二）到期未完成任务",
            "二、（三）较上一轮变化",
            "二、（四）全部任务进展情况",
            "三、各单位主责任务完成情况",
        ),
        "四、前后报送不一致的情况",
    ]
    # The page's order of the two: late, then due on the day, one after the other.
    page = tmp_path / "report.html"
    tracking.report(ledger(), R2, page, language="zh")
    headings = re.findall(r"<h3>([^<]+)</h3>", page.read_text("utf-8"))
    late = next(i for i, h in enumerate(headings) if h.startswith("（一）逾期未完成"))
    assert headings[late + 1].startswith("（二）到期未完成")


# -- 6. a task's outstanding units come in the task's printed order ---------------------


def _outstanding_of(book: tracking.Ledger, tmp_path: Path, task: int) -> list[str]:
    """Task *task*'s 未完成单位 in the xlsx report's 逾期未完成 and 推进情况 sheets (agreeing)."""
    import openpyxl  # noqa: PLC0415

    path = tmp_path / "report.xlsx"
    tracking.report(book, "2024-06-30", path, language="zh")
    wb = openpyxl.load_workbook(path)
    late_rows = wb["二、（一）逾期未完成任务"].iter_rows(min_row=2, values_only=True)
    late = {r[0]: r[3] for r in late_rows}
    standing = {
        r[0]: r[5] for r in wb["二、（四）全部任务进展情况"].iter_rows(min_row=2, values_only=True)
    }
    assert late[task] == standing[task]
    return late[task].split("、")


def test_outstanding_units_keep_the_tasks_printed_order(tmp_path):
    # Task 11 (2023年12月底前) prints 省应急管理厅，各省辖市政府、济源示范区管委会、
    # 航空港区管委会按职责分工负责: all four accountable, in this order.
    printed = ["省应急管理厅", "各省辖市政府", "济源示范区管委会", "航空港区管委会"]
    assert [u.name for u in PLAN.task(11).accountable] == printed
    elsewhere = tracking.Report(50, "省审计厅", tracking.Status.IN_PROGRESS, R2)
    nobody = tracking.Ledger(PLAN, [elsewhere])
    assert _outstanding_of(nobody, tmp_path, 11) == printed
    # 郑州 done: the other cities, in the collective's order, where the collective stands.
    zhengzhou = "郑州市人民政府"
    day = datetime.date(2024, 6, 30)
    done = tracking.Report(
        11, zhengzhou, tracking.Status.DONE, day, completed_on=datetime.date(2023, 12, 1)
    )
    others = [m for m in PLAN.unit("各省辖市政府").members if m != zhengzhou]
    assert _outstanding_of(tracking.Ledger(PLAN, [done]), tmp_path, 11) == [
        "省应急管理厅",
        *others,
        "济源示范区管委会",
        "航空港区管委会",
    ]
