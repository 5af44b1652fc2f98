"""A reviewer's decisions file, read and checked: :func:`load`.

Every key of every decision is checked before any decision is matched to the list (by
:mod:`.decisions`): a file with a key it cannot take stops the import, each error
said in words (what the key takes, or what the decision lacks).

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from dg_plan._errors import InvalidDeadlineError, PlanImportError
from dg_plan._i18n import N_
from dg_plan._message_kinds import LIST_SEPARATOR
from dg_plan._model import Deadline
from dg_plan._vocabulary import Role

from .decisions import Decision, Decisions
from .findings import FindingKind
from .locations import ImportProblem, Location
from .targets import Target

__all__ = ["load"]


# What a key takes, as the ``expected`` of DECISION_MALFORMED (marked for extraction,
# translated when a finding is rendered).
_A_NUMBER = N_("a whole number from 1")
_A_TEXT = N_("a text that is not blank")
_A_STRING = N_("a text")
_A_TITLE = N_('a text that is not blank, or "" for a list that prints no title')
_NAMES = N_("a list of unit names (texts that are not blank)")
_TRUE = N_("true")
_FIRST = N_('"first"')
_DEADLINE = N_("a deadline dg_plan reads (2024年底前, 长期坚持) or an empty text")
_TABLES = N_("[[decision]] tables")
_ONE_ACTION = N_(
    "one of: text, deadline and units (leads, responsible, support); split; join; skip; "
    "lead_rule; title; section_title"
)
# What a decision lacks when it names no task, line or row, as the ``lacks``.
_WHAT_ABOUT = N_("what it is about")
_A_TARGET = N_("a task (task, printed, starts), a line, or a row (row, sheet)")
_NO_TARGET = N_("no target: lead_rule is about every task")
_NO_TARGET_TITLE = N_("no target: title is the list's")
_A_SECTION = N_("a section (section: its printed label or its title as read), and nothing else")
_ONLY_SECTION = N_("section names the section of a section_title decision, nothing else")
_LINE_OR_ROW = N_("line or row, not both")

_TARGETS = ("task", "printed", "starts", "line", "sheet", "row")
_ROLES = {"leads": Role.LEAD, "responsible": Role.RESPONSIBLE, "support": Role.SUPPORT}
_FIELDS = ("text", "deadline", *_ROLES)
_ACTIONS = ("split", "join", "skip", "lead_rule", "title", "section_title")
_KEY_ORDER = (*_TARGETS, "section", "reason", *_FIELDS, *_ACTIONS)  # as the docs list them
_KEYS = frozenset(_KEY_ORDER)


def load(decisions: str | os.PathLike[str] | Mapping[str, Any]) -> Decisions:
    """The decisions of a TOML file (a path), or of its parsed mapping.

    Raises:
        PlanImportError: The file is not TOML, or a key has a value it cannot take.
        OSError: The file cannot be read.
    """
    if isinstance(decisions, Mapping):
        data: Mapping[str, Any] = decisions
        file = ""
    else:
        path = Path(decisions)
        file = path.name
        if sys.version_info >= (3, 11):
            import tomllib  # noqa: PLC0415 - only when decisions are read
        else:  # pragma: no cover - Python 3.10: the same parser, published as tomli
            from dg_plan._compat import require  # noqa: PLC0415

            tomllib = require("tomli", "decisions", "dg_plan.importing")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        except tomllib.TOMLDecodeError as exc:
            where = Location(file)
            problem = ImportProblem(
                where, kind=FindingKind.DECISIONS_NOT_TOML, values={"error": str(exc)}
            )
            raise PlanImportError([problem], file) from None
    check = _Check(Location(file))
    for key, value in data.items():
        if key != "decision":
            check.wrong(key, _TABLES, value)
    tables = data.get("decision", [])
    if not isinstance(tables, list) or not all(isinstance(t, Mapping) for t in tables):
        check.wrong("decision", _TABLES, tables)
        tables = []
    out = [
        decision
        for index, table in enumerate(tables, start=1)
        if (decision := _decision(index, table, check)) is not None
    ]
    if check.problems:
        raise PlanImportError(check.problems, file)
    return Decisions(tuple(out), file)


@attrs.define
class _Check:
    """The problems of a decisions file, as its keys are checked."""

    where: Location
    problems: list[ImportProblem] = attrs.field(factory=list)

    def wrong(
        self, key: str, expected: str, value: object = None, index: int | None = None
    ) -> None:
        """Report that *key* (of decision *index*) has *value*, not *expected*."""
        values = {"key": key, "expected": expected}
        if index is not None:
            values["index"] = str(index)
        if value is not None:
            values["value"] = _shown(value)
        self.add(values)

    def said(self, index: int, expected: str, what: str, keys: Sequence[str]) -> None:
        """Report decision *index*'s fault *what* (unknown, actions, extra, lacks) in words."""
        joined = LIST_SEPARATOR.join(keys)
        key = "" if what == "lacks" else joined
        values = {"key": key, what: joined, "expected": expected, "index": str(index)}
        if what == "unknown":
            values["keys"] = LIST_SEPARATOR.join(_KEY_ORDER)
        self.add(values)

    def unchanged(self, index: int) -> None:
        """Report that decision *index* names no change: none of the keys of one."""
        changes = LIST_SEPARATOR.join((*_FIELDS, *_ACTIONS))
        self.add({"index": str(index), "changes": changes, "key": "", "expected": changes})

    def add(self, values: dict[str, str]) -> None:
        problem = ImportProblem(self.where, kind=FindingKind.DECISION_MALFORMED, values=values)
        self.problems.append(problem)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'
    return repr(value).replace("'", '"')


