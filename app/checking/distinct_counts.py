"""Not a check: "how many <table>" counted over a join that repeats each of its rows.

"How many passengers of each nationality have booked business class?" answered with ``SELECT
p.nationality, COUNT(b.booking_id) FROM passengers p JOIN bookings b ON b.passenger_id =
p.passenger_id WHERE b.fare_class = 'business' GROUP BY p.nationality`` counts bookings: a
passenger with three business bookings counts three times. When the question counts a table's
rows by name ("how many passengers", "the number of customers") and the read joins that table
to one whose key points at it (each of its rows repeated once per booking), yet counts that
other table's column or ``*``, the count becomes ``COUNT(DISTINCT <the table's key>)``: each
passenger once. Only a read with one COUNT, not DISTINCT, whose groups are not the counted
table's own rows (grouped by its key, each group would be one passenger) is changed; the note
says what.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.counted_tables import COUNTED
from app.checking.row_identity import spoken_name
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables


def count_each_row_once(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Count the asked table's rows once each, in place (see the module); one note per count."""
    if not isinstance(statement, exp.Select) or not question:
        return []
    scopes = query_scopes(statement)
    counts = [c for e in statement.expressions for c in e.find_all(exp.Count)]
    if not scopes or len(counts) != 1 or counts[0].find(exp.Distinct):
        return []
    count, tables = counts[0], scope_tables(scopes[-1])
    counted = _asked_table(question, tables)
    if counted is None:
        return []
    alias, table = counted
    key = schema.keys.primary_keys.get(table)
    other = _counted_alias(count)
    if key is None or other == alias or _groups_by(statement, alias, key):
        return []
    columns = schema.lowered_columns()
    repeating = [
        a
        for a, t in tables.items()
        if t != table and any(schema.keys.target(t, c) == table for c in columns.get(t, ()))
    ]
    if other is not None and other not in repeating or other is None and not repeating:
        return []
    written = next(a for a in scopes[-1].sources if a.lower() == alias)
    distinct = exp.Count(this=exp.Distinct(expressions=[exp.column(key, table=written)]))
    before = count.sql(schema.dialect)
    count.replace(distinct)
    return [
        f"{before} -> {distinct.sql(schema.dialect)} (the question counts {table}, and the join "
        f"repeats each {table} row once per {tables[repeating[0]] if repeating else table} row)"
    ]


def _asked_table(question: str, tables: dict[str, str]) -> tuple[str, str] | None:
    """(alias, table) of the one table read whose rows the question counts by name."""
    found = [
        (alias, table)
        for alias, table in tables.items()
        if re.search(rf"{COUNTED}{re.escape(spoken_name(table))}\b", question, re.IGNORECASE)
    ]
    return found[0] if len({table for _, table in found}) == 1 and len(found) == 1 else None


def _counted_alias(count: exp.Count) -> str | None:
    """The alias whose column ``count`` counts; None for ``COUNT(*)``, "" when not a column."""
    value = count.this
    if isinstance(value, exp.Star):
        return None
    return value.table.lower() if isinstance(value, exp.Column) and value.table else ""


def _groups_by(select: exp.Select, alias: str, key: str) -> bool:
    group = select.args.get("group")
    return group is not None and any(
        isinstance(k, exp.Column) and k.table.lower() == alias and k.name.lower() == key
        for k in group.expressions
    )
