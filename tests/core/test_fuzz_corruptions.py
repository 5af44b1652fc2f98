"""Fuzzing that knows which documents are valid: named corruptions of valid plans.

Each case draws a valid plan, dumps it to the JSON format, breaks exactly one rule
of the model (a corruption with a name), and asserts that ``loads`` refuses the
document with that rule's error, at the path where the document went wrong. A
missing validation rule fails here, where "refused or loaded and round-trips" would
pass.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import dg_plan
from dg_plan import Platform, Unit, UnitKind
from dg_plan._format import plan_to_obj
from dg_plan.strategies import plans

Doc = dict
Draw = Callable[[st.SearchStrategy], object]

UNITS = (
    Unit("各省辖市政府", kind=UnitKind.COLLECTIVE, members=("洛阳市人民政府",)),
    Unit("洛阳市人民政府", kind=UnitKind.LOCAL, member_of=("各省辖市政府",)),
    Unit("省发展改革委"),
    Unit("省财政厅"),
    Unit("省公安厅"),
    Unit("省委网信办", kind=UnitKind.PARTY),
)
PLATFORMS = (Platform("豫事办"), Platform("河南链"))
PLANS = plans(min_tasks=2, max_tasks=6, min_parts=2, units=UNITS, platforms=PLATFORMS)


@dataclass(frozen=True)
class Corruption:
    """A way to break one rule: where the error must point, and what it must say."""

    name: str
    apply: Callable[[Doc, Draw], str]  # changes the document; returns the expected path
    reason: str  # a regular expression the error's reason must match


def _task_index(doc: Doc, draw: Draw, keep=None) -> int:
    candidates = [i for i, t in enumerate(doc["tasks"]) if keep is None or keep(t)]
    assume(candidates)
    return draw(st.sampled_from(candidates))


def _sections(doc: Doc):
    def walk(section):
        yield section
        for s in section["subsections"]:
            yield from walk(s)

    for part in doc["sections"]:
        yield from walk(part)


def _no_declared_counts(doc: Doc) -> None:
    """Drop the declared counts (optional), so only the rule under test can fire."""
    for section in _sections(doc):
        section["declared_count"] = None


def reorder_tasks(doc: Doc, draw: Draw) -> str:
    i = draw(st.integers(0, len(doc["tasks"]) - 2))
    j = draw(st.integers(i + 1, len(doc["tasks"]) - 1))
    doc["tasks"][i], doc["tasks"][j] = doc["tasks"][j], doc["tasks"][i]
    return "$"


def drop_task_from_its_part(doc: Doc, draw: Draw) -> str:
    _no_declared_counts(doc)
    holding = [s for s in _sections(doc) if s["tasks"]]
    section = draw(st.sampled_from(holding))
    section["tasks"].remove(draw(st.sampled_from(section["tasks"])))
    return "$"


def put_task_in_two_parts(doc: Doc, draw: Draw) -> str:
    _no_declared_counts(doc)
    number = doc["tasks"][_task_index(doc, draw)]["number"]
    owner = next(p for p in doc["sections"] if any(number in ns for ns in _sections_of(p)))
    other = draw(st.sampled_from([p for p in doc["sections"] if p is not owner]))
    other["tasks"] = sorted([*other["tasks"], number])
    return "$"


def _sections_of(part: Doc):
    yield part["tasks"]
    for s in part["subsections"]:
        yield from _sections_of(s)


def duplicate_a_task_number(doc: Doc, draw: Draw) -> str:
    i = draw(st.integers(0, len(doc["tasks"]) - 2))
    j = draw(st.integers(i + 1, len(doc["tasks"]) - 1))
    doc["tasks"][j]["number"] = doc["tasks"][i]["number"]
    return f"$.tasks[{j}].number"


def move_a_mention_past_the_text(doc: Doc, draw: Draw) -> str:
    # The text ends with the last mention, whose end then moves past it: the mention
    # still reads its platform's name, so only the bound on its end can refuse it.
    i = _task_index(doc, draw, lambda t: t["mentions"])
    task = doc["tasks"][i]
    last = task["mentions"][-1]
    task["text"] = task["text"][: last["end"]]
    last["end"] += draw(st.integers(1, 3))
    return f"$.tasks[{i}]"


def overlap_two_mentions(doc: Doc, draw: Draw) -> str:
    # The second mention takes the first one's place: it reads a name of its platform,
    # so only the rule against overlaps can refuse it.
    i = _task_index(doc, draw, lambda t: len(t["mentions"]) > 1)
    first, second = doc["tasks"][i]["mentions"][:2]
    second.update(first)
    return f"$.tasks[{i}]"


def lead_not_among_units(doc: Doc, draw: Draw) -> str:
    names = [u["name"] for u in doc["units"]]
    i = _task_index(doc, draw, lambda t: set(names) - set(t["units"]))
    task = doc["tasks"][i]
    task["leads"].append(draw(st.sampled_from(sorted(set(names) - set(task["units"])))))
    return f"$.tasks[{i}]"


def leads_out_of_order(doc: Doc, draw: Draw) -> str:
    i = _task_index(doc, draw, lambda t: len(t["leads"]) > 1)
    doc["tasks"][i]["leads"].reverse()
    return f"$.tasks[{i}]"


def a_unit_twice(doc: Doc, draw: Draw) -> str:
    i = _task_index(doc, draw)
    units = doc["tasks"][i]["units"]
    units.insert(draw(st.integers(0, len(units))), draw(st.sampled_from(units)))
    return f"$.tasks[{i}]"


def an_unknown_unit(doc: Doc, draw: Draw) -> str:
    i = _task_index(doc, draw)
    units = doc["tasks"][i]["units"]
    j = draw(st.integers(0, len(units) - 1))
    units[j] = "省不存在厅"
    return f"$.tasks[{i}].units[{j}]"


def a_wrong_declared_count(doc: Doc, draw: Draw) -> str:
    _no_declared_counts(doc)
    paths = []

    def walk(section, path):
        paths.append((section, path))
        for j, s in enumerate(section["subsections"]):
            walk(s, f"{path}.subsections[{j}]")

    for k, part in enumerate(doc["sections"]):
        walk(part, f"$.sections[{k}]")
    section, path = draw(st.sampled_from(paths))
    held = sum(len(numbers) for numbers in _sections_of(section))
    section["declared_count"] = held + draw(st.integers(1, 3))
    return path


def a_printed_deadline_that_differs(doc: Doc, draw: Draw) -> str:
    i = _task_index(doc, draw, lambda t: t["deadline"]["kind"] != "ongoing")
    doc["tasks"][i]["deadline"]["printed"] = "持续推进"
    return f"$.tasks[{i}].deadline.printed"


CORRUPTIONS = (
    Corruption("reorder tasks", reorder_tasks, r"task numbers must be in order"),
    Corruption(
        "drop a task from its part", drop_task_from_its_part, r"parts' tasks must be every task"
    ),
    Corruption("a task in two parts", put_task_in_two_parts, r"parts' tasks must be every task"),
    Corruption("duplicate a task number", duplicate_a_task_number, r"duplicate task number"),
    Corruption(
        "move a mention past the text", move_a_mention_past_the_text, r"lies outside the text"
    ),
    Corruption("overlap two mentions", overlap_two_mentions, r"overlaps another"),
    Corruption("lead not among units", lead_not_among_units, r"lead .* is not among its units"),
    Corruption("leads out of order", leads_out_of_order, r"not in the units' order"),
    Corruption("a unit twice", a_unit_twice, r"lists a unit twice"),
    Corruption("an unknown unit", an_unknown_unit, r"unknown unit"),
    Corruption("a wrong declared count", a_wrong_declared_count, r"declares \d+ tasks but has"),
    Corruption(
        "a printed deadline that differs",
        a_printed_deadline_that_differs,
        r"printed form does not match",
    ),
)


@pytest.mark.parametrize("corruption", CORRUPTIONS, ids=lambda c: c.name.replace(" ", "-"))
@settings(max_examples=30)  # per corruption, under every profile: twelve of them
@given(data=st.data())
def test_a_corruption_is_refused_by_its_rule(corruption, data):
    plan = data.draw(PLANS, label="plan")
    doc = copy.deepcopy(plan_to_obj(plan))
    dg_plan.loads(json.dumps(doc, ensure_ascii=False))  # valid before
    path = corruption.apply(doc, data.draw)
    with pytest.raises(dg_plan.PlanDataError) as info:
        dg_plan.loads(json.dumps(doc, ensure_ascii=False))
    assert re.search(corruption.reason, info.value.reason), info.value
    assert info.value.path == path, info.value


@pytest.mark.parametrize("corruption", CORRUPTIONS, ids=lambda c: c.name.replace(" ", "-"))
@settings(max_examples=5)  # each example loads all 178 tasks
@given(data=st.data())
def test_a_corruption_of_the_shipped_plan_is_refused_by_its_rule(plan, corruption, data):
    doc = copy.deepcopy(_shipped_doc())
    path = corruption.apply(doc, data.draw)
    with pytest.raises(dg_plan.PlanDataError) as info:
        dg_plan.loads(json.dumps(doc, ensure_ascii=False))
    assert re.search(corruption.reason, info.value.reason), info.value
    assert info.value.path == path, info.value


@functools.cache
def _shipped_doc() -> Doc:
    return plan_to_obj(dg_plan.load_plan())
