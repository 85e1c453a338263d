"""A check after the identifier check: a sum or an average of a key or of a date; a figure of keys.

Asked "which customer spent the most?", a small model writes ``SUM(o.order_id)``: it parses,
names a real column and runs, and adds up identifiers. A key is a label, not a quantity: no
question is answered by the sum or the mean of ids. A ``SUM`` or ``AVG`` whose argument is a key
column (a table's own one-column primary key, a declared foreign key, or a column named like
another table's primary key: app.checking.join_keys ``TableKeys.target``) is refused with an
issue naming the numeric columns of the tables the query reads, so the repair round can pick
the quantity meant. A key in the aggregate's arithmetic counts too
(``SUM(o.order_id * o.qty)``, a repair's way round the issue); a key in a condition does not
(``SUM(CASE WHEN id > 3 THEN 1 END)`` counts rows). ``COUNT``, ``MIN`` and ``MAX`` of a key
stay allowed (how many, the first, the latest). SQLite's ``TOTAL`` is a ``SUM``. When the
tables read hold no amount, the issue lists the schema's. The sum or average of a date or time
column, bare or added into an amount (``SUM(o.placed_at)``, ``SUM(o.shipping + o.delivered_at)``
for "spent the most"), is refused the same way, and so, in
PostgreSQL, is the sum or average of text (``SUM(SUBSTRING(r.body FROM 1 FOR 3))`` for
"revenue"), which PostgreSQL cannot add up (``function sum(text) does not exist``). A returned
figure computed from a key outside any aggregate or function (``car_id * car_id AS cost``,
``plan_id - data_gb`` for "by how many GB") is refused the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlglot import exp

from app.checking.join_keys import TableKeys
from app.checking.policy import DML_ROOTS
from app.checking.scopes import column_table, query_scopes, scope_tables
from app.checking.types import DATE_TYPE, NUMERIC_TYPE, TEXT_TYPE

# Declared dates and times (types.DATE_TYPE) are no amounts: a sum of them answers nothing.
# (PostgreSQL's intervals add up. Text is left alone: SQLite tables loaded from CSV declare
# numbers as TEXT, and a named database's view column of no declared type is shown as TEXT.)
# Dialects with no SUM or AVG of text (SQLite and MySQL read text as numbers).
_TYPED_SUMS = frozenset({"postgres", "duckdb"})
# Functions whose value is text when their first argument is.
_TEXT_FUNCTIONS = (exp.Substring, exp.Trim, exp.Upper, exp.Lower, exp.Left, exp.Right, exp.Replace)
MAX_LISTED = 12
"""Numeric columns named in one issue: enough to choose from, short enough for the prompt."""


def summed_key_issues(
    statement: exp.Expr, keys: TableKeys, tables: dict[str, dict[str, str]], dialect: str = ""
) -> list[str]:
    """One issue per ``SUM``/``AVG`` of a bare key column in ``statement``.

    ``tables``: the schema's column types by table (``SchemaInfo.tables``, names as declared).
    """
    types = {t.lower(): {c.lower(): kind for c, kind in cols.items()} for t, cols in tables.items()}
    issues: list[str] = []
    for scope in query_scopes(statement):
        read = scope_tables(scope)
        for aggregate in scope.find_all(exp.Sum, exp.Avg, exp.Anonymous):
            if isinstance(aggregate, exp.Anonymous) and not _is_total(aggregate):
                continue
            for column in _summed_columns(aggregate):
                table = column_table(column, read, types)
                if table is not None and keys.target(table, column.name.lower()) is not None:
                    issues.append(_issue(aggregate, table, column.name, read, keys, types))
                    break
            else:
                issues.extend(_non_number_issues(aggregate, read, keys, types))
                if dialect in _TYPED_SUMS:
                    issues.extend(_text_issues(aggregate, read, keys, types, dialect))
        if not isinstance(statement, DML_ROOTS):  # a write may number new rows from keys
            issues.extend(_computed_key_issues(scope.expression, read, keys, types))
    return list(dict.fromkeys(issues))  # one issue for an aggregate both returned and ordered by


def _computed_key_issues(
    select: exp.Expr, read: dict[str, str], keys: TableKeys, types: dict[str, dict[str, str]]
) -> list[str]:
    """``c.car_id * c.car_id AS cost``, ``s.plan_id - u.data_gb``: a returned figure computed
    from a key, outside any aggregate or function (which the rules above judge)."""
    if not isinstance(select, exp.Select):
        return []
    for projection in select.expressions:
        for column in projection.find_all(exp.Column):
            parent = column.parent
            while isinstance(parent, (exp.Paren, exp.Cast)):
                parent = parent.parent
            if not isinstance(parent, (exp.Add, exp.Sub, exp.Mul, exp.Div)):
                continue
            if column.find_ancestor(exp.Func, exp.Predicate, exp.Subquery) is not None:
                continue
            table = column_table(column, read, types)
            if table is not None and keys.target(table, column.name.lower()) is not None:
                return [_issue(parent, table, column.name, read, keys, types, verb="computes with")]
    return []


def _non_number_issues(
    aggregate: exp.Expr, read: dict[str, str], keys: TableKeys, types: dict[str, dict[str, str]]
) -> list[str]:
    """``SUM(o.placed_at)``, ``SUM(o.shipping + o.delivered_at)``: the sum or average of a date
    or time column, bare or added into the amount (a difference of two is a duration: left)."""
    for column in _added_columns(aggregate):
        table = column_table(column, read, types)
        declared = types.get(table, {}).get(column.name.lower(), "") if table else ""
        if table and DATE_TYPE.search(declared) and not NUMERIC_TYPE.search(declared):
            what = f"a {declared} column"
            return [_issue(aggregate, table, column.name, read, keys, types, what=what)]
    return []


def _added_columns(aggregate: exp.Expr) -> list[exp.Column]:
    """The columns an aggregate adds up as they are: its argument, or a term added to, or
    multiplied or divided by, another (``shipping + delivered_at - ordered_at`` adds a point in
    time); not inside a function, nor one side of a difference (``end - start``, a duration),
    nor added to an interval."""
    arithmetic = (exp.Paren, exp.Cast, exp.Add, exp.Sub, exp.Mul, exp.Div, exp.Neg)
    found = []
    for column in _argument(aggregate).find_all(exp.Column):
        ancestors = _ancestors(column, aggregate)
        if not all(isinstance(node, arithmetic) for node in ancestors):
            continue
        operation = next((n for n in ancestors if not isinstance(n, (exp.Paren, exp.Cast))), None)
        if operation is None or (
            isinstance(operation, (exp.Add, exp.Mul, exp.Div)) and not operation.find(exp.Interval)
        ):
            found.append(column)
    return found


def _text_issues(
    aggregate: exp.Expr,
    read: dict[str, str],
    keys: TableKeys,
    types: dict[str, dict[str, str]],
    dialect: str,
) -> list[str]:
    """``SUM(SUBSTRING(r.body ...))`` in a dialect that cannot add text up."""
    summed = _summed_column(aggregate, (exp.Paren, *_TEXT_FUNCTIONS), read, types)
    if summed is None or not TEXT_TYPE.search(summed[2]):
        return []
    table, name, declared = summed
    what = f"a {declared} column, which {dialect} cannot add up"
    return [_issue(aggregate, table, name, read, keys, types, what=what)]


def _summed_column(
    aggregate: exp.Expr,
    wrappers: tuple[type[exp.Expr], ...],
    read: dict[str, str],
    types: dict[str, dict[str, str]],
) -> tuple[str, str, str] | None:
    """(table, column, declared type) of the column an aggregate's argument is, once the
    ``wrappers`` around it are taken off; None for any other argument."""
    argument = _argument(aggregate)
    while isinstance(argument, wrappers):
        argument = argument.this
    if not isinstance(argument, exp.Column):
        return None
    table = column_table(argument, read, types)
    if table is None:
        return None
    return table, argument.name, types.get(table, {}).get(argument.name.lower(), "")


def _is_total(function: exp.Anonymous) -> bool:
    """SQLite's ``TOTAL(x)``: ``SUM`` in floating point, which sqlglot leaves unnamed."""
    return function.name.upper() == "TOTAL" and len(function.expressions) == 1


