"""Who is accountable for each task: the print's grammar (牵头 / 负责 / 配合) as roles."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given

import dg_plan
from dg_plan import Role, Task, Unit
from dg_plan.strategies import plans, tasks
from helpers.cli import ok


def _lead_part(task: Task) -> str:
    """The printed text before 牵头: the leads' names, or nothing when none is printed."""
    text = task.units_text
    return text.partition("牵头")[0] if "牵头" in text else ""


def _printed_in(unit: dg_plan.Unit, text: str) -> bool:
    # The cell may write 省 once for a whole list ("省公安厅、司法厅").
    return unit.name in text or unit.name.removeprefix("省") in text


def test_roles_follow_the_printed_grammar(plan):
    checked = 0
    for task in plan.tasks:
        lead_part = _lead_part(task)
        for unit in task.units:
            expected = Role.LEAD if _printed_in(unit, lead_part) else Role.RESPONSIBLE
            assert task.role_of(unit) is expected, (task.number, unit.name)
            checked += 1
        assert task.support == ()
    assert checked == sum(len(t.units) for t in plan.tasks)


def test_accountable_is_the_leads_or_else_every_unit_named(plan):
    for task in plan.tasks:
        if "牵头" in task.units_text:
            assert task.accountable == task.leads != ()
        else:
            assert task.leads == ()
            assert task.accountable == task.units
        assert task.accountable  # every task has someone to answer for it


def test_the_three_printed_patterns_and_their_counts(plan):
    with_lead = [t for t in plan.tasks if "牵头" in t.units_text]
    responsible = [t for t in plan.tasks if "牵头" not in t.units_text and "负责" in t.units_text]
    bare = [t for t in plan.tasks if "牵头" not in t.units_text and "负责" not in t.units_text]
    assert (len(with_lead), len(responsible), len(bare)) == (118, 50, 10)
    # Nine bare cells name one unit; task 75 lists the local governments with no verb.
    assert [t.number for t in bare if len(t.units) > 1] == [75]
    assert all(t.units_text.endswith("按职责分工负责") for t in responsible)


def test_task_11_and_every_single_unit_task(plan):
    assert 11 in [t.number for t in plan.tasks_for("省应急管理厅", role=Role.RESPONSIBLE)]
    assert plan.tasks_for("省应急管理厅", role=Role.LEAD) == tuple(
        t for t in plan.tasks if plan.unit("省应急管理厅") in t.leads
    )
    single = [t for t in plan.tasks if len(t.units) == 1]
    assert single
    for task in single:
        assert task.role_of(task.units[0]) is Role.RESPONSIBLE
        assert task.accountable == task.units


def test_role_of_accepts_names_aliases_and_units(plan):
    task = plan.task(18)
    lead = plan.unit("省行政审批政务信息管理局")
    assert task.role_of(lead) is Role.LEAD
    assert task.role_of(lead.name) is Role.LEAD
    for alias in lead.aliases:
        assert task.role_of(alias) is Role.LEAD
    assert task.role_of(" 各省辖市政府 ") is Role.RESPONSIBLE


def test_role_of_a_unit_the_task_does_not_name(plan):
    task = plan.task(18)
    with pytest.raises(dg_plan.UnknownUnitError) as caught:
        task.role_of("省发展改革委")
    assert caught.value.task == 18
    assert isinstance(caught.value, LookupError)
    assert "task 18 names no unit '省发展改革委'" in str(caught.value)
    with pytest.raises(dg_plan.UnknownUnitError) as caught:
        task.role_of("省直相关部")
    assert caught.value.suggestions == ("省直相关部门",)
    with pytest.raises(dg_plan.UnknownUnitError):
        task.role_of(plan.unit("省发展改革委"))
    with pytest.raises(dg_plan.UnknownUnitError):
        task.role_of(5)  # type: ignore[arg-type]


def test_units_in_a_role(plan):
    task = plan.task(18)
    assert task.units_in(Role.LEAD) == task.leads
    assert task.units_in(Role.RESPONSIBLE) == task.responsible
    assert task.units_in(Role.SUPPORT) == ()
    with pytest.raises(dg_plan.InvalidQueryError):
        task.units_in("lead")  # type: ignore[arg-type]


