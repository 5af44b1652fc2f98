"""dg_plan.jsonable: a JSON form for every public object, its TypedDicts and its schema."""

from __future__ import annotations

import ast
import datetime
import io
import json
import typing
from importlib import resources

import jsonschema
import pytest
from hypothesis import given

import dg_plan
from dg_plan import QueryErrorKind, Role, _messages, export, importing, strategies, tracking
from dg_plan.tracking import Ledger, Report, Status

SCHEMA = json.loads(
    resources.files("dg_plan").joinpath("data", "jsonable.schema.json").read_text("utf-8")
)
CHECK = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _valid(value, definition):
    """Validate *value* against the schema's definition *definition*."""
    schema = {**SCHEMA, "$ref": f"#/$defs/{definition}"}
    jsonschema.Draft202012Validator(schema, format_checker=CHECK).validate(value)


def _dumped(value):
    """*value* through json, so that a tuple or a date left in it shows."""
    text = json.dumps(value, ensure_ascii=False)
    assert json.loads(text) == value  # nothing but lists, dicts, str, int, bool, None
    return value


# -- the forms, against the printed document -----------------------------------------


def test_task_18_as_printed(plan):
    # 附件4, page 47: task 18, 2023年12月底前, led by 省行政审批政务信息管理局 with
    # 省直相关部门、各省辖市政府、济源示范区管委会、航空港区管委会 responsible; it names 豫事办.
    form = _dumped(dg_plan.jsonable(plan.task(18)))
    assert form["number"] == 18
    assert form["deadline"] == "2023年12月底前"
    assert form["deadline_kind"] == "date"
    assert form["due"] == "2023-12-31"
    assert form["leads"] == ["省行政审批政务信息管理局"]
    responsible = ["省直相关部门", "各省辖市政府", "济源示范区管委会", "航空港区管委会"]
    assert form["responsible"] == responsible
    assert form["units"] == form["leads"] + form["responsible"]
    assert form["accountable"] == form["leads"]
    assert form["support"] == []
    assert "豫事办" in form["platforms"]
    assert form["page"] == 47
    # Without a plan, nothing places the task; with one, its section is 1.1.
    assert (form["part"], form["section"], form["section_title"]) == (None, None, None)
    placed = dg_plan.jsonable(plan.task(18), plan=plan)
    assert (placed["part"], placed["section"]) == ("1", "1.1")
    assert placed["section_title"] == "（一）构建政府数字化履职能力体系"
    assert {k: v for k, v in placed.items() if k not in {"part", "section", "section_title"}} == {
        k: v for k, v in form.items() if k not in {"part", "section", "section_title"}
    }


def test_an_undated_task_and_a_note(plan):
    # Task 50 is 持续推进: no day. Task 125's deadline cell runs across pages 67 and 68.
    form = dg_plan.jsonable(plan.task(50))
    assert (form["deadline"], form["deadline_kind"], form["due"]) == ("持续推进", "ongoing", None)
    notes = dg_plan.jsonable(plan.task(125))["notes"]
    values = {"next_page": "68", "next_rows": "126–130", "page": "67", "rows": "125"}
    assert {"kind": "same_text_across_page_break", "values": values} in notes


def test_the_whole_plan(plan):
    form = _dumped(dg_plan.jsonable(plan))
    assert form["metadata"]["document"] == "豫政〔2023〕17号"
    assert form["metadata"]["issued"] == "2023-04-26"
    assert len(form["tasks"]) == 178
    # Four parts; the first holds tasks 1 to 70.
    assert [s["id"] for s in form["sections"]] == ["1", "2", "3", "4"]
    assert len(form["sections"][0]["tasks"]) == 70
    assert form["sections"][0]["subsections"][0]["id"] == "1.1"
    # A plan places its own tasks.
    assert form["tasks"][17] == dg_plan.jsonable(plan.task(18), plan=plan)
    assert [u["name"] for u in form["units"]] == [u.name for u in plan.units]
    city = next(u for u in form["units"] if u["name"] == "洛阳市人民政府")
    assert city["member_of"] == ["各省辖市政府"]
    assert city["kind"] == "local"


