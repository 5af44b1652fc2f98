"""The seventh reader's findings on the docs (issue 23, round 10).

- The Chinese tracking page showed the English output of a command before the Chinese:
  each edition shows a command's output in its own language first.
- Every prose message of the docs' catalogs is translated (a code block may stay as
  it is: an empty translation shows the English block).
- The full name of the collective 省直相关部门 is not 河南省直相关部门, a body that does not
  exist. Its later form, 河南省省直相关部门, doubled 省 (the eleventh and twelfth readers):
  the rule is now that a collective's full name writes out what its printed name shortens
  and adds nothing (tools/decisions.py, COLLECTIVE_FULL_NAMES), so 省直相关部门 is its own
  full name; the units page says the rule in both languages.
"""

from __future__ import annotations

import re
import unicodedata

from babel.messages.pofile import read_po

import dg_plan
from helpers import ROOT
from helpers.docs_blocks import OUTPUT, blocks

LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"


def _catalog(page):
    with (LOCALE / f"{page}.po").open("rb") as f:
        return {m.id: m.string for m in read_po(f) if m.id}


def _is_chinese(text):
    return any(unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH") for c in text)


def _speaks_chinese(text):
    # A command's output in Chinese: its first line is Chinese, with no English word
    # left once the program's and the files' names go (dg-plan, ledger.json).
    # (A file's name is its ASCII run: a Chinese sentence around it is kept.)
    line = re.sub(r"dg-plan|[\w./-]+\.[a-z]{2,4}\b", " ", text.splitlines()[0], flags=re.ASCII)
    return _is_chinese(line) and not re.search(r"[A-Za-z]{3,}", line)


def test_each_edition_shows_a_commands_output_in_its_language_first():
    for page in {page for page, _line in OUTPUT}:
        catalog = _catalog(page)
        first = {}
        for block in blocks(page):
            command = OUTPUT.get((page, block.text.splitlines()[0]))
            if command is not None and command not in first:
                first[command] = block
        assert first
        for command, block in first.items():
            shown_zh = catalog.get(block.text) or block.text
            assert _speaks_chinese(shown_zh), (page, block.line, command)


def test_the_english_tracking_page_shows_the_english_problems_first():
    shown = [b.text for b in blocks("tracking") if "--strict" not in b.text]
    english = next(i for i, t in enumerate(shown) if t.startswith("dg-plan: 2 problems"))
    chinese = next(i for i, t in enumerate(shown) if t.startswith("dg-plan：读取文件时发现"))
    assert english < chinese


def test_every_prose_message_of_the_docs_is_translated():
    untranslated = []
    for po in sorted(LOCALE.glob("*.po")):
        code = {b.text for b in blocks(po.stem)}
        untranslated += [
            (po.stem, m) for m, s in _catalog(po.stem).items() if not s and m not in code
        ]
    assert untranslated == []


def test_the_check_of_untranslated_prose_can_fail():
    code = {b.text for b in blocks("tracking")}
    assert "A ledger is not written over by mistake." not in code
    assert any(t.startswith("dg-plan: 2 problems") for t in code)


def test_the_provincial_collectives_full_names_add_nothing_to_the_printed_names():
    plan = dg_plan.load_plan()
    assert plan.unit("省直相关部门").full_name == "省直相关部门"
    assert plan.unit("省直各部门").full_name == "省直各部门"
    # What the print shortens is written out.
    assert plan.unit("各省辖市政府").full_name == "各省辖市人民政府"
    assert plan.unit("中央驻豫相关单位").full_name == "中央驻河南省相关单位"
    assert not [u.full_name for u in plan.units if u.full_name.startswith("河南省直")]
    assert not [u.full_name for u in plan.units if "省省直" in u.full_name]
    units = _catalog("units")
    # A table's cell (the rule's paragraph names the doubled form to say why not).
    assert not [m for m in units if m.startswith(("河南省直", "河南省省直"))]
    # The rule, said on the units page in both languages.
    page = (ROOT / "docs" / "units.md").read_text(encoding="utf-8")
    assert "河南省直" not in page
    assert "COLLECTIVE_FULL_NAMES" in page
    said = [s for m, s in units.items() if "COLLECTIVE_FULL_NAMES" in m]
    assert said, "the rule's paragraph is not in the units catalog"
    assert "全称即为原名" in said[0]
