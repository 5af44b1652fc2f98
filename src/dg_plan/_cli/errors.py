"""The command line's errors: each a kind plus values, rendered in the language in force.

Every error the command line shows is a :class:`CliErrorKind` (or a kind the library
gave the error: a query error's, a tracking problem's, a plan file's) filled in by
:func:`dg_plan._messages.render`. Nothing here reads an error's English text back.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dg_plan import _i18n
from dg_plan._display import day_text
from dg_plan._errors import (
    InvalidQueryError,
    MissingExtraError,
    PlanDataError,
    PlanImportError,
    TrackingDataError,
    UnknownNameError,
    UnknownTaskError,
    UnknownUnitError,
)
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext, pgettext
from dg_plan._message_kinds import NUMBER_RANGE, number_runs
from dg_plan._messages import LIST_SEPARATOR, MessageKind, join_place, render
from dg_plan._model import Origin
from dg_plan._query_errors import QueryErrorKind
from dg_plan._tracking_problems import TrackingProblem

from .import_errors import import_failure, location
from .problem_lines import listed

__all__ = [
    "CliError",
    "CliErrorKind",
    "NothingToReadError",
    "RefusedError",
    "UsageError",
    "WrongFileError",
    "argument_name",
    "error_line",
    "failure",
    "location",
    "not_found",
    "os_error",
    "query_error",
    "refusal",
    "said",
]


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark *message* for extraction; it is translated when an error is shown."""
    return message


