"""A correction that reads the question: rows it names by a declared value, never tested.

"Which teacher taught the most attended lessons?" over ``lessons (status TEXT CHECK (status IN
('attended', 'absent', 'cancelled')))`` answered with every lesson counted: the model read
"attended" as a word of the question, not as a filter. When the word right before a table's
noun is one of the values the DDL declares for one of its columns ("attended lessons",
"cancelled orders"), each query level that reads the table (not on the outer side of a join)
and never reads that column keeps the rows that hold it: ``l.status = 'attended'``; negated
("non-attended lessons", "excluding cancelled orders"), the rows that do not. A table read
at several levels is changed only when every mention of its noun says so, and "including
cancelled orders" names both. A value of another of its declared columns names the table's rows
too: over ``transactions (kind ENUM('deposit', 'fee'), status ENUM('posted', 'reversed'))``,
"posted fees" are the transactions whose status is 'posted'. Every change is reported with the
answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.declared_values import spoken_value
from app.checking.event_states import BEFORE_NOUN, reads_column, stated_reads
from app.checking.row_identity import spoken_forms
from app.checking.schema import SchemaInfo
from app.checking.scopes import source_name


def correct_value_states(candidate: Candidate) -> list[str]:
    """Not a check: rows the question names by a declared value keep only those holding it."""
    return correct_asked(candidate, lambda s, q: value_state_filters(s, q, candidate.schema))


def value_state_filters(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Add, in place, the test of each declared value the question names its rows by.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE lessons (id INT PRIMARY KEY, teacher TEXT, status "
    ...     "TEXT CHECK (status IN ('attended', 'absent')))", "sqlite")
    >>> query = sqlglot.parse_one("SELECT teacher, COUNT(*) FROM lessons GROUP BY teacher")
    >>> [note] = value_state_filters(query, "Who taught the most attended lessons?", schema)
    >>> query.sql()
    "SELECT teacher, COUNT(*) FROM lessons WHERE lessons.status = 'attended' GROUP BY teacher"
    """
    states = _named_values(question.lower(), schema)
    if not states:
        return []
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select, alias, table, state, shared in stated_reads(statement, states):
        column, value, kept, every = state
        if (not every and shared) or reads_column(scope, alias, column, columns):
            continue
        declared = source_name(scope, alias) or alias
        tested = exp.column(column, table=declared)
        literal = exp.Literal.string(value)
        test = (
            exp.EQ(this=tested, expression=literal)
            if kept
            else exp.NEQ(this=tested, expression=literal)
        )
        select.where(test, copy=False)
        notes.append(
            f"added {test.sql(schema.dialect)}: the question asks for "
            f"{'' if kept else 'not '}{spoken_value(value)} {table}, and {column} says "
            "which are"
        )
    return notes


def _named_values(question: str, schema: SchemaInfo) -> dict[str, tuple[str, str, bool, bool]]:
    """table -> (the column declaring the value the question names its rows by, that value,
    whether the rows hold it, whether every mention of the table's noun says so)."""
    states: dict[str, tuple[str, str, bool, bool]] = {}
    for table in schema.tables:
        values = {
            spoken_value(value): (column, value)
            for (owner, column), declared in schema.declared_values.items()
            if owner == table
            for value in declared
            if re.fullmatch(r"[a-z]+", spoken_value(value))
        }
        if not values:
            continue
        found: list[tuple[str, str, bool]] = []
        nouns = [(form, "") for form in spoken_forms(table)] + _value_nouns(table, schema)
        mentions = sum(len(re.findall(rf"\b{re.escape(noun)}\b", question)) for noun, _ in nouns)
        for noun, kind in nouns:
            for said in re.finditer(BEFORE_NOUN.format(noun=re.escape(noun)), question):
                # The value itself, not a word of its root: "opened tickets" are not 'open'
                # ones, nor "departing flights" 'departed'.
                named = values.get(said.group("word"))
                if named is None or named[0] == kind:
                    continue
                if said.group("inclusion") or said.group("included"):
                    found.extend([(*named, True), (*named, False)])  # both: nothing to keep
                else:
                    kept = not (said.group("negation") or said.group("excluded"))
                    found.append((*named, kept))
        if found and len(set(found)) == 1:
            states[table] = (*found[0], len(found) == mentions)
    return states


def _value_nouns(table: str, schema: SchemaInfo) -> list[tuple[str, str]]:
    """(noun, its column) for each declared value that names a kind of ``table``'s rows:
    'card_payment' -> "card payment", "card payments"."""
    nouns: list[tuple[str, str]] = []
    for (owner, column), declared in schema.declared_values.items():
        if owner != table:
            continue
        for value in declared:
            spoken = spoken_value(value)
            if re.fullmatch(r"[a-z]+(?: [a-z]+)?", spoken) and len(spoken) > 2:
                nouns.extend((form, column) for form in (spoken, spoken + "s"))
    return nouns
