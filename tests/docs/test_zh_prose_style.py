"""The prose of the Chinese docs (docs/locale/zh_CN) writes days and numbers as Chinese does.

A day in Chinese prose is 2023年4月26日, not 2023-04-26; a number stands against the
Chinese around it with no space (共178项, docs/glossary.md "Numbers"). What a reader
types or reads as code (`2024-06-30`, an example's output) is quoted as code and left
as it is, and so is an impossible day given as an example of a wrong one (2024-02-30).
"""

from __future__ import annotations

import datetime
import re

import pytest
from babel.messages.pofile import read_po

from helpers import ROOT
from helpers.chinese_style import spaced_numbers
from helpers.docs_blocks import blocks, parts, shows_output_only

LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"
ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# The glossary page shows the wrong form (共 178 项) to say what the rule forbids.
SHOWS_THE_WRONG_FORM = {"glossary"}


def prose(text: str) -> str:
    """*text* without its code, its roles' targets, its HTML tags and its emphasis marks
    (a number in bold stands against the Chinese around it as any other)."""
    text = text.replace("**", "")
    return re.sub(r"`[^`]*`|\{[^{}]*\}|<[^>]*>", " ", text)


# A task is 第N项任务 (docs/glossary.md), never 任务N; a range of rows or lines is
# written with the 一字线 (第42—43行), not the English en dash.
BARE_TASK = re.compile(r"任务\d{1,3}(?![\d年月])")  # not 任务2024年9月15日才完成
EN_DASH_RANGE = re.compile(r"第\d+–\d+")
# A citation is written closed up against the Chinese around it, as the print writes it:
# 豫政〔2023〕17号附件4, 《…》第3条 (issue 23, reader17). A space beside a document
# number, a title in 《》, an attachment or an article is a space inside the citation.
_CITATION = r"(?:〔\d{4}〕\d+号|《[^《》]*》|附件\d+|第[\d一二三四五六七八九十]+条)"
SPACED_CITATION = re.compile(
    rf"{_CITATION} +(?=[\u4e00-\u9fff《〔（])|(?<=[\u4e00-\u9fff》）]) +(?={_CITATION})"
)


def real_days(text: str) -> list[str]:
    """The ISO days in *text* that are days of the calendar."""
    found = []
    for match in ISO.finditer(text):
        try:
            datetime.date(*(int(g) for g in match.groups()))
        except ValueError:
            continue
        found.append(match.group())
    return found


def _strings(page):
    """The page's translated prose: each message, but of a code block only its comments
    (its code is typed as written, its output is the command's, checked by
    tests/docs/test_zh_blocks.py against what the command prints)."""
    code = {block.text: block for block in blocks(page)}
    with (LOCALE / f"{page}.po").open("rb") as f:
        catalog = read_po(f)
    for message in catalog:
        if message.id and message.string:
            string = message.string if isinstance(message.string, str) else message.string[0]
            block = code.get(message.id)
            if block is None:
                yield string
            else:
                output_only = shows_output_only(block)
                yield from parts(block.language, string, output_only=output_only).comments


def test_the_checks_can_fail():
    assert real_days(prose("河南省人民政府于 2023-04-26 印发")) == ["2023-04-26"]
    assert real_days(prose("写作 `2024-06-30`；不存在的日期（2024-02-30）会明确指出")) == []
    assert spaced_numbers(prose("共 178 项任务"))
    assert not spaced_numbers(prose("共178项任务，UTF-8 编码，`dg-plan due --in 2024H1` 命令"))
    # Issue 23's slip: a number in bold after a space.
    assert spaced_numbers(prose("退出状态为 **3**"))
    assert BARE_TASK.search(prose("下例中任务5有两个牵头单位"))
    assert not BARE_TASK.search(prose("下例中第5项任务有两个牵头单位"))
    assert EN_DASH_RANGE.search(prose("`list.txt 第3–12行`")) is None  # code: as typed
    assert EN_DASH_RANGE.search("list.txt 第3–12行")
    assert SPACED_CITATION.search(prose("豫政〔2023〕17号 附件4"))
    assert SPACED_CITATION.search(prose("《河南省数字政府建设重点任务清单》 第3条"))
    assert SPACED_CITATION.search(prose("见 《清单》"))
    assert not SPACED_CITATION.search(prose("豫政〔2023〕17号附件4，《清单》第3条"))
    assert not SPACED_CITATION.search(prose("`豫政〔2023〕17号 附件4` 是代码"))


@pytest.mark.parametrize("page", sorted(p.stem for p in LOCALE.glob("*.po")))
def test_the_chinese_prose_writes_days_and_numbers_as_chinese(page):
    days = [s for s in _strings(page) if real_days(prose(s))]
    assert days == []
    if page not in SHOWS_THE_WRONG_FORM:
        assert [s for s in _strings(page) if spaced_numbers(prose(s))] == []


@pytest.mark.parametrize("page", sorted(p.stem for p in LOCALE.glob("*.po")))
def test_the_chinese_prose_names_tasks_and_ranges_as_chinese(page):
    strings = list(_strings(page))
    assert [s for s in strings if BARE_TASK.search(prose(s))] == []
    # A range quoted as the command line prints it (in code) is the command's output.
    assert [s for s in strings if EN_DASH_RANGE.search(s)] == []


@pytest.mark.parametrize("page", sorted(p.stem for p in LOCALE.glob("*.po")))
def test_a_citation_has_no_space_inside(page):
    strings = list(_strings(page))
    assert [s for s in strings if SPACED_CITATION.search(prose(s))] == []
