"""The one renderer: a command's result as text (tables, the terminal's layout) or JSON.

:func:`show` is the one place that decides between them. :func:`text` and :func:`data`
dispatch on the result's class (``functools.singledispatch``); :func:`streams` says
what goes where (a file's bytes, standard output, standard error). Nothing here
prints: the run loop writes what :func:`show` returns.
"""

from __future__ import annotations

import functools
import json
import shlex
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from dg_plan import _display, _i18n
from dg_plan._display import day_text, enum_label
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext, pgettext
from dg_plan._jsonable import jsonable
from dg_plan._jsontypes import OverviewJSON, PlatformTasksJSON, UnitTasksJSON
from dg_plan._model import Role, Task, Unit
from dg_plan._plan import Plan
from dg_plan._query import summarize
from dg_plan._results import Responsibility
from dg_plan._vocabulary import UNNAMED_UNIT, named_units

from . import chase_views, collect_views, import_views, track_views
from .errors import origin_text, problem, units_label, unread_bracket
from .import_errors import location
from .problem_lines import sheet_of
from .results import (
    ChaseList,
    Imported,
    ImportFailed,
    LateTasks,
    LedgerText,
    LedgerWritten,
    Overview,
    PartSummary,
    PlatformList,
    PlatformTasks,
    ReportWritten,
    Scorecard,
    SearchHits,
    SiteWritten,
    Streamed,
    TaskDetail,
    TaskExplanations,
    TaskList,
    TemplatesWritten,
    TemplateWritten,
    Timeline,
    UnitList,
    UnitResponsibilities,
    UnitStatus,
    Withdrawn,
    Workload,
    Written,
    written_kind,
)
from .terminal import (
    HIGHLIGHT,
    clip,
    columns,
    deadline_groups,
    fit,
    highlighted,
    note_lines,
    note_said,
    pad,
    table,
    task_deadline,
    width,
    wrap,
)

__all__ = ["Shown", "data", "dumps", "show", "text"]


@attrs.frozen
class Shown:
    """What a command shows.

    Bytes or text for standard output as they are, then lines for it and for
    standard error.
    """

    data: bytes = b""
    raw: str = ""
    out: str = ""
    err: str = ""
    #: The exit status when all went well: 3 for a round with files set aside.
    status: int = 0


def show(result: object, *, as_json: bool) -> Shown:
    """*result* as JSON when *as_json*, else as text; split between the streams."""
    body = dumps(data(result)) if as_json else text(result)
    return streams(result, body, as_json=as_json)


@functools.singledispatch
def streams(result: object, body: str, *, as_json: bool) -> Shown:
    """Where *body* (and any bytes of *result*) go: standard output, by default."""
    del result, as_json
    return Shown(out=body)


@streams.register
def streams_streamed(result: Streamed, body: str, *, as_json: bool) -> Shown:
    del body, as_json
    return Shown(data=result.data)


@streams.register
def streams_written(result: Written, body: str, *, as_json: bool) -> Shown:
    del as_json
    # The plot's warning goes to standard error, the line saying it wrote to output.
    warning = no_cjk_font() if result.no_cjk_font else ""
    return Shown(out=body, err=warning)


@streams.register
def streams_imported(result: Imported, body: str, *, as_json: bool) -> Shown:
    # The plan to standard output (-o -): the findings then go to standard error
    # (their JSON stays on standard output).
    if result.output == "-" and not as_json:
        return Shown(raw=result.plan_text, err=body)
    return Shown(raw=result.plan_text, out=body)


#: The notes of collect on a report contradicting the unit's other round: to check.
_TO_CHECK = frozenset({"contradicts_earlier_round", "contradicted_by_later_round"})


