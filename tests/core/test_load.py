"""Loading: once, lazily, and without heavy imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import dg_plan


def test_load_plan_returns_the_same_object():
    assert dg_plan.load_plan() is dg_plan.load_plan()


def test_import_is_light():
    code = textwrap.dedent(
        """
        import sys
        import dg_plan
        heavy = {"networkx", "pandas", "hypothesis", "matplotlib", "openpyxl", "docx"}
        heavy &= set(sys.modules)
        assert not heavy, heavy
        assert not dg_plan._load._shipped, "data loaded at import"
        plan = dg_plan.load_plan()
        assert len(plan.tasks) == 178
        heavy = {"networkx", "pandas", "hypothesis"} & set(sys.modules)
        assert not heavy, heavy
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_public_names_are_exported():
    for name in dg_plan.__all__:
        assert hasattr(dg_plan, name), name


def test_public_submodules_are_attributes_after_a_bare_import():
    # A notebook user types dg_plan.tracking after `import dg_plan` (found by a trial).
    code = textwrap.dedent(
        """
        import sys
        import dg_plan
        assert "dg_plan.tracking" not in sys.modules
        assert dg_plan.tracking.Ledger.__name__ == "Ledger"
        assert dg_plan.importing.read and dg_plan.export.to_json and dg_plan.plot
        heavy = {"networkx", "pandas", "hypothesis", "matplotlib", "openpyxl", "docx"}
        assert not heavy & set(sys.modules), heavy & set(sys.modules)
        assert dg_plan.strategies.plans and "hypothesis" in sys.modules
        assert {"tracking", "strategies"} <= set(dir(dg_plan))
        try:
            dg_plan.trackign
        except AttributeError as error:
            assert "trackign" in str(error)
        else:
            raise AssertionError("a misspelt name is an attribute")
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
