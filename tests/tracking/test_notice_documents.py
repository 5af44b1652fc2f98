"""The notices as documents an office sends and files: 文号, 抄送, titles, dates, wording.

An office trial and a reader of government Chinese found the notices without document
numbers or a 抄送 line, a return on last round's template sent back under the title of
a cells-to-fix notice, ISO days in a notice, and the 督办通知's 尚未报送完成 (issues 21, 23).
The expected words come from the rules an official document follows (GB/T 9704: the
number above the title as 豫督〔2024〕1号, 抄送： with the bodies and a 。 at the foot;
every day as 2024年6月30日).
"""

from __future__ import annotations

import datetime
import re

import docx

from dg_plan import tracking
from dg_plan._tracking_problems import problem
from dg_plan.tracking.notices import remind_notices
from dg_plan.tracking.rounds import SetAside
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN, R1, R2, ledger
from helpers.workbooks import fill

ISSUED = "2025-01-02"
CC = ("省政府办公厅", "省委督查室")
CC_LINE = "抄送：省政府办公厅，省委督查室。"
# A day written in digits: ISO, or with / or . between its parts.
DIGIT_DAY = re.compile(r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}")


def _text(path):
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return [p.text for p in document.paragraphs], cells


def _earlier_round(unit, file_day):
    """A return on an earlier round's template, which the ledger holds already."""
    found = problem(
        "round_in_ledger",
        None,
        file=f"{unit}.xlsx",
        row=2,
        column="统计截止日期",
        unit=unit,
        as_of=file_day,
        as_of_zh="",
        first="first.xlsx",
    )
    return SetAside(f"/r/{unit}.xlsx", unit, file_day, (found,))


def _cells_to_fix(unit):
    """A return with a 推进中 row whose 完成日期 holds a day, as a date and as text."""
    number = PLAN.responsibilities(PLAN.unit(unit))[0].task.number
    found = tuple(
        problem(
            "day_not_done_cell",
            value,
            file=f"{unit}.xlsx",
            row=row,
            column="完成日期",
            heading="完成日期",
            status="推进中",
        )
        for row, value in ((5, datetime.date(2024, 6, 15)), (6, "2024/6/16"))
    )
    return SetAside(
        f"/r/{unit}.xlsx", unit, R2, found, ((5, number), (6, number)), ((5, "推进中"),)
    )


def test_a_return_on_last_rounds_template_has_its_own_title_and_names_both_days(tmp_path):
    written = tracking.write_notices(
        PLAN,
        [_earlier_round("省司法厅", R1), _cells_to_fix("省审计厅")],
        tmp_path,
        dated=ISSUED,
        as_of=R2,
    )
    by_unit = dict(written)
    paragraphs, cells = _text(by_unit["省司法厅"])
    assert paragraphs[0] == "关于重新报送本轮推进情况填报表的通知"
    (body,) = [p for p in paragraphs if "文件名：“省司法厅.xlsx”" in p]
    # Both 截至日期: the file's (last round's) and this round's, the one asked for.
    assert "截至2024年6月30日" in body
    assert "截至2024年12月31日" in body
    assert "本轮" in body
    # Not a cells-to-fix notice: no table, no 请与我们联系, no 退回修改 wording.
    assert cells == []
    assert not any("我们" in p or "修改" in p for p in paragraphs)
    # A notice with cells to fix keeps its title.
    assert _text(by_unit["省审计厅"])[0][0] == "关于退回修改推进情况填报表的通知"


def test_the_round_day_is_read_from_an_other_round_problem(tmp_path):
    found = problem(
        "other_round",
        None,
        file="省气象局.xlsx",
        row=2,
        column="统计截止日期",
        as_of="2024-06-30",
        expected="2024-12-31",
    )
    aside = SetAside("/r/省气象局.xlsx", "省气象局", R1, (found,))
    ((_unit, path),) = tracking.write_notices(PLAN, [aside], tmp_path, dated=ISSUED)
    paragraphs, _cells = _text(path)
    assert paragraphs[0] == "关于重新报送本轮推进情况填报表的通知"
    assert any("截至2024年6月30日" in p and "截至2024年12月31日" in p for p in paragraphs)


def test_every_day_in_a_return_notice_reads_as_chinese(tmp_path):
    ((_unit, path),) = tracking.write_notices(
        PLAN, [_cells_to_fix("省审计厅")], tmp_path, dated=ISSUED
    )
    paragraphs, cells = _text(path)
    assert not [t for t in paragraphs + cells if DIGIT_DAY.search(t)]
    # What the cells held, as days: the date cell and the text 2024/6/16.
    assert "2024年6月15日" in cells
    assert "2024年6月16日" in cells


