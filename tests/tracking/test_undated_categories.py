"""Tasks whose deadline is no date: neither done early nor not yet due (reader 13, fault 2).

A small plan written by hand: two units, six tasks, as of 2024-07-01.

====  ===========  =====  ========================  ============================
task  deadline     unit   report                    category (hand)
====  ===========  =====  ========================  ============================
1     2024年6月底前  甲局   已完成 2024-06-20         done on time (due)
2     2024年12月底前 甲局   已完成 2024-06-25         done early (dated, not due)
3     持续推进       甲局   已完成 2024-06-28         done, no date
4     适时推进       甲局   推进中                    reported, not done, undated
5     持续推进       乙局   (none)                    not reported, undated
6     (none)        乙局   (none)                    not reported, undated
====  ===========  =====  ========================  ============================

甲局 owes one task (1), done on time: rate 100%. 乙局 owes nothing: no rate.
"""

from __future__ import annotations

import datetime

from dg_plan import Deadline, Plan, PlanMetadata, Section, Task, Unit, UnitKind, tracking
from dg_plan._i18n import using
from dg_plan.tracking import Ledger, Report, Status

DAY = datetime.date(2024, 7, 1)
A, B = "甲局", "乙局"


def _ledger() -> Ledger:
    units = {n: Unit(n, kind=UnitKind.GOVERNMENT) for n in (A, B)}
    rows = [
        (Deadline.month_end(2024, 6), A),
        (Deadline.month_end(2024, 12), A),
        (Deadline.parse("持续推进"), A),
        (Deadline.parse("适时推进"), A),
        (Deadline.parse("持续推进"), B),
        (Deadline.parse(""), B),
    ]
    tasks = tuple(Task(i, f"任务{i}", due, units=(units[n],)) for i, (due, n) in enumerate(rows, 1))
    plan = Plan(
        PlanMetadata(title="by hand"),
        (Section("1", 1, "一", "第一部分", tasks=tasks),),
        tasks,
        units=tuple(units.values()),
    )
    reports = [
        Report(1, A, Status.DONE, DAY, completed_on=datetime.date(2024, 6, 20)),
        Report(2, A, Status.DONE, DAY, completed_on=datetime.date(2024, 6, 25)),
        Report(3, A, Status.DONE, DAY, completed_on=datetime.date(2024, 6, 28)),
        Report(4, A, Status.IN_PROGRESS, DAY),
    ]
    return Ledger(plan, reports)


def test_each_undated_task_has_its_own_category():
    assert dict(_ledger().classify(DAY)) == {
        1: "done_on_time",
        2: "done_on_time",
        3: "done_undated",
        4: "open_undated",
        5: "not_reported_undated",
        6: "not_reported_undated",
    }


def test_the_summary_counts_undated_tasks_apart_and_still_adds_up():
    by_unit = {r.key: r for r in _ledger().summary(DAY)}
    a, b = by_unit[A], by_unit[B]
    assert (a.done_on_time, a.done_undated, a.open_undated, a.not_reported) == (2, 1, 1, 0)
    assert (b.not_reported, b.not_reported_undated, b.not_reported_at_all) == (0, 2, 2)
    assert a.total == 4
    assert b.total == 2
    (part,) = _ledger().summary(DAY, by="part")
    assert (part.done_on_time, part.done_undated, part.open_undated) == (2, 1, 1)
    assert (part.not_reported, part.open_not_due, part.not_reported_undated) == (0, 0, 2)
    assert part.total == 6
    by_deadline = {r.key: r for r in _ledger().summary(DAY, by="deadline")}
    assert by_deadline["持续推进"].done_undated == 1
    assert by_deadline["持续推进"].not_reported_undated == 1
    assert by_deadline["持续推进"].not_reported == 0


def test_the_scorecard_puts_undated_tasks_in_their_own_columns():
    rows = {r.unit: r for r in _ledger().scorecard(DAY)}
    a, b = rows[A].total, rows[B].total
    # Status's nine categories (reader 15, fault 3): 按时完成 (1, and 2 done early),
    # 逾期完成, 逾期未完成, 到期未完成, 已报送未完成（未到期）, 未报送（未到期）,
    # 已完成（无具体日期） (3), 已报送未完成（无具体日期） (4), 未报送（无具体日期）.
    assert a.columns == (2, 0, 0, 0, 0, 0, 1, 1, 0)
    assert b.columns == (0, 0, 0, 0, 0, 0, 0, 0, 2)
    assert sum(a.columns) == a.tasks == 4
    assert sum(b.columns) == b.tasks == 2
    # The rate: tasks 1 and 2 done on time of the two done or due; undated ones left out.
    assert a.on_time_rate == 1.0
    assert b.on_time_rate is None
    assert b.unreported == 2


def test_the_words_say_no_date_in_both_languages():
    assert tracking.category_labels("zh")["done_undated"] == "已完成（无具体日期）"
    assert tracking.category_labels("zh")["open_undated"] == "已报送未完成（无具体日期）"
    assert tracking.category_labels("zh")["not_reported_undated"] == "未报送（无具体日期）"
    assert tracking.category_labels("en")["not_reported_undated"] == "not reported (no date)"
    from dg_plan.tracking.scores import score_header  # noqa: PLC0415

    with using("zh"):
        header = score_header()
    assert header[4:13] == [
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


def test_the_report_no_longer_calls_an_undated_task_not_yet_due(tmp_path):
    path = tmp_path / "report.html"
    tracking.report(_ledger(), DAY, path, language="zh")
    text = path.read_text(encoding="utf-8")
    assert "未报送（无具体日期）" in text
    assert "已完成（无具体日期）" in text


def test_the_json_forms_carry_the_new_counts():
    import dg_plan  # noqa: PLC0415

    summary = dg_plan.jsonable(_ledger().summary(DAY)[1])
    assert (summary["not_reported_undated"], summary["not_reported"], summary["total"]) == (
        2,
        0,
        2,
    )
    score = dg_plan.jsonable(_ledger().scorecard(DAY)[0].total)
    assert (score["done_undated"], score["open_undated"], score["done_on_time"]) == (1, 1, 2)
    assert score["rated"] == 2
