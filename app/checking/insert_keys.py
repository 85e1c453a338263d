"""An INSERT that leaves out a primary key the database does not fill in.

``INSERT INTO pledges (donor_id, amount) VALUES (118, 50)`` reads naturally, and most schemas
generate their ids. Where the key is declared without a way to fill it (``pledge_id INT PRIMARY
KEY``: no DEFAULT, AUTOINCREMENT, IDENTITY or SERIAL, and on SQLite not the ``INTEGER PRIMARY
KEY`` that aliases the rowid), PostgreSQL refuses the row (NOT NULL) and SQLite stores it with a
NULL key, a row no later statement can address by its id. Both are wrong answers to "add this".

An integer key is given the next value, computed by the statement itself from the table it writes
(``SELECT COALESCE(MAX(pledge_id), 0) + 1, 118, 50 FROM pledges``), so it is right on the live
database and not only on the sample rows the model saw; the change is reported in
``corrections``. A key that cannot be computed that way (text, or rows the INSERT selects) is an
issue for the repair round.

A schema read from a named database does not say whether its keys are filled in (SQLAlchemy
reflects ``INT`` and ``INTEGER``, sequences and plain integers alike), so its keys are never
treated as unfilled (``app.databases.catalog``). Which keys are filled in is read with the rest
of the DDL (``app.checking.schema``: ``TableKeys.unfilled``).
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.errors import SqlglotError

from app.checking.schema import SchemaInfo
from app.checking.types import columns_by_table


def _omitted_key(statement: exp.Expr, schema: SchemaInfo) -> tuple[exp.Schema, str] | None:
    """The INSERT's target and the unfilled key its column list leaves out, if any."""
    if not isinstance(statement, exp.Insert) or statement.args.get("conflict") is not None:
        return None
    target = statement.this
    if not isinstance(target, exp.Schema) or not isinstance(target.this, exp.Table):
        return None  # no column list: every column is given, in order
    key = schema.keys.unfilled.get(target.this.name.lower())
    if key is None or key.lower() in {c.name.lower() for c in target.expressions}:
        return None
    return target, key


def _is_integer(schema: SchemaInfo, table: str, column: str) -> bool:
    kind = columns_by_table(schema).get(table.lower(), {}).get(column.lower(), "")
    try:
        return exp.DataType.build(kind).is_type(*exp.DataType.INTEGER_TYPES)
    except (SqlglotError, ValueError):  # a type sqlglot cannot read is no integer it knows
        return False


def fill_omitted_keys(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Give an omitted integer key of a VALUES insert the next values, in place; say so.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE p (id INT PRIMARY KEY, amount INT)", "sqlite")
    >>> insert = sqlglot.parse_one("INSERT INTO p (amount) VALUES (50)")
    >>> [note] = fill_omitted_keys(insert, schema)
    >>> note.split(":")[0]
    'p.id is the primary key and the database does not fill it in'
    >>> insert.sql()
    'INSERT INTO p (id, amount) SELECT COALESCE(MAX(id), 0) + 1, 50 FROM p'
    """
    omitted = _omitted_key(statement, schema)
    values = statement.args.get("expression")
    if omitted is None or not isinstance(values, exp.Values):
        return []
    target, key = omitted
    table = target.this
    if not _is_integer(schema, table.name, key):
        return []
    rows = []
    for number, row in enumerate(values.expressions, start=1):
        items = row.expressions if isinstance(row, exp.Tuple) else [row]
        next_key = exp.Coalesce(
            this=exp.Max(this=exp.Column(this=exp.to_identifier(key))),
            expressions=[exp.Literal.number(0)],
        ) + exp.Literal.number(number)
        rows.append(exp.select(next_key, *items).from_(table.copy()))
    query: exp.Query = rows[0]
    for row_query in rows[1:]:
        query = exp.union(query, row_query, distinct=False)
    target.set("expressions", [exp.to_identifier(key), *target.expressions])
    statement.set("expression", query)
    if len(rows) == 1:
        change = "the new row gets the next id (the largest + 1)"
    else:
        change = "the new rows get the next ids (the largest + 1 onwards)"
    return [f"{table.name}.{key} is the primary key and the database does not fill it in: {change}"]


def omitted_key_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """An INSERT that still leaves out an unfilled key (one ``fill_omitted_keys`` could not)."""
    omitted = _omitted_key(statement, schema)
    if omitted is None:
        return []
    target, key = omitted
    return [
        f"INSERT INTO {target.this.name} gives no value to its primary key {key}, which the "
        f"database does not fill in: the row would be stored without a key (SQLite) or refused "
        f"(other databases); include {key} with a value no row has yet"
    ]
