"""The frame every page of the site shares: its head, header, navigation and footer.

A page is written into its language's folder (``zh/`` or ``en/``) at a path such as
``tasks/18.html``; every link on it is relative (:func:`href`), so the site works
from any folder and from ``file://``. Every piece of text is escaped with
:func:`html.escape`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import attrs

from dg_plan._i18n import gettext as _
from dg_plan._version import __version__

__all__ = [
    "ASSETS",
    "LANG",
    "OTHER",
    "Page",
    "data",
    "e",
    "href",
    "prose",
    "render",
    "root_page",
    "table",
    "tag",
]

#: The value of the ``lang`` attribute for each of dg_plan's languages.
LANG = {"zh": "zh-CN", "en": "en"}
#: Each language's name in its own words, for the link to the other edition.
_ENDONYM = {"zh": "中文", "en": "English"}
#: The other edition of each language.
OTHER = {"zh": "en", "en": "zh"}
#: The shared files, in the site's ``assets/`` folder.
ASSETS = ("site.css", "search.js")


def e(value: object) -> str:
    """*value* as HTML text, escaped."""
    return html.escape(str(value))


def data(value: object, language: str) -> str:
    """A piece of the plan's data (Chinese) on a page in *language*: marked as Chinese."""
    if language == "zh":
        return e(value)
    return f'<span lang="zh-CN">{e(value)}</span>'


# A run of Chinese in an English sentence: ideographs, with the punctuation between them.
_CHINESE_RUN = re.compile(r"[\u3400-\u9fff][\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”]*")


def _is_chinese(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    chinese = sum(1 for c in letters if "\u3400" <= c <= "\u9fff")
    return 2 * chinese > len(letters)


def prose(value: str, language: str, own: str | None = None) -> str:
    """Free text in Chinese or English (a note), marked when not in *language*.

    *own* is the text's language, when known; otherwise it is told from the letters.
    The Chinese an English sentence quotes (a unit's name) is marked Chinese.
    """
    if own is None:
        own = "zh" if _is_chinese(value) else "en"
    if own == "zh":
        return e(value) if language == "zh" else f'<span lang="zh-CN">{e(value)}</span>'
    text = _CHINESE_RUN.sub(lambda m: f'<span lang="zh-CN">{m.group()}</span>', e(value))
    return text if language == "en" else f'<span lang="en">{text}</span>'


def tag(name: str, text: str, class_: str = "", *, for_: str = "") -> str:
    """An element holding *text*, escaped: ``tag("h2", "Parts")`` is ``<h2>Parts</h2>``."""
    attributes = (f' class="{e(class_)}"' if class_ else "") + (f' for="{e(for_)}"' if for_ else "")
    return f"<{name}{attributes}>{e(text)}</{name}>"


def table(rows: str, *headers: str) -> str:
    """A table: a head row of *headers* (text, escaped) above *rows* (HTML)."""
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def href(page: str, target: str) -> str:
    """The relative link from *page* to *target*, both paths within one language folder."""
    return "../" * page.count("/") + target


@attrs.frozen
class Page:
    """One page of the site, before its frame.

    Args:
        path: Its path within its language folder (``tasks/18.html``).
        title: Its title, plain text (the frame adds the plan's).
        body: The HTML inside ``<main>``, starting with the page's one ``<h1>``.
        search_box: Whether the header has the search box (the search page has its own).
        scripts: Scripts to load at the end of the body, paths within the language folder.
    """

    path: str
    title: str
    body: str
    search_box: bool = True
    scripts: tuple[str, ...] = ()


def _header(page: Page, language: str) -> str:
    up = "../" * (page.path.count("/") + 1)
    other = OTHER[language]
    items = [
        (href(page.path, "index.html"), _("Home")),
        (href(page.path, "units/index.html"), _("Units")),
        (href(page.path, "deadlines/index.html"), _("Deadlines")),
        (href(page.path, "search.html"), _("Search")),
    ]
    links = "".join(f'<li><a href="{e(h)}">{e(text)}</a></li>' for h, text in items)
    links += (
        f'<li><a href="{e(up + other + "/" + page.path)}" lang="{LANG[other]}" '
        f'hreflang="{LANG[other]}">{e(_ENDONYM[other])}</a></li>'
    )
    search = ""
    if page.search_box:
        search = (
            f'<form role="search" action="{e(href(page.path, "search.html"))}" method="get">'
            + tag("label", _("Search the tasks"), for_="site-search")
            + ' <input id="site-search" name="q" type="search"> '
            + tag("button", _("Search"))
            + "</form>"
        )
    label = _("Site")
    return f'<header><nav aria-label="{e(label)}"><ul>{links}</ul></nav>{search}</header>'


def render(page: Page, language: str, plan_title: str) -> str:
    """The whole HTML document of *page* in *language*."""
    up = "../" * (page.path.count("/") + 1)
    other = OTHER[language]
    skip = _("Skip to the content")
    title = f"{page.title} · {plan_title}" if page.title != plan_title else plan_title
    scripts = "".join(f'<script src="{e(href(page.path, s))}"></script>' for s in page.scripts)
    made = _("Made by dg_plan {version}. The plan's text is the official document's.").format(
        version=__version__
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{LANG[language]}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n"
        f'<link rel="stylesheet" href="{e(up)}assets/site.css">\n'
        f'<link rel="alternate" hreflang="{LANG[other]}" '
        f'href="{e(up + other + "/" + page.path)}">\n'
        "</head>\n<body>\n"
        f'<a class="skip" href="#main">{e(skip)}</a>\n'
        f"{_header(page, language)}\n"
        f'<main id="main">\n{page.body}\n</main>\n'
        f"<footer><p>{e(made)}</p></footer>\n"
        f"{scripts}"
        "</body>\n</html>\n"
    )


def root_page(plan_title: str, languages: Iterable[str]) -> str:
    """The site's entry page: the plan's title and a link to each edition."""
    links = "".join(
        f'<li><a href="{code}/index.html" lang="{LANG[code]}" hreflang="{LANG[code]}">'
        f"{e(_ENDONYM[code])}</a></li>"
        for code in languages
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{LANG["zh"]}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(plan_title)}</title>\n"
        '<link rel="stylesheet" href="assets/site.css">\n'
        "</head>\n<body>\n"
        f'<main id="main">\n<h1>{e(plan_title)}</h1>\n'
        f'<nav aria-label="语言 / Language"><ul>{links}</ul></nav>\n</main>\n'
        "</body>\n</html>\n"
    )
