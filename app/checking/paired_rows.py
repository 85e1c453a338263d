"""A correction that reads the question: pairs of rows of one table, each pair once.

"Find double bookings: pairs of bookings of the same room whose times overlap" answered
``FROM room_bookings AS a JOIN room_bookings AS b ON a.space_id = b.space_id AND a.starts_at <
b.ends_at AND a.ends_at > b.starts_at``, returning ``a.booking_id, b.booking_id``: every
booking overlaps itself, so each is listed as a pair with itself, and every real pair comes
twice, (1, 2) and (2, 1). When the question asks for pairs and a query joins a table to itself,
returning the primary key of both sides with nothing relating the two keys but ``<>``, the keys
are ordered (``a.booking_id < b.booking_id``): each pair once, the smaller key first, as a
person lists pairs. The change is reported in ``corrections``.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import conjuncts
from app.checking.join_keys import TableKeys
from app.checking.scopes import scope_tables, select_scopes

_PAIRS = re.compile(r"\bpair(?:s|ed)?\b", re.IGNORECASE)


def correct_paired_rows(candidate: Candidate) -> list[str]:
    """Not a check: a self-join asked for pairs lists each pair once, smaller key first."""
    return correct_asked(candidate, lambda s, q: order_pairs(s, q, candidate.schema.keys))


def order_pairs(statement: exp.Expr, question: str, keys: TableKeys) -> list[str]:
    """Apply this module's correction to ``statement`` in place; one note per self-join.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE b (id INT PRIMARY KEY, room INT)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT x.id, y.id FROM b AS x JOIN b AS y ON x.room = y.room")
    >>> len(order_pairs(query, "Which pairs of bookings share a room?", schema.keys))
    1
    >>> query.sql()
    'SELECT x.id, y.id FROM b AS x JOIN b AS y ON x.room = y.room AND x.id < y.id'
    """
    if not _PAIRS.search(question):
        return []
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        returned = [p.unalias() for p in select.expressions]
        for join in select.args.get("joins") or []:
            pair = _paired_keys(join, scope_tables(scope), returned, keys)
            if pair is None:
                continue
            first, second = pair
            tests = [c for node in (join.args.get("on"), _where(select)) for c in _tests(node)]
            related = [t for t in tests if _relates(t, first, second)]
            if any(not isinstance(t, exp.NEQ) for t in related):
                continue  # the keys are related already: =, <, > are the query's own
            ordered = exp.LT(this=first.copy(), expression=second.copy())
            for test in related:
                test.replace(ordered.copy())
            if not related:
                join.set("on", exp.and_(join.args.get("on"), ordered))
            notes.append(
                f"added {ordered.sql()}: the question asks for pairs, and the self-join paired "
                "every row with itself and each pair twice; each pair is listed once, smaller "
                "key first"
            )
    return notes


def _tests(condition: exp.Expr | None) -> list[exp.Expr]:
    return list(conjuncts(condition)) if condition is not None else []


def _where(select: exp.Select) -> exp.Expr | None:
    where = select.args.get("where")
    return where.this if where is not None else None


def _paired_keys(
    join: exp.Join, read: dict[str, str], returned: list[exp.Expr], keys: TableKeys
) -> tuple[exp.Column, exp.Column] | None:
    """(the first alias's key, the joined alias's key) where ``join`` adds a table the query
    reads already and both aliases' primary keys are returned; None otherwise."""
    joined = join.this
    if not isinstance(joined, exp.Table) or join.side or join.kind not in ("", "INNER"):
        return None
    alias, table = joined.alias_or_name.lower(), joined.name.lower()
    key = keys.primary_keys.get(table)
    others = [a for a, t in read.items() if t == table and a != alias]
    if key is None or len(others) != 1:
        return None
    columns = {(c.table.lower(), c.name.lower()): c for c in returned if isinstance(c, exp.Column)}
    first, second = columns.get((others[0], key)), columns.get((alias, key))
    if first is None or second is None:
        return None
    return first, second


def _relates(test: exp.Expr, first: exp.Column, second: exp.Column) -> bool:
    """Whether ``test`` compares the two keys with each other."""
    if not isinstance(test, exp.EQ | exp.NEQ | exp.LT | exp.LTE | exp.GT | exp.GTE):
        return False
    sides = {test.this.sql().lower(), test.expression.sql().lower()}
    return sides == {first.sql().lower(), second.sql().lower()}
