"""A correction before the identifier check: a column of the row a key of the query points at.

Asked for "the returns filed in March with the product name and the store it was bought at", a
small model joins returns, sales and products and writes ``s.store_name``: sales has no store
name, but its ``store_id`` points at the ``stores`` row that has one. The intent is the store of
that sale, and told "join stores" the model tends to write the same SQL again. When exactly one
key of the tables a query scope reads points at a table that has the column, and nothing the
scope reads (a table, CTE or subquery, in the scope or one around it) has a column of that
name, the table is joined as a lookup and the column read from it::

    LEFT JOIN stores ON s.store_id = stores.store_id

A key points at one row at most, and a LEFT JOIN keeps rows whose key is NULL, so the rows the
query reads are the same: only the column is added. A qualified column looks through the keys
of its own table (``s.store_name``: sales'), or of every table read when it names a table the
query does not read (``stores.store_name``); a bare column through the keys of every table
read. Keys count as app.checking.join_keys links them, declared or named like a table's primary
key. Two keys that could serve, or none, leave the SQL to the identifier check. The scopes of a
write are its subqueries; a bare column its target table has is the target's (a correlation)
and is left alone. Each change is reported with the answer (``corrections``).
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate
from app.checking.join_keys import Link, table_links
from app.checking.outer_joins import asks_to_keep_rows_with_none
from app.checking.qualifiers import requalify_columns
from app.checking.schema import SchemaInfo
from app.checking.scopes import free_alias, query_scopes, scope_tables, write_target, written_names


def join_lookup_tables(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Join, in place, the table a key points at for each column only that table has (see the
    module); one note per column read from a joined lookup."""
    columns = schema.lowered_columns()
    links: dict[str, list[Link]] | None = None
    written_to = write_target(statement)
    target = set(columns.get(written_to.name.lower(), ())) if written_to is not None else set()
    outer = written_names(statement)
    notes: list[str] = []
    for scope in query_scopes(statement):
        select = scope.expression
        tables = scope_tables(scope)
        written = {alias.lower(): alias for alias in scope.sources}  # T2 as the query says
        if not isinstance(select, exp.Select) or not select.args.get("from_") or not tables:
            continue
        # (alias, key column) -> the lookup's alias and the table joined, as written
        joined: dict[tuple[str, str], tuple[str, str]] = {}
        outputs = _outputs(select)
        for column in list(scope.columns):
            name = column.name.lower()
            if column.parent_select is not select or _readable(scope, name, columns):
                continue
            if column.table.lower() in outer:
                continue  # the written row, read by a subquery of the write
            if not column.table and (name in target or name in outputs):
                continue  # the write's own row, or the SELECT's own alias (ORDER BY total)
            if links is None:
                links = table_links(schema.keys, columns)
            found = _lookup(column, tables, links, columns)
            if found is None:
                continue
            alias, link = found
            if (alias, link.column) not in joined:
                lookup = free_alias(link.target, scope)
                joined[(alias, link.column)] = (
                    lookup,
                    _join(select, written[alias], link, lookup, schema),
                )
            lookup, table_sql = joined[(alias, link.column)]
            before = column.sql()
            column.set("table", exp.to_identifier(lookup))
            note = (
                f"{before} -> {column.sql()} ({tables[alias]} has no {column.name}; its "
                f"{link.column} points at the {link.target} row that has it, joined as LEFT JOIN "
                f"{table_sql} ON {written[alias]}.{link.column} = "
                f"{lookup}.{link.key})"
            )
            if note not in notes:  # one note for the column, however often it is read
                notes.append(note)
    return notes


def _lookup(
    column: exp.Column,
    tables: dict[str, str],
    links: dict[str, list[Link]],
    columns: dict[str, set[str]],
) -> tuple[str, Link] | None:
    """(alias, link) of the one key of the scope's tables pointing at a table with the column;
    None when no key or several do."""
    name, qualifier = column.name.lower(), column.table.lower()
    if qualifier and qualifier in tables:
        searched = {qualifier: tables[qualifier]}
        wanted: str | None = None
    elif qualifier:
        searched, wanted = tables, qualifier  # stores.store_name with stores not read
        if name not in columns.get(wanted, ()):
            return None
    else:
        searched, wanted = tables, None
    found = [
        (alias, link)
        for alias, table in searched.items()
        for link in links.get(table, [])
        if link.table == table
        and link.target != table
        and name in columns.get(link.target, ())
        and (wanted is None or link.target == wanted)
    ]
    return found[0] if len(found) == 1 else None


def _readable(scope: Scope, name: str, columns: dict[str, set[str]]) -> bool:
    """Whether a source of the scope, or of a scope around it, has (or may have) the column: a
    table outside the schema or a subquery selecting ``*`` may."""
    current: Scope | None = scope
    while current is not None:
        for source in current.sources.values():
            if isinstance(source, exp.Table):
                offered = columns.get(source.name.lower(), {name})
            elif isinstance(source, Scope) and isinstance(source.expression, exp.Query):
                offered = {n.lower() for n in source.expression.named_selects}
            else:
                return True
            if name in offered or "*" in offered:
                return True
        current = current.parent
    return False


def _outputs(select: exp.Select) -> set[str]:
    """The names the SELECT gives its own results (``SUM(x) AS total``), which ORDER BY reads."""
    return {e.alias.lower() for e in select.expressions if isinstance(e, exp.Alias)}


def _join(select: exp.Select, alias: str, link: Link, lookup: str, schema: SchemaInfo) -> str:
    """LEFT JOIN the row ``link`` points at under ``lookup``, in place; the table as written."""
    table = schema.table_node(link.target, lookup)
    condition = exp.EQ(
        this=exp.column(link.column, table=alias), expression=exp.column(link.key, table=lookup)
    )
    select.append("joins", exp.Join(this=table, side="LEFT", on=condition))
    return table.sql(schema.dialect)


def correct_lookup_joins(candidate: Candidate) -> list[str]:
    """Not a check: a column only the row a key points at has is read from that row, joined
    (in a write's subqueries too: a lookup there changes which rows its condition picks)."""
    statement = candidate.statements[0]
    if asks_to_keep_rows_with_none(candidate.question):
        return []  # a lookup keeps the rows of the table read, which may not be those listed
    notes = join_lookup_tables(statement, candidate.schema)
    if notes:
        # Columns the query reads through the wrong alias may belong to the joined lookup.
        notes += requalify_columns(statement, candidate.schema)
    candidate.corrections.extend(notes)
    return []
