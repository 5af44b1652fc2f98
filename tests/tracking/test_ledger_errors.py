"""The tracking API's edges: bad arguments, tampered templates, malformed ledger files."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis.errors import InvalidArgument

import dg_plan
from dg_plan import strategies, tracking
from dg_plan.tracking import Ledger, Report, Status, TrackingDataError
from helpers.workbooks import set_cells

D = datetime.date
PLAN = dg_plan.load_plan()
AUDIT = "省审计厅"


def test_ledger_arguments():
    with pytest.raises(dg_plan.InvalidTypeError):
        Report(50, " ", Status.IN_PROGRESS, D(2024, 1, 1))
    with pytest.raises(dg_plan.InvalidTypeError):
        Ledger(PLAN, "reports")  # type: ignore[arg-type]
    with pytest.raises(TrackingDataError) as info:
        Ledger(PLAN, ["not a report"])  # type: ignore[list-item]
    assert info.value.problems[0].column == "report"
    ledger = Ledger(PLAN, [Report(50, AUDIT, Status.IN_PROGRESS, D(2024, 1, 1))])
    assert len(ledger) == 1
    assert repr(ledger) == "<Ledger 1 reports on 178 tasks>"
    assert ledger != "a ledger"
    assert ledger.history(18) == ()
    assert ledger.status_of(PLAN.task(50)) is Status.IN_PROGRESS
    assert ledger.completed_on(50) is None
    assert ledger.classify("2024-01-02")[50] == "open_not_due"


def test_loads_reports_each_malformed_field():
    doc = json.loads(tracking.dumps(Ledger(PLAN, ())))
    doc["reports"] = [
        "not an object",
        {"task": 50},
        {"task": 0, "unit": "", "status": "done", "as_of": "2024-01-01", "note": 3},
        {"task": 50, "unit": AUDIT, "status": "done", "as_of": "2024-1-1", "evidence": [""]},
    ]
    with pytest.raises(TrackingDataError) as info:
        tracking.loads(PLAN, json.dumps(doc))
    assert [p.column for p in info.value.problems] == [
        "$.reports[0]",
        "$.reports[1]",
        "$.reports[1]",
        "$.reports[1]",
        "$.reports[2].task",
        "$.reports[2].unit",
        "$.reports[2].note",
        "$.reports[3].as_of",
        "$.reports[3].evidence",
    ]
    doc["reports"] = {}
    with pytest.raises(TrackingDataError, match=r"\$\.reports"):
        tracking.loads(PLAN, json.dumps(doc))


@pytest.mark.parametrize(
    ("cells", "column"),
    [
        ({"H2": "something else"}, "格式"),
        ({"B2": "省审记厅"}, "填报单位"),
        ({"D2": "soon"}, "截至日期"),
        ({"E4": "进度"}, None),
    ],
)
def test_collect_refuses_a_tampered_template(tmp_path, cells, column):
    path = tmp_path / "audit.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=D(2024, 12, 31))
    set_cells(path, {"E5": "推进中", **cells})
    with pytest.raises(TrackingDataError) as info:
        tracking.collect(PLAN, path)
    (problem,) = info.value.problems
    assert (problem.file, problem.column) == ("audit.xlsx", column)


def test_collect_reads_numbers_people_type(tmp_path):
    path = tmp_path / "audit.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=D(2024, 12, 31))
    typed = {"A5": 50.0, "E5": "in_progress", "A6": "第七", "E6": "推进中", "A7": 999, "G7": "x"}
    set_cells(path, {**typed, "B5": None})
    with pytest.raises(TrackingDataError) as info:
        tracking.collect(PLAN, [path])
    assert [(p.row, p.column, p.value) for p in info.value.problems] == [
        (6, "序号", "第七"),
        (7, "序号", 999),
        (7, "状态", None),
    ]
    set_cells(path, {"A6": None, "E6": None, "A7": None, "G7": None})
    (report,) = tracking.collect(PLAN, [path]).reports
    assert (report.task, report.status) == (50, Status.IN_PROGRESS)
    set_cells(path, {"B5": "改过的任务"})
    with pytest.raises(TrackingDataError, match="the row was edited"):
        tracking.collect(PLAN, [path])


def test_a_unit_without_tasks_has_no_template(tmp_path):
    units = (dg_plan.Unit("省甲厅", kind=dg_plan.UnitKind.GOVERNMENT), dg_plan.Unit("省乙厅"))
    task = dg_plan.Task(1, "任务", dg_plan.Deadline(dg_plan.DeadlineKind.ONGOING), units=units[:1])
    plan = dg_plan.Plan(dg_plan.PlanMetadata("题"), (), (task,), units, ())
    with pytest.raises(dg_plan.InvalidQueryError, match="no task"):
        tracking.write_template(plan, "省乙厅", tmp_path / "x.xlsx", as_of=D(2024, 1, 1))


def test_strategy_arguments():
    empty = dg_plan.Plan(dg_plan.PlanMetadata("题"), (), (), (), ())
    for bad in (
        lambda: strategies.reports(empty),
        lambda: strategies.ledgers(empty),
        lambda: strategies.reports(statuses=[]),
        lambda: strategies.reports(min_day="2024-01-01"),
        lambda: strategies.reports(min_day=D(2025, 1, 1), max_day=D(2024, 1, 1)),
        lambda: strategies.ledgers(min_reports=3, max_reports=2),
    ):
        with pytest.raises(InvalidArgument):
            bad()


def test_a_query_names_the_day_argument_it_cannot_read():
    ledger = Ledger(PLAN, [Report(50, AUDIT, Status.IN_PROGRESS, D(2024, 1, 1))])
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        ledger.completed_on(50, as_of="the first of June")
    assert (info.value.argument, info.value.value) == ("as_of", "the first of June")
    with pytest.raises(dg_plan.InvalidQueryError, match="'unit', 'part' or 'deadline'") as info:
        ledger.summary("2024-06-01", by="month")  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == ("by", "month")


def test_a_report_error_names_the_class_and_field():
    with pytest.raises(
        dg_plan.InvalidTypeError, match=r"^Report\.task must be an int >= 1"
    ) as info:
        Report(0, AUDIT, Status.IN_PROGRESS, D(2024, 1, 1))
    assert (info.value.field, info.value.value) == ("task", 0)
    with pytest.raises(dg_plan.InvalidTypeError, match=r"^Report\.status must be a Status") as info:
        Report(50, AUDIT, "in progress", D(2024, 1, 1))  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("status", "in progress")


def test_a_ledger_lists_every_broken_rule_after_a_non_report():
    with pytest.raises(TrackingDataError) as info:
        Ledger(PLAN, ["not a report", Report(999, AUDIT, Status.IN_PROGRESS, D(2024, 1, 1))])  # type: ignore[list-item]
    assert [(p.report, p.column) for p in info.value.problems] == [(0, "report"), (1, "task")]


def test_loads_with_its_arguments_swapped_says_so():
    # tracking.loads(plan, text), unlike dg_plan.loads(text) (found by a user trial).
    plan = dg_plan.load_plan()
    text = tracking.dumps(tracking.Ledger(plan, []))
    with pytest.raises(dg_plan.InvalidQueryError, match=r"tracking\.loads\(plan, text\)"):
        tracking.loads(text, plan)  # type: ignore[arg-type]
    assert tracking.loads(plan, text) == tracking.Ledger(plan, [])
