"""Issue 21, the last clerk's findings (round 10): each fixed by a stated rule.

1. A chase run again the same day says its notices keep their 文号 only when each has
   one, the one it was issued under; without ``--number`` the notices carry none, and
   the sentence names them without a word of 文号 (both languages).
2. ``collect nothere/`` says the folder is missing first, with the missing ``-o`` in the
   same run; with ``-o`` naming a ledger that exists, both are said, as refusals.
3. A well-formed command refused for what is on disk (notices, a template or a ledger in
   the way, a ledger it cannot read, a unit nobody can be sent a template) is an error
   sentence without the usage, exit status 1, as docs/tracking.md documents for runs
   that write nothing; 2 stays the status of a mistyped command.
4. The 督办通知 of a unit whose two files await the office's choice says so in one
   short sentence, 待核定 once (not 正在核定采用哪一份（待核定）).
5. ``collect`` says the two-files sentence once for the unit, naming both files.
6. ``Ledger`` carries its log of notices issued: ``loads`` reads it, ``dumps`` writes it,
   and a ledger loaded, given a round and dumped keeps it; ``dumps(notices=...)`` still
   writes the log it is given.
"""

from __future__ import annotations

import datetime
import json

import attrs
import docx
import pytest

from dg_plan import tracking
from dg_plan.tracking import Issued
from helpers.cli import call
from helpers.tracking_example import AUDIT, BIANBAN, PLAN, R2, ledger
from helpers.workbooks import fill

DAY = "2025-01-01"
DATED = "2025-01-02"


def _book(tmp_path):
    book = tmp_path / "ledger.json"
    book.write_text(tracking.dumps(ledger()), encoding="utf-8")
    return book


# -- 1. a chase run again the same day, without 文号 -------------------------------------


def _chase(book, folder, lang, *more):
    args = ["--lang", lang, "track", "chase", str(book), "--as-of", DAY, "--date", DATED]
    result = call(*args, *more, "--notices", str(folder))
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_rerun_without_numbers_says_nothing_of_numbers(tmp_path, lang):
    book = _book(tmp_path)
    _chase(book, tmp_path / "a", lang)
    again = _chase(book, tmp_path / "b", lang)
    written = sorted(p.name for p in (tmp_path / "b").iterdir())
    count = len(written)
    assert count > 1
    if lang == "zh":
        head = f"以下{count}份通知当日已印发，本次系重新生成，请勿重复发送："
        line = next(x for x in again.stdout.splitlines() if x.startswith(f"以下{count}份"))
        assert line.startswith(head), line
        assert "文号" not in line
        assert f"{BIANBAN}督办通知" in again.stdout
    else:
        line = next(x for x in again.stdout.splitlines() if x.startswith("The following"))
        assert line.startswith(
            f"The following {count} notices are ones issued that day written again "
            "(do not send them twice):"
        ), line
        assert "number" not in line
        assert f"{BIANBAN} 督办通知" in again.stdout


def test_a_rerun_under_new_numbers_does_not_say_they_are_the_same(tmp_path):
    # The first run without 文号, the second with: the notices are numbered now, so
    # "文号不变" would be false; each is named with its new 文号.
    book = _book(tmp_path)
    _chase(book, tmp_path / "a", "zh")
    again = _chase(book, tmp_path / "b", "zh", "--number", "豫督〔2025〕")
    line = next(x for x in again.stdout.splitlines() if "重新生成" in x)
    assert "文号不变" not in line
    assert f"{BIANBAN}督办通知（豫督〔2025〕" in again.stdout


def test_a_rerun_with_the_same_numbers_still_says_so(tmp_path):
    book = _book(tmp_path)
    _chase(book, tmp_path / "a", "zh", "--number", "豫督〔2025〕")
    again = _chase(book, tmp_path / "b", "zh", "--number", "豫督〔2025〕")
    line = next(x for x in again.stdout.splitlines() if "重新生成" in x)
    assert "当日已印发，本次系重新生成，文号不变，请勿重复发送：" in line


# -- 2. a missing folder first, with the other faults of the command -------------------


