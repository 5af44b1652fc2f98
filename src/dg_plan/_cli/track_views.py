"""How the track actions' results read: tables, headlines, the rule behind a status.

:mod:`.render` dispatches to these; they only build text and JSON values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from dg_plan import _i18n, tracking
from dg_plan._display import day_text, enum_label
from dg_plan._i18n import N_, ngettext, pgettext
from dg_plan._i18n import gettext as _
from dg_plan._jsonable import jsonable
from dg_plan._message_kinds import NUMBER_RANGE, number_runs
from dg_plan._plan import Plan
from dg_plan.tracking.scores import (
    percent,
    rank_label,
    rate_note,
    score_figures,
    score_header,
    set_aside_label,
    set_aside_reasons,
    set_aside_why,
    unit_with_state,
    with_set_aside,
)
from dg_plan.tracking.sections import day_rule, task_status_text

from .errors import problem
from .problem_lines import sheet_of
from .results import (
    LateTasks,
    PartSummary,
    RoundRead,
    Scorecard,
    TaskExplanations,
    TemplatesWritten,
    UnitStatus,
)
from .terminal import fit, pad, printed, table, width
from .track_tables import score_table, summary_table

__all__ = [
    "expected_days",
    "late_data",
    "late_text",
    "notices_written",
    "part_summary_data",
    "part_summary_text",
    "scorecard_data",
    "scorecard_text",
    "set_aside_counts",
    "set_aside_head",
    "set_aside_lines",
    "status_label",
    "task_explanations_data",
    "task_explanations_text",
    "templates_lines",
    "unit_lines",
    "unit_status_data",
    "unit_status_text",
    "unsigned_line",
]


def status_label(status: tracking.Status | None) -> str:
    """A status in words; ``not reported`` for none."""
    return _("not reported") if status is None else status.label


def summary_rows(rows: Sequence[tracking.SummaryRow], first: str) -> list[list[str]]:
    labels = list(tracking.category_labels().values())
    table_rows = [[first, *labels, _("Total")]]
    table_rows += [
        [r.label, *(str(getattr(r, c)) for c in tracking.CATEGORIES), str(r.total)] for r in rows
    ]
    return table_rows


def headline(rows: Sequence[tracking.SummaryRow]) -> list[str]:
    """Every category's count (they add up to the total), then the tasks no 主责单位 reported."""
    labels = tracking.category_labels()
    lines = [[labels[c], str(sum(getattr(r, c) for r in rows))] for c in tracking.CATEGORIES]
    lines.append([_("Total"), str(sum(r.total for r in rows))])
    at_all, of_them_late = tracking.not_reported_labels()
    extra = _("{not_reported_at_all}: {count} ({of_them_late}: {late})").format(
        not_reported_at_all=at_all,
        count=sum(r.not_reported_at_all for r in rows),
        of_them_late=of_them_late,
        late=sum(r.late_not_reported for r in rows),
    )
    widths = max(width(label) for label, _n in lines)
    numbers = max(len(n) for _label, n in lines)
    return [f"  {pad(label, widths)}  {n.rjust(numbers)}" for label, n in lines] + [f"  {extra}"]


