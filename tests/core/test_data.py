"""The shipped data: counts, coverage of the source, and the build's reproducibility."""

from __future__ import annotations

import hashlib
import itertools
import re
import runpy
from pathlib import Path

from dg_plan import DeadlineKind, NoteKind

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "sources" / "000_7b812aca85ed3779.txt"

PRINT_FORMS = {",": "，", "(": "（", ")": "）"}


def normalize(raw: str) -> str:
    text = "".join(raw.split())
    for a, b in PRINT_FORMS.items():
        text = text.replace(a, b)
    return text


def test_counts(plan):
    assert [t.number for t in plan.tasks] == list(range(1, 179))
    assert [len(p.tasks) for p in plan.sections] == [70, 32, 44, 32]
    assert [p.declared_count for p in plan.sections] == [70, 32, 44, 32]
    assert sum(len(p.subsections) for p in plan.sections) == 17
    assert [len(p.subsections) for p in plan.sections] == [6, 3, 5, 3]


def test_declared_counts_are_the_printed_ones(plan, source_text):
    printed = [int(n) for n in re.findall(r"\(共(\d+)项\)", source_text)]
    assert printed == [len(p.tasks) for p in plan.sections]


def test_sections_partition_the_tasks(plan):
    numbers = [t.number for p in plan.sections for s in p.subsections for t in s.tasks]
    assert numbers == list(range(1, 179))
    for part in plan.sections:
        assert part.tasks == tuple(t for s in part.subsections for t in s.tasks)


def test_lead_units_are_those_printed_before_qiantou(plan):
    for task in plan.tasks:
        if "牵头" not in task.units_text:
            assert task.leads == ()
        else:
            before = task.units_text.split("牵头")[0]
            assert len(task.leads) == len(re.split("[、，]", before))


def test_metadata(plan):
    m = plan.metadata
    assert m.document == "豫政〔2023〕17号"
    assert m.attachment == "附件4"
    assert m.issuer == "河南省人民政府"
    assert str(m.issued) == "2023-04-26"
    assert m.period == (2023, 2025)
    assert m.source_sha256 == hashlib.sha256(SOURCE.read_bytes()).hexdigest()


def test_deadline_kinds(plan):
    kinds = {t.deadline.kind for t in plan.tasks}
    # Every kind but UNSPECIFIED: each task of the print prints its deadline.
    assert kinds == set(DeadlineKind) - {DeadlineKind.UNSPECIFIED}
    assert str(plan.task(4).deadline) == "适时推进"
    assert plan.task(16).deadline.kind is DeadlineKind.ONGOING
    assert str(plan.task(2).deadline.date) == "2023-06-30"
    assert str(plan.task(21).deadline.date) == "2025-06-30"


def test_elided_sheng_is_restored(plan):
    # "省公安厅、司法厅、民政厅": 省 written once for the whole list.
    names = [u.name for u in plan.task(9).units]
    assert names[:6] == [
        "省委政法委",
        "省政府办公厅",
        "省公安厅",
        "省司法厅",
        "省民政厅",
        "省信访局",
    ]
    # "密码管理局、国家保密局" after a 省 item.
    assert "省国家保密局" in [u.name for u in plan.task(39).leads]
    assert any("省 restored: 司法厅" in str(n) for n in plan.task(9).provenance.notes)
    # Standalone names keep their form.
    assert {"河南银保监局", "人行郑州中心支行"} <= {u.name for u in plan.task(23).leads}


def test_merged_cells_share_their_printed_cell(plan):
    for task in plan.tasks:
        p = task.provenance
        assert task.number in p.units_rows
        assert task.number in p.deadline_rows
        for other in p.units_rows:
            o = plan.task(other)
            assert o.provenance.units_span == p.units_span
            assert o.units == task.units
        if len(p.units_rows) > 1:
            assert any(n.kind is NoteKind.UNITS_CELL_MERGED for n in p.notes)


