"""The tracking model: Status, Report, Ledger and its queries, on the shipped plan.

And its edges: bad arguments, tampered templates, malformed ledger files.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from importlib import resources

import attrs
import jsonschema
import openpyxl
import pytest
from hypothesis.errors import InvalidArgument

import dg_plan
from dg_plan import strategies, tracking
from dg_plan.tracking import Ledger, Report, Status, TrackingDataError
from helpers.workbooks import set_cells

D = datetime.date
PLAN = dg_plan.load_plan()
BUREAU = "省行政审批政务信息管理局"
CITIES = [u.name for u in PLAN.members_of("各省辖市政府")]


def done(task, unit, as_of, completed_on, **kw):
    return Report(task, unit, Status.DONE, as_of, completed_on=completed_on, **kw)


def test_status_labels_and_parse():
    assert [s.label for s in Status] == ["未启动", "推进中", "已完成"]
    for s in Status:
        assert Status.parse(s.label) is s
        assert Status.parse(s.name) is s
        assert Status.parse(s.value) is s
        assert Status.parse(f" {s.name.lower()} ") is s
    with pytest.raises(dg_plan.DgPlanError, match="未启动、推进中、已完成") as info:
        Status.parse("已完城")
    assert isinstance(info.value, ValueError)
    with pytest.raises(ValueError, match="choose one of"):
        Status.parse(3)


def test_report_is_frozen_and_typed():
    r = Report(
        18,
        BUREAU,
        Status.IN_PROGRESS,
        D(2024, 1, 1),
        note="在推进",
        evidence=("豫政办〔2024〕1号",),
    )
    with pytest.raises(AttributeError):
        r.status = Status.DONE  # type: ignore[misc]
    with pytest.raises(dg_plan.InvalidTypeError):
        Report(18, BUREAU, Status.DONE, datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))  # type: ignore[arg-type]
    with pytest.raises(dg_plan.InvalidTypeError):
        Report(18, BUREAU, Status.DONE, D(2024, 1, 1), evidence=["x"])  # type: ignore[arg-type]
    # One rule: a wrong value is a ValidationError, a wrong type an InvalidTypeError.
    with pytest.raises(dg_plan.ValidationError):
        Report(0, BUREAU, Status.DONE, D(2024, 1, 1))
    with pytest.raises(dg_plan.InvalidTypeError):
        Report("18", BUREAU, Status.DONE, D(2024, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(dg_plan.InvalidTypeError):
        Report(18, BUREAU, "done", D(2024, 1, 1))  # type: ignore[arg-type]


def test_ledger_lists_every_broken_rule():
    reports = (
        Report(999, BUREAU, Status.IN_PROGRESS, D(2024, 1, 1)),  # no such task
        Report(50, "省财政厅", Status.IN_PROGRESS, D(2024, 1, 1)),  # not task 50's unit
        Report(50, "省审记厅", Status.IN_PROGRESS, D(2024, 1, 1)),  # no such unit
        done(18, BUREAU, D(2024, 1, 1), D(2024, 2, 1)),  # done after the report's day
        Report(18, BUREAU, Status.DONE, D(2024, 1, 2)),  # DONE without its day
        Report(18, BUREAU, Status.IN_PROGRESS, D(2024, 1, 3), completed_on=D(2024, 1, 1)),
        Report(18, BUREAU, Status.IN_PROGRESS, D(2024, 1, 4)),
        done(18, BUREAU, D(2024, 1, 4), D(2024, 1, 4)),  # contradicts the one above
        Report(18, BUREAU, Status.IN_PROGRESS, D(2024, 1, 4), note="same status: fine"),
    )
    with pytest.raises(TrackingDataError) as info:
        Ledger(PLAN, reports)
    err = info.value
    assert isinstance(err, dg_plan.DgPlanError)
    assert isinstance(err, ValueError)
    assert [(p.report, p.column) for p in err.problems] == [
        (0, "task"),
        (1, "unit"),
        (2, "unit"),
        (3, "completed_on"),
        (4, "completed_on"),
        (5, "completed_on"),
        (7, "status"),
    ]
    assert "省审计厅" in str(err.problems[2])  # the close match
    assert "7 problems" in str(err)
    assert "report #6" in str(err.problems[6])


def test_alias_is_kept_as_the_canonical_name():
    ledger = Ledger(PLAN, [Report(50, "审计厅", Status.IN_PROGRESS, D(2024, 1, 1))])
    assert ledger.reports[0].unit == "省审计厅"
    assert ledger.status_of(50, "省审计厅") is Status.IN_PROGRESS


def test_member_city_answers_for_its_collectives_tasks():
    city = CITIES[0]
    ledger = Ledger(PLAN, [Report(18, city, Status.IN_PROGRESS, D(2024, 1, 1))])
    assert ledger.status_of(18, city) is Status.IN_PROGRESS
    assert ledger.status_of(18, CITIES[1]) is None
    with pytest.raises(dg_plan.InvalidQueryError):
        ledger.status_of(50, "省财政厅")


def test_status_of_a_unit_over_time():
    ledger = Ledger(
        PLAN,
        [
            done(18, BUREAU, D(2024, 3, 1), D(2024, 2, 1)),
            Report(18, BUREAU, Status.NOT_STARTED, D(2023, 6, 30)),
            Report(18, BUREAU, Status.IN_PROGRESS, D(2023, 12, 1)),
        ],
    )
    assert ledger.status_of(18, BUREAU, as_of=D(2023, 6, 29)) is None
    assert ledger.status_of(18, BUREAU, as_of="2023-06-30") is Status.NOT_STARTED
    assert ledger.status_of(18, BUREAU, as_of=D(2024, 2, 29)) is Status.IN_PROGRESS
    assert ledger.status_of(18, BUREAU) is Status.DONE
    # The task's status: 18 is led by the bureau alone.
    assert ledger.status_of(18, as_of=D(2024, 3, 1)) is Status.DONE
    assert ledger.completed_on(18) == D(2024, 2, 1)
    assert [r.as_of for r in ledger.history(18)] == [D(2023, 6, 30), D(2023, 12, 1), D(2024, 3, 1)]
    assert ledger.late(D(2024, 1, 1))[:1] == (PLAN.task(1),)
    assert PLAN.task(18) in ledger.late(D(2024, 1, 1))
    assert PLAN.task(18) not in ledger.late(D(2024, 3, 1))
    assert ledger.done_late(D(2024, 3, 1)) == (PLAN.task(18),)
    assert ledger.done_late(D(2024, 2, 29)) == ()


def test_task_status_needs_every_accountable_unit():
    # Task 1 is led by 省发展改革委 and the bureau; 各省辖市政府 only shares it.
    day = D(2023, 12, 31)
    one = Ledger(PLAN, [done(1, "省发展改革委", day, day), done(1, CITIES[0], day, day)])
    assert one.status_of(1) is Status.IN_PROGRESS
    both = Ledger(PLAN, [*one.reports, done(1, BUREAU, day, D(2023, 12, 20))])
    assert both.status_of(1) is Status.DONE
    assert both.completed_on(1) == day
    # Task 11 has no lead: the responsible units, each member city among them.
    reports = [
        done(11, u, day, day) for u in ["省应急管理厅", "济源示范区管委会", "航空港区管委会"]
    ]
    assert Ledger(PLAN, reports).status_of(11) is Status.IN_PROGRESS
    cities = [done(11, c, day, day) for c in CITIES]
    assert Ledger(PLAN, reports + cities).status_of(11) is Status.DONE
    # The collective's own report stands for the cities that have none.
    collective = [*reports, done(11, "各省辖市政府", day, day)]
    assert Ledger(PLAN, collective).status_of(11) is Status.DONE
    mixed = [*collective, Report(11, CITIES[3], Status.IN_PROGRESS, day)]
    assert Ledger(PLAN, mixed).status_of(11) is Status.IN_PROGRESS
    assert Ledger(PLAN, mixed).status_of(11, CITIES[2]) is Status.DONE
    started = Ledger(PLAN, [Report(11, "省应急管理厅", Status.NOT_STARTED, day)])
    assert started.status_of(11) is Status.NOT_STARTED


def test_summary_partitions_the_tasks():
    day = D(2024, 7, 1)
    ledger = Ledger(
        PLAN,
        [
            done(18, BUREAU, D(2023, 12, 31), D(2023, 12, 31)),  # on time
            done(36, BUREAU, D(2024, 3, 1), D(2024, 2, 1)),  # late (due 2023-12-31)
            Report(54, BUREAU, Status.IN_PROGRESS, D(2024, 6, 30)),  # open, due 2024-12-31
            Report(49, BUREAU, Status.IN_PROGRESS, D(2024, 6, 30)),  # 持续推进
        ],
    )
    for by in ("part", "deadline"):
        rows = ledger.summary(day, by=by)
        assert sum(r.total for r in rows) == 178
        assert sum(r.done_on_time for r in rows) == 1
        assert sum(r.done_late for r in rows) == 1
        # 54 is open and not due; 49 (持续推进) is open with no date.
        assert sum(r.open_not_due for r in rows) == 1
        assert sum(r.open_undated for r in rows) == 1
        assert sum(r.late_open for r in rows) == len(ledger.late(day))
    by_deadline = {r.key: r for r in ledger.summary(day, by="deadline")}
    assert by_deadline["2023年12月底前"].done_on_time == 1
    assert by_deadline["持续推进"].open_not_due == 0
    assert by_deadline["持续推进"].open_undated == 1
    units = {r.key: r for r in ledger.summary(day, by="unit")}
    bureau = units[BUREAU]
    assert bureau.total == len(PLAN.tasks_for(BUREAU))
    assert (bureau.done_on_time, bureau.done_late, bureau.open_not_due) == (1, 1, 1)
    assert bureau.open_undated == 1
    assert units[CITIES[0]].total == len(PLAN.tasks_for(CITIES[0]))
    assert "各省辖市政府" not in units
    with pytest.raises(dg_plan.InvalidQueryError):
        ledger.summary(day, by="year")  # type: ignore[arg-type]
    with pytest.raises(dg_plan.InvalidQueryError):
        ledger.late("tomorrow")


def test_to_dataframe():
    ledger = Ledger(PLAN, [done(18, BUREAU, D(2024, 1, 1), D(2023, 12, 1), evidence=("a", "b"))])
    frame = ledger.to_dataframe()
    assert list(frame["task"]) == [18]
    assert frame["status"].iloc[0] == "done"
    assert frame["evidence"].iloc[0] == "a\nb"
    assert str(frame["as_of"].dtype).startswith("datetime64")


def test_ledger_equality_and_immutability():
    a = Ledger(PLAN, [Report(50, "审计厅", Status.IN_PROGRESS, D(2024, 1, 1))])
    b = Ledger(PLAN, (Report(50, "省审计厅", Status.IN_PROGRESS, D(2024, 1, 1)),))
    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(AttributeError):
        a.reports = ()  # type: ignore[misc]


# -- persistence -------------------------------------------------------------------------


LEDGER_SCHEMA = json.loads(
    resources.files("dg_plan").joinpath("data", "ledger.schema.json").read_text("utf-8")
)
SCHEMA_CHECK = jsonschema.Draft202012Validator(
    LEDGER_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def sample_ledger():
    return Ledger(
        PLAN,
        [
            done(
                18,
                BUREAU,
                D(2024, 1, 5),
                D(2023, 12, 20),
                note="已上线",
                evidence=("豫政办〔2023〕9号", "https://example.org/a"),
            ),
            Report(11, CITIES[0], Status.IN_PROGRESS, D(2024, 1, 5), note="推进中，\n第二行"),
            Report(50, "省审计厅", Status.NOT_STARTED, D(2023, 6, 30)),
        ],
    )


def test_dumps_loads_round_trip_and_schema():
    ledger = sample_ledger()
    text = tracking.dumps(ledger)
    doc = json.loads(text)
    SCHEMA_CHECK.validate(doc)
    assert doc["format_version"] == 1
    assert doc["reports"][0]["status"] == "done"
    assert "已上线" in text  # unescaped
    assert tracking.loads(PLAN, text) == ledger
    assert tracking.loads(PLAN, text.encode()) == ledger


def test_loads_lists_every_problem_with_its_path():
    doc = json.loads(tracking.dumps(sample_ledger()))
    doc["reports"][0]["status"] = "finished"
    doc["reports"][1]["as_of"] = "2024/01/05"
    doc["reports"][2]["extra"] = 1
    with pytest.raises(TrackingDataError) as info:
        tracking.loads(PLAN, json.dumps(doc))
    assert [p.column for p in info.value.problems] == [
        "$.reports[0].status",
        "$.reports[1].as_of",
        "$.reports[2].extra",
    ]
    assert not SCHEMA_CHECK.is_valid(doc)
    doc = json.loads(tracking.dumps(sample_ledger()))
    doc["reports"][2]["task"] = 18  # 省审计厅 is not task 18's
    with pytest.raises(TrackingDataError) as info:
        tracking.loads(PLAN, json.dumps(doc))
    assert [p.column for p in info.value.problems] == ["$.reports[2].unit"]


def test_loads_refuses_another_plan_and_other_files():
    text = tracking.dumps(sample_ledger())
    other = dg_plan.Plan(
        metadata=PLAN.metadata,
        sections=(),
        tasks=PLAN.tasks[:60],
        units=PLAN.units,
        platforms=PLAN.platforms,
    )
    with pytest.raises(TrackingDataError, match="another plan"):
        tracking.loads(other, text)
    for bad in ("", "[]", '{"format": "x"}', "{"):
        with pytest.raises(TrackingDataError):
            tracking.loads(PLAN, bad)
    doc = json.loads(text)
    doc["format_version"] = 2
    with pytest.raises(TrackingDataError, match="format_version"):
        tracking.loads(PLAN, json.dumps(doc))


def test_csv_export_read_back(tmp_path):
    ledger = sample_ledger()
    path = tmp_path / "ledger.csv"
    tracking.to_csv(ledger, path, bom=True)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [(int(r["task"]), r["unit"], r["status_label"]) for r in rows] == [
        (r.task, r.unit, r.status.label) for r in ledger.reports
    ]
    assert rows[0]["evidence"].split("\n") == list(ledger.reports[0].evidence)
    assert rows[1]["note"] == "推进中，\n第二行"
    assert rows[2]["completed_on"] == ""
    buffer = io.StringIO(newline="")
    tracking.to_csv(ledger, buffer)
    assert not buffer.getvalue().startswith("\ufeff")


def test_excel_export_read_back(tmp_path):
    ledger = sample_ledger()
    path = tmp_path / "ledger.xlsx"
    tracking.to_excel(ledger, path)
    ws = openpyxl.load_workbook(path)["reports"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == (
        "task",
        "unit",
        "status",
        "status_label",
        "as_of",
        "completed_on",
        "note",
        "evidence",
    )
    assert rows[1][:3] == (18, BUREAU, "done")
    assert rows[1][5].date() == D(2023, 12, 20)


def test_supporting_units_do_not_move_the_status():
    a, b, c = (
        dg_plan.Unit(n, kind=dg_plan.UnitKind.GOVERNMENT) for n in ("省甲厅", "省乙厅", "省丙厅")
    )
    due = dg_plan.Deadline.month_end(2024, 6)
    led = dg_plan.Task(1, "任务一", due, units=(a, b), leads=(a,), support=(b,))
    unled = dg_plan.Task(2, "任务二", due, units=(b, c), support=(b,))
    section = dg_plan.Section("1", 1, "一", "部分", tasks=(led, unled))
    plan = dg_plan.Plan(dg_plan.PlanMetadata("题"), (section,), (led, unled), (a, b, c), ())
    day = D(2024, 6, 1)
    helper_done = [done(1, "省乙厅", day, day), done(2, "省乙厅", day, day)]
    ledger = Ledger(plan, helper_done)
    assert ledger.status_of(1) is None  # only the lead's reports count
    assert ledger.status_of(2) is None  # without a lead, the responsible unit's
    assert ledger.status_of(1, "省乙厅") is Status.DONE
    assert [t.number for t in ledger.late(D(2024, 7, 1))] == [1, 2]
    both = Ledger(plan, [*helper_done, done(1, "省甲厅", day, day), done(2, "省丙厅", day, day)])
    assert both.late(D(2024, 7, 1)) == ()
    assert tracking.plan_fingerprint(plan) != tracking.plan_fingerprint(
        dg_plan.Plan(
            plan.metadata,
            (dg_plan.Section("1", 1, "一", "部分", tasks=(led, attrs.evolve(unled, support=()))),),
            (led, attrs.evolve(unled, support=())),
            (a, b, c),
            (),
        )
    )


# -- edges: bad arguments, tampered templates, malformed ledger files ----------------------

AUDIT = "省审计厅"


def test_ledger_arguments():
    with pytest.raises(dg_plan.ValidationError):
        Report(50, " ", Status.IN_PROGRESS, D(2024, 1, 1))
    with pytest.raises(dg_plan.InvalidTypeError):
        Report(50, None, Status.IN_PROGRESS, D(2024, 1, 1))  # type: ignore[arg-type]
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
    assert ledger.classify("2024-01-02")[50] == "open_undated"  # 持续推进: no date


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
        # The version's hidden cell: the file is named, not a column the unit never saw.
        ({"L2": "something else"}, None),
        ({"B2": "省审记厅"}, "填报单位"),
        ({"D2": "soon"}, "统计截止日期"),
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
    with pytest.raises(dg_plan.ValidationError, match=r"^Report\.task must be an int >= 1") as info:
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


def test_parse_day_says_how_a_templates_day_is_written():
    with pytest.raises(dg_plan.InvalidQueryError, match=r"^not a day; write it as 2024-12-15"):
        tracking.parse_day("someday")
    with pytest.raises(dg_plan.InvalidQueryError, match=r"^impossible day"):
        tracking.parse_day("2024-02-30")
