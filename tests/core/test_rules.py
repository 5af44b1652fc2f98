"""One test per promise a docstring makes, written against the promise.

Each test here was checked by putting the bug it names back into the code and seeing
the test fail (see tests/README.md, "Hand-written mutants").
"""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dg_plan
from dg_plan import (
    Deadline,
    DeadlineKind,
    Mention,
    Plan,
    PlanMetadata,
    Platform,
    Role,
    Section,
    Task,
    Unit,
    UnitKind,
)
from dg_plan._query import parse_period
from dg_plan.strategies import plans

DUE = Deadline.month_end(2024, 6)
META = PlanMetadata(title="a plan made by hand")

# A collective, one of its members, and a department: the smallest cast in which a
# unit and its collective can hold different roles in one task.
CITIES = Unit("各省辖市政府", kind=UnitKind.COLLECTIVE, members=("洛阳市人民政府",))
LUOYANG = Unit("洛阳市人民政府", kind=UnitKind.LOCAL, member_of=("各省辖市政府",))
DEPARTMENT = Unit("省发展改革委")
CAST = (CITIES, LUOYANG, DEPARTMENT)


def _task(number: int, units=(DEPARTMENT,), leads=(), deadline=DUE) -> Task:
    return Task(number, f"任务{number}", deadline, units=units, leads=leads)


def _part(tasks, part_id="1") -> Section:
    return Section(part_id, int(part_id), "一", "第一部分", tasks=tuple(tasks))


# -- Plan: "task numbers are unique and ordered" --------------------------------------


def test_a_plan_refuses_tasks_out_of_order():
    one, two = _task(1), _task(2)
    Plan(META, (), (one, two), units=CAST)  # the same tasks in order are fine
    with pytest.raises(dg_plan.ValidationError, match="in order"):
        Plan(META, (), (two, one), units=CAST)


@given(plans(min_tasks=2, max_tasks=6, min_parts=0, max_parts=0))
def test_no_generated_plan_survives_its_tasks_reversed(plan):
    with pytest.raises(dg_plan.ValidationError, match="in order"):
        Plan(plan.metadata, (), plan.tasks[::-1], units=plan.units, platforms=plan.platforms)


def test_a_plan_refuses_a_task_number_twice():
    with pytest.raises(dg_plan.ValidationError, match=r"duplicated: \[1\]"):
        Plan(META, (), (_task(1), _task(1, deadline=Deadline(DeadlineKind.ONGOING))), units=CAST)


# -- Plan: "the parts' tasks are every task, each once" --------------------------------


def test_a_plan_refuses_parts_that_leave_a_task_out():
    one, two = _task(1), _task(2)
    Plan(META, (_part([one, two]),), (one, two), units=CAST)
    with pytest.raises(dg_plan.ValidationError, match="every task of the plan") as info:
        Plan(META, (_part([one]),), (one, two), units=CAST)
    # The error names what is missing (a survivor of the _plan sample dropped it).
    assert (info.value.field, info.value.value) == ("sections", [2])


def test_a_plan_refuses_a_task_in_two_parts():
    one, two = _task(1), _task(2)
    with pytest.raises(dg_plan.ValidationError, match="every task of the plan"):
        Plan(META, (_part([one, two]), _part([two], "2")), (one, two), units=CAST)


# -- Task: "a mention outside the text" ---------------------------------------------------


PLATFORM = Platform("豫事办")


def _mentioning(start: int, end: int) -> Task:
    return Task(
        1,
        "用好豫事办",
        DUE,
        units=(DEPARTMENT,),
        platforms=(PLATFORM,),
        mentions=(Mention("豫事办", start, end),),
    )


def test_a_mention_may_end_at_the_end_of_the_text():
    assert _mentioning(2, 5).text[2:5] == "豫事办"


# The mention reads the platform's name (text[2:40] is "豫事办"), so only the bound
# on its end can refuse it.
@pytest.mark.parametrize(("start", "end"), [(2, 6), (2, 40)])
def test_a_task_refuses_a_mention_that_ends_past_its_text(start, end):
    with pytest.raises(dg_plan.ValidationError, match="outside the text"):
        _mentioning(start, end)


