"""A task's deadline: its kinds, the printed forms it reads, and :class:`Deadline`."""

from __future__ import annotations

import calendar
import datetime
import enum
import re
from typing import Any

import attrs

from ._dates import read_day
from ._errors import InvalidDeadlineError, InvalidQueryError, InvalidTypeError, ValidationError
from ._validate import instance_of

__all__ = ["Deadline", "DeadlineKind"]


class DeadlineKind(enum.Enum):
    """What kind of deadline a task has."""

    #: Due by a date ("2024年6月底前": by the end of June 2024).
    DATE = "date"
    #: 持续推进: pursued continuously, no date.
    ONGOING = "ongoing"
    #: 适时推进: pursued when the time is right, no date.
    WHEN_APPROPRIATE = "when_appropriate"
    #: No deadline printed at all (an imported list whose task has an empty deadline
    #: cell). Undated; it sorts after every other kind, and its printed form is ``""``.
    UNSPECIFIED = "unspecified"


_UNDATED_PRINTED = {
    DeadlineKind.ONGOING: "持续推进",
    DeadlineKind.WHEN_APPROPRIATE: "适时推进",
    DeadlineKind.UNSPECIFIED: "",
}
# Other printed forms of the undated kinds (read, never written).
_UNDATED_SYNONYMS = {
    "长期坚持": DeadlineKind.ONGOING,
    "常态化推进": DeadlineKind.ONGOING,
    "长期推进": DeadlineKind.ONGOING,
    "持续推进": DeadlineKind.ONGOING,
    "适时推进": DeadlineKind.WHEN_APPROPRIATE,
    "": DeadlineKind.UNSPECIFIED,
}
# Order of the undated kinds after every date: ONGOING (works through the whole
# period), then WHEN_APPROPRIATE (no time given), then UNSPECIFIED (nothing printed).
_KIND_RANK = {
    DeadlineKind.DATE: 0,
    DeadlineKind.ONGOING: 1,
    DeadlineKind.WHEN_APPROPRIATE: 2,
    DeadlineKind.UNSPECIFIED: 3,
}
_MONTH_END = re.compile(r"([0-9]{1,4})年([0-9]{1,2})月(?:底前|底|末)?")
_DAY = re.compile(r"([0-9]{1,4})年([0-9]{1,2})月([0-9]{1,2})日(?:前)?")
_YEAR_END = re.compile(r"([0-9]{1,4})年(?:年?底前?|年?末|内|全年)?")
_HALF = re.compile(r"([0-9]{1,4})年(上|下)半年(?:底前|底|末|前)?")
_QUARTER = re.compile(r"([0-9]{1,4})年(?:第)?([一二三四1-4])季度(?:末前|末|底前|底|前)?")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _month_end(year: int, month: int) -> datetime.date:
    first = datetime.date(year, month, 1)  # raises ValueError for an impossible month
    return first.replace(day=calendar.monthrange(year, month)[1])


def _check_deadline(instance: Deadline, attribute: attrs.Attribute[Any], value: object) -> None:
    if instance.kind is DeadlineKind.DATE:
        if type(value) is not datetime.date:
            raise InvalidTypeError(
                f"a {instance.kind.name} deadline needs a datetime.date, got {value!r}",
                attribute.name,
                value,
            )
    elif value is not None:
        raise ValidationError(
            f"a {instance.kind.name} deadline has no date, got {value!r}", attribute.name, value
        )


def _typed_day(stripped: str, text: str) -> datetime.date | None:
    """The day a deadline cell names, if it names one.

    The print writes ``2024年6月15日前`` (by that day); people type a day into a cell
    as the one day grammar reads it (``2024/6/15``, ``2024-06-15``, as
    :meth:`dg_plan.Plan.due_by` takes a day).
    """
    if m := _DAY.fullmatch(stripped):
        try:
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as exc:
            raise InvalidDeadlineError(
                f"impossible date in deadline {text!r}: {exc}", text
            ) from None
    try:
        return read_day(stripped, "deadline")
    except InvalidQueryError as exc:
        if exc.reason.startswith("impossible day"):
            raise InvalidDeadlineError(
                f"impossible date in deadline {text!r}: {exc.reason}", text
            ) from None
    return None


