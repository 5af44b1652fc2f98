"""The query commands.

overview, show, unit, tasks, search, platform, due, timeline, workload, list-units,
list-platforms.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from dg_plan._cli.errors import CliErrorKind, UsageError, os_error
from dg_plan._cli.render import unit_tasks_title
from dg_plan._cli.results import (
    Overview,
    PlatformList,
    PlatformTasks,
    SearchHits,
    TaskDetail,
    TaskList,
    Timeline,
    UnitList,
    UnitResponsibilities,
    Workload,
)
from dg_plan._deadline import DeadlineKind
from dg_plan._display import day_text, enum_label, period_text
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext
from dg_plan._model import Role, Task, UnitKind
from dg_plan._plan import Plan
from dg_plan._vocabulary import named_units

__all__ = [
    "due",
    "list_platforms",
    "list_units",
    "overview",
    "platform",
    "search",
    "show",
    "tasks",
    "timeline",
    "unit",
    "workload",
]


def overview(plan: Plan, args: argparse.Namespace) -> Overview:
    """The plan's parts, deadlines and leading units."""
    return Overview(plan)


def show(plan: Plan, args: argparse.Namespace) -> TaskDetail:
    """One task, in full."""
    return TaskDetail(plan, plan.task(args.number))


def unit(plan: Plan, args: argparse.Namespace) -> UnitResponsibilities | UnitList:
    """The tasks a unit answers for, with its role; without a name, every unit."""
    if args.name is None:
        # `dg-plan units` alone: the list a reader expects (list-units), not an error.
        return list_units(plan, argparse.Namespace(kind=args.kind))
    if args.kind:
        # A unit named has one kind: --kind would filter nothing, so it is refused.
        raise UsageError(CliErrorKind.KIND_WITH_NAME)
    found = plan.unit(args.name)
    role = Role(args.role) if args.role else None
    return UnitResponsibilities(plan, found, role, tuple(plan.responsibilities(found, role)))


def tasks(plan: Plan, args: argparse.Namespace) -> TaskList:
    """The tasks that meet every criterion given."""
    kind = DeadlineKind(args.kind) if args.kind else None
    found = plan.select(
        unit=args.unit,
        role=Role(args.role) if args.role else None,
        platform=args.platform,
        section=args.section,
        start=args.start,
        end=args.end,
        kind=kind,
        text=args.text,
    )
    return TaskList(
        plan,
        _tasks_title(plan, args),
        tuple(found),
        _("No task meets the criteria."),
        listing=_unit_listing(plan, args, tuple(found)),
    )


def _unit_tasks_only(args: argparse.Namespace) -> bool:
    """Whether `tasks` was asked for a unit's tasks alone (--unit, perhaps --role)."""
    others = (args.platform, args.section, args.start, args.end, args.kind, args.text)
    return bool(args.unit) and not any(others)


def _tasks_title(plan: Plan, args: argparse.Namespace) -> str:
    """The heading of `tasks`: what was asked when it is a unit (省公安厅牵头的任务)."""
    if not _unit_tasks_only(args):
        return _("Matching tasks")
    role = Role(args.role) if args.role else None
    return unit_tasks_title(plan.unit(args.unit).name, role)


def _unit_listing(
    plan: Plan, args: argparse.Namespace, found: tuple[Task, ...]
) -> UnitResponsibilities | None:
    """A unit's tasks as `unit` lists them, when `tasks` lists them.

    One listing, one look (the nineteenth reader: two headings and two sets of columns).
    """
    if not _unit_tasks_only(args):
        return None
    unit = plan.unit(args.unit)
    role = Role(args.role) if args.role else None
    listing = tuple(plan.responsibilities(unit, role))
    if tuple(r.task for r in listing) != found:
        return None
    return UnitResponsibilities(plan, unit, role, listing)


def search(plan: Plan, args: argparse.Namespace) -> SearchHits:
    """The tasks whose text contains every term, most matches first."""
    query = " ".join(args.terms)
    hits = plan.search(query)
    if args.unit is not None:
        mine = {t.number for t in plan.tasks_for(args.unit)}
        hits = tuple(h for h in hits if h.task.number in mine)
    return SearchHits(query, args.unit, tuple(hits), plan)


def platform(plan: Plan, args: argparse.Namespace) -> PlatformTasks:
    """The tasks that mention a platform and the units responsible for them."""
    found = plan.platform(args.name)
    return PlatformTasks(
        plan, found, tuple(plan.mentioning(found)), tuple(plan.responsible_for(found))
    )