# The rule that gave a task its status (tracking.RULES), as the command line says it.
RULE_TEXT = {
    "all_done": N_(
        "done: every one of the {count} accountable units reported done; the task was done "
        "on the last of their days, {date}"
    ),
    "none_reported": N_("not reported: none of the {count} accountable units has reported"),
    "all_done_one": N_("done: the one accountable unit reported done, on {date}"),
    "none_reported_one": N_("not reported: the one accountable unit has not reported"),
    "all_not_started_one": N_("not started: the one accountable unit reported not started"),
    "not_all_done_one": N_(
        "in progress: the one accountable unit reported in progress; the task is done when "
        "it reports done"
    ),
    "all_not_started": N_(
        "not started: every accountable unit that reported says not started ({reported} of "
        "{count} reported)"
    ),
    "not_all_done": N_(
        "in progress: of the {count} accountable units, {parts}; the task is done only "
        "when every one of them reports done"
    ),
}
# The in-progress rule when some accountable units reported done (the fifteenth reader):
# the task is 部分单位已完成, not 推进中, which no unit may have said.
RULE_SOME_DONE = N_(
    "done by some units: of the {count} accountable units, {parts}; the task is done only "
    "when every one of them reports done"
)
# How many accountable units stand where, for the in-progress rule: only those there are.
# A unit whose file was set aside returned one: counted apart from 未报送 (the glossary).
RULE_PARTS = (
    (tracking.Status.DONE, N_("{count} reported done")),
    (tracking.Status.IN_PROGRESS, N_("{count} reported in progress")),
    (tracking.Status.NOT_STARTED, N_("{count} reported not started")),
    ("cells", N_("{count} returned, set aside for correction")),
    ("two_files", N_("{count} returned two files, the office to choose")),
    (None, N_("{count} did not report")),
)
# The rules that count the units apart when one of them returned a file set aside.
RULE_SET_ASIDE = {
    "none_reported": N_(
        "not reported: of the {count} accountable units, {parts}; the ledger holds no report "
        "of any of them"
    ),
    "all_not_started": N_(
        "not started: every accountable unit that reported says not started (of the {count}, "
        "{parts})"
    ),
}


def rule_parts(why: tracking.StatusExplanation, reasons: Mapping[str, str] | None = None) -> str:
    """The accountable units' statuses, counted, naming only the statuses some have.

    *reasons*: the units whose file was set aside, each with why: counted apart.
    """
    reasons = reasons or {}
    states: list[object] = [
        ("two_files" if reasons[u.unit] == "two_files" else "cells")
        if u.status is None and u.unit in reasons
        else u.status
        for u in why.units
        if u.counted
    ]
    parts = [
        _(text).format(count=states.count(state)) for state, text in RULE_PARTS if state in states
    ]
    return pgettext("between the counts of a task's rule", ", ").join(parts)


def explanation(
    plan: Plan,
    why: tracking.StatusExplanation,
    category: str,
    set_aside: Mapping[str, str] | Sequence[str] = (),
) -> str:
    """How a task's status was reached; *set_aside*: units whose file was set aside."""
    task = plan.task(why.task)
    # A counted unit that returned a file set aside is not silent (the glossary): the
    # rule counts it apart (1个已报回待修改，23个未报送), and a task nobody answered says
    # so in its headline too, as the report's 任务状态 does (with_set_aside; final13).
    reasons = set_aside_reasons(plan, set_aside)
    silent = [u.unit for u in why.units if u.counted and u.status is None]
    aside = {u: reasons[u] for u in silent if u in reasons}
    counted = [(u.unit, u.status) for u in why.units if u.counted]
    status = task_status_text(why.status, counted, aside)
    if why.status is None:
        status = with_set_aside(status, silent, aside)
    head = _("Task {number} ({deadline}): {status}; counted as {category}").format(
        number=task.number,
        deadline=printed(task.deadline),
        status=status,
        category=tracking.category_labels()[category],
    )
    # One accountable unit: a sentence of its own (no "every one of the 1").
    one = f"{why.rule}_one"
    text = RULE_TEXT[one if why.counted == 1 and one in RULE_TEXT else why.rule]
    if why.status is tracking.Status.IN_PROGRESS and why.done:
        # Some reported done, none need have said 推进中: the status's own words.
        text = RULE_SOME_DONE
    if aside and why.counted > 1:
        text = RULE_SET_ASIDE.get(why.rule, text)
    rule = _(text).format(
        count=why.counted,
        date=day_text(why.completed_on) if why.completed_on else why.completed_on,
        reported=why.counted - why.silent,
        done=why.done,
        silent=why.silent,
        parts=rule_parts(why, aside),
    )
    if why.counted == 1 and aside:
        # The one unit returned a file set aside: said of it.
        rule = _(
            "not reported: the one accountable unit's returned file is not in the ledger ({state})"
        ).format(state=set_aside_label(reasons[silent[0]]))
    # 数据截止日期: the day each report speaks for, not the day asked about.
    rows = [[_("Unit"), _("Role"), _("Counts"), _("Status"), _("Report as of"), _("Done on")]]
    for u in why.units:
        status = status_label(u.status)
        if u.status is None and u.unit in reasons:
            status = set_aside_label(reasons[u.unit])
        elif u.report is not None and u.report.expected:
            status = _("{status}, expected done by {day}").format(
                status=status, day=u.report.expected
            )
        if u.through_collective:
            status = _("{status} (through {collective})").format(status=status, collective=u.via)
        rows.append(
            [
                u.unit,
                enum_label(u.role),
                _("yes") if u.counted else _("no"),
                status,
                "" if u.report is None else day_text(u.report.as_of),
                ""
                if u.report is None or u.report.completed_on is None
                else day_text(u.report.completed_on),
            ]
        )
    lines = [head, _("Rule: {rule}").format(rule=rule.rstrip("。")), "", table(rows)]
    if any(not u.counted for u in why.units):
        lines += [
            "",
            _(
                "Only the accountable units' reports count: the leads (牵头) when the task "
                "has any, else its responsible (负责) units. The others (responsible under a "
                "lead, or supporting) are shown only."
            ),
        ]
    return "\n".join(lines)