class CliErrorKind(MessageKind):
    """What went wrong, as the command line says it: a kind and the values it names."""

    # -- usage errors found after parsing (exit status 2) -----------------------------
    #: --done's file cannot be read: ``file``, ``error`` (the OS's reason).
    DONE_UNREADABLE = "done_unreadable", N_("--done: cannot read {file}: {error}")
    #: --done's file holds something that is not a number: ``token``, ``file``.
    DONE_NOT_A_NUMBER = (
        "done_not_a_number",
        N_("--done: {token!r} in {file} is not a task number"),
    )
    #: --overdue or --within without --as-of.
    NEEDS_AS_OF = (
        "needs_as_of",
        N_("--overdue and --within need --as-of DATE (the day to judge from)"),
    )
    #: --done without --overdue or --within.
    DONE_ALONE = "done_alone", N_("--done goes with --overdue or --within")
    #: unit NAME --kind: --kind lists the units of a kind, so it goes with no name.
    KIND_WITH_NAME = (
        "kind_with_name",
        N_(
            "--kind goes with no unit name: it lists the units of a kind "
            "(dg-plan units --kind KIND)"
        ),
    )
    #: --top below 1.
    TOP_TOO_SMALL = "top_too_small", N_("--top must be at least 1")
    #: --bom or --form with another format than csv.
    CSV_OPTIONS = "csv_options", N_("--bom and --form go with the csv format")
    #: --ledger with another format than sqlite or datapackage.
    LEDGER_OPTION = "ledger_option", N_("--ledger goes with the sqlite and datapackage formats")
    #: A format written to a path only, given '-': ``format``.
    PATH_ONLY = (
        "path_only",
        N_("{format} cannot go to standard output: give a file or folder name"),
    )
    #: site's --as-of without --ledger.
    AS_OF_WITHOUT_LEDGER = "as_of_without_ledger", N_("--as-of goes with --ledger")
    #: A binary format to a terminal: ``format``.
    BINARY_TO_TERMINAL = (
        "binary_to_terminal",
        N_("{format} is binary: give a file name, or redirect standard output to a file or a pipe"),
    )
    #: An image file of a format plot does not draw: ``path``, ``first``, ``last``.
    PLOT_SUFFIX = "plot_suffix", N_("cannot draw to {path!r}: use {allowed}")
    #: track report's -o names a file of no format the report is written in: ``path``.
    REPORT_SUFFIX = (
        "report_suffix",
        N_(
            "cannot write the supervision report as {path}: it is written as an .html, "
            ".xlsx or .docx file only; give the file one of these suffixes"
        ),
    )
    #: track template's PATH is no .xlsx file: ``path``.
    TEMPLATE_SUFFIX = (
        "template_suffix",
        N_(
            "cannot write the reporting template as {path}: it is an .xlsx workbook; "
            "give the file the suffix .xlsx"
        ),
    )
    #: export xlsx's PATH is no .xlsx file (x.txt): ``path``.
    EXPORT_XLSX_SUFFIX = (
        "export_xlsx_suffix",
        N_(
            "cannot write the plan's xlsx export as {path}: it is an .xlsx workbook; "
            "give the file the suffix .xlsx"
        ),
    )
    #: import's --review is no .xlsx file: ``path``.
    REVIEW_SUFFIX = (
        "review_suffix",
        N_(
            "cannot write the review workbook as {path}: it is an .xlsx workbook; "
            "give the file the suffix .xlsx"
        ),
    )
    #: import's -o names a file of another format than JSON (plan.xlsx): ``path``.
    PLAN_FILE_SUFFIX = (
        "plan_file_suffix",
        N_(
            "cannot write the plan as {path}: a plan file is JSON; give the file the "
            "suffix .json (export writes the other formats)"
        ),
    )
    #: collect's -o names a file of another format than JSON (ledger.xlsx): ``path``.
    LEDGER_SUFFIX = (
        "ledger_suffix",
        N_(
            "cannot write the ledger as {path}: a ledger is JSON; give the file the "
            "suffix .json (track report writes .html, .xlsx and .docx)"
        ),
    )
    #: --unit, --platform or --section with another plot than graph.
    GRAPH_OPTIONS = "graph_options", N_("--unit, --platform and --section go with the graph plot")
    #: --json before a command that prints no listing: ``command``.
    JSON_NOT_HERE = "json_not_here", N_("--json goes with a command that lists, not {command}")
    #: The graph's criteria select no task.
    NO_TASK_MEETS = "no_task_meets", N_("no task meets those criteria")
    #: track template with --all and a unit: ``unit``.
    TEMPLATE_ALL_AND_UNIT = (
        "template_all_and_unit",
        N_("--all DIR writes every unit's template: give it without a unit ({unit})"),
    )
    #: track template without a unit and a path, and without --all.
    TEMPLATE_NEEDS_UNIT = (
        "template_needs_unit",
        N_("give a unit and the file to write (UNIT PATH), or --all DIR for every unit"),
    )
    #: track collect with neither -o nor --into.
    COLLECT_NEEDS_OUTPUT = (
        "collect_needs_output",
        N_("give -o LEDGER (the ledger to write) or --into LEDGER (a ledger to add the round to)"),
    )
    #: track collect --replace without --into.
    REPLACE_NEEDS_INTO = (
        "replace_needs_into",
        N_("--replace goes with --into LEDGER (the ledger whose reports a file replaces)"),
    )
    # -- refusals of a well-formed command, for what is on disk (exit status 1) ---------
    #: The ledger cannot be read: ``path``, ``error``.
    LEDGER_UNREADABLE = "ledger_unreadable", N_("cannot read the ledger {path}: {error}")
    #: track collect's -o names a file that exists, without --into or --force: ``path``.
    LEDGER_EXISTS = (
        "ledger_exists",
        N_(
            "{path} exists: give --into {path} to add this round to it, or --force to "
            "replace it (nothing was written)"
        ),
    )
    #: chase --sent: a list giving no one 统计截止日期 for the round: ``path``. Taking the
    #: --as-of day for it would chase a unit whose file is in the ledger (reader 17).
    SENT_WITHOUT_DAY = (
        "sent_without_day",
        N_(
            "{path} gives no 统计截止日期 for the round (or not the same day for every "
            "unit), so whose file came back cannot be told: give the list a third column, "
            "统计截止日期, with the round's day on every row, as the sent.csv that track "
            "template --all writes has it, or give --sent the folder of the round's "
            "templates (nothing was written)"
        ),
    )
    # -- not found (exit status 1) -----------------------------------------------------
    #: No task of that number: ``number``; ``first``, ``last`` when the plan has tasks.
    NO_TASK = (
        "no_task",
        (
            N_("dg-plan: no task {number!r}: the plan's tasks are numbered {first}..{last}"),
            N_("dg-plan: no task {number!r}: the plan has no tasks"),
        ),
    )
    #: A task's units do not include ``name``: ``task``.
    TASK_NAMES_NO_UNIT = "task_names_no_unit", N_("dg-plan: task {task} names no unit {name!r}")
    #: No unit named ``name``.
    NO_UNIT = "no_unit", N_("dg-plan: no unit named {name!r}")
    #: No platform named ``name``.
    NO_PLATFORM = "no_platform", N_("dg-plan: no platform named {name!r}")
    #: No section named ``name``.
    NO_SECTION = "no_section", N_("dg-plan: no section named {name!r}")
    #: No ``kind`` named ``name``: another kind of name.
    NO_NAME = "no_name", N_("dg-plan: no {kind} named {name!r}")
    # -- failures (exit status 1) ------------------------------------------------------
    #: A task list given as --plan: ``file``.
    TASK_LIST_AS_PLAN = (
        "task_list_as_plan",
        N_(
            "{file} is a task list, not a plan file: import it first, "
            "`dg-plan import {file} -o plan.json`, then pass --plan plan.json"
        ),
    )
    #: A tracking ledger given as --plan: ``file``.
    LEDGER_AS_PLAN = (
        "ledger_as_plan",
        N_(
            "{file} is a tracking ledger, not a plan file: read it with "
            "`dg-plan track status {file} --as-of DATE` (or track late, track report)"
        ),
    )
    #: A malformed plan file: ``reason`` (rendered from its kind), ``path``, ``value``.
    #: --plan names a JSON file that is no plan (no format_version): ``file``.
    NOT_A_PLAN_FILE = (
        "not_a_plan_file",
        N_(
            "{file} is not a plan file (it has no format version): check that you chose "
            "the right file"
        ),
    )
    PLAN_MALFORMED = (
        "plan_malformed",
        N_("dg-plan: the plan file is malformed: {reason} at {path} (value: {value})"),
    )
    #: An operating-system error: ``error`` (its reason), ``file`` when it names one.
    OS_ERROR = "os_error", (N_("{error}: {file!r}"), N_("{error}")), {"translated": ["error"]}
    #: A failure, said by the program: ``error`` (rendered from its own kind).
    FAILURE = "failure", N_("dg-plan: {error}")
    #: A file that would be overwritten, as the command line says it (--force, not
    #: the library's overwrite=True): ``path``; with ``paths``, every file in the way.
    FILE_EXISTS = (
        "file_exists",
        (
            # Only the templates in the way (``returns``) may be filled returns.
            N_(
                "these files exist already: {paths}; {returns} may be filled returns, the "
                "list of units sent may have been edited; write elsewhere, or overwrite them "
                "on purpose with {option}"
            ),
            N_(
                "these files exist already and may be filled returns: {paths}; write "
                "elsewhere, or overwrite them on purpose with {option}"
            ),
            N_(
                "{listed} exists already (the list of units sent; it may have been edited): "
                "write elsewhere, or overwrite it on purpose with {option}"
            ),
            N_(
                "{path} exists already and may be a filled return: write elsewhere, or "
                "overwrite it on purpose with {option}"
            ),
        ),
        {"lists": ("paths", "returns"), "constants": {"option": "--force"}},
    )
    #: Notices that would be overwritten, as the command line says it: ``paths``.
    NOTICES_EXIST = (
        "notices_exist",
        N_(
            "these notices exist already and may have been edited: {paths}; write "
            "elsewhere, or overwrite them on purpose with {option}"
        ),
        {"lists": ("paths",), "constants": {"option": "--force"}},
    )
    #: Many notices in the way: ``count``; the paths follow, one a line.
    NOTICES_EXIST_MANY = (
        "notices_exist_many",
        N_(
            "these {count} notices exist already and may have been edited; write elsewhere, "
            "or overwrite them on purpose with {option}:"
        ),
        {"constants": {"option": "--force"}},
    )
    #: Many files in the way of templates: ``count``; the paths follow, one a line.
    FILES_EXIST_MANY = (
        "files_exist_many",
        N_(
            "these {count} files exist already (templates may have been filled in, a list "
            "of units sent may have been edited); write elsewhere, or overwrite them on "
            "purpose with {option}:"
        ),
        {"constants": {"option": "--force"}},
    )
    # -- warnings (the command runs on) ------------------------------------------------
    #: --number's year is not the year of the day the notices are dated: ``number``
    #: (the prefix), ``year`` (its year), ``dated`` (the day, in words).
    NUMBER_YEAR = (
        "number_year",
        N_(
            "The document number's year ({number}: {year}) is not the year of the notices' "
            "date ({dated}); please check --number and --date."
        ),
    )
    #: The output cannot show Chinese: ``encoding``. Said in English in every language.
    ENCODING = (
        "encoding",
        (
            "dg-plan: the output's encoding ({encoding}) cannot show Chinese text; "
            "use a UTF-8 terminal or locale, or set PYTHONIOENCODING=utf-8"
        ),
    )


