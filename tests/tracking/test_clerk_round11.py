"""Issue 21, the round-11 clerk's findings: each fixed by a stated rule.

1. The notice log only grows (or is replaced on purpose): a chase run again the same
   day, with or without ``--sent``, numbered or not, keeps every notice logged for the
   day. It regenerates the notices it writes again under the 文号 they were issued
   with; a unit sent one kind that day (a 催报通知 listing its late tasks) is not
   written the other kind under any number, and is named; a notice of the day it does
   not write again stays logged, and is named. A 文号 once issued is never issued
   again: the next numbered notice takes a number past every one ever logged.
2. An unnumbered re-run of numbered notices writes them with the 文号 they were
   issued with (a notice written again is the same document).

The example ledger (tests/helpers/tracking_example.py), as of 2025-01-01: 省委编办 and
others have late tasks; 郑州市人民政府 returned nothing on 2024-12-31 and has a late
task, so with ``--sent`` it gets a 催报通知 listing it and no 督办通知.
"""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dg_plan import tracking
from dg_plan._cli.track_views import rate_text
from dg_plan.tracking.scores import percent as _rate  # the report's tables' rate
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN, R1, R2, ZHENGZHOU, ledger
from helpers.workbooks import fill

docx = pytest.importorskip("docx")

DAY = "2025-01-01"
PREFIX = "豫督〔2025〕"


def _setup(folder: Path) -> tuple[Path, Path]:
    book = folder / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    sent = folder / "sent.csv"
    with sent.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(
            [["填报单位", "文件", "截至日期"], [ZHENGZHOU, "", "2024-12-31"]]
        )
    return book, sent


def _chase(book, sent, out, *, dated, number, with_sent):
    args = ["--lang", "zh", "track", "chase", str(book), "--as-of", DAY, "--date", dated]
    args += ["--notices", str(out)]
    if number:
        args += ["--number", PREFIX]
    if with_sent:
        args += ["--sent", str(sent)]
    result = call(*args)
    assert result.returncode == 0, result.stderr
    return result


def _log(book) -> list[dict]:
    return json.loads(book.read_text("utf-8")).get("notices", [])


def _key(entry: dict) -> tuple[str, str, str, str]:
    return entry["unit"], entry["kind"], entry["dated"], entry.get("as_of", "")


def _number_in(path: Path) -> str:
    """A notice's 文号 as printed: the paragraph above its title, or "" when it has none."""
    texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    return texts[0] if texts[0].startswith(PREFIX) else ""


def _serial(number: str) -> int:
    return int(number.removeprefix(PREFIX).removesuffix("号"))


def test_a_same_day_rerun_keeps_the_log_and_each_number(tmp_path):
    book, sent = _setup(tmp_path)
    _chase(book, sent, tmp_path / "a", dated="2025-01-02", number=True, with_sent=True)
    first = _log(book)
    numbers = {_key(e): e["number"] for e in first}
    assert (ZHENGZHOU, "催报通知", "2025-01-02", DAY) in numbers
    assert (BIANBAN, "督办通知", "2025-01-02", DAY) in numbers
    assert sorted(_serial(n) for n in numbers.values()) == list(range(1, len(first) + 1))

    # Run again without --sent, without --number: nothing dropped, nothing renumbered.
    again = _chase(book, sent, tmp_path / "b", dated="2025-01-02", number=False, with_sent=False)
    after = _log(book)
    assert {_key(e): e["number"] for e in after} == numbers
    assert len(after) == len(first)
    written = {p.name: _number_in(p) for p in (tmp_path / "b").iterdir()}
    # 郑州 was sent a 催报通知 listing its late tasks: no 督办通知 now, under any number.
    assert f"{ZHENGZHOU}-督办通知.docx" not in written
    assert f"{ZHENGZHOU}催报通知（" in again.stdout  # left logged, said once (#21)
    # Each notice regenerated carries the 文号 it was issued with.
    for name, number in written.items():
        unit, kind = name.removesuffix(".docx").rsplit("-", 1)
        assert number == numbers[unit, kind, "2025-01-02", DAY], name
    assert "当日已印发，本次系重新生成，文号不变，请勿重复发送" in again.stdout

    # Run again numbered without --sent: the same numbers again, no new one.
    _chase(book, sent, tmp_path / "c", dated="2025-01-02", number=True, with_sent=False)
    assert {_key(e): e["number"] for e in _log(book)} == numbers
    assert {p.name: _number_in(p) for p in (tmp_path / "c").iterdir()} == written

    # The next day's numbered chase numbers past every 文号 issued.
    _chase(book, sent, tmp_path / "d", dated="2025-01-03", number=True, with_sent=True)
    log = _log(book)
    later = [e for e in log if e["dated"] == "2025-01-03"]
    assert later
    assert min(_serial(e["number"]) for e in later) == len(first) + 1
    issued = [e["number"] for e in log]
    assert len(issued) == len(set(issued)) == len(first) + len(later)