def task_explanations_data(result: TaskExplanations) -> object:
    """How tasks' statuses were reached, as JSON."""
    return [{**jsonable(w), "category": result.categories[w.task]} for w in result.explanations]


def task_explanations_text(result: TaskExplanations) -> str:
    """How tasks' statuses were reached, in words."""
    return "\n\n".join(
        explanation(result.plan, w, result.categories[w.task], result.set_aside)
        for w in result.explanations
    )


def part_summary_data(result: PartSummary) -> object:
    """How the tasks stand per part, as JSON."""
    return jsonable(result.rows)


def part_summary_text(result: PartSummary) -> str:
    """How the tasks stand per part: a headline and a table."""
    head = ngettext(
        "As of {date}: {count} task", "As of {date}: {count} tasks", result.tasks
    ).format(date=day_text(result.as_of), count=result.tasks)
    return "\n".join(
        [
            head,
            day_rule(result.as_of),  # what the day means: a year-end count is of 1 January
            *headline(result.rows),
            "",
            summary_table(summary_rows(result.rows, _("Part"))),
            "",
            _("'--task N' shows how a task's status was reached."),
        ]
    )


def unit_status_data(result: UnitStatus) -> object:
    """A unit's tasks with their statuses, as JSON (UnitTaskStatusJSON)."""
    return [
        {
            **jsonable(t.deadline),
            "task": t.number,
            "role": role.value,
            "status": None if s is None else s.value,
            "task_status": None if ts is None else ts.value,
        }
        for t, role, s, ts in result.found
    ]


def unit_status_text(result: UnitStatus) -> str:
    """A unit's tasks with their statuses: a table."""
    rows_out = [
        [
            _("No."),
            _("Deadline"),
            _("Role"),
            # The unit's own answer (本单位填报状态), beside the task's (任务状态).
            pgettext("a unit's own answer, beside the task's status", "Status"),
            _("Task status"),
            pgettext("a column: the task's text", "Task"),
        ]
    ]
    rows_out += [
        [
            str(t.number),
            str(t.deadline),
            enum_label(role),
            set_aside_label(result.reason) if s is None and result.set_aside else status_label(s),
            task_status_text(ts, result.units.get(t.number, ())),
            t.text,
        ]
        for t, role, s, ts in result.found
    ]
    count = len(result.found)
    title = ngettext(
        "{unit} as of {date}: {count} task", "{unit} as of {date}: {count} tasks", count
    ).format(unit=result.unit.name, date=day_text(result.as_of), count=count)
    note = _(
        "Status: what the unit's own latest report says. Task status: from all its "
        "accountable units' reports ('--task N' shows how)."
    )
    if result.set_aside:
        # The legend of its state: why its file of the round is not in the ledger.
        note += "\n" + _(
            "{state}: the unit returned a file for this round, but {why}; the file was not "
            "put in the ledger, so where the unit has no report of its own its status is "
            "{state}, and a task's status counts it as not reported until a file is collected."
        ).format(state=set_aside_label(result.reason), why=set_aside_why(result.reason))
    return title + "\n\n" + fit(rows_out) + "\n\n" + note


