"""The log of the notices an office has issued, kept in the ledger file.

An office never issues one 文号 twice, and does not send a unit the same kind of
notice twice on one day. ``collect --notices`` and ``chase --notices`` record each
notice they write (:class:`Issued`: its kind, unit, 文号, the day it is dated and its
file name) in the ledger's ``notices`` list; the next command numbering with the same
prefix continues after the highest number logged (:func:`next_number`), and ``chase``
leaves out a unit already sent a notice of the kind it would write dated the same day
(:func:`sent_on`): a unit sent a 退回修改通知 in the morning still gets its 督办通知 for
its late tasks. A ledger without the log reads as one with an empty log.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from .word import document_number

__all__ = [
    "CHASE_KINDS",
    "KINDS",
    "RETURN_KINDS",
    "Issued",
    "Numbering",
    "issued_from",
    "issued_in",
    "issued_records",
    "kind_of",
    "logged",
    "next_number",
    "numbered",
    "numbering",
    "open_return_days",
    "return_number",
    "sent_on",
    "unit_of",
]

#: The kinds of notice, by the end of their file name (``省委编办-督办通知.docx``).
KINDS = ("退回修改通知", "重新报送通知", "督办通知", "催报通知")
#: The kinds ``chase`` writes: run again for a day, it replaces its own of that day.
CHASE_KINDS = frozenset({"督办通知", "催报通知"})


@attrs.frozen
class Issued:
    """One notice issued, as the ledger's log keeps it; immutable.

    Args:
        kind: The kind of notice (退回修改通知, 重新报送通知, 督办通知, 催报通知).
        unit: The unit it is addressed to.
        number: Its 文号 (``豫督〔2024〕3号``), or ``""`` when none was given.
        dated: The day it is dated (its 成文日期).
        file: Its file's name.
        as_of: The day the notice's figures speak for (a chase's ``--as-of``), or
            ``None`` when not kept (collect's notices, and logs written before it was).
        reply_by: The day the notice asks the unit to answer by (collect's
            ``--return-by``), or ``None`` when it left the day blank or was not kept:
            a 督办通知 to the unit while it is open asks for the same day.
    """

    kind: str
    unit: str
    number: str
    dated: datetime.date
    file: str
    as_of: datetime.date | None = None
    reply_by: datetime.date | None = None


def kind_of(path: str | Path) -> str:
    """The kind of the notice in *path*, from its file name (``""`` if none of :data:`KINDS`)."""
    stem = Path(path).stem
    return next((k for k in KINDS if stem.endswith(f"-{k}")), "")


def unit_of(path: str | Path) -> str:
    """The unit a notice in *path* is addressed to, from its file name."""
    stem = Path(path).stem
    kind = kind_of(path)
    return stem.removesuffix(f"-{kind}") if kind else stem


def issued_in(text: str | bytes) -> tuple[Issued, ...]:
    """The notices a ledger's text logs (its ``notices``); none for a ledger without them.

    An entry that is not one (no unit, no day) is skipped.
    """
    try:
        doc = json.loads(text)
    except ValueError:
        return ()
    return issued_from(doc)


def issued_from(doc: object) -> tuple[Issued, ...]:
    """The notices a ledger's parsed JSON *doc* logs (:func:`issued_in`, already parsed)."""
    items = doc.get("notices") if isinstance(doc, dict) else None
    found = []
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("unit"), str):
            continue
        with contextlib.suppress(TypeError, ValueError):
            found.append(
                Issued(
                    str(item.get("kind", "")),
                    item["unit"],
                    str(item.get("number", "")),
                    datetime.date.fromisoformat(item.get("dated", "")),
                    str(item.get("file", "")),
                    _day_or_none(item.get("as_of")),
                    _day_or_none(item.get("reply_by")),
                )
            )
    return tuple(found)


def issued_records(issued: Iterable[Issued]) -> list[dict[str, Any]]:
    """*issued* as the ledger file keeps them (``dumps(..., notices=...)``)."""
    return [
        {
            "kind": i.kind,
            "unit": i.unit,
            "number": i.number,
            "dated": i.dated.isoformat(),
            "file": i.file,
        }
        | ({} if i.as_of is None else {"as_of": i.as_of.isoformat()})
        | ({} if i.reply_by is None else {"reply_by": i.reply_by.isoformat()})
        for i in issued
    ]


