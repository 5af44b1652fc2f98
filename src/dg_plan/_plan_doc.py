"""What both readers of the JSON plan format share: its versions, notes, version 1.

:mod:`dg_plan._jsonio` (the fast path, without cattrs) and :mod:`dg_plan._format` (the
cattrs converters, which say what is wrong with a document) both read these; neither
imports the other at import time, and this module imports neither.
"""

from __future__ import annotations

from typing import Any

from ._notes import Note, NoteKind

__all__ = ["FORMAT_VERSION", "READ_VERSIONS", "structure_note", "upgrade_v1"]

#: The version of the JSON format this release writes.
FORMAT_VERSION = 2
#: The versions it reads: 1 had no ``support`` field (every unit not a lead was
#: responsible), which is exactly what a version-2 task with an empty one means, and
#: its notes were sentences, read as notes of kind ``text``.
READ_VERSIONS = (1, 2)


def structure_note(value: object, _: type) -> Note:
    """Read a note, ``{"kind": "prefix_restored", "values": {"from": "财政厅", ...}}``."""
    if type(value) is not dict:
        raise TypeError(f"expected a note object, got {type(value).__name__}")
    if set(value) != {"kind", "values"}:
        raise ValueError(f"a note has exactly the keys 'kind' and 'values', got {sorted(value)}")
    kind, values = value["kind"], value["values"]
    if type(values) is not dict or not all(type(v) is str for v in values.values()):
        raise TypeError(f"a note's values are an object of strings, got {values!r}")
    return Note(NoteKind(kind), values)


def upgrade_v1(obj: dict[str, Any]) -> dict[str, Any]:
    """Return a version-1 document with its notes as notes of kind ``text``."""
    tasks = obj.get("tasks")
    if type(tasks) is not list:
        return obj
    upgraded = []
    for task in tasks:
        provenance = task.get("provenance") if isinstance(task, dict) else None
        if isinstance(provenance, dict):
            provenance = dict(provenance)
            for field in ("notes", "alternatives"):
                notes = provenance.get(field)
                if type(notes) is list:
                    provenance[field] = [
                        {"kind": NoteKind.TEXT.value, "values": {"text": n}}
                        if type(n) is str
                        else n
                        for n in notes
                    ]
            task = {**task, "provenance": provenance}  # noqa: PLW2901
        upgraded.append(task)
    return {**obj, "tasks": upgraded}