@streams.register
def streams_ledger(result: LedgerWritten | LedgerText, body: str, *, as_json: bool) -> Shown:
    # How the returned files were read (a status word, a merged cell) goes to standard
    # error, one line a note, placed as a problem is; the ledger or its line to output.
    del as_json
    # Placed on the returned form's sheet as a set-aside file's problems are.
    said = pgettext("a note on how a returned file was read", "{note}")
    # A report contradicting the unit's other round is kept, but the office must check
    # it: labelled so (需核实), after the routine notes, not one 提示 among them.
    check = pgettext(
        "a report contradicting another round, for the office to check", "to check: {note}"
    )
    # A file set aside: its problems are what counts, no note on how it was read (a
    # merged cell, a date with a time): nothing of it was taken in.
    aside = [f.file for f in result.round.set_aside]
    skipped = {*aside, *(Path(a).name for a in aside)}
    kept = [n for n in result.notes if str(n.file or "") not in skipped]
    notes = "\n".join(
        [
            # A file replacing the ledger's reports is no cell's problem: one plain
            # sentence, not placed at the row and column it was read from (reader14).
            said.format(note=note.render(_i18n.current()))
            if str(note.kind) == "replaced_in_ledger"
            else said.format(note=problem(note, sheet_of(str(note.file or ""), kept)))
            for note in kept
            if str(note.kind) not in {"day_not_completion", *_TO_CHECK}
        ]
        + track_views.expected_days(kept, aside)
        + [
            check.format(note=problem(note, sheet_of(str(note.file or ""), kept)))
            for note in kept
            if str(note.kind) in _TO_CHECK
        ]
    )
    status = 3 if result.round.set_aside else 0
    if isinstance(result, LedgerText):
        # The ledger is standard output: what the round found goes with the notes.
        found = "\n".join(track_views.round_lines(result.round, result.files))
        return Shown(out=body, err="\n".join(t for t in (notes, found) if t), status=status)
    return Shown(out=body, err=notes, status=status)


def dumps(value: object) -> str:
    """*value* as the command line's JSON: :func:`dg_plan.jsonable`'s form, indented."""
    return json.dumps(jsonable(value), ensure_ascii=False, indent=2)


@functools.singledispatch
def text(result: object) -> str:
    """*result* as text for a terminal."""
    raise TypeError(type(result).__name__)  # pragma: no cover - every result is registered


@functools.singledispatch
def data(result: object) -> object:
    """*result* as a JSON value."""
    raise TypeError(type(result).__name__)  # pragma: no cover - every listing is registered


# -- shared pieces ---------------------------------------------------------------------


def names(units: Iterable[Unit]) -> str:
    """Unit names joined by 、, or — for none (— (none listed) for an import's placeholder)."""
    return "、".join(unit_name(u.name) for u in units) or "—"


def _units_named(plan: Plan) -> int:
    """How many units an imported plan names: its placeholder for none is no unit."""
    return len(named_units(plan.units))


def unit_name(name: str) -> str:
    """A unit's name as shown: the placeholder of a task whose list names none, as none."""
    return _("— (none listed in the source)") if name == UNNAMED_UNIT else name


def task_rows(tasks: Iterable[Task]) -> list[list[str]]:
    """A table of tasks: number, deadline, accountable units, text."""
    # The accountable units: the leads, or the responsible units where none leads.
    rows = [
        [_("No."), _("Deadline"), _("Accountable"), pgettext("a column: the task's text", "Task")]
    ]
    rows += [[str(t.number), task_deadline(t), names(t.accountable), t.text] for t in tasks]
    return rows


def origin(plan: Plan) -> str:
    """Where the plan comes from and how many tasks it has; an imported plan may not say."""
    m, count = plan.metadata, len(plan.tasks)
    if m.attachment and m.document and m.issuer and m.issued:
        return ngettext(
            "{attachment} of {document}, {issuer}, {issued}: {count} task",
            "{attachment} of {document}, {issuer}, {issued}: {count} tasks",
            count,
        ).format(
            attachment=m.attachment,
            document=m.document,
            issuer=m.issuer,
            issued=day_text(m.issued),
            count=count,
        )
    # Say only what is known.
    document = (
        _("{attachment} of {document}").format(attachment=m.attachment, document=m.document)
        if m.attachment and m.document
        else m.attachment or m.document
    )
    issued = day_text(m.issued) if m.issued else ""
    said = _(", ").join(p for p in (document, m.issuer, issued) if p)
    tasks = ngettext("{count} task", "{count} tasks", count).format(count=count)
    if said:
        return _("{origin}: {tasks}").format(origin=said, tasks=tasks)
    # The count alone, said as the shipped plan's header says it (共178项任务 in Chinese).
    return pgettext(
        "a plan's overview: how many tasks it has, with nothing else known", "{tasks}"
    ).format(tasks=tasks)


