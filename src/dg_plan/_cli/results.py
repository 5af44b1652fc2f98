"""What a command returns: small immutable results, shown by :mod:`.render`.

A handler takes the plan and the parsed arguments and returns one of these; it never
prints and never asks whether JSON was wanted. The renderer turns a result into text
or JSON.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from dg_plan import tracking
from dg_plan._i18n import pgettext
from dg_plan._model import Platform, Role, Task, Unit
from dg_plan._plan import Plan
from dg_plan._tracking_problems import TrackingProblem
from dg_plan.tracking import SetAside
from dg_plan.tracking.issued import Issued

__all__ = [
    "ChaseList",
    "ImportFailed",
    "Imported",
    "LateTasks",
    "LedgerText",
    "LedgerWritten",
    "Overview",
    "PartSummary",
    "PlatformList",
    "PlatformTasks",
    "ReportWritten",
    "RoundRead",
    "Scorecard",
    "SearchHits",
    "SiteWritten",
    "Streamed",
    "TaskDetail",
    "TaskExplanations",
    "TaskList",
    "TemplateWritten",
    "TemplatesWritten",
    "Timeline",
    "UnitList",
    "UnitResponsibilities",
    "UnitStatus",
    "Withdrawn",
    "Workload",
    "Written",
]


# -- queries -----------------------------------------------------------------------------


@attrs.frozen
class Overview:
    """The plan's parts, deadlines and leading units."""

    plan: Plan


@attrs.frozen
class TaskList:
    """A titled list of tasks (tasks, due)."""

    plan: Plan
    title: str
    tasks: tuple[Task, ...]
    #: What is said when there is no task (empty: "{title}: no tasks").
    none: str = ""
    #: A sentence under the heading, on a line of its own (empty: none).
    note: str = ""
    #: When the list is a unit's tasks (tasks --unit U [--role R] alone): the unit's
    #: listing, which the text shows as `unit U [--role R]` does (one listing, one look).
    listing: UnitResponsibilities | None = None


@attrs.frozen
class TaskDetail:
    """One task, in full (show)."""

    plan: Plan
    task: Task


@attrs.frozen
class UnitResponsibilities:
    """A unit's tasks with its role in each (unit); *role*: the role asked for, or None."""

    plan: Plan
    unit: Unit
    role: Role | None
    found: tuple[Any, ...]  # the plan's Responsibility objects


@attrs.frozen
class SearchHits:
    """The tasks a search found, most matches first; *unit*: the unit searched among."""

    query: str
    unit: str | None
    hits: tuple[Any, ...]  # the plan's SearchHit objects
    plan: Plan | None = None  # places the hits' tasks in their sections


@attrs.frozen
class PlatformTasks:
    """The tasks that mention a platform, and the units responsible for them."""

    plan: Plan
    platform: Platform
    tasks: tuple[Task, ...]
    involved: tuple[Any, ...]  # the plan's PlatformInvolvement objects


@attrs.frozen
class Timeline:
    """Every deadline with its tasks."""

    entries: tuple[Any, ...]  # the plan's TimelineEntry objects


@attrs.frozen
class Workload:
    """Per unit: tasks led, responsible for and supported, per deadline."""

    rows: tuple[Any, ...]  # the plan's WorkloadRow objects


@attrs.frozen
class UnitList:
    """Units with their kinds; *counts*: each unit's workload row, by name."""

    units: tuple[Unit, ...]
    counts: dict[str, Any]


@attrs.frozen
class PlatformList:
    """Platforms with the tasks that mention each."""

    plan: Plan
    platforms: tuple[Platform, ...]


# -- files -------------------------------------------------------------------------------


@attrs.frozen
class Written:
    """A file was written: *what* it holds (a format, a plot's kind).

    *no_cjk_font*: a plot's Chinese labels show as boxes (no CJK font was found).
    *metadata*: where Datasette's metadata went (the sqlite export), or "".
    *plot*: the file is a plot (dg-plan plot), not an export of the plan.
    """

    path: str
    what: str
    no_cjk_font: bool = False
    metadata: str = ""
    plot: bool = False


@attrs.frozen
class SiteWritten:
    """A static site was written into *folder*: *files* files, entered by *index*."""

    folder: str
    files: int
    index: str


@attrs.frozen
class Streamed:
    """A file's bytes, for standard output (export to ``-``)."""

    data: bytes


