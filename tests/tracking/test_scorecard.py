"""Fair scores and chasing, checked against hand counts on the documented example.

The example (tests/helpers/tracking_example.py) lists each unit's tasks, as the source
document prints them, and what it reported; the figures below are counted by hand
from that table, as of 2024-12-31 (and 2025-01-01), not from the code.
"""

from __future__ import annotations

import datetime
import json

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dg_plan import Deadline, Plan, PlanMetadata, Role, Section, Task, Unit, UnitKind, tracking
from dg_plan.strategies import ledgers
from dg_plan.tracking import Ledger, Report, Score, Status
from helpers.cli import call
from helpers.tracking_example import (
    AUDIT,
    BIANBAN,
    JUSTICE,
    LUOYANG,
    PLAN,
    R2,
    WEATHER,
    ZHENGZHOU,
    ledger,
)

# The scorecard's figures are read off its one table (wide_terminal, conftest.py).
pytestmark = pytest.mark.usefixtures("wide_terminal")

NEW_YEAR = datetime.date(2025, 1, 1)


@pytest.fixture(scope="module")
def rows():
    return {r.unit: r for r in ledger().scorecard(R2)}


def test_each_unit_is_scored_on_its_own_accountable_tasks(rows):
    justice = rows[JUSTICE]
    # 51 done on time, 52 due on the day (牵头); 9 done late (负责).
    assert justice.role(Role.LEAD) == Score(
        tasks=2, done_on_time=1, due_open=1, owed=2, owed_on_time=1
    )
    assert justice.role(Role.RESPONSIBLE) == Score(tasks=1, done_late=1, owed=1)
    assert [role for role, _ in justice.by_role] == [Role.LEAD, Role.RESPONSIBLE]
    assert justice.total.on_time_rate == pytest.approx(1 / 3)
    # 53 late (未启动), 41 due and unreported, 40 not due.
    assert rows[BIANBAN].total == Score(
        tasks=3, late_open=1, due_open=1, open_not_due=1, unreported=1, owed=2
    )
    assert rows[BIANBAN].total.on_time_rate == 0
    # 14 and 13 on time, 12 due and unreported: all 负责.
    assert rows[WEATHER].by_role == (
        (
            Role.RESPONSIBLE,
            Score(tasks=3, done_on_time=2, due_open=1, unreported=1, owed=3, owed_on_time=2),
        ),
    )
    # 50 is undated: never due, no rate; not done, with no date (not "not due").
    assert rows[AUDIT].total == Score(tasks=1, open_undated=1)
    assert rows[AUDIT].total.on_time_rate is None


def test_a_member_city_answers_through_its_collective_until_it_reports_itself(rows):
    # Task 11: the collective's 已完成 stands for both cities; task 14: 郑州's own 推进中.
    chases = {c.unit: c for c in ledger().chase(R2)}
    zhengzhou = {i.task.number: i for i in chases[ZHENGZHOU].items}
    luoyang = {i.task.number: i for i in chases[LUOYANG].items}
    assert 11 not in zhengzhou
    assert 11 not in luoyang
    assert zhengzhou[14].status is Status.IN_PROGRESS
    assert luoyang[14].report is None
    assert rows[ZHENGZHOU].total.done_on_time == rows[LUOYANG].total.done_on_time == 1
    assert rows[ZHENGZHOU].total.unreported == rows[LUOYANG].total.unreported - 1


def test_the_ranking(rows):
    # Rates: 气象局 2/3, 司法厅 1/3, 编办 0; 审计厅 none due: not ranked (issue 21: a
    # unit with nothing due is no longer ranked as on time, above everyone).
    assert rows[WEATHER].rank < rows[JUSTICE].rank < rows[BIANBAN].rank
    assert rows[AUDIT].rank is None
    # The shipped plan: all can report, so only the units with nothing due, or with
    # no answer at all on their tasks (reader 13, fault 1), are unranked.
    silent = [r for r in rows.values() if r.total.owed and r.total.unreported == r.total.tasks]
    assert silent
    assert all((r.rank is None) == (r.total.owed == 0 or r in silent) for r in rows.values())
    order = [r.rank for r in ledger().scorecard(R2) if r.rank is not None]
    assert order == sorted(order)


