"""Issue 21, the round-10 clerk's and reader's findings, each fixed by a stated rule.

1. A late correction of an earlier round that a later round's report contradicts is
   warned at collect, as the other way round is; its line does not call it this round's.
3. collect's second line counts the files the office chooses among (two of one unit)
   apart from those with problems, as its first line does.
4. A file that is no template of the round (another plan's, another round's, not the
   template, unopenable) gets a 重新报送通知, and collect names each kind of notice.
5. collect says why each file is set aside: cells to fix (待退回修改), no template of
   the round (待重新报送), the ledger already holding the unit's reports for the day.
"""

from __future__ import annotations

import datetime
import re

import docx
import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN, REPORTS
from helpers.workbooks import fill
from tracking.test_sixty_returns import FOREIGN, SET_ASIDE, make_round

D = datetime.date
JUNE, JULY = D(2024, 6, 30), D(2024, 7, 31)


# -- 1. a late correction contradicted by a later round -----------------------------------


def _two_rounds(tmp_path):
    """A ledger of 省委编办's two rounds: task 53 done on 2024-07-08, said in July's."""
    book = tracking.Ledger(
        PLAN,
        [
            tracking.Report(53, BIANBAN, tracking.Status.IN_PROGRESS, JUNE),
            tracking.Report(53, BIANBAN, tracking.Status.DONE, JULY, completed_on=D(2024, 7, 8)),
        ],
    )
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(book), encoding="utf-8")
    return path


def test_a_late_correction_contradicted_by_a_later_round_is_warned(tmp_path):
    book = _two_rounds(tmp_path)
    # The corrected June file: done on 2024-05-10, where July's says done on 2024-07-08.
    corrected = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, corrected, as_of=JUNE)
    fill(corrected, {53: ("已完成", D(2024, 5, 10))})
    result = call(
        "--lang", "zh", "track", "collect", str(corrected), "--into", str(book), "--replace"
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"与{BIANBAN}截至2024年7月31日对第53项任务的后一轮报送记录（已完成，2024年7月8日完成）矛盾"
        in result.stderr
    ), result.stderr
    assert "请向该单位核实以哪次为准" in result.stderr
    # Not "this round's" file: June's, before the ledger's latest round.
    assert "本轮" not in result.stdout, result.stdout
    assert "截至2024年6月30日" in result.stdout, result.stdout


def test_a_late_correction_that_agrees_with_the_later_round_is_not_warned(tmp_path):
    book = _two_rounds(tmp_path)
    corrected = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, corrected, as_of=JUNE)
    fill(corrected, {53: ("推进中",)})
    result = call(
        "--lang", "en", "track", "collect", str(corrected), "--into", str(book), "--replace"
    )
    assert result.returncode == 0, result.stderr
    assert "later report" not in result.stderr


# -- 3, 4, 5. the sixty returns' collect: what each file set aside is counted as ---------

# Expected from the round's own table of files set aside (SET_ASIDE), not from the code.
OFFICE = {n for n, (_, ps) in SET_ASIDE.items() if {k for *_, k in ps} == {"two_files_of_unit"}}
AGAIN_KINDS = {"other_round", "round_in_ledger", "unreadable_file", *FOREIGN}
AGAIN = {n for n, (_, ps) in SET_ASIDE.items() if any(k in AGAIN_KINDS for *_, k in ps)}
BACK = set(SET_ASIDE) - OFFICE - AGAIN
# Of those asked for again, the files that cannot be opened are counted apart (#21).
BROKEN = {
    n
    for n in AGAIN
    if any(k in {"unreadable_file", "unreadable_xlsx"} for *_, k in SET_ASIDE[n][1])
}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_round(tmp_path_factory.mktemp("round"))