def read_done(source: str) -> list[int]:
    """Read finished task numbers: one per line or comma-separated, ``#`` comments; ``-`` stdin."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        error = os_error(exc) if isinstance(exc, OSError) else exc
        raise UsageError(CliErrorKind.DONE_UNREADABLE, file=source, error=error) from None
    numbers = []
    uncommented = "\n".join(line.partition("#")[0] for line in text.splitlines())
    for token in re.split(r"[\s,，、]+", uncommented):
        if not token:
            continue
        if not token.isdigit():
            raise UsageError(CliErrorKind.DONE_NOT_A_NUMBER, token=token, file=source)
        numbers.append(int(token))
    return numbers


def due(plan: Plan, args: argparse.Namespace) -> TaskList:
    """What is due when: by a date, in a period, with no date, overdue."""
    # Like the library, the command reads no clock: the day to judge from is given.
    as_of = args.as_of
    if (args.overdue or args.within is not None) and as_of is None:
        raise UsageError(CliErrorKind.NEEDS_AS_OF)
    if args.done is not None and not (args.overdue or args.within is not None):
        raise UsageError(CliErrorKind.DONE_ALONE)
    done = read_done(args.done) if args.done is not None else []
    none = note = ""
    if args.by is not None:
        found, title = plan.due_by(args.by), _("Due by {date}").format(date=day_text(args.by))
        none = _("No task is due by {date}.").format(date=day_text(args.by))
    elif args.between is not None:
        start, end = args.between
        found = plan.due_between(start, end)
        title = _("Due from {start} to {end}").format(start=day_text(start), end=day_text(end))
        none = _("No task is due from {start} to {end}.").format(
            start=day_text(start), end=day_text(end)
        )
    elif args.period is not None:
        found, title = (
            plan.due_in(args.period),
            _("Due in {period}").format(period=period_text(args.period)),
        )
        # 2024年第三季度无到期任务。, not 2024年第三季度到期：无.
        none = _("No task is due in {period}.").format(period=period_text(args.period))
    elif args.undated is not None:
        kind = None if args.undated == "all" else DeadlineKind(args.undated)
        found = plan.undated(kind)
        # Every undated task, or those of one kind: each said as one phrase.
        if kind is None:
            title, none = _("No date (all)"), _("Every task's deadline is a date.")
        else:
            title = _("No date ({kind})").format(kind=enum_label(kind))
            none = _("No task's deadline is {kind}.").format(kind=enum_label(kind))
    elif args.overdue:
        found = plan.overdue(as_of, done)
        title = _("Overdue as of {date}").format(date=day_text(as_of))
        none = _("No task is overdue as of {date}.").format(date=day_text(as_of))
        if done:
            # The tasks --done left out: those of its list that were overdue, not every
            # number it lists (a task not yet due was never in the list).
            left_out = len(plan.overdue(as_of)) - len(found)
            # The list named by its file, as given (not by the option: a sentence names
            # no option, the twelfth reader).
            listed = _("standard input") if args.done == "-" else args.done
            if left_out:
                # Which of the listed tasks are left out, said (the fifteenth reader,
                # fault 17: 所列已完成的2项 read as a miscount when the file lists 3),
                # in a sentence under the heading, not a bracket after it (the
                # seventeenth reader, fault 3).
                note = ngettext(
                    "(less the {count} task listed as done in {file} that is past its deadline)",
                    "(less the {count} tasks listed as done in {file} that are past their "
                    "deadlines)",
                    left_out,
                ).format(count=left_out, file=listed)
                none = ngettext(
                    "No task is overdue as of {date}, less the {count} task listed as done in "
                    "{file} that is past its deadline.",
                    "No task is overdue as of {date}, less the {count} tasks listed as done in "
                    "{file} that are past their deadlines.",
                    left_out,
                ).format(date=day_text(as_of), count=left_out, file=listed)
            else:
                note = _("(none of the tasks listed as done in {file} among them)").format(
                    file=listed
                )
    else:
        found = plan.due_within(args.within, as_of, done)
        title = ngettext(
            "Due within {days} day of {date}", "Due within {days} days of {date}", args.within
        ).format(days=args.within, date=day_text(as_of))
        none = ngettext(
            "No task is due within {days} day of {date}.",
            "No task is due within {days} days of {date}.",
            args.within,
        ).format(days=args.within, date=day_text(as_of))
    return TaskList(plan, title, tuple(found), none, note)


def timeline(plan: Plan, args: argparse.Namespace) -> Timeline:
    """Every deadline with its tasks."""
    return Timeline(tuple(plan.timeline()))


def workload(plan: Plan, args: argparse.Namespace) -> Workload:
    """Per unit: tasks led, responsible for and supported, per deadline."""
    if args.top is not None and args.top < 1:
        raise UsageError(CliErrorKind.TOP_TOO_SMALL)
    return Workload(tuple(plan.workload(include_members=args.members)[: args.top]))


def list_units(plan: Plan, args: argparse.Namespace) -> UnitList:
    """Every responsible unit, with its kind and task counts."""
    units = plan.units_of_kind(UnitKind(args.kind)) if args.kind else plan.units
    # The placeholder of an imported task naming no unit is no unit of the print.
    units = named_units(units)
    counts = {r.unit.name: r for r in plan.workload(include_members=True)}
    return UnitList(tuple(units), counts)


def list_platforms(plan: Plan, args: argparse.Namespace) -> PlatformList:
    """Every platform the tasks mention."""
    platforms = [p for p in plan.platforms if not args.kind or p.kind.value == args.kind]
    return PlatformList(plan, tuple(platforms))
