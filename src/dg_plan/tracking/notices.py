"""Word documents a supervision office sends: 督办通知 (chase) and 退回修改 (return) notices.

The layout follows the usual style of a government office's document (GB/T 9704): A4
with its margins, the title centred in a large song typeface, the addressee flush
left ending in a colon, the body in fangsong with a two-character first-line indent,
a bordered table whose header row repeats on every page, and the office and the date
at the bottom right. Both notices are built from the one :class:`_Document`.

A chase notice (:func:`write_notice`, :func:`chase_notices`) tells a unit which of
its tasks are late; its words come from the message catalog (Chinese by default: the
notice goes to a Chinese unit). A return notice (:func:`write_notices`) sends a file
set aside by ``collect`` back for correction, listing each cell to fix; it is always
in Chinese.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from dg_plan._compat import require
from dg_plan._dates import read_day
from dg_plan._display import day_text
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext, pgettext, using
from dg_plan._model import Role
from dg_plan._output import anonymous, emit
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._tracking_problems import TrackingProblem

from .templates import SHEET, SetAside

if TYPE_CHECKING:
    from .ledger import Ledger
    from .scores import Chase

__all__ = [
    "NOTICE_HEADER",
    "chase_notice_name",
    "chase_notices",
    "notice_name",
    "word_document",
    "write_notice",
    "write_notices",
]

# The typefaces of an official document (GB/T 9704): 方正小标宋简体 for the title,
# 仿宋_GB2312 for the text, 黑体 for headings; a reader without them sees a fallback.
TITLE_FONT, TEXT_FONT, HEAD_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"
#: The typeface of a second-level heading (（一）): 楷体.
SUB_FONT = "楷体_GB2312"

#: The header of a return notice's table, in order.
NOTICE_HEADER = ("问题序号", "任务序号", "工作表", "行", "列", "填写内容", "问题及填写要求")
#: What a return notice leaves for the office to fill in: the return-by day, its name, its date.
BLANK_DAY = "____年__月__日"
ISSUER = "（发文单位）"
#: The contact line a notice leaves for the office to fill in.
CONTACT = "联系人：（联系人）；联系电话：（联系电话）"


def notice_header() -> tuple[str, str, str, str]:
    """The chase notice table's header, in the language in force: 序号, 任务, 完成时限, 当前状态."""
    return (
        _("No."),
        pgettext("a column: the task's text", "Task"),
        _("Deadline"),
        _("Current status"),
    )


class _Document:
    """A python-docx document with the few styled pieces an office document needs."""

    def __init__(self) -> None:
        self.docx: Any = require("docx", "docx", "Word documents")
        self.document: Any = anonymous(self.docx.Document())
        section = self.document.sections[0]
        shared = self.docx.shared
        section.page_width, section.page_height = shared.Mm(210), shared.Mm(297)
        section.top_margin, section.bottom_margin = shared.Mm(37), shared.Mm(35)
        section.left_margin, section.right_margin = shared.Mm(28), shared.Mm(26)

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
    ) -> None:
        """A paragraph: text in one font and size (三号: 16 pt), aligned, maybe indented."""
        enum = self.docx.enum.text.WD_ALIGN_PARAGRAPH
        paragraph = self.document.add_paragraph()
        paragraph.alignment = {"left": enum.LEFT, "center": enum.CENTER, "right": enum.RIGHT}[align]
        if indent:
            paragraph.paragraph_format.first_line_indent = self.docx.shared.Pt(2 * size)
        self._font(paragraph.add_run(text), font, size, bold=bold)

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


def word_document() -> _Document:
    """A new office-style Word document (python-docx required)."""
    return _Document()


# The 督办通知: a unit's late tasks.


def _status_cell(item: Any, *, set_aside: bool = False) -> str:  # noqa: ANN401 - a ChaseItem
    if item.report is None:
        # A unit whose file was set aside did return one: it is to correct it.
        return _("returned, set aside for correction") if set_aside else _("not reported")
    return _("{status} (reported {date})").format(
        status=item.report.status.label, date=day_text(item.report.as_of)
    )


