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
    assert shown.splitlines()[0] == "第1项任务"
    assert "完成时限：        2025年第三季度（2025年9月30日）" in shown
    # how, in the notes: as printed, its day in brackets (issue #23, zh14a)
    assert "完成时限按清单所列记为“2025年第三季度”（2025年9月30日）。" in shown


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
        "标题以“。”结尾：可能是一句正文或未列出单位的任务，却读作了标题，请核对"
    )
    plain = importing.read_text(text.replace("应用。", "应用"), name="r11.txt")
    assert not [p for p in plain.problems if p.kind is FindingKind.DOUBTFUL_HEADING]


def test_a_deadline_word_after_the_units_is_never_a_unit():
    # （市数据局牵头，长期） made 长期 a unit with 0 problems (fault 1, the hard
    # rule): 长期 is where the deadline stands, a form no date reads: 未识别, a problem.
    result = importing.read_text("一、基础设施\n1. 完善政务外网。（市数据局牵头，长期）\n")
    task = result.plan.task(1)
    assert [u.name for u in task.units] == ["市数据局"]
    assert [u.name for u in task.leads] == ["市数据局"]
    assert [
        n["printed"] for n in task.provenance.notes if n.kind.value == "deadline_unreadable"
    ] == ["长期"]
    assert [p.kind for p in result.open_problems] == [FindingKind.NOT_A_DEADLINE]
    assert "长期" not in {u.name for u in result.plan.units}


def test_a_deadline_word_the_grammar_reads_elsewhere_is_the_deadline():
    result = importing.read_text("一、基础设施\n1. 完善政务外网。（市数据局牵头，长期坚持）\n")
    assert result.plan.task(1).deadline.kind.value == "ongoing"  # as 持续推进 is
    assert not result.open_problems


def test_a_deadline_word_in_a_unit_column_is_no_unit(tmp_path):
    # Any reading that leaves a deadline's word among the units: not a unit, a problem.
    csv = tmp_path / "list.csv"
    csv.write_text("序号,主要任务,责任单位\n1,完善政务外网,市数据局、年内\n", encoding="utf-8")
    result = importing.read(csv)
    assert [u.name for u in result.plan.task(1).units] == ["市数据局"]
    [problem] = [p for p in result.problems if p.kind is FindingKind.DEADLINE_AS_UNIT]
    assert problem.task == 1
    assert problem.render("zh") == "第1项任务：“年内”疑为完成时限，未作为单位录入，请核对"


def test_the_title_guess_is_said_in_one_short_sentence():
    text = "某市2025年数字政府重点任务\n\n一、基础设施\n1. 推进政务云扩容。（市数据局牵头）\n"
    result = importing.read_text(text, name="r11.txt")
    [guess] = [p for p in result.problems if "推定" in p.render("zh")]
    assert guess.render("zh") == (
        "清单标题“某市2025年数字政府重点任务”系根据第1行推定；如有误，可在审核意见文件中"
        '用 title 更正（清单未印标题的，写 title = ""）。'
    )


def test_show_says_a_deadline_in_the_text_and_an_unread_bracket_as_they_are(tmp_path):
    # 清单未列出 and 无法识别 were false: the bracket prints a unit, the date is readable.
    text = "一、机制\n1. 开展网络安全应急演练。（市公安局，2025年第三季度）\n"
    _out, plan = _import(tmp_path, text)
    shown = call("--lang", "zh", "--plan", str(plan), "show", "1").stdout
    assert "完成时限：        待核定（任务内容中写有“2025年第三季度”）" in shown
    assert "负责单位：        —（括注“市公安局，2025年第三季度”未读取）" in shown
    joined = "".join(line.strip() for line in shown.splitlines())  # however wide the screen
    assert (
        "任务内容中写有“2025年第三季度”，但不在完成时限的位置，未作为完成时限读取，待核定。"
        in joined
    )
    assert "清单未列出" not in shown
    assert "无法识别" not in shown
