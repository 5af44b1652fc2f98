"""Make every validator error of a model class a dg_plan error that reads as one sentence.

attrs' own validators (``instance_of``, ``deep_iterable``, ``min_len``, …) raise plain
:class:`TypeError` / :class:`ValueError` whose arguments include the whole
``Attribute(...)``. :func:`dg_errors` is a ``field_transformer`` for ``attrs.frozen``
that replaces each of them with an equivalent check that raises
:class:`~dg_plan.InvalidTypeError` or :class:`~dg_plan.ValidationError`, naming the
class, the field, the expected type and the value. The replacements cost what attrs'
own validators cost; dg_plan's own validators (plain functions) are kept as they are:
they raise dg_plan errors already.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any, cast

import attrs

from ._errors import InvalidTypeError, ValidationError

__all__ = ["dg_errors"]

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


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


class _InstanceOf:
    """``attrs.validators.instance_of``, raising InvalidTypeError."""

    __slots__ = ("kind", "where")

    def __init__(self, kind: type | tuple[type, ...], where: str) -> None:
        self.kind = kind
        self.where = where

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, self.kind):
            raise InvalidTypeError(
                f"{self.where} must be {_a(self.kind)}, got {value!r} ({_a(type(value))})"
                f"{_hint(self.kind, value)}",
                attribute.name,
                value,
            )


class _Each:
    """``attrs.validators.deep_iterable``: check the container, then each item."""

    __slots__ = ("container", "item", "kind", "where")

    def __init__(self, item: _Validator, container: _Validator | None, where: str) -> None:
        self.item = item
        self.container = container
        self.kind = item.kind if isinstance(item, _InstanceOf) else None
        self.where = where

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
        if self.container is not None:
            self.container(instance, attribute, value)
        kind = self.kind
        for item in value:
            if kind is None or not isinstance(item, kind):
                try:
                    self.item(instance, attribute, item)
                except InvalidTypeError as exc:
                    raise InvalidTypeError(
                        f"each item of {exc.reason}", attribute.name, value
                    ) from None


class _All:
    """``attrs.validators.and_``: every check, in order."""

    __slots__ = ("parts",)

    def __init__(self, parts: Sequence[_Validator]) -> None:
        self.parts = tuple(parts)

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        for part in self.parts:
            part(instance, attribute, value)


class _Optional:
    """``attrs.validators.optional``: ``None``, or what the inner check accepts."""

    __slots__ = ("inner",)

    def __init__(self, inner: _Validator) -> None:
        self.inner = inner

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            self.inner(instance, attribute, value)


class _MinLen:
    """``attrs.validators.min_len``, raising ValidationError."""

    __slots__ = ("least", "where")

    def __init__(self, least: int, where: str) -> None:
        self.least = least
        self.where = where

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
        if len(value) < self.least:
            reason = (
                f"{self.where} must not be empty"
                if self.least == 1
                else f"{self.where} must have at least {self.least} items, got {value!r}"
            )
            raise ValidationError(reason, attribute.name, value)


def _translate(validator: Any, where: str) -> _Validator:  # noqa: ANN401 - any attrs validator
    """Return dg_plan's equivalent of one of attrs' validators; others as they are.

    attrs' validator classes are private, so they are known by name and attributes.
    """
    kind = type(validator).__name__ if type(validator).__module__.startswith("attr") else ""
    if kind == "_InstanceOfValidator":
        return _InstanceOf(validator.type, where)
    if kind == "_DeepIterable":
        container = validator.iterable_validator
        return _Each(
            _translate(validator.member_validator, where),
            None if container is None else _translate(container, where),
            where,
        )
    if kind == "_OptionalValidator":
        return _Optional(_translate(validator.validator, where))
    if kind == "_MinLengthValidator":
        return _MinLen(validator.min_length, where)
    if kind == "_AndValidator":
        return _All([_translate(p, where) for p in validator._validators])  # noqa: SLF001
    return cast("_Validator", validator)


def dg_errors(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """A ``field_transformer``: replace attrs' validators (see the module's docstring)."""
    return [
        f
        if f.validator is None
        else f.evolve(validator=_translate(f.validator, f"{cls.__name__}.{f.name}"))
        for f in fields
    ]
