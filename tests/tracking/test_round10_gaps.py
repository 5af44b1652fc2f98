"""Issue 21, three gaps the last round left (round 10), each fixed by a stated rule.

1. ``track template --all DIR`` into a folder that holds some of the templates already
   names every file in the way, as ``chase --notices`` names every notice in the way, in
   one whole sentence in either language, exit status 1; ``--force`` still writes over.
2. ``Ledger`` carries the ledger file's record of the files set aside
   (``Ledger.set_aside``, keyword only, no part of ``==``), as it carries its log of
   notices: ``loads`` reads it, ``dumps`` writes it, and a ledger loaded, given a round
   and dumped keeps it (less the files the round corrected, as ``collect`` keeps it).
3. ``collect --notices`` says what to do with two files of a unit once: the two-files
   sentence says to keep only the file to use and collect it again; no line repeats it.
"""

from __future__ import annotations

import datetime
import json

import attrs
import openpyxl
import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import AUDIT, BIANBAN, PLAN, R2
from helpers.workbooks import fill

DAY = "2024-12-31"


# -- 1. template --all names every file in the way ----------------------------------------


def _in_the_way(tmp_path):
    """A folder holding two of the templates --all writes, one filled in; their paths."""
    folder = tmp_path / "sent"
    folder.mkdir()
    paths = [folder / f"{unit}.xlsx" for unit in (AUDIT, BIANBAN)]
    for unit, path in zip((AUDIT, BIANBAN), paths, strict=True):
        tracking.write_template(PLAN, unit, path, as_of=R2)
    fill(paths[0], {50: ("推进中",)})
    return folder, paths


