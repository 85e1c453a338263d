"""A correction: a stored duration added to a point in time as if both were numbers.

"The finish time is the start time plus the duration" reads naturally as ``starts_at +
duration_minutes``, and no dialect means that:

- SQLite stores the time as text, and ``+`` turns it into its leading number, the year: the
  result is 2115 for '2025-09-02 18:00' plus 90. The sum becomes ``DATETIME(starts_at, '+' ||
  duration_minutes || ' minutes')``, written to the minute when the column's rows are
  (``STRFTIME('%Y-%m-%d %H:%M', ...)``), so it compares and reads like the stored times; a day
  count added to a date stays a date (``DATE(...)``).
- MySQL (and MariaDB) turn the time into a number such as 20250902180000 and add to its last
  digits. The sum becomes ``DATE_ADD(starts_at, INTERVAL duration_minutes MINUTE)``.
- PostgreSQL refuses ``timestamp + integer``, and the repair round seldom finds the interval.
  The sum becomes ``starts_at + duration_minutes * INTERVAL '1 minute'``. A date plus a day
  count is a date there already, and left alone.

The duration is a column whose name gives its unit (``duration_min``, ``length_hours``:
app.checking.units.stored_unit), bare or scaled by a constant the model guessed (``* 60`` for
seconds it imagined): the column's own unit decides, since adding it is what was asked. A
duration subtracted from a time is the same, backwards. Each change is reported in
``corrections``.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables
from app.checking.text_dates import declared_date
from app.checking.types import ColumnTypes, date_aware_types, declared_type
from app.checking.units import stored_unit

# The units SQLite's date modifiers and MySQL's intervals both name, by size in seconds.
_UNITS = {1: "second", 60: "minute", 3600: "hour", 86400: "day"}


def correct_added_durations(candidate: Candidate) -> list[str]:
    """Not a check: a duration column added to a point in time is added as that many units."""
    return correct_read(candidate, lambda s: add_durations(s, candidate.schema, candidate.dialect))


def add_durations(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    """Apply this module's correction to ``statement`` in place; one note per change.

    >>> schema = SchemaInfo({"b": {"starts_at": "DATETIME", "duration_min": "INTEGER"}}, "mysql")
    >>> query = sqlglot.parse_one("SELECT starts_at + duration_min FROM b", read="mysql")
    >>> len(add_durations(query, schema, "mysql"))
    1
    >>> query.sql("mysql")
    'SELECT DATE_ADD(starts_at, INTERVAL duration_min MINUTE) FROM b'
    """
    if dialect not in ("sqlite", "mysql", "postgres"):
        return []
    columns_of = date_aware_types(schema)
    notes: list[str] = []
    for scope in query_scopes(statement):
        for arithmetic in list(scope.find_all(exp.Add, exp.Sub)):
            found = _time_and_duration(arithmetic, scope, columns_of)
            if found is None:
                continue
            time, duration, unit = found
            kind = declared_type(time, scope, columns_of) or ""
            if dialect == "postgres" and unit == "day" and not kind.upper().startswith("TIMESTAMP"):
                continue  # date + integer is a date in PostgreSQL
            table = column_table(time, scope_tables(scope), schema.lowered_columns())
            sign = "-" if isinstance(arithmetic, exp.Sub) else "+"
            shape = _stored_shape((table or "", time.name.lower()), unit, schema)
            written = _written(time.sql(dialect), duration.sql(dialect), unit, sign, dialect, shape)
            before = arithmetic.sql(dialect)
            arithmetic.replace(written)
            notes.append(
                f"`{before}` added a duration in {unit}s to a point in time as if both were "
                f"numbers; written `{written.sql(dialect)}`"
            )
    return notes


def _time_and_duration(
    arithmetic: exp.Binary, scope: Scope, columns_of: ColumnTypes
) -> tuple[exp.Column, exp.Column, str] | None:
    """(the point in time, the duration column, its unit) of ``time + duration`` (either
    order) or ``time - duration``; None for any other arithmetic."""
    sides = [arithmetic.this, arithmetic.expression]
    if isinstance(arithmetic, exp.Add) and not declared_date(sides[0], scope, columns_of):
        sides.reverse()
    time, other = sides
    if not declared_date(time, scope, columns_of):
        return None
    duration = _duration_column(other)
    if duration is None or declared_date(duration, scope, columns_of):
        return None
    unit = stored_unit(duration.name)
    if unit is None or unit.kind != "time" or unit.size not in _UNITS:
        return None
    assert isinstance(time, exp.Column)
    return time, duration, _UNITS[int(unit.size)]


def _duration_column(node: exp.Expr) -> exp.Column | None:
    """The column of a bare ``duration`` or one scaled by a number (``duration * 60``)."""
    node = node.unnest()
    if isinstance(node, exp.Mul | exp.Div) and isinstance(node.expression, exp.Literal):
        node = node.this.unnest()
    return node if isinstance(node, exp.Column) else None


def _stored_shape(owner: tuple[str, str], unit: str, schema: SchemaInfo) -> str:
    """How SQLite should write the result: as the column's rows are written."""
    if owner not in schema.date_times and unit == "day":
        return "DATE({at}, {modifier})"
    if owner in schema.minute_times:
        return "STRFTIME('%Y-%m-%d %H:%M', {at}, {modifier})"
    return "DATETIME({at}, {modifier})"


def _written(at: str, amount: str, unit: str, sign: str, dialect: str, shape: str) -> exp.Expr:
    if dialect == "mysql":
        function = "DATE_SUB" if sign == "-" else "DATE_ADD"
        text = f"{function}({at}, INTERVAL {amount} {unit.upper()})"
    elif dialect == "postgres":
        text = f"({at} {sign} {amount} * INTERVAL '1 {unit}')"
    else:
        text = shape.format(at=at, modifier=f"'{sign}' || {amount} || ' {unit}s'")
    return sqlglot.parse_one(text, read=dialect)
