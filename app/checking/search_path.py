"""A correction: a PostgreSQL table outside the default search path gets its schema written.

A pg_dump names every table with its schema (``support.tickets``), and PostgreSQL finds a
table by its bare name only in the schemas of its search path, ``"$user", public`` unless the
connection says otherwise. Small models drop the qualifier (``FROM tickets``), which the real
database refuses; the name is unambiguous in the request's schema, so the checker writes it.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.schema import SchemaInfo

DEFAULT_SEARCH_PATH = frozenset({"public"})


def qualify_outside_search_path(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    """Write the schema of each bare table name that lives outside ``public``; one note each.

    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE support.tickets (id INT)", "postgres")
    >>> statement = exp.maybe_parse("SELECT t.id FROM tickets AS t", dialect="postgres")
    >>> qualify_outside_search_path(statement, schema, "postgres")
    ['tickets -> support.tickets (PostgreSQL finds a table without its schema only in public)']
    >>> statement.sql("postgres")
    'SELECT t.id FROM support.tickets AS t'
    """
    if dialect != "postgres" or not schema.table_schemas:
        return []
    ctes = {cte.alias_or_name.lower() for cte in statement.find_all(exp.CTE)}
    notes: list[str] = []
    for table in statement.find_all(exp.Table):
        if table.args.get("db") is not None or table.name.lower() in ctes:
            continue
        owner = schema.table_schemas.get(table.name.lower())
        if owner is None or owner.lower() in DEFAULT_SEARCH_PATH:
            continue
        table.set("db", exp.to_identifier(owner))
        note = (
            f"{table.name} -> {owner}.{table.name} "
            "(PostgreSQL finds a table without its schema only in public)"
        )
        if note not in notes:
            notes.append(note)
    return notes
