"""A check that reads the question: the rows it counts are rows the query reads.

Asked "Which three cities have placed the most orders?", a small model counts ``listings``
joined to their sellers: the query runs and ranks cities by something else. When the question
counts a table's rows by name ("how many orders", "the number of reviews", "the most orders"),
and the query reads no row of that table, no key pointing at it and no column or table named
after it (``home_goals`` answers "goals", ``playlist_tracks`` answers "tracks"), the answer is
refused with an issue naming the table and the keys that lead to it from the tables read. A
table named in several words is named by all of them: "hot-desk bookings" are ``desk_bookings``,
not ``room_bookings`` joined to the desks.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.row_identity import singular_of, spoken_name
from app.checking.schema import SchemaInfo

# What counts a table's rows by name: "how many orders", "the number of reviews", "the most".
COUNTED = (
    r"\b(?:how\s+many|number\s+of|count\s+(?:of\s+)?|the\s+(?:most|fewest|least)|"
    r"(?:more|fewer)\s+than\s+\d+)\s+(?:[\w-]+\s+)?"
)


def uncounted_table_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """One issue per table whose rows the question counts and the query never reads."""
    if not question:
        return []
    read = {table.name.lower() for table in statement.find_all(exp.Table)}
    columns = schema.lowered_columns()
    read_columns = [column for table in read for column in columns.get(table, ())]
    issues = []
    for table in columns:
        name = table.split(".")[-1]
        plural = spoken_name(name)
        if table in read or name in read or not plural.endswith("s"):
            continue
        if not re.search(rf"{COUNTED}{re.escape(plural)}\b", question.replace("-", " "), re.I):
            continue
        words = plural.split()
        word = "_".join([*words[:-1], singular_of(words[-1])])  # desk_booking: not room_bookings
        if any(word in other for other in read) or any(word in c for c in read_columns):
            continue  # "home_goals" for goals, "playlist_tracks" for tracks
        if any(schema.keys.target(other, c) == table for other in read for c in columns[other]):
            continue  # counted through a key to it: "COUNT(DISTINCT tenant_id)" for tenants
        leads = _keys_to(table, read, schema)
        hint = f" (joined through {', '.join(leads)})" if leads else ""
        issues.append(
            f"the question counts {plural}, but the query reads no row of {table}: count the "
            f"rows of {table}{hint}"
        )
    return issues


def _keys_to(table: str, read: set[str], schema: SchemaInfo) -> list[str]:
    """``orders.listing_id -> listings``: the keys of ``table`` pointing at the tables read."""
    return [
        f"{table}.{column} -> {target}"
        for column in sorted(schema.lowered_columns().get(table, ()))
        if (target := schema.keys.target(table, column)) in read and target != table
    ]
