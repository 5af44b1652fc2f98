"""A text list's title: which line before the first task names the list.

The rule, most telling first, among the lines before the first task:

1. the last *title line*: a line that is wholly one 《…》 (the brackets dropped), or that
   ends in a title word (方案, 要点, 清单, 计划, 分工, 分解, …: ``TITLE_ENDINGS``) and
   is no sentence (no 。, no comma), no heading (一、…) and no addressee (…：); a
   document number in brackets ending the line (…实施意见(池政〔2017〕101号)) is dropped
   from the title, and noted. A short
   line just above it with no punctuation, no date and no signature is the title's first
   half (a title printed over two lines); a title so read that begins with 关于 takes
   the issuer's name printed alone on the line above it (四川省人民政府 / 关于落实…
   重点工作 / 部门分工的意见);
2. else the first notice title: a line ``关于…的通知`` with no full stop (or such a
   title printed over several lines, joined: 关于印发西平县2020年度法治政府建设 /
   工作安排的通知); a notice that issues the list, ``关于印发X的通知`` or
   ``X印发关于Y的通知``, gives the list it issues (X; 关于Y), noted as the list the notice
   names;
3. else the list a covering notice names: ``现将《X》印发给你们`` / ``现将X予以分解`` gives X;

   under rule 2 or 3, when the list's own title line is printed below the notice (X as
   printed, its 《》〈〉 and quotes aside: 2006年《政府工作报告》要求重点做好的工作事项),
   that line is the title, as a title line of rule 1 is; so is a line (or two) below the
   notice that could be a caption and begins with at least half of X (滕州…2023年重点任务
   named, …2023年重点工作任务 printed);
4. else the first line above the first heading that is no sentence (no 。, no comma), no
   addressee, no document number (…〔2021〕54号 or 號), no date and no signature (a line
   ending in the issuer's 人民政府办公厅, 办公室, 委员会, …).

A title that begins with a conjunction (和市政府工作报告…) is doubted
(:func:`doubtful_title`): it is the second half of a title printed over two lines whose
first half was not found, and the reader makes that a problem of the file.

Never an addressee line (ending in ： after 各…政府), a document number (…〔2023〕17号),
the issuer's signature line (陕西省人民政府办公厅), a preamble sentence (ending in 。), a
notice's closing line (特此通知, 特此函告, 此复), which is no half of a title either, or a
news byline (□ 綿報融媒記者 曾晨, 记者…, 通讯员…, 来源：…).
Lines above a title line of rule 1 are the covering notice: read as preamble, never as
headings.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from dg_plan._vocabulary import GLOSS, TITLE_ENDINGS, traditional_form

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
# A notice forwarding another body's notice: X转发Y关于Z的通知 (Y, and Z, the list).
_FORWARDS = re.compile(r"转发(.+?)关于(.+)的通知$")
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
# A notice's closing line: 特此通知, 特此函告, 此复 (maybe with its full stop).
_CLOSING = re.compile(
    r"^(?:特此(?:通知|通告|公告|函告|函复|函|报告|批复|说明|通報|報告)|此复|此覆|此函|此復)[。.]?$"
)
# A news byline: a reporter (记者, 通讯员), a source (来源：), or a line opening with □.
_BYLINE = re.compile(
    r"记者|記者|通讯员|通訊員|^(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯)[：:]|^[□■]"
)
# Marks a notice sets around the list's name (《X》, 〈政府工作报告〉, quotes): aside when
# a title line is compared with the name a notice gives.
_MARKS = re.compile(r"[《》〈〉<>“”\"'‘’「」]")
# A number column's header alone on a line: a table's header row printed one cell a line.
_NUMBER_HEADERS = frozenset({"序号", "编号", "序號", "編號"})


@attrs.frozen
class Title:
    """A title found: its text, the lines it was read from, and by which rule.

    Args:
        text: The title, its white space as :func:`title_text` reads it.
        lines: The 1-based numbers of the lines it was read from.
        rule: ``"line"`` (a title line), ``"notice"`` (the notice's title) or
            ``"named"`` (the list a covering notice names), ``"forwarded"`` (the
            list a forwarded notice names) or ``"first"`` (the first line that is no
            sentence).
        number: The document number printed after the title in brackets, dropped
            from it (``""``: none).
        by: Under the rule ``"forwarded"`` (X转发Y关于Z的通知: Z), Y, whose notice
            is forwarded.
        rest: What the title line prints after the list's name the notice gives, when
            the line runs on past it (市政府2020年重点工作分解落实方案综合目标分解: 综合目标
            分解), left out of the title (``""``: none).
    """

    text: str
    lines: tuple[int, ...]
    rule: str
    number: str = ""
    by: str = ""
    rest: str = ""


def _compact(line: str) -> str:
    return "".join(line.split())


# The words of a notice's title and of a covering notice's phrase, in traditional
# characters (關于印發, 關於, 現將…印發給): read simplified, one character for one, so that
# a match's places are the printed text's (the title keeps the characters as printed).
_SIMPLIFIED = str.maketrans("關於發現將給轉", "关于发现将给转")


def _read(text: str) -> str:
    """*text* with the notice words' traditional characters simplified (as long as printed)."""
    return text.translate(_SIMPLIFIED)


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
        # Longer is a sentence, not a title; a copy's pinyin glosses (進(jìn)) are not counted.
        and len(re.sub(GLOSS, "", compact)) <= 60
    ):
        return title_text(line)
    return None


