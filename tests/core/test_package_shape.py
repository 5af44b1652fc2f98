"""The shape of the package: small modules, plain shared names, no import circles.

Each rule reads the source with :mod:`ast`, so it checks the code as written,
not whatever happens to be imported in this process.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "dg_plan"
MAX_LINES = 900


def _modules() -> dict[str, Path]:
    """Every module of dg_plan by dotted name (a package by its ``__init__``)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _package_of(name: str) -> str:
    is_package = MODULES[name].name == "__init__.py"
    return name if is_package else name.rpartition(".")[0]


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = _package_of(module).split(".")
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import that runs (at import time or in a function), not under TYPE_CHECKING."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from (n for s in node.orelse for n in _runtime_imports_in(s))
            continue
        yield from _runtime_imports_in(node)


def _runtime_imports_in(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
        return
    yield from _runtime_imports(node)


def _edges(module: str) -> set[str]:
    """The dg_plan modules *module* imports, leaving out its own parent packages."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    targets: set[str] = set()
    for node in _runtime_imports(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            origin = _resolve(module, node)
            names = [origin]
            names += [f"{origin}.{a.name}" for a in node.names if f"{origin}.{a.name}" in MODULES]
        targets |= {n for n in names if n in MODULES}
    parents = {module.rsplit(".", k)[0] for k in range(1, module.count(".") + 1)}
    return targets - parents - {module}


def test_no_module_is_over_the_line_limit() -> None:
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def _private_crossings(module: str, path: Path) -> list[str]:
    """The private names *module* takes from other dg_plan modules: imported or as attributes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules_bound: set[str] = set()
    crossing = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if not (node.level or (node.module or "").startswith("dg_plan")):
            continue
        origin = _resolve(module, node)
        for alias in node.names:
            if f"{origin}.{alias.name}" in MODULES:
                modules_bound.add(alias.asname or alias.name)
            elif alias.name.startswith("_") and not alias.name.startswith("__"):
                crossing.append(f"{module}: from {origin} import {alias.name}")
    crossing += [
        f"{module}: {node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in modules_bound
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
    ]
    return crossing


def test_no_private_name_is_imported_from_another_module() -> None:
    # What modules share has a plain name; an underscore name stays in its module.
    crossing = [c for name, path in MODULES.items() for c in _private_crossings(name, path)]
    assert sorted(set(crossing)) == []


def test_the_crossing_check_sees_an_import_and_an_attribute(tmp_path: Path) -> None:
    module = tmp_path / "a.py"
    module.write_text(
        "from . import b\nfrom .b import _hidden, __version__\nb._other()\n", encoding="utf-8"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(MODULES, "pkg", tmp_path / "__init__.py")
        patch.setitem(MODULES, "pkg.a", module)
        patch.setitem(MODULES, "pkg.b", tmp_path / "b.py")
        assert _private_crossings("pkg.a", module) == [
            "pkg.a: from pkg.b import _hidden",
            "pkg.a: b._other",
        ]


def _cycles() -> list[list[str]]:
    graph = {m: _edges(m) for m in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circle_outside_type_checking() -> None:
    assert _cycles() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from .b import x\n", {"pkg.b"}),
        ("if TYPE_CHECKING:\n    from .b import x\n", set()),
        ("def f():\n    from .b import x\n", {"pkg.b"}),
    ],
)
def test_the_circle_check_sees_deferred_imports_and_not_typing_ones(
    source: str, expected: set[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The rule itself must be able to fail: a deferred import is an edge, a typing one is not.
    (tmp_path / "a.py").write_text(source, encoding="utf-8")
    (tmp_path / "b.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.setitem(MODULES, "pkg", tmp_path / "__init__.py")
    monkeypatch.setitem(MODULES, "pkg.a", tmp_path / "a.py")
    monkeypatch.setitem(MODULES, "pkg.b", tmp_path / "b.py")
    assert _edges("pkg.a") == expected
