"""A correction on dates: the quarter the question names, where the SQL ranges over other days.

Asked about "Q3 2024", small models often write ``po_date BETWEEN '2024-03-01' AND
'2024-06-30'`` (the third month, or the second quarter) or ``'2024-01-01' AND '2024-01-31'``
for "Q1": the quarter's months are arithmetic the model gets wrong. When the question names
exactly one quarter with its year ("Q3 2024", "2024 Q3", "the third quarter of 2024") and the
query ranges one date column between two date literals of that year that are not the quarter's
bounds, the bounds become the quarter's, in the form the model chose: ``BETWEEN`` and ``<=``
end on the quarter's last day, ``<`` on the first day after it. A column matched with a
quarter's label (``joined_on LIKE '%Q4%'``, which no stored date holds), by SQLite's
``STRFTIME('%q', ...)`` (a format SQLite does not have) or by another quarter's number, with its
year beside it or not, is ranged over the quarter instead. Every change is reported
with the answer (``corrections``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.conditions import compared_values, conjuncts
from app.checking.dates import year_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import ColumnTypes, date_aware_types, declared_type

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4, "last": 4, "final": 4}
_ORDINAL = "|".join(_ORDINALS)
_YEAR = r"(?:19|20)\d\d"
_QUARTER = re.compile(
    rf"\bQ(?P<q1>[1-4])\s*(?:of\s+|,\s*|'|-)?(?P<y1>{_YEAR})\b"
    rf"|\b(?P<y2>{_YEAR})\s*-?\s*Q(?P<q2>[1-4])\b"
    rf"|\b(?P<ordinal>{_ORDINAL})\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?P<y3>{_YEAR})\b",
    re.IGNORECASE,
)
_DATE_LITERAL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_QUARTER_LABEL = re.compile(r"Q[1-4]", re.IGNORECASE)
"""A quarter's label, which no stored date holds."""


def asked_quarter(question: str) -> tuple[int, int] | None:
    """``(year, quarter)`` when ``question`` names exactly one quarter with its year.

    >>> asked_quarter("How much have we spent with each supplier in Q3 2024 so far?")
    (2024, 3)
    >>> asked_quarter("Revenue in the first quarter of 2023")
    (2023, 1)
    >>> asked_quarter("Q1 2024 against Q2 2024")
    >>> asked_quarter("Revenue this quarter")
    """
    found = set()
    for match in _QUARTER.finditer(question):
        if match.group("ordinal"):
            found.add((int(match.group("y3")), _ORDINALS[match.group("ordinal").lower()]))
        else:
            year, quarter = (
                match.group("y1") or match.group("y2"),
                match.group("q1") or match.group("q2"),
            )
            found.add((int(year), int(quarter)))
    return found.pop() if len(found) == 1 else None


def _day(node: exp.Expr | None) -> date | None:
    if not isinstance(node, exp.Literal) or not node.is_string:
        return None
    found = _DATE_LITERAL.match(node.this)
    return date(*(int(part) for part in found.groups())) if found else None


def _literal(day: date) -> exp.Literal:
    return exp.Literal.string(day.isoformat())


def quarter_bounds(
    statement: exp.Expr, question: str, schema: SchemaInfo | None = None
) -> list[str]:
    """Set a date range of the year asked to the quarter asked, in place (see the module).

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT SUM(a) FROM p WHERE d BETWEEN '2024-03-01' AND '2024-06-30' AND k = 1")
    >>> [note] = quarter_bounds(query, "Spend in Q3 2024?")
    >>> note.split(" (")[0]
    "d BETWEEN '2024-03-01' AND '2024-06-30' -> d BETWEEN '2024-07-01' AND '2024-09-30'"
    >>> query = sqlglot.parse_one("SELECT 1 FROM p WHERE d >= '2024-01-01' AND d < '2024-02-01'")
    >>> _ = quarter_bounds(query, "Total Q1 2024 consumption")
    >>> query.sql()
    "SELECT 1 FROM p WHERE d >= '2024-01-01' AND d < '2024-04-01'"
    """
    asked = asked_quarter(question) if question else None
    if asked is None:
        return []
    year, quarter = asked
    start = date(year, 3 * quarter - 2, 1)
    after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    last = after - timedelta(days=1)
    period = f"Q{quarter} {year}"
    notes: list[str] = []
    for where in list(statement.find_all(exp.Where)):
        for condition in conjuncts(where.this):
            if not isinstance(condition, exp.Between):
                continue
            low, high = _day(condition.args.get("low")), _day(condition.args.get("high"))
            if low is None or high is None or {low.year, high.year} != {year}:
                continue
            if (low, high) in ((start, last), (date(year, 1, 1), date(year, 12, 31))):
                continue  # the quarter, or the whole year: a range the question may ask too
            before = condition.sql()
            condition.set("low", _literal(start))
            condition.set("high", _literal(last))
            notes.append(f"{before} -> {condition.sql()} (the question asks about {period})")
        notes.extend(_two_sided(where, start, after, period))
    if schema is not None:
        columns_of = date_aware_types(schema)
        for scope in query_scopes(statement):
            filtered = scope.expression.args.get("where")
            if isinstance(filtered, exp.Where):
                notes.extend(
                    _labelled_quarters(filtered, scope, columns_of, (start, after), period)
                )
    return notes


