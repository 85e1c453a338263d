"""Other dialects' date parts and text helpers, made to run in the SQLite sandbox.

The sandbox runs a MySQL or PostgreSQL answer transpiled by sqlglot, and sqlglot writes many of
their functions for SQLite as names SQLite lacks (``DAY_OF_WEEK``, ``YEAR``, ``HOUR``), as
syntax it refuses (``EXTRACT(DOW FROM d)``, ``LEFT(s, 4)``, ``a + INTERVAL '30 minutes'``) or
with the unit read as a column or dropped (``TIMESTAMPDIFF(MINUTE, a, b)``; ``DATE_ADD(a,
INTERVAL n MINUTE)`` as a ``DATE()`` without the time of day). Such a candidate never ran, or
ran wrong: no execution check, no vote, no second look at an empty result. Before the SQL is
written for SQLite, those nodes become calls of functions registered on every sandbox
connection (``t2s_*``), which compute the value the source dialect would from SQLite's text
dates; day-of-week numbers count the way the source function counts. Anything else is left
as sqlglot writes it.
"""

from __future__ import annotations

import calendar
import sqlite3
from datetime import datetime, timedelta
from typing import Any

from sqlglot import exp

from app.checking.weekdays import NUMBERINGS, numbering

_PARTS: dict[type[exp.Expr], str] = {
    exp.Year: "year",
    exp.Month: "month",
    exp.Day: "day",
    exp.Hour: "hour",
    exp.Minute: "minute",
    exp.Second: "second",
    exp.Quarter: "quarter",
    exp.DayOfYear: "doy",
}
_EXTRACTED = {
    "YEAR": "year",
    "MONTH": "month",
    "DAY": "day",
    "HOUR": "hour",
    "MINUTE": "minute",
    "SECOND": "second",
    "QUARTER": "quarter",
    "DOY": "doy",
    "DAYOFYEAR": "doy",
}  # EPOCH is the seconds of an interval (`b - a`): t2s_seconds
_SECONDS = {"SECOND": 1, "MINUTE": 60, "HOUR": 3600, "DAY": 86400, "WEEK": 604800}
_MONTHS = {"MONTH": 1, "QUARTER": 3, "YEAR": 12}


def portable(expression: exp.Expr, read: str) -> exp.Expr:
    """``expression`` (parsed in ``read``) with the nodes SQLite cannot run made ``t2s_*``
    calls, in place."""

    def call(name: str, *args: exp.Expr) -> exp.Expr:
        return exp.Anonymous(this=f"t2s_{name}", expressions=list(args))

    def rewrite(node: exp.Expr) -> exp.Expr:
        own = None if isinstance(node, exp.TimeToStr) else numbering(node, read)
        if own is not None:  # a day of the week, counted the way the source function counts
            if isinstance(node, exp.Extract):
                day = node.expression
            elif isinstance(node, exp.Anonymous):  # MySQL's WEEKDAY(d)
                day = node.expressions[0]
            else:
                day = node.this
            return call("dow", exp.Literal.string(own), day)
        part = _PARTS.get(type(node))
        if part is not None:
            return call("part", exp.Literal.string(part), node.this)
        age = _age(node.expression) if isinstance(node, exp.Extract) else None
        if age is not None and node.this.name.upper() == "YEAR":
            # PostgreSQL's EXTRACT(YEAR FROM AGE(b, a)): the whole years from a to b.
            return call("diff", exp.Literal.string("YEAR"), age[1], age[0])
        if isinstance(node, exp.Extract):
            unit_part = _EXTRACTED.get(node.this.name.upper())
            if unit_part:
                return call("part", exp.Literal.string(unit_part), node.expression)
            interval = node.expression.unnest()
            if node.this.name.upper() == "EPOCH" and isinstance(interval, exp.Sub):
                return call("seconds", interval.expression, interval.this)
        if isinstance(node, exp.Dayname):
            return call("dayname", node.this)
        if isinstance(node, exp.Left):
            return exp.Substring(
                this=node.this, start=exp.Literal.number(1), length=node.expression
            )
        if isinstance(node, exp.Right):
            return call("right", node.this, node.expression)
        if isinstance(node, exp.Sub) and read in _DATE_MINUS_DATE and _both_dates(node):
            # A date minus a date is a number of days there; SQLite would subtract the text.
            return _days_between(node.this.this, node.expression.this)
        if isinstance(node, exp.DateDiff) and read == "mysql" and node.args.get("unit") is None:
            # MySQL's DATEDIFF counts calendar days: the times of day do not count.
            return _days_between(node.this, node.expression)
        shift = _shift_of(node)
        if shift is not None:  # a point in time moved by an interval
            return call("shift", *shift)
        if isinstance(node, exp.TimestampDiff) and node.args.get("unit") is not None:
            unit = node.args["unit"].name.upper()
            if unit in _SECONDS or unit in _MONTHS:
                return call("diff", exp.Literal.string(unit), node.expression, node.this)
        return node

    return expression.transform(rewrite, copy=False)


