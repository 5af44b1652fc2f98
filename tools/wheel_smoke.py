"""Smoke-test an installed dg_plan wheel, from outside the source tree.

Run by .ci/run with the interpreter of a fresh virtual environment into which only
the built wheel (with its graph and hypothesis extras) was installed::

    python tools/wheel_smoke.py SOURCE_TREE

Checks that the package imported is the installed one, that its data files,
``py.typed`` and the compiled Chinese catalog are inside it, that the shipped plan
loads, that the ``dg-plan`` script and ``python -m dg_plan`` work (in Chinese too),
that ``dg-plan site`` finds the site's stylesheet and script, and that the hypothesis
entry point registers the strategies.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from importlib import metadata, resources
from pathlib import Path


def main(source_tree: str) -> int:
    import dg_plan  # noqa: PLC0415 - imported after the checks above are set up

    package = Path(dg_plan.__file__).resolve().parent
    source = Path(source_tree).resolve()
    assert source not in package.parents, f"imported from the source tree: {package}"
    files = resources.files("dg_plan")
    for name in ("py.typed", "data/plan.json", "data/plan.schema.json"):
        assert files.joinpath(name).is_file(), f"{name} is missing from the wheel"
    plan = dg_plan.load_plan()
    assert len(plan.tasks) == 178, len(plan.tasks)
    assert plan.graph().number_of_nodes() > 178
    bin_dir = Path(sys.executable).parent
    for command in ([str(bin_dir / "dg-plan"), "overview"], [sys.executable, "-m", "dg_plan"]):
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        assert "178 tasks" in result.stdout, result.stdout
    # The compiled Chinese catalog is built into the wheel and found by dg-plan.
    catalog = "locale/zh_CN/LC_MESSAGES/dg_plan.mo"
    assert files.joinpath(catalog).is_file(), f"{catalog} is missing from the wheel"
    command = [str(bin_dir / "dg-plan"), "--lang", "zh", "show", "18"]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "牵头单位" in result.stdout, result.stdout
    # The static site's stylesheet and script are in the wheel: dg-plan site writes them.
    with tempfile.TemporaryDirectory() as scratch:
        command = [str(bin_dir / "dg-plan"), "site", scratch]
        subprocess.run(command, capture_output=True, text=True, check=True)
        for name in ("assets/site.css", "assets/search.js", "zh/tasks/18.html"):
            assert (Path(scratch) / name).is_file(), f"dg-plan site wrote no {name}"
    points = metadata.entry_points(group="hypothesis")
    assert any(p.value.startswith("dg_plan") for p in points), list(points)
    from hypothesis import given, settings  # noqa: PLC0415
    from hypothesis import strategies as st  # noqa: PLC0415

    @settings(max_examples=20, deadline=None)
    @given(st.from_type(dg_plan.Task), st.from_type(dg_plan.Plan))
    def check(task: dg_plan.Task, drawn: dg_plan.Plan) -> None:
        assert task.number >= 1
        assert dg_plan.loads(dg_plan.dumps(drawn)) == drawn

    check()
    print(f"wheel smoke test passed: dg_plan {dg_plan.__version__} from {package}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
