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
import json
import os
import re
import shutil
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import wcwidth

from . import _display, export, plot, tracking
from ._compat import require
from ._errors import DgPlanError, InvalidQueryError, UnknownNameError, UnknownTaskError
from ._load import load_plan
from ._model import Deadline, DeadlineKind, PlatformKind, Role, Task, Unit, UnitKind
from ._notes import Note
from ._plan import Plan
from ._query import summarize
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


def overview(plan: Plan) -> str:
    """Return a text overview: parts and subsections, tasks per deadline, top lead units."""
    m = plan.metadata
    # An imported plan may know nothing of its document: say only what is known.
    origin = ", ".join(
        part
        for part in (
            " of ".join(p for p in (m.attachment, m.document) if p),
            m.issuer,
            str(m.issued) if m.issued else "",
        )
        if part
    )
    lines = [
        m.title,
        f"{origin}: {len(plan.tasks)} tasks" if origin else f"{len(plan.tasks)} tasks",
        "",
        "Parts and subsections",
    ]
    summary = summarize(plan)
    rows = [
        [s.id if s.is_part else f"  {s.id}", s.heading if s.is_part else f"  {s.heading}",
         str(len(s.tasks))]
        for s in summary.sections
    ]  # fmt: skip
    lines += [table(rows), "", "Tasks per deadline"]
    lines.append(table([[str(d) or "(unspecified)", str(n)] for d, n in summary.deadlines]))
    lines += ["", "Units that lead most tasks"]
    lines.append(table([[unit.name, str(n)] for unit, n in summary.leads]))
    return "\n".join(lines)


# -- output helpers ----------------------------------------------------------------------


def _printed(deadline: Deadline) -> str:
    """The deadline as printed; an UNSPECIFIED one (printed as "") says so."""
    return str(deadline) or "(unspecified)"


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
    rows = [["No.", "Deadline", "Accountable", "Task"]]
    rows += [
        [str(t.number), _printed(t.deadline), clip(_names(t.accountable), 26), t.text]
        for t in tasks
    ]
    return rows


def _task_list(plan: Plan, tasks: Sequence[Task], args: argparse.Namespace, title: str) -> str:
    if args.json:
        return _json(_records(plan, tasks))
    if not tasks:
        return f"{title}: no tasks"
    return f"{title}: {len(tasks)} tasks\n\n" + _fit(_task_rows(tasks))


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


def _notes_language(args: argparse.Namespace) -> str:
    # The CLI's language: --lang when given, else the locale's.
    from . import _i18n  # noqa: PLC0415 - gettext only when notes are shown

    lang = getattr(args, "lang", None)
    return _i18n.normalize(lang) if lang else _i18n.from_environment()


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
    where = f"section {record['section']} {record['section_title']}" if record["section"] else ""
    head = [f"Task {task.number} · {_printed(task.deadline)}{due}", where]
    if p is not None:
        head.append(f"page {p.page}")
    lines = [" · ".join(h for h in head if h), "", *wrap(task.text, columns), ""]
    fields = [
        ("Lead", _names(task.leads) if task.leads else "— (no lead designated)"),
        ("Responsible", _names(task.responsible)),
        *([("Support", _names(task.support))] if task.support else []),
        ("Platforms", "、".join(pl.name for pl in task.platforms) or "—"),
        ("Printed", task.units_text or "—"),
    ]
    width = max(len(label) for label, _ in fields) + 2
    for label, value in fields:
        wrapped = wrap(value, columns - width)
        lines.append(pad(label + ":", width) + wrapped[0])
        lines += [" " * width + more for more in wrapped[1:]]
    if p is not None:
        for label, notes in (("Notes", p.notes), ("Alternatives", p.alternatives)):
            if notes:
                lines += ["", f"{label}:"]
                for note in notes:
                    lines += wrap(note.render(_notes_language(args)), columns, indent="  ")
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
    what = f"{len(found)} tasks" + (f", {led} led" if role is None else f" ({role.value})")
    if not found:
        return f"{title}: no tasks" + (f" ({role.value})" if role else "")
    rows = [["No.", "Deadline", "Role", "Via", "Task"]]
    rows += [
        [str(r.task.number), str(r.task.deadline), r.role.value, r.via.name if r.via else "",
         r.task.text]
        for r in found
    ]  # fmt: skip
    return f"{title}: {what}\n\n{_fit(rows)}"


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
    return _task_list(plan, found, args, "Tasks")


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
    title = f"Search {query!r}" + (f" among the tasks of {args.unit}" if args.unit else "")
    if not hits:
        return f"{title}: no tasks"
    mark = sys.stdout.isatty()
    lines = [f"{title}: {len(hits)} tasks, most matches first", ""]
    for h in hits:
        noun = "match" if h.matches == 1 else "matches"
        who = _names(h.task.accountable)
        lines.append(f"{h.task.number} · {h.task.deadline} · {h.matches} {noun} · {who}")
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
    units = [["Unit", "Lead", "Responsible", "Support"]]
    units += [
        [i.unit.name, *(", ".join(str(t.number) for t in ts) or "—" for ts in (
            i.lead, i.responsible, i.support))]
        for i in involved
    ]  # fmt: skip
    return (
        f"{platform.name} ({platform.kind.value}){english}\n\n"
        f"Tasks that mention it: {len(tasks)}\n\n{_fit(_task_rows(tasks))}\n\n"
        f"Responsible units\n\n{table(units)}"
    )


