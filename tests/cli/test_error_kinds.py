"""Every error the command line prints is a message kind, said in the language asked for.

One example of each family of error, run through ``main`` in English and in Chinese.
The English line is computed here from the kinds' templates and the values each case
passes (the rule: the English template, filled in), never from the command's output;
the Chinese line must hold no English word but the offending values and the names of
commands, files and formats it quotes. Last, a check of the source: every line the
command line prints on standard error comes from the renderers.
"""

from __future__ import annotations

import ast
import datetime
import json
import re
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from dg_plan import PlanDataErrorKind, QueryErrorKind, dumps, load_plan, tracking
from dg_plan._cli.errors import CliErrorKind
from dg_plan._compat import ExtraKind
from dg_plan._message_kinds import MessageKind
from helpers.cli import call

CLI = Path(__file__).resolve().parents[2] / "src" / "dg_plan" / "_cli"


def english(kind: MessageKind, **values: Any) -> str:
    """*kind*'s first English template whose fields all have values, filled in."""
    given = {**kind.constants, **values}
    for template in kind.templates:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        if fields <= given.keys():
            return template.format(**given)
    raise AssertionError((kind, values))


# How the command line frames a message (the frames are kinds too, or argparse's line).
def failed(kind: MessageKind, **values: Any) -> str:
    return english(CliErrorKind.FAILURE, error=english(kind, **values))


def usage(command: str, kind: QueryErrorKind, argument: str, value: str, **values: Any) -> str:
    # argparse's "prog: error: message", the message "reason (argument=value)".
    return f"dg-plan {command}: error: {english(kind, **values)} ({argument}={value!r})"


def malformed(kind: PlanDataErrorKind, path: str, value: str, **values: Any) -> str:
    reason = english(kind, **values)
    return english(CliErrorKind.PLAN_MALFORMED, reason=reason, path=path, value=value)


@dataclass
class Case:
    """One error: the arguments, the English line expected, what zh may quote as is."""

    args: list[str]
    expected: str
    status: int
    # Text the Chinese line shows as it is: the offending values, commands, file names.
    quoted: list[str] = field(default_factory=list)


def _impossible_day() -> str:
    # What Python's calendar says of 30 February: the detail the kind names.
    try:
        datetime.date(2024, 2, 30)
    except ValueError as exc:
        return str(exc)
    raise AssertionError


def _cases(tmp_path: Path) -> dict[str, Case]:
    empty, listed = tmp_path / "empty.json", tmp_path / "list.json"
    empty.write_text("{}", encoding="utf-8")
    listed.write_text("[]", encoding="utf-8")
    ledger = tmp_path / "ledger.json"
    ledger.write_text(json.dumps({"format": tracking.LEDGER_FORMAT}), encoding="utf-8")
    missing = tmp_path / "nowhere.json"
    # A plan file whose first task's text is a number: an error deep inside a plan.
    doc = json.loads(dumps(load_plan()))
    doc["tasks"][0]["text"] = 3
    deep = tmp_path / "deep.json"
    deep.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    numbers = [t.number for t in load_plan().tasks]
    return {
        "bad period": Case(
            ["due", "--in", "2024H3"],
            usage("due", QueryErrorKind.EXPECTED_PERIOD, "period", "2024H3"),
            2,
            ["dg-plan due", "2024H3", *QueryErrorKind.EXPECTED_PERIOD.constants.values()],
        ),
        "unknown unit": Case(
            ["unit", "xyzzy"],
            english(CliErrorKind.NO_UNIT, name="xyzzy"),
            1,
            ["xyzzy", "dg-plan list-units"],
        ),
        "unknown task": Case(
            ["show", "999"],
            english(CliErrorKind.NO_TASK, number=999, first=min(numbers), last=max(numbers)),
            1,
        ),
        # JSON that is no plan: said in words, the file its subject (issue 23's sixth
        # reader), neither a JSON path nor a value.
        "plan file {}": Case(
            ["--plan", str(empty), "overview"],
            failed(CliErrorKind.NOT_A_PLAN_FILE, file=str(empty)),
            1,
            [str(empty)],
        ),
        "plan file []": Case(
            ["--plan", str(listed), "overview"],
            failed(CliErrorKind.NOT_A_PLAN_FILE, file=str(listed)),
            1,
            [str(listed)],
        ),
        "plan file, a task's text a number": Case(
            ["--plan", str(deep), "overview"],
            malformed(
                PlanDataErrorKind.WRONG_TYPE,
                "$.tasks[0].text",
                "3",
                expected="str",
                got="int",
            ),
            1,
            ["$.tasks[0].text", "3", "str", "int"],  # the types are the format's names
        ),
        "missing file": Case(
            ["--plan", str(missing), "overview"],
            failed(CliErrorKind.OS_ERROR, error="No such file or directory", file=str(missing)),
            1,
            [str(missing)],
        ),
        "impossible day": Case(
            ["due", "--by", "2024-02-30"],
            usage(
                "due",
                QueryErrorKind.IMPOSSIBLE_DAY,
                "date",
                "2024-02-30",
                detail=_impossible_day(),
            ),
            2,
            ["dg-plan due", "2024-02-30", _impossible_day()],
        ),
        "missing extra": Case(
            ["export", "xlsx", str(tmp_path / "plan.xlsx")],
            failed(ExtraKind.MISSING, purpose="to_excel", module="openpyxl", extra="excel"),
            1,
            ["pip install 'dg_plan[excel]'", "to_excel", "openpyxl"],
        ),
        "ledger as plan": Case(
            ["--plan", str(ledger), "overview"],
            failed(CliErrorKind.LEDGER_AS_PLAN, file=str(ledger)),
            1,
            [str(ledger), "dg-plan track status", "--as-of", "track late", "track report"],
        ),
    }