@attrs.frozen
class Imported:
    """A task list read into a plan; *plan_text*: the plan for standard output, or "".

    *output* is where the plan went (a path, ``-`` or None).
    """

    file: str
    output: str | None
    result: Any  # an importing.ImportResult
    plan_text: str = ""
    review: str | None = None  # where the review workbook went


@attrs.frozen
class ImportFailed:
    """An import that failed (refused, or stopped by --strict or a decision).

    *error* is the :class:`~dg_plan.PlanImportError`; *review* where the review
    workbook went (None: not asked). Its sentences go to standard error, exit status 1;
    with ``--json`` its JSON goes to standard output as well.
    """

    file: str
    error: Any  # a PlanImportError
    review: str | None = None


# -- tracking ----------------------------------------------------------------------------


@attrs.frozen
class TemplateWritten:
    """A unit's reporting template was written."""

    path: str
    count: int
    unit: str
    as_of: str


@attrs.frozen
class RoundRead:
    """What collecting a round found beside the ledger: files set aside, notices, silence.

    *set_aside*: the files left out with their problems; *notices*: each unit sent a
    退回修改 notice and its path (``None``: none asked for); *returned_blank*: units
    whose file holds no report; *not_returned*: units sent a template (``--sent``)
    that returned no file (``None``: not asked); *unsigned*: the notices are signed
    with the placeholder （发文单位） (no ``--office``); *passed_over*: the 文号 the
    notices' numbering passed over, the ledger's log holding them (issued before);
    *sent*: the units sent a template (``--sent``), counted when all returned a file;
    *early*: ``(return-by day, date)`` when the notices ask for a file back before the
    day they are dated (a slip the clerk is told of).
    """

    set_aside: tuple[SetAside, ...] = ()
    notices: tuple[tuple[str, Path], ...] | None = None
    returned_blank: tuple[str, ...] = ()
    not_returned: tuple[str, ...] | None = None
    unsigned: bool = False
    passed_over: tuple[str, ...] = ()
    sent: tuple[str, ...] = ()
    early: tuple[datetime.date, datetime.date] | None = None


@attrs.frozen
class LedgerWritten:
    """A ledger was written from *files* returned files; *notes* on how they were read.

    *reports*: the ledger's, all rounds; *added*: the reports of this round, when it
    was added to a ledger (``--into``).
    """

    path: str
    reports: int
    files: int
    notes: tuple[TrackingProblem, ...] = ()
    round: RoundRead = RoundRead()
    added: int | None = None
    #: The 统计截止日期 of the files added, when it is before the ledger's latest round's
    #: (a late correction of an earlier round): not "this round's" files then.
    earlier: datetime.date | None = None
    #: Whether the ledger added to (``--into``) was left as it was: nothing new to write.
    unchanged: bool = False


@attrs.frozen
class LedgerText:
    """A ledger's JSON text, for standard output; *notes* on how the files were read."""

    text: str
    notes: tuple[TrackingProblem, ...] = ()
    round: RoundRead = RoundRead()
    files: int = 0


@attrs.frozen
class TemplatesWritten:
    """Templates were written for every unit that can receive one (``--all``).

    *members*: each collective whose members got one each, with how many did (said
    apart from the units given none, the thirteenth reader).
    """

    folder: str
    written: tuple[tuple[str, Path], ...]
    skipped: tuple[tuple[str, str], ...]
    as_of: str
    members: tuple[tuple[str, int], ...] = ()


@attrs.frozen
class Withdrawn:
    """*count* reports of *unit* for *as_of* were taken out of the ledger at *path*.

    *left*: the reports the ledger holds now.
    """

    path: str
    unit: str
    as_of: str
    count: int
    left: int


@attrs.frozen
class ReportWritten:
    """The supervision report was written, as of a day."""

    path: str
    as_of: str


@attrs.frozen
class TaskExplanations:
    """How tasks' statuses were reached; *categories*: each task's category, by number."""

    plan: Plan
    explanations: tuple[tracking.StatusExplanation, ...]
    categories: dict[int, str]
    #: The units whose returned file of the round was set aside (已报回待修改, not 未报送),
    #: each with why (tracking.rounds.SET_ASIDE_REASONS).
    set_aside: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class PartSummary:
    """How the tasks stand, per part."""

    as_of: str
    tasks: int
    rows: tuple[tracking.SummaryRow, ...]


