"""GrammarTables from a schema: the tables and views the checker already parsed."""

from __future__ import annotations

from app.checking import SchemaInfo, parse_schema
from app.grammar.builder import GrammarTable


def grammar_tables(schema: SchemaInfo) -> tuple[GrammarTable, ...]:
    """The parsed schema's tables and views, with their columns, in order, names as written.

    The service builds each request's grammar from the schema it already parsed for the checker
    (pasted DDL or an introspected database), so grammar and checker agree on every name.
    """
    return tuple(
        GrammarTable(name, tuple(columns), schema.table_schemas.get(name.lower(), ""))
        for name, columns in schema.tables.items()
    )


def tables_from_ddl(ddl: str, dialect: str = "sqlite") -> tuple[GrammarTable, ...]:
    """The tables and views that ``ddl`` creates (INSERTs are allowed and skipped).

    Raises app.errors.SchemaError when ``ddl`` does not parse or defines no table.
    """
    return grammar_tables(parse_schema(ddl, dialect))
