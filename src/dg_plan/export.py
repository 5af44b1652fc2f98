"""The plan in the tools people already use: tables, data frames, files and calendars.

Notebook display
    :func:`table` wraps query results (which are plain tuples) so that a notebook
    shows them as an HTML table; :func:`tasks_html` returns that HTML for tasks.

Rows
    :func:`records` gives the plan as plain Python rows, in one of two forms:
    ``"wide"``, one row per task, and ``"long"``, one row per task and responsible
    unit with the unit's role. :func:`to_dataframe` gives the same rows as a typed
    pandas ``DataFrame``.

Files
    Each writer takes a plan and a destination: a path, or a file object opened for
    writing (binary, or text for the text formats; open text files with
    ``newline=""`` so that CSV keeps its CRLF line ends).

    * ``json``: :func:`to_json`, the documented format of :func:`dg_plan.dumps`;
      :func:`dg_plan.load_plan` reads it back.
    * ``csv``: :func:`to_csv`; ``bom=True`` for Excel and WPS.
    * ``xlsx``: :func:`to_excel`, for Excel, WPS and LibreOffice.
    * ``graphml``: :func:`to_graphml`, for ``networkx.read_graphml``, Gephi and yEd.
    * ``node-link``: :func:`to_node_link`, for ``networkx.node_link_graph`` and d3.js.
    * ``ics``: :func:`to_ics`, the dated deadlines for any calendar (RFC 5545).
    * ``sqlite``: :func:`to_sqlite`, related tables with a full-text index, for
      Datasette (with :func:`datasette_metadata`) and any SQLite client.
    * ``datapackage``: :func:`to_datapackage`, a folder of CSV files with a Frictionless
      table schema (``datapackage.json``).

pandas, openpyxl, networkx and icalendar are optional: each is imported when it is
first needed, and a missing one raises an :class:`ImportError` naming the extra to
install (``pip install 'dg_plan[pandas]'``).

>>> import dg_plan
>>> from dg_plan import export
>>> plan = dg_plan.load_plan()
>>> export.table(plan.due_in("2023H1"))
<Table of 2 tasks: 2, 37>
>>> export.records(plan, tasks=[plan.task(50)])[0]["leads"]
('省审计厅',)
"""

from __future__ import annotations

import csv
import datetime
import inspect
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any, Literal, overload

from . import _display, _rows
from ._compat import require
from ._errors import InvalidTypeError, ValidationError
from ._i18n import current, data_text, pgettext, using
from ._i18n import gettext as _
from ._ics import ics_uid, to_ics
from ._jsonio import dumps
from ._model import Section, Task
from ._output import anonymous, emit
from ._plan import check_plan
from ._query import Involvement, Responsibility, TimelineEntry, WorkloadRow
from ._query_errors import QueryErrorKind, query_error
from ._rows import SEPARATOR, check_form
from ._search import SearchHit
from ._vocabulary import ALL_UNITS

if TYPE_CHECKING:
    import pandas

    from ._plan import Plan
    from .tracking import Ledger

__all__ = [
    "FORMATS",
    "LONG_COLUMNS",
    "WIDE_COLUMNS",
    "Destination",
    "Table",
    "datasette_metadata",
    "ics_uid",
    "records",
    "table",
    "tasks_html",
    "to_csv",
    "to_dataframe",
    "to_datapackage",
    "to_docx",
    "to_excel",
    "to_graphml",
    "to_ics",
    "to_json",
    "to_node_link",
    "to_sqlite",
    "write",
]

#: Where a writer writes: a path, or a file object open for writing.
Destination = str | os.PathLike[str] | IO[str] | IO[bytes]

#: The columns of the wide form, one row per task, in order.
WIDE_COLUMNS = _rows.WIDE_COLUMNS
#: The columns of the long form, one row per task and responsible unit, in order.
LONG_COLUMNS = _rows.LONG_COLUMNS

# -- notebook display ------------------------------------------------------------------

Item = Task | Responsibility | Involvement | TimelineEntry | WorkloadRow | SearchHit

