"""What every strategy shares: bounds, text and names, argument checks, the shipped plan."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Sequence
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from dg_plan._deadline import DeadlineKind
from dg_plan._load import load_plan
from dg_plan._model import PlatformKind, UnitKind
from dg_plan._notes import NoteKind
from dg_plan._plan import Plan
from dg_plan._text import lookup_key

E = TypeVar("E", DeadlineKind, UnitKind, PlatformKind, NoteKind)
T = TypeVar("T")

#: The default range of dated deadlines.
MIN_DATE = datetime.date(2000, 1, 1)
MAX_DATE = datetime.date(2099, 12, 31)
#: The largest offset into the source drawn: far inside what JSON carries exactly.
MAX_INT = 10**6
#: The largest task number drawn when none is given.
MAX_NUMBER = 999

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
def some_text(min_size: int = 0, max_size: int = 20) -> st.SearchStrategy[str]:
    """Mostly Chinese text, with any character UTF-8 (and so JSON) can carry."""
    chars = st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
        st.sampled_from(_PUNCTUATION),
        st.characters(codec="utf-8"),
    )
    return st.text(chars, min_size=min_size, max_size=max_size)


@functools.cache
def remark() -> st.SearchStrategy[str]:
    """An optional remark (an English name, a note): empty half the time."""
    return st.just("") | some_text(min_size=1, max_size=12)


@functools.cache
def some_texts(max_size: int = 2) -> st.SearchStrategy[tuple[str, ...]]:
    """A short tuple of non-empty texts (notes, sources, alternatives)."""
    return st.lists(some_text(min_size=1, max_size=12), max_size=max_size).map(tuple)


@functools.cache
def _index(size: int) -> st.SearchStrategy[int]:
    """An index into a sequence of *size* items (shrinks to the first)."""
    return st.integers(0, size - 1)


@functools.cache
def upto(most: int) -> st.SearchStrategy[int]:
    return st.integers(0, most)


def pick(draw: st.DrawFn, items: Sequence[T]) -> T:
    return items[draw(_index(len(items)))]


@st.composite
def _name(draw: st.DrawFn, prefixes: Sequence[str], suffixes: Sequence[str]) -> str:
    """A Chinese name: 省 + core + 厅, optionally with a （qualifier） or “quotes”."""
    name = pick(draw, prefixes) + draw(_cjk(1, 6))
    if draw(st.booleans()):
        name += f"（{draw(_cjk(1, 4))}）"
    name += pick(draw, suffixes)
    if draw(st.booleans()):
        name = f"“{name}”" if draw(st.booleans()) else name.replace("（", "(").replace("）", ")")
    return name


@functools.cache
def unit_name() -> st.SearchStrategy[str]:
    return _name(_UNIT_PREFIXES, _UNIT_SUFFIXES)


@functools.cache
def platform_name() -> st.SearchStrategy[str]:
    return _name(("",), _PLATFORM_SUFFIXES)


@functools.cache
def unique_names(names: st.SearchStrategy[str], count: int) -> st.SearchStrategy[list[str]]:
    """*count* names, no two alike under the lookups' key."""
    return st.lists(names, min_size=count, max_size=count, unique_by=lookup_key)


def numeral(number: int) -> str:
    """The Chinese numeral for 1..99 (一, 十, 二十一); digits beyond."""
    if not 1 <= number <= 99:
        return str(number)
    tens, ones = divmod(number, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens - 1] + "十")
    return text + ("" if ones == 0 else _NUMERALS[ones - 1])


# -- argument checks -------------------------------------------------------------------


def chosen_kinds(kinds: Iterable[E] | None, enum: type[E], argument: str) -> tuple[E, ...]:
    if kinds is None:
        return tuple(enum)
    chosen = tuple(dict.fromkeys(kinds))
    if not chosen or not all(isinstance(k, enum) for k in chosen):
        raise InvalidArgument(
            f"{argument} must be a non-empty collection of {enum.__name__}, got {kinds!r}"
        )
    return chosen


def check_size(name: str, value: int, minimum: int = 0) -> None:
    if type(value) is not int or value < minimum:
        raise InvalidArgument(f"{name} must be an int >= {minimum}, got {value!r}")


def check_range(low_name: str, low: int, high_name: str, high: int) -> None:
    check_size(low_name, low)
    check_size(high_name, high)
    if low > high:
        raise InvalidArgument(f"{low_name}={low!r} must not exceed {high_name}={high!r}")


def shipped_plan() -> Plan:
    """The shipped plan; called only while drawing, so strategies stay cheap to make."""
    return load_plan()