CASES = [
    "bad period",
    "unknown unit",
    "unknown task",
    "plan file {}",
    "plan file []",
    "plan file, a task's text a number",
    "missing file",
    "impossible day",
    "missing extra",
    "ledger as plan",
]


@pytest.fixture
def no_openpyxl(monkeypatch):
    """openpyxl as if it were not installed: importing it (or a part of it) fails."""
    for name in [m for m in sys.modules if m == "openpyxl" or m.startswith("openpyxl.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "openpyxl", None)


def _error_line(stderr: str, case: Case) -> str:
    # The first line of a not-found error (close matches follow), else the last line
    # (a usage error's usage comes first).
    lines = stderr.rstrip("\n").splitlines()
    return lines[0] if case.status == 1 else lines[-1]


def test_the_cases_are_the_ones_named(tmp_path):
    assert list(_cases(tmp_path)) == CASES


@pytest.mark.parametrize("name", CASES)
def test_the_english_line_is_the_kinds_template_filled_in(name, tmp_path, no_openpyxl):
    case = _cases(tmp_path)[name]
    result = call("--lang", "en", *case.args)
    assert result.returncode == case.status, result.stderr
    assert _error_line(result.stderr, case) == case.expected


_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize("name", CASES)
def test_the_chinese_lines_have_no_english_word(name, tmp_path, no_openpyxl):
    case = _cases(tmp_path)[name]
    result = call("--lang", "zh", *case.args)
    assert result.returncode == case.status, result.stderr
    lines = result.stderr.rstrip("\n").splitlines()
    # A usage error's usage lines are argparse's (options are code); its error is the last.
    shown = lines[-1:] if case.status == 2 else lines
    for line in shown:
        assert re.search(r"[\u4e00-\u9fff]", line), line
        rest = line
        for quoted in sorted([*case.quoted, "dg-plan"], key=len, reverse=True):
            rest = rest.replace(quoted, "")
        assert _ENGLISH_WORD.findall(rest) == [], line


def test_a_missing_extra_is_still_an_import_error(no_openpyxl, plan, tmp_path):
    from dg_plan import export  # noqa: PLC0415

    with pytest.raises(ImportError) as info:
        export.to_excel(plan, tmp_path / "plan.xlsx")
    assert info.value.name == "openpyxl"
    assert str(info.value) == english(
        ExtraKind.MISSING, purpose="to_excel", module="openpyxl", extra="excel"
    )


# -- the source: what _cli/ prints on standard error comes from the renderers ------------

# The functions of _cli/errors.py that make an error's text, each from said() (the
# message renderer in the language in force); refusal: a well-formed command refused.
RENDERERS = {"said", "not_found", "failure", "query_error", "refusal"}
# The line argparse's way: "prog: error: message", its message from a renderer.
FRAMES = {"error_line"}
# What may be printed on standard error that is no error of a kind: the warning that
# the Chinese catalog is missing (said in English, as there is no catalog to say it
# in), and a command's result's warning (rendered by render.py from its own kinds).
NOT_ERRORS = {"_NO_CATALOG", "shown.err"}
# The message _usage_error frames (a line of it each error line): checked where
# _usage_error is called.
PASSED_ON = {"msg", "line"}


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        return _name(node.func)
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ast.dump(node)


def _from_renderer(node: ast.AST, renderers: set[str]) -> bool:
    """Whether *node* is a call of a renderer (``exc.said()`` too)."""
    return isinstance(node, ast.Call) and _name(node).rpartition(".")[2] in renderers


def _to_stderr(call: ast.Call) -> bool:
    return any(k.arg == "file" and _name(k.value) == "sys.stderr" for k in call.keywords)


def _calls(path: Path) -> list[ast.Call]:
    return [
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
    ]


def test_every_error_printed_comes_from_the_renderer():
    checked = 0
    for path in sorted(CLI.rglob("*.py")):
        for call_ in _calls(path):
            name = _name(call_)
            where = f"{path.name}:{call_.lineno}"
            assert not name.startswith("sys.stderr."), f"{where}: writes to stderr directly"
            if name == "print" and _to_stderr(call_):
                (text,) = call_.args
                checked += 1
                if _name(text) in NOT_ERRORS:
                    continue
                if _from_renderer(text, FRAMES):
                    text = text.args[1]
                    if _name(text) in PASSED_ON:
                        continue
                assert _from_renderer(text, RENDERERS), f"{where}: prints {ast.unparse(text)}"
            if name == "_usage_error":
                checked += 1
                assert _from_renderer(call_.args[2], RENDERERS), f"{where}: {ast.unparse(call_)}"
    assert checked >= 6  # the run loop's error lines: the check saw them


def test_each_renderer_says_its_text_through_said():
    tree = ast.parse((CLI / "errors.py").read_text(encoding="utf-8"))
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    for name in RENDERERS - {"said"}:
        called = {_name(c) for c in ast.walk(functions[name]) if isinstance(c, ast.Call)}
        assert "said" in called, name
    said = {_name(c) for c in ast.walk(functions["said"]) if isinstance(c, ast.Call)}
    assert "render" in said