def late_data(result: LateTasks) -> object:
    """The late tasks, as JSON: each task's form (LateTaskJSON) with its status."""
    return [
        {**jsonable(t, plan=result.plan), "status": None if s is None else s.value}
        for t, s, _units in result.found
    ]


def late_text(result: LateTasks) -> str:
    """The late tasks: a table."""
    title = _("Late as of {date}").format(date=day_text(result.as_of))
    if not result.found:
        # A whole sentence, as the other empty results are (not 截至…逾期未完成：无).
        return _("As of {date}, no task is late.").format(date=day_text(result.as_of))
    rows = [
        [
            _("No."),
            _("Deadline"),
            _("Status"),
            _("Accountable"),
            pgettext("a column: the task's text", "Task"),
        ]
    ]
    rows += [
        [
            str(t.number),
            str(t.deadline),
            task_status_text(s, result.units.get(t.number, ())),
            "、".join(u.name for u in units) or "—",
            t.text,
        ]
        for t, s, units in result.found
    ]
    count = ngettext("{title}: {count} task", "{title}: {count} tasks", len(result.found))
    return count.format(title=title, count=len(result.found)) + "\n\n" + fit(rows, names=3)


def rate_text(rate: float | None) -> str:
    """An on-time rate as a percentage, half up (13% for 1/8), or a dash when nothing was due."""
    return percent(rate)


def scorecard_data(result: Scorecard) -> object:
    """Each unit's own record, as JSON: jsonable's form of each ScoreRow."""
    return jsonable(result.rows)


def scorecard_text(result: Scorecard) -> str:
    """Each unit's own record: a row per role it holds (and its total when it holds two)."""
    rows = [score_header()]

    def line(rank: str, unit: str, role: str, score: tracking.Score) -> list[str]:
        counts = [str(n) for n in score_figures(score)]
        return [rank, unit, role, *counts, rate_text(score.on_time_rate)]

    # A collective nobody can report for is left out, as the report's table leaves it
    # out: named in a sentence, not a row (the sixteenth reader, fault 2).
    apart = [r.unit for r in result.rows if r.apart == "no_template"]
    for r in result.rows:
        if r.apart == "no_template":
            continue
        # Not ranked (the note says why): rank_label's rule, the report's too; "—" is
        # only ever a rate (nothing done or due in the row).
        rank = rank_label(r)
        for i, (role, score) in enumerate(r.by_role):
            first = i == 0
            # A unit whose file was set aside says so: its blanks are not 未报送.
            unit = unit_with_state(r.unit, result.set_aside) if first else ""
            rows.append(line(rank if first else "", unit, enum_label(role), score))
        if len(r.by_role) > 1:
            rows.append(line("", "", _("Total"), r.total))
    title = _("Each unit's own record as of {date}").format(date=day_text(result.as_of))
    note = _(
        "Only the tasks where the unit is accountable (主责单位: it leads, or it is responsible "
        "for a task without a lead) count, each by the unit's own report."
    )
    if apart:
        note += _(
            " Not listed: {units}: collectives that name no member units, so no template "
            "is sent to them."
        ).format(units=_(", ").join(apart))
    # What is counted is said above the table, as the report says it (the sixteenth
    # reader, fault 16: under the notes it read as detached from the table). What the
    # rate divides, which units are not ranked and how the others are ranked is
    # rate_note's, said once under the table (the fifteenth reader, fault 6).
    title += "\n" + day_rule(result.as_of)  # what the day means, in a line of its own
    return title + "\n\n" + note + "\n\n" + score_table(rows) + "\n" + rate_note()


def unsigned_line(unsigned: bool) -> list[str]:
    """The sentence saying the notices written are signed with a placeholder: once a run.

    Without ``--office`` the notices are signed （发文单位）, for the office to fill in
    (in Word, say); the command says so once, not under each notice.
    """
    if not unsigned:
        return []
    return [
        _(
            "The notices are signed with a placeholder for the sending office: fill it in, "
            "or name the office with --office."
        )
    ]


