"""Hypothesis strategies that generate valid dg_plan objects, from deadlines to whole plans.

Every object a strategy here draws satisfies every rule of the model, and every plan
survives the JSON format unchanged (``loads(dumps(plan)) == plan``): dated deadlines
have a :class:`datetime.date`, numbers are positive, names are unique under the
lookups' key, collectives and their members agree, leads are among the units, and
every mention lies within its task's text.

>>> from hypothesis import given
>>> from dg_plan.strategies import plans
>>> @given(plans(min_tasks=1, max_tasks=5))
... def test_tasks_have_units(plan):
...     assert all(task.units for task in plan.tasks)
>>> test_tasks_have_units()

Strategies with ``from_shipped=True`` draw from the shipped plan's own units,
platforms or deadlines; the shipped plan is loaded the first time such a strategy
is drawn from, never when it is made. The same strategies are registered with
:func:`hypothesis.strategies.from_type` through the ``hypothesis`` entry point, so
``st.from_type(dg_plan.Task)`` works without importing this module.

This module needs hypothesis: ``pip install 'dg_plan[hypothesis]'``.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import itertools
from collections.abc import Iterable, Sequence
from typing import TypeVar

import attrs

from ._compat import missing

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - run in a subprocess by the tests
    raise missing("hypothesis", "hypothesis", "dg_plan.strategies") from exc

from ._load import load_plan
from ._model import (
    Deadline,
    DeadlineKind,
    Mention,
    PlanMetadata,
    Platform,
    PlatformKind,
    Provenance,
    Role,
    Section,
    Successor,
    Task,
    Unit,
    UnitKind,
)
from ._notes import _TEMPLATES, Note, NoteKind, _placeholders
from ._plan import Plan
from ._text import lookup_key
from ._tracking import Ledger, Report, Status
from ._vocabulary import UNDER_LEAD, WORDS

__all__ = [
    "deadlines",
    "ledgers",
    "mentions",
    "notes",
    "plan_metadata",
    "plans",
    "platforms",
    "provenances",
    "reports",
    "sections",
    "successors",
    "tasks",
    "units",
]

E = TypeVar("E", DeadlineKind, UnitKind, PlatformKind, NoteKind)
T = TypeVar("T")

#: The default range of dated deadlines.
_MIN_DATE = datetime.date(2000, 1, 1)
_MAX_DATE = datetime.date(2099, 12, 31)
#: The largest offset into the source drawn: far inside what JSON carries exactly.
_MAX_INT = 10**6
#: The largest task number drawn when none is given.
_MAX_NUMBER = 999

_UNIT_PREFIXES = ("", "省", "市", "各")
_UNIT_SUFFIXES = ("", "厅", "局", "委", "办", "中心", "政府", "管委会")
_PLATFORM_SUFFIXES = ("", "平台", "系统", "数据库", "网", "云", "App", "码", "热线", "工程")
_PUNCTUATION = "，。、；：（）“”《》—"
_NUMERALS = "一二三四五六七八九"


# -- text ----------------------------------------------------------------------------


# The strategies below are made once, on first use (not at import), and reused:
# making strategies while drawing costs more than drawing from them.


@functools.cache
def _cjk(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """Chinese characters only: names are made of them."""
    chars = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
    return st.text(chars, min_size=min_size, max_size=max_size)


@functools.cache
def _text(min_size: int = 0, max_size: int = 20) -> st.SearchStrategy[str]:
    """Mostly Chinese text, with any character UTF-8 (and so JSON) can carry."""
    chars = st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
        st.sampled_from(_PUNCTUATION),
        st.characters(codec="utf-8"),
    )
    return st.text(chars, min_size=min_size, max_size=max_size)


@functools.cache
def _remark() -> st.SearchStrategy[str]:
    """An optional remark (an English name, a note): empty half the time."""
    return st.just("") | _text(min_size=1, max_size=12)


@functools.cache
def _texts(max_size: int = 2) -> st.SearchStrategy[tuple[str, ...]]:
    """A short tuple of non-empty texts (notes, sources, alternatives)."""
    return st.lists(_text(min_size=1, max_size=12), max_size=max_size).map(tuple)


@functools.cache
def _index(size: int) -> st.SearchStrategy[int]:
    """An index into a sequence of *size* items (shrinks to the first)."""
    return st.integers(0, size - 1)


@functools.cache
def _upto(most: int) -> st.SearchStrategy[int]:
    return st.integers(0, most)


def _pick(draw: st.DrawFn, items: Sequence[T]) -> T:
    return items[draw(_index(len(items)))]


@st.composite
def _name(draw: st.DrawFn, prefixes: Sequence[str], suffixes: Sequence[str]) -> str:
    """A Chinese name: 省 + core + 厅, optionally with a （qualifier） or “quotes”."""
    name = _pick(draw, prefixes) + draw(_cjk(1, 6))
    if draw(st.booleans()):
        name += f"（{draw(_cjk(1, 4))}）"
    name += _pick(draw, suffixes)
    if draw(st.booleans()):
        name = f"“{name}”" if draw(st.booleans()) else name.replace("（", "(").replace("）", ")")
    return name


@functools.cache
def _unit_name() -> st.SearchStrategy[str]:
    return _name(_UNIT_PREFIXES, _UNIT_SUFFIXES)


@functools.cache
def _platform_name() -> st.SearchStrategy[str]:
    return _name(("",), _PLATFORM_SUFFIXES)


@functools.cache
def _unique(names: st.SearchStrategy[str], count: int) -> st.SearchStrategy[list[str]]:
    """*count* names, no two alike under the lookups' key."""
    return st.lists(names, min_size=count, max_size=count, unique_by=lookup_key)