def _filled(path):
    return openpyxl.load_workbook(path)["填报"]["E5"].value == "推进中"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_template_all_names_every_file_in_the_way(tmp_path, lang):
    folder, paths = _in_the_way(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    args = ("--lang", lang, "track", "template", "--all", str(folder), "--as-of", DAY)
    result = call(*args)
    assert result.returncode == 1, result.stderr  # refused, not mistyped
    assert "usage" not in result.stderr
    assert "用法" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # one sentence
    (said,) = lines
    for path in paths:
        assert str(path) in said
    assert "--force" in said
    if lang == "zh":
        assert said.startswith("dg-plan：以下文件已存在")
        assert said.endswith("。")  # a whole sentence
        # Named in the order --all writes them: the plan's units in order.
        order = [p for u in PLAN.units for p in paths if p.stem == u.name]
        assert f"以下文件已存在，可能是已填报的文件：{'、'.join(map(str, order))}。" in said
    else:
        assert said.startswith("dg-plan: these files exist already")
    # Nothing written: no template, no sent.csv, the filled one kept.
    assert sorted(p.name for p in folder.iterdir()) == before
    assert _filled(paths[0])
    forced = call(*args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert not _filled(paths[0])
    assert (folder / "sent.csv").exists()


def test_template_all_over_a_whole_round_counts_the_files_and_lists_them_one_a_line(tmp_path):
    # The round's templates and sent.csv all in the way (a clerk running --all twice):
    # counted in the sentence, then one path a line, as chase lists notices in the way.
    folder = tmp_path / "sent"
    args = ("--lang", "zh", "track", "template", "--all", str(folder), "--as-of", DAY)
    assert call(*args).returncode == 0
    written = sorted(str(p) for p in folder.iterdir())
    result = call(*args)
    assert result.returncode == 1, result.stderr
    head, *listed = result.stderr.strip().splitlines()
    assert head == (
        f"dg-plan：以下{len(written)}个文件已存在（填报表可能已填报，下发名单可能已修改）。"
        "请写入其他位置，或使用 --force 确认覆盖："
    )
    assert sorted(line.strip() for line in listed) == written
    assert all(line.startswith("  ") for line in listed)


def test_write_templates_names_every_file_in_the_way(tmp_path):
    folder, paths = _in_the_way(tmp_path)
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        tracking.write_templates(PLAN, folder, as_of=R2)
    # The kind an embedder catches is the one file's: file_exists, now naming them all.
    assert info.value.kind is dg_plan.QueryErrorKind.FILE_EXISTS
    for path in paths:
        assert str(path) in str(info.value)
    assert _filled(paths[0])


def test_one_file_in_the_way_is_named_as_before(tmp_path):
    folder, paths = _in_the_way(tmp_path)
    paths[1].unlink()
    result = call("--lang", "zh", "track", "template", "--all", str(folder), "--as-of", DAY)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"dg-plan：“{paths[0]}”已存在，可能是已填报的文件。"
        "请写入其他位置，或使用 --force 确认覆盖。"
    )


# -- 2. the ledger carries its record of the files set aside -------------------------------


def _returned(folder, unit, cells, as_of=R2, name=None):
    """*unit*'s template for *as_of* filled with *cells*, in *folder* (made if missing)."""
    folder.mkdir(exist_ok=True)
    path = folder / (name or f"{unit}.xlsx")
    tracking.write_template(PLAN, unit, path, as_of=as_of)
    fill(path, cells)
    return path


def _recorded(tmp_path):
    """A ledger file written by collect: one file read, one set aside (推进中 done on a day)."""
    folder = tmp_path / "returned"
    _returned(folder, AUDIT, {50: ("推进中",)})
    # A 状态 no label reads as, in 省委编办's file: set aside, cells to fix.
    bad = _returned(folder, BIANBAN, {41: ("好像快了",)})
    book = tmp_path / "ledger.json"
    result = call("track", "collect", str(folder), "-o", str(book))
    assert result.returncode == 3, result.stderr
    text = book.read_text(encoding="utf-8")
    records = json.loads(text)["set_aside"]
    # What collect wrote, checked against what was set aside: the file, its unit and day.
    assert records == [
        {"unit": BIANBAN, "as_of": R2.isoformat(), "file": str(bad), "reason": "cells"}
    ]
    return text, records


def test_loads_reads_the_set_aside_record_and_dumps_writes_it_back(tmp_path):
    text, records = _recorded(tmp_path)
    loaded = tracking.loads(PLAN, text)
    assert [(f.unit, f.as_of, f.file, f.reason) for f in loaded.set_aside] == [
        (r["unit"], datetime.date.fromisoformat(r["as_of"]), r["file"], r["reason"])
        for r in records
    ]
    assert all(isinstance(f, tracking.SetAside) for f in loaded.set_aside)
    # The round trip: the same text, the record included, without passing it.
    assert tracking.dumps(loaded) == text
    assert json.loads(tracking.dumps(attrs.evolve(loaded, reports=())))["set_aside"] == records


def test_a_ledger_given_a_round_and_dumped_keeps_the_set_aside_record(tmp_path):
    text, records = _recorded(tmp_path)
    loaded = tracking.loads(PLAN, text)
    # A round of another unit added in Python: 省委编办's file stays set aside.
    other = _returned(tmp_path / "r2", "省财政厅", {42: ("推进中",)})
    added = tracking.read_returns(PLAN, [other], keep_going=True, ledger=loaded).ledger
    assert len(added.reports) == len(loaded.reports) + 1
    assert json.loads(tracking.dumps(added))["set_aside"] == records
    strict = tracking.read_returns(PLAN, [other], ledger=loaded).ledger
    assert json.loads(tracking.dumps(strict))["set_aside"] == records


def test_a_round_that_corrects_the_file_drops_it_from_the_record(tmp_path):
    text, _ = _recorded(tmp_path)
    loaded = tracking.loads(PLAN, text)
    # 省委编办's corrected file for the same day: the unit's file is in the ledger now.
    fixed = _returned(tmp_path / "r2", BIANBAN, {41: ("推进中",)})
    added = tracking.read_returns(PLAN, [fixed], keep_going=True, ledger=loaded).ledger
    assert any(r.unit == BIANBAN for r in added.reports)
    assert added.set_aside == ()
    assert "set_aside" not in json.loads(tracking.dumps(added))


def test_a_round_set_aside_in_python_is_recorded_as_collect_records_it(tmp_path):
    text, records = _recorded(tmp_path)
    loaded = tracking.loads(PLAN, text)
    bad = _returned(tmp_path / "r2", "省财政厅", {42: ("好像快了",)})
    added = tracking.read_returns(PLAN, [bad], keep_going=True, ledger=loaded).ledger
    again = json.loads(tracking.dumps(added))["set_aside"]
    assert again == [
        *records,
        {"unit": "省财政厅", "as_of": R2.isoformat(), "file": str(bad), "reason": "cells"},
    ]


def test_dumps_still_writes_the_record_it_is_given(tmp_path):
    text, records = _recorded(tmp_path)
    loaded = tracking.loads(PLAN, text)
    assert "set_aside" not in json.loads(tracking.dumps(loaded, set_aside=()))
    plain = tracking.loads(PLAN, tracking.dumps(loaded, set_aside=()))
    assert plain.set_aside == ()
    given = json.loads(tracking.dumps(plain, set_aside=loaded.set_aside))
    assert given["set_aside"] == records
    # The record takes no part in equality; it holds SetAside records only.
    assert loaded == plain
    with pytest.raises(TypeError):
        tracking.Ledger(PLAN, plain.reports, set_aside=["not a SetAside"])


# -- 3. collect --notices: the two files said once -----------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_collect_with_notices_says_keep_only_one_once(tmp_path, lang):
    folder = tmp_path / "returned"
    folder.mkdir()
    for name in (f"{AUDIT}.xlsx", f"{AUDIT}（修改稿）.xlsx"):
        tracking.write_template(PLAN, AUDIT, folder / name, as_of=R2)
        fill(folder / name, {50: ("推进中", None, name)})
    result = call(
        "--lang", lang, "track", "collect", str(folder), "-o", str(tmp_path / "l.json"),
        "--notices", str(tmp_path / "n"),
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    words = "只保留要采用的一份" if lang == "zh" else "keep only the file to use"
    assert result.stdout.count(words) == 1, result.stdout
