"""A correction that reads the question: the top row asked for with its ties, cut to one.

"Which teacher taught the most lessons in March? If several teachers tie for the most, list all
of them." answered ``... GROUP BY t.teacher_id ORDER BY lesson_count DESC LIMIT 1`` returns one
teacher where two share the top count: ``LIMIT 1`` breaks the tie the question keeps. When the
question asks to keep ties ("if several tie, list all", "ties included", "including ties") and
the answer's own level is cut by ``LIMIT 1`` (or by any number, where the question asks for
none) after ordering, or not cut at all where it asks for "the most", the cut becomes a
comparison of the first ORDER BY expression with its best value over the same rows: ``HAVING
COUNT(l.lesson_id) = (SELECT MAX(v) FROM (SELECT COUNT(l.lesson_id) AS v FROM ... GROUP BY
t.teacher_id))`` (``MIN`` for an ascending order, ``WHERE`` for a query that does not group).
"Ties broken by name" breaks them, and is left alone, and so is the top of each group ("in each
genre"), which app.checking.group_ranks ranks. Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.group_limits import group_asked_to_rank, says_a_count
from app.checking.group_picks import projected

_KEEPS_TIES = re.compile(
    r"\b(?:ti(?:e|es|ed|ing)|joint)\b[^.?!;]*\b(?:all|every|each|both|them|included)\b|"
    r"\b(?:all|every|both|includ\w*|keep\w*|list\w*|show\w*|return\w*)\b[^.?!;]*\bti(?:e|es|ed)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:the\s+(?:most|highest|largest|biggest|greatest|fewest|least|lowest|smallest|top)|"
    r"top\s+spot|first\s+place)\b",
    re.IGNORECASE,
)
_BREAKS_TIES = re.compile(r"\b(?:break\w*|broken|tie-?break\w*)\b", re.IGNORECASE)


def correct_tied_tops(candidate: Candidate) -> list[str]:
    """Not a check: a LIMIT 1 that drops the ties the question keeps keeps them (and says so)."""
    return correct_asked(candidate, keep_tied_tops)


def keeps_ties(question: str) -> bool:
    """Whether the question asks for every row tied for the top.

    >>> keeps_ties("Who taught the most? If several teachers tie for the most, list all of them.")
    True
    >>> keeps_ties("Which product sold best (ties included)?")
    True
    >>> keeps_ties("Top 3 backers, ties broken by username")
    False
    """
    return bool(_KEEPS_TIES.search(question)) and not _BREAKS_TIES.search(question)


def keep_tied_tops(statement: exp.Expr, question: str) -> list[str]:
    """Replace, in place, the answer's ``LIMIT 1`` by a comparison with the best value of its
    one ORDER BY expression; one note, or none.

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT t.name, COUNT(*) AS n FROM t JOIN l ON l.t_id = t.id GROUP BY t.name "
    ...     "ORDER BY n DESC LIMIT 1")
    >>> [note] = keep_tied_tops(query, "Who has the most? If tied, list them all.")
    >>> query.sql()
    'SELECT t.name, COUNT(*) AS n FROM t JOIN l ON l.t_id = t.id GROUP BY t.name HAVING COUNT(*) = (SELECT MAX(best.v) FROM (SELECT COUNT(*) AS v FROM t JOIN l ON l.t_id = t.id GROUP BY t.name) AS best) ORDER BY n DESC'
    """  # noqa: E501
    if not isinstance(statement, exp.Select) or not keeps_ties(question):
        return []
    if group_asked_to_rank(question) is not None:
        return []  # the top of each group: app.checking.group_ranks keeps its ties
    order, limit = statement.args.get("order"), statement.args.get("limit")
    if order is None or not order.expressions or not _cuts_to_top(limit, question):
        return []
    if statement.args.get("distinct") or statement.args.get("offset") or statement.find(exp.Window):
        return []
    ordered = order.expressions[0]
    value = projected(ordered.this, statement).copy()
    if not value.find(exp.Column, exp.AggFunc):
        return []  # ORDER BY 2, or a constant: nothing to compare
    inner = statement.copy()
    inner.set("order", None)
    inner.set("limit", None)
    inner.set("expressions", [exp.alias_(value.copy(), "v")])
    best = "MIN" if not ordered.args.get("desc") else "MAX"
    pick = exp.select(exp.func(best, exp.column("v", table="best"))).from_(inner.subquery("best"))
    kept = exp.EQ(this=value, expression=pick.subquery())
    grouped = statement.args.get("group") is not None or bool(value.find(exp.AggFunc))
    before = limit.sql() if limit is not None else ""
    statement.set("limit", None)
    if grouped:
        statement.having(kept, copy=False)
    else:
        statement.where(kept, copy=False)
    why = f"which {before} cuts to a set number" if before else "and only those: none was cut"
    return [
        f"{before or 'ORDER BY'} -> {'HAVING' if grouped else 'WHERE'} {kept.sql()}: the "
        f"question keeps every row tied for the top, {why}"
    ]


def _cuts_to_top(limit: exp.Expr | None, question: str) -> bool:
    """Whether ``limit`` cuts to the top: ``LIMIT 1``, or any number where the question asks
    for none ("Which customer referred the most? Include ties." as ``LIMIT 3``); no LIMIT
    where the question asks for the most of something (every row, ordered, is no top)."""
    if limit is None:  # every row, ordered: "Which member has the most ...? Include ties."
        return bool(_SUPERLATIVE.search(question)) and not says_a_count(question)
    found = limit.args.get("expression")
    if not (isinstance(found, exp.Literal) and found.is_int):
        return False
    return found.this == "1" or not says_a_count(question)