def _first_half(line: str) -> bool:
    """Whether *line*, just above a title line, is the first half of the title."""
    compact = _compact(line)
    return (
        len(compact) <= 30  # a half title is short
        and not _SENTENCE.search(compact)
        # A pinyin gloss (穩(wěn)) is no bracket of the title's own.
        and not re.search(r"[()（）\[\]〔〕［］【】]", re.sub(GLOSS, "", compact))
        and not _DATE.search(compact)
        and not _SIGNATURE.search(compact)
        and not _is_heading(compact)
        and not _NOTICE.match(_read(compact))
        and not ATTACHMENT.match(compact)
        and not _not_title(compact)
        and _title_line(compact) is None
    )


# The issuer's name alone on a line: a government, its office or a committee
# (四川省人民政府, 成都市人民政府办公厅), no document's masthead (…文件) and no number.
_ISSUER = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:人民政府|政府|办公厅|办公室|委员会|辦公廳|辦公室|委員會)$"
)


def _issuer(line: str) -> bool:
    """Whether *line* is the issuer's name alone, which opens a title beginning with 关于."""
    return bool(_ISSUER.match(_compact(line)))


def _not_title(compact: str) -> bool:
    """Whether *compact* is a notice's closing line (特此通知) or a news byline: never a title."""
    return bool(_CLOSING.match(compact) or _BYLINE.search(compact))


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
        or _NOTICE.match(_read(compact))
        or ATTACHMENT.match(compact)
        or _is_heading(compact)
        or _not_title(compact)
    )


