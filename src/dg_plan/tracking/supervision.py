"""The supervision report: a self-contained HTML page, or the same tables as xlsx."""

from __future__ import annotations

import datetime
import html
import io
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dg_plan._compat import require
from dg_plan._dates import read_day
from dg_plan._display import day_text, enum_label
from dg_plan._i18n import current, ngettext, pgettext, using
from dg_plan._i18n import gettext as _
from dg_plan._model import UnitKind
from dg_plan._output import anonymous, emit
from dg_plan._query_errors import QueryErrorKind, query_error

from .cells import evidence_text as _evidence_text
from .cells import notes_text as _notes_text
from .chart import chart
from .headings import NUMBERS as _NUMBERS
from .headings import heading as _heading
from .headings import section_tab as _section_tab
from .layout import DAY_FORMAT
from .ledger import Ledger
from .model import CATEGORIES, SummaryRow, category_labels, not_reported_labels
from .opening import opening_sentence
from .progress import TaskProgress, progress, rounds
from .scores import (
    Score,
    can_report,
    percent,
    rank_label,
    rate_note,
    score_figures,
    score_header,
    set_aside_reasons,
    unit_with_state,
    with_set_aside,
)
from .sections import (
    before_text,
    change_rows,
    changes_header,
    changes_sentence,
    contradiction_rows,
    contradictions_header,
    contradictions_note,
    day_rule,
    no_due,
    signature,
    task_rule,
    task_status_text,
    unit_note,
)
from .word import TITLE_FONT, word_document

__all__ = ["CATEGORY_LABELS", "report"]

# The 落款 of a report from an office: its name, the day in words; empty: none.
Sig = Sequence[str]
# No unit's file set aside: the default of the tables' *set_aside* (each unit's reason).
_NONE: Mapping[str, str] = MappingProxyType({})


class _ChineseLabels(Mapping[str, str]):
    """Each category's Chinese label, read from the catalog when first looked up."""

    __slots__ = ()

    def __getitem__(self, key: str) -> str:
        return category_labels("zh")[key]

    def __iter__(self) -> Iterator[str]:
        return iter(CATEGORIES)

    def __len__(self) -> int:
        return len(CATEGORIES)

    def __repr__(self) -> str:
        return repr(dict(self))


#: The Chinese label of each summary count, in :data:`~dg_plan.tracking.CATEGORIES` order.
CATEGORY_LABELS: Mapping[str, str] = _ChineseLabels()
_CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
       sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; }