def test_whom_to_chase():
    on_the_day = {c.unit: [i.task.number for i in c.items] for c in ledger().chase(R2)}
    # On 12-31 only 53 is late among the example's units (41, 52, 12 are due, not late).
    assert on_the_day[BIANBAN] == [53]
    assert JUSTICE not in on_the_day
    assert WEATHER not in on_the_day
    assert AUDIT not in on_the_day
    next_day = {c.unit: c for c in ledger().chase(NEW_YEAR)}
    assert [i.task.number for i in next_day[BIANBAN].items] == [41, 53]
    assert next_day[BIANBAN].unreported == 1
    assert [i.task.number for i in next_day[JUSTICE].items] == [52]
    assert [(i.task.number, i.status) for i in next_day[WEATHER].items] == [(12, None)]


def test_a_collective_nobody_can_report_for_is_not_ranked():
    # A plan made by hand: 省直相关部门 (no members) and 甲局 each responsible, no lead.
    depts = Unit("省直相关部门", kind=UnitKind.COLLECTIVE)
    bureau = Unit("甲局", kind=UnitKind.GOVERNMENT)
    task = Task(1, "任务1", Deadline.month_end(2024, 6), units=(bureau, depts))
    plan = Plan(
        PlanMetadata(title="by hand"),
        (Section("1", 1, "一", "第一部分", tasks=(task,)),),
        (task,),
        units=(bureau, depts),
    )
    book = Ledger(plan, (Report(1, "甲局", Status.IN_PROGRESS, datetime.date(2024, 7, 1)),))
    rows = book.scorecard("2024-07-01")
    assert [(r.unit, r.rank) for r in rows] == [("甲局", 1), ("省直相关部门", None)]
    assert [c.unit for c in book.chase("2024-07-01")] == ["甲局"]
    # On the command line it reads 不参与排名, as the note says; "—" is a rate alone:
    # its one task is due (2024年6月底前), not reported, so its rate is 0%, not "—".
    from dg_plan._cli.results import Scorecard  # noqa: PLC0415
    from dg_plan._cli.track_views import scorecard_text  # noqa: PLC0415
    from dg_plan._i18n import using  # noqa: PLC0415

    with using("zh"):
        text = scorecard_text(Scorecard("2024-07-01", rows))
    # Not a row on the screen, as in the report's table (reader 16, fault 2): a
    # sentence names it, once: no note under the table says it again (reader 17, fault 6).
    assert not [
        line for line in text.splitlines() if line.split()[:2] == ["不参与排名", "省直相关部门"]
    ]
    assert "省直相关部门为统称单位，未列明成员单位，未下发填报表，不列入本表。" in text
    assert "未列明成员单位、未下发填报表的统称单位不列入本表；" not in text
    assert "统称单位，不参与排名" not in text
    assert "尚无到期任务的单位不参与排名，列在参与排名的单位之后；" in text
    assert "以“—”表示" not in text