def test_the_model_refuses_support_that_breaks_the_rules(plan):
    task = plan.task(18)
    lead, other = task.units[0], task.units[1]
    outsider = plan.unit("省发展改革委")
    with pytest.raises(dg_plan.ValidationError, match="supporting unit '省发展改革委' is not"):
        attrs.evolve(task, support=(outsider,))
    with pytest.raises(dg_plan.ValidationError, match="cannot both lead and support"):
        attrs.evolve(task, support=(lead,))
    with pytest.raises(dg_plan.ValidationError, match="not in the units' order"):
        attrs.evolve(task, support=(task.units[2], other))
    supported = attrs.evolve(task, support=(other,))
    assert supported.role_of(other) is Role.SUPPORT
    assert other not in supported.responsible
    assert supported.accountable == (lead,)


def test_only_support_is_still_accountable(plan):
    task = plan.task(101)
    alone = attrs.evolve(task, support=task.units)
    assert alone.responsible == ()
    assert alone.accountable == task.units


def test_version_1_files_still_load(plan):
    doc = json.loads(dg_plan.dumps(plan))
    assert doc["format_version"] == 2
    doc["format_version"] = 1
    for task in doc["tasks"]:
        assert task.pop("support") == []
    assert dg_plan.loads(json.dumps(doc, ensure_ascii=False)) == plan


def test_a_newer_format_says_what_to_do():
    with pytest.raises(dg_plan.PlanDataError, match="reads 1 and 2; a newer file needs"):
        dg_plan.loads('{"format_version": 3}')


def test_the_old_role_value_reads_with_a_warning():
    with pytest.warns(DeprecationWarning, match="'shared' is now 'responsible'"):
        assert Role("shared") is Role.RESPONSIBLE
    assert not hasattr(Role, "SHARED")
    with pytest.raises(ValueError, match="'chief'"):
        Role("chief")


@given(tasks())
def test_every_unit_has_exactly_one_role(task):
    by_role = {role: task.units_in(role) for role in Role}
    assert sorted(u.name for us in by_role.values() for u in us) == sorted(
        u.name for u in task.units
    )
    for role, units in by_role.items():
        assert all(task.role_of(u) is role for u in units)
    assert task.accountable


@given(plans(min_tasks=1, max_tasks=8))
def test_support_round_trips_through_json(plan):
    again = dg_plan.loads(dg_plan.dumps(plan))
    for mine, theirs in zip(plan.tasks, again.tasks, strict=True):
        assert [theirs.role_of(u) for u in theirs.units] == [mine.role_of(u) for u in mine.units]


def test_the_strategies_draw_every_role():
    from hypothesis import find  # noqa: PLC0415

    found = find(tasks(), lambda t: all(t.units_in(role) for role in Role))
    assert all(found.units_in(role) for role in Role)


def test_the_command_line_speaks_of_roles():
    shown = ok("show", "11", process=True)
    assert "Lead:        — (no lead designated)" in shown
    assert "Responsible: 省应急管理厅、各省辖市政府、济源示范区管委会、航空港区管委会" in shown
    listed = ok("unit", "省应急管理厅", "--json", process=True)
    roles = {t["number"]: t["role"] for t in json.loads(listed)["tasks"]}
    assert roles[11] == "responsible"
    assert set(roles.values()) <= {"lead", "responsible", "support"}


# -- collectives: one rule for a task and for the plan ------------------------------------


def test_a_city_holds_the_role_of_its_collective(plan):
    # Task 11: 省应急管理厅，各省辖市政府、济源示范区管委会、航空港区管委会按职责分工负责.
    task = plan.task(11)
    for name in ("洛阳市", "洛阳市人民政府", "洛阳市政府", plan.unit("洛阳市")):
        assert task.role_of(name) is Role.RESPONSIBLE
        found = task.involvement(name)
        assert found == dg_plan.TaskRole(11, "洛阳市人民政府", Role.RESPONSIBLE, "各省辖市政府")
        assert not found.direct
    named = task.involvement("省应急管理厅")
    assert named == dg_plan.TaskRole(11, "省应急管理厅", Role.RESPONSIBLE)
    assert named.direct
    # Task 18: 省行政审批政务信息管理局牵头, the cities among the responsible units.
    assert plan.task(18).involvement("郑州市").via == "各省辖市政府"
    # A unit in no collective of the task still is unknown to it.
    with pytest.raises(dg_plan.UnknownUnitError):
        plan.task(18).involvement("省发展改革委")


def test_every_task_answers_as_the_plan_does(plan):
    # For every unit and task: the task's answer is the plan's (plan.responsibilities).
    for unit in plan.units:
        answers = {r.task.number: r for r in plan.responsibilities(unit)}
        for task in plan.tasks:
            answer = answers.get(task.number)
            if answer is None:
                with pytest.raises(dg_plan.UnknownUnitError):
                    task.involvement(unit)
                continue
            via = None if answer.via is None else answer.via.name
            expected = dg_plan.TaskRole(task.number, unit.name, answer.role, via)
            assert task.involvement(unit) == expected
            # By any of its names, the same answer.
            for name in unit.names:
                assert task.involvement(name) == expected, (task.number, name)
    assert sum(len(plan.tasks_for(u)) for u in plan.units_of_kind(dg_plan.UnitKind.LOCAL)) > 0