def _roles_text(chase: Chase) -> str:
    """The unit's role in the chased tasks, as the notice's sentence says it (牵头, 负责)."""
    roles = {i.role for i in chase.items}
    if roles == {Role.LEAD}:
        return pgettext("a chase notice: the tasks that your unit ...", "leads")
    if Role.LEAD not in roles:
        return pgettext("a chase notice: the tasks that your unit ...", "is responsible for")
    return pgettext("a chase notice: the tasks that your unit ...", "leads or is responsible for")


def write_notice(
    ledger: Ledger,
    chase: Chase,
    path: str | os.PathLike[str],
    as_of: datetime.date | str,
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    language: str | None = "zh",
    dated: datetime.date | str | None = None,
) -> None:
    """Write the draft 督办通知 for one unit's :class:`~dg_plan.tracking.Chase` (.docx).

    The notice has a title in an office's form (关于督促落实逾期未完成任务的通知, as
    the 退回修改 notice's is 关于退回修改推进情况填报表的通知), the addressee (the
    unit), a paragraph saying which plan and day it is about, a table of the tasks
    (序号: the task's number in the plan, 任务, 完成时限, 当前状态: the unit's own
    answer or 未报送), the line asking for a reply by *reply_by*, 特此通知, a contact
    line left to fill in (联系人, 联系电话), and the *office* (without one, the
    placeholder （发文单位）, as on the 退回修改 notice) and the day it is dated
    (*dated*: today by default) at the bottom. It is a draft: open it in Word or
    WPS, fill in the placeholders, add the document number, and send it.

    Args:
        ledger: The ledger the chase was made from (for the plan's title).
        chase: One unit's row of :meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`.
        path: The .docx file to write.
        as_of: The day the chase speaks for (截至日期).
        reply_by: The day to reply by; by default a week after the notice's date.
        office: The sending office, printed above the date; when empty, the
            placeholder （发文单位） (``(sending office)`` in English) to fill in.
        language: The notice's words, ``"zh"`` (the default) or ``"en"``.
        dated: The day the notice is dated (issued), at its foot; by default today,
            the day it is written (not the 截至日期 it speaks for).

    Raises:
        ImportError: python-docx is not installed (``pip install 'dg_plan[docx]'``).
        InvalidQueryError: A day is not a date, or *language* is neither.
        OSError: The file cannot be written.
    """
    day = read_day(as_of, "as_of")
    issued = _issue_day(dated)
    reply = (
        issued + datetime.timedelta(days=7) if reply_by is None else read_day(reply_by, "reply_by")
    )
    with using(language):
        doc = word_document()
        doc.paragraph(
            _("Notice on pressing ahead with the tasks past their deadline"),
            font=TITLE_FONT,
            size=22,
            align="center",
        )
        doc.paragraph(_("{unit}:").format(unit=chase.unit))
        count = len(chase.items)
        doc.paragraph(
            ngettext(
                "As of {date}, the following {count} task of {title} that your unit {role} "
                "is past its deadline and not reported done. Please press on with it "
                "without delay.",
                "As of {date}, the following {count} tasks of {title} that your unit {role} "
                "are past their deadlines and not reported done. Please press on with them "
                "without delay.",
                count,
            ).format(
                date=day_text(day),
                count=count,
                title=ledger.plan.metadata.title,
                role=_roles_text(chase),
            ),
            indent=True,
        )
        doc.table(
            notice_header(),
            [
                (
                    str(i.task.number),
                    i.task.text,
                    str(i.task.deadline),
                    _status_cell(i, set_aside=chase.set_aside),
                )
                for i in chase.items
            ],
        )
        doc.paragraph(
            _(
                "Please reply in writing by {date} with the progress of each task and its evidence."
            ).format(date=day_text(reply)),
            indent=True,
        )
        doc.paragraph(_("Hereby notified."), indent=True)
        doc.paragraph(
            _("Contact: {name}; telephone: {phone}").format(
                name=_("(contact person)"), phone=_("(telephone)")
            ),
            indent=True,
        )
        # Without an office, a placeholder the clerk fills, as on the 退回修改 notice.
        doc.paragraph(office or _("(sending office)"), align="right")
        doc.paragraph(day_text(issued), align="right")
        emit(path, doc.bytes(), "docx")