def test_a_dash_is_a_rate_of_a_row_with_nothing_due(tmp_path):
    # The note says what "—" means: no task of the row due yet. Every row showing it,
    # in the documented example, has no task due by the day (counted from the plan).
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    text = call("--lang", "zh", "track", "scorecard", str(path), "--as-of", "2024-12-31").stdout
    assert "按时完成率为“—”的，该行尚无已完成或已到期的任务；" in text
    dashes = [line.split() for line in text.splitlines() if "—" in line.split()]
    assert dashes
    for cells in dashes:
        assert cells.index("—") == len(cells) - 1  # never a rank
        # 不参与排名 alone (reader 15, fault 6); a role row may have none due.
        assert cells[0] == "不参与排名" or cells[0].isdigit() or cells[0] in ("牵头", "负责")
    # A unit's first row: its name and role. Every such row with "—" has no task of its
    # role due (a unit not ranked for its silence may have a role row with none due).
    named = [(cells[1], cells[2]) for cells in dashes if cells[0] == "不参与排名"]
    assert AUDIT in [name for name, _role in named]
    for name, role in named:
        own = PLAN.unit(name)
        units = {own.name, *own.member_of}

        def holds(task, units=units, role=role):
            leads = {u.name for u in task.leads}
            if role == "牵头":
                return bool(units & leads)
            return not leads and bool(units & {u.name for u in task.responsible})

        due = [
            t
            for t in PLAN.tasks
            if holds(t) and t.deadline.date is not None and t.deadline.date <= R2
        ]
        assert due == [], name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_command_line(tmp_path, lang):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(ledger()), encoding="utf-8")
    args = ("--lang", lang, "track")
    text = call(*args, "scorecard", str(path), "--as-of", "2024-12-31").stdout
    role = {"zh": ("牵头", "负责", "合计"), "en": ("lead", "responsible", "Total")}[lang]
    lines = text.splitlines()
    justice = lines[next(i for i, line in enumerate(lines) if JUSTICE in line) :][:3]
    # Status's nine categories (reader 15, fault 3): 按时完成, 逾期完成, 逾期未完成,
    # 到期未完成, 已报送未完成（未到期）, 未报送（未到期）, then the three with no fixed
    # deadline; then 未报送合计 and the rate. 牵头: 51 on time, 52 due on the day: 1/2.
    # 负责: 9 done late: 0/1. In all 1/3.
    zero = ["0", "0", "0"]
    assert justice[0].split()[2:] == [role[0], "2", "1", "0", "0", "1", "0", "0", *zero, "0", "50%"]
    assert justice[1].split() == [role[1], "1", "0", "1", "0", "0", "0", "0", *zero, "0", "0%"]
    assert justice[2].split() == [role[2], "3", "1", "1", "0", "1", "0", "0", *zero, "0", "33%"]
    data = json.loads(
        call("track", "scorecard", str(path), "--as-of", "2024-12-31", "--json").stdout
    )
    row = next(r for r in data if r["unit"] == BIANBAN)
    assert (row["total"]["late_open"], row["total"]["unreported"]) == (1, 1)
    # 40 (推进中, due 2025) is 已报送未完成（未到期）; 41 and 53 (due or late) are rated.
    assert (row["total"]["open_not_due"], row["total"]["not_reported"]) == (1, 0)
    assert row["total"]["rated"] == 2
    assert row["total"]["on_time_rate"] == 0
    folder = tmp_path / "notices"
    folder.mkdir()
    chase = call(*args, "chase", str(path), "--as-of", "2025-01-01", "--notices", str(folder))
    assert chase.returncode == 0, chase.stderr
    assert BIANBAN in chase.stdout
    said = {"zh": "份督办通知", "en": "notices to"}[lang]
    assert said in chase.stdout
    data = json.loads(call("track", "chase", str(path), "--as-of", "2025-01-01", "--json").stdout)
    bianban = next(c for c in data if c["unit"] == BIANBAN)
    assert [(t["task"], t["status"]) for t in bianban["tasks"]] == [(41, None), (53, "not_started")]


def test_the_notice_reads_back(tmp_path):
    book = ledger()
    (bianban,) = [c for c in book.chase(NEW_YEAR) if c.unit == BIANBAN]
    path = tmp_path / "notice.docx"
    tracking.write_notice(book, bianban, path, NEW_YEAR, office="省政府督查室", dated=NEW_YEAR)
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "关于督促落实逾期未完成任务的通知"
    assert paragraphs[1] == "省委编办："
    assert "截至2025年1月1日" in paragraphs[2]
    assert "2项任务" in paragraphs[2]
    assert PLAN.metadata.title in paragraphs[2]
    assert paragraphs[3] == "请于2025年1月8日前书面反馈各项任务进展情况及佐证材料。"
    assert paragraphs[-3:-1] == ["省政府督查室", "2025年1月1日"]
    (table,) = document.tables
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[0] == ["序号", "主要任务", "完成时限", "状态"]
    assert cells[1] == ["41", PLAN.task(41).text, "2024年12月底前", "未报送"]
    assert cells[2] == ["53", PLAN.task(53).text, "2023年12月底前", "未启动（截至2024年6月30日）"]
    english = tmp_path / "notice-en.docx"
    tracking.write_notice(book, bianban, english, NEW_YEAR, reply_by="2025-01-10", language="en")
    text = [p.text for p in docx.Document(str(english)).paragraphs]
    assert text[0] == "Notice on pressing ahead with the tasks past their deadline"
    assert "2025-01-10" in text[3]


def _accountable(plan, unit):
    """The tasks where *unit* is accountable, by the rule the docs state."""
    own = plan.unit(unit)
    names = {own.name, *own.member_of}
    return [t for t in plan.tasks if names & {u.name for u in t.accountable}]


