"""A correction before the identifier check: days of the week numbered the way another function
numbers them.

Asked for orders "placed on a Saturday or Sunday", a small model writes MySQL's
``DAYOFWEEK(placed_at) IN (6, 7)``: Saturday and Sunday as ISO numbers them, while DAYOFWEEK
counts from Sunday = 1, so the answer holds Fridays and Saturdays and runs without an error.
Each dialect's day-of-week functions number days one of four ways (from Sunday or Monday,
from 0 or 1). When the question names the days it asks about ("weekend", "Saturday") and the
numbers the SQL compares a day-of-week function with are exactly those days in another of the
four numberings, the numbers become the function's own: ``DAYOFWEEK(placed_at) IN (1, 7)``.
Numbers that are those days already, or no days the question names in any numbering, stay as
written. Every change is reported with the answer (``corrections``).
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.conditions import compared_values

DAYS = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
# day name -> its number, in each way a day-of-week function numbers days
NUMBERINGS: dict[str, dict[str, int]] = {
    "Sunday = 0": {day: i for i, day in enumerate(DAYS)},  # SQLite %w, PostgreSQL DOW
    "Sunday = 1": {day: i + 1 for i, day in enumerate(DAYS)},  # MySQL DAYOFWEEK, T-SQL
    "Monday = 0": {day: (i - 1) % 7 for i, day in enumerate(DAYS)},  # MySQL WEEKDAY
    "Monday = 1": {day: (i - 1) % 7 + 1 for i, day in enumerate(DAYS)},  # ISODOW
}
_NAMED_DAY = re.compile(r"\b(" + "|".join(DAYS) + r")s?\b", re.IGNORECASE)
_WEEKEND = re.compile(r"\bweek-?ends?\b", re.IGNORECASE)


def days_asked(question: str) -> frozenset[str]:
    """The days of the week a question names ("weekend": Saturday and Sunday)."""
    days = {match.lower() for match in _NAMED_DAY.findall(question)}
    if _WEEKEND.search(question):
        days |= {"saturday", "sunday"}
    return frozenset(days)


def numbering(node: exp.Expr, dialect: str) -> str | None:
    """How the day-of-week function ``node`` numbers days; None when it is no such function."""
    if isinstance(node, exp.DayOfWeekIso):
        return "Monday = 1"
    if isinstance(node, exp.DayOfWeek):
        return "Sunday = 1" if dialect == "mysql" else "Sunday = 0"
    if isinstance(node, exp.Anonymous) and dialect == "mysql" and node.name.upper() == "WEEKDAY":
        return "Monday = 0"
    if isinstance(node, exp.Extract):
        part = node.this.name.upper()
        if part == "ISODOW":
            return "Monday = 1"
        if part in ("DOW", "DAYOFWEEK"):
            return "Sunday = 1" if dialect == "tsql" else "Sunday = 0"
    if isinstance(node, exp.TimeToStr) and node.args.get("format") is not None:
        if node.args["format"].name == "%w":
            return "Sunday = 0"
    return None


def _day_function(node: exp.Expr, dialect: str) -> exp.Expr | None:
    """``node`` itself or under a cast (``CAST(STRFTIME('%w', d) AS INTEGER)``)."""
    inner = node.this if isinstance(node, exp.Cast) else node
    return inner if numbering(inner, dialect) else None


def _compared_literals(
    statement: exp.Expr, dialect: str
) -> dict[str, tuple[exp.Expr, list[exp.Literal]]]:
    """Each day-of-week function (by its SQL) and the literals it is compared with: IN lists,
    ``=`` and ``<>``, across the whole statement (``d = 6 OR d = 7`` is one set)."""
    found: dict[str, tuple[exp.Expr, list[exp.Literal]]] = {}
    for side, values in compared_values(statement.find_all(exp.In, exp.EQ, exp.NEQ)):
        function = _day_function(side, dialect)
        if function is None or not values:
            continue
        if all(isinstance(v, exp.Literal) for v in values):
            entry = found.setdefault(side.sql(dialect), (function, []))
            entry[1].extend(v for v in values if isinstance(v, exp.Literal))
    return found


def _as_int(literal: exp.Literal) -> int | None:
    try:
        return int(literal.name)
    except ValueError:
        return None


def renumber_weekdays(statement: exp.Expr, question: str, dialect: str) -> list[str]:
    """Rewrite, in place, day numbers compared with a day-of-week function that name the
    question's days in another numbering; one note per function corrected."""
    days = days_asked(question)
    if not days:
        return []
    notes = []
    for function_sql, (function, literals) in _compared_literals(statement, dialect).items():
        numbers = {_as_int(literal) for literal in literals}
        own = numbering(function, dialect)
        if own is None or None in numbers or numbers == {NUMBERINGS[own][d] for d in days}:
            continue
        meant = [
            name
            for name, numbered in NUMBERINGS.items()
            if name != own and numbers == {numbered[day] for day in days}
        ]
        if len(meant) != 1:
            continue  # no other numbering names those days, or several do: leave it
        day_of = {number: day for day, number in NUMBERINGS[meant[0]].items()}
        for literal in literals:
            number = NUMBERINGS[own][day_of[int(literal.name)]]
            literal.replace(
                exp.Literal.string(str(number)) if literal.is_string else exp.Literal.number(number)
            )
        named = " and ".join(day.capitalize() for day in DAYS if day in days)
        notes.append(
            f"{function_sql} counts days from {own}; the numbers compared with it meant "
            f"{named} counted from {meant[0]}, and now count from {own}"
        )
    return notes
