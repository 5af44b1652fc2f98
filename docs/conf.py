"""Sphinx configuration for the dg_plan documentation.

Build it, fully offline, with warnings as errors::

    python -m sphinx -n -W --keep-going -b html docs docs/_build/html

and its Chinese edition (from the catalogs in ``docs/locale``) next to it::

    python -m sphinx -n -W --keep-going -b html -D language=zh_CN docs docs/_build/html/zh_CN
"""

from __future__ import annotations

import sys
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

import dg_plan  # noqa: E402

project = "dg_plan"
author = "The dg_plan developers"
copyright = "the dg_plan developers; the plan itself is an official document of 河南省人民政府"
release = dg_plan.__version__
version = ".".join(release.split(".")[:2])
language = "en"

# -- i18n ------------------------------------------------------------------------
# The Chinese edition is this source with the message catalogs of
# docs/locale/zh_CN/LC_MESSAGES/<page>.po (one per page; Sphinx compiles the .mo
# files when it builds). Pages without a catalog show their English text.
# After the English text changes, update the catalogs (Babel comes with Sphinx),
# then translate every new or fuzzy message (tests/docs/test_docs.py checks them):
#
#   python -m sphinx -b gettext docs docs/_build/gettext
#   for page in index getting-started cookbook data importing tracking round publishing \
#           units embedding graph strategies; do
#       pybabel update --ignore-obsolete --no-wrap -i docs/_build/gettext/$page.pot \
#           -d docs/locale -l zh_CN -D $page
#   done
#   python tools/docs_catalog_flags.py
#
# (Babel flags a message quoting the command line's {placeholders} as
# python-brace-format; the Chinese shows them filled in, and msgfmt -c refuses the
# flag: the tool takes it off those messages. tests/docs checks it.)
#
# A newly translated page: add --init-missing once, and add it to TRANSLATED there.
# api.po and changelog.po translate the headings of those two pages only (the pages
# stay English; HEADINGS_ONLY there): add a message there when a heading is added.
# theme_locale/ holds the Chinese words of the theme's page chrome (Back to top, On
# this page, the search box's 检索); Sphinx reads it before its own catalog.
locale_dirs = ["locale/", "theme_locale/"]
gettext_compact = False
gettext_uuid = False
# Code blocks are messages too, so that the Chinese edition can say its code comments
# and show the command line's output in Chinese. A block without a translation shows
# the English one; tests/docs/test_zh_blocks.py checks that a translated block's code
# is the English block's, comments aside, and reruns the commands whose output it shows.
# pybabel may match a changed block to an earlier message as fuzzy: translate it anew.
# (Sphinx's own i18n would show a translated block as "::" under MyST:
# dg_plan_docs.TranslateCodeBlocks puts the translations in place.)
gettext_additional_targets = ["literal-block"]

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "dg_plan_docs",  # docs/_ext: generated tables, API page, reference resolution
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "_ext", ".gitignore"]
# No intersphinx: the build must not touch the network. dg_plan_docs links
# standard-library names to docs.python.org without fetching an inventory.

# -- MyST ------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon -----------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
python_use_unqualified_type_names = True
python_maximum_signature_line_length = 88
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- HTML ------------------------------------------------------------------------
html_theme = "furo"
html_title = f"dg_plan {release}"
html_static_path = ["_static"]
html_css_files = ["dg_plan.css"]
html_show_sourcelink = False
html_last_updated_fmt = None
templates_path = ["_templates"]

# -- the two editions --------------------------------------------------------------
# The English edition is built to docs/_build/html, the Chinese one to
# docs/_build/html/zh_CN. Every page links to the same page of the other edition
# (_templates/page.html turns the announcement into that link), with a relative
# address, so the links also work when the pages are opened from the file system.
#: language -> (the other edition's root, relative to this one's; the link's text;
#: the other edition's language tag)
EDITIONS = {
    "en": ("zh_CN/", "中文版 (Chinese edition)", "zh-CN"),
    "zh_CN": ("../", "English edition (英文版)", "en"),
}


#: The Chinese edition's footer.
COPYRIGHT_ZH = "dg_plan 开发者；任务清单本身为河南省人民政府印发的公文"

#: Words the theme writes into every page without gettext (an icon's title, a
#: button's label), as the Chinese edition says them.
CHROME_ZH = {
    "<title>Contents</title>": "<title>目录</title>",
    "<title>Menu</title>": "<title>菜单</title>",
    "<title>Expand</title>": "<title>展开</title>",
    "<title>Light mode</title>": "<title>浅色模式</title>",
    "<title>Dark mode</title>": "<title>深色模式</title>",
    "<title>Auto light/dark, in light mode</title>": "<title>自动（当前为浅色）</title>",
    "<title>Auto light/dark, in dark mode</title>": "<title>自动（当前为深色）</title>",
    'aria-label="Toggle site navigation sidebar"': 'aria-label="显示或隐藏导航栏"',
    'aria-label="Toggle table of contents sidebar"': 'aria-label="显示或隐藏本页目录"',
    'aria-label="Toggle Light / Dark / Auto color theme"': 'aria-label="切换浅色、深色或自动配色"',
}


def _link_the_other_edition(app: Sphinx, config: Config) -> None:
    """Point the announcement at the other edition; ``-D language=`` is known only now."""
    root, text, tag = EDITIONS.get(config.language, EDITIONS["en"])
    config.html_theme_options = {**config.html_theme_options, "announcement": text}
    config.html_context = {**config.html_context, "other_edition": root, "other_lang": tag}
    if config.language == "zh_CN":
        config.copyright = COPYRIGHT_ZH


def _chrome_in_chinese(app: Sphinx, exception: Exception | None) -> None:
    """Say in Chinese the theme's words that no catalog reaches, in the Chinese edition."""
    if exception is not None or app.config.language != "zh_CN" or app.builder.format != "html":
        return
    for page in Path(app.outdir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        said = text
        for english, chinese in CHROME_ZH.items():
            said = said.replace(english, chinese)
        if said != text:
            page.write_text(said, encoding="utf-8")


def setup(app: Sphinx) -> None:
    """Choose the link to the other edition once the language is set."""
    app.connect("config-inited", _link_the_other_edition)
    app.connect("build-finished", _chrome_in_chinese)
