"""A check on the answer's shape: groups whose rows do not say which group they are.

"What was the total value of order lines for orders placed in March 2024?" answered with
``SELECT SUM(price * quantity) ... GROUP BY o.order_id`` runs and returns a column of
numbers, one per order, none saying which order it is: the question asked for one total. Where
a question does ask for one figure per group, a row without its group is no answer either.
When the query's result is only aggregates, grouped by expressions it does not return, with
no ``LIMIT`` (``ORDER BY COUNT(*) DESC LIMIT 1`` asks for the largest group's figure, which
needs no label), it is refused with an issue naming both ways out: drop the ``GROUP BY`` for
one figure, or return the grouped columns with their figures. Only the result's own level is
read: a grouped subquery feeding an outer query labels nothing and needs no label.
"""

from __future__ import annotations

from sqlglot import exp


def unlabeled_group_issues(statement: exp.Expr) -> list[str]:
    """The issue of a result grouped by columns it does not return (none otherwise)."""
    issues: list[str] = []
    for select in _result_selects(statement):
        group = select.args.get("group")
        if group is None or select.args.get("limit") is not None:
            continue
        keys = [e for e in group.expressions if not isinstance(e, exp.Literal)]
        if not keys or len(keys) != len(group.expressions):
            continue  # GROUP BY 1 names a returned column; ROLLUP and the like are left alone
        projections = [e.unalias() for e in select.expressions]
        if not projections or not all(p.find(exp.AggFunc) for p in projections):
            continue
        figures = ", ".join(p.sql() for p in projections)
        grouped = ", ".join(k.sql() for k in keys)
        issues.append(
            f"the answer returns {figures} once per {grouped} without returning {grouped}, so "
            f"no row says which group it is: if the question asks for one figure over all the "
            f"rows, drop GROUP BY {grouped}; if it asks for one per group, return {grouped} too"
        )
    return issues


def _result_selects(statement: exp.Expr) -> list[exp.Select]:
    """The SELECTs whose rows are the result: the statement, or each side of a set operation."""
    if isinstance(statement, exp.Select):
        return [statement]
    if isinstance(statement, exp.SetOperation):
        return [*_result_selects(statement.left), *_result_selects(statement.right)]
    if isinstance(statement, exp.Subquery):
        return _result_selects(statement.this)
    return []