def _read_done(source: str) -> list[int]:
    """Read finished task numbers: one per line or comma-separated, ``#`` comments; ``-`` stdin."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise _UsageError(f"--done: cannot read {source}: {exc}") from None
    numbers = []
    uncommented = "\n".join(line.partition("#")[0] for line in text.splitlines())
    for token in re.split(r"[\s,，、]+", uncommented):
        if not token:
            continue
        if not token.isdigit():
            raise _UsageError(f"--done: {token!r} in {source} is not a task number")
        numbers.append(int(token))
    return numbers


def _cmd_due(plan: Plan, args: argparse.Namespace) -> str:
    # Like the library, the command reads no clock: the day to judge from is given.
    as_of = args.as_of
    if (args.overdue or args.within is not None) and as_of is None:
        raise _UsageError("--overdue and --within need --as-of DATE (the day to judge from)")
    if args.done is not None and not (args.overdue or args.within is not None):
        raise _UsageError("--done goes with --overdue or --within")
    done = _read_done(args.done) if args.done is not None else []
    if args.by is not None:
        found, title = plan.due_by(args.by), f"Due by {args.by}"
    elif args.between is not None:
        start, end = args.between
        found, title = plan.due_between(start, end), f"Due from {start} to {end}"
    elif args.period is not None:
        found, title = plan.due_in(args.period), f"Due in {args.period}"
    elif args.undated is not None:
        kind = None if args.undated == "all" else DeadlineKind(args.undated)
        found, title = plan.undated(kind), f"Undated ({args.undated})"
    elif args.overdue:
        found = plan.overdue(as_of, done)
        title = f"Overdue as of {as_of}" + (f", {len(set(done))} done" if done else "")
    else:
        found = plan.due_within(args.within, as_of, done)
        title = f"Due within {args.within} days of {as_of}"
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
    rows = [["Deadline", "Date", "Tasks", "Numbers"]]
    rows += [
        [str(e.deadline), str(e.deadline.date or ""), str(len(e.tasks)),
         ", ".join(str(t.number) for t in e.tasks)]
        for e in entries
    ]  # fmt: skip
    return _fit(rows)


def _cmd_workload(plan: Plan, args: argparse.Namespace) -> str:
    if args.top is not None and args.top < 1:
        raise _UsageError("--top must be at least 1")
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
    out = [["Unit", "Lead", "Responsible", "Support", "Total", *labels]]
    out += [
        [r.unit.name, str(r.lead), str(r.responsible), str(r.support), str(r.total),
         *(f"{b.lead}/{b.responsible}/{b.support}" for b in r.buckets)]
        for r in rows
    ]  # fmt: skip
    return table(out) + "\n\nPer deadline: tasks led/responsible/supported."


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
    rows = [["Unit", "Kind", "Lead", "Responsible", "Support", "Full name"]]
    for u in units:
        row = counts.get(u.name)
        tally = (row.lead, row.responsible, row.support) if row else (0, 0, 0)
        rows.append([u.name, u.kind.value, *map(str, tally), u.full_name])
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
    rows = [["Platform", "Kind", "Tasks", "Numbers"]]
    for p in platforms:
        tasks = plan.mentioning(p)
        rows.append(
            [p.name, p.kind.value, str(len(tasks)), ", ".join(str(t.number) for t in tasks)]
        )
    return _fit(rows)


def _cmd_export(plan: Plan, args: argparse.Namespace) -> str:
    options: dict[str, Any] = {}
    if args.bom or args.form != "wide":
        if args.format != "csv":
            raise _UsageError("--bom and --form go with the csv format")
        options = {"bom": args.bom, "form": args.form}
    if args.path == "-":
        if args.format in _BINARY_FORMATS and sys.stdout.isatty():
            raise _UsageError(
                f"{args.format} is binary: give a file name, or redirect standard output "
                "to a file or a pipe"
            )
        export.write(plan, args.format, sys.stdout.buffer, **options)
        sys.stdout.flush()
        return ""
    export.write(plan, args.format, args.path, **options)
    return f"wrote {args.path} ({args.format})"


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
    findings = [("problem", p) for p in result.problems] + [("note", n) for n in result.notes]
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
    rows = [["", "where", "what", "text"]]
    rows += [[kind, str(f.where), f.message, clip(f.text, 40)] for kind, f in findings]
    summary = (
        f"{args.file}: {len(result.plan.tasks)} tasks, {len(result.plan.units)} units, "
        f"{len(result.problems)} problem(s), {len(result.notes)} note(s)"
        + (f"; wrote {args.output}" if args.output and args.output != "-" else "")
    )
    out = sys.stderr if args.output == "-" else sys.stdout
    print(table(rows), file=out)
    print(summary, file=out)
    return ""


def _finding(item: Any) -> dict[str, Any]:  # noqa: ANN401 - an ImportNote or ImportProblem
    where = item.where
    return {
        "file": where.file,
        "sheet": where.sheet,
        "row": where.row,
        "column": where.column,
        "cell": where.cell,
        "line": where.line,
        "message": item.message,
        "text": item.text,
    }


def _cmd_plot(plan: Plan, args: argparse.Namespace) -> str:
    suffix = Path(args.path).suffix.lstrip(".").lower()
    if suffix not in _PLOT_FORMATS:
        *first, last = (f".{f}" for f in _PLOT_FORMATS)
        allowed = f"{', '.join(first)} or {last}"
        raise _UsageError(f"cannot draw to {args.path!r}: use {allowed}")
    mpl = plot._matplotlib()  # noqa: SLF001 - the same clear ImportError
    mpl.use("Agg")
    plt = require("matplotlib.pyplot", "plot", "dg_plan.plot")
    if args.kind != "graph" and (args.unit or args.platform or args.section):
        raise _UsageError("--unit, --platform and --section go with the graph plot")
    if args.kind == "workload" and args.top < 1:
        raise _UsageError("--top must be at least 1")
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
                    raise _UsageError("no task meets those criteria")
            ax = plot.graph(plan, tasks)
        figure = ax.figure
        figure.savefig(args.path, dpi=150)
        plt.close(figure)
    for w in caught:
        if issubclass(w.category, plot.CJKFontWarning):
            print(f"dg-plan: warning: {w.message}", file=sys.stderr)  # noqa: T201
    return f"wrote {args.path} ({args.kind})"


# -- the parser --------------------------------------------------------------------------


class _UsageError(Exception):
    """A usage error found after parsing: reported like argparse's own, exit status 2."""


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" if line else "" for line in lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dg-plan",
        description="Query the Henan digital-government task list (附件4 of 豫政〔2023〕17号).",
        epilog=_examples(
            "dg-plan overview",
            "dg-plan show 18",
            "dg-plan unit 省发展改革委 --role lead",
            "dg-plan due --in 2024H1",
            "dg-plan export csv tasks.csv --bom",
            "",
            "Every command takes --help. Exit status: 0 success, 1 not found, 2 usage error,",
            "141 when the reader of the output went away.",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--plan", metavar="FILE", help="read this plan file (JSON) instead of the shipped plan"
    )
    parser.add_argument("--version", action="version", version=f"dg-plan {__version__}")
    parser.add_argument(
        "--wide-ambiguous",
        action="store_true",
        help="count ambiguous-width characters (“ ” …) as two columns, as East Asian "
        "terminals do (the default in a Chinese, Japanese or Korean locale)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON instead of a table")

    def command(
        name: str,
        handler: Callable[[Plan, argparse.Namespace], str],
        summary: str,
        examples: Sequence[str],
        *,
        listing: bool = True,
        aliases: Sequence[str] = (),
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            aliases=list(aliases),
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=_examples(*examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
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
        "parts, deadlines and lead units of the plan (the default command)",
        ["dg-plan overview", "dg-plan overview --json"],
    )
    p = command(
        "show",
        _cmd_show,
        "one task: text, deadline, its units by role, platforms, page, provenance",
        ["dg-plan show 18", "dg-plan show 125 --json"],
    )
    p.add_argument("number", type=int, help="the task's number (1-178)")
    p = command(
        "unit",
        _cmd_unit,
        "the tasks a unit answers for, with its role (its collectives' tasks included)",
        [
            "dg-plan unit 省发展改革委 --role lead",
            "dg-plan unit 发改委            # any alias works",
            "dg-plan unit 洛阳市人民政府    # tasks via 各省辖市政府",
        ],
        aliases=["units"],
    )
    p.add_argument("name", help="the unit's name, full name or an alias")
    p.add_argument("--role", choices=[r.value for r in Role], help="only tasks in this role")
    p = command(
        "tasks",
        _cmd_tasks,
        "the tasks that meet every criterion given",
        [
            "dg-plan tasks --unit 省公安厅 --role lead",
            "dg-plan tasks --platform 豫事办",
            "dg-plan tasks --section 3.4 --to 2024-06-30",
        ],
    )
    p.add_argument("--unit", metavar="NAME", help="tasks of this unit")
    p.add_argument("--text", metavar="QUERY", help="tasks whose text contains every term")
    p.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help="with --unit: the unit's tasks in this role; alone: tasks naming a unit in it",
    )
    p.add_argument("--platform", metavar="NAME", help="tasks that mention this platform")
    p.add_argument("--section", metavar="ID", help="tasks under this section (3, 3.4)")
    p.add_argument("--from", dest="start", metavar="DATE", help="dated tasks due on or after")
    p.add_argument("--to", dest="end", metavar="DATE", help="dated tasks due on or before")
    p.add_argument("--kind", choices=[k.value for k in DeadlineKind], help="deadline kind")
    p = command(
        "search",
        _cmd_search,
        "the tasks whose text contains every term (case and width ignored), most matches first",
        [
            "dg-plan search 数据共享",
            "dg-plan search 区块链 数据      # both terms",
            "dg-plan search ipv6 --json",
            "dg-plan search 平台 --unit 省公安厅",
        ],
    )
    p.add_argument("terms", nargs="+", metavar="TERM", help="a term the text must contain")
    p.add_argument("--unit", metavar="NAME", help="only tasks of this unit")
    p = command(
        "platform",
        _cmd_platform,
        "the tasks that mention a platform and the units responsible for them",
        ["dg-plan platform 豫事办", "dg-plan platform 豫事办APP --json"],
    )
    p.add_argument("name", help="the platform's name or an alias")
    p = command(
        "due",
        _cmd_due,
        "what is due when: by a date, in a period, undated, overdue",
        [
            "dg-plan due --by 2023-12-31",
            "dg-plan due --between 2024-01-01 2024-06-30",
            "dg-plan due --in 2024H1          # also 2024, 2024Q3, 2024-06",
            "dg-plan due --undated ongoing",
            "dg-plan due --overdue --as-of 2024-07-01 --done done.txt",
            "dg-plan due --within 90 --as-of 2024-10-01",
            "",
            "done.txt lists finished task numbers, one per line or comma-separated.",
        ],
    )
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--by", metavar="DATE", help="due on or before DATE (YYYY-MM-DD)")
    when.add_argument("--between", nargs=2, metavar=("START", "END"), help="due in this range")
    when.add_argument("--in", dest="period", metavar="PERIOD", help="2024, 2024H1, 2024Q3, 2024-06")
    when.add_argument(
        "--undated",
        nargs="?",
        const="all",
        choices=["all", *(k.value for k in DeadlineKind if k is not DeadlineKind.DATE)],
        help="tasks without a date, or of one undated kind",
    )
    when.add_argument("--overdue", action="store_true", help="due before --as-of, not --done")
    when.add_argument("--within", type=int, metavar="DAYS", help="due within DAYS of --as-of")
    p.add_argument(
        "--as-of", metavar="DATE", help="the day to judge from (with --overdue, --within)"
    )
    p.add_argument("--done", metavar="FILE", help="finished task numbers ('-': standard input)")
    command("timeline", _cmd_timeline, "every deadline with its tasks", ["dg-plan timeline"])
    p = command(
        "workload",
        _cmd_workload,
        "per unit: tasks led, responsible for and supported, per deadline year",
        ["dg-plan workload --top 10", "dg-plan workload --members --json"],
    )
    p.add_argument("--top", type=int, default=None, metavar="N", help="only the first N units")
    p.add_argument("--members", action="store_true", help="include the collectives' members")
    p = command(
        "list-units",
        _cmd_list_units,
        "every responsible unit, with its kind and task counts",
        ["dg-plan list-units", "dg-plan list-units --kind local"],
    )
    p.add_argument("--kind", choices=[k.value for k in UnitKind], help="only units of this kind")


