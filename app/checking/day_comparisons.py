"""A correction: a point in time compared with a day, as the day it falls on.

"Which donations were made after the last day of their campaign?" answered ``d.donated_at >
c.end_date`` counts a donation at 18:30 on the last day as after it: a day compares as its
midnight, in every database (and as a shorter text in SQLite, which sorts first). A comparison
of a column that holds a time of day (a TIMESTAMP or DATETIME, or dates with times in SQLite's
text) with a column that holds only days (a DATE, or day-only text) means the day the time falls
on, so the time side is read as its date: ``CAST(d.donated_at AS DATE) > c.end_date`` (SQLite
writes it ``DATE(...)``). For ``<`` and ``>=`` nothing changes in the result; for ``>``, ``<=``,
``=`` and ``<>`` the rows on that day are counted as the question counts them. Both sides must
be bare columns whose kind the schema settles.

A day written as a literal is read the same way: "booked in November 2024" answered
``created_at BETWEEN '2024-11-01' AND '2024-11-30'`` on a column with times leaves out the 30th
after midnight, and "on 4 December 2024" as ``attempted_at = '2024-12-04'`` finds nothing. So a
column holding a time of day compared with a bare day becomes a half-open range of whole days:
``= D`` becomes ``>= D AND < D+1``, ``BETWEEN A AND D`` becomes ``>= A AND < D+1``, and ``<= D``
becomes ``< D+1`` where D is the last day of a month (the end of a month or year asked about).
``> D`` is left as written: ``> '2024-01-01'`` is as often a loose "from 2024" as "after New
Year's Day". Compared with a time of day alone (``starts_at < '17:00:00'`` for "before 5pm"), such
a column is read as its time part (``TIME(starts_at)``); compared for equality with a full
timestamp on a day the question names with no time of day ("bookings made on 14 February
2025" as ``booked_at = '2025-02-14 10:15:00'``, a time copied from an example row), with all of
that day; ordered against a full timestamp where the question names a time of day and no day
("a start time earlier than 7:00 a.m., on whatever date" as ``started_at < '2024-01-01
07:00'``), as its time part against that time. Every change is reported with the answer.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlglot import exp

from app.checking.calendar_days import compare_calendar_days, grain, side_grains
from app.checking.candidate import Candidate, correct_read
from app.checking.clock_comparisons import (
    SAID_CLOCK,
    SAID_DAY,
    STAMP,
    clock_column,
    clock_only,
    compare_clock,
    invented_day,
)
from app.checking.conditions import COMPARISONS
from app.checking.dates import FLIPPED, MONTHS
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, source_column
from app.checking.types import ColumnTypes, columns_by_table


def correct_day_comparisons(candidate: Candidate) -> list[str]:
    """Not a check: a time compared with a day is compared as its day (and said so)."""
    question = candidate.last_question if candidate.question else ""
    return correct_read(
        candidate,
        lambda s: [
            *compare_calendar_days(s, candidate.schema, question),
            *compare_days(s, candidate.schema, question),
        ],
    )


def compare_days(statement: exp.Expr, schema: SchemaInfo, question: str = "") -> list[str]:
    """Read, in place, the time side of each time-to-day comparison as its date; one note
    per comparison.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE c (id INT, end_date DATE);"
    ...     "CREATE TABLE d (id INT, c_id INT, donated_at TIMESTAMP)", "postgres")
    >>> query = sqlglot.parse_one(
    ...     "SELECT d.id FROM d JOIN c ON c.id = d.c_id WHERE d.donated_at > c.end_date",
    ...     read="postgres")
    >>> [note] = compare_days(query, schema)
    >>> query.sql("postgres")
    'SELECT d.id FROM d JOIN c ON c.id = d.c_id WHERE CAST(d.donated_at AS DATE) > c.end_date'
    """
    types = columns_by_table(schema)
    notes = _literal_days(statement, schema, types, _asked_days(question), clock_only(question))
    if not any(
        grain(t, c, kind, schema) == "day" for t, cs in types.items() for c, kind in cs.items()
    ):
        return notes  # no column holds days only: most schemas with timestamps
    for scope in query_scopes(statement):
        for comparison in scope.expression.find_all(*COMPARISONS):
            if comparison.find_ancestor(exp.Select) is not scope.expression:
                continue
            grains = side_grains(comparison, scope, schema, types)
            if grains is None or sorted(map(str, grains)) != ["day", "time"]:
                continue
            sides = (comparison.this, comparison.expression)
            timed = sides[grains.index("time")]
            before = comparison.sql(schema.dialect)
            timed.replace(exp.cast(timed.copy(), "DATE"))
            notes.append(
                f"{before} -> {comparison.sql(schema.dialect)} ({timed.name} holds a time of "
                f"day and the other side only a day: the comparison is of the day it falls on)"
            )
    return notes


_DAY_LITERAL = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _literal_days(
    statement: exp.Expr,
    schema: SchemaInfo,
    types: ColumnTypes,
    asked: set[date],
    clock_only: bool = False,
) -> list[str]:
    """Compare, in place, each column with times against a bare day as whole days.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE p (id INT, created_at TIMESTAMP)", "postgres")
    >>> query = sqlglot.parse_one(
    ...     "SELECT id FROM p WHERE created_at BETWEEN '2024-11-01' AND '2024-11-30'")
    >>> [note] = compare_days(query, schema)
    >>> query.sql()
    "SELECT id FROM p WHERE created_at >= '2024-11-01' AND created_at < '2024-12-01'"
    """
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope in query_scopes(statement):
        for node in list(scope.expression.find_all(*COMPARISONS, exp.Between)):
            if node.find_ancestor(exp.Select) is not scope.expression:
                continue
            column, kind, days = _day_bound(node)
            zone = ""
            if column is None and isinstance(node, exp.EQ):
                column, kind, days, zone = _asked_day_stamp(node, asked)
            clock = clock_column(node) if column is None else None
            stamp = invented_day(node) if column is None and clock_only else None
            if stamp is not None:
                clock = stamp[0]
            if clock is not None:
                column = clock
            if column is None:
                continue
            found = source_column(column, scope, columns)
            table = found[2] if found is not None else None
            declared = types.get(table or "", {}).get(column.name.lower())
            if declared is None or grain(table, column.name.lower(), declared, schema) != "time":
                continue
            if clock is not None:
                day = stamp[1] if stamp is not None else None  # made up: its time alone
                notes.append(compare_clock(node, clock, schema.dialect, day))
                continue
            if kind is None:
                continue
            whole = _whole_days(column, kind, days, zone)
            if whole is None:
                continue
            before = node.sql(schema.dialect)
            if isinstance(whole, exp.And) and not isinstance(node.parent, (exp.Where, exp.And)):
                whole = exp.paren(whole, copy=False)
            node.replace(whole)
            notes.append(
                f"{before} -> {whole.sql(schema.dialect)} ({column.name} holds a time of day: "
                f"a day compared with it means all of that day)"
            )
    return notes


def _asked_days(question: str) -> set[date]:
    """The days a question names and asks no time of ("on 14 February 2025").

    >>> sorted(_asked_days("How many bookings were made on 14 February 2025?"))
    [datetime.date(2025, 2, 14)]
    >>> _asked_days("Bookings made on 14 February 2025 at 10:15?")
    set()
    """
    if SAID_CLOCK.search(question):
        return set()
    days = set()
    for found in SAID_DAY.finditer(question):
        day, month, month_first, day_after, year, iso = found.groups()
        try:
            if iso:
                days.add(date.fromisoformat(iso))
            else:
                name = (month or month_first).lower()
                days.add(date(int(year), MONTHS[name], int(day or day_after)))
        except ValueError:
            continue
    return days


def _asked_day_stamp(
    node: exp.EQ, asked: set[date]
) -> tuple[exp.Column | None, type[exp.Expr] | None, list[date], str]:
    """``column = 'D HH:MM:SS'`` where D is a day the question names with no time: a time
    copied from an example row, or the day's midnight, where the question asks for the whole
    day; the stamp's time zone (``+00``) is kept for the day's bounds."""
    column, value = node.this, node.expression
    if not isinstance(column, exp.Column):
        column, value = value, column
    if not isinstance(column, exp.Column) or not isinstance(value, exp.Literal):
        return None, None, [], ""
    stamp = STAMP.match(value.this) if value.is_string else None
    if stamp is None or date.fromisoformat(stamp.group(1)) not in asked:
        return None, None, [], ""
    return column, exp.EQ, [date.fromisoformat(stamp.group(1))], stamp.group("zone") or ""


def _day_bound(node: exp.Expr) -> tuple[exp.Column | None, type[exp.Expr] | None, list[date]]:
    """(column, comparison with the column on the left, days) for a column against day
    literals."""
    if isinstance(node, exp.Between):
        column, sides = node.this, [node.args.get("low"), node.args.get("high")]
        kind: type[exp.Expr] = exp.Between
    elif isinstance(node.expression, exp.Literal):
        column, sides, kind = node.this, [node.expression], type(node)
    else:
        column, sides = node.expression, [node.this]
        kind = FLIPPED.get(type(node), type(node))
    days = [_day(side) for side in sides]
    if not isinstance(column, exp.Column) or any(day is None for day in days):
        return None, None, []
    return column, kind, [day for day in days if day is not None]


def _day(side: exp.Expr | None) -> date | None:
    if not isinstance(side, exp.Literal) or not side.is_string:
        return None
    if not _DAY_LITERAL.match(side.this):
        return None
    try:
        return date.fromisoformat(side.this)
    except ValueError:
        return None


def _whole_days(
    column: exp.Column, kind: type[exp.Expr], days: list[date], zone: str = ""
) -> exp.Expr | None:
    def at(day: date) -> exp.Literal:
        return exp.Literal.string(day.isoformat() + (f" 00:00:00{zone}" if zone else ""))

    after = days[-1] + timedelta(days=1)
    if kind is exp.LTE and after.day == 1:
        return exp.LT(this=column.copy(), expression=at(after))
    if kind is exp.EQ or kind is exp.Between:
        return exp.and_(
            exp.GTE(this=column.copy(), expression=at(days[0])),
            exp.LT(this=column.copy(), expression=at(after)),
        )
    return None  # < D and >= D already compare whole days; > D is left as written
