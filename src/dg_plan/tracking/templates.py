"""Reporting templates: one xlsx per unit out (the returns are read by :mod:`.returns`)."""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from dg_plan._compat import require
from dg_plan._dates import read_day
from dg_plan._model import Task, Unit, UnitKind
from dg_plan._output import anonymous
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._results import Responsibility

from .files import plan_fingerprint
from .layout import (
    COLUMN_WIDTHS,
    DAY_COLUMN,
    DAY_FORMAT,
    FIRST_ROW,
    HEADER_ROW,
    HIDDEN_FORMAT,
    META,
    REPORTING,
    RETURN_SUFFIXES,
    SHEET,
    SIGN_OFF,
    TEMPLATE_FORMAT,
    TEMPLATE_HEADER,
    TEMPLATE_INFO_HEADER,
    WORKBOOK_SUFFIXES,
    csv_rows,
    is_blank,
    parse_day,
)
from .model import ROLE_LABELS, Status

# Reading the returns was once in this module: its names are still importable from here.
from .rounds import Returns, SetAside, collect, read_returns

__all__ = [
    "COLUMN_WIDTHS",
    "MANIFEST",
    "MANIFEST_HEADER",
    "RETURN_SUFFIXES",
    "SHEET",
    "SIGN_OFF",
    "SKIP_REASONS",
    "TEMPLATE_FORMAT",
    "TEMPLATE_HEADER",
    "TEMPLATE_INFO_HEADER",
    "WORKBOOK_SUFFIXES",
    "Returns",
    "Sent",
    "SetAside",
    "TemplatesWritten",
    "collect",
    "parse_day",
    "read_returns",
    "read_sent",
    "write_template",
    "write_templates",
]


