"""Why a checked answer found nothing: a value it compares with that the column never holds.

Asked for customers "from Germany", a small model writes ``country = 'Germany'`` where the
rows say ``'DE'``: the SQL is valid, runs, and returns nothing. When an answer finds nothing
(no rows, or a count of none: one row of zeros and NULLs) in tables that have rows, each
equality (or IN list) of a column with a text value that matches no row of that column is
worth one repair round that names the values the column does hold, when they are few enough
to list (``customers.country holds 'DE', 'FR', 'NL'``) and the column reads as a category (a
value repeats across rows) or one of them contains the value asked ('Boeing 777-200ER' for
'777-200ER'): a name that no row has may simply not be there. The values that contain the
one asked for are pointed at ('Midlands' is part of 'East Midlands' and 'West Midlands'):
told only the whole list, the small model wrote its value again. A value the column lacks but
exactly one other column of its table holds ("flights to Berlin" compared with ``airports.name``
where ``airports.city`` says 'Berlin') is pointed at that column, however many values the
compared one has. The rows are the request's own
(the sandbox built from its schema); nothing here decides: the repair's answer replaces the
first only if it passes the checker and finds something.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from app.checking.conditions import compared_values
from app.checking.scopes import column_table, query_scopes, scope_tables
from app.execution import QueryRunner, SandboxError

MAX_LISTED = 30
"""A column with more distinct values than this is not listed: its values are data, not codes."""


def unmatched_values(
    sql: str, dialect: str, columns: dict[str, set[str]], runner: QueryRunner
) -> list[str]:
    """One issue per text value ``sql`` compares a column with that no row of it holds.

    ``columns``: column names by table, lowercased (``SchemaInfo.lowered_columns``).
    """
    try:
        statement = sqlglot.parse_one(sql, read=dialect)
    except SqlglotError:
        return []
    issues: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    for scope in query_scopes(statement):
        tables = scope_tables(scope)
        for column, value in _compared_texts(scope.find_all(exp.EQ, exp.In)):
            table = column_table(column, tables, columns)
            if table is None or (table, column.name.lower(), value) in seen:
                continue
            seen.add((table, column.name.lower(), value))
            counts = value_counts(runner, table, column.name, dialect)
            if counts is not None and value in counts:
                continue
            elsewhere = _held_elsewhere(runner, table, column.name, value, columns, dialect)
            if elsewhere:
                issues.append(
                    f"the answer finds nothing, and no row has {column.sql(dialect)} = "
                    f"{_quoted(value)}, but {table}.{elsewhere} holds {_quoted(value)}: compare "
                    f"{elsewhere} with it instead"
                )
                continue
            if counts is None or not _listable(value, counts):
                continue
            listed = ", ".join(_quoted(v) for v in sorted(counts))
            issues.append(
                f"the answer finds nothing, and no row has {column.sql(dialect)} = "
                f"{_quoted(value)}: {table}.{column.name} holds {listed}; compare with the "
                f"value the question means, as the data spells it{_containing(value, counts)}"
            )
    return issues


def _compared_texts(comparisons: Iterable[exp.Expr]) -> list[tuple[exp.Column, str]]:
    """(column, text) for each ``col = 'text'`` and ``col IN ('a', ...)`` among
    ``comparisons`` (one query level's: subqueries are scopes of their own)."""
    return [
        (column, value.name)
        for column, values in compared_values(comparisons)
        if isinstance(column, exp.Column)
        for value in values
        if isinstance(value, exp.Literal) and value.is_string
    ]


def value_counts(
    runner: QueryRunner, table: str, column: str, dialect: str
) -> dict[str, int] | None:
    """How many rows hold each of the column's non-NULL text values; None when there are too
    many values to list, one is not text, or the query fails (the caller then says nothing)."""
    value = exp.column(column, quoted=True)
    query = (
        exp.select(value, exp.func("COUNT", exp.Star()))
        .from_(exp.to_table(table, quoted=True))
        .where(value.is_(exp.null()).not_())
        .group_by(value)
        .limit(MAX_LISTED + 1)
    )
    try:
        result = runner.query(query.sql(dialect), dialect=dialect)
    except SandboxError:
        return None
    if len(result.rows) > MAX_LISTED or not all(isinstance(r[0], str) for r in result.rows):
        return None
    return {str(row[0]): int(row[1] or 0) for row in result.rows}


def _held_elsewhere(
    runner: QueryRunner,
    table: str,
    column: str,
    value: str,
    columns: dict[str, set[str]],
    dialect: str,
) -> str | None:
    """The one other column of ``table`` some row of which holds ``value`` exactly: "flights
    to Berlin" compared with ``airports.name`` where ``airports.city`` says 'Berlin'. None when
    no other column, or more than one, holds it."""
    holders: list[str] = []
    for other in sorted(columns.get(table, ()))[:_MAX_SEARCHED]:
        if other == column.lower():
            continue
        query = (
            exp.select(exp.func("COUNT", exp.Star()))
            .from_(exp.to_table(table, quoted=True))
            .where(exp.column(other).eq(exp.Literal.string(value)))
        )
        try:
            result = runner.query(query.sql(dialect), dialect=dialect)
        except SandboxError:
            continue  # a column of another type the database will not compare with text
        if result.rows and int(result.rows[0][0] or 0) > 0:
            holders.append(other)
    return holders[0] if len(holders) == 1 else None


_MAX_SEARCHED = 24
"""Columns of one table searched for a value the compared column lacks: enough for a wide
table, few enough that an empty answer's second look stays a handful of lookups."""


def _listable(value: str, counts: dict[str, int]) -> bool:
    """A category column (some value repeats), or a value that contains the one asked for."""
    if not counts:
        return False
    if max(counts.values()) > 1:
        return True
    asked = value.lower()
    return any(asked in held.lower() or held.lower() in asked for held in counts)


def _containing(value: str, counts: dict[str, int]) -> str:
    """A pointer to the held values that contain the one asked for ('Midlands' is in
    'East Midlands' and 'West Midlands'), which may all be meant: a small model told only
    the whole list tends to write its value again."""
    asked = value.lower()
    near = sorted(held for held in counts if asked in held.lower())
    if not near:
        return ""
    quoted = ", ".join(_quoted(v) for v in near)
    if len(near) == 1:
        return f". {_quoted(value)} is part of {quoted}: compare with {quoted}"
    return (
        f". {_quoted(value)} is part of {quoted}: compare with IN ({quoted}), all of them, "
        "unless the question names one"
    )


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