_DATE_MINUS_DATE = frozenset({"postgres", "duckdb"})


def _shift_of(node: exp.Expr) -> tuple[exp.Expr, exp.Expr, exp.Expr] | None:
    """(moment, signed amount, unit) of ``moment +/- INTERVAL '30 minutes'``, ``moment + n *
    INTERVAL '1 minute'`` (PostgreSQL), ``moment + INTERVAL n MINUTE`` and ``DATE_ADD`` /
    ``DATE_SUB`` (MySQL); None for anything else, an interval of several units included."""
    if isinstance(node, exp.DateAdd | exp.DateSub) and node.args.get("unit") is not None:
        moment, amount, unit = node.this, node.expression, node.args["unit"].name
    elif isinstance(node, exp.Add | exp.Sub):
        interval = _interval(node.expression)
        moment = node.this
        if interval is None and isinstance(node, exp.Add):
            interval, moment = _interval(node.this), node.expression
        if interval is None:
            return None
        amount, unit = interval
    else:
        return None
    unit = unit.upper().removesuffix("S")
    if unit not in _SECONDS and unit not in _MONTHS:
        return None
    if isinstance(node, exp.DateSub | exp.Sub):
        amount = exp.Neg(this=exp.Paren(this=amount))
    return moment, amount, exp.Literal.string(unit)


def _interval(node: exp.Expr) -> tuple[exp.Expr, str] | None:
    """(amount, unit) of ``INTERVAL '30' MINUTE`` or ``n * INTERVAL '1 minute'``."""
    node = node.unnest()
    factor: exp.Expr | None = None
    if isinstance(node, exp.Mul):
        factor, node = (node.this, node.expression.unnest())
        if not isinstance(node, exp.Interval):
            factor, node = node, factor.unnest()
    if not isinstance(node, exp.Interval) or node.args.get("unit") is None:
        return None
    amount = node.this
    if isinstance(amount, exp.Literal) and amount.is_string:
        amount = exp.Literal.number(amount.this)
    if factor is not None:
        amount = exp.Mul(this=exp.Paren(this=factor), expression=amount)
    return amount, node.args["unit"].name


def _both_dates(sub: exp.Sub) -> bool:
    """``CAST(b AS DATE) - CAST(a AS DATE)`` (or ``b::date - a::date``)."""
    return all(
        isinstance(side, exp.Cast) and side.to.is_type(exp.DType.DATE)
        for side in (sub.this, sub.expression)
    )


def _days_between(end: exp.Expr, start: exp.Expr) -> exp.Expr:
    """The whole days from ``start``'s date to ``end``'s, times of day left out."""
    days = exp.Sub(this=_julian_day(end), expression=_julian_day(start))
    return exp.Cast(this=exp.Paren(this=days), to=exp.DataType.build("INT"))


def _julian_day(value: exp.Expr) -> exp.Expr:
    """``JULIANDAY(DATE(value))``: a cast to DATE drops the time of day."""
    day = exp.Anonymous(this="DATE", expressions=[value])
    return exp.Anonymous(this="JULIANDAY", expressions=[day])


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value).strip().replace("T", " ")[:26])
    except ValueError:
        return None


