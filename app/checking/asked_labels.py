"""A check that reads the question: "which department", answered with a department's id alone.

"Which department has posted the most jobs?" answered with ``SELECT department_id, COUNT(*)
FROM jobs GROUP BY department_id ORDER BY 2 DESC LIMIT 1`` runs and returns ``3``: the reader
asked which department and must look the number up. When the question asks which (or each)
rows of a table it names ("which candidates", "in each department"; the phrase rules of
app.checking.row_identity), the result gives those rows only by a key (the table's primary key,
or a key of another table pointing at it), and the table has a name or title column the result
does not return, the answer is refused with an issue naming that column and, where the query
does not read the table, the join. A question that asks for ids passes, and so does a table
with no name or title: its key is the best answer there is.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.row_identity import tables_asked_one_by_one
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables

_LABEL = re.compile(r"(?:name|title)$", re.IGNORECASE)
_IDS_ASKED = re.compile(r"\b(?:ids?|identifiers?|keys?)\b", re.IGNORECASE)


def unlabelled_key_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """The issues of a read that answers "which <table>" with the table's keys alone (none
    without a question, or where the table has no label to give)."""
    if not question or _IDS_ASKED.search(question) or not isinstance(statement, exp.Select):
        return []
    if any(p.find(exp.Star) and not p.find(exp.AggFunc) for p in statement.expressions):
        return []  # SELECT * returns the labels there are
    scopes = query_scopes(statement)
    if not scopes:
        return []
    read = scope_tables(scopes[-1])
    columns = schema.lowered_columns()
    keyed: dict[str, str] = {}  # table -> the returned key column that stands for its rows
    labelled: set[str] = set()
    for projection in statement.expressions:
        for column in projection.unalias().find_all(exp.Column):
            if column.find_ancestor(exp.AggFunc):
                continue
            owner = column_table(column, read, columns)
            if owner is None:
                return []  # unresolved: the identifier check judges it, not this one
            if _LABEL.search(column.name):
                labelled.add(owner)
            target = schema.keys.target(owner, column.name.lower())
            if target is not None:
                keyed.setdefault(target, column.sql(schema.dialect))
    unlabelled = [table for table in keyed if table not in labelled and _labels(table, schema)]
    return [
        _issue(table, keyed[table], table in read.values(), schema)
        for table in tables_asked_one_by_one(question, unlabelled)
    ]


def _labels(table: str, schema: SchemaInfo) -> list[str]:
    return [c for c in schema.columns_of(table) if _LABEL.search(c)]


def _issue(table: str, key: str, read: bool, schema: SchemaInfo) -> str:
    spelled = schema.declared_table(table)
    labels = " or ".join(f"{spelled}.{c}" for c in _labels(table, schema))
    owner = schema.table_schemas.get(table)
    join = "" if read else f" (join {owner + '.' if owner else ''}{spelled} on {key})"
    return (
        f"the question asks about {spelled}, but the result gives them only as {key}: "
        f"return {labels}{join}"
    )
