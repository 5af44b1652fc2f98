"""A problem of tracking data as a line of a list: where it is, what is wrong, with 。.

A leaf of the command line (it imports none of its modules): the listing of a failure
(:mod:`.errors`) and collect's notes (:mod:`.render`, by way of :mod:`.track_views`)
both place a row of a returned file on its sheet with :func:`sheet_of`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dg_plan import _i18n
from dg_plan._i18n import pgettext
from dg_plan._tracking_problems import TrackingProblem
from dg_plan.tracking.layout import WORKBOOK_SUFFIXES
from dg_plan.tracking.templates import SHEET


def listed(item: TrackingProblem) -> str:
    """A problem as collect's normal listing says it (reader14): on the form's sheet, with 。.

    A problem on a row of a returned workbook is placed on its sheet (“填报”表第5行);
    every line is a sentence, as collect's listing of the files set aside says it.
    """
    sheet = sheet_of(str(item.file or "")) if item.row is not None else None
    said = item.render(_i18n.current(), whole=True, sheet=sheet)
    if said.endswith(("。", "？", ".")):
        return said
    return pgettext("a note of show, said as a sentence", "{note}").format(note=said)


def sheet_of(file: str, notes: Sequence[Any] = ()) -> str | None:
    """The sheet a row of returned *file* is on, as *notes* (of reading it) tell it.

    A file that is no workbook (.csv) has no sheet (``None``); a workbook's is 填报,
    unless its only sheet was renamed: then the name its ``renamed_sheet`` note gives
    (``Sheet1``).
    """
    if Path(file).suffix.lower() not in WORKBOOK_SUFFIXES:
        return None
    for note in notes:
        if str(note.kind) == "renamed_sheet" and str(note.file or "") == file:
            return str(dict(note.values)["name"])
    return str(SHEET)
