"""A correction that reads the question: a row's id returned beside the name the question asks.

"How much does each clinic still owe? Give the clinic name and the unpaid total." answered
``SELECT c.clinic_id, c.name, SUM(...)`` returns a column nobody asked for: the question says
what to give, and the id is not in it. When the question spells out what to give ("Give the
... and the ...", "Return the ...") with a row's name among it (or its other
label, app.checking.labels: "the title", "the address"), and asks for no id or key, the
returned primary key of that row is dropped. The rows stay the rows they were: a grouped read
keeps its groups, and a DISTINCT read (two clinics of one name would merge) or one ordered by
position is left alone.
Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.labels import labels_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables

# "Give the clinic name and the unpaid total": what to give, item by item.
_SPELT_OUT = re.compile(
    r"\b(?:give|return)\s+(?:me\s+)?(?:the|their|its|his|her)\b[^.?!;]*", re.IGNORECASE
)
_IDS_ASKED = re.compile(r"\b(?:ids?|identifiers?|keys?|numbers? of each)\b", re.IGNORECASE)


def correct_unasked_keys(candidate: Candidate) -> list[str]:
    """Not a check: an id returned beside its row's name, where the question lists what to
    give without it, is dropped (and said so)."""
    return correct_asked(candidate, lambda s, q: drop_unasked_keys(s, q, candidate.schema))


def drop_unasked_keys(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Drop, in place, each returned key beside its own row's label (see the module); one
    note per key.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE c (c_id INT PRIMARY KEY, name TEXT)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT c.c_id, c.name FROM c")
    >>> [note] = drop_unasked_keys(query, "Which clinics? Give the clinic name.", schema)
    >>> query.sql()
    'SELECT c.name FROM c'
    """
    spelt = spells_out_columns(question)
    if not spelt or _IDS_ASKED.search(question):
        return []
    if not isinstance(statement, exp.Select) or statement.args.get("distinct"):
        return []
    order = statement.args.get("order")
    if order is not None and any(isinstance(o.this, exp.Literal) for o in order.expressions):
        return []  # ORDER BY 2 would then order by another column
    scopes = query_scopes(statement)
    if not scopes:
        return []
    read, columns = scope_tables(scopes[-1]), schema.lowered_columns()
    returned = [
        (projection, projection.unalias())
        for projection in statement.expressions
        if isinstance(projection.unalias(), exp.Column)
    ]
    owners = {
        id(column): (column.table.lower(), column_table(column, read, columns))
        for _, column in returned
    }
    notes: list[str] = []
    for projection, column in returned:
        alias, table = owners[id(column)]
        if table is None or schema.keys.primary_keys.get(table) != column.name.lower():
            continue
        if _spoken(column.name) in question.lower():
            continue  # "the order id", "each sample_id": asked in so many words
        # The label said among what to give: "the clinic name", "the title".
        labels = {
            label.lower()
            for label in labels_of(table, schema)
            if re.search(rf"\b{re.escape(_spoken(label).split()[-1])}s?\b", spelt)
        }
        named = [
            other
            for _, other in returned
            if other is not column
            and other.name.lower() in labels
            and owners[id(other)][1] == table
            and owners[id(other)][0] == alias
        ]
        if not named or len(statement.expressions) < 2:
            continue
        projection.pop()
        notes.append(
            f"dropped the returned {column.sql(schema.dialect)}: the question lists what to "
            f"give, {named[0].sql(schema.dialect)} among it, and no id"
        )
    return notes


def spells_out_columns(question: str) -> str:
    """The clauses in which ``question`` spells out what to give ("Give the clinic name and
    the total"), lowercased; "" when it says no such thing."""
    return " ".join(found.group(0).lower() for found in _SPELT_OUT.finditer(question))


def _spoken(name: str) -> str:
    return name.replace("_", " ").lower()
