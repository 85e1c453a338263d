"""A correction that reads the question: the date of the event it names, not another date.

A table often records one row's events at several times: a claim's ``incident_date`` and
``filed_at``, a booking's ``booked_at`` and the screening's ``starts_at``, an employee's
``birth_date`` and ``hired_on``. Asked "How many claims were filed in each month of 2025?", a
small model filters and groups by ``incident_date``: a date of the right table, of the wrong
event. When a query's WHERE or GROUP BY reads a date column whose event the question never
names, and the same table has exactly one other date column whose event it does name
("filed" for ``filed_at``, "released" for ``release_date``, "hired" for ``hired_on``), every
use of the first in that query level reads the second instead. Nothing changes when the query
also reads the named one (a span between two events), or when the question names both events;
a NULL test is left alone too: "still open" is rightly ``closed_at IS NULL``, and a NULL test
of the named one (``paid_at IS NOT NULL`` beside ``due_on`` in January) is no span.
Every change is reported with the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_asked
from app.checking.schema import SchemaInfo
from app.checking.scopes import select_scopes, source_column
from app.checking.types import DATE_TYPE, date_aware_types

# The event a date column records, its last word: ``filed_at`` -> filed, ``release_date`` ->
# release, ``last_login_at`` -> login, ``date_of_birth`` -> birth. A column named only ``date``
# or ``created`` records no event.
_EVENT = re.compile(
    r"^(?:(?:[a-z]+_)*(?P<head>[a-z]+)_(?:at|on|date|time|timestamp|datetime|ts|dt)"
    r"|(?:date|time)_of_(?P<tail>[a-z]+))$"
)
_SUFFIXES = ("ing", "ed", "es", "s", "e", "d")


def word_root(word: str) -> str:
    """``filed``, ``filing``, ``files`` -> fil; ``released``, ``release`` -> releas."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def column_event(column: str) -> str | None:
    found = _EVENT.match(column.lower())
    if found is None:
        return None
    return word_root(found.group("head") or found.group("tail"))


def correct_event_dates(candidate: Candidate) -> list[str]:
    """Not a check: a date column of an event the question never names, where its table has
    one of the event it names, reads that one instead (and says so)."""
    return correct_asked(candidate, lambda s, q: event_date_columns(s, q, candidate.schema))


def event_date_columns(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Read, in place, the date column of the event the question names (see the module);
    one note per column replaced.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE claims (id INT, incident_date DATE, filed_at TIMESTAMP)", "postgres")
    >>> query = sqlglot.parse_one(
    ...     "SELECT COUNT(*) FROM claims WHERE incident_date >= '2025-01-01'", read="postgres")
    >>> [note] = event_date_columns(query, "How many claims were filed in 2025?", schema)
    >>> query.sql("postgres")
    "SELECT COUNT(*) FROM claims WHERE filed_at >= '2025-01-01'"
    """
    if not question:
        return []
    asked = {word_root(word) for word in re.findall(r"[a-z]+", question.lower())}
    types = date_aware_types(schema)
    if not any(
        column_event(c) in asked
        for table in types.values()
        for c, kind in table.items()
        if DATE_TYPE.search(kind)
    ):
        return []  # no date column records an event the question names: most questions
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        filtering = [
            *_columns_in(select.args.get("where")),
            *_columns_in(select.args.get("group")),
        ]
        for column in filtering:
            if isinstance(column.parent, exp.Is):
                continue  # "still open" as closed_at IS NULL: whether the event happened
            found = source_column(column, scope, columns)
            if found is None or found[0] is not scope:
                continue
            _, alias, table = found
            dates = [c for c, kind in types.get(table, {}).items() if DATE_TYPE.search(kind)]
            name = column.name.lower()
            if name not in dates or column_event(name) in asked:
                continue
            named = [c for c in dates if c != name and column_event(c) in asked]
            if len(named) != 1 or any(
                not isinstance(use.parent, exp.Is) for use in _uses(scope, alias, named[0], columns)
            ):
                continue  # a span between the two events; a NULL test only says it happened
            for use in _uses(scope, alias, name, columns):
                use.set("this", exp.to_identifier(named[0]))
            notes.append(
                f"{name} -> {named[0]} (the question names the event {named[0]} records, "
                f"not {name}'s)"
            )
    return notes


def _columns_in(node: exp.Expr | None) -> Iterable[exp.Column]:
    return node.find_all(exp.Column) if node is not None else ()


def _uses(scope: Scope, alias: str, name: str, columns: dict[str, set[str]]) -> list[exp.Column]:
    """The columns of ``scope``'s own level that read ``alias``'s column ``name``."""
    used = []
    for column in scope.expression.find_all(exp.Column):
        if column.name.lower() != name or column.find_ancestor(exp.Select) is not scope.expression:
            continue
        found = source_column(column, scope, columns)
        if found is not None and found[0] is scope and found[1] == alias:
            used.append(column)
    return used
