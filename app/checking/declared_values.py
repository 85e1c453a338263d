"""A check after the identifier check: a text value the schema says its column never holds.

``CREATE TABLE tasks (..., status TEXT CHECK (status IN ('todo','in_progress','done')))``
and then ``WHERE t.status = 'completed'``: the SQL parses, names real columns and runs, and the
condition is never true (``<>`` always true), so the answer is empty or unfiltered without any
error. Small models write the word of the question ("completed", "Active") instead of the value
the schema declares. When a column's values are declared (a ``CHECK (column IN (...))``, also
PostgreSQL's ``column = ANY (ARRAY[...])``, an ENUM type, or a PostgreSQL enum type of a dump,
which app.dumps shows as a ``/* one of ... */`` comment) and the query compares it for
(in)equality or membership with a text value outside that list, the answer is refused with an
issue listing the declared values. Values are matched as the database does: exactly, except in
MySQL, whose default collation ignores case.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables

_LISTED = 12
"""Declared values listed in an issue at most."""


def compares_declared_values(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    return undeclared_value_issues(candidate.statements[0], candidate.schema)


def undeclared_value_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per text value compared with a column that the DDL says never holds it."""
    if not schema.declared_values:
        return []
    columns = schema.lowered_columns()
    fold = str.lower if schema.dialect == "mysql" else (lambda text: text)
    issues: list[str] = []
    for scope in query_scopes(statement):
        read = scope_tables(scope)
        for node in scope.expression.find_all(exp.EQ, exp.NEQ, exp.In):
            if node.find_ancestor(exp.Select) is not scope.expression:
                continue  # a subquery's own comparisons: its scope reads them
            for column, value in compared_texts(node):
                owner = column_table(column, read, columns)
                allowed = schema.declared_values.get((owner or "", column.name.lower()))
                if allowed is None or fold(value) in {fold(a) for a in allowed}:
                    continue
                shown = ", ".join(f"'{v}'" for v in sorted(allowed)[:_LISTED])
                issues.append(
                    f"{column.sql(schema.dialect)} never holds '{value}': the schema declares "
                    f"{schema.declared_table(owner or '')}.{column.name} one of {shown}; "
                    "compare with the value that means what the question asks"
                )
    return list(dict.fromkeys(issues))


def compared_texts(node: exp.Expr) -> list[tuple[exp.Column, str]]:
    """(column, text) of ``column = 'text'`` (either way round), ``<>``, or each text of
    ``column IN ('a', 'b')``."""
    if isinstance(node, exp.In):
        if not isinstance(node.this, exp.Column) or node.args.get("query"):
            return []
        return [
            (node.this, v.this)
            for v in node.expressions
            if isinstance(v, exp.Literal) and v.is_string
        ]
    for column, value in ((node.this, node.expression), (node.expression, node.this)):
        if isinstance(column, exp.Column) and isinstance(value, exp.Literal) and value.is_string:
            return [(column, value.this)]
    return []