def test_query_results(plan):
    timeline = _dumped(dg_plan.jsonable(plan.timeline()))
    assert timeline[0] == {
        "deadline": "2023年6月底前",
        "deadline_kind": "date",
        "due": "2023-06-30",
        "tasks": [2, 37],
    }
    # 审计厅 leads task 50 only.
    (found,) = dg_plan.jsonable(plan.responsibilities("省审计厅"), plan=plan)
    assert (found["number"], found["unit"], found["role"], found["via"]) == (
        50,
        "省审计厅",
        "lead",
        None,
    )
    city = dg_plan.jsonable(plan.responsibilities("洛阳市"))
    assert city
    assert {r["via"] for r in city} == {"各省辖市政府"}
    (first, *_rest) = dg_plan.jsonable(plan.responsible_for("豫事办"))
    assert first == {
        "unit": "省行政审批政务信息管理局",
        "lead": [18, 125],
        "responsible": [],
        "support": [],
    }
    hits = dg_plan.jsonable(plan.search("ipv6"))
    assert [h["number"] for h in hits] == [109, 110]
    for hit in hits:
        text = plan.task(hit["number"]).text
        assert [text[a:b].lower() for a, b in hit["spans"]] == ["ipv6"] * hit["matches"]
    row = dg_plan.jsonable(plan.workload()[0])
    assert row["unit"] == "省行政审批政务信息管理局"
    assert row["lead"] == 106
    assert sum(b["lead"] for b in row["buckets"]) == 106
    # A mapping: keys become strings, enums their values.
    assert dg_plan.jsonable({18: Role.LEAD, datetime.date(2024, 6, 30): [Status.DONE]}) == {
        "18": "lead",
        "2024-06-30": ["done"],
    }
    assert dg_plan.jsonable({Role.LEAD: (18, 125)}) == {"lead": [18, 125]}


def test_the_smaller_objects(plan):
    task = plan.task(18)
    assert dg_plan.jsonable(task.deadline) == {
        "deadline": "2023年12月底前",
        "deadline_kind": "date",
        "due": "2023-12-31",
    }
    unit = dg_plan.jsonable(plan.unit("发改委"))
    assert unit["name"] == "省发展改革委"
    assert unit["full_name"] == "河南省发展和改革委员会"
    assert "发改委" in unit["aliases"]
    provenance = _dumped(dg_plan.jsonable(task.provenance))
    assert provenance["page"] == 47
    assert provenance["deadline_rows"][0] <= 18 <= provenance["deadline_rows"][-1]
    mention = dg_plan.jsonable(task.mentions[0])
    assert task.text[mention["start"] : mention["end"]] in plan.platform(mention["platform"]).names
    origin = dg_plan.Origin("list.xlsx", "任务", rows=(5,), cells=(("deadline", "D5:D7"),))
    assert dg_plan.jsonable(origin) == {
        "file": "list.xlsx",
        "sheet": "任务",
        "rows": [5],
        "lines": [],
        "cells": [["deadline", "D5:D7"]],
    }
    assert dg_plan.jsonable(Role.SUPPORT) == "support"
    assert dg_plan.jsonable(datetime.date(2025, 12, 31)) == "2025-12-31"


def _ledger(plan):
    reports = (
        Report(50, "省审计厅", Status.DONE, datetime.date(2024, 1, 5), datetime.date(2024, 1, 4)),
        Report(18, "省行政审批政务信息管理局", Status.IN_PROGRESS, datetime.date(2024, 1, 5)),
    )
    return Ledger(plan, reports)