def _collective_plan(member_role):
    """A plan whose one task names a collective (leading) and its member (in *member_role*)."""
    cities = Unit("各市政府", kind=dg_plan.UnitKind.COLLECTIVE, members=("甲市政府",))
    city = Unit("甲市政府", aliases=("甲市",), kind=dg_plan.UnitKind.LOCAL, member_of=("各市政府",))
    units = (cities, city) if member_role is not None else (cities,)
    support = (city,) if member_role is Role.SUPPORT else ()
    deadline = dg_plan.Deadline.parse("2024年底前")
    task = dg_plan.Task(1, "任务", deadline, units=units, leads=(cities,), support=support)
    return dg_plan.Plan(dg_plan.PlanMetadata("t"), (), (task,), units=(cities, city))


def test_a_unit_named_itself_holds_its_own_role():
    plan = _collective_plan(Role.SUPPORT)
    task = plan.task(1)
    # Named as supporting, it supports, though its collective leads.
    assert task.involvement("甲市政府") == dg_plan.TaskRole(1, "甲市政府", Role.SUPPORT)
    assert task.role_of(plan.unit("甲市")) is Role.SUPPORT
    (answer,) = plan.responsibilities("甲市")
    assert (answer.role, answer.via) == (Role.SUPPORT, None)


def test_a_member_by_the_collectives_list_outside_the_shipped_registry():
    plan = _collective_plan(None)
    task = plan.task(1)
    # The task knows the member by the name its collective lists ...
    assert task.involvement("甲市政府") == dg_plan.TaskRole(1, "甲市政府", Role.LEAD, "各市政府")
    # ... and by every name of the plan's unit.
    assert task.role_of(plan.unit("甲市")) is Role.LEAD
    (answer,) = plan.responsibilities("甲市")
    assert (answer.role, answer.via.name) == (Role.LEAD, "各市政府")
    # An alias the shipped registry does not know: the task alone cannot resolve it.
    with pytest.raises(dg_plan.UnknownUnitError):
        task.involvement("甲市")


def test_a_known_unit_with_no_part_in_the_task(plan):
    task = plan.task(50)
    # Task 50's unit cell (as printed) does not name 省财政厅.
    assert "财政" not in task.units_text
    for asked in ("省财政厅", plan.unit("省财政厅"), " 省财政厅 "):
        with pytest.raises(dg_plan.UnitNotInvolvedError) as caught:
            task.involvement(asked)
        error = caught.value
        assert isinstance(error, dg_plan.UnknownUnitError)
        assert (error.task, error.unit, error.suggestions) == (50, "省财政厅", ())
        assert "has no part in it" in str(error)
        assert "did you mean" not in str(error)
        with pytest.raises(dg_plan.UnitNotInvolvedError):
            task.role_of(asked)
        assert task.involvement(asked, None) is None
        assert task.role_of(asked, None) is None
    # A member of a collective the task does not name, by the registry's short name.
    other = next(t for t in plan.tasks if "市" not in t.units_text.replace("城市", ""))
    with pytest.raises(dg_plan.UnitNotInvolvedError) as caught:
        other.involvement("洛阳市")
    assert caught.value.unit == "洛阳市人民政府"
    # A misspelling is not "no part": it still raises, with the suggestion, default or not.
    for call in (lambda: task.involvement("省审记厅"), lambda: task.role_of("省审记厅", None)):
        with pytest.raises(dg_plan.UnknownUnitError) as caught:
            call()
        assert not isinstance(caught.value, dg_plan.UnitNotInvolvedError)
        assert caught.value.suggestions == ("省审计厅",)
    # The default changes nothing for a unit that has a part.
    assert task.role_of("省审计厅", None) is dg_plan.Role.LEAD


def test_every_unit_of_the_plan_without_a_part_is_not_involved(plan):
    for task in plan.tasks[::7]:
        for unit in plan.units:
            if unit.name in {u.name for u in task.units} or any(
                c in {u.name for u in task.units} for c in unit.member_of
            ):
                continue
            with pytest.raises(dg_plan.UnitNotInvolvedError):
                task.involvement(unit)
            assert task.involvement(unit.name, None) is None
