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
    # A ratio of 0.5 holds for names sharing only scattered characters (省委 and
    # 省发展改革委 share 省 and 委): a match must also share a run of two characters.
    found = [
        c
        for c in difflib.get_close_matches(key, pool, n=len(pool), cutoff=0.5)
        if _shared_run(key, c) >= min(2, len(key))
    ][:limit]
    if len(found) < limit and key:
        # Short Chinese names resemble little by ratio; containment is the better hint.
        found += [c for c in pool if (key in c or c in key) and c not in found]
    return found[:limit]


def _shared_run(a: str, b: str) -> int:
    """The length of the longest run of characters *a* and *b* share."""
    import difflib  # noqa: PLC0415 - only an unknown name needs it

    match = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return match.find_longest_match(0, len(a), 0, len(b)).size


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
