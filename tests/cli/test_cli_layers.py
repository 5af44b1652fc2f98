"""The command line's layers: only the run loop writes; handlers never ask for JSON."""

from __future__ import annotations

import ast
from pathlib import Path

import dg_plan

PACKAGE = Path(dg_plan.__file__).resolve().parent / "_cli"
RUN_LOOP = PACKAGE / "__init__.py"


def _writes(source: str) -> list[int]:
    """Lines that call print( or touch sys.stdout / sys.stderr."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
        ):
            found.append(node.lineno)
        if (
            isinstance(node, ast.Attribute)
            and node.attr in {"stdout", "stderr"}
            and isinstance(node.value, ast.Name)
            and node.value.id == "sys"
        ):
            # Asking whether standard output is a terminal writes nothing.
            found.append(node.lineno)
    return found


def _reads_json_flag(source: str) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr == "json"
        and isinstance(node.value, ast.Name) and node.value.id == "args"
    ]  # fmt: skip


def _isatty_only(source: str, lines: list[int]) -> list[int]:
    """*lines* less those where sys.stdout is only asked .isatty()."""
    text = source.splitlines()
    return [n for n in lines if "sys.stdout.isatty()" not in text[n - 1]]


def test_the_checks_can_fail():
    assert _writes("print('x')\nimport sys\nsys.stderr.write('y')\n") == [1, 3]
    assert _reads_json_flag("if args.json:\n    pass\n") == [1]


def test_only_the_run_loop_writes():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) >= 8
    for module in modules:
        if module == RUN_LOOP:
            continue
        source = module.read_text(encoding="utf-8")
        assert _isatty_only(source, _writes(source)) == [], module


def test_no_handler_reads_the_json_flag():
    for module in sorted(PACKAGE.rglob("*.py")):
        assert _reads_json_flag(module.read_text(encoding="utf-8")) == [], module


def test_every_module_is_small():
    for module in sorted(PACKAGE.rglob("*.py")):
        assert len(module.read_text(encoding="utf-8").splitlines()) < 900, module
