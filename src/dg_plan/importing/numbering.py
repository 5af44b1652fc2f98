"""The numbers of a list's tasks: as printed, or in document order, and why.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import itertools

from dg_plan._message_kinds import LIST_SEPARATOR
from dg_plan._notes import NoteKind

from .actions import SPLIT_OFF
from .findings import FindingKind
from .locations import Location
from .source import Entry, Source


def numbers_of(source: Source) -> list[int]:
    """The tasks' numbers, in entry order: as printed, or (when they do not serve) 1, 2 …."""
    printed: list[int | None] = []
    for entry in source.entries:
        value = None
        if entry.number is not None:
            digits = entry.number.text.strip().rstrip(".．、")
            if digits.isdigit() and int(digits) >= 1:
                value = int(digits)
        printed.append(value)
    values = [p for p in printed if p is not None]
    # Printed numbers serve when every task prints one and none twice. In text they must
    # also rise: a text's items 1., 2. … are numbered under their heading and start again
    # under the next one, so a number below the one before is a restart, not a task's own
    # number (7. under (三), then 1. under (四), on a page that opens mid-list: trial12/06;
    # 1., 2. then 1* under the next part: holdout/31). Kept, they would order the tasks
    # against the document. A table's 序号 numbers the whole list: kept as printed.
    in_text = any(e.where.line is not None and e.where.row is None for e in source.entries)
    rising = all(a < b for a, b in itertools.pairwise(values))
    if len(values) == len(printed) and len(set(values)) == len(values) and (rising or not in_text):
        return values
    if _split_renumbered(source, printed, in_text):
        return list(range(1, len(source.entries) + 1))
    if values:
        # Numbers that start again under each heading (一、 1. 2. 二、 1. …) are no fault
        # of the list: said so, not as numbers missing or out of order.
        restarts = len(values) == len(printed) and _restart_by_section(source, values)
        kind = FindingKind.NUMBERED_BY_SECTION if restarts else FindingKind.RENUMBERED_IN_ORDER
        source.note(Location(source.file), kind)
    return list(range(1, len(source.entries) + 1))


def _split_renumbered(source: Source, printed: list[int | None], in_text: bool) -> bool:
    """Whether *printed* would serve but for the parts a reviewer's split made: noted.

    A split part keeps the number its task prints, so the list's numbers repeat; the
    list is not at fault. Each split is noted (原第5项拆为第5、6项), the tasks numbered
    in document order.
    """
    split_by = [_split_off_by(entry) for entry in source.entries]
    if not any(split_by):
        return False
    own = [p for p, by in zip(printed, split_by, strict=True) if not by]
    values = [p for p in own if p is not None]
    rising = all(a < b for a, b in itertools.pairwise(values))
    if len(values) != len(own) or len(set(values)) != len(values) or not (rising or not in_text):
        return False
    parts: dict[int, tuple[str, list[str]]] = {}  # a split task's order -> (decision, numbers)
    first = 0
    for number, by in enumerate(split_by, start=1):
        if not by:
            first = number
        else:
            _index, numbers = parts.setdefault(first, (by, [str(first)]))
            numbers.append(str(number))
    for first, (index, numbers) in parts.items():
        task = source.entries[first - 1]
        assert task.number is not None  # noqa: S101 - every own task prints its number
        values_said = {
            "index": index,
            "printed": task.number.text.strip().rstrip(".．、"),
            "numbers": LIST_SEPARATOR.join(numbers),
        }
        source.note(task.where, FindingKind.RENUMBERED_AFTER_SPLIT, values=values_said)
    return True


def _split_off_by(entry: Entry) -> str:
    """The index of the decision that split *entry* off the task before it; else ``""``."""
    for note in entry.notes:
        if note.kind is NoteKind.DECIDED and note.get("action") == SPLIT_OFF:
            return note["index"]
    return ""


def _restart_by_section(source: Source, values: list[int]) -> bool:
    """Whether the printed *values* rise but where a heading stands between two tasks."""
    headings = [h.order for h in source.headings]
    return all(
        b > a or any(first.order < h < second.order for h in headings)
        for (first, a), (second, b) in itertools.pairwise(zip(source.entries, values, strict=True))
    )
