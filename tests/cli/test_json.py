"""The command line's --json is dg_plan.jsonable's form, byte for byte, and keeps its keys."""

from __future__ import annotations

import datetime
import json
from importlib import resources

import jsonschema
import pytest

import dg_plan
from dg_plan import Role, export
from dg_plan.tracking import Ledger, Report, Status
from helpers.cli import call, ok


def _dumped(value) -> str:
    """What the command line prints for *value*: indented JSON, Chinese as it is."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _overview(plan):
    # The units that lead most tasks, counted here from the tasks' leads: the ten most.
    led: dict[str, int] = {}
    for task in plan.tasks:
        for unit in task.leads:
            led[unit.name] = led.get(unit.name, 0) + 1
    most = sorted(led, key=lambda name: -led[name])[:10]
    rows = {r.unit.name: r for r in plan.workload()}
    assert [rows[name].lead for name in most] == [led[name] for name in most]
    return {
        "metadata": dg_plan.jsonable(plan.metadata),
        "sections": [dg_plan.jsonable(s, plan=plan) for s in plan.sections],
        "timeline": dg_plan.jsonable(plan.timeline()),
        "leads": [dg_plan.jsonable(rows[name]) for name in most],
    }


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["show", "18"], lambda p: dg_plan.jsonable(p.task(18), plan=p)),
        (
            ["tasks", "--unit", "省公安厅", "--role", "lead"],
            lambda p: dg_plan.jsonable(p.select(unit="省公安厅", role=Role.LEAD), plan=p),
        ),
        (["due", "--in", "2024H1"], lambda p: dg_plan.jsonable(p.due_in("2024H1"), plan=p)),
        (["timeline"], lambda p: dg_plan.jsonable(p.timeline())),
        (["workload", "--top", "3"], lambda p: dg_plan.jsonable(p.workload()[:3])),
        (["search", "数据共享"], lambda p: dg_plan.jsonable(p.search("数据共享"), plan=p)),
        (
            ["unit", "洛阳市"],
            lambda p: {
                "unit": dg_plan.jsonable(p.unit("洛阳市")),
                "tasks": dg_plan.jsonable(p.responsibilities("洛阳市"), plan=p),
            },
        ),
        (
            ["unit", "省发展改革委", "--role", "lead"],
            lambda p: {
                "unit": dg_plan.jsonable(p.unit("省发展改革委")),
                "tasks": dg_plan.jsonable(p.responsibilities("省发展改革委", Role.LEAD), plan=p),
            },
        ),
        (
            ["platform", "豫事办"],
            lambda p: {
                "platform": dg_plan.jsonable(p.platform("豫事办")),
                "tasks": dg_plan.jsonable(p.mentioning("豫事办"), plan=p),
                "units": dg_plan.jsonable(p.responsible_for("豫事办")),
            },
        ),
        (["list-units"], lambda p: dg_plan.jsonable(p.units)),
        (
            ["list-units", "--kind", "local"],
            lambda p: dg_plan.jsonable(p.units_of_kind(dg_plan.UnitKind.LOCAL)),
        ),
        (["list-platforms"], lambda p: [dg_plan.jsonable(x) for x in p.platforms]),
        (
            ["list-platforms", "--kind", "app"],
            lambda p: [dg_plan.jsonable(x) for x in p.platforms if x.kind.value == "app"],
        ),
        (["overview"], _overview),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, list) else "",
)
def test_json_is_jsonables_form(plan, args, expected):
    for where in ([*args, "--json"], ["--json", *args]):
        assert ok(*where) == _dumped(expected(plan))


@pytest.mark.parametrize(
    ("args", "definition", "typed"),
    [
        (["overview"], "overview", dg_plan.OverviewJSON),
        (["unit", "洛阳市"], "unit_tasks", dg_plan.UnitTasksJSON),
        (["platform", "豫事办"], "platform_tasks", dg_plan.PlatformTasksJSON),
        (["list-units"], "unit", None),
        (["list-platforms"], "platform", None),
    ],
)
def test_each_commands_json_is_valid_under_the_schema(args, definition, typed):
    schema = json.loads(
        resources.files("dg_plan").joinpath("data", "jsonable.schema.json").read_text("utf-8")
    )
    validator = jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{definition}"})
    printed = json.loads(ok(*args, "--json"))
    if typed is None:  # a list of the objects' forms
        assert printed
        for item in printed:
            validator.validate(item)
    else:  # an envelope: its TypedDict's keys, each value a form
        assert set(printed) == set(typed.__required_keys__)
        validator.validate(printed)


def test_json_of_a_tasks_explanation(plan, tmp_path):
    reports = (
        Report(50, "省审计厅", Status.DONE, datetime.date(2024, 1, 5), datetime.date(2024, 1, 4)),
    )
    ledger = Ledger(plan, reports)
    path = tmp_path / "ledger.json"
    path.write_text(dg_plan.tracking.dumps(ledger), encoding="utf-8")
    out = json.loads(
        ok("track", "status", str(path), "--as-of", "2024-01-31", "--task", "50", "--json")
    )
    (shown,) = out
    why = dg_plan.jsonable(ledger.explain(50, as_of="2024-01-31"))
    assert {k: v for k, v in shown.items() if k != "category"} == why
    # Done on 2024-01-04; its deadline is 持续推进 (no date): done with no date.
    assert shown["category"] == "done_undated"


def test_the_task_rows_keep_every_key_the_export_gives(plan):
    # The keys --json printed before it was jsonable's form: export.records' wide rows.
    rows = json.loads(ok("due", "--in", "2024H1", "--json"))
    records = export.records(plan, tasks=plan.due_in("2024H1"))
    assert len(rows) == len(records) == 13
    for row, record in zip(rows, records, strict=True):
        for key, value in record.items():
            said = list(value) if isinstance(value, tuple) else value
            said = said.isoformat() if isinstance(said, datetime.date) else said
            assert row[key] == said, key
    # A search hit keeps the keys it had: number, matches, spans, deadline, due,
    # accountable and text.
    (hit, *_rest) = json.loads(ok("search", "ipv6", "--json"))
    assert {"number", "matches", "spans", "deadline", "due", "accountable", "text"} <= set(hit)
    assert hit["number"] == 109
    assert hit["matches"] == plan.task(109).text.lower().count("ipv6")


def test_json_before_a_command_that_prints_no_listing(tmp_path):
    target = str(tmp_path / "plan.csv")
    for lang, said in (
        ("en", "--json goes with a command that lists, not export"),
        ("zh", "--json 只用于列出结果的命令，不用于 export。"),
    ):
        result = call("--lang", lang, "--json", "export", "csv", target)
        assert result.returncode == 2
        assert said in result.stderr
    assert not (tmp_path / "plan.csv").exists()
    # Without a command, the overview, which lists.
    assert sum(len(s["tasks"]) for s in json.loads(ok("--json"))["sections"]) == 178


def test_json_of_the_scorecard_and_the_chase_list(plan, tmp_path):
    reports = (
        Report(50, "省审计厅", Status.DONE, datetime.date(2024, 1, 5), datetime.date(2024, 1, 4)),
        Report(18, "省行政审批政务信息管理局", Status.IN_PROGRESS, datetime.date(2024, 1, 5)),
    )
    ledger = Ledger(plan, reports)
    path = tmp_path / "ledger.json"
    path.write_text(dg_plan.tracking.dumps(ledger), encoding="utf-8")
    day = "2024-01-31"
    scores = ok("track", "scorecard", str(path), "--as-of", day, "--json")
    assert scores == _dumped(dg_plan.jsonable(ledger.scorecard(day)))
    chases = ok("track", "chase", str(path), "--as-of", day, "--json")
    # No notices were asked for, so none was written for any unit.
    expected = [{**dg_plan.jsonable(c), "notice": None} for c in ledger.chase(day)]
    assert chases == _dumped(expected)
    # Task 18 (2023年12月底前) is late; its lead said in progress on 2024-01-05.
    (found,) = [c for c in json.loads(chases) if c["unit"] == "省行政审批政务信息管理局"]
    assert {"task": 18, "status": "in_progress", "as_of": "2024-01-05"}.items() <= next(
        t for t in found["tasks"] if t["task"] == 18
    ).items()


def test_the_track_commands_json_is_valid_under_the_schema(plan, tmp_path):
    # Each track view prints jsonable's forms, or the documented rows built on them.
    reports = (
        Report(50, "省审计厅", Status.DONE, datetime.date(2024, 1, 5), datetime.date(2024, 1, 4)),
        Report(18, "省行政审批政务信息管理局", Status.IN_PROGRESS, datetime.date(2024, 1, 5)),
    )
    ledger = Ledger(plan, reports)
    path = tmp_path / "ledger.json"
    path.write_text(dg_plan.tracking.dumps(ledger), encoding="utf-8")
    schema = json.loads(
        resources.files("dg_plan").joinpath("data", "jsonable.schema.json").read_text("utf-8")
    )
    day = ("--as-of", "2024-01-31")
    for args, definition in (
        (["status"], "summary_row"),
        (["status", "--task", "18"], "task_status"),
        (["status", "--unit", "省行政审批政务信息管理局"], "unit_task_status"),
        (["late"], "late_task"),
        (["scorecard"], "score_row"),
        (["chase"], "chase_notice"),
    ):
        validator = jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{definition}"})
        printed = json.loads(ok("track", args[0], str(path), *day, *args[1:], "--json"))
        assert printed, args
        for item in printed:
            validator.validate(item)
    # The summary is exactly jsonable's form of the ledger's rows by part.
    summary = ok("track", "status", str(path), *day, "--json")
    assert summary == _dumped(dg_plan.jsonable(ledger.summary("2024-01-31", by="part")))
    # The late tasks: each task's form, placed in the plan, with its status.
    late = json.loads(ok("track", "late", str(path), *day, "--json"))
    assert [r["number"] for r in late] == [t.number for t in ledger.late("2024-01-31")]
    (task18,) = [r for r in late if r["number"] == 18]
    assert task18 == {**dg_plan.jsonable(plan.task(18), plan=plan), "status": "in_progress"}
