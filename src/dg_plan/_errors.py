"""The exception hierarchy: everything dg_plan raises on purpose derives from DgPlanError."""

from __future__ import annotations

__all__ = [
    "DgPlanError",
    "InvalidDeadlineError",
    "InvalidQueryError",
    "InvalidTypeError",
    "MissingExtraError",
    "PlanDataError",
    "TrackingDataError",
    "UnitNotInvolvedError",
    "UnknownNameError",
    "UnknownPlatformError",
    "UnknownTaskError",
    "UnknownUnitError",
    "ValidationError",
]

import operator
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._message_kinds import MessageKind
    from ._query_errors import QueryErrorKind
    from ._tracking_problems import TrackingProblem


class DgPlanError(Exception):
    """Base class of every exception dg_plan raises on purpose.

    Catch this to handle any dg_plan error; catch a subclass (or the built-in
    base it also derives from, such as :class:`LookupError` or :class:`ValueError`)
    to handle one kind.

    Every dg_plan error is named by its public path (``dg_plan.InvalidQueryError``) in
    tracebacks, and survives :mod:`copy` and being sent to another process (what
    ``multiprocessing`` and ``concurrent.futures`` do), its attributes kept.
    """

    def __reduce__(self) -> tuple[object, ...]:
        """Rebuild from Exception's arguments and the attributes, whatever ``__init__`` takes."""
        state = dict(self.__dict__)
        if isinstance(self, ImportError):  # its name and path are not in __dict__
            state.update(name=self.name, path=self.path)
        return (_rebuilt, (type(self), self.args, state))


class ValidationError(DgPlanError, ValueError):
    """A model object would break one of the model's rules.

    Raised by the constructors of :class:`~dg_plan.Task`, :class:`~dg_plan.Plan` and
    the other model classes: a lead that is not among the task's units, duplicate
    task numbers, a dated deadline without a date.

    Attributes:
        reason: What is wrong, in one sentence (also the error's ``str()``).
        field: The name of the offending field (``"number"``), or ``None`` when the
            rule ties several fields together and no one field is at fault.
        value: The offending value (``None`` when *field* is ``None``).
    """

    def __init__(self, reason: str, field: str | None = None, value: object = None) -> None:
        self.reason = reason
        self.field = field
        self.value = value
        super().__init__(reason)

    def __str__(self) -> str:
        return self.reason


