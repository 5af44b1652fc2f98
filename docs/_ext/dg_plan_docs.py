"""Sphinx extension for the dg_plan docs: pages generated from the code and the data.

At ``builder-inited`` it

* checks that every public name has a docstring, that every public method and
  property has one and that every field of a public attrs class is described in
  its class docstring; each gap is a warning, so the ``-W`` build fails;
* writes MyST include files into ``docs/_generated/`` (on every build, so they
  cannot go stale): the API reference, the tables of editorial decisions and of 省
  restorations (from ``tools/decisions.py`` and the shipped plan's provenance), the
  unit and platform tables and the error hierarchy. It warns if the shipped data
  and ``tools/decisions.py`` disagree.

While the build runs it

* documents each field of an attrs class once, as an attribute with its type: the
  class docstring's ``Args:`` section is read as ``Attributes:`` and autodoc's own
  entries for the fields are skipped;
* resolves references that autodoc writes to private modules
  (``dg_plan._model.Unit``) to the public name (``dg_plan.Unit``);
* links standard-library names to docs.python.org, and shows names from the
  optional dependencies unlinked, without fetching any inventory;
* drops from a toctree a page listed in ``OPTIONAL_DOCS`` that is not written yet.
"""

from __future__ import annotations

import enum
import importlib
import importlib.util
import inspect
import json
import os
import pkgutil
import re
import sys
import tempfile
import types
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.locale import init as init_locale
from sphinx.pycode import ModuleAnalyzer
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.i18n import docname_to_domain

import dg_plan

logger = logging.getLogger(__name__)

DOCS = Path(__file__).resolve().parent.parent
ROOT = DOCS.parent
GENERATED = DOCS / "_generated"
DECISIONS = ROOT / "tools" / "decisions.py"

#: Public submodules documented once they exist; every other public (not
#: underscored) submodule of dg_plan is found and documented too.
EXPECTED_MODULES = ("dg_plan.strategies",)

#: Pages listed in a toctree that other work is still writing: left out, with a
#: message, until the file exists.
OPTIONAL_DOCS = ("strategies",)

#: The API page's groups: the private module that defines a name -> its heading.
GROUPS = {
    "dg_plan._load": "Loading and saving",
    "dg_plan._format": "Loading and saving",
    "dg_plan._plan": "The plan",
    "dg_plan._query": "Query results",
    "dg_plan._results": "Query results",
    "dg_plan._dates": "Query results",
    "dg_plan._model": "Tasks, deadlines, units and platforms",
    "dg_plan._deadline": "Tasks, deadlines, units and platforms",
    "dg_plan._errors": "Errors",
    "dg_plan._format_errors": "Errors",
    "dg_plan._task_role": "Query results",
    "dg_plan._jsonable": "JSON-ready forms",
    "dg_plan._jsontypes": "JSON-ready forms",
    "dg_plan._version": "Version",
}
OTHER_GROUP = "Other names"

#: Optional dependencies whose names appear in signatures: shown, linked to their docs.
THIRD_PARTY = {
    "attr": "https://www.attrs.org/",
    "attrs": "https://www.attrs.org/",
    "hypothesis": "https://hypothesis.readthedocs.io/",
    "icalendar": "https://icalendar.readthedocs.io/",
    "matplotlib": "https://matplotlib.org/stable/",
    "networkx": "https://networkx.org/documentation/stable/",
    "openpyxl": "https://openpyxl.readthedocs.io/",
    "pandas": "https://pandas.pydata.org/docs/",
}
PYTHON_DOCS = "https://docs.python.org/3/library/{module}.html#{name}"

# Internal bases a public class's signature or bases name: shown as text, not linked
# (the message base every kind of note, finding, problem and query error shares).
INTERNAL_BASES = frozenset(
    {
        "dg_plan._messages.Message",
        "dg_plan._messages.MessageKind",
        "dg_plan._message_kinds.MessageKind",
        # The type variable of Message[K], the kind enum of each class of message.
        "dg_plan._messages.K",
        "K",
        # As the signatures of PlanDataError and MissingExtraError name it.
        "MessageKind",
    }
)


# -- small helpers ------------------------------------------------------------------


