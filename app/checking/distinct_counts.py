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

The same holds without the join: "Which commenters have commented on more than one article?"
answered with ``GROUP BY commenter_name HAVING COUNT(article_id) > 1`` counts comments. A COUNT
of a key that points at a table the question counts by name, which the query does not read
itself, counts that table's rows once each: ``COUNT(DISTINCT article_id)``
(``count_referenced_rows_once``). The counting table must have a key of its own: a link
table keyed by its pair (``session_speakers``) holds each pair once already.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.counted_tables import COUNTED
from app.checking.parent_counts import count_parents_once
from app.checking.row_identity import spoken_forms, spoken_name
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables, select_scopes


def correct_repeated_counts(candidate: Candidate) -> list[str]:
    """Not a check: "how many <table>" counted over a join repeating its rows, or through a
    key to it, counts each once; so does a table's key counted beside the rows repeating it."""
    return correct_asked(
        candidate,
        lambda s, q: [
            *count_each_row_once(s, q, candidate.schema),
            *count_referenced_rows_once(s, q, candidate.schema),
            *count_parents_once(s, candidate.schema.keys),
        ],
    )


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


# "more than one article", "at least two", "how many articles": the rows counted by name.
_COUNTS = (
    rf"(?:{COUNTED}|\b(?:(?:more|fewer)\s+than|at\s+(?:least|most))\s+"
    r"(?:one|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?)"
)


def count_referenced_rows_once(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """``COUNT(fk)`` -> ``COUNT(DISTINCT fk)``, in place, where the question counts the rows
    the key points at and the query never reads their table (see the module)."""
    if not question or not re.search(_COUNTS, question, re.IGNORECASE):
        return []  # nothing counted by name: most questions
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        tables = scope_tables(scope)
        group = select.args.get("group")
        for count in select.find_all(exp.Count):
            column = count.this
            if count.find_ancestor(exp.Select) is not select or not isinstance(column, exp.Column):
                continue
            owner = tables.get(column.table.lower()) if column.table else _only(tables)
            target = schema.keys.target(owner, column.name.lower()) if owner else None
            if target is None or target in tables.values():
                continue
            if schema.keys.primary_keys.get(owner or "") in (None, column.name.lower()):
                continue  # a link table keyed by its pair: each pair is there once already
            if group is not None and any(
                k.name.lower() == column.name.lower()
                for k in group.expressions
                if isinstance(k, exp.Column)
            ):
                continue
            said = "|".join(re.escape(form) for form in spoken_forms(target))
            if not re.search(rf"{_COUNTS}(?:{said})\b", question, re.IGNORECASE):
                continue
            before = count.sql(schema.dialect)
            count.set("this", exp.Distinct(expressions=[column.copy()]))
            notes.append(
                f"{before} -> {count.sql(schema.dialect)} (the question counts {target}, and "
                f"{column.name} repeats each once per {owner} row)"
            )
    return notes


def _only(tables: dict[str, str]) -> str | None:
    return next(iter(tables.values())) if len(set(tables.values())) == 1 else None
