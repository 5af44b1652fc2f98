"""The documentation: its examples run, it builds with -n -W, and it documents every name."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
import unicodedata
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import dg_plan

ROOT = Path(__file__).resolve().parents[2]
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
    # dg_plan and its submodules not named _*. The modules inside a package
    # (dg_plan.tracking.ledger) are its private parts: the package's names are public.
    return [
        importlib.import_module(name)
        for name in MODULES
        if name.count(".") <= 1 and not any(part.startswith("_") for part in name.split("."))
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
    pytest.importorskip("sphinx", reason="Sphinx is not installed: pip install -e '.[test]'")
    sys.path.insert(0, str(DOCS / "_ext"))
    try:
        return importlib.import_module("dg_plan_docs")
    finally:
        sys.path.remove(str(DOCS / "_ext"))


@pytest.fixture(scope="module")
def html(tmp_path_factory):
    for needed in ("sphinx", "myst_parser", "furo"):
        pytest.importorskip(needed, reason=f"{needed} is not installed: pip install -e '.[test]'")
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


# -- the Chinese edition --------------------------------------------------------------

LOCALE = DOCS / "locale" / "zh_CN" / "LC_MESSAGES"
#: The pages translated in full; every other page shows its English text.
TRANSLATED = (
    "index",
    "getting-started",
    "cookbook",
    "data",
    "importing",
    "tracking",
    "round",
    "publishing",
    "glossary",
    "units",
    "embedding",
    "graph",
    "strategies",
)
#: The pages that stay English on purpose (the code's docstrings, CHANGELOG.md) and whose
#: catalogs translate their headings only, so that the Chinese edition's table of
#: contents is Chinese.
HEADINGS_ONLY = ("api", "changelog")


@pytest.fixture(scope="module")
def zh_html(html):
    # Built where CI builds it, inside the English edition, so the links between the
    # two editions can be followed on disk.
    out = html / "zh_CN"
    command = [
        sys.executable,
        *("-m", "sphinx", "-n", "-W", "--keep-going", "-b", "html", "-D", "language=zh_CN"),
        *("-d", str(html.parent / "doctrees-zh_CN"), str(DOCS), str(out)),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"the zh_CN docs build failed:\n{result.stderr}"
    return out


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """The message templates (.pot) of the English text as it is now."""
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    out = tmp_path_factory.mktemp("gettext")
    command = [
        sys.executable,
        *("-m", "sphinx", "-q", "-b", "gettext", "-d", str(out / "doctrees")),
        *(str(DOCS), str(out / "pot")),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"the gettext build failed:\n{result.stderr}"
    return out / "pot"


def _catalog(path):
    # Babel is a dependency of Sphinx, so it is here whenever the docs can be built.
    pofile = pytest.importorskip("babel.messages.pofile")
    with path.open("rb") as f:
        return {m.id: m for m in pofile.read_po(f) if m.id}


def _own_text(page):
    """The page's own words: its source without code blocks, white space folded.

    A directive's fence (```{toctree}) stays: it may hold words to translate.
    """
    kept, fence = [], None
    for line in (DOCS / f"{page}.md").read_text(encoding="utf-8").splitlines():
        if fence is None and line.startswith("```"):
            fence = "directive" if line[3:].startswith("{") else "code"
        elif fence is not None and line.strip() == "```":
            fence = None
            continue
        if fence != "code":
            kept.append(line)
    return " ".join(" ".join(kept).split())


class _Text(HTMLParser):
    """An HTML page's prose (<p> in its article), <pre> blocks and link to the other edition."""

    def __init__(self):
        super().__init__()
        self.open = {"article": 0, "p": 0, "pre": 0, "code": 0}
        self.prose = []
        self.pre = []
        self.other_edition = []
        # The page's language, and per open <span> whether it marks its text as in
        # another (the generated tables mark the English names of units lang="en").
        self.lang = ""
        self.spans = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and "other-edition" in (attributes.get("class") or "").split():
            self.other_edition.append(attributes["href"])
        if tag == "html":
            self.lang = (attributes.get("lang") or "").split("-")[0]
        if tag == "span":
            lang = (attributes.get("lang") or self.lang).split("-")[0]
            self.spans.append(lang != self.lang)
        if tag in self.open:
            self.open[tag] += 1
            if tag == "pre":
                self.pre.append("")

    def handle_endtag(self, tag):
        if tag == "span" and self.spans:
            self.spans.pop()
        if self.open.get(tag):
            self.open[tag] -= 1

    def handle_data(self, data):
        if self.open["pre"]:
            self.pre[-1] += data
        # Text marked as in another language than the page's is quoted, not prose.
        elif (
            self.open["article"]
            and self.open["p"]
            and not self.open["code"]
            and not any(self.spans)
        ):
            self.prose.append(data)


