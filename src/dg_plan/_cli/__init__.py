"""The ``dg-plan`` command line (also ``python -m dg_plan``).

Exit status: 0 on success; 1 when a task, unit, platform or section is not found
(the close matches are printed), an optional dependency is missing or a file or the
output cannot be written; 2 on a usage error: a malformed option, date or period;
141 (128 + SIGPIPE, as a shell reports it) when the reader of the output went away
(``dg-plan due --undated | head -1``). Errors go to standard error, without a
traceback.

Column widths are measured with wcwidth. Characters of ambiguous East Asian width
(“ ” … ·) take one column, or two with ``--wide-ambiguous`` or in a Chinese,
Japanese or Korean locale.
"""

from __future__ import annotations

import argparse
import contextvars
import datetime
import errno
import json
import os
import re
import shutil
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import wcwidth

from . import _display, _i18n, export, plot, tracking
from ._compat import require
from ._dates import read_day
from ._display import enum_label
from ._errors import (
    DgPlanError,
    InvalidQueryError,
    PlanDataError,
    PlanImportError,
    TrackingDataError,
    UnknownNameError,
    UnknownTaskError,
    UnknownUnitError,
)
from ._findings import FORMATS, TEXT_SUFFIXES, ZIP_SUFFIXES
from ._i18n import N_, ngettext, pgettext
from ._i18n import gettext as _
from ._load import load_plan
from ._messages import render as render_message
from ._model import (
    ROLE_WORDS,
    Deadline,
    DeadlineKind,
    PlanMetadata,
    PlatformKind,
    Role,
    Task,
    Unit,
    UnitKind,
)
from ._notes import Note
from ._plan import Plan
from ._query import summarize
from ._tracking_problems import TrackingProblem, relocated
from ._version import __version__

__all__ = ["main"]


# The columns an ambiguous-width character (“ ” … ·) takes: 1, or 2 by the East Asian
# convention. Set for one run of main(); a context variable, so threads do not share it.
_AMBIGUOUS_WIDTH: contextvars.ContextVar[int] = contextvars.ContextVar("ambiguous_width", default=1)
_CJK_LOCALE = re.compile(r"(zh|ja|ko)([_.@-]|$)", re.IGNORECASE)


def _cjk_locale() -> bool:
    """Whether the locale (LC_ALL, LC_CTYPE or LANG: the first set) is CJK."""
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(name)
        if value:
            return bool(_CJK_LOCALE.match(value))
    return False


def width(text: str) -> int:
    """Return the display width of *text* in terminal columns, as wcwidth measures it."""
    return int(wcwidth.width(text, ambiguous_width=_AMBIGUOUS_WIDTH.get()))


def pad(text: str, columns: int) -> str:
    """Pad *text* with spaces to *columns* display columns."""
    return text + " " * max(0, columns - width(text))


def clip(text: str, columns: int) -> str:
    """Cut *text* to at most *columns* display columns, ending with ``…`` when cut."""
    if width(text) <= columns:
        return text
    out, used, room = [], 0, columns - width("…")
    for c in text:
        w = width(c)
        if used + w > room:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def wrap(text: str, columns: int, indent: str = "") -> list[str]:
    """Break *text* into lines of at most *columns* display columns.

    Lines break at spaces, like :func:`textwrap.wrap` (wcwidth's, which measures
    display columns); a run without spaces (Chinese text, a long word) is broken where
    the line is full.
    """
    lines: list[str] = wcwidth.wrap(
        text,
        columns,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        ambiguous_width=_AMBIGUOUS_WIDTH.get(),
    )
    return lines or [indent]


def table(rows: Sequence[Sequence[str]]) -> str:
    """Render *rows* as columns aligned by display width."""
    if not rows:
        return ""
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _columns() -> int:
    return max(60, shutil.get_terminal_size((100, 24)).columns)


def _fit(rows: list[list[str]], last_min: int = 20) -> str:
    """Render *rows* as a table whose last column is clipped to the terminal's width."""
    if not rows:
        return ""
    used = sum(max(width(r[i]) for r in rows) + 2 for i in range(len(rows[0]) - 1))
    room = max(last_min, _columns() - used)
    return table([[*r[:-1], clip(r[-1], room)] for r in rows])


def _origin(m: PlanMetadata, count: int) -> str:
    """Where the plan comes from and how many tasks it has; an imported plan may not say."""
    if m.attachment and m.document and m.issuer and m.issued:
        return ngettext(
            "{attachment} of {document}, {issuer}, {issued}: {count} task",
            "{attachment} of {document}, {issuer}, {issued}: {count} tasks",
            count,
        ).format(
            attachment=m.attachment,
            document=m.document,
            issuer=m.issuer,
            issued=m.issued,
            count=count,
        )
    # Say only what is known.
    document = (
        _("{attachment} of {document}").format(attachment=m.attachment, document=m.document)
        if m.attachment and m.document
        else m.attachment or m.document
    )
    origin = _(", ").join(p for p in (document, m.issuer, str(m.issued or "")) if p)
    tasks = ngettext("{count} task", "{count} tasks", count).format(count=count)
    return _("{origin}: {tasks}").format(origin=origin, tasks=tasks) if origin else tasks


def overview(plan: Plan) -> str:
    """Return a text overview: parts and subsections, tasks per deadline, top lead units."""
    m = plan.metadata
    lines = [
        m.title,
        _origin(m, len(plan.tasks)),
        "",
        _("Parts and subsections"),
    ]
    summary = summarize(plan)
    rows = [
        [s.id if s.is_part else f"  {s.id}", s.heading if s.is_part else f"  {s.heading}",
         str(len(s.tasks))]
        for s in summary.sections
    ]  # fmt: skip
    lines += [table(rows), "", _("Tasks per deadline")]
    lines.append(table([[_printed(d), str(n)] for d, n in summary.deadlines]))
    lines += ["", _("Units that lead most tasks")]
    lines.append(table([[unit.name, str(n)] for unit, n in summary.leads]))
    return "\n".join(lines)


# -- output helpers ----------------------------------------------------------------------


def _printed(deadline: Deadline) -> str:
    """The deadline as printed; an UNSPECIFIED one (printed as "") says so."""
    return str(deadline) or _("(unspecified)")


def _json(value: object) -> str:
    def default(obj: object) -> object:
        if isinstance(obj, datetime.date):
            return obj.isoformat()
        raise TypeError(type(obj).__name__)  # pragma: no cover - every value is known

    return json.dumps(value, ensure_ascii=False, indent=2, default=default)


def _records(plan: Plan, tasks: Iterable[Task]) -> list[dict[str, Any]]:
    rows = export.records(plan, tasks=tasks)
    for row in rows:
        for key, value in row.items():
            if isinstance(value, tuple):
                row[key] = list(value)
    return rows


def _names(units: Iterable[Unit]) -> str:
    return "、".join(u.name for u in units) or "—"


def _task_rows(tasks: Iterable[Task]) -> list[list[str]]:
    # The accountable units: the leads, or the responsible units where none leads.
    rows = [[_("No."), _("Deadline"), _("Accountable"), _("Task")]]
    rows += [
        [str(t.number), _printed(t.deadline), clip(_names(t.accountable), 26), t.text]
        for t in tasks
    ]
    return rows


def _task_list(plan: Plan, tasks: Sequence[Task], args: argparse.Namespace, title: str) -> str:
    if args.json:
        return _json(_records(plan, tasks))
    if not tasks:
        return _("{title}: no tasks").format(title=title)
    count = ngettext("{title}: {count} task", "{title}: {count} tasks", len(tasks))
    return count.format(title=title, count=len(tasks)) + "\n\n" + _fit(_task_rows(tasks))


# -- commands ----------------------------------------------------------------------------


def _cmd_overview(plan: Plan, args: argparse.Namespace) -> str:
    if not args.json:
        return overview(plan)
    m = plan.metadata
    summary = summarize(plan)
    return _json(
        {
            "title": m.title,
            "document": m.document,
            "attachment": m.attachment,
            "issuer": m.issuer,
            "issued": m.issued,
            "tasks": len(plan.tasks),
            "sections": [
                {"id": s.id, "title": s.heading, "tasks": len(s.tasks)} for s in summary.sections
            ],
            "deadlines": [
                {"deadline": str(d), "due": d.date, "tasks": n} for d, n in summary.deadlines
            ],
            "leads": [{"unit": unit.name, "tasks": n} for unit, n in summary.leads],
        }
    )


def _note_json(note: Note) -> dict[str, Any]:
    # Language-neutral, as the JSON format writes a note.
    return {"kind": note.kind.value, "values": dict(note.values)}


