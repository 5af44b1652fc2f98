"""The round-10 reader's findings on the command line in Chinese (issue 23).

Each expected line is written from the requirement (the glossary, a whole sentence, the
form the reader asked for), not copied from the output.
"""

from __future__ import annotations

import re

from helpers.cli import call, ok


def _zh(*args: str) -> str:
    return ok("--lang", "zh", *args)


# -- nothing found: a whole sentence, one form -------------------------------------------


def test_nothing_found_is_said_in_a_whole_sentence():
    assert _zh("due", "--in", "2030H1").strip() == "2030年上半年无到期任务。"
    assert _zh("due", "--within", "5", "--as-of", "2030-01-01").strip() == (
        "自2030年1月1日起5天内无到期任务。"
    )
    assert _zh("due", "--by", "2020-01-01").strip() == "2020年1月1日前（含当日）无到期任务。"
    assert _zh("due", "--between", "2020-01-01", "2020-02-01").strip() == (
        "2020年1月1日至2020年2月1日无到期任务。"
    )
    assert _zh("due", "--overdue", "--as-of", "2020-01-01").strip() == (
        "截至2020年1月1日无已过完成时限的任务。"
    )
    assert _zh("tasks", "--text", "不存在的词语").strip() == "没有符合条件的任务。"
    assert _zh("unit", "省审计厅", "--role", "support").strip().endswith("无配合任务。")
    # No listing of nothing: no "：无" left in any of them.
    for args in (("due", "--in", "2030H1"), ("tasks", "--text", "不存在的词语")):
        assert "：无" not in _zh(*args)
    # English says it in a sentence too.
    assert ok("tasks", "--text", "不存在的词语").strip() == "No task meets the criteria."


def test_due_by_says_the_day_is_included():
    # plan.due_by takes the tasks due on or before the day: the heading says so.
    out = _zh("due", "--by", "2023-06-30")
    assert out.splitlines()[0] == "2023年6月30日前（含当日）到期的任务：共2项"


# -- export: a space between Chinese and a Latin word ---------------------------------


def test_export_sets_the_format_apart_from_chinese(tmp_path):
    out = _zh("export", "csv", str(tmp_path / "tasks.csv"))
    assert out.strip() == f"已将任务清单导出为 CSV 文件“{tmp_path / 'tasks.csv'}”"


# -- show: one rule for the role lines, and a 出处 line for every task -------------------


def test_show_has_an_origin_line_for_a_task_of_the_print():
    out = _zh("show", "18")
    assert re.search(r"(?m)^出处：\s*原文第47页$", out)
    assert "页码及出处" not in _zh("show", "--help")


def test_show_prints_a_role_line_only_where_the_task_names_units_in_it(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(
        "一、任务\n1. 推进数据归集。（省大数据局牵头，省财政厅配合）\n"
        "2. 建设平台。（省发展改革委负责）\n",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.json"
    call("--lang", "zh", "import", str(listing), "-o", str(plan))
    first = _zh("--plan", str(plan), "show", "1")
    second = _zh("--plan", str(plan), "show", "2")
    assert "配合单位：" in first
    assert "负责单位：" not in first
    assert "负责单位：" in second
    assert "配合单位：" not in second
    assert re.search(r"(?m)^牵头单位：\s*—（无牵头单位）$", second)


def test_the_units_list_heads_its_first_column_as_the_glossary_does():
    assert _zh("list-units").splitlines()[0].split()[0] == "简称"


def test_track_status_help_is_a_verb_phrase():
    out = _zh("track", "--help")
    line = next(x for x in out.splitlines() if x.strip().startswith("status"))
    assert "按部分汇总各项任务的完成情况，或查看某一单位的任务状态" in line


# -- import: the user's words quoted as Chinese quotes them, a prefix restored in words --


def test_a_command_to_type_is_quoted_not_in_backticks(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("序号,主要任务,单位\n1,建设数据库,市大数据局\n", encoding="utf-8")
    result = call("--lang", "zh", "import", str(listing), "-o", str(tmp_path / "p.json"))
    said = result.stdout + result.stderr
    assert "`" not in said
    assert "“--column 责任单位=单位”" in said


def test_a_restored_prefix_is_said_in_words():
    out = _zh("show", "9")
    assert "清单中“司法厅”省略“省”字，补全为“省司法厅”" in out


# -- a file that is no ledger: one form ----------------------------------------------


def test_a_file_that_is_no_ledger_is_said_in_one_form(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{bad", encoding="utf-8")
    result = call("--lang", "zh", "track", "status", str(bad), "--as-of", "2024-12-31")
    assert result.returncode == 1
    assert "此文件不是台账文件（" in result.stderr
    assert "请检查是否选错了文件。" in result.stderr
    assert "不是台账：" not in result.stderr
