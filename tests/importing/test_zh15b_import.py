"""The import screen's and review workbook's wording, reader 14 (issue #23, zh15b).

Expected Chinese is written by hand from the requirement, not copied from output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dg_plan import importing
from dg_plan.importing.targets import Target
from helpers.cli import call

LIST = """某市2025年数字政府建设工作要点分工方案

一、夯实数字基础设施
1.推进电子政务外网向乡镇延伸，2025年6月底前实现全覆盖。（市大数据局牵头，市财政局配合）
2.完善市级政务云平台，提升云资源统一调度能力。（市大数据局负责，2025年12月底前完成）
二、提升政务服务效能
3.推进12345热线与110联动，2025年9月底前建立联动机制。市公安局、市政务服务中心负责。
4.加强数据安全管理，定期开展风险评估。
"""
DECISIONS = """[[decision]]
task = 1
starts = "推进电子政务外网"
deadline = "2025年6月底前"
reason = "任务内容写明了完成时限"

[[decision]]
task = 4
starts = "加强数据安全"
leads = ["市大数据局"]
reason = "按会议纪要由市大数据局牵头"
"""


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "list.txt").write_text(LIST, "utf-8")
    (tmp_path / "d.toml").write_text(DECISIONS, "utf-8")
    result = call(
        "--lang", "zh", "import", str(tmp_path / "list.txt"), "-o", str(tmp_path / "p.json"),
        "--decisions", str(tmp_path / "d.toml"), "--review", str(tmp_path / "r.xlsx"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return tmp_path, result.stdout


def _rows(folder: Path, sheet: int) -> list[tuple[object, ...]]:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(folder / "r.xlsx")
    return list(book.worksheets[sheet].iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("roles", "said"),
    [
        ('leads = ["市大数据局"]', "确定牵头单位"),
        ('responsible = ["市大数据局"]', "确定负责单位"),
        ('support = ["市大数据局"]', "确定配合单位"),
        ('leads = ["市大数据局"]\nsupport = ["市财政局"]', "确定责任单位"),
        ('deadline = "2025年底前"\nleads = ["市大数据局"]', "确定完成时限和牵头单位"),
        ('text = "加强数据安全管理。"\nsupport = ["市财政局"]', "修改任务内容、确定配合单位"),
    ],
)
def test_a_decision_on_one_role_names_that_role(tmp_path: Path, roles: str, said: str):
    # 责任单位 is all of a task's units: only a decision naming several roles sets them.
    (tmp_path / "list.txt").write_text(LIST, "utf-8")
    decision = f'[[decision]]\ntask = 4\nstarts = "加强数据安全"\n{roles}\nreason = "纪要"\n'
    (tmp_path / "d.toml").write_text(decision, "utf-8")
    result = call(
        "--lang", "zh", "import", str(tmp_path / "list.txt"), "-o", str(tmp_path / "p.json"),
        "--decisions", str(tmp_path / "d.toml"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"已按第1条审核意见{said}（理由：纪要）。" in result.stdout


def test_a_decision_on_the_leads_says_so_in_english(tmp_path: Path):
    (tmp_path / "list.txt").write_text(LIST, "utf-8")
    decision = '[[decision]]\ntask = 4\nleads = ["市大数据局"]\nreason = "minutes"\n'
    (tmp_path / "d.toml").write_text(decision, "utf-8")
    result = call(
        "--lang", "en", "import", str(tmp_path / "list.txt"), "-o", str(tmp_path / "p.json"),
        "--decisions", str(tmp_path / "d.toml"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "decision 1 applied (lead units set): minutes" in result.stdout


def test_what_a_decision_names_is_said_in_words(imported: tuple[Path, str]):
    # 所指任务 says the task as a sentence does, not the decisions file's keys.
    folder, screen = imported
    named = ["第1项任务（开头为“推进电子政务外网”）", "第4项任务（开头为“加强数据安全”）"]
    for said in named:
        assert said in screen
    assert "task = " not in screen
    rows = _rows(folder, 1)
    column = rows[0].index("所指任务")
    assert [r[column] for r in rows[1:] if r[column]] == named


@pytest.mark.parametrize(
    ("target", "wanted", "said"),
    [
        (Target(task=3), "task = 3", "第3项任务"),
        (
            Target(printed="3", starts="建立"),
            'printed = "3", starts = "建立"',
            "原序号为3的任务（开头为“建立”）",
        ),
        (Target(starts="建立"), 'starts = "建立"', "开头为“建立”的任务"),
        (Target(sheet="任务分工", row=7), 'sheet = "任务分工", row = 7', "“任务分工”表第7行"),
        (Target(line=12), "line = 12", "第12行"),
        (Target(task=2, printed="5"), 'task = 2, printed = "5"', "第2项任务（原序号为5）"),
        # Said from its values, not parsed back from its words (which turn ' into "):
        (Target(starts="建立'双随机'"), 'starts = "建立"双随机""', "开头为“建立'双随机'”的任务"),
    ],
)
def test_every_target_is_said_in_words(target: Target, wanted: str, said: str):
    assert target.wanted == wanted
    assert target.said("zh") == said


def test_a_task_naming_no_unit_is_said_one_way(imported: tuple[Path, str]):
    # Both problems about a task naming no unit say 未列出责任单位.
    _folder, screen = imported
    assert "第3项任务未列出责任单位，但内容中含有“负责”，可能有未读出的责任单位。" in screen
    assert "第4项任务未列出责任单位。" in screen
    assert "未列出单位" not in screen


def test_an_unread_column_says_which_columns_are_read(tmp_path: Path):
    # The column holding a task's words is 主要任务 (the glossary), never 任务内容.
    path = tmp_path / "list.csv"
    path.write_text(
        "类别,主要任务,牵头单位\n甲,做好城市管理。,市城管局\n乙,推进数字政府。,市大数据局\n",
        encoding="utf-8",
    )
    [problem] = importing.read(path).problems
    assert problem.render("zh") == (
        "未读取“类别”列（A2:A3）：可读取的列为序号、主要任务、完成时限和各类单位列，该列不在其中"
    )


def test_strict_lists_each_problem_as_the_listing_says_it(tmp_path: Path):
    # One sentence per problem, as the listing words it, ending with 。; its place in
    # brackets (no second colon); a value the sentence quotes is not quoted again.
    (tmp_path / "list.txt").write_text(
        "1.做好城市管理（市城管局，年内）\n2.推进数字政府\n", "utf-8"
    )
    result = call("--lang", "zh", "import", str(tmp_path / "list.txt"), "--strict")
    assert result.returncode == 1
    head, *lines = result.stderr.splitlines()
    assert head == f"dg-plan：导入“list.txt”时发现{len(lines)}处问题："
    assert "  第2项任务未列出责任单位（“list.txt”第2行）。" in lines
    for line in lines:
        assert line.endswith("。"), line
        assert line.count("：") <= 1, line
        # A place in brackets opens with its quoted file name (the glossary's "File
        # names"); no other quotation is nested in a bracket.
        assert "（“" not in line.replace("（“list.txt”", "（"), line


def test_the_workbook_says_a_task_printing_no_deadline_is_unspecified(imported: tuple[Path, str]):
    # The screen: 清单未注明完成时限，记为“未注明”; the workbook's cell says so too.
    folder, screen = imported
    assert "第4项任务：清单未注明完成时限，记为“未注明”" in screen
    rows = _rows(folder, 0)
    tasks = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert tasks[3]["完成时限（识别结果）"] == "未注明"
    # A deadline its text holds, not read, is no deadline left unspecified by the print.
    assert tasks[2]["完成时限（识别结果）"] != "未注明"
