"""Differential check of the shipped data: two readers of the source, one truth.

tests/helpers/source_reader.py reads the source apart from tools/build_data.py; here its
reading of every task is compared with ``dg_plan.load_plan()``. Where the layout
alone cannot place a cell, both defer to tools/decisions.py, and the tests below name
the decision (UNIT_CELLS, DEADLINE_BLOCKS).
"""

from __future__ import annotations

import pytest

import dg_plan
from dg_plan import Role
from helpers.source_reader import DECISIONS, DERIVED

PLAN = dg_plan.load_plan()
NUMBERS = list(range(1, 179))


def test_the_reader_finds_every_task_once():
    assert sorted(DERIVED) == NUMBERS
    assert [t.number for t in PLAN.tasks] == NUMBERS


def test_merged_unit_cells_are_the_decisions_own():
    # Defers to tools/decisions.py UNIT_CELLS (layout rule R1), and checks it: the rows
    # this reader finds without unit text are exactly the decision's merged cells.
    merged = sorted({d.unit_rows for d in DERIVED.values() if len(d.unit_rows) > 1})
    assert merged == sorted(c.rows for c in DECISIONS.UNIT_CELLS)


@pytest.mark.parametrize("number", NUMBERS)
def test_each_task_reads_the_same_both_ways(number):
    derived, task = DERIVED[number], PLAN.task(number)
    assert task.text == derived.text
    assert task.units_text == derived.cell
    assert tuple(u.name for u in task.units) == derived.units
    assert tuple(u.name for u in task.leads) == derived.leads
    # Roles: named before 牵头, the unit leads; every other unit of the cell is
    # responsible by division of duties.
    # The source prints no 配合/协助/参与, so no unit supports.
    for unit in task.units:
        expected = Role.LEAD if unit.name in derived.leads else Role.RESPONSIBLE
        assert task.role_of(unit) is expected
    assert (task.deadline.kind, task.deadline.date) == derived.deadline
    if task.provenance is not None:
        assert task.provenance.units_rows == derived.unit_rows


def test_the_deadline_decisions_are_the_ones_named():
    deferred = {n: d.deadline_decision for n, d in DERIVED.items() if d.deadline_decision}
    assert sorted(deferred) == [*range(126, 135)]
