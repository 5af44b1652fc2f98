"""The shapes :func:`dg_plan.jsonable` returns, as ``TypedDict`` types for embedders.

Each type is a plain ``dict`` at run time; the types only tell a type checker which
keys a value has. Days are ISO strings (``"2024-06-30"``), enums their values
(``"lead"``), tuples lists, and a value that may be missing is ``None``.

A result that concerns one task (a responsibility, a search hit) is the task's
:class:`TaskJSON` with the result's own keys added, so the task's keys read the same
everywhere. This module imports nothing but :mod:`typing`.
"""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ChaseItemJSON",
    "ChaseJSON",
    "ChaseNoticeJSON",
    "DeadlineJSON",
    "FindingJSON",
    "ImportResultJSON",
    "InvolvementJSON",
    "LateTaskJSON",
    "LedgerJSON",
    "LocationJSON",
    "MentionJSON",
    "NoteJSON",
    "OriginJSON",
    "OverviewJSON",
    "PlanJSON",
    "PlanMetadataJSON",
    "PlatformJSON",
    "PlatformTasksJSON",
    "ProvenanceJSON",
    "ReportJSON",
    "ResponsibilityJSON",
    "ReturnsJSON",
    "ScoreJSON",
    "ScoreRowJSON",
    "SearchHitJSON",
    "SectionJSON",
    "StatusExplanationJSON",
    "SuccessorJSON",
    "SummaryRowJSON",
    "TaskJSON",
    "TaskRoleJSON",
    "TaskStatusJSON",
    "TimelineEntryJSON",
    "TrackingProblemJSON",
    "UnitJSON",
    "UnitStatusJSON",
    "UnitTaskStatusJSON",
    "UnitTasksJSON",
    "WorkloadBucketJSON",
    "WorkloadRowJSON",
]


class DeadlineJSON(TypedDict):
    """A :class:`~dg_plan.Deadline`: as printed, its kind, and its day (``None`` if undated)."""

    deadline: str
    deadline_kind: str
    due: str | None


class MentionJSON(TypedDict):
    """A :class:`~dg_plan.Mention`: ``task.text[start:end]`` names ``platform``."""

    platform: str
    start: int
    end: int


class NoteJSON(TypedDict):
    """A :class:`~dg_plan.Note`: its kind and values, language-neutral (as the file format)."""

    kind: str
    values: dict[str, str]


class OriginJSON(TypedDict):
    """An :class:`~dg_plan.Origin`: where in an imported file a task was read from."""

    file: str
    sheet: str
    rows: list[int]
    lines: list[int]
    cells: list[list[str]]


class ProvenanceJSON(TypedDict):
    """A :class:`~dg_plan.Provenance`; spans are ``[start, end]`` pairs."""

    page: int | None
    deadline_rows: list[int]
    units_rows: list[int]
    alternatives: list[NoteJSON]
    notes: list[NoteJSON]
    text_span: list[int] | None
    deadline_spans: list[list[int]]
    units_span: list[int] | None
    origin: OriginJSON | None


class SuccessorJSON(TypedDict):
    """A :class:`~dg_plan.Successor`."""

    name: str
    name_en: str
    since: str | None
    source: str


class UnitJSON(TypedDict):
    """A :class:`~dg_plan.Unit`; ``members`` and ``member_of`` are names."""

    name: str
    full_name: str
    aliases: list[str]
    kind: str
    name_en: str
    name_en_official: bool
    members: list[str]
    member_of: list[str]
    successor: SuccessorJSON | None
    sources: list[str]
    note: str


class PlatformJSON(TypedDict):
    """A :class:`~dg_plan.Platform`."""

    name: str
    aliases: list[str]
    kind: str
    name_en: str
    name_en_official: bool
    sources: list[str]
    note: str


class TaskJSON(DeadlineJSON):
    """A :class:`~dg_plan.Task`: its deadline's keys, then these.

    ``part``, ``section`` (the deepest section's id) and ``section_title`` are
    ``None`` when :func:`~dg_plan.jsonable` was given no plan to place the task in
    (and ``""`` in a plan without parts). Units and platforms are names, in printed
    order; ``page``, ``notes``, ``alternatives`` and ``origin`` are the provenance's.
    """

    number: int
    part: str | None
    section: str | None
    section_title: str | None
    units: list[str]
    leads: list[str]
    responsible: list[str]
    support: list[str]
    accountable: list[str]
    platforms: list[str]
    text: str
    page: int | None
    units_text: str
    mentions: list[MentionJSON]
    notes: list[NoteJSON]
    alternatives: list[NoteJSON]
    origin: OriginJSON | None