th { white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
dl.headline { display: flex; gap: 2em; }
dl.headline dd { font-size: 2em; margin: 0; font-weight: bold; }
.late { color: #c62828; }
p.note { color: #555; font-size: 0.9em; }
p.signature { text-align: right; margin: 2em 4em 0 0; }
"""


def _e(value: object) -> str:
    return html.escape(str(value))


def _counts(row: SummaryRow) -> list[int]:
    return [getattr(row, c) for c in CATEGORIES] + [row.total]


def _header(first: str) -> list[str]:
    """A summary table's header row, in the language in force."""
    return [first, *category_labels().values(), _("Total")]


def _table(table_id: str, first: str, rows: Sequence[SummaryRow]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in _header(first))
    body = "".join(
        f"<tr><td>{_e(r.label)}</td>"
        + "".join(f'<td class="n">{n}</td>' for n in _counts(r))
        + "</tr>"
        for r in rows
    )
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _taskstatus_text(item: TaskProgress, set_aside: Mapping[str, str]) -> str:
    """A task's status; 未报送 says how many of its units returned a file set aside."""
    text = task_status_text(item.status, item.units, set_aside)
    if item.status is not None:
        return text
    return with_set_aside(text, item.outstanding, set_aside)


def _task_row(item: TaskProgress, set_aside: Mapping[str, str] = _NONE) -> list[str]:
    """A task's row: number, text, deadline, outstanding, status, progress, evidence, change."""
    change = (
        _("{before} → {now}").format(
            before=before_text(item), now=task_status_text(item.status, item.units)
        )
        if item.changed
        else ""
    )
    return [
        str(item.task.number),
        item.task.text,
        str(item.task.deadline),
        "、".join(item.outstanding),
        _taskstatus_text(item, set_aside),
        _notes_text(item),
        _evidence_text(item),
        change,
    ]


def _late_rows(
    found: Sequence[TaskProgress],
    *,
    due: bool = False,
    set_aside: Mapping[str, str] = _NONE,
    first: bool = False,
) -> list[tuple[list[str], bool]]:
    """The late tasks' rows (or those due on the day), each with whether it is unreported.

    *first*: the first round, with no previous one: no 较上一轮变化 column (an empty one
    in every row read as a fault: the fifteenth reader).
    """
    wanted = "due_open" if due else "late_open"
    keep = 7 if first else 8
    return [
        (_task_row(i, set_aside)[:keep], i.status is None) for i in found if i.category == wanted
    ]


def _late_header(*, first: bool = False) -> list[str]:
    """The late tables' header; *first*: without 较上一轮变化 (see :func:`_late_rows`)."""
    return [
        _("No."),
        pgettext("a column: the task's text", "Task"),
        _("Deadline"),
        _("Outstanding units"),
        # The task's status from its accountable units' reports: the glossary's 任务状态.
        pgettext("a task's, beside its standing", "Status"),
        _("Progress"),
        _("Evidence"),
        _("Change since the previous round"),
    ][: 7 if first else 8]


def _round_units(ledger: Ledger, day: datetime.date, latest: datetime.date) -> tuple[int, int]:
    """The units whose newest report by *day* is of the round *latest*, and the others.

    (units that reported in the round *latest*, units that reported by *day* but not then)
    """
    reported = {r.unit for r in ledger.reports if r.as_of <= day}
    newest = {r.unit for r in ledger.reports if r.as_of == latest}
    return len(newest), len(reported - newest)


def _subtitle(ledger: Ledger, day: datetime.date) -> str:
    """The line under the title, in brackets: the day, and the reports the figures rest on."""
    found = rounds(ledger, day)
    date = day_text(day)
    if found.latest is None:
        return _("(As of {date}; no report received yet)").format(date=date)
    if found.latest == day:
        # The reports speak for the report's own day: saying the day again adds nothing.
        if found.previous is None:
            return _("(As of {date})").format(date=date)
        return _("(As of {date}; the previous round: {previous})").format(
            date=date, previous=day_text(found.previous)
        )
    latest = day_text(found.latest)
    newest, earlier = _round_units(ledger, day, found.latest)
    if earlier and found.previous is not None:
        # Some units reported only in earlier rounds: their figures are those answers,
        # and 采用各单位截至{latest}的报送记录 would read as if every unit reported then.
        return ngettext(
            "(Data as of {date}, from each unit's newest report as of that day: the newest "
            "round, {latest}, for {count} unit; the others' from earlier rounds; the "
            "previous round: {previous})",
            "(Data as of {date}, from each unit's newest report as of that day: the newest "
            "round, {latest}, for {count} units; the others' from earlier rounds; the "
            "previous round: {previous})",
            newest,
        ).format(date=date, latest=latest, count=newest, previous=day_text(found.previous))
    if found.previous is None:
        return _("(Data as of {date}, from the units' reports as of {latest})").format(
            date=date, latest=latest
        )
    return _(
        "(Data as of {date}, from the units' reports as of {latest}; the previous round: "
        "{previous})"
    ).format(date=date, latest=latest, previous=day_text(found.previous))


def _headline(rows: Sequence[SummaryRow]) -> tuple[list[tuple[str, str, int]], int, int, int]:
    """The headline: (category, label, count) for each category; the total; the extra figure."""
    labels = category_labels()
    counts = [(c, labels[c], sum(getattr(r, c) for r in rows)) for c in CATEGORIES]
    total = sum(r.total for r in rows)
    silent = sum(r.not_reported_at_all for r in rows)
    silent_late = sum(r.late_not_reported for r in rows)
    return counts, total, silent, silent_late


def _unit_rows(
    ledger: Ledger, day: datetime.date, set_aside: Mapping[str, str] = _NONE
) -> tuple[list[list[object]], list[str]]:
    """The per-unit rows, as the scorecard counts them; and the units left out.

    Each unit on the tasks where its own answer counts (it is accountable), a row per
    role it holds (牵头, 负责) and their total when it holds two; ranked as the
    scorecard ranks, the units with nothing due after them (不参与排名). The
    collectives nobody can report for (省直相关部门) are left out: their names are
    returned apart. A row's cells: rank, unit, role, then ints, then the rate (a
    float, or ``None``: nothing due).
    """
    rows: list[list[object]] = []
    # Every collective nobody can report for that the plan names, accountable or not
    # (the by-unit summary counts them): the note says why they are not in the table.
    apart = list(
        dict.fromkeys(
            u.name
            for t in ledger.plan.tasks
            for u in t.units
            if u.kind is UnitKind.COLLECTIVE and not can_report(ledger, u.name)
        )
    )

    def line(rank: int | str, unit: str, role: str, score: Score) -> list[object]:
        return [rank, unit, role, *score_figures(score), score.on_time_rate]

    for r in ledger.scorecard(day):
        if not can_report(ledger, r.unit):
            continue
        # A number (Excel sorts it), or the words 不参与排名.
        rank: int | str = r.rank if r.rank is not None else rank_label(r)
        # A unit whose file was set aside says so: its blanks are not 未报送.
        named = unit_with_state(r.unit, set_aside)
        for i, (role, score) in enumerate(r.by_role):
            first = i == 0
            shown: tuple[int | str, str] = (rank, named) if first else ("", "")
            rows.append(line(*shown, enum_label(role), score))
        if len(r.by_role) > 1:
            rows.append(line("", "", _("Total"), r.total))
    return rows, apart


def _unit_text_rows(rows: Sequence[Sequence[object]]) -> list[list[str]]:
    """The per-unit rows as text: the rate as a percentage (13% for 1/8; — for none due)."""
    return [[*(str(c) for c in row[:-1]), percent(row[-1])] for row in rows]  # type: ignore[arg-type]


def _none() -> str:
    """What an empty table of the report says in its one row: 无."""
    return pgettext("an empty table of the report", "None")


def _say_none(sheet: Any) -> None:  # noqa: ANN401 - an openpyxl sheet
    """An empty sheet (its header alone) says 无 in the row under the header."""
    if sheet.max_row == 1:
        sheet.append([_none()])


def _rows_or_none(body: str, columns: int) -> str:
    """A table's body; an empty one a single row saying 无 across the table."""
    return body or f'<tr><td colspan="{columns}">{_e(_none())}</td></tr>'


def _cells(row: Sequence[str]) -> str:
    return "".join(f"<td>{'<br>'.join(_e(line) for line in str(c).splitlines())}</td>" for c in row)


def _no_contradictions() -> str:
    """What section 四 says when no report contradicts an earlier one: a sentence, no table."""
    return _("No report contradicts the same unit's report of an earlier round.")


def _html(
    ledger: Ledger, day: datetime.date, set_aside: Mapping[str, str] = _NONE, signed: Sig = ()
) -> str:
    parts = ledger.summary(day, by="part")
    deadlines = ledger.summary(day, by="deadline")
    units, apart = _unit_rows(ledger, day, set_aside)
    found = progress(ledger, day)
    counts, total, silent, silent_late = _headline(parts)
    at_all, of_them_late = not_reported_labels()
    # One title in the three formats, the glossary's 督办报告; the day is in the line under it.
    title = _("{title}: supervision report").format(title=ledger.plan.metadata.title)
    first = rounds(ledger, day).previous is None
    late_body = "".join(
        f"<tr>{_cells(r)}</tr>"
        for r, _silent in _late_rows(found, set_aside=set_aside, first=first)
    )
    due_body = "".join(
        f"<tr>{_cells(r)}</tr>"
        for r, _silent in _late_rows(found, due=True, set_aside=set_aside, first=first)
    )
    late_head = "".join(f"<th>{_e(h)}</th>" for h in _late_header(first=first))
    # An empty table says 无 in one row across it, not a header over nothing.
    late_body = _rows_or_none(late_body, len(_late_header(first=first)))
    # None due on the day: a sentence, as section 四 says none found.
    due = (
        f'<table id="due"><thead><tr>{late_head}</tr></thead><tbody>{due_body}</tbody></table>'
        if due_body
        else f'<p id="due">{_e(no_due())}</p>'
    )
    # Every task's row, as the workbook's sheet and the Word document's table have it.
    tasks_head = "".join(f"<th>{_e(h)}</th>" for h in _progress_header())
    tasks_body = "".join(f"<tr>{_cells(r)}</tr>" for r in _progress_rows(found, set_aside))
    changes_head = "".join(f"<th>{_e(h)}</th>" for h in changes_header())
    changes_body = _rows_or_none(
        "".join(f"<tr>{_cells(r)}</tr>" for r in change_rows(found)), len(changes_header())
    )
    only_round = changes_sentence(ledger, day, found)
    changes = (
        f'<p class="note" id="changes">{_e(only_round)}</p>'
        if only_round is not None
        else f'<table id="changes"><thead><tr>{changes_head}</tr></thead>'
        f"<tbody>{changes_body}</tbody></table>"
    )
    clash_head = "".join(f"<th>{_e(h)}</th>" for h in contradictions_header())
    clash_rows = contradiction_rows(ledger, day)
    clash_body = "".join(f"<tr>{_cells(r)}</tr>" for r in clash_rows)
    # None found: one sentence says so, not a table of 无.
    clashes = (
        f'<p class="note">{_e(contradictions_note())}</p>\n'
        f'<table id="contradictions"><thead><tr>{clash_head}</tr></thead>'
        f"<tbody>{clash_body}</tbody></table>"
        if clash_rows
        else f'<p id="contradictions">{_e(_no_contradictions())}</p>'
    )
    headline = "".join(
        f"<div><dt{' class=late' if c == 'late_open' else ''}>{_e(label)}</dt>"
        f'<dd data-count="{c}">{n}</dd></div>'
        for c, label, n in counts
    )
    lang = "zh-CN" if current() == "zh" else "en"
    # Numbered as a 公文 numbers its sections (一、 and （一） under it), as the Word one is.
    # The chart is a figure with a caption, not a numbered section (see _titles).
    heads = {key: _heading(key) for key in _NUMBERS}
    heads |= {"total": _("Total"), "chart": _("Status by deadline")}
    h = {k: _e(v) for k, v in heads.items()}
    unit_head = "".join(f"<th>{_e(h)}</th>" for h in score_header())
    unit_body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{_e(c)}</td>' if i >= 3 else f"<td>{_e(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in _unit_text_rows(units)
    )
    unit_body = _rows_or_none(unit_body, len(score_header()))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{_e(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{_e(title)}</h1>
<p class="note" id="data-as-of">{_e(_subtitle(ledger, day))}</p>
<p class="note" id="day-rule">{_e(day_rule(day))}</p>
<p id="summary">{_e(_summary_sentence(ledger, day, found))}</p>
<h2>{h["overall"]}</h2>
<dl class="headline">
{headline}
<div><dt>{h["total"]}</dt><dd data-count="total">{total}</dd></div>
</dl>
<dl class="headline extra">
<div><dt>{_e(at_all)}</dt><dd data-count="not_reported_at_all">{silent}</dd></div>
<div><dt>{_e(of_them_late)}</dt><dd data-count="late_not_reported">{silent_late}</dd></div>
</dl>
<figure>
<figcaption>{h["chart"]}</figcaption>
{chart(deadlines)}
</figure>
<h3>{h["part"]}</h3>
{_table("by-part", _("Part"), parts)}
<h3>{h["deadline"]}</h3>
{_table("by-deadline", _("Deadline"), deadlines)}
<h2>{h["tasks"]}</h2>
<p class="note" id="task-rule">{_e(task_rule())}</p>
<h3>{h["late"]}</h3>
<table id="late"><thead><tr>{late_head}</tr></thead><tbody>{late_body}</tbody></table>
<h3>{h["due"]}</h3>
{due}
<h3>{h["changes"]}</h3>
{changes}
<h3>{h["all"]}</h3>
<table id="tasks"><thead><tr>{tasks_head}</tr></thead><tbody>{tasks_body}</tbody></table>
<h2>{h["unit"]}</h2>
<p class="note">{_e(unit_note(apart))}</p>
<table id="by-unit"><thead><tr>{unit_head}</tr></thead><tbody>{unit_body}</tbody></table>
<p class="note" id="rate-note">{"<br>".join(map(_e, rate_note().splitlines()))}</p>
<h2>{h["contradictions"]}</h2>
{clashes}
{f'<p class="signature">{"<br>".join(map(_e, signed))}</p>' if signed else ""}
</body>
</html>
"""


def _progress_header() -> list[str]:
    return [
        _("No."),
        pgettext("a column: the task's text", "Task"),
        _("Deadline"),
        _("Accountable units"),
        _("Standing"),
        _("Outstanding units"),
        _("Progress"),
        _("Evidence"),
    ]


def _outstanding_text(item: TaskProgress, set_aside: Mapping[str, str]) -> str:
    """The units still outstanding; one whose returned file was set aside says so."""
    return "、".join(unit_with_state(u, set_aside) for u in item.outstanding)


def _progress_rows(
    found: Sequence[TaskProgress], set_aside: Mapping[str, str] = _NONE
) -> list[list[str]]:
    labels = category_labels()
    return [
        [
            str(i.task.number),
            i.task.text,
            str(i.task.deadline),
            "、".join(u.name for u in i.task.accountable),
            labels[i.category],
            _outstanding_text(i, set_aside),
            _notes_text(i),
            _evidence_text(i),
        ]
        for i in found
    ]


def _dress(wb: Any) -> None:  # noqa: ANN401 - an openpyxl workbook
    """Bold headers, frozen; the columns of words wide enough to read, and wrapped."""
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415 - optional

    # The task's text most of all.
    wide = {
        pgettext("a column: the task's text", "Task"): 60,
        _("Progress"): 40,
        _("Evidence"): 30,
        _("Outstanding units"): 24,
        _("Accountable units"): 24,
        _("Unit"): 24,
    }
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        wrapped = set()
        for cell in sheet[1]:
            width = wide.get(str(cell.value))
            if width is not None:
                sheet.column_dimensions[cell.column_letter].width = width
                wrapped.add(cell.column)
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                text = isinstance(cell.value, str)
                if text and (cell.column in wrapped or "\n" in cell.value):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _about(
    info: Any,  # noqa: ANN401 - a sheet
    ledger: Ledger,
    day: datetime.date,
    found: Sequence[TaskProgress],
    signed: Sig = (),
) -> None:
    """The 说明 sheet: the plan, the days, the headline; the 落款 last, if any."""
    # The report's title, as the page's and the Word document's, alone on the first row.
    info.append([_("{title}: supervision report").format(title=ledger.plan.metadata.title)])
    # Its opening, as the page and the Word document open.
    info.append([_summary_sentence(ledger, day, found)])
    info.append([pgettext("the task list a report is about", "Plan"), ledger.plan.metadata.title])
    info.append([_("As of"), day])
    info.cell(info.max_row, 2).number_format = DAY_FORMAT if current() == "zh" else "yyyy-mm-dd"
    # What the day means, under it: a year-end count is asked for 1 January.
    info.append([day_rule(day)])
    # The day the figures rest on as a day (its label says what it is), not the page's
    # sentence (which begins with the label again); and the previous round's.
    found_rounds = rounds(ledger, day)
    day_format = DAY_FORMAT if current() == "zh" else "yyyy-mm-dd"
    if found_rounds.latest is None:
        no_report = _("No report has been received by this day.")
        info.append([_("Data as of (the newest report day)"), no_report])
    else:
        info.append([_("Data as of (the newest report day)"), found_rounds.latest])
        info.cell(info.max_row, 2).number_format = day_format
        # How many units that round is, and how many figures carry an earlier round's
        # answer (the subtitle of the page and the Word document says the same).
        newest, earlier = _round_units(ledger, day, found_rounds.latest)
        if earlier:
            info.append([_("Units that reported in the newest round"), newest])
            info.append([_("Units whose newest report is of an earlier round"), earlier])
    if found_rounds.previous is not None:
        info.append([_("Previous round"), found_rounds.previous])
        info.cell(info.max_row, 2).number_format = day_format
    info.append([_("Reports"), len(ledger.reports)])
    # Section 一's figures, under its heading as in the page and in Word.
    info.append([_heading("overall")])
    counts, total, silent, silent_late = _headline(ledger.summary(day, by="part"))
    for _c, label, n in counts:
        info.append([label, n])
    info.append([_("Total"), total])
    at_all, of_them_late = not_reported_labels()
    info.append([at_all, silent])
    info.append([of_them_late, silent_late])
    # The rule the figures and every task's status follow, said once, where the
    # workbook explains itself (its tables keep their header on the first row).
    info.append([])
    info.append([task_rule()])
    for line in ("", *signed) if signed else ():  # the 落款: the office over the day
        info.append([line])


def _late_sheets(
    wb: Any,  # noqa: ANN401 - an openpyxl workbook
    found: Sequence[TaskProgress],
    set_aside: Mapping[str, str],
    *,
    first: bool,
) -> None:
    """The workbook's 二、（一） and （二） sheets: the late tasks, those due on the day."""
    late = wb.create_sheet(_section_tab("late"))
    late.append(_late_header(first=first))
    for row, _silent in _late_rows(found, set_aside=set_aside, first=first):
        late.append([int(row[0]), *row[1:]])
    _say_none(late)
    # Due on the day right after the late tasks, as the page has them.
    due = wb.create_sheet(_section_tab("due"))
    due_rows = _late_rows(found, due=True, set_aside=set_aside, first=first)
    if due_rows:
        due.append(_late_header(first=first))
        for row, _silent in due_rows:
            due.append([int(row[0]), *row[1:]])
    else:
        # None due on the day: the sentence alone, not a header over 无.
        due.append([no_due()])


def _xlsx(
    ledger: Ledger, day: datetime.date, set_aside: Mapping[str, str] = _NONE, signed: Sig = ()
) -> bytes:
    openpyxl = require("openpyxl", "excel", "xlsx reports")
    found = progress(ledger, day)
    wb = anonymous(openpyxl.Workbook())
    wb.remove(wb.active)
    # The sheets in the order of the report's headings, each tab its heading's number and
    # words (一、（一）按部分统计, 二、（一）逾期未完成任务 …); 说明 (the title and the headline,
    # section 一's figures) first.
    for key, by, first in (("part", "part", _("Part")), ("deadline", "deadline", _("Deadline"))):
        sheet = wb.create_sheet(_section_tab(key))
        sheet.append(_header(first))
        for r in ledger.summary(day, by=by):  # type: ignore[arg-type]
            sheet.append([r.label, *_counts(r)])
    _late_sheets(wb, found, set_aside, first=rounds(ledger, day).previous is None)
    changes = wb.create_sheet(_section_tab("changes"))
    only_round = changes_sentence(ledger, day, found)
    if only_round is not None:
        changes.append([only_round])
    else:
        changes.append(changes_header())
        for row in change_rows(found):
            changes.append([int(row[0]), *row[1:]])
        _say_none(changes)
    summary = wb.create_sheet(_section_tab("all"))  # 二、（四）, as in the page and Word
    summary.append(_progress_header())
    for row in _progress_rows(found, set_aside):
        summary.append([int(row[0]), *row[1:]])
    sheet = wb.create_sheet(_section_tab("unit"))
    sheet.append(score_header())
    units, apart = _unit_rows(ledger, day, set_aside)
    for cells in units:
        rate = cells[-1]
        sheet.append([*cells[:-1], "—" if rate is None else rate])
        sheet.cell(sheet.max_row, len(cells)).number_format = "0%"
    _say_none(sheet)
    sheet.append([])
    # Under the rows: what the table counts, then the notes (who is ranked, and how).
    sheet.append([unit_note(apart)])
    for line in rate_note().splitlines():  # 注：, then its points, a row each
        sheet.append([line])
    clashes = wb.create_sheet(_section_tab("contradictions"))
    found_clashes = contradiction_rows(ledger, day)
    if found_clashes:
        clashes.append(contradictions_header())
        for row in found_clashes:
            clashes.append([int(row[0]), *row[1:]])
    else:
        # None found: the sentence alone, not a header over 无.
        clashes.append([_no_contradictions()])
    _dress(wb)
    _about(wb.create_sheet(_("About"), 0), ledger, day, found, signed)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# The Word 督办报告's column widths (cm), by what each holds: 序号 a number, 主要任务 the
# task's text, 完成时限 a short date, 主责单位 and 未完成单位 unit names, 完成情况 a
# category, 进展情况 and 佐证材料 the units' words. Together 25.6 cm: within A4
# landscape's 25.7 cm between 2 cm margins.
_DOCX_WIDTHS = (1.3, 7.0, 2.4, 3.2, 2.2, 3.0, 4.1, 2.4)
# The per-unit table's: 排名 (or 不参与排名), 单位, 职责, then twelve figures (任务数, the
# nine categories that add up to it, 未报送合计, the rate); 25.6 cm.
_DOCX_UNIT_WIDTHS = (
    *(1.6, 3.6, 1.1, 1.2),
    *(1.4, 1.4, 1.5, 1.5, 1.8, 1.7, 1.8, 2.0, 1.9),
    *(1.5, 1.6),
)
# The late and due tables': 序号, 主要任务, 完成时限, 未完成单位, 任务状态, 进展情况,
# 佐证材料, 较上一轮变化 (主要任务 before 完成时限, as in every task's table); 25.6 cm.
_DOCX_LATE_WIDTHS = (1.3, 6.4, 2.4, 3.0, 2.4, 4.4, 3.1, 2.6)
# The same in a first round, without 较上一轮变化: its width to 进展情况 and 佐证材料.
_DOCX_FIRST_WIDTHS = (1.3, 6.4, 2.4, 3.0, 2.4, 5.8, 4.3)


def _summary_sentence(
    ledger: Ledger, day: datetime.date, found: Sequence[TaskProgress] | None = None
) -> str:
    """The report's opening (:func:`~dg_plan.tracking.opening.opening_sentence`)."""
    found = progress(ledger, day) if found is None else found
    return opening_sentence(day, ledger.summary(day, by="part"), found)


def _docx(
    ledger: Ledger, day: datetime.date, set_aside: Mapping[str, str] = _NONE, signed: Sig = ()
) -> bytes:
    """The 督办报告 in Word: the page's sections and tables, A4 landscape, page numbers."""
    doc = word_document()
    section = doc.document.sections[0]
    orientation = doc.docx.enum.section.WD_ORIENT
    section.orientation = orientation.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    mm = doc.docx.shared.Mm
    section.top_margin = section.bottom_margin = mm(20)
    section.left_margin = section.right_margin = mm(20)
    found = progress(ledger, day)
    title = _("{title}: supervision report").format(title=ledger.plan.metadata.title)
    doc.paragraph(title, font=TITLE_FONT, size=18, align="center")
    doc.paragraph(_subtitle(ledger, day), size=12, align="center")
    # What the day means, in a line of its own: a year-end count is asked for 1 January.
    doc.paragraph(day_rule(day), size=12, align="center")
    doc.page_numbers()
    # A 督办报告 opens with its figures in a sentence, the headline's.
    doc.paragraph(_summary_sentence(ledger, day, found), indent=True)
    counts, total, silent, silent_late = _headline(ledger.summary(day, by="part"))
    at_all, of_them_late = not_reported_labels()
    doc.heading(_heading("overall"))
    doc.table(
        [label for _c, label, _n in counts] + [_("Total"), at_all, of_them_late],
        [[str(n) for _c, _label, n in counts] + [str(total), str(silent), str(silent_late)]],
    )
    for key, first in (("part", _("Part")), ("deadline", _("Deadline"))):
        doc.heading(_heading(key), level=2)
        rows = ledger.summary(day, by=key)  # type: ignore[arg-type]
        doc.table(_header(first), [[str(r.label), *map(str, _counts(r))] for r in rows])
    doc.heading(_heading("tasks"))
    doc.paragraph(task_rule(), size=12)
    # Late, then due on the day, then what changed, then every task: the page's
    # sub-sections of 二、 (no table straight under 二、, before its (一)).
    only = rounds(ledger, day).previous is None
    widths = _DOCX_FIRST_WIDTHS if only else _DOCX_LATE_WIDTHS
    for key, due in (("late", False), ("due", True)):
        doc.heading(_heading(key), level=2)
        late = [r for r, _silent in _late_rows(found, due=due, set_aside=set_aside, first=only)]
        if due and not late:
            # None due on the day: a sentence, as section 四 says none found.
            doc.paragraph(no_due(), indent=True)
        else:
            doc.table(_late_header(first=only), late, widths=widths)
    doc.heading(_heading("changes"), level=2)
    only_round = changes_sentence(ledger, day, found)
    if only_round is not None:
        # A body sentence in place of a table, as 四's 未发现…… is: 三号, indented (the
        # sixteenth reader: it was 12 pt, a table's note size).
        doc.paragraph(only_round, indent=True)
    else:
        doc.table(changes_header(), change_rows(found), widths=(1.3, 14.3, 5.0, 5.0))
    doc.heading(_heading("all"), level=2)
    doc.table(_progress_header(), _progress_rows(found, set_aside), widths=_DOCX_WIDTHS)
    # Each unit's own record, as the scorecard counts it (the page's 按单位统计).
    units, apart = _unit_rows(ledger, day, set_aside)
    doc.heading(_heading("unit"))
    doc.paragraph(unit_note(apart), size=12)
    doc.table(score_header(), _unit_text_rows(units), widths=_DOCX_UNIT_WIDTHS)
    for line in rate_note().splitlines():  # 注：, then its points, a paragraph each
        doc.paragraph(line, size=12)
    _docx_end(doc, contradiction_rows(ledger, day), signed)
    return doc.bytes()


def _docx_end(doc: Any, clashes: list[list[str]], signed: Sig) -> None:  # noqa: ANN401 - a document
    """Section 四, kept when empty (a sentence says none was found); then the 落款, if any."""
    doc.heading(_heading("contradictions"))
    if clashes:
        doc.paragraph(contradictions_note(), size=12)
        doc.table(contradictions_header(), clashes, widths=(1.3, 9.0, 3.6, 5.8, 5.8))
    else:
        doc.paragraph(_no_contradictions(), indent=True)
    if signed:
        doc.signature(*signed)


def report(
    ledger: Ledger,
    as_of: datetime.date | str,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    language: str | None = None,
    set_aside: Iterable[str] | Mapping[str, str] = (),
    office: str = "",
    dated: datetime.date | str | None = None,
) -> None:
    """Write the supervision report for *as_of*: an HTML page, an xlsx workbook or a Word table.

    The page needs nothing from the network (its style and its chart, an SVG whose labels
    are text, are inline). Under its title, *as_of* (统计截止日期为…) and the reports the
    figures rest on: the newest report day on or before it, and the previous round's; then,
    in every format, the opening sentence of figures: the tasks in three groups by
    deadline (已到期, 尚未到期, 无具体日期), each with its categories that are not zero
    (the table below has every number); it says apart the tasks due on the
    day itself
    (另有63项任务完成时限为当日（2024年12月底前）…). Its headline shows every
    category of :meth:`Ledger.summary` (they add up to the tasks), the total, and the tasks
    no accountable unit reported on (主责单位均未报送; of them late); then a chart of status
    by deadline; under 二、 the rule a task's status follows, once in each format (the
    workbook on 说明: a task is 已完成 only when every accountable unit reported it done),
    and every task's row; the late tasks (逾期未完成) again and, apart, the tasks due on
    the day (到期未完成; none: a sentence, in every format), each with the accountable
    units still outstanding (not all of them: those whose own answer is missing or not
    done), its status, the latest 进展情况 of its units
    and their latest 佐证材料, each with its unit and its report's day (an earlier round's
    when the newest report leaves it blank, only under the same status), and its change since
    the previous round; the tasks whose status changed since the previous round; the reports
    that contradict their unit's report of an earlier round (前后报送不一致, in the Word
    document too); a table per part and per deadline; and the per-unit table (按单位统计),
    which counts as :meth:`Ledger.scorecard` does: each unit only on the tasks where its
    own answer counts (it is accountable), a row per role (牵头, 负责) and their total,
    ranked by on-time rate, the units with nothing due after them (不参与排名); the
    collectives nobody can report for (省直相关部门) are left out, with a sentence
    naming them and saying why (in the Word document too). The xlsx holds the same
    tables, a sheet each, the headline on its first sheet, and a sheet with every task's
    standing, each tab its heading's words and number (the chart has none): 说明,
    一、（一）按部分统计, 一、（二）按完成时限统计, 二、（一）逾期未完成任务,
    二、（二）到期未完成任务, 二、（三）较上一轮变化, 二、（四）全部任务进展情况,
    三、各单位主责任务完成情况, 四、前后报送不一致
    (in Chinese). The Word document is the 督办报告 in Word, sent upward: A4 landscape,
    an opening sentence with the headline's figures (截至…，178项任务中，已到期135项（…）；…),
    then the page's sections and tables under the same headings (四、 kept when
    empty, a sentence saying none was found), with one row per task (序号, 主要任务,
    完成时限, 主责单位, 完成情况, 未完成单位, 进展情况, 佐证材料), its columns sized by
    content. The per-unit table ends with a line saying what the rate divides. The
    labels are the ones of :func:`category_labels`; nothing in them speaks of the tool that
    made them.

    Args:
        ledger: The ledger.
        as_of: The day to judge from (a date or ``"2024/6/30"`` and the like).
        path: The file to write.
        fmt: ``"html"``, ``"xlsx"`` or ``"docx"``; by *path*'s suffix when ``None``
            (``.xlsx``: xlsx; ``.docx``: Word; anything else: HTML).
        language: The language of the report's words, ``"zh"`` or ``"en"``; by
            default the one of :func:`dg_plan.get_language` (the command line's
            ``--lang``). The data (the plan's text, units, statuses) stay as they are.
        set_aside: The units whose returned file of the round was set aside
            (``tracking.rounds.pending_correction``): a task none of whose accountable
            units reported stays 未报送, its status saying how many of them returned a
            file set aside (其中N个单位已报回待修改). Or each such unit with why
            (``tracking.rounds.pending_reasons``): two files for the office to choose
            from say 已报回两份，待核定 instead.
        office: The office the report is from: given, the report ends with its 落款,
            the office's name over the day *dated* (default: today).
        dated: The day the report is signed (成文日期), with *office*.

    Raises:
        InvalidQueryError: *as_of* is not a date, *fmt* is none of the three, or
            *language* is neither Chinese nor English.
        ImportError: xlsx without openpyxl (``pip install 'dg_plan[excel]'``), docx
            without python-docx (``pip install 'dg_plan[docx]'``).
        OSError: The file cannot be written.
    """
    day = read_day(as_of, "as_of")
    returned = set_aside_reasons(ledger.plan, set_aside)
    when = read_day(dated, "dated") if dated else datetime.date.today()  # noqa: DTZ011
    if fmt is None:
        suffix = Path(path).suffix.lower()
        fmt = {".xlsx": "xlsx", ".docx": "docx"}.get(suffix, "html")
    with using(language):
        signed = signature(office, when) if office else ()
        if fmt == "html":
            emit(path, _html(ledger, day, returned, signed), "HTML")
        elif fmt == "xlsx":
            emit(path, _xlsx(ledger, day, returned, signed), "xlsx")
        elif fmt == "docx":
            emit(path, _docx(ledger, day, returned, signed), "docx")
        else:
            raise query_error(QueryErrorKind.EXPECTED_REPORT_FORMAT, "fmt", fmt)
