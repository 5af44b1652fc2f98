"""The JSON plan format: one private cattrs converter and strict, path-reporting loading.

The format mirrors the model, with references by name: a task lists its units, its
leads and its supporting units by unit name, a section lists its own tasks by number,
and the plan carries the unit and platform registries once. ``format_version`` is 2;
version 1 (before supporting units, and with provenance notes as English sentences)
still loads: as a plan with none, and each note a :class:`Note` of kind
:attr:`NoteKind.TEXT` whose value ``text`` is the sentence.

A note is ``{"kind": "prefix_restored", "values": {"from": …, "prefix": …, "to": …}}``.

A provenance's ``origin`` (where in an imported file the task was read from) is the one
field written only when set: ``{"file": "list.xlsx", "sheet": "任务", "rows": [5],
"lines": [], "cells": [["text", "B5"], ["deadline", "D5:D7"]]}``. A document without it
(every version-1 and version-2 document before it) reads as a plan without origins.

cattrs structures and unstructures the model's leaf classes (:class:`Mention`,
:class:`Provenance`, :class:`Successor`, :class:`PlanMetadata`) directly, their tuples
as JSON arrays and their days as ISO strings; wire classes remain only where the JSON
refers to things by name (a task's units, a section's tasks, a collective's members)
or differs from the model (a deadline's ``printed`` form, a platform's key order).

This module is imported only to write a plan, or to say what is wrong with a document:
:mod:`dg_plan._jsonio` reads valid documents without cattrs and hands the others to
:func:`plan_from_obj` here, which reads them through the converters and reports the
first error at its JSON path.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_unstructure_fn, override

from ._dates import iso_day
from ._deadline import Deadline, DeadlineKind
from ._errors import DgPlanError, PlanDataError
from ._format_errors import PlanDataErrorKind, RefusedValueError, from_exception, plan_data_error
from ._model import (
    Mention,
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
from ._plan import Plan
from ._plan_doc import FORMAT_VERSION, READ_VERSIONS, structure_note, upgrade_v1

__all__ = ["plan_from_obj", "plan_to_obj"]

T = TypeVar("T")
K = TypeVar("K", str, int)

# -- the wire classes: the JSON document, field for field ----------------------


@attrs.frozen
class _DeadlineDoc:
    kind: str
    date: str | None
    printed: str


@attrs.frozen
class _TaskDoc:
    number: int
    text: str
    deadline: _DeadlineDoc
    units: list[str]
    leads: list[str] = attrs.Factory(list)
    support: list[str] = attrs.Factory(list)
    units_text: str = ""
    mentions: list[Mention] = attrs.Factory(list)
    provenance: Provenance | None = None


@attrs.frozen
class _UnitDoc:
    name: str
    kind: str
    full_name: str = ""
    aliases: list[str] = attrs.Factory(list)
    name_en: str = ""
    name_en_official: bool = False
    members: list[str] = attrs.Factory(list)
    successor: Successor | None = None
    sources: list[str] = attrs.Factory(list)
    note: str = ""


@attrs.frozen
class _PlatformDoc:
    name: str
    kind: str
    aliases: list[str] = attrs.Factory(list)
    name_en: str = ""
    name_en_official: bool = False
    sources: list[str] = attrs.Factory(list)
    note: str = ""


@attrs.frozen
class _SectionDoc:
    id: str
    number: int
    label: str
    title: str
    declared_count: int | None = None
    tasks: list[int] = attrs.Factory(list)
    subsections: list[_SectionDoc] = attrs.Factory(list)


@attrs.frozen
class _PlanDoc:
    format_version: int
    metadata: PlanMetadata
    sections: list[_SectionDoc]
    tasks: list[_TaskDoc]
    units: list[_UnitDoc] = attrs.Factory(list)
    platforms: list[_PlatformDoc] = attrs.Factory(list)


# -- the converter -----------------------------------------------------------------


def _strict(kind: type) -> Callable[[object, type], object]:
    def structure(value: object, _: type) -> object:
        # Exact types: JSON true is not 1, "5" is not 5, 5.0 is not 5.
        if type(value) is not kind:
            raise RefusedValueError(
                PlanDataErrorKind.WRONG_TYPE, expected=kind.__name__, got=type(value).__name__
            )
        return value

    return structure


def _is_list(type_: object) -> bool:
    return get_origin(type_) is list


def _is_tuple(type_: object) -> bool:
    return type_ is tuple or get_origin(type_) is tuple


def _structure_date(value: object, _: type) -> datetime.date:
    # An ISO day, "2023-12-31": a JSON string, never a number.
    if type(value) is not str:
        raise RefusedValueError(
            PlanDataErrorKind.WRONG_TYPE, expected="str", got=type(value).__name__
        )
    return iso_day(value)


def _make_converter(detailed: bool) -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    for kind in (int, str, bool):
        converter.register_structure_hook(kind, _strict(kind))

    def list_factory(type_: Any) -> Callable[[object, type], list[Any]]:  # noqa: ANN401
        (element,) = get_args(type_)
        return list_of(element, type_)

    def list_of(element: Any, type_: Any) -> Callable[[object, type], list[Any]]:  # noqa: ANN401
        handler = converter.get_structure_hook(element)

        def structure(value: object, _: type) -> list[Any]:
            if type(value) is not list:
                raise RefusedValueError(
                    PlanDataErrorKind.WRONG_TYPE, expected="list", got=type(value).__name__
                )
            out: list[Any] = []
            errors: list[Exception] = []
            for i, item in enumerate(value):
                try:
                    out.append(handler(item, element))
                except Exception as exc:  # noqa: BLE001, PERF203 - collected, re-raised as a group
                    exc.__notes__ = [  # type: ignore[attr-defined]
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(f"@ index {i}", i, element),
                    ]
                    errors.append(exc)
            if errors:
                msg = f"while structuring {type_!r}"
                raise IterableValidationError(msg, errors, type_)
            return out

        return structure

    converter.register_structure_hook_factory(_is_list, list_factory)

    def tuple_factory(type_: Any) -> Callable[[object, type], tuple[Any, ...]]:  # noqa: ANN401
        # The model's tuples are JSON lists: tuple[X, ...] of any length, or a fixed
        # tuple such as a span, [start, end].
        args = get_args(type_)
        if len(args) == 2 and args[1] is Ellipsis:
            as_list = list_of(args[0], type_)

            def homogeneous(value: object, _: type) -> tuple[Any, ...]:
                return tuple(as_list(value, list))

            return homogeneous
        hooks = [converter.get_structure_hook(a) for a in args]

        def fixed(value: object, _: type) -> tuple[Any, ...]:
            if type(value) is not list or len(value) != len(args):
                raise RefusedValueError(
                    PlanDataErrorKind.WRONG_LENGTH, count=str(len(args)), value=repr(value)
                )
            return tuple(h(v, a) for h, v, a in zip(hooks, value, args, strict=True))

        return fixed

    converter.register_structure_hook_factory(_is_tuple, tuple_factory)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_structure_hook(Note, structure_note)
    converter.register_unstructure_hook(
        Note, lambda note: {"kind": note.kind.value, "values": dict(note.values)}
    )
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_unstructure_hook_func(
        _is_tuple, lambda value: [converter.unstructure(v) for v in value]
    )
    # A provenance writes its origin only when it has one: a task read from a printed
    # page (the shipped plan's) has none, and its JSON is as before the field was added.
    converter.register_unstructure_hook(
        Provenance,
        make_dict_unstructure_fn(Provenance, converter, origin=override(omit_if_default=True)),
    )
    return converter


# Valid documents go through the fast converter; a document it refuses goes through
# the detailed one, which says where the problem is.
_converter = _make_converter(detailed=False)
_detailed_converter = _make_converter(detailed=True)


def _first_leaf(exc: BaseException, path: list[str | int]) -> tuple[BaseException, list[str | int]]:
    """Follow a cattrs exception group down to its first leaf, collecting the path."""
    if isinstance(exc, BaseValidationError):
        # An unknown field comes first: a misspelt "deadlines" is reported as unknown,
        # not as the "deadline" it then lacks.
        extra = [e for e in exc.exceptions if isinstance(e, ForbiddenExtraKeysError)]
        inner = extra[0] if extra else exc.exceptions[0]
        step: list[str | int] = []
        for note in getattr(inner, "__notes__", []):
            if isinstance(note, AttributeValidationNote):
                step = [note.name]
            elif isinstance(note, IterableValidationNote):
                step = [note.index]
        return _first_leaf(inner, path + step)
    return exc, path


def _render(path: Sequence[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _value_at(obj: object, path: Sequence[str | int]) -> object:
    for step in path:
        try:
            obj = obj[step]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):  # noqa: PERF203 - a walk that may end early
            return None
    return obj


def _structure_doc(obj: object) -> _PlanDoc:
    if not isinstance(obj, dict):
        raise plan_data_error(PlanDataErrorKind.NOT_OBJECT, "$", obj)
    # A null version is no version: it says nothing of a newer format.
    if obj.get("format_version") is None:
        raise plan_data_error(PlanDataErrorKind.MISSING_FIELD, "$", obj, field="format_version")
    version = obj["format_version"]
    if version not in READ_VERSIONS or type(version) is not int:
        raise plan_data_error(
            PlanDataErrorKind.UNSUPPORTED_VERSION,
            "$.format_version",
            version,
            oldest=str(READ_VERSIONS[0]),
            newest=str(READ_VERSIONS[-1]),
        )
    if version == 1:
        obj = upgrade_v1(obj)
    try:
        return _converter.structure(obj, _PlanDoc)
    except Exception:  # noqa: BLE001, S110 - the detailed converter locates any refusal
        pass
    try:
        return _detailed_converter.structure(obj, _PlanDoc)
    except BaseValidationError as exc:
        leaf, path = _first_leaf(exc, [])
        if isinstance(leaf, ForbiddenExtraKeysError):
            extra = sorted(leaf.extra_fields)
            known = [a.name for a in attrs.fields(leaf.cl)]
            close = difflib.get_close_matches(extra[0], known, n=1)
            raise plan_data_error(
                PlanDataErrorKind.UNKNOWN_FIELD,
                _render([*path, extra[0]]),
                extra[0],
                field=extra[0],
                **({"close": close[0]} if close else {}),
            ) from None
        if isinstance(leaf, KeyError):
            raise plan_data_error(
                PlanDataErrorKind.MISSING_FIELD,
                _render([*path]),
                _value_at(obj, path),
                field=str(leaf.args[0]),
            ) from None
        field = getattr(leaf, "field", None)
        if isinstance(leaf, DgPlanError) and isinstance(field, str):
            path = [*path, field]  # a model rule broken by a leaf class: at its field
        raise from_exception(leaf, _render(path), _value_at(obj, path), str(leaf)) from None


# -- assembling the model from the wire classes, with paths -----------------------


class _At:
    """Turn the model's ValueError/TypeError into PlanDataError at a JSON path.

    The value is a wire object or a plain value; a wire object is shown as a dict,
    converted only when there is an error to report. When the model's error names a
    field the wire object has, the path ends at that field and the value is the field's.
    """

    def __init__(self, path: str, value: object) -> None:
        self.path = path
        self.value = value

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, _: object
    ) -> None:
        if (
            exc is not None
            and isinstance(exc, (ValueError, TypeError))
            and not isinstance(exc, PlanDataError)
        ):
            value, path = self.value, self.path
            field = getattr(exc, "field", None)
            if attrs.has(type(value)):
                if isinstance(field, str) and hasattr(value, field):
                    path = f"{path}.{field}"
                    value = _converter.unstructure(getattr(value, field))
                else:
                    value = attrs.asdict(value)  # type: ignore[arg-type]
            raise from_exception(exc, path, value) from exc


def _date(text: str | None, path: str) -> datetime.date | None:
    if text is None:
        return None
    with _At(path, text):
        return iso_day(text)


def _enum(kind: type[Any], value: str, path: str) -> Any:  # noqa: ANN401 - an enum member
    try:
        return kind(value)
    except ValueError:
        raise plan_data_error(
            PlanDataErrorKind.UNKNOWN_ENUM_VALUE,
            path,
            value,
            enum=kind.__name__,
            allowed=tuple(repr(m.value) for m in kind),
        ) from None


def _deadline(doc: _DeadlineDoc, path: str) -> Deadline:
    kind = _enum(DeadlineKind, doc.kind, path + ".kind")
    with _At(path, doc):
        deadline = Deadline(kind, _date(doc.date, path + ".date"))
    if str(deadline) != "".join(doc.printed.split()):
        raise plan_data_error(
            PlanDataErrorKind.PRINTED_MISMATCH,
            path + ".printed",
            doc.printed,
            expected=str(deadline),
        )
    return deadline


def _units(docs: list[_UnitDoc]) -> tuple[Unit, ...]:
    member_of: dict[str, list[str]] = {}
    for doc in docs:
        for member in doc.members:
            member_of.setdefault(member, []).append(doc.name)
    units = []
    for i, doc in enumerate(docs):
        path = f"$.units[{i}]"
        with _At(path, doc):
            units.append(
                Unit(
                    name=doc.name,
                    full_name=doc.full_name,
                    aliases=tuple(doc.aliases),
                    kind=_enum(UnitKind, doc.kind, path + ".kind"),
                    name_en=doc.name_en,
                    name_en_official=doc.name_en_official,
                    members=tuple(doc.members),
                    member_of=tuple(member_of.get(doc.name, ())),
                    successor=doc.successor,
                    sources=tuple(doc.sources),
                    note=doc.note,
                )
            )
    return tuple(units)


def _platforms(docs: list[_PlatformDoc]) -> tuple[Platform, ...]:
    out = []
    for i, doc in enumerate(docs):
        path = f"$.platforms[{i}]"
        with _At(path, doc):
            out.append(
                Platform(
                    name=doc.name,
                    aliases=tuple(doc.aliases),
                    kind=_enum(PlatformKind, doc.kind, path + ".kind"),
                    name_en=doc.name_en,
                    name_en_official=doc.name_en_official,
                    sources=tuple(doc.sources),
                    note=doc.note,
                )
            )
    return tuple(out)


_UNKNOWN = {
    "unit": PlanDataErrorKind.UNKNOWN_UNIT,
    "platform": PlanDataErrorKind.UNKNOWN_PLATFORM,
    "task": PlanDataErrorKind.UNKNOWN_TASK,
}


def _lookup(table: dict[K, T], name: K, what: str, path: str) -> T:
    try:
        return table[name]
    except KeyError:
        raise plan_data_error(_UNKNOWN[what], path, name) from None


def _task(doc: _TaskDoc, i: int, units: dict[str, Unit], platforms: dict[str, Platform]) -> Task:
    path = f"$.tasks[{i}]"
    task_units = tuple(
        _lookup(units, n, "unit", f"{path}.units[{j}]") for j, n in enumerate(doc.units)
    )
    leads = tuple(_lookup(units, n, "unit", f"{path}.leads[{j}]") for j, n in enumerate(doc.leads))
    support = tuple(
        _lookup(units, n, "unit", f"{path}.support[{j}]") for j, n in enumerate(doc.support)
    )
    for j, m in enumerate(doc.mentions):
        _lookup(platforms, m.platform, "platform", f"{path}.mentions[{j}].platform")
    mentioned = tuple(platforms[n] for n in dict.fromkeys(m.platform for m in doc.mentions))
    deadline = _deadline(doc.deadline, path + ".deadline")
    with _At(path, doc):
        return Task(
            number=doc.number,
            text=doc.text,
            deadline=deadline,
            units=task_units,
            leads=leads,
            support=support,
            units_text=doc.units_text,
            platforms=mentioned,
            mentions=tuple(doc.mentions),
            provenance=doc.provenance,
        )


def _section(doc: _SectionDoc, path: str, tasks: dict[int, Task]) -> Section:
    subsections = tuple(
        _section(s, f"{path}.subsections[{j}]", tasks) for j, s in enumerate(doc.subsections)
    )
    own = [_lookup(tasks, n, "task", f"{path}.tasks[{j}]") for j, n in enumerate(doc.tasks)]
    every = sorted([*own, *(t for s in subsections for t in s.tasks)], key=lambda t: t.number)
    with _At(path, doc):
        return Section(
            id=doc.id,
            number=doc.number,
            label=doc.label,
            title=doc.title,
            subsections=subsections,
            tasks=tuple(every),
            declared_count=doc.declared_count,
        )


def _assemble(doc: _PlanDoc) -> Plan:
    metadata = doc.metadata
    units = _units(doc.units)
    platforms = _platforms(doc.platforms)
    unit_table = {u.name: u for u in units}
    platform_table = {p.name: p for p in platforms}
    tasks: dict[int, Task] = {}
    for i, t in enumerate(doc.tasks):
        task = _task(t, i, unit_table, platform_table)
        if task.number in tasks:
            raise plan_data_error(
                PlanDataErrorKind.DUPLICATE_NUMBER, f"$.tasks[{i}].number", task.number
            )
        tasks[task.number] = task
    sections = tuple(_section(s, f"$.sections[{i}]", tasks) for i, s in enumerate(doc.sections))
    with _At("$", "plan"):
        return Plan(
            metadata=metadata,
            sections=sections,
            tasks=tuple(tasks.values()),
            units=units,
            platforms=platforms,
        )


# -- from the model back to the wire -----------------------------------------------


def _section_doc(section: Section) -> _SectionDoc:
    nested = {t.number for s in section.subsections for t in s.tasks}
    return _SectionDoc(
        id=section.id,
        number=section.number,
        label=section.label,
        title=section.title,
        declared_count=section.declared_count,
        tasks=[t.number for t in section.tasks if t.number not in nested],
        subsections=[_section_doc(s) for s in section.subsections],
    )


def _task_doc(task: Task) -> _TaskDoc:
    d = task.deadline
    return _TaskDoc(
        number=task.number,
        text=task.text,
        deadline=_DeadlineDoc(d.kind.value, None if d.date is None else d.date.isoformat(), str(d)),
        units=[u.name for u in task.units],
        leads=[u.name for u in task.leads],
        support=[u.name for u in task.support],
        units_text=task.units_text,
        mentions=list(task.mentions),
        provenance=task.provenance,
    )


def _unit_doc(unit: Unit) -> _UnitDoc:
    return _UnitDoc(
        name=unit.name,
        kind=unit.kind.value,
        full_name=unit.full_name,
        aliases=list(unit.aliases),
        name_en=unit.name_en,
        name_en_official=unit.name_en_official,
        members=list(unit.members),
        successor=unit.successor,
        sources=list(unit.sources),
        note=unit.note,
    )


def _platform_doc(platform: Platform) -> _PlatformDoc:
    return _PlatformDoc(
        name=platform.name,
        kind=platform.kind.value,
        aliases=list(platform.aliases),
        name_en=platform.name_en,
        name_en_official=platform.name_en_official,
        sources=list(platform.sources),
        note=platform.note,
    )


def plan_to_obj(plan: Plan) -> dict[str, Any]:
    """Return *plan* as a JSON-ready dict in the documented format."""
    doc = _PlanDoc(
        format_version=FORMAT_VERSION,
        metadata=plan.metadata,
        sections=[_section_doc(s) for s in plan.sections],
        tasks=[_task_doc(t) for t in plan.tasks],
        units=[_unit_doc(u) for u in plan.units],
        platforms=[_platform_doc(p) for p in plan.platforms],
    )
    result: dict[str, Any] = _converter.unstructure(doc)
    return result


def plan_from_obj(obj: object) -> Plan:
    """Return the plan that the parsed JSON value *obj* describes.

    Raises:
        PlanDataError: *obj* is not a valid plan; the error names the JSON path.
    """
    return _assemble(_structure_doc(obj))
