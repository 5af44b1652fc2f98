"""The summary a supervisor reads: a partition with exact labels, and why a task stands so."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dg_plan
from dg_plan import Deadline, Plan, PlanMetadata, Section, Task, Unit, UnitKind, tracking
from dg_plan.strategies import ledgers
from dg_plan.tracking import Ledger, Report, Status, SummaryRow
from helpers.cli import call

ROOT = Path(__file__).resolve().parents[2]
PLAN = dg_plan.load_plan()
DAYS = st.dates(datetime.date(2022, 6, 1), datetime.date(2027, 6, 30))
AS_OF = datetime.date(2024, 12, 31)

# The words a supervisor reads, as decided (issue 14's user trial).
ZH = {
    "done_on_time": "按时完成",
    "done_late": "逾期完成",
    "late_open": "逾期未完成",
    "due_open": "到期未完成",  # due on the as-of day itself (issue 21)
    "open_not_due": "已报送未完成（未到期）",
    "not_reported": "未报送（未到期）",
    # A task whose deadline is no date: neither early nor not yet due (reader 13, fault 2).
    "done_undated": "已完成（无具体日期）",
    "open_undated": "已报送未完成（无具体日期）",
    "not_reported_undated": "未报送（无具体日期）",
}


@given(ledgers(), DAYS)
def test_the_categories_partition_the_tasks(ledger, day):
    plan = ledger.plan
    statuses = {t.number: ledger.status_of(t, as_of=day) for t in plan.tasks}
    category = ledger.classify(day)
    assert set(category.values()) <= set(tracking.CATEGORIES)
    for by in ("part", "deadline"):
        rows = ledger.summary(day, by=by)
        assert sum(r.total for r in rows) == len(plan.tasks)
        for row in rows:
            assert sum(getattr(row, c) for c in tracking.CATEGORIES) == row.total
            assert 0 <= row.late_not_reported <= row.late_open
        # Not reported at all: every task nobody reported on, late or not.
        assert sum(r.not_reported_at_all for r in rows) == sum(s is None for s in statuses.values())
        assert sum(r.late_not_reported for r in rows) == sum(
            statuses[t.number] is None for t in ledger.late(day)
        )
        for name in tracking.CATEGORIES:
            assert sum(getattr(r, name) for r in rows) == sum(c == name for c in category.values())
    for row in ledger.summary(day, by="unit"):
        tasks = plan.tasks_for(row.key)
        assert sum(getattr(row, c) for c in tracking.CATEGORIES) == row.total == len(tasks)
        own = [ledger.status_of(t, row.key, as_of=day) for t in tasks]
        assert row.not_reported_at_all == sum(s is None for s in own)


@given(ledgers(), st.one_of(st.none(), DAYS))
def test_explain_agrees_with_status_of(ledger, day):
    for task in ledger.plan.tasks:
        why = ledger.explain(task, as_of=day)
        assert why.status is ledger.status_of(task, as_of=day)
        assert why.completed_on == ledger.completed_on(task, as_of=day)
        counted = [u for u in why.units if u.counted]
        assert len(counted) == why.counted == len(ledger._reporters(task))
        statuses = [u.status for u in counted]
        # The rule, recomputed from the units' own statuses.
        if all(s is Status.DONE for s in statuses):
            assert why.rule == "all_done"
        elif all(s is None for s in statuses):
            assert why.rule == "none_reported"
        elif all(s in (None, Status.NOT_STARTED) for s in statuses):
            assert why.rule == "all_not_started"
        else:
            assert why.rule == "not_all_done"
        for unit in why.units:
            if not unit.through_collective:
                assert unit.status is ledger.status_of(task, unit.unit, as_of=day)


def test_the_basis_line_says_what_each_unit_reported(tmp_path):
    # The ninth reader: a unit does not 已完成 or 推进中, it reports so (报送“已完成”).
    reports = [
        Report(5, "省市场监管局", Status.IN_PROGRESS, AS_OF),
        Report(5, "省行政审批政务信息管理局", Status.NOT_STARTED, AS_OF),
    ]
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(Ledger(PLAN, reports)), encoding="utf-8")
    args = ("track", "status", str(path), "--as-of", "2024-12-31", "--task", "5")
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 0, zh.stderr
    assert (
        "2个主责单位中，1个单位已报送“推进中”，1个单位已报送“未启动”，故任务状态为推进中；"
        in zh.stdout
    )


def test_co_leads_one_done_one_silent_is_in_progress_and_says_why(tmp_path):
    # Task 5 has two leads; one reports DONE, the other nothing.
    ledger = Ledger(PLAN, [Report(5, "省市场监管局", Status.DONE, AS_OF, completed_on=AS_OF)])
    why = ledger.explain(5, as_of=AS_OF)
    assert why.status is Status.IN_PROGRESS
    assert (why.rule, why.counted, why.done, why.silent) == ("not_all_done", 2, 1, 1)
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger), encoding="utf-8")
    args = ("track", "status", str(path), "--as-of", "2024-12-31", "--task", "5")
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 0, zh.stderr
    # No unit said 推进中 (the fifteenth reader): the task is 部分单位已完成, counted.
    head = (
        "第5项任务（2024年6月底前）：部分单位已完成（1个单位已完成、1个单位未报送）；"
        "计为“逾期未完成”"
    )
    assert head in zh.stdout
    assert (
        "2个主责单位中，1个单位已报送“已完成”，1个单位未报送，故任务状态为部分单位已完成；"
        in zh.stdout
    )
    assert re.search(r"省行政审批政务信息管理局 +牵头 +是 +未报送", zh.stdout)
    assert re.search(r"省市场监管局 +牵头 +是 +已完成 +2024年12月31日 +2024年12月31日", zh.stdout)
    en = call("--lang", "en", *args)
    assert "of the 2 accountable units, 1 reported done" in en.stdout
    as_json = call("--lang", "zh", *args, "--json").stdout
    assert as_json == call("--lang", "en", *args, "--json").stdout
    (found,) = json.loads(as_json)
    assert found["rule"] == "not_all_done"
    assert [(u["unit"], u["status"]) for u in found["units"]] == [
        ("省行政审批政务信息管理局", None),
        ("省市场监管局", "done"),
    ]
    # The unit's view shows its own status next to the task's.
    unit = call(
        "--lang",
        "zh",
        "track",
        "status",
        str(path),
        "--as-of",
        "2024-12-31",
        "--unit",
        "省市场监管局",
        "--json",
    )
    row = next(r for r in json.loads(unit.stdout) if r["task"] == 5)
    assert (row["status"], row["task_status"]) == ("done", "in_progress")


def test_a_member_city_takes_its_collectives_report(tmp_path):
    # Task 11: 各省辖市政府 leads with others; its report stands for every silent city.
    collective = "各省辖市政府"
    ledger = Ledger(PLAN, [Report(11, collective, Status.IN_PROGRESS, AS_OF)])
    why = ledger.explain(11, as_of=AS_OF)
    through = [u for u in why.units if u.through_collective]
    assert through
    assert all(u.via == collective and u.status is Status.IN_PROGRESS for u in through)
    assert why.status is Status.IN_PROGRESS


def test_the_labels_are_the_same_words_everywhere(tmp_path):
    assert dict(tracking.category_labels("zh")) == ZH
    assert dict(tracking.CATEGORY_LABELS) == ZH
    en = tracking.category_labels("en")
    assert len(set(en.values())) == len(set(ZH.values())) == 9
    ledger = Ledger(PLAN, [Report(5, "省市场监管局", Status.DONE, AS_OF, completed_on=AS_OF)])
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger), encoding="utf-8")
    docs = (ROOT / "docs" / "tracking.md").read_text("utf-8")
    for lang in ("zh", "en"):
        labels = [*tracking.category_labels(lang).values(), *tracking.not_reported_labels(lang)]
        args = ("--lang", lang, "track")
        text = call(*args, "status", str(path), "--as-of", "2024-12-31").stdout
        html_path, xlsx_path = tmp_path / f"{lang}.html", tmp_path / f"{lang}.xlsx"
        for out in (html_path, xlsx_path):
            assert (
                call(*args, "report", str(path), "--as-of", "2024-12-31", "-o", str(out)).returncode
                == 0
            )
        page = html_path.read_text("utf-8")
        headline = re.findall(r"<dt[^>]*>([^<]+)</dt>", page)
        wb = openpyxl.load_workbook(xlsx_path)
        cells = {c for ws in wb for row in ws.iter_rows(values_only=True) for c in row}
        tab = {"zh": "一、（一）按部分统计", "en": "1(1) By part"}[lang]
        header = next(wb[tab].iter_rows(values_only=True))
        for label in labels:
            assert label in text, (lang, label)
            assert label in headline, (lang, label)
            assert label in cells, (lang, label)
            assert label in docs, (lang, label)
        assert list(header[1:10]) == list(tracking.category_labels(lang).values())
    # The docs' table of categories names each in both languages, row by row.
    for name in tracking.CATEGORIES:
        row = f"| `{name}` | {tracking.category_labels('zh')[name]} | {en[name]} |"
        assert row in docs, row


def test_a_summary_row_checks_its_counts():
    with pytest.raises(dg_plan.ValidationError):
        SummaryRow("k", "k", 1, 0, 1, 0, 0, late_not_reported=2)
    with pytest.raises(dg_plan.ValidationError):
        SummaryRow("k", "k", -1, 0, 0, 0, 0)
    with pytest.raises(dg_plan.InvalidTypeError):
        SummaryRow("k", "k", 1.0, 0, 0, 0, 0)  # type: ignore[arg-type]
    row = SummaryRow("k", "k", 1, 2, 3, 4, 5, late_not_reported=3)
    assert (row.total, row.not_reported_at_all) == (15, 7)


def test_a_member_of_two_named_collectives_answers_alike_in_every_view():
    # Found by test_the_categories_partition_the_tasks: a city belongs to two
    # collectives that one task names in another order than the registry lists them,
    # and only the one the task names first reports. The city's own status and the
    # per-unit summary must read the same collective's report: it is reported
    # (推进中 here), not "not reported".
    cities = Unit("各省辖市政府", kind=UnitKind.COLLECTIVE, members=("洛阳市人民政府",))
    counties = Unit("各县（市、区）政府", kind=UnitKind.COLLECTIVE, members=("洛阳市人民政府",))
    luoyang = Unit(
        "洛阳市人民政府", kind=UnitKind.LOCAL, member_of=("各省辖市政府", "各县（市、区）政府")
    )
    task = Task(
        1, "任务1", Deadline.month_end(2024, 6), units=(counties, cities), leads=(counties,)
    )
    section = Section("1", 1, "一", "第一部分", tasks=(task,))
    plan = Plan(
        PlanMetadata(title="by hand"), (section,), (task,), units=(cities, counties, luoyang)
    )
    day = datetime.date(2024, 3, 1)
    ledger = Ledger(plan, (Report(1, "各县（市、区）政府", Status.IN_PROGRESS, day),))
    assert ledger.status_of(1, "洛阳市人民政府", as_of=day) is Status.IN_PROGRESS
    (row,) = ledger.summary(day, by="unit")
    assert (row.key, row.not_reported, row.not_reported_at_all) == ("洛阳市人民政府", 0, 0)
    assert row.open_not_due == 1