class SectionJSON(TypedDict):
    """A :class:`~dg_plan.Section`: its tasks as numbers, its subsections nested."""

    id: str
    number: int
    label: str
    title: str
    heading: str
    declared_count: int | None
    tasks: list[int]
    subsections: list[SectionJSON]


class PlanMetadataJSON(TypedDict):
    """A :class:`~dg_plan.PlanMetadata`; ``period`` is ``[first_year, last_year]``."""

    title: str
    document: str
    attachment: str
    issuer: str
    issued: str | None
    period: list[int] | None
    source_file: str
    source_sha256: str


class PlanJSON(TypedDict):
    """A :class:`~dg_plan.Plan`: every task placed in its sections."""

    metadata: PlanMetadataJSON
    sections: list[SectionJSON]
    tasks: list[TaskJSON]
    units: list[UnitJSON]
    platforms: list[PlatformJSON]


class ResponsibilityJSON(TaskJSON):
    """A :class:`~dg_plan.Responsibility`: the task, the unit asked about, its role and ``via``.

    ``via`` is the collective's name when the unit answers through one, else ``None``.
    """

    unit: str
    role: str
    via: str | None


class TaskRoleJSON(TypedDict):
    """A :class:`~dg_plan.TaskRole` (:meth:`Task.involvement <dg_plan.Task.involvement>`)."""

    task: int
    unit: str
    role: str
    via: str | None


class SearchHitJSON(TaskJSON):
    """A :class:`~dg_plan.SearchHit`: the task, how many matches, and their spans."""

    matches: int
    spans: list[list[int]]


class InvolvementJSON(TypedDict):
    """An :class:`~dg_plan.Involvement`: a unit's tasks mentioning a platform, as numbers."""

    unit: str
    lead: list[int]
    responsible: list[int]
    support: list[int]


class TimelineEntryJSON(DeadlineJSON):
    """A :class:`~dg_plan.TimelineEntry`: the deadline's keys and the tasks' numbers."""

    tasks: list[int]


class WorkloadBucketJSON(TypedDict):
    """A :class:`~dg_plan.WorkloadBucket`."""

    label: str
    lead: int
    responsible: int
    support: int


class WorkloadRowJSON(TypedDict):
    """A :class:`~dg_plan.WorkloadRow`."""

    unit: str
    lead: int
    responsible: int
    support: int
    buckets: list[WorkloadBucketJSON]


# -- the command line's envelopes ---------------------------------------------------------
# A command whose answer is more than one object prints an envelope: a dict each of whose
# values is the form of a public object (or a tuple of them).


class OverviewJSON(TypedDict):
    """``dg-plan overview --json``: the plan's metadata, parts, deadlines and leading units.

    ``sections`` are the parts, each with its subsections and task numbers; ``timeline``
    every deadline with its tasks; ``leads`` the workload rows of the units that lead
    most tasks, most first.
    """

    metadata: PlanMetadataJSON
    sections: list[SectionJSON]
    timeline: list[TimelineEntryJSON]
    leads: list[WorkloadRowJSON]


class UnitTasksJSON(TypedDict):
    """``dg-plan unit NAME --json``: the unit and the tasks it answers for, with its role."""

    unit: UnitJSON
    tasks: list[ResponsibilityJSON]


class PlatformTasksJSON(TypedDict):
    """``dg-plan platform NAME --json``: the platform, the tasks that mention it, their units."""

    platform: PlatformJSON
    tasks: list[TaskJSON]
    units: list[InvolvementJSON]


# -- tracking ---------------------------------------------------------------------------


class ReportJSON(TypedDict):
    """A :class:`~dg_plan.tracking.Report`."""

    task: int
    unit: str
    status: str
    as_of: str
    completed_on: str | None
    note: str
    evidence: list[str]


class UnitStatusJSON(TypedDict):
    """A :class:`~dg_plan.tracking.UnitStatus`: its report's status and days (``None``: none)."""

    unit: str
    role: str
    counted: bool
    via: str | None
    through_collective: bool
    status: str | None
    as_of: str | None
    completed_on: str | None


class StatusExplanationJSON(TypedDict):
    """A :class:`~dg_plan.tracking.StatusExplanation`, its counts and rule included."""

    task: int
    status: str | None
    completed_on: str | None
    rule: str
    counted: int
    done: int
    silent: int
    units: list[UnitStatusJSON]


