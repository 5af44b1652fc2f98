"""Issue 21, the clerk's round-8 trial: each finding fixed by a stated rule.

1. A 督办通知 to a unit whose file of the round was set aside (cells to fix, or two
   files for the office to choose between) does not say the unit has not reported
   (尚无报送记录): it did return a file. It says the tasks are past their deadlines,
   a sentence of its own; the same paragraph then says what became of the file (the
   sixteenth reader: no 台账 to the recipient, no comma splice).

The example ledger (tests/helpers/tracking_example.py), as of 2025-01-01: 省委编办
leads 41 and 53, both late and not done; its 2024-12-31 file may be set aside.
郑州市人民政府 returned nothing on 2024-12-31 and has a late task: its 催报通知 lists it.

2. A chase run again the same day: (a) refused, it names every notice in the way, the
   催报通知 as well as the 督办通知; (b) written elsewhere, the notices logged for that
   day are written again under the same 文号, and the output says so in a sentence
   naming each (以下N份通知为当日已发通知的重新生成，文号不变…), so that none is sent twice.
3. The report's subtitle does not say every unit's figures are of the newest round when
   some units reported only earlier: it says how many units the newest round is, and
   that the others carry earlier rounds' answers, in the page, the Word document and
   the workbook's 说明 sheet (as counts), in both languages. When every unit that
   reported did so in the newest round, it reads as before.
4. In the 进展情况 column, a unit whose latest report is 已完成 with its words left
   blank reads 已完成，未填写进展情况, not 未填写进展情况 alone (which reads as idle); any
   other status with no words still reads 未填写进展情况 (the glossary's word, reader 10).
5. The scorecard's note says what a row's 任务数 is made of: its five columns from
   按时完成 to 到期未完成 and the tasks not done and not due (no column of their own);
   未报送 apart, its tasks among those. A row adds up.
"""

from __future__ import annotations

import csv
import datetime
import json
import re

import openpyxl
import pytest

from dg_plan import tracking
from dg_plan.tracking import Status
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN, REPORTS, ZHENGZHOU, ledger

docx = pytest.importorskip("docx")

DAY = "2025-01-01"
NOT_REPORTED = "尚无报送记录"
NOT_CHECKED = "尚未汇入台账"


def _opening(tmp_path, set_aside, language="zh"):
    book = ledger()
    (chase,) = [c for c in book.chase(DAY, set_aside=set_aside) if c.unit == BIANBAN]
    path = tmp_path / f"{language}.docx"
    tracking.write_notice(book, chase, path, DAY, dated=DAY, language=language)
    return [p.text for p in docx.Document(str(path)).paragraphs][2]


@pytest.mark.parametrize("reason", ["cells", "two_files", "other_round"])
def test_a_unit_whose_file_was_set_aside_is_not_told_it_did_not_report(tmp_path, reason):
    opening = _opening(tmp_path, {BIANBAN: reason})
    assert NOT_REPORTED not in opening
    assert opening.startswith(
        f"截至2025年1月1日，《{ledger().plan.metadata.title}》中由你单位牵头的下列2项任务"
        "已过完成时限。你单位本轮报回"
    )
    assert NOT_CHECKED not in opening
    english = _opening(tmp_path, {BIANBAN: reason}, "en")
    assert "has not reported" not in english
    assert "ledger" not in english
    assert "are past their deadlines. " in english


def test_a_unit_that_returned_nothing_is_still_told_it_did_not_report(tmp_path):
    opening = _opening(tmp_path, {})
    assert "已过完成时限，尚未完成。" in opening
    assert NOT_CHECKED not in opening


# -- 2. a chase run again the same day ------------------------------------------------------

PREFIX = "豫督〔2024〕"