def said(kind: MessageKind, values: Iterable[tuple[str, Any]] = (), language: str = "") -> str:
    """A message of *kind* with *values*, in *language* (default: the language in force)."""
    return render(kind, values, language or _i18n.current())


class CliError(Exception):
    """An error the command line raises itself: a kind and its values."""

    def __init__(self, kind: CliErrorKind, **values: Any) -> None:  # noqa: ANN401 - any value
        self.kind = kind
        self.values = tuple(sorted(values.items()))
        super().__init__(kind, self.values)

    def said(self) -> str:
        """The error in the language in force."""
        return said(self.kind, self.values)


class _FoundFirstError(CliError):
    """A command-line error said after *found*, the problems of the paths given.

    A folder that does not exist is said first, so that one run tells every fault of
    the command at once.
    """

    def __init__(
        self,
        kind: CliErrorKind,
        *,
        found: Iterable[TrackingProblem] = (),
        **values: Any,  # noqa: ANN401 - any value
    ) -> None:
        super().__init__(kind, **values)
        self.found = tuple(found)


class UsageError(_FoundFirstError):
    """A usage error found after parsing: reported like argparse's own, exit status 2.

    *found*: problems of the paths given (a folder that does not exist), said first,
    so that one run tells every fault of the command at once.
    """

    def said(self, only: str = "") -> str:
        """The error's sentences, a line each: the paths' problems, then the usage error.

        *only*: ``"found"``, the paths' problems alone, as a refusal says them
        (``dg-plan: ...``), said before the usage: a missing folder is the first thing
        a clerk reads; ``"usage"``, the usage error alone.
        """
        if only == "found":
            return "\n".join(
                said(CliErrorKind.FAILURE, [("error", problem(p))]) for p in self.found
            )
        if only == "usage":
            return super().said()
        return "\n".join([*(problem(p) for p in self.found), super().said()])