def test_a_rerun_without_sent_names_the_reminders_it_leaves_logged(tmp_path):
    book, sent = _setup(tmp_path)
    _chase(book, sent, tmp_path / "a", dated="2025-01-02", number=True, with_sent=True)
    remind = next(e for e in _log(book) if e["kind"] == "催报通知")
    again = _chase(book, sent, tmp_path / "b", dated="2025-01-02", number=False, with_sent=False)
    # Named once: in the line saying the unit is sent nothing again (it is a unit the
    # re-run would chase), or in the line of the notices left logged.
    said = f"{remind['unit']}当日已发催报通知" in again.stdout or (
        f"{remind['unit']}催报通知（{remind['number']}）" in again.stdout
        and "本次未重新生成（台账中的发文记录保留）" in again.stdout
    )
    assert said, again.stdout


def test_an_unnumbered_rerun_keeps_the_numbers_in_the_notices(tmp_path):
    book, sent = _setup(tmp_path)
    _chase(book, sent, tmp_path / "a", dated="2025-01-02", number=True, with_sent=True)
    first = {p.name: _number_in(p) for p in (tmp_path / "a").iterdir()}
    assert all(first.values())
    _chase(book, sent, tmp_path / "b", dated="2025-01-02", number=False, with_sent=True)
    assert {p.name: _number_in(p) for p in (tmp_path / "b").iterdir()} == first


RUNS = st.lists(
    st.tuples(st.sampled_from(["2025-01-02", "2025-01-03"]), st.booleans(), st.booleans()),
    min_size=1,
    max_size=5,
)


# Each example runs up to five chases writing .docx files: few examples, no shrinking
# (a failing sequence is short already).
@settings(max_examples=10, deadline=None, phases=[Phase.explicit, Phase.generate])
@given(RUNS)
def test_any_sequence_of_chases_issues_each_number_once_and_loses_none(runs):
    with tempfile.TemporaryDirectory() as where:
        folder = Path(where)
        book, sent = _setup(folder)
        for n, (dated, number, with_sent) in enumerate(runs):
            before = {_key(e): e["number"] for e in _log(book)}
            highest = max((_serial(x) for x in before.values() if x), default=0)
            out = folder / f"run{n}"
            _chase(book, sent, out, dated=dated, number=number, with_sent=with_sent)
            after = {_key(e): e["number"] for e in _log(book)}
            assert len(after) == len(_log(book))  # each notice logged once
            # The log only grows; a 文号 once given stays with its notice.
            for key, was in before.items():
                assert key in after
                if was:
                    assert after[key] == was
            # New numbers come after every number logged before the run.
            for key, now in after.items():
                if now and not before.get(key):
                    assert _serial(now) > highest
            given_numbers = [x for x in after.values() if x]
            assert len(given_numbers) == len(set(given_numbers))


# -- 3. a second copy of a file the ledger holds: the office's, no notice to the unit ----


def _returned(tmp_path, *files):
    folder = tmp_path / "returned"
    folder.mkdir()
    for unit, day, entries in files:
        path = folder / f"{unit}.xlsx"
        tracking.write_template(PLAN, unit, path, as_of=day)
        fill(path, entries)
    return folder


def _collect(tmp_path, folder):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    out = tmp_path / "notices"
    result = call(
        "--lang", "zh", "track", "collect", str(folder), "--into", str(book),
        "--notices", str(out), "--date", "2025-01-02",
    )  # fmt: skip
    written = sorted(p.name for p in out.iterdir()) if out.exists() else []
    return result, written


