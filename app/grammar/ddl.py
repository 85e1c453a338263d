"""GrammarTables from DDL text (CREATE TABLE / CREATE VIEW statements), parsed with sqlglot."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from app.grammar.builder import GrammarTable


def tables_from_ddl(ddl: str, dialect: str = "sqlite") -> tuple[GrammarTable, ...]:
    """The tables and views that ``ddl`` creates, with their columns, in order.

    Statements other than CREATE TABLE / VIEW (INSERTs, comments) are skipped; a view's columns
    are its SELECT list's output names. Raises sqlglot.ParseError when ``ddl`` does not parse.
    """
    tables: dict[str, GrammarTable] = {}
    for statement in sqlglot.parse(ddl, read=dialect):
        if not isinstance(statement, exp.Create) or statement.kind not in {"TABLE", "VIEW"}:
            continue
        target = statement.this
        if isinstance(target, exp.Schema):  # CREATE TABLE t (col type, ...)
            table = target.this
            columns = [c.name for c in target.expressions if isinstance(c, exp.ColumnDef)]
        else:  # CREATE TABLE t AS SELECT ... / CREATE VIEW v AS SELECT ...
            table = target
            query = statement.expression
            columns = list(query.named_selects) if isinstance(query, exp.Query) else []
        if isinstance(table, exp.Table):
            tables[table.name] = GrammarTable(table.name, tuple(dict.fromkeys(columns)))
    return tuple(tables.values())
