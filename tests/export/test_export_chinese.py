"""The plan's tabular exports in Chinese (issue 23): headers and values follow the language.

Each file is read back by another reader than the writer: the csv module for CSV,
python-calamine for xlsx. The expected words are the glossary's (序号, 完成时限, 牵头单位,
负责单位, 配合单位, 主责单位, 所属统称) and the print's (牵头, 负责, 配合); a day in text is
written as the print writes it (2023年12月31日).
"""

from __future__ import annotations

import csv
import datetime
import io

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

import dg_plan
from dg_plan import DeadlineKind, InvalidQueryError, Role, UnitKind, export
from helpers.cli import call
from helpers.glossary import terms

PLAN = dg_plan.load_plan()
TERM = {t.concept: t.chinese for t in terms()}

WIDE_ZH = [
    TERM["number"],
    TERM["part"],
    TERM["section"],
    "章节标题",
    TERM["deadline"],
    "完成时限类型",
    "到期日期",
    TERM["lead"],
    TERM["responsible"],
    TERM["support"],
    TERM["accountable"],
    "涉及平台",
    TERM["text"],  # the print's heading 主要任务
    "页码",
]
LONG_ZH = [
    TERM["number"],
    "单位",
    TERM["role"],
    "是否" + TERM["accountable"],
    "单位类型",
    "排列顺序",
    TERM["part"],
    TERM["section"],
    TERM["deadline"],
    "完成时限类型",
    "到期日期",
]
# The print's role words, and the kinds as the command line's unit listing names them.
ROLE_ZH = {Role.LEAD: "牵头", Role.RESPONSIBLE: "负责", Role.SUPPORT: "配合"}
KIND_ZH = {
    DeadlineKind.DATE: "具体日期",
    DeadlineKind.ONGOING: "持续推进",
    DeadlineKind.WHEN_APPROPRIATE: "适时推进",
    DeadlineKind.UNSPECIFIED: TERM["unspecified"],
}
UNIT_KIND_ZH = {
    UnitKind.PARTY: "省委部门",
    UnitKind.GOVERNMENT: "省政府部门",
    UnitKind.CENTRAL: "中央驻豫单位",
    UnitKind.LOCAL: "地方政府",
    UnitKind.COLLECTIVE: TERM["collective"],
    UnitKind.PEOPLES_ORGANIZATION: "人民团体",
    UnitKind.UNCLASSIFIED: "未归类",
}


def _day(date: datetime.date | None) -> str:
    return "" if date is None else f"{date.year}年{date.month}月{date.day}日"


def _csv(form="wide", **options) -> list[list[str]]:
    buffer = io.StringIO(newline="")
    export.to_csv(PLAN, buffer, form, **options)
    return list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))


def test_the_wide_csv_in_chinese():
    rows = _csv(lang="zh")
    assert rows[0] == WIDE_ZH
    assert len(rows) == 1 + len(PLAN.tasks)
    for values, task in zip(rows[1:], PLAN.tasks, strict=True):
        row = dict(zip(WIDE_ZH, values, strict=True))
        assert row["序号"] == str(task.number)
        assert row["完成时限"] == str(task.deadline)
        assert row["完成时限类型"] == KIND_ZH[task.deadline.kind]
        assert row["到期日期"] == _day(task.deadline.date)
        assert row["牵头单位"] == "、".join(u.name for u in task.leads)
        assert row["主责单位"] == "、".join(u.name for u in task.accountable)
        assert row["主要任务"] == task.text
    # Task 18: 2023年12月底前, the day in the print's way.
    assert dict(zip(WIDE_ZH, rows[18], strict=True))["到期日期"] == "2023年12月31日"


def test_the_long_csv_in_chinese():
    rows = _csv("long", lang="zh")
    assert rows[0] == LONG_ZH
    expected = [
        (
            str(t.number),
            u.name,
            ROLE_ZH[t.role_of(u)],
            "是" if u in t.accountable else "否",
            UNIT_KIND_ZH[u.kind],
            _day(t.deadline.date),
        )
        for t in PLAN.tasks
        for u in t.units
    ]
    assert [(r[0], r[1], r[2], r[3], r[4], r[10]) for r in rows[1:]] == expected


def test_english_stays_the_default_and_a_bad_language_is_refused():
    for form in ("wide", "long"):
        default = io.BytesIO()
        export.to_csv(PLAN, default, form, bom=True)
        english = io.BytesIO()
        export.to_csv(PLAN, english, form, bom=True, lang="en")
        assert default.getvalue() == english.getvalue()
    assert _csv()[0] == list(export.WIDE_COLUMNS)
    assert _csv("long")[1][2:4] == ["lead", "True"]
    with pytest.raises(InvalidQueryError):
        export.to_csv(PLAN, io.StringIO(), lang="fr")
    with pytest.raises(InvalidQueryError):
        export.to_excel(PLAN, io.BytesIO(), lang="fr")