_RENDERERS: Mapping[type, tuple[str, Callable[[Any, str], str]]] = MappingProxyType(
    {
        Task: ("tasks", _display.tasks_table),
        Responsibility: ("responsibilities", _display.responsibilities_table),
        Involvement: ("involvements", _display.involvements_table),
        TimelineEntry: ("deadlines", _display.timeline_table),
        WorkloadRow: ("units", _display.workload_table),
        SearchHit: ("search hits", _display.search_hits_table),
    }
)


class Table(Sequence[Item]):
    """Query results that a notebook displays as an HTML table.

    A table is an immutable sequence of its items; make one with :func:`table`.

    Args:
        items: Tasks, responsibilities, involvements, timeline entries, workload
            rows or search hits, all of one kind.
        caption: A caption for the table (plain text).

    Raises:
        TypeError: The items are not all of one of those kinds.
    """

    __slots__ = ("_items", "_kind", "_render", "caption")

    def __init__(self, items: Iterable[Item], caption: str = "") -> None:
        """Check the items and choose how to render them."""
        self._items: tuple[Item, ...] = tuple(items)
        self.caption = str(caption)
        kinds = {type(i) for i in self._items} or {Task}
        if len(kinds) != 1 or next(iter(kinds)) not in _RENDERERS:
            shown = ", ".join(sorted(k.__name__ for k in kinds))
            raise TypeError(f"a table shows items of one kind of {_kinds()}, got {shown}")
        self._kind, self._render = _RENDERERS[next(iter(kinds))]

    @overload
    def __getitem__(self, index: int) -> Item: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Item]: ...
    def __getitem__(self, index: int | slice) -> Item | Sequence[Item]:
        """Return an item, or a tuple of items for a slice."""
        return self._items[index]

    def __len__(self) -> int:
        """Return the number of items."""
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        """Iterate over the items in order."""
        return iter(self._items)

    def __repr__(self) -> str:
        """Return a short form: ``<Table of 13 tasks: 3, 5, 7, …>``."""
        if self._kind == "tasks":
            numbers = _display.numbers(self._items)  # type: ignore[arg-type]
            return f"<Table of {len(self)} tasks: {numbers}>"
        return f"<Table of {len(self)} {self._kind}>"

    def to_html(self) -> str:
        """Return the table as HTML, every piece of text escaped."""
        return self._render(self._items, self.caption)

    def _repr_html_(self) -> str:
        return self.to_html()


def _kinds() -> str:
    return ", ".join(k.__name__ for k in _RENDERERS)


def table(items: Iterable[Item], caption: str = "") -> Table:
    """Wrap query results so that a notebook shows them as an HTML table.

    >>> import dg_plan
    >>> plan = dg_plan.load_plan()
    >>> table(plan.tasks_for("省审计厅"))
    <Table of 1 tasks: 50>

    Args:
        items: The results of one query: tasks (``plan.due_in("2024H1")``),
            responsibilities (``plan.responsibilities(...)``), involvements
            (``plan.responsible_for(...)``), timeline entries or workload rows.
        caption: A caption for the table (plain text).

    Returns:
        A :class:`Table`: a sequence of the items with an ``_repr_html_``.

    Raises:
        TypeError: The items are not all of one of those kinds.
    """
    return Table(items, caption)


def tasks_html(tasks: Iterable[Task], caption: str = "") -> str:
    """Return an HTML table of *tasks*: number, deadline, text, and the units by role.

    Leads are in bold, platform mentions in the text are highlighted, and every
    piece of text is escaped with :func:`html.escape`.

    Args:
        tasks: The tasks, in the order to show them.
        caption: A caption for the table (plain text).

    Returns:
        The HTML of one ``<table>``.
    """
    return _display.tasks_table(tuple(tasks), caption)


# -- rows (records and to_dataframe are dg_plan._rows's, below the plan) ---------------


def records(
    plan: Plan, form: Literal["wide", "long"] = "wide", tasks: Iterable[Task] | None = None
) -> list[dict[str, Any]]:
    """Return the plan as plain Python rows (the docstring is set below, _rows.records's)."""
    # The plan is checked here, which _rows, below the plan, cannot do.
    check_plan(plan)
    return _rows.records(plan, form, tasks)


