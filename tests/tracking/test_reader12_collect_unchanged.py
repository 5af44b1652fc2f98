"""collect --into with nothing new says so and leaves the ledger as it was (reader 12, fault 19).

The twelfth reader collected a file the ledger already held (a copy, skipped) into
ledger4.json and read 已写入台账 ledger4.json，本轮没有文件汇入。: "written" for a ledger
nothing was added to. The rule: when the ledger added to would be written with the
same text, it is not written at all, and the line says 本轮没有新文件汇入，台账
ledger4.json 未作改动。 (English: no new file …, ledger4.json is unchanged).
"""

from __future__ import annotations

import datetime
import os

import pytest

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill

pytest.importorskip("openpyxl")

PLAN = dg_plan.load_plan()
AUDIT = "省审计厅"  # one task: 50
DECEMBER = datetime.date(2024, 12, 31)


def test_a_copy_into_the_ledger_changes_nothing_and_says_so(tmp_path):
    path = tmp_path / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=DECEMBER)
    fill(path, {50: ("推进中",)})
    ledger = tmp_path / "ledger4.json"
    assert call("track", "collect", str(path), "-o", str(ledger)).returncode == 0
    before = ledger.read_bytes()
    os.utime(ledger, (1_000_000_000, 1_000_000_000))
    zh = call("--lang", "zh", "track", "collect", str(path), "--into", str(ledger))
    assert zh.returncode == 0, zh.stderr
    assert f"本轮没有新文件汇入，台账“{ledger}”未作改动。" in zh.stdout
    assert "已写入" not in zh.stdout
    # Not written: the same bytes, the same modification time.
    assert ledger.read_bytes() == before
    assert ledger.stat().st_mtime == 1_000_000_000
    en = call("track", "collect", str(path), "--into", str(ledger))
    assert f"No new file read into the ledger this round: {ledger} is unchanged." in en.stdout
    assert "Wrote" not in en.stdout.splitlines()[0]


def test_a_blank_file_into_the_ledger_says_what_the_ledger_now_holds(tmp_path):
    # final13, stumble 5: 已写入台账 L2.json，本轮没有文件汇入。 -- "written what?". A blank
    # file is set aside (nothing to read in), and that record is what the ledger gains.
    path = tmp_path / f"{AUDIT}.xlsx"
    tracking.write_template(PLAN, AUDIT, path, as_of=DECEMBER)
    fill(path, {50: ("推进中",)})
    ledger = tmp_path / "L2.json"
    assert call("track", "collect", str(path), "-o", str(ledger)).returncode == 0
    blank = tmp_path / "returned" / "省气象局.xlsx"
    blank.parent.mkdir()
    tracking.write_template(PLAN, "省气象局", blank, as_of=DECEMBER)
    other = tmp_path / "L3.json"
    other.write_bytes(ledger.read_bytes())
    zh = call("--lang", "zh", "track", "collect", str(blank), "--into", str(ledger))
    first = zh.stdout.splitlines()[0]
    assert first == f"本轮没有文件汇入；台账“{ledger}”已记下搁置待退回修改的文件。", zh.stdout
    assert "已写入" not in zh.stdout
    en = call("track", "collect", str(blank), "--into", str(other)).stdout.splitlines()[0]
    assert en == (
        f"No file of this round read into the ledger; {other} now records the files set "
        "aside, to be sent back for correction."
    )