def _argument(aggregate: exp.Expr) -> exp.Expr:
    argument: exp.Expr = (
        aggregate.expressions[0] if isinstance(aggregate, exp.Anonymous) else aggregate.this
    )
    return argument


def _summed_columns(aggregate: exp.Expr) -> list[exp.Column]:
    """The columns whose values the aggregate adds up: in its argument, bare or in arithmetic
    (``SUM(o.order_id * o.qty)``), but not in a condition (``SUM(CASE WHEN id > 3 THEN 1 END)``
    counts, it does not add ids)."""
    return [
        column
        for column in _argument(aggregate).find_all(exp.Column)
        if not any(isinstance(node, exp.Predicate) for node in _ancestors(column, aggregate))
    ]


def _ancestors(node: exp.Expr, stop: exp.Expr) -> list[exp.Expr]:
    found = []
    parent = node.parent
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parent
    return found


def _issue(
    aggregate: exp.Expr,
    table: str,
    column: str,
    read: dict[str, str],
    keys: TableKeys,
    types: dict[str, dict[str, str]],
    what: str = "a key that identifies rows: ids are labels, not amounts",
    verb: str = "",
) -> str:
    function = "average" if isinstance(aggregate, exp.Avg) else "sum"
    verb = verb or f"takes the {function} of"
    quantities = _quantities(dict.fromkeys(read.values()), keys, types)
    where = "the tables it reads"
    if not quantities:  # the amount lives in a table the query does not read yet
        quantities, where = _quantities(types, keys, types), "the schema"
    hint = f"; the numeric columns of {where} are {', '.join(quantities)}" if quantities else ""
    return (
        f"{aggregate.sql()} {verb} {table}.{column}, {what}. Use the column "
        f"holding the quantity the question asks about (COUNT to count rows){hint}"
    )


def _quantities(
    tables: Iterable[str], keys: TableKeys, types: dict[str, dict[str, str]]
) -> list[str]:
    """Up to MAX_LISTED ``table.column`` of numeric columns that are no keys."""
    return [
        f"{name}.{col}"
        for name in tables
        for col, kind in types.get(name, {}).items()
        if NUMERIC_TYPE.search(kind or "") and keys.target(name, col) is None
    ][:MAX_LISTED]
