"""The seventeenth reader (issue 23): track status and the scorecard fit a terminal.

At 120 columns the per-part table of ``track status`` was 198 columns wide in Chinese
(262 in English) and the scorecard 232 (313): the terminal wrapped each row and nobody
could read a column. Wider than the terminal, each is printed as three tables by
deadline (已到期, 尚未到期, 无具体日期, the groups of the report's opening), each
repeating its key columns, every number kept; ``--json`` keeps every column.

Expected figures come from ``--json`` (each row's counts), not from the tables; the
widths are measured with wcwidth, as a terminal counts them.
"""

from __future__ import annotations

import decimal
import json

import pytest
import wcwidth

from dg_plan import tracking
from helpers.cli import succeeds as ok
from helpers.tracking_example import PLAN, REPORTS

AS_OF = "2024-12-31"
DUE = ("done_on_time", "done_late", "late_open", "due_open")
NOT_DUE = ("open_not_due", "not_reported")
UNDATED = ("done_undated", "open_undated", "not_reported_undated")
CAPTIONS = {
    "zh": ("已到期（按时完成含提前完成的任务）", "尚未到期", "完成时限无具体日期"),
    "en": (
        "Due (done on time includes the tasks done before their deadline)",
        "Not yet due",
        "Deadline with no date",
    ),
}


@pytest.fixture
def ledger(tmp_path, monkeypatch):
    path = tmp_path / "example.json"
    path.write_text(tracking.dumps(tracking.Ledger(PLAN, REPORTS)), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "120")
    return str(path)


def _tables(text, captions, *, whole=False):
    """The data rows of each table under *captions*, split at runs of spaces.

    *whole*: each table's lines as printed, its header included.
    """
    lines = text.splitlines()
    found = []
    for caption in captions:
        start = lines.index(caption) + 1 + (not whole)  # the caption, then the header
        rows = []
        for line in lines[start:]:
            if not line.strip() or line.startswith(("注：", "Notes:")):
                break
            rows.append(line if whole else line.split())
        found.append(rows)
    return found


def _rate(score):
    # Half up, as the note's percentages are (13% for 1/8); — with nothing done or due.
    rate = score["on_time_rate"]
    if rate is None:
        return "—"
    return f"{decimal.Decimal(str(rate * 100)).quantize(0, decimal.ROUND_HALF_UP)}%"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("action", ["status", "scorecard"])
def test_no_line_of_a_table_is_wider_than_the_terminal(ledger, lang, action):
    text = ok("--lang", lang, "track", action, ledger, "--as-of", AS_OF)
    # The tables' lines: the notes above and under them are prose, which a terminal
    # wraps at its spaces and punctuation as it would any sentence.
    lines = [line for table in _tables(text, CAPTIONS[lang], whole=True) for line in table]
    assert len(lines) > 3 * 4
    assert max(wcwidth.wcswidth(line) for line in lines) <= 120
    # Split, not cut: each group's caption is printed.
    assert all(caption in text.splitlines() for caption in CAPTIONS[lang])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_count_of_the_status_is_in_its_group(ledger, lang):
    text = ok("--lang", lang, "track", "status", ledger, "--as-of", AS_OF)
    rows = json.loads(ok("track", "status", ledger, "--as-of", AS_OF, "--json"))
    due, not_due, undated = _tables(text, CAPTIONS[lang])
    assert len(due) == len(not_due) == len(undated) == len(rows) == 4
    for row, a, b, c in zip(rows, due, not_due, undated, strict=True):
        # Each table repeats the part and its tasks (the wide table's 合计).
        for part in (a, b, c):
            assert part[:2] == [row["label"], str(row["total"])]
        assert a[2:] == [str(row[k]) for k in DUE]
        assert b[2:] == [str(row[k]) for k in NOT_DUE]
        assert c[2:] == [str(row[k]) for k in UNDATED]


def _score_rows(units):
    """(rank, unit, role, score) for each line of the scorecard, as --json gives them."""
    found = []
    for unit in units:
        roles = list(unit["roles"].items())
        for role, score in roles:
            found.append((unit, role, score))
        if len(roles) > 1:
            found.append((unit, "total", unit["total"]))
    return found


def test_every_count_of_the_scorecard_is_in_its_group(ledger):
    text = ok("--lang", "zh", "track", "scorecard", ledger, "--as-of", AS_OF)
    units = json.loads(ok("track", "scorecard", ledger, "--as-of", AS_OF, "--json"))
    due, not_due, undated = _tables(text, CAPTIONS["zh"])
    expected = _score_rows(units)
    assert len(due) == len(not_due) == len(undated) == len(expected)
    roles = {"lead": "牵头", "responsible": "负责", "support": "配合", "total": "合计"}
    for (unit, role, score), a, b, c in zip(expected, due, not_due, undated, strict=True):
        first = role == next(iter(unit["roles"]))
        rank = str(unit["rank"]) if unit["rank"] is not None else "不参与排名"
        keys = [rank, unit["unit"]] if first else []
        keys += [roles[role], str(score["tasks"])]
        for part in (a, b, c):
            assert part[: len(keys)] == keys
        n = len(keys)
        assert a[n:] == [*(str(score[k]) for k in DUE), _rate(score)]
        assert b[n:] == [str(score[k]) for k in NOT_DUE]
        assert c[n:] == [*(str(score[k]) for k in UNDATED), str(score["unreported"])]


def test_a_wide_terminal_keeps_one_table(ledger, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    text = ok("--lang", "zh", "track", "scorecard", ledger, "--as-of", AS_OF)
    assert "尚未到期" not in text.splitlines()
    assert any(line.startswith("排名") and "未报送（未到期）" in line for line in text.splitlines())


def test_a_column_in_no_group_is_refused():
    from dg_plan._cli.terminal import split_table  # noqa: PLC0415

    rows = [["a" * 100, "b" * 100, "c"], ["1", "2", "3"]]
    with pytest.raises(ValueError, match="every column"):
        split_table(rows, [(0, "a")], [("B", [(1, "b")])])
