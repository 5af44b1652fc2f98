"""A text list's title: which line before the first task names the list.

The rule, most telling first, among the lines before the first task:

1. the last *title line*: a line that is wholly one 《…》 (the brackets dropped), or that
   ends in a title word (方案, 要点, 清单, 计划, 分工, 分解, …: ``TITLE_ENDINGS``) and
   is no sentence (no 。, no comma), no heading (一、…) and no addressee (…：); a
   document number in brackets ending the line (…实施意见(池政〔2017〕101号)) is dropped
   from the title, and noted. A short
   line just above it with no punctuation, no date and no signature is the title's first
   half (a title printed over two lines);
2. else the first notice title: a line ``关于…的通知`` with no full stop; a notice that
   issues the list, ``关于印发X的通知`` or ``X印发关于Y的通知``, gives the list it issues
   (X; 关于Y), noted as the list the notice names;
3. else the list a covering notice names: ``现将《X》印发给你们`` / ``现将X予以分解`` gives X;
4. else the first line above the first heading that is no sentence (no 。, no comma), no
   addressee, no document number (…〔2021〕54号 or 號), no date and no signature (a line
   ending in the issuer's 人民政府办公厅, 办公室, 委员会, …).

A title that begins with a conjunction (和市政府工作报告…) is doubted
(:func:`doubtful_title`): it is the second half of a title printed over two lines whose
first half was not found, and the reader makes that a problem of the file.

Never an addressee line (ending in ： after 各…政府), a document number (…〔2023〕17号),
the issuer's signature line (陕西省人民政府办公厅) or a preamble sentence (ending in 。).
Lines above a title line of rule 1 are the covering notice: read as preamble, never as
headings.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from dg_plan._vocabulary import TITLE_ENDINGS, traditional_form

from .source import ATTACHMENT, PART, SUBSECTION

_WHOLE_BOOK = re.compile(r"^《([^《》]+)》$")
# A title word (also in traditional characters: 意見), then maybe a closing quote and a
# short bracketed qualifier: …若干政策(征求意见稿), …实施方案（试行）, …政策举措(2025年版).
_ENDS = re.compile(
    "(?:"
    + "|".join(sorted({*TITLE_ENDINGS, *map(traditional_form, TITLE_ENDINGS)}))
    + r")[》”]?(?:[（(][^（()）]{1,10}[)）])?$"
)
_SENTENCE = re.compile(r"[。，,；;：:!！?？]")
_DATE = re.compile(r"[0-9〇零一二三四五六七八九十]+年[0-9一二三四五六七八九十]+月")
# A document number (…〔2021〕54号; 號 in a copy in traditional characters).
_NUMBER = re.compile(r"[〔\[［(（][0-9]{4}[〕\]］)）]\s*[0-9]+\s*[号號]")
_SIGNATURE = re.compile(
    r"(?:政府|办公室|办公厅|委员会|文件|号|人民政府|指挥部|领导小组|辦公室|辦公廳|委員會|號)$"
)
_NOTICE = re.compile(r"^.*关于.+的通知$")
# A notice that issues the list: …关于印发X的通知 (X, maybe in 《》, is the list's title),
# or X印发关于Y的通知 (苍南县人民政府印发关于推动经济高质量发展若干政策的通知: the list is
# 关于Y, as the notice's 印发 names it).
_ISSUES = re.compile(r"(?:关于印发|印发(?=关于))(.+)的通知$")
# A title line that begins with a conjunction (和…, 及…) is the second half of a title
# printed over two lines, its first half not found: a doubt (和平区 is a place).
_CONJUNCTION = re.compile(r"^(?:以及|和(?!平)|及|与|并)")
# A document number in brackets ending a title line (…实施意见(池政〔2017〕101号)).
_TRAILING_NUMBER = re.compile(
    r"[（(][^（()）]*[〔\[［(（][0-9]{4}[〕\]］)）]\s*[0-9]+\s*[号號][)）]$"
)
# A line of date characters alone (2022121日, as a page dropped its 年 and 月), and a
# line wholly in brackets ((此件公开发布)): no caption.
_ONLY_DATE = re.compile(r"^[0-9〇零一二三四五六七八九十年月日]+$")
_BRACKETED = re.compile(r"^[（(〔［\[【].*[)）〕］\]】]$")
_NAMED_BY_NOTICE = re.compile(r"现将(.+?)(?:印发给|予以分解|予以印发|印发|分解)")
_ITEM = re.compile(r"^[0-9]{1,5}\s*[.．、]")


@attrs.frozen
class Title:
    """A title found: its text, the lines it was read from, and by which rule.

    Args:
        text: The title, its white space as :func:`title_text` reads it.
        lines: The 1-based numbers of the lines it was read from.
        rule: ``"line"`` (a title line), ``"notice"`` (the notice's title) or
            ``"named"`` (the list a covering notice names) or ``"first"`` (the first
            line that is no sentence).
        number: The document number printed after the title in brackets, dropped
            from it (``""``: none).
    """

    text: str
    lines: tuple[int, ...]
    rule: str
    number: str = ""


def _compact(line: str) -> str:
    return "".join(line.split())


# White space between two characters that are not ASCII (Chinese, full-width
# punctuation), and any other run of it.
_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_SPACE = re.compile(r"\s+")


def title_text(line: str) -> str:
    """A title as *line* prints it, its white space read as a paragraph's line breaks are.

    The rule that joins the lines of a task's text: closed up between two Chinese
    characters (a gap a copy or a wrapped line left: 任务分解 和责任分工方案), one space
    between others (2023年 Q1, a space the print sets beside a Latin letter or a digit).
    """
    return _SPACE.sub(" ", _GAP.sub("", line)).strip()


def _is_heading(line: str) -> bool:
    return bool(PART.match(line) or SUBSECTION.match(line) or _ITEM.match(line))


def _title_line(line: str) -> str | None:
    """The title *line* prints, if it is a title line (rule 1)."""
    compact = _compact(line)
    if m := _WHOLE_BOOK.match(title_text(line)):
        return m[1]
    if (
        _ENDS.search(compact)
        and not _SENTENCE.search(compact)
        and not _is_heading(compact)
        and not _NUMBER.search(compact)
        and len(compact) <= 60  # longer is a sentence, not a title
    ):
        return title_text(line)
    return None


def _first_half(line: str) -> bool:
    """Whether *line*, just above a title line, is the first half of the title."""
    compact = _compact(line)
    return (
        len(compact) <= 30  # a half title is short
        and not _SENTENCE.search(compact)
        and not re.search(r"[()（）\[\]〔〕［］【】]", compact)
        and not _DATE.search(compact)
        and not _SIGNATURE.search(compact)
        and not _is_heading(compact)
        and not _NOTICE.match(compact)
        and not ATTACHMENT.match(compact)
        and _title_line(compact) is None
    )


def could_be_title(line: str) -> bool:
    """Whether *line* could be a table's caption: no sentence, date, number or signature.

    No line wholly in brackets either, nor a heading or an attachment label.

    A notice's title (关于…的通知) is no caption: the table's own title is printed
    below it, above the header.
    """
    compact = _compact(line)
    return bool(compact) and not (
        _SENTENCE.search(compact)
        or _DATE.search(compact)
        or _ONLY_DATE.match(compact)
        or _BRACKETED.match(compact)
        or _NUMBER.search(compact)
        or _SIGNATURE.search(compact)
        or _NOTICE.match(compact)
        or ATTACHMENT.match(compact)
        or _is_heading(compact)
    )


def find_title(lines: Sequence[tuple[int, str]]) -> Title | None:
    """The title among *lines* (``(number, text)``, the non-blank lines before the first task)."""
    found = None
    for i, (number, line) in enumerate(lines):
        document_number = ""
        if m := _TRAILING_NUMBER.search(title_text(line)):
            # …实施意见(池政〔2017〕101号): the title, then its document number.
            document_number, line = _compact(m[0]), title_text(line)[: m.start()]  # noqa: PLW2901
        if (text := _title_line(line)) is not None:
            used: tuple[int, ...] = (number,)
            if i > 0 and _first_half(lines[i - 1][1]) and not _WHOLE_BOOK.match(_compact(line)):
                text = title_text(lines[i - 1][1] + " " + text)
                used = (lines[i - 1][0], number)
            found = Title(text, used, "line", document_number)
    if found is not None:
        return found
    for number, line in lines:
        compact = _compact(line)
        if _NOTICE.match(compact) and not _SENTENCE.search(compact):
            if (issued := _ISSUES.search(title_text(line))) is not None:
                named = issued[1]
                if whole := _WHOLE_BOOK.match(named):
                    named = whole[1]
                return Title(named, (number,), "named")
            return Title(title_text(line), (number,), "notice")
    for number, line in lines:
        if m := _NAMED_BY_NOTICE.search(title_text(line)):
            named = m[1]
            if whole := _WHOLE_BOOK.match(named):
                named = whole[1]
            return Title(named, (number,), "named")
    for number, line in lines:
        compact = _compact(line)
        if _is_heading(compact):
            break
        if not (
            ATTACHMENT.match(compact)
            or _SENTENCE.search(compact)
            or _NUMBER.search(compact)
            or _DATE.search(compact)
            or _SIGNATURE.search(compact)  # the issuer's signature (…人民政府办公厅)
            or _BRACKETED.match(compact)  # a line wholly in brackets: (此件公开发布)
            or re.search(r"[：:]$", compact)
        ):
            return Title(title_text(line), (number,), "first")
    return None


def doubtful_title(title: str) -> str | None:
    """The conjunction *title* begins with (和市政府…: its first half not found), or None."""
    found = _CONJUNCTION.match(title)
    return found[0] if found else None