def to_dataframe(plan: Plan, form: Literal["wide", "long"] = "wide") -> pandas.DataFrame:
    """Return the plan as a pandas DataFrame (the docstring is set below)."""
    check_plan(plan)
    return _rows.to_dataframe(plan, form)


records.__doc__ = _rows.records.__doc__
to_dataframe.__doc__ = _rows.to_dataframe.__doc__


def _cell(value: object) -> object:
    """A row value as one spreadsheet cell: names joined with 、, None as empty."""
    if isinstance(value, tuple):
        return SEPARATOR.join(value)
    return "" if value is None else value


# -- files -----------------------------------------------------------------------------


def to_json(plan: Plan, dest: Destination) -> None:
    """Write the plan in dg_plan's documented JSON format (:func:`dg_plan.dumps`).

    The file is UTF-8 with the Chinese unescaped; :func:`dg_plan.load_plan` reads it
    back into an equal plan.

    Args:
        plan: The plan.
        dest: A path, or a file object opened for writing (text or binary).

    Raises:
        OSError: The file cannot be written.
    """
    emit(dest, dumps(plan), "JSON")


# -- the tabular exports in a language --------------------------------------------------

# The columns whose values are an enum's: said in the language (牵头, 省政府部门, 持续推进).
_ENUM_COLUMNS = frozenset({"deadline_kind", "role", "unit_kind", "kind"})


def _headers(columns: Iterable[str], form: str) -> list[str]:
    """The header of *columns* in the language in force: the names themselves in English."""
    return _rows.column_headers(columns, form)


def _said(column: str, value: object) -> object:
    """A cell's value in the language in force: enums and yes or no translated.

    In English every value is as :func:`records` gives it (a yes or no stays a bool).
    """
    if column in _ENUM_COLUMNS and isinstance(value, str) and value:
        return _(value)
    if isinstance(value, bool) and current() != "en":
        if value:
            return pgettext("a yes or no cell of the plan's export", "True")
        return pgettext("a yes or no cell of the plan's export", "False")
    return value


def _cells(plan: Plan, form: str, columns: Sequence[str]) -> Iterator[list[object]]:
    """The rows of :func:`records` as cells in the language in force.

    In English every value is the record's; in another language a part and a section
    are numbered as the print numbers them (``一``, ``一、（一）``).
    """
    numbers = _rows.printed_numbers(plan) if current() != "en" else {}
    # A part's cell is its numeral alone (一): the 、 after it separates the number from
    # a heading, and the cell holds no heading. A section keeps its part's (一、（一）).
    parts = {k: v.removesuffix("、") for k, v in numbers.items()}
    for row in records(plan, form):  # type: ignore[arg-type]
        yield [
            parts.get(row[c], row[c])
            if c == "part"
            else numbers.get(row[c], row[c])
            if c == "section"
            else _said(c, row[c])
            for c in columns
        ]


def _text_cell(value: object) -> object:
    """A CSV cell: a date as the language writes it (2024-06-30, 2024年6月30日)."""
    if isinstance(value, datetime.date):
        return _display.day_text(value)
    return _cell(value)


