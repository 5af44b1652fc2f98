"""The 督办报告's opening when some units finished a task (issue 23, the sixteenth reader).

尚无任务完成 alone, while section 二 shows tasks as 部分单位已完成, tells a leader that no
unit has done anything (fault 1). The opening says 尚无任务全部完成 and names those
tasks (a few) or counts them (many). Expected sentences written from that requirement.
"""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest

from dg_plan._i18n import using
from dg_plan.tracking.model import Status
from dg_plan.tracking.opening import opening_sentence

DAY = datetime.date(2024, 12, 31)
EARLY = datetime.date(2024, 6, 30)
PARTLY = (("省公安厅", Status.DONE), ("郑州市人民政府", None))


def _item(number, units=()):
    return SimpleNamespace(
        category="late_open",
        task=SimpleNamespace(number=number, deadline=SimpleNamespace(date=EARLY)),
        units=units,
    )


def _opening(items, language="zh"):
    with using(language):
        return opening_sentence(DAY, (), items)


@pytest.mark.parametrize(
    ("partly", "zh", "en"),
    [
        (
            [9, 37, 169],
            "尚无任务全部完成；第9、37、169项任务已有部分主责单位报送完成。",
            (
                " No task is fully done yet; tasks 9, 37, 169 have been reported done by some "
                "of their accountable units."
            ),
        ),
        (
            [9],
            "尚无任务全部完成；第9项任务已有部分主责单位报送完成。",
            (
                " No task is fully done yet; task 9 has been reported done by some of its "
                "accountable units."
            ),
        ),
        (
            list(range(1, 13)),
            "尚无任务全部完成；12项任务已有部分主责单位报送完成。",
            (
                " No task is fully done yet; 12 tasks have been reported done by some of their "
                "accountable units."
            ),
        ),
    ],
)
def test_tasks_some_units_finished_are_named_or_counted(partly, zh, en):
    numbers = sorted({*range(1, 15), *partly})
    items = [_item(n, PARTLY if n in partly else ()) for n in numbers]
    chinese = _opening(items)
    assert chinese.endswith(zh), chinese
    assert "尚无任务完成" not in chinese
    assert _opening(items, "en").endswith(en)


def test_no_unit_finished_anything_still_reads_no_task_is_done():
    # A unit's 推进中 is no 已完成: the plain sentence stays.
    items = [_item(1, (("省公安厅", Status.IN_PROGRESS), ("省财政厅", None))), _item(2)]
    assert _opening(items).endswith("均逾期未完成。尚无任务完成。")
