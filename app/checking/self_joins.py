"""A correction: a table joined to itself on its own primary key, which is the same row again.

``FROM vessels AS v JOIN vessels AS v2 ON v.vessel_id = v2.vessel_id`` pairs each vessel with
itself and nothing else, yet small models write it (some chain ten of them) and then read half
the columns from one alias and half from the other, or subtract a column of one from the same
column of the other, as if the aliases were different rows. The join changes nothing, so it is
removed and the joined alias's columns are read from the row it repeats: what is left is the
query the SQL already meant, and a mistake it hid (``l.source_ip <> l.source_ip``) is now plain
for the checks after this one. Only single-column primary keys, and only inner or left joins
on that one equality (which a primary key, never NULL, matches exactly once).
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.join_keys import TableKeys
from app.checking.scopes import join_sides, scope_tables, select_scopes


def correct_self_joins(candidate: Candidate) -> list[str]:
    """Not a check: a table joined to itself on its primary key is read as the one row it is."""
    return correct_read(candidate, lambda s: merge_key_self_joins(s, candidate.schema.keys))


def merge_key_self_joins(statement: exp.Expr, keys: TableKeys) -> list[str]:
    """Remove, in place, each join of a table to itself on its primary key; one note each.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> keys = parse_schema("CREATE TABLE v (id INT PRIMARY KEY, flag TEXT)", "sqlite").keys
    >>> query = sqlglot.parse_one(
    ...     "SELECT a.id FROM v AS a JOIN v AS b ON a.id = b.id WHERE b.flag = 'NO'")
    >>> [note] = merge_key_self_joins(query, keys)
    >>> query.sql()
    "SELECT a.id FROM v AS a WHERE a.flag = 'NO'"
    """
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        read = scope_tables(scope)
        merged = True
        while merged:  # a chain (a = b, b = c, ...) merges one join at a time
            merged = False
            for join in select.args.get("joins") or []:
                pair = _same_row(join, read, keys)
                if pair is None:
                    continue
                kept, dropped = pair
                if _declared_inside(select, dropped):
                    continue  # a subquery's own alias of that name: its columns are not ours
                written = join.sql()
                for column in select.find_all(exp.Column):
                    if column.table.lower() == dropped.lower():
                        column.set("table", exp.to_identifier(kept))
                join.pop()
                notes.append(
                    f"{written} joined a row to itself on its primary key: "
                    f"{dropped}'s columns are read from {kept}, and the join is gone"
                )
                merged = True
                break
    return notes


def _same_row(join: exp.Join, read: dict[str, str], keys: TableKeys) -> tuple[str, str] | None:
    """(kept alias, joined alias) when ``join`` joins a table to itself on its primary key."""
    table, split = join.this, join_sides(join)
    if join.side not in ("", "LEFT") or join.kind not in ("", "INNER", "OUTER"):
        return None
    if not isinstance(table, exp.Table) or split is None:
        return None
    left, right = split
    name = table.name.lower()
    if read.get(right.table.lower()) != name:
        return None
    key = keys.primary_keys.get(name)
    if key is None or left.name.lower() != key or right.name.lower() != key:
        return None
    return right.table, left.table


def _declared_inside(select: exp.Select, alias: str) -> bool:
    """Whether a subquery of ``select`` names a table of its own ``alias``."""
    return any(
        table.alias_or_name.lower() == alias.lower()
        for inner in select.find_all(exp.Select)
        if inner is not select
        for table in inner.find_all(exp.Table)
    )