class RefusedError(_FoundFirstError):
    """A well-formed command refused for what is on disk (a ledger that exists).

    Said as a failure is, one sentence a line without the usage, exit status 1: the
    command was typed right. *found*: problems of the paths given, said first.
    """

    def said(self) -> str:
        """The error's lines, each ``dg-plan: ...``: the paths' problems, then the refusal."""
        return "\n".join(
            said(CliErrorKind.FAILURE, [("error", text)])
            for text in (*(problem(p) for p in self.found), super().said())
        )


class NothingToReadError(RefusedError):
    """Paths given that name nothing to read (a missing folder): each said, a line each.

    Not a problem found while reading the files: the command is refused before any is
    read, as for a ledger in the way (exit status 1, no usage).
    """

    def __init__(self, found: Iterable[TrackingProblem]) -> None:
        super().__init__(CliErrorKind.FAILURE, found=found, error="")

    def said(self) -> str:
        """Each path's problem, ``dg-plan: ...``."""
        return "\n".join(said(CliErrorKind.FAILURE, [("error", problem(p))]) for p in self.found)


class WrongFileError(CliError):
    """A file given as --plan that is another kind of file: the kind says which."""


def error_line(prog: str, message: str) -> str:
    """One error line the way argparse writes one, in the language in force."""
    return (_("%(prog)s: error: %(message)s\n") % {"prog": prog, "message": message}).rstrip("\n")


