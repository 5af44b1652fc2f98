"""The pages of the site: home, sections, tasks, units, deadlines and search.

Each function returns one :class:`~.layout.Page` in the language in force; the
language's words come from the gettext catalog, the plan's data stay as they are
(Chinese, marked ``lang="zh-CN"`` on the English pages). What a page needs from the
plan is worked out once, in :class:`Context`, so building the site is linear in the
plan's size.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from dg_plan._deadline import Deadline, DeadlineKind
from dg_plan._display import day_text, enum_label
from dg_plan._i18n import N_, data_text, ngettext, pgettext
from dg_plan._i18n import gettext as _
from dg_plan._message_kinds import NUMBER_RANGE, number_runs
from dg_plan._model import Role, Section, Task, Unit
from dg_plan._plan import Plan
from dg_plan._search import fold
from dg_plan._vocabulary import named_units

from .layout import Page, data, e, href, prose, table, tag

if TYPE_CHECKING:
    from dg_plan.tracking import Ledger

__all__ = [
    "Context",
    "Status",
    "deadline_page",
    "deadline_slug",
    "deadlines_page",
    "home_page",
    "search_index",
    "search_page",
    "section_page",
    "task_page",
    "unit_page",
    "units_page",
]

# What separates the fields of a line (a task's link, its deadline, its status): Chinese
# typesetting takes a full-width space, as between a heading's number and its title.
_GAPS = {"zh": "\u3000", "en": " "}
# The reported states, in English; their Chinese are the report forms' labels.
_STATUS_WORDS = {
    "not_started": N_("not started"),
    "in_progress": N_("in progress"),
    "done": N_("done"),
}
# The undated deadlines in English; in Chinese the print's words.
_UNDATED = {
    DeadlineKind.ONGOING: N_("ongoing"),
    DeadlineKind.WHEN_APPROPRIATE: N_("when appropriate"),
    DeadlineKind.UNSPECIFIED: N_("no deadline given"),
}


def role_heading(role: Role) -> str:
    """The heading of the units in *role*: 牵头单位, 负责单位, 配合单位 in Chinese."""
    if role is Role.LEAD:
        return pgettext("units in a role", "Lead units")
    if role is Role.RESPONSIBLE:
        return pgettext("units in a role", "Responsible units")
    return pgettext("units in a role", "Supporting units")


def as_role_heading(role: Role) -> str:
    """The heading of a unit's tasks in *role*: 作为牵头单位, 作为负责单位, 作为配合单位."""
    if role is Role.LEAD:
        return pgettext("a unit's tasks in a role", "As a lead unit")
    if role is Role.RESPONSIBLE:
        return pgettext("a unit's tasks in a role", "As a responsible unit")
    return pgettext("a unit's tasks in a role", "As a supporting unit")


def deadline_slug(deadline: Deadline) -> str:
    """The file name (without ``.html``) of a deadline's page: its ISO date or its kind."""
    return deadline.date.isoformat() if deadline.date is not None else deadline.kind.value


def deadline_text(deadline: Deadline, language: str) -> str:
    """A deadline as HTML: the print's words in Chinese, a day or a kind in English."""
    if language == "zh":
        return e(str(deadline) or _(_UNDATED[DeadlineKind.UNSPECIFIED]))
    if deadline.date is not None:
        return e(_("by {date}").format(date=deadline.date.isoformat()))
    return e(_(_UNDATED[deadline.kind]))


def _plain_deadline(deadline: Deadline, language: str) -> str:
    if language == "zh":
        return str(deadline) or _(_UNDATED[DeadlineKind.UNSPECIFIED])
    if deadline.date is not None:
        return _("by {date}").format(date=deadline.date.isoformat())
    return _(_UNDATED[deadline.kind])


def _count(n: int) -> str:
    return ngettext("{count} task", "{count} tasks", n).format(count=n)


def _counted(what: str, n: int) -> str:
    """*what* (HTML) followed by its number of tasks in brackets: ``甲（3项任务）``."""
    return e(_("{what} ({count})")).format(what=what, count=e(_count(n)))