def _chase_twice(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    sent = tmp_path / "sent.csv"
    with sent.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(
            [["填报单位", "文件", "截至日期"], [ZHENGZHOU, "", "2024-12-31"]]
        )
    args = ["--lang", "zh", "track", "chase", str(book), "--as-of", DAY, "--sent", str(sent)]
    args += ["--date", "2025-01-02", "--number", PREFIX]
    first = call(*args, "--notices", str(tmp_path / "a"))
    assert first.returncode == 0, first.stderr
    return args, sorted(p.name for p in (tmp_path / "a").iterdir())


def test_a_refused_second_chase_names_the_reminders_in_the_way_too(tmp_path):
    args, written = _chase_twice(tmp_path)
    assert f"{ZHENGZHOU}-催报通知.docx" in written
    assert f"{BIANBAN}-督办通知.docx" in written
    again = call(*args, "--notices", str(tmp_path / "a"))
    assert again.returncode == 1  # refused, not mistyped: no usage
    for name in written:
        assert str(tmp_path / "a" / name) in again.stderr


def test_a_second_chase_elsewhere_says_its_notices_are_the_same_days_again(tmp_path):
    args, written = _chase_twice(tmp_path)
    first = call(*args, "--notices", str(tmp_path / "b"))
    assert first.returncode == 0, first.stderr
    # The log as the first run left it: each notice with its 文号.

    log = json.loads((tmp_path / "ledger.json").read_text("utf-8"))["notices"]
    dated = [r for r in log if r["dated"] == "2025-01-02"]
    assert len(dated) == len(written)
    # More than three: a counted heading, then one notice a line (reader14).
    lines = first.stdout.splitlines()
    head = f"以下{len(written)}份通知当日已印发，本次系重新生成，文号不变，请勿重复发送："
    assert len(written) > 3
    assert head in lines, first.stdout
    named = lines[lines.index(head) + 1 : lines.index(head) + 1 + len(dated)]
    for r in dated:
        assert f"  {r['unit']}{r['kind']}（{r['number']}）" in named
    line = "".join(named)
    assert set(re.findall(r"〔2024〕(\d+)号", line)) == {
        r["number"].removeprefix(PREFIX).removesuffix("号") for r in dated
    }


def test_a_first_chase_of_the_day_says_nothing_of_notices_written_again(tmp_path):
    args, _written = _chase_twice(tmp_path)
    (tmp_path / "ledger.json").write_text(tracking.dumps(ledger()), encoding="utf-8")
    fresh = call(*args, "--notices", str(tmp_path / "c"))
    assert fresh.returncode == 0, fresh.stderr
    assert "重新生成" not in fresh.stdout


def test_a_chase_for_another_as_of_day_is_no_rerun_of_the_first(tmp_path):
    # The last clerk's trial: two chases dated the same day for two as-of days are two
    # chases, not one run again: the second says nothing of notices written again (its
    # figures are other ones) and holds back no unit the first one wrote to.
    args, _written = _chase_twice(tmp_path)
    log = json.loads((tmp_path / "ledger.json").read_text("utf-8"))["notices"]
    assert {r["as_of"] for r in log if r["dated"] == "2025-01-02"} == {DAY}
    other = [a if a != DAY else "2024-07-01" for a in args]
    second = call(*other, "--notices", str(tmp_path / "d"))
    assert second.returncode == 0, second.stderr
    assert "重新生成" not in second.stdout
    assert "本次未再发" not in second.stdout
    assert f"{BIANBAN}-督办通知.docx" in {p.name for p in (tmp_path / "d").iterdir()}


# -- 3. the report's subtitle ---------------------------------------------------------------

# Counted from the example's reports by hand: 2024-12-31 has reports of 4 units; 郑州市人民政府
# and one other reported only on 2024-06-30.
MIXED = (
    "（统计截止日期为2025年1月1日，采用各单位截至该日的最近一条报送记录：最近一轮为2024年12月31日"
    "（4个单位），其余沿用此前各轮；上一轮为2024年6月30日）"
)
MIXED_EN = (
    "(Data as of 2025-01-01, from each unit's newest report as of that day: the newest round, "
    "2024-12-31, for 4 units; the others' from earlier rounds; the previous round: 2024-06-30)"
)


def _subtitles(tmp_path, book, language):
    page, word, workbook = (tmp_path / f"r-{language}.{x}" for x in ("html", "docx", "xlsx"))
    for path in (page, word, workbook):
        tracking.report(book, DAY, path, language=language)
    html = page.read_text("utf-8")
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    about = {
        row[0]: row[1]
        for row in openpyxl.load_workbook(workbook).worksheets[0].iter_rows(values_only=True)
        if len(row) > 1
    }
    return html, paragraphs[1], about


def test_the_subtitle_says_which_units_carry_an_earlier_rounds_report(tmp_path):
    june = {r.unit for r in REPORTS if str(r.as_of) == "2024-06-30"}
    december = {r.unit for r in REPORTS if str(r.as_of) == "2024-12-31"}
    assert (len(december), len(june - december)) == (4, 2)
    assert ZHENGZHOU in june - december
    html, word, about = _subtitles(tmp_path, ledger(), "zh")
    assert MIXED in html
    assert word == MIXED
    assert "采用各单位截至2024年12月31日的报送记录" not in html
    assert (about["最近一轮报送的单位数"], about["沿用此前各轮报送记录的单位数"]) == (4, 2)
    html, word, about = _subtitles(tmp_path, ledger(), "en")
    assert MIXED_EN.replace("'", "&#x27;") in html or MIXED_EN in html
    assert word == MIXED_EN
    assert (
        about["Units that reported in the newest round"],
        about["Units whose newest report is of an earlier round"],
    ) == (4, 2)


def test_the_subtitle_reads_as_before_when_every_unit_reported_in_the_newest_round(tmp_path):
    december = {r.unit for r in REPORTS if str(r.as_of) == "2024-12-31"}
    kept = [r for r in REPORTS if r.unit in december]
    _html, word, about = _subtitles(tmp_path, tracking.Ledger(PLAN, kept), "zh")
    assert word == (
        "（统计截止日期为2025年1月1日，采用各单位截至2024年12月31日的报送记录，上一轮为2024年6月30日）"
    )
    assert "最近一轮报送的单位数" not in about


# -- 4. 已完成 with no words ------------------------------------------------------------------

JUSTICE = "省司法厅"  # task 9: 负责, due 2024年6月底前


def _task_9(tmp_path, status, language="zh"):
    june, december = datetime.date(2024, 6, 30), datetime.date(2024, 12, 31)
    done = datetime.date(2024, 9, 15) if status is Status.DONE else None
    before = Status.IN_PROGRESS if status is Status.DONE else Status.NOT_STARTED
    book = tracking.Ledger(
        PLAN,
        [
            # June's words under another status than December's: not shown for December.
            tracking.Report(9, JUSTICE, before, june, None, "已起草工作方案"),
            tracking.Report(9, JUSTICE, status, december, done),
        ],
    )
    texts = []
    for ext in ("html", "docx", "xlsx"):
        path = tmp_path / f"r-{language}.{ext}"
        tracking.report(book, DAY, path, language=language)
        if ext == "html":
            texts.append(path.read_text("utf-8"))
        elif ext == "docx":
            document = docx.Document(str(path))
            texts.append(
                "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
            )
        else:
            texts.append(
                "\n".join(
                    str(c)
                    for sheet in openpyxl.load_workbook(path).worksheets
                    for row in sheet.iter_rows(values_only=True)
                    for c in row
                    if c is not None
                )
            )
    return texts


def test_a_unit_done_with_no_words_reads_as_done(tmp_path):
    for text in _task_9(tmp_path, Status.DONE):
        assert f"{JUSTICE}（截至2024年12月31日）：已完成（2024年9月15日），未填写进展情况" in text
        assert "：未填写进展情况" not in text
        assert "已起草工作方案" not in text
    english = _task_9(tmp_path, Status.DONE, "en")
    for text in english:
        assert "已完成 (2024-09-15), no progress given" in text


def test_a_unit_in_progress_with_no_words_still_reads_no_progress_given(tmp_path):
    for text in _task_9(tmp_path, Status.IN_PROGRESS):
        assert f"{JUSTICE}（截至2024年12月31日）：未填写进展情况" in text
        assert "已完成，未填写进展情况" not in text


# -- 5. a scorecard row adds up ---------------------------------------------------------------

# Two points of the note (注：1. …；2. …, the twelfth reader), each ending with ；.
ROW_NOTES = (
    (
        "“按时完成”至“未报送（无具体日期）”九列与总体推进情况的九类完成情况相同，按本单位报送记录统计"
        "本单位的任务，九列之和为任务数；"
    ),
    (
        "“未报送合计”为本单位未报送的任务项数，不论列在哪一列（含列为逾期未完成、到期未完成的），"
        "不与九列相加；"
    ),
)


def test_the_scorecard_note_says_what_the_other_tasks_of_a_row_are(tmp_path):
    book = ledger()
    day = datetime.date(2025, 1, 1)
    page = tmp_path / "r.html"
    tracking.report(book, DAY, page, language="zh")
    text = page.read_text("utf-8")
    shown = call("--lang", "zh", "track", "scorecard", _ledger_path(tmp_path), "--as-of", DAY)
    for note in ROW_NOTES:
        assert note in text
        assert note in shown.stdout
    # The note's sum, with the tasks not done and not due counted by hand from each unit's
    # own answers and the deadlines, gives every row's 任务数.
    for row in book.scorecard(day):
        own = book.plan.unit(row.unit)
        names = {own.name, *own.member_of}
        tasks = [t for t in book.plan.tasks if names & {u.name for u in t.accountable}]
        not_due_open = sum(
            (t.deadline.date is None or t.deadline.date > day)
            and book.status_of(t, row.unit, as_of=day) is not Status.DONE
            for t in tasks
        )
        s = row.total
        four = s.done_on_time + s.done_late + s.late_open + s.due_open
        # Undated and done: 已完成（无具体日期）, its own column (reader 13, fault 2).
        assert four + not_due_open + s.done_undated == s.tasks == len(tasks)
        not_due_columns = s.open_not_due + s.not_reported + s.open_undated
        assert not_due_columns + s.not_reported_undated == not_due_open
        assert sum(s.columns) == s.tasks


def _ledger_path(tmp_path):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    return str(path)
