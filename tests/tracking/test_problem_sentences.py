"""Every problem renders as one whole sentence, in either language, saying where (issue 21).

The expected sentences are written out by hand from the rule the docs state: the
file, the row (or the report's position), the column, then the reason and the value.
"""

from __future__ import annotations

import datetime

import pytest

import dg_plan
from dg_plan import TrackingProblem
from dg_plan.tracking import Ledger, Report, Status, TrackingDataError

PLAN = dg_plan.load_plan()
UNITS_50 = "省审计厅、省直相关部门、各省辖市政府、济源示范区管委会、航空港区管委会"


@pytest.fixture(scope="module")
def problems():
    day = datetime.date(2024, 1, 5)
    with pytest.raises(TrackingDataError) as info:
        Ledger(PLAN, [Report(50, "省财政厅", Status.IN_PROGRESS, day)])
    return info.value.problems


def test_a_ledger_problem_names_the_report(problems):
    (found,) = problems
    assert found.render("en", whole=True) == (
        f"report #0, unit: 省财政厅 is not one of task 50's units ({UNITS_50}) (value: 省财政厅)"
    )
    assert found.render("zh", whole=True).startswith("第0条报送记录、unit：")
    assert found.render("zh", whole=True).endswith("（值：省财政厅）")
    # Without whole, the reason only, as before.
    assert found.render("en") == found.reason


def test_a_file_problem_names_file_row_column_and_value():
    found = TrackingProblem(
        "not a day",
        "someday",
        file="bureau.xlsx",
        row=40,
        column="完成日期",
    )
    assert (
        found.render("en", whole=True)
        == "bureau.xlsx, row 40, 完成日期: not a day (value: someday)"
    )
    assert (
        found.render("zh", whole=True)
        == "“bureau.xlsx”第40行“完成日期”列：not a day（填写内容：someday）"
    )
    dated = TrackingProblem("too late", datetime.date(2025, 1, 5), file="a.xlsx", row=7)
    assert dated.render("en", whole=True) == "a.xlsx, row 7: too late (value: 2025-01-05)"


def test_the_command_line_prints_the_same_sentence(problems):
    from dg_plan import _i18n  # noqa: PLC0415
    from dg_plan._cli.errors import problem  # noqa: PLC0415

    (found,) = problems
    with _i18n.using("zh"):
        assert problem(found) == found.render("zh", whole=True)


def test_an_unknown_language_is_refused(problems):
    with pytest.raises(dg_plan.InvalidQueryError):
        problems[0].render("fr", whole=True)