def _write(name: str, text: str) -> None:
    """Write ``_generated/<name>`` atomically, and only when its text changed."""
    GENERATED.mkdir(exist_ok=True)
    path = GENERATED / name
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    fd, tmp = tempfile.mkstemp(dir=GENERATED, prefix=f".{name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    Path(tmp).replace(path)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|$])")


def md(text: object) -> str:
    """Escape *text* for a MyST table cell or list item (one line)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


_RST_INLINE = re.compile(r":(?:py:)?(\w+):`([^`]+)`|``([^`]+)``")


def inline(text: str) -> str:
    """Convert a one-line rST summary to MyST: roles and literals kept, the rest escaped."""
    out, last = [], 0
    for m in _RST_INLINE.finditer(text):
        out.append(md(text[last : m.start()]))
        out.append(f"{{py:{m[1]}}}`{m[2]}`" if m[1] else f"`{m[3]}`")
        last = m.end()
    out.append(md(text[last:]))
    return "".join(out)


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Return a MyST pipe table; the cells must be escaped already."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def ranges(numbers: Iterable[int]) -> str:
    """Return ``1–3, 5`` for 1, 2, 3, 5."""
    out: list[str] = []
    ordered = sorted(set(numbers))
    start = prev = None
    for n in [*ordered, None]:
        if start is not None and (n is None or n != prev + 1):  # type: ignore[operator]
            out.append(str(start) if start == prev else f"{start}–{prev}")
            start = None
        if n is not None:
            if start is None:
                start = n
            prev = n
    return ", ".join(out)


def _load_decisions() -> types.ModuleType:
    """Import tools/decisions.py (a script folder, not a package) under a private name."""
    spec = importlib.util.spec_from_file_location("_dg_plan_docs_decisions", DECISIONS)
    if spec is None or spec.loader is None:  # pragma: no cover - the file is in the repo
        raise ImportError(DECISIONS)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _attr_docs(module_name: str) -> dict[tuple[str, str], list[str]]:
    return dict(ModuleAnalyzer.for_module(module_name).find_attr_docs())


# -- the public API -----------------------------------------------------------------


def public_modules() -> list[types.ModuleType]:
    """Return dg_plan and its public submodules; skip (with a message) any not written yet."""
    names = sorted(
        f"dg_plan.{m.name}" for m in pkgutil.iter_modules(dg_plan.__path__) if m.name[0] != "_"
    )
    names += [n for n in EXPECTED_MODULES if n not in names]
    modules = [dg_plan]
    for name in names:
        if importlib.util.find_spec(name) is None:
            logger.info("dg_plan_docs: %s does not exist yet; not in the API reference", name)
            continue
        try:
            modules.append(importlib.import_module(name))
        except ImportError as exc:
            logger.warning("dg_plan_docs: %s cannot be imported: %s", name, exc)
    return modules


def _defining_module(module: types.ModuleType, name: str, obj: object) -> str:
    """Return the name of the dg_plan module that defines *obj* (the value of *name*)."""
    if inspect.isclass(obj) or inspect.isroutine(obj):
        return str(obj.__module__)
    for sub in pkgutil.iter_modules(dg_plan.__path__):
        full = f"dg_plan.{sub.name}"
        mod = sys.modules.get(full)
        if mod is not None and vars(mod).get(name) is obj:
            return full
    return module.__name__


def data_doc(module: types.ModuleType, name: str) -> list[str] | None:
    """Return the ``#:`` doc-comment of the data attribute *name*, from where it is defined.

    A module that imports the value from another (``_jsonio``'s ``FORMAT_VERSION``,
    defined in ``_plan_doc``) holds it too: the one with the doc-comment is the source.
    """
    obj = getattr(module, name)
    holders = []
    for sub in pkgutil.iter_modules(dg_plan.__path__):
        held = sys.modules.get(f"dg_plan.{sub.name}")
        if held is not None and vars(held).get(name) is obj:
            holders.append(held.__name__)
    where = _defining_module(module, name, obj)
    for candidate in dict.fromkeys((where, *holders, module.__name__)):
        lines = _attr_docs(candidate).get(("", name))
        if lines and any(line.strip() for line in lines):
            return lines
    return None


def _own_doc(obj: object) -> str:
    doc = vars(obj).get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return (doc or "").strip()


_FIELD_SECTION = re.compile(r"^(Args|Arguments|Attributes|Parameters):\s*$")
_FIELD = re.compile(r"^(\s+)\**(\w+)\s*(\([^)]*\))?:")


def documented_fields(doc: str) -> set[str]:
    """Return the names described in a Google-style ``Args:``/``Attributes:`` section."""
    names: set[str] = set()
    inside, indent = False, None
    for line in inspect.cleandoc(doc).splitlines():
        if _FIELD_SECTION.match(line):
            inside, indent = True, None
            continue
        if inside and line and not line[0].isspace():
            inside = False
        if inside and (m := _FIELD.match(line)) and indent in (None, len(m[1])):
            indent = len(m[1])
            names.add(m[2])
    return names


def _class_gaps(cls: type, qualname: str) -> list[str]:
    gaps = []
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        target = member
        if isinstance(member, (classmethod, staticmethod)):
            target = member.__func__
        elif isinstance(member, property):
            target = member.fget
        elif not inspect.isroutine(member):
            continue
        if not (getattr(target, "__doc__", None) or "").strip():
            gaps.append(f"{qualname}.{name} has no docstring")
    if attrs.has(cls):
        described = documented_fields(_own_doc(cls))
        gaps += [
            f"{qualname}: field {f.name!r} is not described in the class docstring's Args"
            for f in attrs.fields(cls)
            if not f.name.startswith("_") and f.name not in described
        ]
    return gaps


def docstring_gaps(modules: Iterable[types.ModuleType]) -> list[str]:
    """Return every public name, method, property or attrs field without documentation."""
    gaps = []
    for module in modules:
        if not _own_doc(module):
            gaps.append(f"module {module.__name__} has no docstring")
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            qualname = f"{module.__name__}.{name}"
            if inspect.isclass(obj) or inspect.isroutine(obj):
                if not _own_doc(obj):
                    gaps.append(f"{qualname} has no docstring")
                if inspect.isclass(obj):
                    gaps += _class_gaps(obj, qualname)
            elif not inspect.ismodule(obj) and name != "__version__" and not data_doc(module, name):
                gaps.append(f"{qualname} has no #: doc-comment where it is defined")
    return gaps


def _directive(name: str, obj: object, module: types.ModuleType) -> str:
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return f".. autoexception:: {name}\n   :members:\n   :show-inheritance:\n"
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return f".. autoclass:: {name}\n   :members:\n   :undoc-members:\n"
    if inspect.isclass(obj):
        return f".. autoclass:: {name}\n   :members:\n"
    if inspect.isroutine(obj):
        return f".. autofunction:: {name}\n"
    if name == "__version__":
        doc = ["The version of dg_plan, a PEP 440 string (the one the package was built with)."]
    else:
        doc = data_doc(module, name) or []
    body = "".join(f"   {line}\n" if line else "\n" for line in doc)
    return f".. py:data:: {name}\n   :type: {type(obj).__name__}\n   :value: {obj!r}\n\n{body}"


def _source_order(obj: object) -> int:
    try:
        return inspect.getsourcelines(obj)[1]  # type: ignore[arg-type]
    except (OSError, TypeError):
        return 0


def api_page(modules: Sequence[types.ModuleType]) -> str:
    """Return the API reference: dg_plan's names by group, then each public submodule."""
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for name in dg_plan.__all__:
        obj = getattr(dg_plan, name)
        group = GROUPS.get(_defining_module(dg_plan, name, obj), OTHER_GROUP)
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            group = "Errors"  # named dg_plan.X (__module__ "dg_plan"), defined in _errors
        groups[group].append((_source_order(obj), name))
    order = [*dict.fromkeys(GROUPS.values()), OTHER_GROUP]
    parts = []
    for group in sorted(groups, key=order.index):
        directives = "\n".join(
            _directive(name, getattr(dg_plan, name), dg_plan) for _, name in sorted(groups[group])
        )
        parts.append(
            f"## {group}\n\n```{{eval-rst}}\n.. currentmodule:: dg_plan\n\n{directives}```\n"
        )
    parts += [
        f"## `{m.__name__}`\n\n```{{eval-rst}}\n.. automodule:: {m.__name__}\n   :members:\n```\n"
        for m in modules
        if m is not dg_plan
    ]
    return "\n".join(parts)


