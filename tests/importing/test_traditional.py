"""Lists printed in traditional characters: labels and role words read as their simplified forms.

The rule (tests/importing/GRAMMAR.md, "Traditional characters"): a label before its colon
(牽頭單位：, 責任單位：, 配合單位：, 完成時限：), a role word ending a clause (牽頭, 負責,
按職責分工負責) and a column's header are the vocabulary's words printed in traditional
characters, and are read as those words, each reading a note on the task. A unit's name
keeps the characters it is printed in. The expected values below are the printed input
read by that rule.
"""

from __future__ import annotations

import csv

import pytest

from dg_plan import NoteKind, importing
from dg_plan._vocabulary import (
    DEADLINE_HEADERS,
    HEADERS,
    NUMBER_HEADERS,
    PEOPLE_HEADERS,
    SUFFIXES,
    TEXT_HEADERS,
    TRADITIONAL,
    read_traditional,
)

LABELLED = """一、健全機制
1. 建立推進機制。
牽頭單位：市財政局
責任單位：各責任單位、市稅務局
完成時限：2024年底前
"""


def _simplified_notes(task):
    return [
        (n["printed"], n["read"])
        for n in task.provenance.notes
        if n.kind is NoteKind.READ_AS_SIMPLIFIED
    ]


def test_traditional_labels_are_read_and_noted_on_the_task():
    task = importing.read_text(LABELLED).plan.tasks[0]
    assert [u.name for u in task.leads] == ["市財政局"]
    # Names keep their print: 各責任單位 is a name (no colon after it), not a label.
    assert [u.name for u in task.units] == ["市財政局", "各責任單位", "市稅務局"]
    assert str(task.deadline) == "2024年12月底前"
    assert _simplified_notes(task) == [
        ("牽頭單位", "牵头单位"),
        ("責任單位", "责任单位"),
        ("完成時限", "完成时限"),
    ]


def test_a_traditional_reading_is_an_import_note_at_its_line():
    result = importing.read_text(LABELLED)
    found = [
        (n.where.line, n["printed"]) for n in result.notes if n.kind.value == "read_as_simplified"
    ]
    assert found == [(3, "牽頭單位"), (4, "責任單位"), (5, "完成時限")]


def test_traditional_role_words_in_an_inline_attribution():
    text = "一、健全機制\n（一）完善制度。（市發改委牽頭，市財政局按職責分工負責，市統計局配合）\n"
    task = importing.read_text(text).plan.tasks[0]
    assert task.text == "完善制度。"
    assert [u.name for u in task.leads] == ["市發改委"]
    assert [u.name for u in task.support] == ["市統計局"]
    responsible = [u.name for u in task.units if u not in task.leads + task.support]
    assert responsible == ["市財政局"]
    assert _simplified_notes(task) == [("牽頭", "牵头"), ("按職責分工負責", "按职责分工负责")]
    # The attribution is kept as printed.
    [inline] = [n for n in task.provenance.notes if n.kind is NoteKind.INLINE_ATTRIBUTION]
    assert inline["attribution"] == "市發改委牽頭，市財政局按職責分工負責，市統計局配合"


def test_a_traditional_table_header_and_cell(tmp_path):
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [
                ["序號", "重點任務", "牽頭單位", "配合單位", "完成時限"],
                ["1", "建設共享平臺", "市數據局", "市財政局", "2024年底前"],
                ["2", "完善制度", "市發改委", "市統計局", "長期"],
            ]
        )
    result = importing.read(path)
    first, second = result.plan.tasks
    assert (first.number, first.text) == (1, "建設共享平臺")
    assert [u.name for u in first.leads] == ["市數據局"]
    assert [u.name for u in first.support] == ["市財政局"]
    assert str(first.deadline) == "2024年12月底前"
    assert [u.name for u in second.leads] == ["市發改委"]
    assert set(_simplified_notes(first)) == {
        ("序號", "序号"),
        ("重點任務", "重点任务"),
        ("牽頭單位", "牵头单位"),
        ("配合單位", "配合单位"),
        ("完成時限", "完成时限"),
    }


def test_a_traditional_unit_cell_in_an_all_units_column(tmp_path):
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [["序号", "重点任务", "责任单位"], ["1", "建设平臺", "市數據局牽頭，市財政局負責"]]
        )
    task = importing.read(path).plan.tasks[0]
    assert [u.name for u in task.leads] == ["市數據局"]
    assert [u.name for u in task.units] == ["市數據局", "市財政局"]
    assert _simplified_notes(task) == [("牽頭", "牵头"), ("負責", "负责")]


def test_role_words_inside_a_name_or_the_text_are_left_as_printed():
    # 負責 is a role word only where it ends a clause; 牽頭單位 a label only before its colon.
    assert read_traditional("市負責任務辦公室") == ("市負責任務辦公室", ())
    assert read_traditional("加強牽頭單位建設") == ("加強牽頭單位建設", ())


@pytest.mark.parametrize(
    "word",
    sorted({*HEADERS, *DEADLINE_HEADERS, *PEOPLE_HEADERS, *TEXT_HEADERS, *NUMBER_HEADERS}),
)
def test_every_header_word_is_read_from_its_traditional_form(word):
    printed = "".join(TRADITIONAL.get(c, c) for c in word)
    assert read_traditional(printed, header=True)[0] == word
    assert read_traditional(printed + "：甲")[0] == word + "：甲"


@pytest.mark.parametrize("word", sorted({w for w, _ in SUFFIXES}))
def test_every_role_word_is_read_from_its_traditional_form(word):
    printed = "".join(TRADITIONAL.get(c, c) for c in word)
    assert read_traditional(f"甲局{printed}，乙局")[0] == f"甲局{word}，乙局"
