"""The tenth reader's findings on the notices (退回修改通知)."""

from dg_plan._i18n import using
from dg_plan._tracking_problems import problem
from dg_plan.tracking.notices import _requirement


def test_a_bad_day_asks_for_one_form_of_day():
    found = problem("bad_day", "明年", file="a.xlsx", row=5, column="完成日期")
    with using("zh"):
        text = _requirement(found, {})
    # Every cell of the notice's table ends its sentence with 。 (reader 13).
    assert text == "不是有效日期，请按“2024年12月15日”的格式填写。"


def test_a_day_number_asks_for_one_form_of_day():
    found = problem("day_number", 45000, file="a.xlsx", row=5, column="完成日期", day="2023-03-15")
    with using("zh"):
        text = _requirement(found, {})
    assert text.endswith("，请按“2024年12月15日”的格式填写。")
    assert text.count("2024年12月15日") == 1
    assert "2023年3月15日" in text


def test_a_day_after_the_round_agrees_with_the_template():
    # The template's row 3: 推进中、未启动的可在“完成（预计完成）日期”列填写预计完成日期
    # （如2025年6月底前）.
    found = problem(
        "done_after_report_cell",
        "2025-01-05",
        file="a.xlsx",
        row=5,
        column="完成日期",
        as_of="2024-12-31",
        heading="完成日期",
    )
    with using("zh"):
        text = _requirement(found, {})
    assert "留空" not in text
    assert text == (
        "完成日期应不晚于2024年12月31日（本表统计截止日期）。"
        "如该任务在统计截止日期后才完成，本轮应填“推进中”，"
        "“完成（预计完成）日期”列可填写预计完成日期（如2025年6月底前）。"
    )