def errors_page() -> str:
    """Return the error hierarchy as a nested list."""
    lines: list[str] = []

    def walk(cls: type[BaseException], depth: int) -> None:
        bases = [b for b in cls.__bases__ if not b.__module__.startswith("dg_plan")]
        also = f" (also a {{py:exc}}`{bases[0].__name__}`)" if bases and depth else ""
        summary = inline(_own_doc(cls).splitlines()[0])
        lines.append(f"{'  ' * depth}- {{py:exc}}`~dg_plan.{cls.__name__}`{also}: {summary}")
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("dg_plan"):
                walk(sub, depth + 1)

    walk(dg_plan.DgPlanError, 0)
    return "\n".join(lines) + "\n"


# -- the JSON format, from the schema ---------------------------------------------

SCHEMA = ROOT / "src" / "dg_plan" / "data" / "plan.schema.json"


class _Schema:
    """Render the JSON Schema's objects as tables of fields."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.defs: dict[str, dict[str, Any]] = schema["$defs"]
        self.objects = [n for n, d in self.defs.items() if d.get("type") == "object"]

    def type(self, node: dict[str, Any]) -> str:  # noqa: PLR0911 - a return per kind of node
        """Return a short description of the values *node* allows."""
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name in self.objects:
                return f"{{ref}}`{name} <format-{name}>`"
            return self.type(self.defs[name])
        if "const" in node:
            return f"`{json.dumps(node['const'], ensure_ascii=False)}`"
        if "enum" in node:
            return ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in node["enum"])
        if "anyOf" in node:
            return " or ".join(self.type(n) for n in node["anyOf"])
        kind = node.get("type")
        if kind == "array":
            if "prefixItems" in node:  # a fixed pair of different things
                return "[" + ", ".join(self.type(n) for n in node["prefixItems"]) + "]"
            if node.get("minItems") == node.get("maxItems") == 2:
                return f"[{self.type(node['items'])}, {self.type(node['items'])}]"
            text = f"array of {self.type(node['items'])}"
            if node.get("minItems"):
                text += f", at least {node['minItems']}"
            return text + (", unique" if node.get("uniqueItems") else "")
        if kind == "string":
            if node.get("format") == "date":
                return "date string (`YYYY-MM-DD`)"
            return "non-empty string" if node.get("minLength") else "string"
        if kind == "integer" and "minimum" in node:
            return f"integer ≥ {node['minimum']}"
        return str(kind)

    def fields(self, node: dict[str, Any]) -> str:
        rows = []
        for name, field in node["properties"].items():
            default = (
                f"`{json.dumps(field['default'], ensure_ascii=False)}`"
                if "default" in field
                else "required"
            )
            rows.append([f"`{name}`", self.type(field), default, md(field.get("description", ""))])
        return table(["Field", "Type", "If omitted", "Description"], rows)

    def page(self) -> str:
        parts = [
            (
                "(format-plan)=\n### The document\n\n"
                f"{md(self.schema['description'])}\n\n{self.fields(self.schema)}"
            )
        ]
        parts += [
            f"(format-{name})=\n### `{name}`\n\n"
            f"{md(self.defs[name]['description'])}\n\n{self.fields(self.defs[name])}"
            for name in self.objects
        ]
        return "\n".join(parts)


def format_page() -> str:
    """Return the JSON format, object by object, from the shipped JSON Schema."""
    return _Schema(json.loads(SCHEMA.read_text(encoding="utf-8"))).page()


# -- the data: editorial decisions --------------------------------------------------


def _check_decisions(plan: dg_plan.Plan, decisions: types.ModuleType) -> None:
    """Warn where the shipped data and tools/decisions.py disagree."""
    cells = {n: c.rows for c in decisions.UNIT_CELLS for n in c.rows}
    blocks = {n: b.rows for b in decisions.DEADLINE_BLOCKS for n in b.rows}
    for task in plan.tasks:
        p = task.provenance
        if p is None:
            logger.warning("dg_plan_docs: task %d has no provenance", task.number)
            continue
        if p.units_rows != cells.get(task.number, (task.number,)):
            logger.warning(
                "dg_plan_docs: task %d: units_rows %s do not match tools/decisions.py; "
                "rebuild the data (python tools/build_data.py)",
                task.number,
                p.units_rows,
            )
        if not set(p.deadline_rows) <= set(blocks.get(task.number, (task.number,))):
            logger.warning(
                "dg_plan_docs: task %d: deadline_rows %s do not match tools/decisions.py",
                task.number,
                p.deadline_rows,
            )


def unit_cells_page(plan: dg_plan.Plan, decisions: types.ModuleType) -> str:
    """Return the table of merged unit cells."""
    rows = []
    for cell in decisions.UNIT_CELLS:
        last = plan.task(cell.rows[-1])
        page = last.provenance.page if last.provenance else "?"
        evidence = cell.evidence.replace(decisions.R1, "R1")
        rows.append(
            [
                ranges(cell.rows),
                str(page),
                md(last.units_text),
                md(evidence),
                md(cell.doubt) if cell.doubt else "none",
            ]
        )
    return table(["Tasks", "Page", "Units as printed", "Evidence", "Doubt"], rows)


def _split(split: Sequence[Sequence[int]]) -> str:
    return " / ".join(ranges(rows) for rows in split)


def deadline_blocks_page(plan: dg_plan.Plan, decisions: types.ModuleType) -> str:
    """Return the table of deadline columns printed as one block."""
    rows = []
    for block in decisions.DEADLINE_BLOCKS:
        first = plan.task(block.rows[0])
        by_deadline: dict[str, list[int]] = defaultdict(list)
        for n in block.rows:
            by_deadline[str(plan.task(n).deadline)].append(n)
        reading = "; ".join(f"{ranges(ns)}: {d}" for d, ns in by_deadline.items())
        split = _split(block.split) if block.split else "not recoverable; every split reads alike"
        others = "; ".join(_split(s) for s in block.other_splits)
        doubt = f"{block.doubt} (other splits: {others})" if others else block.doubt or "none"
        rows.append(
            [
                ranges(block.rows),
                str(first.provenance.page if first.provenance else "?"),
                md(split),
                md(reading),
                md(block.evidence),
                md(doubt),
            ]
        )
    return table(["Tasks", "Page", "Cells span", "Deadlines read", "Evidence", "Doubt"], rows)


def alternatives_page(plan: dg_plan.Plan) -> str:
    """Return the table of every task whose provenance records another reading."""
    rows = []
    for task in plan.tasks:
        for alternative in task.provenance.alternatives if task.provenance else ():
            # The English sentence, less its "deadline: " / "units: " head.
            text = str(alternative).partition(": ")[2]
            field = (
                "deadline"
                if alternative.kind is dg_plan.NoteKind.OTHER_READING_DEADLINE
                else "units"
            )
            read = str(task.deadline) if field == "deadline" else task.units_text
            rows.append([str(task.number), md(field), md(read), md(text)])
    return table(["Task", "Field", "Read as", "Other reading"], rows)


def restorations_page(plan: dg_plan.Plan) -> str:
    """Return the table of restored 省 prefixes, from the tasks' provenance notes."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for task in plan.tasks:
        for note in task.provenance.notes if task.provenance else ():
            if note.kind is dg_plan.NoteKind.PREFIX_RESTORED and note["prefix"] == "省":
                found[note["from"], note["to"]].append(task.number)
    rows = [
        [md(printed), md(restored), str(len(tasks)), ranges(tasks)]
        for (printed, restored), tasks in sorted(found.items(), key=lambda kv: -len(kv[1]))
    ]
    total = sum(len(t) for t in found.values())
    return f"{total} restorations of {len(found)} names:\n\n" + table(
        ["Printed", "Read as", "Times", "Tasks"], rows
    )


