"""Corrections before the identifier check: SQL that reads SQLite's text dates as what they are not.

SQLite has no date type: a date is ISO-8601 text ('2024-03-05', '2024-03-05 14:00:00') and
compares as text. Three things small models write read well and are silently wrong there:

- A date formatted to one granularity compared with literals of another.
  ``STRFTIME('%Y-%m', d) BETWEEN '2024-01-01' AND '2024-03-31'`` loses January, because '2024-01'
  sorts before '2024-01-01'; ``DATE(d) = '2024-03'`` never holds. The literals say what was meant,
  so the formatted side is brought to their granularity (year, month or day).
- Formatted date text compared with a number. ``STRFTIME('%Y', d) = 2024`` is never true, because
  SQLite sorts every number before every text. The text is cast to INTEGER.
- One date subtracted from another. ``DATE(b) - DATE(a)`` turns both texts into their leading
  number, the year, so it gives 0 within a year. Each side goes through ``JULIANDAY``, and the
  difference is in days, or in the unit the question asks for, or the unit of the number it is
  compared with: ``> 30`` for "more than 30 minutes" and ``> 60`` for "more than an hour" are
  both minutes, so the days are multiplied by 1440. A column declared as text counts as a date
  when the schema's rows or its comment show it holds dates (app.checking.stored_dates), as
  ``scheduled_departure TEXT`` does.
- A difference of JULIANDAYs divided by 60, 3600 or 86400. Those constants turn seconds into
  minutes, hours or days, as if the difference were in seconds (Unix time); JULIANDAY counts
  days, so ``/ 3600`` gives a number 86,400 times too small. The constant says the unit meant,
  and the days are multiplied into it (``* 24`` for hours).

Every change is reported with the answer (``corrections``), never made silently. Other dialects
have real date types (a mismatch there fails when run and reaches the repair round), so only
SQLite is corrected.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.conditions import COMPARISONS
from app.checking.durations import SECONDS, asked_unit, conversion_of, unwrapped
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import ColumnTypes, date_aware_types, declared_type

# ISO-8601 prefixes a literal can have, and the STRFTIME format that writes each.
_SHAPES = (
    (re.compile(r"^\d{4}$"), "%Y"),
    (re.compile(r"^\d{4}-\d{2}$"), "%Y-%m"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "%Y-%m-%d"),
)
_GRANULARITY = {"%Y": "year", "%Y-%m": "month", "%Y-%m-%d": "day"}
# Formats whose text is all digits, and so means a number (year, month, day of month, ...).
_NUMERIC_FORMAT = re.compile(r"^(%[YmdHMSjWwu])+$")
_DATE_TYPES = ("DATE", "DATETIME", "TIMESTAMP")


def _literal_format(node: exp.Expr) -> str | None:
    if not (isinstance(node, exp.Literal) and node.is_string):
        return None
    return next((fmt for shape, fmt in _SHAPES if shape.match(node.this)), None)


def _formatted_date(node: exp.Expr) -> str | None:
    """The STRFTIME format ``node`` writes a date in, or None when it is not a formatted date."""
    if isinstance(node, exp.TimeToStr):
        fmt = node.args.get("format")
        if isinstance(fmt, exp.Literal) and fmt.is_string:
            return str(fmt.this)
        return None
    if isinstance(node, exp.Date) and not node.expressions:
        return "%Y-%m-%d"  # DATE(x) with no modifiers: x's day
    return None


def _compared(node: exp.Expr) -> tuple[exp.Expr, list[exp.Expr]] | None:
    """One side of a comparison and the values it is compared with."""
    if isinstance(node, COMPARISONS):
        left, right = node.this, node.expression
        if _formatted_date(right) is not None and _formatted_date(left) is None:
            return right, [left]
        return left, [right]
    if isinstance(node, exp.Between):
        return node.this, [node.args["low"], node.args["high"]]
    if isinstance(node, exp.In) and not node.args.get("query"):
        return node.this, list(node.expressions)
    return None


def _reformatted(node: exp.Expr, fmt: str) -> exp.Expr:
    if isinstance(node, exp.TimeToStr):
        reformatted = node.copy()
        reformatted.set("format", exp.Literal.string(fmt))
        return reformatted
    return exp.TimeToStr(
        this=exp.TsOrDsToTimestamp(this=node.this.copy()), format=exp.Literal.string(fmt)
    )


def _match_granularity(statement: exp.Expr) -> list[str]:
    notes: list[str] = []
    for comparison in list(statement.find_all(*COMPARISONS, exp.Between, exp.In)):
        compared = _compared(comparison)
        if compared is None:
            continue
        side, values = compared
        wrote = _formatted_date(side)
        if wrote is None or not values:
            continue
        before = comparison.sql("sqlite")
        if all(isinstance(v, exp.Literal) and v.is_number for v in values):
            if _NUMERIC_FORMAT.match(wrote):
                side.replace(exp.cast(side.copy(), exp.DataType.Type.INT))
                notes.append(
                    f"{before} -> {comparison.sql('sqlite')} (SQLite never finds formatted date "
                    "text equal to a number)"
                )
            continue
        formats = {_literal_format(v) for v in values}
        if len(formats) != 1:
            continue  # not all ISO date literals, or of mixed shapes: the intent is unclear
        meant = formats.pop()
        if meant is None or meant == wrote or wrote not in _GRANULARITY:
            continue
        side.replace(_reformatted(side, meant))
        notes.append(
            f"{before} -> {comparison.sql('sqlite')} (the dates are compared by "
            f"{_GRANULARITY[meant]}, as the literals are written)"
        )
    return notes


def _is_date(node: exp.Expr, scope: Scope, columns_of: ColumnTypes) -> bool:
    if isinstance(node, exp.Date | exp.TsOrDsToDate | exp.CurrentDate | exp.CurrentTimestamp):
        return True
    if isinstance(node, exp.TimeToStr):
        return _formatted_date(node) == "%Y-%m-%d"
    return declared_date(node, scope, columns_of)


def declared_date(node: exp.Expr, scope: Scope, columns_of: ColumnTypes) -> bool:
    """Whether ``node`` is a column declared as a date or timestamp (a text date included,
    with ``date_aware_types``)."""
    if not isinstance(node, exp.Column):
        return False
    kind = declared_type(node, scope, columns_of)
    return kind is not None and kind.upper().startswith(_DATE_TYPES)


_WORD_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_QUANTITY = re.compile(
    rf"\b(\d+(?:\.\d+)?|{'|'.join(_WORD_COUNTS)})[\s-]*({'|'.join(SECONDS)})s?\b",
    re.IGNORECASE,
)


def _bound_unit(difference: exp.Expr, question: str) -> str | None:
    """The unit in which the number a difference is compared with means a length the question
    gives: ``> 30`` for "more than 30 minutes" is minutes, and ``> 60`` for "more than an hour"
    is minutes too."""
    node = difference
    while isinstance(node.parent, exp.Paren):
        node = node.parent
    comparison = node.parent
    if not isinstance(comparison, COMPARISONS):
        return None
    bound = comparison.expression if node is comparison.this else comparison.this
    if not (isinstance(bound, exp.Literal) and bound.is_number):
        return None
    number = float(bound.this)
    for count, said in _QUANTITY.findall(question):
        length = float(_WORD_COUNTS.get(count.lower(), 0) or count) * SECONDS[said.lower()]
        units = sorted(SECONDS, key=lambda unit: unit != said.lower())  # the unit said first
        meant = next((u for u in units if abs(number * SECONDS[u] - length) < 1e-6), None)
        if meant is not None:
            return meant
    return None


def _in_unit(days: exp.Expr, unit: str) -> exp.Expr:
    if isinstance(days, exp.Binary):
        days = exp.paren(days, copy=False)
    if unit == "week":
        return exp.Div(this=days, expression=exp.Literal.number(7))
    per_day = SECONDS["day"] // SECONDS[unit]
    return exp.Mul(this=days, expression=exp.Literal.number(per_day))


def _days_between(statement: exp.Expr, schema: SchemaInfo, question: str) -> list[str]:
    columns_of = date_aware_types(schema)
    notes: list[str] = []
    for scope in query_scopes(statement):
        for difference in list(scope.find_all(exp.Sub)):
            left, right = difference.this, difference.expression
            if not (_is_date(left, scope, columns_of) and _is_date(right, scope, columns_of)):
                continue
            before = difference.sql("sqlite")
            bound = _bound_unit(difference, question)
            unit = bound or asked_unit(question)
            if conversion_of(difference) is not difference:
                unit = None  # the model's own constant says what unit it meant; left as written
            for side in (left, right):
                side.replace(exp.Anonymous(this="JULIANDAY", expressions=[side.copy()]))
            written: exp.Expr = difference
            what = "the difference in days"
            if unit not in (None, "day"):
                written = _in_unit(difference.copy(), unit)
                difference.replace(written)
                what = f"days, here in {unit}s: " + (
                    "the unit its bound is in" if bound else "the unit asked"
                )
            notes.append(
                f"{before} -> {written.sql('sqlite')} (SQLite subtracts date texts as their "
                f"years; JULIANDAY gives {what})"
            )
    return notes


def julian_days(node: exp.Expr) -> bool:
    """Whether ``node`` is ``JULIANDAY(b) - JULIANDAY(a)``, a number of days."""
    return isinstance(node, exp.Sub) and all(
        isinstance(side, exp.Anonymous) and side.name.upper() == "JULIANDAY"
        for side in (node.this.unnest(), node.expression.unnest())
    )


def _days_read_as_seconds(statement: exp.Expr) -> list[str]:
    units_of = {SECONDS[unit]: unit for unit in ("minute", "hour", "day")}
    notes: list[str] = []
    for division in list(statement.find_all(exp.Div)):
        divisor = division.expression
        if not (isinstance(divisor, exp.Literal) and divisor.is_number):
            continue
        unit = units_of.get(int(float(divisor.this))) if float(divisor.this).is_integer() else None
        if unit is None or not julian_days(unwrapped(division.this)):
            continue
        before = division.sql("sqlite")
        written = division.this.copy()
        if unit != "day":
            written = _in_unit(written, unit)
        division.replace(written)
        notes.append(
            f"{before} -> {written.sql('sqlite')} (JULIANDAY counts days, not seconds: "
            f"the / {divisor.this} meant {unit}s)"
        )
    return notes


def correct_text_dates(
    statement: exp.Expr, schema: SchemaInfo, dialect: str, question: str = ""
) -> list[str]:
    """Apply this module's corrections to ``statement`` in place; one note per change.

    >>> import sqlglot
    >>> schema = SchemaInfo({"s": {"shipped": "DATE", "arrived": "DATE"}}, "sqlite")
    >>> query = sqlglot.parse_one(
    ...     "SELECT AVG(arrived - shipped) FROM s WHERE STRFTIME('%Y', shipped) = 2024",
    ...     read="sqlite",
    ... )
    >>> len(correct_text_dates(query, schema, "sqlite"))
    2
    >>> query.selects[0].sql("sqlite")
    'AVG(JULIANDAY(arrived) - JULIANDAY(shipped))'
    >>> query.args["where"].sql("sqlite")
    "WHERE CAST(STRFTIME('%Y', shipped) AS INTEGER) = 2024"
    """
    if dialect != "sqlite":
        return []
    return [
        *_match_granularity(statement),
        *_days_between(statement, schema, question),
        *_days_read_as_seconds(statement),
    ]
