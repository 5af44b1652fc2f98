"""How objects look: short plain-text reprs and HTML tables for notebooks.

Everything here renders; nothing computes. The module imports only the standard
library at run time, so the model can import it, and every piece of text that goes
into HTML is escaped as :func:`html.escape` does.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ._i18n import N_, current, data_text, ngettext, pgettext
from ._i18n import gettext as _

if TYPE_CHECKING:
    from ._deadline import Deadline
    from ._model import Platform, Section, Task, Unit
    from ._plan import Plan
    from ._query import Involvement, Responsibility, Summary, TimelineEntry, WorkloadRow
    from ._search import SearchHit

__all__ = [
    "day_text",
    "deadline_cell",
    "enum_label",
    "involvement_html",
    "involvement_repr",
    "involvements_table",
    "numbers",
    "period_text",
    "plan_html",
    "platform_html",
    "platform_repr",
    "responsibilities_table",
    "responsibility_html",
    "responsibility_repr",
    "section_html",
    "section_repr",
    "shorten",
    "task_html",
    "task_repr",
    "tasks_table",
    "timeline_entry_html",
    "timeline_entry_repr",
    "timeline_table",
    "unit_html",
    "unit_repr",
    "workload_row_html",
    "workload_row_repr",
    "workload_table",
]

#: How many characters of a task's text its repr shows.
REPR_TEXT = 16
#: How many task numbers a repr lists before it elides the rest.
REPR_NUMBERS = 8

# Jupyter right-aligns table cells by default; Chinese text reads from the left.
_CELL = "text-align:left;vertical-align:top"
_NUM = "text-align:right;vertical-align:top;white-space:nowrap"
_KEEP = "text-align:left;vertical-align:top;white-space:nowrap"
# A column's style: "num" right-aligned, "keep" on one line, "text" wrapped.
_STYLE = {"num": _NUM, "keep": _KEEP, "text": _CELL}
_QUIET = "color:#666;font-size:smaller"
_MARK = "background:#fff3b0;padding:0 1px"


# What html.escape(text, quote=True) replaces, without importing html (and its table
# of entities) at ``import dg_plan``.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def _e(text: object) -> str:
    return str(text).translate(_ESCAPES)


# The values of dg_plan's enums (roles, kinds of unit, platform and deadline), as shown.
_ENUM_LABELS = frozenset(
    {
        N_("lead"),
        N_("responsible"),
        N_("support"),
        N_("date"),
        N_("ongoing"),
        N_("when_appropriate"),
        N_("unspecified"),
        N_("party"),
        N_("government"),
        N_("central"),
        N_("local"),
        N_("collective"),
        N_("peoples_organization"),
        N_("unclassified"),
        N_("app"),
        N_("platform"),
        N_("network"),
        N_("cloud"),
        N_("hotline"),
        N_("database"),
        N_("website"),
        N_("blockchain"),
        N_("programme"),
        N_("code"),
    }
)


def role_columns() -> tuple[str, str, str]:
    """The headers of columns that count or list a unit's tasks in each role."""
    return (
        pgettext("tasks in a role", "Lead"),
        pgettext("tasks in a role", "Responsible"),
        pgettext("tasks in a role", "Support"),
    )


def role_counts(lead: int, responsible: int, support: int) -> str:
    """A workload cell: the tasks led, responsible for, supported.

    English writes the counts alone (28/25/0), under a note saying their order.
    Chinese labels each and leaves out a role with none (牵头28、负责25, not
    牵头28、负责25、配合0: the fifteenth reader, fault 18, found 配合0 in every cell),
    a reader being unable to guess an order; a cell with no task at all is "—".
    """
    if current() == "en":
        return pgettext(
            "a workload cell: the tasks led, responsible for, supported",
            "{lead}/{responsible}/{support}",
        ).format(lead=lead, responsible=responsible, support=support)
    parts = []
    if lead:
        parts.append(pgettext("a workload cell's part: the tasks led", "led {count}"))
        parts[-1] = parts[-1].format(count=lead)
    if responsible:
        parts.append(
            pgettext("a workload cell's part: the tasks responsible for", "responsible {count}")
        )
        parts[-1] = parts[-1].format(count=responsible)
    if support:
        parts.append(pgettext("a workload cell's part: the tasks supported", "supported {count}"))
        parts[-1] = parts[-1].format(count=support)
    return _(", ").join(parts) if parts else "—"


