"""The import's notes and help as a 公文 writer reads them (issue 23, reader 10).

Expected Chinese from the reader's request, not copied from the output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind


def test_a_name_linked_to_the_registry_says_plainly_it_is_the_same_unit():
    # Fault 12: “省人社厅”按原文保留：单位名录中的“…”也用此名称 left the reader unsure
    # whether the unit was matched or made.
    result = importing.read_text("1. 做事\n牵头单位：省人社厅\n")
    (note,) = (n for n in result.notes if n.kind is FindingKind.LINKED_TO_REGISTRY)
    registry = dict(note.values)["registry"]
    assert registry == "省人力资源社会保障厅"
    assert note.render("zh") == (
        "“省人社厅”与单位名录中的“省人力资源社会保障厅”为同一单位，名称按清单所列保留"
    )


def test_a_deadline_in_the_text_not_read_is_a_problem_not_a_note(tmp_path):
    # Fault 21: a finding that asks the reader to check (请核对) is a problem: counted in
    # the summary's 处问题, not filed as 说明.
    text = (
        "一、任务\n"
        "1. 推进数据归集。（省财政厅牵头；2024年6月底前）\n"
        "2. 2024年6月底前建成政务平台。（省发展改革委负责）\n"
    )
    result = importing.read_text(text)
    (problem,) = (p for p in result.problems if p.kind is FindingKind.DEADLINE_IN_TEXT)
    assert dict(problem.values) == {"number": "2", "phrase": "2024年6月底前"}
    assert problem.render("zh") == (
        "第2项任务：未能识别完成时限（任务内容中有“2024年6月底前”），请核对"
    )
    assert not [n for n in result.notes if n.kind is FindingKind.NO_DEADLINE]
    # The command line counts it under 问题.
    from helpers.cli import call  # noqa: PLC0415

    listing = tmp_path / "分工方案.txt"
    listing.write_text(text, encoding="utf-8")
    out = call("--lang", "zh", "import", str(listing), "-o", str(tmp_path / "p.json")).stdout
    assert "1处问题" in out
    assert any(
        line.startswith("问题") and "未能识别完成时限" in line for line in out.splitlines()
    ), out
