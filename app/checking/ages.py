"""A correction that reads the question: an age in years, counted the way people count them.

"Give their age in completed years on 1 September 2025", "patients aged 60 or over on 1 March
2025": small models take an age as the days between two dates over 365
(``(JULIANDAY('2025-09-01') - JULIANDAY(date_of_birth)) / 365``, 11.98 for a child turning
12 the next day) or as the difference of the two years (``YEAR(CURDATE()) - YEAR(dob)``, one
year too many before the birthday). A person's age goes up on their birthday, so both are wrong
near it, and the fraction is no age at all. When the question asks for an age ("age", "aged",
"years old") and a returned value, or one side of a comparison, is such an approximation of the
years from a birth date (a column whose name says birth: ``date_of_birth``, ``dob``,
``born_on``) to another date, it becomes the dialect's count of completed years: SQLite's years
less one before the birthday, PostgreSQL's ``AGE``, MySQL's ``TIMESTAMPDIFF(YEAR, ...)``.

An age asked with decimals, or rounded to places, is left as written; so is a year difference
the model already corrected for the birthday (it is not the whole value).
"""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import COMPARISONS
from app.checking.dates import year_read
from app.checking.scopes import select_scopes
from app.checking.text_dates import julian_days

_ASKS_AGE = re.compile(r"\b(?:ages?|aged|years? old)\b", re.IGNORECASE)
_FRACTION = re.compile(r"\bdecimals?\b|\bfraction", re.IGNORECASE)
_BIRTH = re.compile(r"birth|(?:^|_)(?:dob|born)(?:_|$)", re.IGNORECASE)
_YEAR_DAYS = (365.0, 365.25, 365.2425)
_EXACT = {
    "sqlite": "(CAST(STRFTIME('%Y', {on}) AS INTEGER) - CAST(STRFTIME('%Y', {born}) AS INTEGER)"
    " - (STRFTIME('%m-%d', {on}) < STRFTIME('%m-%d', {born})))",
    "postgres": "CAST(DATE_PART('year', AGE({on}, {born})) AS INTEGER)",
    "mysql": "TIMESTAMPDIFF(YEAR, {born}, {on})",
}


def correct_ages(candidate: Candidate) -> list[str]:
    """Not a check: an age asked, computed as days over 365 or as a difference of years, is
    counted in completed years (and said so)."""
    dialect = candidate.schema.dialect
    if dialect not in _EXACT:
        return []
    return correct_asked(candidate, lambda s, q: count_ages(s, q, dialect))


def count_ages(statement: exp.Expr, question: str, dialect: str) -> list[str]:
    """Write, in place, each approximate age the query returns or compares as completed years.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT (JULIANDAY('2025-09-01') - JULIANDAY(dob)) / 365 FROM p")
    >>> _ = count_ages(query, "Give each child's age on 1 September 2025.", "sqlite")
    >>> query.sql("sqlite").split(" - (")[1]
    "STRFTIME('%m-%d', '2025-09-01') < STRFTIME('%m-%d', dob))) FROM p"
    """
    if not _ASKS_AGE.search(question) or _FRACTION.search(question):
        return []
    notes: list[str] = []
    for _, select in select_scopes(statement):
        values = [projection.unalias() for projection in select.expressions]
        for comparison in select.find_all(*COMPARISONS):
            if comparison.parent_select is select:
                values.extend((comparison.this, comparison.expression))
        for value in values:
            notes.extend(_count_age(value, dialect))
    return notes


def _count_age(value: exp.Expr, dialect: str) -> list[str]:
    whole = _unwrapped(value)
    if whole is None:
        return []
    dates = _days_over_a_year(whole) or _difference_of_years(whole)
    if dates is None or not _is_birth(dates[1]):
        return []
    on, born = dates
    exact = sqlglot.parse_one(
        _EXACT[dialect].format(on=on.sql(dialect), born=born.sql(dialect)), read=dialect
    )
    before = value.sql(dialect)
    value.replace(exact)
    return [
        f"{before} -> {exact.sql(dialect)} (an age counts the years completed: not days over "
        f"365, nor the difference of two years)"
    ]


def _unwrapped(value: exp.Expr) -> exp.Expr | None:
    """The value under rounding to whole years and casts; None when rounded to places."""
    while True:
        if isinstance(value, exp.Round) and value.args.get("decimals") is not None:
            places = value.args["decimals"]
            if not (isinstance(places, exp.Literal) and float(places.this) == 0):
                return None
        if isinstance(value, (exp.Paren, exp.Cast, exp.Floor, exp.Round)):
            value = value.this
        else:
            return value


def _days_over_a_year(value: exp.Expr) -> tuple[exp.Expr, exp.Expr] | None:
    """(the later date, the earlier) of ``days / 365``; the days are SQLite's JULIANDAY
    difference, PostgreSQL's difference of dates or MySQL's DATEDIFF."""
    if not isinstance(value, (exp.Div, exp.IntDiv)):
        return None
    divisor = value.expression
    if not (isinstance(divisor, exp.Literal) and divisor.is_number):
        return None
    if float(divisor.this) not in _YEAR_DAYS:
        return None
    days = value.this.unnest()
    if isinstance(days, exp.DateDiff):
        return days.this, days.expression
    if isinstance(days, exp.Sub):
        later, earlier = days.this.unnest(), days.expression.unnest()
        if julian_days(days):
            return later.expressions[0], earlier.expressions[0]
        return later, earlier
    return None


def _difference_of_years(value: exp.Expr) -> tuple[exp.Expr, exp.Expr] | None:
    """(the later date, the earlier) of ``year(later) - year(earlier)``."""
    if not isinstance(value, exp.Sub):
        return None
    later, earlier = (year_read(_uncast(side)) for side in (value.this, value.expression))
    return (later, earlier) if later is not None and earlier is not None else None


def _uncast(node: exp.Expr) -> exp.Expr:
    """``node`` without its parentheses and one cast: ``CAST(STRFTIME('%Y', d) AS INTEGER)``."""
    node = node.unnest()
    return node.this.unnest() if isinstance(node, exp.Cast) else node


def _is_birth(node: exp.Expr) -> bool:
    return isinstance(node, exp.Column) and bool(_BIRTH.search(node.name))
