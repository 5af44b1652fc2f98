"""The twelfth reader's findings on import (#20, #23): what the screen says of the print."""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind
from helpers.cli import call


def _import(tmp_path, text, name="list.txt"):
    source, plan = tmp_path / name, tmp_path / "plan.json"
    source.write_text(text, encoding="utf-8")
    done = call("--lang", "zh", "import", str(source), "-o", str(plan))
    assert done.returncode == 0, done.stderr
    return done.stdout, plan


def test_show_quotes_a_deadline_read_in_another_form_as_printed(tmp_path):
    # 2025年第三季度 is read as 2025年9月底前; show quoted the reading, not the print.
    _out, plan = _import(tmp_path, "一、机制\n1. 开展演练。（市公安局负责，2025年第三季度）\n")
    shown = call("--lang", "zh", "--plan", str(plan), "show", "1").stdout
    assert shown.splitlines()[0].startswith("第1项任务｜2025年第三季度（2025年9月30日）｜")
    assert "完成时限：        2025年第三季度（2025年9月30日）" in shown
    assert "完成时限“2025年第三季度”识别为“2025年9月底前”。" in shown  # how, in the notes


def test_a_heading_ending_as_a_sentence_is_doubted():
    # 三、推进电子证照应用。 became a section title with its 。 and no word (fault 16).
    text = (
        "一、基础设施\n1. 推进政务云扩容。（市数据局牵头）\n"
        "三、推进电子证照应用。\n2. 开展演练。（市公安局负责）\n"
    )
    result = importing.read_text(text, name="r11.txt")
    [doubt] = [p for p in result.problems if p.kind is FindingKind.DOUBTFUL_HEADING]
    assert doubt.where.line == 3
    assert doubt.render("zh") == (
        "标题以“。”结尾：可能是一句正文或未列出责任单位的任务，却读作了标题，请核对"
    )
    plain = importing.read_text(text.replace("应用。", "应用"), name="r11.txt")
    assert not [p for p in plain.problems if p.kind is FindingKind.DOUBTFUL_HEADING]
