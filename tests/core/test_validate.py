"""One rule for every field: a wrong type is an InvalidTypeError, a wrong value a ValidationError.

Both name the class and field in their sentence and carry the field's name and the
value, whichever module the class lives in (the model, the plan, tracking).
"""

from __future__ import annotations

import datetime

import pytest

from dg_plan import (
    Deadline,
    DeadlineKind,
    InvalidTypeError,
    Mention,
    Provenance,
    Section,
    Task,
    Unit,
    ValidationError,
)
from dg_plan.tracking import Report, Status, SummaryRow

ONGOING = Deadline(DeadlineKind.ONGOING)
DAY = datetime.date(2024, 1, 1)


def _task(**fields):
    return Task(**{"number": 1, "text": "t", "deadline": ONGOING, "units": (Unit("a"),), **fields})


# (build, field, value): the value is of the wrong type.
WRONG_TYPE = [
    (lambda v: _task(number=v), "number", "1"),
    (lambda v: _task(number=v), "number", True),
    (lambda v: _task(text=v), "text", 5),
    (Unit, "name", None),
    (lambda v: Unit("a", aliases=v), "aliases", ["b"]),
    (lambda v: Mention("p", v, 3), "start", 1.0),
    (lambda v: Section("1", v, "一、", "title"), "number", "1"),
    (lambda v: Provenance(1, v, (1,)), "deadline_rows", [1]),
    (lambda v: Provenance(1, (1,), (1,), text_span=v), "text_span", [0, 1]),
    (lambda v: Report(v, "甲局", Status.DONE, DAY), "task", "18"),
    (lambda v: Report(18, v, Status.DONE, DAY), "unit", 5),
    (lambda v: Report(18, "甲局", v, DAY), "status", "done"),
    (lambda v: SummaryRow("k", "k", v, 0, 0, 0, 0), "done_on_time", 1.5),
]
# (build, field, value): the type is right, the value breaks the field's rule.
WRONG_VALUE = [
    (lambda v: _task(number=v), "number", 0),
    (lambda v: _task(text=v), "text", ""),
    (Unit, "name", ""),
    (lambda v: Unit("a", aliases=v), "aliases", ("",)),
    (lambda v: Mention("p", v, 3), "start", -1),
    (lambda v: Section("1", v, "一、", "title"), "number", 0),
    (lambda v: Provenance(v, (1,), (1,)), "page", 0),
    (lambda v: Provenance(1, v, (1,)), "deadline_rows", (2, 1)),
    (lambda v: Provenance(1, (1,), (1,), text_span=v), "text_span", (3, 1)),
    (lambda v: Report(v, "甲局", Status.DONE, DAY), "task", 0),
    (lambda v: Report(18, v, Status.DONE, DAY), "unit", " "),
    (lambda v: SummaryRow("k", "k", v, 0, 0, 0, 0), "done_on_time", -1),
]


@pytest.mark.parametrize(("build", "field", "value"), WRONG_TYPE)
def test_a_wrong_type_is_an_invalid_type_error(build, field, value):
    with pytest.raises(InvalidTypeError) as info:
        build(value)
    assert not isinstance(info.value, ValidationError)
    assert (info.value.field, info.value.value) == (field, value)
    assert f".{field} must be" in str(info.value)
    assert repr(value) in str(info.value)


@pytest.mark.parametrize(("build", "field", "value"), WRONG_VALUE)
def test_a_wrong_value_is_a_validation_error(build, field, value):
    with pytest.raises(ValidationError) as info:
        build(value)
    assert not isinstance(info.value, InvalidTypeError)
    assert (info.value.field, info.value.value) == (field, value)
    assert f".{field} must" in str(info.value)


def test_a_cross_field_rule_is_a_validation_error():
    with pytest.raises(ValidationError):
        Mention("p", 3, 3)
    with pytest.raises(ValidationError):
        SummaryRow("k", "k", 1, 0, 1, 0, 0, late_not_reported=2)
