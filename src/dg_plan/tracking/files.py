"""Ledger files: the versioned JSON format, CSV and xlsx exports."""

from __future__ import annotations

import contextlib
import csv
import datetime
import hashlib
import io
import json
from typing import TYPE_CHECKING, Any

from dg_plan._compat import require
from dg_plan._dates import iso_day
from dg_plan._errors import TrackingDataError
from dg_plan._model import Role
from dg_plan._output import anonymous, emit
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._tracking_problems import TrackingProblem, relocated
from dg_plan._tracking_problems import problem as _problem

from .aside import set_aside_from, set_aside_records
from .issued import Issued, issued_from, issued_records
from .layout import DAY_FORMAT
from .ledger import Ledger
from .model import COLUMNS_ZH, EXPORT_COLUMNS, Report, Source, Status, export_columns

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dg_plan.export import Destination

    from .aside import SetAside

__all__ = [
    "LEDGER_FORMAT",
    "LEDGER_FORMAT_VERSION",
    "dumps",
    "loads",
    "plan_fingerprint",
    "to_csv",
    "to_excel",
]

#: The ``format`` field of a ledger file.
LEDGER_FORMAT = "dg_plan.ledger"
#: The version of the ledger format this release writes (and the only one it reads).
LEDGER_FORMAT_VERSION = 1
#: The columns of a ledger's CSV and xlsx exports, in order.
COLUMNS = EXPORT_COLUMNS
_FIELDS = (
    *("task", "unit", "status", "as_of", "completed_on", "note", "evidence", "source"),
    "expected",
)
# A report's source in a ledger file: where it was read from, and the file's sign-off.
_SOURCE_FIELDS = (
    "file",
    "sheet",
    "row",
    "filled_by",
    "phone",
    "reviewed_by",
    "stamped_by",
    "filled_on",
)
# The sign-off fields a ledger file carries only when written (a ledger of earlier
# releases' templates is as before).
_WHEN_WRITTEN = frozenset({"stamped_by", "filled_on"})
# The roles' values, as a plan's fingerprint gives them.
_LEAD, _SUPPORT, _RESPONSIBLE = Role.LEAD.value, Role.SUPPORT.value, Role.RESPONSIBLE.value


def plan_fingerprint(plan: Plan) -> str:
    """Return a short fingerprint of what reports depend on in *plan*.

    It covers the plan's title and document number and, for each task, its number,
    deadline, units and their roles. Ledger files and templates carry it, so a file made for
    another plan (or an edited one) is recognised.

    Returns:
        16 hexadecimal digits.
    """
    digest = hashlib.sha256()
    digest.update(f"{plan.metadata.title}\x1f{plan.metadata.document}\x1e".encode())
    for task in plan.tasks:
        # The role each unit the task names holds (task.role_of's, without its lookup).
        leads, support = task.leads, task.support
        units = "\x1f".join(
            f"{u.name}:{_LEAD if u in leads else _SUPPORT if u in support else _RESPONSIBLE}"
            for u in task.units
        )
        digest.update(f"{task.number}\x1f{task.deadline}\x1f{units}\x1e".encode())
    return digest.hexdigest()[:16]


def _report_obj(report: Report) -> dict[str, Any]:
    return {
        "task": report.task,
        "unit": report.unit,
        "status": report.status.value,
        "as_of": report.as_of.isoformat(),
        "completed_on": None if report.completed_on is None else report.completed_on.isoformat(),
        "note": report.note,
        "evidence": list(report.evidence),
        # Only a report read from a file has a source: a ledger made in code is as before.
        **({} if report.source is None else {"source": _source_obj(report.source)}),
        # Only a report that gave an expected day has one: other ledgers are as before.
        **({"expected": report.expected} if report.expected else {}),
    }


def _source_obj(source: Source) -> dict[str, Any]:
    return {
        name: getattr(source, name)
        for name in _SOURCE_FIELDS
        if name not in _WHEN_WRITTEN or getattr(source, name)
    }