def _numeral(number: int) -> str:
    """The Chinese numeral for 1..99 (一, 十, 二十一); digits beyond."""
    if not 1 <= number <= 99:
        return str(number)
    tens, ones = divmod(number, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens - 1] + "十")
    return text + ("" if ones == 0 else _NUMERALS[ones - 1])


# -- argument checks -------------------------------------------------------------------


def _kinds(kinds: Iterable[E] | None, enum: type[E], argument: str) -> tuple[E, ...]:
    if kinds is None:
        return tuple(enum)
    chosen = tuple(dict.fromkeys(kinds))
    if not chosen or not all(isinstance(k, enum) for k in chosen):
        raise InvalidArgument(
            f"{argument} must be a non-empty collection of {enum.__name__}, got {kinds!r}"
        )
    return chosen


def _check_size(name: str, value: int, minimum: int = 0) -> None:
    if type(value) is not int or value < minimum:
        raise InvalidArgument(f"{name} must be an int >= {minimum}, got {value!r}")


def _check_range(low_name: str, low: int, high_name: str, high: int) -> None:
    _check_size(low_name, low)
    _check_size(high_name, high)
    if low > high:
        raise InvalidArgument(f"{low_name}={low!r} must not exceed {high_name}={high!r}")


def _shipped() -> Plan:
    """The shipped plan; called only while drawing, so strategies stay cheap to make."""
    return load_plan()


# -- deadlines -------------------------------------------------------------------------


@st.composite
def _dated(draw: st.DrawFn, min_date: datetime.date, max_date: datetime.date) -> Deadline:
    if draw(st.booleans()):
        # Half the time a month end, the plan's own form (2024年6月底前).
        first = min_date.year * 12 + min_date.month - 1
        last = max_date.year * 12 + max_date.month - 1
        year, month = divmod(draw(st.integers(first, last)), 12)
        day = calendar.monthrange(year, month + 1)[1]
        date = min(datetime.date(year, month + 1, day), max_date)
    else:
        date = draw(st.dates(min_date, max_date))
    return Deadline(DeadlineKind.DATE, date)


@functools.cache
def _shipped_deadlines(
    kinds: tuple[DeadlineKind, ...], min_date: datetime.date, max_date: datetime.date
) -> tuple[Deadline, ...]:
    found = {
        t.deadline
        for t in _shipped().tasks
        if t.deadline.kind in kinds
        and (t.deadline.date is None or min_date <= t.deadline.date <= max_date)
    }
    if not found:
        raise InvalidArgument("no deadline of the shipped plan matches the arguments")
    return tuple(sorted(found))


@st.composite
def _shipped_deadline(
    draw: st.DrawFn,
    kinds: tuple[DeadlineKind, ...],
    min_date: datetime.date,
    max_date: datetime.date,
) -> Deadline:
    return _pick(draw, _shipped_deadlines(kinds, min_date, max_date))


def deadlines(
    *,
    kinds: Iterable[DeadlineKind] | None = None,
    min_date: datetime.date = _MIN_DATE,
    max_date: datetime.date = _MAX_DATE,
    from_shipped: bool = False,
) -> st.SearchStrategy[Deadline]:
    """Return a strategy for deadlines of the given kinds.

    Dated deadlines fall between *min_date* and *max_date*; half of them are month
    ends (printed ``2024年6月底前``), the others any day (``2024年6月15日前``).

    Args:
        kinds: The kinds to draw; every kind by default.
        min_date: The earliest date of a dated deadline.
        max_date: The latest date of a dated deadline.
        from_shipped: Draw only deadlines that tasks of the shipped plan have.

    Returns:
        A strategy that draws :class:`~dg_plan.Deadline` objects.

    Raises:
        InvalidArgument: *kinds* is empty or *min_date* is after *max_date*.
    """
    chosen = _kinds(kinds, DeadlineKind, "kinds")
    for name, value in (("min_date", min_date), ("max_date", max_date)):
        if type(value) is not datetime.date:
            raise InvalidArgument(f"{name} must be a datetime.date, got {value!r}")
    if min_date > max_date:
        raise InvalidArgument(f"min_date={min_date!r} must not be after max_date={max_date!r}")
    if from_shipped:
        return _shipped_deadline(chosen, min_date, max_date)
    options = [
        _dated(min_date, max_date) if kind is DeadlineKind.DATE else st.just(Deadline(kind))
        for kind in chosen
    ]
    return st.one_of(options)


# -- units and platforms ---------------------------------------------------------------


