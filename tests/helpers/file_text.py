"""The text a person reads in a file dg_plan writes, read back without dg_plan.

Each reader returns the file's text as lines, one per cell, paragraph or block:

* :func:`xlsx_lines`: every sheet's name and every text cell of every sheet, read
  with python-calamine (numbers and dates are values, not text: :func:`xlsx_day_formats`
  says how the dates show, and :func:`xlsx_messages` what a cell's validation says);
* :func:`docx_lines`: the paragraphs, the table cells, the headers and footers, read
  with python-docx;
* :func:`html_lines`: the text of the page as a browser shows it, with what is shown
  on hover or read out (``title``, ``aria-label``, ``alt``, ``placeholder``) and the
  messages a script shows (``data-*``), read with html.parser; ``<script>``,
  ``<style>`` and every element marked English (``lang="en"``) are left out;
* :func:`ics_lines`: the calendar's names, summaries and descriptions;
* :func:`chinese_parts`: the Chinese half of the bilingual titles and descriptions of
  a JSON descriptor (``标题 · Title``; a description's paragraphs in Chinese).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

HAN = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def xlsx_lines(path: Path) -> list[str]:
    """Every sheet's name and the text of every cell of every sheet."""
    calamine = pytest.importorskip("python_calamine")
    book = calamine.CalamineWorkbook.from_path(str(path))
    lines = []
    for name in book.sheet_names:
        lines.append(name)
        for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False):
            lines += [cell for cell in row if isinstance(cell, str) and cell]
    return lines


def xlsx_day_formats(path: Path) -> set[str]:
    """The number formats the workbook shows its date cells in."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(path)
    return {
        cell.number_format
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, datetime.date)
    }


def xlsx_messages(path: Path) -> list[str]:
    """What a cell's data validation says in Excel: its prompt, and its error on a wrong entry."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(path)
    return [
        text
        for sheet in book.worksheets
        for rule in sheet.data_validations.dataValidation
        for text in (rule.promptTitle, rule.prompt, rule.errorTitle, rule.error)
        if text
    ]


def docx_lines(path: Path) -> list[str]:
    """The paragraphs, then every table cell, then the headers' and footers' paragraphs."""
    docx = pytest.importorskip("docx")
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    lines += [c.text for t in document.tables for row in t.rows for c in row.cells]
    for section in document.sections:
        for part in (section.header, section.footer):
            lines += [p.text for p in part.paragraphs]
    return [line for line in lines if line.strip()]


# Elements that start a new line of text, and those without an end tag.
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "label",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "section",
        "summary",
        "table",
        "td",
        "text",
        "th",
        "title",
        "tr",
        "ul",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
# Attributes a reader sees on hover or hears from a screen reader.
_SHOWN = ("title", "aria-label", "alt", "placeholder")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, left out)

    @property
    def hidden(self) -> bool:
        return any(left_out for _tag, left_out in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        english = values.get("lang", "").lower().startswith("en")
        left_out = tag in ("script", "style") or english
        if not (self.hidden or left_out):
            shown = [values[k] for k in _SHOWN if values.get(k)]
            shown += [v for k, v in values.items() if k.startswith("data-") and HAN.search(v)]
            self.parts += [f"\n{v}\n" for v in shown]
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag not in _VOID:
            self.stack.append((tag, left_out))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        if any(t == tag for t, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_lines(path: Path) -> list[str]:
    """The page's text as a browser shows it, one line per block; English left out."""
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    # HTML collapses its own white space (ASCII), not a full-width space (U+3000).
    lines = re.split(r"[\n\r\f]", "".join(parser.parts))
    collapsed = (re.sub(r"[ \t]+", " ", line).strip(" \t") for line in lines)
    return [line for line in collapsed if line]


def ics_lines(path: Path) -> list[str]:
    """The calendar's name and each event's summary and description (RFC 5545 text)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", path.read_text(encoding="utf-8"))
    lines = []
    for line in unfolded.splitlines():
        name, _, value = line.partition(":")
        if name.split(";")[0] in ("X-WR-CALNAME", "SUMMARY", "DESCRIPTION"):
            value = re.sub(r"\\([,;\\])", r"\1", value).replace("\\n", "\n").replace("\\N", "\n")
            lines += value.splitlines()
    return lines


def _chinese(text: str) -> bool:
    return len(HAN.findall(text)) > len(LATIN.findall(text))


def chinese_parts(
    descriptor: object, keys: tuple[str, ...] = ("title", "description")
) -> list[str]:
    """The Chinese half of every title and description in a JSON descriptor.

    A title is ``中文 · English`` (a Datasette column: ``中文 · English: what it is``): the
    part before `` · ``. A description is paragraphs, each in one language: the Chinese
    ones (more Chinese characters than Latin letters).
    """
    lines = []
    for key, value in _strings(descriptor):
        if key == "columns" or (key in keys and " · " in value):
            lines.append(value.split(" · ")[0])
        elif key in keys:
            lines += [p for p in value.split("\n\n") if _chinese(p)]
    return lines


def _strings(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    """Each string of a JSON value, with the key it is under (``columns`` for a column's)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, "columns" if key == "columns" else k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str):
        yield key, value
