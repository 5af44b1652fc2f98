"""The JSON format: round trips, and malformed input that names its path."""

from __future__ import annotations

import copy
import json

import pytest

import dg_plan
from dg_plan import NoteKind, PlanDataError


def test_round_trip(plan):
    text = dg_plan.dumps(plan)
    again = dg_plan.loads(text)
    assert again == plan
    assert again is not plan
    assert dg_plan.dumps(again) == text


def test_format_version(doc):
    assert doc["format_version"] == dg_plan.FORMAT_VERSION == 2


def test_load_plan_from_a_file(tmp_path, plan):
    path = tmp_path / "plan.json"
    path.write_text(dg_plan.dumps(plan), encoding="utf-8")
    assert dg_plan.load_plan(path) == plan
    assert dg_plan.load_plan(str(path)) == plan


def _fails(doc, path, value_check=None):
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads(json.dumps(doc, ensure_ascii=False))
    assert info.value.path == path, str(info.value)
    assert isinstance(info.value, ValueError)
    assert path in str(info.value)
    if value_check is not None:
        assert info.value.value == value_check
    return info.value


def test_wrong_type(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][3]["number"] = "4"
    _fails(bad, "$.tasks[3].number", "4")


def test_bool_is_not_an_int(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][0]["provenance"]["page"] = True
    _fails(bad, "$.tasks[0].provenance.page", True)


def test_string_is_not_a_list(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][5]["units"] = "省发展改革委"
    _fails(bad, "$.tasks[5].units", "省发展改革委")


def test_month_13(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][0]["deadline"]["date"] = "2023-13-31"
    error = _fails(bad, "$.tasks[0].deadline.date", "2023-13-31")
    assert "month" in error.reason


def test_printed_deadline_must_match_its_date(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][0]["deadline"]["printed"] = "2024年6月底前"
    _fails(bad, "$.tasks[0].deadline.printed", "2024年6月底前")


def test_dated_deadline_without_date(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][0]["deadline"]["date"] = None
    _fails(bad, "$.tasks[0].deadline.date")


def test_duplicate_numbers(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][1]["number"] = 1
    _fails(bad, "$.tasks[1].number", 1)


def test_lead_not_among_units(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][6]["leads"] = ["省财政厅"]
    error = _fails(bad, "$.tasks[6]")
    assert "省财政厅" in str(error)


def test_unknown_unit(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][2]["units"][0] = "省不存在厅"
    _fails(bad, "$.tasks[2].units[0]", "省不存在厅")


def test_unknown_field(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][2]["colour"] = "red"
    _fails(bad, "$.tasks[2].colour", "colour")


def test_missing_field(doc):
    bad = copy.deepcopy(doc)
    del bad["tasks"][2]["text"]
    error = _fails(bad, "$.tasks[2].text")
    assert "missing" in error.reason


def test_unknown_enum_value(doc):
    bad = copy.deepcopy(doc)
    bad["units"][0]["kind"] = "ministry"
    _fails(bad, "$.units[0].kind", "ministry")


def test_wrong_format_version(doc):
    bad = copy.deepcopy(doc)
    bad["format_version"] = 3
    _fails(bad, "$.format_version", 3)


def test_a_missing_format_version_says_it_is_missing():
    # It said "a newer file needs a newer dg_plan (value: None)", as for version 3.
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads("{}")
    assert str(info.value) == "missing field 'format_version' at $ (value: {})"
    assert info.value.kind is dg_plan.PlanDataErrorKind.MISSING_FIELD
    assert info.value.values == (("field", "format_version"),)
    # A null version is no version either (it said "a newer file needs a newer dg_plan").
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads('{"format_version": null, "metadata": {}}')
    assert info.value.kind is dg_plan.PlanDataErrorKind.MISSING_FIELD
    assert info.value.path == "$"
    assert "newer" not in str(info.value)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("[]", "NOT_OBJECT"),
        ("{", "NOT_JSON"),
        ('{"format_version": 3}', "UNSUPPORTED_VERSION"),
        (
            '{"format_version": 2, "metadata": {}, "sections": [], "tasks": [], "x": 1}',
            "UNKNOWN_FIELD",
        ),
        ('{"format_version": "2"}', "UNSUPPORTED_VERSION"),
    ],
)
def test_a_plan_data_error_has_a_kind_whose_english_is_its_reason(text, kind):
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads(text)
    assert info.value.kind is dg_plan.PlanDataErrorKind[kind]
    assert info.value.kind.value == kind.lower()
    assert info.value.reason == dg_plan._messages.render(info.value.kind, info.value.values, "en")


