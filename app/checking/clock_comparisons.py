"""Times of day in comparisons: what app.checking.day_comparisons reads a clock by.

A column that holds a date and a time, compared with a time of day alone (``starts_at <
'17:00:00'`` for "before 5pm"), is read as its time part. So is one ordered against a full
timestamp whose day the question never names ("a start time earlier than 7:00 a.m., on whatever
date" answered ``started_at < '2024-01-01 07:00'``): the model made the day up, and the time is
what was asked.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.dates import MONTH_WORDS

STAMP = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?$"
)
SAID_DAY = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_WORDS})\.?|({MONTH_WORDS})\.?\s+"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?,?)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE,
)
SAID_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.I)


_CLOCK_LITERAL = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def clock_only(question: str) -> bool:
    """Whether ``question`` names a time of day and no day, month or year ("a start time earlier
    than 7:00 a.m., on whatever date")."""
    return bool(
        SAID_CLOCK.search(question)
        and not SAID_DAY.search(question)
        and not re.search(rf"\b(?:(?:19|20)\d\d|{MONTH_WORDS})\b", question, re.IGNORECASE)
    )


def invented_day(node: exp.Expr) -> tuple[exp.Column, exp.Literal] | None:
    """``(column, stamp)`` of ``started_at < '2024-01-01 07:00'``: an order against a
    full timestamp whose day the model made up for a question that names only a time."""
    if not isinstance(node, exp.LT | exp.LTE | exp.GT | exp.GTE):
        return None
    column, value = node.this, node.expression
    if not isinstance(column, exp.Column):
        column, value = value, column
    if not isinstance(column, exp.Column) or not isinstance(value, exp.Literal):
        return None
    stamp = STAMP.match(value.this) if value.is_string else None
    if stamp is None or stamp.group("zone"):
        return None
    return column, value


def clock_column(node: exp.Expr) -> exp.Column | None:
    """The column a comparison holds against times of day only (``starts_at < '17:00:00'``)."""
    if isinstance(node, exp.Between):
        column, sides = node.this, [node.args.get("low"), node.args.get("high")]
    else:
        column, sides = node.this, [node.expression]
        if not isinstance(column, exp.Column):
            column, sides = node.expression, [node.this]
    clocks = [isinstance(s, exp.Literal) and _CLOCK_LITERAL.match(s.this) for s in sides]
    return column if isinstance(column, exp.Column) and all(clocks) else None


def compare_clock(
    node: exp.Expr, column: exp.Column, dialect: str, stamp: exp.Literal | None = None
) -> str:
    """Read ``column`` as its time of day in ``node`` (and ``stamp``, a timestamp it is ordered
    against, as its time), in place; the note that says so."""
    before = node.sql(dialect)
    if stamp is not None:
        stamp.replace(exp.Literal.string(stamp.name.split(" ", 1)[-1].split("T", 1)[-1]))
    if dialect == "postgres":
        clock: exp.Expr = exp.cast(column.copy(), "TIME")
    else:
        clock = exp.Anonymous(this="TIME", expressions=[column.copy()])
    column.replace(clock)
    return (
        f"{before} -> {node.sql(dialect)} ({column.name} holds a date and a time: a time of day "
        "compared with it means its time part)"
    )
