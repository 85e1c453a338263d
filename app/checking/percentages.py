"""A correction that reads the question: a percentage scaled by 100 twice.

"What percentage of orders were refunded?" answered with ``COUNT(r.order_id) * 100.0 /
COUNT(*) * 100`` returns 2,500 for a quarter: the model wrote the scaling once to make the
division a floating one and again to make it a percentage. When the question asks for a
percentage and one product's factors (through parentheses and a ``ROUND`` around part of it)
hold the factor 100 twice on the dividend's side, the outermost one goes, and the change is
reported with the answer. A question in basis points or per mille asks for another scale and is
left alone, as is a 100 that divides (``/ 100`` beside a ``* 100`` cancels, as cents to euros
beside a percentage does).
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked

_PERCENT = re.compile(r"\bpercent(?:age)?s?\b|%", re.IGNORECASE)
_OTHER_SCALE = re.compile(r"\bbasis points?\b|\bper ?mille\b|\bper (?:thousand|10,?000)\b", re.I)
_CHAIN = (exp.Mul, exp.Div, exp.Paren)


def correct_double_percentages(candidate: Candidate) -> list[str]:
    """Not a check: a percentage is scaled by 100 once (and said so)."""
    return correct_asked(candidate, unscale_double_percentages)


def unscale_double_percentages(statement: exp.Expr, question: str) -> list[str]:
    """Drop, in place, the outermost of two factors of 100 in one product; one note each.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT SUM(x) * 100.0 / COUNT(*) * 100 FROM t")
    >>> unscale_double_percentages(query, "What percentage of rows are x?")[0].split(" (")[0]
    'SUM(x) * 100.0 / COUNT(*) * 100 -> SUM(x) * 100.0 / COUNT(*)'
    >>> unscale_double_percentages(query, "What percentage of rows are x?")
    []
    """
    if not _PERCENT.search(question) or _OTHER_SCALE.search(question):
        return []
    notes: list[str] = []
    for top in list(statement.find_all(exp.Mul, exp.Div)):
        if isinstance(top.parent, _CHAIN) or top.find_ancestor(exp.Select) is None:
            continue
        scalings = _scalings(top)
        if len(scalings) < 2:
            continue
        outermost = min(scalings, key=lambda mul: mul.depth)
        kept = outermost.expression if _is_hundred(outermost.this) else outermost.this
        before = top.sql()
        replaced = kept.copy()
        if outermost is top:
            top.replace(replaced)
            after = replaced.sql()
        else:
            outermost.replace(replaced)
            after = top.sql()
        notes.append(f"{before} -> {after} (a percentage is the ratio times 100 once)")
    return notes


def _scalings(node: exp.Expr, inverted: bool = False) -> list[exp.Mul]:
    """The products in ``node``'s chain of factors that multiply the dividend by 100."""
    if isinstance(node, (exp.Paren, exp.Round)):
        return _scalings(node.this, inverted)
    if isinstance(node, exp.Div):
        return _scalings(node.this, inverted) + _scalings(node.expression, not inverted)
    if not isinstance(node, exp.Mul):
        return []
    found = _scalings(node.this, inverted) + _scalings(node.expression, inverted)
    if not inverted and (_is_hundred(node.this) or _is_hundred(node.expression)):
        found.append(node)
    return found


def _is_hundred(node: exp.Expr) -> bool:
    while isinstance(node, exp.Paren):
        node = node.this
    if not (isinstance(node, exp.Literal) and not node.is_string):
        return False
    try:
        return float(node.this) == 100
    except ValueError:
        return False
