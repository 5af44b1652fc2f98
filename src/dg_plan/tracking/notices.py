"""Word documents a supervision office sends: the 督办通知 (chase notice) to a unit.

The layout follows the usual style of a government office's document: the title
centred in a large song typeface, the addressee flush left ending in a colon, the
body in fangsong with a two-character first-line indent, a table of the tasks, the
reply-by line, and the office and the date at the bottom right. The words come from
the message catalog (Chinese by default: the notice goes to a Chinese unit).
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dg_plan._compat import require
from dg_plan._dates import read_day
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext, using
from dg_plan._output import emit

if TYPE_CHECKING:
    from .ledger import Ledger
    from .scores import Chase

__all__ = ["chase_notices", "day_text", "word_document", "write_notice"]

# The typefaces of an official document (GB/T 9704): 方正小标宋简体 for the title,
# 仿宋_GB2312 for the text, 黑体 for headings; a reader without them sees a fallback.
TITLE_FONT, TEXT_FONT, HEAD_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"


def day_text(day: datetime.date) -> str:
    """A day as the language in force writes it in a document (2024年12月31日)."""
    return _("{year}-{month:02d}-{day:02d}").format(year=day.year, month=day.month, day=day.day)


def notice_header() -> tuple[str, str, str, str]:
    """The notice table's header, in the language in force: 序号, 任务, 完成时限, 当前状态."""
    return (_("No."), _("Task"), _("Deadline"), _("Current status"))


class _Document:
    """A python-docx document with the few styled pieces an office document needs."""

    def __init__(self) -> None:
        self.docx: Any = require("docx", "docx", "Word documents")
        self.document: Any = self.docx.Document()
        section = self.document.sections[0]
        shared = self.docx.shared
        section.page_width, section.page_height = shared.Mm(210), shared.Mm(297)
        section.top_margin, section.bottom_margin = shared.Mm(37), shared.Mm(35)
        section.left_margin, section.right_margin = shared.Mm(28), shared.Mm(26)

    def _font(self, run: Any, name: str, size: float, *, bold: bool = False) -> None:  # noqa: ANN401
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
    ) -> None:
        """A paragraph: text in one font and size (三号: 16 pt), aligned, maybe indented."""
        enum = self.docx.enum.text.WD_ALIGN_PARAGRAPH
        paragraph = self.document.add_paragraph()
        paragraph.alignment = {"left": enum.LEFT, "center": enum.CENTER, "right": enum.RIGHT}[align]
        if indent:
            paragraph.paragraph_format.first_line_indent = self.docx.shared.Pt(2 * size)
        self._font(paragraph.add_run(text), font, size, bold=bold)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """A bordered table, its header row bold and repeated on every page."""
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

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def word_document() -> _Document:
    """A new office-style Word document (python-docx required)."""
    return _Document()


def _status_cell(item: Any) -> str:  # noqa: ANN401 - a ChaseItem
    if item.report is None:
        return _("not reported")
    return _("{status} (reported {date})").format(
        status=item.report.status.label, date=day_text(item.report.as_of)
    )


def write_notice(
    ledger: Ledger,
    chase: Chase,
    path: str | os.PathLike[str],
    as_of: datetime.date | str,
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    language: str | None = "zh",
) -> None:
    """Write the draft 督办通知 for one unit's :class:`~dg_plan.tracking.Chase` (.docx).

    The notice has a title (督办通知), the addressee (the unit), a paragraph saying
    which plan and day it is about, a table of the tasks (序号: the task's number in
    the plan, 任务, 完成时限, 当前状态: the unit's own answer or 未报送), the line
    asking for a reply by *reply_by*, and the *office* and the day at the bottom. It is
    a draft: open it in Word or WPS, add the document number, and send it.

    Args:
        ledger: The ledger the chase was made from (for the plan's title).
        chase: One unit's row of :meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`.
        path: The .docx file to write.
        as_of: The day the chase speaks for (截至日期), also the notice's date.
        reply_by: The day to reply by; by default a week after *as_of*.
        office: The sending office, printed above the date (left out when empty).
        language: The notice's words, ``"zh"`` (the default) or ``"en"``.

    Raises:
        ImportError: python-docx is not installed (``pip install 'dg_plan[docx]'``).
        InvalidQueryError: A day is not a date, or *language* is neither.
        OSError: The file cannot be written.
    """
    day = read_day(as_of, "as_of")
    reply = day + datetime.timedelta(days=7) if reply_by is None else read_day(reply_by, "reply_by")
    with using(language):
        doc = word_document()
        doc.paragraph(_("Supervision notice"), font=TITLE_FONT, size=22, align="center")
        doc.paragraph(_("{unit}:").format(unit=chase.unit))
        count = len(chase.items)
        doc.paragraph(
            ngettext(
                "As of {date}, the following {count} task of {title}, for which your unit "
                "is accountable, is past its deadline and not reported done. Please press "
                "on with it without delay.",
                "As of {date}, the following {count} tasks of {title}, for which your unit "
                "is accountable, are past their deadlines and not reported done. Please "
                "press on with them without delay.",
                count,
            ).format(date=day_text(day), count=count, title=ledger.plan.metadata.title),
            indent=True,
        )
        doc.table(
            notice_header(),
            [
                (str(i.task.number), i.task.text, str(i.task.deadline), _status_cell(i))
                for i in chase.items
            ],
        )
        doc.paragraph(
            _(
                "Please reply in writing by {date} with the progress of each task and its evidence."
            ).format(date=day_text(reply)),
            indent=True,
        )
        if office:
            doc.paragraph(office, align="right")
        doc.paragraph(day_text(day), align="right")
        emit(path, doc.bytes(), "docx")


def chase_notices(
    ledger: Ledger,
    as_of: datetime.date | str,
    folder: str | os.PathLike[str],
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    language: str | None = "zh",
) -> tuple[str, ...]:
    """Write one 督办通知 per unit to chase on *as_of* into *folder* (``{unit}.docx``).

    The units are those of :meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`; the
    other arguments are :func:`write_notice`'s. *folder* must exist.

    Returns:
        The paths of the files written, in the order of the chase.

    Raises:
        ImportError: python-docx is not installed.
        OSError: A file cannot be written (*folder* missing, ...).
    """
    day = read_day(as_of, "as_of")
    written = []
    for chase in ledger.chase(day):
        path = Path(folder) / f"{chase.unit}.docx"
        write_notice(ledger, chase, path, day, reply_by=reply_by, office=office, language=language)
        written.append(str(path))
    return tuple(written)
