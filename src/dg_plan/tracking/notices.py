"""退回修改 notices: one Word document per unit whose returned file was set aside.

A notice is written the way a supervision office writes one: a title, the unit it is
addressed to, what was found (a table of each cell to fix: row, column, what was
written, what is expected), the day to return the file by, and a place for the
issuing office and its date. It is always in Chinese: it goes to a Chinese office.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dg_plan._compat import require
from dg_plan._dates import read_day
from dg_plan._plan import Plan
from dg_plan._tracking_problems import TrackingProblem

from .templates import SHEET, SetAside

__all__ = ["NOTICE_HEADER", "notice_name", "write_notices"]

#: The header of a notice's table, in order.
NOTICE_HEADER = ("序号", "工作表", "行", "列", "填写内容", "问题及填写要求")
#: What a notice leaves for the office to fill in: the return-by day, its name, its date.
BLANK_DAY = "____年__月__日"
ISSUER = "（发文单位）"
ISSUE_DAY = "年    月    日"
_BODY_FONT = "仿宋_GB2312"
_TITLE_FONT = "方正小标宋简体"


def notice_name(unit: str) -> str:
    """The file name of *unit*'s notice: ``省审计厅-退回修改通知.docx``."""
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


def _chinese_day(day: datetime.date) -> str:
    """A day as an official document writes it: 2024年12月31日."""
    return f"{day.year}年{day.month}月{day.day}日"


def _font(run: Any, name: str, size: float, *, bold: bool = False) -> None:  # noqa: ANN401
    """Give *run* a Chinese font (its East Asian name too, which Word reads) and size."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional
    from docx.shared import Pt  # noqa: PLC0415

    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)  # noqa: SLF001


def _paragraph(doc: Any, text: str, *, size: float = 16, indent: bool = False) -> Any:  # noqa: ANN401
    from docx.shared import Pt  # noqa: PLC0415 - optional

    paragraph = doc.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(size * 2)
    _font(paragraph.add_run(text), _BODY_FONT, size)
    return paragraph


def _notice(
    plan: Plan,
    unit: str,
    files: Sequence[SetAside],
    return_by: datetime.date | None,
    issuer: str,
) -> Any:  # noqa: ANN401 - a python-docx Document
    docx = require("docx", "docx", "退回修改 notices")
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415 - optional
    from docx.shared import Cm  # noqa: PLC0415

    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(2.6)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(title.add_run("关于退回修改推进情况填报表的通知"), _TITLE_FONT, 22)
    _paragraph(doc, f"{unit}：")
    problems: list[tuple[str, TrackingProblem]] = []
    for f in files:
        problems += [(Path(f.file).name, p) for p in f.problems]
        day = "" if f.as_of is None else f"（截至{_chinese_day(f.as_of)}）"
        _paragraph(
            doc,
            f"你单位报回的《{plan.metadata.title}推进情况填报表》{day}"
            f"（文件名：{Path(f.file).name}）经审核，有 {len(f.problems)} 处需要修改，"
            "未能汇总入台账，现予退回修改。具体问题见下表。",
            indent=True,
        )
    table = doc.add_table(rows=1, cols=len(NOTICE_HEADER))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, NOTICE_HEADER, strict=True):
        _font(cell.paragraphs[0].add_run(heading), _BODY_FONT, 12, bold=True)
    for i, (name, p) in enumerate(problems, start=1):
        sheet = SHEET if p.row is not None else ""
        cells = table.add_row().cells
        values = (
            str(i) if len(files) == 1 else f"{i}（{name}）",
            sheet,
            "" if p.row is None else str(p.row),
            p.column or "",
            _shown(p.value),
            p.render("zh"),
        )
        for cell, value in zip(cells, values, strict=True):
            _font(cell.paragraphs[0].add_run(value), _BODY_FONT, 12)
    by = (
        BLANK_DAY
        if return_by is None
        else f"{return_by.year}年{return_by.month}月{return_by.day}日"
    )
    _paragraph(
        doc,
        f"请对照上表逐项修改，修改后于{by}前将填报表重新报回。"
        "未列出的行不需修改，请勿改动表中任务序号和任务内容。",
        indent=True,
    )
    _paragraph(doc, "特此通知。", indent=True)
    for text in (issuer, ISSUE_DAY):
        paragraph = _paragraph(doc, text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return doc


def write_notices(
    plan: Plan,
    set_aside: Sequence[SetAside],
    folder: str | os.PathLike[str],
    *,
    return_by: datetime.date | str | None = None,
    issuer: str = ISSUER,
) -> tuple[tuple[str, Path], ...]:
    """Write a 退回修改 notice (.docx) for each unit whose returned file was set aside.

    One notice per unit, listing every problem of each of its files set aside: a
    table of 序号, 工作表, 行, 列, 填写内容 (what the cell holds) and 问题及填写要求
    (what is expected, the problem in Chinese), then the day to return it by, and
    the issuing office and date left for the office to fill in. A file whose unit
    could not be read gets no notice (nobody to address it to).

    Args:
        plan: The plan the templates were made from.
        set_aside: The files set aside (:attr:`Returns.set_aside`).
        folder: Where to write the notices (made if missing), one file per unit,
            named ``<unit>-退回修改通知.docx``.
        return_by: The day to return the corrected file by; without it, a blank
            ``____年__月__日`` is left to fill in.
        issuer: The issuing office, signed at the foot; by default a placeholder.

    Returns:
        Each unit and the path of its notice, in the order the files were set aside.

    Raises:
        InvalidQueryError: *return_by* is not a day.
        ImportError: python-docx is not installed (``pip install 'dg_plan[docx]'``).
        OSError: A notice cannot be written.
    """
    day = None if return_by is None else read_day(return_by, "return_by")
    by_unit: dict[str, list[SetAside]] = {}
    for f in set_aside:
        if f.unit is not None:
            by_unit.setdefault(f.unit, []).append(f)
    if not by_unit:
        return ()
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for unit, files in by_unit.items():
        path = out / notice_name(unit)
        _notice(plan, unit, files, day, issuer).save(os.fspath(path))
        written.append((unit, path))
    return tuple(written)
