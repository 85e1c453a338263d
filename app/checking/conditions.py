"""A check after the identifier check: a condition that compares a column with itself.

``JOIN claims c ON c.policy_id = c.policy_id`` parses, names only real columns and runs, yet
joins every claim to every row of the other table: the model meant the other table's key. Such
a comparison is always true (for non-NULL values), so it is refused with an issue that says so,
and the repair round gets the chance to name the column it meant.
"""

from __future__ import annotations

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