def argument_name(name: str) -> str:
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
        "path": pgettext("argument", "path"),
        "folder": pgettext("argument", "folder"),
        "fmt": pgettext("argument", "fmt"),
        "unit": pgettext("argument", "unit"),
        "dated": pgettext("argument", "dated"),
        "reply_by": pgettext("argument", "reply_by"),
        "return_by": pgettext("argument", "return_by"),
    }
    return names.get(name, name)


# The query errors the command line words its own way: their kind's value, its kind.
_ON_THE_COMMAND_LINE = {
    "file_exists": CliErrorKind.FILE_EXISTS,
    "notices_exist": CliErrorKind.NOTICES_EXIST,
}

#: The library's refusals of a well-formed command: a file in the way, a unit that
#: cannot be sent a template. Said as a failure (exit status 1, no usage), not as a
#: usage error: the command was typed right.
REFUSED = frozenset(
    {
        QueryErrorKind.FILE_EXISTS,
        QueryErrorKind.NOTICES_EXIST,
        QueryErrorKind.THROUGH_MEMBERS,
        QueryErrorKind.NAMES_NO_MEMBER,
        QueryErrorKind.NO_TASK_FOR_UNIT,
    }
)


def refusal(exc: InvalidQueryError) -> str:
    """A refusal of :data:`REFUSED` as the command line says it: ``dg-plan: ...``.

    Its sentence names the value refused (the file, the unit), so no ``(path='…')``
    follows it.
    """
    kind = exc.kind if exc.kind is None else _ON_THE_COMMAND_LINE.get(exc.kind.value, exc.kind)
    # A list value is kept joined by LIST_SEPARATOR (as the messages split it).
    joined = dict(exc.values).get("paths", "")
    paths = str(joined).split(LIST_SEPARATOR) if joined else []
    many = {
        CliErrorKind.NOTICES_EXIST: CliErrorKind.NOTICES_EXIST_MANY,
        CliErrorKind.FILE_EXISTS: CliErrorKind.FILES_EXIST_MANY,
    }
    if kind in many and len(paths) > _PATHS_IN_A_LINE:
        # A chase of fifty units, or sixty templates, in the way: the paths one a
        # line, not one long line.
        head = said(many[kind], [("count", len(paths))])
        lines = [said(CliErrorKind.FAILURE, [("error", head)])]
        return "\n".join([*lines, *(f"  {p}" for p in paths)])
    reason = exc.reason if kind is None else said(kind, exc.values)
    return said(CliErrorKind.FAILURE, [("error", reason)])


#: The most files in the way named in the sentence; more are listed one a line.
_PATHS_IN_A_LINE = 3


def _zh_day(text: object) -> str:
    """An ISO day as Chinese writes it (2024年6月30日); "" for what is no ISO day."""
    with _i18n.using("zh"):
        try:
            return day_text(str(text))
        except ValueError:
            return ""


