"""A correction on set operations: EXCEPT or INTERSECT pairing a text column with a key to it.

"Which users have never made a payment?" answered with ``SELECT username FROM users EXCEPT
SELECT user_id FROM payments`` runs and returns every user, because no name equals an id. The
question is settled by the schema: ``payments.user_id`` is a key to ``users``, so the rows
meant are the users whose key is not among the payments' keys. When the left side reads one
table and returns one text column, and the right side returns one number column that is a key
to that table (declared, or the table's own key name), the operation is rewritten as
``WHERE users.user_id NOT IN (SELECT user_id FROM payments WHERE user_id IS NOT NULL)`` (``IN``
for INTERSECT); the right side's own conditions stay in its subquery. The rewrite is reported
with the answer (``corrections``). Any other mismatch is left to the check in
app.checking.compared_kinds, which refuses it.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables
from app.checking.types import columns_by_table, kind_of


def key_set_operations(statement: exp.Expr, schema: SchemaInfo) -> tuple[exp.Expr, list[str]]:
    """A top-level ``text EXCEPT/INTERSECT key`` read rewritten as a key membership, and the
    note saying so; the statement itself (and no note) when it is no such read.

    >>> import sqlglot
    >>> from app.checking import parse_schema
    >>> ddl = ("CREATE TABLE users (user_id INT PRIMARY KEY, username TEXT);"
    ...        "CREATE TABLE payments (id INT, user_id INT REFERENCES users(user_id));")
    >>> query = sqlglot.parse_one("SELECT username FROM users EXCEPT SELECT user_id FROM payments")
    >>> rewritten, [note] = key_set_operations(query, parse_schema(ddl, "sqlite"))
    >>> note.split(":")[0]
    'EXCEPT matched users.username (TEXT) with payments.user_id (INT), a key to users'
    >>> print(rewritten.sql(pretty=True))
    SELECT
      username
    FROM users
    WHERE
      NOT users.user_id IN (
        SELECT
          user_id
        FROM payments
        WHERE
          NOT user_id IS NULL
      )
    """
    if not isinstance(statement, (exp.Except, exp.Intersect)):
        return statement, []
    left, right = statement.this, statement.expression
    if not isinstance(left, exp.Select) or not isinstance(right, exp.Select):
        return statement, []
    if len(left.expressions) != 1 or len(right.expressions) != 1 or left.args.get("joins"):
        return statement, []
    if any(s.args.get(arg) for s in (left, right) for arg in ("group", "limit", "having")):
        return statement, []
    types = columns_by_table(schema)
    mine, theirs = _returned_column(left, types), _returned_column(right, types)
    if mine is None or theirs is None:
        return statement, []
    (alias, table, column), (_, other, key_column) = mine, theirs
    kinds = (kind_of(types[table][column]), kind_of(types[other][key_column]))
    primary_key = schema.keys.primary_keys.get(table)
    if table == other or kinds != ("text", "number") or primary_key is None:
        return statement, []
    if schema.keys.target(other, key_column) != table:
        return statement, []
    excluded = isinstance(statement, exp.Except)
    key = right.expressions[0].unalias().copy()
    subquery = right.copy()
    if excluded:  # one NULL among the keys would make NOT IN true for no row
        subquery.where(exp.Not(this=exp.Is(this=key, expression=exp.Null())), copy=False)
    membership: exp.Expr = exp.column(primary_key, table=alias).isin(query=subquery)
    rewritten = left.copy().where(exp.Not(this=membership) if excluded else membership, copy=False)
    for clause in ("order", "limit", "offset"):
        if statement.args.get(clause) is not None:
            rewritten.set(clause, statement.args[clause].copy())
    how = "NOT IN" if excluded else "IN"
    return rewritten, [
        f"{type(statement).__name__.upper()} matched {table}.{column} ({types[table][column]}) "
        f"with {other}.{key_column} ({types[other][key_column]}), a key to {table}: rewritten as "
        f"{alias}.{primary_key} {how} (SELECT {key.sql()} FROM {other} ...)"
    ]


def _returned_column(
    select: exp.Select, types: dict[str, dict[str, str]]
) -> tuple[str, str, str] | None:
    """(alias, table, column) of the one table column ``select`` returns, lowercased."""
    column = select.expressions[0].unalias()
    scopes = query_scopes(select)
    if not isinstance(column, exp.Column) or not scopes:
        return None
    read = scope_tables(scopes[-1])
    table = column_table(column, read, types)
    aliases = [column.table.lower()] if column.table else [a for a, t in read.items() if t == table]
    if table is None or len(aliases) != 1:
        return None
    return aliases[0], table, column.name.lower()
