"""A correction that reads the question: the current row of a table that keeps a history.

A table that keeps each value's history marks the span a row held by two dates, the end NULL
for the row that holds now: a salary history's ``effective_from`` / ``effective_to``, a price
list's ``valid_from`` / ``valid_to``. Asked "For every current employee, return ... their current
annual salary", a small model joins the history and returns every salary each employee ever
had. When the question says "current" before words that name such a table or one of its own
columns ("current annual salary" for ``annual_salary_pence``; keys and the two dates do not
count), each query level that reads the table and never reads the end column keeps the rows
whose end is NULL. A table on the outer side of a join is left alone. Every change is reported
with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.event_dates import word_root
from app.checking.event_states import reads_column, stated_reads
from app.checking.row_identity import singular_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import source_name
from app.checking.types import DATE_TYPE, date_aware_types

_ENDS = frozenset({"to", "until", "till", "thru", "end", "ends", "ended"})
_STARTS = frozenset({"from", "start", "starts", "started", "begin", "begins", "since"})
# "current" and the few words after it, up to a comma or the end of a clause.
_CURRENT = re.compile(r"\bcurrent(?:ly)?\s+((?:[a-z']+\s*){1,3})", re.IGNORECASE)


def correct_valid_ranges(candidate: Candidate) -> list[str]:
    """Not a check: a history table's rows the question asks the current one of keep the row
    whose end is NULL (and say so)."""
    return correct_asked(candidate, lambda s, q: current_rows(s, q, candidate.schema))


def current_rows(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Add, in place, ``end IS NULL`` for each history table read whose current row the
    question asks for (see the module); one note per test added.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE salary_history (employee_id INT, annual_salary INT, "
    ...     "effective_from DATE NOT NULL, effective_to DATE)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT employee_id, annual_salary FROM salary_history AS s")
    >>> [note] = current_rows(query, "What is each employee's current annual salary?", schema)
    >>> query.sql()
    'SELECT employee_id, annual_salary FROM salary_history AS s WHERE s.effective_to IS NULL'
    """
    said = {_root(w) for m in _CURRENT.finditer(question) for w in m.group(1).split()}
    if not said:
        return []  # no "current": most questions
    ends = {
        table: end
        for table, end in _history_tables(schema).items()
        if said & _words_of(table, schema, exclude=end)
    }
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select, alias, _, end, _ in stated_reads(statement, ends):
        if reads_column(scope, alias, end, columns):
            continue
        declared = source_name(scope, alias) or alias
        current = exp.Is(this=exp.column(end, table=declared), expression=exp.Null())
        select.where(current, copy=False)
        notes.append(
            f"added {declared}.{end} IS NULL: the question asks for the current row, and "
            f"{end} is NULL on the row that still holds"
        )
    return notes


def _history_tables(schema: SchemaInfo) -> dict[str, str]:
    """table (lowercased) -> its nullable end date, for tables with a start date beside it."""
    found: dict[str, str] = {}
    for table, types in date_aware_types(schema).items():
        dates = [column for column, kind in types.items() if DATE_TYPE.search(kind)]
        starts = [c for c in dates if _STARTS & set(c.split("_"))]
        ends = [c for c in dates if _ENDS & set(c.split("_")) and (table, c) in schema.nullable]
        if len(starts) == 1 and len(ends) == 1:
            found[table] = ends[0]
    return found


def _words_of(table: str, schema: SchemaInfo, exclude: str) -> set[str]:
    """The word roots naming ``table`` and its columns other than its keys and dates."""
    words = set(re.findall(r"[a-z]+", table))
    types = date_aware_types(schema)[table]
    keys = {schema.keys.primary_keys.get(table, "")}
    keys |= {column for (owner, column) in schema.keys.references if owner == table}
    for column, kind in types.items():
        if column in keys or column == exclude or DATE_TYPE.search(kind):
            continue
        words |= set(re.findall(r"[a-z]+", column))
    return {_root(w) for w in words if len(w) > 2 and w not in {"id", "key"}}


def _root(word: str) -> str:
    return word_root(singular_of(word.lower()))