def query_error(exc: InvalidQueryError) -> str:
    """The command line's rendering of an invalid query argument: its kind and values.

    An error made with a reason only (no kind) shows its reason as it is.
    """
    values = tuple(exc.values)
    if exc.kind is QueryErrorKind.START_AFTER_END:
        # The two days as Chinese writes them (2024年6月30日), for a Chinese sentence.
        values += tuple(
            (f"{k}_zh", day) for k, v in values if k in {"start", "end"} and (day := _zh_day(v))
        )
    if exc.kind is QueryErrorKind.IMPOSSIBLE_DAY:
        # A plain sentence: the day does not exist, and what to write instead.
        detail = dict(values).get("detail", "")
        return _("impossible day: {detail} ({argument}={value!r})").format(
            detail=_(detail) if detail else "",
            argument=argument_name(exc.argument),
            value=exc.value,
        )
    if exc.kind is None:
        reason = exc.reason
    else:
        # A refusal to overwrite names the command line's option, not the library's argument.
        kind = _ON_THE_COMMAND_LINE.get(exc.kind.value)
        reason = said(exc.kind if kind is None else kind, values)
    fields = {"reason": reason, "argument": argument_name(exc.argument), "value": exc.value}
    if exc.kind in _NAMES_ITS_VALUE:
        # The reason names the value already: Chinese says it once, without “…”无效.
        return pgettext(
            "a refusal whose reason names the value", "{reason} ({argument}={value!r})"
        ).format(**fields)
    return _one_sentence(exc.kind).format(**fields)


def _one_sentence(kind: QueryErrorKind | None) -> str:
    """The words of a refusal of *kind*, ``{reason}``, ``{argument}`` and ``{value}`` in them.

    The common refusals are each one sentence in Chinese that names the argument and
    its value (统计截止日期“foo”不是有效日期，请写作…), not a generic prefix before the
    reason; English says them as every other refusal.
    """
    if kind is QueryErrorKind.EXPECTED_DAY:
        return pgettext(
            "a value that is not a day, said as one sentence", "{reason} ({argument}={value!r})"
        )
    if kind is QueryErrorKind.EXPECTED_PERIOD:
        return pgettext(
            "a value that is not a period, said as one sentence",
            "{reason} ({argument}={value!r})",
        )
    if kind is QueryErrorKind.NO_SUCH_MONTH:
        return pgettext(
            "a period whose month does not exist, said as one sentence",
            "{reason} ({argument}={value!r})",
        )
    if kind is QueryErrorKind.EXPECTED_DAYS:
        return pgettext(
            "a number of days refused, said as one sentence", "{reason} ({argument}={value!r})"
        )
    return _("{reason} ({argument}={value!r})")


# The refusals whose sentence names the value refused (a collective's template, …).
_NAMES_ITS_VALUE = frozenset(
    {
        QueryErrorKind.THROUGH_MEMBERS,
        QueryErrorKind.NAMES_NO_MEMBER,
        QueryErrorKind.NO_TASK_FOR_UNIT,
        # The two days, the unit and task, the file: each named by the reason.
        QueryErrorKind.START_AFTER_END,
        QueryErrorKind.NOT_TASK_UNIT,
        QueryErrorKind.FILE_EXISTS,
        QueryErrorKind.NOTICES_EXIST,
        # An empty query: there is no value to name.
        QueryErrorKind.EMPTY_QUERY,
    }
)


_NOT_FOUND = {
    "unit": CliErrorKind.NO_UNIT,
    "platform": CliErrorKind.NO_PLATFORM,
    "section": CliErrorKind.NO_SECTION,
}


def _close_matches(kind: str) -> str:
    """The heading of the names close to one not found, by what it names."""
    if kind == "unit":
        return pgettext("the units close to one not found", "did you mean:")
    if kind == "platform":
        return pgettext("the platforms close to one not found", "did you mean:")
    if kind == "section":
        return pgettext("the sections close to one not found", "did you mean:")
    return _("did you mean:")


def not_found(exc: UnknownNameError | UnknownTaskError, numbers: str = "") -> str:
    """Say what was not found, and the close matches, in the language in force.

    *numbers*: said after a section not found, the plan's section numbers (the
    thirteenth reader: （本清单章节编号为1—4，如1、1.1）).
    """
    if isinstance(exc, UnknownTaskError):
        values: dict[str, Any] = {"number": exc.number}
        if exc.first is not None:
            values.update(first=exc.first, last=exc.last)
        return said(CliErrorKind.NO_TASK, values.items())
    if isinstance(exc, UnknownUnitError) and exc.task is not None:
        lines = [
            said(CliErrorKind.TASK_NAMES_NO_UNIT, {"task": exc.task, "name": exc.name}.items())
        ]
    elif exc.kind in _NOT_FOUND:
        lines = [said(_NOT_FOUND[exc.kind], {"name": exc.name}.items())]
        if exc.kind == "section":
            lines[0] += numbers
    else:
        lines = [said(CliErrorKind.NO_NAME, {"kind": exc.kind, "name": exc.name}.items())]
    if exc.suggestions:  # a list headed as a statement (相近的单位有：), not a question
        lines.append(_close_matches(exc.kind))
        lines += [f"  {name}" for name in exc.suggestions]
    if exc.kind == "unit":
        lines.append(_("('dg-plan list-units' lists them all)"))
    elif exc.kind == "platform":
        lines.append(_("('dg-plan list-platforms' lists them all)"))
    return "\n".join(lines)


