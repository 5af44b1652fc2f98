"""Optional dependencies: one way to import them and one message when one is missing."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["missing", "require"]


def missing(module: str, extra: str, purpose: str) -> ImportError:
    """Return the ImportError for an optional *module* that is not installed.

    Args:
        module: The module that failed to import (``"pandas"``).
        extra: The dg_plan extra that installs it (``"pandas"``).
        purpose: What needs it (``"to_dataframe"``, ``"dg_plan.plot"``).
    """
    top = module.partition(".")[0]
    return ImportError(f"{purpose} needs {top}: pip install 'dg_plan[{extra}]'", name=top)


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import the optional *module*, or raise an ImportError naming the extra to install.

    Raises:
        ImportError: *module* is not installed; the message says ``pip install
            'dg_plan[extra]'``.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise missing(module, extra, purpose) from exc