def _cmd_show(plan: Plan, args: argparse.Namespace) -> str:
    task = plan.task(args.number)
    record = _records(plan, [task])[0]
    p = task.provenance
    if args.json:
        record.update(
            units_text=task.units_text,
            mentions=[
                {"platform": m.platform, "start": m.start, "end": m.end} for m in task.mentions
            ],
            notes=[_note_json(n) for n in p.notes] if p else [],
            alternatives=[_note_json(n) for n in p.alternatives] if p else [],
        )
        return _json(record)
    columns = min(_columns(), 100)
    due = f" ({task.deadline.date})" if task.deadline.date else ""
    where = (
        _("section {id} {title}").format(id=record["section"], title=record["section_title"])
        if record["section"]
        else ""
    )
    head = [
        _("Task {number}").format(number=task.number) + f" · {_printed(task.deadline)}{due}",
        where,
    ]
    if p is not None and p.page is not None:
        head.append(_("page {page}").format(page=p.page))
    lines = [" · ".join(h for h in head if h), "", *wrap(task.text, columns), ""]
    fields = [
        (_("Deadline"), _printed(task.deadline) + due),
        (_("Lead"), _names(task.leads) if task.leads else _("— (no lead designated)")),
        (_("Responsible"), _names(task.responsible)),
        *([(_("Support"), _names(task.support))] if task.support else []),
        (_("Platforms"), "、".join(pl.name for pl in task.platforms) or "—"),
        (_("Printed"), task.units_text or "—"),
    ]
    if p is not None and p.page is not None:
        fields.append((_("Page"), str(p.page)))
    colon = _(":")
    labels = max(width(label) for label, _value in fields) + 2
    for label, value in fields:
        wrapped = wrap(value, columns - labels)
        lines.append(pad(label + colon, labels) + wrapped[0])
        lines += [" " * labels + more for more in wrapped[1:]]
    if p is not None:
        for label, notes in ((_("Notes"), p.notes), (_("Alternatives"), p.alternatives)):
            if notes:
                # Notes are data with a rendering in each language: the CLI's.
                lines += ["", label + colon]
                for note in notes:
                    lines += wrap(note.render(_i18n.current()), columns, indent="  ")
    return "\n".join(lines)


def _cmd_unit(plan: Plan, args: argparse.Namespace) -> str:
    unit = plan.unit(args.name)
    role = Role(args.role) if args.role else None
    found = plan.responsibilities(unit, role)
    if args.json:
        records = _records(plan, [r.task for r in found])
        for record, r in zip(records, found, strict=True):
            record["role"] = r.role.value
            record["via"] = r.via.name if r.via else None
        return _json({"unit": unit.name, "full_name": unit.full_name, "tasks": records})
    led = sum(r.role is Role.LEAD for r in found)
    full = unit.full_name
    title = f"{unit.name}（{full}）" if full and full != unit.name else unit.name
    if not found:
        if role is None:
            return _("{title}: no tasks").format(title=title)
        return _("{title}: no tasks ({role})").format(title=title, role=enum_label(role))
    if role is None:
        what = ngettext(
            "{title}: {count} task, {led} led", "{title}: {count} tasks, {led} led", len(found)
        ).format(title=title, count=len(found), led=led)
    else:
        what = ngettext(
            "{title}: {count} task ({role})", "{title}: {count} tasks ({role})", len(found)
        ).format(title=title, count=len(found), role=enum_label(role))
    rows = [[_("No."), _("Deadline"), _("Role"), _("Via"), _("Task")]]
    rows += [
        [str(r.task.number), str(r.task.deadline), enum_label(r.role),
         r.via.name if r.via else "", r.task.text]
        for r in found
    ]  # fmt: skip
    return f"{what}\n\n{_fit(rows)}"


def _cmd_tasks(plan: Plan, args: argparse.Namespace) -> str:
    kind = DeadlineKind(args.kind) if args.kind else None
    found = plan.select(
        unit=args.unit,
        role=Role(args.role) if args.role else None,
        platform=args.platform,
        section=args.section,
        start=args.start,
        end=args.end,
        kind=kind,
        text=args.text,
    )
    return _task_list(plan, found, args, _("Matching tasks"))


_MARK_ON, _MARK_OFF = "\x1b[1;7m", "\x1b[0m"