def _source(obj: object, path: str, problems: list[TrackingProblem]) -> Source | None:
    """The ``source`` of a report in a ledger file, or ``None`` with a problem."""
    if not isinstance(obj, dict):
        problems.append(_problem("report_not_object", obj, column=path))
        return None
    before = len(problems)
    extra = sorted(set(obj) - set(_SOURCE_FIELDS))
    problems.extend(_problem("unknown_field", obj[n], column=f"{path}.{n}") for n in extra)
    if not isinstance(obj.get("file"), str):
        problems.append(_problem("expected_text", obj.get("file"), column=f"{path}.file"))
    row = obj.get("row")
    if type(row) is not int or row < 1:
        problems.append(_problem("expected_task", row, column=f"{path}.row"))
    texts = {n: obj.get(n, "") for n in _SOURCE_FIELDS[3:]}
    texts["sheet"] = obj.get("sheet", "填报")
    for name, value in texts.items():
        if not isinstance(value, str):
            problems.append(_problem("expected_text", value, column=f"{path}.{name}"))
    if len(problems) > before:
        return None
    return Source(obj["file"], row, **texts)  # type: ignore[arg-type]


def dumps(
    ledger: Ledger,
    *,
    set_aside: Iterable[SetAside] | None = None,
    notices: Iterable[Issued] | None = None,
) -> str:
    """Return *ledger* as JSON in the documented, versioned ledger format.

    The text is UTF-8 JSON with the Chinese unescaped; ``plan`` holds the plan's
    title and :func:`plan_fingerprint`, and ``reports`` every report in the ledger's
    order. :func:`loads` reads it back into an equal ledger.

    The returned files set aside and not yet corrected
    (:class:`~dg_plan.tracking.SetAside`) are kept beside the reports as ``set_aside``
    (each file's ``unit``, ``as_of``, ``file`` and ``reason``, why it was set aside)
    so that a later ``chase`` knows those units returned a file (已报回待修改, not 未报送):
    by default the ledger's own record (``ledger.set_aside``, which :func:`loads` reads
    back), so a ledger loaded, given a round and dumped keeps it. *set_aside*, when
    given, is written instead (``set_aside=()`` writes none);
    ``tracking.rounds.set_aside_in`` reads it from a ledger's text too. Without any,
    the key is left out.

    The log of the notices issued (:class:`~dg_plan.tracking.Issued`: each one's
    ``kind``, ``unit``, ``number`` (文号), ``dated``, ``file`` and ``as_of``) is kept as
    ``notices``, so that the next notices continue the 文号 and a unit is not sent two
    notices in a day: by default the ledger's own (``ledger.notices``, which
    :func:`loads` reads back), so a ledger loaded, given a round and dumped keeps it.
    *notices*, when given, is written instead (``notices=()`` writes none). Without
    any, the key is left out.
    """
    plan = ledger.plan
    doc: dict[str, Any] = {
        "format": LEDGER_FORMAT,
        "format_version": LEDGER_FORMAT_VERSION,
        "plan": {"title": plan.metadata.title, "fingerprint": plan_fingerprint(plan)},
        "reports": [_report_obj(r) for r in ledger.reports],
    }
    records = set_aside_records(ledger.set_aside if set_aside is None else set_aside)
    if records:
        doc["set_aside"] = records
    log = issued_records(ledger.notices if notices is None else notices)
    if log:
        doc["notices"] = log
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _date(value: object, path: str, problems: list[TrackingProblem]) -> datetime.date | None:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return iso_day(value)
    problems.append(_problem("expected_iso_day", value, column=path))
    return None