def _issue_day(dated: datetime.date | str | None) -> datetime.date:
    """The day a notice is dated: *dated*, or today (the day it is written)."""
    return datetime.date.today() if dated is None else read_day(dated, "dated")  # noqa: DTZ011


def chase_notice_name(unit: str) -> str:
    """The file name of *unit*'s 督办通知: ``省委编办-督办通知.docx``."""
    return f"{unit}-督办通知.docx"


def chase_notices(
    ledger: Ledger,
    as_of: datetime.date | str,
    folder: str | os.PathLike[str],
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    language: str | None = "zh",
    set_aside: Iterable[str] = (),
    overwrite: bool = True,
    dated: datetime.date | str | None = None,
) -> tuple[str, ...]:
    """Write one 督办通知 per unit to chase on *as_of* into *folder* (``{unit}-督办通知.docx``).

    The units are those of :meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`; the
    other arguments are :func:`write_notice`'s. *folder* is made if missing, as
    :func:`write_notices` makes its own. *set_aside*: the units whose returned file
    of the round was set aside (as :meth:`Ledger.chase` takes them): their notice
    says 已报回待修改 where their answer is missing. *overwrite*: write over notices
    already in *folder* (a clerk may have edited them); with ``False`` nothing is
    written if any of them exists. The command line passes ``False`` unless
    ``--force`` is given.

    Returns:
        The paths of the files written, in the order of the chase.

    Raises:
        ImportError: python-docx is not installed.
        InvalidQueryError: *overwrite* is ``False`` and notices to write exist
            already (kind ``notices_exist``, naming them all).
        OSError: A file cannot be written.
    """
    day = read_day(as_of, "as_of")
    chases = ledger.chase(day, set_aside=set_aside)
    paths = [Path(folder) / chase_notice_name(chase.unit) for chase in chases]
    issued = _issue_day(dated)
    if not overwrite:
        _refuse_existing(folder, paths)
    if chases:
        Path(folder).mkdir(parents=True, exist_ok=True)
    written = []
    for chase, path in zip(chases, paths, strict=True):
        write_notice(
            ledger,
            chase,
            path,
            day,
            reply_by=reply_by,
            office=office,
            language=language,
            dated=issued,
        )
        written.append(str(path))
    return tuple(written)


def _refuse_existing(folder: str | os.PathLike[str], paths: Iterable[Path]) -> None:
    """Refuse to write over the notices of *paths* that exist already, naming them all.

    Raises:
        InvalidQueryError: Some exist (kind ``notices_exist``).
    """
    found = tuple(os.fspath(p) for p in paths if os.path.lexists(p))
    if found:
        raise query_error(QueryErrorKind.NOTICES_EXIST, "folder", os.fspath(folder), paths=found)


# The 退回修改 notice: a returned file set aside, each cell to fix.


def notice_name(unit: str) -> str:
    """The file name of *unit*'s return notice: ``省审计厅-退回修改通知.docx``."""
    return f"{unit}-退回修改通知.docx"


def _shown(value: object) -> str:
    """What a cell held, as a person reads it: a day as 2024-12-15, a blank as （空白）."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "（空白）"
    if isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time() else value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return "、".join("" if v is None else str(v) for v in value)
    return str(value)


# The problems that say a returned file is not the round's template at all: nothing in
# it to fix cell by cell; the unit is asked to fill in the template instead.
NOT_THE_TEMPLATE = frozenset(
    {"no_template_sheet", "not_a_template", "template_other_plan", "unknown_suffix"}
)
# A template of a round already reported (last round's, sent again): the unit is asked
# for this round's template, as for a file that is not the template.
EARLIER_ROUND = "round_in_ledger"
# A template of another round than the one collected (its 截至日期 is not the round's).
OTHER_ROUND = "other_round"


# The problems that are the office's to settle, not the unit's to fix: two files of a unit
# for one round (which to keep is the office's choice). No notice tells the unit of them.
FOR_THE_OFFICE = frozenset({"two_files_of_unit", "second_template"})


def for_the_unit(f: SetAside) -> SetAside | None:
    """*f* with only the problems its unit can fix (``None``: none, so no notice)."""
    own = tuple(p for p in f.problems if p.kind not in FOR_THE_OFFICE)
    if not own:
        return None
    return f if len(own) == len(f.problems) else attrs.evolve(f, problems=own)


def _not_the_template(f: SetAside) -> bool:
    return any(
        p.kind in NOT_THE_TEMPLATE or p.kind in {EARLIER_ROUND, OTHER_ROUND} for p in f.problems
    )


def _iso_day(values: dict[str, str], key: str) -> str:
    """A day among a problem's values (ISO), as the notice writes it: 2024年6月30日."""
    return day_text(datetime.date.fromisoformat(values[key]))


