"""The model's rules: immutability, validators, deadline order."""

from __future__ import annotations

import datetime

import attrs
import pytest

import dg_plan
from dg_plan import Deadline, DeadlineKind, Task, Unit, UnitKind


def test_deadline_parse_month_end_uses_the_real_month_end():
    assert Deadline.parse("2024年2月底前").date == datetime.date(2024, 2, 29)
    assert Deadline.parse("2023年2月底前").date == datetime.date(2023, 2, 28)
    assert Deadline.parse("2024年6月底前").date == datetime.date(2024, 6, 30)
    assert Deadline.parse("2025年12月底前").date == datetime.date(2025, 12, 31)


def test_deadline_printed_form_round_trips():
    for printed in ("2024年6月底前", "持续推进", "适时推进", "2024年6月15日前"):
        assert str(Deadline.parse(printed)) == printed


@pytest.mark.parametrize(
    "bad", ["2024年13月底前", "2024年0月底前", "2024年2月30日前", "明年", "2024年五季度", "完成"]
)
def test_deadline_parse_rejects(bad):
    with pytest.raises(ValueError, match="deadline"):
        Deadline.parse(bad)


def test_dated_deadline_needs_a_date_and_undated_ones_have_none():
    with pytest.raises(TypeError):
        Deadline(DeadlineKind.DATE)
    with pytest.raises(TypeError):
        Deadline(DeadlineKind.DATE, datetime.datetime(2024, 1, 1, 0, 0))  # noqa: DTZ001
    with pytest.raises(ValueError, match="has no date"):
        Deadline(DeadlineKind.ONGOING, datetime.date(2024, 1, 1))


def test_deadline_order():
    a = Deadline.month_end(2023, 6)
    b = Deadline.month_end(2024, 6)
    ongoing = Deadline(DeadlineKind.ONGOING)
    later = Deadline(DeadlineKind.WHEN_APPROPRIATE)
    assert sorted([later, ongoing, b, a]) == [a, b, ongoing, later]
    assert a <= a  # noqa: PLR0124
    assert a >= a  # noqa: PLR0124
    assert b > a
    assert not a > b
    with pytest.raises(TypeError):
        _ = a < 1


def test_objects_are_frozen(plan):
    task = plan.task(1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        task.number = 2
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        plan.tasks = ()
    assert isinstance(plan.tasks, tuple)
    assert isinstance(task.units, tuple)
    assert isinstance(plan.sections[0].subsections, tuple)
    hash(task)
    hash(task.units[0])


def _unit(name: str) -> Unit:
    return Unit(name, kind=UnitKind.GOVERNMENT)


def test_task_rules():
    a, b = _unit("省甲厅"), _unit("省乙厅")
    d = Deadline.month_end(2024, 6)
    Task(1, "任务", d, (a, b), leads=(a,))
    with pytest.raises(ValueError, match="not among its units"):
        Task(1, "任务", d, (a,), leads=(b,))
    with pytest.raises(ValueError, match="not in the units' order"):
        Task(1, "任务", d, (a, b), leads=(b, a))
    with pytest.raises(ValueError, match="no responsible unit"):
        Task(1, "任务", d, ())
    with pytest.raises(ValueError, match="twice"):
        Task(1, "任务", d, (a, a))
    with pytest.raises(ValueError, match="number"):
        Task(0, "任务", d, (a,))
    with pytest.raises(TypeError):
        Task(1, "任务", d, [a])  # a list, not a tuple


def test_responsible_units_are_the_non_leads(plan):
    task = plan.task(1)
    assert [u.name for u in task.leads] == ["省发展改革委", "省行政审批政务信息管理局"]
    assert task.responsible[0].name == "省直相关部门"
    assert set(task.responsible) | set(task.leads) == set(task.units)


def test_unknown_task_number(plan):
    with pytest.raises(dg_plan.UnknownTaskError) as info:
        plan.task(179)
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, dg_plan.DgPlanError)
    assert "1..178" in str(info.value)
    with pytest.raises(LookupError):
        plan.task("18")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("2024年底前", datetime.date(2024, 12, 31)),
        ("2024年年底前", datetime.date(2024, 12, 31)),
        ("2024年", datetime.date(2024, 12, 31)),
        ("2024年上半年", datetime.date(2024, 6, 30)),
        ("2024年下半年", datetime.date(2024, 12, 31)),
        ("2024年一季度", datetime.date(2024, 3, 31)),
        ("2024年二季度", datetime.date(2024, 6, 30)),
        ("2024年三季度", datetime.date(2024, 9, 30)),
        ("2024年四季度", datetime.date(2024, 12, 31)),
        ("2024年3月31日前", datetime.date(2024, 3, 31)),
        ("2024年2月底", datetime.date(2024, 2, 29)),
        ("2024年底前完成", datetime.date(2024, 12, 31)),
    ],
)
def test_deadline_parse_reads_the_extended_dated_forms(printed, expected):
    deadline = Deadline.parse(printed)
    assert deadline.kind is DeadlineKind.DATE
    assert deadline.date == expected


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        ("长期坚持", DeadlineKind.ONGOING),
        ("常态化推进", DeadlineKind.ONGOING),
        ("持续推进", DeadlineKind.ONGOING),
        ("适时推进", DeadlineKind.WHEN_APPROPRIATE),
        ("", DeadlineKind.UNSPECIFIED),
        ("  ", DeadlineKind.UNSPECIFIED),
    ],
)
def test_deadline_parse_reads_the_undated_forms(printed, kind):
    assert Deadline.parse(printed) == Deadline(kind)


def test_unspecified_prints_nothing_and_sorts_last():
    unspecified = Deadline(DeadlineKind.UNSPECIFIED)
    assert str(unspecified) == ""
    others = [
        Deadline.parse("2099年12月底前"),
        Deadline.parse("持续推进"),
        Deadline.parse("适时推进"),
    ]
    assert sorted([unspecified, *others]) == [*others, unspecified]
