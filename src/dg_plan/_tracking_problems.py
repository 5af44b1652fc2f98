"""The problems tracking data can have: each a kind and its values, in words per language.

A :class:`~dg_plan.TrackingProblem`'s ``reason`` is English, as every exception's
text is; the command line renders its ``kind`` and ``values`` in the language asked
for, through the catalog.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ._errors import TrackingProblem
from ._i18n import N_
from ._notes import render_values

__all__ = ["PROBLEMS", "problem", "relocated", "render", "unknown_unit"]

#: Each kind of problem: its English sentence, a gettext message with the values.
PROBLEMS: Mapping[str, str] = MappingProxyType(
    {
        # Reports checked against the plan (Ledger, collect, loads).
        "not_a_report": N_("not a Report"),
        "no_task": N_("no such task (the plan's tasks are {first}..{last})"),
        "unknown_unit": N_("no unit named {name}"),
        "unknown_unit_suggest": N_("no unit named {name}; did you mean {suggestions}?"),
        "not_task_unit": N_("{unit} is not one of task {task}'s units ({units})"),
        "done_without_day": N_("a DONE report needs completed_on, the day the work was done"),
        "day_not_done": N_("only a DONE report has completed_on (this one is {status})"),
        "done_after_report": N_("completed_on is after the day the report speaks for ({as_of})"),
        "contradicts_report": N_(
            "contradicts report #{other} of {unit} on task {task} for {as_of} ({first} vs {second})"
        ),
        "contradicts_row": N_(
            "contradicts the report in {other_file}, row {other_row}, of {unit} on task "
            "{task} for {as_of} ({first} vs {second})"
        ),
        # Ledger files (loads).
        "not_json": N_(
            "this file is not a ledger: it is not JSON (line {line}, column {position})"
        ),
        "not_text": N_("this file is not a ledger: it is not UTF-8 JSON text"),
        "xlsx_not_ledger": N_(
            "this file is an xlsx workbook, not a ledger: collect returned templates into a "
            "ledger first"
        ),
        "plan_not_ledger": N_("this file is a plan, not a ledger"),
        "not_a_ledger": N_("this file is not a ledger (its format should be {expected})"),
        "ledger_version": N_("this release reads ledger format version {version} only"),
        "ledger_other_plan": N_(
            "the ledger was made for another plan (this plan's fingerprint is {fingerprint})"
        ),
        "reports_not_list": N_("expected a list of reports"),
        "report_not_object": N_("a report must be an object"),
        "missing_field": N_("missing field {field}"),
        "unknown_field": N_("unknown field"),
        "expected_task": N_("expected an integer >= 1"),
        "expected_unit": N_("expected a unit's name"),
        "expected_status": N_("expected one of {choices}"),
        "expected_iso_day": N_("expected a 'YYYY-MM-DD' date"),
        "expected_text": N_("expected a string"),
        "expected_evidence": N_("expected a list of non-empty strings"),
        # Returned templates (collect).
        "unreadable_xlsx": N_("cannot be read as an xlsx workbook: {error}"),
        "no_template_sheet": N_("has no sheet {sheet}: not a dg_plan reporting template"),
        "not_a_template": N_("not a dg_plan reporting template (H2 should read {expected})"),
        "template_other_plan": N_(
            "the template was made for another plan (this plan's fingerprint is {fingerprint})"
        ),
        "bad_reporting_day": N_("the reporting day is not a day"),
        "bad_header": N_("the header row should be {header}"),
        "not_units_task": N_("task {task} is not one of {unit}'s tasks"),
        "not_a_task_number": N_("not a task number of {unit}'s"),
        "text_edited": N_(
            "the task's text is not task {task}'s: the row was edited or comes from another "
            "template"
        ),
        "no_status": N_("the row has a report but no 状态"),
        "bad_status": N_("not a status; choose one of {choices}"),
        "bad_day": N_(
            "not a day; write it as 2024-12-15, 2024/12/15, 2024年12月15日 or 2024.12.15"
        ),
        "second_template": N_("a second template of {unit} for {as_of} (the first: {first})"),
        "no_such_file": N_("no such file: {path}"),
        # The report problems above, found in a returned file: named by its column.
        "done_without_day_cell": N_(
            "a DONE report needs its {heading} (the day the work was done)"
        ),
        "day_not_done_cell": N_("only a DONE report has a {heading} (this one is {status})"),
        "done_after_report_cell": N_(
            "the {heading} is after the day the report speaks for ({as_of})"
        ),
    }
)


def problem(
    kind: str,
    value: object = None,
    *,
    file: str | None = None,
    row: int | None = None,
    column: str | None = None,
    report: int | None = None,
    **values: object,
) -> TrackingProblem:
    """Return a problem of *kind*, its English reason filled in with *values*."""
    shown = {k: str(v) for k, v in values.items()}
    return TrackingProblem(
        PROBLEMS[kind].format_map(shown),
        value,
        file=file,
        row=row,
        column=column,
        report=report,
        kind=kind,
        values=shown,
    )


def unknown_unit(name: object, exc: Exception) -> tuple[str, dict[str, Any]]:
    """The kind and values of a problem: *name* names no unit (*exc* says so)."""
    suggestions = getattr(exc, "suggestions", ())
    if suggestions:
        return "unknown_unit_suggest", {"name": name, "suggestions": "、".join(suggestions)}
    return "unknown_unit", {"name": name}


def relocated(
    found: TrackingProblem,
    *,
    file: str | None = None,
    row: int | None = None,
    column: str | None = None,
    report: int | None = None,
) -> TrackingProblem:
    """Return *found* placed elsewhere (a file's row, a ledger file's path).

    A problem that names a report's field, placed in a returned file's column, names
    the column as the file shows it (完成日期, not completed_on).
    """
    if file is not None and column is not None and f"{found.kind}_cell" in PROBLEMS:
        kind = f"{found.kind}_cell"
        values = {**dict(found.values), "heading": column}
        return TrackingProblem(
            PROBLEMS[kind].format_map(values),
            found.value,
            file=file,
            row=row,
            column=column,
            report=report,
            kind=kind,
            values=values,
        )
    return TrackingProblem(
        found.reason,
        found.value,
        file=file,
        row=row,
        column=column,
        report=report,
        kind=found.kind,
        values=found.values,
    )


def render(found: TrackingProblem, language: str) -> str:
    """Return *found*'s reason in *language*: its kind's message, translated, with its values.

    A problem without a kind (made with a reason only) keeps its reason.

    Raises:
        InvalidQueryError: *language* is neither Chinese nor English.
    """
    from . import _i18n  # noqa: PLC0415 - gettext only when a problem is shown

    _i18n.normalize(language)  # an unknown language is refused, with a kind or without
    if found.kind is None or found.kind not in PROBLEMS:
        return found.reason
    return render_values((PROBLEMS[found.kind],), found.values, language)
