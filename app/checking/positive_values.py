"""A correction that reads the question: an amount asked "as a positive number", returned signed.

Ledgers store money out as negative amounts. "What was the total of posted fees in February?
Return it in dollars as a positive number." answered with ``SELECT SUM(amount) FROM
transactions WHERE kind = 'fee' ...`` returns -42.50: the model kept the sign the question
asked it to drop. When the question asks for a positive number (amount, value, total) and the
read returns exactly one value computed from a number column that is not a key or a count
(a column, or its SUM or AVG), not already made positive (``ABS``, a negation, ``* -1``),
that value is returned as its ``ABS``. A MIN or MAX is left alone: over negative amounts the
largest one is the MIN, which ``ABS`` would not find. Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.schema import SchemaInfo
from app.checking.units import numeric_columns

_POSITIVE = re.compile(
    r"\b(?:as\s+(?:a\s+)?)?positive\s+(?:numbers?|amounts?|values?|totals?|figures?|sums?)\b",
    re.IGNORECASE,
)

_KEY = re.compile(r"(?:^|_)id$|[a-z]Id$|(?:^|_)(?:key|code|number|no)$", re.IGNORECASE)


def correct_positive_values(candidate: Candidate) -> list[str]:
    """Not a check: the one signed amount returned where a positive number is asked is
    returned as its ABS (and said so)."""
    return correct_asked(candidate, lambda s, q: positive_values(s, q, candidate.schema))


def positive_values(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Wrap, in place, the one signed amount the read returns in ABS (see the module).

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE t (kind TEXT, amount DECIMAL(10, 2))", "sqlite")
    >>> query = sqlglot.parse_one("SELECT SUM(amount) AS fees FROM t WHERE kind = 'fee'")
    >>> [note] = positive_values(query, "Total fees, as a positive number?", schema)
    >>> query.sql()
    "SELECT ABS(SUM(amount)) AS fees FROM t WHERE kind = 'fee'"
    """
    if not isinstance(statement, exp.Select) or not _POSITIVE.search(question):
        return []
    numeric = numeric_columns(schema)
    amounts = [
        projection
        for projection in statement.expressions
        if _signed_amount(projection.unalias(), numeric)
    ]
    if len(amounts) != 1:
        return []
    value = amounts[0].unalias()
    before = value.sql(schema.dialect)
    positive = exp.Abs(this=value.copy())
    value.replace(positive)
    return [f"{before} -> {positive.sql(schema.dialect)} (the question asks for a positive number)"]


def _signed_amount(value: exp.Expr, numeric: set[str]) -> bool:
    """Whether ``value`` is a number column, or its SUM or AVG (rounded, cast or scaled by a
    constant), not made positive already."""
    while True:
        if isinstance(value, exp.Paren | exp.Round | exp.Cast | exp.Sum | exp.Avg):
            value = value.this
        elif isinstance(value, exp.Mul | exp.Div) and _positive_number(value.expression):
            value = value.this
        else:
            if not isinstance(value, exp.Column) or value.name.lower() not in numeric:
                return False
            return not _KEY.search(value.name)  # an id is a number, not an amount


def _positive_number(node: exp.Expr) -> bool:
    return isinstance(node, exp.Literal) and node.is_number and float(node.this) > 0