@given(st.text(max_size=8), st.integers(1, 5))
def test_every_mention_past_the_text_is_refused(prefix, past):
    text = prefix + "豫事办"
    with pytest.raises(dg_plan.ValidationError, match="outside the text"):
        Task(
            1,
            text,
            DUE,
            units=(DEPARTMENT,),
            platforms=(PLATFORM,),
            mentions=(Mention("豫事办", len(prefix), len(text) + past),),
        )


# -- select(role=...) without a unit: "tasks that have some unit in this role" ------------


def _has_role(task: Task, role: Role) -> bool:
    return any(task.role_of(u) is role for u in task.units)


def test_select_by_role_alone_on_a_plan_made_by_hand():
    led = _task(1, units=(DEPARTMENT, CITIES), leads=(DEPARTMENT,))
    unled = _task(2, units=(DEPARTMENT,))
    all_lead = _task(3, units=(DEPARTMENT,), leads=(DEPARTMENT,))
    plan = Plan(META, (), (led, unled, all_lead), units=CAST)
    assert plan.select(role=Role.LEAD) == (led, all_lead)
    assert plan.select(role=Role.RESPONSIBLE) == (led, unled)


def test_select_by_role_alone_on_the_shipped_plan(plan):
    for role in Role:
        expected = tuple(t for t in plan.tasks if _has_role(t, role))
        assert plan.select(role=role) == expected
    # Stated by hand: every task of the document has a unit that does not lead (each
    # cell ends in 负责 or names units without 牵头), and 118 cells print 牵头.
    assert len(plan.select(role=Role.RESPONSIBLE)) == 178


# -- responsibilities: "a task that names the unit itself is answered in its own role" ----


def test_a_units_own_role_wins_over_its_collectives():
    # The collective leads, the city is named itself without leading.
    task = _task(1, units=(CITIES, LUOYANG), leads=(CITIES,))
    plan = Plan(META, (), (task,), units=CAST)
    (answer,) = plan.responsibilities("洛阳市人民政府")
    assert (answer.role, answer.via) == (Role.RESPONSIBLE, None)
    assert plan.tasks_for("洛阳市人民政府", role=Role.LEAD) == ()
    # ... and the other way round.
    task = _task(1, units=(LUOYANG, CITIES), leads=(LUOYANG,))
    plan = Plan(META, (), (task,), units=CAST)
    (answer,) = plan.responsibilities(LUOYANG)
    assert (answer.role, answer.via) == (Role.LEAD, None)


def test_a_unit_answers_through_its_collective_only_where_it_is_not_named():
    named = _task(1, units=(CITIES, LUOYANG), leads=(CITIES,))
    through = _task(2, units=(DEPARTMENT, CITIES), leads=(DEPARTMENT,))
    plan = Plan(META, (), (named, through), units=CAST)
    answers = plan.responsibilities(LUOYANG)
    assert [(r.task.number, r.role, r.via) for r in answers] == [
        (1, Role.RESPONSIBLE, None),
        (2, Role.RESPONSIBLE, CITIES),
    ]


# -- month ends: "2024年2月底前" is the last day of February --------------------------------


@given(st.integers(1, 9998))
def test_a_month_end_is_the_day_before_the_next_month_begins(year):
    # Every month of the year, counted from the next month's first day rather than
    # from a table of month lengths.
    firsts = [datetime.date(year, m, 1) for m in range(1, 13)] + [datetime.date(year + 1, 1, 1)]
    for month, following in enumerate(firsts[1:], start=1):
        expected = following - datetime.timedelta(days=1)
        assert Deadline.month_end(year, month).date == expected
        assert Deadline.parse(f"{year}年{month}月底前").date == expected


@pytest.mark.parametrize(
    ("year", "days"),
    # Leap years by the Gregorian rule, stated by hand.
    [(2023, 28), (2024, 29), (2025, 28), (1900, 28), (2000, 29), (2100, 28)],
)
def test_february_has_the_days_of_its_year(year, days):
    assert Deadline.parse(f"{year}年2月底前").date == datetime.date(year, 2, days)
    assert calendar.monthrange(year, 2)[1] == days  # the table agrees with the hand


