"""The JSON Schema of the plan format: it matches what dumps() writes, and only that."""

from __future__ import annotations

import copy
import json
from importlib import resources

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

import dg_plan
from dg_plan import _format

SCHEMA = json.loads(
    resources.files("dg_plan").joinpath("data", "plan.schema.json").read_text("utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

# The schema's objects and the classes that read and write them: _format's wire
# classes where the JSON refers to things by name, the model's own leaf classes
# (which cattrs structures directly) elsewhere.
WIRE = {
    "": _format._PlanDoc,
    "metadata": dg_plan.PlanMetadata,
    "section": _format._SectionDoc,
    "task": _format._TaskDoc,
    "deadline": _format._DeadlineDoc,
    "mention": dg_plan.Mention,
    "provenance": dg_plan.Provenance,
    "origin": dg_plan.Origin,
    "unit": _format._UnitDoc,
    "successor": dg_plan.Successor,
    "platform": _format._PlatformDoc,
    "note": dg_plan.Note,
}

# The fields dumps() writes only when set (a task's origin in an imported file), which
# the schema therefore does not require; dumps() writes every other field.
WRITTEN_WHEN_SET = {"provenance": {"origin"}}


def _object(name):
    return SCHEMA if name == "" else SCHEMA["$defs"][name]


def test_schema_is_valid_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_shipped_data_validate():
    text = resources.files("dg_plan").joinpath("data", "plan.json").read_text("utf-8")
    VALIDATOR.validate(json.loads(text))


def test_dumps_validates(doc):
    VALIDATOR.validate(doc)


@pytest.mark.parametrize("name", list(WIRE), ids=lambda n: n or "plan")
def test_schema_objects_match_the_wire_classes(name):
    node = _object(name)
    fields = attrs.fields(WIRE[name])
    assert list(node["properties"]) == [f.name for f in fields]
    optional = WRITTEN_WHEN_SET.get(name, set())
    assert node["required"] == [f.name for f in fields if f.name not in optional]
    assert node["additionalProperties"] is False
    for field in fields:
        described = node["properties"][field.name]
        if field.default is attrs.NOTHING:
            assert "default" not in described, field.name
        else:
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            if isinstance(default, tuple):  # the model's tuples are JSON arrays
                default = list(default)
            assert described["default"] == default, field.name


def test_every_object_of_the_schema_is_a_wire_class():
    objects = {n for n, d in SCHEMA["$defs"].items() if d.get("type") == "object"}
    assert objects == set(WIRE) - {""}


@pytest.mark.parametrize(
    ("node", "kind"),
    [
        (("deadline", "kind"), dg_plan.DeadlineKind),
        (("unit", "kind"), dg_plan.UnitKind),
        (("platform", "kind"), dg_plan.PlatformKind),
        (("note", "kind"), dg_plan.NoteKind),
    ],
)
def test_enums_match_the_model(node, kind):
    obj, field = node
    assert SCHEMA["$defs"][obj]["properties"][field]["enum"] == [k.value for k in kind]


def test_format_version_matches():
    assert SCHEMA["properties"]["format_version"]["const"] == dg_plan.FORMAT_VERSION


def _set(doc, path, value):
    *parents, last = path
    target = doc
    for step in parents:
        target = target[step]
    if value is _DELETE:
        del target[last]
    else:
        target[last] = value


_DELETE = object()

# Documents that dumps() never writes: the schema and loads() both refuse them.
INVALID = {
    "format_version 3": (("format_version",), 3),
    "unknown top-level field": (("colour",), "red"),
    "unknown task field": (("tasks", 0, "colour"), "red"),
    "unknown provenance field": (("tasks", 0, "provenance", "colour"), "red"),
    "missing required task field": (("tasks", 0, "text"), _DELETE),
    "number as a string": (("tasks", 0, "number"), "1"),
    "number as a boolean": (("tasks", 0, "number"), True),
    "task number 0": (("tasks", 0, "number"), 0),
    "empty text": (("tasks", 0, "text"), ""),
    "no units": (("tasks", 0, "units"), []),
    "unknown deadline kind": (("tasks", 0, "deadline", "kind"), "soon"),
    "dated deadline without a date": (("tasks", 0, "deadline", "date"), None),
    "ongoing deadline with a date": (
        ("tasks", 0, "deadline"),
        {"kind": "ongoing", "date": "2024-06-30", "printed": "持续推进"},
    ),
    "printed form of another kind": (
        ("tasks", 0, "deadline"),
        {"kind": "ongoing", "date": None, "printed": "适时推进"},
    ),
    "date not ISO": (("tasks", 0, "deadline", "date"), "2024/06/30"),
    "negative span": (("tasks", 0, "provenance", "text_span"), [-1, 5]),
    "span of three": (("tasks", 0, "provenance", "text_span"), [1, 2, 3]),
    "no deadline rows": (("tasks", 0, "provenance", "deadline_rows"), []),
    "page 0": (("tasks", 0, "provenance", "page"), 0),
    "unknown unit kind": (("units", 0, "kind"), "club"),
    "members of a non-collective": (("units", 3, "members"), ["省发展改革委"]),
    "empty alias": (("units", 0, "aliases"), [""]),
    "name_en_official not a boolean": (("units", 0, "name_en_official"), 0),
    "unknown platform kind": (("platforms", 0, "kind"), "gadget"),
    "metadata without a title": (("metadata", "title"), _DELETE),
    "section id empty": (("sections", 0, "id"), ""),
    # Task 9's first note: 省 restored: 司法厅 → 省司法厅.
    "note as a string (version 1 only)": (
        ("tasks", 8, "provenance", "notes", 0),
        "省 restored: 司法厅 → 省司法厅",
    ),
    "unknown note kind": (("tasks", 8, "provenance", "notes", 0, "kind"), "guess"),
    "note value not a string": (("tasks", 8, "provenance", "notes", 0, "values", "to"), 5),
    "note without a value its kind needs": (
        ("tasks", 8, "provenance", "notes", 0, "values", "to"),
        _DELETE,
    ),
    "note key not snake_case": (("tasks", 8, "provenance", "notes", 0, "values", "To"), "x"),
    "note without values": (("tasks", 8, "provenance", "notes", 0, "values"), _DELETE),
}


@pytest.mark.parametrize("change", list(INVALID))
def test_invalid_documents_are_rejected(doc, change):
    path, value = INVALID[change]
    broken = copy.deepcopy(doc)
    _set(broken, path, value)
    assert not VALIDATOR.is_valid(broken)
    with pytest.raises(dg_plan.PlanDataError):
        dg_plan.loads(json.dumps(broken, ensure_ascii=False))


def test_the_invalid_cases_hit_what_they_mean(doc):
    # The unit changed in "members of a non-collective" is not a collective.
    assert doc["units"][3]["kind"] != "collective"
    # The note changed in the note cases is a 省 restoration.
    assert doc["tasks"][8]["provenance"]["notes"][0] == {
        "kind": "prefix_restored",
        "values": {"from": "司法厅", "prefix": "省", "to": "省司法厅"},
    }


def test_schema_requires_what_loads_may_default(doc):
    # dumps() always writes every field, so the schema requires them all; loads()
    # fills in a field with a default.
    trimmed = copy.deepcopy(doc)
    del trimmed["tasks"][0]["leads"]
    assert not VALIDATOR.is_valid(trimmed)
    assert dg_plan.loads(json.dumps(trimmed, ensure_ascii=False)).task(1).leads == ()


def test_generated_plans_validate():
    strategies = pytest.importorskip(
        "dg_plan.strategies", reason="hypothesis is not installed: pip install -e '.[test]'"
    )

    @settings(max_examples=25)
    @given(strategies.plans(max_tasks=6))
    def check(plan):
        VALIDATOR.validate(json.loads(dg_plan.dumps(plan)))

    check()
