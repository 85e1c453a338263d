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

A value that is a declared one spelt another way (``'IMAX'`` for ``'imax'``, ``'In Progress'``
for ``'in_progress'``) is not refused but respelt, and said so: it can only mean that one value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables

_LISTED = 12
"""Declared values listed in an issue at most."""


def compares_declared_values(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    return undeclared_value_issues(candidate.statements[0], candidate.schema)


def correct_declared_spellings(candidate: Candidate) -> list[str]:
    """Not a check: a declared value spelt in another case or with other separators is
    written as declared (and said so)."""
    return correct_read(candidate, lambda s: respell_declared_values(s, candidate.schema))


def respell_declared_values(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Rewrite, in place, each compared text that only one declared value of its column
    matches when case, spaces, ``_`` and ``-`` are ignored; one note per text.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE s (kind TEXT CHECK (kind IN ('imax', 'in_progress')))", "sqlite")
    >>> query = sqlglot.parse_one("SELECT * FROM s WHERE kind IN ('IMAX', 'In Progress')")
    >>> notes = respell_declared_values(query, schema)
    >>> query.sql()
    "SELECT * FROM s WHERE kind IN ('imax', 'in_progress')"
    """
    fold = value_fold(schema.dialect)
    notes: list[str] = []
    for compared in declared_comparisons(statement, schema):
        allowed = {fold(value) for value in compared.declared}
        for literal in compared.node.find_all(exp.Literal):
            if not literal.is_string or fold(literal.this) in allowed:
                continue
            said = spoken_value(literal.this)
            matching = [v for v in compared.declared if spoken_value(v) == said]
            if len(matching) != 1:
                continue
            was = literal.this
            literal.replace(exp.Literal.string(matching[0]))
            notes.append(
                f"'{was}' -> '{matching[0]}' ({compared.column.sql(schema.dialect)} holds "
                f"'{matching[0]}', the value declared for it)"
            )
    return notes


def spoken_value(value: str) -> str:
    """A declared value as a question says it: ``in_progress``, ``In-Progress`` -> "in progress"."""
    return re.sub(r"[\s_-]+", " ", value).strip().lower()


def undeclared_value_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per text value compared with a column that the DDL says never holds it."""
    fold = value_fold(schema.dialect)
    issues: list[str] = []
    for compared in declared_comparisons(statement, schema):
        allowed = {fold(value) for value in compared.declared}
        for value in compared.texts:
            if fold(value) in allowed:
                continue
            shown = ", ".join(f"'{v}'" for v in sorted(compared.declared)[:_LISTED])
            issues.append(
                f"{compared.column.sql(schema.dialect)} never holds '{value}': the schema "
                f"declares {schema.declared_table(compared.table)}.{compared.column.name} one "
                f"of {shown}; compare with the value that means what the question asks"
            )
    issues.extend(_disjoint_equalities(statement, schema))
    return list(dict.fromkeys(issues))


def _disjoint_equalities(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per equality of two columns whose declared values have none in common
    (``t.department = c.practice_type``): it matches no row."""
    if len(schema.declared_values) < 2:
        return []
    fold, columns = value_fold(schema.dialect), schema.lowered_columns()
    issues = []
    for scope in query_scopes(statement):
        read = scope_tables(scope)
        for node in scope.expression.find_all(exp.EQ):
            sides = (node.this, node.expression)
            if node.find_ancestor(exp.Select) is not scope.expression or not all(
                isinstance(side, exp.Column) for side in sides
            ):
                continue
            owners = [column_table(side, read, columns) or "" for side in sides]
            held = [
                schema.declared_values.get((owner, side.name.lower()), frozenset())
                for owner, side in zip(owners, sides, strict=True)
            ]
            if not all(held) or {fold(v) for v in held[0]} & {fold(v) for v in held[1]}:
                continue
            shown = [", ".join(f"'{v}'" for v in sorted(values)[:_LISTED]) for values in held]
            issues.append(
                f"{node.sql(schema.dialect)} matches no row: {sides[0].sql(schema.dialect)} is "
                f"one of {shown[0]} and {sides[1].sql(schema.dialect)} one of {shown[1]}, so no "
                "value is both: match columns that hold the same things"
            )
    return issues


@dataclass(frozen=True)
class DeclaredComparison:
    """A column whose text values the DDL declares, compared with text values."""

    node: exp.Expr
    """The ``=``, ``<>`` or ``IN``."""
    column: exp.Column
    texts: list[str]
    table: str
    """The column's table, lowercased."""
    declared: frozenset[str]


def declared_comparisons(statement: exp.Expr, schema: SchemaInfo) -> list[DeclaredComparison]:
    """Each ``=``, ``<>`` or ``IN`` comparing a column of declared values with text values,
    found in the scope whose own condition it is."""
    if not schema.declared_values:
        return []
    columns = schema.lowered_columns()
    found: list[DeclaredComparison] = []
    for scope in query_scopes(statement):
        read = scope_tables(scope)
        for node in scope.expression.find_all(exp.EQ, exp.NEQ, exp.In):
            if node.find_ancestor(exp.Select) is not scope.expression:
                continue  # a subquery's own comparisons: its scope reads them
            texts = compared_texts(node)
            if not texts:
                continue
            column = texts[0][0]
            owner = column_table(column, read, columns) or ""
            declared = schema.declared_values.get((owner, column.name.lower()))
            if declared:
                found.append(
                    DeclaredComparison(node, column, [t for _, t in texts], owner, declared)
                )
    return found


def value_fold(dialect: str) -> Callable[[str], str]:
    """How the database matches text values: MySQL's default collation ignores case."""
    return str.lower if dialect == "mysql" else (lambda text: text)


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