def _labelled_quarters(
    where: exp.Where,
    scope: Scope,
    columns_of: ColumnTypes,
    bounds: tuple[date, date],
    period: str,
) -> list[str]:
    """A quarter matched on a date column by a test that cannot find it (``d LIKE '%Q4%'``,
    SQLite's ``STRFTIME('%q', d) = '4'``) or finds another (``EXTRACT(QUARTER FROM d) = 3``
    for Q4), with its year beside it: ``d >= start AND d < after``."""
    start, after = bounds
    conditions = list(conjuncts(where.this))
    quarter = (start.month + 2) // 3
    labelled = [c for c in conditions if _wrong_quarter_test(c, quarter)]
    if not labelled:
        return []
    column = next(iter(labelled[0].find_all(exp.Column)))
    kind = declared_type(column, scope, columns_of) or ""
    if not kind.upper().startswith(("DATE", "TIMESTAMP")):
        return []  # a column of quarter labels, '2024-Q4', may well hold Q4
    replaced = [
        c
        for c in conditions
        if any(c is found for found in labelled) or _year_test(c, column, start.year)
    ]
    ranged = exp.and_(
        exp.GTE(this=column.copy(), expression=_literal(start)),
        exp.LT(this=column.copy(), expression=_literal(after)),
    )
    kept = [
        ranged if c is replaced[0] else c
        for c in conditions
        if not any(c is r for r in replaced[1:])
    ]
    before = " AND ".join(c.sql() for c in replaced)
    where.set("this", exp.and_(*kept, copy=False))
    return [f"{before} -> {ranged.sql()} (the question asks about {period})"]


def _wrong_quarter_test(condition: exp.Expr, quarter: int) -> bool:
    """A test on one date column that never finds ``quarter`` (see :func:`_labelled_quarters`)."""
    if isinstance(condition, exp.Like):
        label = condition.expression
        return (
            isinstance(condition.this, exp.Column)
            and isinstance(label, exp.Literal)
            and _QUARTER_LABEL.search(label.this) is not None
        )
    if not isinstance(condition, exp.EQ):
        return False
    for side, (value,) in compared_values([condition]):
        if not isinstance(value, exp.Literal) or len(list(side.find_all(exp.Column))) != 1:
            continue
        if isinstance(side, exp.TimeToStr) and "%q" in side.text("format"):
            return True  # SQLite's STRFTIME has no quarter: NULL, never equal
        extracted = isinstance(side, exp.Quarter) or (
            isinstance(side, exp.Extract) and side.this.name.upper() == "QUARTER"
        )
        if extracted:
            return str(value.this) != str(quarter)
    return False


def _year_test(condition: exp.Expr, column: exp.Column, year: int) -> bool:
    """``d LIKE '2024-%'``, ``STRFTIME('%Y', d) = '2024'``, ``EXTRACT(YEAR FROM d) = 2024``,
    ``YEAR(d) = 2024``: the quarter's range keeps to that year already."""
    if isinstance(condition, exp.Like):
        pattern = condition.expression
        return (
            condition.this == column
            and isinstance(pattern, exp.Literal)
            and re.match(rf"^%?{year}(?:-%|%)$", pattern.this) is not None
        )
    if not isinstance(condition, exp.EQ):
        return False
    for side, (value,) in compared_values([condition]):
        if not isinstance(value, exp.Literal) or value.this != str(year):
            continue
        read = list(side.find_all(exp.Column))
        if read != [column]:
            continue
        if year_read(side) is not None:
            return True
    return False


def _two_sided(where: exp.Where, start: date, after: date, period: str) -> list[str]:
    """``d >= a AND d < b`` (or ``<=``) on one column, both days in the quarter's year."""
    lower: dict[str, exp.Expr] = {}
    upper: dict[str, exp.Expr] = {}
    for condition in conjuncts(where.this):
        if isinstance(condition, (exp.GTE, exp.GT)) and isinstance(condition.this, exp.Column):
            lower.setdefault(condition.this.sql().lower(), condition)
        if isinstance(condition, (exp.LT, exp.LTE)) and isinstance(condition.this, exp.Column):
            upper.setdefault(condition.this.sql().lower(), condition)
    notes = []
    for column in lower.keys() & upper.keys():
        low, high = lower[column], upper[column]
        low_day, high_day = _day(low.expression), _day(high.expression)
        if low_day is None or high_day is None or low_day.year != start.year:
            continue
        if high_day.year != start.year and high_day != after:
            continue
        year = start.year
        if low_day == date(year, 1, 1) and high_day in (date(year, 12, 31), date(year + 1, 1, 1)):
            continue  # the whole year: a range the question may ask too
        wanted_high = after if isinstance(high, exp.LT) else after - timedelta(days=1)
        wanted_low = start if isinstance(low, exp.GTE) else start - timedelta(days=1)
        if (low_day, high_day) == (wanted_low, wanted_high):
            continue
        before = f"{low.sql()} AND {high.sql()}"
        low.set("expression", _literal(wanted_low))
        high.set("expression", _literal(wanted_high))
        notes.append(f"{before} -> {low.sql()} AND {high.sql()} (the question asks about {period})")
    return notes
