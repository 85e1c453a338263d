"""A check that reads the question: the clock read where the question names no time from now.

"How many orders used a promotion code?" answered with ``... WHERE starts_on <= CURRENT_DATE
AND ends_on >= CURRENT_DATE`` runs, and its answer changes with the day it is run: the
question asked about the data, not about today. Small models add ``CURRENT_DATE``,
``NOW()`` or SQLite's ``DATE('now')`` when a question mentions dates or validity. When the
query reads the clock and the question has no word for a time relative to the present
("today", "now", "current", "this year", "last 30 days", "ago", "still", "overdue", "how
old", ...), the answer is refused with an issue that says to compare the table's own columns
or the dates the question names.
"""

from __future__ import annotations

import re

from sqlglot import exp

_CLOCK_FUNCTIONS = (
    exp.CurrentDate,
    exp.CurrentDatetime,
    exp.CurrentTime,
    exp.CurrentTimestamp,
    exp.Localtime,
    exp.Localtimestamp,
    exp.UtcDate,
    exp.UtcTime,
    exp.UtcTimestamp,
)
_CLOCK_NAMES = {
    "now",
    "sysdate",
    "getdate",
    "getutcdate",
    "sysdatetime",
    "curdate",
    "curtime",
    "transaction_timestamp",
    "statement_timestamp",
    "clock_timestamp",
}
_CLOCK_LITERALS = {"now", "today", "tomorrow", "yesterday"}
# "the last month of 2025", "the first two weeks of March 2024": a period of a named year,
# which no more reads the clock than "December 2025" does.
NAMED_PERIOD_EDGE = re.compile(
    r"\b(?:first|last|final|opening|closing)\s+(?:\w+\s+){0,2}?"
    r"(?:days?|weeks?|weekends?|months?|quarters?|halfs?|halves|seasons?)\s+of\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|now\w*|current\w*|present\w*|moment|"
    r"this (?:day|week|month|quarter|year|season|semester|term)|last|past|next|coming|"
    r"previous|recent\w*|lately|yet|so far|to date|ago|upcoming|future|will|going to|"
    r"soon|still|overdue|expir\w*|remaining|left|active|age|aged|old|older|younger|"
    r"how long|since|until|as of|due|outstanding|ongoing|live|running|open)\b",
    re.IGNORECASE,
)


def reads_the_clock(statement: exp.Expr, dialect: str = "") -> str | None:
    """The first clock read in ``statement`` as SQL (``CURRENT_DATE``, ``DATE('now')``), or None."""
    for node in statement.walk():
        if isinstance(node, _CLOCK_FUNCTIONS):
            return node.sql(dialect=dialect)
        if isinstance(node, exp.Anonymous) and str(node.this).lower() in _CLOCK_NAMES:
            return node.sql(dialect=dialect)
        if (
            isinstance(node, exp.Literal)
            and node.is_string
            and node.this.strip().lower() in _CLOCK_LITERALS
        ):
            parent = node.parent
            return (parent if isinstance(parent, exp.Func) else node).sql(dialect=dialect)
    return None


def clock_read_issues(statement: exp.Expr, question: str, dialect: str = "") -> list[str]:
    """The issue of a query that reads the clock for a question about no time relative to
    now (none otherwise, and none without a question)."""
    if not question or _RELATIVE_TIME.search(NAMED_PERIOD_EDGE.sub(" ", question)):
        return []
    clock = reads_the_clock(statement, dialect)
    if clock is None:
        return []
    return [
        f"{clock} reads today's date, so the answer would change with the day the query runs, "
        "but the question asks about no time relative to today: compare the table's own "
        "columns, or the dates the question names, and leave the clock out"
    ]
