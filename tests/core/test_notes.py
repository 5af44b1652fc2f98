"""Provenance notes as data: kinds, values, and their English and Chinese renderings."""

from __future__ import annotations

import collections
import json
import re
import runpy
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import dg_plan
from dg_plan import Note, NoteKind, _format
from dg_plan import strategies as dst
from helpers.chinese_style import faults

ROOT = Path(__file__).resolve().parents[2]

# One note of each kind, with the English a reader was shown before notes had kinds.
EXAMPLES = {
    NoteKind.TEXT: (Note(NoteKind.TEXT, {"text": "an old sentence"}), "an old sentence"),
    NoteKind.PREFIX_RESTORED: (
        Note(NoteKind.PREFIX_RESTORED, {"prefix": "省", "from": "财政厅", "to": "省财政厅"}),
        "省 restored: 财政厅 → 省财政厅",
    ),
    NoteKind.UNITS_CELL_MERGED: (
        Note(
            NoteKind.UNITS_CELL_MERGED,
            {"rows": "177–178", "evidence": "R1: the text", "evidence_zh": "R1：内容"},
        ),
        (
            "rows 177–178 share one merged cell of the print's unit column: their units are "
            "the same. Evidence: R1: the text"
        ),
    ),
    NoteKind.SAME_TEXT_ACROSS_PAGE_BREAK: (
        Note(
            NoteKind.SAME_TEXT_ACROSS_PAGE_BREAK,
            {"rows": "125", "page": "67", "next_rows": "126–130", "next_page": "68"},
        ),
        (
            "rows 125 (page 67) and 126–130 (page 68) have the same units: the print repeats "
            "the unit text after the page break, possibly one cell crossing it"
        ),
    ),
    NoteKind.DEADLINE_BLOCK_ALIKE: (
        Note(
            NoteKind.DEADLINE_BLOCK_ALIKE,
            {"cells": "3", "rows": "126–130", "evidence": "alike", "evidence_zh": "相同"},
        ),
        "3 deadline cells for rows 126–130 (printed as one block after the last row): alike",
    ),
    NoteKind.DEADLINE_BLOCK: (
        Note(
            NoteKind.DEADLINE_BLOCK,
            {
                "rows": "131–134",
                "printed": "2024年12月底前、持续推进",
                "cell": "2",
                "evidence": "why",
                "evidence_zh": "理由",
            },
        ),
        (
            "deadline cells for rows 131–134 printed as one block (2024年12月底前、持续推进); "
            "this row takes cell 2: why"
        ),
    ),
    NoteKind.OTHER_READING_UNITS: (
        Note(
            NoteKind.OTHER_READING_UNITS,
            {"rows": "13", "above": "省气象局", "evidence": "fits", "evidence_zh": "相符"},
        ),
        (
            "units: rows 13 may instead take the units of the cell printed above (省气象局). "
            "Why: fits. The data read the layout rule (the extraction prints a merged cell's "
            "text after the last row it spans), which five cells prove"
        ),
    ),
    NoteKind.OTHER_READING_DEADLINE: (
        Note(
            NoteKind.OTHER_READING_DEADLINE,
            {"deadline": "持续推进", "rows": "131–134", "evidence": "why", "evidence_zh": "理由"},
        ),
        "deadline: 持续推进 under another split of rows 131–134 (why)",
    ),
    NoteKind.CELL_MERGED: (
        Note(NoteKind.CELL_MERGED, {"cell": "D4:D6", "rows": "4–6"}),
        "cell D4:D6 merged over rows 4–6: its text applies to every row it spans",
    ),
    NoteKind.PRINTED_LABEL: (
        Note(NoteKind.PRINTED_LABEL, {"label": "（一）"}),
        "printed label （一）",
    ),
    NoteKind.INLINE_ATTRIBUTION: (
        Note(NoteKind.INLINE_ATTRIBUTION, {"attribution": "市大数据局牵头"}),
        "inline attribution: （市大数据局牵头）",
    ),
    NoteKind.MEASURE_OF_PARAGRAPH: (
        Note(NoteKind.MEASURE_OF_PARAGRAPH, {"attribution": "责任单位：区市场监管局"}),
        (
            "one of a paragraph's measures, each closed by its own attribution: "
            "（责任单位：区市场监管局）"
        ),
    ),
    NoteKind.RENUMBERED: (
        Note(NoteKind.RENUMBERED, {"printed": "1", "number": "2"}),
        "printed number '1'; numbered 2",
    ),
    NoteKind.DEADLINE_UNREADABLE: (
        Note(NoteKind.DEADLINE_UNREADABLE, {"printed": "明年"}),
        "deadline printed as '明年' could not be read",
    ),
    NoteKind.DEADLINE_READ_AS: (
        Note(NoteKind.DEADLINE_READ_AS, {"printed": "常态化推进", "read": "持续推进"}),
        "deadline '常态化推进' read as '持续推进'",
    ),
    NoteKind.READ_AS_SIMPLIFIED: (
        Note(NoteKind.READ_AS_SIMPLIFIED, {"printed": "牽頭單位", "read": "牵头单位"}),
        "牽頭單位 (traditional characters) read as 牵头单位",
    ),
    NoteKind.DECIDED: (
        Note(
            NoteKind.DECIDED,
            {"index": "2", "action": "units set", "action_zh": "设定责任单位", "reason": "附件2"},
        ),
        "units set by decision 2: 附件2",
    ),
    NoteKind.SUFFIX_SHARED: (
        Note(
            NoteKind.SUFFIX_SHARED, {"suffix": "管理区", "from": "人民大垸", "to": "人民大垸管理区"}
        ),
        "管理区 shared: 人民大垸 → 人民大垸管理区",
    ),
}

