"""One day grammar: the queries, the command line and the tracking reader read the same days.

The table is the stated rule: 2024-06-30, 2024/6/30, 2024.6.30, 2024年6月30日, in
ASCII or full-width digits, a date and a datetime at midnight are days; nothing else
is (not 20240630, not an ISO week date, which ``date.fromisoformat`` reads on 3.11
only), and a day that does not exist is said to be one.
"""

from __future__ import annotations

import datetime

import pytest

import dg_plan
from dg_plan import InvalidDeadlineError, InvalidQueryError, tracking
from dg_plan.importing import read_text
from helpers.cli import call

D = datetime.date
JUNE_30 = D(2024, 6, 30)

ACCEPTED = [
    "2024-06-30",
    "2024-6-30",
    "2024/6/30",
    "2024/06/30",
    "2024.6.30",
    "2024年6月30日",
    " 2024/6/30 ",
    "２０２４－０６－３０",
    "２０２４／６／３０",
    "２０２４年６月３０日",
    JUNE_30,
    datetime.datetime(2024, 6, 30),  # noqa: DTZ001 - what a spreadsheet's date cell holds
]
REFUSED = [
    "20240630",
    "2024-W26-7",
    "2024W267",
    "2024-182",  # an ISO ordinal date
    "30/6/2024",
    "6/30/2024",
    "24-06-30",
    "2024-06-30T00:00",
    "明天",
    "",
    20240630,
    None,
]
IMPOSSIBLE = ["2024-02-30", "2024/2/30", "2023年2月29日", "２０２４－０２－３０", "2024-13-01"]


@pytest.fixture(scope="module")
def plan():
    return dg_plan.load_plan()


# -- the Python API ------------------------------------------------------------------------


@pytest.mark.parametrize("day", ACCEPTED)
def test_the_queries_read_every_form(plan, day):
    assert plan.due_by(day) == plan.due_by(JUNE_30)
    assert plan.overdue(day) == plan.overdue(JUNE_30)
    assert plan.due_between(day, D(2024, 12, 31)) == plan.due_between(JUNE_30, D(2024, 12, 31))
    assert plan.due_within(30, day) == plan.due_within(30, JUNE_30)


@pytest.mark.parametrize("day", REFUSED)
def test_the_queries_refuse_every_other_form(plan, day):
    with pytest.raises(InvalidQueryError) as info:
        plan.due_by(day)
    assert info.value.value == day
    assert info.value.argument == "date"
    assert repr(day) in str(info.value)


@pytest.mark.parametrize("day", IMPOSSIBLE)
def test_the_queries_say_an_impossible_day_is_one(plan, day):
    with pytest.raises(InvalidQueryError, match="impossible day") as info:
        plan.overdue(day)
    assert info.value.value == day


def test_an_instant_is_no_day(plan):
    with pytest.raises(InvalidQueryError, match=r"pass its \.date\(\)"):
        plan.due_by(datetime.datetime(2024, 6, 30, 9, 30))  # noqa: DTZ001
    with pytest.raises(InvalidQueryError, match=r"pass its \.date\(\)"):
        plan.due_by(datetime.datetime(2024, 6, 30, tzinfo=datetime.UTC))


# -- the command line ---------------------------------------------------------------------


def _cli(day):
    return call("--lang", "en", "due", "--by", day)


@pytest.mark.parametrize("day", [d for d in ACCEPTED if isinstance(d, str)])
def test_the_command_line_reads_every_form(day):
    result = _cli(day)
    assert result.returncode == 0, result.stderr
    assert result.stdout == _cli("2024-06-30").stdout


@pytest.mark.parametrize("day", [d for d in REFUSED if isinstance(d, str) and d])
def test_the_command_line_refuses_every_other_form(day):
    result = _cli(day)
    assert result.returncode == 2
    assert repr(day) in result.stderr
    assert "2024/12/31" in result.stderr


@pytest.mark.parametrize("day", IMPOSSIBLE)
def test_the_command_line_says_an_impossible_day_is_one(day):
    result = _cli(day)
    assert result.returncode == 2
    assert "impossible day" in result.stderr


# -- the tracking reader ------------------------------------------------------------------


@pytest.mark.parametrize("day", ACCEPTED)
def test_the_tracking_reader_reads_every_form(day):
    assert tracking.parse_day(day) == JUNE_30


@pytest.mark.parametrize("day", [d for d in REFUSED if d not in {"", None}])
def test_the_tracking_reader_refuses_every_other_form(day):
    with pytest.raises(InvalidQueryError) as info:
        tracking.parse_day(day)
    assert info.value.value == day


@pytest.mark.parametrize("day", IMPOSSIBLE)
def test_the_tracking_reader_says_an_impossible_day_is_one(day):
    with pytest.raises(InvalidQueryError, match="impossible day"):
        tracking.parse_day(day)


# -- import cells -------------------------------------------------------------------------


@pytest.mark.parametrize("day", [d for d in ACCEPTED if isinstance(d, str)])
def test_a_deadline_cell_reads_a_typed_day_as_that_day(day):
    result = read_text(f"1. 建设共享平台\n牵头单位：省财政厅\n完成时限：{day}\n")
    assert result.plan.tasks[0].deadline == dg_plan.Deadline(dg_plan.DeadlineKind.DATE, JUNE_30)


@pytest.mark.parametrize("day", IMPOSSIBLE)
def test_a_deadline_cell_with_an_impossible_day_is_refused(day):
    with pytest.raises(InvalidDeadlineError, match="impossible date"):
        dg_plan.Deadline.parse(day)
