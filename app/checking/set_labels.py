"""A correction that reads the question: "which attendees" answered by a set operation of keys.

"Who attended both DevSummit 2024 and DevSummit 2025?" answered with ``SELECT a.attendee_id
... INTERSECT SELECT a.attendee_id ...``, and "Which attendees have never registered?" with
``SELECT email FROM attendees EXCEPT SELECT a.email FROM registrations ...``: the set
operation finds the right rows and returns them by a key or an address, where the question
asked which rows (or who), by name. The label rules (app.checking.key_labels,
contact_labels) rewrite one SELECT's columns; a set operation's columns must stay what its
sides compare. So the whole set operation becomes the rows it selects: ``SELECT a.full_name
FROM attendees AS a WHERE a.attendee_id IN (<the set operation>)``. That needs a set operation
of one column on each side, the column a key of (or pointing at) a table with a name or title,
or an email of it; the question asking which (each, every) of its rows, or who; and no ids,
emails or contacts asked for. Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.contact_labels import is_contact
from app.checking.labels import labels_of
from app.checking.row_identity import tables_asked_one_by_one
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables

_ASKED_AS_IS = re.compile(r"\b(?:ids?|identifiers?|keys?|e-?mails?|contacts?)\b", re.IGNORECASE)
_WHO = re.compile(r"^\W*(?:who|whom)\b", re.IGNORECASE)


def label_set_rows(
    statement: exp.Expr, question: str, schema: SchemaInfo
) -> tuple[exp.Expr, list[str]]:
    """``statement``, a set operation returning the rows asked about by a key or an email,
    as those rows' labels; as it is otherwise."""
    if not isinstance(statement, exp.SetOperation) or _ASKED_AS_IS.search(question):
        return statement, []
    if statement.args.get("order") or statement.args.get("limit"):
        return statement, []  # its order would be lost, and MariaDB takes no LIMIT inside IN
    found = _returned_column(statement, schema)
    if found is None:
        return statement, []
    table, column = found
    labels = labels_of(table, schema)
    asked = tables_asked_one_by_one(question, [table]) or _WHO.search(question)
    if not labels or not asked:
        return statement, []
    used = {t.alias_or_name.lower() for t in statement.find_all(exp.Table)}
    alias = table[0] if table[0] not in used else f"{table}_row"
    rows = exp.alias_(exp.to_table(schema.declared_table(table)), alias, table=True)
    labelled = (
        exp.select(*(exp.column(label, table=alias) for label in labels))
        .from_(rows)
        .where(exp.column(column, table=alias).isin(query=statement.copy()))
    )
    shown = ", ".join(labels)
    return labelled, [
        f"the question asks which {schema.declared_table(table)}, and the {statement.key.upper()} "
        f"returns them by {column}: it selects the rows whose {shown} is returned"
    ]


def _returned_column(statement: exp.SetOperation, schema: SchemaInfo) -> tuple[str, str] | None:
    """(table, column of that table) the set operation's one column stands for: a key of (or
    pointing at) the table, or its email; None for anything else."""
    first = statement
    while isinstance(first, exp.SetOperation):
        first = first.this
    if not isinstance(first, exp.Select) or len(first.expressions) != 1:
        return None
    if any(
        len(s.expressions) != 1 for s in statement.find_all(exp.Select) if s.parent_select is None
    ):
        return None
    projection = first.expressions[0].unalias()
    scopes = query_scopes(first)
    if not isinstance(projection, exp.Column) or not scopes:
        return None
    owner = column_table(projection, scope_tables(scopes[-1]), schema.lowered_columns())
    if owner is None:
        return None
    name = projection.name.lower()
    if is_contact(name):
        return owner, projection.name
    target = schema.keys.target(owner, name)
    key = schema.keys.primary_keys.get(target or "")
    if target is None or key is None:
        return None
    return target, next((c for c in schema.columns_of(target) if c.lower() == key), key)
