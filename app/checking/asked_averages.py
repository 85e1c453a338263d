"""A check that reads the question: an average asked for, and a result that computes none.

"What is the average payment amount for each plan?" answered with ``SELECT member_id, paid_on,
amount, plan FROM payments ... GROUP BY member_id, paid_on, amount, plan`` runs and returns the
payments, not their average: small models drop the aggregate the question names, or count
where it asks for an average ("the biggest average crowd" as ``COUNT(*)``). When the question
says average, averaging or mean and the read computes no ``AVG`` and no division (a sum over a
count) anywhere, subqueries included ("above the class average"), the answer is refused with
an issue that says so. An average that is stored passes: the read names a column (or calls a
function) whose name says average (``avg_rating``, ``mean_score``).
"""

from __future__ import annotations

import re

from sqlglot import exp

_ASKED = re.compile(r"\b(?:averag(?:e|es|ed|ing)|mean)\b", re.IGNORECASE)
_AVERAGE_NAME = re.compile(r"avg|average|mean", re.IGNORECASE)


def _computes_average(statement: exp.Expr) -> bool:
    if statement.find(exp.Avg, exp.Div):
        return True
    # The SQL's own labels do not count: ``COUNT(*) AS avg_amount`` averages nothing.
    labels = {alias.alias.lower() for alias in statement.find_all(exp.Alias)}
    named = (*statement.find_all(exp.Column), *statement.find_all(exp.Anonymous))
    return any(
        _AVERAGE_NAME.search(node.name) and node.name.lower() not in labels for node in named
    )


def missing_average_issues(statement: exp.Expr, question: str) -> list[str]:
    """The issue of a read whose question asks for an average it does not compute (none
    without a question).

    >>> import sqlglot
    >>> issues = missing_average_issues(sqlglot.parse_one("SELECT amount FROM p"), "Average?")
    >>> issues[0].split(":")[0]
    'the question asks for an average, but the SQL computes none'
    >>> missing_average_issues(sqlglot.parse_one("SELECT avg_rating FROM h"), "Average rating?")
    []
    """
    if not isinstance(statement, (exp.Select, exp.SetOperation)) or not question:
        return []
    if not _ASKED.search(question) or _computes_average(statement):
        return []
    return [
        "the question asks for an average, but the SQL computes none: use AVG(<column>) "
        "over the rows it averages (GROUP BY the groups it names), or compare with a "
        "subquery's AVG where it asks for rows above or below the average"
    ]