# Data, not words: unit names, deadlines and cell references may hold Latin letters.
ENGLISH = re.compile(r"[A-Za-z][A-Za-z0-9]+")
# The layout rule's name, and a technical term Chinese writes as is.
DATA_WORDS = {"R1", "IPv6"}


def test_every_kind_has_an_example():
    assert set(EXAMPLES) == set(NoteKind)


@pytest.mark.parametrize("kind", list(NoteKind), ids=lambda k: k.value)
def test_english_rendering(kind):
    note, english = EXAMPLES[kind]
    assert str(note) == note.render("en") == english


@pytest.mark.parametrize("kind", [k for k in NoteKind if k is not NoteKind.TEXT], ids=str)
def test_chinese_rendering_has_no_english_and_no_placeholder(kind):
    note, english = EXAMPLES[kind]
    zh = note.render("zh")
    assert zh != english
    assert "{" not in zh
    assert "}" not in zh
    # Only the values' own words (data, in these examples) may be Latin.
    data = " ".join(v for k, v in note.values if f"{k}_zh" not in note)
    assert not [w for w in ENGLISH.findall(zh) if w not in DATA_WORDS and w not in data], zh
    for key, value in note.values:
        if not key.endswith("_zh") and f"{key}_zh" not in note:
            # Shown as it is, but for a range of numbers: Chinese writes 126—130 (issue 23).
            assert re.sub(r"(?<=[0-9])\u2013(?=[0-9])", "\u2014", value) in zh, key
    assert note.render("zh_CN") == note.render("zh-Hans") == zh


def test_chinese_text_of_a_value_replaces_it_in_chinese_only():
    note = EXAMPLES[NoteKind.UNITS_CELL_MERGED][0]
    assert "R1：内容" in note.render("zh")
    assert "R1: the text" not in note.render("zh")
    assert "R1：内容" not in str(note)


def test_a_text_note_renders_as_written_in_any_language():
    note = EXAMPLES[NoteKind.TEXT][0]
    assert note.render("zh") == "an old sentence"


def test_values_are_sorted_hashable_and_looked_up_by_key():
    a = Note(NoteKind.PREFIX_RESTORED, {"to": "省财政厅", "from": "财政厅", "prefix": "省"})
    b = Note(NoteKind.PREFIX_RESTORED, (("prefix", "省"), ("from", "财政厅"), ("to", "省财政厅")))
    assert a == b
    assert hash(a) == hash(b)
    assert a.values == (("from", "财政厅"), ("prefix", "省"), ("to", "省财政厅"))
    assert a["from"] == "财政厅"
    assert a.get("evidence") is None
    assert a.get("evidence", "-") == "-"
    assert "to" in a
    assert "省财政厅" not in a
    with pytest.raises(KeyError, match="evidence"):
        a["evidence"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.kind = NoteKind.TEXT  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kind", "values", "error", "match"),
    [
        (NoteKind.PREFIX_RESTORED, {"from": "a", "to": "b"}, dg_plan.ValidationError, "prefix"),
        (NoteKind.TEXT, {"text": 5}, dg_plan.InvalidTypeError, "pairs of str"),
        (NoteKind.TEXT, {"Text": "a", "text": "b"}, dg_plan.ValidationError, "snake_case"),
        ("text", {"text": "a"}, dg_plan.InvalidTypeError, "kind"),
        (NoteKind.TEXT, "text", dg_plan.InvalidTypeError, "pairs of str"),
    ],
)
def test_invalid_notes_are_refused(kind, values, error, match):
    with pytest.raises(error, match=match):
        Note(kind, values)