def test_a_ledger_and_its_rows(plan):
    ledger = _ledger(plan)
    form = _dumped(dg_plan.jsonable(ledger))
    assert form["plan"]["title"] == plan.metadata.title
    assert form["reports"][0] == {
        "task": 50,
        "unit": "省审计厅",
        "status": "done",
        "as_of": "2024-01-05",
        "completed_on": "2024-01-04",
        "note": "",
        "evidence": [],
    }
    why = _dumped(dg_plan.jsonable(ledger.explain(50, as_of="2024-01-31")))
    # 省审计厅 leads task 50 alone, so its DONE is the task's.
    assert (why["status"], why["rule"], why["completed_on"]) == ("done", "all_done", "2024-01-04")
    assert why["units"][0]["unit"] == "省审计厅"
    rows = _dumped(dg_plan.jsonable(ledger.summary("2024-01-31", by="part")))
    for row in rows:
        categories = [row[c] for c in tracking.CATEGORIES]
        assert sum(categories) == row["total"]
    assert sum(r["total"] for r in rows) == 178
    classes = dg_plan.jsonable(ledger.classify("2024-01-31"))
    assert classes["50"] == "done_undated"  # 持续推进: no date
    _valid(form, "ledger")
    _valid(why, "status_explanation")
    for row in rows:
        _valid(row, "summary_row")


def test_scores_and_chases(plan):
    ledger = _ledger(plan)
    rows = _dumped(dg_plan.jsonable(ledger.scorecard("2024-01-31")))
    audit = next(r for r in rows if r["unit"] == "省审计厅")
    # 省审计厅 leads task 50 alone (持续推进, never due) and reported it done: one task,
    # done with no date (not early), nothing owed, so no on-time rate.
    assert list(audit["roles"]) == ["lead"]
    assert audit["roles"]["lead"] == audit["total"]
    assert audit["total"]["tasks"] == audit["total"]["done_undated"] == 1
    assert audit["total"]["done_on_time"] == audit["total"]["rated"] == 0
    assert (audit["total"]["owed"], audit["total"]["on_time_rate"]) == (0, None)
    for row in rows:
        _valid(row, "score_row")
        _valid(row["total"], "score")
    chases = _dumped(dg_plan.jsonable(ledger.chase("2024-01-31")))
    # Task 18 (2023年12月底前) is late on 2024-01-31, its lead's answer in progress.
    found = next(c for c in chases if c["unit"] == "省行政审批政务信息管理局")
    item = next(i for i in found["tasks"] if i["task"] == 18)
    assert item == {
        "task": 18,
        "deadline": "2023年12月底前",
        "deadline_kind": "date",
        "due": "2023-12-31",
        "role": "lead",
        "status": "in_progress",
        "as_of": "2024-01-05",
    }
    assert found["unreported"] == len(found["tasks"]) - 1
    for chase in chases:
        _valid(chase, "chase")
        for each in chase["tasks"]:
            _valid(each, "chase_item")
    # A summary row's due-on-the-day counts: the 63 tasks of 2024年12月底前 are due on
    # 2024-12-31, none reported.
    rows = _dumped(dg_plan.jsonable(Ledger(plan, ()).summary("2024-12-31", by="deadline")))
    assert sum(r["due_open"] for r in rows) == sum(r["due_not_reported"] for r in rows) == 63
    for row in rows:
        _valid(row, "summary_row")


def test_an_import(tmp_path):
    text = "1. 建设统一的数据共享平台。（市大数据局牵头，市直有关部门配合，2024年6月底前）\n"
    result = importing.read_text(text, name="方案.txt")
    form = _dumped(dg_plan.jsonable(result))
    assert form["plan"]["tasks"][0]["leads"] == ["市大数据局"]
    assert form["plan"]["tasks"][0]["due"] == "2024-06-30"
    assert form["open_problems"] == len(result.open_problems)
    _valid(form, "import_result")
    for finding in form["notes"] + form["problems"]:
        _valid(finding, "finding")


# -- the schema ------------------------------------------------------------------------


