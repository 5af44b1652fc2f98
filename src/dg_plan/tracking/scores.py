"""Fair scores and chasing: each unit judged only on the tasks where its own answer counts.

A unit is *accountable* for a task when its report moves the task's status (see
:class:`~dg_plan.tracking.Ledger`): the task's leads; without leads, its responsible
units; a member city of an accountable collective (各省辖市政府) is accountable itself.
:meth:`Ledger.scorecard <dg_plan.tracking.Ledger.scorecard>` counts, per unit, only
those tasks, split by the unit's role in them (牵头 / 负责), by the unit's own answer:
its own latest report on or before the day (a member city without one takes its
collective's, as the task's status does).
:meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>` lists, per unit, the late tasks
where that answer is missing or not done: whom to chase (催办), and for what.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from dg_plan._model import Role, Task, UnitKind
from dg_plan._plan import Plan

from .model import CATEGORIES, Report, Status, category_labels

if TYPE_CHECKING:
    from .ledger import Ledger

__all__ = [
    "Chase",
    "ChaseItem",
    "Score",
    "ScoreRow",
    "can_report",
    "chase",
    "percent",
    "rank_label",
    "reply_text",
    "retractions",
    "scorecard",
    "set_aside_label",
    "set_aside_opening",
    "set_aside_reasons",
    "set_aside_text",
    "set_aside_why",
    "two_files_units",
    "unit_with_state",
    "with_expected",
    "with_set_aside",
]


def percent(rate: float | None) -> str:
    """An on-time rate as a whole percentage, half up (1/8: 13%), or a dash when none due.

    Half up as a government table rounds by hand, not half to even (Python's
    ``f"{0.125:.0%}"`` is 12%). The rate's shortest decimal (``repr``) is rounded: a
    share of counts on the half (1/8, 1/40) is exact in it.
    """
    if rate is None:
        return "—"
    whole = (decimal.Decimal(repr(rate)) * 100).quantize(decimal.Decimal(1), decimal.ROUND_HALF_UP)
    return f"{whole}%"


#: The roles a score is split by, in the order they are shown.
ROLES = (Role.LEAD, Role.RESPONSIBLE, Role.SUPPORT)


@attrs.frozen
class Score:
    """A unit's own record on the tasks it is accountable for (in one role, or all).

    The scorecard's columns (:attr:`columns`) are the nine categories of
    ``track status`` (:data:`~dg_plan.tracking.CATEGORIES`), with the same names and
    definitions, applied to the unit's own tasks by its own answer; they partition
    :attr:`tasks`: ``done_on_time`` (按时完成), ``done_late`` (逾期完成), ``late_open``
    (逾期未完成: due before the day, its answer missing or not DONE), ``due_open``
    (到期未完成: due on the day itself), ``open_not_due`` (已报送未完成（未到期）:
    answered, not DONE, not due), ``not_reported`` (未报送（未到期）: no answer, not
    due), and for the tasks whose deadline is no date (持续推进) ``done_undated``,
    ``open_undated`` and ``not_reported_undated``. :attr:`unreported` (未报送合计) is
    not a tenth: it counts the tasks with no answer across the categories (逾期未完成
    and 到期未完成 among them), the ranking's second key.

    Args:
        tasks: The tasks it is accountable for.
        done_on_time: DONE by its own answer, on or before the (dated) deadline.
        done_late: DONE by its own answer, after the deadline.
        late_open: Due before the day, and its answer missing or not DONE.
        due_open: Due on the day, and its answer missing or not DONE.
        open_not_due: Answered, not DONE, dated and not due.
        not_reported: No answer, dated and not due.
        unreported: Its tasks with no answer at all, whatever their date (未报送).
        owed: Its dated tasks due on or before the day (应完成).
        owed_on_time: Of :attr:`owed`, those DONE on or before their deadline.
        done_undated: DONE by its own answer, no dated deadline.
        open_undated: Answered, not DONE, no dated deadline.
        not_reported_undated: No answer, no dated deadline.
    """

    tasks: int = 0
    done_on_time: int = 0
    done_late: int = 0
    late_open: int = 0
    due_open: int = 0
    open_not_due: int = 0
    not_reported: int = 0
    unreported: int = 0
    owed: int = 0
    owed_on_time: int = 0
    done_undated: int = 0
    open_undated: int = 0
    not_reported_undated: int = 0

    @property
    def rated(self) -> int:
        """The tasks the on-time rate divides by: 按时完成＋逾期完成＋逾期未完成＋到期未完成.

        Its dated tasks done, or due by the day (a deadline on the day is due that
        day): four of :attr:`columns`, so that the rate is read off the row. A task
        done before its deadline is among them (按时完成, as ``track status`` counts
        it); an undated one (持续推进) never is.
        """
        return self.done_on_time + self.done_late + self.late_open + self.due_open

    @property
    def on_time_rate(self) -> float | None:
        """``done_on_time / rated``: 按时完成 over its dated tasks done or due; ``None``: none.

        Stated on the columns, as the scorecard's note says it (按时完成率＝按时完成÷
        （按时完成＋逾期完成＋逾期未完成＋到期未完成）).
        """
        return None if not self.rated else self.done_on_time / self.rated

    @property
    def columns(self) -> tuple[int, int, int, int, int, int, int, int, int]:
        """The scorecard's count columns, which add up to :attr:`tasks`.

        The nine categories of ``track status``, in its order: 按时完成, 逾期完成,
        逾期未完成, 到期未完成, 已报送未完成（未到期）, 未报送（未到期）,
        已完成（无具体日期）, 已报送未完成（无具体日期）, 未报送（无具体日期）: each
        task in exactly one. :attr:`unreported` (未报送合计) is not one of them.
        """
        return (
            self.done_on_time,
            self.done_late,
            self.late_open,
            self.due_open,
            self.open_not_due,
            self.not_reported,
            self.done_undated,
            self.open_undated,
            self.not_reported_undated,
        )

    def __add__(self, other: Score) -> Score:
        """Two scores' counts added (a unit's roles together)."""
        if not isinstance(other, Score):
            return NotImplemented
        return Score(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )


@attrs.frozen
class ScoreRow:
    """One unit's row of :meth:`Ledger.scorecard <dg_plan.tracking.Ledger.scorecard>`; immutable.

    Args:
        unit: The unit's name.
        rank: Its place among the units that report and have something due (1 is
            best; equal records share a place), or ``None``: a unit with nothing due
            yet (不参与排名: no record to rank by), a unit with tasks due and no
            answer at all in the ledger (no record of its own either: at 0% with few
            late tasks it came 第1名), or a collective nobody can report for
            (省直相关部门); all are shown but not ranked.
        by_role: Its score in each role it holds, in the order 牵头, 负责, 配合
            (only the roles it holds).
        apart: Why it is not ranked, where nothing due does not say it: ``"silent"``
            (tasks due, no answer in the ledger), ``"no_template"`` (a collective
            nobody can report for); ``""`` otherwise.
    """

    unit: str
    rank: int | None
    by_role: tuple[tuple[Role, Score], ...]
    apart: str = ""

    @property
    def total(self) -> Score:
        """Its score over all its roles."""
        found = Score()
        for _role, score in self.by_role:
            found = found + score
        return found

    def role(self, role: Role) -> Score:
        """Its score in *role* (an empty score if it holds no such role)."""
        return dict(self.by_role).get(role, Score())


@attrs.frozen
class ChaseItem:
    """One task a unit is chased for: late, and its own answer missing or not DONE.

    Args:
        task: The task.
        role: The unit's role in it (through its collective, for a member city).
        report: Its answer on the day (its own latest report, or its collective's for
            a member city without one), or ``None``: not reported.
    """

    task: Task
    role: Role
    report: Report | None

    @property
    def status(self) -> Status | None:
        """The status its answer gives, or ``None``: not reported."""
        return None if self.report is None else self.report.status


@attrs.frozen
class Chase:
    """Whom to chase and for what: one unit's late tasks; immutable.

    A row of :meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`.

    Args:
        unit: The unit's name.
        items: Its late tasks where its answer is missing or not DONE, in the plan's order.
        set_aside: Whether its returned file of the round was set aside: it returned
            a file, so where its answer is missing it is not 未报送 but 已报回待修改
            (returned, set aside for correction), or 已报回（两份，待核定） (two files
            returned, the office to choose one), as :attr:`reason` says.
        reason: Why its file was set aside, one of
            ``tracking.rounds.SET_ASIDE_REASONS`` (``"cells"``: cells to
            fix, ``"two_files"``: ...); ``""`` when none was.
    """

    unit: str
    items: tuple[ChaseItem, ...]
    set_aside: bool = False
    reason: str = attrs.field(
        default=attrs.Factory(lambda self: "cells" if self.set_aside else "", takes_self=True)
    )

    @property
    def unreported(self) -> int:
        """How many of them it has not reported on at all."""
        return sum(i.report is None for i in self.items)

    def awaiting(self, item: ChaseItem) -> bool:
        """Whether *item* reads as the unit's file set aside, not as its own answer.

        Where its answer is missing, when its file of the round was set aside (it did
        return one: 已报回待修改). And every item of a unit whose two files await the
        office's choice (``"two_files"``): the answers of the round are in those
        files, so an earlier round's answer is not shown beside them (待核定 in every
        row, not 未启动（截至2024年6月30日） in one and 待核定 in the next).
        """
        return self.set_aside and (item.report is None or self.reason == _TWO_FILES)


def can_report(ledger: Ledger, name: str) -> bool:
    """Whether a unit can be sent a template and report: not a collective without members."""
    unit = ledger.plan.unit(name)
    return not (unit.kind is UnitKind.COLLECTIVE and not unit.members)


def _answers(
    ledger: Ledger, day: datetime.date
) -> Mapping[str, list[tuple[Task, Role, Report | None]]]:
    """Each accountable unit, in the plan's unit order: its tasks, role and answer on *day*."""
    found: dict[str, list[tuple[Task, Role, Report | None]]] = {}
    for task in ledger.plan.tasks:
        # The accountable units' role: all of them hold the same one (leads, else ...).
        role = Role.LEAD if task.leads else Role.RESPONSIBLE if task.responsible else Role.SUPPORT
        for name, via in ledger._reporters(task):  # noqa: SLF001 - the ledger's own rule
            report = ledger._unit_state(task.number, name, via, day)  # noqa: SLF001
            found.setdefault(name, []).append((task, role, report))
    order = {u.name: i for i, u in enumerate(ledger.plan.units)}
    return {name: found[name] for name in sorted(found, key=lambda n: order.get(n, len(order)))}


def _category(ledger: Ledger, task: Task, report: Report | None, day: datetime.date) -> str:
    """The summary category of *task* by one unit's answer *report* (the ledger's rule)."""
    state = None if report is None else (report.status, report.completed_on)
    return ledger._category(task, state, day)  # noqa: SLF001 - the ledger's own rule


def _score(ledger: Ledger, entries: list[tuple[Task, Report | None]], day: datetime.date) -> Score:
    counts = dict.fromkeys(attrs.fields_dict(Score), 0)
    for task, report in entries:
        category = _category(ledger, task, report, day)
        counts["tasks"] += 1
        counts[category] += 1
        counts["unreported"] += report is None
        due = task.deadline.date
        if due is not None and due <= day:
            counts["owed"] += 1
            counts["owed_on_time"] += category == "done_on_time"
    return Score(**counts)


def _ranking(score: Score) -> tuple[float, int, int]:
    """The sort key: best on-time rate first, then fewest unreported, then fewest late.

    Only for a unit with something due (a rate) and some answer in the ledger. On a
    tied rate (every unit at 0% early in a round), silence weighs more than a late
    task the unit did report on: a 督办 office ranks a unit that says where a task
    stands above one that says nothing (reader 13, fault 1).
    """
    rate = score.on_time_rate
    return (-(0.0 if rate is None else rate), score.unreported, score.late_open)


def _silent(score: Score) -> bool:
    """Whether a unit has something due and no answer at all on any of its tasks.

    It is not ranked: at 0% with few tasks late it would otherwise come first, a 第1名
    for a unit that reported nothing.
    """
    return bool(score.owed) and score.unreported == score.tasks


def scorecard(ledger: Ledger, day: datetime.date) -> tuple[ScoreRow, ...]:
    """Each accountable unit's own record on *day*, ranked (see :meth:`Ledger.scorecard`).

    The ranked units first; then, not ranked, the units with something due and no
    answer in the ledger (:func:`rank_label`: 不参与排名, as for all three), the units with
    nothing due yet, and the collectives nobody can report for; each group in the
    plan's unit order.
    """
    rows: list[tuple[str, tuple[tuple[Role, Score], ...], bool]] = []
    for name, entries in _answers(ledger, day).items():
        by_role = tuple(
            (role, _score(ledger, [(t, r) for t, rl, r in entries if rl is role], day))
            for role in ROLES
            if any(rl is role for _t, rl, _r in entries)
        )
        rows.append((name, by_role, can_report(ledger, name)))
    # Nothing due yet is no record to rank by: such a unit is not ranked (it would
    # otherwise come first, on time by default); it follows the ranked units. Nor is
    # a unit that answered nothing: no record of its own to rank by either.
    totals = {n: ScoreRow(n, None, b).total for n, b, _ok in rows}
    ranked = [(n, b) for n, b, ok in rows if ok and totals[n].owed and not _silent(totals[n])]
    silent = [ScoreRow(n, None, b, "silent") for n, b, ok in rows if ok and _silent(totals[n])]
    waiting = [ScoreRow(n, None, b) for n, b, ok in rows if ok and not totals[n].owed]
    keyed = sorted(
        ((n, b, _ranking(totals[n])) for n, b in ranked),
        key=lambda item: item[2],  # stable: the plan's unit order within a tie
    )
    found: list[ScoreRow] = []
    for i, (name, by_role, key) in enumerate(keyed):
        rank = i + 1 if i == 0 or key != keyed[i - 1][2] else found[-1].rank
        found.append(ScoreRow(name, rank, by_role))
    found += silent
    found += waiting
    found += [ScoreRow(n, None, b, "no_template") for n, b, ok in rows if not ok]
    return tuple(found)


def rank_label(row: ScoreRow) -> str:
    """A row's rank as shown, in the current language: its number, or 不参与排名.

    The one rule for the command line's scorecard and the report's per-unit table.
    Every unit not ranked says the glossary's word, 不参与排名, and nothing more (the
    fifteenth reader, fault 6: a sentence in the column pushed the table right): why
    (nothing due yet, no report at all in the ledger, a collective nobody can report
    for) is said once, in the note under the table (:func:`rate_note`).
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    if row.rank is not None:
        return str(row.rank)
    return _("not ranked")


def chase(
    ledger: Ledger, day: datetime.date, *, set_aside: Iterable[str] | Mapping[str, str] = ()
) -> tuple[Chase, ...]:
    """Each unit that can report, with its late tasks not DONE by its own answer (see Ledger)."""
    returned = set_aside_reasons(ledger.plan, set_aside)
    found = []
    for name, entries in _answers(ledger, day).items():
        if not can_report(ledger, name):
            continue
        items = tuple(
            ChaseItem(task, role, report)
            for task, role, report in entries
            if _category(ledger, task, report, day) == "late_open"
        )
        if items:
            found.append(Chase(name, items, name in returned, returned.get(name, "")))
    return tuple(found)


def set_aside_reasons(plan: Plan, set_aside: Iterable[str] | Mapping[str, str]) -> dict[str, str]:
    """Each unit of *set_aside* (names, or names with their reasons) by its name in *plan*.

    A unit given by name alone had cells to fix (``"cells"``), as before reasons. The
    one reading of the units set aside for the chase, the report and ``status --task``.
    """
    if isinstance(set_aside, Mapping):
        return {plan.unit(n).name: str(r) for n, r in set_aside.items()}
    return {plan.unit(n).name: "cells" for n in set_aside}


def with_expected(status: str, expected: str) -> str:
    """*status* with the unit's expected completion, when its report gave one.

    As ``status --task`` says it (推进中，预计2024年9月完成): the chase list and the
    督办通知 say it the same way.
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    if not expected:
        return status
    return _("{status}, expected done by {day}").format(status=status, day=expected)


def two_files_units(
    ledger: Ledger, set_aside: Iterable[str] | Mapping[str, str]
) -> tuple[str, ...]:
    """The units of *set_aside* with two files of the round for the office to choose from.

    ``chase_notices`` writes them no 督办通知 (one of the two files may report a chased
    task done); the command line names them, asking the office to settle first.
    """
    reasons = set_aside_reasons(ledger.plan, set_aside)
    return tuple(u for u, why in reasons.items() if why == _TWO_FILES)


def with_set_aside(text: str, outstanding: Sequence[str], set_aside: Mapping[str, str]) -> str:
    """A task's status *text* (未报送), said with its units whose files were set aside.

    *outstanding*: the task's accountable units without an answer; *set_aside*: why
    the file of each unit so placed was set aside (:func:`set_aside_reasons`). Such a
    unit returned a file, so it is not 未报送 (the glossary): the task's one unit gives
    its own state (已报回待修改); else they are counted apart, then the rest say *text*
    (1个单位已报回待修改，其余单位未报送). The one wording of the report's 任务状态 and of
    the previous round's; *text* alone when none.
    """
    from dg_plan._i18n import ngettext, pgettext  # noqa: PLC0415 - gettext only when shown

    found = [set_aside[u] for u in outstanding if u in set_aside]
    if not found:
        return text
    if len(outstanding) == 1:
        return set_aside_label(found[0])
    two = found.count(_TWO_FILES)
    parts = []
    if len(found) > two:
        count = len(found) - two
        parts.append(
            ngettext(
                "{count} unit returned, set aside for correction",
                "{count} units returned, set aside for correction",
                count,
            ).format(count=count)
        )
    if two:
        parts.append(
            ngettext(
                "{count} unit returned two files, the office to choose",
                "{count} units returned two files, the office to choose",
                two,
            ).format(count=two)
        )
    said = pgettext("between the units' states in a task's status", ", ").join(parts)
    if len(found) == len(outstanding):
        return said
    return pgettext("the units set aside, then the others", "{parts}; the others {status}").format(
        parts=said, status=text
    )


def unit_with_state(unit: str, reasons: Mapping[str, str]) -> str:
    """*unit*'s name, with its state when its file of the round was set aside.

    省公安厅（已报回待修改）: as the report's 未完成单位 and the scorecard name it, so
    that its empty reports are not read as 未报送.
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    if unit not in reasons:
        return unit
    if reasons[unit] == _TWO_FILES:
        return _("{unit} (returned two files, the office to choose)").format(unit=unit)
    return _("{unit} (returned, set aside for correction)").format(unit=unit)


# How the state of a unit whose file was set aside is shown, by reason: only two files
# (nothing wrong in either; the office to choose) is not 已报回待修改.
_TWO_FILES = "two_files"


def set_aside_label(reason: str) -> str:
    """The state of a unit whose file was set aside for *reason*, in the language in force.

    已报回待修改 (returned, set aside for correction), or, for two files of the unit
    (the office to choose), 已报回（两份，待核定）.
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    if reason == _TWO_FILES:
        return _("returned two files, the office to choose")
    return _("returned, set aside for correction")


def set_aside_why(reason: str) -> str:
    """What happened to the unit's file, for *reason*: a clause after its state."""
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    return {
        "blank": _("its file reports on no task (every task's row blank)"),
        "other_round": _("its file is another round's template"),
        "not_template": _("its file is not the round's template"),
        "unreadable": _("its file cannot be opened"),
        _TWO_FILES: _("it returned two files for the round, the office to choose one"),
    }.get(reason, _("its file has cells to fix"))


def score_header() -> list[str]:
    """The columns of a scorecard table, in the current language.

    One list for the command line's scorecard and the report's per-unit table, which
    show the same figures.
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown
    from dg_plan._i18n import pgettext  # noqa: PLC0415

    labels = category_labels()
    return [
        _("Rank"),
        _("Unit"),
        _("Role"),
        pgettext("a count of tasks", "Tasks"),
        # The nine categories of track status, with its names (the fifteenth reader,
        # fault 3: one idea, one word), applied to the unit's own tasks.
        *(labels[c] for c in CATEGORIES),
        # Not a tenth category: the tasks with no report across the nine (a glossary row).
        _("not reported, in all"),
        _("On-time rate"),
    ]


def score_figures(score: Score) -> tuple[int, ...]:
    """A score's counts in :func:`score_header`'s order (between its role and its rate).

    任务数, then :attr:`Score.columns`, the nine categories of ``track status``, which
    add up to it; last :attr:`Score.unreported` (未报送合计), the tasks with no report
    across them. The rate is read off the row: 按时完成 over 按时完成, 逾期完成,
    逾期未完成 and 到期未完成 together (:attr:`Score.rated`).
    """
    return (score.tasks, *score.columns, score.unreported)


def rate_note() -> str:
    """The note under a table of on-time rates, in the current language: numbered points.

    注： on a line, then 1. …； 2. …； … one a line, the last ending 。 (the twelfth
    reader: one paragraph of formulas was too long to read): what the rate divides
    and what it leaves out, what a row adds up to (its nine columns to 任务数;
    未报送合计 is not added to them), which units are not ranked and why (said here
    once, the rank column saying 不参与排名 alone), and how the others are ranked, so that
    a first place at 0% (every unit at 0%, this one with the fewest late tasks) does
    not read as praise. The command line's scorecard and the report's per-unit table
    both end with it; the report lays each line out as a line.
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    points = [
        # The day named (统计截止日期), not "the day" (当日): the round-10 reader. Each
        # point short (the twelfth reader): the formula, then what it leaves out.
        _(
            "On-time rate = done on time ÷ (done on time + done late + late, not done + due "
            "on the day, not done): of the tasks done or due by the as-of day, the share "
            "done on time;"
        ),
        _(
            "The tasks whose deadline is no date (such as 持续推进) are left out of the rate; "
            "a rate of — means the row has no task done or due yet;"
        ),
        _(
            'The nine columns from "done on time" to "not reported (no date)" are the '
            "categories of the overall progress, counted on the unit's own tasks by its own "
            'reports; they add up to "Tasks";'
        ),
        _(
            '"not reported, in all" counts the tasks the unit has not reported on, in every '
            'column ("late, not done" and "due on the day, not done" included); it is not '
            "added to the nine;"
        ),
        _(
            "Units with tasks due and no report at all in the ledger and units with no task "
            "due yet are not ranked: they follow the ranked units;"
        ),
        _(
            'Ranking: "On-time rate", highest first; on an equal rate, the fewest "not '
            'reported, in all" first, then the fewest "late, not done"; equal figures share a '
            "rank."
        ),
    ]
    numbered = [_("{number}. {point}").format(number=n, point=p) for n, p in enumerate(points, 1)]
    return "\n".join([_("Notes:"), *numbered])


def set_aside_opening(count: int) -> str:
    """The notice's first sentence for a unit whose file of the round was set aside.

    It did return a file (perhaps reporting every task done), so it is not told the
    tasks are not completed: the tasks are past their deadlines, a sentence of its own;
    :func:`set_aside_text`, in the same paragraph, says what became of the file (the
    sixteenth reader, fault 5: not 台账 to the recipient, nor a comma splice).
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown
    from dg_plan._i18n import ngettext  # noqa: PLC0415 - gettext only when shown

    if count == 1:
        return _(
            "As of {date}, the task of {title} below that your unit {role} is past its deadline."
        )
    return ngettext(
        "As of {date}, the following {count} task of {title} that your unit {role} "
        "is past its deadline.",
        "As of {date}, the following {count} tasks of {title} that your unit {role} "
        "are past their deadlines.",
        count,
    )


def set_aside_text(reason: str, number: str = "", by: str = "") -> str:
    """What became of the unit's file of the round, for a 督办通知, by why it was set aside.

    Two files of the unit await the office's choice (no notice was sent about them);
    another round's template was answered by a 重新报送 notice; any other file was sent
    back for correction by a 退回修改 notice, cited by its 文号 *number* when given
    (（见豫督〔2025〕1号）, the thirteenth reader), else not cited (the sixteenth
    reader). A file sent back is asked for once, here, by the day *by* (the notice's
    reply day, as shown), with the tasks' progress and evidence (reader14: not again
    in a reply paragraph).
    """
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    if reason == "two_files":
        return _(
            "Your unit returned two forms for this round; the office is checking which "
            "one to take in, and the progress of the tasks below will be read from it."
        )
    if reason == "other_round":
        said = _(
            "The file your unit returned for this round is another round's form and was "
            "sent back (see the notice asking for this round's form). Please return this "
            "round's form by {date}, with the progress of the tasks below and their evidence."
        )
    elif reason == "unreadable":
        said = _(
            "The file your unit returned for this round cannot be opened and was sent "
            "back (see the notice asking for this round's form). Please return this "
            "round's form by {date}, with the progress of the tasks below and their evidence."
        )
    elif reason == "not_template":
        said = _(
            "The file your unit returned for this round is not this round's form and was "
            "sent back (see the notice asking for this round's form). Please return this "
            "round's form by {date}, with the progress of the tasks below and their evidence."
        )
    elif number:
        said = _(
            "The form your unit returned for this round was sent back for correction "
            "(see notice {number}). Please correct it and return it by {date}, with the "
            "progress of the tasks below and their evidence."
        )
    else:
        said = _(
            "The form your unit returned for this round was sent back for correction. "
            "Please correct it and return it by {date}, with the progress of the tasks "
            "below and their evidence."
        )
    return said.format(number=number, date=by)


def reply_text(count: int, by: str) -> str:
    """A 督办通知's closing request: reply in writing by the day *by* (as shown)."""
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    if count == 1:
        said = _(
            "Please reply in writing by {date} with the progress of the task and its evidence."
        )
    else:
        said = _(
            "Please reply in writing by {date} with the progress of each task and its evidence."
        )
    return said.format(date=by)


def retractions(reports: Iterable[Report], chase: Chase) -> list[str]:
    """A sentence for each late task whose answer takes back the unit's earlier 已完成.

    *reports*: the ledger's. Its report says not done where the same unit's report
    for an earlier day said done (the contradiction the report lists): the notice says
    both, to be checked.
    """
    from dg_plan._display import day_text  # noqa: PLC0415 - only when shown
    from dg_plan._i18n import gettext as _  # noqa: PLC0415 - gettext only when shown

    found = []
    for item in chase.items:
        later = item.report
        if later is None or later.status is Status.DONE:
            continue
        done = [
            r
            for r in reports
            if r.task == later.task
            and r.unit == later.unit
            and r.as_of < later.as_of
            and r.status is Status.DONE
        ]
        if done:
            earlier = max(done, key=lambda r: r.as_of)
            found.append(
                _(
                    "Your unit reported task {task} completed as of {earlier}, and {status} "
                    "as of {later}: please check which is right and say so in your reply."
                ).format(
                    task=later.task,
                    earlier=day_text(earlier.as_of),
                    status=later.status.label,
                    later=day_text(later.as_of),
                )
            )
    return found
