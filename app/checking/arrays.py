"""A correction for PostgreSQL arrays: a text comparison on an array column made to work.

A pg_dump's ``tags text[]`` reaches a small model as a column like any other, and it writes
``tags LIKE '%latency%'`` or ``tags = 'latency'``. PostgreSQL refuses both (no operator compares
an array with text), and the SQLite sandbox, which stores the array as text, runs them, so
nothing else would catch it. The checker rewrites the two forms to what was meant, and says so:
equality with one value is membership, ``'latency' = ANY (tags)``; a LIKE pattern is matched
against the elements joined as text, ``ARRAY_TO_STRING(tags, ',') LIKE '%latency%'``.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import columns_by_table, declared_type


def _is_array_type(kind: str | None) -> bool:
    return kind is not None and (kind.endswith("[]") or kind.upper().startswith("ARRAY"))


def array_text_comparisons(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    """Rewrite ``array = 'v'`` and ``array LIKE 'p'`` in place; one note per change.

    >>> import sqlglot
    >>> schema = SchemaInfo({"t": {"tags": "ARRAY<TEXT>", "name": "TEXT"}}, "postgres")
    >>> query = sqlglot.parse_one("SELECT name FROM t WHERE tags = 'x'", read="postgres")
    >>> [note] = array_text_comparisons(query, schema, "postgres")
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
            if not (_is_array_type(kind) and value.is_string):
                continue
            before = comparison.sql(dialect)
            after = _rewritten(comparison, column, value)
            comparison.replace(after)
            notes.append(
                f"{before} -> {after.sql(dialect)} ({column.name} "
                f"is an array ({kind}), which PostgreSQL does not compare with text)"
            )
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
