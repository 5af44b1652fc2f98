"""The JSON plan format's entry points, :func:`loads` and :func:`dumps`, without cattrs.

:func:`loads` reads a valid document on a fast path: it builds the model straight
from the parsed JSON objects, checking on the way what the cattrs converter of
:mod:`dg_plan._format` checks (exact JSON types, every required key, no unknown key),
and making every object with its own constructor, so that every validator of the
model runs, as on any other path. The first thing the fast path refuses sends the
document to :mod:`dg_plan._format`, which reads it again with cattrs and reports the
error at its JSON path (or, should the fast path ever refuse a valid document,
returns the same plan). Reading a valid document, such as the shipped plan, so
imports neither cattrs nor the format's wire classes: ``import dg_plan`` and the
first :func:`~dg_plan.load_plan` are that much faster.
"""

from __future__ import annotations

import datetime
import json
from typing import TYPE_CHECKING, Any

from ._dates import iso_day
from ._deadline import Deadline, DeadlineKind
from ._format_errors import PlanDataErrorKind, plan_data_error
from ._model import (
    Mention,
    Origin,
    PlanMetadata,
    Platform,
    PlatformKind,
    Provenance,
    Section,
    Successor,
    Task,
    Unit,
    UnitKind,
)
from ._notes import Note
from ._plan import Plan, check_plan
from ._plan_doc import FORMAT_VERSION, READ_VERSIONS, structure_note, upgrade_v1

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "FORMAT_VERSION",
    "READ_VERSIONS",
    "dumps",
    "loads",
    "plan_from_obj",
    "structure_note",
    "upgrade_v1",
]

# -- the fast path: parsed JSON to the model, refusing what the converter refuses --


class _RefusedError(Exception):
    """The fast path does not read this document; dg_plan._format will say why."""


def _object(value: object, required: frozenset[str], known: frozenset[str]) -> dict[str, Any]:
    """*value* as a JSON object with every *required* key and no key outside *known*."""
    if type(value) is not dict:
        raise _RefusedError
    keys = value.keys()
    if not (keys >= required and keys <= known):
        raise _RefusedError
    return value


def _str(value: object) -> str:
    if type(value) is not str:
        raise _RefusedError
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise _RefusedError
    return value


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise _RefusedError
    return value


def _strs(value: object) -> list[str]:
    if type(value) is not list or not all(type(v) is str for v in value):
        raise _RefusedError
    return value


def _ints(value: object) -> tuple[int, ...]:
    if type(value) is not list or not all(type(v) is int for v in value):
        raise _RefusedError
    return tuple(value)


def _list(value: object) -> list[Any]:
    if type(value) is not list:
        raise _RefusedError
    return value


def _day(value: object) -> datetime.date | None:
    return None if value is None else iso_day(_str(value))


def _span(value: object) -> tuple[int, int]:
    if type(value) is not list or len(value) != 2:
        raise _RefusedError
    return (_int(value[0]), _int(value[1]))


def _optional_span(value: object) -> tuple[int, int] | None:
    return None if value is None else _span(value)


def _notes(value: object) -> tuple[Note, ...]:
    return tuple(structure_note(n, Note) for n in _list(value))


_METADATA = frozenset(
    (
        "title",
        "document",
        "attachment",
        "issuer",
        "issued",
        "period",
        "source_file",
        "source_sha256",
    )
)


def _metadata(value: object) -> PlanMetadata:
    doc = _object(value, frozenset(("title",)), _METADATA)
    period = doc.get("period")
    return PlanMetadata(
        title=_str(doc["title"]),
        document=_str(doc.get("document", "")),
        attachment=_str(doc.get("attachment", "")),
        issuer=_str(doc.get("issuer", "")),
        issued=_day(doc.get("issued")),
        period=None if period is None else _span(period),
        source_file=_str(doc.get("source_file", "")),
        source_sha256=_str(doc.get("source_sha256", "")),
    )


_SUCCESSOR = frozenset(("name", "name_en", "since", "source"))


def _successor(value: object) -> Successor | None:
    if value is None:
        return None
    doc = _object(value, _SUCCESSOR, _SUCCESSOR)
    return Successor(
        name=_str(doc["name"]),
        name_en=_str(doc["name_en"]),
        since=_day(doc["since"]),
        source=_str(doc["source"]),
    )


_UNIT_REQUIRED = frozenset(("name", "kind"))
_UNIT = _UNIT_REQUIRED | {
    "full_name",
    "aliases",
    "name_en",
    "name_en_official",
    "members",
    "successor",
    "sources",
    "note",
}


