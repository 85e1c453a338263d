"""A correction for PostgreSQL: text comparisons on columns that are not text made to work.

SQLite stores arrays and dates as text, so the sandbox runs what PostgreSQL refuses, and
nothing else would catch it:

- A pg_dump's ``tags text[]`` reaches a small model as a column like any other, and it writes
  ``tags LIKE '%latency%'`` or ``tags = 'latency'``; no operator compares an array with text.
  Equality with one value is membership, ``'latency' = ANY (tags)``; a LIKE pattern is matched
  against the elements joined as text, ``ARRAY_TO_STRING(tags, ',') LIKE '%latency%'``.
- ``scheduled_at LIKE '2024-03-%'`` on a DATE or TIMESTAMP column (the SQLite way to pick a
  month): PostgreSQL has no LIKE on dates. The column is cast to text, whose ISO form is what
  the pattern was written against: ``CAST(scheduled_at AS TEXT) LIKE '2024-03-%'``.

The checker rewrites these to what was meant, and says so.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import columns_by_table, declared_type

_TEMPORAL = ("DATE", "TIME")  # DATE, DATETIME, TIME, TIMESTAMP, TIMESTAMPTZ, ...


def _is_array_type(kind: str | None) -> bool:
    return kind is not None and (kind.endswith("[]") or kind.upper().startswith("ARRAY"))


def _is_temporal_type(kind: str | None) -> bool:
    return kind is not None and kind.upper().startswith(_TEMPORAL)


def text_comparisons(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    """Rewrite ``array = 'v'``, ``array LIKE 'p'`` and ``date LIKE 'p'`` in place; one note per
    change.

    >>> import sqlglot
    >>> schema = SchemaInfo({"t": {"tags": "ARRAY<TEXT>", "name": "TEXT"}}, "postgres")
    >>> query = sqlglot.parse_one("SELECT name FROM t WHERE tags = 'x'", read="postgres")
    >>> [note] = text_comparisons(query, schema, "postgres")
    >>> query.sql("postgres")
    "SELECT name FROM t WHERE 'x' = ANY(tags)"
    """
    if dialect != "postgres":
        return []
    columns_of = columns_by_table(schema)
    notes: list[str] = []
    for scope in query_scopes(statement):
        for comparison in list(scope.find_all(exp.EQ, exp.NEQ, exp.Like, exp.ILike)):
            column, value = comparison.this, comparison.expression
            if isinstance(value, exp.Column) and isinstance(column, exp.Literal):
                column, value = value, column
            if not (isinstance(column, exp.Column) and isinstance(value, exp.Literal)):
                continue
            kind = declared_type(column, scope, columns_of)
            if not value.is_string:
                continue
            if _is_array_type(kind):
                after = _rewritten(comparison, column, value)
                why = f"is an array ({kind}), which PostgreSQL does not compare with text"
            elif _is_temporal_type(kind) and isinstance(comparison, exp.Like | exp.ILike):
                text = exp.cast(column.copy(), "TEXT")
                after = comparison.__class__(this=text, expression=value.copy())
                why = f"is a {kind}, which PostgreSQL does not match with LIKE"
            else:
                continue
            before = comparison.sql(dialect)
            comparison.replace(after)
            notes.append(f"{before} -> {after.sql(dialect)} ({column.name} {why})")
    return notes


def _rewritten(comparison: exp.Expr, column: exp.Column, value: exp.Literal) -> exp.Expr:
    if isinstance(comparison, exp.EQ | exp.NEQ):
        member: exp.Expr = exp.EQ(
            this=value.copy(), expression=exp.Any(this=exp.paren(column.copy()))
        )
        return exp.Not(this=exp.paren(member)) if isinstance(comparison, exp.NEQ) else member
    joined = exp.Anonymous(
        this="ARRAY_TO_STRING", expressions=[column.copy(), exp.Literal.string(",")]
    )
    return comparison.__class__(this=joined, expression=value.copy())