def to_csv(
    plan: Plan,
    dest: Destination,
    form: Literal["wide", "long"] = "wide",
    *,
    bom: bool = False,
    lang: str = "en",
) -> None:
    """Write the plan as CSV: a header row, then the rows of :func:`records`.

    The file is UTF-8 with CRLF line ends (RFC 4180). Names within one cell are
    joined with ``、``; ``due`` is ``YYYY-MM-DD``, empty when undated.

    With ``lang="zh"`` the file is for a Chinese reader: the header is in Chinese (序号,
    部分, 章节, 章节标题, 完成时限, 完成时限类型, 到期日期, 牵头单位, 负责单位, 配合单位,
    主责单位, 涉及平台, 主要任务, 页码; the long form's 单位, 职责, 是否主责单位, 单位类型,
    排列顺序), and so are the values that are words: a role (牵头, 负责, 配合), a kind of
    unit (省政府部门) or of deadline (具体日期, 持续推进), a yes or no (是, 否), and the
    due day (2024年6月30日). The part and the section are numbered as the print numbers
    them (一、 and 一、（一）) where the English file gives their ids (1 and 1.1). The
    data (names, texts, deadlines as printed) are as they are.

    Args:
        plan: The plan.
        dest: A path, or a file object opened for writing (a text file should be
            opened with ``newline=""``).
        form: ``"wide"`` (one row per task) or ``"long"`` (one per task and unit).
        bom: Start with a UTF-8 byte-order mark, so that Excel and WPS, which
            otherwise guess a legacy encoding, open the Chinese text correctly.
        lang: The language of the header and of the values that are words: ``"en"``
            (the default: the column names and values of :func:`records`) or ``"zh"``.

    Raises:
        InvalidQueryError: *form* is neither ``"wide"`` nor ``"long"``, or *lang*
            names neither language.
        OSError: The file cannot be written.
    """
    form = check_form(form)
    columns = WIDE_COLUMNS if form == "wide" else LONG_COLUMNS
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    with using(lang):
        writer.writerow(_headers(columns, form))
        for cells in _cells(plan, form, columns):
            writer.writerow([_text_cell(v) for v in cells])
    emit(dest, ("\ufeff" if bom else "") + buffer.getvalue(), "CSV")


def _sheet(ws: Any, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:  # noqa: ANN401
    """Fill a worksheet: a bold, frozen header with filters, dates as dates."""
    font = require("openpyxl.styles", "excel", "to_excel").Font(bold=True)
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = font
    width = [len(h) + 2 for h in header]
    for row in rows:
        ws.append(list(row))
        for i, value in enumerate(row):
            width[i] = max(width[i], min(60, 2 * len(str(value)) + 2))
    # A real date, shown as the language writes a day (2024年6月30日 in Chinese).
    shown = pgettext("the number format of a date in an xlsx export", "yyyy-mm-dd")
    for column in ws.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, datetime.date):
                cell.number_format = shown
    letters = require("openpyxl.utils", "excel", "to_excel").get_column_letter
    for i, w in enumerate(width, start=1):
        ws.column_dimensions[letters(i)].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def to_excel(plan: Plan, dest: str | os.PathLike[str] | IO[bytes], *, lang: str = "en") -> None:
    """Write the plan as an Excel workbook (``.xlsx``) with four sheets.

    ``tasks`` holds the wide form and ``responsibilities`` the long form of
    :func:`records` (names within a cell joined with ``、``, ``due`` as an Excel
    date); ``units`` and ``platforms`` hold the registries. Every sheet has a frozen
    header row with filters.

    With ``lang="zh"`` the sheets are 任务, 职责分工, 单位 and 平台, their headers and
    the values that are words are in Chinese and the part and the section are numbered
    as the print numbers them, as :func:`to_csv` writes them, and the unit and platform
    notes are in Chinese. ``due`` stays a real date (a reader can
    sort and filter by it), shown as 2024年6月30日.

    Args:
        plan: The plan.
        dest: A path, or a file object opened for writing in binary mode.
        lang: ``"en"`` (the default) or ``"zh"``.

    Raises:
        ImportError: openpyxl is not installed (``pip install 'dg_plan[excel]'``).
        InvalidQueryError: *lang* names neither language.
        OSError: The file cannot be written.
    """
    openpyxl = require("openpyxl", "excel", "to_excel")
    with using(lang):
        workbook = _workbook(plan, openpyxl.Workbook())
    buffer = io.BytesIO()
    workbook.save(buffer)
    emit(dest, buffer.getvalue(), "xlsx")


