"""The fourteenth reader's findings on the Chinese docs (issue 23, reader14 faults 16-19, 23).

Expected Chinese from the reader's request, the command line's help and the glossary.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from helpers import ROOT
from helpers.chinese_style import spaced_numbers
from helpers.docs_blocks import blocks

LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"


def _translations(page):
    with (LOCALE / f"{page}.po").open("rb") as f:
        return [m.string for m in read_po(f) if m.id and isinstance(m.string, str)]


def test_the_tracking_page_says_what_collect_prints_plainly():
    # Fault 19: two translationese sentences.
    said = " ".join(_translations("tracking"))
    assert "逐句计数" not in said
    assert "输出的前几行依次说明：" in said
    assert "每项一行。" in said
    assert "这样的路径单独说明，先于命令的其他错误" not in said
    assert "对这类路径，命令先于其他错误单独说明，不显示用法" in said


def test_a_version_is_part_of_its_name():
    # Fault 23: the glossary's rule, a name holding a digit is no number, so a space
    # parts the Chinese from it as from the Latin word.
    assert "dg_plan 需要 Python 3.10 或更高版本。" in " ".join(_translations("getting-started"))
    assert spaced_numbers("需要 Python 3.10 或更高版本") == []
    assert spaced_numbers("共 3 项任务")
    assert spaced_numbers("共3 项任务")


def test_the_importing_page_quotes_the_chinese_roles_as_the_help_names_them():
    # Fault 16: the Chinese role names stood between spaces, and the command line's
    # syntax kept its English placeholders where import --help says 用途=表头.
    said = " ".join(_translations("importing"))
    assert "ROLE=HEADER" not in said
    assert "`--column 用途=表头`" in said
    assert "“主要任务”“序号”“完成时限”“责任单位”“牵头单位”“负责单位”“配合单位”和“不读”" in said
    assert "中文名称 " not in said
    english = (ROOT / "docs" / "importing.md").read_text(encoding="utf-8")
    assert "the Chinese names 主要任务, 序号" in english


def test_the_importer_is_called_one_way():
    # Fault 17: 导入器 and 导入程序 for the same program; the glossary says 导入程序.
    for page in sorted(p.stem for p in LOCALE.glob("*.po")):
        if page != "glossary":
            assert "导入器" not in " ".join(_translations(page)), page
    said = " ".join(_translations("importing"))
    # The page names the importer often (9 times since the grammar table and the corpus
    # history moved to tests/importing/GRAMMAR.md, zh18c; 30 and more before).
    assert said.count("导入程序") >= 5
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    assert "| 导入程序 | 导入器 |" in glossary


def _prose(page):
    code = {block.text for block in blocks(page)}
    with (LOCALE / f"{page}.po").open("rb") as f:
        return [m.string for m in read_po(f) if m.id and m.id not in code and m.string]


def test_the_importing_page_has_no_paragraph_too_long_to_read():
    # Fault 18: a paragraph of 1,084 characters (what a code block shows is the
    # command's, not prose).
    assert [p[:30] for p in _prose("importing") if len(p) > 800] == []


@pytest.mark.parametrize("page", sorted(p.stem for p in LOCALE.glob("*.po")))
def test_no_sentence_is_too_long_to_read(page):
    # Fault 18: sentences of up to 390 characters on the importing page (270 to 345 on
    # four others). A 公文 reader takes 150 characters as long; none is over 250, but a
    # list that is all code, with no prose to split (embedding's note kinds).
    sentences = [s.strip() for p in _prose(page) for s in re.split(r"(?<=[。！？])", p)]
    too_long = [s for s in sentences if len(s) > 250]
    assert [s[:30] for s in too_long if len(re.sub(r"`[^`]*`", "", s)) > 60] == []