def repeated_cells_page(plan: dg_plan.Plan) -> str:
    """Return the cells whose text is printed again on the next page."""
    notes = dict.fromkeys(
        str(note)
        for task in plan.tasks
        for note in (task.provenance.notes if task.provenance else ())
        if note.kind is dg_plan.NoteKind.SAME_TEXT_ACROSS_PAGE_BREAK
    )
    return "".join(f"- {md(note)}\n" for note in notes)


def decisions_lists_page(decisions: types.ModuleType) -> dict[str, str]:
    """Return the names that take no 省 and the punctuation map."""
    standalone = "".join(f"- {md(name)}\n" for name in decisions.STANDALONE_UNITS)
    punctuation = table(
        ["Extraction", "Data"],
        [[f"`{a}`", f"`{b}`"] for a, b in decisions.PUNCTUATION.items()],
    )
    return {"standalone.md": standalone, "punctuation.md": punctuation}


# -- units and platforms ------------------------------------------------------------


def _english(name_en: str, official: bool) -> str:
    # Marked as English, so that the Chinese edition's pages say which text is not theirs.
    if not name_en:
        return "—"
    english = f'<span lang="en">{md(name_en)}</span>'
    return english if official else english + " †"


def units_page(plan: dg_plan.Plan) -> str:
    """Return the unit tables, one per kind, with each kind's description."""
    kind_docs = _attr_docs("dg_plan._model")
    tasks: dict[str, int] = defaultdict(int)
    leads: dict[str, int] = defaultdict(int)
    for task in plan.tasks:
        for unit in task.units:
            tasks[unit.name] += 1
        for unit in task.leads:
            leads[unit.name] += 1
    parts = []
    for kind in dg_plan.UnitKind:
        units = plan.units_of_kind(kind)
        if not units:
            continue
        about = " ".join(kind_docs.get(("UnitKind", kind.name), [])).strip()
        rows = [
            [
                md(u.name),
                md(u.full_name) or "—",
                _english(u.name_en, u.name_en_official),
                md("、".join(u.aliases)) or "—",
                f"{tasks[u.name]} ({leads[u.name]})",
            ]
            for u in units
        ]
        parts.append(
            f"### {md(kind.name.replace('_', ' ').capitalize())}\n\n"
            f"{{py:attr}}`UnitKind.{kind.name} <dg_plan.UnitKind.{kind.name}>`: "
            f"{md(about)} {len(units)} units.\n\n"
            + table(["Name", "Full name", "English name", "Aliases", "Tasks (leads)"], rows)
        )
    return "\n".join(parts)