def find_title(lines: Sequence[tuple[int, str]]) -> Title | None:
    """The title among *lines* (``(number, text)``, the non-blank lines before the first task)."""
    found = None
    # The lines of a notice's title printed over several lines: no title line of their
    # own (工作报告确定的主要目标任务责任分解 between 关于印发2020年区政府 and 方案的通知).
    in_notice = {n for numbers, _ in _notices(lines) if len(numbers) > 1 for n in numbers}
    header_cells = False
    for i, (number, line) in enumerate(lines):
        if number in in_notice:
            continue
        if _compact(line) in _NUMBER_HEADERS:
            # A table flattened one cell a line: from its 序号 cell on, the lines are the
            # header's cells (序号 / 市工作举措 / 工作 / 时限), never the list's title, which
            # is printed above the table (trial13/01-qianjiang-zhaoshang2025;
            # holdout/31-hangzhou-shejiang prints its header cells so too).
            header_cells = True
        if header_cells:
            continue
        document_number = ""
        if m := _TRAILING_NUMBER.search(title_text(line)):
            # …实施意见(池政〔2017〕101号): the title, then its document number.
            document_number, line = _compact(m[0]), title_text(line)[: m.start()]  # noqa: PLW2901
        if (text := _title_line(line)) is not None:
            used: tuple[int, ...] = (number,)
            if i > 0 and (
                (_first_half(lines[i - 1][1]) and not _WHOLE_BOOK.match(_compact(line)))
                or _continues(text, lines[i - 1][1])
            ):
                text = title_text(lines[i - 1][1] + " " + text)
                used = (lines[i - 1][0], number)
            first = i - len(used)
            if (
                first >= 0
                and _issuer(lines[first][1])
                and (
                    _read(text).startswith("关于")
                    or _quoted_above(title_text(lines[first][1]) + text, lines[:first])
                )
            ):
                # 四川省人民政府 / 关于落实…重点工作 / 部门分工的意见: the issuer's line
                # opens the title (issuer, 关于, the matter, the kind of document). So it
                # does above a title the notice quotes whole (上海市杨浦区人民政府 /
                # 2021年第三季度工作要点, under 《上海市杨浦区人民政府2021年第三季度工作要点》).
                # The issuer's line break is closed up, beside a digit too (…人民政府2021年).
                text = title_text(lines[first][1]) + text
                used = (lines[first][0], *used)
            found = Title(text, used, "line", document_number)
    if found is not None:
        return _run_on(found, lines)
    for numbers, line in _notices(lines):
        return _notice_title(numbers, line, lines)
    for number, line in lines:
        if m := _NAMED_BY_NOTICE.search(_read(title_text(line))):
            named = title_text(line)[m.start(1) : m.end(1)]
            if whole := _WHOLE_BOOK.match(named):
                named = whole[1]
            return _printed_below(named, lines, number) or Title(named, (number,), "named")
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
            or _not_title(compact)  # 特此通知; a news byline (□ 綿報融媒記者 曾晨)
        ):
            return Title(title_text(line), (number,), "first")
    return None


def _continues(text: str, above: str) -> bool:
    """Whether the title line *text*, beginning with 和 or 及, continues the line *above*.

    A title does not begin with a conjunction: 2023年省《政府工作报告》任务分解 / 和责任
    分工方案 (trial21/01) is one title over two lines, as 《政府工作报告》2022年重点工作 /
    及民生实事项目任务分解方案 (trial4/01) is, though the first half reads as a title of its
    own (…任务分解). A line above that prints this one already (the whole title, then its
    second half again: holdout/31-hangzhou-shejiang) is not continued.
    """
    compact, first = _compact(_read(text)), _compact(_read(above))
    return (
        compact.startswith(("和", "及"))
        and _title_line(above) is not None
        and not first.endswith(compact)
        and not _NOTICE.match(first)
    )


def _quoted_above(title: str, lines: Sequence[tuple[int, str]]) -> bool:
    """Whether a line of *lines* quotes *title* whole in 《》 (a covering notice names it)."""
    compact = _compact(title)
    return any(_compact(name) == compact for _, line in lines for name in _QUOTED.findall(line))


# A name the covering notice quotes in 《》 (《市政府2020年重点工作分解落实方案》已经…审议通过).
_QUOTED = re.compile(r"《([^《》]+)》")


def _run_on(found: Title, lines: Sequence[tuple[int, str]]) -> Title:
    """*found*, or the list's name it begins with, when the title line runs on past it.

    The general form: a title line printed run on into the first part's heading
    (市政府2020年重点工作分解落实方案综合目标分解), the lines above it quoting the list's
    name (《市政府2020年重点工作分解落实方案》, or the list a notice issues): the title is
    that name, and what follows it is kept as the title's ``rest`` (a doubt).
    """
    above = [line for number, line in lines if number < min(found.lines)]
    names = {m[1] for line in above for m in _QUOTED.finditer(_compact(line))}
    names |= {m[1] for line in above if (m := _ISSUES.search(_compact(line)))}
    printed = _compact(found.text)
    for name in sorted(names, key=len, reverse=True):
        bare = _MARKS.sub("", name)
        if len(bare) >= 6 and _title_line(bare) and printed.startswith(bare) and printed != bare:
            rest = printed[len(bare) :]
            if not re.match(r"^[（(]", rest):  # a qualifier (试行) belongs to the title
                return attrs.evolve(found, text=bare, rest=rest)
    return found