def _part(part: str, value: Any) -> int | None:
    moment = _moment(value)
    if moment is None:
        return None
    if part == "quarter":
        return (moment.month - 1) // 3 + 1
    if part == "doy":
        return moment.timetuple().tm_yday
    return int(getattr(moment, part))


def _dow(counting: str, value: Any) -> int | None:
    moment = _moment(value)
    if moment is None or counting not in NUMBERINGS:
        return None
    return NUMBERINGS[counting][moment.strftime("%A").lower()]


def _dayname(value: Any) -> str | None:
    moment = _moment(value)
    return moment.strftime("%A") if moment is not None else None


def _right(text: Any, n: Any) -> str | None:
    if text is None or n is None:
        return None
    count = int(n)
    return str(text)[-count:] if count > 0 else ""


def _seconds(start: Any, end: Any) -> float | None:
    """PostgreSQL's ``EXTRACT(EPOCH FROM end - start)``: the interval's length in seconds."""
    first, last = _moment(start), _moment(end)
    if first is None or last is None:
        return None
    return (last - first).total_seconds()


def _diff(unit: str, start: Any, end: Any) -> int | None:
    if unit in _MONTHS:
        months = _months(start, end)
        return None if months is None else int(months / _MONTHS[unit])
    seconds = _seconds(start, end)
    return None if seconds is None else int(seconds / _SECONDS[unit])  # MySQL truncates to 0


def _shift(value: Any, amount: Any, unit: str) -> str | None:
    """``value`` moved by ``amount`` units, as text: a month added to 31 January is the last
    day of February, as in MySQL and PostgreSQL; a time of day kept, or added."""
    moment = _moment(value)
    if moment is None or amount is None:
        return None
    if unit in _MONTHS:
        years, month = divmod(moment.month - 1 + int(float(amount) * _MONTHS[unit]), 12)
        year = moment.year + years
        day = min(moment.day, calendar.monthrange(year, month + 1)[1])
        moment = moment.replace(year=year, month=month + 1, day=day)
    else:
        moment += timedelta(seconds=float(amount) * _SECONDS[unit])
    timed = len(str(value).strip()) > 10 or _SECONDS.get(unit, 86400) < 86400
    return moment.strftime("%Y-%m-%d %H:%M:%S" if timed else "%Y-%m-%d")


def _months(start: Any, end: Any) -> int | None:
    """The whole calendar months from ``start`` to ``end``, as MySQL's TIMESTAMPDIFF(MONTH)
    and PostgreSQL's AGE count them: one more when the day and time of day come round."""
    first, last = _moment(start), _moment(end)
    if first is None or last is None:
        return None
    months = (last.year - first.year) * 12 + last.month - first.month
    if last >= first and _in_month(last) < _in_month(first):
        months -= 1
    elif last < first and _in_month(last) > _in_month(first):
        months += 1
    return months


def _in_month(moment: datetime) -> tuple[int, int, int, int, int]:
    return (moment.day, moment.hour, moment.minute, moment.second, moment.microsecond)


def _age(node: exp.Expr) -> tuple[exp.Expr, exp.Expr] | None:
    """(b, a) of PostgreSQL's ``AGE(b, a)``, or None."""
    if isinstance(node, exp.Anonymous) and node.name.upper() == "AGE":
        if len(node.expressions) == 2:
            return node.expressions[0], node.expressions[1]
    return None


def register(conn: sqlite3.Connection) -> None:
    """The ``t2s_*`` functions, on one sandbox connection."""
    conn.create_function("t2s_part", 2, _part, deterministic=True)
    conn.create_function("t2s_dow", 2, _dow, deterministic=True)
    conn.create_function("t2s_dayname", 1, _dayname, deterministic=True)
    conn.create_function("t2s_right", 2, _right, deterministic=True)
    conn.create_function("t2s_diff", 3, _diff, deterministic=True)
    conn.create_function("t2s_seconds", 2, _seconds, deterministic=True)
    conn.create_function("t2s_shift", 3, _shift, deterministic=True)