def successors() -> st.SearchStrategy[Successor]:
    """Return a strategy for the successors of reorganised units.

    Returns:
        A strategy that draws :class:`~dg_plan.Successor` objects.
    """
    return _successors()


@functools.cache
def _successors() -> st.SearchStrategy[Successor]:
    return st.builds(
        Successor,
        name=_unit_name(),
        name_en=_remark(),
        since=st.none() | st.dates(),
        source=_text(min_size=1),
    )


@functools.cache
def _maybe_successor() -> st.SearchStrategy[Successor | None]:
    return st.none() | _successors()


@st.composite
def _unit_registry(
    draw: st.DrawFn, min_size: int, max_size: int, kinds: tuple[UnitKind, ...]
) -> tuple[Unit, ...]:
    """Units that a plan can hold together: unique names, consistent collectives."""
    size = draw(st.integers(min_size, max_size))
    unit_kinds = [_pick(draw, kinds) for _ in range(size)]
    shapes = [(draw(st.booleans()), draw(_upto(2))) for _ in range(size)]
    names = iter(draw(_unique(_unit_name(), sum(1 + f + a for f, a in shapes))))
    spelled = [
        (next(names), next(names) if full else "", tuple(next(names) for _ in range(aliases)))
        for full, aliases in shapes
    ]
    members: list[tuple[str, ...]] = []
    for i, kind in enumerate(unit_kinds):
        others = [n for j, (n, _, _) in enumerate(spelled) if j != i]
        if kind is UnitKind.COLLECTIVE and others:
            members.append(tuple(draw(st.lists(st.sampled_from(others), unique=True))))
        else:
            members.append(())
    registry = []
    for i, (name, full_name, aliases) in enumerate(spelled):
        # The JSON format derives member_of from the collectives, in registry order.
        member_of = tuple(spelled[j][0] for j in range(size) if name in members[j])
        registry.append(
            Unit(
                name=name,
                full_name=full_name,
                aliases=aliases,
                kind=unit_kinds[i],
                name_en=draw(_remark()),
                name_en_official=draw(st.booleans()),
                members=members[i],
                member_of=member_of,
                successor=draw(_maybe_successor()),
                sources=draw(_texts()),
                note=draw(_remark()),
            )
        )
    return tuple(registry)


@functools.cache
def _shipped_items(
    what: str, kinds: tuple[UnitKind, ...] | tuple[PlatformKind, ...]
) -> tuple[Unit | Platform, ...]:
    registry: tuple[Unit, ...] | tuple[Platform, ...] = getattr(_shipped(), what)
    found = tuple(item for item in registry if item.kind in kinds)
    if not found:
        raise InvalidArgument(f"the shipped plan has no {what} of kinds {kinds!r}")
    return found


@st.composite
def _shipped_item(
    draw: st.DrawFn, what: str, kinds: tuple[UnitKind, ...] | tuple[PlatformKind, ...]
) -> Unit | Platform:
    return _pick(draw, _shipped_items(what, kinds))


@st.composite
def _lone_unit(draw: st.DrawFn, kinds: tuple[UnitKind, ...]) -> Unit:
    """One unit on its own: a collective's members are names of units not drawn."""
    (unit,) = draw(_unit_registry(1, 1, kinds))
    if unit.kind is not UnitKind.COLLECTIVE and not draw(st.booleans()):
        return unit
    taken = {lookup_key(n) for n in unit.names}
    names = draw(st.lists(_unit_name(), max_size=4, unique_by=lookup_key))
    others = tuple(n for n in names if lookup_key(n) not in taken)
    if unit.kind is UnitKind.COLLECTIVE:
        return attrs.evolve(unit, members=others)
    return attrs.evolve(unit, member_of=others)


def units(
    *, kinds: Iterable[UnitKind] | None = None, from_shipped: bool = False
) -> st.SearchStrategy[Unit]:
    """Return a strategy for responsible units of the given kinds.

    A drawn unit is valid on its own: the ``members`` of a collective, and the
    collectives in ``member_of``, are names of units that are not drawn. For units
    that belong together in one plan, draw a plan with :func:`plans` and use its
    ``units``.

    Args:
        kinds: The kinds to draw; every kind by default.
        from_shipped: Draw the shipped plan's own units (loaded on the first draw).

    Returns:
        A strategy that draws :class:`~dg_plan.Unit` objects.

    Raises:
        InvalidArgument: *kinds* is empty or not made of :class:`~dg_plan.UnitKind`.
    """
    chosen = _kinds(kinds, UnitKind, "kinds")
    if from_shipped:
        return _shipped_item("units", chosen).map(_as_unit)
    return _lone_unit(chosen)


def _as_unit(item: Unit | Platform) -> Unit:
    assert isinstance(item, Unit)  # noqa: S101 - _shipped_item("units") draws units
    return item


def _as_platform(item: Unit | Platform) -> Platform:
    assert isinstance(item, Platform)  # noqa: S101 - _shipped_item("platforms") draws platforms
    return item


