"""A correction: an aggregate in WHERE becomes the same aggregate over its whole table.

"Customers whose total balance is above the average" answered with ``... WHERE cb.total >
AVG(cb.total)`` fails on every database (SQLite: "misuse of aggregate function AVG()"): WHERE
judges one row at a time, and no row has an average. What the condition means is the average
over the table the column comes from, which is what the gold queries write: ``WHERE cb.total >
(SELECT AVG(total) FROM balances)``. In a read without GROUP BY, an AVG, MIN, MAX or SUM of
WHERE (not inside a subquery of its own) whose columns all come from one table or CTE of the
query becomes that scalar subquery, and the change is reported. A grouped query may mean
HAVING instead, and so may a table joined to others (``projects JOIN time_entries ... WHERE
budget < SUM(te.minutes)`` asks about each project's entries); COUNT in WHERE says too little.
All of those are left to the database's error.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, source_columns

_WORDS = {"avg": "average", "min": "minimum", "max": "maximum", "sum": "sum"}


def aggregates_over_tables(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Rewrite, in place, each aggregate a WHERE reads as a subquery over its table."""
    notes: list[str] = []
    for scope in query_scopes(statement):
        select = scope.expression
        where = select.args.get("where") if isinstance(select, exp.Select) else None
        if where is None or select.args.get("group"):
            continue
        for aggregate in list(where.find_all(exp.Avg, exp.Min, exp.Max, exp.Sum)):
            if aggregate.find_ancestor(exp.Select) is not select:
                continue
            source = _one_source(aggregate, scope, schema)
            if source is None or aggregate.find_ancestor(exp.Window):
                continue
            if _child(source, scope, schema):
                continue
            inner = aggregate.copy()
            for column in inner.find_all(exp.Column):
                column.set("table", None)
            subquery = exp.select(inner).from_(source).subquery()
            written = aggregate.sql(schema.dialect)
            aggregate.replace(subquery)
            notes.append(
                f"{written} in WHERE -> {subquery.sql(schema.dialect)}: WHERE judges one row at a "
                f"time, so the {_WORDS[aggregate.key]} is taken over all rows of {source.name}"
            )
    return notes


def _one_source(aggregate: exp.Expr, scope: Scope, schema: SchemaInfo) -> exp.Table | None:
    """The table (or CTE) every column of ``aggregate`` reads, as the query names it without its
    alias; None when the columns read several, a derived table, or none."""
    aliases: set[str] = set()
    names = schema.lowered_columns()
    for column in aggregate.find_all(exp.Column):
        if column.table:
            found = [a for a in scope.selected_sources if a.lower() == column.table.lower()]
        else:
            found = [
                a
                for a in scope.selected_sources
                if column.name.lower() in source_columns(scope, a, names)
            ]
        if len(found) != 1:
            return None
        aliases.add(found[0])
    if len(aliases) != 1:
        return None
    [alias] = aliases
    read = [t for t in scope.expression.find_all(exp.Table) if t.alias_or_name == alias]
    if len(read) != 1 or read[0].find_ancestor(exp.Select) is not scope.expression:
        return None  # a derived table has no name to read it again by
    table = read[0].copy()
    table.set("alias", None)
    return table


def _child(table: exp.Table, scope: Scope, schema: SchemaInfo) -> bool:
    """Whether ``table`` is a schema table the scope joins to others: a sum of its rows beside
    other rows likely means one per row it is joined to (GROUP BY and HAVING), not one over
    the table. (A CTE's rows are already one per thing: its average is over them.)"""
    if table.name.lower() not in schema.lowered_columns():
        return False
    return len(list(scope.expression.find_all(exp.Table))) > 1