def test_a_model_rule_broken_by_the_document_keeps_its_reason(doc):
    bad = copy.deepcopy(doc)
    bad["tasks"][0]["number"] = 0
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads(json.dumps(bad, ensure_ascii=False))
    assert info.value.kind is dg_plan.PlanDataErrorKind.REASON
    assert info.value.values == (("reason", info.value.reason),)


def test_section_count_must_match_declared(doc):
    bad = copy.deepcopy(doc)
    bad["sections"][0]["declared_count"] = 71
    _fails(bad, "$.sections[0]")


def test_truncated_json(plan):
    text = dg_plan.dumps(plan)
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads(text[: len(text) // 2])
    assert info.value.path == "$"
    assert "JSON" in str(info.value)


@pytest.mark.parametrize("text", ["", "[]", "null", "42", b"\xff\xfe"])
def test_not_a_plan(text):
    with pytest.raises(PlanDataError):
        dg_plan.loads(text)


def test_bad_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"format_version": 1, "metadata": \xff}')
    with pytest.raises(PlanDataError):
        dg_plan.load_plan(path)


# The format's two converters are built once, when _format is imported. These tests build
# fresh ones from the same factory and check that the format reads, writes and refuses with
# them as it does: mutation testing attributes a call to the test that makes it, and only
# a test that calls _make_converter itself runs against a mutant of it.
@pytest.fixture
def fresh_converters(monkeypatch):
    from dg_plan import _format  # noqa: PLC0415

    monkeypatch.setattr(_format, "_converter", _format._make_converter(detailed=False))
    monkeypatch.setattr(_format, "_detailed_converter", _format._make_converter(detailed=True))


def test_fresh_converters_write_and_read_the_format(fresh_converters, plan, doc):
    text = dg_plan.dumps(plan)
    assert json.loads(text) == doc
    assert dg_plan.loads(text) == plan
    assert doc["tasks"][8]["provenance"]["notes"][0] == {
        "kind": "prefix_restored",
        "values": {"from": "司法厅", "prefix": "省", "to": "省司法厅"},
    }


def _set(path, value):
    def corrupt(doc):
        *parents, last = path
        target = doc
        for step in parents:
            target = target[step]
        target[last] = value

    return corrupt


@pytest.mark.parametrize(
    ("corrupt", "path"),
    [
        (_set(("tasks", 5, "units"), "省发展改革委"), "$.tasks[5].units"),
        (_set(("tasks", 5, "units", 0), 7), "$.tasks[5].units[0]"),
        (_set(("tasks", 3, "number"), "4"), "$.tasks[3].number"),
        (_set(("tasks", 0, "provenance", "page"), True), "$.tasks[0].provenance.page"),
        (_set(("tasks", 8, "provenance", "text_span"), [1339]), "$.tasks[8].provenance.text_span"),
        (_set(("tasks", 8, "provenance", "text_span"), "ab"), "$.tasks[8].provenance.text_span"),
        (
            _set(("tasks", 8, "provenance", "text_span"), [1339, "1407"]),
            "$.tasks[8].provenance.text_span",
        ),
        (
            _set(("tasks", 8, "provenance", "deadline_spans"), [[1409]]),
            "$.tasks[8].provenance.deadline_spans[0]",
        ),
        (
            _set(("tasks", 8, "provenance", "notes", 0), "省 restored"),
            "$.tasks[8].provenance.notes[0]",
        ),
    ],
)
def test_fresh_converters_refuse_a_malformed_document(fresh_converters, doc, corrupt, path):
    bad = copy.deepcopy(doc)
    corrupt(bad)
    with pytest.raises(PlanDataError) as info:
        dg_plan.loads(json.dumps(bad, ensure_ascii=False))
    assert info.value.path == path, str(info.value)


def test_a_version_1_document_reads_its_notes_as_text(plan, doc):
    # Version 1 had no support field and wrote each note as a sentence.
    old = copy.deepcopy(doc)
    old["format_version"] = 1
    for task in old["tasks"]:
        task.pop("support")
        task["provenance"]["notes"] = [f"note {i}" for i in range(len(task["provenance"]["notes"]))]
    read = dg_plan.loads(json.dumps(old, ensure_ascii=False))
    assert [t.number for t in read.tasks] == [t.number for t in plan.tasks]
    notes = read.task(9).provenance.notes
    assert [(n.kind, n["text"]) for n in notes] == [(NoteKind.TEXT, f"note {i}") for i in range(3)]
