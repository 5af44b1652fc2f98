"""An import that failed, as the command line says it: its sentences, and its JSON.

Registered with :mod:`.render`'s ``text`` and ``data`` there; its streams are chosen
there too (the JSON to standard output, the sentences to standard error).
"""

from __future__ import annotations

from dg_plan._jsonable import jsonable

from .errors import failure
from .import_errors import ReviewedImportError
from .results import ImportFailed

__all__ = ["failure_data", "failure_said"]


def failure_data(result: ImportFailed) -> object:
    """The keys of an import's JSON, for a failed one.

    Its tasks (those --strict stopped; none when refused), problems and notes, and where
    the review workbook went (None: not asked).
    """
    error = result.error
    stopped = error.result
    notes = stopped.notes if stopped is not None else error.notes
    return {
        "file": result.file,
        "imported": False,
        "output": None,
        "tasks": len(stopped.plan.tasks) if stopped is not None else 0,
        "problems": jsonable(error.problems),
        "open_problems": sum(1 for p in error.problems if not getattr(p, "settled", False)),
        "review": result.review,
        "notes": jsonable(notes),
    }


def failure_said(result: ImportFailed) -> str:
    """The failure's sentences, then where the review workbook went (if asked)."""
    error = result.error
    if result.review:
        error = ReviewedImportError(error, result.review)
    return failure(error)
