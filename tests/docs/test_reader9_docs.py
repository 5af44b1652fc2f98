"""The ninth reader's findings in the Chinese docs (issue 23)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"
NOTICES = ("督办通知", "催报通知", "退回修改通知", "重新报送通知")


def _translations() -> str:
    """Every msgstr of the Chinese docs catalogs, joined."""
    said = []
    for po in sorted(LOCALE.glob("*.po")):
        text = po.read_text(encoding="utf-8")
        pairs = re.findall(r'(?ms)^msgid (".*?")\nmsgstr (".*?")\n(?=\n|\Z|#)', text)
        # A table cell that is a Chinese term (the glossary's 翻译目录) is its own msgstr.
        said += [string for msgid, string in pairs if string != msgid]
    return "\n".join(said)


def test_the_chinese_docs_name_a_notice_file_by_the_units_name():
    # Fault 18: 单位名称-督办通知.docx, not {unit}-督办通知.docx, in the Chinese edition.
    said = _translations()
    for notice in NOTICES:
        assert f"{{unit}}-{notice}" not in said
        assert f"UNIT-{notice}" not in said
    for notice in NOTICES:
        assert f"单位名称-{notice}.docx" in said, notice


def test_the_gettext_catalog_has_one_chinese_name():
    # Fault 18: 消息目录 on every page, never 翻译目录.
    said = _translations()
    assert "翻译目录" not in said
    assert said.count("消息目录") >= 3
