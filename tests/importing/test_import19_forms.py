"""The importer's leftovers issue 20 named after the imp18 trial, each read or flagged.

Expected values are read off the printed lines (the analyst's 滕州 list, /work/notes/imp18.md;
the corpus documents named by each test) or stated by the rule in docs/importing.md,
never copied from the importer's output.
"""

from __future__ import annotations

import json

from dg_plan import importing
from helpers.cli import call as run


def test_the_lists_own_title_printed_below_its_notice_is_the_title():
    # The 滕州 notice (滕政办发〔2023〕30号), reduced: the notice issues 《…2023年重点任务》,
    # then its number, addressee, body, signature and date; line 7 prints the list's own
    # title, …2023年重点工作任务, above its preamble. The list's title is line 7's.
    text = (
        "滕州市人民政府办公室关于印发《滕州市深化新旧动能转换推动绿色低碳高质量发展"
        "2023年重点任务》的通知\n"
        "滕政办发〔2023〕30号\n"
        "各镇人民政府、街道办事处,市政府各部门:\n"
        "《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》已经市政府同意,"
        "现印发给你们,请认真贯彻落实。\n"
        "滕州市人民政府办公室\n"
        "2023年8月15日\n"
        "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务\n"
        "为深入贯彻党的二十大精神,制定2023年重点工作任务如下:\n"
        "一、深入实施创新驱动发展战略\n"
        "1.完善实验室体系。建设枣庄市级重点实验室8个。(责任单位:市科技局)\n"
    )
    result = importing.read_text(text)
    own = "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务"  # line 7 as printed
    assert result.plan.metadata.title == own
    kinds = {n.kind.value for n in result.notes}
    assert "title_from_notice" not in kinds  # line 7 is a title line, not the notice's name
    assert "title_line" in kinds


def test_the_lists_title_over_two_lines_below_its_notice_stays_whole():
    # trial4/10-baoshan-shishi's form: the notice issues the list, whose own title is
    # printed below over two lines (2022年区政府要完成的与人民生活 / 密切相关的实事): the
    # first line alone is no title.
    text = (
        "关于印发2022年区政府要完成的与人民生活密切相关的实事的通知\n"
        "各街道办事处:\n"
        "现将2022年区政府要完成的与人民生活密切相关的实事印发给你们,请认真贯彻执行。\n"
        "2022年区政府要完成的与人民生活\n"
        "密切相关的实事\n"
        "1.新增养老床位500张。(区民政局牵头)\n"
    )
    result = importing.read_text(text)
    assert result.plan.metadata.title == "2022年区政府要完成的与人民生活密切相关的实事"


# -- 2. dg-plan import --json on a failed import names the review workbook ---------------

# No task: a title, then one sentence (no number, no attribution): refused.
REFUSED = "某县任务清单方案\n本清单没有编号的任务。\n"
# Two tasks, the second with a deadline no day can be read from: an open problem.
DOUBTFUL = (
    "某县任务清单方案\n1.建设数据库。(县大数据局牵头)\n2.清洗数据。完成时限:哪天(县民政局负责)\n"
)


def _failed_json(tmp_path, text, *options):
    source = tmp_path / "list.txt"
    source.write_text(text, encoding="utf-8")
    result = run("import", str(source), "--json", *options)
    assert result.returncode == 1
    return json.loads(result.stdout), result.stderr


def test_a_refused_import_with_json_names_the_review_workbook(tmp_path):
    review = tmp_path / "r.xlsx"
    report, err = _failed_json(tmp_path, REFUSED, "--review", str(review))
    assert report["review"] == str(review)
    assert report["imported"] is False
    assert report["tasks"] == 0
    assert [p["kind"] for p in report["problems"]] == ["no_task"]
    assert review.exists()
    assert str(review) in err  # standard error says it as before


def test_a_refused_import_with_json_and_no_review_says_none_was_written(tmp_path):
    report, _err = _failed_json(tmp_path, REFUSED)
    assert report["review"] is None
    assert report["imported"] is False


def test_an_import_stopped_by_strict_with_json_names_the_review_workbook(tmp_path):
    review = tmp_path / "r.xlsx"
    report, _err = _failed_json(tmp_path, DOUBTFUL, "--strict", "--review", str(review))
    assert report["review"] == str(review)
    assert report["tasks"] == 2  # the two printed items, as --strict stopped them
    assert report["open_problems"] >= 1
    assert review.exists()


def test_an_import_stopped_by_a_decision_with_json_names_the_review_workbook(tmp_path):
    decisions = tmp_path / "d.toml"
    decisions.write_text('[[decision]]\ntask = 9\ntext = "x"\nreason = "r"\n', encoding="utf-8")
    review = tmp_path / "r.xlsx"
    report, _err = _failed_json(
        tmp_path, DOUBTFUL, "--decisions", str(decisions), "--review", str(review)
    )
    assert report["review"] == str(review)
    assert any("decision" in p["kind"] for p in report["problems"])
    assert review.exists()


def test_json_before_the_command_names_the_review_workbook_too(tmp_path):
    source = tmp_path / "list.txt"
    source.write_text(REFUSED, encoding="utf-8")
    review = tmp_path / "r.xlsx"
    result = run("--json", "import", str(source), "--review", str(review))
    assert result.returncode == 1
    assert json.loads(result.stdout)["review"] == str(review)


# -- 3. a bracket naming a unit and a period, no role word --------------------------------


def test_a_closing_bracket_naming_a_unit_is_quoted_as_an_attribution_not_read():
    # （市公安局，2025年第三季度）: a unit and a period, no role word; no corpus document
    # prints the form, so it is not read, but the task's problem quotes the bracket (an
    # attribution not read), never only "names no responsible unit".
    text = (
        "某市任务清单方案\n1.加强治安防控。（市公安局，2025年第三季度）\n"
        "2.完善体系。（市民政局牵头）\n"
    )
    result = importing.read_text(text)
    (problem,) = [p for p in result.problems if p.kind.value == "no_unit"]
    assert problem.task == 1
    assert dict(problem.values)["form"] == "（市公安局，2025年第三季度）"
