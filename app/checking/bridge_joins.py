"""A correction before the join-key check: a join that skipped the one table linking two others.

Asked for "the cheapest ticket at each venue", a small model writes ``FROM venues v JOIN
tickets t ON v.venue_id = t.event_id``: it pairs a venue's id with an event's id, because
tickets reach venues only through events. Told so by the join-key check
(app.checking.join_keys), it tends to write the same join again. When the schema's keys link
the two tables through exactly one table between them, no key links them directly, that table
is not already read there, and the pairing is a join's whole condition, the join goes through
it: ``JOIN events e ON e.venue_id = v.venue_id JOIN tickets t ON t.event_id = e.event_id``.
The same holds for a join on two columns that are no keys and are named differently
(``JOIN offices o ON e.hire_date = o.opened_on`` where employees reach offices through
departments): it relates rows by coincidence, the way no schema links them. Anything less
certain is left to the check, which names the keys that link the tables. Every change is
reported with the answer (``corrections``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from sqlglot import exp

from app.checking.join_keys import Link, bridges, table_links
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables


def bridge_joins(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Route each join that pairs keys of unlinked tables, or two of their columns that are no
    keys, through their one linking table, in place; one note per join rerouted."""
    if statement.find(exp.Join) is None:
        return []
    # Built only when a join pairs columns of different tables: every checked read passes here.
    links = cache(lambda: table_links(schema.keys, schema.lowered_columns()))
    notes: list[str] = []
    for scope in query_scopes(statement):
        tables = scope_tables(scope)
        select = scope.expression
        for join in list(select.args.get("joins") or []):
            note = _reroute(select, join, tables, links, schema)
            if note:
                notes.append(note)
    return notes


def _reroute(
    select: exp.Expr,
    join: exp.Join,
    tables: dict[str, str],
    table_links_of_schema: Callable[[], dict[str, list[Link]]],
    schema: SchemaInfo,
) -> str:
    condition = join.args.get("on")
    joined = join.this
    if not isinstance(condition, exp.EQ) or not isinstance(joined, exp.Table):
        return ""
    sides = (condition.this, condition.expression)
    if not all(isinstance(side, exp.Column) and side.table for side in sides):
        return ""
    joined_alias = (joined.alias or joined.name).lower()
    near = next((s for s in sides if s.table.lower() == joined_alias), None)
    far = next((s for s in sides if s.table.lower() != joined_alias), None)
    if near is None or far is None:
        return ""
    near_table, far_table = tables.get(joined_alias), tables.get(far.table.lower())
    if near_table is None or far_table is None or near_table == far_table:
        return ""
    near_target = schema.keys.target(near_table, near.name.lower())
    far_target = schema.keys.target(far_table, far.name.lower())
    if near_target and far_target and near_target != far_target:
        paired = "keys of different tables"
    elif near_target is None and far_target is None and near.name.lower() != far.name.lower():
        paired = "columns that are no keys"  # e.hire_date = o.opened_on
    else:
        return ""
    links = table_links_of_schema()
    if any(link.other(far_table) == near_table for link in links.get(far_table, [])):
        return ""  # linked directly: which key was meant is the check's to ask
    paths = bridges(far_table, near_table, links)
    if len(paths) != 1:
        return ""
    to_middle, onward = paths[0]
    middle = to_middle.other(far_table)
    if middle in tables.values():
        return ""
    middle_alias = _free_alias(middle, tables)
    aliases = {far_table: far.table, near_table: near.table, middle: middle_alias}
    written = condition.sql()
    select.append(
        "joins",
        exp.Join(
            this=exp.Table(
                this=exp.to_identifier(schema.declared_table(middle)),
                alias=None
                if middle_alias == middle
                else exp.TableAlias(this=exp.to_identifier(middle_alias)),
            ),
            on=_equality(to_middle, aliases),
            side=join.side or None,
            kind=join.kind or None,
        ),
    )
    joins = select.args["joins"]
    joins.insert(joins.index(join), joins.pop())  # the bridge goes just before the join
    join.set("on", _equality(onward, aliases))
    return (
        f"the join condition {written} paired {paired}; {far_table} and "
        f"{near_table} are linked through {middle}, so the join now goes through it: "
        f"{to_middle}, then {onward}"
    )


def _equality(link: Link, aliases: dict[str, str]) -> exp.EQ:
    return exp.EQ(
        this=exp.column(link.column, table=aliases[link.table]),
        expression=exp.column(link.key, table=aliases[link.target]),
    )


def _free_alias(table: str, tables: dict[str, str]) -> str:
    taken = set(tables) | set(tables.values())
    alias, n = table, 1
    while alias in taken:
        n += 1
        alias = f"{table}_{n}"
    return alias