def _notice_title(numbers: tuple[int, ...], line: str, lines: Sequence[tuple[int, str]]) -> Title:
    """The title a notice on *numbers* gives: the list it issues or forwards, or itself."""
    printed = title_text(line)
    if (forwarded := _FORWARDS.search(_read(printed))) is not None:
        # 区政府办公室转发区教委关于X的通知: X, doubted (one document prints it).
        return Title(
            printed[forwarded.start(2) : forwarded.end(2)],
            numbers,
            "forwarded",
            by=printed[forwarded.start(1) : forwarded.end(1)],
        )
    if (issued := _ISSUES.search(_read(printed))) is not None:
        named = printed[issued.start(1) : issued.end(1)]
        if whole := _WHOLE_BOOK.match(named):
            named = whole[1]
        return _printed_below(named, lines, max(numbers)) or Title(named, numbers, "named")
    return Title(title_text(line), numbers, "notice")


def _notices(lines: Sequence[tuple[int, str]]) -> list[tuple[tuple[int, ...], str]]:
    """The notice titles among *lines*: (their line numbers, the title), in order.

    A notice's title is a line ``关于…的通知`` with no full stop, or such a title printed
    over up to five lines (关于印发西平县2020年度法治政府建设 / 工作安排的通知): a line
    holding 关于 and no punctuation, then lines with none, the last ending in 的通知. Its
    words may be printed in traditional characters (關于印發…的通知, 關於); the title is
    returned as printed.
    """
    found: list[tuple[tuple[int, ...], str]] = []
    for i, (number, line) in enumerate(lines):
        compact = _read(_compact(line))
        if _SENTENCE.search(compact) or _is_heading(compact):
            continue
        if _NOTICE.match(compact):
            found.append(((number,), line))
            continue
        if "关于" not in compact or compact.endswith("的通知"):
            continue
        joined, used, printed = compact, [number], _compact(line)
        for later, more in lines[i + 1 : i + 5]:
            more_compact = _read(_compact(more))
            if (
                _SENTENCE.search(more_compact)
                or _is_heading(more_compact)
                or _DATE.search(more_compact)
                or "关于" in more_compact
            ):
                break
            joined += more_compact
            printed += _compact(more)
            used.append(later)
            if joined.endswith("的通知"):
                if _NOTICE.match(joined):
                    found.append((tuple(used), printed))
                break
    return found


def _printed_below(named: str, lines: Sequence[tuple[int, str]], after: int) -> Title | None:
    """The list's own title line printed below the notice that names it, if any.

    A line after line *after* that prints *named*, the marks a notice sets around it
    (《》〈〉, quotes) aside: 2006年《政府工作报告》要求重点做好的工作事项 for the notice's
    关于印发2006年政府工作报告要求重点做好的工作事项的通知.
    """
    wanted = _MARKS.sub("", _compact(named))
    for number, line in lines:
        if number > after and _MARKS.sub("", _compact(line)) == wanted:
            return Title(title_text(line), (number,), "line")
    return _own_title_below(wanted, lines, after)


# How much of the list's name the notice gives a caption below it must begin with to
# name the same list: half of it, and at least this many characters (its place and year).
_SAME_LIST = 8