@attrs.frozen
class Status:
    """A ledger's answers for the site: the day, each task's category and reports."""

    ledger: Ledger
    day: datetime.date
    categories: Mapping[int, str]
    labels: Mapping[str, str]


@attrs.frozen
class Context:
    """What the pages need from the plan, worked out once, and the language in force."""

    plan: Plan
    language: str
    unit_pages: Mapping[str, str]
    leaf: Mapping[int, Section]
    part: Mapping[int, Section]
    roles: Mapping[str, tuple[tuple[Role, tuple[Task, ...]], ...]]
    status: Status | None
    tasks: Mapping[int, Task]

    @classmethod
    def of(cls, plan: Plan, language: str, status: Status | None) -> Context:
        """The context of *plan*'s pages in *language*."""
        # The placeholder of an imported task that names no unit gets no page: it is no unit.
        named = named_units(plan.units)
        unit_pages = {u.name: f"units/{i}.html" for i, u in enumerate(named, start=1)}
        leaf: dict[int, Section] = {}
        part: dict[int, Section] = {}
        for top in plan.sections:
            for section in top.walk():
                for task in section.tasks:
                    leaf[task.number] = section
                    part[task.number] = top
        by_unit: dict[str, dict[Role, list[Task]]] = {}
        for task in plan.tasks:
            for role in Role:
                for unit in task.units_in(role):
                    by_unit.setdefault(unit.name, {}).setdefault(role, []).append(task)
        roles = {
            name: tuple((r, tuple(found[r])) for r in Role if r in found)
            for name, found in by_unit.items()
        }
        tasks = {t.number: t for t in plan.tasks}
        return cls(plan, language, unit_pages, leaf, part, roles, status, tasks)

    def unit_link(self, page: str, unit: Unit) -> str:
        """A link to *unit*'s page, its name as the link's text (and its English name).

        The placeholder of a task that names no unit is said as such, with no link.
        """
        if unit.name not in self.unit_pages:
            return e(_("— (none listed in the source)"))
        text = data(unit.name, self.language)
        if self.language == "en" and unit.name_en:
            text += f" ({e(unit.name_en)})"
        return f'<a href="{e(href(page, self.unit_pages[unit.name]))}">{text}</a>'

    def task_link(self, page: str, task: Task) -> str:
        """A link to *task*'s page: ``第18项`` / ``Task 18``."""
        target = href(page, f"tasks/{task.number}.html")
        text = pgettext("a link to a task, in a list or a table", "Task {number}").format(
            number=task.number
        )
        return f'<a href="{e(target)}">{e(text)}</a>'

    def deadline_link(self, page: str, deadline: Deadline) -> str:
        """A link to the page of *deadline*'s tasks."""
        target = href(page, f"deadlines/{deadline_slug(deadline)}.html")
        return f'<a href="{e(target)}">{deadline_text(deadline, self.language)}</a>'

    def section_link(self, page: str, section: Section) -> str:
        """A link to *section*'s page, its printed heading as the link's text."""
        target = href(page, f"sections/{section.id}.html")
        return f'<a href="{e(target)}">{data(section.heading, self.language)}</a>'

    @property
    def gap(self) -> str:
        """What separates the fields of a line: a space, in Chinese a full-width one."""
        return _GAPS[self.language]

    def category(self, task: Task) -> str:
        """The task's status category as HTML, when the site shows a ledger."""
        if self.status is None:
            return ""
        name = self.status.categories[task.number]
        return f'<span class="status-{name}">{e(self.status.labels[name])}</span>'

    def task_list(self, page: str, tasks: Iterable[Task]) -> str:
        """A list of *tasks*: each a link, its deadline, its status and its text."""
        lang = ' lang="zh-CN"' if self.language == "en" else ""
        gap = self.gap
        items = "".join(
            f"<li>{self.task_link(page, t)}{gap}"
            f'<span class="due">{deadline_text(t.deadline, self.language)}</span>'
            f"{gap if self.status is not None else ''}{self.category(t)}"
            f"<p{lang}>{e(t.text)}</p></li>"
            for t in tasks
        )
        return f'<ul class="tasks">{items}</ul>'


