"""The import's screens as a 公文 writer reads them (issue 23, the eleventh reader).

Expected Chinese from the reader's request, not copied from the output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.cli import call

_LIST = (
    "一、加强数据共享\n"
    "1. 建设数据共享交换平台。（市数据局牵头，市财政局配合，2024年12月底前完成）\n"
    "二、强化安全保障\n"
    "2. 开展网络安全应急演练。（市公安局，2025年第三季度）\n"
)


def test_a_period_in_an_unread_bracket_is_not_said_to_be_missing(tmp_path):
    # Fault 1: （市公安局，2025年第三季度） holds a deadline; the screen said the source
    # printed none (清单未注明完成时限) and show said 未注明.
    result = importing.read_text(_LIST, name="分工方案.txt")
    assert not [n for n in result.notes if n.kind is FindingKind.NO_DEADLINE]
    (problem,) = (p for p in result.problems if p.kind is FindingKind.DEADLINE_IN_TEXT)
    assert problem.task == 2
    assert "2025年第三季度" in problem.render("zh")
    listing = tmp_path / "分工方案.txt"
    listing.write_text(_LIST, encoding="utf-8")
    plan = tmp_path / "p.json"
    out = call("--lang", "zh", "import", str(listing), "-o", str(plan)).stdout
    assert "清单未注明完成时限" not in out
    shown = call("--lang", "zh", "--plan", str(plan), "show", "2").stdout
    (line,) = (ln for ln in shown.splitlines() if ln.startswith("完成时限："))
    assert line.split("：", 1)[1].strip() == "待核定（任务内容中写有“2025年第三季度”）"  # reader 12
    assert "未注明" not in shown


def test_a_date_in_an_unsectioned_task_text_is_shown_as_printed(tmp_path):
    # Fault 1, its second case: 力争2024年6月底前完成 in the text, 完成时限：未注明 in show.
    text = (
        "一、完善政务服务平台。（省财政厅牵头，2024年12月底前）\n"
        "二、推进数据共享，力争2024年6月底前完成。（省人社厅负责）\n"
    )
    listing = tmp_path / "nosec.txt"
    listing.write_text(text, encoding="utf-8")
    plan = tmp_path / "p.json"
    call("--lang", "zh", "import", str(listing), "-o", str(plan))
    shown = call("--lang", "zh", "--plan", str(plan), "show", "2").stdout
    (line,) = (ln for ln in shown.splitlines() if ln.startswith("完成时限："))
    assert line.split("：", 1)[1].strip() == "待核定（任务内容中写有“2024年6月底前”）"  # reader 12


def test_a_task_naming_no_unit_shows_none_listed_and_counts_no_placeholder(tmp_path):
    # Fault 2: 负责单位：未明确单位 and 责任单位（原文）：未明确单位 put a name in the source's
    # mouth; units listed it and the summary counted it (5项任务，7个单位).
    text = "一、任务\n1. 建设平台。（市数据局牵头，2024年12月底前）\n2. 推进某项工作\n"
    listing = tmp_path / "分工方案.txt"
    listing.write_text(text, encoding="utf-8")
    plan = tmp_path / "p.json"
    out = call("--lang", "zh", "import", str(listing), "-o", str(plan)).stdout
    assert "2项任务，1个单位" in out
    shown = call("--lang", "zh", "--plan", str(plan), "show", "2").stdout
    fields = dict(ln.split("：", 1) for ln in shown.splitlines() if "：" in ln)
    assert fields["负责单位"].strip() == "—（清单未列出）"
    assert fields["清单所列责任单位"].strip() == "—（清单未列出）"
    assert "未明确单位" not in shown
    listed = call("--lang", "zh", "--plan", str(plan), "units").stdout
    assert "未明确单位" not in listed
    assert "市数据局" in listed


def test_a_period_in_an_unread_bracket_is_doubted_in_a_list_printing_no_other_deadline(tmp_path):
    # A user's check (final12): the same bracket in a list where no task prints a deadline
    # still showed 未注明 and raised no deadline problem.
    text = "1. 推进电子证照应用（市公安局，2025年第三季度）\n2. 建设数据共享平台。\n"
    result = importing.read_text(text, name="a.txt")
    (problem,) = (p for p in result.problems if p.kind is FindingKind.DEADLINE_IN_TEXT)
    assert problem.task == 1
    listing = tmp_path / "a.txt"
    listing.write_text(text, encoding="utf-8")
    plan = tmp_path / "p.json"
    call("--lang", "zh", "import", str(listing), "-o", str(plan))
    shown = call("--lang", "zh", "--plan", str(plan), "show", "1").stdout
    (line,) = (ln for ln in shown.splitlines() if ln.startswith("完成时限："))
    assert line.split("：", 1)[1].strip() == "待核定（任务内容中写有“2025年第三季度”）"  # reader 12
    # The second task prints no date anywhere: it is still 未注明, with no problem.
    doubted = [p.task for p in result.problems if p.kind is FindingKind.DEADLINE_IN_TEXT]
    assert doubted == [1]
