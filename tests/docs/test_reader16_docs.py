"""The sixteenth reader's findings on the Chinese docs (issue 23, reader16 faults 13, 17, 18).

Expected Chinese from the reader's request, the command line's words (关系图, 济源示范区
管委会) and the glossary (不列为任务 for 跳过).
"""

from __future__ import annotations

from babel.messages.pofile import read_po

from helpers import ROOT

LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"
PAGES = sorted(p.stem for p in LOCALE.glob("*.po"))


def _translations(page):
    with (LOCALE / f"{page}.po").open("rb") as f:
        return [m.string for m in read_po(f) if m.id and isinstance(m.string, str)]


def _depth(text):
    """How deep round brackets nest in *text* (a 文号's 〔〕 is part of its name)."""
    depth = deepest = 0
    for c in text:
        if c in "（(":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "）)":
            depth -= 1
    return deepest


def test_no_page_says_tu_shitu_or_tiaoguo():
    # Fault 17: 图视图 is no Chinese word; the command line says 关系图. Fault 13: 跳过 is
    # software jargon (the glossary page names it as the replaced word, so it is left out).
    for page in PAGES:
        said = " ".join(_translations(page))
        assert "图视图" not in said, page
        assert "了结此问题" not in said, page
        if page != "glossary":
            assert "跳过" not in said, page
    importing = " ".join(_translations("importing"))
    assert "所有查询、导出、关系图和命令行功能都适用于导入的清单" in importing
    assert "可处理此问题" in importing


def test_the_importing_page_shows_a_problem_in_chinese():
    # Fault 17: the Chinese edition's example printed only English problems.
    importing = _translations("importing")
    assert any(
        'render("zh")' in s and "第2项任务：完成时限“明年”无法识别，请核对" in s for s in importing
    )
    assert any(s.startswith("问题和说明默认以英文输出") for s in importing)


def test_brackets_nest_no_deeper_than_two_in_the_tracking_and_round_pages():
    # Fault 18: the one-notice-a-day paragraph nested brackets four deep, the round page
    # 已报送但尚未完成（已报送未完成（未到期））.
    [notice] = [s for s in _translations("tracking") if s.startswith("每个单位每天只发一份通知")]
    assert _depth(notice) <= 2
    round_page = " ".join(_translations("round"))
    assert "（已报送未完成（未到期））" not in round_page
    assert "17个省辖市、济源和航空港区" not in round_page
    assert "17个省辖市政府、济源示范区管委会和航空港区管委会" in round_page