def _file_commands(command: _Command) -> None:
    p = command(
        "list-platforms",
        _cmd_list_platforms,
        "every platform the tasks mention, with the tasks",
        ["dg-plan list-platforms", "dg-plan list-platforms --json"],
    )
    p.add_argument(
        "--kind", choices=[k.value for k in PlatformKind], help="only platforms of this kind"
    )
    p = command(
        "export",
        _cmd_export,
        "write the plan to a file: " + ", ".join(export.FORMATS),
        [
            "dg-plan export json plan.json",
            "dg-plan export csv tasks.csv --bom      # for Excel and WPS",
            "dg-plan export csv units.csv --form long",
            "dg-plan export xlsx plan.xlsx",
            "dg-plan export graphml plan.graphml",
            "dg-plan export node-link plan-graph.json",
            "dg-plan export ics deadlines.ics",
            "dg-plan export csv - | head       # '-' is standard output",
        ],
        listing=False,
    )
    p.add_argument("format", choices=list(export.FORMATS), help="the file format")
    p.add_argument("path", help="the file to write ('-': standard output)")
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 byte-order mark")
    p.add_argument("--form", choices=["wide", "long"], default="wide", help="csv: the form")
    p = command(
        "import",
        _cmd_import,
        "read a task list (.xlsx, .docx, .csv, .txt, .md) into a plan file",
        [
            "dg-plan import 任务清单.xlsx -o plan.json",
            "dg-plan import 实施方案.docx -o plan.json --strict",
            "dg-plan import 分工方案.txt --json",
            "dg-plan --plan plan.json overview",
            "",
            "Names resolve to the units of the plan in force (--plan, or the shipped plan).",
            "Exit status 1 with --strict when anything cannot be read.",
        ],
    )
    p.add_argument("file", help="the task list to read")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write the plan (JSON) here ('-': stdout)"
    )
    p.add_argument("--strict", action="store_true", help="fail when anything cannot be read")
    p = command(
        "plot",
        _cmd_plot,
        "draw a plot to a file ("
        + ", ".join(f".{f}" for f in _PLOT_FORMATS)
        + "): timeline, workload or graph",
        [
            "dg-plan plot timeline deadlines.png",
            "dg-plan plot workload units.svg --top 10",
            "dg-plan plot graph yushiban.png --platform 豫事办",
            "",
            "Chinese labels need a CJK font (Debian and Ubuntu: apt-get install fonts-noto-cjk).",
        ],
        listing=False,
    )
    p.add_argument("kind", choices=plot.KINDS, help="what to draw")
    p.add_argument("path", help="the image file to write")
    p.add_argument("--top", type=int, default=15, metavar="N", help="workload: units to show")
    p.add_argument("--unit", metavar="NAME", help="graph: only this unit's tasks")
    p.add_argument("--platform", metavar="NAME", help="graph: only tasks mentioning it")
    p.add_argument("--section", metavar="ID", help="graph: only this section's tasks")