# -- periods: "case and surrounding spaces are ignored" ------------------------------------


@given(
    st.integers(1, 9999),
    st.sampled_from(["", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "-01", "-06", "-12"]),
    st.data(),
)
def test_a_period_reads_the_same_in_either_case(year, suffix, data):
    period = f"{year:04d}{suffix}"
    flipped = "".join(c.lower() if data.draw(st.booleans()) else c for c in period)
    assert parse_period(f" {flipped} ") == parse_period(period)


def test_lower_case_periods_on_the_shipped_plan(plan):
    assert plan.due_in("2024q2") == plan.due_in("2024Q2") != ()
    assert plan.due_in("2024h2") == plan.due_in("2024H2") != ()


# -- due_between: "in order" is the plan's order ------------------------------------------


def test_due_between_answers_in_the_plans_order_not_the_deadlines():
    late, early = _task(1, deadline=Deadline.month_end(2025, 6)), _task(2)
    plan = Plan(META, (), (late, early), units=CAST)
    assert plan.due_between("2024-01-01", "2025-12-31") == (late, early)
    assert plan.due_by("2025-12-31") == (late, early)


# -- periods: "the first and last day of a named period" -----------------------------------

# Each form, stated by hand: (first month, number of months).
PERIODS = {"": (1, 12), "H1": (1, 6), "H2": (7, 6), "Q1": (1, 3), "Q2": (4, 3)}
PERIODS |= {"Q3": (7, 3), "Q4": (10, 3)} | {f"-{m:02d}": (m, 1) for m in range(1, 13)}


