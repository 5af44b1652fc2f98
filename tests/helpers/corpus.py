"""The corpus of real published task lists (tests/importing/corpus) and its scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from dg_plan import Role

#: The corpus folder: the documents, their keys, SOURCES.md, build.py and compare.py.
CORPUS = Path(__file__).resolve().parents[1] / "importing" / "corpus"


def load(name: str) -> ModuleType:
    """The corpus script *name* (``"build"``, ``"compare"``) as a module, loaded once."""
    module_name = f"corpus_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, CORPUS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def printed_names(task: Any) -> list[str]:
    """A task's unit names as printed: the importer writes a name's brackets full width."""
    return [u.name.replace("（", "(").replace("）", ")") for u in task.units]


def printed_roles(task: Any) -> dict[str, Any]:
    """Each of a task's unit names as printed, with the role its task gives it."""
    by_role = {
        Role.LEAD: task.leads,
        Role.RESPONSIBLE: task.responsible,
        Role.SUPPORT: task.support,
    }
    return {
        u.name.replace("（", "(").replace("）", ")"): role
        for role, units in by_role.items()
        for u in units
    }