def _fields(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<dt>{e(label)}</dt><dd>{value}</dd>" for label, value in rows if value)
    return f'<dl class="fields">{body}</dl>'


# -- home --------------------------------------------------------------------------------


def home_page(ctx: Context) -> Page:
    """The home page: the plan's title and source, its parts and deadlines with counts."""
    plan, lang, page = ctx.plan, ctx.language, "index.html"
    m = plan.metadata
    issued = day_text(m.issued) if m.issued else ""
    fields = _fields(
        [
            (_("Document"), data(m.document, lang) if m.document else ""),
            (_("Attachment"), data(m.attachment, lang) if m.attachment else ""),
            (_("Issued by"), data(m.issuer, lang) if m.issuer else ""),
            (_("Issued on"), e(issued)),
            (pgettext("a count of tasks", "Tasks"), e(len(plan.tasks))),
            (_("Units"), e(len(named_units(plan.units)))),
        ]
    )
    parts = "".join(
        f'<tr class="{"part" if s.is_part else "sub"}"><td>{ctx.section_link(page, s)}</td>'
        f'<td class="n">{len(s.tasks)}</td></tr>'
        for top in plan.sections
        for s in top.walk()
    )
    parts_html = (
        table(parts, _("Part or section"), pgettext("a count of tasks", "Tasks"))
        if parts
        else tag("p", _("The plan has no parts."))
    )
    body = [
        f"<h1>{data(m.title, lang)}</h1>",
        fields,
        tag("h2", _("Parts")),
        parts_html,
        tag("h2", _("Deadlines")),
        _deadline_table(ctx, page),
    ]
    if ctx.status is not None:
        body.append(_status_section(ctx, page))
    return Page(page, m.title, "\n".join(body))


def _deadline_table(ctx: Context, page: str) -> str:
    rows = "".join(
        f'<tr><td>{ctx.deadline_link(page, entry.deadline)}</td><td class="n">'
        f"{len(entry.tasks)}</td></tr>"
        for entry in ctx.plan.timeline()
    )
    return table(rows, _("Deadline"), pgettext("a count of tasks", "Tasks"))


def _status_section(ctx: Context, page: str) -> str:
    status = ctx.status
    assert status is not None  # noqa: S101 - the caller checked
    counts = dict.fromkeys(status.labels, 0)
    for name in status.categories.values():
        counts[name] += 1
    rows = "".join(
        f'<tr><td><span class="status-{name}">{e(label)}</span></td>'
        f'<td class="n">{counts[name]}</td></tr>'
        for name, label in status.labels.items()
    )
    late = [t for t in ctx.plan.tasks if status.categories[t.number] == "late_open"]
    day = day_text(status.day)
    return (
        tag("h2", _("Status on {date}").format(date=day))
        + tag("p", _("From the reports the units returned, as of that day."), "quiet")
        # The categories a task falls in as of the day: its standing (完成情况).
        + table(
            rows, pgettext("the standings' column", "Status"), pgettext("a count of tasks", "Tasks")
        )
        + tag("h3", _("Late tasks, not done"))
        + (ctx.task_list(page, late) if late else tag("p", _("None.")))
    )


# -- sections ----------------------------------------------------------------------------


def section_page(ctx: Context, section: Section) -> Page:
    """A part's or a subsection's page: its subsections and its tasks."""
    page = f"sections/{section.id}.html"
    lang = ctx.language
    body = [f"<h1>{data(section.heading, lang)}</h1>", f"<p>{e(_count(len(section.tasks)))}</p>"]
    if section.subsections:
        items = "".join(
            f"<li>{_counted(ctx.section_link(page, s), len(s.tasks))}</li>"
            for s in section.subsections
        )
        body += [tag("h2", _("Sections")), f"<ul>{items}</ul>"]
    body += [tag("h2", _("Tasks")), ctx.task_list(page, section.tasks)]
    return Page(page, section.heading, "\n".join(body))


# -- tasks -------------------------------------------------------------------------------


def task_page(ctx: Context, task: Task, previous: Task | None, following: Task | None) -> Page:
    """A task's page: its text, deadline, units by role, platforms and provenance."""
    page = f"tasks/{task.number}.html"
    lang = ctx.language
    where = ""
    if task.number in ctx.leaf:
        chain = [ctx.part[task.number], ctx.leaf[task.number]]
        links = " › ".join(ctx.section_link(page, s) for s in dict.fromkeys(chain))
        where = f'<p class="quiet">{links}</p>'
    platforms = "、".join(data(p.name, lang) for p in task.platforms)
    body = [
        tag("h1", _("Task {number}").format(number=task.number)),
        where,
        f'<blockquote class="text" lang="zh-CN"><p>{e(task.text)}</p></blockquote>',
        _fields(
            [
                (_("Deadline"), ctx.deadline_link(page, task.deadline)),
                (_("Platforms"), platforms),
            ]
        ),
        tag("h2", _("Units by role")),
        _fields(
            [
                (role_heading(role), "、".join(ctx.unit_link(page, u) for u in task.units_in(role)))
                for role in Role
            ]
            + [(_("Printed"), data(task.units_text, lang) if task.units_text else "")]
        ),
    ]
    body.append(_provenance(ctx, page, task))
    if ctx.status is not None:
        body.append(_task_status(ctx, task))
    pager = []
    if previous is not None:
        text = _("Previous task")
        pager.append(f'<a rel="prev" href="{previous.number}.html">{e(text)}</a>')
    if following is not None:
        text = _("Next task")
        pager.append(f'<a rel="next" href="{following.number}.html">{e(text)}</a>')
    if pager:
        label = _("Tasks")
        body.append(f'<nav class="pager" aria-label="{e(label)}">{"".join(pager)}</nav>')
    title = _("Task {number}").format(number=task.number)
    return Page(page, title, "\n".join(b for b in body if b))


def _sentence(said: str, sentence: str) -> str:
    return said if said.endswith(("。", ".")) else sentence.format(note=said)


def _provenance(ctx: Context, page: str, task: Task) -> str:
    p = task.provenance
    if p is None:
        return ""
    rows: list[tuple[str, str]] = []
    # The print's page, as show says it: 原文第47页 where the task has no other origin.
    if p.page is not None and p.origin is None:
        rows.append((_("Origin"), e(_("page {page} of the print").format(page=p.page))))
    elif p.page is not None:
        rows.append((_("Page"), e(p.page)))
    for label, numbers in (
        (_("Deadline cell shared with"), p.deadline_rows),
        (_("Unit cell shared with"), p.units_rows),
    ):
        others = [ctx.tasks[n] for n in numbers if n != task.number and n in ctx.tasks]
        rows.append((label, "、".join(ctx.task_link(page, t) for t in others)))
    if p.origin is not None:
        o = p.origin
        where = [data(w, ctx.language) for w in (o.file, o.sheet) if w]
        # Consecutive rows or lines as one range, as the language writes one (第12—17行).
        separator, span = _(", "), _(NUMBER_RANGE)
        if o.rows:
            where.append(e(_("rows {rows}").format(rows=number_runs(o.rows, separator, span))))
        if o.lines:
            where.append(e(_("lines {lines}").format(lines=number_runs(o.lines, separator, span))))
        rows.append((_("Origin"), " · ".join(w for w in where if w)))
    # Headed apart from its 出处 line (the glossary's word for where it was read), which
    # it holds with the cells shared, the notes and the other readings.
    heading = pgettext("a task page's heading over where and how the task was read", "Provenance")
    html = [tag("h2", heading), _fields(rows)]
    for label, notes in ((_("Notes"), p.notes), (_("Alternatives"), p.alternatives)):
        if notes:
            # A note is a sentence, as show says it (ending in 。 in Chinese).
            sentence = pgettext("a note of show, said as a sentence", "{note}")
            said = (
                prose(_sentence(n.render(ctx.language), sentence), ctx.language, ctx.language)
                for n in notes
            )
            items = "".join(f"<li>{text}</li>" for text in said)
            html += [tag("h3", label), f'<ul class="notes">{items}</ul>']
    if len(html) == 2 and not any(value for _label, value in rows):
        html.append(tag("p", _("Nothing was inferred for this task.")))
    return "\n".join(html)


def _status_word(value: str, label: str, language: str) -> str:
    return e(label) if language == "zh" else e(_(_STATUS_WORDS[value]))


def _task_status(ctx: Context, task: Task) -> str:
    status = ctx.status
    assert status is not None  # noqa: S101 - the caller checked
    day = day_text(status.day)
    reported = status.ledger.status_of(task, as_of=status.day)
    state = (
        _status_word(reported.value, reported.label, ctx.language)
        if reported is not None
        else e(_("nothing reported"))
    )
    history = status.ledger.history(task)
    rows = "".join(
        f"<tr><td>{e(day_text(r.as_of))}</td><td>{data(r.unit, ctx.language)}</td>"
        f"<td>{_status_word(r.status.value, r.status.label, ctx.language)}</td>"
        f"<td>{data(r.note, ctx.language) if r.note else ''}</td></tr>"
        for r in history
    )
    reports = (
        table(
            rows,
            pgettext("a report's day", "As of"),
            _("Unit"),
            _("Status"),
            pgettext("a report's note", "Note"),
        )
        if rows
        else tag("p", _("No report on this task."))
    )
    return "\n".join(
        [
            tag("h2", pgettext("one task's", "Status on {date}").format(date=day)),
            _fields(
                [
                    (pgettext("a task's, beside its standing", "Status"), state),
                    (_("Standing"), ctx.category(task)),
                ]
            ),
            tag("h3", pgettext("the reports on a task", "Reports")),
            reports,
        ]
    )


# -- units -------------------------------------------------------------------------------


def units_page(ctx: Context) -> Page:
    """Every unit, with its kind and its tasks in each role."""
    page = "units/index.html"
    head = "".join(
        f"<th>{e(h)}</th>"
        for h in (
            _("Unit"),
            _("Kind"),
            # Counts of tasks in each role: 牵头, 负责, 配合 (as list-units heads them).
            pgettext("tasks in a role", "Lead"),
            pgettext("tasks in a role", "Responsible"),
            pgettext("tasks in a role", "Support"),
            pgettext("a count of tasks", "Tasks"),
        )
    )
    rows = []
    for unit in named_units(ctx.plan.units):
        found = dict(ctx.roles.get(unit.name, ()))
        counts = [len(found.get(r, ())) for r in Role]
        cells = "".join(f'<td class="n">{n}</td>' for n in [*counts, sum(counts)])
        rows.append(
            f"<tr><td>{ctx.unit_link(page, unit)}</td><td>{e(enum_label(unit.kind))}</td>"
            f"{cells}</tr>"
        )
    note = _("Counts are of the tasks that name the unit itself; see a collective for the rest.")
    body = (
        tag("h1", _("Units")) + "\n" + tag("p", note, "quiet") + "\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return Page(page, _("Units"), body)


def unit_page(ctx: Context, unit: Unit) -> Page:
    """A unit's page: who it is, and its tasks in each role, its collectives' included."""
    page = ctx.unit_pages[unit.name]
    lang, plan = ctx.language, ctx.plan

    def units(names: Iterable[str]) -> str:
        return "、".join(ctx.unit_link(page, plan.unit(n)) for n in names)

    english = ""
    if unit.name_en:  # an English name quoted on a Chinese page is marked English
        english = e(unit.name_en) if lang == "en" else f'<span lang="en">{e(unit.name_en)}</span>'
    if english and not unit.name_en_official:
        english += e(_(" (unofficial)"))
    body = [
        f"<h1>{data(unit.name, lang)}</h1>",
        _fields(
            [
                (_("Full name"), data(unit.full_name, lang) if unit.full_name else ""),
                (_("English name"), english),
                (_("Kind"), e(enum_label(unit.kind))),
                (_("Also called"), "、".join(data(a, lang) for a in unit.aliases)),
                (_("Member of"), units(unit.member_of)),
                (_("Members"), units(unit.members)),
                (_("Note"), prose(data_text(unit.note, lang), lang) if unit.note else ""),
            ]
        ),
        tag("h2", _("Tasks")),
    ]
    own = ctx.roles.get(unit.name, ())
    for role, tasks in own:
        body += [
            f"<h3>{_counted(e(as_role_heading(role)), len(tasks))}</h3>",
            ctx.task_list(page, tasks),
        ]
    if not own:
        body.append(tag("p", _("No task names this unit itself.")))
    # One sentence, the link in its place: Chinese puts no space after its colon.
    through_text = _("Tasks through a collective it belongs to: {collective}")
    before, _sep, after = through_text.partition("{collective}")
    for name in unit.member_of:
        collective = plan.unit(name)
        through = ctx.roles.get(name, ())
        if through:
            count = sum(len(ts) for _r, ts in through)
            body.append(
                f"<p>{e(before)}{_counted(ctx.unit_link(page, collective), count)}{e(after)}</p>"
            )
    return Page(page, unit.name, "\n".join(body))


# -- deadlines ---------------------------------------------------------------------------


def deadlines_page(ctx: Context) -> Page:
    """Every deadline of the plan with its number of tasks."""
    page = "deadlines/index.html"
    body = tag("h1", _("Deadlines")) + "\n" + _deadline_table(ctx, page)
    return Page(page, _("Deadlines"), body)


def deadline_page(ctx: Context, deadline: Deadline, tasks: Sequence[Task]) -> Page:
    """The tasks due by one deadline (or of one undated kind)."""
    page = f"deadlines/{deadline_slug(deadline)}.html"
    body = [
        f"<h1>{deadline_text(deadline, ctx.language)}</h1>",
        f"<p>{e(_count(len(tasks)))}</p>",
        ctx.task_list(page, tasks),
    ]
    return Page(page, _plain_deadline(deadline, ctx.language), "\n".join(body))


# -- search ------------------------------------------------------------------------------


def search_page(ctx: Context) -> Page:
    """The search page: a labelled box, a live status line and the hits, by search.js."""
    page = "search.html"
    words = {
        "none": _("No task contains every term."),
        "found": _("Tasks found: {count}"),
        "task": pgettext("a link to a task, in a list or a table", "Task {number}"),
        "gap": ctx.gap,
    }
    status = (
        '<p id="search-status" role="status" aria-live="polite"'
        + "".join(f' data-{name}="{e(text)}"' for name, text in words.items())
        + "></p>"
    )
    hint = _(
        "Every task whose text contains all the terms (separated by spaces), most matches "
        "first; case and full- or half-width are ignored."
    )
    body = "\n".join(
        [
            tag("h1", _("Search the tasks")),
            '<form role="search" action="search.html" method="get">'
            + tag("label", _("Words in the task"), for_="q")
            + ' <input id="q" name="q" type="search" autocomplete="off"> '
            + tag("button", _("Search"))
            + "</form>",
            f'<p class="quiet">{e(hint)}</p>',
            status,
            '<ol id="results" class="results"></ol>',
            "<noscript>" + tag("p", _("The search needs JavaScript.")) + "</noscript>",
        ]
    )
    return Page(
        page,
        _("Search the tasks"),
        body,
        search_box=False,
        scripts=("search-index.js", "../assets/search.js"),
    )


def search_index(ctx: Context) -> str:
    """The search index, a script setting ``window.dgPlanTasks`` (see assets/search.js)."""
    entries = []
    for task in ctx.plan.tasks:
        folded = fold(task.text)[0]
        entries.append(
            [
                task.number,
                task.text,
                None if folded == task.text else folded,
                _plain_deadline(task.deadline, ctx.language),
                f"tasks/{task.number}.html",
            ]
        )
    return "window.dgPlanTasks = " + json.dumps(entries, separators=(",", ":")) + ";\n"