def _units(value: object) -> tuple[Unit, ...]:
    docs = [_object(d, _UNIT_REQUIRED, _UNIT) for d in _list(value)]
    member_of: dict[str, list[str]] = {}
    for doc in docs:
        for member in _strs(doc.get("members", [])):
            member_of.setdefault(member, []).append(doc["name"])
    return tuple(
        Unit(
            name=_str(doc["name"]),
            full_name=_str(doc.get("full_name", "")),
            aliases=tuple(_strs(doc.get("aliases", []))),
            kind=UnitKind(_str(doc["kind"])),
            name_en=_str(doc.get("name_en", "")),
            name_en_official=_bool(doc.get("name_en_official", False)),
            members=tuple(doc.get("members", ())),
            member_of=tuple(member_of.get(doc["name"], ())),
            successor=_successor(doc.get("successor")),
            sources=tuple(_strs(doc.get("sources", []))),
            note=_str(doc.get("note", "")),
        )
        for doc in docs
    )


_PLATFORM_REQUIRED = frozenset(("name", "kind"))
_PLATFORM = _PLATFORM_REQUIRED | {"aliases", "name_en", "name_en_official", "sources", "note"}


def _platforms(value: object) -> tuple[Platform, ...]:
    out = []
    for item in _list(value):
        doc = _object(item, _PLATFORM_REQUIRED, _PLATFORM)
        out.append(
            Platform(
                name=_str(doc["name"]),
                aliases=tuple(_strs(doc.get("aliases", []))),
                kind=PlatformKind(_str(doc["kind"])),
                name_en=_str(doc.get("name_en", "")),
                name_en_official=_bool(doc.get("name_en_official", False)),
                sources=tuple(_strs(doc.get("sources", []))),
                note=_str(doc.get("note", "")),
            )
        )
    return tuple(out)


_DEADLINE = frozenset(("kind", "date", "printed"))


def _deadline(value: object) -> Deadline:
    doc = _object(value, _DEADLINE, _DEADLINE)
    deadline = Deadline(DeadlineKind(_str(doc["kind"])), _day(doc["date"]))
    if str(deadline) != "".join(_str(doc["printed"]).split()):
        raise _RefusedError
    return deadline


_MENTION = frozenset(("platform", "start", "end"))


def _mention(value: object) -> Mention:
    doc = _object(value, _MENTION, _MENTION)
    return Mention(_str(doc["platform"]), _int(doc["start"]), _int(doc["end"]))


_PROVENANCE_REQUIRED = frozenset(("page", "deadline_rows", "units_rows"))
_PROVENANCE = _PROVENANCE_REQUIRED | {
    "alternatives",
    "notes",
    "text_span",
    "deadline_spans",
    "units_span",
    "origin",
}
_ORIGIN = frozenset(("file", "sheet", "rows", "lines", "cells"))


def _origin(value: object) -> Origin | None:
    if value is None:
        return None
    # Every field of an Origin has a default: the converters accept a missing key.
    doc = _object(value, frozenset(), _ORIGIN)
    return Origin(
        file=_str(doc.get("file", "")),
        sheet=_str(doc.get("sheet", "")),
        rows=_ints(doc.get("rows", [])),
        lines=_ints(doc.get("lines", [])),
        cells=tuple((_str(c[0]), _str(c[1])) for c in map(_pair, _list(doc.get("cells", [])))),
    )


def _pair(value: object) -> list[Any]:
    if type(value) is not list or len(value) != 2:
        raise _RefusedError
    return value


def _provenance(value: object) -> Provenance | None:
    if value is None:
        return None
    doc = _object(value, _PROVENANCE_REQUIRED, _PROVENANCE)
    page = doc["page"]
    return Provenance(
        page=None if page is None else _int(page),
        deadline_rows=_ints(doc["deadline_rows"]),
        units_rows=_ints(doc["units_rows"]),
        alternatives=_notes(doc.get("alternatives", [])),
        notes=_notes(doc.get("notes", [])),
        text_span=_optional_span(doc.get("text_span")),
        deadline_spans=tuple(_span(s) for s in _list(doc.get("deadline_spans", []))),
        units_span=_optional_span(doc.get("units_span")),
        origin=_origin(doc.get("origin")),
    )


_TASK_REQUIRED = frozenset(("number", "text", "deadline", "units"))
_TASK = _TASK_REQUIRED | {"leads", "support", "units_text", "mentions", "provenance"}


