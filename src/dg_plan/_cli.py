"""The ``dg-plan`` command line."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence

from ._errors import DgPlanError
from ._load import load_plan
from ._plan import Plan

__all__ = ["main"]


def width(text: str) -> int:
    """Return the display width of *text*: East Asian wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    """Pad *text* with spaces to *columns* display columns."""
    return text + " " * max(0, columns - width(text))


def table(rows: Sequence[Sequence[str]]) -> str:
    """Render *rows* as columns aligned by display width."""
    if not rows:
        return ""
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def overview(plan: Plan) -> str:
    """Return a text overview: parts and subsections, tasks per deadline, top lead units."""
    m = plan.metadata
    lines = [
        m.title,
        f"{m.attachment} of {m.document}, {m.issuer}, {m.issued}: {len(plan.tasks)} tasks",
        "",
        "Parts and subsections",
    ]
    rows = []
    for part in plan.sections:
        rows.append([part.id, f"{part.label}、{part.title}", str(len(part.tasks))])
        rows.extend(
            [f"  {s.id}", f"  {s.label}{s.title}", str(len(s.tasks))] for s in part.subsections
        )
    lines += [table(rows), "", "Tasks per deadline"]
    deadlines = Counter(t.deadline for t in plan.tasks)
    lines.append(table([[str(d), str(n)] for d, n in sorted(deadlines.items())]))
    leads = Counter(u.name for t in plan.tasks for u in t.leads)
    lines += ["", "Units that lead most tasks"]
    lines.append(table([[name, str(n)] for name, n in leads.most_common(10)]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="dg-plan",
        description="Query the Henan digital-government task list (附件4 of 豫政〔2023〕17号).",
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("overview", help="parts, deadlines and lead units of the plan (default)")
    args = parser.parse_args(argv)
    try:
        plan = load_plan()
        if args.command in (None, "overview"):
            print(overview(plan))  # noqa: T201
    except DgPlanError as exc:
        print(f"dg-plan: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    return 0
