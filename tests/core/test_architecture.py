"""One derivation each: headings, placement, the overview, node ids, optional imports."""

from __future__ import annotations

import ast
import dataclasses
import json
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import dg_plan
from dg_plan import export
from dg_plan._cli import main
from dg_plan._compat import missing, require

SRC = Path(dg_plan.__file__).parent


def test_a_sections_heading_is_printed_once_for_everyone(plan):
    part, sub = plan.section("3"), plan.section("3.4")
    assert part.is_part
    assert not sub.is_part
    assert part.heading == "三、" + part.title
    assert sub.heading == "（四）推进政务治理“一网智管”"
    assert repr(sub) == f"<Section 3.4 {sub.heading}: {len(sub.tasks)} tasks>"
    assert sub.heading in sub._repr_html_()
    assert part.heading in plan._repr_html_()


def test_a_tasks_placement_comes_from_the_plan(plan):
    for task in plan.tasks:
        part, section = plan.part_of(task), plan.section_of(task.number)
        assert part is not None
        assert section is not None
        assert task in section.tasks
        assert task in part.tasks
        assert not section.subsections  # the deepest
        assert section.id.split(".")[0] == part.id
    row = export.records(plan, tasks=[plan.task(18)])[0]
    assert (row["part"], row["section"]) == ("1", plan.section_of(18).id)
    assert row["section_title"] == plan.section_of(18).heading
    with pytest.raises(dg_plan.UnknownTaskError):
        plan.part_of(999)


def test_the_overview_has_one_source(plan, capsys):
    assert main(["overview", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)

    def walk(sections):
        for section in sections:
            yield section
            yield from walk(section["subsections"])

    headings = [s["heading"] for s in walk(data["sections"])]
    assert headings == [s.heading for p in plan.sections for s in p.walk()]
    led = {}
    for task in plan.tasks:
        for unit in task.leads:
            led[unit.name] = led.get(unit.name, 0) + 1
    first = data["leads"][0]
    assert (first["unit"], first["lead"]) == (max(led, key=led.get), max(led.values()))
    assert main(["overview"]) == 0
    text = capsys.readouterr().out
    html = plan._repr_html_()
    for entry in data["leads"]:
        assert entry["unit"] in text
        assert entry["unit"] in html
    for heading in headings:
        assert heading in text
        assert heading in html


def test_node_ids_live_on_the_model(plan):
    pytest.importorskip("networkx")
    graph = plan.graph()
    task, unit = plan.task(18), plan.unit("省发展改革委")
    platform, section = plan.platform("豫事办"), plan.section("3.4")
    assert [task.node_id, unit.node_id, platform.node_id, section.node_id] == [
        "task:18",
        "unit:省发展改革委",
        "platform:豫事办",
        "section:3.4",
    ]
    for item in (*plan.tasks, *plan.units, *plan.platforms):
        assert item.node_id in graph
    for unit in plan.units:
        if unit.node_id in plan.unit_graph():
            assert plan.unit_graph().nodes[unit.node_id]["name"] == unit.name


def test_no_node_id_is_spelled_out_outside_the_model():
    spelled = re.compile(r"""f["'](task|unit|platform|section):\{""")
    for path in SRC.rglob("*.py"):
        if path.name in {"_model.py", "strategies.py"}:
            continue
        assert not spelled.search(path.read_text(encoding="utf-8")), path.name


def test_display_is_imported_at_the_top_where_it_breaks_no_cycle():
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and inner.level == 1:
                        names = {a.name for a in inner.names}
                        assert "_display" not in names, f"{path.name}: {node.name}"


def test_one_helper_names_the_extra_for_every_optional_dependency():
    error = missing("openpyxl.styles", "excel", "to_excel")
    assert str(error) == "to_excel needs openpyxl: pip install 'dg_plan[excel]'"
    assert error.name == "openpyxl"
    with pytest.raises(ImportError, match=r"pip install 'dg_plan\[nothing\]'"):
        require("dg_plan_no_such_module", "nothing", "this test")
    assert require("json", "none", "this test").dumps([]) == "[]"
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "_compat.py":
            assert "importlib.import_module" not in text, path.name
            assert "pip install 'dg_plan[" not in text.replace("``pip install 'dg_plan[", ""), (
                path.name
            )


def test_the_build_is_typed():
    tools = Path(__file__).resolve().parents[2] / "tools"
    for path in tools.glob("*.py"):
        assert "type: ignore" not in path.read_text(encoding="utf-8"), path.name
    units = runpy.run_path(str(tools / "registry_units.py"))
    platforms = runpy.run_path(str(tools / "registry_platforms.py"))
    assert len(units["UNITS"]) == 64
    assert len(platforms["PLATFORMS"]) == 77
    for entry in (*units["UNITS"], *platforms["PLATFORMS"]):
        assert dataclasses.is_dataclass(entry)
        with pytest.raises(dataclasses.FrozenInstanceError):
            entry.note = "changed"
    # Defaults are not written out: no entry spells a field at its default.
    text = (tools / "registry_units.py").read_text(encoding="utf-8")
    for default in ("name_en_official=False", "members=()", "successor=None", "sources=()"):
        assert default not in text
    ci = (tools.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "mypy --strict tools" in ci


def test_query_result_classes_are_made_on_first_use():
    code = (
        "import sys, dg_plan\n"
        "plan = dg_plan.load_plan()\n"
        "print(sorted(m for m in ('dg_plan._query', 'dg_plan._results') if m in sys.modules))\n"
        "plan.tasks_for('发改委')\n"
        "print(sorted(m for m in ('dg_plan._query', 'dg_plan._results') if m in sys.modules))\n"
        "print(dg_plan.Involvement.__module__, 'WorkloadRow' in dir(dg_plan))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "[]",
        "['dg_plan._query', 'dg_plan._results']",
        "dg_plan._results True",
    ]
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        _ = dg_plan.Nothing