def _report(obj: object, path: str, problems: list[TrackingProblem]) -> Report | None:
    before = len(problems)
    if not isinstance(obj, dict):
        problems.append(_problem("report_not_object", obj, column=path))
        return None
    missing = [f for f in ("task", "unit", "status", "as_of") if f not in obj]
    extra = sorted(set(obj) - set(_FIELDS))
    problems.extend(_problem("missing_field", None, column=path, field=n) for n in missing)
    problems.extend(_problem("unknown_field", obj[n], column=f"{path}.{n}") for n in extra)
    if missing:
        return None
    task, unit = obj["task"], obj["unit"]
    if type(task) is not int or task < 1:
        problems.append(_problem("expected_task", task, column=f"{path}.task"))
    if not isinstance(unit, str) or not unit.strip():
        problems.append(_problem("expected_unit", unit, column=f"{path}.unit"))
    status = None
    if obj["status"] in {s.value for s in Status}:
        status = Status(obj["status"])
    else:
        problems.append(
            _problem(
                "expected_status",
                obj["status"],
                column=f"{path}.status",
                choices=tuple(s.value for s in Status),
            )
        )
    as_of = _date(obj["as_of"], f"{path}.as_of", problems)
    completed = obj.get("completed_on")
    completed_on = None if completed is None else _date(completed, f"{path}.completed_on", problems)
    note = obj.get("note", "")
    if not isinstance(note, str):
        problems.append(_problem("expected_text", note, column=f"{path}.note"))
    evidence = obj.get("evidence", [])
    if not isinstance(evidence, list) or not all(
        isinstance(e, str) and e.strip() for e in evidence
    ):
        problems.append(_problem("expected_evidence", evidence, column=f"{path}.evidence"))
    source = (
        None if obj.get("source") is None else _source(obj["source"], f"{path}.source", problems)
    )
    expected = obj.get("expected", "")
    if not isinstance(expected, str):
        problems.append(_problem("expected_text", expected, column=f"{path}.expected"))
    if len(problems) > before:
        return None
    assert status is not None  # noqa: S101 - every failure above added a problem
    assert as_of is not None  # noqa: S101
    return Report(
        task, unit, status, as_of, completed_on, note, tuple(evidence), source, expected=expected
    )


def loads(plan: Plan, text: str | bytes) -> Ledger:
    """Read a ledger written by :func:`dumps`, checking it against *plan*.

    Args:
        plan: The plan the ledger is about; the file's fingerprint must be its.
        text: The JSON text.

    Returns:
        The ledger, equal to the one dumped: its reports, its log of the notices
        issued (``notices``; an entry that is not one is skipped, as
        ``tracking.issued.issued_in`` skips it), and its record of the files set
        aside (``set_aside``; an entry without a unit is skipped, as
        ``tracking.rounds.set_aside_in`` skips it).

    Raises:
        InvalidQueryError: *plan* is not a :class:`~dg_plan.Plan` (the arguments
            swapped: :func:`dg_plan.loads` takes the text alone).
        TrackingDataError: The text is not a ledger of this format version, was made
            for another plan, or has bad reports; every problem is listed, each with
            its JSON path in ``column``.
    """
    if not isinstance(plan, Plan):
        # dg_plan.loads(text) takes the text alone; this one takes the plan first.
        raise query_error(
            QueryErrorKind.PLAN_FIRST, "plan", type(plan).__name__, type=type(plan).__name__
        )
    raw = text.encode() if isinstance(text, str) else text
    if isinstance(raw, bytes) and raw.startswith(b"PK\x03\x04"):
        raise TrackingDataError([_problem("xlsx_not_ledger", None)])
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TrackingDataError(
            [_problem("not_json", None, line=exc.lineno, position=exc.colno)]
        ) from None
    except (ValueError, TypeError):
        raise TrackingDataError([_problem("not_text", None)]) from None
    problems: list[TrackingProblem] = []
    # A file that is no ledger is that one problem: what else is missing from it says
    # nothing more (a wrong file chosen, not a ledger to mend).
    if isinstance(doc, dict) and doc.get("format") != LEDGER_FORMAT:
        if "tasks" in doc and "metadata" in doc:
            raise TrackingDataError([_problem("plan_not_ledger", None)])
        if "format" in doc:
            found = doc["format"] if isinstance(doc["format"], str) else json.dumps(doc["format"])
            raise TrackingDataError(
                [_problem("not_a_ledger", None, found=found, expected=LEDGER_FORMAT)]
            )
    if not isinstance(doc, dict) or "format" not in doc:
        raise TrackingDataError([_problem("ledger_unmarked", None)])
    if doc.get("format_version") != LEDGER_FORMAT_VERSION:
        problems.append(
            _problem(
                "ledger_version",
                doc.get("format_version"),
                column="$.format_version",
                version=LEDGER_FORMAT_VERSION,
            )
        )
    about = doc.get("plan")
    fingerprint = about.get("fingerprint") if isinstance(about, dict) else None
    if fingerprint != plan_fingerprint(plan):
        problems.append(
            _problem(
                "ledger_other_plan",
                fingerprint,
                column="$.plan.fingerprint",
                fingerprint=plan_fingerprint(plan),
            )
        )
    items = doc.get("reports")
    if not isinstance(items, list):
        problems.append(_problem("reports_not_list", items, column="$.reports"))
        items = []
    reports = [_report(obj, f"$.reports[{i}]", problems) for i, obj in enumerate(items)]
    if problems:
        raise TrackingDataError(problems)
    try:
        return Ledger(
            plan,
            [r for r in reports if r is not None],
            notices=issued_from(doc),
            set_aside=set_aside_from(doc),
        )
    except TrackingDataError as exc:
        raise TrackingDataError(
            [relocated(p, column=f"$.reports[{p.report}].{p.column}") for p in exc.problems]
        ) from None


