"""Days and named periods as the queries take them."""

from __future__ import annotations

import datetime
import re

from ._query_errors import IMPOSSIBLE_DAY_DETAILS, QueryErrorKind, query_error

__all__ = ["iso_day", "parse_period", "read_day"]


# The patterns are compiled on first use (re keeps them), not when dg_plan is imported:
# loading a plan needs none of them.

# The ways people write a day: 2024-12-31 (also 2024-1-5), 2024/12/31, 2024.12.31 and
# 2024年12月31日 (with or without 日), in ASCII or full-width digits and punctuation.
_TYPED_DAY = (
    r"(?a)([0-9]{4})(?:-([0-9]{1,2})-([0-9]{1,2})|/([0-9]{1,2})/([0-9]{1,2})"
    r"|\.([0-9]{1,2})\.([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日?)"
)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．　", "0123456789-/. ")
_ISO_DAY = r"(?a)([0-9]{4})-([0-9]{2})-([0-9]{2})"


def read_day(value: object, argument: str) -> datetime.date:
    """Return the day *value* names: the one day grammar of queries, options and cells.

    Read, on every Python version:

    * a :class:`datetime.date`, as itself;
    * a :class:`datetime.datetime` (or ``pandas.Timestamp``) at midnight with no time
      zone, as its day: what a spreadsheet's date cell holds. An instant (a time of
      day, or a time zone) is refused, with a message saying to pass its ``.date()``:
      which day an instant falls on depends on its time zone;
    * text: ``2024-06-30`` (``2024-6-30`` too), ``2024/6/30``, ``2024.6.30`` and
      ``2024年6月30日`` (``日`` may be left out), in ASCII or full-width digits and
      punctuation (``２０２４－０６－３０``); surrounding spaces are ignored.

    Nothing else is a day: not ``20240630``, not an ISO week date (``2024-W26-7``).

    >>> read_day("2024年6月30日", "as_of") == read_day("2024/06/30", "as_of")
    True

    Raises:
        InvalidQueryError: *value* is none of these (naming *argument* and *value*), or
            names a day that does not exist (``2024-02-30``).
    """
    if type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):  # pandas.Timestamp is one too
        if value.tzinfo is None and value.time() == datetime.time(0):
            return datetime.date(value.year, value.month, value.day)
        raise query_error(QueryErrorKind.INSTANT, argument, value)
    if isinstance(value, datetime.date):  # a subclass of date
        return datetime.date(value.year, value.month, value.day)
    m = (
        re.fullmatch(_TYPED_DAY, value.translate(_FULL_WIDTH).strip())
        if isinstance(value, str)
        else None
    )
    if m is None:
        raise query_error(QueryErrorKind.EXPECTED_DAY, argument, value)
    month, day = (int(g) for g in m.groups()[1:] if g is not None)
    try:
        return datetime.date(int(m[1]), month, day)
    except ValueError:
        # Why, in a closed set of words the catalog translates (not Python's text,
        # which differs between versions).
        wrong = "year" if int(m[1]) < 1 else "month" if not 1 <= month <= 12 else "day"
        detail = IMPOSSIBLE_DAY_DETAILS[wrong]
        raise query_error(QueryErrorKind.IMPOSSIBLE_DAY, argument, value, detail=detail) from None


def iso_day(text: str) -> datetime.date:
    """Return the day a data file writes as ``YYYY-MM-DD``, exactly that form.

    JSON formats write days so; unlike :meth:`datetime.date.fromisoformat`, this reads
    the same on every Python version (no ``20240630``, no week dates).

    Raises:
        ValueError: *text* is not ``YYYY-MM-DD``, or names a day that does not exist.
    """
    m = re.fullmatch(_ISO_DAY, text)
    if m is None:
        raise ValueError(f"expected a day as YYYY-MM-DD, got {text!r}")
    return datetime.date(int(m[1]), int(m[2]), int(m[3]))


_PERIOD = r"([0-9]{4})(?:(H[12])|(Q[1-4])|-([0-9]{2}))?"
# The same periods as Chinese writes them: 2024年 (2024年度), 2024年上半年, 2024年三季度
# (第三季度, 3季度), 2024年6月 (6月份).
_PERIOD_ZH = r"([0-9]{4})年(?:度|(上|下)半年|第?([一二三四1-4])季度|([0-9]{1,2})月份?)?"
_QUARTER_ZH = {"一": "1", "二": "2", "三": "3", "四": "4"}


def parse_period(period: object) -> tuple[datetime.date, datetime.date]:
    """Return the first and last day of a named period.

    Periods are a year (``"2024"``), a half (``"2024H1"``), a quarter (``"2024Q3"``) or
    a month (``"2024-06"``); case and surrounding spaces are ignored. They may be
    written in Chinese too: ``"2024年"`` (``"2024年度"``), ``"2024年上半年"`` /
    ``"2024年下半年"``, ``"2024年三季度"`` (``"2024年第三季度"``, ``"2024年3季度"``) and
    ``"2024年6月"`` (``"2024年6月份"``).

    >>> parse_period("2024H1")
    (datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))
    >>> parse_period("2024年上半年") == parse_period("2024H1")
    True

    Raises:
        InvalidQueryError: *period* is none of these.
    """
    text = period.strip().upper() if isinstance(period, str) else None
    if text and (zh := re.fullmatch(_PERIOD_ZH, text)):
        # The Chinese form, as the period it names: 2024年三季度 is 2024Q3.
        year, half, quarter, month = zh.groups()
        if half:
            text = f"{year}H{1 if half == '上' else 2}"
        elif quarter:
            text = f"{year}Q{_QUARTER_ZH.get(quarter, quarter)}"
        elif month:
            text = f"{year}-{int(month):02d}"
        else:
            text = year
    m = re.fullmatch(_PERIOD, text) if text else None
    if m is None or not 1 <= int(m[1]) <= 9999:
        raise query_error(QueryErrorKind.EXPECTED_PERIOD, "period", period)
    year = int(m[1])
    if m[2]:
        first_month, months = (1 if m[2] == "H1" else 7), 6
    elif m[3]:
        first_month, months = 3 * int(m[3][1]) - 2, 3
    elif m[4]:
        first_month, months = int(m[4]), 1
        if not 1 <= first_month <= 12:
            raise query_error(QueryErrorKind.NO_SUCH_MONTH, "period", period)
    else:
        first_month, months = 1, 12
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 - only a period needs it

    start = datetime.date(year, first_month, 1)
    end = start + relativedelta(months=months - 1, day=31)
    return start, end
