"""A correction on the answer's shape: a group key that the group's own figures test.

"For each campaign with updates, give the number of updates and how many are for backers
only" answered with ``SELECT c.title, COUNT(*), COUNT(CASE WHEN u.backers_only THEN 1 END)
... GROUP BY c.title, u.backers_only`` runs and returns two rows per campaign: one of its
updates for backers only, one of the others. Grouping by a column holds it to one value in each
group, so a condition on it inside the group's aggregates (``CASE WHEN u.backers_only``,
``FILTER (WHERE u.backers_only)``) can only be all true or all false: the model meant to count
a part of each group, not to split the groups. When a query groups by several keys and one of
them is a plain column that the query reads only in conditions inside its aggregates (never
returned, never read outside an aggregate), and the column is no key of its table, it is
dropped from the GROUP BY. Every change is reported with the answer.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import (
    aggregated,
    column_table,
    scope_tables,
    select_outputs,
    select_scopes,
)


def correct_tested_groups(candidate: Candidate) -> list[str]:
    """Not a check: a group key the group's aggregates test is dropped (and said so)."""
    return correct_read(candidate, lambda s: drop_tested_group_keys(s, candidate.schema))


def drop_tested_group_keys(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Drop, in place, each group key read only in conditions inside the aggregates.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE u (id INT PRIMARY KEY, c_id INT, only_b BOOLEAN);"
    ...     "CREATE TABLE c (id INT PRIMARY KEY, title TEXT)", "postgres")
    >>> query = sqlglot.parse_one("SELECT c.title, COUNT(*), COUNT(CASE WHEN u.only_b THEN 1 END)"
    ...     " FROM c JOIN u ON u.c_id = c.id GROUP BY c.title, u.only_b")
    >>> drop_tested_group_keys(query, schema)
    ['u.only_b dropped from GROUP BY: the aggregates count the rows where it holds within each group, and grouping by it would split the groups by it']
    >>> query.sql()
    'SELECT c.title, COUNT(*), COUNT(CASE WHEN u.only_b THEN 1 END) FROM c JOIN u ON u.c_id = c.id GROUP BY c.title'
    """  # noqa: E501
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        group = select.args.get("group")
        if group is None or len(group.expressions) < 2:
            continue
        read = scope_tables(scope)
        for key in list(group.expressions):
            if not isinstance(key, exp.Column) or len(group.expressions) < 2:
                continue
            table = column_table(key, read, columns)
            if table is None or _is_key(table, key.name.lower(), schema):
                continue
            if not _only_tested_in_aggregates(select, key):
                continue
            key.pop()
            notes.append(
                f"{key.sql(schema.dialect)} dropped from GROUP BY: the aggregates count the rows "
                "where it holds within each group, and grouping by it would split the groups by it"
            )
    return notes


def _is_key(table: str, column: str, schema: SchemaInfo) -> bool:
    return (
        schema.keys.primary_keys.get(table) == column
        or schema.keys.target(table, column) is not None
    )


def _only_tested_in_aggregates(select: exp.Select, key: exp.Column) -> bool:
    """Whether ``select`` reads ``key`` (outside its GROUP BY) only in a condition inside an
    aggregate, at least once."""
    tested = False
    for place in select_outputs(select):
        for column in place.find_all(exp.Column):
            if column.find_ancestor(exp.Select) is not select or not _same(column, key):
                continue
            if not aggregated(column) or not _in_condition(column):
                return False
            tested = True
    return tested


def _same(column: exp.Column, key: exp.Column) -> bool:
    if column.name.lower() != key.name.lower():
        return False
    return not column.table or not key.table or column.table.lower() == key.table.lower()


def _in_condition(column: exp.Column) -> bool:
    """Whether ``column`` sits in a CASE's WHEN, an IF's test or an aggregate's FILTER."""
    node: exp.Expr = column
    while node.parent is not None and not isinstance(node, exp.AggFunc):
        parent = node.parent
        if isinstance(parent, exp.If) and parent.this is node:
            return True
        if isinstance(parent, exp.Where) and isinstance(parent.parent, exp.Filter):
            return True
        node = parent
    return False
