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

from ._errors import TrackingDataError, TrackingProblem
from ._tracking import Ledger, Report, Status, SummaryRow
from ._tracking_io import (
    LEDGER_FORMAT,
    LEDGER_FORMAT_VERSION,
    dumps,
    loads,
    plan_fingerprint,
    to_csv,
    to_excel,
)
from ._tracking_report import CATEGORY_LABELS, report
from ._tracking_xlsx import TEMPLATE_HEADER, collect, parse_day, write_template

__all__ = [
    "CATEGORY_LABELS",
    "LEDGER_FORMAT",
    "LEDGER_FORMAT_VERSION",
    "TEMPLATE_HEADER",
    "Ledger",
    "Report",
    "Status",
    "SummaryRow",
    "TrackingDataError",
    "TrackingProblem",
    "collect",
    "dumps",
    "loads",
    "parse_day",
    "plan_fingerprint",
    "report",
    "to_csv",
    "to_excel",
    "write_template",
]