def write_template(
    plan: Plan,
    unit: str | Unit,
    path: str | os.PathLike[str],
    *,
    as_of: datetime.date | str,
    overwrite: bool = True,
) -> None:
    """Write the reporting template for *unit*: an xlsx with a row per task it answers for.

    Row 2 holds the unit, the reporting day (``统计截止日期``), the plan's fingerprint and
    the template's format; row 4 is the header
    :data:`~dg_plan.tracking.TEMPLATE_HEADER`. The plan's own
    columns (序号, 主要任务, 完成时限, 职责) and row 2 are protected by the sheet's
    protection (no password: it stops slips, not people); 状态 (a drop-down of the
    Chinese labels), 完成日期, 进展情况 and 佐证材料 stay editable.

    Two columns after them say, for each row, who leads the task (牵头单位) and whether
    this unit is accountable for it, so that its answer counts toward the task's status
    (是否主责单位: 是 when the unit, or the collective it answers through, is
    accountable; a task with no lead reads 无牵头单位). The days are shown as
    Chinese writes them (2024年12月15日). Below the rows, 填报人, 联系电话, 审核人,
    填报单位（盖章） and 填报日期 are asked for; :func:`read_returns` reads them back
    into each report's :class:`~dg_plan.tracking.model.Source`. The template's
    version, which the reader checks, is in a hidden cell (L2), out of the unit's
    sight. The sheet
    prints on A4 landscape, one page wide, the header row repeated on every page.

    Args:
        plan: The plan.
        unit: The unit, or its name or alias. A collective that stands for named
            members (各省辖市政府) has no template of its own: each member gets one.
        path: Where to write the workbook (its folder is made if missing).
        as_of: The day the reports will speak for (a date or ``"2024/6/30"`` and the like).
        overwrite: Write over an existing file at *path*; with ``False`` an existing
            file (perhaps a filled return) is refused. The command line passes
            ``False`` unless ``--force`` is given.

    Raises:
        InvalidQueryError: *overwrite* is ``False`` and *path* exists (kind
            ``file_exists``, naming the path).
        UnknownUnitError: *unit* names no unit.
        InvalidQueryError: *as_of* is not a date, or *unit* is a collective (kind
            ``through_members`` when it has members, ``names_no_member`` when it
            names none: nobody can be sent its template), or answers for no task.
        ImportError: openpyxl is not installed (``pip install 'dg_plan[excel]'``).
        OSError: The file cannot be written.
    """
    openpyxl = require("openpyxl", "excel", "reporting templates")
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415 - optional
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    day = read_day(as_of, "as_of")
    if not overwrite and os.path.lexists(path):
        raise query_error(QueryErrorKind.FILE_EXISTS, "path", os.fspath(path), path=os.fspath(path))
    found = plan.unit(unit)
    if found.members:
        raise query_error(
            QueryErrorKind.THROUGH_MEMBERS,
            "unit",
            unit,
            unit=found.name,
            members=tuple(found.members),
        )
    if found.kind is UnitKind.COLLECTIVE:
        raise query_error(QueryErrorKind.NAMES_NO_MEMBER, "unit", unit, unit=found.name)
    rows = plan.responsibilities(found)
    if not rows:
        raise query_error(QueryErrorKind.NO_TASK_FOR_UNIT, "unit", unit, unit=found.name)
    wb = anonymous(openpyxl.Workbook())
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = f"{plan.metadata.title}推进情况填报表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    meta: dict[str, Any] = {
        "unit": found.name,
        "as_of": day,
        "fingerprint": plan_fingerprint(plan),
        "format": TEMPLATE_FORMAT,
    }
    labels = {
        "unit": "填报单位",
        "as_of": "统计截止日期",
        "fingerprint": "清单校验码",
    }
    for key, (row, column) in META.items():
        if key in labels:
            ws.cell(row, column - 1, labels[key]).font = Font(bold=True)
            ws.cell(row, column, meta[key])
    # The version is for the reader, not the unit: in a hidden column, out of sight, and
    # white on white should the column be shown. It stays a cell's value (not a defined
    # name or a document property) because a return re-saved as .csv, .xls or .ods keeps
    # only its cells: the reader finds the version there, as on earlier templates (H2).
    ws.cell(*HIDDEN_FORMAT, meta["format"]).font = Font(color="FFFFFF")
    ws.column_dimensions[ws.cell(*HIDDEN_FORMAT).column_letter].hidden = True
    ws.cell(*META["as_of"]).number_format = DAY_FORMAT
    done_example, expected_example = fill_in_examples(day)
    # 填表说明 as a 公文 numbers its points (一、二、…), one a line (the twelfth reader:
    # one paragraph of 265 characters was too long to read).
    ws["A3"] = "\n".join(
        [
            "填表说明：",
            "一、“状态”列请从下拉列表中选择（未启动、推进中、已完成）；未填写状态的行视为未报送。",
            f"二、已完成的，请填写完成日期（不晚于统计截止日期，如{done_example}）。",
            # The column's header says both its readings (the fifteenth reader, fault 15).
            f"三、推进中、未启动的可在“{DAY_COLUMN}”列填写预计完成日期（如{expected_example}）。",
            "四、佐证材料每行一项（文号或网址）。",
            # By 主责单位, which covers a task whose only units are 配合 (the ninth reader),
            # in two sentences, the rule and who is 主责 (the thirteenth reader).
            (
                "五、“是否主责单位”为“否”的任务，本单位所填仅供参考，任务状态以主责单位所填为准。"
                "主责单位为牵头单位；无牵头单位的，为负责单位；均无的，为配合单位。"
            ),
            "六、请在表末填写填报人、联系电话、审核人、填报单位（盖章）和填报日期。",
            "七、第2行的清单校验码用于核对本表是否为本轮下发的填报表，请勿改动。",
        ]
    )
    ws.merge_cells("A3:J3")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 150  # eight lines of the instructions, one wrapped
    for column, title in enumerate(TEMPLATE_HEADER, start=1):
        ws.cell(HEADER_ROW, column, title).font = Font(bold=True)
    _task_rows(ws, rows, found.name)
    last = FIRST_ROW + len(rows) - 1
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(s.label for s in Status) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="状态",
        error="请从列表中选择：" + "、".join(s.label for s in Status),
    )
    choice.add(f"E{FIRST_ROW}:E{last}")
    ws.add_data_validation(choice)
    _sign_off_rows(ws, last + 2)
    for letter, size in COLUMN_WIDTHS.items():
        ws.column_dimensions[letter].width = size
    _print_setup(ws)
    ws.freeze_panes = ws.cell(FIRST_ROW, 1)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    Path(path).parent.mkdir(parents=True, exist_ok=True)  # as write_templates makes its folder
    wb.save(os.fspath(path))


