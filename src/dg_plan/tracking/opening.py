"""The supervision report's opening sentence: its figures as a 公文 summary.

A leader reads it first, so it is not the headline table written out as prose (the
fifteenth reader, fault 2): the tasks fall in three groups by their deadline (已到期,
尚未到期, 无具体日期), each group says its total and only its categories that are not
zero, a group with no task is left out, and the table below keeps every number. The
sentence is built from those rules, so it stays true for any ledger (everything done,
nothing reported, nothing due yet).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from dg_plan._display import day_text
from dg_plan._i18n import N_, gettext, ngettext, pgettext

from .model import Status, SummaryRow
from .progress import TaskProgress

__all__ = ["opening_sentence"]

# Each category's words inside its group: the group already says 未到期 or 无具体日期,
# so the bracketed part of the table's label is left out. A task done before its
# deadline counts as 按时完成 in the table; in the group 尚未到期 it is simply 已完成.
_SHORT = {
    "done_on_time": N_("done on time"),
    "done_late": N_("done late"),
    "late_open": N_("late, not done"),
    "due_open": N_("due on the day, not done"),
    "done_early": N_("done"),
    "open_not_due": N_("reported, not done"),
    "not_reported": N_("not reported"),
    "done_undated": N_("done"),
    "open_undated": N_("reported, not done"),
    "not_reported_undated": N_("not reported"),
}
_UNDATED = ("done_undated", "open_undated", "not_reported_undated")
_DONE = ("done_on_time", "done_late", "done_undated")
# Up to this many tasks some of whose units reported done are named by number; more
# are counted (a long list of numbers in the opening is read by no leader).
_NAMED_PARTLY = 5


def _none_done(found: Sequence[TaskProgress]) -> str:
    """The sentence when no task is done: 尚无任务完成, unless some units finished theirs.

    A task some of whose accountable units reported 已完成 (部分单位已完成 in the
    table) is not done, but 尚无任务完成 alone reads as nobody having done anything
    (the sixteenth reader, fault 1): the opening names those tasks, or counts them.
    """
    partly = [
        item.task.number
        for item in found
        if any(state is Status.DONE for _unit, state in item.units)
    ]
    if not partly:
        return gettext(" No task is done yet.")
    if len(partly) > _NAMED_PARTLY:
        return ngettext(
            " No task is fully done yet; {count} task has been reported done by some of "
            "its accountable units.",
            " No task is fully done yet; {count} tasks have been reported done by some of "
            "their accountable units.",
            len(partly),
        ).format(count=len(partly))
    numbers = pgettext("between the task numbers of the report's opening", ", ").join(
        str(number) for number in partly
    )
    return ngettext(
        " No task is fully done yet; task {numbers} has been reported done by some of "
        "its accountable units.",
        " No task is fully done yet; tasks {numbers} have been reported done by some of "
        "their accountable units.",
        len(partly),
    ).format(numbers=numbers)


def _group_head(group: str, count: int) -> str:
    if group == "due":
        return ngettext("{count} due", "{count} due", count).format(count=count)
    if group == "not_due":
        return ngettext("{count} not yet due", "{count} not yet due", count).format(count=count)
    return ngettext("{count} with no date", "{count} with no date", count).format(count=count)


def _group(group: str, figures: dict[str, int]) -> str:
    """One group's clause: its total, then its categories that are not zero."""
    count = sum(figures.values())
    head = _group_head(group, count)
    shown = [(key, figures[key]) for key in _SHORT if figures.get(key)]
    if count == 1:
        label = gettext(_SHORT[shown[0][0]])
        return gettext("{head} ({label})").format(head=head, label=label)
    if len(shown) == 1:
        label = gettext(_SHORT[shown[0][0]])
        return gettext("{head}, all {label}").format(head=head, label=label)
    listed = pgettext("between the figures of a group in the report's opening", "; ").join(
        gettext("{label}: {count}").format(label=gettext(_SHORT[key]), count=n) for key, n in shown
    )
    return gettext("{head} ({figures})").format(head=head, figures=listed)


def opening_sentence(
    day: datetime.date, rows: Sequence[SummaryRow], found: Sequence[TaskProgress]
) -> str:
    """The report's opening: 截至…，178项任务中，已到期135项（逾期未完成72项、…）；….

    *rows* are the summary's rows (the tasks no accountable unit reported on come from
    them), *found* every task's progress on *day*. Then the tasks no accountable unit
    reported on, and the tasks due on the day itself (at the year's end, every
    2024年12月底前 task not done): a reader takes 截至12月31日 to include that day, so
    the opening says in a sentence why they are not 逾期.
    """
    groups: dict[str, dict[str, int]] = {"due": {}, "not_due": {}, "undated": {}}
    for item in found:
        key = item.category
        due = item.task.deadline.date
        if key in _UNDATED or due is None:
            group = "undated"
        elif due <= day:
            group = "due"
        else:
            group = "not_due"
            key = "done_early" if key == "done_on_time" else key
        groups[group][key] = groups[group].get(key, 0) + 1
    total = len(found)
    if not total:
        return gettext("As of {date}, the plan has no task.").format(date=day_text(day))
    clauses = pgettext("between the groups of the report's opening", "; ").join(
        _group(name, figures) for name, figures in groups.items() if figures
    )
    sentence = gettext("As of {date}, of the {total} tasks: {figures}.").format(
        date=day_text(day), total=total, figures=clauses
    )
    if not any(item.category in _DONE for item in found):
        sentence += _none_done(found)
    silent = sum(r.not_reported_at_all for r in rows)
    silent_late = sum(r.late_not_reported for r in rows)
    if silent and silent_late:
        sentence += gettext(
            " No accountable unit reported on {count} of them ({late} of these late)."
        ).format(count=silent, late=silent_late)
    elif silent:
        sentence += gettext(" No accountable unit reported on {count} of them.").format(
            count=silent
        )
    due_today = [i for i in found if i.category == "due_open"]
    if due_today:
        deadlines = gettext(", ").join(dict.fromkeys(str(i.task.deadline) for i in due_today))
        # The same tasks as the opening's 到期未完成, said to be those (not 另有, which
        # read as more tasks: the ninth reader).
        sentence += ngettext(
            " The {count} task due on the day, not done has its deadline ({deadlines}) on "
            "the as-of day itself and is not yet reported done.",
            " The {count} tasks due on the day, not done have their deadline ({deadlines}) on "
            "the as-of day itself and are not yet reported done.",
            len(due_today),
        ).format(count=len(due_today), deadlines=deadlines)
    return sentence
