"""`track chase` as the fifteenth reader read it (issue 23, faults 4 and 16).

4. Run first without ``--sent`` and again the same day with it, a unit that returned
   nothing is 未报回（需催报）, yet it was sent a 督办通知 that day and gets no 催报通知
   (one notice a unit a day): the screen says so of that unit, with the notice's 文号,
   and how to remind it otherwise.
16. The screen's two dates are named: the first is the 统计截止日期 of the chase, the
   last the round's (本轮), as the glossary names them.

The example ledger (tests/helpers/tracking_example.py): 郑州市人民政府 returned
nothing for 2024-12-31 and has a late task, so the first chase writes it a 督办通知.
"""

from __future__ import annotations

import csv

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import LUOYANG, ZHENGZHOU, ledger

DAY = "2025-01-01"


def _chase(tmp_path, *extra, lang="zh"):
    args = ["--lang", lang, "track", "chase", str(tmp_path / "ledger.json"), "--as-of", DAY]
    result = call(*args, "--date", "2025-01-02", *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _setup(tmp_path, *units):
    (tmp_path / "ledger.json").write_text(tracking.dumps(ledger()), encoding="utf-8")
    sent = tmp_path / "sent.csv"
    with sent.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(
            [["填报单位", "文件", "截至日期"]]
            + [[u, "", "2024-12-31"] for u in units or (ZHENGZHOU,)]
        )
    return str(sent)


def test_a_unit_to_remind_that_was_sent_a_notice_that_day_is_said_so(tmp_path):
    sent = _setup(tmp_path)
    first = ("--notices", str(tmp_path / "a"), "--number", "豫督〔2025〕")
    _chase(tmp_path, *first)
    again = _chase(tmp_path, "--notices", str(tmp_path / "b"), "--sent", sent)
    assert f"未报回（需催报）：{ZHENGZHOU}" in again
    assert not (tmp_path / "b" / f"{ZHENGZHOU}-催报通知.docx").exists()
    (line,) = [x for x in again.splitlines() if x.startswith(f"{ZHENGZHOU}当日已收到督办通知")]
    assert line.startswith(f"{ZHENGZHOU}当日已收到督办通知（豫督〔2025〕")
    assert "本次不再生成催报通知；如需催报其填报表，请另行联系" in line
    assert line.endswith("。")


def test_the_english_says_the_same(tmp_path):
    sent = _setup(tmp_path)
    _chase(tmp_path, "--notices", str(tmp_path / "a"), lang="en")
    again = _chase(tmp_path, "--notices", str(tmp_path / "b"), "--sent", sent, lang="en")
    said = f"{ZHENGZHOU} was sent a 督办通知 dated the same day already, so no 催报 notice"
    assert said in again


def test_the_two_dates_of_the_chase_are_named(tmp_path):
    sent = _setup(tmp_path)
    lines = [x for x in _chase(tmp_path, "--sent", sent).splitlines() if x]
    assert lines[0].startswith("截至2025年1月1日（统计截止日期）需催办：")
    (round_line,) = [x for x in lines if "报送情况" in x]
    assert round_line.startswith("本轮（统计截止日期2024年12月31日）报送情况：")


def test_many_units_sent_a_notice_that_day_are_said_under_one_heading(tmp_path):
    # The sixteenth reader, fault 3: the sentence was said once per unit (46 times).
    sent = _setup(tmp_path, LUOYANG, ZHENGZHOU)
    _chase(tmp_path, "--notices", str(tmp_path / "a"), "--number", "豫督〔2025〕")
    again = _chase(tmp_path, "--notices", str(tmp_path / "b"), "--sent", sent).splitlines()
    assert not [x for x in again if "当日已收到督办通知（" in x]
    heading = (
        "以下2个单位当日已收到督办通知，本次不再生成催报通知；如需催报其填报表，"
        "请另行联系，或另日（--date）生成："
    )
    at = again.index(heading)
    listed = sorted(again[at + 1 : at + 3])
    assert [x.split("（")[0] for x in listed] == sorted([f"  {LUOYANG}", f"  {ZHENGZHOU}"])
    assert all("（豫督〔2025〕" in x and x.endswith("号）") for x in listed)


def test_a_unit_sent_no_reminder_is_not_said_to_have_its_late_tasks_in_one(tmp_path):
    # The seventeenth reader, fault 1: on a same-day re-run another unit's 催报通知 was
    # written, and the line 以下N个单位另有逾期未完成任务，已在催报通知中一并列出 named the
    # units that were sent a 督办通知 that day and no 催报通知: only those reminded count.
    _setup(tmp_path)
    # A round of the --as-of day itself, none of whose files is in the ledger: 省审计厅,
    # sent no notice that day, is reminded; the two cities, each sent a 督办通知 that
    # day, are not. (The list gives its day: a list without one is refused, reader 17.)
    sent = tmp_path / "plain.csv"
    rows = "".join(f"{unit},,{DAY}\n" for unit in (ZHENGZHOU, LUOYANG, "省审计厅"))
    sent.write_text("填报单位,文件,统计截止日期\n" + rows, encoding="utf-8")
    _chase(tmp_path, "--notices", str(tmp_path / "a"), "--number", "豫督〔2025〕")
    again = _chase(tmp_path, "--notices", str(tmp_path / "b"), "--sent", str(sent))
    written = {p.name for p in (tmp_path / "b").iterdir()}
    assert "省审计厅-催报通知.docx" in written
    assert f"{ZHENGZHOU}-催报通知.docx" not in written
    said = [x for x in again.splitlines() if "已在催报通知中一并列出" in x]
    following = again.splitlines()
    for line in said:
        assert ZHENGZHOU not in line
        if line.endswith("："):  # a counted heading: the units follow one a line
            start = following.index(line) + 1
            assert ZHENGZHOU not in following[start : start + 3]
