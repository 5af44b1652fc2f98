"""Issue 21, the round-10 clerk's and reader's findings, each fixed by a stated rule.

1. A late correction of an earlier round that a later round's report contradicts is
   warned at collect, as the other way round is; its line does not call it this round's.
"""

from __future__ import annotations

import datetime

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import BIANBAN, PLAN
from helpers.workbooks import fill

D = datetime.date
JUNE, JULY = D(2024, 6, 30), D(2024, 7, 31)


# -- 1. a late correction contradicted by a later round -----------------------------------


def _two_rounds(tmp_path):
    """A ledger of 省委编办's two rounds: task 53 done on 2024-07-08, said in July's."""
    book = tracking.Ledger(
        PLAN,
        [
            tracking.Report(53, BIANBAN, tracking.Status.IN_PROGRESS, JUNE),
            tracking.Report(53, BIANBAN, tracking.Status.DONE, JULY, completed_on=D(2024, 7, 8)),
        ],
    )
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(book), encoding="utf-8")
    return path


def test_a_late_correction_contradicted_by_a_later_round_is_warned(tmp_path):
    book = _two_rounds(tmp_path)
    # The corrected June file: done on 2024-05-10, where July's says done on 2024-07-08.
    corrected = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, corrected, as_of=JUNE)
    fill(corrected, {53: ("已完成", D(2024, 5, 10))})
    result = call(
        "--lang", "zh", "track", "collect", str(corrected), "--into", str(book), "--replace"
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"与{BIANBAN}截至2024年7月31日对第53项任务的后一轮报送记录（已完成，2024年7月8日完成）矛盾"
        in result.stderr
    ), result.stderr
    assert "请向该单位核实以哪次为准" in result.stderr
    # Not "this round's" file: June's, before the ledger's latest round.
    assert "本轮" not in result.stdout, result.stdout
    assert "截至2024年6月30日" in result.stdout, result.stdout


def test_a_late_correction_that_agrees_with_the_later_round_is_not_warned(tmp_path):
    book = _two_rounds(tmp_path)
    corrected = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, corrected, as_of=JUNE)
    fill(corrected, {53: ("推进中",)})
    result = call(
        "--lang", "en", "track", "collect", str(corrected), "--into", str(book), "--replace"
    )
    assert result.returncode == 0, result.stderr
    assert "later report" not in result.stderr
