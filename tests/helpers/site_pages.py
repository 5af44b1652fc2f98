"""Reading the static site's pages as a checker would: with html.parser, not with dg_plan.

:func:`read_page` parses one page into what the site's tests look at: the ``lang`` of
``<html>``, the headings, the links and other references, the ids, the form fields
and their labels, the text of each definition list, and every run of text with the
language it is in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Elements that have no end tag.
_VOID = frozenset({"meta", "link", "input", "br", "img", "hr", "source", "wbr"})


@dataclass
class Link:
    href: str
    text: str = ""
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class ParsedPage:
    path: Path
    lang: str = ""
    title: str = ""
    headings: list[tuple[int, str]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # Every URL the page refers to: a, link, script, img, form actions.
    references: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    inputs: list[dict[str, str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # their for= targets
    # Each <dl>'s pairs (term, the definition's text and its links' hrefs).
    fields: list[list[tuple[str, str, list[str]]]] = field(default_factory=list)
    # Each run of text outside <title>, <script> and <style>: (text, its language,
    # the classes of the elements around it).
    texts: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    # Each list item of class "tasks": the hrefs of its links.
    task_items: list[list[str]] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, page: ParsedPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.stack: list[tuple[str, str, frozenset[str]]] = []  # (tag, lang, classes)
        self.heading: list[object] | None = None
        self.link: Link | None = None
        self.in_title = False
        self.term: str | None = None
        self.in_term = False
        self.definition: list[object] | None = None
        self.item: list[str] | None = None

    def _lang(self) -> str:
        return self.stack[-1][1] if self.stack else ""

    def _classes(self) -> frozenset[str]:
        return frozenset(c for _t, _l, cs in self.stack for c in cs)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        lang = a.get("lang", self._lang())
        if tag == "html":
            self.page.lang = a.get("lang", "")
        if "id" in a:
            self.page.ids.append(a["id"])
        for name in ("href", "src", "action"):
            if name in a and tag in {"a", "link", "script", "img", "form"}:
                self.page.references.append(a[name])
        if tag == "a" and "href" in a:
            self.link = Link(a["href"], "", a)
            if self.definition is not None:
                self.definition[1].append(a["href"])  # type: ignore[attr-defined]
            if self.item is not None:
                self.item.append(a["href"])
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.heading = [int(tag[1]), ""]
        if tag == "title":
            self.in_title = True
        if tag == "input":
            self.page.inputs.append(a)
        if tag == "label" and "for" in a:
            self.page.labels.append(a["for"])
        if tag == "dl":
            self.page.fields.append([])
        if tag == "dt":
            self.term, self.in_term = "", True
        if tag == "dd":
            self.definition = ["", []]
        if tag == "li" and self.stack and "tasks" in self.stack[-1][2]:
            self.item = []
        if tag not in _VOID:
            self.stack.append((tag, lang, frozenset(a.get("class", "").split())))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            top = self.stack.pop()[0]
            if top == tag:
                break
        if tag == "a" and self.link is not None:
            self.page.links.append(self.link)
            self.link = None
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and self.heading is not None:
            self.page.headings.append((self.heading[0], self.heading[1].strip()))  # type: ignore[arg-type]
            self.heading = None
        if tag == "title":
            self.in_title = False
        if tag == "dt":
            self.in_term = False
        if tag == "dd" and self.definition is not None:
            text, hrefs = self.definition
            self.page.fields[-1].append((self.term or "", str(text).strip(), hrefs))  # type: ignore[arg-type]
            self.definition = None
        if (
            tag == "li"
            and self.item is not None
            and (not self.stack or "tasks" in self.stack[-1][2])
        ):
            self.page.task_items.append(self.item)
            self.item = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page.title += data
            return
        if any(t in {"script", "style"} for t, _l, _c in self.stack):
            return
        if data.strip():
            self.page.texts.append((data, self._lang(), self._classes()))
        if self.link is not None:
            self.link.text += data
        if self.heading is not None:
            self.heading[1] += data  # type: ignore[operator]
        if self.in_term:
            self.term = (self.term or "") + data
        if self.definition is not None:
            self.definition[0] += data  # type: ignore[operator]


def read_page(path: Path) -> ParsedPage:
    """Parse the page at *path*."""
    page = ParsedPage(path)
    _Parser(page).feed(path.read_text(encoding="utf-8"))
    return page


def target(page: Path, reference: str) -> tuple[Path, str]:
    """The file a relative reference on *page* points to, and its fragment."""
    parts = urlsplit(reference)
    assert not parts.scheme, reference
    assert not parts.netloc, reference
    if not parts.path:
        return page, parts.fragment
    return (page.parent / unquote(parts.path)).resolve(), parts.fragment


def search_index(path: Path) -> list[list[object]]:
    """The entries of a search-index.js: the JSON array it assigns."""
    text = path.read_text(encoding="utf-8")
    prefix = "window.dgPlanTasks = "
    assert text.startswith(prefix), text[:80]
    return json.loads(text[len(prefix) :].rstrip().rstrip(";"))


def task_numbers(page: ParsedPage) -> list[int]:
    """The numbers of the tasks a page lists (its ``ul.tasks`` items), in order."""
    numbers = []
    for hrefs in page.task_items:
        first = hrefs[0]
        assert "tasks/" in first, first
        numbers.append(int(first.rsplit("/", 1)[1].removesuffix(".html")))
    return numbers