def _day_or_none(value: object) -> datetime.date | None:
    """A logged ISO day, or ``None`` for none (or one that is not a day)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _pattern(prefix: str) -> re.Pattern[str]:
    """The 文号 of *prefix*, its number captured (as ``word.document_number`` writes it)."""
    if "{n}" in prefix:
        return re.compile(re.escape(prefix).replace(re.escape("{n}"), r"([0-9]+)", 1) + "$")
    return re.compile(re.escape(prefix) + r"([0-9]+)号$")


def next_number(issued: Iterable[Issued], prefix: str) -> int:
    """The number the next notice of *prefix* takes: one after the highest logged, or 1."""
    if not prefix:
        return 1
    pattern = _pattern(prefix)
    numbers = [int(m[1]) for i in issued if (m := pattern.match(i.number))]
    return max(numbers, default=0) + 1


@attrs.frozen
class Numbering:
    """Each unit's 文号 (:attr:`numbers`) and the 文号 passed over to give them.

    Args:
        numbers: Each unit's 文号, in the order the units were given (``""``: none).
        passed_over: The 文号 the numbering skipped because the log holds them (a 文号
            once issued is never issued again), in order, for the command line to say.
    """

    numbers: dict[str, str]
    passed_over: tuple[str, ...] = ()


def numbering(
    units: Iterable[str],
    prefix: str,
    first: int,
    again: Iterable[Issued] = (),
    *,
    kinds: Mapping[str, str] | None = None,
    taken: Iterable[Issued] = (),
) -> Numbering:
    """Each of *units*' 文号, in order: the one *again* logs for it, else the next from *first*.

    *again*: the notices a command issued before, redone now (``chase`` run again for
    the same day): a unit sent one of them with a 文号 gets that same 文号 again,
    whatever the prefix now (none included): an office issues a 文号 once, and a
    notice written again is the same document. *kinds*: each unit's kind of notice
    now; when given, only a notice of that kind in *again* is the unit's. The other
    units are numbered in order from *first*, passing over any 文号 *taken* logs (a
    文号 once issued is never issued again), each one passed over kept in
    :attr:`Numbering.passed_over`; without a prefix they get none.
    """
    before: dict[str, str] = {}
    for i in again:
        if i.number and (kinds is None or kinds.get(i.unit) == i.kind):
            before[i.unit] = i.number
    used = {i.number for i in taken if i.number}
    found: dict[str, str] = {}
    skipped: list[str] = []
    n = first
    for unit in units:
        if unit in before:
            found[unit] = before[unit]
        elif not prefix:
            found[unit] = ""
        else:
            while (number := document_number(prefix, n)) in used:
                skipped.append(number)
                n += 1
            found[unit] = number
            n += 1
    return Numbering(found, tuple(skipped))


def numbered(
    units: Iterable[str],
    prefix: str,
    first: int,
    again: Iterable[Issued] = (),
    *,
    kinds: Mapping[str, str] | None = None,
    taken: Iterable[Issued] = (),
) -> dict[str, str]:
    """Each of *units*' 文号, in order, as :func:`numbering` gives them (its numbers alone)."""
    return numbering(units, prefix, first, again, kinds=kinds, taken=taken).numbers


def sent_on(issued: Iterable[Issued], day: datetime.date, due: Mapping[str, str]) -> dict[str, str]:
    """The units of *due* sent already a notice of the kind *due* gives them, dated *day*.

    *due*: each unit and the kind of notice about to be written to it (督办通知,
    催报通知). One notice of a kind a unit a day: a unit sent another kind that day
    (collect's 退回修改通知) is not among them, and gets its notice.
    """
    sent = {(i.unit, i.kind) for i in issued if i.dated == day}
    return {unit: kind for unit, kind in due.items() if (unit, kind) in sent}


def logged(
    paths: Iterable[str | Path],
    prefix: str,
    first: int,
    dated: datetime.date,
    numbers: dict[str, str] | None = None,
    as_of: datetime.date | None = None,
    reply_by: datetime.date | None = None,
) -> tuple[Issued, ...]:
    """The log entries of the notices written to *paths*, numbered from *first* in order.

    *numbers*: each unit's 文号 as :func:`numbered` gave it, instead of *first* on.
    *as_of*: the day the notices' figures speak for, kept with each entry.
    *reply_by*: the day they ask an answer by (collect's ``--return-by``), kept too.
    """
    if numbers is not None:
        return tuple(
            Issued(
                kind_of(p),
                unit_of(p),
                numbers.get(unit_of(p), ""),
                dated,
                Path(p).name,
                as_of,
                reply_by,
            )
            for p in paths
        )
    return tuple(
        Issued(
            kind_of(p), unit_of(p), document_number(prefix, n), dated, Path(p).name, as_of, reply_by
        )
        for n, p in enumerate(paths, start=first)
    )


#: The kinds of notice sending a returned file back, with a day to return it by.
RETURN_KINDS = frozenset({"退回修改通知", "重新报送通知"})


def open_return_days(issued: Iterable[Issued], day: datetime.date) -> dict[str, datetime.date]:
    """Each unit's open return-by day on *day*: that of its latest notice sending its file back.

    A unit sent a 退回修改通知 (or 重新报送通知) asking for its file back by a day not
    yet past on *day* is asked by its 督办通知 of *day* to answer by that same day: an
    office does not set a unit two deadlines at once.
    """
    found: dict[str, tuple[datetime.date, datetime.date]] = {}
    for i in issued:
        still_open = i.kind in RETURN_KINDS and i.reply_by is not None and i.reply_by >= day
        if still_open and (i.unit not in found or i.dated >= found[i.unit][0]):
            assert i.reply_by is not None  # noqa: S101 - still_open says so
            found[i.unit] = (i.dated, i.reply_by)
    return {unit: by for unit, (_, by) in found.items()}


def return_number(issued: Iterable[Issued], unit: str) -> str:
    """The 文号 of the last 退回修改通知 in the log *issued* to *unit*; ``""`` if none."""
    numbers = [n.number for n in issued if n.kind == "退回修改通知" and n.unit == unit]
    return next((n for n in reversed(numbers) if n), "")
