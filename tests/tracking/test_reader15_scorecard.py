"""Reader 15's faults 3 and 6 in the scorecard (issue 23).

Fault 3: the scorecard named 完成情况 with a second set of words beside status's nine
categories; its columns are now those categories, with their names (the glossary's
row 完成情况), and the rate is stated on them. Fault 6: the 排名 column said a sentence
(无报送记录，不参与排名) where the glossary's word is 不参与排名, and the reason was said
twice, in a note and in the paragraph after the notes.
"""

from __future__ import annotations

import datetime

import pytest

from dg_plan import Deadline, Plan, PlanMetadata, Section, Task, Unit, UnitKind
from dg_plan._i18n import using
from dg_plan.tracking import Ledger, Report, Status

# The scorecard's figures are read off its one table (wide_terminal, conftest.py).
pytestmark = pytest.mark.usefixtures("wide_terminal")

DAY = datetime.date(2024, 7, 1)
# Status's nine categories, as the glossary's row 完成情况 lists them.
NINE = [
    "按时完成",
    "逾期完成",
    "逾期未完成",
    "到期未完成",
    "已报送未完成（未到期）",
    "未报送（未到期）",
    "已完成（无具体日期）",
    "已报送未完成（无具体日期）",
    "未报送（无具体日期）",
]


def _book() -> Ledger:
    # 甲局: task 1 due 2024-06 and late (推进中), task 2 due 2024-12 and done early.
    # 乙局: task 3 due 2024-06, no report at all.
    units = {n: Unit(n, kind=UnitKind.GOVERNMENT) for n in ("甲局", "乙局")}
    june, december = Deadline.month_end(2024, 6), Deadline.month_end(2024, 12)
    owners = [(june, "甲局"), (december, "甲局"), (june, "乙局")]
    tasks = tuple(Task(i, f"任务{i}", d, units=(units[n],)) for i, (d, n) in enumerate(owners, 1))
    plan = Plan(
        PlanMetadata(title="by hand"),
        (Section("1", 1, "一", "第一部分", tasks=tasks),),
        tasks,
        units=tuple(units.values()),
    )
    reports = (
        Report(1, "甲局", Status.IN_PROGRESS, DAY),
        Report(2, "甲局", Status.DONE, DAY, completed_on=datetime.date(2024, 6, 20)),
    )
    return Ledger(plan, reports)


def _shown() -> list[str]:
    # The command line's view of a plan made by hand (the ledger's plan is not shipped).
    from dg_plan._cli.results import Scorecard  # noqa: PLC0415
    from dg_plan._cli.track_views import scorecard_text  # noqa: PLC0415

    with using("zh"):
        return scorecard_text(Scorecard("2024-07-01", _book().scorecard(DAY))).splitlines()


def test_the_columns_are_the_nine_categories_and_the_rate_is_stated_on_them():
    lines = _shown()
    # The title, the line saying what the day means (reader 19), the scope, the header.
    header = lines[5].split()
    assert header[4:13] == NINE
    # 甲局: task 2 done early is 按时完成 (as status says), task 1 逾期未完成: 1 of 2.
    first = lines[6].split()
    assert first[:4] == ["1", "甲局", "负责", "2"]
    assert first[4:13] == ["1", "0", "1", "0", "0", "0", "0", "0", "0"]
    assert first[13:] == ["0", "50%"]
    text = "\n".join(lines)
    assert "按时完成率＝按时完成÷（按时完成＋逾期完成＋逾期未完成＋到期未完成）" in text
    for old in ("按时完成（已到期）", "提前完成", "未到期未完成", "未完成且未报送"):
        assert old not in text


def test_not_ranked_is_the_glossarys_word_and_its_reason_is_said_once():
    lines = _shown()
    silent = next(line.split() for line in lines if "乙局" in line)
    assert silent[0] == "不参与排名"
    text = "\n".join(lines)
    assert "无报送记录，不参与排名" not in text
    assert text.count("台账中无任何报送记录的单位") == 1
    assert text.count("列在参与排名的单位之后") == 1


# -- reader 16, fault 16: the scope sentence above the table, note 3 worded plainly ---------
# 只计该单位作为主责单位…… was printed after the notes, detached from the table: it now
# stands above it, as in the report. Note 3's 九列即…… read stilted: 九列与……相同.

SCOPE = (
    "只计该单位作为主责单位（牵头单位；无牵头单位的为负责单位；均无的为配合单位）的任务，"
    "按本单位报送记录计。"
)


def test_what_is_counted_is_said_above_the_table():
    lines = _shown()
    assert lines[0] == "截至2024年7月1日各单位主责任务完成情况"
    # What the day means, in a line of its own under the title (the nineteenth reader).
    assert lines[1].startswith("完成时限在2024年6月30日及以前、尚未完成的任务计为逾期未完成")
    assert lines[3] == SCOPE
    assert lines[5].split()[:2] == ["排名", "单位"]
    assert lines.index("注：") > 4
    assert lines.count(SCOPE) == 1
    # Six notes: the collectives left out are said above the table only (reader 17, fault 6).
    assert lines[-1].startswith("6. 排名依据：")


def test_note_3_says_the_columns_are_the_same_categories():
    text = "\n".join(_shown())
    assert "3. “按时完成”至“未报送（无具体日期）”九列与总体推进情况的九类完成情况相同，" in text
    assert "九列即" not in text
