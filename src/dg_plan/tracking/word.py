"""A Word document in the style of a government office's (GB/T 9704), for notices and reports.

A4 with its margins, the title centred in a large song typeface, the text in
fangsong, headings in Word's own heading styles (so the navigation pane lists them)
dressed in 黑体 and 楷体, bordered tables whose header row repeats on every page,
page numbers in the footer (— 1 —), the 文号 centred above the title (the header
block), the issuing office centred over the date, the date four characters in from
the right, and the 抄送 line last.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dg_plan._compat import require
from dg_plan._i18n import pgettext
from dg_plan._model import UnitKind
from dg_plan._output import anonymous

if TYPE_CHECKING:
    from dg_plan._plan import Plan

__all__ = [
    "HEAD_FONT",
    "SUB_FONT",
    "TEXT_FONT",
    "TITLE_FONT",
    "YOU",
    "address",
    "copies_line",
    "document_number",
    "text_width",
    "word_document",
]

# The typefaces of an official document (GB/T 9704): 方正小标宋简体 for the title,
# 仿宋_GB2312 for the text, 黑体 for headings; a reader without them sees a fallback.
TITLE_FONT, TEXT_FONT, HEAD_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"
#: The typeface of a second-level heading (（一）): 楷体.
SUB_FONT = "楷体_GB2312"
#: How a notice's Chinese text addresses its recipient: 你单位 (a 厅局, a 管委会, …).
YOU = "你单位"
# A local government by its level, from its name's ending (the sixteenth reader, fault 7).
_LEVELS = (("市人民政府", "你市"), ("区人民政府", "你区"), ("县人民政府", "你县"))
# The English notices' words for the recipient, by its Chinese word: "your unit" to a
# 厅局 or a 管委会, the local government by its level (你市 is a city government's).
_IN_ENGLISH = {
    YOU: "your unit",
    "你市": "your city government",
    "你区": "your district government",
    "你县": "your county government",
}


class _Document:
    """A python-docx document with the few styled pieces an office document needs."""

    def __init__(self, you: str = YOU) -> None:
        self.docx: Any = require("docx", "docx", "Word documents")
        self.you = you
        self.document: Any = anonymous(self.docx.Document())
        section = self.document.sections[0]
        shared = self.docx.shared
        section.page_width, section.page_height = shared.Mm(210), shared.Mm(297)
        section.top_margin, section.bottom_margin = shared.Mm(37), shared.Mm(35)
        section.left_margin, section.right_margin = shared.Mm(28), shared.Mm(26)

    def addressed(self, text: str) -> str:
        """*text* addressing the recipient as its kind is: 你市, or your city government."""
        english = _IN_ENGLISH.get(self.you, _IN_ENGLISH[YOU])
        text = text.replace(YOU, self.you).replace(_IN_ENGLISH[YOU], english)
        return text.replace(_IN_ENGLISH[YOU].capitalize(), english.capitalize())

    def _font(self, run: Any, name: str, size: float, *, bold: bool = False) -> None:  # noqa: ANN401
        """Give *run* a font (its East Asian name too, which Word reads) and size."""
        run.font.name = name
        run.font.size = self.docx.shared.Pt(size)
        run.font.bold = bold
        fonts = run._element.get_or_add_rPr().get_or_add_rFonts()  # noqa: SLF001
        fonts.set(self.docx.oxml.ns.qn("w:eastAsia"), name)

    def paragraph(
        self,
        text: str,
        *,
        font: str = TEXT_FONT,
        size: float = 16,
        bold: bool = False,
        align: str = "left",
        indent: bool = False,
        right: float = 0,
    ) -> Any:  # noqa: ANN401 - a python-docx paragraph
        """A paragraph: text in one font and size (三号: 16 pt), aligned, maybe indented.

        *indent*: the first line two characters in; *right*: the paragraph that many
        characters (of *size*) in from the right margin.
        """
        enum = self.docx.enum.text.WD_ALIGN_PARAGRAPH
        paragraph = self.document.add_paragraph()
        paragraph.alignment = {"left": enum.LEFT, "center": enum.CENTER, "right": enum.RIGHT}[align]
        if indent:
            paragraph.paragraph_format.first_line_indent = self.docx.shared.Pt(2 * size)
        if right:
            paragraph.paragraph_format.right_indent = self.docx.shared.Pt(right * size)
        # The recipient addressed as its kind is (你市 to a city government).
        self._font(paragraph.add_run(self.addressed(text)), font, size, bold=bold)
        return paragraph

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float] | None = None,
    ) -> None:
        """A bordered table, its header row bold and repeated on every page.

        *widths*: each column's width in centimetres (Word's own layout when ``None``).
        """
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, word in zip(table.rows[0].cells, header, strict=True):
            cell.text = ""
            self._font(cell.paragraphs[0].add_run(word), HEAD_FONT, 12)
        heading = table.rows[0]._tr.get_or_add_trPr()  # noqa: SLF001
        repeat = self.docx.oxml.OxmlElement("w:tblHeader")
        repeat.set(self.docx.oxml.ns.qn("w:val"), "true")
        heading.append(repeat)
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = ""
                self._font(cell.paragraphs[0].add_run(value), TEXT_FONT, 12)
        if not rows:
            # An empty table says so (无) in one row across it, not a header over nothing.
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
            merged.text = ""
            empty = pgettext("an empty table of the report", "None")
            self._font(merged.paragraphs[0].add_run(empty), TEXT_FONT, 12)
        if widths is not None:
            # Word reads each cell's width; the columns' widths are for other readers.
            table.autofit = False
            cm = self.docx.shared.Cm
            for column, width in zip(table.columns, widths, strict=True):
                column.width = cm(width)
                for cell in column.cells:
                    cell.width = cm(width)

    def heading(self, text: str, size: float = 16, *, level: int = 1) -> None:
        """A heading in Word's own heading style, so the navigation pane lists it.

        Level 1 (一、) in 黑体, level 2 (（一）) in 楷体, as an office's document has
        them; black, not bold, space above (no empty paragraph needed). The style
        itself carries the font (its theme fonts removed), so a heading the clerk
        types with it looks the same.
        """
        font = HEAD_FONT if level == 1 else SUB_FONT
        style = self._heading_style(level, font, size)
        paragraph = self.document.add_paragraph(style=style)
        paragraph.paragraph_format.space_before = self.docx.shared.Pt(12)
        self._font(paragraph.add_run(text), font, size)

    def _heading_style(self, level: int, font: str, size: float) -> Any:  # noqa: ANN401
        """Word's ``Heading {level}`` style, dressed in the 公文 font: black, not bold."""
        style = self.document.styles[f"Heading {level}"]
        style.font.name = font
        style.font.size = self.docx.shared.Pt(size)
        style.font.bold = False
        style.font.italic = False
        style.font.color.rgb = self.docx.shared.RGBColor(0, 0, 0)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        qn = self.docx.oxml.ns.qn
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        fonts.set(qn("w:eastAsia"), font)
        style.paragraph_format.space_after = self.docx.shared.Pt(0)
        return style

    def title(self, text: str, number: str = "") -> None:
        """The notice's 文号 when given, centred in the header block; then its title.

        GB/T 9704 prints the 文号 in the 版头, above the title (two lines of space
        between them), and the title in 二号 小标宋, centred.
        """
        if number:
            above = self.paragraph(number, align="center")
            above.paragraph_format.space_after = self.docx.shared.Pt(32)
        self.paragraph(text, font=TITLE_FONT, size=22, align="center")

    def signature(self, office: str, date: str, *, size: float = 16) -> None:
        """The issuing office centred over the date; the date four characters in from the right.

        As GB/T 9704 signs a document (7.3.5.1): the date 右空四字, the office's name
        centred over it, a line of space above. An office's name longer than the date
        by more than eight characters stays at the right margin.
        """
        inset = max(0.0, 4 + (text_width(date) - text_width(office)) / 2)
        name = self.paragraph(office, align="right", right=inset, size=size)
        name.paragraph_format.space_before = self.docx.shared.Pt(2 * size)
        self.paragraph(date, align="right", right=4, size=size)

    def copies(self, cc: Sequence[str]) -> None:
        """The 抄送 line of the 版记, last, between two rules, when there are any.

        As an official document prints it: 四号 仿宋, indented one character,
        a full-width colon after 抄送, the bodies separated by 、 or ，and a 。 at the end.
        """
        names = [c.strip() for c in cc if c.strip()]
        if not names:
            return
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_before = self.docx.shared.Pt(32)
        paragraph.paragraph_format.left_indent = self.docx.shared.Pt(14)
        qn, element = self.docx.oxml.ns.qn, self.docx.oxml.OxmlElement
        borders = element("w:pBdr")
        for side in ("top", "bottom"):
            rule = element(f"w:{side}")
            rule.set(qn("w:val"), "single")
            rule.set(qn("w:sz"), "8")
            rule.set(qn("w:space"), "1")
            rule.set(qn("w:color"), "000000")
            borders.append(rule)
        paragraph._p.get_or_add_pPr().append(borders)  # noqa: SLF001
        self._font(paragraph.add_run(copies_line(names)), TEXT_FONT, 14)

    def page_numbers(self) -> None:
        """The page's number centred in every page's footer, as an office writes it: — 1 —."""
        footer = self.document.sections[0].footer
        paragraph = footer.paragraphs[0]
        paragraph.alignment = self.docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
        qn, element = self.docx.oxml.ns.qn, self.docx.oxml.OxmlElement
        self._font(paragraph.add_run("— "), TEXT_FONT, 14)
        run = paragraph.add_run()
        self._font(run, TEXT_FONT, 14)
        for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), ("end", None)):
            if kind is None:
                code = element("w:instrText")
                code.set(qn("xml:space"), "preserve")
                code.text = text
                run._r.append(code)  # noqa: SLF001
            else:
                char = element("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)  # noqa: SLF001
            if kind == "separate":
                shown = element("w:t")
                shown.text = "1"
                run._r.append(shown)  # noqa: SLF001
        self._font(paragraph.add_run(" —"), TEXT_FONT, 14)

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def text_width(text: str) -> float:
    """How many characters wide *text* prints: a Chinese (full-width) one is one, a digit half."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text)


def copies_line(names: Sequence[str]) -> str:
    """The 抄送 line: ``抄送：省政府办公厅，省委督查室。`` (bodies separated by ，)."""
    return "抄送：" + "，".join(n.strip().rstrip("。，、") for n in names) + "。"


def document_number(prefix: str, n: int) -> str:
    """The *n*-th 文号 of *prefix*: ``豫督〔2024〕`` and 3 give ``豫督〔2024〕3号``.

    A prefix holding ``{n}`` is filled in instead (``豫督〔2024〕{n}号``, ``督办{n}``).
    An empty prefix gives no number.
    """
    if not prefix:
        return ""
    if "{n}" in prefix:
        return prefix.replace("{n}", str(n))
    return f"{prefix}{n}号"


def address(plan: Plan, unit: str) -> str:
    """How a notice's Chinese text addresses *unit*: 你市, 你区, 你县 or 你单位.

    An office writes 你市 to a city government (郑州市人民政府), 你区 and 你县 to a
    district's and a county's: a local government (:attr:`UnitKind.LOCAL` in the
    plan's registry) whose name ends in 市人民政府, 区人民政府 or 县人民政府. Any
    other unit, 管委会 (济源示范区管委会, 航空港区管委会) and units the registry does
    not know included, is 你单位. The English notices say so too: "your city
    government", "your district government", "your county government", else "your
    unit" (:func:`word_document` writes each).
    """
    try:
        found = plan.unit(unit)
    except LookupError:
        return YOU
    if found.kind is UnitKind.LOCAL:
        for ending, you in _LEVELS:
            if found.name.endswith(ending):
                return you
    return YOU


def word_document(you: str = YOU) -> _Document:
    """A new office-style Word document (python-docx required).

    *you*: how its paragraphs address the recipient (:func:`address`): each 你单位 in
    them is written so, and each "your unit" as English says it (your city government).
    """
    return _Document(you)
