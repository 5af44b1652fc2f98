"""The ``dg-plan`` command line (also ``python -m dg_plan``).

Exit status: 0 on success; 3 when ``track collect`` set aside some returned files (it
wrote the ledger of the others); 1 when a task, unit, platform or section is not found
(the close matches are printed), an optional dependency is missing, a file or the
output cannot be written, or a well-formed command is refused for what is on disk (a
file or notice it would write over, a ledger it cannot read): an error sentence without
the usage; 2 on a usage error: a malformed option, date or period, an option missing;
141 (128 + SIGPIPE, as a shell reports it) when the reader of the output went away
(``dg-plan due --undated | head -1``). Errors go to standard error, without a
traceback.

Column widths are measured with wcwidth. Characters of ambiguous East Asian width
(“ ” … ·) take one column, or two with ``--wide-ambiguous`` or in a Chinese,
Japanese or Korean locale.

The package: :mod:`.arguments` builds the parser (:mod:`.parser`: argparse's
formatter and words), each command's handler in :mod:`.commands` returns a result
(:mod:`.results`), :mod:`.render` turns it into text or JSON, :mod:`.errors` says
what went wrong from a message kind, :mod:`.terminal` lays text out. Only this
module writes to standard output and standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dg_plan import _i18n, tracking
from dg_plan._dates import read_day
from dg_plan._errors import (
    DgPlanError,
    InvalidQueryError,
    PlanDataError,
    UnknownNameError,
    UnknownTaskError,
)
from dg_plan._i18n import pgettext
from dg_plan._load import load_plan
from dg_plan._plan import Plan
from dg_plan.importing.formats import FORMATS, TEXT_SUFFIXES, ZIP_SUFFIXES

from .arguments import build_parser
from .commands.queries import overview
from .commands.track import number_year_warning
from .errors import (
    REFUSED,
    CliErrorKind,
    RefusedError,
    UsageError,
    WrongFileError,
    error_line,
    failure,
    not_found,
    query_error,
    refusal,
    said,
)
from .parser import RUNNING, route_argparse
from .render import Shown, show
from .terminal import AMBIGUOUS_WIDTH, HIGHLIGHT, cjk_locale

__all__ = ["main"]


# What --plan may be given by mistake: a list to import first (what importing.read
# reads, or tells how to convert).
_IMPORTABLE = ZIP_SUFFIXES | TEXT_SUFFIXES | FORMATS.keys() | {".pdf"}


def load_plan_file(path: str | None) -> Plan:
    """The plan of --plan (the shipped one without it), or a plain word on what it is.

    Raises:
        WrongFileError: *path* is a task list to import, or a tracking ledger.
        PlanDataError: *path* is a malformed plan file.
    """
    if path is None:
        return load_plan()
    if Path(path).suffix.lower() in _IMPORTABLE:
        raise WrongFileError(CliErrorKind.TASK_LIST_AS_PLAN, file=path)
    try:
        return load_plan(path)
    except PlanDataError:
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            doc = None
        if isinstance(doc, dict) and doc.get("format") == tracking.LEDGER_FORMAT:
            raise WrongFileError(CliErrorKind.LEDGER_AS_PLAN, file=path) from None
        if doc is not None and (not isinstance(doc, dict) or "format_version" not in doc):
            # JSON, but no plan's: another file chosen, said so, not by a JSON path.
            raise WrongFileError(CliErrorKind.NOT_A_PLAN_FILE, file=path) from None
        raise


def asked_language(argv: Sequence[str]) -> str | None:
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
        0 on success, 1 when a name or number is not found, a file cannot be
        written or a well-formed command is refused (a file in the way), 2 on a
        usage error, 3 when ``track collect`` set aside some files.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = asked_language(arguments) or _i18n.from_environment()
    if language != "en" and not _i18n.has_catalog(language):
        print(_NO_CATALOG, file=sys.stderr)  # noqa: T201
        language = "en"
    route_argparse()
    running = RUNNING.set(True)
    try:
        with _i18n.using(language):
            return _run(arguments)
    finally:
        RUNNING.reset(running)


# The date options of every command (by their dest), and the argument name the
# library's errors give each: read as people write days, then passed on as ISO days.
_DAY_OPTIONS: dict[str, tuple[str, ...]] = {
    "by": ("date",),
    "between": ("start", "end"),
    "as_of": ("as_of",),
    "return_by": ("return_by",),
    "start": ("start",),  # tasks --from
    "end": ("end",),  # tasks --to
}


def read_dates(args: argparse.Namespace) -> None:
    """Read every date option the way the library reads a typed day (2024/12/31, …).

    Periods (``--in``) need nothing here: :func:`dg_plan.parse_period` reads the same
    forms (2024H1, 2024年上半年, …) where the command passes them on.

    Raises:
        InvalidQueryError: A date option names no day; the message lists the forms.
    """
    for dest, names in _DAY_OPTIONS.items():
        value = getattr(args, dest, None)
        if value is None:
            continue
        if len(names) == 1:
            setattr(args, dest, read_day(value, names[0]).isoformat())
        else:
            days = [read_day(v, a).isoformat() for v, a in zip(value, names, strict=True)]
            setattr(args, dest, days)


def _read_options(args: argparse.Namespace) -> None:
    """Read the date options (:func:`read_dates`), then warn of a --number of another year.

    The warning is said first, on standard error; the command runs on (the notices are
    written still).
    """
    read_dates(args)
    warning = number_year_warning(args)
    if warning:
        print(said(CliErrorKind.NUMBER_YEAR, warning), file=sys.stderr)  # noqa: T201


def _write(shown: Shown) -> None:
    """Write what a command shows: its bytes, its text, its lines."""
    if shown.data:
        sys.stdout.buffer.write(shown.data)
    if shown.raw:
        sys.stdout.write(shown.raw)
    if shown.data or shown.raw:
        sys.stdout.flush()
    if shown.err:
        print(shown.err, file=sys.stderr)  # noqa: T201
    if shown.out:
        print(shown.out)  # noqa: T201


def _usage_error(parser: argparse.ArgumentParser, args: argparse.Namespace, msg: str) -> int:
    """Report a usage error the way argparse does (an error line a line of *msg*); return 2."""
    parser = getattr(args, "subparser", parser)
    parser.print_usage(sys.stderr)
    for line in msg.splitlines():
        print(error_line(parser.prog, line), file=sys.stderr)  # noqa: T201
    return 2


def _refused(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    exc: RefusedError | InvalidQueryError,
) -> int:
    """Report a refused command; return its exit status.

    A well-formed command refused for what is on disk (a ledger, a file or notices in
    the way, a ledger it cannot read) is an error sentence without the usage, 1; a
    value refused for its form (a day that is none) is a usage error, 2.
    """
    if isinstance(exc, RefusedError):
        print(exc.said(), file=sys.stderr)  # noqa: T201
        return 1
    if exc.kind in REFUSED:
        print(refusal(exc), file=sys.stderr)  # noqa: T201
        return 1
    return _usage_error(parser, args, query_error(exc))


def _section_numbers(plan: Plan) -> str:
    """The plan's section numbers, said after a section not found (（本清单章节编号为1—4）).

    ``""`` for a plan of fewer than two parts, or whose parts hold no section.
    """
    parts = [s.id for s in plan.sections]
    example = next(((s.id, c.id) for s in plan.sections for c in list(s.walk())[1:2]), None)
    if len(parts) < 2 or example is None:
        return ""
    return pgettext(
        "the plan's section numbers, after a section not found",
        " (the plan's sections are numbered {first}-{last}, as {part} or {section})",
    ).format(first=parts[0], last=parts[-1], part=example[0], section=example[1])


def _run(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or argparse's own usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    handler = getattr(args, "handler", overview)
    as_json = bool(getattr(args, "json", False))
    if args.json_first:
        if args.command is not None and not hasattr(args, "json"):
            kind = CliErrorKind.JSON_NOT_HERE
            return _usage_error(parser, args, said(kind, [("command", args.command)]))
        as_json = True
    status = 0
    wide = args.wide_ambiguous or cjk_locale()
    ambiguous = AMBIGUOUS_WIDTH.set(2 if wide else 1)
    highlight = HIGHLIGHT.set(sys.stdout.isatty())
    plan = None  # the plan, once loaded: a section not found is said with its numbers
    try:
        _read_options(args)
        plan = load_plan_file(args.plan)
        shown = show(handler(plan, args), as_json=as_json)
        _write(shown)
        status = shown.status
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
        print(said(CliErrorKind.ENCODING, [("encoding", encoding)], "en"), file=sys.stderr)  # noqa: T201
        status = 1
    except WrongFileError as exc:
        print(said(CliErrorKind.FAILURE, [("error", exc.said())]), file=sys.stderr)  # noqa: T201
        status = 1
    except UsageError as exc:
        # A path that is not there is said first, as a refusal says it, then the usage.
        if exc.found:
            print(exc.said("found"), file=sys.stderr)  # noqa: T201
        status = _usage_error(parser, args, exc.said("usage"))
    except (RefusedError, InvalidQueryError) as exc:
        status = _refused(parser, args, exc)
    except (UnknownNameError, UnknownTaskError) as exc:
        print(not_found(exc, "" if plan is None else _section_numbers(plan)), file=sys.stderr)  # noqa: T201
        status = 1
    except (DgPlanError, ImportError, OSError) as exc:  # a bad plan file, a missing extra
        print(failure(exc), file=sys.stderr)  # noqa: T201
        status = 1
    finally:
        HIGHLIGHT.reset(highlight)
        AMBIGUOUS_WIDTH.reset(ambiguous)
    return status
