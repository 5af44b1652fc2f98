"""Text helpers: the lookup key that makes lookups ignore punctuation width."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

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
    pool = list(dict.fromkeys(candidates))
    found = difflib.get_close_matches(key, pool, n=limit, cutoff=0.5)
    if len(found) < limit and key:
        # Short Chinese names resemble little by ratio; containment is the better hint.
        found += [c for c in pool if (key in c or c in key) and c not in found]
    return found[:limit]
