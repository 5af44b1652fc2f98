"""Days and named periods as the queries take them."""

from __future__ import annotations

import datetime
import re

from dateutil.relativedelta import relativedelta

from ._errors import InvalidQueryError

__all__ = ["parse_period", "to_date"]


def to_date(value: object, argument: str) -> datetime.date:
    """Return *value* as a date: a :class:`datetime.date` or an ISO ``YYYY-MM-DD`` string.

    Raises:
        InvalidQueryError: *value* is neither, or names an impossible day
            (``"2024-02-30"``). A :class:`datetime.datetime` (or ``pandas.Timestamp``)
            is refused too, with a message saying to pass its ``.date()``: deadlines
            are days, not instants, and which day an instant falls on depends on its
            time zone.
    """
    if type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):  # pandas.Timestamp is one too
        raise InvalidQueryError("expected a day, got an instant: pass its .date()", argument, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
        if m := _ISO_DAY.fullmatch(text):
            try:
                return datetime.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError as exc:
                raise InvalidQueryError(f"impossible day: {exc}", argument, value) from None
    raise InvalidQueryError("expected a datetime.date or a 'YYYY-MM-DD' string", argument, value)


_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


_PERIOD = re.compile(r"([0-9]{4})(?:(H[12])|(Q[1-4])|-([0-9]{2}))?")


def parse_period(period: object) -> tuple[datetime.date, datetime.date]:
    """Return the first and last day of a named period.

    Periods are a year (``"2024"``), a half (``"2024H1"``), a quarter (``"2024Q3"``) or
    a month (``"2024-06"``); case and surrounding spaces are ignored.

    >>> parse_period("2024H1")
    (datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))

    Raises:
        InvalidQueryError: *period* is none of these.
    """
    text = period.strip().upper() if isinstance(period, str) else None
    m = _PERIOD.fullmatch(text) if text else None
    if m is None or not 1 <= int(m[1]) <= 9999:
        raise InvalidQueryError(
            "expected a period such as '2024', '2024H1', '2024Q3' or '2024-06'", "period", period
        )
    year = int(m[1])
    if m[2]:
        first_month, months = (1 if m[2] == "H1" else 7), 6
    elif m[3]:
        first_month, months = 3 * int(m[3][1]) - 2, 3
    elif m[4]:
        first_month, months = int(m[4]), 1
        if not 1 <= first_month <= 12:
            raise InvalidQueryError("no such month", "period", period)
    else:
        first_month, months = 1, 12
    start = datetime.date(year, first_month, 1)
    end = start + relativedelta(months=months - 1, day=31)
    return start, end