def _task(value: object, units: Mapping[str, Unit], platforms: Mapping[str, Platform]) -> Task:
    doc = _object(value, _TASK_REQUIRED, _TASK)
    mentions = tuple(_mention(m) for m in _list(doc.get("mentions", [])))
    return Task(
        number=_int(doc["number"]),
        text=_str(doc["text"]),
        deadline=_deadline(doc["deadline"]),
        units=tuple(units[n] for n in _strs(doc["units"])),
        leads=tuple(units[n] for n in _strs(doc.get("leads", []))),
        support=tuple(units[n] for n in _strs(doc.get("support", []))),
        units_text=_str(doc.get("units_text", "")),
        platforms=tuple(platforms[n] for n in dict.fromkeys(m.platform for m in mentions)),
        mentions=mentions,
        provenance=_provenance(doc.get("provenance")),
    )


_SECTION_REQUIRED = frozenset(("id", "number", "label", "title"))
_SECTION = _SECTION_REQUIRED | {"declared_count", "tasks", "subsections"}


def _section(value: object, tasks: Mapping[int, Task]) -> Section:
    doc = _object(value, _SECTION_REQUIRED, _SECTION)
    subsections = tuple(_section(s, tasks) for s in _list(doc.get("subsections", [])))
    own = [tasks[n] for n in _ints(doc.get("tasks", []))]
    every = sorted([*own, *(t for s in subsections for t in s.tasks)], key=lambda t: t.number)
    count = doc.get("declared_count")
    return Section(
        id=_str(doc["id"]),
        number=_int(doc["number"]),
        label=_str(doc["label"]),
        title=_str(doc["title"]),
        subsections=subsections,
        tasks=tuple(every),
        declared_count=None if count is None else _int(count),
    )


_PLAN_REQUIRED = frozenset(("format_version", "metadata", "sections", "tasks"))
_PLAN = _PLAN_REQUIRED | {"units", "platforms"}


def _fast_plan(obj: object) -> Plan:
    doc = _object(obj, _PLAN_REQUIRED, _PLAN)
    version = doc["format_version"]
    if type(version) is not int or version not in READ_VERSIONS:
        raise _RefusedError
    if version == 1:
        doc = upgrade_v1(doc)
    metadata = _metadata(doc["metadata"])
    units = _units(doc.get("units", []))
    platforms = _platforms(doc.get("platforms", []))
    unit_table = {u.name: u for u in units}
    platform_table = {p.name: p for p in platforms}
    tasks: dict[int, Task] = {}
    for item in _list(doc["tasks"]):
        task = _task(item, unit_table, platform_table)
        if task.number in tasks:
            raise _RefusedError
        tasks[task.number] = task
    sections = tuple(_section(s, tasks) for s in _list(doc["sections"]))
    return Plan(
        metadata=metadata,
        sections=sections,
        tasks=tuple(tasks.values()),
        units=units,
        platforms=platforms,
    )


def plan_from_obj(obj: object) -> Plan:
    """Return the plan that the parsed JSON value *obj* describes.

    Raises:
        PlanDataError: *obj* is not a valid plan; the error names the JSON path.
    """
    try:
        return _fast_plan(obj)
    except Exception:  # noqa: BLE001, S110 - the checked path below says what is wrong
        pass
    from ._format import plan_from_obj as checked  # noqa: PLC0415 - cattrs for errors only

    return checked(obj)


def dumps(plan: Plan) -> str:
    """Return *plan* as JSON text in the documented format (UTF-8 safe, Chinese unescaped).

    The output is canonical: the same plan always gives the same text, and
    ``loads(dumps(plan)) == plan``.

    Raises:
        InvalidTypeError: *plan* is not a :class:`~dg_plan.Plan` (a task, say).
    """
    check_plan(plan)
    from ._format import plan_to_obj  # noqa: PLC0415 - cattrs only when writing

    return json.dumps(plan_to_obj(plan), ensure_ascii=False, indent=1) + "\n"


def loads(text: str | bytes) -> Plan:
    """Return the plan described by the JSON *text*.

    Raises:
        PlanDataError: The text is not JSON, or not a valid plan; the error names the
            JSON path and the offending value. Nothing is returned half-loaded.
    """
    if isinstance(text, str) and text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark, as an editor may leave it (bytes: json handles it)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise plan_data_error(
            PlanDataErrorKind.NOT_JSON,
            "$",
            exc.doc[max(0, exc.pos - 20) : exc.pos + 20],
            detail=exc.msg,
            line=str(exc.lineno),
            column=str(exc.colno),
        ) from None
    except (ValueError, TypeError, RecursionError) as exc:
        # UnicodeDecodeError, an integer too long to convert, nesting too deep to parse.
        raise plan_data_error(PlanDataErrorKind.NOT_JSON_TEXT, "$", None, detail=str(exc)) from None
    return plan_from_obj(obj)