def test_known_merged_cells(plan):
    # Forced by the layout: heading (三) stands before 40, a page top before 68.
    assert plan.task(40).provenance.units_rows == (40, 41)
    assert plan.task(68).provenance.units_rows == (68, 69, 70)
    # The deadline block of page 69.
    assert str(plan.task(131).deadline) == "2024年12月底前"
    assert str(plan.task(132).deadline) == "持续推进"
    assert plan.task(133).provenance.deadline_rows == (133, 134)
    assert plan.task(132).provenance.alternatives


def test_doubtful_readings_say_why(plan):
    doubtful = [t.number for t in plan.tasks if t.provenance.alternatives]
    assert 13 in doubtful
    for number in doubtful:
        for alternative in plan.task(number).provenance.alternatives:
            assert len(str(alternative)) > 30


def _furniture(text: str) -> list[tuple[int, int]]:
    spans = []
    patterns = [
        r"—\s*\n\s*\d+\s*\n\s*—",  # page footer
        r"序号 主 要 任 务 任务时限 责 任 单 位",  # repeated table header
        r"附件4",
        r"河南省数字政府建设重点任务清单 \(2023—2025年\)",
        r"(?m)^[一二三四]、.*\(共\d+项\)$",  # part headings
        r"(?m)^\([一二三四五六]\).*$",  # subsection headings
    ]
    for pattern in patterns:
        spans += [m.span() for m in re.finditer(pattern, text)]
    return spans


def test_every_character_of_the_source_is_accounted_for(plan, source_text):
    """Each printed cell lands in task fields; what is left is furniture and task numbers."""
    cells: dict[tuple[int, int], str] = {}
    for task in plan.tasks:
        p = task.provenance
        fields = [(p.text_span, task.text), (p.units_span, task.units_text)]
        fields += [(span, str(task.deadline)) for span in p.deadline_spans]
        for span, value in fields:
            assert normalize(source_text[span[0] : span[1]]) == value, (task.number, span)
            assert cells.setdefault(span, value) == value
    ordered = sorted(cells)
    for a, b in itertools.pairwise(ordered):
        assert a[1] <= b[0], f"cells {a} and {b} overlap"
    # Task texts follow the numbering.
    starts = [t.provenance.text_span[0] for t in plan.tasks]
    assert starts == sorted(starts)
    covered = [False] * len(source_text)
    for start, end in [*ordered, *_furniture(source_text)]:
        for i in range(start, end):
            covered[i] = True
    leftover = "".join(c if not covered[i] else " " for i, c in enumerate(source_text)).split()
    assert leftover == [str(n) for n in range(1, 179)]


def test_source_text_has_no_cjk_outside_cells(plan, source_text):
    # The same check, stated for Chinese characters alone: every one is in a cell,
    # a heading or the page furniture.
    covered = set()
    for task in plan.tasks:
        p = task.provenance
        for start, end in [p.text_span, p.units_span, *p.deadline_spans]:
            covered.update(range(start, end))
    for start, end in _furniture(source_text):
        covered.update(range(start, end))
    stray = [c for i, c in enumerate(source_text) if "\u4e00" <= c <= "\u9fff" and i not in covered]
    assert stray == []


def test_no_extraction_artifacts(plan):
    for task in plan.tasks:
        for value in (task.text, task.units_text):
            assert not re.search(r"\s", value)
            assert not re.search("[,()]", value)
    for part in plan.sections:
        for s in part.walk():
            assert not re.search(r"\s", s.title)


def test_committed_data_equals_a_fresh_build():
    build = runpy.run_path(str(ROOT / "tools" / "build_data.py"), run_name="build")
    fresh = build["render"](SOURCE.read_text(encoding="utf-8"))
    committed = (ROOT / "src" / "dg_plan" / "data" / "plan.json").read_bytes()
    assert committed == fresh.encode("utf-8")
