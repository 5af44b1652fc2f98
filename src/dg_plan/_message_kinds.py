"""Kinds of messages as data: a stable name, templates, and the values they name.

The lowest layer of :mod:`dg_plan._messages`: a :class:`MessageKind` and the checks of
a message's values, and :func:`fill`, which fills a kind's template in with its values
given a translation function (English, the source text, needs none: :func:`english`).
It imports no catalog, so the kinds of errors the language machinery itself raises
(:mod:`dg_plan._query_errors`) can be made here without an import circle.
"""

from __future__ import annotations

import enum
import functools
import re
import string
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

from ._errors import InvalidTypeError, ValidationError

__all__ = [
    "KEY",
    "LIST_SEPARATOR",
    "MessageKind",
    "check_values",
    "english",
    "error_of",
    "fill",
    "number_runs",
    "placeholders",
    "to_values",
]

#: What a value's key looks like: snake_case.
KEY = re.compile(r"[a-z][a-z0-9_]*\Z")

#: How a list value is kept (the items of a value a kind names in ``lists``): the
#: items joined by the Chinese enumeration comma, which no name of the plan contains.
#: The renderer joins them again with the separator of the language shown.
LIST_SEPARATOR = "、"


# A Chinese character: a list of names written in Chinese keeps its 、 in English.
_CJK = re.compile(r"[\u3400-\u9fff]")
_NUMBER_RANGE = re.compile(r"([0-9]+)\u2013([0-9]+)")


def N_(message: str) -> str:  # noqa: N802 - the conventional name of the gettext marker
    """Mark *message* for extraction (as :func:`dg_plan._i18n.N_`, which imports this)."""
    return message


#: How a range of numbers is written (rows 3–12). A value keeps the en dash it is made
#: with, before the language is known; :func:`fill` looks this up in the language's
#: catalog and writes each range as the language does (第3—12行 in Chinese).
NUMBER_RANGE = N_("{first}–{last}")


def number_runs(numbers: Iterable[int], separator: str, span: str = NUMBER_RANGE) -> str:
    """*numbers* as runs, consecutive numbers as one range: ``3–12``, ``3–5, 8``.

    *span* writes a range: :data:`NUMBER_RANGE` as the language's catalog gives it
    (``3—12`` in Chinese); *separator* parts the runs (``, ``; ``、`` in Chinese).

    >>> number_runs((12, 13, 14, 8, 3, 4), ", ")
    '3–4, 8, 12–14'
    >>> number_runs((12, 13, 14), "、", "{first}—{last}")
    '12—14'
    """
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return separator.join(
        span.format(first=r[0], last=r[-1]) if len(r) > 1 else str(r[0]) for r in runs
    )


@functools.cache
def placeholders(template: str) -> frozenset[str]:
    """The names of the values *template* uses."""
    return frozenset(f for _, f, _, _ in string.Formatter().parse(template) if f)


class MessageKind(enum.Enum):
    """A kind of message: its stable name (the member's value) and its templates.

    A member is written ``NAME = "name", templates`` or ``NAME = "name", templates,
    {"translated": ..., "lists": ...}``: *templates* is one template or several, most
    specific first (a message renders with the first whose placeholders all have
    values; the last names the values a message of the kind needs). *translated* names
    the values that are words of a closed vocabulary, translated when rendered;
    *lists* names the values that are lists (kept joined by :data:`LIST_SEPARATOR`);
    *constants* maps placeholders to text every message of the kind shows as it is,
    in every language (code such as ``Role.LEAD``, examples of input such as
    ``2024H1``): not words to translate, so not in the template.
    """

    templates: tuple[str, ...]
    translated: frozenset[str]
    lists: frozenset[str]
    constants: Mapping[str, str]

    def __new__(  # noqa: PYI034 - an enum's members are made before Self would be bound
        cls,
        value: object,
        templates: str | tuple[str, ...] = (),
        options: Mapping[str, Iterable[str] | Mapping[str, str]] | None = None,
    ) -> MessageKind:
        """Make a member whose value is *value*, with its templates beside it.

        A kind that is also a :class:`str` (``class K(str, MessageKind)``) is its value.
        """
        member = str.__new__(cls, value) if issubclass(cls, str) else object.__new__(cls)
        member._value_ = value
        member.templates = (templates,) if isinstance(templates, str) else tuple(templates)
        member.translated = frozenset((options or {}).get("translated", ()))
        member.lists = frozenset((options or {}).get("lists", ()))
        member.constants = MappingProxyType(dict((options or {}).get("constants", {})))  # type: ignore[arg-type]
        return member

    @property
    def required(self) -> frozenset[str]:
        """The values a message of this kind needs: those of its last template.

        Its constants are not among them: the kind fills them in itself.
        """
        if not self.templates:
            return frozenset()
        return placeholders(self.templates[-1]) - self.constants.keys()


