"""A correction that reads the question: a column it asks for, answered with the key that
points at the row holding it.

"List each flight number with the cities it flies from and to" over ``flights (origin,
destination)``, both keys to ``airports (airport_code, name, city)``, is answered ``SELECT
flight_number, origin, destination FROM flights``: the codes, not the cities. When a returned
key points at a table that has one column the question names ("cities": ``city``), and no table
the query reads has a column of that name, the key is replaced with that column of the row it
points at, joined as a lookup::

    SELECT flight_number, origin_row.city AS origin_city, destination_row.city AS
    destination_city FROM flights
    LEFT JOIN airports AS origin_row ON origin_row.airport_code = flights.origin ...

A key points at one row at most, and a LEFT JOIN keeps a row whose key is NULL, so the rows
read are the same; a query grouped by the key is grouped by the column asked ("how many flights
leave from each city": two airports of one city are one group). A key the question names itself
("the origin code"), a key inside an expression, and a table with several such columns are left
as written. Each change is reported with the answer (``corrections``).
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, free_alias, query_scopes, scope_tables

# What a key's name adds to the role it names: ``country_id`` is the country.
_KEY_SUFFIX = re.compile(r"_(?:id|code|key|no|num|number)$", re.IGNORECASE)


def _named(column: str, question: str) -> bool:
    """Whether the question names ``column`` (its words, the last one singular or plural)."""
    words = column.lower().split("_")
    last = re.escape(words[-1])
    plural = f"{last[:-1]}ies" if words[-1].endswith("y") else f"{last}e?s"
    phrase = r"[\s_-]+".join([*map(re.escape, words[:-1]), f"(?:{last}|{plural})"])
    return re.search(rf"\b{phrase}\b", question, re.IGNORECASE) is not None


def read_named_columns(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Replace, in place, each returned key whose row holds the column the question names (see
    the module); one note per key."""
    if not isinstance(statement, exp.Select) or any(
        p.find(exp.Star) and not p.find(exp.AggFunc) for p in statement.expressions
    ):
        return []  # SELECT * returns the columns there are
    scopes = query_scopes(statement)
    if not scopes:
        return []
    read = scope_tables(scopes[-1])
    columns = schema.lowered_columns()
    read_columns = {name for table in read.values() for name in columns.get(table, ())}
    notes: list[str] = []
    for projection in list(statement.expressions):
        key = projection.this if isinstance(projection, exp.Alias) else projection
        if not isinstance(key, exp.Column) or _named(key.name, question):
            continue
        owner = column_table(key, read, columns)
        target = schema.keys.target(owner, key.name.lower()) if owner else None
        primary = schema.keys.primary_keys.get(target or "")
        if target is None or owner is None or primary is None or target == owner:
            continue
        named = [
            name
            for name in schema.columns_of(target)
            if name.lower() not in read_columns and _named(name, question)
        ]
        if len(named) != 1:
            continue
        if not key.table and (
            owner in {t.lower() for t in schema.quoted} or list(read.values()).count(owner) > 1
        ):
            continue  # its table would have to be written quoted, or which alias is unclear
        role = _KEY_SUFFIX.sub("", key.name) or key.name
        alias = free_alias(f"{role}_row", scopes[-1])
        condition = exp.column(primary, table=alias).eq(
            exp.column(key.name, table=key.table or _alias_of(owner, read))
        )
        statement.join(schema.table_node(target, alias), on=condition, join_type="left", copy=False)
        written = key.sql(schema.dialect)
        value = exp.column(named[0], table=alias)
        grouped = statement.args.get("group")
        # "Each city": the groups are the cities asked, unless ORDER BY or HAVING reads the key
        # itself, which then stays a group (PostgreSQL orders only by what it groups).
        elsewhere = any(
            column == key and not column.find_ancestor(exp.Group)
            for column in statement.find_all(exp.Column)
            if column is not key
        )
        if grouped is not None and any(group_key == key for group_key in grouped.expressions):
            if elsewhere:
                grouped.append("expressions", value.copy())
            else:
                for group_key in [g for g in grouped.expressions if g == key]:
                    group_key.replace(value.copy())
        if isinstance(projection, exp.Alias):
            key.replace(value)
        else:  # two keys to one table ("from and to") stay told apart by name
            said = named[0] if named[0].lower().startswith(role.lower()) else f"{role}_{named[0]}"
            key.replace(exp.alias_(value, said))
        notes.append(
            f"the question asks for {named[0]}, and {written} only points at the "
            f"{schema.declared_table(target)} row holding it: that row's {named[0]} is returned"
        )
    return notes


def _alias_of(table: str, read: dict[str, str]) -> str:
    return next(alias for alias, name in read.items() if name == table)


def correct_key_attributes(candidate: Candidate) -> list[str]:
    """Not a check: a returned key whose row holds the column the question names returns that
    column of the row (and says so)."""
    return correct_asked(candidate, lambda s, q: read_named_columns(s, q, candidate.schema))