def _decision(index: int, table: Mapping[str, Any], check: _Check) -> Decision | None:
    before = len(check.problems)
    wrong = check.wrong
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            check.said(index, "", "unknown", [key])
        else:
            expected = _expected(key, value)
            if expected:
                wrong(key, expected, value, index)
            values[key] = value
    if "reason" not in table:
        wrong("reason", _A_TEXT, None, index)
    has_units = any(r in values for r in _ROLES)
    # Text, deadline and units are one action (a change of the task's fields); the
    # keys written are named, as the reviewer wrote them.
    fields = [k for k in _FIELDS if k in values]
    actions = [a for a in _ACTIONS if a in values]
    targets = [t for t in _TARGETS if t in values]
    if not actions and not fields:
        check.unchanged(index)
    elif len(actions) + bool(fields) > 1:
        check.said(index, _ONE_ACTION, "actions", [*fields, *actions])
    elif "lead_rule" in values and (targets or "section" in values):
        key = targets[0] if targets else "section"
        wrong(key, _NO_TARGET, values[key], index)
    elif "title" in values and (targets or "section" in values):
        key = targets[0] if targets else "section"
        wrong(key, _NO_TARGET_TITLE, values[key], index)
    elif "section_title" in values:
        if targets:
            check.said(index, _A_SECTION, "extra", targets)
        elif "section" not in values:
            check.said(index, _A_SECTION, "lacks", [_WHAT_ABOUT])
    elif "section" in values:
        wrong("section", _ONLY_SECTION, values["section"], index)
    elif not {"lead_rule", "title"} & set(values) and not (set(targets) - {"sheet"}):
        check.said(index, _A_TARGET, "lacks", [_WHAT_ABOUT])
    if "line" in values and ("row" in values or "sheet" in values):
        wrong("line", _LINE_OR_ROW, values["line"], index)
    if len(check.problems) != before:
        return None
    units = None
    if has_units:
        units = tuple(
            (role, name.strip()) for key, role in _ROLES.items() for name in values.get(key, [])
        )
    roles = frozenset(role for key, role in _ROLES.items() if key in values)
    return Decision(
        index=index,
        reason=values["reason"].strip(),
        target=Target(
            task=values.get("task"),
            printed=values.get("printed"),
            starts=values.get("starts"),
            line=values.get("line"),
            sheet=values.get("sheet"),
            row=values.get("row"),
            section=values.get("section"),
            lead_rule=values.get("lead_rule"),
            title=values["title"].strip() if "title" in values else None,
        ),
        text=values["text"].strip() if "text" in values else None,
        deadline=values.get("deadline"),
        units=units,
        roles=roles,
        split=values.get("split"),
        join=bool(values.get("join")),
        skip=bool(values.get("skip")),
        section_title=values["section_title"].strip() if "section_title" in values else None,
    )


def _expected(key: str, value: object) -> str:  # noqa: PLR0911 - one answer per key
    """What *key* takes, when *value* is not it; else ``""``."""
    if key in {"task", "line", "row"}:
        return "" if type(value) is int and value >= 1 else _A_NUMBER
    if key == "title":  # "": the list prints no title (a blank " " is a slip: refused)
        return "" if value == "" or (isinstance(value, str) and value.strip()) else _A_TITLE
    if key in {"printed", "starts", "reason", "text", "split", "section", "section_title"}:
        return "" if isinstance(value, str) and value.strip() else _A_TEXT
    if key == "sheet":
        return "" if isinstance(value, str) else _A_STRING
    if key == "deadline":
        if not isinstance(value, str):
            return _DEADLINE
        try:
            if value.strip():
                Deadline.parse(value)
        except InvalidDeadlineError:
            return _DEADLINE
        return ""
    if key in _ROLES:
        names = isinstance(value, list) and all(isinstance(n, str) and n.strip() for n in value)
        return "" if names else _NAMES
    if key in {"join", "skip"}:
        return "" if value is True else _TRUE
    return "" if value == "first" else _FIRST  # lead_rule