def fill_in_examples(as_of: datetime.date) -> tuple[str, str]:
    """The instruction row's two examples, each one the form itself accepts.

    A completion day no later than the 统计截止日期 (a later one is a problem: work
    finished after it is 推进中 this round): the 15th of its month, or the 1st when
    the day is earlier in the month. And an expected time after it: the end of the
    month six months on (2024年6月30日: 2024年12月底前).
    """
    done = as_of.replace(day=15 if as_of.day >= 15 else 1)
    months = as_of.year * 12 + as_of.month - 1 + 6
    expected = f"{months // 12}年{months % 12 + 1}月底前"
    return f"{done.year}年{done.month}月{done.day}日", expected


def _sign_off_rows(ws: Any, first: int) -> None:  # noqa: ANN401 - an openpyxl worksheet
    """The sign-off area from row *first*: a label each, the cell right of it to fill in.

    填报人, 联系电话, 审核人, 填报单位（盖章） and 填报日期 (a day cell, written as
    2024年7月3日); the reader keeps each answer in the reports' source.
    """
    from openpyxl.styles import Font, Protection  # noqa: PLC0415 - optional

    for offset, label in enumerate(SIGN_OFF):
        row = first + offset
        ws.cell(row, 1, label).font = Font(bold=True)
        ws.cell(row, 2).protection = Protection(locked=False)
        if label == "填报日期":
            ws.cell(row, 2).number_format = DAY_FORMAT


def _task_rows(ws: Any, rows: Sequence[Responsibility], unit: str) -> None:  # noqa: ANN401
    """Write a template's rows: the plan's columns, the reporting cells, who leads."""
    from openpyxl.styles import Alignment, Font, Protection  # noqa: PLC0415 - optional

    unlocked = Protection(locked=False)
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, title in enumerate(TEMPLATE_INFO_HEADER, start=len(TEMPLATE_HEADER) + 1):
        ws.cell(HEADER_ROW, column, title).font = Font(bold=True)
    for i, r in enumerate(rows):
        row = FIRST_ROW + i
        values = (r.task.number, r.task.text, str(r.task.deadline), ROLE_LABELS[r.role])
        for column, value in enumerate(values, start=1):
            ws.cell(row, column, value).alignment = wrap
        answering = unit if r.via is None else r.via.name
        for column, value in enumerate(_info(r.task, answering), start=9):
            ws.cell(row, column, value).alignment = wrap
        for column in REPORTING:
            cell = ws.cell(row, column)
            cell.protection = unlocked
            cell.alignment = wrap
        ws.cell(row, 6).number_format = DAY_FORMAT


def _info(task: Task, answering: str) -> tuple[str, str]:
    """A template row's 牵头单位 and 是否主责单位, for a unit answering as *answering*."""
    leads = "、".join(u.name for u in task.leads) or "无牵头单位"  # as show says it
    counts = answering in {u.name for u in task.accountable}
    return leads, "是" if counts else "否"


