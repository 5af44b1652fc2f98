"""One form per concept in the Chinese interface, outside tracking (issue 23, a second reader).

Each expected text comes from the glossary (docs/glossary.md) or the print: a task is
第N项任务 (第N项 in a row or a link), a section is numbered as the print numbers it
(一、 for a part, （一） under it), the list of commands is headed 命令, searching is
检索, another name is 别称, the plan's progress is 推进情况.
"""

from __future__ import annotations

import re

import pytest

from helpers.cli import call
from helpers.cli import succeeds as ok
from helpers.glossary import forbidden


def test_show_names_the_task_and_its_section_as_the_print_does():
    head = ok("--lang", "zh", "show", "18").splitlines()[0]
    # Task 18 is in part 一 of the print, subsection （一） 构建政府数字化履职能力体系.
    assert head.startswith("第18项任务｜")
    assert "｜一、（一）构建政府数字化履职能力体系｜" in head
    assert "章节1.1" not in head
    # A task directly under a part: the part's heading (the imported plans have such).
    part = ok("--lang", "zh", "show", "1").splitlines()[0]
    assert "｜一、（一）" in part
    # search's rows say 第N项, as the glossary's short form.
    assert re.search(r"(?m)^第121项｜", ok("--lang", "zh", "search", "数据共享"))


def test_no_message_names_a_task_by_a_bare_number():
    from babel.messages.pofile import read_po  # noqa: PLC0415

    from helpers import ROOT  # noqa: PLC0415

    po = ROOT / "src" / "dg_plan" / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.po"
    with po.open("rb") as f:
        strings = [m.string for m in read_po(f) if m.id and isinstance(m.string, str)]
    assert [s for s in strings if re.search(r"(?<!项)任务\{(number|task)\}", s)] == []


@pytest.mark.parametrize(("args", "heading"), [([], "命令："), (["track"], "操作：")])
def test_the_commands_are_headed_as_commands(args, heading):
    out = ok("--lang", "zh", *args, "--help")
    assert f"\n{heading}\n" in out
    assert "\n参数：\n" not in out  # argparse's "positional arguments"
    # Before the options, where argparse puts the positionals.
    assert out.index(heading) < out.index("选项：")
    english = ok("--lang", "en", *args, "--help")
    assert "\npositional arguments:\n" not in english


def test_a_written_file_is_said_once(tmp_path):
    out = ok("--lang", "zh", "export", "xlsx", str(tmp_path / "plan.xlsx"))
    assert out.strip() == f"已将任务清单导出为 {tmp_path / 'plan.xlsx'}"
    out = ok("--lang", "zh", "export", "sqlite", str(tmp_path / "plan.db"))
    assert "（xlsx）" not in out
    assert "（sqlite）" not in out
    assert f"已生成 Datasette 元数据文件 {tmp_path / 'plan.metadata.json'}，发布命令：" in out
    # English says as before what it wrote and in which format.
    assert ok("--lang", "en", "export", "csv", str(tmp_path / "p.csv")).startswith("wrote ")


def test_platform_kinds_are_chinese_words():
    out = ok("--lang", "zh", "list-platforms", "--help")
    assert "code（赋码类）" in out
    assert "（码）" not in out
    table = ok("--lang", "zh", "list-platforms", "--kind", "code")
    assert "豫服码" in table
    assert "赋码类" in table


def test_searching_has_one_word_everywhere(tmp_path):
    site = tmp_path / "site"
    assert call("--lang", "zh", "site", str(site)).returncode == 0
    page = (site / "zh" / "search.html").read_text(encoding="utf-8")
    assert "检索任务" in page
    assert "搜索" not in page
    assert "检索" in ok("--lang", "zh", "search", "--help")
    assert forbidden()["搜索"].chinese == "检索"


def test_the_sites_home_names_the_document_number_and_a_natural_footer(tmp_path):
    site = tmp_path / "site"
    assert call("--lang", "zh", "site", str(site)).returncode == 0
    home = (site / "zh" / "index.html").read_text(encoding="utf-8")
    # The print's 豫政〔2023〕17号 is its document number: 文号, not 文件.
    assert re.search(r"<dt>文号</dt>\s*<dd>豫政〔2023〕17号", home), home
    footer = re.search(r"<footer>(.*?)</footer>", home, re.DOTALL)
    assert footer
    text = re.sub(r"<[^>]+>", "", footer[1])
    assert re.fullmatch(r"本页由 dg_plan \S+版生成，任务内容以原文为准。", text), text
    # The units' index counts tasks in each role: 牵头, 负责, 配合 (list-units' words).
    units = (site / "zh" / "units" / "index.html").read_text(encoding="utf-8")
    assert "<th>牵头</th><th>负责</th><th>配合</th>" in units


def test_the_glossary_forbids_the_second_words():
    replaced = forbidden()
    assert replaced["又称"].chinese == "别称"
    assert replaced["落实情况"].chinese == "推进情况"
    assert replaced["搜索"].chinese == "检索"


def test_one_search_result_states_no_order():
    # Only task 61 names 河南链 (政务区块链“河南链”): one task, nothing to order.
    head = ok("--lang", "zh", "search", "河南链").splitlines()[0]
    assert head == "检索“河南链”：共1项"
    assert "（按匹配次数排序）" in ok("--lang", "zh", "search", "数据共享").splitlines()[0]


def test_an_unknown_header_is_said_in_words(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in (["某市清单"], ["序号", "项目名称", "完成时限"], ["1", "建设数据库", "2024年底前"]):
        book.active.append(row)
    path = tmp_path / "清单.xlsx"
    book.save(path)
    err = call("--lang", "zh", "import", str(path)).stderr
    # 项目名称 is no header the reader knows: said 未识别, not “→ ?”.
    assert "B2 项目名称（未识别）" in err
    assert "→ ?" not in err
    assert "B2 项目名称 → ?" in call("--lang", "en", "import", str(path)).stderr


def test_help_words_the_exit_status_and_the_csv_forms_as_prose():
    # The glossary's 退出状态, not 以状态1退出; choices in brackets and 或, no ASCII slash.
    assert "退出状态为1。" in ok("--lang", "zh", "import", "--help")
    export = ok("--lang", "zh", "export", "--help")
    assert "wide（宽表）或 long（长表）" in export
    assert " / " not in export