def _workbook(plan: Plan, workbook: Any) -> Any:  # noqa: ANN401 - an openpyxl Workbook
    """Fill the export's workbook in the language in force."""
    workbook = anonymous(workbook)
    workbook.remove(workbook.active)
    sheets = (
        (pgettext("a sheet of the plan's export", "tasks"), "wide"),
        (pgettext("a sheet of the plan's export", "responsibilities"), "long"),
    )
    for name, form in sheets:
        columns = WIDE_COLUMNS if form == "wide" else LONG_COLUMNS
        _sheet(
            workbook.create_sheet(name),
            _headers(columns, form),
            ([_cell(v) for v in cells] for cells in _cells(plan, form, columns)),
        )
    unit_columns = ("name", "full_name", "kind", "name_en", "aliases", "members", "member_of")
    _sheet(
        workbook.create_sheet(pgettext("a sheet of the plan's export", "units")),
        _headers((*unit_columns, "note"), "units"),
        (
            (
                u.name,
                u.full_name,
                _said("kind", u.kind.value),
                u.name_en,
                SEPARATOR.join(u.aliases),
                SEPARATOR.join(u.members),
                SEPARATOR.join(u.member_of),
                data_text(u.note),
            )
            for u in plan.units
        ),
    )
    _sheet(
        workbook.create_sheet(pgettext("a sheet of the plan's export", "platforms")),
        _headers(("name", "kind", "name_en", "aliases", "note"), "platforms"),
        (
            (
                p.name,
                _said("kind", p.kind.value),
                p.name_en,
                SEPARATOR.join(p.aliases),
                data_text(p.note),
            )
            for p in plan.platforms
        ),
    )
    return workbook


#: The header of the official four-column table :func:`to_docx` writes: the print's own
#: (page 44 of the print heads its table 序号｜主要任务｜任务时限｜责任单位). The document is
#: a facsimile of the print, so it quotes the print's heading, 任务时限, where the rest
#: of dg_plan says 完成时限 (docs/glossary.md).
DOCX_HEADER = ("序号", "主要任务", "任务时限", ALL_UNITS)


def _unit_cell(plan: Plan, task: Task) -> str:
    """The task's unit cell in the print's grammar: its printed text when that reads back."""
    from ._grammar import format_units, parse_units  # noqa: PLC0415

    roles = (
        [u.name for u in task.leads],
        [u.name for u in task.responsible],
        [u.name for u in task.support],
    )
    if task.units_text:
        exact = {u.name for u in plan.units}
        cell = parse_units(task.units_text, known=exact.__contains__)
        try:
            names = [plan.unit(n).name for n in cell.units]
            leads = [plan.unit(n).name for n in cell.leads]
            helpers = [plan.unit(n).name for n in cell.support]
        except LookupError:
            names = leads = helpers = []
        if (
            not cell.problems
            and names == [u.name for u in task.units]
            and leads == roles[0]
            and helpers == roles[2]
        ):
            return task.units_text
    return format_units(*roles)


def _heading_text(section: Section, depth: int) -> str:
    from ._grammar import numeral  # noqa: PLC0415

    count = f"（共{section.declared_count}项）" if section.declared_count is not None else ""
    if depth == 0:
        label = section.label or numeral(section.number)
        return f"{label}、{section.title}{count}"
    label = section.label if section.label.startswith("（") else f"（{numeral(section.number)}）"
    return f"{label}{section.title}{count}"


# The typefaces of an official document (GB/T 9704), as the tracking notices use them:
# 方正小标宋简体 for the title, 仿宋_GB2312 for the text, 黑体 for headings; a reader
# without them sees a fallback.
_TITLE_FONT, _TEXT_FONT, _HEAD_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"


def _typeface(docx: Any, run: Any, name: str, size: float) -> None:  # noqa: ANN401
    """Give *run* (or a style) a typeface, its East Asian name too (which Word reads)."""
    run.font.name = name
    run.font.size = docx.shared.Pt(size)
    fonts = run.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(docx.oxml.ns.qn("w:eastAsia"), name)


def _official_page(docx: Any, document: Any) -> None:  # noqa: ANN401
    """A4 with GB/T 9704's margins, the text in 仿宋_GB2312 (小四 in the table)."""
    mm = docx.shared.Mm
    for section in document.sections:
        section.page_width, section.page_height = mm(210), mm(297)
        section.top_margin, section.bottom_margin = mm(37), mm(35)
        section.left_margin, section.right_margin = mm(28), mm(26)
    _typeface(docx, document.styles["Normal"], _TEXT_FONT, 12)


