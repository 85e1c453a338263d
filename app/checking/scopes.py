"""The query scopes the checker's rules walk, and the schema tables each one reads by alias."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, traverse_scope


def query_scopes(statement: exp.Expr) -> list[Scope]:
    """sqlglot's scopes of ``statement``; none when it cannot resolve them."""
    try:
        return list(traverse_scope(statement))
    except (SqlglotError, RecursionError):
        return []


def select_scopes(statement: exp.Expr) -> Iterator[tuple[Scope, exp.Select]]:
    """Each scope of ``statement`` whose query is a SELECT, with that SELECT (set operations
    and the like left out)."""
    for scope in query_scopes(statement):
        if isinstance(scope.expression, exp.Select):
            yield scope, scope.expression


def write_target(statement: exp.Expr) -> exp.Table | None:
    """The table an INSERT, UPDATE, DELETE or MERGE writes; None for a read. Its subqueries'
    scopes have no parent, yet may read the target's row (a correlation)."""
    if not isinstance(statement, exp.Insert | exp.Update | exp.Delete | exp.Merge):
        return None
    target = statement.this.this if isinstance(statement.this, exp.Schema) else statement.this
    return target if isinstance(target, exp.Table) else None


def written_names(statement: exp.Expr) -> set[str]:
    """The names (lowercased) by which a write's subqueries may read the row it writes: its
    target's name and alias; none for a read."""
    target = write_target(statement)
    return {target.name.lower(), target.alias_or_name.lower()} if target is not None else set()


def scope_columns(scope: Scope) -> list[exp.Column]:
    """The scope's columns, with the bare ones of its HAVING that name no output of the SELECT:
    sqlglot leaves those out (a HAVING may name an output), yet ``HAVING COUNT(order_id)`` reads
    a table's column."""
    columns = list(scope.columns)
    select = scope.expression
    if not isinstance(select, exp.Select) or select.args.get("having") is None:
        return columns
    having = select.args["having"]
    outputs = {name.lower() for name in select.named_selects}
    for column in having.find_all(exp.Column):
        bare = not column.table and column.name.lower() not in outputs
        if bare and column.parent_select is select and all(column is not c for c in columns):
            columns.append(column)
    return columns


def scope_tables(scope: Scope) -> dict[str, str]:
    """Tables (not CTEs or subqueries) this scope reads: alias or name -> table, lowercased."""
    return {
        alias.lower(): source.name.lower()
        for alias, source in scope.sources.items()
        if isinstance(source, exp.Table)
    }


def tables_before(select: exp.Expr, join: exp.Join) -> list[exp.Table]:
    """The tables a SELECT reads in its FROM and in the joins before ``join`` (not subqueries)."""
    joins = list(select.args.get("joins") or [])
    nodes = [select.args.get("from_") or select.args.get("from"), *joins[: joins.index(join)]]
    return [node.this for node in nodes if node is not None and isinstance(node.this, exp.Table)]


def source_name(scope: Scope, alias: str) -> str | None:
    """The alias ``alias`` (lowercased, as ``scope_tables`` keys it) as ``scope`` declares it:
    sqlglot keeps aliases as written (``T2``), and unquoted ones match in any case."""
    return next((name for name in scope.sources if name.lower() == alias.lower()), None)


def scope_source(scope: Scope, alias: str) -> exp.Table | Scope | None:
    """The source ``alias`` names in ``scope`` (a table, or a subquery's or CTE's scope)."""
    name = source_name(scope, alias)
    return scope.sources[name] if name is not None else None


def source_columns(scope: Scope, alias: str, columns: Mapping[str, Collection[str]]) -> set[str]:
    """The lowercased column names of the source ``alias`` names in ``scope``: a table's (from
    ``columns``, as ``column_table`` takes them), a CTE's or subquery's output names; empty when
    unknown (a ``*`` output included)."""
    source = scope_source(scope, alias)
    if isinstance(source, exp.Table):
        return set(columns.get(source.name.lower(), ()))
    if isinstance(source, Scope) and isinstance(source.expression, exp.Query):
        names = {name.lower() for name in source.expression.named_selects}
        return set() if "*" in names else names
    return set()