# -- tracking ----------------------------------------------------------------------------


def _ledger(plan: Plan, path: str) -> tracking.Ledger:
    try:
        text = Path(path).read_bytes()
    except OSError as exc:
        raise _UsageError(f"cannot read the ledger {path}: {exc.strerror or exc}") from None
    return tracking.loads(plan, text)


def _status_label(status: tracking.Status | None) -> str:
    return "未报送" if status is None else status.label


def _cmd_track_template(plan: Plan, args: argparse.Namespace) -> str:
    tracking.write_template(plan, args.unit, args.path, as_of=args.as_of)
    count = len(plan.tasks_for(args.unit))
    return f"wrote {args.path}: {count} tasks of {plan.unit(args.unit).name}, as of {args.as_of}"


def _cmd_track_collect(plan: Plan, args: argparse.Namespace) -> str:
    ledger = tracking.collect(plan, args.files)
    text = tracking.dumps(ledger)
    if args.output == "-":
        return text.rstrip("\n")
    Path(args.output).write_text(text, encoding="utf-8")
    return f"wrote {args.output}: {len(ledger.reports)} reports from {len(args.files)} files"


def _summary_rows(rows: Sequence[tracking.SummaryRow], first: str) -> list[list[str]]:
    labels = list(tracking.CATEGORY_LABELS.values())
    table_rows = [[first, *labels, "合计"]]
    table_rows += [
        [r.label, *(str(getattr(r, c)) for c in tracking.CATEGORY_LABELS), str(r.total)]
        for r in rows
    ]
    return table_rows


