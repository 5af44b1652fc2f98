"""Messages as data: a kind plus its values, rendered in a language by one renderer.

Provenance notes, import findings, tracking problems and query errors are all made
the same way: a member of a :class:`MessageKind` (a stable name, with its templates
beside it) and the values its templates name, as sorted ``(key, value)`` string
pairs. :func:`render` says one in English or Chinese: it looks the template up in the
gettext catalog and fills it in. The English rendering is what the library's
``str()`` and exception texts say; the command line's ``--lang zh`` is the other one.
"""

from __future__ import annotations

import enum
import functools
import re
import string
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import attrs

from ._errors import InvalidTypeError, ValidationError

__all__ = [
    "KEY",
    "LIST_SEPARATOR",
    "Message",
    "MessageKind",
    "check_values",
    "kind_validator",
    "placeholders",
    "render",
    "to_values",
    "values_validator",
]

#: What a value's key looks like: snake_case.
KEY = re.compile(r"[a-z][a-z0-9_]*\Z")

#: How a list value is kept (the items of a value a kind names in ``lists``): the
#: items joined by the Chinese enumeration comma, which no name of the plan contains.
#: The renderer joins them again with the separator of the language shown.
LIST_SEPARATOR = "、"


# A Chinese character: a list of names written in Chinese keeps its 、 in English.
_CJK = re.compile(r"[\u3400-\u9fff]")


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
        value: str,
        templates: str | tuple[str, ...] = (),
        options: Mapping[str, Iterable[str] | Mapping[str, str]] | None = None,
    ) -> MessageKind:
        """Make a member whose value is *value*, with its templates beside it."""
        member = object.__new__(cls)
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


def render(kind: MessageKind, values: Iterable[tuple[str, str]], language: str) -> str:
    """Return a message of *kind* with *values* as a sentence in *language*.

    The first of the kind's templates whose placeholders all have values is looked up
    in the catalog of *language* and filled in; so are the values the kind names
    ``translated``. A value ``<key>_zh`` is the Chinese text of value ``<key>``. A list
    value is joined with the language's separator (``, `` in English, ``、`` in Chinese);
    a list of Chinese names keeps its ``、`` in English too, as Chinese text quoted in
    an English sentence does.

    Raises:
        InvalidQueryError: *language* is neither ``"en"`` nor ``"zh"``.
    """
    from . import _i18n  # noqa: PLC0415 - gettext only when something is shown

    code = _i18n.normalize(language)
    catalog = _i18n.translation(code)
    pairs = tuple(values)
    filled = {**kind.constants, **dict(pairs)}
    if code != "en":
        suffix = "_" + code
        filled.update({k[: -len(suffix)]: v for k, v in pairs if k.endswith(suffix)})
    for key in kind.translated & filled.keys():
        filled[key] = catalog.gettext(filled[key])
    separator = catalog.gettext(", ")
    for key in kind.lists & filled.keys():
        items = filled[key].split(LIST_SEPARATOR)
        chinese = all(_CJK.search(item) for item in items)
        filled[key] = (LIST_SEPARATOR if chinese else separator).join(items)
    for template in kind.templates:
        if placeholders(template) <= filled.keys():
            return catalog.gettext(template).format_map(filled)
    raise AssertionError(kind)  # pragma: no cover - the validators require the last one


def kind_validator(instance: Message, attribute: attrs.Attribute[Any], value: object) -> None:
    """Attrs validator: *value* is one of the kinds of *instance*'s class."""
    kinds = type(instance).KINDS
    if not isinstance(value, kinds):
        raise InvalidTypeError(
            f"{type(instance).__name__}.{attribute.name} must be a {kinds.__name__}, got {value!r}",
            attribute.name,
            value,
        )


def values_validator(instance: Message, attribute: attrs.Attribute[Any], value: object) -> None:
    """Attrs validator: *value* holds the values *instance*'s kind needs."""
    check_values(instance.kind, value, type(instance).NOUN, attribute.name)


@attrs.frozen
class Message:
    """A message as data: a kind plus the values its templates name; immutable.

    ``str(message)`` is its English rendering; :meth:`render` says it in a language.

    Args:
        kind: What kind of message it is (a member of the class's ``KINDS``).
        values: The values the kind names (a mapping, or ``(key, value)`` pairs; kept
            sorted by key).

    Raises:
        InvalidTypeError: *kind* is not one of ``KINDS``, or *values* are not strings.
        ValidationError: A value the kind needs is missing, or a key is not snake_case.
    """

    #: The enum the kinds of this class of message come from.
    KINDS: ClassVar[type[MessageKind]] = MessageKind
    #: What the errors call one message of this class.
    NOUN: ClassVar[str] = "message"

    kind: MessageKind = attrs.field(validator=kind_validator)
    values: tuple[tuple[str, str], ...] = attrs.field(
        converter=to_values, validator=values_validator
    )

    def __getitem__(self, key: str) -> str:
        """Return the value named *key*.

        Raises:
            KeyError: The message has no such value.
        """
        for k, v in self.values:
            if k == key:
                return v
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        """Whether the message has a value named *key*."""
        return any(k == key for k, _ in self.values)

    def get(self, key: str, default: str | None = None) -> str | None:
        """Return the value named *key*, or *default*."""
        for k, v in self.values:
            if k == key:
                return v
        return default

    def render(self, language: str = "en") -> str:
        """Return the message as a sentence in *language* (``"en"`` or ``"zh"``).

        Raises:
            InvalidQueryError: *language* is neither.
        """
        return render(self.kind, self.values, language)

    def __str__(self) -> str:
        return self.render("en")