def no_cjk_font() -> str:
    """The warning that the plot's Chinese labels show as boxes."""
    return _(
        "dg-plan: warning: no font with Chinese (CJK) glyphs was found, so Chinese labels "
        "show as empty boxes. Install one and clear matplotlib's font cache "
        "(rm -rf ~/.cache/matplotlib): on Debian or Ubuntu apt-get install fonts-noto-cjk"
    )


# -- queries ---------------------------------------------------------------------------


@text.register
def text_overview(result: Overview) -> str:
    plan = result.plan
    lines = [plan.metadata.title, origin(plan), ""]
    summary = summarize(plan)
    rows = [
        [s.id if s.is_part else f"  {s.id}", s.heading if s.is_part else f"  {s.heading}",
         str(len(s.tasks))]
        for s in summary.sections
    ]  # fmt: skip
    if rows:  # an imported list may have no parts: no heading over nothing
        head = [_("Section id"), _("Part or section"), _("Tasks in it")]  # every column headed
        lines += [_("Parts and subsections"), table([head, *rows]), ""]
    counts = [[label, str(len(tasks))] for label, _day, tasks in deadline_groups(plan.timeline())]
    lines += [_("Tasks per deadline"), table(counts)]
    lines += ["", _("Units that lead most tasks")]
    lines.append(table([[unit.name, str(n)] for unit, n in summary.leads]))
    return "\n".join(lines)


@data.register
def data_overview(result: Overview) -> OverviewJSON:
    plan = result.plan
    rows = {r.unit.name: r for r in plan.workload()}
    return {
        "metadata": jsonable(plan.metadata),
        "sections": jsonable(plan.sections, plan=plan),
        "timeline": jsonable(plan.timeline()),
        "leads": [jsonable(rows[unit.name]) for unit, _n in summarize(plan).leads],
    }


@text.register
def text_task_list(result: TaskList) -> str:
    if result.listing is not None:
        # A unit's tasks look as `unit` shows them: one heading, the same columns.
        return unit_listing(result.listing, full_name=False)
    if not result.tasks:
        return result.none or _("{title}: no tasks").format(title=result.title)
    count = ngettext("{title}: {count} task", "{title}: {count} tasks", len(result.tasks))
    head = count.format(title=result.title, count=len(result.tasks))
    if result.note:
        head += "\n" + result.note
    return head + "\n\n" + fit(task_rows(result.tasks), names=2)


@data.register
def data_task_list(result: TaskList) -> object:
    return jsonable(result.tasks, plan=result.plan)


@data.register
def data_task_detail(result: TaskDetail) -> object:
    return jsonable(result.task, plan=result.plan)


def _separator() -> str:
    """What stands between the parts of a heading line: `` · `` (no spaces in Chinese)."""
    return pgettext("between the parts of a heading line", " · ")


def _section_path(result: TaskDetail) -> str:
    """The task's section as the print numbers it: ``一、（一）构建…`` for a subsection."""
    part, section = result.plan.part_of(result.task), result.plan.section_of(result.task)
    if section is None:
        return ""
    if part is None or part is section:
        return section.heading
    return f"{part.label}、{section.heading}"


