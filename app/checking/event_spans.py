"""A correction that reads the question: a span between two events, taken the way it asks.

"How many days after its release date was its first screening?" answered with
``JULIANDAY(release_date) - JULIANDAY(starts_at)``: the right two dates, subtracted the wrong
way round, so every answer is negative. The question says which event comes first: "N days
after X" makes X the earlier (subtracted), "N minutes before X" the later (subtracted from).
When the phrase after "after" or "before" names the event of one side of a difference of two
date columns first (``a - b``, SQLite's ``JULIANDAY(a) - JULIANDAY(b)``, MySQL's
``DATEDIFF(a, b)`` and ``TIMESTAMPDIFF(unit, b, a)``, PostgreSQL's ``AGE(a, b)``), and that
side is on the wrong end, the two sides change places. The change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.event_dates import column_event, word_root

_SPAN = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?P<way>after|before)\s+"
    r"(?P<phrase>[^?.,;]*)",
    re.IGNORECASE,
)


def correct_event_spans(candidate: Candidate) -> list[str]:
    """Not a check: a difference of two dates taken against the order the question gives
    its events ("days after X": X is subtracted) is turned round (and said so)."""
    return correct_asked(candidate, orient_event_spans)


def orient_event_spans(statement: exp.Expr, question: str) -> list[str]:
    """Swap, in place, the sides of each date difference the question orders the other way.

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT JULIANDAY(f.release_date) - JULIANDAY(MIN(s.starts_at)) "
    ...     "FROM f JOIN s ON s.f = f.id")
    >>> [note] = orient_event_spans(
    ...     query, "How many days after its release date was its first screening?")
    >>> query.sql()
    'SELECT JULIANDAY(MIN(s.starts_at)) - JULIANDAY(f.release_date) FROM f JOIN s ON s.f = f.id'
    """
    spans = list(_SPAN.finditer(question))
    if len(spans) != 1:
        return []
    later = spans[0].group("way").lower() == "before"
    said = [word_root(word) for word in re.findall(r"[a-z]+", spans[0].group("phrase").lower())]
    notes: list[str] = []
    for node in list(statement.find_all(exp.Sub, exp.DateDiff, exp.TimestampDiff, exp.Anonymous)):
        sides = _sides(node)
        if sides is None:
            continue
        first, second = (_said_at(side, said) for side in sides)
        if first == second:  # neither named, or one word for both
            continue
        named_is_first = second is None or (first is not None and first < second)
        # "after X": X is subtracted (second); "before X": X is subtracted from (first).
        if named_is_first == later:
            continue
        was = node.sql()
        _swap(node)
        way = "later" if later else "earlier"
        notes.append(f"{was} -> {node.sql()} (the question makes the event it names the {way})")
    return notes


def _sides(node: exp.Expr) -> tuple[exp.Column, exp.Column] | None:
    """The date columns of a difference's minuend and subtrahend, when each reads one."""
    if isinstance(node, exp.Anonymous):
        if node.name.upper() != "AGE" or len(node.expressions) != 2:
            return None
        left, right = node.expressions
    else:
        left, right = node.this, node.expression
    columns = [
        list(side.find_all(exp.Column)) if side is not None else [] for side in (left, right)
    ]
    if any(len(found) != 1 for found in columns):
        return None
    if any(column_event(found[0].name) is None for found in columns):
        return None
    return columns[0][0], columns[1][0]


def _said_at(column: exp.Column, said: list[str]) -> int | None:
    """Where the phrase first names ``column``'s event, or None."""
    event = column_event(column.name)
    return next((i for i, word in enumerate(said) if word == event), None)


def _swap(node: exp.Expr) -> None:
    if isinstance(node, exp.Anonymous):
        left, right = node.expressions
        node.set("expressions", [right, left])
        return
    left, right = node.this, node.expression
    node.set("this", right)
    node.set("expression", left)