def test_an_unknown_language_is_refused():
    with pytest.raises(dg_plan.InvalidQueryError, match="language"):
        EXAMPLES[NoteKind.TEXT][0].render("fr")


# -- the shipped plan -----------------------------------------------------------


def _notes(plan):
    return [n for t in plan.tasks for n in (*t.provenance.notes, *t.provenance.alternatives)]


def test_shipped_notes_in_english_read_as_before(plan):
    assert [str(n) for n in plan.task(9).provenance.notes] == [
        "省 restored: 司法厅 → 省司法厅",
        "省 restored: 民政厅 → 省民政厅",
        "省 restored: 信访局 → 省信访局",
    ]
    assert str(plan.task(132).provenance.alternatives[0]) == (
        "deadline: 2024年12月底前 under another split of rows 131–134 (the extraction does "
        "not show which of the four rows share a cell)"
    )
    # What a merged cell means for the tasks first, then the evidence, the layout rule in
    # words (the nineteenth reader's fault, fixed in English too).
    assert str(plan.task(40).provenance.notes[0]) == (
        "rows 40–41 share one merged cell of the print's unit column: their units are the "
        "same. Evidence: the text extraction prints a merged cell's text after the last row "
        "it spans; no other reading: heading (三) stands before 40"
    )
    assert [str(n) for n in plan.task(125).provenance.notes] == [
        (
            "rows 125 (page 67) and 126–130 (page 68) have the same units: the print repeats "
            "the unit text after the page break, possibly one cell crossing it"
        )
    ]


def test_shipped_notes_count_per_kind(plan):
    decisions = runpy.run_path(str(ROOT / "tools" / "decisions.py"))
    counts = collections.Counter(n.kind for n in _notes(plan))
    # Every row of a merged unit cell notes the cell; every row of a deadline block
    # notes the block.
    assert counts[NoteKind.UNITS_CELL_MERGED] == sum(len(c.rows) for c in decisions["UNIT_CELLS"])
    blocks = decisions["DEADLINE_BLOCKS"]
    assert counts[NoteKind.DEADLINE_BLOCK_ALIKE] == sum(
        len(b.rows) for b in blocks if b.split is None
    )
    assert counts[NoteKind.DEADLINE_BLOCK] == sum(
        len(b.rows) for b in blocks if b.split is not None
    )
    # A doubtful cell's rows other than its last each have the other reading.
    assert counts[NoteKind.OTHER_READING_UNITS] == sum(
        len(c.rows) - 1 for c in decisions["UNIT_CELLS"] if c.doubt
    )
    # The build's record of restored 省: each name a task holds that its printed cell
    # writes without 省.
    restored = sum(
        1
        for t in plan.tasks
        for u in t.units
        if u.name.startswith("省") and not re.search(rf"(^|[、，；]){u.name}", t.units_text)
    )
    assert counts[NoteKind.PREFIX_RESTORED] == restored == 156
    assert counts[NoteKind.OTHER_READING_DEADLINE] == 2
    assert counts[NoteKind.SAME_TEXT_ACROSS_PAGE_BREAK] == 37
    assert counts[NoteKind.TEXT] == 0


def test_shipped_notes_in_chinese_have_no_english(plan):
    for note in _notes(plan):
        zh = note.render("zh")
        words = set(ENGLISH.findall(zh)) - DATA_WORDS
        assert not words, (str(note), zh)
        assert "{" not in zh


def test_every_decision_has_its_chinese_evidence():
    decisions = runpy.run_path(str(ROOT / "tools" / "decisions.py"))
    for decision in (*decisions["UNIT_CELLS"], *decisions["DEADLINE_BLOCKS"]):
        assert decision.evidence_zh
        assert bool(decision.doubt_zh) == bool(decision.doubt)
        for text in (decision.evidence_zh, decision.doubt_zh):
            assert not set(ENGLISH.findall(text)) - DATA_WORDS, text