def _read(path):
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _cjk_share(text):
    letters = [c for c in text if c.isalpha()]
    cjk = [c for c in letters if unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH")]
    return len(cjk) / len(letters)


def test_zh_docs_build(zh_html):
    index = (zh_html / "index.html").read_text(encoding="utf-8")
    assert '<html class="no-js" lang="zh-CN"' in index
    assert "用户指南" in index


@pytest.mark.parametrize("page", TRANSLATED)
def test_translated_pages_are_chinese_prose(html, zh_html, page):
    english = _cjk_share(" ".join(_read(html / f"{page}.html").prose))
    chinese = _cjk_share(" ".join(_read(zh_html / f"{page}.html").prose))
    # The English pages quote Chinese names; the Chinese ones are mostly Chinese.
    assert english < 0.5 < chinese, (english, chinese)


def test_getting_started_is_chinese(zh_html):
    prose = _read(zh_html / "getting-started.html").prose
    assert _cjk_share(" ".join(prose)) > 0.8
    assert "快速入门" in (zh_html / "getting-started.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", TRANSLATED)
def test_every_message_is_translated(templates, page):
    # Every message of the page's own text, as the English text reads now, has a
    # translation; only the generated tables' text (docs/_generated) may stay English.
    catalog = _catalog(LOCALE / f"{page}.po")
    own = _own_text(page)
    messages = [m for m in _catalog(templates / f"{page}.pot") if m in own]
    assert messages
    missing = [m for m in messages if m not in catalog or not catalog[m].string]
    assert missing == []
    assert [m for m, message in catalog.items() if message.fuzzy] == []


def test_only_translated_pages_have_catalogs():
    # A catalog for a page not in TRANSLATED would escape the checks above.
    assert sorted(p.stem for p in LOCALE.glob("*.po")) == sorted(TRANSLATED + HEADINGS_ONLY)


def _headings(path):
    """The text of each h1-h3 heading of a page's article that is not a code name."""
    article = path.read_text(encoding="utf-8").split("<article", 1)[1]
    found = []
    for _level, inner in re.findall(r"(?s)<h([1-3])[^>]*>(.*?)</h\1>", article):
        if "<code" in inner:
            continue  # a module's name (dg_plan.export) is the same in both editions
        text = re.sub(r"<[^>]+>", "", inner.split('<a class="headerlink"')[0])
        found.append(" ".join(text.split()))
    return found


@pytest.mark.parametrize("page", HEADINGS_ONLY)
def test_an_english_pages_headings_are_chinese_in_the_chinese_edition(html, zh_html, page):
    english = _headings(html / f"{page}.html")
    chinese = _headings(zh_html / f"{page}.html")
    assert english
    assert len(chinese) == len(english)
    assert [h for h in chinese if _cjk_share(h) == 0] == []
    # Only the headings: the page's text stays English.
    assert _cjk_share(" ".join(_read(zh_html / f"{page}.html").prose)) < 0.5


@pytest.mark.parametrize("page", ["index", "cookbook"])
def test_each_edition_links_to_the_other(html, zh_html, page):
    def other_edition(path):
        links = _read(path).other_edition
        assert len(links) == 1, links
        return (path.parent / links[0]).resolve()

    assert other_edition(html / f"{page}.html") == (zh_html / f"{page}.html").resolve()
    assert other_edition(zh_html / f"{page}.html") == (html / f"{page}.html").resolve()


@pytest.mark.parametrize("page", TRANSLATED)
def test_the_examples_change_only_by_the_catalog(html, zh_html, page):
    # The Chinese edition shows every code block as the English one does, but for the
    # blocks its catalog translates: those show the translation, whose code is the
    # English block's and whose output is the command's (tests/docs/test_zh_blocks.py).
    english = _read(html / f"{page}.html").pre
    assert english or page == "index"
    chinese = _read(zh_html / f"{page}.html").pre
    translated = {
        message.rstrip("\n"): entry.string.rstrip("\n")
        for message, entry in _catalog(LOCALE / f"{page}.po").items()
        if entry.string
    }
    shown = [block.rstrip("\n") for block in english]
    assert [block.rstrip("\n") for block in chinese] == [translated.get(b, b) for b in shown]


def test_the_chinese_edition_shows_translated_code_blocks(zh_html):
    # Sphinx's own i18n would show a translated block as "::" under MyST
    # (docs/_ext/dg_plan_docs.py, TranslateCodeBlocks).
    blocks = [block for page in TRANSLATED for block in _read(zh_html / f"{page}.html").pre]
    assert all(block.strip() != "::" for block in blocks)
    assert any("# 从第一项补出“市”" in block for block in blocks)
    assert any("已将任务清单导出为 SQLite 数据库“plan.db”" in block for block in blocks)


def test_ci_runs_the_readmes_test_command():
    # The README's second set-up command ends with the test command; .ci/run must run
    # exactly that (same options), or CI and a user's run differ in strength or scope.
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    pattern = r"(?m)^python3 -m venv (\S+) && .*&& \1/bin/(python -m pytest.*)$"
    commands = re.findall(pattern, readme)
    assert len(commands) == 1, commands
    ci = (DOCS.parent / ".ci" / "run").read_text(encoding="utf-8")
    run = [line.strip() for line in ci.splitlines() if "-m pytest" in line]
    assert run == [commands[0][1]]


# -- the generated tables' headers in Chinese: a column of task numbers is 序号 ----------

#: A cell of task numbers, as the tables print them: 18, 40–41, 68–70, 135–136 …
_NUMBERS = re.compile(r"\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*")


def _generated_tables(extension):
    plan = dg_plan.load_plan()
    decisions = extension._load_decisions()
    _, _, restored = extension.restorations_page(plan).partition("\n\n")
    return {
        "data": [
            extension.unit_cells_page(plan, decisions),
            extension.deadline_blocks_page(plan, decisions),
            extension.alternatives_page(plan),
            restored,
        ],
        "units": [extension.platforms_page(plan)],
    }


@pytest.mark.parametrize("page", ["data", "units"])
def test_the_generated_tables_head_task_numbers_as_the_print_does(extension, page):
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with (LOCALE / f"{page}.po").open("rb") as f:
        catalog = {m.id: m.string for m in read_po(f) if m.id}
    faults = []
    for text in _generated_tables(extension)[page]:
        lines = [line.strip("|").split(" | ") for line in text.strip().splitlines()]
        header, rows = [cell.strip() for cell in lines[0]], lines[2:]
        for column, english in enumerate(header):
            chinese = catalog[english]
            # The glossary: a task's number is its 序号 (the print's first column), its
            # text 主要任务; 任务 alone heads neither.
            if chinese in ("任务", "任务内容"):
                faults.append(f"{english}: {chinese}")
            numbers = all(_NUMBERS.fullmatch(row[column].strip()) for row in rows)
            if english.startswith("Task") and numbers and "序号" not in chinese:
                faults.append(f"{english} (task numbers): {chinese}")
    assert faults == []