@text.register
def text_task_detail(result: TaskDetail) -> str:
    task = result.task
    record = jsonable(task, plan=result.plan)
    p = task.provenance
    room = min(columns(), 100)
    due = _(" ({date})").format(date=day_text(task.deadline.date)) if task.deadline.date else ""
    # An imported deadline that could not be read, or was read in another form, says
    # what was printed (task_deadline, as_printed).
    deadline = task_deadline(task, as_printed=True) + due
    # English names the section by its id too; Chinese by the print's numbering alone
    # (一、（四）…), which is how its reader knows it.
    where = _section_path(result) if record["section"] else ""
    english = _i18n.current() == "en"
    if where and english:
        where = f"section {record['section']} {where}"
    head = [_("Task {number}").format(number=task.number)]
    # English heads the task with its deadline, section and page, joined by " · ". A
    # reader of Chinese documents has a heading line and labelled lines (the reader17):
    # 第18项任务 alone, its section as 所属章节：, its page in 出处 below.
    section: list[tuple[str, str]] = []
    if english:
        head += [deadline, where]
        if p is not None and p.page is not None:
            head.append(_("page {page}").format(page=p.page))
    elif where:
        section.append((pgettext("a label of show: the task's section", "Section"), where))
    lines = [_separator().join(h for h in head if h), "", *wrap(task.text, room), ""]
    fields = [
        *section,
        (_("Deadline"), deadline),
        (_("Lead"), names(task.leads) if task.leads else _("— (no lead designated)")),
        # The lead always (无牵头单位 says something), other roles where they name one.
        *([(_("Responsible"), names(task.responsible))] if task.responsible else []),
        *([(_("Support"), names(task.support))] if task.support else []),
        (_("Platforms"), "、".join(pl.name for pl in task.platforms) or "—"),
        (_units_label(task), unit_name(task.units_text) if task.units_text else "—"),
    ]
    if p is not None and p.origin is not None:
        fields = unread_bracket(task.text, fields)
    # 出处 (the help's and the glossary's): a list's file and line, or the print's page.
    if p is not None and p.origin is not None:
        if p.page is not None:
            fields.append((_("Page"), str(p.page)))
        fields.append((_("Origin"), origin_text(p.origin)))
    elif p is not None and p.page is not None:
        fields.append((_("Origin"), _("page {page} of the print").format(page=p.page)))
    colon = _(":")
    labels = max(width(label) for label, _value in fields) + 2
    for label, value in fields:
        wrapped = wrap(value, room - labels)
        lines.append(pad(label + colon, labels) + wrapped[0])
        lines += [" " * labels + more for more in wrapped[1:]]
    if p is not None:
        for label, notes in ((_("Notes"), p.notes), (_("Alternatives"), p.alternatives)):
            if notes:
                # Notes are data with a rendering in each language: the CLI's.
                lines += ["", label + colon]
                for note in notes:
                    lines += note_lines(note_sentence(note_said(task, note)), room)
    return "\n".join(lines)


def _units_label(task: Task) -> str:
    """Show's label of the units' text: 清单所列责任单位, or as decided if a decision set them."""
    p = task.provenance
    if p is not None and any(n.kind.value == "decided" for n in p.notes):
        from dg_plan.importing.actions import UNITS_ACTIONS  # noqa: PLC0415 - import only

        if any(n.kind.value == "decided" and n["action"] in UNITS_ACTIONS for n in p.notes):
            return _("Units, as decided")
    return units_label(p.origin if p else None)


def note_sentence(said: str) -> str:
    """A note said as a sentence: in Chinese it ends with 。 (as ``show`` and ``import`` say it)."""
    if said.endswith(("。", ".", "？", "?", "！", "!")):
        return said
    return pgettext("a note of show, said as a sentence", "{note}").format(note=said)


@data.register
def data_unit_responsibilities(result: UnitResponsibilities) -> UnitTasksJSON:
    return {"unit": jsonable(result.unit), "tasks": jsonable(result.found, plan=result.plan)}


