"""A check after the identifier check: a condition that compares a column with itself.

``JOIN claims c ON c.policy_id = c.policy_id`` parses, names only real columns and runs, yet
joins every claim to every row of the other table: the model meant the other table's key. Such
a comparison is always true (for non-NULL values), so it is refused with an issue that says so,
and the repair round gets the chance to name the column it meant. The same holds for a
subquery of an IN that returns a column its own tables lack (``hotel_id IN (SELECT hotel_id
FROM reservations ...)``): the database reads it from the outer row, so every row is in its own
subquery. And a subquery's unqualified column compared with a value where its tables lack the
column (``... IN (SELECT task_id FROM time_entries WHERE status = 'done')``, no status in
time_entries): the condition filters the outer row, from inside a subquery that looks like it
filters its own. A column compared with itself for difference (``l.ip <> l.ip``, never true) or
subtracted from itself (``JULIANDAY(v.start) - JULIANDAY(v.start)``, or a constant from itself:
always 0) is refused too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.join_keys import TableKeys, join_path
from app.checking.scopes import query_scopes, scope_tables, source_column, tables_before


def self_comparison_issues(
    statement: exp.Expr, keys: TableKeys | None = None, columns: dict[str, set[str]] | None = None
) -> list[str]:
    """One issue per ``a.x = a.x`` in the statement; with the schema's ``columns``
    (lowercased, by table) also per ``x = t.x`` inside a subquery whose tables lack ``x``, which
    the database reads from the outer query's ``t``. A self comparison in a join's ON names the
    keys that link the joined table to the ones before it (with ``keys``).

    >>> import sqlglot
    >>> [issue] = self_comparison_issues(sqlglot.parse_one("SELECT 1 FROM a JOIN b ON b.k = b.k"))
    >>> issue.split(",")[0]
    'the condition b.k = b.k compares a column with itself'
    >>> self_comparison_issues(sqlglot.parse_one("SELECT 1 FROM a JOIN b ON a.k = b.k"))
    []
    >>> sql = "SELECT 1 FROM c WHERE EXISTS (SELECT 1 FROM i WHERE k = c.k)"
    >>> [issue] = self_comparison_issues(sqlglot.parse_one(sql), columns={"c": {"k"}, "i": {"a"}})
    >>> issue.split(",")[0]
    'the condition k = c.k compares c.k with itself (i has no k'
    """
    issues = []
    for scope in query_scopes(statement) if columns else []:
        for equality in scope.find_all(exp.EQ):
            left, right = equality.this, equality.expression
            if not (isinstance(left, exp.Column) and isinstance(right, exp.Column)):
                continue
            if _same_table_column(left, right):
                continue  # the plain case below
            found = _source_column(left, scope, columns or {})
            if found is not None and found == _source_column(right, scope, columns or {}):
                issues.append(_correlated_issue(equality, found, scope, keys, columns or {}))
        issues.extend(_outer_membership_issues(scope, keys, columns or {}))
        issues.extend(_own_membership_issues(scope, columns or {}))
        issues.extend(_outer_filter_issues(scope, columns or {}))
    for equality in statement.find_all(exp.EQ):
        left, right = equality.this, equality.expression
        if _same_table_column(left, right):
            issue = (
                f"the condition {equality.sql()} compares a column with itself, so it is always "
                "true: compare it with the matching column of the other table"
            )
            path = _joined_path(equality, keys, columns)
            issues.append(f"{issue} ({path})" if path else issue)
    for difference in statement.find_all(exp.Sub):
        left, right = difference.this, difference.expression
        if left.sql().lower() == right.sql().lower():  # a column, or a constant made twice
            issues.append(
                f"{difference.sql()} subtracts a value from itself, so it is always 0: a "
                "difference is between two columns (a start and an end) or two rows"
            )
    for inequality in statement.find_all(exp.NEQ, exp.GT, exp.LT):
        if _same_table_column(inequality.this, inequality.expression):
            issues.append(
                f"the condition {inequality.sql()} compares a column with itself, so it is never "
                "true: one row's value cannot differ from itself; compare it with another row's "
                "(a self-join on another column) or say what the question compares"
            )
    return issues


def _correlated_issue(
    equality: exp.EQ,
    found: tuple[int, str, str, str],
    scope: Scope,
    keys: TableKeys | None,
    columns: dict[str, set[str]],
) -> str:
    _, alias, table, name = found
    lacks, path = _read_from_outside(name, table, scope, keys, columns)
    issue = (
        f"the condition {equality.sql()} compares {alias}.{name} with itself ({lacks}, so it is "
        "read from the outer query), so it is always true: compare it with the matching column "
        "of the subquery's tables"
    )
    return f"{issue} ({path})" if path else issue


def _read_from_outside(
    name: str, table: str, scope: Scope, keys: TableKeys | None, columns: dict[str, set[str]]
) -> tuple[str, str]:
    """("i has no k", how the outer ``table`` links to the subquery's tables) for a column
    ``name`` a subquery reads from its outer query."""
    inner = sorted(set(scope_tables(scope).values()))
    lacks = f"{', '.join(inner)} {'has' if len(inner) == 1 else 'have'} no {name}"
    paths = [join_path(table, other, keys, columns) for other in inner] if keys else []
    return lacks, next((p for p in paths if p), "")


def _outer_membership_issues(
    scope: Scope, keys: TableKeys | None, columns: dict[str, set[str]]
) -> list[str]:
    """``x IN (SELECT c FROM t ...)`` where ``t`` has no ``c``: the database reads ``c`` from
    the outer query, so the subquery returns the outer row's own value and the IN holds for
    every row whenever the subquery finds any."""
    select = scope.expression
    parent = _membership(select)
    if not isinstance(select, exp.Select) or parent is None:
        return []
    if len(select.expressions) != 1 or not isinstance(select.expressions[0], exp.Column):
        return []
    found = source_column(select.expressions[0], scope, columns)
    if found is None or found[0] is scope:
        return []
    _, alias, table = found
    name = select.expressions[0].name.lower()
    lacks, path = _read_from_outside(name, table, scope, keys, columns)
    issue = (
        f"the subquery of {parent.this.sql()} IN (...) returns {alias}.{name}, but {lacks}, so "
        "it is read from the outer query: every row is in its own subquery whenever that finds "
        "a row. Return the matching column of the subquery's tables"
    )
    return [f"{issue} ({path})" if path else issue]


def _membership(select: exp.Expr) -> exp.In | None:
    """The ``IN`` whose subquery ``select`` is; None when it is none."""
    parent = select.parent.parent if isinstance(select.parent, exp.Subquery) else select.parent
    return parent if isinstance(parent, exp.In) else None


def _own_membership_issues(scope: Scope, columns: dict[str, set[str]]) -> list[str]:
    """``x NOT IN (SELECT x FROM t)`` where the outer ``x`` is ``t.x`` too: every row's value
    is among all of its table's values, so the condition is never true."""
    select = scope.expression
    membership = _membership(select)
    if membership is None or not isinstance(membership.parent, exp.Not):
        return []
    if scope.parent is None or len(select.expressions) != 1 or len(scope.sources) != 1:
        return []
    if any(select.args.get(part) for part in ("joins", "where", "group", "having", "limit")):
        return []
    inner, outer = select.expressions[0], membership.this
    if not (isinstance(inner, exp.Column) and isinstance(outer, exp.Column)):
        return []
    found = source_column(inner, scope, columns)
    around = source_column(outer, scope.parent, columns)
    if found is None or around is None or found[0] is not scope or around[0] is scope:
        return []
    if (found[2], inner.name.lower()) != (around[2], outer.name.lower()):
        return []
    return [
        f"the condition {membership.parent.sql()} is never true: the subquery returns every "
        f"{found[2]} row's {inner.name}, the outer row's among them, so no row is left. Say "
        "what the rows must lack: a column that is empty for them (IS NULL), or the table "
        "that records it"
    ]


# The binary comparisons of two values, as the rules that read conditions take them.
COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)


