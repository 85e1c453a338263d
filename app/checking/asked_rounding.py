"""A correction that reads the question: the rounding it asks for, where the answer has none.

"Give the service level and the average weight in kilograms rounded to 2 decimal places"
answered ``AVG(weight_g) / 1000.0`` returns 1.2345...: the right value, not the one asked for,
and not what a client comparing with its own figures sees. When the question asks for N
decimal places ("rounded to 2 decimal places", "to one decimal place", "to the nearest whole
number") and the answer's select list rounds nothing, each returned value that is computed
with a fraction (an ``AVG`` or a division) is wrapped in ``ROUND(value, N)``; on PostgreSQL,
whose ``ROUND`` with places takes only ``numeric``, as ``ROUND(CAST(value AS NUMERIC), N)``.
Counts, sums and columns returned as stored are left alone, and so is an answer that rounds
any value itself. Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked

_NUMBERS = {"zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4}
_PLACES = re.compile(
    r"\b(?:round(?:ed|ing)?|to)\s+(?:it\s+|them\s+|the\s+values?\s+)?(?:to\s+)?"
    r"(?P<places>\d|zero|no|one|two|three|four)\s+(?:decimal(?:\s+(?:places?|digits?))?s?|"
    r"digits?\s+after\s+the\s+decimal(?:\s+point)?|dp|d\.p\.)",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\b(?:round(?:ed)?\s+)?to\s+the\s+nearest\s+(?:whole\s+number|integer|unit)\b", re.I
)


def correct_rounding(candidate: Candidate) -> list[str]:
    """Not a check: the values computed with a fraction are rounded as the question asks."""
    return correct_asked(
        candidate, lambda s, question: round_as_asked(s, question, candidate.dialect)
    )


def asked_places(question: str) -> int | None:
    """The decimal places a question asks its values rounded to, or None.

    >>> asked_places("the average in pounds rounded to 2 decimal places")
    2
    >>> asked_places("Round to one decimal place.")
    1
    >>> asked_places("hours, to the nearest whole number")
    0
    >>> asked_places("How many parcels weigh over 2 kg?") is None
    True
    """
    found = _PLACES.search(question)
    if found is not None:
        places = found.group("places").lower()
        return int(places) if places.isdigit() else _NUMBERS[places]
    return 0 if _WHOLE.search(question) else None


def round_as_asked(statement: exp.Expr, question: str, dialect: str) -> list[str]:
    """Wrap, in place, each fractional value the select list returns in the rounding asked.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT level, AVG(weight_g) / 1000.0 AS kg FROM p")
    >>> [note] = round_as_asked(query, "the average weight rounded to 2 decimal places", "sqlite")
    >>> query.sql()
    'SELECT level, ROUND(AVG(weight_g) / 1000.0, 2) AS kg FROM p'
    """
    places = asked_places(question)
    if places is None or not isinstance(statement, exp.Select):
        return []
    if any(projection.find(exp.Round) for projection in statement.expressions):
        return []  # the answer rounds as it sees fit
    notes: list[str] = []
    for projection in statement.expressions:
        value = projection.unalias()
        if not value.find(exp.Avg, exp.Div) or value.find(exp.Subquery, exp.Window):
            continue
        if dialect == "postgres":
            rounded_value: exp.Expr = exp.cast(value.copy(), "NUMERIC")
        else:
            rounded_value = value.copy()
        rounded = exp.Round(this=rounded_value, decimals=exp.Literal.number(places))
        before = value.sql(dialect)
        value.replace(rounded)
        notes.append(
            f"{before} -> {rounded.sql(dialect)} (the question asks for {places} decimal "
            f"place{'' if places == 1 else 's'})"
        )
    return notes
