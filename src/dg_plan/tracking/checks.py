"""Checking reports against a plan: every broken rule, and the reports in canonical form."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from dg_plan._errors import UnknownNameError, UnknownTaskError
from dg_plan._model import Task, Unit
from dg_plan._plan import Plan
from dg_plan._tracking_problems import TrackingProblem, unknown_unit
from dg_plan._tracking_problems import problem as _problem

from .index import answering_units
from .model import Report, Status

__all__ = ["check_reports", "contradicts"]


def contradicts(later: Report, earlier: Report) -> bool:
    """Whether *later* contradicts *earlier*, the same unit's report on the task for a day before.

    Contradicting: done on a day the earlier report (made on or after it) says was not
    done (done since May in July, in progress in June); not done after an earlier
    report said done; done on another day than an earlier report said.
    """
    done, was_done = later.status is Status.DONE, earlier.status is Status.DONE
    if done and was_done:
        return later.completed_on != earlier.completed_on
    if done:
        return later.completed_on is not None and later.completed_on <= earlier.as_of
    return was_done


def _own_problems(report: Report) -> list[tuple[str, str, object, dict[str, Any]]]:
    """Return the rules *report* breaks on its own: the day done (kind, column, value, values)."""
    done = report.completed_on
    if (done is None) is (report.status is not Status.DONE) and (
        done is None or done <= report.as_of
    ):
        return []
    found: list[tuple[str, str, object, dict[str, Any]]] = []
    if report.status is Status.DONE and report.completed_on is None:
        found.append(("done_without_day", "completed_on", None, {}))
    if report.status is not Status.DONE and report.completed_on is not None:
        found.append(
            ("day_not_done", "completed_on", report.completed_on, {"status": report.status.label})
        )
    # A day beside a status that is not DONE is one problem, whatever the day: the unit
    # is asked to take it out (or to say DONE), not to change it.
    if report.status is Status.DONE and done is not None and done > report.as_of:
        found.append(
            (
                "done_after_report",
                "completed_on",
                report.completed_on,
                {"as_of": report.as_of, "as_of_zh": _chinese_day(report.as_of)},
            )
        )
    return found


def _chinese_day(day: datetime.date) -> str:
    """*day* as Chinese writes it (2024年12月31日), for the Chinese sentence of a problem."""
    return f"{day.year}年{day.month}月{day.day}日"


def _report_number(i: int) -> tuple[str, dict[str, Any]]:
    return "contradicts_report", {"other": i}


def _task(plan: Plan, number: int, found: dict[int, Task]) -> Task | UnknownTaskError:
    """Return *plan*'s task numbered *number* (remembered in *found*), or the error."""
    task = found.get(number)
    if task is None:
        try:
            task = found[number] = plan.task(number)
        except UnknownTaskError as exc:
            return exc
    return task


def check_reports(
    plan: Plan,
    reports: Sequence[Report],
    where: Callable[[int], tuple[str, dict[str, Any]]] = _report_number,
) -> tuple[list[TrackingProblem], list[Report]]:
    """Check *reports* against *plan*; return every problem and the canonical reports.

    *where* names the report at a position, for the message about a contradiction:
    the problem's kind and the values that say where the other report is.
    """
    problems: list[TrackingProblem] = []
    canonical: list[Report] = []
    answering: dict[int, dict[str, str | None]] = {}
    seen: dict[tuple[int, str, datetime.date], tuple[int, Report]] = {}
    units: dict[str, Unit | None] = {}
    tasks: dict[int, Task] = {}  # plan.task checks its argument: ask once per number

    def problem(i: int, kind: str, column: str, value: object, **values: Any) -> None:  # noqa: ANN401
        problems.append(_problem(kind, value, column=column, report=i, **values))

    for i, report in enumerate(reports):
        if not isinstance(report, Report):
            problem(i, "not_a_report", "report", report)
            continue
        ok = True
        task: Task | UnknownTaskError | None = _task(plan, report.task, tasks)
        if isinstance(task, UnknownTaskError):  # the range the plan's own error gives
            problem(i, "no_task", "task", report.task, first=task.first, last=task.last)
            task, ok = None, False
        if report.unit not in units:
            try:
                units[report.unit] = plan.unit(report.unit)
            except UnknownNameError as exc:
                units[report.unit] = None
                kind, values = unknown_unit(report.unit, exc)
                problem(i, kind, "unit", report.unit, **values)
        unit = units[report.unit]
        if unit is None:
            ok = False
        elif task is not None:
            table = answering.get(task.number)
            if table is None:
                table = answering[task.number] = answering_units(plan, task)
            if unit.name not in table:
                problem(
                    i,
                    "not_task_unit",
                    "unit",
                    report.unit,
                    unit=unit.name,
                    task=task.number,
                    units=tuple(u.name for u in task.units),
                )
                ok = False
        for kind, column, value, values in _own_problems(report):
            problem(i, kind, column, value, **values)
            ok = False
        if not ok or unit is None:
            continue
        if unit.name != report.unit:
            report = attrs.evolve(report, unit=unit.name)  # noqa: PLW2901 - canonical name
        key = (report.task, report.unit, report.as_of)
        before = seen.get(key)
        if before is not None and (before[1].status, before[1].completed_on) != (
            report.status,
            report.completed_on,
        ):
            kind, other = where(before[0])
            problem(
                i,
                kind,
                "status",
                report.status.label,
                unit=report.unit,
                task=report.task,
                as_of=report.as_of,
                first=before[1].status.label,
                second=report.status.label,
                **other,
            )
            continue
        seen.setdefault(key, (i, report))
        canonical.append(report)
    return problems, canonical
