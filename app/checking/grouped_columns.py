"""A check for PostgreSQL: a grouped query reading a column outside its groups and aggregates.

``SELECT a.full_name, COUNT(ca.claim_id) ... GROUP BY a.full_name ORDER BY ca.claim_id DESC``
fails on PostgreSQL ("column ca.claim_id must appear in the GROUP BY clause or be used in an
aggregate function"), while SQLite, on which the sandbox runs a pasted schema, takes some row's
value without a word. So for the postgres dialect, a column that the select list, HAVING or
ORDER BY of a grouped query reads is refused with an issue unless it is inside an aggregate or
a window, inside a grouped expression (``TO_CHAR(filed_at, 'MM')`` grouped as written), an
output name ORDER BY sorts by, or a column of a table whose primary key is grouped (PostgreSQL
accepts those: each group is one row of that table). A query grouped by position (``GROUP BY
1``) or by grouping sets is left to the database.

In every dialect, an aggregate of an aggregate of the same query (``HAVING SUM(x) = (SELECT
MAX(SUM(x)) FROM t)``, ``AVG(COUNT(*))``) is refused too: PostgreSQL, MySQL and SQLite all
reject it, and the sandbox forgives another dialect's errors, so the answer would pass unrun.
An aggregate over a window's (``SUM(SUM(x)) OVER ()``) is a window, and stays.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate
from app.checking.schema import SchemaInfo
from app.checking.scopes import aggregated, column_table, query_scopes, scope_tables


def reads_only_grouped_columns(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    statement = candidate.statements[0]
    return nested_aggregate_issues(statement) or ungrouped_column_issues(
        statement, candidate.schema
    )


def nested_aggregate_issues(statement: exp.Expr) -> list[str]:
    """One issue per aggregate whose argument aggregates the same query's rows again."""
    issues: list[str] = []
    for outer in statement.find_all(exp.AggFunc):
        if isinstance(outer.parent, exp.Window):
            continue
        select = outer.find_ancestor(exp.Select)
        inner = next(
            (
                node
                for node in outer.find_all(exp.AggFunc)
                if node is not outer and node.find_ancestor(exp.Select) is select
            ),
            None,
        )
        if inner is not None:
            issues.append(
                f"{outer.sql()} nests the aggregate {inner.sql()} in another, which the "
                "database refuses: compute the inner aggregate per group in a subquery or CTE, "
                "then aggregate its rows"
            )
    return issues


def ungrouped_column_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per column a grouped PostgreSQL query reads outside its groups."""
    if schema.dialect != "postgres":
        return []
    columns = schema.lowered_columns()
    issues: list[str] = []
    for scope in query_scopes(statement):
        select = scope.expression
        group = select.args.get("group") if isinstance(select, exp.Select) else None
        if group is None or not group.expressions:
            continue
        if any(
            not isinstance(key, (exp.Column, exp.Func, exp.Binary, exp.Paren, exp.Cast))
            for key in group.expressions
        ):
            continue  # GROUP BY 1, grouping sets: left to the database
        read = scope_tables(scope)
        outputs = {e.alias.lower(): e.unalias() for e in select.expressions if e.alias}
        grouped_sql, grouped_columns = set(), set()
        for key in group.expressions:
            if isinstance(key, exp.Column) and not key.table and key.name.lower() in outputs:
                key = outputs[key.name.lower()]  # PostgreSQL groups by an output name too
            grouped_sql.add(key.sql("postgres"))
            if isinstance(key, exp.Column):
                grouped_columns.add((column_table(key, read, columns), key.name.lower()))
        keyed = {
            table
            for table, name in grouped_columns
            if table is not None and schema.keys.primary_keys.get(table) == name
        }
        order = select.args.get("order")
        for place in (*select.expressions, select.args.get("having"), order):
            if place is None:
                continue
            for column in place.find_all(exp.Column):
                if column.find_ancestor(exp.Select) is not select and not _outer_reference(
                    column, select, read
                ):
                    continue  # a subquery's own column
                if aggregated(column) or column.find_ancestor(exp.Window) is not None:
                    continue
                if place is order and not column.table and column.name.lower() in outputs:
                    continue  # an output name
                if _inside_grouped(column, place, grouped_sql):
                    continue
                table = column_table(column, read, columns)
                if table is None or (table, column.name.lower()) in grouped_columns:
                    continue
                if table in keyed:
                    continue
                issues.append(
                    f"{column.sql('postgres')} is neither grouped nor aggregated, and "
                    "PostgreSQL refuses such a column in a grouped query: group by it, "
                    "aggregate it, or leave it out"
                )
    return list(dict.fromkeys(issues))


def _inside_grouped(column: exp.Column, place: exp.Expr, grouped: set[str]) -> bool:
    node: exp.Expr | None = column
    while node is not None:
        if node.sql("postgres") in grouped:
            return True
        if node is place:
            return False
        node = node.parent
    return False


def _outer_reference(column: exp.Column, select: exp.Expr, read: dict[str, str]) -> bool:
    """Whether a column inside a subquery of ``select`` reads one of ``select``'s own tables
    (``WHERE p.backer_id = b.backer_id``): PostgreSQL holds it to the outer query's groups."""
    alias = column.table.lower()
    if not alias or alias not in read:
        return False
    inner = column.find_ancestor(exp.Select)
    while inner is not None and inner is not select:
        own = {
            t.alias_or_name.lower() for t in inner.find_all(exp.Table) if t.parent_select is inner
        }
        if alias in own:
            return False  # the subquery's own table of that name
        inner = inner.parent.find_ancestor(exp.Select) if inner.parent is not None else None
    return inner is select
