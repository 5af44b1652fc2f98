"""JSON-ready forms of dg_plan's objects: :func:`jsonable`, the one place that says them.

The command line's ``--json`` is made of these forms too, so the two cannot drift.
The shapes are the ``TypedDict`` types of :mod:`dg_plan._jsontypes` and the JSON
Schema ``dg_plan/data/jsonable.schema.json``.

The tracking and importing classes are converted only when such an object is given:
their modules are not imported here (``import dg_plan`` stays light).
"""

from __future__ import annotations

import datetime
import enum
import math
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, overload

from ._deadline import Deadline
from ._model import (
    Mention,
    Origin,
    PlanMetadata,
    Platform,
    Provenance,
    Section,
    Successor,
    Task,
    Unit,
)
from ._notes import Note
from ._plan import Plan, check_plan
from ._query_errors import QueryErrorKind, type_error
from ._search import SearchHit
from ._task_role import TaskRole
from ._tracking_problems import TrackingProblem

if TYPE_CHECKING:
    from ._jsontypes import (
        ChaseItemJSON,
        ChaseJSON,
        DeadlineJSON,
        ImportResultJSON,
        InvolvementJSON,
        LedgerJSON,
        MentionJSON,
        NoteJSON,
        OriginJSON,
        PlanJSON,
        PlanMetadataJSON,
        PlatformJSON,
        ProvenanceJSON,
        ReportJSON,
        ResponsibilityJSON,
        ScoreJSON,
        ScoreRowJSON,
        SearchHitJSON,
        SectionJSON,
        StatusExplanationJSON,
        SuccessorJSON,
        SummaryRowJSON,
        TaskJSON,
        TaskRoleJSON,
        TimelineEntryJSON,
        TrackingProblemJSON,
        UnitJSON,
        WorkloadRowJSON,
    )
    from ._results import Involvement, Responsibility, TimelineEntry, WorkloadRow
    from .importing import ImportResult
    from .tracking import (
        Chase,
        ChaseItem,
        Ledger,
        Report,
        Score,
        ScoreRow,
        StatusExplanation,
        SummaryRow,
    )

__all__ = ["jsonable"]

# A converter: the object and the plan that places tasks (or None).
_Convert = Callable[[Any, "Plan | None"], Any]


