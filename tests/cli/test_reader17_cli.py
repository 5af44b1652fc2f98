"""The seventeenth reader's faults outside tracking (issue 23), each as a 公文 reads it.

- 3. due --overdue --done: a heading, then a sentence on what the file left out, not a
  bracketed clause glued after the heading.
- 5. A unit's tasks in one role are headed as tasks' lists are: 省发展改革委牵头的任务：共25项,
  not 牵头任务共25项 after the unit's name and a colon.
- 7. track withdraw --help says what becomes of the ledger file, not 整体写回台账.
- 8. overview: the block is titled 各章节任务数, as the next is 各完成时限的任务数; its
  column 章节 no longer repeats the title word for word.
- 9. show: the heading line is 第18项任务 alone; the section is a labelled line as the
  完成时限 is, and the page is the 出处 line's. No ｜ between parts. English unchanged.

Expected figures come from the print: 省发展改革委 leads 25 tasks and is 负责 for 7
(units.md's table), 省公安厅 leads 19; task 18 is on page 47 in
一、（一）构建政府数字化履职能力体系; task 37 is due 2023年6月底前, task 40 2025年12月底前.
"""

from __future__ import annotations

from helpers.cli import call
from helpers.cli import succeeds as ok

# -- 3 ----------------------------------------------------------------------------------


def test_due_done_says_what_it_left_out_in_a_sentence_under_the_heading(tmp_path):
    done = tmp_path / "done.txt"
    # 37 is past its deadline (2023年6月底前) on 2024-07-01; 40 (2025年12月底前) is not.
    done.write_text("37\n40\n", encoding="utf-8")
    args = ("due", "--overdue", "--as-of", "2024-07-01", "--done", str(done))
    zh = ok("--lang", "zh", *args).splitlines()
    assert zh[0].startswith("截至2024年7月1日已过完成时限的任务：共")
    assert zh[1] == f"“{done}”所列已完成任务中，已过完成时限的1项未列入。"
    assert not [line for line in zh if "（" in line and "不计入" in line]
    en = ok("--lang", "en", *args).splitlines()
    assert en[1] == f"(less the 1 task listed as done in {done} that is past its deadline)"


def test_due_done_with_nothing_left_out_says_so_in_a_sentence(tmp_path):
    done = tmp_path / "done.txt"
    done.write_text("40\n", encoding="utf-8")
    args = ("due", "--overdue", "--as-of", "2024-07-01", "--done", str(done))
    zh = ok("--lang", "zh", *args).splitlines()
    assert zh[1] == f"“{done}”所列已完成的任务均未过完成时限。"
    assert "（" not in zh[0]


def test_due_done_leaving_out_every_overdue_task_is_one_sentence(tmp_path):
    done = tmp_path / "done.txt"
    # On 2023-07-01 only 2023年6月底前's two tasks (37 and one more) are overdue.
    overdue = ok("--lang", "en", "due", "--overdue", "--as-of", "2023-07-01", "--json")
    import json  # noqa: PLC0415

    numbers = [t["number"] for t in json.loads(overdue)]
    done.write_text("\n".join(map(str, numbers)), encoding="utf-8")
    zh = ok("--lang", "zh", "due", "--overdue", "--as-of", "2023-07-01", "--done", str(done))
    assert zh.strip() == (
        f"截至2023年7月1日，除“{done}”所列已完成任务中已过完成时限的{len(numbers)}项外，"
        "无已过完成时限的任务。"
    )


# -- 5 ----------------------------------------------------------------------------------


