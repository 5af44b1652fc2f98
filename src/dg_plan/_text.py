"""Text helpers: the lookup key that makes lookups ignore punctuation width."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Named(Protocol):
    @property
    def names(self) -> tuple[str, ...]: ...


HasNames = TypeVar("HasNames", bound=_Named)

# Quotation marks are typography, not part of a name: “豫事办” and 豫事办 are one name.
_QUOTES = dict.fromkeys(map(ord, "\"'“”‘’「」『』"))


def lookup_key(name: str) -> str:
    """Return the form of *name* that lookups compare.

    NFKC folds full-width ASCII variants (``（`` to ``(``, ``，`` to ``,``), white
    space is dropped everywhere (the print puts spaces between Chinese
    characters) and quotation marks are dropped.
    """
    folded = unicodedata.normalize("NFKC", name).translate(_QUOTES)
    return "".join(folded.split())


def close_matches(key: str, candidates: Iterable[str], limit: int = 5) -> list[str]:
    """Return up to *limit* of *candidates* (lookup keys) that resemble *key*, best first."""
    import difflib  # noqa: PLC0415 - only an unknown name needs it

    pool = list(dict.fromkeys(candidates))
    found = difflib.get_close_matches(key, pool, n=limit, cutoff=0.5)
    if len(found) < limit and key:
        # Short Chinese names resemble little by ratio; containment is the better hint.
        found += [c for c in pool if (key in c or c in key) and c not in found]
    return found[:limit]


def rank(key: str, items: Iterable[HasNames], limit: int) -> list[HasNames]:
    """Rank *items* by how well their names match *key*; leave out poor matches."""
    import difflib  # noqa: PLC0415 - only a search needs it

    scored = []
    for position, item in enumerate(items):
        best = 0.0
        for name in item.names:
            candidate = lookup_key(name)
            if candidate == key:
                score = 2.0
            elif key in candidate or candidate in key:
                score = 1.0 + min(len(key), len(candidate)) / max(len(key), len(candidate))
            else:
                score = difflib.SequenceMatcher(None, key, candidate).ratio()
            best = max(best, score)
        if best >= 0.5:
            scored.append((-best, position, item))
    scored.sort(key=lambda s: (s[0], s[1]))
    return [item for _, _, item in scored[:limit]]
