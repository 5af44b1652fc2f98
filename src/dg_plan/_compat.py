"""Optional dependencies: one way to import them and one message when one is missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from ._errors import MissingExtraError
from ._message_kinds import MessageKind, english, to_values

__all__ = ["ExtraKind", "missing", "require"]


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark *message* for extraction; it is translated when an error is shown."""
    return message


class ExtraKind(MessageKind):
    """An optional dependency that is missing: the kind of a missing extra's ImportError."""

    #: ``purpose`` (what needs it: a function's name or words, translated when shown),
    #: ``module`` (the missing module), ``extra`` (the dg_plan extra that installs it).
    MISSING = (
        "missing_extra",
        N_("{purpose} needs {module}: pip install 'dg_plan[{extra}]'"),
        {"translated": ("purpose",)},
    )


# The purposes the callers of require() and missing() pass, words or a function's or
# module's name: marked here for extraction, translated when the error is shown (a test
# checks that every purpose passed is here).
_PURPOSES = (
    N_("a DataFrame"),
    N_("the graph"),
    N_("dg_plan's graph"),
    N_("reading a docx file"),
    N_("reading an xlsx file"),
    N_("reporting templates"),
    N_("xlsx files"),
    N_("xlsx reports"),
    N_("Word documents"),
    N_("reading returned templates"),
    N_("reading templates"),
    # The functions' and modules' names the callers pass: said in words in Chinese.
    N_("to_dataframe"),
    N_("to_docx"),
    N_("to_excel"),
    N_("to_ics"),
    N_("dg_plan.importing"),
    N_("dg_plan.importing.write_review"),
    N_("dg_plan.plot"),
    N_("dg_plan.strategies"),
)


def missing(module: str, extra: str, purpose: str) -> MissingExtraError:
    """Return the ImportError for an optional *module* that is not installed.

    It is a :class:`~dg_plan.MissingExtraError`: an :class:`ImportError` (its
    ``name`` the missing top-level module) with a kind the command line renders in
    its language.

    Args:
        module: The module that failed to import (``"pandas"``).
        extra: The dg_plan extra that installs it (``"pandas"``).
        purpose: What needs it (``"to_dataframe"``, ``"dg_plan.plot"``).
    """
    top = module.partition(".")[0]
    values = to_values({"purpose": purpose, "module": top, "extra": extra})
    return MissingExtraError(
        english(ExtraKind.MISSING, values),  # type: ignore[arg-type]
        name=top,
        kind=ExtraKind.MISSING,
        values=values,  # type: ignore[arg-type]
    )


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import the optional *module*, or raise an ImportError naming the extra to install.

    Raises:
        ImportError: *module* is not installed (a :class:`MissingExtraError`); the
            message says ``pip install 'dg_plan[extra]'``.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise missing(module, extra, purpose) from exc