@attrs.frozen(order=False)
class Deadline:
    """When a task is due: by a date, 持续推进, 适时推进, or nothing printed (unspecified).

    Deadlines are immutable and totally ordered: dated deadlines by their date,
    then every ONGOING deadline, then every WHEN_APPROPRIATE deadline, then every
    UNSPECIFIED one (a task that prints no deadline; its printed form is ``""``).

    >>> Deadline.parse("2024年6月底前").date
    datetime.date(2024, 6, 30)
    >>> Deadline.parse("2024年6月底前") < Deadline.parse("持续推进")
    True
    >>> str(Deadline.month_end(2024, 2))
    '2024年2月底前'

    Args:
        kind: The kind of deadline.
        date: The date it falls due (inclusive); required for ``DATE``, ``None`` otherwise.

    Raises:
        InvalidTypeError: A ``DATE`` deadline without a :class:`datetime.date`.
        ValidationError: An undated deadline with a date.
    """

    kind: DeadlineKind = attrs.field(validator=instance_of(DeadlineKind))
    date: datetime.date | None = attrs.field(default=None, validator=_check_deadline)

    @classmethod
    def parse(cls, text: str) -> Deadline:
        """Parse a printed deadline.

        The forms written are ``2024年6月底前`` (by the end of the month),
        ``2024年6月15日前``, ``持续推进``, ``适时推进`` and ``""`` (nothing printed:
        ``UNSPECIFIED``). Also read, as the dated deadline they mean: ``2024年底前``,
        ``2024年年底前`` and ``2024年`` (the year's end); ``2024年上半年`` / ``下半年``;
        ``2024年一季度`` … ``四季度`` (the quarter's end); ``2024年3月底`` and
        ``2024年3月`` (the month's end); ``2024年3月31日`` and any other day the one day
        grammar reads (``2024/3/31``, ``2024-03-31``, as :meth:`dg_plan.Plan.due_by`
        takes a day),
        as that day. ``长期坚持``,
        ``常态化推进`` and ``长期推进`` read as ``ONGOING``. A trailing ``完成`` is
        ignored, and so is white space.

        >>> str(Deadline.parse("2024年二季度"))
        '2024年6月底前'
        >>> Deadline.parse("常态化推进").kind
        <DeadlineKind.ONGOING: 'ongoing'>

        Raises:
            InvalidDeadlineError: *text* is not one of these forms or names an impossible
                date (a :class:`ValueError`).
        """
        stripped = "".join(str(text).split())
        if stripped.endswith("完成") and stripped != "完成":
            stripped = stripped.removesuffix("完成")
        kind = _UNDATED_SYNONYMS.get(stripped)
        if kind is not None:
            return cls(kind)
        try:
            if m := _MONTH_END.fullmatch(stripped):
                return cls.month_end(int(m[1]), int(m[2]))
            if m := _YEAR_END.fullmatch(stripped):
                return cls.month_end(int(m[1]), 12)
            if m := _HALF.fullmatch(stripped):
                return cls.month_end(int(m[1]), 6 if m[2] == "上" else 12)
            if m := _QUARTER.fullmatch(stripped):
                return cls.month_end(int(m[1]), 3 * _QUARTERS[m[2]])
        except ValueError as exc:
            raise InvalidDeadlineError(
                f"impossible date in deadline {text!r}: {exc}", text
            ) from None
        day = _typed_day(stripped, text)
        if day is not None:
            return cls(DeadlineKind.DATE, day)
        raise InvalidDeadlineError(
            f"not a deadline: {text!r} (expected e.g. '2024年6月底前', '持续推进' or '适时推进')",
            text,
        )

    @classmethod
    def month_end(cls, year: int, month: int) -> Deadline:
        """Return the deadline "by the end of *month* of *year*" (``2024年6月底前``)."""
        return cls(DeadlineKind.DATE, _month_end(year, month))

    @property
    def is_dated(self) -> bool:
        """Whether the deadline has a date."""
        return self.kind is DeadlineKind.DATE

    @property
    def sort_key(self) -> tuple[int, datetime.date]:
        """A key that sorts deadlines in their total order."""
        return (_KIND_RANK[self.kind], self.date or datetime.date.min)

    def __str__(self) -> str:
        """Return the printed form: ``2024年6月底前``, ``持续推进``, ``适时推进``, or ``""``."""
        if self.date is None:
            return _UNDATED_PRINTED[self.kind]
        d = self.date
        if d == _month_end(d.year, d.month):
            return f"{d.year}年{d.month}月底前"
        return f"{d.year}年{d.month}月{d.day}日前"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Deadline):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Deadline):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Deadline):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Deadline):
            return NotImplemented
        return self.sort_key >= other.sort_key


def another_form(printed: str, read: str) -> bool:
    """Whether *printed* writes the deadline *read* in another form than *read*'s own.

    2025年第三季度 (read as 2025年9月底前) is another form; 2025年6月底前完成 is the same
    one with words after it. A deadline printed in another form is shown as printed,
    its day beside it where a day is wanted: the reader knows the print's words.
    """
    return bool(read) and not "".join(printed.split()).startswith(read)
