"""The import's last Chinese faults (issue #23, zh14a).

Expected Chinese is written by hand from the requirement, not copied from output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
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
    assert "责任单位（原文）" not in decided
    printed = _show(imported, 1)
    assert "责任单位（原文）：市数据局负责" in printed
