"""The file commands: export, import, plot, site."""

from __future__ import annotations

import argparse
import io
import sys
import warnings
from pathlib import Path
from typing import Any

from dg_plan import _i18n, export, plot
from dg_plan._cli.errors import (
    CliErrorKind,
    UsageError,
    json_written_as,
    written_as,
)
from dg_plan._cli.results import Imported, ImportFailed, SiteWritten, Streamed, Written
from dg_plan._compat import require
from dg_plan._errors import PlanImportError
from dg_plan._i18n import gettext as _
from dg_plan._plan import Plan

__all__ = [
    "BINARY_FORMATS",
    "PLOT_FORMATS",
    "export_plan",
    "import_list",
    "plot_file",
    "site",
]

# The export formats that are not text.
BINARY_FORMATS = frozenset({"xlsx"})
# The export formats whose headers and values follow the language of the command line.
LANGUAGE_FORMATS = frozenset({"csv", "xlsx"})
# The export formats written to a path only (a database, a folder), with a ledger if given.
PATH_FORMATS = frozenset({"sqlite", "datapackage"})
# The image formats plot writes: what its help documents, whatever matplotlib offers.
PLOT_FORMATS = ("png", "svg", "pdf")


def export_plan(plan: Plan, args: argparse.Namespace) -> Written | Streamed:
    """Write the plan to a file, or its bytes for standard output (``-``)."""
    options: dict[str, Any] = {}
    if args.bom or args.form != "wide":
        if args.format != "csv":
            raise UsageError(CliErrorKind.CSV_OPTIONS)
        options = {"bom": args.bom, "form": args.form}
    if args.format in LANGUAGE_FORMATS:
        options["lang"] = _i18n.current()
    if args.ledger and args.format not in PATH_FORMATS:
        raise UsageError(CliErrorKind.LEDGER_OPTION)
    if args.format in PATH_FORMATS:
        return _publish(plan, args)
    if args.format == "xlsx":
        # As track report refuses r.pdf: a workbook named x.txt opens as no workbook.
        written_as(args.path, (".xlsx",), CliErrorKind.EXPORT_XLSX_SUFFIX)
    if args.path == "-":
        if args.format in BINARY_FORMATS and sys.stdout.isatty():
            raise UsageError(CliErrorKind.BINARY_TO_TERMINAL, format=args.format)
        data = io.BytesIO()
        export.write(plan, args.format, data, **options)
        return Streamed(data.getvalue())
    export.write(plan, args.format, args.path, **options)
    return Written(args.path, args.format)


def _publish(plan: Plan, args: argparse.Namespace) -> Written:
    """Write the SQLite database (and its Datasette metadata) or the data package."""
    from dg_plan._cli.commands.track import ledger  # noqa: PLC0415 - with --ledger only

    if args.path == "-":
        raise UsageError(CliErrorKind.PATH_ONLY, format=args.format)
    options = {"ledger": ledger(plan, args.ledger)} if args.ledger else {}
    export.write(plan, args.format, args.path, **options)
    if args.format == "sqlite":
        metadata = str(Path(args.path).with_suffix(".metadata.json"))
        return Written(args.path, args.format, metadata=metadata)
    return Written(args.path, args.format)


def import_list(plan: Plan, args: argparse.Namespace) -> Imported | ImportFailed:
    """Read a task list into a plan; write the plan file when asked."""
    from dg_plan import importing  # noqa: PLC0415 - only this command needs it
    from dg_plan._jsonio import dumps  # noqa: PLC0415

    # The plan in force (the shipped one, or --plan's) is the registry names resolve to.
    # --column ROLE=HEADER, repeatable (a role may name several headers).
    if args.output:
        json_written_as(args.output, CliErrorKind.PLAN_FILE_SUFFIX)
    if args.review:
        written_as(args.review, (".xlsx",), CliErrorKind.REVIEW_SUFFIX)
    columns: dict[str, list[str]] = {}
    for value in args.column:
        role, _sep, header = value.partition("=")
        columns.setdefault(role.strip(), []).append(header)
    try:
        result = importing.read(
            args.file,
            strict=args.strict,
            registry=plan,
            decisions=args.decisions,
            columns=columns or None,
        )
    except PlanImportError as error:
        # The workbook is wanted most when the import fails: refused (no task found:
        # the candidate lines) or stopped by --strict (every task, its problems).
        if args.review:
            importing.write_review(error, args.review, language=_i18n.current())
        # Said as a failure (standard error, exit status 1), and with --json also as
        # the import's JSON on standard output, naming the workbook.
        return ImportFailed(args.file, error, args.review)
    if args.review:
        importing.write_review(result, args.review, language=_i18n.current())
    plan_text = ""
    if args.output == "-":
        plan_text = dumps(result.plan)
    elif args.output:
        Path(args.output).write_text(dumps(result.plan), encoding="utf-8", newline="\n")
    return Imported(args.file, args.output, result, plan_text, args.review)


def plot_file(plan: Plan, args: argparse.Namespace) -> Written:
    """Draw a plot to an image file."""
    suffix = Path(args.path).suffix.lstrip(".").lower()
    if suffix not in PLOT_FORMATS:
        *first, last = (f".{f}" for f in PLOT_FORMATS)
        allowed = _("{first} or {last}").format(first=_(", ").join(first), last=last)
        raise UsageError(CliErrorKind.PLOT_SUFFIX, path=args.path, allowed=allowed)
    mpl = require("matplotlib", "plot", "dg_plan.plot")  # the same clear ImportError as plot
    mpl.use("Agg")
    plt = require("matplotlib.pyplot", "plot", "dg_plan.plot")
    if args.kind != "graph" and (args.unit or args.platform or args.section):
        raise UsageError(CliErrorKind.GRAPH_OPTIONS)
    if args.kind == "workload" and args.top < 1:
        raise UsageError(CliErrorKind.TOP_TOO_SMALL)
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
                    raise UsageError(CliErrorKind.NO_TASK_MEETS)
            ax = plot.graph(plan, tasks)
        figure = ax.figure
        figure.savefig(args.path, dpi=150)
        plt.close(figure)
    no_font = any(issubclass(w.category, plot.CJKFontWarning) for w in caught)
    return Written(args.path, args.kind, no_cjk_font=no_font, plot=True)


def site(plan: Plan, args: argparse.Namespace) -> SiteWritten:
    """Write the static site of the plan (and of a ledger's status)."""
    from dg_plan import site as static  # noqa: PLC0415 - only this command needs it

    ledger = None
    if args.ledger is not None:
        from .track import ledger as read_ledger  # noqa: PLC0415

        ledger = read_ledger(plan, args.ledger)
    elif args.as_of is not None:
        raise UsageError(CliErrorKind.AS_OF_WITHOUT_LEDGER)
    written = static.build(plan, args.folder, ledger, as_of=args.as_of)
    return SiteWritten(args.folder, len(written.pages), str(written.index))
