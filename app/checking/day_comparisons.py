"""A correction: a point in time compared with a day, as the day it falls on.

"Which donations were made after the last day of their campaign?" answered ``d.donated_at >
c.end_date`` counts a donation at 18:30 on the last day as after it: a day compares as its
midnight, in every database (and as a shorter text in SQLite, which sorts first). A comparison
of a column that holds a time of day (a TIMESTAMP or DATETIME, or dates with times in SQLite's
text) with a column that holds only days (a DATE, or day-only text) means the day the time falls
on, so the time side is read as its date: ``CAST(d.donated_at AS DATE) > c.end_date`` (SQLite
writes it ``DATE(...)``). For ``<`` and ``>=`` nothing changes in the result; for ``>``, ``<=``,
``=`` and ``<>`` the rows on that day are counted as the question counts them. Both sides must
be bare columns whose kind the schema settles. Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.conditions import COMPARISONS
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, source_column
from app.checking.types import DATE_TYPE, columns_by_table

_DAY_TYPE = re.compile(r"^DATE$", re.IGNORECASE)


def correct_day_comparisons(candidate: Candidate) -> list[str]:
    """Not a check: a time compared with a day is compared as its day (and said so)."""
    return correct_read(candidate, lambda s: compare_days(s, candidate.schema))


def compare_days(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Read, in place, the time side of each time-to-day comparison as its date; one note
    per comparison.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE c (id INT, end_date DATE);"
    ...     "CREATE TABLE d (id INT, c_id INT, donated_at TIMESTAMP)", "postgres")
    >>> query = sqlglot.parse_one(
    ...     "SELECT d.id FROM d JOIN c ON c.id = d.c_id WHERE d.donated_at > c.end_date",
    ...     read="postgres")
    >>> [note] = compare_days(query, schema)
    >>> query.sql("postgres")
    'SELECT d.id FROM d JOIN c ON c.id = d.c_id WHERE CAST(d.donated_at AS DATE) > c.end_date'
    """
    types = columns_by_table(schema)
    if not any(
        _grain(t, c, kind, schema) == "day" for t, cs in types.items() for c, kind in cs.items()
    ):
        return []  # no column holds days only: most schemas with timestamps
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope in query_scopes(statement):
        for comparison in scope.expression.find_all(*COMPARISONS):
            if comparison.find_ancestor(exp.Select) is not scope.expression:
                continue
            sides = (comparison.this, comparison.expression)
            if not all(isinstance(side, exp.Column) for side in sides):
                continue
            grains = []
            for side in sides:
                found = source_column(side, scope, columns)
                table = found[2] if found is not None else None
                name = side.name.lower()
                kind = types.get(table or "", {}).get(name)
                grains.append(_grain(table, name, kind, schema) if kind is not None else None)
            if sorted(map(str, grains)) != ["day", "time"]:
                continue
            timed = sides[grains.index("time")]
            before = comparison.sql(schema.dialect)
            timed.replace(exp.cast(timed.copy(), "DATE"))
            notes.append(
                f"{before} -> {comparison.sql(schema.dialect)} ({timed.name} holds a time of "
                f"day and the other side only a day: the comparison is of the day it falls on)"
            )
    return notes


def _grain(table: str | None, column: str, declared: str, schema: SchemaInfo) -> str | None:
    """ "day" for a column of days only, "time" for one with a time of day, None otherwise."""
    key = (table or "", column)
    if schema.dialect == "sqlite" and key in schema.date_texts:
        return "time" if key in schema.date_times else "day"  # SQLite: what the rows hold
    if _DAY_TYPE.match(declared.strip()):
        return "day"
    if DATE_TYPE.search(declared) and re.search(r"DATETIME|TIMESTAMP", declared, re.IGNORECASE):
        return "time"
    return None
