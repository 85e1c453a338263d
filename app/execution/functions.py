"""Other dialects' date parts and text helpers, made to run in the SQLite sandbox.

The sandbox runs a MySQL or PostgreSQL answer transpiled by sqlglot, and sqlglot writes many of
their functions for SQLite as names SQLite lacks (``DAY_OF_WEEK``, ``YEAR``, ``HOUR``), as
syntax it refuses (``EXTRACT(DOW FROM d)``, ``LEFT(s, 4)``) or with the unit read as a column
(``TIMESTAMPDIFF(MINUTE, a, b)``). Such a candidate never ran: no execution check, no vote, no
second look at an empty result. Before the SQL is written for SQLite, those nodes become calls
of functions registered on every sandbox connection (``t2s_*``), which compute the value the
source dialect would from SQLite's text dates; day-of-week numbers count the way the source
function counts. Anything else is left as sqlglot writes it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from sqlglot import exp

_DAY_OF_WEEK = {  # the source function's numbering: (first day, number of the first day)
    "sunday=0": ("sunday", 0),
    "sunday=1": ("sunday", 1),
    "monday=0": ("monday", 0),
    "monday=1": ("monday", 1),
}
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
    "DOW": "sunday=0",
    "ISODOW": "monday=1",
}  # not EPOCH: of an interval (`b - a`) it has no SQLite form, and the candidate stays unrun
_SECONDS = {"SECOND": 1, "MINUTE": 60, "HOUR": 3600, "DAY": 86400, "WEEK": 604800}


def portable(expression: exp.Expr, read: str) -> exp.Expr:
    """``expression`` (parsed in ``read``) with the nodes SQLite cannot run made ``t2s_*``
    calls, in place."""

    def call(name: str, *args: exp.Expr) -> exp.Expr:
        return exp.Anonymous(this=f"t2s_{name}", expressions=list(args))

    def rewrite(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.DayOfWeekIso):
            return call("dow", exp.Literal.string("monday=1"), node.this)
        if isinstance(node, exp.DayOfWeek):
            numbering = "sunday=1" if read == "mysql" else "sunday=0"
            return call("dow", exp.Literal.string(numbering), node.this)
        if isinstance(node, exp.Anonymous) and read == "mysql" and node.name.upper() == "WEEKDAY":
            return call("dow", exp.Literal.string("monday=0"), *node.expressions)
        part = _PARTS.get(type(node))
        if part is not None:
            return call("part", exp.Literal.string(part), node.this)
        if isinstance(node, exp.Extract):
            unit = node.this.name.upper()
            if unit == "DAYOFWEEK":  # T-SQL's DATEPART(WEEKDAY, d) counts from Sunday = 1
                unit_part = "sunday=1" if read == "tsql" else "sunday=0"
            else:
                unit_part = _EXTRACTED.get(unit, "")
            if unit_part in _DAY_OF_WEEK:
                return call("dow", exp.Literal.string(unit_part), node.expression)
            if unit_part:
                return call("part", exp.Literal.string(unit_part), node.expression)
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
            days = exp.Sub(
                this=_julian_day(node.this.this), expression=_julian_day(node.expression.this)
            )
            return exp.Cast(this=exp.Paren(this=days), to=exp.DataType.build("INT"))
        if isinstance(node, exp.TimestampDiff) and node.args.get("unit") is not None:
            unit = node.args["unit"].name.upper()
            if unit in _SECONDS:
                return call("diff", exp.Literal.string(unit), node.expression, node.this)
        return node

    return expression.transform(rewrite, copy=False)


_DATE_MINUS_DATE = frozenset({"postgres", "duckdb"})


def _both_dates(sub: exp.Sub) -> bool:
    """``CAST(b AS DATE) - CAST(a AS DATE)`` (or ``b::date - a::date``)."""
    return all(
        isinstance(side, exp.Cast) and side.to.is_type(exp.DType.DATE)
        for side in (sub.this, sub.expression)
    )


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


def _dow(numbering: str, value: Any) -> int | None:
    moment = _moment(value)
    if moment is None or numbering not in _DAY_OF_WEEK:
        return None
    first, base = _DAY_OF_WEEK[numbering]
    from_monday = moment.weekday()  # Monday = 0
    offset = from_monday if first == "monday" else (from_monday + 1) % 7
    return offset + base


def _dayname(value: Any) -> str | None:
    moment = _moment(value)
    return moment.strftime("%A") if moment is not None else None


def _right(text: Any, n: Any) -> str | None:
    if text is None or n is None:
        return None
    count = int(n)
    return str(text)[-count:] if count > 0 else ""


def _diff(unit: str, start: Any, end: Any) -> int | None:
    first, last = _moment(start), _moment(end)
    if first is None or last is None:
        return None
    seconds = (last - first).total_seconds()
    return int(seconds / _SECONDS[unit])  # MySQL truncates toward zero


def register(conn: sqlite3.Connection) -> None:
    """The ``t2s_*`` functions, on one sandbox connection."""
    conn.create_function("t2s_part", 2, _part, deterministic=True)
    conn.create_function("t2s_dow", 2, _dow, deterministic=True)
    conn.create_function("t2s_dayname", 1, _dayname, deterministic=True)
    conn.create_function("t2s_right", 2, _right, deterministic=True)
    conn.create_function("t2s_diff", 3, _diff, deterministic=True)