def to_docx(plan: Plan, dest: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the plan as a Word document: the official four-column table.

    The table's columns are the print's, 序号 / 主要任务 / 任务时限 / 责任单位; each part
    (一、…) and subsection (（一）…) is a heading row merged across the table; the unit cell reads
    in the print's grammar (甲、乙牵头，丙按职责分工负责). The title (and the
    attachment label, when there is one) stands above the table.
    :func:`dg_plan.importing.read` reads the file back into the same tasks.

    Args:
        plan: The plan.
        dest: A path, or a file object opened for writing in binary mode.

    Raises:
        ImportError: python-docx is not installed (``pip install 'dg_plan[docx]'``).
        OSError: The file cannot be written.
    """
    docx = require("docx", "docx", "to_docx")
    document = anonymous(docx.Document())
    _official_page(docx, document)
    if plan.metadata.attachment:
        label = document.add_paragraph()
        _typeface(docx, label.add_run(plan.metadata.attachment), _HEAD_FONT, 16)
    title = document.add_paragraph()
    title.alignment = docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    _typeface(docx, title.add_run(plan.metadata.title), _TITLE_FONT, 22)
    table = document.add_table(rows=1, cols=len(DOCX_HEADER))
    table.style = "Table Grid"
    for cell, word in zip(table.rows[0].cells, DOCX_HEADER, strict=True):
        _typeface(docx, cell.paragraphs[0].add_run(word), _HEAD_FONT, 12)

    def heading(text: str) -> None:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = text

    def task_row(task: Task) -> None:
        cells = table.add_row().cells
        values = (str(task.number), task.text, str(task.deadline), _unit_cell(plan, task))
        for cell, value in zip(cells, values, strict=True):
            cell.text = value

    def walk(section: Section, depth: int) -> None:
        heading(_heading_text(section, depth))
        nested = {t.number for s in section.subsections for t in s.tasks}
        for task in section.tasks:
            if task.number not in nested:
                task_row(task)
        for sub in section.subsections:
            if depth == 0:
                walk(sub, 1)
            else:  # deeper levels have no heading row: their tasks join this one
                for task in sub.tasks:
                    task_row(task)

    for part in plan.sections:
        walk(part, 0)
    if not plan.sections:
        for task in plan.tasks:
            task_row(task)
    buffer = io.BytesIO()
    document.save(buffer)
    emit(dest, buffer.getvalue(), "docx")


def _networkx() -> Any:  # noqa: ANN401 - the networkx module
    return require("networkx", "graph", "the graph")


def to_graphml(plan: Plan, dest: Destination) -> None:
    """Write the plan's graph (:meth:`dg_plan.Plan.graph`) as GraphML.

    Node ids, node and edge attributes and edge keys are those of the graph;
    ``networkx.read_graphml(path, force_multigraph=True)`` reads it back.

    Args:
        plan: The plan.
        dest: A path, or a file object opened for writing (text or binary).

    Raises:
        ImportError: networkx is not installed (``pip install 'dg_plan[graph]'``).
        OSError: The file cannot be written.
    """
    nx = _networkx()
    buffer = io.BytesIO()
    nx.write_graphml(plan.graph(), buffer, encoding="utf-8")
    emit(dest, buffer.getvalue().decode("utf-8"), "GraphML")


def _node_link_names(nx: Any) -> dict[str, str]:  # noqa: ANN401 - the networkx module
    """The keyword that names the edge list "edges", in this networkx's spelling."""
    parameters = inspect.signature(nx.node_link_data).parameters
    return {"edges": "edges"} if "edges" in parameters else {"link": "edges"}


def to_node_link(plan: Plan, dest: Destination) -> None:
    """Write the plan's graph (:meth:`dg_plan.Plan.graph`) as node-link JSON.

    The document has ``directed``, ``multigraph``, ``graph`` (the graph's
    attributes), ``nodes`` (each with its ``id``) and ``edges`` (each with
    ``source``, ``target`` and ``key``), the format of ``networkx.node_link_data``
    and of d3.js; ``networkx.node_link_graph(data, edges="edges")`` reads it back.

    Args:
        plan: The plan.
        dest: A path, or a file object opened for writing (text or binary).

    Raises:
        ImportError: networkx is not installed (``pip install 'dg_plan[graph]'``).
        OSError: The file cannot be written.
    """
    nx = _networkx()
    data = nx.node_link_data(plan.graph(), **_node_link_names(nx))
    emit(dest, json.dumps(data, ensure_ascii=False, indent=1) + "\n", "node-link JSON")