def _highlighted(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """*text* with *spans* in reverse video, for a terminal."""
    out, last = [], 0
    for start, end in _display.merged(spans):
        out += [text[last:start], _MARK_ON, text[start:end], _MARK_OFF]
        last = end
    return "".join([*out, text[last:]])


def _cmd_search(plan: Plan, args: argparse.Namespace) -> str:
    query = " ".join(args.terms)
    hits = plan.search(query)
    if args.unit is not None:
        mine = {t.number for t in plan.tasks_for(args.unit)}
        hits = tuple(h for h in hits if h.task.number in mine)
    if args.json:
        return _json(
            [
                {
                    "number": h.task.number,
                    "matches": h.matches,
                    "spans": [list(s) for s in h.spans],
                    "deadline": str(h.task.deadline),
                    "due": h.task.deadline.date,
                    "accountable": [u.name for u in h.task.accountable],
                    "text": h.task.text,
                }
                for h in hits
            ]
        )
    if args.unit:
        title = _("Search “{query}” among the tasks of {unit}").format(query=query, unit=args.unit)
    else:
        title = _("Search “{query}”").format(query=query)
    if not hits:
        return _("{title}: no tasks").format(title=title)
    mark = sys.stdout.isatty()
    found = ngettext(
        "{title}: {count} task, most matches first",
        "{title}: {count} tasks, most matches first",
        len(hits),
    )
    lines = [found.format(title=title, count=len(hits)), ""]
    for h in hits:
        matches = ngettext("{count} match", "{count} matches", h.matches)
        who = _names(h.task.accountable)
        lines.append(
            f"{h.task.number} · {h.task.deadline} · {matches.format(count=h.matches)} · {who}"
        )
        lines.append("  " + (_highlighted(h.task.text, h.spans) if mark else h.task.text))
    return "\n".join(lines)


def _cmd_platform(plan: Plan, args: argparse.Namespace) -> str:
    platform = plan.platform(args.name)
    tasks = plan.mentioning(platform)
    involved = plan.responsible_for(platform)
    if args.json:
        return _json(
            {
                "platform": platform.name,
                "kind": platform.kind.value,
                "name_en": platform.name_en,
                "tasks": _records(plan, tasks),
                "units": [
                    {
                        "unit": i.unit.name,
                        "lead": [t.number for t in i.lead],
                        "responsible": [t.number for t in i.responsible],
                        "support": [t.number for t in i.support],
                    }
                    for i in involved
                ],
            }
        )
    english = f" — {platform.name_en}" if platform.name_en else ""
    units = [[_("Unit"), *_display.role_columns()]]
    units += [
        [i.unit.name, *(", ".join(str(t.number) for t in ts) or "—" for ts in (
            i.lead, i.responsible, i.support))]
        for i in involved
    ]  # fmt: skip
    mentions = _("Tasks that mention it: {count}").format(count=len(tasks))
    responsible = _("Responsible units")
    return (
        f"{platform.name} ({enum_label(platform.kind)}){english}\n\n"
        f"{mentions}\n\n{_fit(_task_rows(tasks))}\n\n"
        f"{responsible}\n\n{table(units)}"
    )


def _read_done(source: str) -> list[int]:
    """Read finished task numbers: one per line or comma-separated, ``#`` comments; ``-`` stdin."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise _UsageError(
            _("--done: cannot read {file}: {error}").format(
                file=source, error=_os_error(exc) if isinstance(exc, OSError) else exc
            )
        ) from None
    numbers = []
    uncommented = "\n".join(line.partition("#")[0] for line in text.splitlines())
    for token in re.split(r"[\s,，、]+", uncommented):
        if not token:
            continue
        if not token.isdigit():
            raise _UsageError(
                _("--done: {token!r} in {file} is not a task number").format(
                    token=token, file=source
                )
            )
        numbers.append(int(token))
    return numbers


def _cmd_due(plan: Plan, args: argparse.Namespace) -> str:
    # Like the library, the command reads no clock: the day to judge from is given.
    as_of = args.as_of
    if (args.overdue or args.within is not None) and as_of is None:
        raise _UsageError(_("--overdue and --within need --as-of DATE (the day to judge from)"))
    if args.done is not None and not (args.overdue or args.within is not None):
        raise _UsageError(_("--done goes with --overdue or --within"))
    done = _read_done(args.done) if args.done is not None else []
    if args.by is not None:
        found, title = plan.due_by(args.by), _("Due by {date}").format(date=args.by)
    elif args.between is not None:
        start, end = args.between
        found = plan.due_between(start, end)
        title = _("Due from {start} to {end}").format(start=start, end=end)
    elif args.period is not None:
        found, title = plan.due_in(args.period), _("Due in {period}").format(period=args.period)
    elif args.undated is not None:
        kind = None if args.undated == "all" else DeadlineKind(args.undated)
        which = _("all") if kind is None else enum_label(kind)
        found, title = plan.undated(kind), _("Undated ({kind})").format(kind=which)
    elif args.overdue:
        found = plan.overdue(as_of, done)
        title = _("Overdue as of {date}").format(date=as_of)
        if done:
            title += _(", {count} done").format(count=len(set(done)))
    else:
        found = plan.due_within(args.within, as_of, done)
        title = ngettext(
            "Due within {days} day of {date}", "Due within {days} days of {date}", args.within
        ).format(days=args.within, date=as_of)
    return _task_list(plan, found, args, title)


def _cmd_timeline(plan: Plan, args: argparse.Namespace) -> str:
    entries = plan.timeline()
    if args.json:
        return _json(
            [
                {
                    "deadline": str(e.deadline),
                    "deadline_kind": e.deadline.kind.value,
                    "due": e.deadline.date,
                    "tasks": [t.number for t in e.tasks],
                }
                for e in entries
            ]
        )
    rows = [[_("Deadline"), _("Date"), _("Tasks"), _("Numbers")]]
    rows += [
        [str(e.deadline), str(e.deadline.date or ""), str(len(e.tasks)),
         ", ".join(str(t.number) for t in e.tasks)]
        for e in entries
    ]  # fmt: skip
    return _fit(rows)


def _cmd_workload(plan: Plan, args: argparse.Namespace) -> str:
    if args.top is not None and args.top < 1:
        raise _UsageError(_("--top must be at least 1"))
    rows = plan.workload(include_members=args.members)[: args.top]
    if args.json:
        return _json(
            [
                {
                    "unit": r.unit.name,
                    "lead": r.lead,
                    "responsible": r.responsible,
                    "support": r.support,
                    "buckets": [
                        {
                            "label": b.label,
                            "lead": b.lead,
                            "responsible": b.responsible,
                            "support": b.support,
                        }
                        for b in r.buckets
                    ],
                }
                for r in rows
            ]
        )
    labels = [b.label for b in rows[0].buckets] if rows else []
    out = [[_("Unit"), *_display.role_columns(), _("Total"), *labels]]
    out += [
        [r.unit.name, str(r.lead), str(r.responsible), str(r.support), str(r.total),
         *(f"{b.lead}/{b.responsible}/{b.support}" for b in r.buckets)]
        for r in rows
    ]  # fmt: skip
    return table(out) + "\n\n" + _("Per deadline: tasks led/responsible/supported.")


def _cmd_list_units(plan: Plan, args: argparse.Namespace) -> str:
    units = plan.units_of_kind(UnitKind(args.kind)) if args.kind else plan.units
    counts = {r.unit.name: r for r in plan.workload(include_members=True)}
    if args.json:
        return _json(
            [
                {
                    "name": u.name,
                    "full_name": u.full_name,
                    "kind": u.kind.value,
                    "name_en": u.name_en,
                    "aliases": list(u.aliases),
                    "lead": counts[u.name].lead if u.name in counts else 0,
                    "responsible": counts[u.name].responsible if u.name in counts else 0,
                    "support": counts[u.name].support if u.name in counts else 0,
                }
                for u in units
            ]
        )
    rows = [[_("Unit"), _("Kind"), *_display.role_columns(), _("Full name")]]
    for u in units:
        row = counts.get(u.name)
        tally = (row.lead, row.responsible, row.support) if row else (0, 0, 0)
        rows.append([u.name, enum_label(u.kind), *map(str, tally), u.full_name])
    return _fit(rows)


def _cmd_list_platforms(plan: Plan, args: argparse.Namespace) -> str:
    platforms = [p for p in plan.platforms if not args.kind or p.kind.value == args.kind]
    if args.json:
        return _json(
            [
                {
                    "name": p.name,
                    "kind": p.kind.value,
                    "name_en": p.name_en,
                    "aliases": list(p.aliases),
                    "tasks": [t.number for t in plan.mentioning(p)],
                }
                for p in platforms
            ]
        )
    rows = [[_("Platform"), _("Kind"), _("Tasks"), _("Numbers")]]
    for p in platforms:
        tasks = plan.mentioning(p)
        rows.append(
            [p.name, enum_label(p.kind), str(len(tasks)), ", ".join(str(t.number) for t in tasks)]
        )
    return _fit(rows)


def _cmd_export(plan: Plan, args: argparse.Namespace) -> str:
    options: dict[str, Any] = {}
    if args.bom or args.form != "wide":
        if args.format != "csv":
            raise _UsageError(_("--bom and --form go with the csv format"))
        options = {"bom": args.bom, "form": args.form}
    if args.path == "-":
        if args.format in _BINARY_FORMATS and sys.stdout.isatty():
            raise _UsageError(
                _(
                    "{format} is binary: give a file name, or redirect standard output "
                    "to a file or a pipe"
                ).format(format=args.format)
            )
        export.write(plan, args.format, sys.stdout.buffer, **options)
        sys.stdout.flush()
        return ""
    export.write(plan, args.format, args.path, **options)
    return _("wrote {path} ({what})").format(path=args.path, what=args.format)


def _no_cjk_font() -> str:
    return _(
        "dg-plan: warning: no font with Chinese (CJK) glyphs was found, so Chinese labels "
        "show as empty boxes. Install one and clear matplotlib's font cache "
        "(rm -rf ~/.cache/matplotlib): on Debian or Ubuntu apt-get install fonts-noto-cjk"
    )


# The export formats that are not text.
_BINARY_FORMATS = frozenset({"xlsx"})
# The image formats plot writes: what its help documents, whatever matplotlib offers.
_PLOT_FORMATS = ("png", "svg", "pdf")


def _cmd_import(plan: Plan, args: argparse.Namespace) -> str:
    from . import importing  # noqa: PLC0415 - only this command needs it
    from ._format import dumps  # noqa: PLC0415

    # The plan in force (the shipped one, or --plan's) is the registry names resolve to.
    result = importing.read(args.file, strict=args.strict, registry=plan)
    if args.output == "-":
        sys.stdout.write(dumps(result.plan))
        sys.stdout.flush()
    elif args.output:
        Path(args.output).write_text(dumps(result.plan), encoding="utf-8", newline="\n")
    findings: list[tuple[str, Any]] = [(_("problem"), p) for p in result.problems]
    findings += [(_("note"), n) for n in result.notes]
    if args.json:
        return _json(
            {
                "file": args.file,
                "output": args.output,
                "tasks": len(result.plan.tasks),
                "units": len(result.plan.units),
                "problems": [_finding(p) for p in result.problems],
                "notes": [_finding(n) for n in result.notes],
            }
        )
    rows = [["", _("where"), _("what"), _("text")]]
    # Each finding is a kind plus values: said in the language in force.
    language = _i18n.current()
    rows += [
        [kind, _location(f.where), f.render(language), clip(f.text, 40)] for kind, f in findings
    ]
    counts = (
        ngettext("{count} task", "{count} tasks", len(result.plan.tasks)),
        ngettext("{count} unit", "{count} units", len(result.plan.units)),
        ngettext("{count} problem", "{count} problems", len(result.problems)),
        ngettext("{count} note", "{count} notes", len(result.notes)),
    )
    amounts = (len(result.plan.tasks), len(result.plan.units), len(result.problems))
    summary = _("{file}: {tasks}, {units}, {problems}, {notes}").format(
        file=args.file,
        **{
            key: text.format(count=n)
            for key, text, n in zip(
                ("tasks", "units", "problems", "notes"),
                counts,
                (*amounts, len(result.notes)),
                strict=True,
            )
        },
    )
    if args.output and args.output != "-":
        summary += _("; wrote {path}").format(path=args.output)
    out = sys.stderr if args.output == "-" else sys.stdout
    print(table(rows), file=out)
    print(summary, file=out)
    return ""


def _location(where: Any) -> str:  # noqa: ANN401 - an importing.Location
    """Where a finding is, in words, in the language in force: ``list.xlsx、工作表 任务、E8``."""
    if where is None:
        return _("(text)")
    return str(where.render(_i18n.current()))


def _finding(item: Any) -> dict[str, Any]:  # noqa: ANN401 - an ImportNote or ImportProblem
    where = item.where
    return {
        "file": where.file,
        "sheet": where.sheet,
        "row": where.row,
        "column": where.column,
        "cell": where.cell,
        "line": where.line,
        "kind": item.kind.value,
        "values": dict(item.values),
        "message": item.message,
        "text": item.text,
    }


def _cmd_plot(plan: Plan, args: argparse.Namespace) -> str:
    suffix = Path(args.path).suffix.lstrip(".").lower()
    if suffix not in _PLOT_FORMATS:
        *first, last = (f".{f}" for f in _PLOT_FORMATS)
        allowed = _("{first} or {last}").format(first=", ".join(first), last=last)
        raise _UsageError(
            _("cannot draw to {path!r}: use {allowed}").format(path=args.path, allowed=allowed)
        )
    mpl = plot._matplotlib()  # noqa: SLF001 - the same clear ImportError
    mpl.use("Agg")
    plt = require("matplotlib.pyplot", "plot", "dg_plan.plot")
    if args.kind != "graph" and (args.unit or args.platform or args.section):
        raise _UsageError(_("--unit, --platform and --section go with the graph plot"))
    if args.kind == "workload" and args.top < 1:
        raise _UsageError(_("--top must be at least 1"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if args.kind == "timeline":
            ax = plot.timeline(plan)
        elif args.kind == "workload":
            ax = plot.workload(plan, top=args.top)
        else:
            tasks = None
            if args.unit or args.platform or args.section:
                tasks = plan.select(unit=args.unit, platform=args.platform, section=args.section)
                if not tasks:
                    raise _UsageError(_("no task meets those criteria"))
            ax = plot.graph(plan, tasks)
        figure = ax.figure
        figure.savefig(args.path, dpi=150)
        plt.close(figure)
    if any(issubclass(w.category, plot.CJKFontWarning) for w in caught):
        print(_no_cjk_font(), file=sys.stderr)  # noqa: T201
    return _("wrote {path} ({what})").format(path=args.path, what=args.kind)


# -- the parser --------------------------------------------------------------------------


class _WrongFileError(Exception):
    """A file given as --plan that is another kind of file: the message says which."""


# What --plan may be given by mistake: a list to import first (what importing.read
# reads, or tells how to convert).
_IMPORTABLE = ZIP_SUFFIXES | TEXT_SUFFIXES | FORMATS.keys() | {".pdf"}


def _load_plan_file(path: str | None) -> Plan:
    """The plan of --plan (the shipped one without it), or a plain word on what it is.

    Raises:
        _WrongFileError: *path* is a task list to import, or a tracking ledger.
        PlanDataError: *path* is a malformed plan file.
    """
    if path is None:
        return load_plan()
    if Path(path).suffix.lower() in _IMPORTABLE:
        raise _WrongFileError(
            _(
                "{file} is a task list, not a plan file: import it first, "
                "`dg-plan import {file} -o plan.json`, then pass --plan plan.json"
            ).format(file=path)
        )
    try:
        return load_plan(path)
    except PlanDataError:
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            doc = None
        if isinstance(doc, dict) and doc.get("format") == tracking.LEDGER_FORMAT:
            raise _WrongFileError(
                _(
                    "{file} is a tracking ledger, not a plan file: read it with "
                    "`dg-plan track status {file} --as-of DATE` (or track late, track report)"
                ).format(file=path)
            ) from None
        raise


class _UsageError(Exception):
    """A usage error found after parsing: reported like argparse's own, exit status 2."""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help, with options aligned by display width (``--by 日期``).

    argparse pads an option's invocation with ``len()``, which counts a Chinese
    metavar's characters as one column each; the padding after it is cut by the
    difference, or the help moves to the next line, as argparse does for a long one.

    A section's heading ends with the colon of the language in force (``选项：``) on
    every Python: argparse 3.13 looks ``"%(heading)s:"`` up in the catalog, but 3.10
    to 3.12 append an ASCII ``:`` themselves, which :meth:`format_help` puts right.
    """

    def start_section(self, heading: str | None) -> None:
        """Start a section, remembering its heading for :meth:`format_help`."""
        if heading:
            self._dg_headings = (*getattr(self, "_dg_headings", ()), heading)
        super().start_section(heading)

    def format_help(self) -> str:
        """Return the help, each section's heading with the colon of the language in force."""
        text = super().format_help()
        for heading in getattr(self, "_dg_headings", ()):
            said = _("%(heading)s:") % {"heading": heading}
            # Python < 3.13 wrote "heading:" (3.13 wrote `said` already: nothing to do).
            pattern = re.compile(rf"^( *){re.escape(heading)}:$", re.MULTILINE)
            text = pattern.sub(lambda m: str(m[1]) + said, text)  # noqa: B023 - used at once
        return text

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        header = self._format_action_invocation(action)
        extra = width(header) - len(header)
        start = " " * self._current_indent + header
        if extra <= 0 or not action.help or not text.startswith(start + "  "):
            return text
        rest = text[len(start) :]
        spaces = len(rest) - len(rest.lstrip(" "))
        if spaces - extra >= 2:
            return start + rest[extra:]
        return start + "\n" + " " * (len(start) + spaces) + rest[spaces:]


def _role_word(text: str) -> str:
    """A --role value: lead, responsible, support, or the print's word (牵头, 配合 …).

    What is no role's word is passed on as typed, for argparse to list the choices.
    """
    role = ROLE_WORDS.get(text.strip().lower())
    return text if role is None else role.value


class _Whole:
    """argparse's ``type`` for a whole number, named in the language in force.

    argparse names the type in its error (``invalid int value: 'abc'``) by its
    ``__name__``, which for ``int`` would stay English.
    """

    def __init__(self) -> None:
        self.__name__ = _("int")

    def __call__(self, text: str) -> int:
        return int(text)


def _examples(*lines: str | tuple[str, str]) -> str:
    """The epilog of examples: commands, a command with a comment (a pair), a note."""
    out = []
    for line in lines:
        if isinstance(line, tuple):
            command, comment = line
            out.append(f"  {pad(command, 30)}  # {comment}")
        elif line.startswith("dg-plan"):
            out.append(f"  {line}")
        else:
            out.append(line)
    return _("examples:") + "\n" + "\n".join(out)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, saying argparse's own words alike on Python 3.10 to 3.13.

    Its subcommands' parsers are of this class too (argparse makes them of the
    class of the parser that adds them).
    """

    def error(self, message: str) -> NoReturn:
        """Report *message* as argparse does, its ``argument X:`` in the language in force.

        Python 3.10 writes ``argument %(argument_name)s: %(message)s`` without looking
        it up in the catalog (3.11 on translate it): said here in the language in
        force. On 3.11 and later an English message reads the same again, and a
        translated one does not match.
        """
        found = _ARGUMENT.fullmatch(message)
        if found is not None:
            message = _("argument %(argument_name)s: %(message)s") % {
                "argument_name": found[1],
                "message": found[2],
            }
        super().error(message)

    def _check_value(self, action: argparse.Action, value: Any) -> None:  # noqa: ANN401 - argparse's value
        """Refuse a value not among the choices, naming them alike on every Python.

        Python 3.10 to 3.12.7 and 3.13.0 quote each choice (``'overview', 'show'``),
        3.12.8 and 3.13.1 on do not: here they are never quoted, and are joined as
        the language in force joins a list (``overview、show`` in Chinese).
        """
        choices = action.choices
        if choices is not None and value not in choices:
            message = _("invalid choice: %(value)r (choose from %(choices)s)") % {
                "value": value,
                "choices": _(", ").join(map(str, choices)),
            }
            raise argparse.ArgumentError(action, message)


# What Python 3.10's ArgumentError says in English (see _Parser.error).
_ARGUMENT = re.compile(r"argument (.+?): (.*)", re.DOTALL)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dg-plan",
        description=_("Query the Henan digital-government task list (附件4 of 豫政〔2023〕17号)."),
        epilog=_examples(
            "dg-plan overview",
            "dg-plan show 18",
            "dg-plan unit 省发展改革委 --role lead",
            "dg-plan due --in 2024H1",
            "dg-plan export csv tasks.csv --bom",
            "dg-plan --lang zh show 18",
            "",
            _(
                "Every command takes --help. Exit status: 0 success, 1 not found, 2 usage "
                "error,\n141 when the reader of the output went away. The language follows the "
                "locale\n(LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --lang overrides it."
            ),
        ),
        formatter_class=_HelpFormatter,
    )
    parser.add_argument(
        "--plan",
        metavar=_("FILE"),
        help=_("read this plan file (JSON) instead of the shipped plan"),
    )
    parser.add_argument(
        "--lang",
        choices=_i18n.LANGUAGES,
        help=_("the language of the output: zh (简体中文) or en (English); default: the locale"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"dg-plan {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--wide-ambiguous",
        action="store_true",
        help=_(
            "count ambiguous-width characters (“ ” …) as two columns, as East Asian "
            "terminals do (the default in a Chinese, Japanese or Korean locale)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    as_json = _Parser(add_help=False)
    as_json.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    def command(
        name: str,
        handler: Callable[[Plan, argparse.Namespace], str],
        summary: str,
        examples: Sequence[str | tuple[str, str]],
        *,
        listing: bool = True,
        aliases: Sequence[str] = (),
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            aliases=list(aliases),
            help=summary,
            description=_("{summary}.").format(summary=summary[0].upper() + summary[1:]),
            epilog=_examples(*examples),
            formatter_class=_HelpFormatter,
            parents=[as_json] if listing else [],
        )
        p.set_defaults(handler=handler, subparser=p)
        return p

    _query_commands(command)
    _file_commands(command)
    _track_commands(command, as_json)
    return parser


_Command = Callable[..., argparse.ArgumentParser]


def _query_commands(command: _Command) -> None:
    command(
        "overview",
        _cmd_overview,
        _("parts, deadlines and lead units of the plan (the default command)"),
        ["dg-plan overview", "dg-plan overview --json"],
    )
    p = command(
        "show",
        _cmd_show,
        _("one task: text, deadline, its units by role, platforms, page, provenance"),
        ["dg-plan show 18", "dg-plan show 125 --json"],
    )
    p.add_argument(
        "number", type=_Whole(), metavar=_("NUMBER"), help=_("the task's number (1-178)")
    )
    p = command(
        "unit",
        _cmd_unit,
        _("the tasks a unit answers for, with its role (its collectives' tasks included)"),
        [
            "dg-plan unit 省发展改革委 --role lead",
            ("dg-plan unit 发改委", _("any alias works")),
            ("dg-plan unit 洛阳市人民政府", _("tasks via 各省辖市政府")),
        ],
        aliases=["units"],
    )
    p.add_argument("name", metavar=_("NAME"), help=_("the unit's name, full name or an alias"))
    p.add_argument(
        "--role",
        type=_role_word,
        choices=[r.value for r in Role],
        help=_("only tasks in this role"),
    )
    p = command(
        "tasks",
        _cmd_tasks,
        _("the tasks that meet every criterion given"),
        [
            "dg-plan tasks --unit 省公安厅 --role lead",
            "dg-plan tasks --platform 豫事办",
            "dg-plan tasks --section 3.4 --to 2024-06-30",
        ],
    )
    p.add_argument("--unit", metavar=_("NAME"), help=_("tasks of this unit"))
    p.add_argument("--text", metavar=_("QUERY"), help=_("tasks whose text contains every term"))
    p.add_argument(
        "--role",
        type=_role_word,
        choices=[r.value for r in Role],
        help=_("with --unit: the unit's tasks in this role; alone: tasks naming a unit in it"),
    )
    p.add_argument("--platform", metavar=_("NAME"), help=_("tasks that mention this platform"))
    p.add_argument("--section", metavar=_("ID"), help=_("tasks under this section (3, 3.4)"))
    p.add_argument("--from", dest="start", metavar=_("DATE"), help=_("dated tasks due on or after"))
    p.add_argument("--to", dest="end", metavar=_("DATE"), help=_("dated tasks due on or before"))
    p.add_argument("--kind", choices=[k.value for k in DeadlineKind], help=_("deadline kind"))
    p = command(
        "search",
        _cmd_search,
        _("the tasks whose text contains every term (case and width ignored), most matches first"),
        [
            "dg-plan search 数据共享",
            ("dg-plan search 区块链 数据", _("both terms")),
            "dg-plan search ipv6 --json",
            "dg-plan search 平台 --unit 省公安厅",
        ],
    )
    p.add_argument("terms", nargs="+", metavar=_("TERM"), help=_("a term the text must contain"))
    p.add_argument("--unit", metavar=_("NAME"), help=_("only tasks of this unit"))
    p = command(
        "platform",
        _cmd_platform,
        _("the tasks that mention a platform and the units responsible for them"),
        ["dg-plan platform 豫事办", "dg-plan platform 豫事办APP --json"],
    )
    p.add_argument("name", metavar=_("NAME"), help=_("the platform's name or an alias"))
    p = command(
        "due",
        _cmd_due,
        _("what is due when: by a date, in a period, undated, overdue"),
        [
            "dg-plan due --by 2023-12-31",
            "dg-plan due --between 2024-01-01 2024-06-30",
            ("dg-plan due --in 2024H1", _("also 2024, 2024Q3, 2024-06")),
            "dg-plan due --undated ongoing",
            "dg-plan due --overdue --as-of 2024-07-01 --done done.txt",
            "dg-plan due --within 90 --as-of 2024-10-01",
            "",
            _("done.txt lists finished task numbers, one per line or comma-separated."),
        ],
    )
    date = _("DATE")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument(
        "--by",
        metavar=date,
        help=_("due on or before DATE (2024-12-31, 2024/12/31, 2024.12.31 or 2024年12月31日)"),
    )
    when.add_argument(
        "--between", nargs=2, metavar=(_("START"), _("END")), help=_("due in this range")
    )
    when.add_argument(
        "--in",
        dest="period",
        metavar=_("PERIOD"),
        help=_("2024, 2024H1, 2024Q3, 2024-06, 2024年上半年, 2024年三季度, 2024年6月"),
    )
    when.add_argument(
        "--undated",
        nargs="?",
        const="all",
        choices=["all", *(k.value for k in DeadlineKind if k is not DeadlineKind.DATE)],
        help=_("tasks without a date, or of one undated kind"),
    )
    when.add_argument("--overdue", action="store_true", help=_("due before --as-of, not --done"))
    when.add_argument(
        "--within", type=_Whole(), metavar=_("DAYS"), help=_("due within DAYS of --as-of")
    )
    p.add_argument(
        "--as-of", metavar=date, help=_("the day to judge from (with --overdue, --within)")
    )
    p.add_argument(
        "--done", metavar=_("FILE"), help=_("finished task numbers ('-': standard input)")
    )
    command("timeline", _cmd_timeline, _("every deadline with its tasks"), ["dg-plan timeline"])
    p = command(
        "workload",
        _cmd_workload,
        _("per unit: tasks led, responsible for and supported, per deadline year"),
        ["dg-plan workload --top 10", "dg-plan workload --members --json"],
    )
    p.add_argument(
        "--top", type=_Whole(), default=None, metavar="N", help=_("only the first N units")
    )
    p.add_argument("--members", action="store_true", help=_("include the collectives' members"))
    p = command(
        "list-units",
        _cmd_list_units,
        _("every responsible unit, with its kind and task counts"),
        ["dg-plan list-units", "dg-plan list-units --kind local"],
    )
    p.add_argument("--kind", choices=[k.value for k in UnitKind], help=_("only units of this kind"))


def _file_commands(command: _Command) -> None:
    p = command(
        "list-platforms",
        _cmd_list_platforms,
        _("every platform the tasks mention, with the tasks"),
        ["dg-plan list-platforms", "dg-plan list-platforms --json"],
    )
    p.add_argument(
        "--kind", choices=[k.value for k in PlatformKind], help=_("only platforms of this kind")
    )
    p = command(
        "export",
        _cmd_export,
        _("write the plan to a file: {formats}").format(formats=", ".join(export.FORMATS)),
        [
            "dg-plan export json plan.json",
            ("dg-plan export csv tasks.csv --bom", _("for Excel and WPS")),
            "dg-plan export csv units.csv --form long",
            "dg-plan export xlsx plan.xlsx",
            "dg-plan export graphml plan.graphml",
            "dg-plan export node-link plan-graph.json",
            "dg-plan export ics deadlines.ics",
            ("dg-plan export csv - | head", _("'-' is standard output")),
        ],
        listing=False,
    )
    p.add_argument(
        "format", choices=list(export.FORMATS), metavar=_("FORMAT"), help=_("the file format")
    )
    p.add_argument("path", metavar=_("PATH"), help=_("the file to write ('-': standard output)"))
    p.add_argument("--bom", action="store_true", help=_("csv: start with a UTF-8 byte-order mark"))
    p.add_argument("--form", choices=["wide", "long"], default="wide", help=_("csv: the form"))
    formats = ", ".join(f".{f}" for f in _PLOT_FORMATS)
    p = command(
        "import",
        _cmd_import,
        _("read a task list (.xlsx, .docx, .csv, .txt, .md) into a plan file"),
        [
            "dg-plan import 任务清单.xlsx -o plan.json",
            "dg-plan import 实施方案.docx -o plan.json --strict",
            "dg-plan import 分工方案.txt --json",
            "dg-plan --plan plan.json overview",
            "",
            _(
                "Names resolve to the units of the plan in force (--plan, or the shipped plan).\n"
                "Exit status 1 with --strict when anything cannot be read."
            ),
        ],
    )
    p.add_argument("file", metavar=_("FILE"), help=_("the task list to read"))
    p.add_argument(
        "-o",
        "--output",
        metavar=_("FILE"),
        help=_("write the plan (JSON) here ('-': standard output)"),
    )
    p.add_argument("--strict", action="store_true", help=_("fail when anything cannot be read"))
    p = command(
        "plot",
        _cmd_plot,
        _("draw a plot to a file ({formats}): timeline, workload or graph").format(formats=formats),
        [
            "dg-plan plot timeline deadlines.png",
            "dg-plan plot workload units.svg --top 10",
            "dg-plan plot graph yushiban.png --platform 豫事办",
            "",
            _(
                "Chinese labels need a CJK font "
                "(Debian and Ubuntu: apt-get install fonts-noto-cjk)."
            ),
        ],
        listing=False,
    )
    p.add_argument("kind", choices=plot.KINDS, metavar=_("KIND"), help=_("what to draw"))
    p.add_argument("path", metavar=_("PATH"), help=_("the image file to write"))
    p.add_argument(
        "--top", type=_Whole(), default=15, metavar="N", help=_("workload: units to show")
    )
    p.add_argument("--unit", metavar=_("NAME"), help=_("graph: only this unit's tasks"))
    p.add_argument("--platform", metavar=_("NAME"), help=_("graph: only tasks mentioning it"))
    p.add_argument("--section", metavar=_("ID"), help=_("graph: only this section's tasks"))


# -- tracking ----------------------------------------------------------------------------


def _ledger(plan: Plan, path: str) -> tracking.Ledger:
    try:
        text = Path(path).read_bytes()
    except OSError as exc:
        raise _UsageError(
            _("cannot read the ledger {path}: {error}").format(path=path, error=_os_error(exc))
        ) from None
    try:
        return tracking.loads(plan, text)
    except TrackingDataError as exc:  # say which file: the problems name no file
        raise TrackingDataError(
            [
                relocated(p, file=Path(path).name, row=p.row, column=p.column, report=p.report)
                for p in exc.problems
            ]
        ) from None


def _status_label(status: tracking.Status | None) -> str:
    return _("not reported") if status is None else status.label


def _cmd_track_template(plan: Plan, args: argparse.Namespace) -> str:
    tracking.write_template(plan, args.unit, args.path, as_of=args.as_of)
    count = len(plan.tasks_for(args.unit))
    return ngettext(
        "wrote {path}: {count} task of {unit}, as of {date}",
        "wrote {path}: {count} tasks of {unit}, as of {date}",
        count,
    ).format(path=args.path, count=count, unit=plan.unit(args.unit).name, date=args.as_of)


def _cmd_track_collect(plan: Plan, args: argparse.Namespace) -> str:
    ledger = tracking.collect(plan, args.files)
    text = tracking.dumps(ledger)
    if args.output == "-":
        return text.rstrip("\n")
    Path(args.output).write_text(text, encoding="utf-8")
    reports = ngettext("{count} report", "{count} reports", len(ledger.reports))
    files = ngettext("{count} file", "{count} files", len(args.files))
    return _("wrote {path}: {reports} from {files}").format(
        path=args.output,
        reports=reports.format(count=len(ledger.reports)),
        files=files.format(count=len(args.files)),
    )


def _summary_rows(rows: Sequence[tracking.SummaryRow], first: str) -> list[list[str]]:
    labels = list(tracking.category_labels().values())
    table_rows = [[first, *labels, _("Total")]]
    table_rows += [
        [r.label, *(str(getattr(r, c)) for c in tracking.CATEGORIES), str(r.total)] for r in rows
    ]
    return table_rows


def _headline(rows: Sequence[tracking.SummaryRow]) -> list[str]:
    """Every category's count (they add up to the total), then the tasks not reported at all."""
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