def _unit_summary(title: str, found: Sequence[Responsibility], led: int) -> str:
    """The head of a unit's tasks: how many, and how many it leads, said plainly.

    A unit that leads none is not said to lead 0: its tasks are all in one role
    (163项任务，均作为负责单位), or in the roles it has, counted.
    """
    count = len(found)
    if led:
        return ngettext(
            "{title}: {count} task, {led} led", "{title}: {count} tasks, {led} led", count
        ).format(title=title, count=count, led=led)
    responsible = sum(r.role is Role.RESPONSIBLE for r in found)
    support = count - responsible
    if count == 1:
        only = (
            _("{title}: 1 task, as responsible")
            if responsible
            else _("{title}: 1 task, as support")
        )
        return only.format(title=title)
    if not support:
        return _("{title}: {count} tasks, all as responsible").format(title=title, count=count)
    if not responsible:
        return _("{title}: {count} tasks, all as support").format(title=title, count=count)
    return _(
        "{title}: {count} tasks, none led: {responsible} as responsible, {support} as support"
    ).format(title=title, count=count, responsible=responsible, support=support)


def unit_tasks_title(name: str, role: Role | None) -> str:
    """The title of a unit's tasks in one role (省公安厅牵头的任务), or in all (省公安厅的任务)."""
    titles = {
        None: _("Tasks of {unit}"),
        Role.LEAD: _("Tasks {unit} leads"),
        Role.RESPONSIBLE: _("Tasks {unit} is responsible for"),
        Role.SUPPORT: _("Tasks {unit} supports"),
    }
    return titles[role].format(unit=name)


@text.register
def text_unit_responsibilities(result: UnitResponsibilities) -> str:
    return unit_listing(result, full_name=True)


def unit_listing(result: UnitResponsibilities, *, full_name: bool) -> str:
    """A unit's tasks with its role in each, as `unit` and `tasks --unit` both show them.

    The heading names the unit by its name alone, as a list of tasks is headed
    (省公安厅牵头的任务：共19项); `unit` gives its full name, when it differs, on a line
    of its own under the heading (全称：河南省公安厅), not inside it; a unit with no
    task (in the role asked) is said in a sentence alone.
    """
    unit, role, found = result.unit, result.role, result.found
    led = sum(r.role is Role.LEAD for r in found)
    title = unit.name
    full = unit.full_name
    named = (
        "\n" + _("Full name: {name}").format(name=full)
        if full_name and full and full != unit.name
        else ""
    )
    if not found:  # a sentence, not a heading: no line under it
        if role is None:
            return _("{title} answers for no task.").format(title=title)
        return _("{title}: no tasks ({role})").format(title=title, role=enum_label(role))
    if role is None:
        what = _unit_summary(title, found, led)
    else:
        what = ngettext("{title}: {count} task", "{title}: {count} tasks", len(found)).format(
            title=unit_tasks_title(unit.name, role), count=len(found)
        )
    what += named
    via = pgettext("the collective a unit answers through", "Via")
    rows = [
        [_("No."), _("Deadline"), _("Role"), via, pgettext("a column: the task's text", "Task")]
    ]
    rows += [
        [str(r.task.number), str(r.task.deadline), enum_label(r.role),
         r.via.name if r.via else "", r.task.text]
        for r in found
    ]  # fmt: skip
    return f"{what}\n\n{fit(rows)}"


@data.register
def data_search_hits(result: SearchHits) -> object:
    return jsonable(result.hits, plan=result.plan)


def _quoted(query: str) -> str:
    """The search's terms quoted, each in Chinese (“甲”“乙”), as typed in English."""
    if _i18n.current().startswith("zh"):
        return "".join(f"“{w}”" for w in query.split())
    return f"“{query}”"


def _no_hits(query: str, unit: str | None) -> str:
    """A search that found nothing (exit status 0: an answer, not a name not found)."""
    words = query.split()
    terms = _quoted(query)
    if unit:
        said = (
            _("Search {terms} among the tasks of {unit}: no tasks")
            if len(words) == 1
            else pgettext(
                "a search of several terms that found nothing",
                "Search {terms} among the tasks of {unit}: no tasks",
            )
        )
        return said.format(terms=terms, unit=unit)
    said = (
        _("Search {terms}: no tasks")
        if len(words) == 1
        else pgettext("a search of several terms that found nothing", "Search {terms}: no tasks")
    )
    return said.format(terms=terms)


