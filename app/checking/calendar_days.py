"""A correction that reads the question: two points in time compared by the days they fall on.

"Which sessions ended on a later calendar day than the one they started on?" answered
``ended_at > started_at`` is true of every finished session: the times are compared, not their
days. When the question compares days ("a later calendar day", "a different date", "the same
day") and the SQL compares two columns that both hold a time of day, both sides are read as
their dates: ``CAST(ended_at AS DATE) > CAST(started_at AS DATE)`` (SQLite writes it
``DATE(...)``). The grain of a column (a day, or a time of day) is also what
app.checking.day_comparisons reads. Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.conditions import COMPARISONS
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, source_column
from app.checking.types import DATE_TYPE, ColumnTypes, columns_by_table

_DAY_TYPE = re.compile(r"^DATE$", re.IGNORECASE)
_SAYS_DAYS = re.compile(
    r"\b(?:later|earlier|different|another|same|next|following|previous|prior)\s+"
    r"(?:calendar\s+)?(?:day|date)\b|\bcalendar\s+(?:day|date)s?\b",
    re.IGNORECASE,
)


def grain(table: str | None, column: str, declared: str, schema: SchemaInfo) -> str | None:
    """ "day" for a column of days only, "time" for one with a time of day, None otherwise."""
    key = (table or "", column)
    if schema.dialect == "sqlite" and key in schema.date_texts:
        return "time" if key in schema.date_times else "day"  # SQLite: what the rows hold
    if _DAY_TYPE.match(declared.strip()):
        return "day"
    if DATE_TYPE.search(declared) and re.search(r"DATETIME|TIMESTAMP", declared, re.IGNORECASE):
        return "time"
    return None


def side_grains(
    comparison: exp.Expr, scope: Scope, schema: SchemaInfo, types: ColumnTypes
) -> list[str | None] | None:
    """The grain of each side of a comparison of two bare columns; None for other comparisons."""
    sides = (comparison.this, comparison.expression)
    if not all(isinstance(side, exp.Column) for side in sides):
        return None
    return [column_grain(side, scope, schema, types) for side in sides]


def column_grain(
    side: exp.Expr, scope: Scope, schema: SchemaInfo, types: ColumnTypes
) -> str | None:
    """The grain of ``side`` when it is a column of a table (see :func:`grain`), else None."""
    if not isinstance(side, exp.Column):
        return None
    found = source_column(side, scope, schema.lowered_columns())
    table = found[2] if found is not None else None
    kind = types.get(table or "", {}).get(side.name.lower())
    return grain(table, side.name.lower(), kind, schema) if kind is not None else None


def compare_calendar_days(statement: exp.Expr, schema: SchemaInfo, question: str) -> list[str]:
    """Read, in place, both sides of each comparison of two times as their dates where the
    question compares days; one note per comparison."""
    if not _SAYS_DAYS.search(question):
        return []
    types = columns_by_table(schema)
    notes: list[str] = []
    for scope in query_scopes(statement):
        for comparison in scope.expression.find_all(*COMPARISONS):
            if comparison.find_ancestor(exp.Select) is not scope.expression:
                continue
            if side_grains(comparison, scope, schema, types) != ["time", "time"]:
                continue
            before = comparison.sql(schema.dialect)
            for side in (comparison.this, comparison.expression):
                side.replace(exp.cast(side.copy(), "DATE"))
            notes.append(
                f"{before} -> {comparison.sql(schema.dialect)} (both sides hold a time of day "
                "and the question compares the days they fall on)"
            )
    return notes
