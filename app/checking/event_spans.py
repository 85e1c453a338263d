"""A correction that reads the question: a span between two events, taken the way it asks.

"How many days after its release date was its first screening?" answered with
``JULIANDAY(release_date) - JULIANDAY(starts_at)``: the right two dates, subtracted the wrong
way round, so every answer is negative. The question says which event comes first: "N days
after X" makes X the earlier (subtracted), "N minutes before X" the later (subtracted from).
When the phrase after "after" or "before" names the event of one side of a difference of two
date columns first (``a - b``, SQLite's ``JULIANDAY(a) - JULIANDAY(b)``, MySQL's
``DATEDIFF(a, b)`` and ``TIMESTAMPDIFF(unit, b, a)``, PostgreSQL's ``AGE(a, b)``), and that
side is on the wrong end, the two sides change places.

A returned span that the query's own WHERE makes negative on every row is turned round too:
"As of 2025-05-01, which invoices are past their due date? Return ... the number of days
overdue" answered with ``due_on - '2025-05-01' ... WHERE due_on < '2025-05-01'`` lists every
invoice with a negative number of days. A span between points in time is asked as a length;
unless the question says "negative", the later point is the one subtracted from. Each change is
reported with the answer.

A count of days asked with both ends included ("count calendar days, first and last day
included", "inclusive") is one more than the difference of the two dates: a leave from Monday
to Friday is 5 days, ``JULIANDAY(end_date) - JULIANDAY(start_date)`` gives 4. A returned
difference of two dates (columns named as days: ``_date``, ``_on``, ``day``) with no ``+ 1``
beside it and no conversion to hours gets its ``+ 1``.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import conjuncts
from app.checking.event_dates import column_event, word_root
from app.checking.scopes import select_scopes

_SPAN = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?P<way>after|before)\s+"
    r"(?P<phrase>[^?.,;]*)",
    re.IGNORECASE,
)


def correct_event_spans(candidate: Candidate) -> list[str]:
    """Not a check: a difference of two dates taken against the order the question gives
    its events ("days after X": X is subtracted) is turned round (and said so)."""
    return correct_asked(
        candidate,
        lambda s, q: [
            *orient_event_spans(s, q),
            *orient_bounded_spans(s, q),
            *count_both_ends(s, q),
        ],
    )


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


_DATE_LITERAL = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WRAPPERS = (exp.Paren, exp.Cast, exp.TsOrDsToDate, exp.Date, exp.TsOrDsToTimestamp)


def _point(node: exp.Expr) -> exp.Expr:
    """A point in time without what converts it (``JULIANDAY(x)``, ``CAST(x AS DATE)``: x)."""
    while True:
        if isinstance(node, exp.Anonymous) and node.name.upper() == "JULIANDAY":
            node = node.expressions[0]
        elif isinstance(node, _WRAPPERS) and node.this is not None:
            node = node.this
        else:
            return node


def _is_point(node: exp.Expr) -> bool:
    if isinstance(node, exp.Literal) and node.is_string:
        return bool(_DATE_LITERAL.match(node.this))
    if isinstance(node, exp.Column):
        return column_event(node.name) is not None
    return isinstance(node, exp.CurrentDate | exp.CurrentTimestamp)


def _earlier_pairs(select: exp.Select) -> set[tuple[str, str]]:
    """(earlier, later) for each ``a < b`` (or ``<=``, ``>``, ``>=``) every row of ``select``
    meets, each side as a point's SQL."""
    where = select.args.get("where")
    pairs: set[tuple[str, str]] = set()
    for condition in conjuncts(where.this) if where is not None else []:
        if isinstance(condition, exp.LT | exp.LTE):
            earlier, later = condition.this, condition.expression
        elif isinstance(condition, exp.GT | exp.GTE):
            earlier, later = condition.expression, condition.this
        else:
            continue
        pairs.add((_point(earlier).sql(), _point(later).sql()))
    return pairs


def orient_bounded_spans(statement: exp.Expr, question: str) -> list[str]:
    """Swap, in place, the sides of each returned span the WHERE makes negative (see the
    module).

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT id, due_on - '2025-05-01' FROM invoices WHERE due_on < '2025-05-01'",
    ...     read="postgres")
    >>> [note] = orient_bounded_spans(query, "Which invoices are overdue, by how many days?")
    >>> query.sql("postgres")
    "SELECT id, '2025-05-01' - due_on FROM invoices WHERE due_on < '2025-05-01'"
    """
    if re.search(r"\bnegative\b", question, re.IGNORECASE):
        return []
    notes: list[str] = []
    for _, select in select_scopes(statement):
        pairs = _earlier_pairs(select)
        if not pairs:
            continue
        for node in _returned_spans(select):
            minuend, subtrahend = _point(node.this), _point(node.expression)
            if not (_is_point(minuend) and _is_point(subtrahend)):
                continue
            if (minuend.sql(), subtrahend.sql()) not in pairs:
                continue
            was = node.sql()
            _swap(node)
            notes.append(
                f"{was} -> {node.sql()} (the WHERE makes {minuend.sql()} the earlier on "
                "every row, so the span is taken from it to the later)"
            )
    return notes


def _returned_spans(select: exp.Select) -> list[exp.Expr]:
    """The differences (``a - b``, ``DATEDIFF``) in ``select``'s own returned values, not in
    its subqueries' (their own WHERE bounds them)."""
    return [
        node
        for projection in select.selects
        for node in projection.find_all(exp.Sub, exp.DateDiff)
        if node.find_ancestor(exp.Select) is select
    ]


_BOTH_ENDS = re.compile(
    r"\binclusive\b|\bboth\s+ends\b|\b(?:first|start)\s+and\s+(?:the\s+)?(?:last|end)\s+"
    r"(?:days?|dates?)\s+(?:both\s+)?(?:included|counted)",
    re.IGNORECASE,
)
_DAY_NAME = re.compile(r"(?:date|_on|day)$", re.IGNORECASE)


def count_both_ends(statement: exp.Expr, question: str) -> list[str]:
    """Add, in place, the ``+ 1`` of each returned day count asked with both ends included.

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT SUM(JULIANDAY(end_date) - JULIANDAY(start_date)) FROM leaves")
    >>> [note] = count_both_ends(query, "Total leave days, first and last day included?")
    >>> query.sql()
    'SELECT SUM((JULIANDAY(end_date) - JULIANDAY(start_date) + 1)) FROM leaves'
    """
    if not _BOTH_ENDS.search(question):
        return []
    notes: list[str] = []
    for select in list(statement.find_all(exp.Select)):
        for node in _returned_spans(select):
            if not _day_count(node):
                continue
            context = node.parent
            while isinstance(context, exp.Paren):
                context = context.parent
            if isinstance(context, exp.Add | exp.Sub | exp.Mul | exp.Div):
                continue  # + 1 written already, or a conversion (hours) or a sum of spans
            was = node.sql()
            counted = exp.paren(exp.Add(this=node.copy(), expression=exp.Literal.number(1)))
            node.replace(counted)
            notes.append(
                f"{was} -> {counted.sql()} (the question counts both the first and the last day)"
            )
    return notes


def _day_count(node: exp.Expr) -> bool:
    """Whether ``node`` is a difference of two dates named as days."""
    if isinstance(node, exp.DateDiff) and str(node.args.get("unit") or "DAY").upper() != "DAY":
        return False
    sides = [_point(node.this), _point(node.expression)]
    return all(isinstance(side, exp.Column) and _DAY_NAME.search(side.name) for side in sides)