def set_aside_counts(files: Sequence[tracking.SetAside]) -> list[str]:
    """The files set aside, counted by what happens to them: a whole sentence each.

    Sent back to the unit, the ledger already holding its reports, asked for again (not
    this round's template, or a file that cannot be opened), the office's to choose, or
    no 填报单位 read: each count its own short sentence, so that a clerk reads at a
    glance how many files were set aside and why.
    """
    office = sum(f.unit is not None and tracking.notices.for_the_unit(f) is None for f in files)
    unknown = sum(f.unit is None for f in files)
    unit = [f for f in files if f.unit is not None and tracking.notices.for_the_unit(f) is not None]
    # Why each is set aside: cells to fix (sent back), the unit's reports for the day
    # already in the ledger, or no template of the round (asked for again).
    held = sum(_in_ledger(f) for f in unit)
    # A file that cannot be opened is asked for again too, but said apart: it may well be
    # this round's template, damaged on the way (#21).
    broken = sum(f.reason == "unreadable" and not _in_ledger(f) for f in unit)
    again = sum(tracking.notices.asks_again(f) and not _in_ledger(f) for f in unit) - broken
    back = len(unit) - held - again - broken
    said = []
    if back:
        said.append(
            ngettext(
                "{count} file set aside, to be sent back for correction.",
                "{count} files set aside, to be sent back for correction.",
                back,
            ).format(count=back)
        )
    if held:
        said.append(
            ngettext(
                "{count} file set aside: the ledger already holds its unit's reports for its day.",
                "{count} files set aside: the ledger already holds their units' reports for "
                "their day.",
                held,
            ).format(count=held)
        )
    if again:
        said.append(
            ngettext(
                "{count} file set aside: not this round's template, to be returned again.",
                "{count} files set aside: not this round's template, to be returned again.",
                again,
            ).format(count=again)
        )
    if broken:
        said.append(
            ngettext(
                "{count} file set aside: it cannot be opened, to be returned again.",
                "{count} files set aside: they cannot be opened, to be returned again.",
                broken,
            ).format(count=broken)
        )
    if office:
        said.append(
            ngettext(
                "{count} file set aside for the office to choose: two files of one unit.",
                "{count} files set aside for the office to choose: two or more files of one unit.",
                office,
            ).format(count=office)
        )
    if unknown:
        said.append(
            ngettext(
                "{count} file set aside: its 填报单位 could not be read.",
                "{count} files set aside: their 填报单位 could not be read.",
                unknown,
            ).format(count=unknown)
        )
    return said


#: The most units named in a line; more are listed one a line under a counted heading
#: (as the command line lists the files in the way of a template or notice).
UNITS_IN_A_LINE = 3


def unit_lines(inline: str, many: str, units: Sequence[str]) -> list[str]:
    """Units under a label: in the line for a few, else a counted heading and one a line.

    *inline* says ``...: {units}``; *many* says ``{count}`` and ends in a colon, the
    units following one a line, indented.
    """
    if len(units) <= UNITS_IN_A_LINE:
        return [inline.format(units="、".join(units), count=len(units))]
    return [many.format(count=len(units)), *(f"  {u}" for u in units)]


def _in_ledger(f: tracking.SetAside) -> bool:
    """Whether *f* is set aside for the ledger holding its unit's reports for its day."""
    return any(p.kind is not None and p.kind.value == "round_in_ledger" for p in f.problems)


def set_aside_lines(files: Sequence[tracking.SetAside]) -> list[str]:
    """Each file set aside with its problems; two files of a unit said once for the unit.

    The sentence on two or more files of one unit for one day (``two_files_of_unit``)
    names them all: it is said once, where the first of them would be listed, and a
    file of them is listed apart only for its other problems.
    """
    lines: list[str] = []
    told: set[tuple[object, ...]] = set()
    for f in files:
        own = []
        for p in f.problems:
            if p.kind is not None and p.kind.value == "two_files_of_unit":
                key = (p.kind, p.values)
                if key not in told:
                    told.add(key)
                    # Where the files are: its reason alone (it names the unit and files).
                    lines.append("  " + _sentence(p.render(_i18n.current())))
            else:
                own.append(p)
        if not own:
            continue
        problems = ngettext("{count} problem", "{count} problems", len(own))
        head = _("{file} ({unit}): {problems}").format(
            file=f.file,
            unit=f.unit or _("unit unknown"),
            problems=problems.format(count=len(own)),
        )
        lines.append("  " + head)
        lines += ["    " + _sentence(problem(p, f.sheet)) for p in own]
    return lines