def collectives_page(plan: dg_plan.Plan) -> str:
    """Return each collective with its members."""
    rows = [
        [
            md(u.name),
            md("、".join(u.members)) if u.members else "not named by the document",
        ]
        for u in plan.units_of_kind(dg_plan.UnitKind.COLLECTIVE)
    ]
    return table(["Collective", "Members"], rows)


def successors_page(plan: dg_plan.Plan) -> str:
    """Return the units that have been reorganised since the plan was issued."""
    rows = [
        [
            md(u.name),
            md(u.successor.name),
            _english(u.successor.name_en, official=True),
            str(u.successor.since or "—"),
            f"<{u.successor.source}>",
        ]
        for u in plan.units
        if u.successor is not None
    ]
    return table(["Unit", "Successor", "English name", "Since", "Source"], rows)


def platforms_page(plan: dg_plan.Plan) -> str:
    """Return the platform table with the tasks that mention each platform."""
    mentioned: dict[str, list[int]] = defaultdict(list)
    for task in plan.tasks:
        for platform in task.platforms:
            mentioned[platform.name].append(task.number)
    rows = [
        [
            md(p.name),
            f"`{p.kind.value}`",
            _english(p.name_en, p.name_en_official),
            md("、".join(p.aliases)) or "—",
            ranges(mentioned[p.name]),
        ]
        for p in plan.platforms
    ]
    return table(["Name", "Kind", "English name", "Aliases", "Tasks"], rows)