def join_sides(join: exp.Join) -> tuple[exp.Column, exp.Column] | None:
    """(the joined table's column, the other column) of a join on one equality of two qualified
    columns, exactly one of them the joined table's (``JOIN t AS x ON x.k = y.k``); None for
    any other join."""
    condition, joined = join.args.get("on"), join.this
    if not isinstance(condition, exp.EQ) or not isinstance(joined, exp.Table):
        return None
    sides = (condition.this, condition.expression)
    if not all(isinstance(side, exp.Column) and side.table for side in sides):
        return None
    alias = joined.alias_or_name.lower()
    near = [side for side in sides if side.table.lower() == alias]
    far = [side for side in sides if side.table.lower() != alias]
    if len(near) != 1 or len(far) != 1:
        return None
    return near[0], far[0]


def column_table(
    column: exp.Column, read: dict[str, str], columns: Mapping[str, Collection[str]]
) -> str | None:
    """The schema table ``column`` reads from: by its qualifier (an alias of ``read``,
    ``scope_tables``), or as the one read table having it. ``columns``: lowercased column
    names by lowercased table."""
    name = column.name.lower()
    if column.table:
        table = read.get(column.table.lower())
        return table if table is not None and name in columns.get(table, ()) else None
    owners = {table for table in read.values() if name in columns.get(table, ())}
    return owners.pop() if len(owners) == 1 else None


def source_column(
    column: exp.Column, scope: Scope, columns: Mapping[str, Collection[str]]
) -> tuple[Scope, str, str] | None:
    """(scope, alias, table) of the table column ``column`` reads in ``scope`` or, correlated,
    in a scope around it; None when it reads none (a CTE's or subquery's column, an unknown
    name) or more than one table of a scope has it. ``columns``: as for ``column_table``."""
    name = column.name.lower()
    current: Scope | None = scope
    while current is not None:
        read = scope_tables(current)
        if column.table:
            if scope_source(current, column.table) is not None:
                table = read.get(column.table.lower())
                if table is None or name not in columns.get(table, ()):
                    return None
                return current, column.table.lower(), table
        else:
            owners = [(a, table) for a, table in read.items() if name in columns.get(table, ())]
            if len(owners) == 1:
                return current, owners[0][0], owners[0][1]
            if owners or _derived_output(current, name):
                return None  # ambiguous, or a derived table's or CTE's own column
        current = current.parent
    return None


def _derived_output(scope: Scope, name: str) -> bool:
    """Whether a derived table or CTE that ``scope`` reads returns a column ``name``."""
    for source in scope.sources.values():
        query = source.expression if isinstance(source, Scope) else None
        if isinstance(query, exp.Query):
            outputs = {output.lower() for output in query.named_selects}
            if name in outputs or "*" in outputs:
                return True
    return False


def free_alias(table: str, scope: Scope) -> str:
    """The table's own name unless the scope (or a scope around it) already uses it, counting
    the tables a correction has joined to the scope since sqlglot built it."""
    used = {
        joined.alias_or_name.lower()
        for joined in scope.expression.find_all(exp.Table)
        if joined.parent_select is scope.expression  # not a subquery's own tables
    }
    current: Scope | None = scope
    while current is not None:
        used |= {alias.lower() for alias in current.sources}
        current = current.parent
    if table not in used:
        return table
    return next(f"{table}_{n}" for n in range(2, 100) if f"{table}_{n}" not in used)


def restore_alias_case(statement: exp.Expr) -> None:
    """Write each column's qualifier as its source's alias is written (``T2.id``, not
    ``t2.id``), in place: the rules match aliases in any case and may write one lowercased,
    and MySQL's table aliases are case-sensitive. A quoted qualifier is left as it is."""
    for scope in query_scopes(statement):
        for column in scope.columns:
            qualifier = column.args.get("table")
            if not isinstance(qualifier, exp.Identifier) or qualifier.quoted:
                continue
            current: Scope | None = scope
            while current is not None:
                written = source_name(current, column.table)
                if written is not None:
                    if written != column.table:
                        column.set("table", exp.to_identifier(written))
                    break
                current = current.parent


def select_outputs(select: exp.Select) -> list[exp.Expr]:
    """What a SELECT returns or ranks by: its select list, HAVING and ORDER BY (not what it
    reads, joins, filters or groups by)."""
    having, order = select.args.get("having"), select.args.get("order")
    return [*select.expressions, *(node for node in (having, order) if node is not None)]


def aggregated(node: exp.Expr) -> bool:
    """Whether ``node`` is read inside an aggregate: its argument or its ``FILTER (WHERE ...)``
    (``COUNT(*) FILTER (WHERE u.backers_only)`` aggregates ``backers_only``)."""
    return node.find_ancestor(exp.AggFunc, exp.Filter) is not None