def _summary_json(row: tracking.SummaryRow) -> dict[str, Any]:
    return {
        **{c: getattr(row, c) for c in tracking.CATEGORIES},
        "total": row.total,
        "late_not_reported": row.late_not_reported,
        "not_reported_at_all": row.not_reported_at_all,
    }


# The rule that gave a task its status (tracking.RULES), as the command line says it.
_RULE_TEXT = {
    "all_done": N_(
        "done: every one of the {count} accountable units reported done; the task was done "
        "on the last of their days, {date}"
    ),
    "none_reported": N_("not reported: none of the {count} accountable units has reported"),
    "all_not_started": N_(
        "not started: every accountable unit that reported says not started ({reported} of "
        "{count} reported)"
    ),
    "not_all_done": N_(
        "in progress: of the {count} accountable units, {parts}; the task is done only "
        "when every one of them reports done"
    ),
}
# How many accountable units stand where, for the in-progress rule: only those there are.
_RULE_PARTS = (
    (tracking.Status.DONE, N_("{count} reported done")),
    (tracking.Status.IN_PROGRESS, N_("{count} reported in progress")),
    (tracking.Status.NOT_STARTED, N_("{count} reported not started")),
    (None, N_("{count} did not report")),
)


def _rule_parts(why: tracking.StatusExplanation) -> str:
    """The accountable units' statuses, counted, naming only the statuses some have."""
    statuses = [u.status for u in why.units if u.counted]
    parts = [
        _(text).format(count=statuses.count(status))
        for status, text in _RULE_PARTS
        if status in statuses
    ]
    return _(", ").join(parts)