def _requirement(p: TrackingProblem, statuses: dict[int, str]) -> str:
    """What is wrong with a cell and what to fill, in the notice's words.

    The days in the notice's way (2024年6月30日), what to write said plainly, and the
    unit's own 状态 quoted as it wrote it; other problems as :meth:`render` says them.
    """
    kind = None if p.kind is None else p.kind.value
    values = dict(p.values)
    written = statuses.get(p.row or 0, "已完成")
    if kind == "done_after_report_cell" and "as_of" in values:
        return (
            f"完成日期应不晚于{_iso_day(values, 'as_of')}（本表截至日期）；"
            "如该任务在截至日期后才完成，本轮应填“推进中”，完成日期留空"
        )
    if kind == "partly_done":
        return (
            f"“{values.get('written', p.value)}”不是可选的状态，"
            "状态应从“未启动、推进中、已完成”中选择；未全部完成的填“推进中”"
        )
    if kind == "done_before_issued" and "issued" in values:
        return (
            f"完成日期应不早于{_iso_day(values, 'issued')}（任务清单印发日期），"
            "请填写实际完成的日期"
        )
    if kind == "done_without_day_cell":
        return f"状态填写为“{written}”的，须在“完成日期”列填写实际完成的日期"
    if kind == "day_not_done_cell":
        return f"状态填写为“{written}”的，不填写完成日期；如已完成，请将状态改为“已完成”"
    return p.render("zh")


def _foreign_text(f: SetAside, form: str, by: str) -> str:
    """The paragraph sending back a file that is not this round's template."""
    name = Path(f.file).name
    other = next((p for p in f.problems if p.kind == OTHER_ROUND), None)
    if other is not None and f.as_of is not None:
        what = (
            f"你单位报回的文件（文件名：{name}）是截至{day_text(f.as_of)}的填报表，"
            f"不是本轮下发的填报表（本轮截至{_iso_day(dict(other.values), 'expected')}），"
            "无法汇入台账，现予退回。"
        )
    elif any(p.kind == EARLIER_ROUND for p in f.problems) and f.as_of is not None:
        what = (
            f"你单位报回的文件（文件名：{name}）是截至{day_text(f.as_of)}的填报表，"
            "该期情况此前已经报送，不是本轮下发的填报表，现予退回。"
        )
    elif any(p.kind == "not_a_template" for p in f.problems):
        what = (
            f"你单位报回的文件（文件名：{name}）不是本轮下发的填报表原样：填报表开头几行"
            "（标题，以及填报单位、截至日期所在的第2行）被改动或删除，未能汇入台账，"
            "现予退回。请勿改动或删除开头几行。"
        )
    else:
        what = f"你单位报回的文件（文件名：{name}）不是本轮下发的填报表，无法汇入台账，现予退回。"
    return (
        f"{what}请使用本轮下发的{form}填写，于{by}前重新报回；如填报表遗失，请与我们联系重新索取。"
    )


