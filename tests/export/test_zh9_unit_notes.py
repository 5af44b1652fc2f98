"""The 单位 sheet's notes read as an office writes (issue 23, reader 10 fault 15).

The notes are the data's (dg_plan_data catalog); expected wording from the reader's
request: 该局是…, 尚无可引用的…来源, 注意与…相区别.
"""

from __future__ import annotations

import openpyxl

from helpers.cli import ok


def _notes(tmp_path):
    path = tmp_path / "plan.xlsx"
    ok("--lang", "zh", "export", "xlsx", str(path))
    sheet = openpyxl.load_workbook(path)["单位"]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    name, note = head.index("简称"), head.index("备注")
    return {r[name]: r[note] or "" for r in rows[1:]}


def test_the_unit_notes_are_not_colloquial(tmp_path):
    notes = _notes(tmp_path)
    for text in notes.values():
        for colloquial in ("它", "手头", "不要与", "混淆"):
            assert colloquial not in text, text
    assert "该局是省委机要局对外加挂的政府序列牌子" in notes["省密码管理局"]
    assert "该局是省委保密委员会办公室（省委保密办）对外加挂的政府序列牌子" in notes["省国家保密局"]
    assert notes["省统计局"] == "省政府直属机构；注意与垂直管理的国家统计局河南调查总队相区别。"
    assert "尚无可引用的河南承继机构来源" in notes["省地方金融监管局"]
