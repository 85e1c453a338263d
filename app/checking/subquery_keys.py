"""A correction and a check: ``IN (SELECT ...)`` that pairs the keys of two different tables.

"Which passengers booked a flight but never checked in?" answered with ``WHERE NOT
p.passenger_id IN (SELECT booking_id FROM bookings WHERE checked_in = 1)`` runs, yet compares
a passenger's id with a booking's id: the rows it keeps are chance. It is the join-key error
(app.checking.join_keys) written as a subquery. When the outer column is its table's own key and
the subquery's table has exactly one key pointing at that table (``bookings.passenger_id``), the
subquery returns that key instead, qualified as the model wrote its column; that is the only
column of the subquery's rows that can equal a passenger's id. Otherwise the answer is refused
with an issue naming both keys, so the repair round can choose. A column that points at no table
(``line_total``), or two keys of one table, are left alone. Keys count as
app.checking.join_keys counts them.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate
from app.checking.join_keys import table_links
from app.checking.policy import DML_ROOTS
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables


def correct_subquery_keys(candidate: Candidate) -> list[str]:
    """Not a check: ``id IN (SELECT other_id ...)`` returns the subquery's key to id's table
    (a read's; a write stays as written)."""
    statement = candidate.statements[0]
    if not isinstance(statement, DML_ROOTS):
        candidate.corrections.extend(match_subquery_keys(statement, candidate.schema))
    return []


def compares_matching_keys(candidate: Candidate) -> list[str]:
    """The check: the mismatches the correction could not settle."""
    return subquery_key_issues(candidate.statements[0], candidate.schema)


def match_subquery_keys(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Return, in place, the subquery's key to the outer key's table (see the module); one note
    per subquery changed."""
    notes: list[str] = []
    links = None
    for left, inner, left_target, inner_target, inner_table in _mismatches(statement, schema):
        if schema.keys.primary_keys.get(left_target) != left.name.lower():
            continue  # the outer column is a reference, not the row's own key: not certain
        if links is None:
            links = table_links(schema.keys, schema.lowered_columns())
        pointing = [
            link.column
            for link in links.get(inner_table, [])
            if link.table == inner_table and link.target == left_target
        ]
        if len(pointing) != 1:
            continue
        before = inner.sql(schema.dialect)
        inner.set("this", exp.to_identifier(pointing[0]))
        notes.append(
            f"{left.sql(schema.dialect)} IN (SELECT {before} ...) -> IN (SELECT "
            f"{inner.sql(schema.dialect)} ...): {before} identifies a row of {inner_target}, "
            f"not of {left_target}; {inner_table}.{pointing[0]} is its key to {left_target}"
        )
    return notes


def subquery_key_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per ``key IN (SELECT other_key ...)`` whose keys point at different tables."""
    return [
        f"{left.sql(schema.dialect)} IN (SELECT {inner.sql(schema.dialect)} ...) pairs keys "
        f"of different tables: {left.sql(schema.dialect)} identifies a row of {left_target}, "
        f"{inner.sql(schema.dialect)} one of {inner_target}; compare columns that identify rows "
        "of the same table"
        for left, inner, left_target, inner_target, _ in _mismatches(statement, schema)
    ]


def _mismatches(
    statement: exp.Expr, schema: SchemaInfo
) -> Iterator[tuple[exp.Column, exp.Column, str, str, str]]:
    """(outer column, subquery column, the tables they point at, the subquery's table) of each
    ``column IN (SELECT column ...)`` pairing keys of different tables."""
    columns = schema.lowered_columns()
    scopes: dict[int, Scope] = {id(scope.expression): scope for scope in query_scopes(statement)}
    for node in list(statement.find_all(exp.In)):
        query, left = node.args.get("query"), node.this
        select = query.this if isinstance(query, exp.Subquery) else query
        if not isinstance(left, exp.Column) or not isinstance(select, exp.Select):
            continue
        if len(select.expressions) != 1 or not isinstance(select.expressions[0], exp.Column):
            continue
        inner = select.expressions[0]
        outer_scope, inner_scope = scopes.get(id(node.parent_select)), scopes.get(id(select))
        if outer_scope is None or inner_scope is None:
            continue
        left_table = column_table(left, scope_tables(outer_scope), columns)
        inner_table = column_table(inner, scope_tables(inner_scope), columns)
        if left_table is None or inner_table is None:
            continue
        left_target = schema.keys.target(left_table, left.name.lower())
        inner_target = schema.keys.target(inner_table, inner.name.lower())
        if left_target and inner_target and left_target != inner_target:
            yield left, inner, left_target, inner_target, inner_table
