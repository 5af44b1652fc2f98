"""dg-plan import, and every command on the imported plan (--plan)."""

from __future__ import annotations

import csv
import json

import pytest

import dg_plan
from dg_plan._cli import main
from helpers.cli import call as run

ROWS = [
    ["某市任务清单", "", "", ""],
    ["序号", "主要任务", "完成时限", "责任单位"],
    ["一、数据治理", "", "", ""],
    ["1", "建设数据库", "2024年底前", "市大数据局牵头，公安局、民政局配合"],
    ["2", "清洗数据", "", "市大数据局"],
    ["3", "坏的时限", "哪天", "市政府办公室"],
]


@pytest.fixture
def listing(tmp_path):
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(ROWS)
    return path


def test_import_writes_the_plan_and_prints_notes_and_problems(listing, tmp_path, capsys):
    out = tmp_path / "plan.json"
    assert main(["import", str(listing), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    # Row 6 of the file, the column headed 完成时限 (its cell, C6, is kept in the JSON).
    assert "problem  list.csv, row 6, column “完成时限”" in printed
    assert "哪天" in printed
    assert "3 tasks" in printed
    plan = dg_plan.load_plan(out)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.metadata.title == "某市任务清单"


def test_import_json(listing, capsys):
    assert main(["import", str(listing), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tasks"] == 3
    assert [(p["cell"], p["text"]) for p in report["problems"]] == [("C6", "哪天")]
    assert any(n["message"].startswith("市 restored") for n in report["notes"])


def test_import_strict_fails_naming_the_place(listing, tmp_path, capsys):
    out = tmp_path / "plan.json"
    assert main(["import", str(listing), "-o", str(out), "--strict"]) == 1
    assert "(list.csv, row 6, column “完成时限”)" in capsys.readouterr().err
    assert not out.exists()


def test_import_of_a_doc_says_how_to_convert(tmp_path, capsys):
    path = tmp_path / "list.doc"
    path.write_bytes(b"\xd0\xcf")
    assert main(["import", str(path)]) == 1
    assert "soffice --headless --convert-to docx" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["overview"],
        ["overview", "--json"],
        ["tasks"],
        ["show", "2"],
        ["unit", "市大数据局"],
        ["workload"],
        ["timeline"],
        ["due", "--in", "2024"],
        ["list-units"],
        ["list-platforms"],
        ["export", "csv", "-"],
    ],
)
def test_every_command_works_on_the_imported_plan(listing, tmp_path, capsys, command):
    out = tmp_path / "plan.json"
    assert main(["import", str(listing), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["--plan", str(out), *command]) == 0
    assert capsys.readouterr().out.strip()


def test_overview_of_an_imported_plan(listing, tmp_path, capsys):
    out = tmp_path / "plan.json"
    main(["import", str(listing), "-o", str(out)])
    capsys.readouterr()
    main(["--plan", str(out), "overview"])
    text = capsys.readouterr().out
    assert text.startswith("某市任务清单\n3 tasks\n")
    assert "一、数据治理" in text
    assert "(unspecified)" in text


def test_show_says_when_a_task_prints_no_deadline(listing, tmp_path, capsys):
    out = tmp_path / "plan.json"
    main(["import", str(listing), "-o", str(out)])
    capsys.readouterr()
    main(["--plan", str(out), "show", "2"])
    assert capsys.readouterr().out.startswith("Task 2 · (unspecified)")


def test_an_imported_task_has_no_page(listing, tmp_path, capsys):
    # A csv has no pages: nothing may claim 第 1 页 (found by a user trial).
    out = tmp_path / "plan.json"
    main(["import", str(listing), "-o", str(out)])
    plan = dg_plan.load_plan(out)
    assert all(t.provenance is not None and t.provenance.page is None for t in plan.tasks)
    assert all(t["provenance"]["page"] is None for t in json.loads(out.read_text())["tasks"])
    capsys.readouterr()
    for lang, words in (("en", ("page", "Page")), ("zh", ("页",))):
        main(["--lang", lang, "--plan", str(out), "show", "1"])
        shown = capsys.readouterr().out
        assert "市大数据局" in shown
        assert not any(word in shown for word in words), shown
    html = plan.task(1)._repr_html_()
    assert "市大数据局" in html
    assert "Page" not in html
    row = dg_plan.export.records(plan)[0]
    assert row["page"] is None


def test_import_json_says_where_each_task_came_from(listing, capsys):
    assert main(["import", str(listing), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    # ROWS: a title row, the header (row 2), a heading (row 3), tasks in rows 4-6.
    assert report["origins"][0] == {
        "task": 1,
        "file": "list.csv",
        "sheet": "",
        "rows": [4],
        "lines": [],
        "cells": [["number", "A4"], ["text", "B4"], ["deadline", "C4"], ["units", "D4"]],
    }
    assert [(o["task"], o["rows"]) for o in report["origins"]] == [(1, [4]), (2, [5]), (3, [6])]


def test_show_says_where_an_imported_task_came_from(listing, tmp_path, capsys):
    out = tmp_path / "plan.json"
    main(["import", str(listing), "-o", str(out)])
    capsys.readouterr()
    main(["--plan", str(out), "show", "3"])
    shown = capsys.readouterr().out
    assert "Origin:" in shown
    # The row alone: a place in a table is no cell's letters (the glossary, "Places in
    # a table"); the cells are in the JSON.
    assert "Origin:      list.csv, row 6\n" in shown
    assert "A6" not in shown
    main(["--lang", "zh", "--plan", str(out), "show", "3"])
    shown = capsys.readouterr().out
    assert "出处" in shown
    # One place, the row (reader19: a .csv shows no cell letters).
    assert "“list.csv”第6行\n" in shown
    assert "A6" not in shown
    main(["--plan", str(out), "show", "3", "--json"])
    assert json.loads(capsys.readouterr().out)["origin"]["cells"][2] == ["deadline", "C6"]
    # The shipped plan's tasks come from a printed page: no origin.
    main(["show", "3", "--json"])
    assert json.loads(capsys.readouterr().out)["origin"] is None


def test_a_list_or_a_ledger_given_as_plan_says_what_to_do(listing, tmp_path):
    # Found by a user trial: --plan messy.xlsx said "not UTF-8 text", --plan ledger.json
    # "unknown field 'format'".
    listed = run("--plan", str(listing), "overview")
    assert listed.returncode == 1
    assert f"dg-plan import {listing} -o plan.json" in listed.stderr
    template, ledger = tmp_path / "t.xlsx", tmp_path / "ledger.json"
    assert (
        run("track", "template", "省审计厅", str(template), "--as-of", "2024-12-31").returncode == 0
    )
    # --strict: the untouched template is then no report (kept going, a blank return is
    # set aside), and the ledger is written.
    assert run("track", "collect", str(template), "--strict", "-o", str(ledger)).returncode == 0
    tracked = run("--lang", "zh", "--plan", str(ledger), "overview")
    assert tracked.returncode == 1
    assert "督办台账" in tracked.stderr
    assert f"dg-plan track status {ledger}" in tracked.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"format_version": 2}', encoding="utf-8")
    assert "malformed" in run("--plan", str(broken), "overview").stderr