def test_shipped_notes_in_chinese_are_written_for_a_reader_of_the_print(plan):
    # Issue 23: the reason in words (no rule id such as R1), tasks as 第13项 / 第42—43项
    # (not rows), no space between a number and Chinese, full-width punctuation, and no
    # internal words (提取文本 for the text extraction, 成块打印 for a block).
    for task in plan.tasks:
        data = (task.units_text, *(u.name for u in task.units))
        for note in (*task.provenance.notes, *task.provenance.alternatives):
            if note.kind is NoteKind.PREFIX_RESTORED:
                continue
            zh = note.render("zh")
            assert not re.search(r"R\d", zh), zh
            assert "提取文本" not in zh
            assert "成块" not in zh
            assert not re.search(r"第[0-9—]+行", zh), zh
            assert faults(zh, data=data) == [], zh
    decisions = runpy.run_path(str(ROOT / "tools" / "decisions.py"))
    for decision in (*decisions["UNIT_CELLS"], *decisions["DEADLINE_BLOCKS"]):
        for text in (decision.evidence_zh, decision.doubt_zh):
            assert not re.search(r"R\d", text), text
            assert faults(text) == [], text


def test_a_shipped_note_in_chinese_reads_as_the_print_is_read(plan):
    # Task 40's unit cell is 40—41 on page 52, after heading (三): the rows before the
    # cell's text can belong to no earlier cell.
    assert plan.task(40).provenance.notes[0].render("zh") == (
        # The cell said in a sentence of its own, then the evidence (the twelfth reader:
        # not joined by a colon); the sentence says what the cell means for the tasks, and
        # the evidence is the rule, then why these rows, in plain words (the nineteenth).
        "第40—41项在原文中共用责任单位栏的一个合并单元格，各项责任单位相同。判断依据："
        "原文文字版把合并单元格的文字排在它所跨的最后一项之后。第40项紧接在章节标题（三）之后，"
        "不可能属于标题之前的单元格"
    )
    # Task 132's deadline: the page's three cells are printed as one block.
    assert plan.task(132).provenance.alternatives[0].render("zh") == (
        "完成时限：第131—134项的单元格若按另一种方式拆分，则为2024年12月底前"
        "（原文文字版看不出这四项中哪几项共用一个单元格）"
    )


# -- the JSON format ------------------------------------------------------------


def test_notes_in_json(plan):
    doc = json.loads(dg_plan.dumps(plan))
    assert doc["tasks"][8]["provenance"]["notes"][0] == {
        "kind": "prefix_restored",
        "values": {"from": "司法厅", "prefix": "省", "to": "省司法厅"},
    }
    for task in doc["tasks"]:
        for note in (*task["provenance"]["notes"], *task["provenance"]["alternatives"]):
            assert list(note) == ["kind", "values"]
            assert list(note["values"]) == sorted(note["values"])


def test_version_1_notes_load_as_text(plan):
    doc = json.loads(dg_plan.dumps(plan))
    doc["format_version"] = 1
    for task in doc["tasks"]:
        task.pop("support")
        p = task["provenance"]
        for field in ("notes", "alternatives"):
            p[field] = [
                str(Note(NoteKind(n["kind"]), n["values"]))  # the sentence version 1 wrote
                for n in p[field]
            ]
    old = dg_plan.loads(json.dumps(doc, ensure_ascii=False))
    for before, after in zip(plan.tasks, old.tasks, strict=True):
        for field in ("notes", "alternatives"):
            was, now = getattr(before.provenance, field), getattr(after.provenance, field)
            assert [n.kind for n in now] == [NoteKind.TEXT] * len(was)
            assert [str(n) for n in now] == [str(n) for n in was]
            assert [n["text"] for n in now] == [str(n) for n in was]
    assert old.task(9).provenance.notes[0] == Note(
        NoteKind.TEXT, {"text": "省 restored: 司法厅 → 省司法厅"}
    )


def test_version_2_notes_must_be_objects(plan):
    doc = json.loads(dg_plan.dumps(plan))
    doc["tasks"][8]["provenance"]["notes"][0] = "省 restored: 司法厅 → 省司法厅"
    with pytest.raises(dg_plan.PlanDataError, match=r"tasks\[8\]\.provenance\.notes"):
        dg_plan.loads(json.dumps(doc, ensure_ascii=False))


@given(dst.provenances())
def test_notes_of_every_kind_round_trip(provenance):
    for note in (*provenance.notes, *provenance.alternatives):
        assert note.render("en") == str(note)
        assert note.render("zh")
    wire = _format._converter.unstructure(provenance)
    again = json.loads(json.dumps(wire, ensure_ascii=False))
    assert _format._converter.structure(again, dg_plan.Provenance) == provenance