@pytest.mark.parametrize(
    ("lang", "missing", "needs", "usage"),
    [
        ("zh", "文件夹不存在：“nothere/”", "请指定 -o 台账", "用法："),
        ("en", "no such folder: nothere/", "give -o LEDGER", "usage:"),
    ],
)
def test_collect_of_a_missing_folder_says_so_alone(tmp_path, lang, missing, needs, usage):
    # The missing folder is the first thing to fix (office13 #3): said alone, refused
    # as a path not there is (exit 1), no usage block, not the missing -o besides.
    result = call("--lang", lang, "track", "collect", "nothere/")
    assert result.returncode == 1
    err = result.stderr
    assert err.splitlines() == [f"dg-plan{'：' if lang == 'zh' else ': '}{missing}"], err
    assert usage not in err
    assert needs not in err


def test_collect_of_a_missing_folder_into_a_ledger_that_exists_says_both(tmp_path):
    book = _book(tmp_path)
    result = call("--lang", "zh", "track", "collect", "nothere/", "-o", str(book))
    assert result.returncode == 1
    assert "用法" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "dg-plan：文件夹不存在：“nothere/”"
    assert lines[1].startswith(f"dg-plan：“{book}”已存在")


def test_an_empty_folder_is_named_once_without_a_value(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = call("--lang", "en", "track", "collect", str(empty), "-o", str(tmp_path / "l.json"))
    assert result.returncode == 1
    # Refused before reading (round-10 office: no "problems found while reading").
    assert result.stderr == f"dg-plan: the folder {empty} holds no returned file\n"
    assert "value" not in result.stderr


# -- 3. a refusal of a well-formed command: no usage, exit status 1 ---------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_second_chase_into_the_same_folder_is_refused_without_usage(tmp_path, lang):
    book = _book(tmp_path)
    _chase(book, tmp_path / "a", lang)
    args = ["--lang", lang, "track", "chase", str(book), "--as-of", DAY, "--date", DATED]
    again = call(*args, "--notices", str(tmp_path / "a"))
    assert again.returncode == 1
    assert "usage" not in again.stderr
    assert "用法" not in again.stderr
    assert again.stderr.startswith("dg-plan：" if lang == "zh" else "dg-plan: ")
    for notice in (tmp_path / "a").iterdir():
        assert str(notice) in again.stderr
    # Named once, with no (folder='…') after the sentence that names them.
    assert "folder=" not in again.stderr


def test_every_refusal_of_track_is_an_error_sentence_with_status_1(tmp_path):
    book = _book(tmp_path)
    template = tmp_path / "t.xlsx"
    tracking.write_template(PLAN, AUDIT, template, as_of=R2)
    returned = tmp_path / "r"
    returned.mkdir()
    tracking.write_template(PLAN, AUDIT, returned / f"{AUDIT}.xlsx", as_of=R2)
    fill(returned / f"{AUDIT}.xlsx", {50: ("推进中",)})
    refused = {
        "template in the way": ("track", "template", AUDIT, str(template), "--as-of", "2024-12-31"),
        "collective": ("track", "template", "省直相关部门", str(tmp_path / "x.xlsx"),
                       "--as-of", "2024-12-31"),
        "ledger in the way": ("track", "collect", str(returned), "-o", str(book)),
        "no ledger": ("track", "status", str(tmp_path / "none.json"), "--as-of", DAY),
        "no ledger to chase": ("track", "chase", str(tmp_path / "none.json"), "--as-of", DAY),
    }  # fmt: skip
    for what, args in refused.items():
        result = call("--lang", "en", *args)
        assert result.returncode == 1, (what, result.stderr)
        assert "usage:" not in result.stderr, what
        assert result.stderr.startswith("dg-plan: "), (what, result.stderr)
        assert "error:" not in result.stderr, what
    # A mistyped command keeps its usage and status 2.
    mistyped = {
        "no -o": ("track", "collect", str(returned)),
        "--replace alone": ("track", "collect", str(returned), "-o", str(tmp_path / "n.json"),
                            "--replace"),
        "a ledger named as a workbook": ("track", "collect", str(returned), "-o",
                                         str(tmp_path / "n.xlsx")),
        "no day": ("track", "status", str(book), "--as-of", "someday"),
    }  # fmt: skip
    for what, args in mistyped.items():
        result = call("--lang", "en", *args)
        assert result.returncode == 2, (what, result.stderr)
        assert result.stderr.startswith("usage:"), what


# -- 4. the two-files 督办通知: one short sentence ---------------------------------------


def test_the_two_files_notice_says_pending_once_in_one_short_sentence(tmp_path):
    book = ledger()
    (chase,) = [c for c in book.chase(DAY, set_aside={BIANBAN: "two_files"}) if c.unit == BIANBAN]
    path = tmp_path / "n.docx"
    tracking.write_notice(book, chase, path, DAY, dated=DATED)
    (said,) = [p.text for p in docx.Document(str(path)).paragraphs if "两份填报表" in p.text]
    one = "你单位本轮报回的两份填报表待核定，下列任务的进展情况以核定采用的一份为准。"
    # In the opening paragraph, after the tasks past their deadlines (reader16, fault 5).
    assert said.strip().endswith("已过完成时限。" + one)
    assert said.count("核定") == 2  # 待核定, and the one taken: not 正在核定…（待核定）
    assert "（待核定）" not in said


# -- 5. two files of a unit: said once, naming both -------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_collect_says_the_two_files_once_naming_both(tmp_path, lang):
    folder = tmp_path / "returned"
    folder.mkdir()
    names = (f"{AUDIT}.xlsx", f"{AUDIT}（修改稿）.xlsx")
    for name in names:
        tracking.write_template(PLAN, AUDIT, folder / name, as_of=R2)
        fill(folder / name, {50: ("推进中", None, name)})
    result = call(
        "--lang", lang, "track", "collect", str(folder), "-o", str(tmp_path / "l.json"),
        "--notices", str(tmp_path / "n"),
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    both = "、".join(names)
    said = [x for x in result.stdout.splitlines() if both in x]
    assert len(said) == 1, result.stdout
    first = "本次收到省审计厅" if lang == "zh" else "2 files of 省审计厅"
    assert said[0].strip().startswith(first)
    # No file of the two is listed apart: neither has another problem.
    assert not [x for x in result.stdout.splitlines() if x.strip().startswith(str(folder))]


# -- 6. the ledger carries its log of notices issued ----------------------------------------


def _logged(tmp_path):
    """A ledger file whose log holds the notices a chase wrote (numbered)."""
    book = _book(tmp_path)
    _chase(book, tmp_path / "a", "zh", "--number", "豫督〔2025〕")
    text = book.read_text(encoding="utf-8")
    log = json.loads(text)["notices"]
    assert len(log) > 1
    return text, log


def test_loads_reads_the_log_and_dumps_writes_it_back(tmp_path):
    text, log = _logged(tmp_path)
    loaded = tracking.loads(PLAN, text)
    assert [i.number for i in loaded.notices] == [e["number"] for e in log]
    assert all(isinstance(i, Issued) for i in loaded.notices)
    assert loaded.notices[0].as_of == datetime.date(2025, 1, 1)
    # The round trip: the same text, the log included, without passing it.
    assert tracking.dumps(loaded) == text


def test_a_ledger_given_a_round_and_dumped_keeps_the_log(tmp_path):
    text, log = _logged(tmp_path)
    loaded = tracking.loads(PLAN, text)
    # A round added in Python, the two ways an embedder adds one.
    returned = tmp_path / "r"
    returned.mkdir()
    tracking.write_template(PLAN, AUDIT, returned / "a.xlsx", as_of="2025-03-31")
    fill(returned / "a.xlsx", {50: ("推进中",)})
    added = tracking.read_returns(PLAN, [returned], keep_going=True, ledger=loaded).ledger
    assert len(added.reports) == len(loaded.reports) + 1
    evolved = attrs.evolve(loaded, reports=added.reports)
    for book in (added, evolved):
        again = json.loads(tracking.dumps(book))
        assert again["notices"] == log
        assert len(again["reports"]) == len(loaded.reports) + 1


def test_dumps_still_writes_the_log_it_is_given(tmp_path):
    text, log = _logged(tmp_path)
    loaded = tracking.loads(PLAN, text)
    one = loaded.notices[:1]
    assert json.loads(tracking.dumps(loaded, notices=one))["notices"] == log[:1]
    assert "notices" not in json.loads(tracking.dumps(loaded, notices=()))
    # An old call on a ledger made in code: as before.
    plain = ledger()
    assert plain.notices == ()
    assert json.loads(tracking.dumps(plain, notices=loaded.notices))["notices"] == log
    # The log takes no part in equality, as a report's source takes none.
    assert loaded == plain
    with pytest.raises(TypeError):
        tracking.Ledger(PLAN, plain.reports, notices=["not an Issued"])
