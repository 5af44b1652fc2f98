"""How ``track chase`` reads: whom to chase, the notices written, the day's notices kept.

:mod:`.render` dispatches to these; they only build text and JSON values. Split from
:mod:`.track_views`, whose helpers they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dg_plan._display import day_text, enum_label
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext, pgettext
from dg_plan._jsonable import jsonable
from dg_plan.tracking.issued import Issued
from dg_plan.tracking.scores import (
    set_aside_label,
    set_aside_why,
    with_expected,
)

from .results import (
    ChaseList,
)
from .terminal import fit
from .track_views import UNITS_IN_A_LINE, status_label, unit_lines, unsigned_line

__all__ = ["chase_data", "chase_text"]


def chase_data(result: ChaseList) -> object:
    """Whom to chase, as JSON: jsonable's form of each Chase, and the notice written for it."""
    written = {Path(p).stem.removesuffix("-督办通知"): p for p in result.notices}
    return [{**jsonable(c), "notice": written.get(c.unit)} for c in result.chases]


def chase_text(result: ChaseList) -> str:
    """Whom to chase: per unit, its late tasks with its own answer."""
    title = _("To chase as of {date}").format(date=day_text(result.as_of))
    tail = _returns_lines(result)
    if not result.chases:
        return "\n".join(
            [
                _("{title}: no unit").format(title=title),
                *tail,
                *_already_lines(result),
                *_redone_lines(result),
                *unsigned_line(result.unsigned and bool(result.reminders)),
                *_kept_lines(result),
            ]
        )
    count = ngettext("{title}: {count} unit", "{title}: {count} units", len(result.chases))
    parts = [count.format(title=title, count=len(result.chases))]
    for c in result.chases:
        head = ngettext("{unit}: {count} late task", "{unit}: {count} late tasks", len(c.items))
        if c.set_aside:
            # What became of its file, in brackets: 省公安厅：逾期未完成任务12项（报回的填报表
            # 需修改，尚未汇入台账）.
            why = (
                _("its returned file has cells to fix and is not in the ledger yet")
                if c.reason in ("", "cells")
                else set_aside_why(c.reason)
            )
            head += _(" ({why})").format(why=why)
        rows = [
            [
                _("No."),
                _("Deadline"),
                _("Role"),
                _("Status"),
                pgettext("a column: the task's text", "Task"),
            ]
        ]
        rows += [
            [
                str(i.task.number),
                str(i.task.deadline),
                enum_label(i.role),
                set_aside_label(c.reason)
                if c.awaiting(i)
                else status_label(None)
                if i.report is None
                # The report's day as the 督办通知 and the report write it:
                # 推进中（截至2024年6月30日）, not a bare day read as a completion day;
                # an expected completion as `status --task` says it (推进中，预计…完成).
                else with_expected(i.status.label if i.status else "", i.report.expected)
                + _(" (as of {date})").format(date=day_text(i.report.as_of)),
                i.task.text,
            ]
            for i in c.items
        ]
        parts += ["", head.format(unit=c.unit, count=len(c.items)), fit(rows)]
    if result.notices:
        folder = str(Path(result.notices[0]).parent)
        parts += [
            "",
            ngettext(
                "wrote {count} notice to {folder}",
                "wrote {count} notices to {folder}",
                len(result.notices),
            ).format(count=len(result.notices), folder=folder),
        ]
    signed = unsigned_line(result.unsigned and bool(result.notices or result.reminders))
    return "\n".join(
        [
            *parts,
            *_settle_lines(result),
            *tail,
            *_already_lines(result),
            *_redone_lines(result),
            *_kept_lines(result),
            *signed,
        ]
    )


def _named(notices: Sequence[Issued]) -> str:
    """Notices named one after another: 省水利厅督办通知（豫督〔2024〕6号）、…."""
    return "、".join(
        _("{unit} {kind} ({number})").format(unit=i.unit, kind=i.kind, number=i.number)
        if i.number
        else _("{unit} {kind}").format(unit=i.unit, kind=i.kind)
        for i in notices
    )


def _listed(inline: str, many: str, notices: Sequence[Issued]) -> list[str]:
    """Notices under a sentence: named in it for a few, else a counted heading, one a line.

    As every other list of more than three units on the chase screen (reader14: 46
    notices in one line of 1,200 characters).
    """
    if len(notices) <= UNITS_IN_A_LINE:
        return ["", inline.format(count=len(notices), notices=_named(notices))]
    return ["", many.format(count=len(notices)), *(f"  {_named([i])}" for i in notices)]


