"""A correction on the answer's shape: groups made by a name, where the name stands for a row.

"Which observers have recorded more than 5 different species? Return their first name, last
name and the number" answered with ``... GROUP BY o.first_name, o.last_name`` merges two
observers who share a name into one group and counts their species together: the question
asked about observers, not about names. When a grouped read groups by the label columns of a
table it reads (its names or title, not a code: ``line_code`` may name a production line
its machines share) and not by that table's primary key,
and everything it aggregates belongs to other tables joined to it (each of its rows stands for
a group of theirs), the key joins the ``GROUP BY``: one group per row, the same groups wherever
names are unique. A table whose own columns are aggregated ("how many employees share each
first name") groups by the name on purpose, and is left alone, as is a query that also groups
by anything but columns (a month, an expression). Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, scope_tables, select_outputs, select_scopes

NAME = re.compile(r"(?:name|title)$", re.IGNORECASE)
"""A row's name or title; a code or a number may name a category (``line_code``)."""


def correct_name_groups(candidate: Candidate) -> list[str]:
    """Not a check: a group made by a row's name is made by its key too."""
    return correct_read(candidate, lambda s: group_rows_by_key(s, candidate.schema))


def group_rows_by_key(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Add, in place, the key of each table a grouped read groups by the labels of (see the
    module); one note each.

    >>> from app.checking.schema import parse_schema
    >>> import sqlglot
    >>> schema = parse_schema(
    ...     "CREATE TABLE people (person_id INT PRIMARY KEY, full_name TEXT);"
    ...     "CREATE TABLE visits (visit_id INT PRIMARY KEY, person_id INT)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT p.full_name, COUNT(v.visit_id) FROM people p "
    ...     "JOIN visits v ON v.person_id = p.person_id GROUP BY p.full_name")
    >>> group_rows_by_key(query, schema)[0].split(" (")[0]
    'GROUP BY p.full_name -> GROUP BY p.full_name, p.person_id'
    """
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        group = select.args.get("group")
        if group is None or not select.args.get("joins"):
            continue
        keys = group.expressions
        if not keys or not all(isinstance(key, exp.Column) for key in keys):
            continue
        read = scope_tables(scope)
        if any(_is_key(key, read, columns, schema) for key in keys):
            continue  # the groups are rows already: a name beside the key is that row's
        for alias, table in _named_tables(keys, read, columns).items():
            key = schema.keys.primary_keys.get(table)
            if key is None or any(_keys_table(k, table, read, columns, schema) for k in keys):
                continue  # grouped by a key to the table: its rows are the groups already
            if _aggregates_own_rows(select, alias, read, columns):
                continue
            before = group.sql()
            written = next(k.table for k in keys if k.table.lower() == alias)
            group.append("expressions", exp.column(key, table=written or None))
            notes.append(
                f"{before} -> {group.sql()} (two rows of {table} may share a name: each is a "
                "group of its own)"
            )
    return notes


def _keys_table(
    column: exp.Column,
    table: str,
    read: dict[str, str],
    columns: dict[str, set[str]],
    schema: SchemaInfo,
) -> bool:
    """Whether ``column`` is a key pointing at ``table``'s rows (``jobs.department_id`` for
    ``departments``)."""
    owner = column_table(column, read, columns)
    return owner is not None and schema.keys.target(owner, column.name.lower()) == table


def _is_key(
    column: exp.Column, read: dict[str, str], columns: dict[str, set[str]], schema: SchemaInfo
) -> bool:
    table = column_table(column, read, columns)
    return table is not None and schema.keys.primary_keys.get(table) == column.name.lower()


def _named_tables(
    keys: list[exp.Column], read: dict[str, str], columns: dict[str, set[str]]
) -> dict[str, str]:
    """alias -> table of each table (qualified in the GROUP BY) some grouped label is of."""
    named: dict[str, str] = {}
    for key in keys:
        table = column_table(key, read, columns)
        if key.table and table is not None and NAME.search(key.name):
            named[key.table.lower()] = table
    return named


def _aggregates_own_rows(
    select: exp.Select, alias: str, read: dict[str, str], columns: dict[str, set[str]]
) -> bool:
    """Whether the SELECT aggregates the rows of ``alias`` itself (a column of it inside an
    aggregate), or aggregates nothing. ``COUNT(*)`` counts the joined rows, as many per group
    as the other tables give."""
    aggregates = [a for node in select_outputs(select) for a in node.find_all(exp.AggFunc)]
    if not aggregates:
        return True
    for aggregate in aggregates:
        for column in aggregate.find_all(exp.Column):
            if column.table:
                own = column.table.lower() == alias
            else:
                own = column_table(column, read, columns) == read.get(alias)
            if own:
                return True
    return False
