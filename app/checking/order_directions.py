"""A correction that reads the question: rows ordered the way it says, largest or smallest first.

"Return the invoice number and the number of days it took to pay, slowest payment first"
answered ``ORDER BY days_to_pay ASC``: the rows are right and in the wrong order, and an
ordered answer in the wrong order is a wrong answer. The question says the direction in a few
fixed ways: "highest total first", "most recent first", "from most to fewest", "in descending
order" (and their opposites). The first such phrase sets the direction of the outer query's
first ORDER BY key, when that key is a quantity or a date (not a name, which the question
would order "alphabetically"), and only where the SQL says the other direction. "Slowest" and
"fastest" order a length of time (days to pay, minutes taken): the slowest is the longest. The
change is reported in ``corrections``.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.group_picks import projected
from app.checking.schema import SchemaInfo
from app.checking.types import TEXT_TYPE, date_aware_types
from app.checking.units import stored_unit

_DESCENDING = r"highest|largest|biggest|greatest|longest|heaviest|most(?:\s+recent)?|latest|newest"
_ASCENDING = r"lowest|smallest|least|fewest|shortest|cheapest|earliest"
_TIMED = r"slowest|fastest|quickest"
_DIRECTION = re.compile(
    rf"\b(?P<word>{_DESCENDING}|{_ASCENDING}|{_TIMED})\s+(?:[a-z]+\s+){{0,2}}?first\b"
    rf"|\bfrom\s+(?:the\s+)?(?P<start>{_DESCENDING}|{_ASCENDING})\s+to\b"
    r"|\b(?P<order>descending|ascending)\b",
    re.IGNORECASE,
)
_TEXT_NAME = re.compile(r"(?:name|title|email|code|city|country|town|label)$", re.IGNORECASE)
_TIME_NAME = re.compile(r"days|duration|minutes|hours|seconds|time|delay|wait|late", re.I)


def correct_order_directions(candidate: Candidate) -> list[str]:
    """Not a check: the first ORDER BY key runs the way the question says."""
    texts = _text_columns(candidate.schema)
    return correct_asked(candidate, lambda s, q: order_as_asked(s, q, texts))


def order_as_asked(
    statement: exp.Expr, question: str, texts: frozenset[str] = frozenset()
) -> list[str]:
    """Set, in place, the direction of ``statement``'s first ORDER BY key; one note if changed.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT name, total FROM t ORDER BY total")
    >>> order_as_asked(query, "Return each name and total, highest total first.")[0][:30]
    'ORDER BY total -> ORDER BY tot'
    >>> query.sql()
    'SELECT name, total FROM t ORDER BY total DESC'
    """
    order = statement.args.get("order")
    match = _DIRECTION.search(question)
    if order is None or not order.expressions or match is None:
        return []
    first = order.expressions[0]
    if not isinstance(first, exp.Ordered):
        return []
    key = projected(first.this, statement) if isinstance(statement, exp.Select) else first.this
    if isinstance(key, exp.Column) and (_TEXT_NAME.search(key.name) or key.name.lower() in texts):
        return []
    word = (match.group("word") or match.group("start") or match.group("order")).lower()
    if re.fullmatch(_TIMED, word):
        if not _measures_time(key):
            return []
        descending = word == "slowest"
    else:
        descending = word == "descending" or bool(re.fullmatch(_DESCENDING, word))
    if bool(first.args.get("desc")) == descending:
        return []
    before = order.sql()
    first.set("desc", descending or None)
    first.set("nulls_first", None)
    return [f"{before.strip()} -> {order.sql().strip()} (the question orders {match.group(0)!r})"]


def _text_columns(schema: SchemaInfo) -> frozenset[str]:
    """Column names (lowercased) declared as text in every table that has them, dates kept
    as text by SQLite aside."""
    kinds: dict[str, set[bool]] = {}
    for columns in date_aware_types(schema).values():
        for name, kind in columns.items():
            kinds.setdefault(name, set()).add(bool(TEXT_TYPE.search(kind)))
    return frozenset(name for name, textual in kinds.items() if textual == {True})


def _measures_time(key: exp.Expr) -> bool:
    """Whether ``key`` is a length of time: a difference of dates or a column of one."""
    if key.find(exp.DateDiff, exp.TimestampDiff):
        return True
    if any(f.name.upper() == "JULIANDAY" for f in key.find_all(exp.Anonymous)):
        return True
    for column in key.find_all(exp.Column):
        unit = stored_unit(column.name)
        if (unit is not None and unit.kind == "time") or _TIME_NAME.search(column.name):
            return True
    return False