def _outer_filter_issues(scope: Scope, columns: dict[str, set[str]]) -> list[str]:
    """``status = 'done'`` in a subquery whose tables have no status: the unqualified column is
    the outer query's, so the subquery filters the outer row instead of its own."""
    if scope.parent is None:
        return []
    issues = []
    for comparison in scope.expression.find_all(*COMPARISONS):
        if comparison.find_ancestor(exp.Select) is not scope.expression:
            continue  # a nested subquery's own condition: its scope reads it
        for column, value in (
            (comparison.this, comparison.expression),
            (comparison.expression, comparison.this),
        ):
            if not isinstance(column, exp.Column) or column.table:
                continue
            if not isinstance(value, exp.Literal):
                continue
            found = source_column(column, scope, columns)
            if found is None or found[0] is scope:
                continue
            inner = sorted(set(scope_tables(scope).values()))
            issues.append(
                f"the subquery's condition {comparison.sql()} reads {column.name} from the outer "
                f"query's {found[2]} ({', '.join(inner)} {'has' if len(inner) == 1 else 'have'} "
                f"no {column.name}): move it to the outer query's WHERE, or compare a column of "
                "the subquery's tables"
            )
    return issues


def _same_table_column(left: exp.Expr, right: exp.Expr) -> bool:
    return (
        isinstance(left, exp.Column)
        and isinstance(right, exp.Column)
        and left.name.lower() == right.name.lower()
        and left.table.lower() == right.table.lower()
    )