@st.composite
def _platform_registry(
    draw: st.DrawFn, min_size: int, max_size: int, kinds: tuple[PlatformKind, ...]
) -> tuple[Platform, ...]:
    """Platforms that a plan can hold together: no two answer to the same name."""
    size = draw(st.integers(min_size, max_size))
    counts = [draw(_upto(2)) for _ in range(size)]
    names = iter(draw(_unique(_platform_name(), size + sum(counts))))
    return tuple(
        Platform(
            name=next(names),
            aliases=tuple(next(names) for _ in range(count)),
            kind=_pick(draw, kinds),
            name_en=draw(_remark()),
            name_en_official=draw(st.booleans()),
            sources=draw(_texts()),
            note=draw(_remark()),
        )
        for count in counts
    )


def platforms(
    *, kinds: Iterable[PlatformKind] | None = None, from_shipped: bool = False
) -> st.SearchStrategy[Platform]:
    """Return a strategy for platforms of the given kinds.

    Args:
        kinds: The kinds to draw; every kind by default.
        from_shipped: Draw the shipped plan's own platforms (loaded on the first draw).

    Returns:
        A strategy that draws :class:`~dg_plan.Platform` objects.

    Raises:
        InvalidArgument: *kinds* is empty or not made of :class:`~dg_plan.PlatformKind`.
    """
    chosen = _kinds(kinds, PlatformKind, "kinds")
    if from_shipped:
        return _shipped_item("platforms", chosen).map(_as_platform)
    return _platform_registry(1, 1, chosen).map(lambda registry: registry[0])


# -- the parts of a task ---------------------------------------------------------------


@st.composite
def _mention(draw: st.DrawFn, platform: str | None, max_end: int) -> Mention:
    start = draw(st.integers(0, max_end - 1))
    end = draw(st.integers(start + 1, max_end))
    name = platform if platform is not None else draw(_platform_name())
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
    _check_size("max_end", max_end, 1)
    return _mention(platform, max_end)


def _rows(draw: st.DrawFn, number: int) -> tuple[int, ...]:
    """The rows a merged cell spans: a run of task numbers that includes *number*."""
    before, after = draw(_upto(2)), draw(_upto(2))
    return tuple(range(max(1, number - before), number + after + 1))


@functools.cache
def _span() -> st.SearchStrategy[tuple[int, int] | None]:
    """Offsets ``(start, end)`` in the source, or ``None``."""
    spans = st.tuples(st.integers(0, _MAX_INT), st.integers(0, 500)).map(
        lambda start_length: (start_length[0], start_length[0] + start_length[1])
    )
    return st.none() | spans


@st.composite
def _note(draw: st.DrawFn, kinds: tuple[NoteKind, ...] = tuple(NoteKind)) -> Note:
    """A note of one of *kinds*, with the values its kind names.

    Now and then with the optional ones, and with a Chinese text of a value.
    """
    kind = draw(st.sampled_from(kinds))
    templates = _TEMPLATES[kind]
    keys = set(_placeholders(templates[-1]))
    for template in templates[:-1]:
        if draw(st.booleans()):
            keys |= _placeholders(template)
    keys_sorted = sorted(keys)
    values = {key: draw(_text(min_size=1, max_size=6)) for key in keys_sorted}
    if draw(st.booleans()):  # every kind names at least one value
        values[keys_sorted[0] + "_zh"] = draw(_text(min_size=1, max_size=6))
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
    return _note(_kinds(kinds, NoteKind, "kinds"))


