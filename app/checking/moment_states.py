"""A correction that reads the question: a state at a moment the question names, read as now.

"Which rarity reviews were still waiting for a decision at the end of 31 March 2024?" answered
with ``WHERE flagged_at <= '2024-03-31 23:59' AND decided_at IS NULL`` returns the reviews
undecided today, and drops those decided in April, which were still waiting then. A row whose
event date may be NULL had not had that event at a moment when the date is NULL or later than
the moment. When the question asks what was still (or not yet) so at a moment ("still open at
19:30 UTC on 14 February", "as of 1 March"), and a read bounds one date of a table by that
moment (``placed_at <= M``: the row existed by then) and tests another nullable date of the same
row for NULL, the test becomes ``(decided_at IS NULL OR decided_at > M)``. A column the query
compares otherwise too is left alone, as is any question that names no moment. Every change is
reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import conjuncts
from app.checking.schema import SchemaInfo
from app.checking.scopes import select_scopes, source_column
from app.checking.types import DATE_TYPE, ColumnTypes, date_aware_types

_AT_MOMENT = re.compile(
    r"\b(?:still|yet|at that (?:time|moment|point))\b[^.?!;]*?"
    r"\b(?:at|as of|on|by)\b[^.?!;]*?\d",
    re.IGNORECASE,
)
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}")
_ORDERS = (exp.LT, exp.LTE, exp.GT, exp.GTE)


def correct_moment_states(candidate: Candidate) -> list[str]:
    """Not a check: an event not had at the moment asked is NULL or later than it."""
    return correct_asked(candidate, lambda s, q: states_at_moment(s, q, candidate.schema))


def states_at_moment(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Make, in place, each ``event IS NULL`` of a read bounded by the moment asked (see the
    module) also true for an event after it; one note each."""
    if not _AT_MOMENT.search(question):
        return []
    types = date_aware_types(schema)
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        where = select.args.get("where")
        if where is None:
            continue
        found = (_bound(test, scope, schema, types) for test in conjuncts(where.this))
        bounds = [bound for bound in found if bound is not None]
        moments = {moment.sql() for _, moment in bounds}
        if len(moments) != 1:
            continue
        row, moment = bounds[0]
        for test in list(where.find_all(exp.Is)):
            event = _pending_event(test, row, scope, schema, types, where)
            if event is None:
                continue
            later = exp.GT(this=event.copy(), expression=moment.copy())
            widened = exp.paren(exp.or_(test.copy(), later))
            before = test.sql(schema.dialect)
            test.replace(widened)
            notes.append(
                f"{before} -> {widened.sql(schema.dialect)} (the question asks about the "
                f"moment {moment.sql(schema.dialect)}: a row whose {event.name} came later "
                "had not had it yet)"
            )
    return notes


def _bound(
    test: exp.Expr, scope: Scope, schema: SchemaInfo, types: ColumnTypes
) -> tuple[tuple[str, str], exp.Expr] | None:
    """((alias, table), moment) of ``date_column <= moment`` (or ``<``, either way round) on a
    date."""
    if not isinstance(test, _ORDERS):
        return None
    column, moment = test.this, test.expression
    upper = isinstance(test, exp.LT | exp.LTE)
    if isinstance(moment, exp.Column) and not isinstance(column, exp.Column):
        column, moment, upper = moment, column, not upper
    if not upper or not isinstance(column, exp.Column) or not _is_moment(moment):
        return None
    row = _date_row(column, scope, schema, types)
    return (row, moment) if row is not None else None


def _is_moment(node: exp.Expr) -> bool:
    while isinstance(node, exp.Cast):
        node = node.this
    return isinstance(node, exp.Literal) and node.is_string and bool(_MOMENT.match(node.name))


def _date_row(
    column: exp.Column, scope: Scope, schema: SchemaInfo, types: ColumnTypes
) -> tuple[str, str] | None:
    """(alias, table) of the row a date-typed column is read from; None for any other."""
    found = source_column(column, scope, schema.lowered_columns())
    if found is None:
        return None
    _, alias, table = found
    declared = types.get(table, {}).get(column.name.lower(), "")
    return (alias, table) if DATE_TYPE.search(declared) else None


def _pending_event(
    test: exp.Is,
    row: tuple[str, str],
    scope: Scope,
    schema: SchemaInfo,
    types: ColumnTypes,
    where: exp.Where,
) -> exp.Column | None:
    """The event column of ``test`` when it is ``event IS NULL`` for another nullable date of
    the bounded ``row`` that nothing else in the WHERE compares, outside any NOT."""
    event = test.this
    if not isinstance(event, exp.Column) or not isinstance(test.expression, exp.Null):
        return None
    if isinstance(test.find_ancestor(exp.Not, exp.Select), exp.Not):
        return None
    if _date_row(event, scope, schema, types) != row or (row[1], event.name.lower()) not in (
        schema.nullable
    ):
        return None
    uses = [c for c in where.find_all(exp.Column) if c.name.lower() == event.name.lower()]
    return event if len(uses) == 1 else None
