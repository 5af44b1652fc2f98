"""The files set aside from a round: why, and the record a ledger keeps of them.

A returned file with problems is set aside (:class:`SetAside`), and a ledger keeps a
record of the files set aside and not yet corrected (``Ledger.set_aside``; the ledger
file's ``set_aside``) so that a later chase knows those units returned a file.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterable
from typing import Any

import attrs

from dg_plan._errors import ValidationError
from dg_plan._tracking_problems import TrackingProblem

from .layout import SHEET

__all__ = [
    "SET_ASIDE_REASONS",
    "SetAside",
    "set_aside_from",
    "set_aside_reason",
    "set_aside_records",
]

#: Why a returned file was set aside (:attr:`SetAside.reason`), most common first:
#: ``"cells"``, cells to fix (退回修改); ``"blank"``, no task's row filled in (退回修改);
#: ``"other_round"``, another round's template (last round's, filled in again);
#: ``"not_template"``, not the round's template at all (another file, another plan's);
#: ``"two_files"``, one of two or more files of the unit for the round, nothing wrong
#: in it: the office chooses which to keep (no notice to the unit); ``"unreadable"``, a
#: file that cannot be opened (damaged, empty, not the format its name says).
SET_ASIDE_REASONS = ("cells", "blank", "other_round", "not_template", "two_files", "unreadable")

# The problems that give a file set aside each reason (any other: cells to fix).
_OFFICE_KINDS = frozenset({"two_files_of_unit", "second_template"})
_ROUND_KINDS = frozenset({"other_round", "round_in_ledger"})
_UNREADABLE_KINDS = frozenset({"unreadable_file", "unreadable_xlsx"})
_FOREIGN_KINDS = frozenset(
    {
        "no_template_sheet",
        "not_a_template",
        "template_other_plan",
        "unknown_suffix",
        "no_such_file",
        "empty_folder",
        "bad_header",
    }
)


def set_aside_reason(problems: Iterable[TrackingProblem]) -> str:
    """Why a file with *problems* is set aside: one of ``SET_ASIDE_REASONS``.

    The unit's own problems decide (a file with one is sent back): a file that cannot
    be opened, not the template, another round's, blank, else cells to fix; a file
    whose only problems are the office's (two files of the unit for the round) is ``"two_files"``.
    """
    kinds = {None if p.kind is None else p.kind.value for p in problems}
    own = kinds - _OFFICE_KINDS
    if not own:
        return "two_files" if kinds else "cells"
    if own & _UNREADABLE_KINDS:
        return "unreadable"
    if own & _FOREIGN_KINDS:
        return "not_template"
    if own & _ROUND_KINDS:
        return "other_round"
    if own == {"nothing_reported"}:
        return "blank"
    return "cells"


def _reason_of(f: SetAside) -> str:
    return set_aside_reason(f.problems)


def _known_reason(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in SET_ASIDE_REASONS:
        raise ValidationError(
            f"SetAside.reason must be one of {', '.join(SET_ASIDE_REASONS)}, got {value!r}",
            attribute.name,
            value,
        )


@attrs.frozen
class SetAside:
    """A returned file left out of the ledger, and every problem that put it aside.

    Attributes:
        file: The file's path, as given (or found in a folder given).
        unit: The unit its 填报单位 names; when that could not be read (no
            template, another plan's, a unit unknown), the one unit the file's name
            names (``省财政厅.xls``); else ``None`` (then no 退回修改 notice can be
            addressed).
        as_of: The reporting day (统计截止日期) it gives, or ``None``.
        problems: Every problem found in it, each placed by file, row, column and
            value, in row order; the rows are on :attr:`sheet`.
        tasks: Each row's task number (序号) as read, ``(row, number)``, for the
            rows whose 序号 names one of the unit's tasks (the 退回修改 notice
            names the task beside the row).
        statuses: Each row's 状态 as written, ``(row, text)``, where one was written.
        reason: Why it was set aside, one of ``tracking.rounds.SET_ASIDE_REASONS``:
            by default what its problems say (``tracking.rounds.set_aside_reason``);
            a record read back from a ledger file keeps the one written there
            (``"cells"`` when the ledger, written before reasons were kept, has none).
        sheet: The sheet its problems' rows are on: ``SHEET`` (填报), or the only
            sheet of a workbook whose sheet was renamed (``Sheet1``); ``None`` for a
            .csv file, which has no sheet.
    """

    file: str
    unit: str | None
    as_of: datetime.date | None
    problems: tuple[TrackingProblem, ...]
    tasks: tuple[tuple[int, int], ...] = ()
    statuses: tuple[tuple[int, str], ...] = ()
    reason: str = attrs.field(
        default=attrs.Factory(_reason_of, takes_self=True), validator=_known_reason
    )
    sheet: str | None = SHEET


def set_aside_records(files: Iterable[SetAside]) -> list[dict[str, Any]]:
    """*files* as the ledger file keeps them: each one's unit, 统计截止日期, file and reason.

    A file whose unit is unknown is left out: nothing could count it for a unit.
    """
    return [
        {
            "unit": f.unit,
            "as_of": None if f.as_of is None else f.as_of.isoformat(),
            "file": f.file,
            "reason": f.reason,
        }
        for f in files
        if f.unit is not None
    ]


def set_aside_from(doc: object) -> tuple[SetAside, ...]:
    """The files set aside that a ledger's parsed JSON *doc* records (its ``set_aside``).

    Each is a :class:`SetAside` with its unit, 统计截止日期, file and reason (no problems:
    they were told when it was collected). An entry that is not one (no unit) is
    skipped; a reason not known, or none (a ledger written before reasons were kept:
    its files had cells to fix), reads as ``"cells"``.
    """
    items = doc.get("set_aside") if isinstance(doc, dict) else None
    found = []
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("unit"), str):
            continue
        day = None
        with contextlib.suppress(TypeError, ValueError):
            day = datetime.date.fromisoformat(item.get("as_of"))  # type: ignore[arg-type]
        reason = item.get("reason", "cells")
        if reason not in SET_ASIDE_REASONS:
            reason = "cells"
        found.append(SetAside(str(item.get("file", "")), item["unit"], day, (), reason=reason))
    return tuple(found)
