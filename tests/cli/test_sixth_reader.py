"""The sixth reader's findings on the command line (issue 23), one test each.

The reader (a 公文 writer) tried the Chinese interface as a new user would; the
expected text is the reader's or the glossary's, never copied from the output.
"""

from __future__ import annotations

import datetime
import itertools
import json

import pytest

from dg_plan import dumps, load_plan
from dg_plan._cli.terminal import width, wrap
from dg_plan._tracking_problems import problem
from helpers.cli import call

# -- an output file named by a format it is not written in ---------------------------


def _refused(tmp_path, target, *args):
    """Run *args* in both languages: each refused (status 2), nothing written."""
    lines = {}
    for lang in ("en", "zh"):
        result = call("--lang", lang, *args)
        assert result.returncode == 2, result.stderr
        assert not target.exists()
        lines[lang] = result.stderr.rstrip("\n").splitlines()[-1]
    return lines


def test_a_report_to_a_pdf_is_refused_naming_the_formats(tmp_path, audit_ledger):
    _template, ledger = audit_ledger
    target = tmp_path / "r.pdf"
    args = ("track", "report", str(ledger), "--as-of", "2024-12-31", "-o", str(target))
    lines = _refused(tmp_path, target, *args)
    assert ".html, .xlsx or .docx" in lines["en"]
    assert str(target) in lines["en"]
    # A whole sentence: what cannot be, what can, what to do.
    assert "督办报告只能写为 .html、.xlsx 或 .docx 文件" in lines["zh"]
    assert lines["zh"].endswith("。")
    # The formats it can be written in still are.
    for suffix in (".html", ".xlsx", ".docx"):
        out = tmp_path / f"r{suffix}"
        result = call("track", "report", str(ledger), "--as-of", "2024-12-31", "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert out.exists()


def test_a_template_not_named_xlsx_is_refused(tmp_path):
    target = tmp_path / "audit.pdf"
    args = ("track", "template", "省审计厅", str(target), "--as-of", "2024-12-31")
    lines = _refused(tmp_path, target, *args)
    assert "填报表为 Excel 文件，扩展名应为 .xlsx" in lines["zh"]


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.csv"])
def test_a_plan_file_named_as_another_format_is_refused(tmp_path, name):
    source = tmp_path / "list.txt"
    source.write_text("1. 建设城市运行管理平台。（省住房城乡建设厅负责）\n", encoding="utf-8")
    target = tmp_path / name
    lines = _refused(tmp_path, target, "import", str(source), "-o", str(target))
    assert "清单数据文件为 JSON 格式，请使用 .json 扩展名" in lines["zh"]


def test_a_ledger_named_as_a_workbook_is_refused(tmp_path, audit_ledger):
    template, _ledger = audit_ledger
    target = tmp_path / "ledger.xlsx"
    lines = _refused(tmp_path, target, "track", "collect", str(template), "-o", str(target))
    assert "台账为 JSON 格式" in lines["zh"]


# -- a wrong file: said in words, not by a JSON path or a Python value -------------------


def test_a_file_that_is_no_ledger_is_said_in_one_sentence(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    args = ("track", "status", str(bad), "--as-of", "2024-12-31")
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 1
    # The reader's sentence, the file its subject; nothing about fields it lacks.
    assert zh.stderr.splitlines() == [
        "dg-plan：“bad.json”不是台账文件（缺少格式标识），请检查是否选错了文件。"
    ]
    en = call("--lang", "en", *args)
    assert en.stderr.splitlines() == [
        (
            "dg-plan: bad.json is not a ledger file (it has no format mark): check that you "
            "chose the right file"
        )
    ]
    other = tmp_path / "other.json"
    other.write_text('{"format": "dg_plan.something", "reports": []}', encoding="utf-8")
    zh = call("--lang", "zh", "track", "status", str(other), "--as-of", "2024-12-31")
    assert "other.json”不是台账文件（其格式标识为 dg_plan.something" in zh.stderr
    assert "$" not in zh.stderr


def test_a_json_file_that_is_no_plan_is_said_in_one_sentence(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    zh = call("--lang", "zh", "--plan", str(bad), "overview")
    assert zh.returncode == 1
    assert (
        zh.stderr.strip()
        == f"dg-plan：“{bad}”不是清单数据文件：缺少格式版本号，请检查是否选错了文件。"
    )
    assert "$" not in zh.stderr
    assert "{}" not in zh.stderr


def test_a_value_deep_in_a_plan_is_shown_as_json_not_python(tmp_path):
    doc = json.loads(dumps(load_plan()))
    doc["tasks"][0]["number"] = "一"
    deep = tmp_path / "plan.json"
    deep.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    en = call("--lang", "en", "--plan", str(deep), "overview")
    assert en.returncode == 1
    # JSON's quotes ("一"), not Python's ('一'); the path stays, as English detail.
    assert '(value: "一")' in en.stderr
    assert "'一'" not in en.stderr
    assert "$.tasks[0].number" in en.stderr


# -- show: Chinese wrapped at punctuation, not inside a word ------------------------------


@pytest.mark.parametrize("columns", [60, 80, 100, 120])
def test_show_wraps_chinese_at_punctuation_not_inside_words(monkeypatch, columns):
    # The reader's two cuts, at 100 columns: 工作机／制 (task 18's text) and 航空／港区管委会
    # (its printed unit cell). Each word the reader named stays on one line.
    monkeypatch.setenv("COLUMNS", str(columns))
    out = call("--lang", "zh", "show", "18").stdout
    lines = out.splitlines()
    assert all(width(line) <= columns for line in lines[1:])  # the heading is one line
    for word in ("工作机制", "航空港区管委会", "“好差评”", "“一件事一次办”"):
        assert any(word in line for line in lines), (word, out)
    # Each of the text's lines ends at punctuation or before an opening quote (the text
    # has enough of both for every line).
    text = lines[2 : lines.index("", 2)]
    assert all(a[-1] in "，。、；：”）" or b[0] in "“（" for a, b in itertools.pairwise(text)), text


def test_wrap_keeps_closing_marks_off_a_lines_start():
    lines = wrap("推行极简审批和协同化，集成化", 20)
    assert all(not line.startswith(("，", "。", "、")) for line in lines)
    assert "".join(lines) == "推行极简审批和协同化，集成化"


# -- due --done: the count of what it left out, not of what it lists ---------------------


def test_due_done_counts_only_the_overdue_tasks_it_leaves_out(tmp_path):
    done = tmp_path / "done.txt"
    done.write_text("1,2,37", encoding="utf-8")
    day = datetime.date(2023, 7, 1)
    # Of the three, those past their deadline on the day: what --done takes out.
    overdue = {t.number for t in load_plan().tasks if t.deadline.date and t.deadline.date < day}
    left_out = len({1, 2, 37} & overdue)
    assert left_out < 3  # the reader's case: one of the three was not yet due
    args = ("due", "--overdue", "--as-of", "2023-07-01", "--done", str(done))
    zh = call("--lang", "zh", *args).stdout
    # The list named by its file, not by the option (the twelfth reader).
    # Which of them are left out, said (reader 15, fault 17): not 所列已完成的2项, which
    # read as a miscount of a file listing three.
    # Every overdue task is listed as done: one sentence, no bracket (reader 17, fault 3).
    assert f"除“{done}”所列已完成任务中已过完成时限的{left_out}项外，" in zh
    assert "--done" not in zh
    assert "3项" not in zh.splitlines()[0]
    en = call("--lang", "en", *args).stdout
    said = f"less the {left_out} tasks listed as done in {done} that are past their deadlines"
    assert said in en


def test_a_file_that_exists_is_said_in_sentences_not_chained_colons(tmp_path):
    target = tmp_path / "audit.xlsx"
    target.write_bytes(b"")
    args = ("track", "template", "省审计厅", str(target), "--as-of", "2024-12-31")
    line = call("--lang", "zh", *args).stderr.splitlines()[-1]
    assert line.endswith(
        f"“{target}”已存在，可能是已填报的文件。请写入其他位置，或使用 --force 确认覆盖。"
    )


# -- small wording: suggestions, a unit with no task in a role, `units` alone ------------


def test_suggestions_for_a_short_name_share_more_than_scattered_characters():
    err = call("--lang", "zh", "unit", "省委").stderr.splitlines()
    assert err[1] == "相近的单位有："
    offered = [line.strip() for line in err[2:] if line.startswith("  ")]
    assert offered
    # 省发展改革委 and 省卫生健康委 share only 省 and 委 with 省委: not offered.
    assert "省发展改革委" not in offered
    assert "省卫生健康委" not in offered
    assert all("省委" in name for name in offered), offered
    # A typo still finds its unit.
    assert "省发展改革委" in call("--lang", "zh", "unit", "省发改厅").stderr


def test_a_unit_with_no_task_in_a_role_is_said_plainly():
    out = call("--lang", "zh", "unit", "洛阳市人民政府", "--role", "lead").stdout
    assert out.strip() == "洛阳市人民政府无牵头任务。"


def test_units_alone_lists_the_units():
    listed = call("--lang", "zh", "list-units")
    alone = call("--lang", "zh", "units")
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout == listed.stdout


def test_a_status_named_in_a_hint_is_quoted_as_the_others_are():
    # The hints quote a status (报送“已完成”); this one wrote 推进中 bare.
    found = problem("day_not_completion", "2025年6月", status="推进中")
    # The template invites an expected day there (round-10 clerk): no "无需填写".
    assert found.render("zh").startswith("状态为“推进中”的，所填内容按预计完成日期收录")