def day_text(day: datetime.date | str) -> str:
    """Return *day* (a date, or ISO text) as the language in force writes it.

    English writes 2024-06-30, Chinese 2024年6月30日.
    """
    if isinstance(day, str):
        from ._dates import iso_day  # noqa: PLC0415 - only a day given as text needs it

        day = iso_day(day)
    if current() == "en":
        return day.isoformat()
    # Another language's form of a day, numbers unpadded (2024年6月30日).
    return _("{year}-{month}-{day}").format(year=day.year, month=day.month, day=day.day)


# The periods parse_period reads, by their length in months, as the language writes
# them; the English forms are the canonical ones the queries take.
_HALVES = (N_("{year}H1"), N_("{year}H2"))
_QUARTERS = (N_("{year}Q1"), N_("{year}Q2"), N_("{year}Q3"), N_("{year}Q4"))


def period_text(period: str) -> str:
    """Return a period as typed (2024H1, 2024年上半年) as the language in force writes it.

    English keeps what was typed; Chinese says 2024年上半年, 2024年第三季度, 2024年6月,
    2024年. Text that names no period is returned as it is.
    """
    if current() == "en":
        return period
    from ._dates import parse_period  # noqa: PLC0415 - only a period needs it

    try:
        first, last = parse_period(period)
    except ValueError:
        return period
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months == 6:
        return _(_HALVES[first.month // 7]).format(year=first.year)
    if months == 3:
        return _(_QUARTERS[first.month // 3]).format(year=first.year)
    if months == 1:
        return _("{year}-{month}").format(year=first.year, month=first.month)
    return _("{year}").format(year=first.year)


def enum_label(value: object) -> str:
    """Return an enum member's value (``Role.LEAD``: ``"lead"``) in the language in force."""
    text = str(getattr(value, "value", value))
    return _(text) if text in _ENUM_LABELS else text


def shorten(text: str, limit: int) -> str:
    """Return *text* cut to *limit* characters, with ``…`` when it was cut."""
    return text if len(text) <= limit else text[:limit] + "…"


def numbers(tasks: Iterable[Task], limit: int | None = REPR_NUMBERS) -> str:
    """Return the tasks' numbers, comma-separated, eliding all after the first *limit*."""
    found = [str(t.number) for t in tasks]
    if not found:
        return "—"
    if limit is None or len(found) <= limit:
        return ", ".join(found)
    return ", ".join(found[:limit]) + ", …"


def _counted(tasks: Sequence[Task]) -> str:
    return f"{len(tasks)} ({numbers(tasks)})" if tasks else "0"


def _names(units: Iterable[Unit | Platform]) -> str:
    return "、".join(u.name for u in units) or "—"


# -- plain-text reprs -------------------------------------------------------------


def task_repr(task: Task) -> str:
    """``<Task 18 2023年12月底前: 推行“极简审批”和协同化、集成化…>``."""
    return f"<Task {task.number} {task.deadline}: {shorten(task.text, REPR_TEXT)}>"


def unit_repr(unit: Unit) -> str:
    """``<Unit 省发展改革委 (government)>``."""
    return f"<Unit {unit.name} ({unit.kind.value})>"


def platform_repr(platform: Platform) -> str:
    """``<Platform 豫事办 (app)>``."""
    return f"<Platform {platform.name} ({platform.kind.value})>"


def section_repr(section: Section) -> str:
    """``<Section 3.4 （四）推进政务治理“一网智管”: 6 tasks>``."""
    return f"<Section {section.id} {section.heading}: {len(section.tasks)} tasks>"


def responsibility_repr(r: Responsibility) -> str:
    """``<Responsibility 洛阳市人民政府 responsible task 18 via 各省辖市政府>``."""
    via = f" via {r.via.name}" if r.via is not None else ""
    return f"<Responsibility {r.unit.name} {r.role.value} task {r.task.number}{via}>"


def involvement_repr(i: Involvement) -> str:
    """``<Involvement 省行政审批政务信息管理局: lead 2 (18, 125), responsible 0>``.

    Support is shown only when there is some.
    """
    support = f", support {_counted(i.support)}" if i.support else ""
    return (
        f"<Involvement {i.unit.name}: lead {_counted(i.lead)}, "
        f"responsible {_counted(i.responsible)}{support}>"
    )


def timeline_entry_repr(entry: TimelineEntry) -> str:
    """``<TimelineEntry 2024年6月底前: 13 tasks: 3, 5, 7, 9, 14, 20, 119, 121, …>``."""
    return f"<TimelineEntry {entry.deadline}: {len(entry.tasks)} tasks: {numbers(entry.tasks)}>"


def workload_row_repr(row: WorkloadRow) -> str:
    """``<WorkloadRow 省发展改革委: lead 25, responsible 7>``; support only when there is some."""
    support = f", support {row.support}" if row.support else ""
    return f"<WorkloadRow {row.unit.name}: lead {row.lead}, responsible {row.responsible}{support}>"


# -- HTML pieces ---------------------------------------------------------------------


def deadline_cell(deadline: Deadline) -> str:
    """Return a deadline as HTML: the printed form over its date or its kind."""
    if deadline.date is not None:
        below = deadline.date.isoformat()
    else:
        # The kind in words ("when appropriate"), unless it is what the print says
        # (适时推进 in Chinese): then it would only repeat it.
        below = enum_label(deadline.kind).replace("_", " ")
        if below == str(deadline):
            return _e(deadline)
    return f'{_e(deadline)}<br><span style="{_QUIET}">{_e(below)}</span>'


def _marked_text(task: Task) -> str:
    """The task's text with every platform mention highlighted."""
    parts: list[str] = []
    last = 0
    for m in task.mentions:
        parts.append(_e(task.text[last : m.start]))
        mention = _e(task.text[m.start : m.end])
        parts.append(f'<mark style="{_MARK}" title="{_e(m.platform)}">{mention}</mark>')
        last = m.end
    parts.append(_e(task.text[last:]))
    return "".join(parts)


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return *spans* sorted, with overlapping and touching spans joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _searched_text(hit: SearchHit) -> str:
    """The hit's task text with every match highlighted."""
    text = hit.task.text
    parts: list[str] = []
    last = 0
    for start, end in merged(hit.spans):
        parts += [_e(text[last:start]), f'<mark style="{_MARK}">{_e(text[start:end])}</mark>']
        last = end
    parts.append(_e(text[last:]))
    return "".join(parts)


def search_hits_table(hits: Sequence[SearchHit], caption: str = "") -> str:
    """Return a table of search hits: number, matches, deadline, marked text, accountable."""
    rows = (
        (
            _e(h.task.number),
            _e(h.matches),
            deadline_cell(h.task.deadline),
            _searched_text(h),
            _plain(h.task.accountable),
        )
        for h in hits
    )
    headers = (
        (N_("No."), "num"),
        (N_("Matches"), "num"),
        (N_("Deadline"), "keep"),
        (pgettext("a column: the task's text", "Task"), "text"),
        (N_("Accountable"), "text"),
    )
    return _table(headers, rows, caption)


def _leads(units: Iterable[Unit]) -> str:
    return "、".join(f"<strong>{_e(u.name)}</strong>" for u in units) or "—"


def _plain(units: Iterable[Unit | Platform]) -> str:
    return _e(_names(units))


def _table(
    headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[str]], caption: str = ""
) -> str:
    """Render a table; *headers* are ``(label, style)``, labels translated here; cells are HTML.

    A label already translated stays as it is (a translation translates to itself).
    """
    head = "".join(f'<th style="{_STYLE[style]}">{_e(_(h))}</th>' for h, style in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="{_STYLE[style]}">{cell}</td>'
            for cell, (_, style) in zip(row, headers, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    cap = f'<caption style="{_CELL}">{_e(caption)}</caption>' if caption else ""
    return (
        f'<table class="dg-plan">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def _task_headers() -> tuple[tuple[str, str], ...]:
    # The text's header is said with its context, in the language in force.
    return (
        (N_("No."), "num"),
        (N_("Deadline"), "keep"),
        (pgettext("a column: the task's text", "Task"), "text"),
        (N_("Lead"), "text"),
        (N_("Responsible"), "text"),
        (N_("Support"), "text"),
    )


def tasks_table(tasks: Sequence[Task], caption: str = "") -> str:
    """Return a table of *tasks*: number, deadline, text (mentions marked), units by role."""
    rows = (
        (
            _e(t.number),
            deadline_cell(t.deadline),
            _marked_text(t),
            _leads(t.leads),
            _plain(t.responsible),
            _plain(t.support),
        )
        for t in tasks
    )
    return _table(_task_headers(), rows, caption)


def task_html(task: Task, language: str | None = None) -> str:
    """Return one task as an HTML card: text, deadline, units, platforms, provenance.

    The provenance notes are rendered in *language* (``"en"`` or ``"zh"``), by
    default the language of dg_plan's displays (:func:`dg_plan.set_language`).
    """
    lang = current() if language is None else language
    p = task.provenance
    fields: list[tuple[str, str]] = [
        (_("Deadline"), deadline_cell(task.deadline)),
        (_("Lead"), _leads(task.leads) if task.leads else _e(_("— (no lead designated)"))),
        (_("Responsible"), _plain(task.responsible)),
        (_("Support"), _plain(task.support)),
        (_("Printed units"), _e(task.units_text or "—")),
        (_("Platforms"), _plain(task.platforms)),
    ]
    if p is not None:
        if p.page is not None:
            fields.append((_("Page"), _e(p.page)))
        fields.extend((_("Note"), _e(n.render(lang))) for n in p.notes)
        fields.extend((_("Alternative"), _e(a.render(lang))) for a in p.alternatives)
    rows = "".join(
        f'<tr><th style="{_KEEP}">{_e(k)}</th><td style="{_CELL}">{v}</td></tr>' for k, v in fields
    )
    title = _("Task {number}").format(number=task.number)
    return (
        f'<div class="dg-plan"><p><strong>{_e(title)}</strong></p>'
        f"<p>{_marked_text(task)}</p><table><tbody>{rows}</tbody></table></div>"
    )


def _card(title: str, fields: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f'<tr><th style="{_KEEP}">{_e(k)}</th><td style="{_CELL}">{_e(v)}</td></tr>'
        for k, v in fields
        if v
    )
    return f'<div class="dg-plan"><p><strong>{_e(title)}</strong></p><table>{rows}</table></div>'


def unit_html(unit: Unit) -> str:
    """Return a unit as an HTML card: names, kind, English name, members, successor."""
    unofficial = "" if unit.name_en_official or not unit.name_en else _(" (unofficial)")
    successor = unit.successor
    return _card(
        unit.name,
        [
            (_("Full name"), unit.full_name),
            (_("Kind"), enum_label(unit.kind)),
            (_("English"), unit.name_en + unofficial),
            (_("Also called"), "、".join(unit.aliases)),
            (_("Members"), "、".join(unit.members)),
            (_("Member of"), "、".join(unit.member_of)),
            (_("Successor"), f"{successor.name} ({successor.source})" if successor else ""),
            (_("Note"), data_text(unit.note)),
        ],
    )


def platform_html(platform: Platform) -> str:
    """Return a platform as an HTML card: names, kind, English name and note."""
    return _card(
        platform.name,
        [
            (_("Kind"), enum_label(platform.kind)),
            (_("English"), platform.name_en),
            (_("Also called"), "、".join(platform.aliases)),
            (_("Note"), data_text(platform.note)),
        ],
    )


def section_html(section: Section) -> str:
    """Return a section: its title, its subsections, then a table of its tasks."""
    subs = "".join(
        f"<li>{_e(s.id)} {_e(s.heading)} ({len(s.tasks)})</li>" for s in section.subsections
    )
    count = ngettext("{count} task", "{count} tasks", len(section.tasks))
    title = f"{section.id} {section.heading}: " + count.format(count=len(section.tasks))
    return (
        f'<div class="dg-plan"><p><strong>{_e(title)}</strong></p>'
        + (f"<ul>{subs}</ul>" if subs else "")
        + tasks_table(section.tasks)
        + "</div>"
    )


def plan_html(plan: Plan, summary: Summary) -> str:
    """Return a plan's summary: parts and subsections, tasks per deadline, top leads."""
    m = plan.metadata
    heading = (
        f"<p><strong>{_e(m.title)}</strong><br>"
        f'<span style="{_QUIET}">'
        + _e(
            _(
                "{attachment} of {document}, {issuer}, {issued}: "
                "{tasks} tasks, {units} units, {platforms} platforms"
            ).format(
                attachment=m.attachment,
                document=m.document,
                issuer=m.issuer,
                issued=m.issued or "",
                tasks=len(plan.tasks),
                units=len(plan.units),
                platforms=len(plan.platforms),
            )
        )
        + "</span></p>"
    )
    parts = _table(
        (
            (N_("Section"), "keep"),
            (N_("Title"), "keep"),
            (pgettext("a count of tasks", "Tasks"), "num"),
        ),
        ((_e(s.id), _e(s.heading), _e(len(s.tasks))) for s in summary.sections),
        caption=_("Parts and subsections"),
    )
    deadlines = _table(
        ((N_("Deadline"), "keep"), (pgettext("a count of tasks", "Tasks"), "num")),
        ((deadline_cell(d), _e(n)) for d, n in summary.deadlines),
        caption=_("Tasks per deadline"),
    )
    leads = _table(
        ((N_("Unit"), "keep"), (N_("Tasks led"), "num")),
        ((_e(unit.name), _e(n)) for unit, n in summary.leads),
        caption=_("Units that lead most tasks"),
    )
    flex = "display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start"
    return (
        f'<div class="dg-plan">{heading}<div style="{flex}"><div>{parts}</div>'
        f"<div>{deadlines}{leads}</div></div></div>"
    )


def responsibilities_table(items: Sequence[Responsibility], caption: str = "") -> str:
    """Return a table of responsibilities: task, deadline, role, via, text."""
    rows = (
        (
            _e(r.task.number),
            deadline_cell(r.task.deadline),
            f"<strong>{_e(enum_label(r.role))}</strong>"
            if r.role.value == "lead"
            else _e(enum_label(r.role)),
            _e(r.via.name if r.via is not None else "—"),
            _marked_text(r.task),
        )
        for r in items
    )
    headers = (
        (N_("No."), "num"),
        (N_("Deadline"), "keep"),
        (N_("Role"), "keep"),
        (N_("Via"), "keep"),
        (pgettext("a column: the task's text", "Task"), "text"),
    )
    return _table(headers, rows, caption)


def responsibility_html(r: Responsibility) -> str:
    """Return one responsibility as a one-row table captioned with the unit."""
    return responsibilities_table([r], caption=r.unit.name)


def involvements_table(items: Sequence[Involvement], caption: str = "") -> str:
    """Return a table of involvements: unit, kind, and its tasks in each role."""
    rows = (
        (
            _e(i.unit.name),
            _e(enum_label(i.unit.kind)),
            f"<strong>{_e(numbers(i.lead, limit=None))}</strong>" if i.lead else "—",
            _e(numbers(i.responsible, limit=None)),
            _e(numbers(i.support, limit=None)),
        )
        for i in items
    )
    lead, responsible, support = role_columns()
    headers = (
        (N_("Unit"), "keep"),
        (N_("Kind"), "keep"),
        (lead, "text"),
        (responsible, "text"),
        (support, "text"),
    )
    return _table(headers, rows, caption)


def involvement_html(i: Involvement) -> str:
    """Return one involvement as a one-row table."""
    return involvements_table([i])


def timeline_table(entries: Sequence[TimelineEntry], caption: str = "") -> str:
    """Return a table of deadlines: the deadline, how many tasks, their numbers."""
    rows = (
        (
            deadline_cell(e.deadline),
            _e(len(e.tasks)),
            _e(numbers(e.tasks, limit=None)),
        )
        for e in entries
    )
    headers = (
        (N_("Deadline"), "keep"),
        (pgettext("a count of tasks", "Tasks"), "num"),
        (N_("Numbers"), "text"),
    )
    return _table(headers, rows, caption)


def timeline_entry_html(entry: TimelineEntry) -> str:
    """Return one timeline entry as a one-row table."""
    return timeline_table([entry])


def workload_table(rows: Sequence[WorkloadRow], caption: str = "") -> str:
    """Return a workload table: per unit, its tasks in each role and in all, per bucket."""
    labels = [b.label for b in rows[0].buckets] if rows else []
    per_bucket = _("{label} lead/responsible/support")
    lead, responsible, support = role_columns()
    headers = (
        (N_("Unit"), "keep"),
        (lead, "num"),
        (responsible, "num"),
        (support, "num"),
        (N_("Total"), "num"),
        # Already translated; a translation of a translation is itself.
        *((per_bucket.format(label=label), "num") for label in labels),
    )
    body = (
        (
            _e(r.unit.name),
            f"<strong>{_e(r.lead)}</strong>",
            _e(r.responsible),
            _e(r.support),
            _e(r.total),
            *(_e(role_counts(b.lead, b.responsible, b.support)) for b in r.buckets),
        )
        for r in rows
    )
    return _table(headers, body, caption)


def workload_row_html(row: WorkloadRow) -> str:
    """Return one workload row as a one-row table."""
    return workload_table([row])