def test_the_schema_is_valid_and_the_shipped_plan_validates(plan):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA, format_checker=CHECK).validate(dg_plan.jsonable(plan))


@pytest.mark.parametrize(
    ("definition", "wrong"),
    [
        ("task", lambda f: f.pop("accountable")),  # a key missing
        ("task", lambda f: f.update(extra=1)),  # a key the shape does not have
        ("task", lambda f: f.update(due="2023年12月底前")),  # not an ISO day
        ("task", lambda f: f.update(leads="省审计厅")),  # a name, not a list
        ("timeline_entry", lambda f: f.update(deadline_kind="someday")),
    ],
)
def test_the_schema_refuses_what_jsonable_never_gives(plan, definition, wrong):
    form = (
        dg_plan.jsonable(plan.task(18), plan=plan)
        if definition == "task"
        else dg_plan.jsonable(plan.timeline()[0])
    )
    _valid(form, definition)
    wrong(form)
    with pytest.raises(jsonschema.ValidationError):
        _valid(form, definition)


def test_each_result_validates(plan):
    cases = {
        "responsibility": plan.responsibilities("洛阳市人民政府"),
        "involvement": plan.responsible_for("豫事办"),
        "timeline_entry": plan.timeline(),
        "workload_row": plan.workload(include_members=True),
        "search_hit": plan.search("数据共享"),
        "unit": plan.units,
        "platform": plan.platforms,
        "section": plan.sections,
        "task_role": tuple(plan.task(11).involvement(u) for u in ("洛阳市", "省应急管理厅")),
    }
    for definition, items in cases.items():
        assert items, definition
        for item in dg_plan.jsonable(items, plan=plan):
            _valid(item, definition)


# The schema's definitions and the TypedDicts say the same keys, written independently.
TYPED = {
    "deadline": dg_plan.DeadlineJSON,
    "mention": dg_plan.MentionJSON,
    "note": dg_plan.NoteJSON,
    "origin": dg_plan.OriginJSON,
    "provenance": dg_plan.ProvenanceJSON,
    "successor": dg_plan.SuccessorJSON,
    "unit": dg_plan.UnitJSON,
    "platform": dg_plan.PlatformJSON,
    "task": dg_plan.TaskJSON,
    "section": dg_plan.SectionJSON,
    "metadata": dg_plan.PlanMetadataJSON,
    "plan": dg_plan.PlanJSON,
    "responsibility": dg_plan.ResponsibilityJSON,
    "task_role": dg_plan.TaskRoleJSON,
    "search_hit": dg_plan.SearchHitJSON,
    "involvement": dg_plan.InvolvementJSON,
    "timeline_entry": dg_plan.TimelineEntryJSON,
    "workload_bucket": dg_plan.WorkloadBucketJSON,
    "workload_row": dg_plan.WorkloadRowJSON,
    "report": dg_plan.ReportJSON,
    "unit_status": dg_plan.UnitStatusJSON,
    "status_explanation": dg_plan.StatusExplanationJSON,
    "summary_row": dg_plan.SummaryRowJSON,
    "score": dg_plan.ScoreJSON,
    "score_row": dg_plan.ScoreRowJSON,
    "chase_item": dg_plan.ChaseItemJSON,
    "chase": dg_plan.ChaseJSON,
    "ledger": dg_plan.LedgerJSON,
    "tracking_problem": dg_plan.TrackingProblemJSON,
    "returns": dg_plan.ReturnsJSON,
    "location": dg_plan.LocationJSON,
    "finding": dg_plan.FindingJSON,
    "import_result": dg_plan.ImportResultJSON,
    "overview": dg_plan.OverviewJSON,
    "unit_tasks": dg_plan.UnitTasksJSON,
    "platform_tasks": dg_plan.PlatformTasksJSON,
    "task_status": dg_plan.TaskStatusJSON,
    "late_task": dg_plan.LateTaskJSON,
    "unit_task_status": dg_plan.UnitTaskStatusJSON,
    "chase_notice": dg_plan.ChaseNoticeJSON,
}


