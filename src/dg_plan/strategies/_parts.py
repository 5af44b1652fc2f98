"""The parts of a task: mentions of platforms, notes and provenance."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from dg_plan._messages import placeholders
from dg_plan._model import ORIGIN_FIELDS, Mention, Origin, Provenance
from dg_plan._notes import Note, NoteKind

from ._common import MAX_INT, MAX_NUMBER, check_size, chosen_kinds, platform_name, some_text, upto


@st.composite
def _mention(draw: st.DrawFn, platform: str | None, max_end: int) -> Mention:
    start = draw(st.integers(0, max_end - 1))
    end = draw(st.integers(start + 1, max_end))
    name = platform if platform is not None else draw(platform_name())
    return Mention(name, start, end)


def mentions(*, platform: str | None = None, max_end: int = 200) -> st.SearchStrategy[Mention]:
    """Return a strategy for mentions of a platform at offsets ``0 <= start < end``.

    A task draws its own mentions, at the offsets where its text names its
    platforms; this strategy is for a :class:`~dg_plan.Mention` on its own.

    Args:
        platform: The name of the platform mentioned; drawn when ``None``.
        max_end: The largest ``end`` offset.

    Returns:
        A strategy that draws :class:`~dg_plan.Mention` objects.

    Raises:
        InvalidArgument: *platform* is empty or *max_end* is less than 1.
    """
    if platform is not None and (not isinstance(platform, str) or not platform):
        raise InvalidArgument(f"platform must be a non-empty str or None, got {platform!r}")
    check_size("max_end", max_end, 1)
    return _mention(platform, max_end)


def _rows(draw: st.DrawFn, number: int) -> tuple[int, ...]:
    """The rows a merged cell spans: a run of task numbers that includes *number*."""
    before, after = draw(upto(2)), draw(upto(2))
    return tuple(range(max(1, number - before), number + after + 1))


@functools.cache
def _span() -> st.SearchStrategy[tuple[int, int] | None]:
    """Offsets ``(start, end)`` in the source, or ``None``."""
    spans = st.tuples(st.integers(0, MAX_INT), st.integers(0, 500)).map(
        lambda start_length: (start_length[0], start_length[0] + start_length[1])
    )
    return st.none() | spans


@st.composite
def _note(draw: st.DrawFn, kinds: tuple[NoteKind, ...] = tuple(NoteKind)) -> Note:
    """A note of one of *kinds*, with the values its kind names.

    Now and then with the optional ones, and with a Chinese text of a value.
    """
    kind = draw(st.sampled_from(kinds))
    templates = kind.templates
    keys = set(placeholders(templates[-1]))
    for template in templates[:-1]:
        if draw(st.booleans()):
            keys |= placeholders(template)
    keys_sorted = sorted(keys)
    values = {key: draw(some_text(min_size=1, max_size=6)) for key in keys_sorted}
    if draw(st.booleans()):  # every kind names at least one value
        values[keys_sorted[0] + "_zh"] = draw(some_text(min_size=1, max_size=6))
    return Note(kind, values)


@functools.cache
def _notes() -> st.SearchStrategy[tuple[Note, ...]]:
    return st.lists(_note(), max_size=2).map(tuple)


def notes(*, kinds: Iterable[NoteKind] | None = None) -> st.SearchStrategy[Note]:
    """Return a strategy for provenance notes of every kind (or of *kinds*).

    Each note has the values its kind names, now and then the optional ones (a merged
    cell's ``rows`` or ``columns``), and now and then a Chinese text of a value
    (``<key>_zh``).

    Args:
        kinds: The kinds to draw; every :class:`~dg_plan.NoteKind` when ``None``.

    Returns:
        A strategy that draws :class:`~dg_plan.Note` objects.

    Raises:
        InvalidArgument: *kinds* is empty or holds something other than a NoteKind.
    """
    return _note(chosen_kinds(kinds, NoteKind, "kinds"))


@functools.cache
def _origins() -> st.SearchStrategy[Origin]:
    numbers = st.lists(st.integers(1, 9999), max_size=3, unique=True).map(
        lambda found: tuple(sorted(found))
    )
    cell = st.tuples(st.sampled_from(ORIGIN_FIELDS), some_text(min_size=1, max_size=8))
    return st.builds(
        Origin,
        file=some_text(max_size=12),
        sheet=some_text(max_size=8),
        rows=numbers,
        lines=numbers,
        cells=st.lists(cell, max_size=4).map(tuple),
    )


def origins() -> st.SearchStrategy[Origin]:
    """Return a strategy for where in an imported file a task was read from.

    Its ``rows`` and ``lines`` are increasing 1-based numbers, and each of its
    ``cells`` names a field of a task (``number``, ``text``, ``deadline``, ``units``,
    ``leads``, ``responsible``, ``support``)
    and a non-empty cell reference.

    Returns:
        A strategy that draws :class:`~dg_plan.Origin` objects.
    """
    return _origins()


@st.composite
def provenance_for(draw: st.DrawFn, number: int | None) -> Provenance:
    if number is None:
        number = draw(st.integers(1, MAX_NUMBER))
    spans = [draw(_span()) for _ in range(draw(upto(2)))]
    return Provenance(
        page=draw(st.none() | st.integers(1, 999)),
        deadline_rows=_rows(draw, number),
        units_rows=_rows(draw, number),
        alternatives=draw(_notes()),
        notes=draw(_notes()),
        text_span=draw(_span()),
        deadline_spans=tuple(s for s in spans if s is not None),
        units_span=draw(_span()),
        origin=draw(st.none() | _origins()),
    )


def provenances(*, number: int | None = None) -> st.SearchStrategy[Provenance]:
    """Return a strategy for the provenance of a task.

    Its ``deadline_rows`` and ``units_rows`` are runs of task numbers that include the
    task's own *number*, as a merged cell of the printed table would span.

    Args:
        number: The number of the task the provenance is for; drawn when ``None``.

    Returns:
        A strategy that draws :class:`~dg_plan.Provenance` objects.

    Raises:
        InvalidArgument: *number* is less than 1.
    """
    if number is not None:
        check_size("number", number, 1)
    return provenance_for(number)