def _sentence(said: str) -> str:
    """A problem line said as a sentence: in Chinese it ends with 。 (the thirteenth reader)."""
    if said.endswith(("。", "？", ".")):
        return said
    return pgettext("a note of show, said as a sentence", "{note}").format(note=said)


def set_aside_head(
    files_aside: Sequence[tracking.SetAside], files: int, *, counted: bool = False
) -> str:
    """The line over the files set aside: how many, those with problems and the office's apart.

    *counted*: the lines above (collect's summary) already say how many files were set
    aside and why; the heading then says no count again, only what follows (issue 23:
    one statement of each count).
    """
    count = len(files_aside)
    if counted:
        return _("the files set aside and their problems:")
    # The files the office chooses among (two of a unit) are no unit's mistake:
    # counted apart from those with problems, as the summary line counts them.
    chosen = sum(
        f.unit is not None and tracking.notices.for_the_unit(f) is None for f in files_aside
    )
    if not chosen and count == files > 1:
        # Every file returned has problems: said so (均), not "4 of 4" (the tenth reader).
        said = ngettext(
            "set aside all {files} file (not in the ledger); every problem:",
            "set aside all {files} files (not in the ledger); every problem:",
            files,
        )
    elif not chosen:
        said = ngettext(
            "set aside {count} of {files} file (not in the ledger); every problem:",
            "set aside {count} of {files} files (not in the ledger); every problem:",
            files,
        )
    elif chosen == count:
        said = ngettext(
            "set aside {count} of {files} file for the office to choose (not in the ledger):",
            "set aside {count} of {files} files for the office to choose (not in the ledger):",
            files,
        )
    else:
        said = ngettext(
            "set aside {count} of {files} file (not in the ledger): {bad} with problems, "
            "{office} for the office to choose; each:",
            "set aside {count} of {files} files (not in the ledger): {bad} with problems, "
            "{office} for the office to choose; each:",
            files,
        )
    return said.format(count=count, files=files, bad=count - chosen, office=chosen)


def notices_written(notices: Sequence[tuple[str, Any]]) -> str:
    """The line over the notices collect wrote, each kind named (退回修改, 重新报送)."""
    again = sum(str(path).endswith("重新报送通知.docx") for _unit, path in notices)
    back = len(notices) - again
    if not again:
        return ngettext(
            "wrote {count} 退回修改 notice:", "wrote {count} 退回修改 notices:", back
        ).format(count=back)
    if not back:
        return ngettext(
            "wrote {count} 重新报送 notice:", "wrote {count} 重新报送 notices:", again
        ).format(count=again)
    return ngettext(
        "wrote {count} notice ({back} 退回修改, {again} 重新报送):",
        "wrote {count} notices ({back} 退回修改, {again} 重新报送):",
        len(notices),
    ).format(count=len(notices), back=back, again=again)


def document_number_runs(numbers: Sequence[str]) -> str:
    """*numbers* (文号, in order) said with each run of three or more as a range.

    ``豫督〔2024〕5号`` to ``豫督〔2024〕138号`` is ``豫督〔2024〕5号至138号``; a run of two,
    or a 文号 alone, is said whole.
    """
    runs: list[list[tuple[str, int, str]]] = []
    for number in numbers:
        found = re.fullmatch(r"(.*?)(\d+)号", number)
        key = (found[1], int(found[2]), number) if found else (number, -2, number)
        last = runs[-1][-1] if runs else None
        if last is not None and last[1] >= 0 and key[0] == last[0] and key[1] == last[1] + 1:
            runs[-1].append(key)
        else:
            runs.append([key])
    said: list[str] = []
    for run in runs:
        if len(run) < 3:
            said += [n for _, _, n in run]
        else:
            said.append(
                pgettext("a run of document numbers", "{first} to {last}号").format(
                    first=run[0][2], last=run[-1][1]
                )
            )
    return _(", ").join(said)