def to_values(value: object) -> object:
    """Accept a mapping or pairs; keep the pairs sorted by key, so equal messages are equal.

    A value that is a list or tuple of strings (a list of names) is kept joined by
    :data:`LIST_SEPARATOR`.
    """
    if type(value) is dict and all(type(k) is str and type(v) is str for k, v in value.items()):
        # The usual case, every note read from JSON: what the general path below
        # returns for it, without its checks against the abstract classes.
        return tuple(sorted(value.items()))
    if isinstance(value, Mapping):
        value = tuple(value.items())
    if isinstance(value, Iterable) and not isinstance(value, str):
        items = tuple(_pair(v) if isinstance(v, list | tuple) else v for v in value)
        try:
            return tuple(sorted(items))
        except TypeError:
            return items
    return value


def _pair(pair: list[object] | tuple[object, ...]) -> tuple[object, ...]:
    if (
        len(pair) == 2
        and isinstance(pair[1], list | tuple)
        and all(type(item) is str for item in pair[1])
    ):
        return (pair[0], LIST_SEPARATOR.join(pair[1]))
    return tuple(pair)


def check_values(kind: object, values: object, noun: str, argument: str = "values") -> None:
    """Check that *values* are the ``(key, value)`` string pairs *kind* needs.

    *noun* names the message in the errors (``"note"``, ``"finding"``).

    Raises:
        InvalidTypeError: The values are not pairs of strings.
        ValidationError: A key is not snake_case or repeats, or a value *kind* needs
            is missing.
    """
    if type(values) is not tuple or not all(
        type(p) is tuple and len(p) == 2 and all(type(s) is str for s in p) for p in values
    ):
        raise InvalidTypeError(
            f"a {noun}'s values must be (key, value) pairs of str, got {values!r}",
            argument,
            values,
        )
    keys = [k for k, _v in values]
    bad = [k for k in keys if not KEY.match(k)]
    if bad:
        raise ValidationError(
            f"a {noun}'s value key must be snake_case, got {bad[0]!r}", argument, bad[0]
        )
    if len(set(keys)) != len(keys):
        raise ValidationError(f"a {noun}'s value keys repeat: {keys!r}", argument, values)
    if isinstance(kind, MessageKind):
        missing = sorted(kind.required - set(keys))
        if missing:
            raise ValidationError(
                f"a {kind.value} {noun} needs the values {missing!r}", argument, values
            )


def fill(
    kind: MessageKind,
    values: Iterable[tuple[str, str]],
    translate: Callable[[str], str] = str,
    language: str = "en",
) -> str:
    """Return a message of *kind* with *values*, its words translated by *translate*.

    The first of the kind's templates whose placeholders all have values is passed to
    *translate* and filled in; so are the values the kind names ``translated``. A value
    ``<key>_<language>`` is the text of value ``<key>`` in *language*. A list value is
    joined with the translation of ``", "``; a list of Chinese names keeps its ``、``
    in English too, as Chinese text quoted in an English sentence does. A range of
    numbers (``42–43``) is written as the catalog writes :data:`NUMBER_RANGE`: Chinese
    takes its dash (``42—43``).
    """
    pairs = tuple(values)
    filled = {**kind.constants, **dict(pairs)}
    if language != "en":
        suffix = "_" + language
        filled.update({k[: -len(suffix)]: v for k, v in pairs if k.endswith(suffix)})
    for key in kind.translated & filled.keys():
        filled[key] = translate(filled[key])
    span = translate(NUMBER_RANGE)
    if span != NUMBER_RANGE:  # a range of numbers (rows 42–43) as the language writes it
        filled = {
            k: _NUMBER_RANGE.sub(lambda m: span.format(first=m[1], last=m[2]), v)
            if isinstance(v, str)
            else v
            for k, v in filled.items()
        }
    separator = translate(", ")
    for key in kind.lists & filled.keys():
        items = filled[key].split(LIST_SEPARATOR)
        chinese = all(_CJK.search(item) for item in items)
        filled[key] = (LIST_SEPARATOR if chinese else separator).join(items)
    for template in kind.templates:
        if placeholders(template) <= filled.keys():
            return translate(template).format_map(filled)
    raise AssertionError(kind)  # pragma: no cover - the validators require the last one


def english(kind: MessageKind, values: Iterable[tuple[str, str]]) -> str:
    """Return a message of *kind* with *values* in English, the templates' own language."""
    return fill(kind, values)


_E = TypeVar("_E", bound=Exception)


def error_of(
    cls: Callable[..., _E],
    kind: MessageKind,
    noun: str,
    *args: object,
    **values: str | tuple[str, ...],
) -> _E:
    """Return ``cls(reason, *args, kind=kind, values=pairs)``: an error said as a message.

    The reason is the English of *kind* with *values*; *noun* names the message in the
    error a caller's missing value raises. A value that is a tuple of strings is a list
    (the kind names it in ``lists``).

    Raises:
        ValidationError: A value *kind* needs is missing (a bug of the caller).
    """
    pairs = to_values(values)
    check_values(kind, pairs, noun)
    return cls(english(kind, pairs), *args, kind=kind, values=pairs)  # type: ignore[arg-type]
