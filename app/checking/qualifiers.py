"""A correction before the identifier check: a column qualified with the wrong joined table.

Small models join the right tables and then write ``s.data_gb`` where ``data_gb`` belongs to
the other joined table (``ds``). When exactly one table of the same query scope has the column,
the intent is unambiguous: the qualifier is rewritten and the change is reported with the
answer (``corrections``), never made silently. An unqualified column that two joined tables have
is qualified too when the join conditions make them equal (``JOIN warehouses AS w ON
w.warehouse_id = s.warehouse_id``): either is the same value, and the first table read is
written, which a LEFT JOIN keeps. Anything less certain (no owner in scope, owners not made
equal, a derived table) is left for the identifier check to refuse with its usual issue.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate
from app.checking.conditions import conjuncts
from app.checking.schema import SchemaInfo
from app.checking.scopes import (
    query_scopes,
    scope_columns,
    scope_source,
    scope_tables,
    source_name,
    written_names,
)


def requalify_columns(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Rewrite wrongly qualified columns of ``statement`` in place; one note per rewrite.

    >>> import sqlglot
    >>> schema = SchemaInfo({"s": {"id": "INT"}, "d": {"sid": "INT", "gb": "REAL"}}, "sqlite")
    >>> query = sqlglot.parse_one("SELECT s.id, SUM(s.gb) FROM s JOIN d AS x ON s.id = x.sid")
    >>> requalify_columns(query, schema)
    ['s.gb -> x.gb (gb is a column of d, not of s)']
    >>> query.sql()
    'SELECT s.id, SUM(x.gb) FROM s JOIN d AS x ON s.id = x.sid'
    >>> requalify_columns(sqlglot.parse_one("SELECT d.gb FROM d AS x"), schema)
    ['d.gb -> x.gb (d is aliased in the query)']
    """
    columns_of = schema.lowered_columns()
    notes: list[str] = []
    written = written_names(statement)
    for scope in query_scopes(statement):
        tables = {a: t for a, t in scope_tables(scope).items() if t in columns_of}
        aliased: dict[str, list[str]] = {}
        for alias, table in tables.items():
            aliased.setdefault(table, []).append(alias)
        for column in scope_columns(scope):
            qualifier, name = column.table.lower(), column.name.lower()
            if (
                qualifier not in tables
                and len(aliased.get(qualifier, [])) == 1
                and not _named_outside(scope, qualifier)
                and qualifier not in written
            ):
                # `data_sessions.gb` where the query says `data_sessions AS ds`: SQL wants ds.
                before = column.sql()
                alias = aliased[qualifier][0]
                column.set("table", exp.to_identifier(source_name(scope, alias) or alias))
                notes.append(f"{before} -> {column.sql()} ({qualifier} is aliased in the query)")
                qualifier = aliased[qualifier][0]
            owners = [alias for alias, table in tables.items() if name in columns_of[table]]
            if not qualifier and len(owners) > 1:
                if column.parent_select is not scope.expression:
                    continue  # a subquery's own column, which sqlglot also lists here
                first = _first_of_equals(scope.expression, name, owners)
                if first is not None:
                    column.set("table", exp.to_identifier(first))
                    notes.append(
                        f"{name} -> {column.sql()} ({' and '.join(f'{o}.{name}' for o in owners)}"
                        " are one value by the join condition, so either may be read)"
                    )
                continue
            if qualifier not in tables or name in columns_of[tables[qualifier]]:
                continue
            if len(owners) != 1:
                continue
            before = column.sql()
            column.set("table", exp.to_identifier(source_name(scope, owners[0]) or owners[0]))
            notes.append(
                f"{before} -> {column.sql()} ({column.name} is a column of "
                f"{tables[owners[0]]}, not of {tables[qualifier]})"
            )
    return notes


def _named_outside(scope: Scope, qualifier: str) -> bool:
    """Whether a scope around ``scope`` reads a source called ``qualifier``: ``orders.id`` in
    ``(SELECT 1 FROM orders AS o2 WHERE o2.id <> orders.id)`` under ``FROM orders`` is the outer
    row, a correlation, not a misspelt ``o2``."""
    current = scope.parent
    while current is not None:
        if scope_source(current, qualifier) is not None:
            return True
        current = current.parent
    return False


def _first_of_equals(select: exp.Expr, name: str, owners: list[str]) -> str | None:
    """The first read of ``owners`` when ``a.name = b.name`` conditions of the joins (or the
    WHERE) make all of their ``name`` columns one value; None otherwise."""
    if not isinstance(select, exp.Select):
        return None
    joins = select.args.get("joins") or []
    if any(join.side in ("RIGHT", "FULL") for join in joins):
        return None
    conditions = [join.args.get("on") for join in joins]
    where = select.args.get("where")
    conditions.append(where.this if where is not None else None)
    pairs = []
    for condition in conditions:
        for equality in conjuncts(condition) if condition is not None else ():
            sides = [equality.this, equality.expression] if isinstance(equality, exp.EQ) else []
            if sides and all(isinstance(c, exp.Column) and c.name.lower() == name for c in sides):
                pairs.append({side.table.lower() for side in sides})
    group, grown = {owners[0]}, True
    while grown:  # a chain: a.k = b.k, b.k = c.k, in any order
        grown = False
        for pair in pairs:
            if pair & group and not pair <= group:
                group, grown = group | pair, True
    if not set(owners) <= group:
        return None
    order = [select.args["from_"].this if select.args.get("from_") else None]
    order += [join.this for join in joins]
    read = [t.alias_or_name for t in order if isinstance(t, exp.Table)]
    return next((alias for alias in read if alias.lower() in owners), None)


def correct_qualifiers(candidate: Candidate) -> list[str]:
    """Not a check: a column moves to the one joined table that has it (said), in writes too."""
    candidate.corrections.extend(requalify_columns(candidate.statements[0], candidate.schema))
    return []
