"""Every error dg_plan raises on purpose is a DgPlanError that reads as one sentence."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import traceback

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dg_plan
from dg_plan import (
    Deadline,
    DeadlineKind,
    DgPlanError,
    InvalidTypeError,
    Mention,
    PlanDataError,
    PlanMetadata,
    Platform,
    PlatformKind,
    Provenance,
    Section,
    Successor,
    Task,
    Unit,
    UnitKind,
    ValidationError,
)

ONGOING = Deadline(DeadlineKind.ONGOING)


def _one_sentence(exc: BaseException) -> str:
    text = str(exc)
    assert "Attribute(" not in text
    assert "\n" not in text
    assert not text.startswith(("(", "'")), text
    return text


@pytest.mark.parametrize(
    ("make", "field", "value"),
    [
        (lambda: Unit(5), "name", 5),
        (lambda: Unit("a", kind="x"), "kind", "x"),
        (lambda: Deadline("date"), "kind", "date"),
        (lambda: Platform("豫事办", kind="app"), "kind", "app"),
        (lambda: Task(1, "text", ONGOING, [Unit("a")]), "units", [Unit("a")]),
        (lambda: Task(1, "text", ONGOING, (Unit("a"), "b")), "units", (Unit("a"), "b")),
        (lambda: Successor("a", 5, None, "s"), "name_en", 5),
    ],
)
def test_wrong_types_to_constructors_are_dg_plan_errors(make, field, value):
    with pytest.raises(InvalidTypeError) as info:
        make()
    assert isinstance(info.value, DgPlanError)
    assert isinstance(info.value, TypeError)
    assert info.value.field == field
    assert info.value.value == value
    text = _one_sentence(info.value)
    assert field in text
    assert repr(value if not isinstance(value, tuple) else "b") in text


def test_a_str_for_an_enum_names_the_member():
    with pytest.raises(InvalidTypeError, match=r"use DeadlineKind\.DATE"):
        Deadline("date")
    with pytest.raises(InvalidTypeError, match=r"pass tuple\(\.\.\.\)"):
        Task(1, "text", ONGOING, [Unit("a")])


def test_a_broken_rule_reads_as_one_sentence_with_field_and_value():
    with pytest.raises(ValidationError) as info:
        Task(number=0, text="text", deadline=ONGOING, units=(Unit("a"),))
    assert info.value.field == "number"
    assert info.value.value == 0
    assert _one_sentence(info.value) == "Task.number must be an int >= 1, got 0"


def test_an_empty_name_is_a_validation_error():
    with pytest.raises(ValidationError) as info:
        Unit("")
    assert (info.value.field, info.value.value) == ("name", "")
    assert _one_sentence(info.value) == "Unit.name must not be empty"


def test_a_cross_field_rule_has_no_field():
    with pytest.raises(ValidationError) as info:
        Task(1, "text", ONGOING, (Unit("a"),), leads=(Unit("b"),))
    assert info.value.field is None
    assert "'b'" in _one_sentence(info.value)


# -- loads: paths end at the field --------------------------------------------------


def _load_error(doc) -> PlanDataError:
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads(json.dumps(doc, ensure_ascii=False))
    _one_sentence(info.value)
    return info.value


def test_a_path_ends_at_the_field(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][0]["number"] = 0
    error = _load_error(bad)
    assert (error.path, error.value) == ("$.tasks[0].number", 0)
    bad = copy.deepcopy(doc)
    bad["units"][0]["name"] = ""
    error = _load_error(bad)
    assert (error.path, error.value) == ("$.units[0].name", "")


@pytest.mark.parametrize("note", [5, "a sentence", ["prefix_restored"]])
def test_a_note_that_is_not_an_object_says_so(doc, note):
    # Killed a mutant that dropped the reason (the error then read "None").
    bad = copy.deepcopy(doc)
    index = next(i for i, t in enumerate(bad["tasks"]) if t["provenance"]["notes"])
    bad["tasks"][index]["provenance"]["notes"][0] = note
    error = _load_error(bad)
    assert error.path == f"$.tasks[{index}].provenance.notes[0]"
    assert error.reason == f"expected a note object, got {type(note).__name__}"


def test_a_misspelt_field_is_unknown_by_name(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][0]["deadlines"] = bad["tasks"][0].pop("deadline")
    error = _load_error(bad)
    assert error.path == "$.tasks[0].deadlines"
    assert error.value == "deadlines"
    assert error.reason == "unknown field 'deadlines'; did you mean 'deadline'?"


def test_a_section_that_omits_a_task_names_it(doc):
    bad = copy.deepcopy(doc)
    part = bad["sections"][0]
    part["declared_count"] = None
    part["subsections"][0]["declared_count"] = None
    part["subsections"][0]["tasks"].remove(3)
    error = _load_error(bad)
    assert error.reason.startswith("task 3 is in no part")


def test_loads_accepts_a_byte_order_mark(plan):
    text = dg_plan.dumps(plan)
    assert dg_plan.loads("\ufeff" + text) == plan
    assert dg_plan.loads(("\ufeff" + text).encode("utf-8")) == plan


# -- fuzzing the constructors ---------------------------------------------------------

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 2**70),
    st.floats(allow_nan=True),
    st.text(max_size=4),
    st.binary(max_size=3),
    st.dates(),
    st.datetimes(),
    st.tuples(),
    st.tuples(st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.text(max_size=3)),
    st.lists(st.text(max_size=3), max_size=2),
    st.sampled_from([*DeadlineKind, *UnitKind, *PlatformKind]),
    st.sampled_from(["date", "government", "app", "collective"]),
    st.just(Unit("省发展改革委")),
    st.just((Unit("省发展改革委"),)),
    st.just(ONGOING),
    st.just(Platform("豫事办")),
    st.just((Mention("豫事办", 0, 3),)),
)

CLASSES = [Deadline, Successor, Unit, Platform, Mention, Provenance, Task, Section, PlanMetadata]


@given(data=st.data(), cls=st.sampled_from([*CLASSES, dg_plan.Plan]))
def test_constructors_raise_only_dg_plan_errors(data, cls):
    kwargs = {}
    for field in attrs.fields(cls):
        if field.init and (field.default is attrs.NOTHING or data.draw(st.booleans())):
            kwargs[field.alias] = data.draw(VALUES, label=field.name)
    try:
        cls(**kwargs)
    except (ValidationError, InvalidTypeError) as exc:
        _one_sentence(exc)
        assert exc.field is None or exc.field in {f.name for f in attrs.fields(cls)}
    except DgPlanError as exc:
        _one_sentence(exc)


def test_a_datetime_is_not_a_day():
    with pytest.raises(InvalidTypeError) as info:
        Deadline(DeadlineKind.DATE, datetime.datetime(2024, 6, 30, 0, 0))  # noqa: DTZ001
    assert info.value.field == "date"


# -- arguments of the wrong type say what the right one is (found by a user trial) -------


@pytest.mark.parametrize(("number", "kind"), [(11.0, "float"), ("11", "str")])
def test_a_task_number_of_another_type_says_it_must_be_an_int(plan, number, kind):
    with pytest.raises(dg_plan.UnknownTaskError) as caught:
        plan.task(number)
    assert f"a task number is an int, not a {kind}" in str(caught.value)


def test_an_unknown_int_is_only_out_of_range(plan):
    with pytest.raises(dg_plan.UnknownTaskError) as caught:
        plan.task(999)
    assert str(caught.value) == "no task 999: the plan's tasks are numbered 1..178"


@pytest.mark.parametrize("word", ["responsible", "RESPONSIBLE", " Responsible "])
def test_a_role_given_as_a_string_names_the_member_meant(plan, word):
    for query in (
        lambda: plan.tasks_for("省发展改革委", role=word),
        lambda: plan.select(role=word),
        lambda: plan.responsibilities("省发展改革委", role=word),
        lambda: plan.task(1).units_in(word),
    ):
        with pytest.raises(dg_plan.InvalidQueryError) as caught:
            query()
        message = str(caught.value)
        assert "Role.LEAD, Role.RESPONSIBLE or Role.SUPPORT" in message
        assert "pass Role.RESPONSIBLE (or Role('responsible'))" in message


def test_a_role_that_is_no_role_lists_the_choices_only(plan):
    with pytest.raises(dg_plan.InvalidQueryError) as caught:
        plan.select(role="boss")
    assert "Role.LEAD, Role.RESPONSIBLE or Role.SUPPORT (or None)" in str(caught.value)
    assert "pass Role." not in str(caught.value)


@pytest.mark.parametrize(
    ("word", "member"), [("牵头", "LEAD"), ("负责", "RESPONSIBLE"), ("配合", "SUPPORT")]
)
def test_a_role_given_as_the_prints_word_names_the_member_meant(plan, word, member):
    with pytest.raises(dg_plan.InvalidQueryError, match=rf"pass Role\.{member} "):
        plan.tasks_for("省发展改革委", role=word)


def test_two_subsections_sharing_a_task_name_the_numbers(plan):
    # Killed a mutant that dropped the value (a survivor of the _model sample).
    first, second = plan.task(1), plan.task(2)
    one = dg_plan.Section("1.1", 1, "（一）", "甲", tasks=(first, second))
    two = dg_plan.Section("1.2", 2, "（二）", "乙", tasks=(second,))
    with pytest.raises(dg_plan.ValidationError, match="two subsections share a task") as info:
        dg_plan.Section("1", 1, "一", "部分", subsections=(one, two), tasks=(first, second))
    assert info.value.value == [1, 2, 2]


def test_two_platforms_sharing_a_name_say_they_are_platforms(plan):
    # A survivor of the _plan sample dropped the word "platform" from the message.
    first, second = plan.platforms[0], plan.platforms[1]
    twin = attrs.evolve(second, aliases=(*second.aliases, first.name))
    with pytest.raises(dg_plan.ValidationError, match=rf"^platform name '{first.name}' is shared"):
        dg_plan.Plan(plan.metadata, (), (), plan.units, (first, twin))
    doubled = attrs.evolve(plan.units[1], aliases=(*plan.units[1].aliases, plan.units[0].name))
    with pytest.raises(dg_plan.ValidationError, match=r"^unit name '.+' is shared"):
        dg_plan.Plan(plan.metadata, (), (), (plan.units[0], doubled), ())


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("notes", ("a sentence",), "Provenance.notes must be a tuple of Note"),
        ("deadline_spans", [(0, 1)], "Provenance.deadline_spans must be a tuple of (start, end)"),
    ],
)
def test_a_provenance_field_of_the_wrong_shape_names_itself(field, value, says):
    # Survivors of the _model sample dropped the message or the field.
    with pytest.raises(dg_plan.DgPlanError) as info:
        dg_plan.Provenance(1, (1,), (1,), **{field: value})
    assert str(info.value).startswith(says)
    assert (info.value.field, info.value.value) == (field, value)


def test_plan_tasks_of_the_wrong_type_name_the_field(plan):
    # Survivors of the _plan sample dropped the field or changed the message.
    with pytest.raises(dg_plan.InvalidTypeError) as info:
        dg_plan.Plan(plan.metadata, (), list(plan.tasks[:1]), plan.units, plan.platforms)
    assert str(info.value).startswith("Plan.tasks must be a tuple of Task")
    assert info.value.field == "tasks"


# -- the public name, and errors that travel between processes ---------------------------

PUBLIC_ERRORS = [
    getattr(dg_plan, name)
    for name in dg_plan.__all__
    if isinstance(getattr(dg_plan, name), type)
    and issubclass(getattr(dg_plan, name), BaseException)
]


def test_tracebacks_name_the_public_path():
    assert len(PUBLIC_ERRORS) == 14  # UnitNotInvolvedError the fourteenth
    for cls in PUBLIC_ERRORS:
        assert cls.__module__ == "dg_plan", cls
        assert getattr(dg_plan, cls.__qualname__) is cls
    try:
        dg_plan.load_plan().due_in("2024H3")
    except dg_plan.InvalidQueryError:
        said = traceback.format_exc()
    assert said.splitlines()[-1].startswith("dg_plan.InvalidQueryError: expected a period")


def _raised(call):
    with pytest.raises(dg_plan.DgPlanError) as caught:
        call()
    return caught.value


def test_errors_survive_pickling_and_copying(plan):
    errors = [
        _raised(lambda: plan.task(999)),
        _raised(lambda: plan.unit("省发改厅")),
        _raised(lambda: plan.task(18).role_of("省发展改革委")),
        _raised(lambda: plan.platform("豫事")),
        _raised(lambda: plan.section("9.9")),
        _raised(lambda: plan.due_in("2024H3")),
        _raised(lambda: dg_plan.loads("{}")),
        _raised(lambda: dg_plan.Deadline.parse("明年")),
        _raised(lambda: dg_plan.jsonable({1})),
        _raised(lambda: dg_plan.Task(1, "", dg_plan.Deadline.parse("持续推进"), ())),
        dg_plan.MissingExtraError(
            "no pandas", name="pandas", kind=dg_plan.QueryErrorKind.EMPTY_QUERY, values=()
        ),
        dg_plan.TrackingDataError(()),
        dg_plan.PlanImportError((), "list.xlsx"),
    ]
    assert {type(e) for e in errors} == set(PUBLIC_ERRORS) - {dg_plan.DgPlanError}
    for error in errors:
        for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):  # noqa: S301
            assert type(again) is type(error)
            assert str(again) == str(error)
            assert again.args == error.args
            assert vars(again) == vars(error)
    extra = pickle.loads(pickle.dumps(errors[10]))  # noqa: S301
    assert (extra.name, isinstance(extra, ImportError)) == ("pandas", True)
