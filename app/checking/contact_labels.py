"""A correction that reads the question: "which guests" answered with their email addresses.

"Which guests have never made a reservation?" answered with ``SELECT email FROM guests WHERE
...`` lists addresses where the question asked which guests: the reader wanted the people, by
name. When a read returns one column, an email address of the table whose rows the question
asks about one by one ("which guests", "each learner"; app.checking.row_identity), the
question does not ask for emails or contacts, and the table has name columns (``full_name``;
``first_name`` and ``last_name``), the address gives way to the names of the same row. Every
change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.labels import labels_of
from app.checking.row_identity import tables_asked_one_by_one
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables

_CONTACT = re.compile(r"e_?-?mail", re.IGNORECASE)
_CONTACT_ASKED = re.compile(r"\b(?:e-?mails?|contacts?|address(?:es)?|reach)\b", re.IGNORECASE)


def correct_contact_labels(candidate: Candidate) -> list[str]:
    """Not a check: "which <table>" answered with the rows' email addresses alone returns
    their names instead (and says so)."""
    return correct_asked(candidate, lambda s, q: name_returned_contacts(s, q, candidate.schema))


def is_contact(column: str) -> bool:
    """Whether a column of this name holds an email address."""
    return bool(_CONTACT.search(column))


def name_returned_contacts(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Replace, in place, a lone returned email of the rows asked about with their names.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE guests (guest_id INT PRIMARY KEY, full_name TEXT, email TEXT)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT g.email FROM guests AS g WHERE g.guest_id > 3")
    >>> [note] = name_returned_contacts(query, "Which guests booked twice?", schema)
    >>> query.sql()
    'SELECT g.full_name FROM guests AS g WHERE g.guest_id > 3'
    """
    if not isinstance(statement, exp.Select) or len(statement.expressions) != 1:
        return []
    if _CONTACT_ASKED.search(question) or statement.args.get("distinct"):
        return []
    column = statement.expressions[0]  # named by an alias, it may be ordered by that name
    if not isinstance(column, exp.Column) or not is_contact(column.name):
        return []
    scopes = query_scopes(statement)
    if not scopes:
        return []
    table = column_table(column, scope_tables(scopes[-1]), schema.lowered_columns())
    labels = labels_of(table, schema) if table is not None else []
    if table is None or not labels or not tables_asked_one_by_one(question, [table]):
        return []
    names = [exp.column(label, table=column.table or None) for label in labels]
    written = column.sql(schema.dialect)
    statement.set("expressions", names)
    shown = ", ".join(n.sql(schema.dialect) for n in names)
    return [
        f"the question asks which {schema.declared_table(table)}, not how to reach them: "
        f"{written} is returned as {shown}"
    ]