@given(st.integers(1, 9999), st.sampled_from(sorted(PERIODS)))
def test_a_period_runs_from_its_first_to_its_last_day(year, suffix):
    first_month, months = PERIODS[suffix]
    start = datetime.date(year, first_month, 1)
    following_month = first_month + months  # 13 is January of the next year
    if (year, following_month) == (9999, 13):
        end = datetime.date(9999, 12, 31)
    else:
        following = datetime.date(year + following_month // 13, (following_month - 1) % 12 + 1, 1)
        end = following - datetime.timedelta(days=1)
    assert parse_period(f"{year:04d}{suffix}") == (start, end)


NOT_A_PERIOD = (
    "expected a period such as '2024', '2024H1', '2024Q3', '2024-06', '2024年上半年', "
    "'2024年第三季度' or '2024年6月'"
)


@pytest.mark.parametrize(
    ("period", "reason"),
    [
        ("0000", NOT_A_PERIOD),
        ("2024H3", NOT_A_PERIOD),
        ("2024-13", "no such month"),
        ("2024-00", "no such month"),
    ],
)
def test_a_period_that_is_none_of_these_is_refused(period, reason):
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        parse_period(period)
    assert (info.value.reason, info.value.argument, info.value.value) == (reason, "period", period)


def test_the_extreme_years_are_periods():
    assert parse_period("0001") == (datetime.date(1, 1, 1), datetime.date(1, 12, 31))
    assert parse_period("9999H2") == (datetime.date(9999, 7, 1), datetime.date(9999, 12, 31))


# -- Found by mutation testing (tests/README.md, "Mutation testing") ----------------------


@pytest.mark.parametrize("other", ["2024年6月底前", datetime.date(2024, 6, 30), 0, None])
def test_a_deadline_is_ordered_only_against_deadlines(other):
    # Deadlines have a total order among themselves; against anything else Python's
    # ordering operators raise TypeError (each operator answers NotImplemented).
    for compare in (
        lambda a, b: a < b,
        lambda a, b: a <= b,
        lambda a, b: a > b,
        lambda a, b: a >= b,
    ):
        with pytest.raises(TypeError):
            compare(DUE, other)
    june, june_too, december = DUE, Deadline.month_end(2024, 6), Deadline.month_end(2024, 12)
    assert (december >= june, june >= june_too, june >= december) == (True, True, False)
    assert (december > june, june <= june_too, june < december, december <= june) == (
        True,
        True,
        True,
        False,
    )


def test_the_old_role_name_shared_reads_as_responsible_with_a_warning():
    with pytest.warns(DeprecationWarning, match=r"'shared' is now 'responsible'"):
        assert Role("shared") is Role.RESPONSIBLE
    with pytest.raises(ValueError, match="shared2"):
        Role("shared2")


def test_search_platforms_gives_five_best_first_by_default(plan):
    ten = plan.search_platforms("平台", limit=10)
    assert len(ten) == 10
    assert plan.search_platforms("平台") == ten[:5]
    assert plan.search_platforms("在线监管")[0].name == "省一体化在线监管平台"
    for empty in ("", "  "):
        with pytest.raises(dg_plan.InvalidQueryError) as info:
            plan.search_platforms(empty)
        assert info.value.reason.startswith("an empty query")
        assert info.value.argument == "query"


def test_a_query_names_the_day_argument_it_cannot_read(plan):
    with pytest.raises(dg_plan.InvalidQueryError) as info:
        plan.due_within(30, "the first of June")
    assert (info.value.argument, info.value.value) == ("as_of", "the first of June")


def test_due_between_names_the_day_argument_it_cannot_read(plan):
    for start, end, argument, value in (
        ("2024-01-01", "the end of the year", "end", "the end of the year"),
        ("new year", "2024-12-31", "start", "new year"),
    ):
        with pytest.raises(dg_plan.InvalidQueryError) as info:
            plan.due_between(start, end)
        assert (info.value.argument, info.value.value) == (argument, value)


def test_a_tuple_field_takes_a_tuple_of_its_kind_only():
    # The model's tuple validator is made once per field when the classes are defined;
    # this builds one in the test, so mutation testing runs the test against its mutants.
    import attrs  # noqa: PLC0415

    from dg_plan._validate import tuple_of as _tuple_of  # noqa: PLC0415

    @attrs.frozen
    class Holder:
        items: tuple[Unit, ...] = attrs.field(validator=_tuple_of(Unit))

    assert Holder((DEPARTMENT, LUOYANG)).items == (DEPARTMENT, LUOYANG)
    assert Holder(()).items == ()
    with pytest.raises(TypeError):
        Holder([DEPARTMENT])  # a list is not a tuple
    with pytest.raises(TypeError):
        Holder((DEPARTMENT, "省财政厅"))  # a name is not a Unit
    with pytest.raises(dg_plan.DgPlanError):
        _task(1, units=[DEPARTMENT])


def test_equal_plans_hash_equal(plan):
    again = dg_plan.loads(dg_plan.dumps(plan))
    assert again == plan
    assert again is not plan
    assert hash(again) == hash(plan)
    assert len({plan, again}) == 1


def test_select_names_a_role_that_is_not_a_role(plan):
    choices = r"dg_plan\.Role: Role\.LEAD, Role\.RESPONSIBLE or Role\.SUPPORT \(or None\)"
    with pytest.raises(dg_plan.InvalidQueryError, match=choices) as info:
        plan.select(role="lead")  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == ("role", "lead")


def test_a_model_error_names_the_class_and_field():
    with pytest.raises(dg_plan.InvalidTypeError, match=r"^PlanMetadata\.issued must be") as info:
        PlanMetadata(title="a plan", issued="2023-06-01")  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("issued", "2023-06-01")


@pytest.mark.parametrize("done", ["12", 12, None])
def test_done_must_be_a_collection_of_tasks(plan, done):
    with pytest.raises(dg_plan.InvalidQueryError, match="expected task numbers or tasks") as info:
        plan.overdue("2024-07-01", done=done)
    assert (info.value.argument, info.value.value) == ("done", done)


def test_role_of_an_unknown_unit_suggests_the_tasks_units_that_resemble_it():
    task = _task(1, units=(DEPARTMENT, LUOYANG), leads=(DEPARTMENT,))
    with pytest.raises(dg_plan.UnknownUnitError) as info:
        task.role_of("省发展改革")
    assert info.value.suggestions == ("省发展改革委",)
    assert info.value.task == 1