def _tracking_failure(exc: TrackingDataError) -> str:
    """The problems of tracking data: a heading with their count, then each."""
    if all(p.kind == "nothing_to_withdraw" for p in exc.problems):
        # Nothing was read wrong: the ledger holds no such report. Said as it is.
        return "\n".join(_("dg-plan: {error}").format(error=problem(p)) for p in exc.problems)
    if len(exc.problems) == 1 and (whole := _whole_file(exc.problems[0])):
        return _("dg-plan: {error}").format(error=whole)
    count = len(exc.problems)
    # The heading's count takes a plural form (gettext's ngettext); each problem
    # is rendered from its kind.
    head = ngettext(
        "dg-plan: {count} problem in the tracking data:",
        "dg-plan: {count} problems in the tracking data:",
        count,
    ).format(count=count)
    return "\n".join([head, *(f"  {listed(p)}" for p in exc.problems)])


# The problems of a file that is no ledger at all: said as one sentence, the file its
# subject (their kinds' first templates take it), with no heading and no path.
_WHOLE_FILE = frozenset({"plan_not_ledger", "ledger_unmarked", "not_a_ledger", "xlsx_not_ledger"})


def _whole_file(item: TrackingProblem) -> str:
    """*item* as one sentence naming its file, when it says the file is no ledger; else ``""``."""
    if item.kind is None or item.kind.value not in _WHOLE_FILE or item.file is None:
        return ""
    return said(item.kind, (*item.values, ("file", item.file)))


def failure(exc: Exception) -> str:
    """The command line's rendering of a bad plan file, a missing extra, a failed write."""
    if isinstance(exc, TrackingDataError):
        return _tracking_failure(exc)
    if isinstance(exc, PlanImportError):
        return import_failure(exc)
    if isinstance(exc, PlanDataError):
        # The value as JSON writes it, never as Python does ({} and [], "text", null).
        shown = json.dumps(exc.value, ensure_ascii=False, default=str)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        # What is wrong, from its kind (an error made with a reason only: the reason).
        reason = exc.reason if exc.kind is None else said(exc.kind, exc.values)
        values = {"reason": reason, "path": exc.path, "value": shown}
        return said(CliErrorKind.PLAN_MALFORMED, values.items())
    if isinstance(exc, OSError):
        return said(CliErrorKind.FAILURE, {"error": os_error(exc)}.items())
    if isinstance(exc, MissingExtraError):
        return said(CliErrorKind.FAILURE, {"error": said(exc.kind, exc.values)}.items())
    kind = getattr(exc, "kind", None)
    # Any other error with a kind; another library's error in its words.
    error = said(kind, getattr(exc, "values", ())) if isinstance(kind, MessageKind) else str(exc)
    return said(CliErrorKind.FAILURE, {"error": error}.items())


def problem(item: TrackingProblem, sheet: str | None = None) -> str:
    """One problem of the tracking data: where it is, what is wrong, the value.

    *sheet* names the sheet of a problem placed on a row of a returned file.
    """
    # The library's reason is English; its kind and values are rendered in the language
    # in force, placed by file, (sheet,) row and column.
    return item.render(_i18n.current(), whole=True, sheet=sheet)


# The operating-system errors a user meets most, as the command line says them: the
# English reason is the catalog's key (the OS's own words for any other error).
_OS_ERRORS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"),
}


