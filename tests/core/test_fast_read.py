"""The fast reader (dg_plan._jsonio) and the cattrs reader (dg_plan._format) agree.

``dg_plan.loads`` reads a valid document without cattrs and hands any other to the
cattrs converters, which say what is wrong. The rule: both readers accept the same
documents and make the same plan of each. A fast path that accepted a document the
converters refuse would let an invalid plan through unchecked; one that refused a
valid document would make every load pay for cattrs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from hypothesis import event, given, settings
from hypothesis import strategies as st

import dg_plan
from dg_plan import PlanDataError, _format, _jsonio
from dg_plan.strategies import plans

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3000) | st.floats(0, 9) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=4,
)


def _paths(obj: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path]
    items = (
        obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) else ()
    )
    for key, value in items:
        found += _paths(value, (*path, key))
    return found


def _changed(obj: object, path: tuple[object, ...], change) -> object:
    if not path:
        return change(obj)
    copy = dict(obj) if isinstance(obj, dict) else list(obj)
    copy[path[0]] = _changed(obj[path[0]], path[1:], change)
    return copy


def _without(container: object, key: object) -> object:
    if isinstance(container, dict):
        return {k: v for k, v in container.items() if k != key}
    return [v for i, v in enumerate(container) if i != key]


@st.composite
def _mutated(draw, doc: object) -> object:
    """*doc* with one node replaced, removed, retyped, or given an unknown key."""
    path = draw(st.sampled_from(_paths(doc)))
    kind = draw(st.sampled_from(["replace", "remove", "retype", "extra", "number"]))
    event(kind)
    if kind == "remove" and path:
        return _changed(doc, path[:-1], lambda c: _without(c, path[-1]))
    if kind == "extra":
        key, value = draw(st.text(max_size=8)), draw(JSON_VALUES)
        return _changed(doc, path, lambda v: {**v, key: value} if isinstance(v, dict) else v)
    if kind == "retype":
        return _changed(doc, path, lambda v: [v] if not isinstance(v, list) else {"0": v})
    if kind == "number":
        number = draw(st.integers(-1, 40) | st.booleans())
        return _changed(doc, path, lambda _: number)
    value = draw(JSON_VALUES)
    return _changed(doc, path, lambda _: value)


def _both(obj: object) -> tuple[object, object]:
    try:
        fast = _jsonio._fast_plan(obj)
    except Exception:  # noqa: BLE001 - any refusal
        fast = None
    try:
        checked = _format.plan_from_obj(obj)
    except PlanDataError:
        checked = None
    return fast, checked


@given(data=st.data())
def test_both_readers_agree_on_a_mutated_generated_plan(data):
    plan = data.draw(plans(max_tasks=4, max_units=4, max_platforms=3), label="plan")
    doc = json.loads(dg_plan.dumps(plan))
    assert _both(doc) == (plan, plan)
    mutated = data.draw(_mutated(doc), label="mutated")
    fast, checked = _both(mutated)
    event("accepted" if checked is not None else "refused")
    assert fast == checked


@settings(max_examples=20)  # each example reads all 178 tasks twice
@given(data=st.data())
def test_both_readers_agree_on_a_mutated_shipped_plan(plan, data):
    doc = json.loads(dg_plan.dumps(plan))
    fast, checked = _both(data.draw(_mutated(doc), label="mutated"))
    event("accepted" if checked is not None else "refused")
    assert fast == checked


def test_a_version_1_document_takes_the_fast_path(plan):
    doc = json.loads(dg_plan.dumps(plan))
    doc["format_version"] = 1
    for task in doc["tasks"]:
        del task["support"]
        notes = task["provenance"]["notes"]
        notes[:] = [str(dg_plan.Note(dg_plan.NoteKind(n["kind"]), n["values"])) for n in notes]
    fast, checked = _both(doc)
    assert fast is not None
    assert fast == checked


def test_the_shipped_plan_loads_without_cattrs():
    code = textwrap.dedent(
        """
        import sys
        import dg_plan
        assert "cattrs" not in sys.modules, "cattrs imported by import dg_plan"
        plan = dg_plan.load_plan()
        assert len(plan.tasks) == 178
        assert not {"cattrs", "dg_plan._format"} & set(sys.modules), "cattrs used to load"
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_an_invalid_document_is_reported_through_the_converters():
    # The fast path refuses; the error still names the JSON path, as cattrs finds it.
    doc = json.loads(dg_plan.dumps(dg_plan.load_plan()))
    doc["tasks"][3]["number"] = "4"
    try:
        dg_plan.loads(json.dumps(doc, ensure_ascii=False))
    except PlanDataError as exc:
        assert exc.path == "$.tasks[3].number"
    else:
        raise AssertionError("loaded")
