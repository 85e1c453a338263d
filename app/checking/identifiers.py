"""Step 4 of the checker: every table and column the statement names exists in the schema.

Queries are resolved with sqlglot's ``qualify`` against the schema. ``qualify`` only resolves
queries, so a write (INSERT, UPDATE, DELETE, MERGE) has its target columns checked by name, and
the query it carries (its WHERE and SET values read from the target table, or the rows an INSERT
selects) resolved as that read: a subquery's column is known only in the tables the subquery
reads or the target it may refer to, as the database resolves it.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.errors import OptimizeError, SqlglotError
from sqlglot.optimizer.qualify import qualify

from app.checking.policy import DML_ROOTS
from app.checking.schema import CASE_INSENSITIVE_COLUMNS, SchemaInfo
from app.checking.scopes import query_scopes, scope_tables


def referenced_tables(statement: exp.Expr) -> list[str]:
    """Base tables the statement names (CTE names excluded), in order of appearance."""
    ctes = {cte.alias_or_name.lower() for cte in statement.find_all(exp.CTE)}
    seen: list[str] = []
    for table in statement.find_all(exp.Table):
        name = table.name
        if name and name.lower() not in ctes and name not in seen:
            seen.append(name)
    return seen


def identifier_issues(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    """Unknown tables and columns, each named."""
    known = {name.lower() for name in schema.tables}
    unknown_tables = [t for t in referenced_tables(statement) if t.lower() not in known]
    if unknown_tables:
        listing = ", ".join(sorted(schema.tables)[:20])
        return [f"unknown table {name} (the schema has: {listing})" for name in unknown_tables]
    if isinstance(statement, DML_ROOTS):
        issues = _dml_column_issues(statement, schema)
        read = _read_of_write(statement)
        if issues or read is None:
            return issues
        return _query_issues(read, schema, dialect)
    return _query_issues(statement, schema, dialect)


def _read_of_write(statement: exp.Expr) -> exp.Query | None:
    """The read a write's conditions and values make on its target, None when it makes none.

    ``DELETE FROM t WHERE c`` reads ``SELECT 1 FROM t WHERE c``; ``UPDATE t SET a = v WHERE c``
    reads ``SELECT v FROM t WHERE c``; ``INSERT ... SELECT`` reads its SELECT. An UPDATE with
    its own FROM and VALUES rows are left to the column-by-column check.
    """
    read = _read_without_ctes(statement)
    ctes = statement.args.get("with_")
    if read is not None and ctes is not None and not read.args.get("with_"):
        read = read.copy()
        read.set("with_", ctes.copy())  # WITH x AS (...) DELETE ...: the read sees x too
    return read


def _read_without_ctes(statement: exp.Expr) -> exp.Query | None:
    if isinstance(statement, exp.Insert):
        query = statement.args.get("expression")
        return query if isinstance(query, exp.Query) else None
    if not isinstance(statement, exp.Delete | exp.Update) or statement.args.get("from_"):
        return None
    target = statement.this
    if not isinstance(target, exp.Table):
        return None
    where = statement.args.get("where")
    values: list[exp.Expr] = [exp.Literal.number(1)]
    if isinstance(statement, exp.Update):
        values += [e.expression for e in statement.expressions if isinstance(e, exp.EQ)]
    if where is None and len(values) == 1:
        return None
    read = exp.select(*values).from_(target)
    return read.where(where.this) if where is not None else read


def _query_issues(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    try:
        qualify(
            _folded_for_resolution(statement, dialect),
            schema=schema.mapping(),
            dialect=dialect,
            validate_qualify_columns=True,
            quote_identifiers=False,
        )
    except OptimizeError as error:
        return [_column_message(str(error), schema, statement)]
    except SqlglotError as error:
        return [f"the query could not be resolved against the schema: {error}"]
    return []


def _folded_for_resolution(statement: exp.Expr, dialect: str) -> exp.Expr:
    """A copy to resolve: where the database ignores the case of column names (MySQL, whatever
    the quoting), every name but a table's is lowercased, as ``SchemaInfo.mapping`` does."""
    copy = statement.copy()
    if dialect in CASE_INSENSITIVE_COLUMNS:
        for identifier in copy.find_all(exp.Identifier):
            if not isinstance(identifier.parent, exp.Table):
                identifier.set("this", identifier.name.lower())
    return copy


