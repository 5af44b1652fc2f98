"""Sections of the supervision report shared by its three formats: changes, contradictions.

And the sentences said in all three: the rule a task's status follows, and what
（二）到期未完成任务 says when none is due on the day.

The rows of 较上一轮变化 (or, in a first round, the one sentence in its place) and of
前后报送不一致, in the language in force; :mod:`.supervision` lays them out as HTML,
xlsx and Word.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from dg_plan._display import day_text
from dg_plan._i18n import N_, pgettext
from dg_plan._i18n import gettext as _

from .model import Report, Status
from .progress import TaskProgress, contradictions, rounds
from .scores import with_set_aside

if TYPE_CHECKING:
    from .ledger import Ledger

__all__ = [
    "change_rows",
    "changes_header",
    "changes_sentence",
    "contradiction_rows",
    "contradictions_header",
    "contradictions_note",
    "first_round",
    "no_due",
    "report_text",
    "signature",
    "status_text",
    "task_rule",
    "task_status_text",
    "unit_note",
]


def status_text(status: Status | None) -> str:
    """A task's status in words; 未报送 for none."""
    return _("not reported") if status is None else status.label


# How many accountable units stand where, in a mixed task's status: only those there are.
_TALLY = (
    (Status.DONE, N_("{count} done")),
    (Status.IN_PROGRESS, N_("{count} in progress")),
    (Status.NOT_STARTED, N_("{count} not started")),
    ("aside", N_("{count} returned, set aside")),
    (None, N_("{count} not reported")),
)


def task_status_text(
    status: Status | None,
    units: Sequence[tuple[str, Status | None]] = (),
    set_aside: Collection[str] = (),
) -> str:
    """A task's status in words, never a word no unit reported (the fifteenth reader).

    *units*: each accountable unit and its status (each member of a collective). A task
    some of whose units reported 已完成 and not all (推进中 by the ledger's rule) is
    部分单位已完成, with the count of each status (1个单位已完成、19个单位未报送): no unit said
    推进中. Otherwise the status itself (:func:`status_text`). A unit in *set_aside*
    returned a file set aside: counted apart from 未报送.
    """
    states: list[object] = [
        "aside" if state is None and unit in set_aside else state for unit, state in units
    ]
    if status is not Status.IN_PROGRESS or Status.DONE not in states:
        return status_text(status)
    parts = pgettext("between the counts of a task's status", ", ").join(
        _(text).format(count=states.count(state)) for state, text in _TALLY if state in states
    )
    return _("done by some units ({parts})").format(parts=parts)


def first_round(ledger: Ledger, day: datetime.date) -> str | None:
    """The sentence in place of 较上一轮变化 when there is no previous round, else ``None``.

    A first round has nothing to compare with: the section says so in one sentence,
    not 无 under a table of changes (which reads as "nothing changed").
    """
    if rounds(ledger, day).previous is not None:
        return None
    return _("This is the first round reported: there is no previous round to compare with.")


def changes_sentence(
    ledger: Ledger, day: datetime.date, found: Sequence[TaskProgress]
) -> str | None:
    """The sentence in place of 较上一轮变化's table, else ``None`` (a table to show).

    A first round says it has nothing to compare with (:func:`first_round`); a later
    round in which no task's status changed says so in one sentence, not a row of 无
    under the table's header (the ninth reader).
    """
    only_round = first_round(ledger, day)
    if only_round is not None:
        return only_round
    if not change_rows(found):
        return _("No task's status has changed since the previous round.")
    return None


def changes_header() -> list[str]:
    """The columns of 较上一轮变化: 序号, 主要任务, 上一轮, 本轮."""
    return [_("No."), pgettext("a column: the task's text", "Task"), _("Previous round"), _("Now")]


def before_text(item: TaskProgress) -> str:
    """A task's status in the previous round, as that round's status would have said it.

    未报送 says how many of its units returned a file set aside then (其中N个单位已报回待修改);
    a task whose one outstanding unit did reads as that unit's state (已报回待修改).
    """
    text = status_text(item.before)
    if item.before is not None:
        return text
    return with_set_aside(text, item.outstanding_before, dict(item.set_aside_before))


