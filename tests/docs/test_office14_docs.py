"""The fourteenth office clerk's findings in docs/tracking.md, both editions (issue 21)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRACKING = ROOT / "docs" / "tracking.md"
CATALOG = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES" / "tracking.po"


def _paragraphs() -> list[str]:
    """The English edition's paragraphs, each on one line."""
    text = TRACKING.read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]


def _translations() -> list[str]:
    """The Chinese edition's paragraphs: every msgstr of the catalog."""
    text = CATALOG.read_text(encoding="utf-8")
    return re.findall(r'(?m)^msgstr "(.*)"$', text)


def test_every_place_says_a_missing_folder_is_one_line_exit_1():
    # The tool: `track collect nothere/` (with or without -o/--into) prints one line,
    # 文件夹不存在：nothere/, no usage, exit status 1 (tests/tracking/test_office13.py).
    english = [p for p in _paragraphs() if "collect nothere/" in p]
    chinese = [p for p in _translations() if "collect nothere/" in p]
    assert english
    assert chinese
    for said in english:
        assert "exit status 1" in said, said
        assert "exit status 2" not in said, said
        assert "before the usage" not in said, said
    for said in chinese:
        assert re.search("退出状态为?1", said), said
        assert not re.search("退出状态为?2", said), said
        assert "用法之前" not in said, said


def test_the_docs_say_how_to_keep_the_lines_to_check_when_saving_collects_output():
    # 提示 and 需核实 go to standard error (not changed): the docs say to keep both
    # streams (> log.txt 2>&1), and that the report's 四、 lists the 需核实 reports again.
    english = [p for p in _paragraphs() if "需核实" in p and "2>&1" in p]
    chinese = [p for p in _translations() if "需核实" in p and "2>&1" in p]
    for said in (*english, *chinese):
        assert "> log.txt 2>&1" in said, said
        assert "四、前后报送不一致的情况" in said, said
    assert len(english) == 1
    assert len(chinese) == 1
    assert "standard error" in english[0]
    assert "标准错误" in chinese[0]