def _own_title_below(wanted: str, lines: Sequence[tuple[int, str]], after: int) -> Title | None:
    """The list's own title printed below its notice, worded a little apart from it.

    The general form: a notice issues a list (关于印发《X》的通知), and the list's own title
    is printed below the notice's number, addressee, body, signature and date, before the
    list: a line that could be a caption (no sentence, date, number or signature), or two
    such lines (a title printed over two lines), beginning with at least half of X
    (滕州…2023年重点任务 named, 滕州…2023年重点工作任务 printed: the imp18 滕州 list; its
    exact form is trial4/10-baoshan-shishi's, over two lines). The list's own title is the
    plan's: the notice names the list, the list prints its title.
    """
    below = [(n, line) for n, line in lines if n > after]
    captions: list[tuple[tuple[int, ...], str]] = []
    for i, (number, line) in enumerate(below):
        if not could_be_title(line) or len(_compact(line)) > 60:
            continue
        captions.append(((number,), title_text(line)))
        if i + 1 < len(below) and could_be_title(below[i + 1][1]):
            later, more = below[i + 1]
            captions.append(((number, later), title_text(line + " " + more)))
    for used, text in captions:
        if _MARKS.sub("", _compact(text)) == wanted:
            return Title(text, used, "line")
    need = max(_SAME_LIST, (len(wanted) + 1) // 2)
    close = [
        (used, text)
        for used, text in captions
        if len(_common_prefix(_MARKS.sub("", _compact(text)), wanted)) >= need
    ]
    if not close:
        return None
    # The longest of them: a title printed over two lines is read whole.
    used, text = max(close, key=lambda c: (len(_compact(c[1])), -c[0][0]))
    return Title(text, used, "line")


def _common_prefix(one: str, other: str) -> str:
    n = 0
    while n < min(len(one), len(other)) and one[n] == other[n]:
        n += 1
    return one[:n]


# A title line that names only the kind of list (分工方案, 实施方案, 工作要点): a heading of
# at most six characters, no subject (no place, year or matter) before its title word.
_KIND_ONLY = 6


def kind_only(title: Title, lines: Sequence[tuple[int, str]]) -> str | None:
    """The list a notice above names, when *title* names only the kind of list.

    The general form: a title line (rule 1) that prints a title word and no subject
    (分 工 方 案, read 分工方案: trial15/01-jinxiang-renju2020), under a notice that
    issues the list by its full name (关于印发《金乡县…工作分工方案》的通知), which ends
    in the same words. The title line is the list's own heading, yet the notice's name
    is the fuller: a doubt, naming the notice's name (a ``title`` decision settles it).
    A title printed over two lines whose second line is such a word is read whole
    (trial11/04-liaoning-fengong2024: …重点工作 / 分工方案) and is no such title.
    """
    compact = _compact(title.text)
    if title.rule != "line" or len(compact) > _KIND_ONLY or len(title.lines) > 1:
        return None
    for numbers, line in _notices(lines):
        if max(numbers) >= min(title.lines):
            break
        issued = _ISSUES.search(_read(title_text(line)))
        if issued is None:
            continue
        named = _MARKS.sub("", _compact(issued[1]))
        if named != compact and named.endswith(compact):
            return named
    return None


def doubtful_title(title: str) -> str | None:
    """The conjunction *title* begins with (和市政府…: its first half not found), or None."""
    found = _CONJUNCTION.match(title)
    return found[0] if found else None


# The issuers a title line may print before the title, a space before 关于 (济宁市人民政
# 府 关于…意见; 中 共 株 洲 市 委 株洲市人民政府 关于…意见): the words before it end as a
# government's or party committee's name does.
_ISSUERS = re.compile(r"^(\S.*?)\s+(?=关于|關於|关於)")
_ISSUER_ENDINGS = ("政府", "委", "办公室", "办公厅", "辦公室", "辦公廳")


def issuers_before(title: Title, lines: Sequence[tuple[int, str]]) -> str | None:
    """The issuers *title*'s line prints before the title (``关于…``), read into it, or None.

    The general form: a title line that opens with its issuers, a space between them
    and 关于 (trial10/04-jining-jiuye2015: 济宁市人民政府 关于进一步…意见;
    trial18/01-zhuzhou-sannong2020: 中 共 株 洲 市 委 株洲市人民政府 关于切实抓好…意见).
    The title read from the line holds them; whether the list's title does is a choice
    the print does not settle (the two keys differ): a doubt naming them.
    """
    printed = dict(lines).get(min(title.lines), "").strip()
    if (found := _ISSUERS.match(printed)) is None:
        return None
    issuers = _compact(found[1])
    if len(issuers) < 4 or not issuers.endswith(_ISSUER_ENDINGS):
        return None
    return issuers if _compact(title.text).startswith(issuers) else None