def _print_setup(ws: Any) -> None:  # noqa: ANN401 - an openpyxl worksheet
    """A4 landscape, one page wide, the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


#: The file :func:`write_templates` lists what it wrote in: each unit, file and day.
MANIFEST = "sent.csv"
#: Its header row.
MANIFEST_HEADER = ("填报单位", "文件", "统计截止日期")
#: Why :func:`write_templates` wrote no template for a unit: its members get one
#: each; it is a collective that names no member, so nobody can be sent it; it
#: answers for no task.
SKIP_REASONS = ("through_members", "names_no_member", "no_task")


@attrs.frozen
class TemplatesWritten:
    """What :func:`write_templates` wrote, and the units it wrote none for.

    Attributes:
        written: Each unit and the path of its template, in the plan's order of units.
        skipped: Each unit given no template, and why: one of ``SKIP_REASONS``.
        manifest: The list of what was sent (``sent.csv``), for ``collect --sent``.
    """

    written: tuple[tuple[str, Path], ...]
    skipped: tuple[tuple[str, str], ...]
    manifest: Path


def write_templates(
    plan: Plan,
    folder: str | os.PathLike[str],
    *,
    as_of: datetime.date | str,
    overwrite: bool = False,
) -> TemplatesWritten:
    """Write a template for every unit that can be sent one, into *folder*.

    Each unit that answers for tasks gets ``<name>.xlsx`` (:func:`write_template`);
    the members of a collective (郑州市人民政府, … of 各省辖市政府) get one each, by
    name, and the collective none. A collective that names no member (省直相关部门)
    gets none either: nobody can be sent it; it is listed in
    :attr:`TemplatesWritten.skipped`. ``sent.csv`` lists the units, files and
    day, for :func:`read_sent`.

    Args:
        plan: The plan.
        folder: Where to write (made if missing).
        as_of: The day the reports will speak for.
        overwrite: Write over existing files; by default, if any of the files
            exists, nothing is written (and every file in the way is named).

    Raises:
        InvalidQueryError: *as_of* is not a day, or (without *overwrite*) files
            exist already (kind ``file_exists``: ``path`` the first, and ``paths``
            every one when there are several; the message names them all).
        ImportError: openpyxl is not installed.
        OSError: A file cannot be written.
    """
    import csv  # noqa: PLC0415 - only the manifest needs it

    day = read_day(as_of, "as_of")
    out = Path(folder)
    units: list[Unit] = []
    skipped: list[tuple[str, str]] = []
    for unit in plan.units:
        if unit.members:
            skipped.append((unit.name, "through_members"))
        elif unit.kind is UnitKind.COLLECTIVE:
            skipped.append((unit.name, "names_no_member"))
        elif not plan.responsibilities(unit):
            skipped.append((unit.name, "no_task"))
        else:
            units.append(unit)
    paths = [out / f"{unit.name}.xlsx" for unit in units]
    if not overwrite:
        # Every file in the way is named at once (not the first, then the next on the
        # next try), as the notices in the way are.
        found = tuple(os.fspath(p) for p in (*paths, out / MANIFEST) if os.path.lexists(p))
        # Only a template in the way may be a filled return: the list of units sent is
        # named as what it is.
        returns = tuple(f for f in found if f != os.fspath(out / MANIFEST))
        if len(found) == 1:
            listed = {} if returns else {"listed": found[0]}
            raise query_error(QueryErrorKind.FILE_EXISTS, "path", found[0], path=found[0], **listed)
        if found:
            mixed = {"returns": returns} if len(returns) < len(found) else {}
            raise query_error(
                QueryErrorKind.FILE_EXISTS, "path", found[0], path=found[0], paths=found, **mixed
            )
    out.mkdir(parents=True, exist_ok=True)
    for unit, path in zip(units, paths, strict=True):
        write_template(plan, unit, path, as_of=day)
    with (out / MANIFEST).open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(MANIFEST_HEADER)
        # The list is for the people who send the forms (read_sent reads only the
        # units): the day is written as Chinese writes it, as in the forms.
        written = f"{day.year}年{day.month}月{day.day}日"
        writer.writerows((u.name, p.name, written) for u, p in zip(units, paths, strict=True))
    return TemplatesWritten(
        tuple((u.name, p) for u, p in zip(units, paths, strict=True)),
        tuple(skipped),
        out / MANIFEST,
    )


class Sent(tuple[str, ...]):  # noqa: SLOT001 - a tuple that carries its day (immutable)
    """The units a round's templates were sent to (a tuple of their names), and its day.

    What :func:`read_sent` returns: a tuple of names, as before, that also says the
    round's 统计截止日期 (:attr:`as_of`), so that ``read_returns(sent=...)`` sets aside a
    file of another round (last round's template filled in again).

    Attributes:
        as_of: The round's 统计截止日期, when the manifest (or every template in the
            folder) gives one and the same; else ``None``.
    """

    as_of: datetime.date | None

    def __new__(  # noqa: PYI034 - typing.Self is Python 3.11's
        cls, units: Sequence[str] = (), as_of: datetime.date | None = None
    ) -> Sent:
        """Make the list of *units*, of the round of *as_of*."""
        made = super().__new__(cls, units)
        object.__setattr__(made, "as_of", as_of)
        return made

    def __setattr__(self, name: str, value: object) -> None:
        """Refuse: a list of units sent is immutable."""
        raise AttributeError(name)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as the units and the day."""
        return (Sent, (tuple(self), self.as_of))

    def __repr__(self) -> str:
        """Return ``Sent((...), as_of=...)``."""
        return f"Sent({tuple(self)!r}, as_of={self.as_of!r})"


