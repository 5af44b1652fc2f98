"""A problem of tracking data as a line of a list: where it is, what is wrong, with 。."""

from __future__ import annotations

from pathlib import Path

from dg_plan import _i18n
from dg_plan._i18n import pgettext
from dg_plan._tracking_problems import TrackingProblem
from dg_plan.tracking.templates import SHEET


def listed(item: TrackingProblem) -> str:
    """A problem as collect's normal listing says it (reader14): on the form's sheet, with 。.

    A problem on a row of a returned workbook is placed on its sheet (“填报”表第5行);
    every line is a sentence, as collect's listing of the files set aside says it.
    """
    workbook = Path(str(item.file or "")).suffix.lower() in {".xlsx", ".xlsm"}
    sheet = str(SHEET) if workbook and item.row is not None else None
    said = item.render(_i18n.current(), whole=True, sheet=sheet)
    if said.endswith(("。", "？", ".")):
        return said
    return pgettext("a note of show, said as a sentence", "{note}").format(note=said)