# -- publishing: SQLite for Datasette, a Frictionless data package ---------------------


def _folder_or_file(dest: object, what: str) -> str | os.PathLike[str]:
    """*dest* if it is a path: these writers cannot write to a file object."""
    if isinstance(dest, str | os.PathLike):
        return dest
    raise InvalidTypeError(
        f"{what} is written to a path (str or os.PathLike), not {type(dest).__name__}",
        "dest",
        dest,
    )


def _checked_ledger(plan: Plan, ledger: object) -> Ledger | None:
    if ledger is None:
        return None
    from .tracking import Ledger  # noqa: PLC0415 - only with a ledger

    if not isinstance(ledger, Ledger):
        raise InvalidTypeError(
            f"ledger must be a dg_plan.tracking.Ledger or None, not {type(ledger).__name__}",
            "ledger",
            ledger,
        )
    if ledger.plan != plan:
        raise ValidationError("the ledger is about another plan", "ledger", ledger)
    return ledger


def to_sqlite(
    plan: Plan,
    path: str | os.PathLike[str],
    ledger: Ledger | None = None,
    *,
    metadata: bool | str | os.PathLike[str] = True,
) -> None:
    """Write the plan as an SQLite database, for Datasette and any SQLite client.

    The tables (each with its primary key and foreign keys):

    * ``plan``: the title, document, issuer and period;
    * ``sections``: the parts and their sections (``parent`` refers to the part);
    * ``tasks``: number, part, section, deadline (as printed), ``deadline_kind``,
      ``due`` (``YYYY-MM-DD``, NULL when undated), text, the unit cell as printed, the
      accountable units and the page;
    * ``units`` and ``unit_members`` (the units a collective such as 各省辖市政府
      stands for); ``platforms``;
    * ``task_units``: one row per task and unit answering for it, with its ``role``
      (``lead``, ``responsible``, ``support``), ``via`` (the collective the task names
      instead, for a member city; NULL when the task names the unit), ``position`` in
      the printed cell and ``accountable`` (0 or 1); a unit named itself and through a
      collective has one row, its own, as in :meth:`dg_plan.Plan.responsibilities`;
    * ``mentions``: each place a task's text names a platform;
    * ``reports``, when a ledger is given: every report, in the ledger's order.

    The views answer the common questions: ``responsibilities`` (who owns what),
    ``workload`` (counts by unit and role), ``timeline`` (what is due when),
    ``accountable`` (each task's accountable units), and ``latest_reports`` with a
    ledger. ``tasks_fts`` is a full-text index (FTS5, ``trigram`` tokenizer) over the
    task texts: ``SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH '豫事办'``. The
    trigram tokenizer needs words of three characters or more; a two-character word
    (数据) is found with ``WHERE text LIKE '%数据%'`` (a scan, fast at this size).

    The file is written beside *path* and renamed into place when complete, so a
    failed export leaves no partial database and an existing one is replaced whole.

    Args:
        plan: The plan.
        path: The database file to write (replaced if it exists).
        ledger: A :class:`dg_plan.tracking.Ledger` of the plan, to add its reports.
        metadata: Where to write Datasette's metadata (:func:`datasette_metadata`):
            ``True`` beside the database (``plan.db`` gives ``plan.metadata.json``),
            a path, or ``False`` for none. Serve with
            ``datasette plan.db --metadata plan.metadata.json``.

    Raises:
        InvalidTypeError: *path* is not a path, or *ledger* not a ledger.
        ValidationError: The ledger is about another plan.
        sqlite3.OperationalError: The SQLite library is older than 3.34, which has no
            trigram tokenizer.
        OSError: The file cannot be written.
    """
    from . import _sqlite  # noqa: PLC0415 - sqlite3 is imported when needed

    target = Path(_folder_or_file(path, "an SQLite database"))
    checked = _checked_ledger(plan, ledger)
    _sqlite.write(plan, target, checked)
    if metadata is False:
        return
    where = target.with_suffix(".metadata.json") if metadata is True else Path(metadata)
    document = datasette_metadata(plan, target.stem, checked)
    where.write_text(
        json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n"
    )


