"""Make every validator error of a model class a dg_plan error that reads as one sentence.

attrs' own validators (``instance_of``, ``deep_iterable``, ``min_len``, …) raise plain
:class:`TypeError` / :class:`ValueError` whose arguments include the whole
``Attribute(...)``. :func:`dg_errors` is a ``field_transformer`` for ``attrs.frozen``
that wraps each field's validator so that such an error becomes an
:class:`~dg_plan.InvalidTypeError` or :class:`~dg_plan.ValidationError` naming the
class, the field, the expected type and the value, and so that every dg_plan error a
validator raises carries the field's name and value.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

import attrs

from ._errors import InvalidTypeError, ValidationError

__all__ = ["dg_errors"]

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _a(kind: object) -> str:
    """Name a type (or a tuple of types) for a message: ``a str``, ``a Unit or None``."""
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


def _wrap(cls_name: str, validator: _Validator) -> _Validator:
    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        try:
            validator(instance, attribute, value)
        except (InvalidTypeError, ValidationError) as exc:
            if exc.field is None:
                exc.field = attribute.name
                exc.value = value
            if exc.field == attribute.name and exc.reason.startswith(attribute.name + " "):
                exc.reason = f"{cls_name}.{exc.reason}"  # "Task.number must be ..."
                exc.args = (exc.reason,)
            raise
        except TypeError as exc:
            # attrs' instance_of: (message, attribute, expected type, offending value);
            # inside deep_iterable the offending value is one member of *value*.
            expected = exc.args[2] if len(exc.args) >= 4 else None
            got = exc.args[3] if len(exc.args) >= 4 else value
            where = f"{cls_name}.{attribute.name}"
            if got is not value:
                where = f"each item of {where}"
            reason = (
                f"{where} must be {_a(expected)}, got {got!r} ({_a(type(got))})"
                f"{_hint(expected, got)}"
            )
            raise InvalidTypeError(reason, attribute.name, value) from None
        except ValueError as exc:
            # attrs' min_len and the like: a sentence with the attribute's name in quotes.
            detail = exc.args[0] if exc.args and isinstance(exc.args[0], str) else "invalid"
            reason = f"{cls_name}.{attribute.name} is invalid ({detail}), got {value!r}"
            if isinstance(value, str) and not value:
                reason = f"{cls_name}.{attribute.name} must not be empty"
            raise ValidationError(reason, attribute.name, value) from None

    return validate


def dg_errors(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """A ``field_transformer``: wrap each field's validator (see the module's docstring)."""
    return [
        f if f.validator is None else f.evolve(validator=_wrap(cls.__name__, f.validator))
        for f in fields
    ]
