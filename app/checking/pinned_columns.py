"""A correction on the answer's shape: a returned column its own WHERE pins to one value.

"Which members live in Leeds?" answered with ``SELECT full_name, city FROM members WHERE city
= 'Leeds'`` repeats 'Leeds' on every row: the column says nothing the question did not, and a
client reading the result gets a column it did not ask for. Small models echo the filtered
column this way for nearly every filter. When a plain read (no grouping, no aggregate)
returns a column that a condition every row must meet compares for equality with one literal,
the column leaves the result, as long as another column stays, unless the question's "Return
the ..." clause names it ("Return the order ID and the order's status" for orders not cancelled
that have no courier, all of them 'placed': the client asked for the column, so it stays).
Every change is reported with the answer (``corrections``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.conditions import compared_values, conjuncts
from app.checking.unasked_keys import spells_out_columns

# Last words of a column's name too common to say that a clause names the column.
_GENERIC = frozenset({"id", "name", "code", "type", "date", "value"})


def correct_pinned_columns(candidate: Candidate) -> list[str]:
    """Not a check: a returned column the WHERE pins to one value leaves the result."""
    spelt = spells_out_columns(candidate.last_question)
    return correct_read(candidate, lambda statement: drop_pinned_columns(statement, spelt))


def drop_pinned_columns(statement: exp.Expr, spelt: str = "") -> list[str]:
    """Drop from a plain read's result the columns its WHERE pins to one literal, in place.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT name, city FROM members WHERE city = 'Leeds'")
    >>> drop_pinned_columns(query)
    ["city dropped from the result (WHERE city = 'Leeds' makes it the same on every row)"]
    >>> query.sql()
    "SELECT name FROM members WHERE city = 'Leeds'"
    """
    tests = pinning_tests(statement)
    if not tests:
        return []
    order = statement.args.get("order")
    ordered_by = {c.name.lower() for c in order.find_all(exp.Column)} if order else set()
    kept: list[exp.Expr] = []
    notes: list[str] = []
    for projection, test in zip(statement.expressions, tests, strict=True):
        if test is None or projection.alias.lower() in ordered_by or _named(projection, spelt):
            kept.append(projection)
            continue
        notes.append(
            f"{projection.sql()} dropped from the result (WHERE {test.sql()} makes it the same "
            "on every row)"
        )
    if not notes or not kept:
        return []
    statement.set("expressions", kept)
    return notes


def _named(projection: exp.Expr, spelt: str) -> bool:
    """Whether the "Return the ..." clause ``spelt`` names the returned column (its whole name,
    or the last word of a longer one: "status" for ``order_status``)."""
    words = projection.alias_or_name.lower().split("_")
    said = [" ".join(words)] + ([words[-1]] if len(words) > 1 and words[-1] not in _GENERIC else [])
    return any(re.search(rf"\b{re.escape(form)}\b", spelt) for form in said if form)


def pinning_tests(statement: exp.Expr) -> list[exp.Expr | None]:
    """For each column a plain read returns, the ``column = literal`` test every row meets that
    pins it (None for a column no such test pins); no entries for any other statement."""
    if not isinstance(statement, exp.Select) or statement.args.get("group") is not None:
        return []
    where = statement.args.get("where")
    if where is None or any(p.find(exp.AggFunc, exp.Window) for p in statement.expressions):
        return []
    one_table = not statement.args.get("joins")
    pinned = {_key(column, one_table): test for column, test in _pins(where.this)}
    tests: list[exp.Expr | None] = []
    for projection in statement.expressions:
        column = projection.unalias()
        pinning = pinned.get(_key(column, one_table)) if isinstance(column, exp.Column) else None
        tests.append(pinning)
    return tests


def _pins(condition: exp.Expr) -> Iterator[tuple[exp.Column, exp.Expr]]:
    """``(column, test)`` for each ``column = literal`` that every row must meet."""
    for test in conjuncts(condition):
        if isinstance(test, exp.EQ):
            for column, [value] in compared_values([test]):
                if isinstance(column, exp.Column) and isinstance(value, exp.Literal):
                    yield column, test


def _key(column: exp.Column, one_table: bool) -> tuple[str, str]:
    # With one table read, ``city`` and ``m.city`` are the same column.
    return ("" if one_table else column.table.lower()), column.name.lower()
