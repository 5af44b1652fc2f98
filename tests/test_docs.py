"""The documentation: its examples run, it builds with -n -W, and it documents every name."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import dg_plan

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# The docs pages, and the README, whose examples are the first a user runs.
PAGES = [*sorted(DOCS.glob("*.md")), DOCS.parent / "README.md"]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
# Every module but __main__, which runs the command line when imported.
MODULES = [
    "dg_plan",
    *(
        m.name
        for m in pkgutil.walk_packages(dg_plan.__path__, "dg_plan.")
        if m.name != "dg_plan.__main__"
    ),
]


def _public_modules():
    return [
        importlib.import_module(name)
        for name in MODULES
        if not any(part.startswith("_") for part in name.split("."))
    ]


# -- the examples -------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_examples(page):
    result = doctest.testfile(str(page), module_relative=False, optionflags=FLAGS, encoding="utf-8")
    assert result.failed == 0, f"{result.failed} of the examples in {page.name} failed"


def test_the_guide_has_examples():
    for name in ("getting-started.md", "data.md", "cookbook.md", "embedding.md"):
        parser = doctest.DocTestParser()
        text = (DOCS / name).read_text(encoding="utf-8")
        assert parser.get_examples(text), f"{name} has no >>> examples"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert result.failed == 0, f"{result.failed} docstring examples in {name} failed"


def test_docstrings_have_examples():
    assert doctest.testmod(dg_plan, optionflags=FLAGS).attempted > 0


# -- the build ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def extension():
    pytest.importorskip("sphinx")
    sys.path.insert(0, str(DOCS / "_ext"))
    try:
        return importlib.import_module("dg_plan_docs")
    finally:
        sys.path.remove(str(DOCS / "_ext"))


@pytest.fixture(scope="module")
def html(tmp_path_factory):
    for needed in ("sphinx", "myst_parser", "furo"):
        pytest.importorskip(needed, reason="the docs extra is not installed")
    out = tmp_path_factory.mktemp("docs")
    command = [
        sys.executable,
        *("-m", "sphinx", "-n", "-W", "--keep-going", "-b", "html"),
        *("-d", str(out / "doctrees"), str(DOCS), str(out / "html")),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"the docs build failed:\n{result.stderr}"
    return out / "html"


def test_public_names_are_documented(extension):
    assert extension.docstring_gaps(_public_modules()) == []


def test_docs_build(html):
    assert (html / "index.html").exists()


_INVENTORY_LINE = re.compile(r"(.+?)\s+(\S+)\s+(-?\d+)\s+?(\S*)\s+(.*)")


def _inventory(path):
    header, _, body = path.read_bytes().partition(b"zlib.\n")
    assert header.startswith(b"# Sphinx inventory version 2")
    entries = set()
    for line in zlib.decompress(body).decode("utf-8").splitlines():
        if m := _INVENTORY_LINE.fullmatch(line):
            entries.add((m[1], m[2]))
    return entries


def test_every_public_name_is_in_the_api_reference(html):
    python = {name for name, role in _inventory(html / "objects.inv") if role.startswith("py:")}
    missing = [f"dg_plan.{n}" for n in dg_plan.__all__ if f"dg_plan.{n}" not in python]
    for module in _public_modules():
        if module is not dg_plan:
            missing += [
                f"{module.__name__}.{n}"
                for n in getattr(module, "__all__", ())
                if f"{module.__name__}.{n}" not in python
            ]
    assert missing == []


def test_no_remote_assets(html):
    # Pages must work offline: no script, style sheet or image from another host.
    remote = re.compile(
        r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.IGNORECASE
    )
    offenders = [p.name for p in html.rglob("*.html") if remote.search(p.read_text("utf-8"))]
    assert offenders == []


def test_pages_are_utf8_with_chinese_text(html):
    page = (html / "getting-started.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8"' in page
    assert "河南省数字政府建设重点任务清单" in page
    units = (html / "units.html").read_text(encoding="utf-8")
    assert "省发展改革委" in units
    assert "河南省发展和改革委员会" in units


def test_generated_tables_cover_the_data(html):
    plan = dg_plan.load_plan()
    units = (html / "units.html").read_text(encoding="utf-8")
    assert all(u.name in units for u in plan.units)
    assert all(p.name in units for p in plan.platforms)
    data = (html / "data.html").read_text(encoding="utf-8")
    merged = [t for t in plan.tasks if t.provenance and len(t.provenance.units_rows) > 1]
    assert merged
    assert all(t.units_text in data for t in merged)
