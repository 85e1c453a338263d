"""A check after the identifier check: a condition that compares a column with itself.

``JOIN claims c ON c.policy_id = c.policy_id`` parses, names only real columns and runs, yet
joins every claim to every row of the other table: the model meant the other table's key. Such
a comparison is always true (for non-NULL values), so it is refused with an issue that says so,
and the repair round gets the chance to name the column it meant.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlglot import exp


def self_comparison_issues(statement: exp.Expr) -> list[str]:
    """One issue per ``a.x = a.x`` in the statement.

    >>> import sqlglot
    >>> [issue] = self_comparison_issues(sqlglot.parse_one("SELECT 1 FROM a JOIN b ON b.k = b.k"))
    >>> issue.split(",")[0]
    'the condition b.k = b.k compares a column with itself'
    >>> self_comparison_issues(sqlglot.parse_one("SELECT 1 FROM a JOIN b ON a.k = b.k"))
    []
    """
    issues = []
    for equality in statement.find_all(exp.EQ):
        left, right = equality.this, equality.expression
        if (
            isinstance(left, exp.Column)
            and isinstance(right, exp.Column)
            and left.name.lower() == right.name.lower()
            and left.table.lower() == right.table.lower()
        ):
            issues.append(
                f"the condition {equality.sql()} compares a column with itself, so it is always "
                "true: compare it with the matching column of the other table"
            )
    return issues


def compared_values(
    comparisons: Iterable[exp.Expr],
) -> Iterator[tuple[exp.Expr, list[exp.Expr]]]:
    """Each side of a comparison and what it is compared with: ``x IN (a, b)`` gives
    ``(x, [a, b])``; ``x = y`` (or any binary comparison) gives ``(x, [y])`` and ``(y, [x])``.

    >>> import sqlglot
    >>> tree = sqlglot.parse_one("SELECT 1 FROM t WHERE d IN (6, 7) AND 'x' = c")
    >>> pairs = compared_values(tree.find_all(exp.In, exp.EQ))
    >>> [(side.sql(), [v.sql() for v in values]) for side, values in pairs]
    [('d', ['6', '7']), ("'x'", ['c']), ('c', ["'x'"])]
    """
    for node in comparisons:
        if isinstance(node, exp.In):
            yield node.this, list(node.expressions)
        elif isinstance(node, exp.Binary):
            yield node.this, [node.expression]
            yield node.expression, [node.this]


def conjuncts(condition: exp.Expr) -> Iterator[exp.Expr]:
    """The conditions every row must meet: ``condition`` split at its ANDs, parentheses
    removed (an OR, a NOT or a subquery stays whole).

    >>> import sqlglot
    >>> where = sqlglot.parse_one("SELECT 1 FROM t WHERE a = 1 AND (b > 2 AND (c = 3 OR d = 4))")
    >>> [c.sql() for c in conjuncts(where.args["where"].this)]
    ['a = 1', 'b > 2', 'c = 3 OR d = 4']
    """
    if isinstance(condition, exp.And):
        yield from conjuncts(condition.this)
        yield from conjuncts(condition.expression)
    elif isinstance(condition, exp.Paren):
        yield from conjuncts(condition.this)
    else:
        yield condition