def datasette_metadata(
    plan: Plan, database: str = "plan", ledger: Ledger | None = None
) -> dict[str, Any]:
    """Return Datasette's metadata for the database :func:`to_sqlite` writes.

    Titles and descriptions of the database, its tables and views in Chinese and
    English; each column's label (``序号 · Number: The task's number.``); facets (a
    task's part, section and deadline; a unit's role); the full-text index of
    ``tasks`` (so that Datasette's search box uses it); and two canned queries:
    ``search_text`` (words of any length, with ``instr``) and ``match_text`` (through
    the full-text index).

    >>> import dg_plan
    >>> meta = datasette_metadata(dg_plan.load_plan(), "plan")
    >>> meta["databases"]["plan"]["tables"]["tasks"]["title"]
    '任务 · Tasks'

    Args:
        plan: The plan.
        database: The database's name in Datasette: the file's name without its
            suffix (``plan`` for ``plan.db``).
        ledger: The ledger given to :func:`to_sqlite`, if any.

    Returns:
        The metadata, ready for :func:`json.dumps`.
    """
    from . import _sqlite  # noqa: PLC0415

    return _sqlite.datasette_metadata(plan, database, _checked_ledger(plan, ledger))


def to_datapackage(
    plan: Plan, folder: str | os.PathLike[str], ledger: Ledger | None = None
) -> None:
    """Write the plan as a Frictionless tabular data package in *folder*.

    The folder (made if missing) receives one CSV file per table of
    :func:`to_sqlite` (UTF-8, a header row, CRLF line ends, names within a cell
    joined with ``、``, dates as ``YYYY-MM-DD``, booleans as ``true``/``false``, a
    missing value as an empty cell) and ``datapackage.json``, whose table schemas
    give each column's type, its title in Chinese and English and a description,
    and each table's primary key and foreign keys. ``frictionless validate
    folder/datapackage.json`` checks the files against it.

    Args:
        plan: The plan.
        folder: The folder to write into; files of the same names are replaced.
        ledger: A :class:`dg_plan.tracking.Ledger` of the plan, to add ``reports.csv``.

    Raises:
        InvalidTypeError: *folder* is not a path, or *ledger* not a ledger.
        ValidationError: The ledger is about another plan.
        OSError: The files cannot be written.
    """
    from . import _datapackage  # noqa: PLC0415

    target = _folder_or_file(folder, "a data package")
    _datapackage.write(plan, target, _checked_ledger(plan, ledger))


#: The formats :func:`write` (and ``dg-plan export``) knows, with their writers.
FORMATS: Mapping[str, Callable[[Plan, Any], None]] = MappingProxyType(
    {
        "json": to_json,
        "csv": to_csv,
        "xlsx": to_excel,
        "docx": to_docx,
        "graphml": to_graphml,
        "node-link": to_node_link,
        "ics": to_ics,
        "sqlite": to_sqlite,
        "datapackage": to_datapackage,
    }
)


def write(plan: Plan, fmt: str, dest: Destination, **options: Any) -> None:  # noqa: ANN401
    """Write the plan in the format named *fmt* (a key of :data:`FORMATS`).

    Args:
        plan: The plan.
        fmt: ``"json"``, ``"csv"``, ``"xlsx"``, ``"docx"``, ``"graphml"``,
            ``"node-link"``, ``"ics"``, ``"sqlite"`` or ``"datapackage"``.
        dest: A path or a file object, as the format's writer takes (``sqlite`` and
            ``datapackage`` take a path only).
        **options: Passed to the writer (``bom=True``, ``form="long"`` for CSV;
            ``lang="zh"`` for CSV and xlsx; ``ledger=`` for sqlite and datapackage).

    Raises:
        InvalidQueryError: *fmt* is not a known format.
        ImportError: The format's optional dependency is not installed.
        OSError: The file cannot be written.
    """
    writer = FORMATS.get(fmt)
    if writer is None:
        raise query_error(QueryErrorKind.EXPECTED_FORMAT, "fmt", fmt, choices=tuple(FORMATS))
    writer(plan, dest, **options)