def _cmd_track_status(plan: Plan, args: argparse.Namespace) -> str:
    ledger = _ledger(plan, args.ledger)
    if args.unit is None:
        rows = ledger.summary(args.as_of, by="part")
        if args.json:
            return _json(
                [
                    {
                        "part": r.key,
                        "title": r.label,
                        **{c: getattr(r, c) for c in tracking.CATEGORY_LABELS},
                        "total": r.total,
                    }
                    for r in rows
                ]
            )
        done = sum(r.done_on_time + r.done_late for r in rows)
        late = sum(r.late_open for r in rows)
        silent = sum(r.not_reported for r in rows)
        head = (
            f"As of {args.as_of}: {done} done, {late} late, {silent} not reported "
            f"(of {len(plan.tasks)} tasks)"
        )
        return head + "\n\n" + table(_summary_rows(rows, "Part"))
    unit = plan.unit(args.unit)
    found = []
    for r in plan.responsibilities(unit):
        status = ledger.status_of(r.task, unit, as_of=args.as_of)
        found.append((r.task, r.role, status))
    if args.json:
        return _json(
            [
                {
                    "task": t.number,
                    "deadline": str(t.deadline),
                    "role": role.value,
                    "status": None if s is None else s.value,
                }
                for t, role, s in found
            ]
        )
    rows_out = [["No.", "Deadline", "Role", "Status", "Task"]]
    rows_out += [
        [str(t.number), str(t.deadline), role.value, _status_label(s), t.text]
        for t, role, s in found
    ]
    return f"{unit.name} as of {args.as_of}: {len(found)} tasks\n\n" + _fit(rows_out)


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
    if not found:
        return f"Late as of {args.as_of}: no tasks"
    rows = [["No.", "Deadline", "Status", "Accountable", "Task"]]
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
    return f"Late as of {args.as_of}: {len(found)} tasks\n\n" + _fit(rows)