def _rows(ledger: Ledger, lang: str = "en") -> list[list[object]]:
    zh = export_columns(lang) is COLUMNS_ZH
    return [
        [
            r.task,
            r.unit,
            *((r.status.label,) if zh else (r.status.value, r.status.label)),
            r.as_of,
            r.completed_on,
            r.note,
            "\n".join(r.evidence),
        ]
        for r in ledger.reports
    ]


def to_csv(ledger: Ledger, dest: Destination, *, bom: bool = False, lang: str = "en") -> None:
    """Write the ledger's reports as CSV, one row per report.

    The columns are ``task``, ``unit``, ``status``, ``status_label``, ``as_of``,
    ``completed_on``, ``note`` and ``evidence``; with ``lang="zh"`` they are 序号,
    填报单位, 状态 (the label: 已完成), 数据截止日期, 完成日期, 进展情况 and 佐证材料. The file is
    UTF-8 with CRLF line ends; dates are ``YYYY-MM-DD`` (empty when
    absent), evidence items are joined by new lines within their cell.

    Args:
        ledger: The ledger.
        dest: A path, or a file object opened for writing (text files with ``newline=""``).
        bom: Start with a UTF-8 byte-order mark, for Excel and WPS.
        lang: The language of the header and the statuses, ``"en"`` or ``"zh"``.

    Raises:
        InvalidQueryError: *lang* is neither.
        OSError: The file cannot be written.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(export_columns(lang))
    for row in _rows(ledger, lang):
        writer.writerow(
            ["" if v is None else v.isoformat() if isinstance(v, datetime.date) else v for v in row]
        )
    emit(dest, ("\ufeff" if bom else "") + buffer.getvalue(), "CSV")


def to_excel(ledger: Ledger, dest: Destination, *, lang: str = "en") -> None:
    """Write the ledger's reports to an xlsx workbook: one sheet, ``reports`` (报送情况).

    The columns are :func:`to_csv`'s, in *lang* (``"en"`` or ``"zh"``). Dates are real
    dates, shown as 2024-06-30 (in Chinese: 2024年6月30日); the header is frozen and
    filtered.

    Raises:
        ImportError: openpyxl is not installed (``pip install 'dg_plan[excel]'``).
        InvalidQueryError: *lang* is neither.
        OSError: The file cannot be written.
    """
    openpyxl = require("openpyxl", "excel", "xlsx files")
    columns = export_columns(lang)
    wb = anonymous(openpyxl.Workbook())
    ws = wb.active
    ws.title = "报送情况" if columns is COLUMNS_ZH else "reports"
    ws.append(list(columns))
    for row in _rows(ledger, lang):
        ws.append(row)
    first = columns.index("数据截止日期" if columns is COLUMNS_ZH else "as_of") + 1
    for cells in ws.iter_rows(min_row=2, min_col=first, max_col=first + 1):
        for cell in cells:
            cell.number_format = DAY_FORMAT if columns is COLUMNS_ZH else "yyyy-mm-dd"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    buffer = io.BytesIO()
    wb.save(buffer)
    emit(dest, buffer.getvalue(), "xlsx")