def test_numbers_above_the_titles_in_file_order_and_the_cc_line_last(tmp_path):
    book = ledger()
    written = tracking.chase_notices(
        book, "2025-01-01", tmp_path / "chase", dated=ISSUED, number="豫督〔2024〕", cc=CC
    )
    assert len(written) > 2
    for n, path in enumerate(written, start=1):
        paragraphs, _cells = _text(path)
        assert paragraphs[0] == f"豫督〔2024〕{n}号"
        # The 抄送 line is the document's last, after the date it is signed on and the
        # contact line under the date.
        assert paragraphs[-1] == CC_LINE
        assert paragraphs[-3] == "2025年1月2日"
    returns = tracking.write_notices(
        PLAN,
        [_cells_to_fix("省审计厅"), _earlier_round("省司法厅", R1)],
        tmp_path / "return",
        dated=ISSUED,
        number="豫督〔2024〕",
        cc=CC,
        first_number=7,
    )
    assert [_text(p)[0][0] for _u, p in returns] == ["豫督〔2024〕7号", "豫督〔2024〕8号"]
    assert all(_text(p)[0][-1] == CC_LINE for _u, p in returns)
    (remind,) = remind_notices(
        PLAN, ["省审计厅"], R2, tmp_path / "remind", dated=ISSUED, number="豫督〔2024〕", cc=CC
    )
    paragraphs, _cells = _text(remind)
    assert (paragraphs[0], paragraphs[-1]) == ("豫督〔2024〕1号", CC_LINE)


def test_by_default_no_number_and_no_cc(tmp_path):
    (path, *_rest) = tracking.chase_notices(ledger(), "2025-01-01", tmp_path, dated=ISSUED)
    paragraphs, _cells = _text(path)
    # The addressee right under the title; the date, then the contact line last.
    assert paragraphs[1].endswith("：")
    assert paragraphs[-2] == "2025年1月2日"
    assert not any(p.startswith("抄送") for p in paragraphs)


def test_the_chase_notice_reads_as_an_office_writes(tmp_path):
    written = tracking.chase_notices(
        ledger(), "2025-01-01", tmp_path, dated=ISSUED, set_aside=[BIANBAN]
    )
    texts = {p: _text(p) for p in written}
    for paragraphs, cells in texts.values():
        body = paragraphs[2]
        assert "尚未报送完成" not in body
        assert "已过完成时限" in body
        assert not [t for t in paragraphs + cells if DIGIT_DAY.search(t)]
    # The unit whose file was sent back for correction is told so, in a line of its own.
    (bianban,) = [v for p, v in texts.items() if BIANBAN in str(p)]
    assert any("退回" in p and "修改" in p for p in bianban[0][2:4])
    others = [v for p, v in texts.items() if BIANBAN not in str(p)]
    assert not any("退回" in p for paragraphs, _c in others for p in paragraphs)


def test_the_commands_number_the_notices_and_copy_them(tmp_path):
    returned = tmp_path / "returned"
    returned.mkdir()
    path = returned / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, path, as_of=R2)
    number = PLAN.responsibilities(PLAN.unit(BIANBAN))[0].task.number
    fill(path, {number: ("差不多了",)})
    out = tmp_path / "notices"
    result = call(
        "track",
        "collect",
        str(returned),
        "-o",
        str(tmp_path / "l.json"),
        "--notices",
        str(out),
        "--number",
        "豫督〔2024〕",
        "--cc",
        "省政府办公厅、省委督查室",
    )
    assert result.returncode == 3, result.stderr
    paragraphs, _cells = _text(out / f"{BIANBAN}-退回修改通知.docx")
    assert (paragraphs[0], paragraphs[-1]) == ("豫督〔2024〕1号", CC_LINE)
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    chase = tmp_path / "chase"
    result = call(
        "track",
        "chase",
        str(book),
        "--as-of",
        "2025-01-01",
        "--notices",
        str(chase),
        "--number",
        "豫督〔2024〕",
        "--cc",
        "省政府办公厅",
        "--cc",
        "省委督查室",
    )
    assert result.returncode == 0, result.stderr
    numbers = sorted(_text(p)[0][0] for p in chase.iterdir())
    assert numbers == sorted(f"豫督〔2024〕{n}号" for n in range(1, len(numbers) + 1))
    assert all(_text(p)[0][-1] == CC_LINE for p in chase.iterdir())
