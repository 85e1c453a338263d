"""A correction before the identifier check: one day of a month where the question asks for it all.

Asked about "August 2023", small models often write ``visit_date = '2023-08-01'``: the first
day of the month, copied from an example value, instead of the month. When the question names
a month and year (and no day of it) and the SQL compares a column for equality with a date of
that month, the comparison becomes the half-open month range
``visit_date >= '2023-08-01' AND visit_date < '2023-09-01'``, which holds for DATE and for
DATETIME values in every dialect. The same holds for a year named alone and its January 1st.
Every change is reported with the answer (``corrections``).
"""

from __future__ import annotations

import re
from datetime import date

from sqlglot import exp

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_ANY_MONTH = re.compile(rf"\b({_MONTH})\b", re.IGNORECASE)
_DATE_LITERAL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")


def asked_periods(question: str) -> tuple[set[tuple[int, int]], set[int]]:
    """The whole months (year, month) and whole years a question asks about.

    >>> asked_periods("Revenue by type for August 2023?")
    ({(2023, 8)}, set())
    >>> asked_periods("Logins on 18 April 2024")
    (set(), set())
    >>> asked_periods("Donors who gave in 2022")
    (set(), {2022})
    """
    months: set[tuple[int, int]] = set()
    days_named = {MONTHS[m.group(1).lower()] for m in _MONTH_DAY.finditer(question)}
    for match in _MONTH_YEAR.finditer(question):
        month = MONTHS[match.group(1).lower()]
        if month in days_named or _DAY_BEFORE.search(question[: match.start()]):
            continue  # a day of that month is named: one day may be what is asked
        months.add((int(match.group(2)), month))
    # "may" is also a verb: a year counts as whole only when no month word is there at all.
    years = set() if _ANY_MONTH.search(question) else {int(y) for y in _YEAR.findall(question)}
    return months, years


def _month_range(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return start, end


def widen_day_to_period(statement: exp.Expr, question: str) -> list[str]:
    """Turn ``column = <a day>`` into the month (or year) range the question asks for, in place.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT COUNT(*) FROM t WHERE d = '2023-08-01' AND k = 1")
    >>> [note] = widen_day_to_period(query, "How many in August 2023?")
    >>> note.split(" (")[0]
    "d = '2023-08-01' -> d >= '2023-08-01' AND d < '2023-09-01'"
    >>> query.sql()
    "SELECT COUNT(*) FROM t WHERE (d >= '2023-08-01' AND d < '2023-09-01') AND k = 1"
    """
    months, years = asked_periods(question)
    if not months and not years:
        return []
    notes: list[str] = []
    for equality in list(statement.find_all(exp.EQ)):
        column, literal = equality.this, equality.expression
        if isinstance(column, exp.Literal):
            column, literal = literal, column
        if not (isinstance(column, exp.Column) and isinstance(literal, exp.Literal)):
            continue
        if not literal.is_string:
            continue
        found = _DATE_LITERAL.match(literal.this)
        if found is None:
            continue
        year, month, day = (int(part) for part in found.groups())
        if (year, month) in months:
            start, end = _month_range(year, month)
            period = f"{date(year, month, 1):%B %Y}"
        elif year in years and (month, day) == (1, 1):
            start, end = date(year, 1, 1), date(year + 1, 1, 1)
            period = str(year)
        else:
            continue
        before = equality.sql()
        widened = exp.and_(
            exp.GTE(this=column.copy(), expression=exp.Literal.string(start.isoformat())),
            exp.LT(this=column.copy(), expression=exp.Literal.string(end.isoformat())),
        )
        equality.replace(exp.paren(widened, copy=False))
        notes.append(f"{before} -> {widened.sql()} (the question asks about {period}, not one day)")
    return notes
