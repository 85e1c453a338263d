"""Which primary keys the database fills in when an INSERT leaves them out, read from the DDL.

A key declared with AUTOINCREMENT, a DEFAULT, IDENTITY or a SERIAL type is filled in, and so is
SQLite's ``INTEGER PRIMARY KEY`` (that word, not ``INT``), which aliases the rowid. Any other key
is recorded in ``TableKeys.unfilled``, for app.checking.insert_keys.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.join_keys import TableKeys


def add_unfilled_key(
    table: str, target: exp.Schema, text: str, dialect: str, keys: TableKeys
) -> None:
    key = keys.primary_keys.get(table)
    for column in target.expressions:
        if isinstance(column, exp.ColumnDef) and column.name.lower() == key:
            if not _is_filled_in(column, text, dialect):
                keys.unfilled[table] = column.name
            return


# Column constraints that make the database fill a column an INSERT leaves out.
_FILLING_CONSTRAINTS = (
    exp.AutoIncrementColumnConstraint,
    exp.DefaultColumnConstraint,
    exp.GeneratedAsIdentityColumnConstraint,
    exp.ComputedColumnConstraint,
)
_SERIAL_TYPES = {
    exp.DataType.Type.SERIAL,
    exp.DataType.Type.BIGSERIAL,
    exp.DataType.Type.SMALLSERIAL,
}
# sqlglot reads INTEGER and INT as one type; only the declared word tells SQLite's rowid alias.
_SQLITE_ROWID_TYPE = re.compile(r"\s*INTEGER\b", re.IGNORECASE)


def _is_filled_in(column: exp.ColumnDef, statement_text: str, dialect: str) -> bool:
    """Whether the database gives ``column`` a value when an INSERT leaves it out.

    ``statement_text`` is the CREATE TABLE the column was parsed from: on SQLite a key declared
    ``INTEGER`` (that word, not ``INT``) aliases the rowid and is filled in.
    """
    if any(isinstance(c.args.get("kind"), _FILLING_CONSTRAINTS) for c in column.constraints):
        return True
    kind = column.args.get("kind")
    if isinstance(kind, exp.DataType) and kind.this in _SERIAL_TYPES:
        return True
    if isinstance(kind, exp.DataType) and kind.this == exp.DataType.Type.USERDEFINED:
        return "serial" in kind.sql().lower()  # SQLite reads SERIAL as a type it does not know
    if dialect == "sqlite":
        end = column.this.meta.get("end")
        return end is not None and bool(_SQLITE_ROWID_TYPE.match(statement_text, end + 1))
    return False