def _source_column(
    column: exp.Column, scope: Scope, columns: dict[str, set[str]]
) -> tuple[int, str, str, str] | None:
    """(scope, alias, table, column) that ``column`` reads: in ``scope`` or, correlated, around
    it (``scopes.source_column``), comparable with another column's."""
    found = source_column(column, scope, columns)
    if found is None:
        return None
    return id(found[0]), found[1], found[2], column.name.lower()


def _joined_path(
    equality: exp.EQ, keys: TableKeys | None, columns: dict[str, set[str]] | None
) -> str:
    """How the table a join's ON belongs to links to the tables joined before it."""
    join = equality.find_ancestor(exp.Join)
    select = join.parent if join is not None else None
    if keys is None or not columns or join is None or not isinstance(select, exp.Select):
        return ""
    joined = join.this.name.lower() if isinstance(join.this, exp.Table) else ""
    for table in tables_before(select, join):
        if joined and table.name.lower() != joined:
            path = join_path(table.name.lower(), joined, keys, columns)
            if path:
                return path
    return ""


def compared_values(
    comparisons: Iterable[exp.Expr],
) -> Iterator[tuple[exp.Expr, list[exp.Expr]]]:
    """Each side of a comparison and what it is compared with: ``x IN (a, b)`` gives
    ``(x, [a, b])``; ``x = y`` (or any binary comparison) gives ``(x, [y])`` and ``(y, [x])``.

    >>> import sqlglot
    >>> tree = sqlglot.parse_one("SELECT 1 FROM t WHERE d IN (6, 7) AND 'x' = c")
    >>> pairs = compared_values(tree.find_all(exp.In, exp.EQ))
    >>> [(side.sql(), [v.sql() for v in values]) for side, values in pairs]
    [('d', ['6', '7']), ("'x'", ['c']), ('c', ["'x'"])]
    """
    for node in comparisons:
        if isinstance(node, exp.In):
            yield node.this, list(node.expressions)
        elif isinstance(node, exp.Binary):
            yield node.this, [node.expression]
            yield node.expression, [node.this]


def conjuncts(condition: exp.Expr) -> Iterator[exp.Expr]:
    """The conditions every row must meet: ``condition`` split at its ANDs, parentheses
    removed (an OR, a NOT or a subquery stays whole).

    >>> import sqlglot
    >>> where = sqlglot.parse_one("SELECT 1 FROM t WHERE a = 1 AND (b > 2 AND (c = 3 OR d = 4))")
    >>> [c.sql() for c in conjuncts(where.args["where"].this)]
    ['a = 1', 'b > 2', 'c = 3 OR d = 4']
    """
    if isinstance(condition, exp.And):
        yield from conjuncts(condition.this)
        yield from conjuncts(condition.expression)
    elif isinstance(condition, exp.Paren):
        yield from conjuncts(condition.this)
    else:
        yield condition
