"""The type the request's DDL declares for a column a query names (corrections read it)."""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.schema import SchemaInfo

ColumnTypes = dict[str, dict[str, str]]

NUMERIC_TYPE = re.compile(r"INT|REAL|FLOAT|DOUBLE|DECIMAL|NUMERIC|NUMBER|MONEY|SERIAL", re.I)
TEXT_TYPE = re.compile(r"char|text|string|enum|clob", re.I)
# A declared date or time (an interval is a duration, not a point in time).
DATE_TYPE = re.compile(r"^(?!.*INTERVAL).*(?:DATE|TIME)", re.I)
# A column named like a date or time, whatever its declared type (SQLite's TEXT dates).
DATE_NAME = re.compile(r"date|time|_at$|_on$|day$", re.I)


def kind_of(declared: str) -> str | None:
    """``text``, ``number`` or None (dates, booleans, anything else) for a declared type."""
    if TEXT_TYPE.search(declared):
        return "text"
    if NUMERIC_TYPE.search(declared) and "INTERVAL" not in declared.upper():
        return "number"
    return None


def date_columns(table: str, schema: SchemaInfo) -> list[str]:
    """``table.column`` for each column of ``table`` declared as a date or time, or named like
    one."""
    declared = schema.tables.get(schema.declared_table(table), {})
    return [
        f"{table}.{column}"
        for column, kind in declared.items()
        if DATE_TYPE.search(kind or "") or DATE_NAME.search(column)
    ]


def columns_by_table(schema: SchemaInfo) -> ColumnTypes:
    """Declared types by lower-cased table, then lower-cased column."""
    return {
        table.lower(): {column.lower(): kind for column, kind in columns.items()}
        for table, columns in schema.tables.items()
    }


def date_aware_types(schema: SchemaInfo) -> ColumnTypes:
    """:func:`columns_by_table`, a text column that holds dates (``SchemaInfo.date_texts``:
    SQLite has no date type) read as ``DATETIME``."""
    columns_of = columns_by_table(schema)
    for table, column in schema.date_texts:
        declared = columns_of.get(table, {}).get(column)
        if declared is not None and TEXT_TYPE.search(declared):
            columns_of[table][column] = "DATETIME"
    return columns_of


def declared_type(column: exp.Column, scope: Scope, columns_of: ColumnTypes) -> str | None:
    """The declared type of ``column`` in ``scope``, None when unknown or ambiguous.

    Unknown when the column could come from a derived table or CTE, whose types are not
    declared, or when more than one table in scope has a column of that name.
    """
    tables = {
        alias.lower(): source.name.lower()
        for alias, source in scope.sources.items()
        if isinstance(source, exp.Table) and source.name.lower() in columns_of
    }
    name = column.name.lower()
    if column.table:
        owners = [tables[column.table.lower()]] if column.table.lower() in tables else []
    else:
        if len(tables) != len(scope.sources):
            return None
        owners = [table for table in tables.values() if name in columns_of[table]]
    if len(owners) != 1:
        return None
    return columns_of[owners[0]].get(name)