def test_the_workbook_in_chinese(tmp_path):
    path = tmp_path / "plan.xlsx"
    export.write(PLAN, "xlsx", path, lang="zh")
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["任务", "职责分工", "单位", "平台"]
    tasks = book.get_sheet_by_name("任务").to_python()
    assert tasks[0] == WIDE_ZH
    for values, task in zip(tasks[1:], PLAN.tasks, strict=True):
        row = dict(zip(WIDE_ZH, values, strict=True))
        assert row["序号"] == task.number
        assert row["完成时限类型"] == KIND_ZH[task.deadline.kind]
        # The due day stays a real date, for sorting and filtering.
        assert row["到期日期"] == (task.deadline.date or "")
    long = book.get_sheet_by_name("职责分工").to_python()
    assert long[0] == LONG_ZH
    assert [(r[2], r[3], r[4]) for r in long[1:]] == [
        (ROLE_ZH[t.role_of(u)], "是" if u in t.accountable else "否", UNIT_KIND_ZH[u.kind])
        for t in PLAN.tasks
        for u in t.units
    ]
    units = book.get_sheet_by_name("单位").to_python()
    assert units[0][:3] == ["简称", "全称", "单位类型"]
    assert units[0][6] == TERM["member_of"]
    assert [r[2] for r in units[1:]] == [UNIT_KIND_ZH[u.kind] for u in PLAN.units]
    platforms = book.get_sheet_by_name("平台").to_python()
    assert platforms[0][:2] == ["平台名称", "平台类型"]
    assert "移动应用" in {r[1] for r in platforms[1:]}  # 豫事办, an app
    # Shown as the print writes a day: the cell's format, read by openpyxl.
    sheet = openpyxl.load_workbook(path)["任务"]
    assert sheet["G2"].number_format == 'yyyy"年"m"月"d"日"'


def test_the_command_line_exports_in_its_language(tmp_path):
    zh, en = tmp_path / "zh.csv", tmp_path / "en.csv"
    assert call("--lang", "zh", "export", "csv", str(zh)).returncode == 0
    assert call("--lang", "en", "export", "csv", str(en)).returncode == 0
    with zh.open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == WIDE_ZH
    with en.open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == list(export.WIDE_COLUMNS)
    book = tmp_path / "plan.xlsx"
    assert call("--lang", "zh", "export", "xlsx", str(book)).returncode == 0
    assert CalamineWorkbook.from_path(str(book)).sheet_names[0] == "任务"


def test_the_chinese_exports_number_parts_and_sections_as_the_print(tmp_path):
    """部分 and 章节 read 一 and 一、（一）, as the print numbers them; ids stay in English.

    The part's cell is its numeral alone (一): the print's 、 parts a number from its
    heading, and the cell holds none (issue 23's sixth reader).

    The print sets its four parts as 一、 to 四、 and a subsection as （一）… under its
    part; task 18 is printed under 一、（一） (page 47) and subsection 3.4 is 三、（四）
    推进政务治理“一网智管”. An English export keeps the ids (1, 1.1) that --section takes.
    """
    in_3_4 = PLAN.section("3.4").tasks[0].number
    wide = [dict(zip(WIDE_ZH, r, strict=True)) for r in _csv(lang="zh")[1:]]
    assert (wide[17]["部分"], wide[17]["章节"]) == ("一", "一、（一）")
    assert (wide[in_3_4 - 1]["部分"], wide[in_3_4 - 1]["章节"]) == ("三", "三、（四）")
    assert {r["部分"] for r in wide} == {"一", "二", "三", "四"}
    for row in wide:  # the section's own number is the one its printed title opens with
        assert row["章节"].startswith(row["部分"] + "、")
        assert row["章节标题"].startswith(row["章节"][len(row["部分"]) + 1 :])
    long = _csv("long", lang="zh")
    assert {tuple(r[6:8]) for r in long[1:] if r[0] == "18"} == {("一", "一、（一）")}
    english = _csv()
    assert english[18][1:3] == ["1", "1.1"]
    assert _csv("long")[1][6:8] == ["1", "1.1"]
    book = tmp_path / "plan.xlsx"
    assert call("--lang", "zh", "export", "xlsx", str(book)).returncode == 0
    tasks = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("任务").to_python()
    assert tasks[in_3_4][1:3] == ["三", "三、（四）"]