def test_the_schema_and_the_typed_dicts_name_the_same_keys():
    assert set(TYPED) == set(SCHEMA["$defs"])
    for name, typed in TYPED.items():
        definition = SCHEMA["$defs"][name]
        assert set(definition["required"]) == set(definition["properties"]), name
        assert set(definition["properties"]) == set(typed.__required_keys__), name
        assert typed.__optional_keys__ == frozenset(), name
    exported = {n for n in dg_plan.__all__ if n.endswith("JSON")}
    assert exported == {t.__name__ for t in TYPED.values()}


def test_the_forms_have_the_typed_dicts_keys(plan):
    # What jsonable gives has exactly the keys its TypedDict declares.
    ledger = _ledger(plan)
    given = {
        dg_plan.PlanJSON: plan,
        dg_plan.TaskJSON: plan.task(18),
        dg_plan.UnitJSON: plan.unit("洛阳市"),
        dg_plan.PlatformJSON: plan.platform("豫事办"),
        dg_plan.ProvenanceJSON: plan.task(18).provenance,
        dg_plan.ResponsibilityJSON: plan.responsibilities("洛阳市")[0],
        dg_plan.SearchHitJSON: plan.search("ipv6")[0],
        dg_plan.TaskRoleJSON: plan.task(11).involvement("洛阳市"),
        dg_plan.ReportJSON: ledger.reports[0],
        dg_plan.SummaryRowJSON: ledger.summary("2024-01-31")[0],
        dg_plan.StatusExplanationJSON: ledger.explain(50),
        dg_plan.ScoreJSON: ledger.scorecard("2024-01-31")[0].total,
        dg_plan.ScoreRowJSON: ledger.scorecard("2024-01-31")[0],
        dg_plan.ChaseJSON: ledger.chase("2024-01-31")[0],
        dg_plan.ChaseItemJSON: ledger.chase("2024-01-31")[0].items[0],
    }
    for typed, obj in given.items():
        assert set(dg_plan.jsonable(obj)) == set(typed.__required_keys__), typed.__name__


def test_the_typed_dicts_module_imports_only_typing():
    source = resources.files("dg_plan").joinpath("_jsontypes.py").read_text("utf-8")
    imported = {
        alias.name if isinstance(node, ast.Import) else node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"__future__", "typing"}
    assert typing.is_typeddict(dg_plan.TaskJSON)


# -- wrong objects -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("obj", "given"),
    [({1, 2}, "set"), (b"18", "bytes"), (object(), "object"), ([1, {2: {3.5j}}], "set")],
)
def test_an_object_without_a_json_form(obj, given):
    with pytest.raises(dg_plan.InvalidTypeError) as caught:
        dg_plan.jsonable(obj)
    error = caught.value
    assert isinstance(error, TypeError)
    assert error.kind is QueryErrorKind.NO_JSON_FORM
    assert dict(error.values) == {"given": given}
    assert str(error).startswith(
        f"an object of type {given} has no JSON form: expected an object of dg_plan"
    )


def test_a_key_without_a_json_form():
    with pytest.raises(dg_plan.InvalidTypeError) as caught:
        dg_plan.jsonable({(1, 2): "a pair"})
    assert caught.value.kind is QueryErrorKind.NO_JSON_KEY
    assert str(caught.value) == (
        "an object of type tuple cannot be a JSON key: expected a text, whole number, day or enum"
    )


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_a_number_json_cannot_write(number):
    # JSON (RFC 8259) has no NaN or Infinity: json.dumps would write invalid JSON.
    for obj in (number, [1.5, number], {"x": number}):
        with pytest.raises(dg_plan.InvalidTypeError) as caught:
            dg_plan.jsonable(obj)
        assert caught.value.kind is QueryErrorKind.NOT_FINITE
        assert str(caught.value).startswith(f"the number {number!r} has no JSON form")
    assert dg_plan.jsonable([1.5, -0.0, 1e308]) == [1.5, -0.0, 1e308]


