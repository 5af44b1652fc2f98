"""dg_plan's own attrs validators: each rule raises one error type, by one rule.

* A value of the wrong type raises :class:`~dg_plan.InvalidTypeError`.
* A value of the right type that breaks a rule (a number below its least, an empty
  name) raises :class:`~dg_plan.ValidationError`; so does a rule across fields.

Both name the class and field (``Task.number must be an int >= 1, got 0``) and carry
the field's name and the value. The factories here are used on the model's fields
directly (``attrs.field(validator=instance_of(str))``); nothing rewrites attrs' own
validators.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

import attrs

from ._errors import InvalidTypeError, ValidationError

__all__ = [
    "Rule",
    "each",
    "instance_of",
    "int_at_least",
    "nonempty_str",
    "optional",
    "tuple_of",
    "where",
]

Check = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """Name a field for a message: ``Task.number``."""
    return f"{type(instance).__name__}.{attribute.name}"


def _a(kind: object) -> str:
    """Name a type (or a tuple of types) for a message: ``a str``, ``an int``."""
    if isinstance(kind, tuple):
        return " or ".join(_a(k) for k in kind)
    if kind is type(None):
        return "None"
    name = getattr(kind, "__name__", repr(kind))
    return ("an " if name[:1] in "aeioAEIO" else "a ") + name


def _hint(expected: object, value: object) -> str:
    """A short hint for the usual mistakes: a list for a tuple, a str for an enum."""
    if expected is tuple and isinstance(value, (list, set, frozenset)):
        return "; pass tuple(...)"
    if isinstance(expected, type) and issubclass(expected, enum.Enum) and isinstance(value, str):
        for member in expected:
            if value in (member.value, member.name):
                return f"; use {expected.__name__}.{member.name}"
    return ""


class Rule:
    """A validator of dg_plan's own: ``rule(instance, attribute, value)`` or raise."""

    __slots__ = ()

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
        raise NotImplementedError


class _InstanceOf(Rule):
    __slots__ = ("exact", "kind", "what")

    def __init__(self, kind: type | tuple[type, ...], what: str | None, *, exact: bool) -> None:
        self.kind = kind
        self.what = what
        self.exact = exact

    def holds(self, value: object) -> bool:
        if self.exact:
            return type(value) is self.kind
        return isinstance(value, self.kind)

    def reason(self, field: str, value: object) -> str:
        if self.what is not None:
            return f"{field} must be {self.what}, got {value!r}"
        return f"{field} must be {_a(self.kind)}, got {value!r} ({_a(type(value))})" + _hint(
            self.kind, value
        )

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # holds(), inline: every field of every model object made comes through here.
        if not (type(value) is self.kind if self.exact else isinstance(value, self.kind)):
            raise InvalidTypeError(
                self.reason(where(instance, attribute), value), attribute.name, value
            )


def instance_of(
    kind: type | tuple[type, ...], *, what: str | None = None, exact: bool = False
) -> Rule:
    """A value of *kind*, else :class:`~dg_plan.InvalidTypeError`.

    With *exact*, exactly *kind* (a datetime is no date). *what* names the expected
    type in the message (``"a Status (Status.parse reads labels)"``); by default the
    type's name does.
    """
    return _InstanceOf(kind, what, exact=exact)


class _Each(Rule):
    __slots__ = ("container", "item")

    def __init__(self, item: _InstanceOf, container: _InstanceOf | None) -> None:
        self.item = item
        self.container = container

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
        if self.container is not None:
            self.container(instance, attribute, value)
        for item in value:
            if not self.item.holds(item):
                reason = self.item.reason(where(instance, attribute), item)
                raise InvalidTypeError(f"each item of {reason}", attribute.name, value)


def each(kind: type) -> Rule:
    """Every item of an iterable is a *kind*, else :class:`~dg_plan.InvalidTypeError`."""
    return _Each(_InstanceOf(kind, None, exact=False), None)


def tuple_of(kind: type) -> Rule:
    """A tuple whose every item is a *kind*, else :class:`~dg_plan.InvalidTypeError`."""
    return _Each(_InstanceOf(kind, None, exact=False), _InstanceOf(tuple, None, exact=False))


class _IntAtLeast(Rule):
    __slots__ = ("least",)

    def __init__(self, least: int) -> None:
        self.least = least

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # A bool is an int to Python, never a number here.
        if type(value) is not int or value < self.least:
            error = ValidationError if type(value) is int else InvalidTypeError
            raise error(
                f"{where(instance, attribute)} must be an int >= {self.least}, got {value!r}",
                attribute.name,
                value,
            )


def int_at_least(least: int) -> Rule:
    """An int of at least *least*.

    Not an int (a bool is none): :class:`~dg_plan.InvalidTypeError`; one below
    *least*: :class:`~dg_plan.ValidationError`.
    """
    return _IntAtLeast(least)


class _NonemptyStr(Rule):
    __slots__ = ("blank",)

    def __init__(self, *, blank: bool) -> None:
        self.blank = blank

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise InvalidTypeError(
                f"{where(instance, attribute)} must be a str, got {value!r} ({_a(type(value))})",
                attribute.name,
                value,
            )
        if not (value.strip() if self.blank else value):
            raise ValidationError(
                f"{where(instance, attribute)} must not be empty", attribute.name, value
            )


def nonempty_str(*, blank: bool = False) -> Rule:
    """A non-empty str.

    Not a str: :class:`~dg_plan.InvalidTypeError`; empty (or, with *blank*, white
    space alone): :class:`~dg_plan.ValidationError`.
    """
    return _NonemptyStr(blank=blank)


class _Optional(Rule):
    __slots__ = ("inner",)

    def __init__(self, inner: Check) -> None:
        self.inner = inner

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            self.inner(instance, attribute, value)


def optional(inner: Check) -> Rule:
    """``None``, or what *inner* accepts."""
    return _Optional(inner)