def _explanation_json(why: tracking.StatusExplanation) -> dict[str, Any]:
    return {
        "task": why.task,
        "status": None if why.status is None else why.status.value,
        "completed_on": why.completed_on,
        "rule": why.rule,
        "counted": why.counted,
        "done": why.done,
        "silent": why.silent,
        "units": [
            {
                "unit": u.unit,
                "role": u.role.value,
                "counted": u.counted,
                "via": u.via,
                "through_collective": u.through_collective,
                "status": None if u.status is None else u.status.value,
                "as_of": None if u.report is None else u.report.as_of,
                "completed_on": None if u.report is None else u.report.completed_on,
            }
            for u in why.units
        ],
    }


def _explanation(plan: Plan, why: tracking.StatusExplanation, category: str) -> str:
    task = plan.task(why.task)
    head = _("Task {number} ({deadline}): {status}; counted as {category}").format(
        number=task.number,
        deadline=_printed(task.deadline),
        status=_status_label(why.status),
        category=tracking.category_labels()[category],
    )
    rule = _(_RULE_TEXT[why.rule]).format(
        count=why.counted,
        date=why.completed_on,
        reported=why.counted - why.silent,
        done=why.done,
        silent=why.silent,
        parts=_rule_parts(why),
    )
    rows = [[_("Unit"), _("Role"), _("Counts"), _("Status"), _("As of"), _("Done on")]]
    for u in why.units:
        status = _status_label(u.status)
        if u.through_collective:
            status = _("{status} (through {collective})").format(status=status, collective=u.via)
        rows.append(
            [
                u.unit,
                enum_label(u.role),
                _("yes") if u.counted else _("no"),
                status,
                "" if u.report is None else str(u.report.as_of),
                ""
                if u.report is None or u.report.completed_on is None
                else str(u.report.completed_on),
            ]
        )
    lines = [head, _("Rule: {rule}").format(rule=rule), "", table(rows)]
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


