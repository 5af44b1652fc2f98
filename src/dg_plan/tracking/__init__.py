"""Tracking what became of the tasks: unit reports, templates, ledgers and reports.

dg_plan holds no real implementation data: it knows what the plan asks, not what was
done. This module holds what *you* collect. A :class:`Report` is what one unit says
about one task for one day; a :class:`Ledger` holds every report about a plan,
checked against it, and answers what is done, late and not reported on a day you
give (nothing reads the clock).

>>> import datetime, dg_plan
>>> from dg_plan.tracking import Ledger, Report, Status
>>> plan = dg_plan.load_plan()
>>> ledger = Ledger(plan, (Report(50, "省审计厅", Status.IN_PROGRESS, datetime.date(2024, 1, 5)),))
>>> ledger.status_of(50, as_of="2024-01-31").label
'推进中'
"""

from __future__ import annotations

# Importable from here too; documented (and listed in __all__) as dg_plan's.
from dg_plan._errors import TrackingDataError  # noqa: F401
from dg_plan._tracking_problems import TrackingProblem  # noqa: F401

from . import files, model, supervision, templates
from .files import dumps, loads, plan_fingerprint, to_csv, to_excel
from .issued import Issued
from .ledger import Ledger
from .model import (
    Report,
    Source,
    Status,
    StatusExplanation,
    SummaryRow,
    UnitStatus,
    category_labels,
    not_reported_labels,
)
from .notices import chase_notices, write_notice, write_notices
from .scores import Chase, ChaseItem, Score, ScoreRow
from .supervision import report
from .templates import (
    Returns,
    Sent,
    SetAside,
    TemplatesWritten,
    collect,
    parse_day,
    read_returns,
    read_sent,
    write_template,
    write_templates,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "LEDGER_FORMAT",
    "LEDGER_FORMAT_VERSION",
    "RULES",
    "TEMPLATE_HEADER",
    "Chase",
    "ChaseItem",
    "Issued",
    "Ledger",
    "Report",
    "Returns",
    "Score",
    "ScoreRow",
    "Sent",
    "SetAside",
    "Source",
    "Status",
    "StatusExplanation",
    "SummaryRow",
    "TemplatesWritten",
    "UnitStatus",
    "category_labels",
    "chase_notices",
    "collect",
    "dumps",
    "loads",
    "not_reported_labels",
    "parse_day",
    "plan_fingerprint",
    "read_returns",
    "read_sent",
    "report",
    "to_csv",
    "to_excel",
    "write_notice",
    "write_notices",
    "write_template",
    "write_templates",
]

#: The summary's categories, the :class:`SummaryRow` count names, in the order every
#: output shows them: ``"done_on_time"``, ``"done_late"``, ``"late_open"``,
#: ``"due_open"``, ``"open_not_due"``, ``"not_reported"``, then the tasks whose deadline
#: is no date: ``"done_undated"``, ``"open_undated"``, ``"not_reported_undated"``. They
#: partition the tasks.
CATEGORIES = model.CATEGORIES
#: The rule that gives a task each status (:attr:`StatusExplanation.rule`): ``DONE``:
#: ``"all_done"``, ``None``: ``"none_reported"``, ``NOT_STARTED``:
#: ``"all_not_started"``, ``IN_PROGRESS``: ``"not_all_done"``.
RULES = model.RULES
#: The Chinese label of each :class:`SummaryRow` count, in :data:`CATEGORIES` order
#: (``"done_on_time"``: ``"按时完成"``, …): ``category_labels("zh")``, read from the
#: catalog when first used. :func:`category_labels` gives them in either language.
CATEGORY_LABELS = supervision.CATEGORY_LABELS
#: The ``format`` field of a ledger file: ``"dg_plan.ledger"``.
LEDGER_FORMAT = files.LEDGER_FORMAT
#: The version of the ledger format this release writes (and the only one it reads).
LEDGER_FORMAT_VERSION = files.LEDGER_FORMAT_VERSION
#: The header row of a reporting template, in order.
TEMPLATE_HEADER = templates.TEMPLATE_HEADER