def _redone_lines(result: ChaseList) -> list[str]:
    """The notices written again that were issued the same day, each named.

    以下2份通知系当日已发通知的重新生成件，文号不变，请勿重复发送：省水利厅督办通知（豫督〔2024〕6号）、….
    "文号不变" only when each keeps the 文号 it was issued under; without 文号 (no
    ``--number``), or under new ones, the sentence says nothing of them.
    """
    if not result.redone:
        return []
    if result.same_numbers:
        said = ngettext(
            "The following {count} notice is one issued that day written again, under the same "
            "number (do not send it twice): {notices}.",
            "The following {count} notices are ones issued that day written again, under the "
            "same numbers (do not send them twice): {notices}.",
            len(result.redone),
        )
        many = _(
            "The following {count} notices are ones issued that day written again, under the "
            "same numbers (do not send them twice):"
        )
    else:
        said = ngettext(
            "The following {count} notice is one issued that day written again (do not send "
            "it twice): {notices}.",
            "The following {count} notices are ones issued that day written again (do not "
            "send them twice): {notices}.",
            len(result.redone),
        )
        many = _(
            "The following {count} notices are ones issued that day written again (do not "
            "send them twice):"
        )
    return _listed(said, many, result.redone)


def _kept_lines(result: ChaseList) -> list[str]:
    """The notices issued that day not written again by a re-run: still logged, not lost.

    另有47份当日已发通知本次未重新生成（台账中的发文记录保留）：, then one a line.
    """
    if not result.kept:
        return []
    said = ngettext(
        "The following {count} notice issued that day is not written again this time (the "
        "ledger still logs it): {notices}.",
        "The following {count} notices issued that day are not written again this time (the "
        "ledger still logs them): {notices}.",
        len(result.kept),
    )
    many = _(
        "The following {count} notices issued that day are not written again this time (the "
        "ledger still logs them):"
    )
    return _listed(said, many, result.kept)


def _settle_lines(result: ChaseList) -> list[str]:
    """The units chased whose two files of the round await the office's choice.

    One of the two files may report done a task chased: the office settles them first
    (collects the one it keeps), and no 督办通知 is written to such a unit meanwhile.
    """
    units = [c.unit for c in result.chases if result.reasons.get(c.unit) == "two_files"]
    if not units:
        return []
    lines = [
        _(
            "To check: {units} returned two files for the round, which await the office's "
            "choice; a task chased here may be reported done in one of them. Choose the file "
            "to keep and collect it (dg-plan track collect FILE --into LEDGER), then chase "
            "again."
        ).format(units="、".join(units))
    ]
    if result.asked:
        lines.append(
            _("No 督办 notice was written for {units} until its two files are settled.").format(
                units="、".join(units)
            )
        )
    return ["", *lines]


def _already_lines(result: ChaseList) -> list[str]:
    """The units left out of the notices: sent the same kind dated the same day already.

    A sentence a kind: 省公安厅当日已发督办通知，本次未再发。 A notice of the day the re-run
    leaves logged is said once, with its 文号, among those (:func:`_kept_lines`).
    """
    listed = {(i.unit, i.kind) for i in result.kept}
    said = {
        "督办通知": _(
            "{units}: sent a 督办 notice dated the same day already; none written again."
        ),
        "催报通知": _(
            "{units}: sent a 催报 notice dated the same day already; none written again."
        ),
    }
    lines = [
        said[kind].format(units="、".join(units))
        for kind in said
        if (units := [u for u, k in result.already.items() if k == kind and (u, k) not in listed])
    ]
    return ["", *lines] if lines else []


def _reminded(result: ChaseList) -> set[str]:
    """The units this run wrote a 催报通知 to (each file is named for its unit)."""
    return {Path(p).stem.removesuffix("-催报通知") for p in result.reminders}


def _not_reminded_lines(result: ChaseList, none: Sequence[str]) -> list[str]:
    """The units to remind that get no 催报通知: each sent a notice dated the same day.

    One notice a unit a day: a unit 未报回（需催报） that a chase already sent a 督办通知
    that day is written no 催报通知 by a re-run. Said with the notice's 文号 and how to
    remind the unit otherwise (the fifteenth reader, fault 4): in one sentence for one
    unit, else in a counted heading and one unit a line (the sixteenth reader, fault 3).
    """
    if not result.asked:
        return []
    reminded = _reminded(result)
    today = {i.unit: i for i in result.kept}
    # The units a kind of notice, each with its notice's 文号 when the re-run has it.
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for unit in none:
        if unit in reminded:
            continue
        notice = today.get(unit)
        if notice is not None:
            by_kind.setdefault(notice.kind, []).append((unit, notice.number or ""))
        elif unit in result.already:
            by_kind.setdefault(result.already[unit], []).append((unit, ""))
    lines = []
    for kind, units in by_kind.items():
        if len(units) == 1:
            ((unit, number),) = units
            lines.append(_not_reminded_one(unit, kind, number))
            continue
        # Many units: a counted heading said once, then one a line with its 文号
        # (the sixteenth reader, fault 3: the sentence was said 46 times).
        lines.append(
            ngettext(
                "The following {count} unit was sent a {kind} dated the same day already, so "
                "no 催报 notice is written for it; to remind it of its form, contact it "
                "directly, or write the notices on another day (--date):",
                "The following {count} units were sent a {kind} dated the same day already, "
                "so no 催报 notice is written for them; to remind them of their forms, contact "
                "them directly, or write the notices on another day (--date):",
                len(units),
            ).format(count=len(units), kind=kind)
        )
        lines += [f"  {unit}（{number}）" if number else f"  {unit}" for unit, number in units]
    return lines


