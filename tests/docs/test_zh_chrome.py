"""The Chinese edition's page chrome is Chinese (issue 23).

The theme (Furo) ships no Chinese: docs/theme_locale holds its words for the Chinese
edition, and conf.py says in Chinese the few the theme writes without gettext (icon
titles, button labels) and the footer's copyright. Searching is 检索 (the glossary).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from helpers import ROOT

DOCS = ROOT / "docs"
CATALOG = DOCS / "theme_locale" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"


def _conf():
    pytest.importorskip("sphinx")
    spec = importlib.util.spec_from_file_location("dg_plan_docs_conf", DOCS / "conf.py")
    assert spec is not None
    assert spec.loader is not None
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    return conf


def _theme_words() -> set[str]:
    """What the theme's templates hand to gettext: _("…") and {% trans %}…{% endtrans %}."""
    furo = pytest.importorskip("furo")
    words = set()
    for template in Path(furo.__file__).parent.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        words |= set(re.findall(r'_\("([^"]+)"\s*\)', text))
        for found in re.findall(r"{%-?\s*trans\s*-?%}(.*?){%-?\s*endtrans", text, re.DOTALL):
            if "\n" not in found.strip():
                words.add(found.strip())
    return words


def test_the_theme_catalog_says_every_word_of_the_theme_in_chinese():
    with CATALOG.open("rb") as f:
        catalog = {m.id: m.string for m in read_po(f) if m.id}
    wanted = {"Back to top", "On this page", "Next", "Previous", "Search", "Skip to content"}
    assert wanted <= _theme_words() | {"Skip to content"}
    # Every word of the theme's templates (its footer's Sphinx link aside: its exact
    # text holds the template's spaces) has a Chinese translation.
    missing = {w for w in _theme_words() if not catalog.get(w) and "<a" not in w}
    assert missing == set()
    assert catalog["Search"] == "检索"
    assert not any("搜索" in s for s in catalog.values())


def test_the_chinese_edition_has_a_chinese_footer_and_chrome():
    conf = _conf()
    assert conf.locale_dirs[0] == "locale/"
    assert "theme_locale/" in conf.locale_dirs
    assert re.search(r"[\u4e00-\u9fff]", conf.COPYRIGHT_ZH)
    assert "developers" not in conf.COPYRIGHT_ZH
    furo = pytest.importorskip("furo")
    icons = (Path(furo.__file__).parent / "theme" / "furo" / "partials" / "icons.html").read_text(
        encoding="utf-8"
    )
    # Each icon title the theme writes in English is said in Chinese.
    for title in re.findall(r"<title>([^<{]+)</title>", icons):
        assert f"<title>{title}</title>" in conf.CHROME_ZH, title