def os_error(exc: OSError, *, named: bool = True) -> str:
    """An operating-system error: what failed, and on which file.

    *named*: say the file; ``False`` where the sentence names it already.
    """
    if exc.strerror is None:
        return str(exc)
    known = _OS_ERRORS.get(exc.errno) if exc.errno is not None else None
    values = {"error": known if known is not None else exc.strerror}
    if named and exc.filename is not None:
        values["file"] = str(exc.filename)
    return said(CliErrorKind.OS_ERROR, values.items())


#: Suffixes of formats other than JSON that a JSON file (a plan, a ledger) must not be
#: given: a file so named would hold JSON all the same.
NOT_JSON = frozenset(
    {".xlsx", ".xls", ".ods", ".docx", ".doc", ".pdf", ".html", ".htm", ".csv", ".txt", ".md"}
)


def written_as(path: str, allowed: Iterable[str], kind: CliErrorKind) -> None:
    """Refuse *path* (a usage error of *kind*) unless its suffix is one of *allowed*.

    The writers behind the commands name no format by the suffix they are given (a
    report to ``r.pdf`` would be HTML): the command line says so before writing.
    """
    if path != "-" and Path(path).suffix.lower() not in allowed:
        raise UsageError(kind, path=path)


def json_written_as(path: str, kind: CliErrorKind) -> None:
    """Refuse *path* for a JSON file when its suffix names another format (plan.xlsx)."""
    if path != "-" and Path(path).suffix.lower() in NOT_JSON:
        raise UsageError(kind, path=path)


def units_label(origin: Origin | None) -> str:
    """The label of show's 清单所列责任单位 line: what its text was composed from, if so.

    Units read from a table's role columns (牵头单位 D2, 配合单位 E2) print no such text
    as 市大数据局牵头，市财政局配合: the line says it is composed from the columns.
    """
    units = [f for f, _cell in (origin.cells if origin else ()) if f in _UNIT_FIELDS]
    if len(units) > 1 or (units and units[0] != "units"):
        return _("Printed, by column")
    return _("Printed")


_UNIT_FIELDS = frozenset({"units", "leads", "responsible", "support"})


def unread_bracket(text: str, fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Show's *fields* of an imported task, its units said unread where due.

    A *text* ending in a bracket naming a unit not read (（市公安局，2025年第三季度）)
    lists a unit: its units are said so, not 清单未列出.
    """
    from dg_plan.importing.doubts import unit_bracket_form  # noqa: PLC0415 - imported only

    if not (bracket := unit_bracket_form(text)):
        return fields
    none = _("— (none listed in the source)")
    said = _("— (the bracket “{bracket}” not read)").format(bracket=bracket[1:-1])
    return [(label, value.replace(none, said)) for label, value in fields]


def origin_text(origin: Origin) -> str:
    """Where an imported task was read from, in the language in force.

    ``list.xlsx, sheet 任务, rows 5–7``.
    """
    from dg_plan.importing import Location  # noqa: PLC0415 - only for an imported task

    parts = [location(Location(origin.file, origin.sheet))] if origin.file or origin.sheet else []
    # Consecutive rows or lines as one range, as the language writes one (第12—17行).
    separator, span = _(", "), _(NUMBER_RANGE)
    if origin.rows:
        said = ngettext("row {rows}", "rows {rows}", len(origin.rows))
        parts.append(said.format(rows=number_runs(origin.rows, separator, span)))
    if origin.lines:
        said = ngettext("line {lines}", "lines {lines}", len(origin.lines))
        parts.append(said.format(lines=number_runs(origin.lines, separator, span)))
    # One place, as a finding's (list.csv 第4行 in Chinese, list.csv, row 4 in English).
    # The rows alone: a place in a table is a row and a column by its header (the
    # glossary, "Places in a table"), never a cell's letters, which a .csv does not
    # show; the cells stay in the origin's data (the JSON's cells).
    return join_place(parts, _i18n.translation(_i18n.current())) or _("(text)")
