"""Tables wrap long lists of units onto more lines instead of cutting them."""

from __future__ import annotations

import pytest

from dg_plan._cli.terminal import names_lines, width
from helpers.cli import ok


def _columns(line: str, start: int, end: int) -> str:
    """The part of *line* shown in display columns *start* to *end*."""
    out, at = [], 0
    for c in line:
        if start <= at < end:
            out.append(c)
        at += width(c)
    return "".join(out).strip()


def _rows(out: str) -> dict[int, list[str]]:
    """Each task's lines of a task table: its row, then the lines that continue it."""
    rows: dict[int, list[str]] = {}
    number = None
    for line in out.splitlines():
        if line[:1].isdigit():
            number = int(line.split()[0])
            rows[number] = [line]
        elif number is not None and line.startswith(" "):
            rows[number].append(line)
        else:
            number = None
    return rows


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_the_accountable_units_are_never_cut(plan, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    out = ok("due", "--in", "2024H1")
    header = next(line for line in out.splitlines() if line.startswith("No."))
    start = header.index("Accountable")
    end = header.index("Task")
    rows = _rows(out)
    assert list(rows) == [t.number for t in plan.due_in("2024H1")]
    for number, lines in rows.items():
        cell = "".join(_columns(line, start, end) for line in lines)
        # Every accountable unit, whole and in order, as the print names them.
        assert cell == "、".join(u.name for u in plan.task(number).accountable)
        for line in lines:
            assert width(line) <= max(columns, 100), line  # the Task column keeps 20 at least
        pieces = [_columns(line, start, end) for line in lines]
        # No name is split between lines (the longest, 24 columns, fits in 26).
        for unit in plan.task(number).accountable:
            assert any(unit.name in p.split("、") for p in pieces), (unit.name, pieces)


def test_a_wide_terminal_gives_the_units_more_room(monkeypatch):
    # Task 9 is accountable to nine units (省委政法委 … 航空港区管委会), 71 columns.
    monkeypatch.setenv("COLUMNS", "200")
    wide = _rows(ok("due", "--in", "2024H1"))[9]
    monkeypatch.setenv("COLUMNS", "80")
    narrow = _rows(ok("due", "--in", "2024H1"))[9]
    assert len(wide) < len(narrow)
    assert len(wide) <= 2
    # At 200 columns the first line holds far more than the 13 characters it used to.
    assert "省民政厅" in wide[0]


def test_names_lines_keeps_names_whole():
    names = "省委政法委、省政府办公厅、省公安厅、省行政审批政务信息管理局"
    assert names_lines(names, 26) == [
        "省委政法委、省政府办公厅、",
        "省公安厅、",
        "省行政审批政务信息管理局",
    ]
    assert names_lines("—", 26) == ["—"]
    # A name wider than a line is broken where the line is full.
    assert names_lines("省行政审批政务信息管理局", 10) == [
        "省行政审批",
        "政务信息管",
        "理局",
    ]
