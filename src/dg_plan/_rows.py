"""The plan as rows: plain Python dicts, or a typed pandas data frame.

:mod:`dg_plan.export` offers these (:func:`~dg_plan.export.records`,
:func:`~dg_plan.export.to_dataframe`); they live here, below both the export module
and :class:`~dg_plan.Plan`, so that :meth:`Plan.to_dataframe
<dg_plan.Plan.to_dataframe>` reaches them without importing the writers (and the JSON
format they write), which import the plan.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from ._compat import require
from ._deadline import DeadlineKind
from ._i18n import pgettext
from ._model import Role, Section, Task, UnitKind
from ._query_errors import QueryErrorKind, query_error

if TYPE_CHECKING:
    import pandas

    from ._plan import Plan

__all__ = [
    "LONG_COLUMNS",
    "SEPARATOR",
    "WIDE_COLUMNS",
    "check_form",
    "column_headers",
    "printed_numbers",
    "records",
    "to_dataframe",
]

Form = Literal["wide", "long"]

#: The columns of the wide form, one row per task, in order.
WIDE_COLUMNS = (
    "number",
    "part",
    "section",
    "section_title",
    "deadline",
    "deadline_kind",
    "due",
    "leads",
    "responsible",
    "support",
    "accountable",
    "platforms",
    "text",
    "page",
)
#: The columns of the long form, one row per task and responsible unit, in order.
LONG_COLUMNS = (
    "number",
    "unit",
    "role",
    "accountable",
    "unit_kind",
    "position",
    "part",
    "section",
    "deadline",
    "deadline_kind",
    "due",
)

#: What separates names in one CSV or spreadsheet cell: the print's own 、.
SEPARATOR = "、"


def column_headers(columns: Iterable[str], form: str) -> list[str]:
    """The export's header of *columns* in the language in force: the names in English.

    *form* is ``"wide"``, ``"long"``, ``"units"`` or ``"platforms"`` (a sheet of the
    workbook). The CSV and workbook exports write these; the importer knows dg_plan's
    own export by them.
    """
    words = {
        "number": pgettext("a column of the plan's export", "number"),
        "part": pgettext("a column of the plan's export", "part"),
        "section": pgettext("a column of the plan's export", "section"),
        "section_title": pgettext("a column of the plan's export", "section_title"),
        "deadline": pgettext("a column of the plan's export", "deadline"),
        "deadline_kind": pgettext("a column of the plan's export", "deadline_kind"),
        "due": pgettext("a column of the plan's export", "due"),
        "leads": pgettext("a column of the plan's export", "leads"),
        "responsible": pgettext("a column of the plan's export", "responsible"),
        "support": pgettext("a column of the plan's export", "support"),
        "accountable": pgettext("a column of the plan's export", "accountable"),
        "platforms": pgettext("a column of the plan's export", "platforms"),
        "text": pgettext("a column of the plan's export", "text"),
        "page": pgettext("a column of the plan's export", "page"),
        "unit": pgettext("a column of the plan's export", "unit"),
        "role": pgettext("a column of the plan's export", "role"),
        "unit_kind": pgettext("a column of the plan's export", "unit_kind"),
        "position": pgettext("a column of the plan's export", "position"),
        "name": pgettext("a column of the plan's export", "name"),
        "full_name": pgettext("a column of the plan's export", "full_name"),
        "kind": pgettext("a column of the plan's export", "kind"),
        "name_en": pgettext("a column of the plan's export", "name_en"),
        "aliases": pgettext("a column of the plan's export", "aliases"),
        "members": pgettext("a column of the plan's export", "members"),
        "member_of": pgettext("a column of the plan's export", "member_of"),
        "note": pgettext("a column of the plan's export", "note"),
    }
    if form == "long":  # one unit's row: whether *it* is accountable, a yes or a no
        words["accountable"] = pgettext("a column of the plan's export, long form", "accountable")
    if form == "units":
        words["kind"] = pgettext("a column of the units sheet", "kind")
    if form == "platforms":
        words["name"] = pgettext("a column of the platforms sheet", "name")
        words["kind"] = pgettext("a column of the platforms sheet", "kind")
    return [words[c] for c in columns]


def check_form(form: object) -> Form:
    """Return *form* if it is ``"wide"`` or ``"long"``.

    Raises:
        InvalidQueryError: It is neither.
    """
    if form == "wide":
        return "wide"
    if form == "long":
        return "long"
    raise query_error(QueryErrorKind.EXPECTED_FORM, "form", form)


def records(
    plan: Plan, form: Literal["wide", "long"] = "wide", tasks: Iterable[Task] | None = None
) -> list[dict[str, Any]]:
    """Return the plan as plain Python rows (dicts), in the wide or the long form.

    The wide form has one row per task, with the keys of :data:`~dg_plan.export.WIDE_COLUMNS`:
    ``number``, ``part`` (the part's id, ``"1"``…``"4"``), ``section`` (the id of the
    deepest section holding the task, ``"3.4"``) and ``section_title``,
    ``deadline`` (as printed), ``deadline_kind`` (``"date"``, ``"ongoing"`` or
    ``"when_appropriate"``), ``due`` (a :class:`datetime.date`, or ``None`` when
    undated), ``leads``, ``responsible`` and ``support`` (tuples of unit names, in
    printed order, by :class:`~dg_plan.Role`), ``accountable`` (the names of
    :attr:`Task.accountable <dg_plan.Task.accountable>`), ``platforms`` (a tuple of
    platform names), ``text`` and ``page``.

    The long form has one row per task and unit it names, with the keys of
    :data:`~dg_plan.export.LONG_COLUMNS`: ``number``, ``unit``, ``role`` (``"lead"``,
    ``"responsible"`` or ``"support"``), ``accountable`` (whether the unit is among
    :attr:`Task.accountable <dg_plan.Task.accountable>`, so that summing it counts the
    tasks a unit answers for), ``unit_kind``, ``position`` (1 for the first unit
    printed), and the task's ``part``, ``section``, ``deadline``, ``deadline_kind``
    and ``due``. A collective such as 各省辖市政府 is one unit: its members get no
    rows of their own.

    Args:
        plan: The plan.
        form: ``"wide"`` or ``"long"``.
        tasks: Only these tasks of the plan (in the order given); all by default.

    Returns:
        A new list of new dicts, one per row.

    Raises:
        InvalidTypeError: *plan* is not a :class:`~dg_plan.Plan` (a task, say).
        InvalidQueryError: *form* is neither ``"wide"`` nor ``"long"``.
        UnknownTaskError: *tasks* holds a task the plan does not have.
    """
    form = check_form(form)
    chosen = plan.tasks if tasks is None else tuple(plan.task(t.number) for t in tasks)
    rows: list[dict[str, Any]] = []
    for task in chosen:
        part, section = plan.part_of(task), plan.section_of(task)
        deadline = task.deadline
        common = {
            "part": part.id if part else "",
            "section": section.id if section else "",
            "deadline": str(deadline),
            "deadline_kind": deadline.kind.value,
            "due": deadline.date,
        }
        if form == "wide":
            rows.append(
                {
                    "number": task.number,
                    **common,
                    "section_title": section.heading if section else "",
                    "leads": tuple(u.name for u in task.leads),
                    "responsible": tuple(u.name for u in task.responsible),
                    "support": tuple(u.name for u in task.support),
                    "accountable": tuple(u.name for u in task.accountable),
                    "platforms": tuple(p.name for p in task.platforms),
                    "text": task.text,
                    "page": task.provenance.page if task.provenance else None,
                }
            )
            rows[-1] = {k: rows[-1][k] for k in WIDE_COLUMNS}
            continue
        accountable = set(task.accountable)
        for position, unit in enumerate(task.units, start=1):
            row = {
                "number": task.number,
                "unit": unit.name,
                "role": task.role_of(unit).value,
                "accountable": unit in accountable,
                "unit_kind": unit.kind.value,
                "position": position,
                **common,
            }
            rows.append({k: row[k] for k in LONG_COLUMNS})
    return rows


def printed_numbers(plan: Plan) -> dict[str, str]:
    """Each section's id with its number as the print sets it, for a Chinese export.

    A part is numbered ``一、``, a subsection with its part's number before its own
    (``一、（一）``), as ``show`` says where a task sits; the ids (``1``, ``1.1``) stay in
    the English exports and the data exports, and are what ``--section`` takes.
    """
    from ._grammar import numeral  # noqa: PLC0415

    numbers: dict[str, str] = {}

    def number(section: Section, above: str) -> None:
        if not above:
            own = f"{section.label or numeral(section.number)}、"
        elif section.label.startswith("（"):
            own = section.label
        else:
            own = f"（{section.label or numeral(section.number)}）"
        numbers[section.id] = above + own
        for sub in section.subsections:
            number(sub, above + own)

    for part in plan.sections:
        number(part, "")
    return numbers


def _frame_cell(column: str, value: object) -> object:
    """A row value as one data frame cell: names joined with 、, no section as missing."""
    if isinstance(value, tuple):
        return SEPARATOR.join(value)
    if value == "" and column in ("part", "section", "section_title"):
        return None  # a plan without sections
    return value


def to_dataframe(plan: Plan, form: Literal["wide", "long"] = "wide") -> pandas.DataFrame:
    """Return the plan as a pandas ``DataFrame`` with typed columns.

    The columns are those of :func:`~dg_plan.export.records`
    (:data:`~dg_plan.export.WIDE_COLUMNS` or :data:`~dg_plan.export.LONG_COLUMNS`),
    with these types: ``due`` is ``datetime64`` (``NaT`` when undated); ``part``,
    ``deadline_kind``, ``role`` and ``unit_kind`` are categoricals, and so is
    ``deadline``, ordered by date (so that sorting by it sorts by deadline, the
    undated last); ``number`` and ``position`` are integers, ``accountable`` (long
    form) a bool, ``page`` a nullable integer, and the text columns are pandas
    strings (``part`` and ``section`` are missing when the plan has no sections). In
    the wide form ``leads``, ``responsible``, ``support``, ``accountable`` and
    ``platforms`` join their names with ``、``; use the long form to count or filter
    by unit.

    >>> import dg_plan
    >>> df = dg_plan.load_plan().to_dataframe()
    >>> df.shape
    (178, 14)

    Args:
        plan: The plan.
        form: ``"wide"`` (one row per task) or ``"long"`` (one row per task and
            responsible unit).

    Returns:
        A new ``pandas.DataFrame`` with a default integer index.

    Raises:
        ImportError: pandas is not installed (``pip install 'dg_plan[pandas]'``).
        InvalidTypeError: *plan* is not a :class:`~dg_plan.Plan` (a task, say).
        InvalidQueryError: *form* is neither ``"wide"`` nor ``"long"``.
    """
    form = check_form(form)
    pd = require("pandas", "pandas", "to_dataframe")
    rows = records(plan, form)
    columns = WIDE_COLUMNS if form == "wide" else LONG_COLUMNS
    frame: pandas.DataFrame = pd.DataFrame(
        {c: [_frame_cell(c, r[c]) for r in rows] for c in columns}
    )
    deadlines = [str(e.deadline) for e in plan.timeline()]
    categories: dict[str, tuple[list[str], bool]] = {
        "part": ([s.id for s in plan.sections], True),
        "deadline": (deadlines, True),
        "deadline_kind": ([k.value for k in DeadlineKind], False),
        "role": ([r.value for r in Role], False),
        "unit_kind": ([k.value for k in UnitKind], False),
    }
    for column, (values, ordered) in categories.items():
        if column in frame:
            dtype = pd.CategoricalDtype(values, ordered=ordered)
            frame[column] = frame[column].astype(dtype)
    frame["due"] = pd.to_datetime(frame["due"])
    frame["number"] = frame["number"].astype("int64")
    text_columns: tuple[str, ...] = ("unit", "section")
    if form == "wide":
        frame["page"] = frame["page"].astype("Int64")
        text_columns = (
            "section",
            "section_title",
            "leads",
            "responsible",
            "support",
            "accountable",
            "platforms",
            "text",
        )
    else:
        frame["position"] = frame["position"].astype("int64")
        frame["accountable"] = frame["accountable"].astype("bool")
    for column in text_columns:
        frame[column] = frame[column].astype("string")
    return frame