def _not_reminded_one(unit: str, kind: str, number: str) -> str:
    """The sentence for the one unit to remind sent a notice of *kind* that day."""
    if number:
        return _(
            "{unit} was sent a {kind} ({number}) dated the same day already, so no "
            "催报 notice is written for it; to remind it of its form, contact it "
            "directly, or write the notice on another day (--date)."
        ).format(unit=unit, kind=kind, number=number)
    return _(
        "{unit} was sent a {kind} dated the same day already, so no 催报 notice "
        "is written for it; to remind it of its form, contact it directly, or "
        "write the notice on another day (--date)."
    ).format(unit=unit, kind=kind)


def _returns_lines(result: ChaseList) -> list[str]:
    """With --sent: how the round's templates came back (报送情况), and the 催报 notices."""
    if result.returns is None:
        return []
    day, read, held, none = result.returns
    # Two files of one unit wait for the office's choice: counted apart from those sent back.
    two = [u for u in held if result.reasons.get(u) == "two_files"]
    fix = [u for u in held if u not in two]
    # The categories with no unit are left out (not 已报回（两份，待核定）的0个).
    parts = [
        said.format(count=n)
        for said, n in (
            (_("{count} returned it into the ledger"), len(read)),
            (_("{count} returned it set aside for correction"), len(fix)),
            (_("{count} returned two files for the office to choose"), len(two)),
            (_("{count} returned nothing"), len(none)),
        )
        if n
    ] or [_("{count} returned nothing").format(count=0)]
    lines = [
        "",
        _("Returns of the round as of {date}: {sent} units sent a template; {parts}").format(
            date=day_text(day),
            sent=len(read) + len(held) + len(none),
            parts=pgettext("between the parts of the round's returns", ", ").join(parts),
        ),
    ]
    # Many units: a counted heading, then one a line (as the files in the way are).
    if fix:
        lines += unit_lines(
            _("returned, set aside for correction: {units}"),
            ngettext(
                "returned, set aside for correction ({count} unit):",
                "returned, set aside for correction ({count} units):",
                len(fix),
            ),
            fix,
        )
    if two:
        lines += unit_lines(
            _("returned two files, the office to choose: {units}"),
            ngettext(
                "returned two files, the office to choose ({count} unit):",
                "returned two files, the office to choose ({count} units):",
                len(two),
            ),
            two,
        )
    if none:
        lines += unit_lines(
            _("returned nothing (to remind): {units}"),
            ngettext(
                "returned nothing (to remind) ({count} unit):",
                "returned nothing (to remind) ({count} units):",
                len(none),
            ),
            none,
        )
        lines += _not_reminded_lines(result, none)
    if result.reminders:
        # Only the units written a 催报通知 now: one sent a 督办通知 that day is written
        # none (said above), so its late tasks are in no 催报通知 (the seventeenth reader).
        reminded = _reminded(result)
        both = [u for u in none if u in reminded and any(c.unit == u for c in result.chases)]
        if both:
            lines += unit_lines(
                ngettext(
                    "one notice a unit: {count} unit had late tasks too, listed in its 催报 "
                    "notice (no 督办 notice): {units}",
                    "one notice a unit: {count} units had late tasks too, listed in their 催报 "
                    "notices (no 督办 notice): {units}",
                    len(both),
                ),
                ngettext(
                    "one notice a unit: {count} unit had late tasks too, listed in its 催报 "
                    "notice (no 督办 notice):",
                    "one notice a unit: {count} units had late tasks too, listed in their 催报 "
                    "notices (no 督办 notice):",
                    len(both),
                ),
                both,
            )
        lines.append(
            ngettext(
                "wrote {count} 催报 notice to {folder}",
                "wrote {count} 催报 notices to {folder}",
                len(result.reminders),
            ).format(count=len(result.reminders), folder=str(Path(result.reminders[0]).parent))
        )
    return lines
