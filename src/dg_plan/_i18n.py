"""The language of what dg_plan shows people: gettext catalogs, compiled at build time.

Only what dg_plan *shows* is translated (the command line, HTML displays, plots);
exceptions stay English, as Python libraries' do, and data stay as they are. The
catalogs are ``dg_plan/locale/<language>/LC_MESSAGES/dg_plan.mo``, compiled from the
``.po`` sources by the build (``hatch_build.py``).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
import threading
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from ._query_errors import QueryErrorKind, query_error

if TYPE_CHECKING:
    import gettext as _gettext

__all__ = [
    "LANGUAGES",
    "N_",
    "current",
    "data_text",
    "from_environment",
    "get_language",
    "gettext",
    "has_catalog",
    "ngettext",
    "normalize",
    "pgettext",
    "set_language",
    "translation",
    "using",
]

DOMAIN = "dg_plan"
#: The catalog of the data's own English prose (the notes on units and platforms): its
#: messages are the data's texts, not the source's, so it is a domain of its own.
DATA_DOMAIN = "dg_plan_data"

#: The languages dg_plan speaks, by the codes ``--lang`` and ``set_language`` take.
LANGUAGES = ("en", "zh")

# The gettext locale of each language's catalog; English is the source text.
_CATALOG = {"zh": "zh_CN"}


def _known(language: object) -> str | None:
    if isinstance(language, str):
        code = language.strip().replace("-", "_").split(".")[0].split("@")[0].lower()
        for known in LANGUAGES:
            if code == known or code.startswith(known + "_"):
                return known
    return None


def normalize(language: object) -> str:
    """Return ``"en"`` or ``"zh"`` for a language code (``zh``, ``zh_CN``, ``zh-Hans``, ``en_US``).

    Raises:
        InvalidQueryError: *language* is not a string or names neither language.
    """
    known = _known(language)
    if known is None:
        raise query_error(QueryErrorKind.EXPECTED_LANGUAGE, "language", language)
    return known


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """Return the language the locale asks for, as gettext reads it, or ``"en"``.

    The variables are read in gettext's order: ``LANGUAGE`` (a ``:``-separated list),
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; the first one set decides. A locale of a
    language dg_plan does not speak (``C``, ``fr_FR``) gives English.
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for candidate in value.split(":"):
            known = _known(candidate)
            if known is not None:
                return known
        return "en"
    return "en"


@functools.cache
def translation(language: str) -> _gettext.NullTranslations:
    """Return the translations for *language* (``"en"`` or ``"zh"``).

    English is the source text, so it has none. A language whose compiled catalog
    is missing (a source tree that was never built) falls back to English.
    """
    import gettext  # noqa: PLC0415 - not at ``import dg_plan``
    from importlib.resources import files  # noqa: PLC0415 - not at ``import dg_plan``

    locale = _CATALOG.get(normalize(language))
    if locale is None:
        return gettext.NullTranslations()
    directory = files("dg_plan") / "locale"
    return gettext.translation(DOMAIN, str(directory), languages=[locale], fallback=True)


@functools.cache
def _data_translation(language: str) -> _gettext.NullTranslations:
    import gettext  # noqa: PLC0415 - not at ``import dg_plan``
    from importlib.resources import files  # noqa: PLC0415 - not at ``import dg_plan``

    locale = _CATALOG.get(normalize(language))
    if locale is None:
        return gettext.NullTranslations()
    directory = files("dg_plan") / "locale"
    return gettext.translation(DATA_DOMAIN, str(directory), languages=[locale], fallback=True)


def data_text(text: str, language: str | None = None) -> str:
    """Return a piece of the data's English prose (a unit's note) in *language*.

    The shipped plan's notes on units and platforms are written in English; their
    Chinese is the ``dg_plan_data`` catalog. A text it does not hold (a note of a plan
    of one's own) is returned as it is. *language* defaults to the one in force.
    """
    if not text:
        return text
    return _data_translation(language or current()).gettext(text)


def has_catalog(language: str) -> bool:
    """Whether the compiled catalog for *language* is installed (English always is)."""
    import gettext  # noqa: PLC0415 - not at ``import dg_plan``

    return normalize(language) == "en" or isinstance(translation(language), gettext.GNUTranslations)


# -- the language of the displays -------------------------------------------------------


class _Choice:
    """The language chosen with :func:`set_language`: one private, lock-guarded value."""

    __slots__ = ("_language", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._language = "en"

    def get(self) -> str:
        with self._lock:
            return self._language

    def set(self, language: str) -> None:
        with self._lock:
            self._language = language


_CHOICE = _Choice()
# A language that holds for a while in one thread or task (the command line's run,
# one plot's language= argument); None: the one set_language chose.
_OVERRIDE: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "dg_plan_language", default=None
)


def set_language(language: str) -> None:
    """Choose the language of dg_plan's displays: HTML reprs, tables and plots.

    The choice holds for the whole process (every thread) until it is changed.
    Until it is set, displays are in English, whatever the locale: a notebook shows
    the same thing on every machine. Data stay as they are, in Chinese, and
    exceptions stay in English. The command line ``dg-plan`` has its own choice
    (``--lang``, or the locale).

    >>> import dg_plan
    >>> dg_plan.set_language("zh")
    >>> dg_plan.get_language()
    'zh'
    >>> dg_plan.set_language("en")

    Args:
        language: ``"zh"`` (简体中文) or ``"en"``; ``"zh_CN"``, ``"zh-Hans"``,
            ``"en_US"`` and the like are read as those.

    Raises:
        InvalidQueryError: *language* is neither Chinese nor English.
    """
    _CHOICE.set(normalize(language))


def get_language() -> str:
    """Return the language of dg_plan's displays: ``"en"`` (the default) or ``"zh"``."""
    return _CHOICE.get()


def current() -> str:
    """Return the language in force here: an override of :func:`using`, else the chosen one."""
    return _OVERRIDE.get() or _CHOICE.get()


@contextlib.contextmanager
def using(language: str | None) -> Iterator[str]:
    """Make *language* the one in force in this thread or task for a while.

    ``None`` keeps the language in force. Yields the language in force inside.
    """
    token = _OVERRIDE.set(_OVERRIDE.get() if language is None else normalize(language))
    try:
        yield current()
    finally:
        _OVERRIDE.reset(token)


def gettext(message: str) -> str:
    """Return *message* in the language in force."""
    return translation(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Return *singular* or *plural*, as *n* asks, in the language in force."""
    return translation(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Return *message*, in *context*, in the language in force."""
    return translation(current()).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the conventional name of the gettext marker
    """Mark *message* for extraction and return it untranslated (translate it later)."""
    return message