class InvalidTypeError(DgPlanError, TypeError):
    """A value of the wrong type: a list where a tuple belongs, a task where a plan belongs.

    Attributes:
        reason: What is wrong, in one sentence (also the error's ``str()``): what
            was given and what is expected.
        field: The name of the offending field or argument (``"units"``, ``"plan"``),
            or ``None``.
        value: The offending value.
        kind: What is wrong, as data (a :class:`~dg_plan.QueryErrorKind` such as
            ``EXPECTED_PLAN``), or ``None`` for an error made with a reason only (the
            model's constructors); the command line renders it in its language.
        values: The values the reason names, as ``(key, text)`` pairs sorted by key
            (``(("given", "Task"),)``).
    """

    def __init__(
        self,
        reason: str,
        field: str | None = None,
        value: object = None,
        *,
        kind: MessageKind | None = None,
        values: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.reason = reason
        self.field = field
        self.value = value
        self.kind = kind
        self.values = tuple(sorted(values))
        super().__init__(reason)

    def __str__(self) -> str:
        return self.reason


class InvalidDeadlineError(ValidationError):
    """A text is not a deadline :meth:`~dg_plan.Deadline.parse` can read.

    Attributes:
        text: The text that was given.
    """

    def __init__(self, reason: str, text: object) -> None:
        self.text = text
        super().__init__(reason, None, text)


class PlanDataError(DgPlanError, ValueError):
    """A plan file or JSON text is malformed.

    Nothing is returned half-loaded: the whole load fails.

    Attributes:
        path: Where the problem is, as a JSON path (``"$.tasks[3].deadline.date"``).
        value: The offending value as found at *path* (or ``None`` when the value is
            missing or the text is not JSON at all).
        reason: What is wrong with it, in a short English sentence.
        kind: What is wrong, as data (a :class:`~dg_plan.PlanDataErrorKind`, or the kind
            of the error of another layer the document ran into, such as a
            :class:`~dg_plan.QueryErrorKind` for an impossible day), or ``None`` for an
            error made with a reason only; the command line renders it in its language.
        values: The values the reason names, as ``(key, text)`` pairs sorted by key.
    """

    def __init__(
        self,
        reason: str,
        path: str = "$",
        value: object = None,
        *,
        kind: MessageKind | None = None,
        values: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.reason = reason
        self.path = path
        self.value = value
        self.kind = kind
        self.values = tuple(sorted(values))
        super().__init__(reason, path, value)

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        return f"{self.reason} at {self.path} (value: {shown})"


class MissingExtraError(DgPlanError, ImportError):
    """An optional dependency is not installed: an :class:`ImportError` naming the extra.

    Catch it as an :class:`ImportError`, as before; ``name`` is the missing top-level
    module.

    Attributes:
        kind: What is missing, as data (a message kind), rendered by the command line
            in its language.
        values: The values the message names, as ``(key, text)`` pairs sorted by key.
    """

    def __init__(
        self,
        reason: str,
        *,
        name: str,
        kind: MessageKind,
        values: Iterable[tuple[str, str]],
    ) -> None:
        self.kind = kind
        self.values = tuple(sorted(values))
        super().__init__(reason, name=name)


class UnknownTaskError(DgPlanError, KeyError):
    """No task has the number that was asked for.

    Attributes:
        number: The number that was asked for.
        first: The lowest task number of the plan (``None`` for an empty plan).
        last: The highest task number of the plan (``None`` for an empty plan).
    """

    def __init__(self, number: object, first: int | None, last: int | None) -> None:
        self.number = number
        self.first = first
        self.last = last
        super().__init__(number)

    def __str__(self) -> str:
        if self.first is None:
            return f"no task {self.number!r}: the plan has no tasks"
        found = f"no task {self.number!r}: the plan's tasks are numbered {self.first}..{self.last}"
        if isinstance(self.number, bool) or not _is_index(self.number):
            kind = type(self.number).__name__
            return f"{found}, and a task number is an int, not a {kind}"
        return found


def _is_index(value: object) -> bool:
    """Whether *value* is an integer as :func:`operator.index` sees one."""
    try:
        operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        return False
    return True


class UnknownNameError(DgPlanError, KeyError):
    """No unit or platform answers to the name that was asked for.

    Attributes:
        name: The name that was asked for, as given.
        kind: What was looked up (``"unit"`` or ``"platform"``).
        suggestions: Up to five close matches (canonical names), best first; may be empty.
        note: Why an object of that name does not resolve, when it is not just a
            missing name (a :class:`~dg_plan.Unit` that differs from the plan's); or ``""``.
    """

    def __init__(
        self, name: object, kind: str, suggestions: Sequence[str] = (), *, note: str = ""
    ) -> None:
        self.name = name
        self.kind = kind
        self.suggestions = tuple(suggestions)
        self.note = note
        super().__init__(name)

    def __str__(self) -> str:
        text = f"no {self.kind} named {self.name!r}"
        if self.note:
            text += f": {self.note}"
        if self.suggestions:
            text += "; did you mean " + ", ".join(self.suggestions) + "?"
        return text


class UnknownUnitError(UnknownNameError):
    """No unit answers to the name that was asked for.

    Attributes:
        task: When the name was looked up among one task's units
            (:meth:`Task.role_of <dg_plan.Task.role_of>`), that task's number; else ``None``.
    """

    def __init__(
        self,
        name: object,
        suggestions: Sequence[str] = (),
        *,
        task: int | None = None,
        note: str = "",
    ) -> None:
        self.task = task
        super().__init__(name, "unit", suggestions, note=note)

    def __str__(self) -> str:
        if self.task is None:
            return super().__str__()
        text = f"task {self.task} names no unit {self.name!r}"
        if self.suggestions:
            text += "; did you mean " + ", ".join(self.suggestions) + "?"
        return text


class UnitNotInvolvedError(UnknownUnitError):
    """A known unit has no part in the task it was asked about.

    Raised by :meth:`Task.involvement <dg_plan.Task.involvement>` and
    :meth:`Task.role_of <dg_plan.Task.role_of>` (without a ``default``) for a unit the
    plan knows (a :class:`~dg_plan.Unit`, or a name the unit registry gives) that the
    task neither names nor reaches through a collective: ``plan.task(50).involvement(
    "省财政厅")``. An :class:`UnknownUnitError` (so ``except UnknownUnitError`` still
    catches it) with no suggestions: the name is not a misspelling.

    Attributes:
        unit: The unit's own name (``name`` is the name as given).
    """

    def __init__(self, name: object, unit: str, *, task: int) -> None:
        self.unit = unit
        super().__init__(name, (), task=task)

    def __str__(self) -> str:
        return (
            f"task {self.task} names no unit {self.name!r}: {self.unit} has no part in it, "
            "directly or through a collective"
        )


class UnknownPlatformError(UnknownNameError):
    """No platform answers to the name that was asked for."""

    def __init__(self, name: object, suggestions: Sequence[str] = (), *, note: str = "") -> None:
        super().__init__(name, "platform", suggestions, note=note)


class InvalidQueryError(DgPlanError, ValueError):
    """A query argument is invalid: a start after an end, a malformed period, a non-date.

    Attributes:
        reason: What is wrong, in a short English sentence.
        argument: The name of the offending argument.
        value: The offending value.
        kind: What is wrong, as data (a :class:`~dg_plan.QueryErrorKind`), or ``None`` for an error
            made with a reason only; the command line renders it in its language.
        values: The values the reason names, as ``(key, text)`` pairs sorted by key.
    """

    def __init__(
        self,
        reason: str,
        argument: str,
        value: object,
        *,
        kind: QueryErrorKind | None = None,
        values: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.reason = reason
        self.argument = argument
        self.value = value
        self.kind = kind
        self.values = tuple(sorted(values))
        super().__init__(reason, argument, value)

    def __str__(self) -> str:
        return f"{self.reason} ({self.argument}={self.value!r})"


class TrackingDataError(DgPlanError, ValueError):
    """Reports or returned templates break the tracking rules; every problem is listed.

    Nothing is half-made: the ledger (or the whole collection of files) fails.

    Attributes:
        problems: Every problem found, in the order of the files, rows and reports.
    """

    def __init__(self, problems: Sequence[TrackingProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the tracking data:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


class PlanImportError(DgPlanError, ValueError):
    """A task list could not be imported (or, with ``strict=True``, not without problems).

    Its message lists every problem, each with where it is (file, sheet, cell or line)
    and the offending text.

    Attributes:
        problems: The :class:`~dg_plan.importing.ImportProblem` objects, in file order.
        result: With ``strict=True``, the :class:`~dg_plan.importing.ImportResult` the
            open problems stopped (its tasks, problems and notes, for a review
            workbook); else None.
        notes: The :class:`~dg_plan.importing.ImportNote` objects of an import refused
            (no task found: what each line was read as), in file order.
    """

    def __init__(
        self,
        problems: Sequence[object],
        file: str = "",
        *,
        result: object = None,
        notes: Sequence[object] = (),
    ) -> None:
        self.problems = tuple(problems)
        self.file = file
        self.result = result
        self.notes = tuple(notes)
        super().__init__(self.problems)

    def __str__(self) -> str:
        head = f"{len(self.problems)} problem(s) importing {self.file or 'the list'}:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


def _rebuilt(
    cls: type[DgPlanError], args: tuple[object, ...], state: dict[str, object]
) -> DgPlanError:
    """An error of *cls* with *args* and the attributes *state*, without calling ``__init__``."""
    error = cls.__new__(cls, *args)
    error.args = args
    for key, value in state.items():
        setattr(error, key, value)
    return error


# Tracebacks and reprs name the path users import the errors from: dg_plan.InvalidQueryError,
# not dg_plan._errors.InvalidQueryError. dg_plan exports every one of them, so the name
# also finds the class again.
for _error in (
    DgPlanError,
    ValidationError,
    InvalidTypeError,
    InvalidDeadlineError,
    PlanDataError,
    MissingExtraError,
    UnknownTaskError,
    UnknownNameError,
    UnknownUnitError,
    UnitNotInvolvedError,
    UnknownPlatformError,
    InvalidQueryError,
    TrackingDataError,
    PlanImportError,
):
    _error.__module__ = "dg_plan"
del _error