# -- Sphinx events ------------------------------------------------------------------


def generate(app: Sphinx) -> None:
    """Check the docstrings and write every generated include file."""
    modules = public_modules()
    for gap in docstring_gaps(modules):
        logger.warning("dg_plan_docs: %s", gap, type="dg_plan_docs", subtype="docstring")
    plan = dg_plan.load_plan()
    decisions = _load_decisions()
    _check_decisions(plan, decisions)
    pages: dict[str, str] = {
        "api.md": api_page(modules),
        "errors.md": errors_page(),
        "format.md": format_page(),
        "unit-cells.md": unit_cells_page(plan, decisions),
        "deadline-blocks.md": deadline_blocks_page(plan, decisions),
        "alternatives.md": alternatives_page(plan),
        "restorations.md": restorations_page(plan),
        "repeated-cells.md": repeated_cells_page(plan),
        **decisions_lists_page(decisions),
        "units.md": units_page(plan),
        "collectives.md": collectives_page(plan),
        "successors.md": successors_page(plan),
        "platforms.md": platforms_page(plan),
    }
    for name, text in pages.items():
        _write(name, text)
    stale = {p.name for p in GENERATED.glob("*.md")} - set(pages)
    for name in stale:
        (GENERATED / name).unlink()


def drop_missing_docs(app: Sphinx, docname: str, source: list[str]) -> None:
    """Leave a page of OPTIONAL_DOCS that is not written yet out of the toctrees."""
    dropped: dict[str, set[str]] = app.env.__dict__.setdefault("dg_plan_docs_dropped", {})
    dropped.pop(docname, None)
    for missing in (d for d in OPTIONAL_DOCS if d not in app.env.found_docs):
        pattern = re.compile(rf"^{re.escape(missing)}(\.md)?[ \t]*\n", re.MULTILINE)
        text, count = pattern.subn("", source[0])
        if count:
            logger.info("dg_plan_docs: %s.md is not written yet; left out of %s", missing, docname)
            source[0] = text
            dropped.setdefault(docname, set()).add(missing)