def _return_notice(
    plan: Plan,
    unit: str,
    files: Sequence[SetAside],
    return_by: datetime.date | None,
    issuer: str,
    dated: datetime.date,
) -> bytes:
    """One unit's 退回修改 notice, in Chinese (the caller has Chinese in force).

    A file that is not the round's template (or a template of a round reported
    already) is said to be so, in the office's words (no cell of a sheet the file
    does not have), and this round's template asked for; the problems of the other
    files are listed cell by cell in a table, each row with its task's 序号. The
    notice is dated *dated*, the day it is written, as a 督办通知 is.
    """
    doc = word_document()
    doc.paragraph("关于退回修改推进情况填报表的通知", font=TITLE_FONT, size=22, align="center")
    doc.paragraph(f"{unit}：")
    form = f"《{plan.metadata.title}推进情况填报表》"
    by = BLANK_DAY if return_by is None else day_text(return_by)
    problems: list[tuple[SetAside, TrackingProblem]] = []
    foreign = [f for f in files if _not_the_template(f)]
    listed = [f for f in files if not _not_the_template(f)]
    for f in foreign:
        doc.paragraph(_foreign_text(f, form, by), indent=True)
    for f in listed:
        problems += [(f, p) for p in f.problems]
        day = "" if f.as_of is None else f"截至{day_text(f.as_of)}，"
        doc.paragraph(
            f"你单位报回的{form}"
            f"（{day}文件名：{Path(f.file).name}）经审核，有{len(f.problems)}处需要修改，"
            "未能汇入台账，现予退回修改。具体问题见下表。",
            indent=True,
        )
    if listed:
        rows = []
        for i, (f, p) in enumerate(problems, start=1):
            tasks, statuses = dict(f.tasks), dict(f.statuses)
            task = None if p.row is None else tasks.get(p.row)
            rows.append(
                (
                    str(i) if len(listed) == 1 else f"{i}（{Path(f.file).name}）",
                    "" if task is None else str(task),
                    SHEET if p.row is not None else "",
                    "" if p.row is None else str(p.row),
                    p.column or "",
                    _shown(p.value),
                    _requirement(p, statuses),
                )
            )
        doc.table(NOTICE_HEADER, rows)
        doc.paragraph(
            f"请对照上表逐项修改，修改后于{by}前将填报表重新报回。"
            "未列出的行无需修改，请勿改动表中任务序号和任务内容。",
            indent=True,
        )
    doc.paragraph("特此通知。", indent=True)
    doc.paragraph(CONTACT, indent=True)
    for text in (issuer, day_text(dated)):
        doc.paragraph(text, align="right")
    return doc.bytes()


def write_notices(
    plan: Plan,
    set_aside: Sequence[SetAside],
    folder: str | os.PathLike[str],
    *,
    return_by: datetime.date | str | None = None,
    issuer: str = ISSUER,
    overwrite: bool = True,
    dated: datetime.date | str | None = None,
) -> tuple[tuple[str, Path], ...]:
    """Write a 退回修改 notice (.docx) for each unit whose returned file was set aside.

    One notice per unit, listing every problem of each of its files set aside: a
    table of 序号, 任务序号 (the task's number in the plan, where the row names one),
    工作表, 行, 列, 填写内容 (what the cell holds) and 问题及填写要求 (what is wrong
    and what to fill, in Chinese: days as 2024年6月30日, the unit's 状态 quoted as
    written), then the day to return it by, 特此通知, the contact line, the issuing
    office and the date: *dated*, by default today, the day it is written. A
    file that is not the round's template at all (no 填报 sheet, not the template,
    another plan's, not a workbook), or is the template of a round already reported
    (last round's, sent again), is said to be so in plain words, and this round's
    template asked for, with no table row: there is no cell to fix. A file whose unit
    could not be read gets no notice (nobody to address it to); nor does a problem
    that is the office's to settle (``two_files_of_unit``: two files of the unit for
    the round, which to keep being the office's choice), and a file with no other
    problem gets no notice.

    Args:
        plan: The plan the templates were made from.
        set_aside: The files set aside (:attr:`Returns.set_aside`).
        folder: Where to write the notices (made if missing), one file per unit,
            named ``<unit>-退回修改通知.docx``.
        return_by: The day to return the corrected file by; without it, a blank
            ``____年__月__日`` is left to fill in.
        issuer: The issuing office, signed at the foot; by default a placeholder.
        overwrite: Write over notices already in *folder* (a clerk may have edited
            them); with ``False`` nothing is written if any of them exists. The
            command line passes ``False`` unless ``--force`` is given.
        dated: The day the notices are dated (issued); by default today.

    Returns:
        Each unit and the path of its notice, in the order the files were set aside.

    Raises:
        InvalidQueryError: *return_by* is not a day, or *overwrite* is ``False``
            and notices to write exist already (kind ``notices_exist``, naming them all).
        ImportError: python-docx is not installed (``pip install 'dg_plan[docx]'``).
        OSError: A notice cannot be written.
    """
    day = None if return_by is None else read_day(return_by, "return_by")
    issued = _issue_day(dated)
    by_unit: dict[str, list[SetAside]] = {}
    for f in set_aside:
        own = for_the_unit(f)
        if f.unit is not None and own is not None:
            by_unit.setdefault(f.unit, []).append(own)
    if not by_unit:
        return ()
    out = Path(folder)
    if not overwrite:
        _refuse_existing(folder, (out / notice_name(unit) for unit in by_unit))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with using("zh"):
        for unit, files in by_unit.items():
            path = out / notice_name(unit)
            emit(path, _return_notice(plan, unit, files, day, issuer, issued), "docx")
            written.append((unit, path))
    return tuple(written)


