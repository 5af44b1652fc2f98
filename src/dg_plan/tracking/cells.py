"""The words of a task's row in the supervision report: its 进展情况 and 佐证材料 cells.

Each unit's words with the day of its report, as every format of the report shows them
(:mod:`.supervision` lays them out as HTML, xlsx and Word).
"""

from __future__ import annotations

import datetime

from dg_plan._display import day_text
from dg_plan._i18n import gettext as _

from .model import Status
from .progress import TaskProgress

__all__ = ["NOTHING", "evidence_text", "notes_text"]

#: An empty 进展情况 or 佐证材料 cell of a task's row (no unit gave any): a dash, not a
#: blank, which read as a fault of the report (the fifteenth reader); the row's 任务状态
#: already says 未报送 when nobody reported.
NOTHING = "—"


def notes_text(item: TaskProgress) -> str:
    """Each reporting unit's 进展情况, with the day of the report it comes from.

    Its latest report's words; blank, an earlier round's only under the same status, never
    a newer one's (已完成（2024年9月15日），未填写进展情况, not June's 推进中 words).
    The day expected follows (预计2024年10月完成); 已完成's day leads (已完成（2023年8月15日）。…).
    """
    latest = {r.unit: r for r in item.reports}
    lines = []
    for r in item.note_reports or item.reports:
        last = latest.get(r.unit, r)
        on = last.completed_on if last.status is Status.DONE else None
        done = (
            _("{status} ({day})").format(status=last.status.label, day=day_text(on)) if on else ""
        )
        if r.note.strip():
            note = _("{done}. {note}").format(done=done, note=r.note) if done else r.note
        elif r.status is Status.DONE:
            # Done, in words left blank: not to read as idle (未填写进展情况 alone).
            note = _("{status}, no progress given").format(status=done or r.status.label)
        else:
            note = _("no progress given")
        expected = last.expected
        if expected:
            # The bracket goes inside the sentence: 正在推进（预计…完成）。, not 正在推进。（…）.
            body = note.rstrip()
            stop = body[-1] if body[-1:] in ("。", ".") else ""
            body = body[: len(body) - len(stop)]
            note = _("{note} (expected done by {day})").format(note=body, day=expected) + stop
        lines.append(_said(item, r.unit, r.as_of, note))
    return "\n".join(lines) or NOTHING


def _said(item: TaskProgress, unit: str, day: datetime.date, words: str) -> str:
    """One unit's words on a task with the day of its report: 省司法厅（截至2024年12月31日）：….

    截至, as the chase screen and the 督办通知 write a report's day: a bare day after a
    unit reads as a completion day (the ninth reader).

    A unit whose answer does not count toward the task's status (not accountable) is
    marked, so that its 已完成 beside the task's 推进中 is not read as the task's:
    济源示范区管委会（截至2024年6月30日，非主责单位，仅供参考）：….
    """
    if item.for_reference(unit):
        return _(
            "{unit} (as of {date}; not an accountable unit, for reference only): {note}"
        ).format(unit=unit, date=day_text(day), note=words)
    return _("{unit} (as of {date}): {note}").format(unit=unit, date=day_text(day), note=words)


def evidence_text(item: TaskProgress) -> str:
    """Each unit's latest 佐证材料 (an earlier round's of the same status if the newest gives none).

    ``省司法厅（截至2024年6月30日）：起草说明``: the unit, the day of its report, the items.
    """
    return (
        "\n".join(
            _said(item, unit, day, _(", ").join(items)) for unit, day, items in item.unit_evidence
        )
        or NOTHING
    )
