"""A correction that reads the question: the column it spells out, returned in another's place.

"Which farms are still members? Give the farm name and the owner's name" was answered with
``SELECT f.field_name, m.owner_name FROM fields AS f JOIN members AS m ...``: the query reads
``members``, whose ``farm_name`` is what was asked, and returns the field's name instead. When a
"Give the ..." or "Return the ..." clause names a column word for word ("farm name" for
``farm_name``; names of two words or more, so that a bare "name" settles nothing), exactly one
table the query reads has it, and the select list does not return it but returns, in its place,
one plain column of another table with the same last word (``field_name``) that the clause
does not name, that column is replaced by the one asked for (in the ORDER BY too, so that a
table read for nothing else is left to the fanned-rows correction). Every change is reported
with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.row_identity import spoken_name
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables, source_column
from app.checking.unasked_keys import spells_out_columns


def correct_asked_columns(candidate: Candidate) -> list[str]:
    """Not a check: a column the question spells out replaces its namesake of another table."""
    return correct_asked(candidate, lambda s, q: return_asked_columns(s, q, candidate.schema))


def return_asked_columns(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Replace, in place, each returned column standing where the spelt-out one belongs.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE m (id INT PRIMARY KEY, farm_name TEXT, owner_name TEXT);"
    ...     "CREATE TABLE f (id INT PRIMARY KEY, m_id INT REFERENCES m (id), field_name TEXT)",
    ...     "sqlite")
    >>> query = sqlglot.parse_one(
    ...     "SELECT f.field_name, m.owner_name FROM f JOIN m ON f.m_id = m.id")
    >>> return_asked_columns(query, "Give the farm name and the owner's name.", schema)
    ['f.field_name -> m.farm_name (the question asks for the farm name)']
    """
    clause = spells_out_columns(question)
    scopes = query_scopes(statement)
    if not clause or not scopes or not isinstance(statement, exp.Select):
        return []
    scope, columns = scopes[-1], schema.lowered_columns()
    read = scope_tables(scope)
    notes: list[str] = []
    for table in sorted(set(read.values())):
        for column in sorted(columns.get(table, ())):
            said = spoken_name(column)
            if " " not in said or not re.search(rf"\b{re.escape(said)}\b", clause):
                continue
            owners = [t for t in set(read.values()) if column in columns.get(t, ())]
            aliases = [a for a, t in read.items() if t == table]
            if owners != [table] or len(aliases) != 1:
                continue
            returned = [p.unalias() for p in statement.expressions]
            if any(isinstance(p, exp.Column) and p.name.lower() == column for p in returned):
                continue
            last = said.split()[-1]
            stand_ins = []
            for projection in returned:
                if not isinstance(projection, exp.Column):
                    continue
                found = source_column(projection, scope, columns)
                name = spoken_name(projection.name)
                if found is None or found[2] == table or name.split()[-1] != last:
                    continue
                if not re.search(rf"\b{re.escape(name)}\b", clause):
                    stand_ins.append(projection)
            if len(stand_ins) != 1:
                continue
            asked, stand_in = exp.column(column, table=aliases[0]), stand_ins[0].sql()
            notes.append(f"{stand_in} -> {asked.sql()} (the question asks for the {said})")
            order = statement.args.get("order")
            for sorted_by in list(order.find_all(exp.Column)) if order is not None else []:
                if sorted_by.sql() == stand_in:
                    sorted_by.replace(asked.copy())  # sorted as returned
            stand_ins[0].replace(asked)
    return notes
