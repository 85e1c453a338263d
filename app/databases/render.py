"""An introspected schema as the text the model sees and the checker parses.

The text is what a client would paste: ``CREATE TABLE`` statements (comments as ``--`` comments,
views marked as such) followed by ``INSERT`` rows holding the sample values. The checker
(``app.checking.parse_schema``) and the prompt's compact view (``app.prompt.schema_view``) read
it exactly as they read a pasted schema, so nothing downstream knows where it came from.
"""

from __future__ import annotations

from sqlalchemy.sql.compiler import IdentifierPreparer
from sqlglot import exp

from app.databases.introspect import IntrospectedSchema, TableInfo


def render_ddl(schema: IntrospectedSchema, preparer: IdentifierPreparer) -> str:
    """CREATE TABLE statements for every table and view, then INSERT rows of sample values."""
    creates = [_create(table, preparer) for table in schema.tables]
    inserts = [insert for table in schema.tables for insert in _inserts(table, schema, preparer)]
    return "\n\n".join(creates) + ("\n\n" + "\n".join(inserts) if inserts else "") + "\n"


def _name(table: TableInfo, preparer: IdentifierPreparer) -> str:
    quoted = preparer.quote(table.name)
    return f"{preparer.quote_schema(table.schema)}.{quoted}" if table.schema else quoted


def _create(table: TableInfo, preparer: IdentifierPreparer) -> str:
    header = []
    if table.kind == "view":
        header.append(f"-- view{': ' + table.comment if table.comment else ''}")
    elif table.comment:
        header.append(f"-- {table.comment}")
    items: list[tuple[str, str]] = []
    for column in table.columns:
        line = f"{preparer.quote(column.name)} {column.type}"
        if not column.nullable:
            line += " NOT NULL"
        items.append((line, column.comment))
    if table.primary_key:
        items.append((f"PRIMARY KEY ({_names(table.primary_key, preparer)})", ""))
    for fk in table.foreign_keys:
        target = preparer.quote(fk.referred_table)
        if fk.referred_schema:
            target = f"{preparer.quote_schema(fk.referred_schema)}.{target}"
        items.append(
            (
                f"FOREIGN KEY ({_names(fk.columns, preparer)}) REFERENCES "
                f"{target} ({_names(fk.referred_columns, preparer)})",
                "",
            )
        )
    body = []
    for index, (line, comment) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        body.append(f"  {line}{comma}" + (f" -- {comment}" if comment else ""))
    statement = f"CREATE TABLE {_name(table, preparer)} (\n" + "\n".join(body) + "\n);"
    return "\n".join([*header, statement])


def _names(names: tuple[str, ...], preparer: IdentifierPreparer) -> str:
    return ", ".join(preparer.quote(name) for name in names)


def _inserts(
    table: TableInfo, schema: IntrospectedSchema, preparer: IdentifierPreparer
) -> list[str]:
    """One INSERT per column with samples: values of different columns are not one row."""
    inserts = []
    for column in table.columns:
        if not column.samples:
            continue
        values = ", ".join(
            f"({exp.Literal.string(value).sql(schema.dialect)})" for value in column.samples
        )
        inserts.append(
            f"INSERT INTO {_name(table, preparer)} ({preparer.quote(column.name)}) VALUES {values};"
        )
    return inserts
