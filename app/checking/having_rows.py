"""A correction: a test of each row's value written in HAVING, where it belongs in WHERE.

``SELECT c.first_name, COUNT(a.account_id) FROM customers AS c JOIN accounts AS a ... GROUP BY
c.customer_id HAVING NOT opened_on IS NULL AND COUNT(a.account_id) > 1`` (the bank blind set)
tests a column of the rows being grouped, neither grouped nor aggregated, after grouping:
MySQL and MariaDB refuse it ("Unknown column 'opened_on' in 'having clause'"), PostgreSQL too,
and SQLite tests one arbitrary row of each group. A condition on a row's value is a WHERE
condition. So each HAVING condition (an operand of its ANDs) that has no aggregate, window,
subquery or function sqlglot does not know, and reads a column that is neither grouped nor an
output name, moves to WHERE; where WHERE has it already, it is dropped. One such test is not a
row's: a key of the grouped rows compared with a number (``GROUP BY company_name HAVING
member_id > 1`` for "companies with more than one member") says nothing of a row, since keys
are arbitrary numbers, and is the count it stands for: ``COUNT(DISTINCT member_id) > 1``.
Every change is reported with the answer.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.conditions import conjuncts
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, scope_tables, select_scopes


def correct_having_rows(candidate: Candidate) -> list[str]:
    """Not a check: a HAVING test of an ungrouped row value filters rows in WHERE."""
    return correct_read(candidate, lambda s: move_row_tests_to_where(s, candidate.schema))


def _unqualified(node: exp.Expr) -> str:
    bare = node.copy()
    for column in bare.find_all(exp.Column):
        column.set("table", None)
    return bare.sql()


def _ungrouped_row_test(
    condition: exp.Expr, grouped: set[str], names: set[str], owners: dict[str, int]
) -> bool:
    # An unnamed function may be an aggregate sqlglot does not know (SQLite's TOTAL).
    if condition.find(exp.AggFunc, exp.Window, exp.Select, exp.Anonymous):
        return False
    columns = list(condition.find_all(exp.Column))
    if any(not c.table and owners.get(c.name.lower(), 0) > 1 for c in columns):
        return False  # which table's column it is is the identifier check's to ask
    return any(
        _unqualified(column) not in grouped
        and not (not column.table and column.name.lower() in names)
        for column in columns
    )


def move_row_tests_to_where(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Move, in place, each HAVING test of ungrouped row values to WHERE; one note each.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE c (id INT); CREATE TABLE a (c_id INT, opened DATE, closed DATE)",
    ...     "sqlite")
    >>> query = sqlglot.parse_one(
    ...     "SELECT c.id, COUNT(*) FROM c JOIN a ON a.c_id = c.id WHERE a.closed IS NULL "
    ...     "GROUP BY c.id HAVING NOT a.opened IS NULL AND COUNT(*) > 1")
    >>> [note] = move_row_tests_to_where(query, schema)
    >>> query.args["where"].sql(), query.args["having"].sql()
    ('WHERE a.closed IS NULL AND NOT a.opened IS NULL', 'HAVING COUNT(*) > 1')
    """
    notes: list[str] = []
    columns = schema.lowered_columns()
    for scope, select in select_scopes(statement):
        owners: dict[str, int] = {}
        for table in scope_tables(scope).values():
            for column in columns.get(table, ()):
                owners[column] = owners.get(column, 0) + 1
        having, group = select.args.get("having"), select.args.get("group")
        if having is None or group is None or group.args.get("grouping_sets"):
            continue
        grouped = {_unqualified(key) for key in group.expressions}
        names = {projection.alias.lower() for projection in select.expressions if projection.alias}
        tests = list(conjuncts(having.this))
        moved = [test for test in tests if _ungrouped_row_test(test, grouped, names, owners)]
        counted = {id(t): c for t in moved if (c := _key_count(t, scope_tables(scope), schema))}
        if not moved:
            continue
        kept = [
            counted.get(id(test), test)
            for test in tests
            if id(test) in counted or not any(test is m for m in moved)
        ]
        notes += [
            f"HAVING {test.sql()} -> HAVING {counted[id(test)].sql()}: a key's value says nothing "
            "of a group; the number is how many rows it has"
            for test in moved
            if id(test) in counted
        ]
        moved = [test for test in moved if id(test) not in counted]
        select.set("having", exp.Having(this=exp.and_(*kept, copy=False)) if kept else None)
        where = select.args.get("where")
        present = {_unqualified(c) for c in conjuncts(where.this)} if where is not None else set()
        for test in moved:
            if _unqualified(test) in present:
                notes.append(f"dropped HAVING {test.sql()}: WHERE tests each row for it already")
                continue
            select.where(test, copy=False)
            notes.append(
                f"HAVING {test.sql()} -> WHERE {test.sql()}: it tests each row's value, which "
                "is neither grouped nor aggregated, so it filters rows before grouping"
            )
    return notes


def _key_count(test: exp.Expr, tables: dict[str, str], schema: SchemaInfo) -> exp.Expr | None:
    """``COUNT(DISTINCT key) > n`` for ``key > n``, a comparison of a table's primary key with
    a number; None for any other test."""
    if not isinstance(test, exp.GT | exp.GTE | exp.LT | exp.LTE | exp.EQ):
        return None
    key, number = test.this, test.expression
    if not isinstance(key, exp.Column) or not isinstance(number, exp.Literal) or number.is_string:
        return None
    table = column_table(key, tables, schema.lowered_columns())
    if table is None or schema.keys.primary_keys.get(table) != key.name.lower():
        return None
    count = test.copy()
    count.set("this", exp.Count(this=exp.Distinct(expressions=[key.copy()])))
    return count