@text.register
def text_search_hits(result: SearchHits) -> str:
    query, hits = result.query, result.hits
    if result.unit:
        title = _("Search {terms} among the tasks of {unit}").format(
            terms=_quoted(query), unit=result.unit
        )
    else:
        title = _("Search {terms}").format(terms=_quoted(query))
    if not hits:
        return _no_hits(query, result.unit)
    mark = HIGHLIGHT.get()
    # One task found: no order to state; said 共1项任务 as the other counts of a search.
    found = (
        pgettext("one task found by a search", "{title}: 1 task")
        if len(hits) == 1
        else ngettext(
            "{title}: {count} task, most matches first",
            "{title}: {count} tasks, most matches first",
            len(hits),
        )
    )
    lines = [found.format(title=title, count=len(hits)), ""]
    for h in hits:
        matches = ngettext("{count} match", "{count} matches", h.matches)
        who = names(h.task.accountable)
        number = pgettext("a task's number heading a search result", "{number}")
        # Spaced as a table row in Chinese (第121项  2023年12月底前  匹配1处  …), not
        # joined by ｜, which show dropped too (the seventeenth reader).
        line = pgettext(
            "a search result's line: its number, deadline, matches and units",
            "{number} · {deadline} · {matches} · {units}",
        )
        lines.append(
            line.format(
                number=number.format(number=h.task.number),
                deadline=str(h.task.deadline),
                matches=matches.format(count=h.matches),
                units=who,
            )
        )
        lines.append("  " + (highlighted(h.task.text, h.spans) if mark else h.task.text))
    return "\n".join(lines)


@data.register
def data_platform_tasks(result: PlatformTasks) -> PlatformTasksJSON:
    return {
        "platform": jsonable(result.platform),
        "tasks": jsonable(result.tasks, plan=result.plan),
        "units": jsonable(result.involved),
    }


@text.register
def text_platform_tasks(result: PlatformTasks) -> str:
    platform = result.platform
    head = _("{name} ({kind})").format(name=platform.name, kind=enum_label(platform.kind))
    # The English name glosses the Chinese one for an English reader only.
    if platform.name_en and _i18n.current() == "en":
        head += f" — {platform.name_en}"
    units = [[_("Unit"), *_display.role_columns()]]
    units += [
        [i.unit.name, *(_(", ").join(str(t.number) for t in ts) or "—" for ts in (
            i.lead, i.responsible, i.support))]
        for i in result.involved
    ]  # fmt: skip
    mentions = _("Tasks that mention it: {count}").format(count=len(result.tasks))
    responsible = _("Responsible units")
    return (
        f"{head}\n\n{mentions}\n\n{fit(task_rows(result.tasks), names=2)}\n\n"
        f"{responsible}\n\n{table(units)}"
    )


@data.register
def data_timeline(result: Timeline) -> object:
    return jsonable(result.entries)


@text.register
def text_timeline(result: Timeline) -> str:
    rows = [[_("Deadline"), _("Date"), pgettext("a count of tasks", "Tasks"), _("Numbers")]]
    rows += [
        [label, day_text(day) if day else "", str(len(tasks)),
         _(", ").join(str(t.number) for t in tasks)]
        for label, day, tasks in deadline_groups(result.entries)
    ]  # fmt: skip
    return fit(rows)


@data.register
def data_workload(result: Workload) -> object:
    return jsonable(result.rows)


@text.register
def text_workload(result: Workload) -> str:
    rows = result.rows
    year = pgettext("a year heading a workload column", "{year}")
    labels = [
        year.format(year=b.label) if b.label.isdigit() else b.label
        for b in (rows[0].buckets if rows else ())
    ]
    out = [[_("Unit"), *_display.role_columns(), _("Total"), *labels]]
    out += [
        [r.unit.name, str(r.lead), str(r.responsible), str(r.support), str(r.total),
         *(_display.role_counts(b.lead, b.responsible, b.support) for b in r.buckets)]
        for r in rows
    ]  # fmt: skip
    return table(out) + "\n\n" + _("Per deadline: tasks led/responsible/supported.")