def test_a_units_tasks_in_one_role_are_headed_as_tasks_lists_are():
    unit = ok("--lang", "zh", "unit", "省发展改革委", "--role", "lead").splitlines()[0]
    # Reader 19: the unit by its name, as tasks --unit names it; the full name on a line
    # of its own under the heading.
    assert unit == "省发展改革委牵头的任务：共25项"
    responsible = ok("--lang", "zh", "unit", "省发展改革委", "--role", "responsible")
    assert responsible.splitlines()[:2] == [
        "省发展改革委负责的任务：共7项",
        "全称：河南省发展和改革委员会",
    ]
    tasks = ok("--lang", "zh", "tasks", "--unit", "省公安厅", "--role", "lead").splitlines()[0]
    assert tasks == "省公安厅牵头的任务：共19项"
    # One form: …的任务：共N项, never N项 after 任务共.
    for head in (unit, tasks):
        assert "任务共" not in head


# -- 7 ----------------------------------------------------------------------------------


def test_withdraw_help_says_what_becomes_of_the_ledger_file():
    for args in (("track", "withdraw", "--help"), ("track", "--help")):
        said = ok("--lang", "zh", *args)
        flat = "".join(line.strip() for line in said.splitlines())
        assert "整体写回" not in flat
        assert "撤回后直接保存到原台账文件，其他报送记录不变" in flat


# -- 8 ----------------------------------------------------------------------------------


def test_the_overview_titles_its_sections_block_apart_from_its_column():
    lines = ok("--lang", "zh", "overview").splitlines()
    title = lines.index("各章节任务数")
    assert lines[title + 1].split() == ["编号", "章节", "任务数"]
    # Titled as the next block is (各完成时限的任务数), not the bare column word.
    assert "章节" not in lines
    assert "各完成时限的任务数" in lines


# -- 9 ----------------------------------------------------------------------------------


def test_show_heads_a_task_with_its_number_and_labels_its_section():
    lines = ok("--lang", "zh", "show", "18").splitlines()
    assert lines[0] == "第18项任务"
    assert not [line for line in lines if "｜" in line]
    labelled = dict(line.split("：", 1) for line in lines if "：" in line[:10])
    assert labelled["所属章节"].strip() == "一、（一）构建政府数字化履职能力体系"
    assert labelled["完成时限"].strip() == "2023年12月底前（2023年12月31日）"
    assert labelled["出处"].strip() == "原文第47页"
    # The section line comes first, before the 完成时限 (the heading's order kept).
    assert lines.index(next(x for x in lines if x.startswith("所属章节"))) < lines.index(
        next(x for x in lines if x.startswith("完成时限"))
    )


def test_show_in_english_keeps_its_one_line_heading():
    head = ok("--lang", "en", "show", "18").splitlines()[0]
    assert head == (
        "Task 18 · 2023年12月底前 (2023-12-31) · section 1.1 一、（一）构建政府数字化履职能力体系 "
        "· page 47"
    )


def test_show_of_an_imported_task_without_a_page_has_no_empty_line(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text("一、机制\n1. 开展演练。（市公安局负责，2025年6月底前）\n", encoding="utf-8")
    plan = tmp_path / "plan.json"
    assert call("--lang", "zh", "import", str(listing), "-o", str(plan)).returncode == 0
    lines = ok("--lang", "zh", "--plan", str(plan), "show", "1").splitlines()
    assert lines[0] == "第1项任务"
    (section,) = [line for line in lines if line.startswith("所属章节：")]
    assert section.endswith("一、机制")


# -- search's result lines (zh18d) ---------------------------------------------------------


def test_search_spaces_a_result_lines_parts_as_a_table_row():
    # 豫事办 is in tasks 18 (2023年12月底前) and 125 (2024年6月底前), both led by the
    # bureau (the print); their parts spaced as a row, no ｜ (the form show dropped).
    lines = ok("--lang", "zh", "search", "豫事办").splitlines()
    heads = [line for line in lines if line.startswith("第")]
    assert heads == [
        "第18项  2023年12月底前  匹配1处  省行政审批政务信息管理局",
        "第125项  2024年6月底前  匹配1处  省行政审批政务信息管理局",
    ]
    assert not [line for line in lines if "｜" in line]
    english = ok("--lang", "en", "search", "豫事办").splitlines()
    assert "18 · 2023年12月底前 · 1 match · 省行政审批政务信息管理局" in english