def change_rows(found: Sequence[TaskProgress]) -> list[list[str]]:
    """The tasks whose status changed since the previous round, a row each."""
    return [
        [str(i.task.number), i.task.text, before_text(i), task_status_text(i.status, i.units)]
        for i in found
        if i.changed
    ]


def contradictions_header() -> list[str]:
    """The columns of 前后报送不一致: 序号, 主要任务, 单位, 前次, 后次报送记录."""
    return [
        _("No."),
        pgettext("a column: the task's text", "Task"),
        _("Unit"),
        _("Earlier report"),
        _("Later report"),
    ]


def report_text(report: Report) -> str:
    """A report as a cell says it: its status (and day done), and the day it speaks for."""
    status = report.status.label
    if report.completed_on is not None:
        status = _("{status}, done on {date}").format(
            status=status, date=day_text(report.completed_on)
        )
    return _("{status} (reported {date})").format(status=status, date=day_text(report.as_of))


def contradiction_rows(ledger: Ledger, day: datetime.date) -> list[list[str]]:
    """The reports that contradict their unit's earlier round, one row each."""
    return [
        [
            str(c.task.number),
            c.task.text,
            c.later.unit,
            report_text(c.earlier),
            report_text(c.later),
        ]
        for c in contradictions(ledger, day)
    ]


def contradictions_note() -> str:
    """The sentence under 前后报送不一致's heading: what it lists, what to do."""
    return _(
        "A unit's report that contradicts its report of an earlier round (done, then not "
        "done; or done on another day): ask the unit which is right."
    )


def task_rule() -> str:
    """The rule a task's status follows, said once in each format near the tables of tasks.

    A task is 已完成 only when every accountable unit has reported it done, so a unit's
    已完成 in the 进展情况 column beside the task's 推进中 is no contradiction.
    """
    return _(
        "A task counts as done only when every one of its accountable units has reported it "
        "done. The progress column gives each unit's own words, so a unit that reports its "
        "part done may stand beside a task not done: the units not yet done are named as "
        "outstanding."
    )


def day_rule(day: datetime.date | str) -> str:
    """What the as-of day means for the figures: a line of its own under their heading.

    A task due before *day* and not done is late (逾期未完成); one due on *day* itself is
    due (到期未完成). So a year-end count is asked for 1 January, and its heading says
    截至2025年1月1日: this line says, in the days a 公文 writer reports on, that every task
    due by 2024年12月31日 and not done counts as late (the nineteenth reader).

    >>> day_rule(datetime.date(2025, 1, 1)).startswith("Tasks due on or before 2024-12-31 ")
    True
    """
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    return _(
        "Tasks due on or before {last} and not done count as late; those due on {day}, as "
        "due that day."
    ).format(last=day_text(day - datetime.timedelta(days=1)), day=day_text(day))


def signature(office: str, dated: datetime.date) -> tuple[str, str]:
    """The 落款 of a report from an office: its name, over the day it is signed, in words."""
    return office, day_text(dated)


def no_due() -> str:
    """What （二）到期未完成任务 says when no task is due on the day and not done: a sentence."""
    return _("No task whose deadline is the day itself is left not done.")


def unit_note(apart: Sequence[str]) -> str:
    """What the per-unit table counts, and which collectives are not in it.

    Which units are not ranked, and how the others are, is said once, in the notes
    under the table (:func:`~dg_plan.tracking.scores.rate_note`): the seventeenth
    reader found this paragraph and those notes saying it twice.
    """
    note = _(
        "Each unit is counted only on the tasks it is accountable for (it leads them, or "
        "is responsible for them when they have no lead), each by what the unit itself "
        "reported."
    )
    if apart:
        note += _(
            " Not listed: {units}: collectives that name no member units, so no template "
            "is sent to them."
        ).format(units=_(", ").join(apart))
    return note