def test_a_class_is_named_without_a_wrong_article():
    # The enum class itself (not a member): "a EnumType" read badly.
    with pytest.raises(dg_plan.InvalidTypeError) as caught:
        dg_plan.jsonable(dg_plan.Role)
    assert str(caught.value).startswith("an object of type EnumType has no JSON form")


def test_a_task_where_a_plan_belongs(plan):
    with pytest.raises(dg_plan.InvalidTypeError) as caught:
        dg_plan.jsonable(plan.task(1), plan=plan.task(1))  # type: ignore[arg-type]
    error = caught.value
    assert str(error) == "expected a Plan or None, got a Task"
    assert (error.field, error.kind) == ("plan", QueryErrorKind.EXPECTED_PLAN_OR_NONE)
    # Said in Chinese too, as the command line says every error.
    said = _messages.render(error.kind, error.values, "zh")
    assert "Plan" in said
    assert "Task" in said
    assert said != str(error)


def test_a_task_of_another_plan(plan):
    other = importing.read_text("1. 建设平台。（市大数据局负责，2024年6月底前）\n").plan
    with pytest.raises(dg_plan.UnknownTaskError):
        dg_plan.jsonable(plan.task(178), plan=other)


@pytest.mark.parametrize(
    "call",
    [
        dg_plan.dumps,
        export.records,
        export.to_dataframe,
        lambda task: export.to_json(task, io.StringIO()),
        lambda task: export.to_csv(task, io.StringIO()),
    ],
    ids=["dumps", "records", "to_dataframe", "to_json", "to_csv"],
)
def test_a_task_where_the_writers_want_a_plan(plan, call):
    # It ended in AttributeError: 'Task' object has no attribute 'metadata'.
    with pytest.raises(dg_plan.InvalidTypeError) as caught:
        call(plan.task(1))
    assert str(caught.value) == "expected a Plan, got a Task"
    assert caught.value.kind is QueryErrorKind.EXPECTED_PLAN
    assert caught.value.value is plan.task(1)


@given(strategies.plans(min_parts=0, max_tasks=6))
def test_every_drawn_plan_has_a_valid_form(drawn):
    # Whatever the model allows (UNSPECIFIED deadlines, origins, odd text), the form is
    # JSON and valid under the schema, and each task's form is the plan's.
    form = _dumped(dg_plan.jsonable(drawn))
    jsonschema.Draft202012Validator(SCHEMA, format_checker=CHECK).validate(form)
    assert form["tasks"] == [dg_plan.jsonable(t, plan=drawn) for t in drawn.tasks]
    for task, task_form in zip(drawn.tasks, form["tasks"], strict=True):
        assert task_form["deadline"] == str(task.deadline)
        assert task_form["accountable"] == [u.name for u in task.accountable]
        assert task_form["accountable"]


def test_returns_and_their_notes(plan):
    note = dg_plan.TrackingProblem(
        "状态 read as 已完成", "完成", file="省审计厅.xlsx", row=5, column="状态"
    )
    returns = tracking.Returns(_ledger(plan), (note,))
    form = _dumped(dg_plan.jsonable(returns))
    assert form["notes"] == [
        {
            "kind": None,
            "values": {},
            "reason": "状态 read as 已完成",
            "file": "省审计厅.xlsx",
            "row": 5,
            "column": "状态",
            "report": None,
        }
    ]
    assert len(form["ledger"]["reports"]) == 2
    _valid(form, "returns")
    where = importing.Location("list.xlsx", "任务", row=8, column=5)
    assert dg_plan.jsonable(where) == {
        "file": "list.xlsx",
        "sheet": "任务",
        "row": 8,
        "column": 5,
        "cell": "E8",
        "line": None,
    }