def _cmd_track_report(plan: Plan, args: argparse.Namespace) -> str:
    ledger = _ledger(plan, args.ledger)
    tracking.report(ledger, args.as_of, args.output)
    return f"wrote {args.output}"


def _track_commands(command: _Command, as_json: argparse.ArgumentParser) -> None:
    p = command(
        "track",
        _cmd_track_template,
        "supervision: reporting templates out, returned files in, status, late tasks, report",
        [
            "dg-plan track template 省审计厅 audit.xlsx --as-of 2024-12-31",
            "dg-plan track collect returned/*.xlsx -o ledger.json",
            "dg-plan track status ledger.json --as-of 2024-12-31",
            "dg-plan track status ledger.json --as-of 2024-12-31 --unit 省审计厅",
            "dg-plan track late ledger.json --as-of 2024-12-31 --json",
            "dg-plan track report ledger.json --as-of 2024-12-31 -o report.html",
            "",
            "A bad returned file exits with status 1 and lists every problem.",
        ],
        listing=False,
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(
        name: str,
        handler: Callable[[Plan, argparse.Namespace], str],
        summary: str,
        *,
        listing: bool,
    ) -> argparse.ArgumentParser:
        q = actions.add_parser(
            name,
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            parents=[as_json] if listing else [],
        )
        q.set_defaults(handler=handler, subparser=q)
        return q

    q = action(
        "template", _cmd_track_template, "write a unit's reporting template (xlsx)", listing=False
    )
    q.add_argument("unit", help="the unit's name, full name or an alias")
    q.add_argument("path", help="the xlsx file to write")
    q.add_argument("--as-of", required=True, metavar="DATE", help="the day reports speak for")
    q = action(
        "collect", _cmd_track_collect, "read returned templates into a ledger", listing=False
    )
    q.add_argument("files", nargs="+", metavar="FILE", help="the returned xlsx files")
    q.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="LEDGER",
        help="the ledger JSON to write ('-': standard output)",
    )
    q = action(
        "status", _cmd_track_status, "how the tasks stand, per part or for one unit", listing=True
    )
    q.add_argument("ledger", help="a ledger JSON file (from 'track collect')")
    q.add_argument("--as-of", required=True, metavar="DATE", help="the day to judge from")
    q.add_argument("--unit", metavar="NAME", help="one unit's tasks, with its own status")
    q = action(
        "late", _cmd_track_late, "the tasks due before a day and not done by then", listing=True
    )
    q.add_argument("ledger", help="a ledger JSON file")
    q.add_argument("--as-of", required=True, metavar="DATE", help="the day to judge from")
    q = action(
        "report", _cmd_track_report, "write the supervision report (HTML or .xlsx)", listing=False
    )
    q.add_argument("ledger", help="a ledger JSON file")
    q.add_argument("--as-of", required=True, metavar="DATE", help="the day to judge from")
    q.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="report.html or report.xlsx"
    )