@st.composite
def _provenance(draw: st.DrawFn, number: int | None) -> Provenance:
    if number is None:
        number = draw(st.integers(1, _MAX_NUMBER))
    spans = [draw(_span()) for _ in range(draw(_upto(2)))]
    return Provenance(
        page=draw(st.none() | st.integers(1, 999)),
        deadline_rows=_rows(draw, number),
        units_rows=_rows(draw, number),
        alternatives=draw(_notes()),
        notes=draw(_notes()),
        text_span=draw(_span()),
        deadline_spans=tuple(s for s in spans if s is not None),
        units_span=draw(_span()),
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
        _check_size("number", number, 1)
    return _provenance(number)


# -- tasks -----------------------------------------------------------------------------


def _units_text(task: Task) -> str:
    """The printed form of a unit cell: 甲、乙牵头，丙、丁按职责分工负责，戊配合."""
    pieces = [
        "、".join(u.name for u in units) + word
        for units, word in (
            (task.leads, WORDS[Role.LEAD].word),
            (task.responsible, UNDER_LEAD),
            (task.support, WORDS[Role.SUPPORT].word),
        )
        if units
    ]
    return "，".join(pieces)


def _name_of(item: Unit | Platform) -> str:
    return item.name


class _Kit:
    """What a plan's tasks are drawn from: its pools, and the strategies that pick from them."""

    __slots__ = ("deadline", "max_mentions", "pick_units", "platforms", "provenance")

    def __init__(
        self,
        units: Sequence[Unit],
        platforms: Sequence[Platform],
        deadline: st.SearchStrategy[Deadline],
        provenance: bool | None,
        max_units: int,
        max_mentions: int,
        *,
        every_unit: bool = False,
    ) -> None:
        # Every unit, in registry order: the order the format derives member_of in.
        self.pick_units: st.SearchStrategy[list[Unit]] = (
            st.just(list(units))
            if every_unit
            else st.lists(
                st.sampled_from(tuple(units)), min_size=1, max_size=max_units, unique_by=_name_of
            )
        )
        self.platforms = tuple(platforms)
        self.deadline = deadline
        self.provenance = provenance
        self.max_mentions = max_mentions if platforms else 0


@st.composite
def _task(draw: st.DrawFn, number: int, kit: _Kit) -> Task:
    chosen = draw(kit.pick_units)
    # Each unit draws a role. The units keep the order they were drawn in (for a
    # fresh pool, the registry's order, which member_of follows), so the roles may
    # interleave; the printed form groups them.
    roles = {u.name: draw(st.sampled_from(Role)) for u in chosen}
    leads = tuple(u for u in chosen if roles[u.name] is Role.LEAD)
    support = tuple(u for u in chosen if roles[u.name] is Role.SUPPORT)
    pieces: list[str] = []
    found: list[Mention] = []
    mentioned: list[Platform] = []
    at = 0
    for _ in range(draw(_upto(kit.max_mentions))):
        filler = draw(_text(max_size=10))
        platform = _pick(draw, kit.platforms)
        written = _pick(draw, platform.names)
        at += len(filler)
        found.append(Mention(platform.name, at, at + len(written)))
        at += len(written)
        pieces += [filler, written]
        mentioned.append(platform)
    pieces.append(draw(_text(min_size=0 if found else 1, max_size=20)))
    with_provenance = draw(st.booleans()) if kit.provenance is None else kit.provenance
    task = Task(
        number=number,
        text="".join(pieces),
        deadline=draw(kit.deadline),
        units=tuple(chosen),
        leads=leads,
        support=support,
        # The JSON format derives a task's platforms from its mentions.
        platforms=tuple(dict.fromkeys(mentioned)),
        mentions=tuple(found),
        provenance=draw(_provenance(number)) if with_provenance else None,
    )
    if draw(st.booleans()):
        task = attrs.evolve(task, units_text=_units_text(task))
    return task


@st.composite
def _pools(
    draw: st.DrawFn,
    units: Sequence[Unit] | None,
    platforms: Sequence[Platform] | None,
    from_shipped: bool,
    max_units: int,
    max_platforms: int,
    need_units: bool,
) -> tuple[tuple[Unit, ...], tuple[Platform, ...]]:
    """The unit and platform registries to draw tasks from: given, shipped or fresh."""
    if units is not None:
        unit_pool = tuple(units)
    elif from_shipped:
        unit_pool = _shipped().units
    else:
        unit_pool = draw(_unit_registry(int(need_units), max_units, tuple(UnitKind)))
    if platforms is not None:
        platform_pool = tuple(platforms)
    elif from_shipped:
        platform_pool = _shipped().platforms
    else:
        platform_pool = draw(_platform_registry(0, max_platforms, tuple(PlatformKind)))
    return unit_pool, platform_pool


def _check_pools(
    units: Sequence[Unit] | None,
    platforms: Sequence[Platform] | None,
    from_shipped: bool,
    need_units: bool = True,
) -> None:
    for name, pool, kind in (("units", units, Unit), ("platforms", platforms, Platform)):
        if pool is None:
            continue
        if isinstance(pool, (str, bytes)) or not all(isinstance(x, kind) for x in pool):
            raise InvalidArgument(f"{name} must be a sequence of {kind.__name__}, got {pool!r}")
        if from_shipped:
            raise InvalidArgument(f"give {name} or from_shipped=True, not both")
    if units is not None and not units and need_units:
        raise InvalidArgument("units must hold at least one unit: every task has one")


def _deadline_strategy(
    given: st.SearchStrategy[Deadline] | None, from_shipped: bool
) -> st.SearchStrategy[Deadline]:
    if given is None:
        return deadlines(from_shipped=from_shipped)
    if not isinstance(given, st.SearchStrategy):
        raise InvalidArgument(f"deadlines must be a strategy, got {given!r}")
    return given


def tasks(
    *,
    number: int | None = None,
    units: Sequence[Unit] | None = None,
    platforms: Sequence[Platform] | None = None,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    provenance: bool | None = None,
    from_shipped: bool = False,
    max_units: int = 5,
    max_mentions: int = 4,
) -> st.SearchStrategy[Task]:
    """Return a strategy for tasks.

    A task's units are distinct and each has a role drawn from all three (:class:`Role`);
    the leads and the supporting units keep the units' order. Its text names its
    platforms at the offsets its mentions record.

    Args:
        number: The task's number; drawn from 1 to 999 when ``None``.
        units: A fixed pool of units to draw the task's units from. When ``None``, the
            task's units are a fresh set that holds together on its own (a collective's
            members are among them), so ``Plan(metadata, (), (task,), task.units,
            task.platforms)`` is a valid plan.
        platforms: A fixed pool of platforms the task may mention (empty: none); a fresh
            set is drawn when ``None``.
        deadlines: A strategy for the task's deadline; :func:`deadlines` by default.
        provenance: Whether the task has a provenance; either, when ``None``.
        from_shipped: Draw units, platforms and deadlines from the shipped plan's
            (loaded on the first draw).
        max_units: The most units a task has.
        max_mentions: The most platform mentions in a task's text.

    Returns:
        A strategy that draws :class:`~dg_plan.Task` objects.

    Raises:
        InvalidArgument: An argument is out of range, or a pool is given together with
            ``from_shipped=True``.
    """
    if number is not None:
        _check_size("number", number, 1)
    _check_size("max_units", max_units, 1)
    _check_size("max_mentions", max_mentions)
    _check_pools(units, platforms, from_shipped)
    deadline = _deadline_strategy(deadlines, from_shipped)
    numbers = st.integers(1, _MAX_NUMBER) if number is None else st.just(number)

    @st.composite
    def draw_task(draw: st.DrawFn) -> Task:
        unit_pool, platform_pool = draw(
            _pools(units, platforms, from_shipped, max_units, 3, need_units=True)
        )
        # A task drawn with fresh units has all of them, so that no collective names a
        # member the task lacks: Plan(..., units=task.units, ...) is valid.
        kit = _Kit(
            unit_pool,
            platform_pool,
            deadline,
            provenance,
            max_units,
            max_mentions,
            every_unit=units is None and not from_shipped,
        )
        return draw(_task(draw(numbers), kit))

    return draw_task()


# -- sections and plans ----------------------------------------------------------------


def _label(number: int, depth: int) -> str:
    """The printed numeral: 一 for a part, （一） for a subsection, 1. below."""
    if depth == 0:
        return _numeral(number)
    if depth == 1:
        return f"（{_numeral(number)}）"
    return f"{number}."


@st.composite
def _section(
    draw: st.DrawFn,
    section_tasks: tuple[Task, ...],
    section_id: str,
    number: int,
    depth: int,
    max_depth: int,
) -> Section:
    subsections: list[Section] = []
    if depth + 1 < max_depth:
        count = draw(st.integers(0, 3))
        if count:
            # Each task sits in one subsection, or in none (-1): the section's own.
            where = draw(
                st.lists(
                    st.integers(-1, count - 1),
                    min_size=len(section_tasks),
                    max_size=len(section_tasks),
                )
            )
            for k in range(count):
                inner = tuple(t for t, w in zip(section_tasks, where, strict=True) if w == k)
                subsections.append(
                    draw(_section(inner, f"{section_id}.{k + 1}", k + 1, depth + 1, max_depth))
                )
    return Section(
        id=section_id,
        number=number,
        label=_label(number, depth),
        title=draw(_text(min_size=1)),
        subsections=tuple(subsections),
        tasks=section_tasks,
        declared_count=len(section_tasks) if draw(st.booleans()) else None,
    )


def _task_numbers(count: int, consecutive: bool) -> st.SearchStrategy[list[int]]:
    if consecutive:
        return st.just(list(range(1, count + 1)))
    # An offset of 0 to 19, then gaps of 1 to 5; shrinks towards 1, 2, 3, ….
    gaps = st.lists(st.integers(1, 5), min_size=count, max_size=count)
    return st.tuples(st.integers(0, 19), gaps).map(
        lambda start_gaps: list(itertools.accumulate(start_gaps[1], initial=start_gaps[0]))[1:]
    )


def sections(
    *,
    tasks: Sequence[Task] | None = None,
    min_tasks: int = 0,
    max_tasks: int = 10,
    max_depth: int = 2,
    number: int | None = None,
) -> st.SearchStrategy[Section]:
    """Return a strategy for a part of a plan, with its subsections.

    Each of the part's tasks belongs to at most one subsection; the part's ``tasks``
    holds them all, ordered by number, and its ``declared_count`` is either ``None``
    or their count.

    Args:
        tasks: The part's tasks (sorted, duplicates by number dropped); drawn, with
            units shared among them, when ``None``.
        min_tasks: The fewest tasks drawn when *tasks* is ``None``.
        max_tasks: The most tasks drawn when *tasks* is ``None``.
        max_depth: The levels of sections: 1 for no subsections, 2 for parts with
            subsections, 3 for subsections with their own.
        number: The part's number (its id is ``str(number)``); drawn when ``None``.

    Returns:
        A strategy that draws :class:`~dg_plan.Section` objects.

    Raises:
        InvalidArgument: An argument is out of range.
    """
    _check_range("min_tasks", min_tasks, "max_tasks", max_tasks)
    _check_size("max_depth", max_depth, 1)
    if number is not None:
        _check_size("number", number, 1)
    fixed = None
    if tasks is not None:
        if not all(isinstance(t, Task) for t in tasks):
            raise InvalidArgument(f"tasks must be a sequence of Task, got {tasks!r}")
        fixed = tuple({t.number: t for t in sorted(tasks, key=lambda t: t.number)}.values())

    @st.composite
    def draw_section(draw: st.DrawFn) -> Section:
        section_tasks = fixed
        if section_tasks is None:
            count = draw(st.integers(min_tasks, max_tasks))
            unit_pool, platform_pool = draw(
                _pools(
                    None, None, from_shipped=False, max_units=5, max_platforms=3, need_units=True
                )
            )
            kit = _Kit(unit_pool, platform_pool, deadlines(), None, max_units=5, max_mentions=3)
            section_tasks = tuple(
                draw(_task(n, kit)) for n in draw(_task_numbers(count, consecutive=False))
            )
        part = draw(st.integers(1, 9)) if number is None else number
        return draw(_section(section_tasks, str(part), part, 0, max_depth))

    return draw_section()


def plan_metadata() -> st.SearchStrategy[PlanMetadata]:
    """Return a strategy for what a plan is: its title, issuer, period and source.

    Returns:
        A strategy that draws :class:`~dg_plan.PlanMetadata` objects.
    """
    return _plan_metadata()


@functools.cache
def _plan_metadata() -> st.SearchStrategy[PlanMetadata]:
    years = st.integers(2000, 2099)
    return st.builds(
        PlanMetadata,
        title=_text(min_size=1),
        document=_text(),
        attachment=_text(max_size=5),
        issuer=_text(),
        issued=st.none() | st.dates(_MIN_DATE, _MAX_DATE),
        period=st.none() | st.tuples(years, years).map(lambda p: (min(p), max(p))),
        source_file=_text(),
        source_sha256=st.just("") | st.text("0123456789abcdef", min_size=64, max_size=64),
    )


def _covering(metadata: PlanMetadata, tasks: Sequence[Task]) -> PlanMetadata:
    """Widen the metadata's period to the tasks' deadlines, as a plan requires."""
    years = [t.deadline.date.year for t in tasks if t.deadline.date is not None]
    if metadata.period is None or not years:
        return metadata
    first, last = metadata.period
    return attrs.evolve(metadata, period=(min(first, *years), max(last, *years)))


def plans(
    *,
    min_tasks: int = 0,
    max_tasks: int = 20,
    min_parts: int = 1,
    max_parts: int = 4,
    max_depth: int = 2,
    units: Sequence[Unit] | None = None,
    platforms: Sequence[Platform] | None = None,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    provenance: bool | None = None,
    from_shipped: bool = False,
    consecutive: bool = False,
    max_units: int = 8,
    max_platforms: int = 6,
) -> st.SearchStrategy[Plan]:
    """Return a strategy for whole plans that satisfy every rule of the model.

    Task numbers are unique and increasing; the parts' tasks are every task exactly
    once; every task's units and platforms are the plan's own; collectives and their
    members agree. A drawn plan survives the JSON format: ``loads(dumps(plan)) == plan``.

    Args:
        min_tasks: The fewest tasks.
        max_tasks: The most tasks.
        min_parts: The fewest parts (top-level sections); 0 allows a plan without
            sections.
        max_parts: The most parts.
        max_depth: The levels of sections (see :func:`sections`).
        units: The plan's units, used as they are (they must be valid together, as in
            a plan's ``units``); drawn when ``None``.
        platforms: The plan's platforms, used as they are; drawn when ``None``.
        deadlines: A strategy for the tasks' deadlines; :func:`deadlines` by default.
        provenance: Whether tasks have a provenance; either, task by task, when ``None``.
        from_shipped: Use the shipped plan's units and platforms, and draw deadlines
            from its tasks' (loaded on the first draw).
        consecutive: Number the tasks 1, 2, 3, …; otherwise numbers may start above 1
            and skip some.
        max_units: The most units drawn for the plan when *units* is ``None``.
        max_platforms: The most platforms drawn when *platforms* is ``None``.

    Returns:
        A strategy that draws :class:`~dg_plan.Plan` objects.

    Raises:
        InvalidArgument: An argument is out of range, or a pool is given together with
            ``from_shipped=True``.
    """
    _check_range("min_tasks", min_tasks, "max_tasks", max_tasks)
    _check_range("min_parts", min_parts, "max_parts", max_parts)
    _check_size("max_depth", max_depth, 1)
    _check_size("max_units", max_units, 1)
    _check_size("max_platforms", max_platforms)
    _check_pools(units, platforms, from_shipped, need_units=max_tasks > 0)
    deadline = _deadline_strategy(deadlines, from_shipped)

    @st.composite
    def draw_plan(draw: st.DrawFn) -> Plan:
        count = draw(st.integers(min_tasks, max_tasks))
        unit_pool, platform_pool = draw(
            _pools(units, platforms, from_shipped, max_units, max_platforms, count > 0)
        )
        kit = _Kit(unit_pool, platform_pool, deadline, provenance, max_units=5, max_mentions=4)
        plan_tasks = tuple(draw(_task(n, kit)) for n in draw(_task_numbers(count, consecutive)))
        # Each task sits in exactly one part; a plan without parts is valid too.
        parts = draw(st.integers(min_parts, max_parts))
        where = draw(st.lists(st.integers(0, max(parts - 1, 0)), min_size=count, max_size=count))
        return Plan(
            metadata=_covering(draw(_plan_metadata()), plan_tasks),
            sections=tuple(
                draw(
                    _section(
                        tuple(t for t, w in zip(plan_tasks, where, strict=True) if w == k),
                        str(k + 1),
                        k + 1,
                        0,
                        max_depth,
                    )
                )
                for k in range(parts)
            ),
            tasks=plan_tasks,
            units=unit_pool,
            platforms=platform_pool,
        )

    return draw_plan()


# -- tracking ---------------------------------------------------------------------------

#: The default range of the days reports speak for.
_REPORT_FROM = datetime.date(2023, 1, 1)
_REPORT_TO = datetime.date(2026, 12, 31)


def _answering(task: Task) -> tuple[str, ...]:
    """The units that may report on *task*: its own, then its collectives' members."""
    names = [u.name for u in task.units]
    names += [m for u in task.units for m in u.members if m not in names]
    return tuple(dict.fromkeys(names))


@st.composite
def _report(
    draw: st.DrawFn,
    plan: Plan | None,
    min_day: datetime.date,
    max_day: datetime.date,
    statuses: tuple[Status, ...],
) -> Report:
    source = _shipped() if plan is None else plan
    task = draw(st.sampled_from(source.tasks))
    unit = draw(st.sampled_from(_answering(task)))
    status = draw(st.sampled_from(statuses))
    as_of = draw(st.dates(min_day, max_day))
    completed_on = draw(st.dates(min_day, as_of)) if status is Status.DONE else None
    return Report(
        task.number,
        unit,
        status,
        as_of,
        completed_on,
        draw(_remark()),
        draw(st.lists(_text(1, 12).filter(str.strip), max_size=2).map(tuple)),
    )


def _check_days(min_day: datetime.date, max_day: datetime.date) -> None:
    for name, value in (("min_day", min_day), ("max_day", max_day)):
        if type(value) is not datetime.date:
            raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    if min_day > max_day:
        raise InvalidArgument(f"min_day={min_day!r} must not exceed max_day={max_day!r}")


def reports(
    plan: Plan | None = None,
    *,
    min_day: datetime.date = _REPORT_FROM,
    max_day: datetime.date = _REPORT_TO,
    statuses: Iterable[Status] | None = None,
) -> st.SearchStrategy[Report]:
    """Return a strategy for reports that fit *plan*: a ledger of the plan takes any of them.

    The task is one of the plan's; the unit is one of the task's (or a member of one
    of its collectives); a DONE report was done on or before the day it speaks for,
    and no other report has a day done. The reports are made up: dg_plan holds no
    real implementation data.

    Args:
        plan: The plan; the shipped plan (loaded on the first draw) when ``None``.
            It must have tasks.
        min_day: The earliest day a report speaks for (and the earliest day done).
        max_day: The latest day a report speaks for.
        statuses: The statuses to draw from; every status by default.

    Returns:
        A strategy that draws :class:`~dg_plan.tracking.Report` objects.

    Raises:
        InvalidArgument: The days are not dates or out of order, *statuses* is empty,
            or *plan* has no tasks.
    """
    _check_days(min_day, max_day)
    chosen = tuple(Status) if statuses is None else tuple(dict.fromkeys(statuses))
    if not chosen or not all(isinstance(s, Status) for s in chosen):
        raise InvalidArgument(f"statuses={statuses!r} must name at least one Status")
    if plan is not None and not plan.tasks:
        raise InvalidArgument("the plan has no tasks to report on")
    return _report(plan, min_day, max_day, chosen)


def ledgers(
    plan: Plan | None = None,
    *,
    min_reports: int = 0,
    max_reports: int = 30,
    min_day: datetime.date = _REPORT_FROM,
    max_day: datetime.date = _REPORT_TO,
) -> st.SearchStrategy[Ledger]:
    """Return a strategy for valid ledgers: reports that fit a plan and never contradict.

    Two reports of the same task, unit and day never both appear, so no two
    contradict. The ledgers are made up, for tests and examples: dg_plan holds no
    real implementation data.

    Args:
        plan: The plan; when ``None``, a plan with 1 to 10 tasks is drawn
            (:func:`plans`) for each ledger.
        min_reports: The fewest reports.
        max_reports: The most reports.
        min_day: The earliest day a report speaks for.
        max_day: The latest day a report speaks for.

    Returns:
        A strategy that draws :class:`~dg_plan.tracking.Ledger` objects.

    Raises:
        InvalidArgument: An argument is out of range, or *plan* has no tasks.
    """
    _check_range("min_reports", min_reports, "max_reports", max_reports)
    _check_days(min_day, max_day)
    if plan is not None and not plan.tasks:
        raise InvalidArgument("the plan has no tasks to report on")

    @st.composite
    def draw_ledger(draw: st.DrawFn) -> Ledger:
        source = plan if plan is not None else draw(plans(min_tasks=1, max_tasks=10))
        found = draw(
            st.lists(
                _report(source, min_day, max_day, tuple(Status)),
                min_size=min_reports,
                max_size=max_reports,
                unique_by=lambda r: (r.task, r.unit, r.as_of),
            )
        )
        return Ledger(source, tuple(found))

    return draw_ledger()
