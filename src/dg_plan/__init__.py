"""dg_plan: the Henan digital-government key task list as a typed, immutable model.

The plan is 附件4 of 豫政〔2023〕17号 (河南省人民政府, 2023-04-26),
"河南省数字政府建设重点任务清单(2023—2025年)": 178 tasks in four parts.

>>> import dg_plan
>>> plan = dg_plan.load_plan()
>>> task = plan.task(18)
>>> str(task.deadline), [u.name for u in task.leads]
('2023年12月底前', ['省行政审批政务信息管理局'])

Importing dg_plan loads no data and imports neither networkx nor hypothesis;
the shipped plan is parsed on the first :func:`load_plan` call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._dates import parse_period
from ._deadline import Deadline, DeadlineKind
from ._errors import (
    DgPlanError,
    InvalidDeadlineError,
    InvalidQueryError,
    InvalidTypeError,
    MissingExtraError,
    PlanDataError,
    PlanImportError,
    TrackingDataError,
    UnitNotInvolvedError,
    UnknownNameError,
    UnknownPlatformError,
    UnknownTaskError,
    UnknownUnitError,
    ValidationError,
)
from ._format_errors import PlanDataErrorKind
from ._i18n import get_language, set_language
from ._jsonable import jsonable
from ._jsonio import FORMAT_VERSION, dumps, loads
from ._jsontypes import (
    ChaseItemJSON,
    ChaseJSON,
    ChaseNoticeJSON,
    DeadlineJSON,
    FindingJSON,
    ImportResultJSON,
    InvolvementJSON,
    LateTaskJSON,
    LedgerJSON,
    LocationJSON,
    MentionJSON,
    NoteJSON,
    OriginJSON,
    OverviewJSON,
    PlanJSON,
    PlanMetadataJSON,
    PlatformJSON,
    PlatformTasksJSON,
    ProvenanceJSON,
    ReportJSON,
    ResponsibilityJSON,
    ReturnsJSON,
    ScoreJSON,
    ScoreRowJSON,
    SearchHitJSON,
    SectionJSON,
    StatusExplanationJSON,
    SuccessorJSON,
    SummaryRowJSON,
    TaskJSON,
    TaskRoleJSON,
    TaskStatusJSON,
    TimelineEntryJSON,
    TrackingProblemJSON,
    UnitJSON,
    UnitStatusJSON,
    UnitTasksJSON,
    UnitTaskStatusJSON,
    WorkloadBucketJSON,
    WorkloadRowJSON,
)
from ._load import load_plan
from ._model import (
    Mention,
    Origin,
    PlanMetadata,
    Platform,
    PlatformKind,
    Provenance,
    Role,
    Section,
    Successor,
    Task,
    Unit,
    UnitKind,
)
from ._notes import Note, NoteKind
from ._plan import Plan
from ._query_errors import QueryErrorKind
from ._search import SearchHit
from ._task_role import TaskRole
from ._tracking_problems import TrackingProblem, TrackingProblemKind
from ._version import __version__

if TYPE_CHECKING:
    from ._results import Involvement, Responsibility, TimelineEntry, WorkloadBucket, WorkloadRow

__all__ = [
    "FORMAT_VERSION",
    "ChaseItemJSON",
    "ChaseJSON",
    "ChaseNoticeJSON",
    "Deadline",
    "DeadlineJSON",
    "DeadlineKind",
    "DgPlanError",
    "FindingJSON",
    "ImportResultJSON",
    "InvalidDeadlineError",
    "InvalidQueryError",
    "InvalidTypeError",
    "Involvement",
    "InvolvementJSON",
    "LateTaskJSON",
    "LedgerJSON",
    "LocationJSON",
    "Mention",
    "MentionJSON",
    "MissingExtraError",
    "Note",
    "NoteJSON",
    "NoteKind",
    "Origin",
    "OriginJSON",
    "OverviewJSON",
    "Plan",
    "PlanDataError",
    "PlanDataErrorKind",
    "PlanImportError",
    "PlanJSON",
    "PlanMetadata",
    "PlanMetadataJSON",
    "Platform",
    "PlatformJSON",
    "PlatformKind",
    "PlatformTasksJSON",
    "Provenance",
    "ProvenanceJSON",
    "QueryErrorKind",
    "ReportJSON",
    "Responsibility",
    "ResponsibilityJSON",
    "ReturnsJSON",
    "Role",
    "ScoreJSON",
    "ScoreRowJSON",
    "SearchHit",
    "SearchHitJSON",
    "Section",
    "SectionJSON",
    "StatusExplanationJSON",
    "Successor",
    "SuccessorJSON",
    "SummaryRowJSON",
    "Task",
    "TaskJSON",
    "TaskRole",
    "TaskRoleJSON",
    "TaskStatusJSON",
    "TimelineEntry",
    "TimelineEntryJSON",
    "TrackingDataError",
    "TrackingProblem",
    "TrackingProblemJSON",
    "TrackingProblemKind",
    "Unit",
    "UnitJSON",
    "UnitKind",
    "UnitNotInvolvedError",
    "UnitStatusJSON",
    "UnitTaskStatusJSON",
    "UnitTasksJSON",
    "UnknownNameError",
    "UnknownPlatformError",
    "UnknownTaskError",
    "UnknownUnitError",
    "ValidationError",
    "WorkloadBucket",
    "WorkloadBucketJSON",
    "WorkloadRow",
    "WorkloadRowJSON",
    "__version__",
    "dumps",
    "get_language",
    "jsonable",
    "load_plan",
    "loads",
    "parse_period",
    "set_language",
]

# The query-result classes are made on first use (the first query, or the first time
# one of these names is read), not at import: see dg_plan._results.
_LAZY = frozenset(
    {"Involvement", "Responsibility", "TimelineEntry", "WorkloadBucket", "WorkloadRow"}
)


# The public submodules, imported when first read as attributes (``dg_plan.tracking``
# after a bare ``import dg_plan``), as if imported by name. Each imports its optional
# dependencies only when used, except dg_plan.strategies, which needs hypothesis.
_SUBMODULES = frozenset({"export", "importing", "plot", "site", "strategies", "tracking"})


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from . import _results  # noqa: PLC0415 - made on first use

        return getattr(_results, name)
    if name in _SUBMODULES:
        # Not `from . import ...`: that asks this module for the name first, and so
        # would call this function again. Importing a submodule sets it as an attribute.
        __import__(f"{__name__}.{name}")
        return globals()[name]
    msg = f"module 'dg_plan' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