# The 催报 notice: a unit sent the round's template that returned no file.


def remind_notice_name(unit: str) -> str:
    """The file name of *unit*'s 催报 notice: ``省审计厅-催报通知.docx``."""
    return f"{unit}-催报通知.docx"


def remind_notices(
    plan: Plan,
    units: Iterable[str],
    as_of: datetime.date | str,
    folder: str | os.PathLike[str],
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    overwrite: bool = True,
    dated: datetime.date | str | None = None,
) -> tuple[str, ...]:
    """Write a 催报通知 (.docx) for each of *units*: sent the round's template, none returned.

    In the form of the other notices (in Chinese): the title 关于报送推进情况填报表的通知,
    the addressee, a paragraph saying the round's template (截至 *as_of*) was sent and
    no file has come back, the day to return it by (*reply_by*; by default a week after
    the notice's date), 特此通知, the contact line, the office and the day it is dated
    (*dated*, today by default). Named ``{unit}-催报通知.docx``; *folder* is made if
    missing; *overwrite* as for :func:`chase_notices`.

    Returns:
        The paths of the files written, in the order of *units*.

    Raises:
        ImportError: python-docx is not installed.
        InvalidQueryError: A day is not a date, or *overwrite* is ``False`` and notices
            to write exist already (kind ``notices_exist``).
        OSError: A file cannot be written.
    """
    day = read_day(as_of, "as_of")
    issued = _issue_day(dated)
    reply = (
        issued + datetime.timedelta(days=7) if reply_by is None else read_day(reply_by, "reply_by")
    )
    names = list(dict.fromkeys(units))
    paths = [Path(folder) / remind_notice_name(unit) for unit in names]
    if not overwrite:
        _refuse_existing(folder, paths)
    if names:
        Path(folder).mkdir(parents=True, exist_ok=True)
    form = f"《{plan.metadata.title}推进情况填报表》"
    written = []
    with using("zh"):
        for unit, path in zip(names, paths, strict=True):
            doc = word_document()
            doc.paragraph("关于报送推进情况填报表的通知", font=TITLE_FONT, size=22, align="center")
            doc.paragraph(f"{unit}：")
            doc.paragraph(
                f"{form}（截至{day_text(day)}）已下发你单位，截至目前尚未收到你单位报回的"
                f"填报表。请按表内要求逐项如实填写，于{day_text(reply)}前报回。"
                "如已报回，请与我们联系核对；如填报表遗失，请与我们联系重新索取。",
                indent=True,
            )
            doc.paragraph("特此通知。", indent=True)
            doc.paragraph(CONTACT, indent=True)
            doc.paragraph(office or ISSUER, align="right")
            doc.paragraph(day_text(issued), align="right")
            emit(path, doc.bytes(), "docx")
            written.append(str(path))
    return tuple(written)
