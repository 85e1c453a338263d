"""A correction before the identifier check: a column qualified with the wrong joined table.

Small models join the right tables and then write ``s.data_gb`` where ``data_gb`` belongs to
the other joined table (``ds``). When exactly one table of the same query scope has the column,
the intent is unambiguous: the qualifier is rewritten and the change is reported with the
answer (``corrections``), never made silently. Anything less certain (no owner in scope, two
owners, a derived table) is left for the identifier check to refuse with its usual issue.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables


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
    for scope in query_scopes(statement):
        tables = {a: t for a, t in scope_tables(scope).items() if t in columns_of}
        aliased: dict[str, list[str]] = {}
        for alias, table in tables.items():
            aliased.setdefault(table, []).append(alias)
        for column in scope.columns:
            qualifier, name = column.table.lower(), column.name.lower()
            if qualifier not in tables and len(aliased.get(qualifier, [])) == 1:
                # `data_sessions.gb` where the query says `data_sessions AS ds`: SQL wants ds.
                before = column.sql()
                column.set("table", exp.to_identifier(aliased[qualifier][0]))
                notes.append(f"{before} -> {column.sql()} ({qualifier} is aliased in the query)")
                qualifier = aliased[qualifier][0]
            if qualifier not in tables or name in columns_of[tables[qualifier]]:
                continue
            owners = [alias for alias, table in tables.items() if name in columns_of[table]]
            if len(owners) != 1:
                continue
            before = column.sql()
            column.set("table", exp.to_identifier(owners[0]))
            notes.append(
                f"{before} -> {column.sql()} ({column.name} is a column of "
                f"{tables[owners[0]]}, not of {tables[qualifier]})"
            )
    return notes
