"""The language of what dg_plan shows people: gettext catalogs, compiled at build time.

Only what dg_plan *shows* is translated (the command line, HTML displays, plots);
exceptions stay English, as Python libraries' do, and data stay as they are. The
catalogs are ``dg_plan/locale/<language>/LC_MESSAGES/dg_plan.mo``, compiled from the
``.po`` sources by the build (``hatch_build.py``).
"""

from __future__ import annotations

import functools
import gettext
import os
from collections.abc import Mapping
from importlib.resources import files

from ._errors import InvalidQueryError

__all__ = ["LANGUAGES", "from_environment", "normalize", "translation"]

DOMAIN = "dg_plan"

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
        raise InvalidQueryError("expected a language: 'en' or 'zh'", "language", language)
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
def translation(language: str) -> gettext.NullTranslations:
    """Return the translations for *language* (``"en"`` or ``"zh"``).

    English is the source text, so it has none. A language whose compiled catalog
    is missing (a source tree that was never built) falls back to English.
    """
    locale = _CATALOG.get(normalize(language))
    if locale is None:
        return gettext.NullTranslations()
    directory = files("dg_plan") / "locale"
    return gettext.translation(DOMAIN, str(directory), languages=[locale], fallback=True)


def has_catalog(language: str) -> bool:
    """Whether the compiled catalog for *language* is installed (English always is)."""
    return normalize(language) == "en" or isinstance(translation(language), gettext.GNUTranslations)