def test_a_second_copy_of_this_rounds_file_sends_the_unit_no_notice(tmp_path):
    # 省委编办's 2024-12-31 reports are in the ledger: its file collected again.
    folder = _returned(tmp_path, (BIANBAN, R2, {40: ("推进中",)}))
    result, written = _collect(tmp_path, folder)
    assert "--replace" in result.stdout + result.stderr
    assert f"{BIANBAN}-重新报送通知.docx" not in written
    assert f"{BIANBAN}-退回修改通知.docx" not in written


def test_last_rounds_file_sent_again_in_a_round_still_gets_its_notice(tmp_path):
    folder = _returned(
        tmp_path,
        (BIANBAN, R2, {40: ("推进中",)}),  # this round's, in the ledger: the office's copy
        ("省司法厅", R1, {9: ("推进中",)}),  # last round's template sent again: the unit's
        (ZHENGZHOU, R2, {14: ("推进中",)}),  # this round's, new: the round is 2024-12-31
    )
    _result, written = _collect(tmp_path, folder)
    assert written == ["省司法厅-重新报送通知.docx"]
    texts = [p.text for p in docx.Document(str(tmp_path / "notices" / written[0])).paragraphs]
    assert any("上一轮填报表" in t and "本轮截至2024年12月31日" in t for t in texts)


# -- 4. on-time rates round half up, as a government table does -------------------------


def _half_up(done: int, due: int) -> str:
    # Whole per cent, half up, in integers: floor(100 * done / due + 1/2).
    return f"{(200 * done + due) // (2 * due)}%"


@pytest.mark.parametrize(
    ("done", "due", "shown"), [(1, 8, "13%"), (3, 8, "38%"), (1, 40, "3%"), (5, 8, "63%")]
)
def test_a_rate_on_the_half_rounds_up_in_every_format(done, due, shown):
    assert _half_up(done, due) == shown
    assert rate_text(done / due) == shown  # the command's table
    assert _rate(done / due) == shown  # the report's HTML and Word tables


# Half the draws are of a count of 8: 1/8, 3/8 … land on the half.
DUE = st.one_of(st.integers(1, 500), st.integers(1, 60).map(lambda m: 8 * m))


@settings(max_examples=200, deadline=None)
@given(DUE.flatmap(lambda due: st.tuples(st.integers(0, due), st.just(due))))
def test_any_rate_is_its_whole_per_cent_half_up(pair):
    done, due = pair
    assert rate_text(done / due) == _rate(done / due) == _half_up(done, due)


# -- 5. a missing folder is said first, before any usage ---------------------------------


@pytest.mark.parametrize(
    ("lang", "first", "usage"),
    [
        ("zh", "dg-plan：文件夹不存在：“nothere/”", "用法："),
        ("en", "dg-plan: no such folder: nothere/", "usage:"),
    ],
)
def test_collect_of_a_missing_folder_without_output_says_the_folder_first(lang, first, usage):
    result = call("--lang", lang, "track", "collect", "nothere/")
    # The folder is the first thing to fix: said alone, no usage (office13 #3).
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines == [first]
    assert usage not in result.stderr


def test_a_rerun_without_sent_says_each_reminder_not_written_again_once(tmp_path):
    # The round-12 clerk (issue #21): after a numbered chase with --sent, a same-day
    # re-run without it said the 催报通知 not written again in two lists, the units with
    # late tasks ("…当日已发催报通知，本次未再发。", no 文号) apart from the others.
    # One list now: every 催报通知 of the day, once, with its 文号.
    book, sent = _setup(tmp_path)
    _chase(book, sent, tmp_path / "a", dated="2025-01-02", number=True, with_sent=True)
    reminders = [e for e in _log(book) if e["kind"] == "催报通知"]
    assert any(e["unit"] == ZHENGZHOU for e in reminders)  # it has a late task
    again = _chase(book, sent, tmp_path / "b", dated="2025-01-02", number=False, with_sent=False)
    assert "当日已发催报通知" not in again.stdout
    for e in reminders:
        assert again.stdout.count(f"{e['unit']}催报通知（{e['number']}）") == 1, again.stdout
    assert f"{ZHENGZHOU}-督办通知.docx" not in {p.name for p in (tmp_path / "b").iterdir()}