def expected_days(notes: Sequence[Any], aside: Sequence[str] = ()) -> list[str]:
    """One line a file for the 完成日期 written beside a task not done: read as expected.

    The template asks for the expected completion time there: a unit that did as asked
    is told once per file which rows were read so, not warned row by row. The line is
    a note on a file put into the ledger (labelled as the other notes are, a whole
    sentence): a file in *aside* (set aside: nothing of it taken in) gets none.
    """
    skipped = {*aside, *(Path(a).name for a in aside)}
    rows: dict[str, list[int]] = {}
    for note in notes:
        if str(note.kind) == "day_not_completion" and note.row is not None:
            file = str(note.file or "")
            if file in skipped or Path(file).name in skipped:
                continue
            rows.setdefault(file, []).append(note.row)
    separator, span = _(", "), _(NUMBER_RANGE)
    said = pgettext("a note on how a returned file was read", "{note}")
    found_lines = []
    for file, found in rows.items():
        runs = number_runs(found, separator, span)
        # The file, its sheet and its rows, as every problem line places a cell (省公安厅.xlsx
        # “填报”表第6行): one form of reference (the fifteenth reader, fault 14).
        sheet = sheet_of(file, notes)
        if sheet is None:
            line = ngettext(
                "{file}: the 完成（预计完成）日期 of row {rows}, a task not done, was read "
                "as its expected completion day.",
                "{file}: the 完成（预计完成）日期 of rows {rows}, tasks not done, was read "
                "as their expected completion day.",
                len(found),
            ).format(file=file, rows=runs)
        else:
            line = ngettext(
                "{file}: the 完成（预计完成）日期 of row {rows} of sheet {sheet}, a task not "
                "done, was read as its expected completion day.",
                "{file}: the 完成（预计完成）日期 of rows {rows} of sheet {sheet}, tasks not "
                "done, was read as their expected completion day.",
                len(found),
            ).format(file=file, rows=runs, sheet=sheet)
        found_lines.append(said.format(note=line))
    return found_lines


def _two_files_told(f: tracking.SetAside) -> bool:
    """Whether *f* is named by a two-files sentence, which says to keep one and collect it."""
    return any(p.kind is not None and p.kind.value == "two_files_of_unit" for p in f.problems)


def round_lines(found: RoundRead, files: int, *, counted: bool = False) -> list[str]:
    """What collecting a round found beside the ledger, line by line (nothing: no line).

    *counted*: the files set aside were counted above (collect's summary lines).
    """
    lines: list[str] = []
    if found.set_aside:
        lines.append(set_aside_head(found.set_aside, files, counted=counted))
        lines += set_aside_lines(found.set_aside)
    if found.notices is not None:
        if found.notices:
            lines.append(notices_written(found.notices))
            lines += [f"  {path}" for _unit, path in found.notices]
            if found.passed_over:
                # A 文号 once issued is never issued again: said, so the clerk knows why.
                lines.append(
                    ngettext(
                        "Document number {numbers} is already in the ledger's log of notices "
                        "and was passed over.",
                        "Document numbers {numbers} are already in the ledger's log of notices "
                        "and were passed over.",
                        len(found.passed_over),
                    ).format(numbers=document_number_runs(found.passed_over))
                )
            lines += unsigned_line(found.unsigned)
            if found.early is not None:
                by, dated = found.early
                lines.append(
                    _(
                        "The return-by day ({by}) is before the notices' date ({dated}); "
                        "please check."
                    ).format(by=day_text(by), dated=day_text(dated))
                )
        no_unit = [f.file for f in found.set_aside if f.unit is None]
        if no_unit:
            lines.append(
                _("no notice for {files}: the 填报单位 could not be read").format(
                    files=_(", ").join(no_unit)
                )
            )
        office = [
            f
            for f in found.set_aside
            if f.unit is not None and tracking.notices.for_the_unit(f) is None
        ]
        # The two-files sentence above names its files and says no notice is sent: they
        # are not named a second time (the clerk of round 11).
        untold = [f for f in office if not _two_files_told(f)]
        if untold:
            lines.append(
                _(
                    "no notice for {files}: the office chooses which file of the unit to keep"
                ).format(files=_(", ").join(f.file for f in untold))
            )
        # What to do with them is said once: the two-files sentence above says it (keep
        # only the file to use and collect it again), for the files it names.
        if any(not _two_files_told(f) for f in office):
            lines.append(
                _(
                    "keep only the file to use and collect it (with --into LEDGER --replace "
                    "if the ledger holds another file of the unit for that day)"
                )
            )
    if blank := [u for u in found.returned_blank if u not in {f.unit for f in found.set_aside}]:
        lines += unit_lines(
            _("returned with no report (every row blank): {units}"),
            ngettext(
                "returned with no report, every row blank ({count} unit):",
                "returned with no report, every row blank ({count} units):",
                len(blank),
            ),
            blank,
        )
    if found.not_returned is not None:
        if found.not_returned:
            # Many units: a counted heading, then one a line (as the files in the way are).
            lines += unit_lines(
                ngettext(
                    "sent a template, returned no file ({count} unit): {units}",
                    "sent a template, returned no file ({count} units): {units}",
                    len(found.not_returned),
                ),
                ngettext(
                    "sent a template, returned no file ({count} unit):",
                    "sent a template, returned no file ({count} units):",
                    len(found.not_returned),
                ),
                found.not_returned,
            )
        else:
            lines.append(_all_returned(found))
    return lines