def _cmd_track_status(plan: Plan, args: argparse.Namespace) -> str:
    ledger = _ledger(plan, args.ledger)
    if args.task:
        why = [ledger.explain(number, as_of=args.as_of) for number in args.task]
        if args.json:
            category = ledger.classify(args.as_of)
            return _json([{**_explanation_json(w), "category": category[w.task]} for w in why])
        category = ledger.classify(args.as_of)
        return "\n\n".join(_explanation(plan, w, category[w.task]) for w in why)
    if args.unit is None:
        rows = ledger.summary(args.as_of, by="part")
        if args.json:
            return _json([{"part": r.key, "title": r.label, **_summary_json(r)} for r in rows])
        head = ngettext(
            "As of {date}: {count} task", "As of {date}: {count} tasks", len(plan.tasks)
        ).format(date=args.as_of, count=len(plan.tasks))
        return "\n".join(
            [
                head,
                *_headline(rows),
                "",
                table(_summary_rows(rows, _("Part"))),
                "",
                _("'--task N' shows how a task's status was reached."),
            ]
        )
    unit = plan.unit(args.unit)
    found = []
    for r in plan.responsibilities(unit):
        status = ledger.status_of(r.task, unit, as_of=args.as_of)
        found.append((r.task, r.role, status, ledger.status_of(r.task, as_of=args.as_of)))
    if args.json:
        return _json(
            [
                {
                    "task": t.number,
                    "deadline": str(t.deadline),
                    "role": role.value,
                    "status": None if s is None else s.value,
                    "task_status": None if ts is None else ts.value,
                }
                for t, role, s, ts in found
            ]
        )
    rows_out = [[_("No."), _("Deadline"), _("Role"), _("Status"), _("Task status"), _("Task")]]
    rows_out += [
        [
            str(t.number),
            str(t.deadline),
            enum_label(role),
            _status_label(s),
            _status_label(ts),
            t.text,
        ]
        for t, role, s, ts in found
    ]
    title = ngettext(
        "{unit} as of {date}: {count} task", "{unit} as of {date}: {count} tasks", len(found)
    ).format(unit=unit.name, date=args.as_of, count=len(found))
    note = _(
        "Status: the unit's own report. Task status: from all its accountable units' reports "
        "('--task N' shows how)."
    )
    return title + "\n\n" + _fit(rows_out) + "\n\n" + note


def _cmd_track_late(plan: Plan, args: argparse.Namespace) -> str:
    ledger = _ledger(plan, args.ledger)
    late = ledger.late(args.as_of)
    found = [(t, ledger.status_of(t, as_of=args.as_of), t.accountable) for t in late]
    if args.json:
        return _json(
            [
                {
                    "task": t.number,
                    "deadline": str(t.deadline),
                    "due": t.deadline.date,
                    "status": None if s is None else s.value,
                    "accountable": [u.name for u in units],
                    "text": t.text,
                }
                for t, s, units in found
            ]
        )
    title = _("Late as of {date}").format(date=args.as_of)
    if not found:
        return _("{title}: no tasks").format(title=title)
    rows = [[_("No."), _("Deadline"), _("Status"), _("Accountable"), _("Task")]]
    rows += [
        [
            str(t.number),
            str(t.deadline),
            _status_label(s),
            clip("、".join(u.name for u in units), 26),
            t.text,
        ]
        for t, s, units in found
    ]
    count = ngettext("{title}: {count} task", "{title}: {count} tasks", len(found))
    return count.format(title=title, count=len(found)) + "\n\n" + _fit(rows)


