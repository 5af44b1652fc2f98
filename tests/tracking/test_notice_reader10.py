"""The tenth reader's findings on the notices (退回修改通知)."""

from dg_plan._i18n import using
from dg_plan._tracking_problems import problem
from dg_plan.tracking.notices import _requirement


def test_a_bad_day_asks_for_one_form_of_day():
    found = problem("bad_day", "明年", file="a.xlsx", row=5, column="完成日期")
    with using("zh"):
        text = _requirement(found, {})
    assert text == "不是有效日期，请按“2024年12月15日”的格式填写"


def test_a_day_number_asks_for_one_form_of_day():
    found = problem("day_number", 45000, file="a.xlsx", row=5, column="完成日期", day="2023-03-15")
    with using("zh"):
        text = _requirement(found, {})
    assert text.endswith("，请按“2024年12月15日”的格式填写")
    assert text.count("2024年12月15日") == 1
    assert "2023年3月15日" in text