def _day(value: datetime.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return None if span is None else list(span)


def deadline_json(deadline: Deadline, plan: Plan | None = None) -> DeadlineJSON:
    """A deadline: as printed, its kind's value, its day."""
    del plan
    return {
        "deadline": str(deadline),
        "deadline_kind": deadline.kind.value,
        "due": _day(deadline.date),
    }


def mention_json(mention: Mention, plan: Plan | None = None) -> MentionJSON:
    """Where a task's text names a platform."""
    del plan
    return {"platform": mention.platform, "start": mention.start, "end": mention.end}


def note_json(note: Note, plan: Plan | None = None) -> NoteJSON:
    """A note: language-neutral, as the JSON format writes one."""
    del plan
    return {"kind": note.kind.value, "values": dict(note.values)}


def origin_json(origin: Origin, plan: Plan | None = None) -> OriginJSON:
    """Where an imported task was read from, as the JSON format writes it."""
    del plan
    return {
        "file": origin.file,
        "sheet": origin.sheet,
        "rows": list(origin.rows),
        "lines": list(origin.lines),
        "cells": [list(pair) for pair in origin.cells],
    }


def provenance_json(p: Provenance, plan: Plan | None = None) -> ProvenanceJSON:
    """Where a task's fields come from."""
    del plan
    return {
        "page": p.page,
        "deadline_rows": list(p.deadline_rows),
        "units_rows": list(p.units_rows),
        "alternatives": [note_json(n) for n in p.alternatives],
        "notes": [note_json(n) for n in p.notes],
        "text_span": _span(p.text_span),
        "deadline_spans": [list(s) for s in p.deadline_spans],
        "units_span": _span(p.units_span),
        "origin": None if p.origin is None else origin_json(p.origin),
    }


def successor_json(s: Successor, plan: Plan | None = None) -> SuccessorJSON:
    """The body that took over a unit's duties."""
    del plan
    return {"name": s.name, "name_en": s.name_en, "since": _day(s.since), "source": s.source}


def unit_json(u: Unit, plan: Plan | None = None) -> UnitJSON:
    """A unit, its collectives and members by name."""
    del plan
    return {
        "name": u.name,
        "full_name": u.full_name,
        "aliases": list(u.aliases),
        "kind": u.kind.value,
        "name_en": u.name_en,
        "name_en_official": u.name_en_official,
        "members": list(u.members),
        "member_of": list(u.member_of),
        "successor": None if u.successor is None else successor_json(u.successor),
        "sources": list(u.sources),
        "note": u.note,
    }


def platform_json(p: Platform, plan: Plan | None = None) -> PlatformJSON:
    """A platform."""
    del plan
    return {
        "name": p.name,
        "aliases": list(p.aliases),
        "kind": p.kind.value,
        "name_en": p.name_en,
        "name_en_official": p.name_en_official,
        "sources": list(p.sources),
        "note": p.note,
    }


def _names(units: tuple[Unit, ...] | tuple[Platform, ...]) -> list[str]:
    return [u.name for u in units]


def task_json(task: Task, plan: Plan | None = None) -> TaskJSON:
    """A task; placed in *plan*'s sections when a plan is given."""
    part: str | None = None
    section: str | None = None
    title: str | None = None
    if plan is not None:
        found_part, found = plan.part_of(task), plan.section_of(task)
        part = found_part.id if found_part else ""
        section = found.id if found else ""
        title = found.heading if found else ""
    p = task.provenance
    return {
        "number": task.number,
        "part": part,
        "section": section,
        "section_title": title,
        **deadline_json(task.deadline),
        "units": _names(task.units),
        "leads": _names(task.leads),
        "responsible": _names(task.responsible),
        "support": _names(task.support),
        "accountable": _names(task.accountable),
        "platforms": _names(task.platforms),
        "text": task.text,
        "page": None if p is None else p.page,
        "units_text": task.units_text,
        "mentions": [mention_json(m) for m in task.mentions],
        "notes": [] if p is None else [note_json(n) for n in p.notes],
        "alternatives": [] if p is None else [note_json(n) for n in p.alternatives],
        "origin": None if p is None or p.origin is None else origin_json(p.origin),
    }


def section_json(s: Section, plan: Plan | None = None) -> SectionJSON:
    """A section: its tasks by number, its subsections nested."""
    del plan
    return {
        "id": s.id,
        "number": s.number,
        "label": s.label,
        "title": s.title,
        "heading": s.heading,
        "declared_count": s.declared_count,
        "tasks": [t.number for t in s.tasks],
        "subsections": [section_json(sub) for sub in s.subsections],
    }


def metadata_json(m: PlanMetadata, plan: Plan | None = None) -> PlanMetadataJSON:
    """What the plan is."""
    del plan
    return {
        "title": m.title,
        "document": m.document,
        "attachment": m.attachment,
        "issuer": m.issuer,
        "issued": _day(m.issued),
        "period": None if m.period is None else list(m.period),
        "source_file": m.source_file,
        "source_sha256": m.source_sha256,
    }


def plan_json(plan: Plan, given: Plan | None = None) -> PlanJSON:
    """The whole plan, its tasks placed in its own sections."""
    del given
    return {
        "metadata": metadata_json(plan.metadata),
        "sections": [section_json(s) for s in plan.sections],
        "tasks": [task_json(t, plan) for t in plan.tasks],
        "units": [unit_json(u) for u in plan.units],
        "platforms": [platform_json(p) for p in plan.platforms],
    }


def task_role_json(r: TaskRole, plan: Plan | None = None) -> TaskRoleJSON:
    """A unit's role in one task, and the collective it holds it through."""
    del plan
    return {"task": r.task, "unit": r.unit, "role": r.role.value, "via": r.via}


def search_hit_json(hit: SearchHit, plan: Plan | None = None) -> dict[str, Any]:
    """A search hit: the task's keys, then the matches and their spans."""
    return {
        **task_json(hit.task, plan),
        "matches": hit.matches,
        "spans": [list(s) for s in hit.spans],
    }


def tracking_problem_json(p: TrackingProblem, plan: Plan | None = None) -> TrackingProblemJSON:
    """A problem with the tracking data: kind and values, the English reason, where."""
    del plan
    return {
        "kind": None if p.kind is None else p.kind.value,
        "values": dict(p.values),
        "reason": p.reason,
        "file": p.file,
        "row": p.row,
        "column": p.column,
        "report": p.report,
    }


# -- the query results, made on the first query ------------------------------------------


def _results() -> dict[type, _Convert]:
    from ._results import (  # noqa: PLC0415 - the query classes are made on first use
        Involvement,
        Responsibility,
        TimelineEntry,
        WorkloadBucket,
        WorkloadRow,
    )

    def responsibility(r: Responsibility, plan: Plan | None) -> dict[str, Any]:
        return {
            **task_json(r.task, plan),
            "unit": r.unit.name,
            "role": r.role.value,
            "via": None if r.via is None else r.via.name,
        }

    def involvement(i: Involvement, plan: Plan | None) -> dict[str, Any]:
        return {
            "unit": i.unit.name,
            "lead": [t.number for t in i.lead],
            "responsible": [t.number for t in i.responsible],
            "support": [t.number for t in i.support],
        }

    def timeline_entry(e: TimelineEntry, plan: Plan | None) -> dict[str, Any]:
        return {**deadline_json(e.deadline), "tasks": [t.number for t in e.tasks]}

    def bucket(b: WorkloadBucket, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "label": b.label,
            "lead": b.lead,
            "responsible": b.responsible,
            "support": b.support,
        }

    def workload_row(r: WorkloadRow, plan: Plan | None) -> dict[str, Any]:
        return {
            "unit": r.unit.name,
            "lead": r.lead,
            "responsible": r.responsible,
            "support": r.support,
            "buckets": [bucket(b) for b in r.buckets],
        }

    return {
        Responsibility: responsibility,
        Involvement: involvement,
        TimelineEntry: timeline_entry,
        WorkloadBucket: bucket,
        WorkloadRow: workload_row,
    }


# -- tracking, when its objects are given ----------------------------------------------


def _tracking() -> dict[type, _Convert]:
    from .tracking import (  # noqa: PLC0415 - only when a tracking object is given
        Chase,
        ChaseItem,
        Ledger,
        Report,
        Returns,
        Score,
        ScoreRow,
        StatusExplanation,
        SummaryRow,
        UnitStatus,
    )

    def report(r: Report, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "task": r.task,
            "unit": r.unit,
            "status": r.status.value,
            "as_of": r.as_of.isoformat(),
            "completed_on": _day(r.completed_on),
            "note": r.note,
            "evidence": list(r.evidence),
        }

    def unit_status(u: UnitStatus, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "unit": u.unit,
            "role": u.role.value,
            "counted": u.counted,
            "via": u.via,
            "through_collective": u.through_collective,
            "status": None if u.status is None else u.status.value,
            "as_of": None if u.report is None else u.report.as_of.isoformat(),
            "completed_on": None if u.report is None else _day(u.report.completed_on),
        }

    def explanation(w: StatusExplanation, plan: Plan | None) -> dict[str, Any]:
        return {
            "task": w.task,
            "status": None if w.status is None else w.status.value,
            "completed_on": _day(w.completed_on),
            "rule": w.rule,
            "counted": w.counted,
            "done": w.done,
            "silent": w.silent,
            "units": [unit_status(u) for u in w.units],
        }

    def summary_row(r: SummaryRow, plan: Plan | None) -> dict[str, Any]:
        return {
            "key": r.key,
            "label": r.label,
            "done_on_time": r.done_on_time,
            "done_late": r.done_late,
            "late_open": r.late_open,
            "due_open": r.due_open,
            "open_not_due": r.open_not_due,
            "not_reported": r.not_reported,
            "done_undated": r.done_undated,
            "open_undated": r.open_undated,
            "not_reported_undated": r.not_reported_undated,
            "total": r.total,
            "late_not_reported": r.late_not_reported,
            "due_not_reported": r.due_not_reported,
            "not_reported_at_all": r.not_reported_at_all,
        }

    def score(s: Score, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "tasks": s.tasks,
            "done_on_time": s.done_on_time,
            "done_late": s.done_late,
            "late_open": s.late_open,
            "due_open": s.due_open,
            "open_not_due": s.open_not_due,
            "not_reported": s.not_reported,
            "unreported": s.unreported,
            "owed": s.owed,
            "owed_on_time": s.owed_on_time,
            "rated": s.rated,
            "done_undated": s.done_undated,
            "open_undated": s.open_undated,
            "not_reported_undated": s.not_reported_undated,
            "on_time_rate": s.on_time_rate,
        }

    def score_row(r: ScoreRow, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "unit": r.unit,
            "rank": r.rank,
            "roles": {role.value: score(s) for role, s in r.by_role},
            "total": score(r.total),
        }

    def chase_item(i: ChaseItem, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "task": i.task.number,
            **deadline_json(i.task.deadline),
            "role": i.role.value,
            "status": None if i.status is None else i.status.value,
            "as_of": None if i.report is None else i.report.as_of.isoformat(),
        }

    def chase(c: Chase, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "unit": c.unit,
            "unreported": c.unreported,
            "tasks": [chase_item(i) for i in c.items],
            "set_aside": c.set_aside,
            "set_aside_reason": c.reason or None,
        }

    def ledger(led: Ledger, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "plan": metadata_json(led.plan.metadata),
            "reports": [report(r) for r in led.reports],
        }

    def returns(r: Returns, plan: Plan | None) -> dict[str, Any]:
        return {"ledger": ledger(r.ledger), "notes": [tracking_problem_json(n) for n in r.notes]}

    return {
        Report: report,
        UnitStatus: unit_status,
        StatusExplanation: explanation,
        SummaryRow: summary_row,
        Score: score,
        ScoreRow: score_row,
        ChaseItem: chase_item,
        Chase: chase,
        Ledger: ledger,
        Returns: returns,
    }


# -- importing, when its objects are given ----------------------------------------------


def _importing() -> dict[type, _Convert]:
    from .importing import (  # noqa: PLC0415 - only when an import's result is given
        ImportNote,
        ImportProblem,
        ImportResult,
        Location,
    )

    def location(where: Location, plan: Plan | None = None) -> dict[str, Any]:
        return {
            "file": where.file,
            "sheet": where.sheet,
            "row": where.row,
            "column": where.column,
            "cell": where.cell,
            "line": where.line,
        }

    def finding(item: ImportNote | ImportProblem, plan: Plan | None = None) -> dict[str, Any]:
        problem = item if isinstance(item, ImportProblem) else None
        return {
            **location(item.where),
            "kind": item.kind.value,
            "values": dict(item.values),
            "message": item.message,
            "text": item.text,
            "task": None if problem is None else problem.task,
            "settled": "" if problem is None else problem.settled,
        }

    def result(r: ImportResult, plan: Plan | None) -> dict[str, Any]:
        return {
            "plan": plan_json(r.plan),
            "notes": [finding(n) for n in r.notes],
            "problems": [finding(p) for p in r.problems],
            "open_problems": len(r.open_problems),
        }

    return {
        Location: location,
        ImportNote: finding,
        ImportProblem: finding,
        ImportResult: result,
    }


_CONVERTERS: dict[type, _Convert] = {
    Deadline: deadline_json,
    Mention: mention_json,
    Note: note_json,
    Origin: origin_json,
    Provenance: provenance_json,
    Successor: successor_json,
    Unit: unit_json,
    Platform: platform_json,
    Task: task_json,
    Section: section_json,
    PlanMetadata: metadata_json,
    Plan: plan_json,
    TaskRole: task_role_json,
    SearchHit: search_hit_json,
    TrackingProblem: tracking_problem_json,
}

# The modules whose classes are converted once one of their objects is seen.
_LATER: tuple[tuple[str, Callable[[], dict[type, _Convert]]], ...] = (
    ("dg_plan._results", _results),
    ("dg_plan.tracking", _tracking),
    ("dg_plan.importing", _importing),
)


def _converter(kind: type) -> _Convert | None:
    found = _CONVERTERS.get(kind)
    if found is None:
        for module, more in _LATER:
            # Such an object exists only once its module is imported.
            if module in sys.modules and kind.__module__.startswith(module):
                _CONVERTERS.update(more())
                return _CONVERTERS.get(kind)
    return found


def _key(key: object) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, enum.Enum):
        return str(key.value)
    if isinstance(key, datetime.date):
        return key.isoformat()
    if isinstance(key, int) and not isinstance(key, bool):
        return str(key)
    raise type_error(QueryErrorKind.NO_JSON_KEY, "obj", key, given=type(key).__name__)


