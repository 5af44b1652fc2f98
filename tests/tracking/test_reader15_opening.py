"""The 督办报告's opening as a 公文 summary (issue 23, the fifteenth reader's fault 2).

The opening used to write out all nine categories of the table, zeros included. Now the
tasks fall in three groups by their deadline (已到期, 尚未到期, 无具体日期); a group
says its total and only the categories that are not zero, and a group with no task is
left out. The expected sentences are written from that rule, their figures counted here
from the plan's deadlines, not taken from the code under test.
"""

from __future__ import annotations

import datetime
import html
import re
from types import SimpleNamespace

import pytest

from dg_plan import tracking
from dg_plan._i18n import using
from dg_plan.tracking.opening import opening_sentence
from helpers.tracking_example import PLAN, R2

EMPTY = tracking.Ledger(PLAN, ())
DAY = datetime.date(2024, 12, 31)


def _opening(ledger, as_of, tmp_path, language="zh"):
    path = tmp_path / "r.html"
    tracking.report(ledger, as_of, path, language=language)
    text = path.read_text("utf-8")
    return html.unescape(re.search(r'<p id="summary">(.*?)</p>', text, re.DOTALL)[1])


def _by_deadline(day):
    dates = [t.deadline.date for t in PLAN.tasks]
    return (
        sum(1 for d in dates if d is not None and d < day),
        sum(1 for d in dates if d == day),
        sum(1 for d in dates if d is not None and d > day),
        sum(1 for d in dates if d is None),
    )


def test_the_opening_of_an_unreported_round_names_only_its_groups(tmp_path):
    late, today, ahead, undated = _by_deadline(R2)
    opening = _opening(EMPTY, R2, tmp_path)
    assert opening.startswith(
        f"截至2024年12月31日，{len(PLAN.tasks)}项任务中，"
        f"已到期{late + today}项（逾期未完成{late}项、到期未完成{today}项）；"
        f"尚未到期{ahead}项，均未报送；无具体日期{undated}项，均未报送。尚无任务完成。"
    ), opening
    assert not re.search(r"(?<!\d)0项", opening)
    # The table's bracketed labels are the table's: the groups already say them.
    assert "（未到期）" not in opening
    assert "（无具体日期）" not in opening


def test_before_any_deadline_the_due_group_is_left_out(tmp_path):
    day = datetime.date(2023, 1, 1)
    _late, _today, ahead, undated = _by_deadline(day)
    opening = _opening(EMPTY, day, tmp_path)
    assert opening.startswith(
        f"截至2023年1月1日，{len(PLAN.tasks)}项任务中，尚未到期{ahead}项，均未报送；"
        f"无具体日期{undated}项，均未报送。尚无任务完成。"
    ), opening
    assert "已到期" not in opening
    assert "含已逾期" not in opening


def test_the_english_opening_says_the_same(tmp_path):
    late, today, ahead, undated = _by_deadline(R2)
    opening = _opening(EMPTY, R2, tmp_path, language="en")
    assert opening.startswith(
        f"As of 2024-12-31, of the {len(PLAN.tasks)} tasks: {late + today} due (late, "
        f"not done: {late}; due on the day, not done: {today}); {ahead} not yet due, all not "
        f"reported; {undated} with no date, all not reported. No task is done yet."
    ), opening


def _item(category, deadline, number=1, units=()):
    return SimpleNamespace(
        category=category,
        task=SimpleNamespace(number=number, deadline=SimpleNamespace(date=deadline)),
        units=units,
    )


EARLY, LATER = datetime.date(2024, 6, 30), datetime.date(2025, 12, 31)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # Everything done: no 尚无任务完成, no zero.
        (
            [_item("done_on_time", EARLY)] * 3
            + [_item("done_late", EARLY)]
            + [_item("done_on_time", LATER)] * 2
            + [_item("done_undated", None)],
            (
                "截至2024年12月31日，7项任务中，已到期4项（按时完成3项、逾期完成1项）；"
                "尚未到期2项，均已完成；无具体日期1项，已完成。"
            ),
        ),
        # One group, one category.
        (
            [_item("late_open", EARLY)] * 5,
            "截至2024年12月31日，5项任务中，已到期5项，均逾期未完成。尚无任务完成。",
        ),
        # One task only.
        (
            [_item("open_not_due", LATER)],
            "截至2024年12月31日，1项任务中，尚未到期1项，已报送未完成。尚无任务完成。",
        ),
        ([], "截至2024年12月31日，任务清单中没有任务。"),
    ],
)
def test_the_opening_follows_its_rules_for_any_shape(items, expected):
    with using("zh"):
        assert opening_sentence(DAY, (), items) == expected
