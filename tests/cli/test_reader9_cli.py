"""The ninth reader's findings on the command line in Chinese (issue 23).

Each expected line is written from the requirement (the form the reader asked for),
not copied from the output.
"""

from __future__ import annotations

import pytest

import dg_plan
from dg_plan import Role
from helpers.cli import ok

PLAN = dg_plan.load_plan()


@pytest.mark.parametrize(
    ("role", "words"),
    [(Role.LEAD, "牵头"), (Role.RESPONSIBLE, "负责")],
)
def test_a_units_tasks_of_one_role_are_headed_as_an_office_counts_them(role, words):
    # Fault 16: 省财政厅（河南省财政厅）：牵头任务共9项, not 作为牵头单位的任务9项.
    count = len(PLAN.responsibilities("省财政厅", role))
    assert count  # the unit answers for tasks in both roles (the shipped plan has no 配合)
    first = ok("--lang", "zh", "unit", "省财政厅", "--role", role.value).splitlines()[0]
    assert first == f"省财政厅（河南省财政厅）：{words}任务共{count}项"
