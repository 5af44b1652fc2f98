"""Every date and period option of dg-plan reads the forms people write, as the library does."""

from __future__ import annotations

import datetime
import re

import pytest

import dg_plan
from dg_plan._dates import read_day
from helpers.chinese import english_left
from helpers.cli import call
from helpers.cli import succeeds as out

# 2024-12-31 as people write it.
DAY_FORMS = [
    "2024-12-31",
    "2024/12/31",
    "2024.12.31",
    "2024年12月31日",
    "2024年12月31",
    " 2024/12/31 ",
]
# Another day, for the other end of a range.
START_FORMS = ["2024-01-01", "2024/1/1", "2024.01.01", "2024年1月1日", "2024-1-1"]
PERIOD_FORMS = [
    ("2024年上半年", "2024H1"),
    ("2024年下半年", "2024H2"),
    ("2024年三季度", "2024Q3"),
    ("2024年第三季度", "2024Q3"),
    ("2024年3季度", "2024Q3"),
    ("2024年第1季度", "2024Q1"),
    ("2024年6月", "2024-06"),
    ("2024年06月", "2024-06"),
    ("2024年6月份", "2024-06"),
    ("2024年", "2024"),
    ("2024年度", "2024"),
    ("2024h1", "2024H1"),
]


@pytest.mark.parametrize("form", DAY_FORMS)
def test_read_day_reads_every_form(form):
    assert read_day(form, "as_of") == datetime.date(2024, 12, 31)


@pytest.mark.parametrize(("form", "canonical"), PERIOD_FORMS)
def test_parse_period_reads_chinese(plan, form, canonical):
    assert dg_plan.parse_period(form) == dg_plan.parse_period(canonical)
    assert plan.due_in(form) == plan.due_in(canonical)


@pytest.mark.parametrize("bad", ["2024年五季度", "2024年13月", "2024年中", "24年上半年", "年"])
def test_parse_period_refuses_other_chinese(bad):
    with pytest.raises(dg_plan.InvalidQueryError):
        dg_plan.parse_period(bad)


@pytest.mark.parametrize("form", DAY_FORMS)
@pytest.mark.parametrize(
    "command",
    [
        ["due", "--by", "{}"],
        ["due", "--overdue", "--as-of", "{}"],
        ["due", "--within", "30", "--as-of", "{}"],
        ["due", "--between", "2024-01-01", "{}"],
    ],
    ids=" ".join,
)
def test_every_due_option_takes_every_day_form(command, form):
    iso = [a.replace("{}", "2024-12-31") for a in command]
    typed = [a.replace("{}", form) for a in command]
    for language in ("en", "zh"):
        assert out("--lang", language, *typed) == out("--lang", language, *iso)
        assert out(*typed, "--json") == out(*iso, "--json")


@pytest.mark.parametrize("form", START_FORMS)
def test_the_start_of_a_range_takes_every_form(form):
    iso = ["due", "--between", "2024-01-01", "2024-06-30", "--json"]
    assert out("due", "--between", form, "2024/06/30", "--json") == out(*iso)


@pytest.mark.parametrize(("form", "canonical"), PERIOD_FORMS)
def test_due_in_takes_every_period_form(form, canonical):
    assert out("due", "--in", form, "--json") == out("due", "--in", canonical, "--json")


@pytest.mark.parametrize("form", DAY_FORMS)
def test_every_track_action_takes_every_day_form(audit_ledger, tmp_path, form):
    _template, ledger = audit_ledger
    for action in ("status", "late"):
        iso = ["track", action, str(ledger), "--as-of", "2024-12-31", "--json"]
        assert out("track", action, str(ledger), "--as-of", form, "--json") == out(*iso)
    zh = out("--lang", "zh", "track", "status", str(ledger), "--as-of", form)
    assert zh == out("--lang", "zh", "track", "status", str(ledger), "--as-of", "2024-12-31")
    template = tmp_path / "t.xlsx"
    out("track", "template", "省审计厅", str(template), "--as-of", form)
    report = tmp_path / "r.html"
    out("--lang", "zh", "track", "report", str(ledger), "--as-of", form, "-o", str(report))
    assert "2024年12月31日" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "argument", "value"),
    [
        (["due", "--by", "2024/13/01"], "日期", "2024/13/01"),
        (["due", "--by", "明天"], "日期", "明天"),
        (["due", "--overdue", "--as-of", "2024年12月"], "统计截止日期", "2024年12月"),
        (["due", "--between", "2024-01-01", "12/31/2024"], "结束日期", "12/31/2024"),
        (["track", "status", "x.json", "--as-of", "31.12.2024"], "统计截止日期", "31.12.2024"),
    ],
)
def test_a_date_that_is_none_of_these_is_a_usage_error(args, argument, value):
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 2
    error = zh.stderr.splitlines()[-1]
    # A month 13 reads as a date, one that does not exist (the English: "impossible day").
    reason = (
        "不存在（月份应为1至12），请填写实际存在的日期"
        if "/13/" in value
        else "不是有效日期，请写作.+"
    )
    assert re.fullmatch(rf"dg-plan [a-z ]+：错误：{argument}“{re.escape(value)}”{reason}", error)
    if "/13/" not in value:
        assert error.endswith("请写作2024年12月31日、2024-12-31、2024/12/31或2024.12.31")
    assert english_left(zh.stderr, {"status"}) == set()
    en = call("--lang", "en", *args).stderr.splitlines()[-1]
    assert repr(value) in en
    assert "2024/12/31" in en or "impossible day" in en


def test_a_period_that_is_none_of_these_names_the_forms():
    zh = call("--lang", "zh", "due", "--in", "2024年五季度").stderr.splitlines()[-1]
    assert zh.endswith(
        # The Chinese forms first; the short forms as also accepted.
        "无法识别，请写作2024年、2024年上半年、2024年第三季度或2024年6月"
        "（也可写作2024H1、2024Q3、2024-06）"
    )
    en = call("--lang", "en", "due", "--in", "2024年五季度").stderr
    assert "'2024年上半年'" in en


@pytest.mark.parametrize(("start", "end"), list(zip(START_FORMS, DAY_FORMS, strict=False)))
def test_tasks_from_and_to_take_every_day_form(start, end):
    # tasks --from/--to were left out at first (found by a user trial).
    iso = out("tasks", "--from", "2024-01-01", "--to", "2024-12-31", "--json")
    assert out("tasks", "--from", start, "--to", end, "--json") == iso
    assert '"number"' in iso
