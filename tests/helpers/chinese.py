"""Checks of the Chinese interface that several test folders share: no English left."""

from __future__ import annotations

import argparse
import re

import dg_plan
from dg_plan import Role, export
from dg_plan._cli import arguments

# ASCII words that may stay in the Chinese output, and why.
ALLOWED = {
    # Names that are not translated: the program, file formats and character sets,
    # the software and systems that help text names, and the language's own name.
    "dg",
    "plan",
    "JSON",
    "json",
    "csv",
    "xlsx",
    "HTML",
    "UTF",
    "BOM",
    "Excel",
    "WPS",
    # The kinds of file dg-plan export writes, by their names (已将任务清单导出为 SQLite 数据库).
    "CSV",
    "Word",
    "GraphML",
    "SQLite",
    # The publishing tools the export formats are for (dg-plan export sqlite, datapackage).
    "Datasette",
    "Frictionless",
    "CJK",
    "Debian",
    "Ubuntu",
    "apt",
    "get",
    "install",
    "fonts",
    "noto",
    "cjk",
    "matplotlib",
    "cache",
    "English",
    # What the user types: environment variables, the date format, values of options.
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "ALL",
    "MESSAGES",
    "YYYY",
    "done",
    "txt",
    "report",
    "html",
}


def _choices() -> set[str]:
    """The values options take (``--role lead``): what the user types, not labels."""
    values = {m.value for e in (Role, dg_plan.UnitKind, dg_plan.PlatformKind) for m in e}
    values |= {m.value for m in dg_plan.DeadlineKind}
    values |= set(export.FORMATS) | set(dg_plan.plot.KINDS) | {"all", "wide", "long"}
    values |= {"png", "svg", "pdf", "zh", "en"}
    # The command names, as the parser knows them.
    return values | commands() | set(track_actions())


def english_left(text: str, data: set[str] = frozenset()) -> set[str]:
    """The ASCII words of 3+ letters left in *text* once the data and typed values go."""
    # Example commands in help texts, up to their comment: what the user types.
    text = re.sub(r"(?m)^\s+dg-plan [^#\n]*", " ", text)
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)  # options
    text = re.sub(r"\{[^{}]*\}", " ", text)  # argparse's choice sets {lead,responsible}
    text = re.sub(r"\S+\.(csv|json|xlsx|png|svg|pdf|ics|html|graphml|txt)\b", " ", text)
    text = re.sub(r"\S*/\S*", " ", text)  # paths
    choices = _choices()
    tokens = re.findall(r"[A-Za-z][\w-]*", text)
    words = {w for t in tokens if t not in choices for w in re.findall(r"[A-Za-z]{3,}", t)}
    return words - ALLOWED - data


def help_runs() -> list[list[str]]:
    runs = [["--help"], *([command, "--help"] for command in sorted(commands()))]
    runs += [["track", action, "--help"] for action in track_actions()]
    return runs


def commands() -> set[str]:
    parser = arguments.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def track_actions() -> list[str]:
    parser = arguments.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    track = sub.choices["track"]
    actions = next(a for a in track._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(actions.choices)


#: Commands that list or show, run with --lang zh by the tests of the Chinese output.
LISTINGS = [
    ["overview"],
    ["show", "18"],
    ["show", "125"],
    ["show", "1"],
    ["unit", "省发展改革委"],
    ["unit", "省公安厅", "--role", "lead"],
    ["unit", "洛阳市人民政府"],
    ["tasks", "--platform", "豫事办"],
    ["tasks", "--unit", "省公安厅", "--role", "lead"],
    ["tasks", "--section", "3"],
    ["search", "数据共享"],
    ["search", "ipv6", "--unit", "省通信管理局"],
    ["search", "没有这样的词"],
    ["platform", "豫事办"],
    ["due", "--by", "2023-12-31"],
    ["due", "--between", "2024-01-01", "2024-06-30"],
    ["due", "--in", "2024H1"],
    ["due", "--undated"],
    ["due", "--undated", "ongoing"],
    ["due", "--overdue", "--as-of", "2024-07-01"],
    ["due", "--within", "90", "--as-of", "2024-10-01"],
    ["timeline"],
    ["workload", "--top", "10"],
    ["list-units"],
    ["list-units", "--kind", "local"],
    ["list-platforms"],
]


#: Commands that fail, each with its own error, run with --lang zh likewise.
ERRORS = [
    ["unit", "省发改厅"],
    ["platform", "豫事"],
    ["show", "999"],
    ["show", "abc"],
    ["tasks", "--section", "9.9"],
    ["tasks", "--role", "boss"],
    ["due"],
    ["due", "--by", "2023-13-01"],
    ["due", "--in", "2024H3"],
    ["due", "--between", "2024-06-30", "2024-01-01"],
    ["due", "--by", "2024-01-01", "--in", "2024"],
    ["due", "--overdue"],
    ["due", "--in", "2024", "--done", "x.txt"],
    ["workload", "--top", "0"],
    ["export", "ics", "x.ics", "--bom"],
    ["plot", "workload", "x.txt"],
    ["search"],
    ["frobnicate"],
    ["--bogus"],
    ["track", "status", "nowhere.json", "--as-of", "2024-12-31"],
]
