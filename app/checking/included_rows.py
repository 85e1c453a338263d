"""A correction that reads the question: rows it says to include, filtered out.

"How many deliveries, rejected loads included, were made in March 2024?" was answered with
``... AND rejected = FALSE``: the model read "rejected" as a condition. When the question says
some rows are included ("rejected loads included", "including cancelled bookings") and a
condition every row must meet keeps them out, the condition is dropped: a flag named after the
word (``rejected``, ``is_cancelled``) tested false (``= FALSE``, ``= 0``, ``NOT rejected``), a
column kept away from the word's value (``status <> 'cancelled'``), or the date of the word's
event tested for NULL ("including refunded pledges" and ``refunded_at IS NULL``). Rows said to
be included for lacking something ("including those who never submitted a proposal") lose an
anti-join that keeps only them (``NOT id IN (SELECT freelancer_id FROM proposals)``). "not
including" is left alone. Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import conjuncts
from app.checking.event_dates import column_event, word_root
from app.checking.row_identity import spoken_forms

_INCLUDED = re.compile(
    r"\b(?P<after>[a-z]+)(?:\s+[a-z]+)?\s+included\b|"
    # "including households that have opted out", "including those who left"
    r"(?<!not\s)(?<!n't\s)\bincluding\s+(?:the\s+|any\s+|all\s+)?[a-z]+\s+(?:that|who|which)\s+"
    r"(?:(?:have|has|had|were|was|are|is|been|already)\s+){0,2}(?P<clause>[a-z]+)|"
    r"(?<!not\s)(?<!n't\s)\bincluding\s+(?:the\s+|any\s+|all\s+)?(?P<before>[a-z]+)",
    re.IGNORECASE,
)
_FLAG_PREFIX = re.compile(r"^(?:is|was|has|had)_", re.IGNORECASE)
# "including those who never submitted a proposal": the rows without one are kept, not the only.
_INCLUDED_WITHOUT = re.compile(
    r"(?<!not\s)(?<!n't\s)\bincluding\s+(?:the\s+|any\s+|all\s+)?[a-z]+\s+(?:that|who|which)\s+"
    r"(?:(?:have|has|had|did|do|does)\s*)?(?:never|not|n't)\s+(?:(?:yet|ever|been)\s+)*"
    r"[a-z]+\s+(?:(?:a|an|any|the|one)\s+)?(?P<noun>[a-z]+)",
    re.IGNORECASE,
)


def correct_included_rows(candidate: Candidate) -> list[str]:
    """Not a check: a condition keeping out rows the question includes is dropped."""
    return correct_asked(candidate, keep_included_rows)


def included_words(question: str) -> set[str]:
    """The roots of the words a question says are included.

    >>> sorted(included_words("How many deliveries, rejected loads included, in March?"))
    ['reject']
    >>> sorted(included_words("Bookings per show, including cancelled ones?"))
    ['cancell']
    """
    words = set()
    for found in _INCLUDED.finditer(question):
        word = (
            found.group("after") or found.group("clause") or found.group("before") or ""
        ).lower()
        if len(word) > 3:
            words.add(word_root(word))
    return words


def keep_included_rows(statement: exp.Expr, question: str) -> list[str]:
    """Drop, in place, each WHERE condition that keeps out rows the question includes.

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT COUNT(*) FROM d WHERE d.at >= '2024-03-01' AND d.rejected = FALSE")
    >>> keep_included_rows(query, "How many deliveries, rejected loads included?")
    ['dropped d.rejected = FALSE: the question includes rejected rows']
    >>> query.sql()
    "SELECT COUNT(*) FROM d WHERE d.at >= '2024-03-01'"
    """
    words = included_words(question)
    lacking = {
        form
        for found in _INCLUDED_WITHOUT.finditer(question)
        for form in spoken_forms(found.group("noun").lower())
    }
    if not words and not lacking:
        return []
    notes: list[str] = []
    for where in list(statement.find_all(exp.Where)):
        conditions, kept = list(conjuncts(where.this)), []
        anti_joined = [_anti_joined(condition) for condition in conditions]
        # Only beside the anti-join the question asks for: "customers with no orders in 2024,
        # including those who never placed an order" keeps its one anti-join over orders.
        main = [t for t in anti_joined if t is not None and not set(spoken_forms(t)) & lacking]
        for condition, table in zip(conditions, anti_joined, strict=True):
            event = _unset_event(condition)
            word = _excluded_word(condition)
            if main and table is not None and set(spoken_forms(table)) & lacking:
                notes.append(
                    f"dropped {condition.sql()}: the question includes the rows without "
                    f"{table}, not only them"
                )
            elif event is not None and event[0] in words:
                notes.append(
                    f"dropped {condition.sql()}: the question includes the rows whose "
                    f"{event[1]} is set"
                )
            elif word is not None and {word_root(w) for w in (word.lower(), _head(word))} & words:
                notes.append(f"dropped {condition.sql()}: the question includes {word} rows")
            else:
                kept.append(condition)
        if len(kept) == len(conditions):
            continue
        if kept:
            where.set("this", exp.and_(*(c.copy() for c in kept)))
        else:
            where.pop()
    return notes


def _head(flag: str) -> str:
    """A flag's first word: ``opted_out`` -> ``opted``."""
    return flag.lower().split("_")[0]