def reread_when_written(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Read a page again once a page it left out of its toctree has been written."""
    dropped: dict[str, set[str]] = env.__dict__.get("dg_plan_docs_dropped", {})
    return [docname for docname, missing in dropped.items() if missing & added]


def merge_dropped(
    app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment
) -> None:
    """Merge what a parallel reader left out of its toctrees."""
    theirs: dict[str, set[str]] = other.__dict__.get("dg_plan_docs_dropped", {})
    env.__dict__.setdefault("dg_plan_docs_dropped", {}).update(
        {d: m for d, m in theirs.items() if d in docnames}
    )


def _attrs_class(what: str, obj: object) -> bool:
    return what in {"class", "exception"} and inspect.isclass(obj) and attrs.has(obj)


_PROSE = ("attribute", "property", "data")


def before_napoleon(
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Prepare a docstring for napoleon.

    An attrs class's ``Args:`` section is read as ``Attributes:``. The docstring of an
    attribute, property or data is prose in dg_plan ("Every name the unit answers to:
    name, full name, then aliases."), but napoleon would read the text before a colon
    as a type; it is kept aside and put back after napoleon has run.
    """
    if _attrs_class(what, obj):
        lines[:] = ["Attributes:" if line == "Args:" else line for line in lines]
    elif what in _PROSE:
        app.env.__dict__.setdefault("dg_plan_docs_prose", {})[what, name] = list(lines)


def after_napoleon(
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Finish what napoleon wrote.

    Put back the prose docstring kept aside by :func:`before_napoleon`, and make
    each attribute's ``:type:`` field an option of its directive, so that the type
    shows beside the name (``number: int``) as in the class signature.
    """
    if what in _PROSE:
        kept = app.env.__dict__.get("dg_plan_docs_prose", {}).pop((what, name), None)
        if kept is not None:
            lines[:] = kept
    elif what in {"class", "exception"}:
        lines[:] = _types_as_options(lines)


def _types_as_options(lines: list[str]) -> list[str]:
    out: list[str] = []
    directive = None  # index in out of the current ".. attribute::" line
    for line in lines:
        if line.startswith(".. attribute:: "):
            directive = len(out)
        elif line and not line.startswith(" "):
            directive = None
        elif directive is not None and line.startswith("   :type: "):
            out.insert(directive + 1, line)
            while out and not out[-1].strip():
                out.pop()
            continue
        out.append(line)
    return out


def skip_fields(
    app: Sphinx, what: str, name: str, obj: object, skip: bool, options: object
) -> bool | None:
    """Skip autodoc's own entries for attrs fields; napoleon documents them with types."""
    if isinstance(obj, types.MemberDescriptorType) and attrs.has(owner := obj.__objclass__):
        return True if name in {f.name for f in attrs.fields(owner)} else None
    return None


def _python_uri(target: str) -> str | None:
    if target.split(".", maxsplit=1)[0] not in sys.stdlib_module_names:
        return None
    parts = target.split(".")
    for i in range(len(parts), 0, -1):
        module_name = ".".join(parts[:i])
        try:
            obj: Any = importlib.import_module(module_name)
        except ImportError:
            continue
        for attr in parts[i:]:
            obj = getattr(obj, attr, None)
        return None if obj is None else PYTHON_DOCS.format(module=module_name, name=target)
    return None


def _qualified(node: nodes.Element, target: str) -> str | None:
    """Return the full name *target* has in the namespace of the docstring's module."""
    module_name = str(node.get("py:module") or "")
    if not module_name.startswith("dg_plan"):
        return None
    obj: Any = sys.modules.get(module_name)
    for part in target.split("."):
        obj = getattr(obj, part, None)
    if inspect.isclass(obj) or inspect.isroutine(obj):
        return f"{obj.__module__}.{obj.__qualname__}"
    return None


def resolve(
    app: Sphinx, env: BuildEnvironment, node: nodes.Element, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve what the Python domain cannot: private paths, stdlib and optional deps.

    A name is also tried as Python would see it in the module whose docstring it is
    in: ``InvalidArgument`` in dg_plan.strategies is hypothesis.errors.InvalidArgument.
    """
    if node.get("refdomain") != "py":
        return None
    target = str(node.get("reftarget", ""))
    for candidate in dict.fromkeys(filter(None, (target, _qualified(node, target)))):
        if candidate in INTERNAL_BASES:
            return contnode
        # A private path, or the public one (dg_plan's errors say __module__ "dg_plan").
        if m := re.fullmatch(r"dg_plan\.(?:_\w+\.)*(\w+(?:\.\w+)*)", candidate):
            public = f"dg_plan.{m[1]}"
            if public.split(".")[1] not in dg_plan.__all__:
                continue
            found: nodes.Element | None = env.get_domain("py").resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
            )
            if found is not None:
                return found
            continue
        uri = _python_uri(candidate)
        if uri is None and candidate.split(".")[0] in THIRD_PARTY:
            uri = THIRD_PARTY[candidate.split(".")[0]]
        if uri is not None:
            reference = nodes.reference("", "", internal=False, refuri=uri, reftitle=candidate)
            reference += contnode
            return reference
    return None


class TranslateCodeBlocks(SphinxTransform):
    """Put the catalog's translation of a code block in its place.

    Sphinx's own transform (``Locale``) parses a block's translation as ``::`` and the
    block indented, which is reStructuredText: MyST parses the page's messages as
    Markdown, and every translated block comes out as ``::`` (MyST-Parser issue 444).
    This transform runs before it (after ``ExtraTranslatableNodes``, which marks the
    blocks translatable, priority 10) and replaces the block's text itself; the block is
    then no longer translatable, so ``Locale`` leaves it alone. The builders that
    extract messages (gettext) have no catalog, and see every block as it is.
    """

    default_priority = 15

    def apply(self, **kwargs: object) -> None:
        """Replace each code block that has a translation by its translation."""
        if "literal-block" not in self.config.gettext_additional_targets:
            return
        domain = docname_to_domain(self.env.docname, self.config.gettext_compact)
        dirs = [self.env.srcdir / directory for directory in self.config.locale_dirs]
        catalog, found = init_locale(dirs, self.config.language, domain)
        if not found:
            return
        for node in self.document.findall(nodes.literal_block):
            if not node.get("translatable"):
                continue
            message = node.rawsource or node.astext()
            translated = catalog.gettext(message)
            if not translated.strip() or translated == message:
                continue
            # The block's text is its message less the trailing newline(s) MyST keeps.
            text = node.astext()
            trailing = message[len(text) :] if message.startswith(text) else ""
            if trailing and translated.endswith(trailing):
                translated = translated[: -len(trailing)]
            node.rawsource = translated
            node.children = [nodes.Text(translated)]
            node["translatable"] = False
            node["translated"] = True


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the event handlers."""
    app.add_transform(TranslateCodeBlocks)
    app.connect("builder-inited", generate)
    app.connect("source-read", drop_missing_docs)
    app.connect("env-get-outdated", reread_when_written)
    app.connect("env-merge-info", merge_dropped)
    # Before napoleon (priority 500), which turns the sections into fields.
    app.connect("autodoc-process-docstring", before_napoleon, priority=400)
    app.connect("autodoc-process-docstring", after_napoleon, priority=600)
    app.connect("autodoc-skip-member", skip_fields)
    app.connect("missing-reference", resolve)
    return {"version": dg_plan.__version__, "parallel_read_safe": True, "parallel_write_safe": True}