def _usage_error(parser: argparse.ArgumentParser, args: argparse.Namespace, msg: str) -> int:
    """Report a usage error the way argparse does; return 2."""
    parser = getattr(args, "subparser", parser)
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {msg}", file=sys.stderr)  # noqa: T201
    return 2


def _not_found(exc: UnknownNameError | UnknownTaskError) -> None:
    if isinstance(exc, UnknownTaskError):
        print(f"dg-plan: {exc}", file=sys.stderr)  # noqa: T201
        return
    print(f"dg-plan: no {exc.kind} named {exc.name!r}", file=sys.stderr)  # noqa: T201
    if exc.suggestions:
        print("did you mean:", file=sys.stderr)  # noqa: T201
        for name in exc.suggestions:
            print(f"  {name}", file=sys.stderr)  # noqa: T201
    if exc.kind in ("unit", "platform"):
        print(f"('dg-plan list-{exc.kind}s' lists them all)", file=sys.stderr)  # noqa: T201


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on *argv* (default: ``sys.argv[1:]``); return the exit status.

    Args:
        argv: The arguments, without the program's name.

    Returns:
        0 on success, 1 when a name or number is not found or a file cannot be
        written, 2 on a usage error.
    """
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
        plan = load_plan(args.plan)
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
        print(  # noqa: T201
            f"dg-plan: the output's encoding ({encoding}) cannot show Chinese text; "
            "use a UTF-8 terminal or locale, or set PYTHONIOENCODING=utf-8",
            file=sys.stderr,
        )
        status = 1
    except (_UsageError, InvalidQueryError) as exc:
        status = _usage_error(parser, args, str(exc))
    except (UnknownNameError, UnknownTaskError) as exc:
        _not_found(exc)
        status = 1
    except (DgPlanError, ImportError, OSError) as exc:  # a bad plan file, a missing extra
        print(f"dg-plan: {exc}", file=sys.stderr)  # noqa: T201
        status = 1
    finally:
        _AMBIGUOUS_WIDTH.reset(ambiguous)
    return status