def _one_day(values: Sequence[object]) -> datetime.date | None:
    """The day *values* all give (a blank or unreadable one counts as none), or ``None``."""
    try:
        days = {parse_day(value) for value in values}
    except ValueError:
        return None
    return days.pop() if len(days) == 1 else None


def read_sent(plan: Plan, path: str | os.PathLike[str]) -> Sent:
    """The units the templates of a round were sent to, for ``read_returns(sent=...)``.

    Args:
        plan: The plan.
        path: A manifest (a CSV whose first column, under a header, names the units:
            the ``sent.csv`` that :func:`write_templates` writes, or a list of
            your own), or the folder the templates were written to: its manifest if
            it has one, else the unit (填报单位) of each template in it.

    Returns:
        The units' names, each once, in the order listed: a tuple (:class:`Sent`)
        whose ``as_of`` is the round's 统计截止日期, read from the manifest's third
        column (统计截止日期) or the templates' cover, when every row gives the same
        day (``None`` otherwise: a list of your own without days).

    Raises:
        UnknownUnitError: A name in the list names no unit.
        OSError: The file or folder cannot be read.
        ValueError: The manifest is not text in UTF-8 or GB18030.
    """
    where = Path(path)
    names: list[object] = []
    days: list[object] = []
    if where.is_dir() and not (where / MANIFEST).exists():
        calamine = require("python_calamine", "excel", "reading templates")
        for p in sorted(where.iterdir()):
            if p.suffix.lower() not in WORKBOOK_SUFFIXES or p.name.startswith((".", "~$")):
                continue
            wb = calamine.CalamineWorkbook.from_path(os.fspath(p))
            try:
                if SHEET in wb.sheet_names:
                    rows = wb.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
                    row, column = META["unit"]
                    if len(rows) >= row and len(rows[row - 1]) >= column:
                        names.append(rows[row - 1][column - 1])
                        day = META["as_of"][1]
                        cells = rows[row - 1]
                        days.append(cells[day - 1] if len(cells) >= day else None)
            finally:
                wb.close()
    else:
        rows = csv_rows(where / MANIFEST if where.is_dir() else where)
        names = [r[0] for r in rows[1:] if r]
        days = [r[2] if len(r) > 2 else None for r in rows[1:] if r]
    units = tuple(dict.fromkeys(plan.unit(str(n).strip()).name for n in names if not is_blank(n)))
    return Sent(units, _one_day(days) if days else None)