class SummaryRowJSON(TypedDict):
    """A :class:`~dg_plan.tracking.SummaryRow`, its totals included."""

    key: str
    label: str
    done_on_time: int
    done_late: int
    late_open: int
    due_open: int
    open_not_due: int
    not_reported: int
    done_undated: int
    open_undated: int
    not_reported_undated: int
    total: int
    late_not_reported: int
    due_not_reported: int
    not_reported_at_all: int


class ScoreJSON(TypedDict):
    """A :class:`~dg_plan.tracking.Score`: its counts, and ``on_time_rate`` (``None``: none rated).

    The scorecard's columns, which add up to ``tasks``, are the nine categories of
    ``track status``: ``done_on_time``, ``done_late``, ``late_open``, ``due_open``,
    ``open_not_due``, ``not_reported``, ``done_undated``, ``open_undated``,
    ``not_reported_undated``. ``on_time_rate`` is ``done_on_time / rated``.
    """

    tasks: int
    done_on_time: int
    done_late: int
    late_open: int
    due_open: int
    open_not_due: int
    not_reported: int
    unreported: int
    owed: int
    owed_on_time: int
    rated: int
    done_undated: int
    open_undated: int
    not_reported_undated: int
    on_time_rate: float | None


class ScoreRowJSON(TypedDict):
    """A :class:`~dg_plan.tracking.ScoreRow`: ``roles`` maps each role it holds to its score.

    ``rank`` is ``None`` for a unit not ranked (nothing due yet, or a collective nobody
    can report for); ``total`` is over all its roles.
    """

    unit: str
    rank: int | None
    roles: dict[str, ScoreJSON]
    total: ScoreJSON


class ChaseItemJSON(DeadlineJSON):
    """A :class:`~dg_plan.tracking.ChaseItem`: the task's number and deadline keys, then these.

    ``status`` and ``as_of`` are the unit's answer's (``None``: not reported).
    """

    task: int
    role: str
    status: str | None
    as_of: str | None


class ChaseJSON(TypedDict):
    """A :class:`~dg_plan.tracking.Chase`: the unit, how many it has not reported, its tasks.

    ``set_aside``: whether its returned file of the round was set aside (已报回待修改);
    ``set_aside_reason``: why (``tracking.rounds.SET_ASIDE_REASONS``: ``"two_files"`` is
    已报回（两份，待核定）), ``None`` when it was not.
    """

    unit: str
    unreported: int
    tasks: list[ChaseItemJSON]
    set_aside: bool
    set_aside_reason: str | None


class LedgerJSON(TypedDict):
    """A :class:`~dg_plan.tracking.Ledger`: which plan, and every report."""

    plan: PlanMetadataJSON
    reports: list[ReportJSON]


class TrackingProblemJSON(TypedDict):
    """A :class:`~dg_plan.TrackingProblem`: kind and values, the English reason, and where."""

    kind: str | None
    values: dict[str, str]
    reason: str
    file: str | None
    row: int | None
    column: str | None
    report: int | None


class ReturnsJSON(TypedDict):
    """A :class:`~dg_plan.tracking.Returns`: the ledger read, and how the files were read."""

    ledger: LedgerJSON
    notes: list[TrackingProblemJSON]


# -- importing --------------------------------------------------------------------------


class LocationJSON(TypedDict):
    """A :class:`~dg_plan.importing.Location`; ``cell`` is ``""`` when not a cell."""

    file: str
    sheet: str
    row: int | None
    column: int | None
    cell: str
    line: int | None


class FindingJSON(LocationJSON):
    """An :class:`~dg_plan.importing.ImportNote` or ``ImportProblem``, where it is included.

    ``message`` is the English sentence, ``text`` the offending text; ``task`` and
    ``settled`` are a problem's (``None`` and ``""`` for a note).
    """

    kind: str
    values: dict[str, str]
    message: str
    text: str
    task: int | None
    settled: str


class ImportResultJSON(TypedDict):
    """An :class:`~dg_plan.importing.ImportResult`; ``open_problems`` counts the unsettled."""

    plan: PlanJSON
    notes: list[FindingJSON]
    problems: list[FindingJSON]
    open_problems: int


class TaskStatusJSON(StatusExplanationJSON):
    """``track status --task N --json``: the explanation's form and the task's category."""

    category: str


class LateTaskJSON(TaskJSON):
    """``track late --json``: a task's form (placed in its plan) and its status."""

    status: str | None


class UnitTaskStatusJSON(DeadlineJSON):
    """``track status --unit NAME --json``: a task, the unit's role, its and the task's status."""

    task: int
    role: str
    status: str | None
    task_status: str | None


class ChaseNoticeJSON(ChaseJSON):
    """``track chase --json``: a Chase's form and the notice written for it (``None``: none)."""

    notice: str | None