@attrs.frozen
class UnitStatus:
    """A unit's tasks: its role, its own status and the task's status."""

    unit: Unit
    as_of: str
    found: tuple[tuple[Task, Role, tracking.Status | None, tracking.Status | None], ...]
    #: Whether the unit's returned file of the round was set aside (已报回待修改).
    set_aside: bool = False
    #: Why it was set aside (tracking.rounds.SET_ASIDE_REASONS), when it was.
    reason: str = ""
    #: Each IN_PROGRESS task's accountable units with their statuses, by task number:
    #: the words of a mixed status (部分单位已完成（1个单位已完成、19个单位未报送）).
    units: Mapping[int, tuple[tuple[str, tracking.Status | None], ...]] = attrs.field(factory=dict)


@attrs.frozen
class LateTasks:
    """The tasks late as of a day: each with its status and accountable units."""

    plan: Plan
    as_of: str
    found: tuple[tuple[Task, tracking.Status | None, tuple[Unit, ...]], ...]
    #: Each IN_PROGRESS task's accountable units with their statuses, by task number:
    #: the words of a mixed status (部分单位已完成（1个单位已完成、19个单位未报送）).
    units: Mapping[int, tuple[tuple[str, tracking.Status | None], ...]] = attrs.field(factory=dict)


@attrs.frozen
class Scorecard:
    """Each accountable unit's own record on a day, ranked.

    *set_aside*: the units whose file of the round was set aside, each with why.
    """

    as_of: str
    rows: tuple[tracking.ScoreRow, ...]
    set_aside: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class ChaseList:
    """Whom to chase on a day, for which late tasks; the notices written, if any."""

    as_of: str
    chases: tuple[tracking.Chase, ...]
    notices: tuple[str, ...] = ()
    #: With --sent: the round's 统计截止日期 and its sent units by what came back (in the
    #: ledger, set aside, none), and the 催报 notices written to those that sent none.
    returns: tuple[datetime.date, tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None
    reminders: tuple[str, ...] = ()
    #: The units whose file of the round was set aside, each with why.
    reasons: Mapping[str, str] = attrs.field(factory=dict)
    #: With --notices: the units sent the same kind of notice dated the same day
    #: already, each with its kind (督办通知, 催报通知): none written to them again.
    already: Mapping[str, str] = attrs.field(factory=dict)
    #: With --notices: the notices written again that the ledger's log held for the
    #: same day (a chase run again): the same notices.
    redone: tuple[Issued, ...] = ()
    #: Each notice of *redone* has a 文号, the one it was issued under then (not so
    #: without --number, or with another prefix than the first run's).
    same_numbers: bool = False
    #: With --notices and no --office: the notices are signed with the placeholder.
    unsigned: bool = False
    #: With --notices: the notices the log held for the same day that were not written
    #: again (a re-run without --sent leaves the 催报通知): they stay in the log.
    kept: tuple[Issued, ...] = ()
    #: Whether notices were asked for (--notices): a unit with two files of the round
    #: for the office to choose from is then said to have been written none.
    asked: bool = False


def written_kind(what: str, *, plot: bool) -> str:
    """What a file written holds, as the sentence saying it was written names it.

    English keeps the format's or the plot's name (``xlsx``, ``timeline``); Chinese
    says what kind of file it is (Excel工作簿, 完成时限分布图), not the suffix again.
    """
    kinds = (
        {
            "timeline": pgettext("a plot written: its kind", "timeline"),
            "workload": pgettext("a plot written: its kind", "workload"),
            "graph": pgettext("a plot written: its kind", "graph"),
        }
        if plot
        else {
            "json": pgettext("an export written: its format", "json"),
            "csv": pgettext("an export written: its format", "csv"),
            "xlsx": pgettext("an export written: its format", "xlsx"),
            "docx": pgettext("an export written: its format", "docx"),
            "graphml": pgettext("an export written: its format", "graphml"),
            "node-link": pgettext("an export written: its format", "node-link"),
            "ics": pgettext("an export written: its format", "ics"),
            "sqlite": pgettext("an export written: its format", "sqlite"),
            "datapackage": pgettext("an export written: its format", "datapackage"),
        }
    )
    return kinds.get(what, what)