@data.register
def data_unit_list(result: UnitList) -> object:
    # The units' forms; how many tasks each has is workload --members's.
    return jsonable(result.units)


@text.register
def text_unit_list(result: UnitList) -> str:
    # A unit's name as printed, beside its full name: its 简称 (as the xlsx units sheet).
    unit = pgettext("the units list's first column: a unit's short name", "Unit")
    rows = [[unit, _("Kind"), *_display.role_columns(), _("Full name")]]
    for u in result.units:
        row = result.counts.get(u.name)
        tally = (row.lead, row.responsible, row.support) if row else (0, 0, 0)
        rows.append([u.name, enum_label(u.kind), *map(str, tally), u.full_name])
    return fit(rows)


@data.register
def data_platform_list(result: PlatformList) -> object:
    # The platforms' forms; the tasks that mention one are platform NAME's.
    return jsonable(result.platforms)


@text.register
def text_platform_list(result: PlatformList) -> str:
    rows = [[_("Platform"), _("Kind"), pgettext("a count of tasks", "Tasks"), _("Numbers")]]
    for p in result.platforms:
        tasks = result.plan.mentioning(p)
        rows.append(
            [
                p.name,
                enum_label(p.kind),
                str(len(tasks)),
                _(", ").join(str(t.number) for t in tasks),
            ]
        )
    return fit(rows)


# -- files -----------------------------------------------------------------------------


@text.register
def text_written(result: Written) -> str:
    # Said once: in Chinese the kind of file (导出为 Excel 工作簿 plan.xlsx); a plot is saved.
    wrote = (
        pgettext("a plot written", "wrote {path} ({what})")
        if result.plot
        else pgettext("an export of the plan written", "wrote {path} ({what})")
    ).format(path=result.path, what=written_kind(result.what, plot=result.plot))
    if not result.metadata:
        return wrote
    serve = _("wrote {metadata} (Datasette metadata); serve with:").format(metadata=result.metadata)
    command = f"  datasette {shlex.quote(result.path)} --metadata {shlex.quote(result.metadata)}"
    return f"{wrote}\n{serve}\n{command}"


@text.register
def text_site_written(result: SiteWritten) -> str:
    return _("wrote a site of {count} files into {folder}; open {index} in a browser").format(
        count=result.files, folder=result.folder, index=result.index
    )


@text.register
def text_streamed(result: Streamed) -> str:
    del result
    return ""


@data.register
def data_imported(result: Imported) -> object:
    imported = result.result
    return {
        "file": result.file,
        "imported": True,
        "output": result.output,
        "tasks": len(imported.plan.tasks),
        "units": _units_named(imported.plan),
        "problems": jsonable(imported.problems),
        "open_problems": len(imported.open_problems),
        "review": result.review,
        "notes": jsonable(imported.notes),
        "origins": [
            {"task": t.number, **jsonable(t.provenance.origin)}
            for t in imported.plan.tasks
            if t.provenance is not None and t.provenance.origin is not None
        ],
    }


@streams.register
def streams_import_failed(result: ImportFailed, body: str, *, as_json: bool) -> Shown:
    # The JSON to standard output; the failure's sentences, as without --json, to
    # standard error; exit status 1.
    if as_json:
        return Shown(out=body, err=import_views.failure_said(result), status=1)
    return Shown(err=body, status=1)  # as the error itself is said