def _cmd_track_report(plan: Plan, args: argparse.Namespace) -> str:
    ledger = _ledger(plan, args.ledger)
    tracking.report(ledger, args.as_of, args.output)
    return _("wrote {path}").format(path=args.output)


def _track_commands(command: _Command, as_json: argparse.ArgumentParser) -> None:
    p = command(
        "track",
        _cmd_track_template,
        _("supervision: reporting templates out, returned files in, status, late tasks, report"),
        [
            "dg-plan track template 省审计厅 audit.xlsx --as-of 2024-12-31",
            "dg-plan track collect returned/*.xlsx -o ledger.json",
            "dg-plan track status ledger.json --as-of 2024-12-31",
            "dg-plan track status ledger.json --as-of 2024-12-31 --unit 省审计厅",
            "dg-plan track status ledger.json --as-of 2024-12-31 --task 5",
            "dg-plan track late ledger.json --as-of 2024-12-31 --json",
            "dg-plan track report ledger.json --as-of 2024-12-31 -o report.html",
            "",
            _("A bad returned file exits with status 1 and lists every problem."),
        ],
        listing=False,
    )
    actions = p.add_subparsers(dest="action", metavar=_("ACTION"), required=True)

    def action(
        name: str,
        handler: Callable[[Plan, argparse.Namespace], str],
        summary: str,
        *,
        listing: bool,
    ) -> argparse.ArgumentParser:
        q = actions.add_parser(
            name,
            formatter_class=_HelpFormatter,
            help=summary,
            description=_("{summary}.").format(summary=summary[0].upper() + summary[1:]),
            parents=[as_json] if listing else [],
        )
        q.set_defaults(handler=handler, subparser=q)
        return q

    date = _("DATE")
    q = action(
        "template",
        _cmd_track_template,
        _("write a unit's reporting template (xlsx)"),
        listing=False,
    )
    q.add_argument("unit", metavar=_("UNIT"), help=_("the unit's name, full name or an alias"))
    q.add_argument("path", metavar=_("PATH"), help=_("the xlsx file to write"))
    q.add_argument("--as-of", required=True, metavar=date, help=_("the day reports speak for"))
    q = action(
        "collect", _cmd_track_collect, _("read returned templates into a ledger"), listing=False
    )
    q.add_argument("files", nargs="+", metavar=_("FILE"), help=_("the returned xlsx files"))
    q.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=_("LEDGER"),
        help=_("the ledger JSON to write ('-': standard output)"),
    )
    q = action(
        "status",
        _cmd_track_status,
        _("how the tasks stand, per part or for one unit"),
        listing=True,
    )
    q.add_argument(
        "ledger", metavar=_("LEDGER"), help=_("a ledger JSON file (from 'track collect')")
    )
    q.add_argument("--as-of", required=True, metavar=date, help=_("the day to judge from"))
    which = q.add_mutually_exclusive_group()
    which.add_argument("--unit", metavar=_("NAME"), help=_("one unit's tasks, with its own status"))
    which.add_argument(
        "--task",
        type=_Whole(),
        action="append",
        metavar="N",
        help=_(
            "how task N's status was reached: each accountable unit's own latest report "
            "and the rule (repeatable)"
        ),
    )
    q = action(
        "late",
        _cmd_track_late,
        _("the tasks due before a day and not done by then"),
        listing=True,
    )
    q.add_argument("ledger", metavar=_("LEDGER"), help=_("a ledger JSON file"))
    q.add_argument("--as-of", required=True, metavar=date, help=_("the day to judge from"))
    q = action(
        "report",
        _cmd_track_report,
        _("write the supervision report (HTML or .xlsx)"),
        listing=False,
    )
    q.add_argument("ledger", metavar=_("LEDGER"), help=_("a ledger JSON file"))
    q.add_argument("--as-of", required=True, metavar=date, help=_("the day to judge from"))
    q.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=_("FILE"),
        help=_("report.html or report.xlsx"),
    )


# -- argparse's own messages --------------------------------------------------------------