def _unset_event(condition: exp.Expr) -> tuple[str, str] | None:
    """The event (its word's root, its column) whose rows ``condition`` keeps out by testing its
    date for NULL: ``refunded_at IS NULL`` keeps out the refunded rows."""
    if not isinstance(condition, exp.Is) or condition.args.get("negate"):
        return None
    column = condition.this
    if not isinstance(column, exp.Column) or not isinstance(condition.expression, exp.Null):
        return None
    event = column_event(column.name)
    return (event, column.name) if event is not None else None


def _excluded_word(condition: exp.Expr) -> str | None:
    """The word of the rows ``condition`` keeps out: a flag tested false, or a value refused."""
    if isinstance(condition, exp.Not) and isinstance(condition.this, exp.Column):
        return _FLAG_PREFIX.sub("", condition.this.name)
    if isinstance(condition, (exp.EQ, exp.NEQ)):
        column, value = condition.this, condition.expression
        if not isinstance(column, exp.Column):
            column, value = value, column
        if not isinstance(column, exp.Column):
            return None
        falsy = isinstance(value, exp.Boolean) and not value.this
        falsy = falsy or (
            isinstance(value, exp.Literal) and not value.is_string and value.this == "0"
        )
        truthy = isinstance(value, exp.Boolean) and value.this
        truthy = truthy or (
            isinstance(value, exp.Literal) and not value.is_string and value.this == "1"
        )
        if (isinstance(condition, exp.EQ) and falsy) or (isinstance(condition, exp.NEQ) and truthy):
            return _FLAG_PREFIX.sub("", column.name)
        if isinstance(condition, exp.NEQ) and isinstance(value, exp.Literal) and value.is_string:
            return value.this if re.fullmatch(r"[A-Za-z]+", value.this) else None
    return None


def _anti_joined(condition: exp.Expr) -> str | None:
    """The table whose rows ``condition`` requires there be none of: ``NOT x IN (SELECT ...
    FROM t)``, ``NOT EXISTS (SELECT ... FROM t ...)``."""
    if not isinstance(condition, exp.Not):
        return None
    inner = condition.this.unnest()
    query = inner.args.get("query") if isinstance(inner, exp.In) else inner
    select = query.unnest() if isinstance(query, exp.Expr) else None
    if isinstance(select, exp.Exists):
        select = select.this
    if not isinstance(select, exp.Select) or select.args.get("joins"):
        return None
    source = select.args.get("from_")
    if source is None or not isinstance(source.this, exp.Table):
        return None
    return source.this.name.lower()
