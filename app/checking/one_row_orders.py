"""A correction on the answer's shape: an ORDER BY on a query that returns one row.

"How much do we still owe on unpaid payments?" answered ``SELECT SUM(amount_cents) / 100.0
FROM payments WHERE paid_on IS NULL ORDER BY payment_id``: an aggregate without GROUP BY
returns one row, so the order sorts nothing, and PostgreSQL refuses the query outright
("column payments.payment_id must appear in the GROUP BY clause or be used in an aggregate
function"). When every value a SELECT returns is an aggregate or a constant, with no GROUP BY
and no window, its ORDER BY is dropped. Every change is reported with the answer.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.scopes import aggregated, query_scopes


def correct_one_row_orders(candidate: Candidate) -> list[str]:
    """Not a check: a query of one row loses its ORDER BY (and says so)."""
    return correct_read(candidate, lambda s: drop_one_row_orders(s, candidate.dialect))


def drop_one_row_orders(statement: exp.Expr, dialect: str = "") -> list[str]:
    """Drop, in place, the ORDER BY of each SELECT that returns one row; one note each.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT SUM(a) / 100.0 FROM p WHERE d IS NULL ORDER BY id")
    >>> drop_one_row_orders(query)
    ['ORDER BY id dropped: the query returns one row (an aggregate without GROUP BY)']
    >>> query.sql()
    'SELECT SUM(a) / 100.0 FROM p WHERE d IS NULL'
    """
    notes: list[str] = []
    for scope in query_scopes(statement):
        select = scope.expression
        if not isinstance(select, exp.Select) or not _one_row(select):
            continue
        order = select.args.get("order")
        if order is None:
            continue
        order.pop()
        written = order.sql(dialect or None).strip()
        notes.append(
            f"{written} dropped: the query returns one row (an aggregate without GROUP BY)"
        )
    return notes


def _one_row(select: exp.Select) -> bool:
    if select.args.get("group") or select.args.get("distinct") or not select.expressions:
        return False
    if not any(projection.find(exp.AggFunc) for projection in select.expressions):
        return False
    for projection in select.expressions:
        if projection.find(exp.Window, exp.Star, exp.Subquery):
            return False
        for column in projection.find_all(exp.Column):
            if not aggregated(column):
                return False  # a bare column: one row in SQLite, an error elsewhere
    return True
