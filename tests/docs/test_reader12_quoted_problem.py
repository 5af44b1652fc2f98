"""The Chinese tracking page quotes the problem collect prints (the twelfth reader's fault 12).

The page said a problem reads “报送‘已完成’须填写完成日期（工作完成的日期）”, which
the tool does not print: collect says 状态为“已完成”的，须填写完成日期. The quote is
taken from the page's catalog and looked for in what collect prints for a 已完成 row
with no day.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import dg_plan
from dg_plan import tracking
from helpers.cli import call
from helpers.workbooks import fill

pytest.importorskip("openpyxl")

CATALOG = Path(__file__).parents[2] / "docs/locale/zh_CN/LC_MESSAGES/tracking.po"


def _quoted() -> str:
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    (said,) = [
        str(m.string)
        for m in catalog
        if m.id and "A problem found in a returned file names the column" in str(m.id)
    ]
    quote = re.search(r"报回文件中的问题按文件中的列名称呼，如“(.*?)”。", said)
    assert quote is not None, said
    # A quote inside a quote is in single marks: the tool's own are double.
    return quote[1].replace("‘", "“").replace("’", "”")


def test_the_page_quotes_what_collect_prints(tmp_path):
    path = tmp_path / "省审计厅.xlsx"
    tracking.write_template(
        dg_plan.load_plan(), "省审计厅", path, as_of=datetime.date(2024, 12, 31)
    )
    fill(path, {50: ("已完成",)})  # done, with no day
    found = call("--lang", "zh", "track", "collect", str(path), "-o", str(tmp_path / "l.json"))
    quoted = _quoted()
    assert quoted == "状态为“已完成”的，须在“完成（预计完成）日期”列填写实际完成的日期"
    assert quoted in found.stdout, found.stdout
