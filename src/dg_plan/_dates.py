"""Days and named periods as the queries take them."""

from __future__ import annotations

import datetime
import re

from ._query_errors import QueryErrorKind, query_error

__all__ = ["PERIOD_FORMS", "parse_period", "read_day", "to_date"]


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
        raise query_error(QueryErrorKind.INSTANT, argument, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
        if m := re.fullmatch(_ISO_DAY, text):
            try:
                return datetime.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError as exc:
                raise query_error(
                    QueryErrorKind.IMPOSSIBLE_DAY, argument, value, detail=str(exc)
                ) from None
    raise query_error(QueryErrorKind.EXPECTED_DATE, argument, value)


# The patterns are compiled on first use (re keeps them), not when dg_plan is imported:
# loading a plan needs none of them.
_ISO_DAY = r"([0-9]{4})-([0-9]{2})-([0-9]{2})"

# The ways people write a day: 2024-12-31 (also 2024-1-5), 2024/12/31, 2024.12.31 and
# 2024年12月31日 (with or without 日). The command line reads every date option so.
_TYPED_DAY = (
    r"([0-9]{4})(?:-([0-9]{1,2})-([0-9]{1,2})|/([0-9]{1,2})/([0-9]{1,2})"
    r"|\.([0-9]{1,2})\.([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日?)"
)
DAY_REASON = "expected a day such as 2024-12-31, 2024/12/31, 2024.12.31 or 2024年12月31日"


def read_day(value: object, argument: str) -> datetime.date:
    """Return the day *value* names, written as people write days.

    The forms are ``2024-12-31`` (``2024-1-5`` too), ``2024/12/31``, ``2024.12.31`` and
    ``2024年12月31日`` (``日`` may be left out); surrounding spaces are ignored. A
    :class:`datetime.date` is itself.

    >>> read_day("2024年6月30日", "as_of") == read_day("2024/06/30", "as_of")
    True

    Raises:
        InvalidQueryError: *value* is none of these, or names an impossible day.
    """
    if type(value) is datetime.date:
        return value
    m = re.fullmatch(_TYPED_DAY, value.strip()) if isinstance(value, str) else None
    if m is None:
        raise query_error(QueryErrorKind.EXPECTED_DAY, argument, value)
    month, day = (int(g) for g in m.groups()[1:] if g is not None)
    try:
        return datetime.date(int(m[1]), month, day)
    except ValueError as exc:
        raise query_error(QueryErrorKind.IMPOSSIBLE_DAY, argument, value, detail=str(exc)) from None


_PERIOD = r"([0-9]{4})(?:(H[12])|(Q[1-4])|-([0-9]{2}))?"
# The same periods as Chinese writes them: 2024年 (2024年度), 2024年上半年, 2024年三季度
# (第三季度, 3季度), 2024年6月 (6月份).
_PERIOD_ZH = r"([0-9]{4})年(?:度|(上|下)半年|第?([一二三四1-4])季度|([0-9]{1,2})月份?)?"
_QUARTER_ZH = {"一": "1", "二": "2", "三": "3", "四": "4"}

#: The forms of a period that :func:`parse_period` reads, as its error names them.
PERIOD_FORMS = (
    "'2024', '2024H1', '2024Q3', '2024-06', '2024年上半年', '2024年三季度' or '2024年6月'"
)


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