@given(ledgers(), st.dates(datetime.date(2022, 6, 1), datetime.date(2027, 6, 30)))
def test_scores_and_chases_agree_with_each_units_own_status(book, day):
    plan = book.plan
    chases = {c.unit: c for c in book.chase(day)}
    for row in book.scorecard(day):
        tasks = _accountable(plan, row.unit)
        own = {t.number: book.status_of(t, row.unit, as_of=day) for t in tasks}
        total = row.total
        assert total.tasks == len(tasks)
        assert total.unreported == sum(s is None for s in own.values())
        assert sum(getattr(total, c) for c in tracking.CATEGORIES) == total.tasks
        # The scorecard's columns are status's nine categories, in its order (reader 15,
        # fault 3), and add up to 任务数 in every role and in all; 未报送合计 counts the
        # unanswered tasks: the two 未报送 categories, and some late or due on the day.
        for score in (total, *(s for _role, s in row.by_role)):
            assert score.columns == tuple(getattr(score, c) for c in tracking.CATEGORIES)
            assert sum(score.columns) == score.tasks
            silent = score.not_reported + score.not_reported_undated
            assert silent <= score.unreported <= silent + score.late_open + score.due_open
            rated = score.done_on_time + score.done_late + score.late_open + score.due_open
            assert score.on_time_rate == (score.done_on_time / rated if rated else None)
        not_done_not_due = sum(
            t.deadline.date is not None
            and t.deadline.date > day
            and own[t.number] is not Status.DONE
            for t in tasks
        )
        assert total.open_not_due + total.not_reported == not_done_not_due
        # A task with no date is never done early nor not yet due (reader 13, fault 2).
        undated = [t for t in tasks if t.deadline.date is None]
        assert total.done_undated == sum(own[t.number] is Status.DONE for t in undated)
        not_done = sum(own[t.number] is not Status.DONE for t in undated)
        assert total.open_undated + total.not_reported_undated == not_done
        late = [
            t.number
            for t in tasks
            if t.deadline.date is not None
            and t.deadline.date < day
            and own[t.number] is not Status.DONE
        ]
        assert total.late_open == len(late)
        if row.rank is not None:
            found = chases.get(row.unit)
            assert ([i.task.number for i in found.items] if found else []) == late


def test_a_unit_that_reported_nothing_is_not_ranked_and_a_tie_puts_silence_last():
    # Reader 13, fault 1: every rate 0%, and 甲局 (one task due on the day, no answer)
    # came first, having no late task. By the rule (docs/tracking.md): a unit with no
    # answer at all in the ledger is not ranked; on a tied rate, fewer not reported
    # first, then fewer late. Counted by hand on the day 2024-06-30:
    # 甲局: 1 due on the day, no answer            -> not ranked (no report)
    # 乙局: 2 late, both answered 推进中             -> rate 0, 0 unreported, 2 late: 1st
    # 丙局: 1 late unanswered, 1 due answered 推进中 -> rate 0, 1 unreported, 1 late: 2nd
    # 丁局: 2 late, no answer                       -> not ranked (no report)
    names = ("甲局", "乙局", "丙局", "丁局")
    units = {n: Unit(n, kind=UnitKind.GOVERNMENT) for n in names}
    may, june = Deadline.month_end(2024, 5), Deadline.month_end(2024, 6)
    owners = [("甲局", june), ("乙局", may), ("乙局", may), ("丙局", may), ("丙局", june)]
    owners += [("丁局", may), ("丁局", may)]
    tasks = tuple(
        Task(i, f"任务{i}", due, units=(units[n],)) for i, (n, due) in enumerate(owners, 1)
    )
    plan = Plan(
        PlanMetadata(title="by hand"),
        (Section("1", 1, "一", "第一部分", tasks=tasks),),
        tasks,
        units=tuple(units.values()),
    )
    said = datetime.date(2024, 6, 20)
    answers = [(2, "乙局"), (3, "乙局"), (5, "丙局")]
    book = Ledger(plan, tuple(Report(t, u, Status.IN_PROGRESS, said) for t, u in answers))
    rows = book.scorecard("2024-06-30")
    assert [(r.unit, r.rank) for r in rows] == [
        ("乙局", 1),
        ("丙局", 2),
        ("甲局", None),
        ("丁局", None),
    ]
    from dg_plan._cli.results import Scorecard  # noqa: PLC0415
    from dg_plan._cli.track_views import scorecard_text  # noqa: PLC0415
    from dg_plan._i18n import using  # noqa: PLC0415
    from dg_plan.tracking.scores import rank_label  # noqa: PLC0415

    with using("zh"):
        text = scorecard_text(Scorecard("2024-06-30", rows))
        ranks = [rank_label(r) for r in rows]
    # The glossary's word alone in the column; why, once in the note (reader 15, fault 6).
    assert ranks == ["1", "2", "不参与排名", "不参与排名"]
    # Under the title and the line saying what the day means (the nineteenth reader).
    first = {line.split()[1]: line.split()[0] for line in text.splitlines()[6:10]}
    assert first == {"乙局": "1", "丙局": "2", "甲局": ranks[2], "丁局": ranks[3]}
    assert "台账中无任何报送记录的单位" in text
