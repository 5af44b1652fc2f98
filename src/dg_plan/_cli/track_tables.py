"""The track actions' wide tables: one table when it fits the terminal, else three by deadline.

track status's per-part table and the scorecard have a column for each of the nine
categories: at 120 columns they were 198 and 232 wide in Chinese (262 and 313 in
English), wrapped by the terminal line by line. Wider than the terminal, each is
printed as three tables (:func:`.terminal.split_table`).
"""

from __future__ import annotations

from dg_plan import tracking
from dg_plan._i18n import gettext as _
from dg_plan._i18n import pgettext

from .terminal import Column, split_table

__all__ = ["category_groups", "score_table", "summary_table"]


def category_groups(first: int) -> list[tuple[str, list[Column]]]:
    """The nine category columns (from column *first* on) in three groups, by deadline.

    The groups of the report's opening (tracking/opening.py): 已到期, 尚未到期 and
    无具体日期, each a caption over its columns, which are labelled short under it
    (未报送 under 尚未到期 is 未报送（未到期）). 按时完成 counts the tasks done on time
    whether due or not (done early): the caption says so.
    """
    at = {c: first + i for i, c in enumerate(tracking.CATEGORIES)}
    # Shorter English than the opening's words, so that the group fits 120 columns.
    return [
        (
            _("Due (done on time includes the tasks done before their deadline)"),
            [
                (
                    at["done_on_time"],
                    pgettext("a column under the caption of the tasks due", "on time"),
                ),
                (at["done_late"], _("done late")),
                (at["late_open"], _("late, not done")),
                (
                    at["due_open"],
                    pgettext("a column under the caption of the tasks due", "due that day"),
                ),
            ],
        ),
        (
            _("Not yet due"),
            [
                (at["open_not_due"], _("reported, not done")),
                (at["not_reported"], _("not reported")),
            ],
        ),
        (
            _("Deadline with no date"),
            [
                (at["done_undated"], _("done")),
                (at["open_undated"], _("reported, not done")),
                (at["not_reported_undated"], _("not reported")),
            ],
        ),
    ]


def summary_table(rows: list[list[str]]) -> str:
    """The per-part table; wider than the terminal, three tables by deadline (category_groups).

    Each repeats the part and its count of tasks (the wide table's 合计, last).
    """
    due, not_due, undated = category_groups(1)
    keys = [(0, rows[0][0]), (len(rows[0]) - 1, pgettext("a count of tasks", "Tasks"))]
    return split_table(rows, keys, [due, not_due, undated])


def score_table(rows: list[list[str]]) -> str:
    """The scorecard's table; wider than the terminal, three tables by deadline.

    Each repeats 排名, 单位, 职责 and 任务数; the rate goes with the tasks due (it is
    theirs), 未报送合计 (across the groups) with the last.
    """
    head = rows[0]
    (due, in_due), not_due, (undated, in_undated) = category_groups(4)
    rate, unreported = len(head) - 1, len(head) - 2
    groups = [
        (due, [*in_due, (rate, head[rate])]),
        not_due,
        (undated, [*in_undated, (unreported, head[unreported])]),
    ]
    return split_table(rows, [(i, head[i]) for i in range(4)], groups)
