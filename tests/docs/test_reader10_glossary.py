"""The tenth reader: the glossary's 主责单位 names the 配合单位 of a task with no other unit."""

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_accountable_units_include_supporting_units_where_no_other():
    po = (ROOT / "docs/locale/zh_CN/LC_MESSAGES/glossary.po").read_text("utf-8")
    assert "牵头单位、负责单位均无的，为其配合单位。" in po
    with (ROOT / "src/dg_plan/data/glossary.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f) if r and r[0] == "accountable"]
    assert len(rows) == 1
    assert "supporting units" in rows[0][-1]
    assert rows[0][-1] in (ROOT / "docs/glossary.md").read_text("utf-8")