def _convert(obj: object, plan: Plan | None) -> Any:  # noqa: ANN401 - any JSON value
    if isinstance(obj, float) and not math.isfinite(obj):
        raise type_error(QueryErrorKind.NOT_FINITE, "obj", obj, given=repr(obj))
    if obj is None or isinstance(obj, (str, bool, int, float)):
        # An enum that is also a str or int (a str-valued kind) is its value.
        return obj.value if isinstance(obj, enum.Enum) else obj
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, datetime.date):
        return obj.isoformat()
    convert = _converter(type(obj))
    if convert is not None:
        return convert(obj, plan)
    if isinstance(obj, (tuple, list)):
        return [_convert(item, plan) for item in obj]
    if isinstance(obj, Mapping):
        return {_key(k): _convert(v, plan) for k, v in obj.items()}
    raise type_error(QueryErrorKind.NO_JSON_FORM, "obj", obj, given=type(obj).__name__)


# What a type checker sees: the form of each public object as its TypedDict (a tuple of
# them as a list), so that an embedder's mistyped key is an error.
@overload
def jsonable(obj: Plan, *, plan: Plan | None = None) -> PlanJSON: ...
@overload
def jsonable(obj: Task, *, plan: Plan | None = None) -> TaskJSON: ...
@overload
def jsonable(obj: tuple[Task, ...], *, plan: Plan | None = None) -> list[TaskJSON]: ...
@overload
def jsonable(obj: Section, *, plan: Plan | None = None) -> SectionJSON: ...
@overload
def jsonable(obj: Unit, *, plan: Plan | None = None) -> UnitJSON: ...
@overload
def jsonable(obj: tuple[Unit, ...], *, plan: Plan | None = None) -> list[UnitJSON]: ...
@overload
def jsonable(obj: Platform, *, plan: Plan | None = None) -> PlatformJSON: ...
@overload
def jsonable(obj: Deadline, *, plan: Plan | None = None) -> DeadlineJSON: ...
@overload
def jsonable(obj: Provenance, *, plan: Plan | None = None) -> ProvenanceJSON: ...
@overload
def jsonable(obj: Origin, *, plan: Plan | None = None) -> OriginJSON: ...
@overload
def jsonable(obj: Note, *, plan: Plan | None = None) -> NoteJSON: ...
@overload
def jsonable(obj: Mention, *, plan: Plan | None = None) -> MentionJSON: ...
@overload
def jsonable(obj: PlanMetadata, *, plan: Plan | None = None) -> PlanMetadataJSON: ...
@overload
def jsonable(obj: Successor, *, plan: Plan | None = None) -> SuccessorJSON: ...
@overload
def jsonable(obj: TaskRole, *, plan: Plan | None = None) -> TaskRoleJSON: ...
@overload
def jsonable(obj: SearchHit, *, plan: Plan | None = None) -> SearchHitJSON: ...
@overload
def jsonable(obj: tuple[SearchHit, ...], *, plan: Plan | None = None) -> list[SearchHitJSON]: ...
@overload
def jsonable(obj: Responsibility, *, plan: Plan | None = None) -> ResponsibilityJSON: ...
@overload
def jsonable(
    obj: tuple[Responsibility, ...], *, plan: Plan | None = None
) -> list[ResponsibilityJSON]: ...
@overload
def jsonable(obj: Involvement, *, plan: Plan | None = None) -> InvolvementJSON: ...
@overload
def jsonable(
    obj: tuple[Involvement, ...], *, plan: Plan | None = None
) -> list[InvolvementJSON]: ...
@overload
def jsonable(obj: TimelineEntry, *, plan: Plan | None = None) -> TimelineEntryJSON: ...
@overload
def jsonable(
    obj: tuple[TimelineEntry, ...], *, plan: Plan | None = None
) -> list[TimelineEntryJSON]: ...
@overload
def jsonable(obj: WorkloadRow, *, plan: Plan | None = None) -> WorkloadRowJSON: ...
@overload
def jsonable(
    obj: tuple[WorkloadRow, ...], *, plan: Plan | None = None
) -> list[WorkloadRowJSON]: ...
@overload
def jsonable(obj: TrackingProblem, *, plan: Plan | None = None) -> TrackingProblemJSON: ...
@overload
def jsonable(obj: Ledger, *, plan: Plan | None = None) -> LedgerJSON: ...
@overload
def jsonable(obj: Report, *, plan: Plan | None = None) -> ReportJSON: ...
@overload
def jsonable(obj: SummaryRow, *, plan: Plan | None = None) -> SummaryRowJSON: ...
@overload
def jsonable(obj: tuple[SummaryRow, ...], *, plan: Plan | None = None) -> list[SummaryRowJSON]: ...
@overload
def jsonable(obj: StatusExplanation, *, plan: Plan | None = None) -> StatusExplanationJSON: ...
@overload
def jsonable(obj: Score, *, plan: Plan | None = None) -> ScoreJSON: ...
@overload
def jsonable(obj: ScoreRow, *, plan: Plan | None = None) -> ScoreRowJSON: ...
@overload
def jsonable(obj: tuple[ScoreRow, ...], *, plan: Plan | None = None) -> list[ScoreRowJSON]: ...
@overload
def jsonable(obj: ChaseItem, *, plan: Plan | None = None) -> ChaseItemJSON: ...
@overload
def jsonable(obj: Chase, *, plan: Plan | None = None) -> ChaseJSON: ...
@overload
def jsonable(obj: tuple[Chase, ...], *, plan: Plan | None = None) -> list[ChaseJSON]: ...
@overload
def jsonable(obj: ImportResult, *, plan: Plan | None = None) -> ImportResultJSON: ...
@overload
def jsonable(obj: object, *, plan: Plan | None = None) -> Any: ...  # noqa: ANN401 - any JSON value
def jsonable(obj: object, *, plan: Plan | None = None) -> Any:
    """Return the JSON-ready form of *obj*: dicts, lists, str, int, bool, None.

    Every public object of dg_plan has one: a plan, section, task, unit, platform,
    deadline, provenance, origin, note, mention, a query's result (a tuple of tasks,
    responsibilities, involvements, timeline entries, workload rows, search hits), a
    :class:`TaskRole`, and, from :mod:`dg_plan.tracking` and :mod:`dg_plan.importing`,
    a ledger, report, summary row, status explanation, score, score row, chase and
    chase item, tracking problem, import result and finding. Tuples and lists become
    lists, mappings dicts (their keys strings: ``1`` becomes ``"1"``), days ISO
    strings (``"2024-06-30"``) and enums their values (``"lead"``).
    ``json.dumps(jsonable(x))`` always works, and the command line's ``--json`` prints
    exactly these forms.

    >>> import json, dg_plan
    >>> plan = dg_plan.load_plan()
    >>> record = dg_plan.jsonable(plan.task(50))
    >>> record["number"], record["due"], record["leads"], record["section"]
    (50, None, ['省审计厅'], None)
    >>> dg_plan.jsonable(plan.task(50), plan=plan)["section"]
    '1.3'
    >>> json.dumps(dg_plan.jsonable(plan.timeline()[0]), ensure_ascii=False)
    '{"deadline": "2023年6月底前", "deadline_kind": "date", "due": "2023-06-30", "tasks": [2, 37]}'

    Args:
        obj: The object.
        plan: The plan that places tasks in their part and section (the keys
            ``part``, ``section`` and ``section_title`` of every task's form, which
            are ``None`` without it). A plan places its own tasks.

    Returns:
        The form; its shape is one of the ``TypedDict`` types ``dg_plan.TaskJSON``,
        ``dg_plan.PlanJSON`` … (a list of them for a tuple), documented with a JSON
        Schema (``dg_plan/data/jsonable.schema.json``).

    Raises:
        InvalidTypeError: *obj* (or something in it) has no JSON form (a set, bytes,
            an object of another library, a NaN or infinite float), or *plan* is not a
            :class:`Plan`.
        UnknownTaskError: *plan* is given and lacks a task of *obj*.
    """
    check_plan(plan, optional=True)
    return _convert(obj, plan)
