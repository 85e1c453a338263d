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
from datetime import date, timedelta

from sqlglot import exp

from app.checking.conditions import conjuncts

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
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_YEAR = re.compile(rf"\b({MONTH_WORDS})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_ANY_MONTH = re.compile(rf"\b({MONTH_WORDS})\b", re.IGNORECASE)
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


def month_range(year: int, month: int) -> tuple[date, date]:
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
            start, end = month_range(year, month)
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


_IN_PERIOD = re.compile(
    rf"\b(?:in|during|for|of|throughout|within)\s+(?:the\s+(?:year|month)\s+(?:of\s+)?)?"
    rf"(?:(?P<month>{MONTH_WORDS})\.?,?\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*(?:-|–|to\b|and\b|or\b|onwards?|through|till|until|\+))",
    re.IGNORECASE,
)


def _periods_asked_within(question: str) -> dict[date, date]:
    """The half-open ranges ``{start: end}`` of the years and months a question asks "in"."""
    months, years = asked_periods(question)
    ranges: dict[date, date] = {}
    for match in _IN_PERIOD.finditer(question):
        year, month_name = int(match.group("year")), match.group("month")
        if month_name is not None and (year, MONTHS[month_name.lower()]) in months:
            start, end = month_range(year, MONTHS[month_name.lower()])
            ranges[start] = end
        elif month_name is None and year in years:
            ranges[date(year, 1, 1)] = date(year + 1, 1, 1)
    return ranges


def close_open_period(statement: exp.Expr, question: str) -> list[str]:
    """Give ``column >= <start of the asked period>`` the period's end too, in place.

    Asked "in 2024", small models often write only ``d >= '2024-01-01'``: every later year
    counts as well. When the question asks about a year or month ("in", "during", "for" it,
    not "since" it) and a condition starts that period with no upper bound on the same column,
    the condition gains ``AND d < '<first day after the period>'``.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT COUNT(*) FROM t WHERE d >= '2024-01-01' AND k = 1")
    >>> [note] = close_open_period(query, "How many visits in 2024?")
    >>> query.sql()
    "SELECT COUNT(*) FROM t WHERE (d >= '2024-01-01' AND d < '2025-01-01') AND k = 1"
    >>> close_open_period(sqlglot.parse_one("SELECT 1 FROM t WHERE d >= '2024-01-01'"),
    ...                   "How many visits since 2024?")
    []
    """
    ranges = _periods_asked_within(question)
    if not ranges:
        return []
    notes: list[str] = []
    for where in list(statement.find_all(exp.Where)):
        comparisons = list(where.find_all(*_BOUNDS))  # BETWEEN is no Binary: named here
        for comparison in [c for c in conjuncts(where.this) if isinstance(c, _BOUNDS)]:
            column, start = _lower_bound(comparison)
            if column is None or start not in ranges:
                continue
            if any(c is not comparison and _bounds_column(c, column) for c in comparisons):
                continue
            first_after = exp.Literal.string(ranges[start].isoformat())
            end = exp.LT(this=column.copy(), expression=first_after)
            before = comparison.sql()
            comparison.replace(exp.paren(exp.and_(comparison.copy(), end), copy=False))
            notes.append(
                f"{before} -> {before} AND {end.sql()} (the question asks about the period "
                f"from {start.isoformat()}, not everything after it)"
            )
    return notes


_BOUNDS = (exp.GT, exp.GTE, exp.LT, exp.LTE, exp.EQ, exp.Between)


def _lower_bound(comparison: exp.Expr) -> tuple[exp.Column | None, date | None]:
    """``(column, first day)`` for ``column >= 'day'``, ``column > 'day before'`` (either side)."""
    column, kind, day = dated_bound(comparison)
    if column is None or day is None or kind not in (exp.GT, exp.GTE):
        return None, None
    return column, day + timedelta(days=1) if kind is exp.GT else day


# A comparison's kind read the other way round: 'day' < d is d > 'day'.
FLIPPED: dict[type[exp.Expr], type[exp.Expr]] = {
    exp.GT: exp.LT,
    exp.GTE: exp.LTE,
    exp.LT: exp.GT,
    exp.LTE: exp.GTE,
}


def dated_bound(
    comparison: exp.Expr,
) -> tuple[exp.Column | None, type[exp.Expr] | None, date | None]:
    """``(column, comparison kind with the column on the left, day)`` for a column compared with
    a date literal (either side), else Nones."""
    left: object = comparison.args.get("this")
    right: object = comparison.args.get("expression")
    kind: type[exp.Expr] | None = type(comparison)
    if isinstance(left, exp.Literal) and isinstance(right, exp.Column):
        kind, left, right = FLIPPED.get(type(comparison)), right, left
    if not isinstance(left, exp.Column) or not isinstance(right, exp.Literal):
        return None, None, None
    found = _DATE_LITERAL.match(right.this) if right.is_string else None
    if found is None:
        return None, None, None
    return left, kind, date(*(int(part) for part in found.groups()))


def _bounds_column(comparison: exp.Expr, column: exp.Column) -> bool:
    return any(
        isinstance(side, exp.Column) and side.name.lower() == column.name.lower()
        for side in (comparison.args.get("this"), comparison.args.get("expression"))
    )


def year_read(node: exp.Expr) -> exp.Expr | None:
    """The date whose year ``node`` reads (``STRFTIME('%Y', d)``, ``YEAR(d)``, ``EXTRACT(YEAR
    FROM d)``), or None.

    >>> import sqlglot
    >>> year_read(sqlglot.parse_one("STRFTIME('%Y', hired_on)", read="sqlite")).sql()
    'hired_on'
    """
    if isinstance(node, exp.TimeToStr):
        if node.text("format") != "%Y":
            return None
        node = exp.Year(this=node.this)
    if isinstance(node, exp.Extract) and node.this.name.upper() == "YEAR":
        node = exp.Year(this=node.expression)
    if not isinstance(node, exp.Year):
        return None
    date: exp.Expr = node.this
    while isinstance(date, (exp.TsOrDsToDate, exp.TsOrDsToTimestamp)):
        date = date.this
    return date