# argparse's messages ("usage: ", "options", its errors), as the argparse of Python 3.10
# to 3.13 writes them: marked here so that they are extracted into dg_plan's catalog and
# translated with dg_plan's own. argparse looks them up through the module globals ``_``
# and ``ngettext`` (``from gettext import gettext as _, ngettext``), which
# _route_argparse points at dg_plan's catalog while dg-plan runs.
_ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("%(heading)s:"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_(" (default: %(default)s)"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("%(prog)s: warning: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_('argument "-" with mode %r'),
    N_("argument '%(argument_name)s' is deprecated"),
    N_("option '%(option)s' is deprecated"),
    N_("command '%(parser_name)s' is deprecated"),
    N_("%r is not callable"),
    N_(".__call__() not defined"),
    N_("'required' is an invalid argument for positionals"),
    N_("mutually exclusive arguments must be optional"),
    N_("cannot have multiple subparser arguments"),
    N_("cannot merge actions - two groups are named %r"),
    N_("conflicting subparser: %s"),
    N_("conflicting subparser alias: %s"),
    N_("dest= is required for options like %r"),
    N_("invalid conflict_resolution value: %r"),
    N_("invalid option string %(option)r: must start with a character %(prefix_chars)r"),
)


def _argparse_plurals(n: int) -> tuple[str, ...]:
    """Argparse's messages with a plural form, as dg_plan's catalog translates them."""
    return (
        ngettext("expected %s argument", "expected %s arguments", n),
        ngettext("conflicting option string: %s", "conflicting option strings: %s", n),
    )


# Whether dg-plan is running (in this thread or task): argparse's messages are then
# dg_plan's; anywhere else they stay argparse's own.
_RUNNING: contextvars.ContextVar[bool] = contextvars.ContextVar("dg_plan_cli", default=False)
_ARGPARSE_GETTEXT: Callable[[str], str] = vars(argparse)["_"]
_ARGPARSE_NGETTEXT: Callable[[str, str, int], str] = vars(argparse)["ngettext"]
_ROUTE = threading.Lock()


def _argparse_gettext(message: str) -> str:
    return _(message) if _RUNNING.get() else _ARGPARSE_GETTEXT(message)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    if _RUNNING.get():
        return ngettext(singular, plural, n)
    return _ARGPARSE_NGETTEXT(singular, plural, n)


def _route_argparse() -> None:
    """Let argparse look its messages up in dg_plan's catalog while dg-plan runs.

    argparse translates with the ``_`` and ``ngettext`` of its module, at the time
    it formats a message. They are replaced, once, by functions that use dg_plan's
    language inside :func:`main` and argparse's own lookup everywhere else, so that
    other users of argparse in the process see no change.
    """
    namespace = vars(argparse)
    with _ROUTE:
        if namespace.get("_") is not _argparse_gettext:
            namespace["_"] = _argparse_gettext
            namespace["ngettext"] = _argparse_ngettext


# -- errors ----------------------------------------------------------------------------


def _error_line(prog: str, message: str) -> str:
    """One error line the way argparse writes one, in the language in force."""
    return (_("%(prog)s: error: %(message)s\n") % {"prog": prog, "message": message}).rstrip("\n")


def _usage_error(parser: argparse.ArgumentParser, args: argparse.Namespace, msg: str) -> int:
    """Report a usage error the way argparse does; return 2."""
    parser = getattr(args, "subparser", parser)
    parser.print_usage(sys.stderr)
    print(_error_line(parser.prog, msg), file=sys.stderr)  # noqa: T201
    return 2


def _argument(name: str) -> str:
    """A query argument's name, as the command line shows it."""
    names = {
        "by": pgettext("argument", "by"),
        "date": pgettext("argument", "date"),
        "start": pgettext("argument", "start"),
        "end": pgettext("argument", "end"),
        "as_of": pgettext("argument", "as_of"),
        "period": pgettext("argument", "period"),
        "days": pgettext("argument", "days"),
        "query": pgettext("argument", "query"),
        "kind": pgettext("argument", "kind"),
        "role": pgettext("argument", "role"),
        "done": pgettext("argument", "done"),
        "section": pgettext("argument", "section"),
        "form": pgettext("argument", "form"),
        "fmt": pgettext("argument", "fmt"),
        "unit": pgettext("argument", "unit"),
    }
    return names.get(name, name)


def _query_error(exc: InvalidQueryError) -> str:
    """The command line's rendering of an invalid query argument: its kind and values.

    An error made with a reason only (no kind) shows its reason as it is.
    """
    if exc.kind is None:
        reason = exc.reason
    else:
        reason = render_message(exc.kind, exc.values, _i18n.current())
    argument = _argument(exc.argument)
    return _("{reason} ({argument}={value!r})").format(
        reason=reason, argument=argument, value=exc.value
    )


# What was not found, by kind: how to say so.
_NOT_FOUND = {
    "unit": N_("dg-plan: no unit named {name!r}"),
    "platform": N_("dg-plan: no platform named {name!r}"),
    "section": N_("dg-plan: no section named {name!r}"),
}


def _not_found(exc: UnknownNameError | UnknownTaskError) -> None:
    """Say what was not found, and the close matches, in the language in force."""
    if isinstance(exc, UnknownTaskError):
        if exc.first is None:
            text = _("dg-plan: no task {number!r}: the plan has no tasks")
        else:
            text = _("dg-plan: no task {number!r}: the plan's tasks are numbered {first}..{last}")
        print(text.format(number=exc.number, first=exc.first, last=exc.last), file=sys.stderr)  # noqa: T201
        return
    if isinstance(exc, UnknownUnitError) and exc.task is not None:
        text = _("dg-plan: task {task} names no unit {name!r}").format(task=exc.task, name=exc.name)
    elif exc.kind in _NOT_FOUND:
        text = _(_NOT_FOUND[exc.kind]).format(name=exc.name)
    else:
        text = _("dg-plan: no {kind} named {name!r}").format(kind=exc.kind, name=exc.name)
    print(text, file=sys.stderr)  # noqa: T201
    if exc.suggestions:
        print(_("did you mean:"), file=sys.stderr)  # noqa: T201
        for name in exc.suggestions:
            print(f"  {name}", file=sys.stderr)  # noqa: T201
    if exc.kind == "unit":
        print(_("('dg-plan list-units' lists them all)"), file=sys.stderr)  # noqa: T201
    elif exc.kind == "platform":
        print(_("('dg-plan list-platforms' lists them all)"), file=sys.stderr)  # noqa: T201


def _failure(exc: Exception) -> str:
    """The command line's rendering of a bad plan file, a missing extra, a failed write."""
    if isinstance(exc, TrackingDataError):
        count = len(exc.problems)
        head = ngettext(
            "dg-plan: {count} problem in the tracking data:",
            "dg-plan: {count} problems in the tracking data:",
            count,
        ).format(count=count)
        return "\n".join([head, *(f"  {_problem(p)}" for p in exc.problems)])
    if isinstance(exc, PlanImportError):
        count = len(exc.problems)
        head = ngettext(
            "dg-plan: {count} problem importing {file}:",
            "dg-plan: {count} problems importing {file}:",
            count,
        ).format(count=count, file=exc.file or _("the list"))
        lines = [head]
        for problem in exc.problems:
            where = _location(getattr(problem, "where", None))
            render = getattr(problem, "render", None)
            message = render(_i18n.current()) if render else str(problem)
            text = getattr(problem, "text", "")
            if text:
                line = _("{where}: {message} ({text!r})").format(
                    where=where, message=message, text=text
                )
            else:
                line = _("{where}: {message}").format(where=where, message=message)
            lines.append(f"  {line}")
        return "\n".join(lines)
    if isinstance(exc, PlanDataError):
        shown = repr(exc.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        return _("dg-plan: the plan file is malformed: {reason} at {path} (value: {value})").format(
            reason=exc.reason, path=exc.path, value=shown
        )
    if isinstance(exc, OSError):
        return _("dg-plan: {error}").format(error=_os_error(exc))
    return _("dg-plan: {error}").format(error=exc)


def _problem(problem: TrackingProblem) -> str:
    """One problem of the tracking data: where it is, what is wrong, the value."""
    where = []
    if problem.file is not None:
        where.append(problem.file)
    if problem.row is not None:
        where.append(_("row {row}").format(row=problem.row))
    if problem.report is not None and problem.file is None:
        where.append(_("report #{report}").format(report=problem.report))
    if problem.column is not None:
        where.append(problem.column)
    shown = _plain(problem.value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    # The library's reason is English; its kind and values are rendered in the language
    # in force. A problem that names no value (a file that is no ledger) says no value.
    reason = problem.render(_i18n.current())
    if problem.value is None and problem.kind is not None:
        if not where:
            return reason
        return _("{where}: {reason}").format(where=_(", ").join(where), reason=reason)
    return _("{where}: {reason} (value: {value})").format(
        where=_(", ").join(where), reason=reason, value=shown
    )


def _plain(value: object) -> str:
    """A value as a person reads it: a day as 2025-01-05, a list as its items, no repr."""
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):
        value = value.date()
    if isinstance(value, datetime.datetime):
        shown = value.isoformat(sep=" ")
    elif isinstance(value, datetime.date):
        shown = value.isoformat()
    elif isinstance(value, (list, tuple)):
        shown = _(", ").join(_plain(v) for v in value)
    elif isinstance(value, str):
        shown = value if value.strip() else f"“{value}”"
    else:
        shown = _("(blank)") if value is None else str(value)
    return shown


# The operating-system errors a user meets most, as the command line says them.
_OS_ERRORS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"),
}


def _os_error(exc: OSError) -> str:
    """An operating-system error: what failed, and on which file."""
    if exc.strerror is None:
        return str(exc)
    known = _OS_ERRORS.get(exc.errno) if exc.errno is not None else None
    what = _(known) if known is not None else exc.strerror
    if exc.filename is None:
        return what
    return _("{error}: {file!r}").format(error=what, file=str(exc.filename))


# -- main --------------------------------------------------------------------------------


def _asked_language(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` asks for, read before the parser (whose help it sets)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in _i18n.LANGUAGES:
            return value
    return None


_NO_CATALOG = (
    "dg-plan: warning: Chinese was asked for, but its compiled messages "
    "(dg_plan/locale/zh_CN/LC_MESSAGES/dg_plan.mo) are not installed; continuing in English. "
    "Reinstalling dg_plan builds them."
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on *argv* (default: ``sys.argv[1:]``); return the exit status.

    The language is the one ``--lang`` names, else the locale's (``LANGUAGE``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English.

    Args:
        argv: The arguments, without the program's name.

    Returns:
        0 on success, 1 when a name or number is not found or a file cannot be
        written, 2 on a usage error.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = _asked_language(arguments) or _i18n.from_environment()
    if language != "en" and not _i18n.has_catalog(language):
        print(_NO_CATALOG, file=sys.stderr)  # noqa: T201
        language = "en"
    _route_argparse()
    running = _RUNNING.set(True)
    try:
        with _i18n.using(language):
            return _run(arguments)
    finally:
        _RUNNING.reset(running)


# The date options of every command (by their dest), and the argument name the
# library's errors give each: read as people write days, then passed on as ISO days.
_DAY_OPTIONS: dict[str, tuple[str, ...]] = {
    "by": ("date",),
    "between": ("start", "end"),
    "as_of": ("as_of",),
    "start": ("start",),  # tasks --from
    "end": ("end",),  # tasks --to
}


def _read_dates(args: argparse.Namespace) -> None:
    """Read every date option the way the library reads a typed day (2024/12/31, …).

    Periods (``--in``) need nothing here: :func:`dg_plan.parse_period` reads the same
    forms (2024H1, 2024年上半年, …) where the command passes them on.

    Raises:
        InvalidQueryError: A date option names no day; the message lists the forms.
    """
    for dest, arguments in _DAY_OPTIONS.items():
        value = getattr(args, dest, None)
        if value is None:
            continue
        if len(arguments) == 1:
            setattr(args, dest, read_day(value, arguments[0]).isoformat())
        else:
            days = [read_day(v, a).isoformat() for v, a in zip(value, arguments, strict=True)]
            setattr(args, dest, days)


def _run(argv: Sequence[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or argparse's own usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    handler = getattr(args, "handler", _cmd_overview)
    if not hasattr(args, "json"):
        args.json = False
    status = 0
    wide = args.wide_ambiguous or _cjk_locale()
    ambiguous = _AMBIGUOUS_WIDTH.set(2 if wide else 1)
    try:
        _read_dates(args)
        plan = _load_plan_file(args.plan)
        output = handler(plan, args)
        if output:
            print(output)  # noqa: T201
        sys.stdout.flush()  # here, not at exit, so that a closed pipe is caught below
    except BrokenPipeError:
        # The reader stopped early (dg-plan list-units | head). As the Python docs
        # recommend: point standard output at devnull, so that the flush at exit
        # does not fail again, and exit as a process stopped by SIGPIPE would.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 128 + 13
    except UnicodeEncodeError as exc:
        encoding = getattr(sys.stdout, "encoding", None) or exc.encoding
        # In English whatever the language: this output cannot show Chinese.
        print(  # noqa: T201
            f"dg-plan: the output's encoding ({encoding}) cannot show Chinese text; "
            "use a UTF-8 terminal or locale, or set PYTHONIOENCODING=utf-8",
            file=sys.stderr,
        )
        status = 1
    except _WrongFileError as exc:
        print(_("dg-plan: {error}").format(error=exc), file=sys.stderr)  # noqa: T201
        status = 1
    except _UsageError as exc:
        status = _usage_error(parser, args, str(exc))
    except InvalidQueryError as exc:
        status = _usage_error(parser, args, _query_error(exc))
    except (UnknownNameError, UnknownTaskError) as exc:
        _not_found(exc)
        status = 1
    except (DgPlanError, ImportError, OSError) as exc:  # a bad plan file, a missing extra
        print(_failure(exc), file=sys.stderr)  # noqa: T201
        status = 1
    finally:
        _AMBIGUOUS_WIDTH.reset(ambiguous)
    return status