@text.register
def text_imported(result: Imported) -> str:
    imported = result.result
    findings: list[tuple[str, Any]] = [
        (_("settled") if p.settled else _("problem"), p) for p in imported.problems
    ]
    findings += [(_("note"), n) for n in imported.notes]
    # The kind's column is headed as the review workbook heads it (类别 in Chinese); a
    # decision's note holds what it names (task = 4, starts = "…"), not the print, so
    # that goes in a column of its own, in words (第4项任务（开头为“…”）), headed as the
    # workbook heads it (所指任务).
    decided = [getattr(f.kind, "value", None) == "decision_applied" for _k, f in findings]
    head = [_("finding"), _("where"), _("what"), _("text")]
    rows = [[*head, _("decision's target")] if any(decided) else head]
    # Each finding is a kind plus values: said in the language in force; a note or a
    # problem as a sentence, as ``show`` says it (in Chinese it ends with 。).
    language = _i18n.current()
    from dg_plan.importing.targets import Target  # noqa: PLC0415 - import only

    for (kind, f), decided_here in zip(findings, decided, strict=True):
        row = [kind, location(f.where), note_sentence(f.render(language))]
        target = getattr(f, "target", None)
        if decided_here:
            said = target.said(language) if isinstance(target, Target) else f.text
            row += ["", clip(said, 40)]
        else:
            row += [clip(f.text, 40)]
        rows.append(row + [""] * (len(rows[0]) - len(row)))
    amounts = (
        len(imported.plan.tasks),
        _units_named(imported.plan),
        len(imported.open_problems),
        len(imported.notes),
    )
    counts = (
        ngettext("{count} task", "{count} tasks", amounts[0]),
        ngettext("{count} unit", "{count} units", amounts[1]),
        ngettext("{count} problem", "{count} problems", amounts[2]),
        ngettext("{count} note", "{count} notes", amounts[3]),
    )
    summary = _("{file}: {tasks}, {units}, {problems}, {notes}").format(
        file=result.file,
        **{
            key: said.format(count=n)
            for key, said, n in zip(
                ("tasks", "units", "problems", "notes"), counts, amounts, strict=True
            )
        },
    )
    if result.output and result.output != "-":
        summary += _("; wrote {path}").format(path=result.output)
    if result.review:
        summary += _("; wrote {path}").format(path=result.review)
    return table(rows) + "\n" + summary


# -- tracking --------------------------------------------------------------------------


@text.register
def text_template_written(result: TemplateWritten) -> str:
    # A whole sentence naming what was made, for whom, and its 统计截止日期.
    return ngettext(
        "Wrote {path}, the template for {unit}: {count} task, as of {date}.",
        "Wrote {path}, the template for {unit}: {count} tasks, as of {date}.",
        result.count,
    ).format(path=result.path, count=result.count, unit=result.unit, date=day_text(result.as_of))


@text.register
def text_ledger_written(result: LedgerWritten) -> str:
    return collect_views.ledger_written_said(result)


@text.register
def text_templates_written(result: TemplatesWritten) -> str:
    return "\n".join(track_views.templates_lines(result))


@text.register
def text_ledger_text(result: LedgerText) -> str:
    return result.text.rstrip("\n")


@text.register
def text_withdrawn(result: Withdrawn) -> str:
    reports = ngettext("{count} report", "{count} reports", result.count)
    left = ngettext("{count} report", "{count} reports", result.left)
    return _(
        "withdrew {reports} of {unit} for {date} from {path}; the ledger now holds {left}"
    ).format(
        reports=reports.format(count=result.count),
        unit=result.unit,
        date=day_text(result.as_of),
        path=result.path,
        left=left.format(count=result.left),
    )


@text.register
def text_report_written(result: ReportWritten) -> str:
    # A whole sentence naming what was made (not "wrote report.docx").
    return _("Wrote the supervision report {path}, as of {date}.").format(
        path=result.path, date=day_text(result.as_of)
    )


text.register(TaskExplanations, track_views.task_explanations_text)
data.register(TaskExplanations, track_views.task_explanations_data)
text.register(PartSummary, track_views.part_summary_text)
data.register(PartSummary, track_views.part_summary_data)
text.register(UnitStatus, track_views.unit_status_text)
data.register(UnitStatus, track_views.unit_status_data)
text.register(LateTasks, track_views.late_text)
data.register(LateTasks, track_views.late_data)
text.register(Scorecard, track_views.scorecard_text)
data.register(Scorecard, track_views.scorecard_data)
text.register(ChaseList, chase_views.chase_text)
data.register(ChaseList, chase_views.chase_data)
text.register(ImportFailed, import_views.failure_said)
data.register(ImportFailed, import_views.failure_data)
