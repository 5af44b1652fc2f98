"""The cookbook notebook runs top to bottom in a real kernel, and says the right things.

nbclient starts the ``python3`` kernel, which jupyter_client resolves to this
interpreter's ipykernel (installed with the ``notebook`` extra): no kernelspec
needs installing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from dg_plan import Role, plot

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "cookbook.ipynb"


@pytest.fixture(scope="module")
def cells(tmp_path_factory):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    folder = tmp_path_factory.mktemp("notebook")
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return {cell.id: cell for cell in notebook.cells}


def outputs(cell, mime: str) -> str:
    """Every output of *cell* in one MIME type (streams count as text/plain), joined."""
    found = []
    for output in cell.outputs:
        if output.output_type == "stream" and mime == "text/plain":
            found.append(output.text)
        found.append(output.get("data", {}).get(mime, ""))
    return "".join(found)


def test_the_committed_notebook_is_clean_and_valid():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert notebook.metadata.kernelspec.name == "python3"


def test_every_cell_ran_without_error(cells):
    for cell in cells.values():
        if cell.cell_type == "code":
            assert cell.execution_count is not None, cell.id
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.id
            assert "Traceback" not in outputs(cell, "text/plain"), cell.id


def test_the_plan_shows_as_a_summary(cells):
    assert "178 tasks, 4 parts, 64 units, 77 platforms" in outputs(cells["load"], "text/plain")
    assert "Parts and subsections" in outputs(cells["load"], "text/html")


def test_which_tasks_the_ndrc_leads(cells, plan):
    led = [t.number for t in plan.tasks_for("省发展改革委", role=Role.LEAD)]
    assert ast.literal_eval(outputs(cells["lead-numbers"], "text/plain")) == led
    markup = outputs(cells["lead-tasks"], "text/html")
    assert markup.count("<tr>") == len(led) + 1
    assert "<strong>省发展改革委</strong>" in markup
    assert outputs(cells["lead-tasks"], "text/plain").startswith("<Table of 25 tasks: 1, 2, 3")


def test_what_fell_due_in_2024h1(cells):
    markup = outputs(cells["due-2024h1"], "text/html")
    for number in (3, 5, 7, 9, 14, 20, 119, 121, 125, 135, 137, 140, 151):
        assert (
            f'<td style="text-align:right;vertical-align:top;white-space:nowrap">{number}</td>'
            in (markup)
        )
    assert markup.count("<tr>") == 14
    assert "2024年6月底前" in markup
    assert outputs(cells["overdue"], "text/plain") == (
        "(69, [9, 14, 20, 119, 121, 125, 135, 137, 140, 151])"
    )


def test_who_is_responsible_for_yushiban(cells):
    markup = outputs(cells["yushiban"], "text/html")
    assert "省行政审批政务信息管理局" in markup
    assert "<strong>18, 125</strong>" in markup
    assert outputs(cells["yushiban"], "text/plain") == "<Table of 5 involvements>"


def test_what_luoyang_has_to_do(cells, plan):
    count = len(plan.responsibilities("洛阳市人民政府"))
    text = outputs(cells["luoyang"], "text/plain")
    assert f"{count} tasks, via {{'各省辖市政府'}}" in text
    assert outputs(cells["luoyang"], "text/html").count("各省辖市政府") == 5


def test_one_task_in_full(cells):
    assert outputs(cells["task-18"], "text/plain") == (
        "<Task 18 2023年12月底前: 推行“极简审批”和协同化、集成化…>"
    )
    markup = outputs(cells["task-18"], "text/html")
    assert "Task 18" in markup
    assert '<mark style="background:#fff3b0;padding:0 1px" title="豫事办">豫事办</mark>' in markup


def test_pandas(cells):
    counts = outputs(cells["dataframe"], "text/plain")
    assert "2023年12月底前    57" in counts
    assert "持续推进          30" in counts
    assert outputs(cells["long"], "text/plain").splitlines()[1].split() == [
        "省行政审批政务信息管理局",
        "106",
    ]


def test_plots_are_drawn(cells):
    for cell in ("plot-timeline", "plot-workload", "plot-graph"):
        assert outputs(cells[cell], "image/png"), cell
        text = outputs(cells[cell], "text/plain")
        assert "<Axes" not in text  # the trailing semicolon hides the return value
        if plot.find_cjk_font() is not None:
            assert "Glyph" not in text, "a Chinese character was drawn without a CJK font"


def test_exports(cells):
    assert outputs(cells["export"], "text/plain") == "['deadlines.ics', 'tasks.csv']"