def _all_returned(found: RoundRead) -> str:
    """Every unit sent a template returned a file: how many, and whose file was sent back.

    Not only 均已报回, which reads as all done (reader14): 下发填报表的3个单位均已报回，
    其中1个单位的填报表已退回修改。 (需退回修改 when no notice was written).
    """
    count = len(found.sent)
    back = {
        f.unit
        for f in found.set_aside
        if f.unit in found.sent and tracking.notices.for_the_unit(f) is not None
    }
    # One unit is not 均 (all): its own sentences, as the notices' 下列1项任务.
    sent_back = found.notices is not None
    if count == 1:
        if not back:
            return _("The one unit sent a template returned its file.")
        if sent_back:
            return _(
                "The one unit sent a template returned its file; it was sent back for correction."
            )
        return _(
            "The one unit sent a template returned its file; it is to be sent back for correction."
        )
    if not back:
        said = _("All {count} units sent a template returned a file.")
    elif sent_back:
        said = _(
            "All {count} units sent a template returned a file; {back} of them had the "
            "file sent back for correction."
        )
    else:
        said = _(
            "All {count} units sent a template returned a file; {back} of them have the "
            "file to be sent back for correction."
        )
    return said.format(count=count, back=len(back))


# Why a unit got no template of track template --all, by TemplatesWritten's reasons.
_SKIPPED = {
    "through_members": N_("its member units get one each"),
    "names_no_member": N_("a collective that names no member unit: nobody can be sent it"),
    "no_task": N_("it answers for no task"),
}


def templates_lines(result: TemplatesWritten) -> list[str]:
    """What ``track template --all`` says: the templates written, then the units given none."""
    lines = [
        ngettext(
            "Wrote {count} template into {folder}, as of {date}; the units sent them are "
            "listed in sent.csv.",
            "Wrote {count} templates into {folder}, as of {date}; the units sent them are "
            "listed in sent.csv.",
            len(result.written),
        ).format(count=len(result.written), folder=result.folder, date=day_text(result.as_of))
    ]
    # A collective whose members each got one is said apart, not as a unit given none.
    counted = dict(result.members)
    for unit, count in result.members:
        lines.append(
            ngettext(
                "{unit} is a collective and gets no template of its own; its {count} "
                "member unit got one.",
                "{unit} is a collective and gets no template of its own; its {count} "
                "member units got one each.",
                count,
            ).format(unit=unit, count=count)
        )
    skipped = [(u, r) for u, r in result.skipped if not (r == "through_members" and u in counted)]
    if skipped:
        lines.append(_("no template for:"))
        lines += [
            "  " + _("{unit}: {reason}").format(unit=unit, reason=_(_SKIPPED[reason]))
            for unit, reason in skipped
        ]
    return lines
