"""Full-text search of the tasks' texts.

A query is split on white space into terms; a task is a hit when its text contains
every term. Text and terms are compared after NFKC and case folding, character by
character, so ``ipv6`` finds "IPv6" and ``(`` finds "（"; each hit keeps the spans of
the original text it matched.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import attrs

from . import _display
from ._model import Task
from ._query_errors import QueryErrorKind, query_error

__all__ = ["SearchHit", "fold", "terms_of"]


def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Return *text* folded for comparison, and for each folded character its origin.

    Each character is folded on its own (NFKC, then case folding), so a folded
    character always comes from exactly one character of *text*: ``origin[i]`` is the
    offset in *text* of the character that gave folded character ``i``.
    """
    pieces: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char).casefold()
        pieces.append(folded)
        origin.extend([i] * len(folded))
    return "".join(pieces), tuple(origin)


def terms_of(query: object) -> tuple[str, ...]:
    """Return the folded, distinct terms of *query*, in order.

    Raises:
        InvalidQueryError: *query* is not a string, or has no term: an empty query would
            match every task.
    """
    if not isinstance(query, str):
        raise query_error(QueryErrorKind.EXPECTED_TEXT, "query", query)
    terms = tuple(dict.fromkeys(t for t in (fold(w)[0] for w in query.split()) if t))
    if not terms:
        raise query_error(QueryErrorKind.EMPTY_QUERY, "query", query)
    return terms


@attrs.frozen
class SearchHit:
    """A task whose text contains every term of a search, and where.

    Args:
        task: The task.
        spans: The ``(start, end)`` offsets in ``task.text`` of every match of every
            term, in order of position (matches of one term do not overlap; matches
            of different terms may).
    """

    task: Task
    spans: tuple[tuple[int, int], ...]

    @property
    def matches(self) -> int:
        """How many matches the task has, all terms together: the ranking's first key."""
        return len(self.spans)

    @property
    def matched(self) -> tuple[str, ...]:
        """The matched pieces of the text, in order (``task.text[start:end]``)."""
        return tuple(self.task.text[s:e] for s, e in self.spans)

    def __repr__(self) -> str:
        """Return a short form: ``<SearchHit task 61: 2 matches (区块链, 数据)>``."""
        shown = ", ".join(dict.fromkeys(self.matched))
        noun = "match" if self.matches == 1 else "matches"
        return f"<SearchHit task {self.task.number}: {self.matches} {noun} ({shown})>"

    def _repr_html_(self) -> str:
        """Return the hit as a one-row table with the matches marked, for notebooks."""
        return _display.search_hits_table([self])


def _find(folded: str, origin: tuple[int, ...], term: str) -> list[tuple[int, int]]:
    spans = []
    at = folded.find(term)
    while at >= 0:
        end = at + len(term)
        spans.append((origin[at], origin[end - 1] + 1))
        at = folded.find(term, end)
    return spans


def search(
    texts: Iterable[tuple[Task, tuple[str, tuple[int, ...]]]], terms: tuple[str, ...]
) -> tuple[SearchHit, ...]:
    """Return the hits for the folded *terms* among the tasks, ranked.

    *texts* pairs each task with its folded text (:func:`fold`). Hits are ranked by
    number of matches, most first, then by task number; the order is total, so it is
    stable.
    """
    hits = []
    for task, (folded, origin) in texts:
        spans: list[tuple[int, int]] = []
        for term in terms:
            found = _find(folded, origin, term)
            if not found:
                break
            spans += found
        else:
            hits.append(SearchHit(task, tuple(sorted(spans))))
    hits.sort(key=lambda h: (-h.matches, h.task.number))
    return tuple(hits)
