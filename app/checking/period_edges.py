"""A correction that reads the question: a bound inside the year or month said "after" or "before".

"Joined after 2023" is 2024 on, yet small models write ``hired_on > '2023-01-01'``, which counts
most of 2023, or ``> '2023-12-31'``, which for a timestamp counts that evening. A lower bound on
a date inside the period the question says "after" becomes ``>= <first day after it>``; an upper
bound inside the period it says "before" becomes ``< <its first day>``. "Before (or by) the end
of 2024" puts the edge after the period: an upper bound inside it (``ends_on < '2024-12-31'``,
which leaves out New Year's Eve) becomes ``< <the first day after it>``. Every change is
reported with the answer (``corrections``).
"""

from __future__ import annotations

import re
from datetime import date

from sqlglot import exp

from app.checking.dates import MONTH_WORDS, MONTHS, dated_bound, month_range

_EDGE = re.compile(
    # "before the end of 2024" is not "before 2024": only a year or month said right after, or
    # "the end of" one, which puts the edge after the period instead of before it.
    rf"\b(?P<side>after|before|by|until)\s+(?P<end>the\s+end\s+of\s+)?"
    rf"(?:(?P<month>{MONTH_WORDS})\.?,?\s+)?(?P<year>(?:19|20)\d\d)\b(?![-/.]\d)",
    re.IGNORECASE,
)


def _edges_asked(question: str) -> list[tuple[str, date, date]]:
    """("after" or "before", first day, first day after) of each year or month a question
    puts a bound at ("after 2023", "before March 2024")."""
    edges = []
    for match in _EDGE.finditer(question):
        side = match.group("side").lower()
        if match.group("end") and side != "after":  # "after the end of 2023" is after 2023
            side = "by the end of"  # every day of the period is before its end
        elif side not in ("after", "before"):
            continue  # "by 2024", "until 2024": which edge is meant is not said
        year, month_name = int(match.group("year")), match.group("month")
        if month_name is None:
            start, end = date(year, 1, 1), date(year + 1, 1, 1)
        else:
            start, end = month_range(year, MONTHS[month_name.lower()])
        edges.append((side, start, end))
    return edges


def bound_at_period_edges(statement: exp.Expr, question: str) -> list[str]:
    """Move a bound inside the year (or month) the question says "after", "before" or "by the
    end of" to that period's edge, in place; one note per bound moved.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT name FROM p WHERE hired_on > '2023-01-01'")
    >>> [note] = bound_at_period_edges(query, "Who joined after 2023?")
    >>> query.sql()
    "SELECT name FROM p WHERE hired_on >= '2024-01-01'"
    >>> query = sqlglot.parse_one("SELECT name FROM p WHERE hired_on <= '2020-12-31'")
    >>> [note] = bound_at_period_edges(query, "Who joined before 2020?")
    >>> query.sql()
    "SELECT name FROM p WHERE hired_on < '2020-01-01'"
    >>> query = sqlglot.parse_one("SELECT id FROM p WHERE ends_on < '2024-12-31'")
    >>> [note] = bound_at_period_edges(query, "Policies expiring before the end of 2024?")
    >>> query.sql()
    "SELECT id FROM p WHERE ends_on < '2025-01-01'"
    """
    edges = _edges_asked(question)
    if not edges:
        return []
    notes: list[str] = []
    for comparison in list(statement.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE)):
        column, kind, day = dated_bound(comparison)
        if column is None or kind is None or day is None:
            continue
        lower = kind in (exp.GT, exp.GTE)
        for side, start, end in edges:
            if not start <= day < end or (side == "after") != lower:
                continue
            edge = start if side == "before" else end
            bound = (exp.GTE if lower else exp.LT)(
                this=column.copy(), expression=exp.Literal.string(edge.isoformat())
            )
            before = comparison.sql()
            if before == bound.sql():
                break
            comparison.replace(bound)
            period = str(start.year) if end.year > start.year else f"{start:%B %Y}"
            notes.append(f"{before} -> {bound.sql()} (the question says {side} {period})")
            break
    return notes