def _collected(made, tmp_path):
    sent, returned, june = made
    out, notices = tmp_path / "december.json", tmp_path / "notices"
    done = call(
        "--lang", "zh", "track", "collect", str(returned), "--into", str(june), "-o", str(out),
        "--notices", str(notices), "--sent", str(sent),
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    return done, notices


def test_the_second_line_counts_the_office_files_apart(made, tmp_path):
    done, _ = _collected(made, tmp_path)
    lines = done.stdout.splitlines()
    assert f"{len(OFFICE)}个文件为同一单位同期报回的多份填报表，已搁置待核定。" in lines
    # Counted once (#23, zh11): the heading over the files set aside counts nothing again.
    assert not any(line.startswith("报回的") for line in lines)
    assert "已搁置文件及其问题如下：" in lines


def test_each_file_set_aside_is_said_why(made, tmp_path):
    done, _ = _collected(made, tmp_path)
    lines = done.stdout.splitlines()
    assert f"{len(BACK)}个文件存在问题，已搁置待退回修改。" in lines
    assert f"{len(AGAIN - BROKEN)}个文件不是本轮下发的填报表，已搁置待重新报送。" in lines
    assert f"{len(BROKEN)}个文件无法打开，已搁置待重新报送。" in lines


def test_a_file_of_no_template_of_the_round_gets_a_resend_notice(made, tmp_path):
    done, notices = _collected(made, tmp_path)
    units_again = {SET_ASIDE[n][0] for n in AGAIN}
    units_back = {SET_ASIDE[n][0] for n in BACK}
    assert not units_again & units_back  # each unit one kind here
    written = {p.name for p in notices.iterdir()}
    assert written == {f"{u}-重新报送通知.docx" for u in units_again} | {
        f"{u}-退回修改通知.docx" for u in units_back
    }
    # Another plan's template (清单校验码 not this plan's): the glossary's 重新报送通知.
    other = next(n for n, (_, ps) in SET_ASIDE.items() if ps[0][2] == "template_other_plan")
    doc = docx.Document(str(notices / f"{SET_ASIDE[other][0]}-重新报送通知.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "关于重新报送本轮推进情况填报表的通知" in text
    assert "关于退回修改推进情况填报表的通知" not in text
    count = len(units_again) + len(units_back)
    head = (
        f"已生成通知{count}份（退回修改通知{len(units_back)}份、"
        f"重新报送通知{len(units_again)}份）："
    )
    assert head in done.stdout.splitlines()


def test_a_file_for_a_day_the_ledger_holds_is_said_so(tmp_path):
    book = tmp_path / "ledger.json"
    june = tracking.Ledger(PLAN, [tracking.Report(53, BIANBAN, tracking.Status.NOT_STARTED, JUNE)])
    book.write_text(tracking.dumps(june), encoding="utf-8")
    again = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, again, as_of=JUNE)
    fill(again, {53: ("推进中",)})
    result = call("--lang", "zh", "track", "collect", str(again), "--into", str(book))
    assert result.returncode == 3, result.stderr
    first, second = result.stdout.splitlines()[:2]
    assert second == "1个文件已搁置：台账中已有该单位同期报送记录。", second
    assert "待退回修改" not in first + second


# -- 6. an expected day where the template invites one: no warning row by row ------------


def test_expected_days_as_the_template_invites_are_said_once_per_file(tmp_path):
    # The template's row 3 asks a task in progress or not started for its expected
    # completion time in the 完成日期 column: a unit that wrote it is not warned per row.
    path = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, path, as_of=JUNE)
    rows = fill(
        path,
        {40: ("推进中", "2024年12月底前"), 41: ("未启动", "2024年10月"), 53: ("推进中", "年底前")},
    )
    result = call("--lang", "zh", "track", "collect", str(path), "-o", str(tmp_path / "l.json"))
    assert result.returncode == 0, result.stderr
    assert "无需填写" not in result.stderr
    # One 提示 for the file (reader 9: labelled as every note is), not one a row.
    assert result.stderr.count("提示") == 1, result.stderr
    first, last = min(rows.values()), max(rows.values())
    assert sorted(rows.values()) == list(range(first, last + 1))
    line = (
        f"提示：“{BIANBAN}.xlsx”“填报”表第{first}—{last}行所列任务尚未完成，"
        "所填“完成（预计完成）日期”已作为预计完成日期收录。"
    )
    assert result.stderr.splitlines() == [line]


# -- 2. one deadline a unit: the 督办通知 asks for the 退回修改通知's return-by day ----------


def test_a_unit_sent_back_its_file_is_chased_for_the_same_day(tmp_path):
    # 省委编办's June file is sent back on 2024-07-01 to be returned by 2024-07-10; the
    # chase of the same day asks the other units to reply by 2024-07-08, and 省委编办
    # by 2024-07-10: one unit, one deadline.
    returned = tmp_path / "returned"
    returned.mkdir()
    path = returned / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, path, as_of=JUNE)
    fill(path, {53: ("已完城",)})  # not a status: set aside, sent back
    book = tmp_path / "ledger.json"
    notices = tmp_path / "notices"
    done = call(
        "--lang", "zh", "track", "collect", str(returned), "-o", str(book),
        "--notices", str(notices), "--date", "2024-07-01", "--return-by", "2024-07-10",
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    chase = tmp_path / "chase"
    done = call(
        "--lang", "zh", "track", "chase", str(book), "--as-of", "2024-06-30",
        "--date", "2024-07-01", "--reply-by", "2024-07-08", "--notices", str(chase),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr

    def text(name):
        return "\n".join(p.text for p in docx.Document(str(chase / name)).paragraphs)

    own = text(f"{BIANBAN}-督办通知.docx")
    assert "2024年7月10日前" in own, own
    assert "2024年7月8日" not in own
    other = next(p.name for p in chase.iterdir() if not p.name.startswith(BIANBAN))
    assert "2024年7月8日前" in text(other)
    # A return-by day already past is no deadline open: the chase's day is asked.
    later = tmp_path / "later"
    done = call(
        "--lang", "zh", "track", "chase", str(book), "--as-of", "2024-06-30",
        "--date", "2024-07-15", "--reply-by", "2024-07-22", "--notices", str(later),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    doc = docx.Document(str(later / f"{BIANBAN}-督办通知.docx"))
    assert "2024年7月22日前" in "\n".join(p.text for p in doc.paragraphs)


# -- 7. a task of one unit whose file was set aside: its state, not 未报送（其中1个…） ------


def _late_row(page, number):
    body = re.search(r'<table id="late">.*?<tbody>(.*?)</tbody>', page, re.DOTALL)[1]
    return next(r for r in body.split("<tr>") if r.startswith(f"<td>{number}</td>"))


def test_a_one_unit_task_whose_file_was_set_aside_says_returned(tmp_path):
    # Task 7 (2024年6月底前) is 省市场监管局's alone: its file set aside, nothing in the
    # ledger, the late table's status of task 7 is the unit's state, 已报回待修改, not
    # 1个单位已报回待修改，其余单位未报送; task 41's three units keep the count.
    unit = "省市场监管局"
    assert [u.name for u in PLAN.task(7).accountable] == [unit]
    page = tmp_path / "r.html"
    tracking.report(
        tracking.Ledger(PLAN, REPORTS),
        "2025-01-01",
        page,
        language="zh",
        set_aside={unit: "cells", BIANBAN: "cells"},
    )
    text = page.read_text("utf-8")
    assert "<td>已报回待修改</td>" in _late_row(text, 7)
    assert "<td>1个单位已报回待修改，其余单位未报送</td>" in _late_row(text, 41)


def test_a_chase_notice_says_a_later_report_takes_back_an_earlier_done(tmp_path):
    # 省委编办 said task 53 done in June, in progress in July: late, not done now; its
    # 督办通知 says both reports, to be checked, not only 尚未报送办结情况.
    book = tracking.Ledger(
        PLAN,
        [
            tracking.Report(53, BIANBAN, tracking.Status.DONE, JUNE, completed_on=D(2024, 6, 1)),
            tracking.Report(53, BIANBAN, tracking.Status.IN_PROGRESS, JULY),
        ],
    )
    (path,) = [
        p for p in tracking.chase_notices(book, JULY, tmp_path, dated="2024-08-01") if BIANBAN in p
    ]
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    said = "你单位截至2024年6月30日报送第53项任务已完成，截至2024年7月31日报送“推进中”，前后不一致"
    assert said in text, text


# -- 8. smaller: the notices in the way, one a line ---------------------------------------


def test_many_notices_in_the_way_are_listed_one_a_line(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(tracking.Ledger(PLAN, REPORTS)), encoding="utf-8")
    args = ["--lang", "zh", "track", "chase", str(book), "--as-of", "2025-01-01"]
    first = call(*args, "--date", "2025-01-02", "--notices", str(tmp_path / "n"))
    assert first.returncode == 0, first.stderr
    written = sorted(str(p) for p in (tmp_path / "n").iterdir())
    assert len(written) > 3
    again = call(*args, "--date", "2025-01-03", "--notices", str(tmp_path / "n"))
    assert again.returncode == 1
    lines = again.stderr.splitlines()
    assert lines[0] == (
        f"dg-plan：以下{len(written)}份通知已存在，可能已经人工修改过；"
        "请写入其他位置，或确认覆盖（--force）："
    ), lines[0]
    assert sorted(x.strip() for x in lines[1:]) == written


def test_the_workbook_points_to_the_ranking_note_where_it_is(tmp_path):
    # In the workbook the notes follow the rows: the one on what the table counts
    # cannot send the reader "under the table" from under it; it points to the next
    # line, which says how the units are ranked.
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "r.xlsx"
    tracking.report(tracking.Ledger(PLAN, REPORTS), "2025-01-01", path, language="zh")
    sheet = openpyxl.load_workbook(path).worksheets
    texts = [
        str(row[0])
        for ws in sheet
        for row in ws.iter_rows(values_only=True)
        if row and isinstance(row[0], str) and "排名" in row[0]
    ]
    assert not [t for t in texts if "见表下说明" in t]
    # Who is not ranked, and how the others are, is said once, in the notes (reader 17,
    # fault 6): the rows with 排名 are those two points, in that order.
    points = [t for t in texts if t[:1].isdigit()]
    assert [t.split(" ", 1)[0] for t in points] == ["5.", "6."]
    assert "不参与排名" in points[0]
    assert "排名依据：" in points[1]
    assert not [t for t in texts if t.startswith("本表只统计") and "排名" in t]


def test_a_missing_folder_is_no_problem_found_while_reading(tmp_path):
    result = call("--lang", "zh", "track", "collect", "nothere/", "-o", str(tmp_path / "x.json"))
    assert result.returncode == 1
    assert result.stderr == "dg-plan：文件夹不存在：“nothere/”\n"
    assert "读取文件时" not in result.stderr


def test_a_csv_that_is_no_template_is_said_of_the_file(tmp_path):
    # A .csv has no 填报 sheet, and the version is kept in a hidden cell the unit never
    # saw: the file is named, not a sheet, row or column.
    path = tmp_path / "随便.csv"
    path.write_text("序号,状态\n1,已完成\n", encoding="utf-8")
    result = call("--lang", "zh", "track", "collect", str(path), "-o", "-")
    assert result.returncode == 3
    (line,) = [x.strip() for x in result.stderr.splitlines() if x.strip().startswith("“随便.csv”")]
    assert line.startswith("“随便.csv”未按本轮下发的填报表原样填写："), line
    assert "填报表版本" not in result.stderr
    assert "“填报”表" not in result.stderr
    assert line.count("：") == 1


def test_a_template_of_another_plan_has_one_bracket(tmp_path):
    path = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, path, as_of=JUNE)
    fill(path, {53: ("推进中",)})
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(path)
    ws = wb["填报"]
    cell = ws.cell(2, 6)  # the cover's 清单校验码 (tracking.layout.META)
    cell.value = "0" * len(str(cell.value))
    wb.save(path)
    result = call("--lang", "zh", "track", "collect", str(path), "-o", "-")
    (line,) = [x for x in result.stderr.splitlines() if "另一份任务清单" in x]
    assert "）（" not in line, line
    assert "（填写内容：" in line


def test_a_completion_day_after_the_round_is_one_sentence_before_its_value(tmp_path):
    # One sentence, then what was written: no 。 inside the line, one at its end (the
    # thirteenth reader: every full sentence ends with 。).
    path = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, path, as_of=JUNE)
    fill(path, {53: ("已完成", D(2024, 8, 1))})
    result = call("--lang", "zh", "track", "collect", str(path), "-o", "-")
    (line,) = [x for x in result.stderr.splitlines() if "晚于本表统计截止日期" in x]
    assert line.endswith("（填写内容：2024年8月1日）。"), line
    assert line.count("。") == 1, line


def test_status_task_of_a_one_unit_task_says_its_file_is_not_in_the_ledger(tmp_path):
    book = tmp_path / "ledger.json"
    unit = "省市场监管局"  # task 7's one accountable unit
    records = [tracking.SetAside(f"{unit}.xlsx", unit, JUNE, ())]
    book.write_text(
        tracking.dumps(tracking.Ledger(PLAN, REPORTS), set_aside=records), encoding="utf-8"
    )
    found = call(
        "--lang", "zh", "track", "status", str(book), "--as-of", "2024-07-01", "--task", "7"
    )
    assert found.returncode == 0, found.stderr
    rule = next(x for x in found.stdout.splitlines() if x.startswith("依据："))
    assert "唯一的主责单位报回的文件尚未汇入台账（已报回待修改）" in rule, rule
    assert "其中1个单位" not in rule