def _column_message(message: str, schema: SchemaInfo, statement: exp.Expr) -> str:
    found = re.search(r"Column '([^']+)' could not be resolved(?: for table: '([^']+)')?", message)
    bare = re.search(r"Unknown column: (\S+)", message)
    named = bare.group(1) if bare else found.group(1) if found else None
    quoted = _quoted_spelling(named, schema) if named else None
    if quoted is not None:
        return (
            f"unknown column {named}: the schema quotes it as {quoted}, so its case counts "
            f"(unquoted it means {str(named).lower()}); write {quoted}"
        )
    if bare:
        misread = _misqualified(bare.group(1), statement, schema)
        if misread is not None:
            return misread
        return f"unknown column {bare.group(1)}{_where_it_is(bare.group(1), schema)}"
    if not found:
        return f"the query does not fit the schema: {message}"
    column, table = found.group(1), found.group(2)
    if table and table in schema.tables:
        if column.lower() in schema.lowered_columns()[table.lower()]:
            # The table has the column; the query names the table without reading it.
            return (
                f"{table}.{column} names a table the query does not read: join {table} (on the "
                f"key that links it) or use the alias FROM gives it"
            )
        listing = ", ".join(schema.tables[table])
        return f"unknown column {table}.{column} ({table} has: {listing})"
    holders = _sources_with(column, statement, schema)
    if len(holders) > 1:
        # sqlglot reports an unqualified column that two joined tables (or two aliases of one
        # table, in a self-join) both have as unresolved; "join it" would send the model astray.
        choices = " or ".join(f"{alias}.{column}" for alias in holders)
        return f"column {column} is ambiguous: write {choices}"
    return f"unknown column {column}{_where_it_is(column, schema)}"


def _quoted_spelling(column: str, schema: SchemaInfo) -> str | None:
    """``"companyName"`` when the schema quotes a column that ``column`` names in another case."""
    if schema.dialect in CASE_INSENSITIVE_COLUMNS:
        return None
    for key in schema.quoted:
        table, _, name = key.partition(".")
        if name and name.lower() == column.lower() and name != column:
            return exp.to_identifier(name, quoted=True).sql(schema.dialect)
    return None


def _sources_with(column: str, statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """The names or aliases by which the scope using bare ``column`` reads tables that have it."""
    columns_of = schema.lowered_columns()
    for scope in query_scopes(statement):
        if any(not c.table and c.name.lower() == column.lower() for c in scope.columns):
            tables = scope_tables(scope)
            return [a for a, t in tables.items() if column.lower() in columns_of.get(t, ())]
    return []


def _misqualified(column: str, statement: exp.Expr, schema: SchemaInfo) -> str | None:
    """The issue of ``alias.column`` where the table behind the alias lacks the column and
    another table the query reads has it: "join it" would be wrong, that table is joined."""
    columns_of = schema.lowered_columns()
    name = column.lower()
    for scope in query_scopes(statement):
        read = scope_tables(scope)
        for used in scope.columns:
            table = read.get(used.table.lower()) if used.table else None
            if used.name.lower() != name or table is None or name in columns_of.get(table, ()):
                continue
            holders = [
                f"{alias}.{used.name}" for alias, t in read.items() if name in columns_of.get(t, ())
            ]
            if not holders:
                return None
            spelled = schema.declared_table(table)
            listing = ", ".join(schema.tables.get(spelled, ()))
            return (
                f"unknown column {used.sql()}: {spelled} has no {used.name} (it has: {listing}); "
                f"the query reads it as {' or '.join(holders)}"
            )
    return None


def _where_it_is(column: str, schema: SchemaInfo) -> str:
    """Point a repair at the table that has the column: the most useful fix for a small model,
    which often names a column of a table it did not join."""
    owners = [t for t, cols in schema.tables.items() if column.lower() in {c.lower() for c in cols}]
    if owners:
        return f" (the tables the query reads do not have it; {', '.join(owners)} does: join it)"
    return " (no table of the schema has it)"


def _dml_column_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    target = statement.this if not isinstance(statement.this, exp.Schema) else statement.this.this
    target_name = target.name if isinstance(target, exp.Table) else ""
    columns = {c.lower() for c in schema.tables.get(schema.declared_table(target_name), {})}
    all_columns = {c.lower() for cols in schema.tables.values() for c in cols}
    issues: list[str] = []
    if isinstance(statement.this, exp.Schema):
        for ident in statement.this.expressions:
            if isinstance(ident, exp.Identifier) and ident.name.lower() not in columns:
                issues.append(f"unknown column {target_name}.{ident.name}")
    for column in statement.find_all(exp.Column):
        if column.name.lower() not in all_columns and not column.table:
            issues.append(f"unknown column {column.name}")
    return issues
