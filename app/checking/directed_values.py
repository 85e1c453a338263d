"""A correction that reads the question: rows that go one way between two parties.

A marketplace keeps both directions of a relation in one table: ``reviews (direction
ENUM('client_to_freelancer', 'freelancer_to_client'), rating ...)``. Asked "the average rating
freelancers gave each client", a small model averages every review of the client's jobs, those
the client wrote about freelancers among them. When a column's declared values are all of the
form ``<party>_to_<party>`` and the question makes exactly one of the parties the one who acts
("freelancers gave", "freelancers rate", "reviewed by a freelancer", "ratings from guests"),
each query level that reads the table (not on the outer side of a join) and never tests the
column keeps the rows going that way: ``r.direction = 'freelancer_to_client'``. A question
about both ways ("reviewed each other", "mutual") is left alone. The change is reported with
the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.event_states import reads_column, stated_reads
from app.checking.row_identity import spoken_forms
from app.checking.schema import SchemaInfo
from app.checking.scopes import source_name

_DIRECTION = re.compile(r"^([a-z]+)_to_([a-z]+)$")
_MUTUAL = re.compile(r"\b(?:each\s+other|one\s+another|both\s+ways|both\s+directions|mutual\w*)\b")
_ACTS = (
    r"\b{party}\s+(?:\w+\s+)?(?:gave|give|gives|rated|rate|rates|reviewed|review|reviews|left|"
    r"leave|leaves|wrote|write|writes|sent|send|sends|scored|score|scores)\b(?!\s+by\b)"
    r"|\b(?:by|from)\s+(?:the|a|an|one|their|at\s+least\s+one|any)?\s*{party}\b"
)


def correct_directed_values(candidate: Candidate) -> list[str]:
    """Not a check: a table holding both directions between two parties keeps the one the
    question says."""
    return correct_asked(candidate, lambda s, q: directed_value_filters(s, q, candidate.schema))


def directed_value_filters(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Add, in place, the test of the direction the question names (see the module).

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE reviews (id INT PRIMARY KEY, rating INT, direction "
    ...     "TEXT CHECK (direction IN ('guest_to_host', 'host_to_guest')))", "sqlite")
    >>> query = sqlglot.parse_one("SELECT AVG(rating) FROM reviews")
    >>> [note] = directed_value_filters(query, "Average rating hosts gave?", schema)
    >>> query.sql()
    "SELECT AVG(rating) FROM reviews WHERE reviews.direction = 'host_to_guest'"
    """
    directions = (
        {} if _MUTUAL.search(question.lower()) else _asked_directions(question.lower(), schema)
    )
    if not directions:
        return []
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select, alias, _, (column, value), _ in stated_reads(statement, directions):
        if reads_column(scope, alias, column, columns):
            continue
        declared = source_name(scope, alias) or alias
        select.where(exp.column(column, table=declared).eq(exp.Literal.string(value)), copy=False)
        notes.append(
            f"added {declared}.{column} = '{value}': the table holds both directions, and "
            f"the question asks for the one from {value.split('_to_')[0]}"
        )
    return notes


def _asked_directions(question: str, schema: SchemaInfo) -> dict[str, tuple[str, str]]:
    """table -> (its direction column, the value the question's acting party names)."""
    asked: dict[str, tuple[str, str]] = {}
    for (table, column), values in schema.declared_values.items():
        pairs = [_DIRECTION.match(value) for value in values]
        if len(values) < 2 or not all(pairs):
            continue
        by_giver = {pair.group(1): pair.group(0) for pair in pairs if pair is not None}
        acting = [party for party in by_giver if _acts(party, question)]
        if len(acting) == 1:
            asked[table] = (column, by_giver[acting[0]])
    return asked


def _acts(party: str, question: str) -> bool:
    return any(
        re.search(_ACTS.format(party=re.escape(form)), question) for form in spoken_forms(party)
    )
