"""Messages as data: a kind plus its values, rendered in a language by one renderer.

Provenance notes, import findings, tracking problems and query errors are all made
the same way: a member of a :class:`MessageKind` (a stable name, with its templates
beside it) and the values its templates name, as sorted ``(key, value)`` string
pairs. :func:`render` says one in English or Chinese: it looks the template up in the
gettext catalog and fills it in. The English rendering is what the library's
``str()`` and exception texts say; the command line's ``--lang zh`` is the other one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import attrs

if TYPE_CHECKING:
    import gettext

from ._errors import InvalidTypeError
from ._message_kinds import (
    KEY,
    LIST_SEPARATOR,
    MessageKind,
    check_values,
    fill,
    placeholders,
    to_values,
)

__all__ = [
    "KEY",
    "LIST_SEPARATOR",
    "Message",
    "MessageKind",
    "check_values",
    "file_name",
    "join_place",
    "kind_validator",
    "placeholders",
    "render",
    "to_values",
    "values_validator",
]


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
    return fill(kind, values, _i18n.translation(code).gettext, code)


def file_name(name: str, words: gettext.NullTranslations) -> str:
    """Return a file's *name* as a place in a file starts with it, in *words*' language.

    English writes it bare (``list.xlsx``); Chinese quotes it (``“清单.xlsx”``), as
    every Chinese message quotes a file name or a path, whatever its script
    (docs/glossary.md, "File names").
    """
    return words.pgettext("a file's name, at the start of a place in it", "{file}").format(
        file=name
    )


def join_place(parts: Sequence[str], words: gettext.NullTranslations) -> str:
    """Return the parts of a place in a file (file, sheet, row, column) as one place.

    English lists them (``list.xlsx, sheet 任务, row 8, column “完成时限”``); Chinese says
    one phrase (``“清单.xlsx”“任务”表第8行“完成时限”列``, the file's name quoted by
    :func:`file_name`): nothing between its parts, but a space where two Latin words or
    numbers would run together. *words* are the translations of the language asked for.
    """
    if not parts:
        return ""
    place = parts[0]
    for i, part in enumerate(parts[1:]):
        latin_end = place[-1:].isascii() and place[-1:].isalnum()
        after_file = i == 0 and "." in place
        if latin_end and (after_file or (part[:1].isascii() and part[:1].isalnum())):
            join = words.pgettext(
                "a place in a file, then a part of it; after a file name or between Latin words",
                "{place}, {part}",
            )
        else:
            join = words.pgettext("a place in a file, then a part of it", "{place}, {part}")
        place = join.format(place=place, part=part)
    return place


def kind_validator(instance: Message[Any], attribute: attrs.Attribute[Any], value: object) -> None:
    """Attrs validator: *value* is one of the kinds of *instance*'s class."""
    kinds = type(instance).KINDS
    if not isinstance(value, kinds):
        raise InvalidTypeError(
            f"{type(instance).__name__}.{attribute.name} must be a {kinds.__name__}, got {value!r}",
            attribute.name,
            value,
        )


def values_validator(
    instance: Message[Any], attribute: attrs.Attribute[Any], value: object
) -> None:
    """Attrs validator: *value* holds the values *instance*'s kind needs."""
    check_values(instance.kind, value, type(instance).NOUN, attribute.name)


#: The kind enum of a class of messages.
K = TypeVar("K", bound=MessageKind)


@attrs.frozen
class Message(Generic[K]):
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

    kind: K = attrs.field(validator=kind_validator)
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
