"""The import's last Chinese faults (issue #23, zh14a).

Expected Chinese is written by hand from the requirement, not copied from output.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dg_plan import importing
from helpers.cli import call

LIST = """一、数字政府建设
1. 建设城市大脑（市数据局负责，长期）
2. 推进电子证照应用（市公安局，2025年第三季度）
3. 推进政务服务标准化，同时建立评价制度（市大数据局负责，2025年第三季度）
"""
DECISIONS = """[[decision]]
task = 2
starts = "推进电子证照"
text = "推进电子证照应用"
responsible = ["市公安局"]
reason = "括注中的市公安局为负责单位"

[[decision]]
task = 3
starts = "推进政务服务"
split = "同时建立"
reason = "两项任务"
"""


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    (tmp_path / "list.txt").write_text(LIST, "utf-8")
    (tmp_path / "d.toml").write_text(DECISIONS, "utf-8")
    result = call(
        "--lang", "zh", "import", str(tmp_path / "list.txt"), "-o", str(tmp_path / "p.json"),
        "--decisions", str(tmp_path / "d.toml"), "--review", str(tmp_path / "r.xlsx"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return tmp_path


def _show(folder: Path, number: int) -> str:
    result = call("--lang", "zh", "--plan", str(folder / "p.json"), "show", str(number))
    assert result.returncode == 0, result.stderr
    return result.stdout


def _rows(folder: Path, sheet: int) -> list[tuple[object, ...]]:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(folder / "r.xlsx")
    return list(book.worksheets[sheet].iter_rows(values_only=True))


def test_units_a_decision_gave_are_labelled_as_decided(imported: Path):
    decided = _show(imported, 2)
    assert "责任单位（按审核意见）：市公安局" in decided
    assert "清单所列责任单位" not in decided
    printed = _show(imported, 1)
    assert "清单所列责任单位：市数据局负责" in printed


def test_the_workbook_words_problems_as_the_screen_does(tmp_path: Path):
    (tmp_path / "list.txt").write_text(LIST, "utf-8")
    screen = call(
        "--lang", "zh", "import", str(tmp_path / "list.txt"), "-o", str(tmp_path / "p.json"),
        "--review", str(tmp_path / "r.xlsx"),
    )  # fmt: skip
    assert screen.returncode == 0, screen.stderr
    said = "第1项任务：完成时限“长期”无法识别，请核对。"
    assert said in screen.stdout
    tasks = _rows(tmp_path, 0)
    head = tasks[0]
    first = dict(zip(head, tasks[1], strict=True))
    assert first["问题"] == said
    assert first["完成时限（识别结果）"] == "未识别"
    # Every task problem a sentence naming its task.
    for row in tasks[1:]:
        cells = dict(zip(head, row, strict=True))
        for line in str(cells["问题"] or "").splitlines():
            assert line.startswith(f"第{cells['序号']}项任务"), line
            assert line.endswith("。"), line


def test_the_workbook_gives_a_decisions_reason_in_its_column(imported: Path):
    rows = _rows(imported, 1)
    head = rows[0]
    decided = [dict(zip(head, r, strict=True)) for r in rows[1:] if r[4]]
    assert [d["审核意见（理由）"] for d in decided] == ["括注中的市公安局为负责单位", "两项任务"]
    tasks = _rows(imported, 0)
    second = dict(zip(tasks[0], tasks[2], strict=True))
    assert str(second["问题"]).splitlines()[1] == (
        "第2项任务未列出责任单位，但内容中含有“（市公安局，2025年第三季度）”，可能有未读出的"
        "责任单位（已按审核意见处理，理由：括注中的市公安局为负责单位）。"
    )


def test_a_quarter_is_said_as_printed_everywhere(imported: Path):
    # Printed 2025年第三季度: the screens and the workbook say it so, with its day
    # (the quarter's last, 30 September) in brackets; never 2025年9月底前.
    kept = "完成时限按清单所列记为“2025年第三季度”（2025年9月30日）。"
    shown = _show(imported, 3)
    assert kept in shown
    overview = call("--lang", "zh", "--plan", str(imported / "p.json"), "overview").stdout
    tasks = _rows(imported, 0)
    third = dict(zip(tasks[0], tasks[3], strict=True))
    assert third["完成时限（识别结果）"] == "2025年第三季度（2025年9月30日）"
    assert kept in str(third["说明"]).splitlines()
    for said in (shown, overview, *(str(c) for r in tasks for c in r)):
        assert "9月底前" not in said


def test_a_split_closes_its_first_part_with_a_full_stop_and_says_so(imported: Path):
    # 推进政务服务标准化，同时建立… split at 同时建立: no task ends in a comma.
    shown = _show(imported, 3)
    assert "\n推进政务服务标准化。\n" in shown
    assert "已按第2条审核意见拆分任务，前一部分末尾的“，”改为“。”（理由：两项任务）。" in shown
    assert "\n同时建立评价制度\n" in _show(imported, 4)


def test_a_split_after_a_semicolon_closes_it_too():
    decisions = {"decision": [{"task": 1, "split": "同时", "reason": "两项"}]}
    result = importing.read_text("1. 做甲事；同时做乙事（省财政厅负责）", decisions=decisions)
    assert [t.text for t in result.plan.tasks] == ["做甲事。", "同时做乙事"]


def test_an_unread_column_of_the_export_gives_a_true_reason(tmp_path: Path):
    # dg_plan's Chinese export with its text column headed 任务内容, so not read as the
    # export (issue #20 reads the export as it is): its 到期日期 column is not read
    # because it is none of the columns the importer reads, not only because of the
    # sections' depth.
    export = call("--lang", "zh", "export", "csv", str(tmp_path / "tasks.csv"))
    assert export.returncode == 0, export.stderr
    with (tmp_path / "tasks.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[0][rows[0].index("主要任务")] = "任务内容"
    with (tmp_path / "cut.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    result = call("--lang", "zh", "import", str(tmp_path / "cut.csv"))
    assert result.returncode == 0, result.stderr
    [due] = [line for line in result.stdout.splitlines() if "未读取“到期日期”列" in line]
    assert "可读取的列为序号、主要任务、完成时限和各类单位列，该列不在其中" in due  # zh15b
