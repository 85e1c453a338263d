"""A correction that reads the question: a duration asked in a unit, computed as a subtraction
that does not give that unit.

Subtracting one point in time from another means different things by dialect, and small models
write ``ended_at - started_at`` everywhere:

- PostgreSQL: ``timestamp - timestamp`` is an *interval* ("01:30:00"). Asked "in minutes", the
  model multiplies or averages it (``AVG(ended_at - started_at) * 60``) and returns an interval,
  not a number. The difference becomes ``EXTRACT(EPOCH FROM ended_at - started_at) / 60``, and
  the model's own conversion by a constant, now wrong, is dropped. ``date - date`` is a number
  of days already, and left alone.
- MySQL (and MariaDB): both sides become numbers such as 20240315143000 and the difference means
  nothing. It becomes ``TIMESTAMPDIFF(<unit>, start, end)`` for the unit asked, ``DATEDIFF`` for
  days (calendar days, MySQL's idiom), and without a unit asked ``DATEDIFF`` between dates and
  ``TIMESTAMPDIFF(SECOND, ...)`` otherwise.

SQLite's text dates are corrected in app.checking.text_dates. The unit is one the question asks
for ("in minutes", "how many hours"); a unit after a number ("30 days after") is a bound, not
the unit of the answer, and two different units leave the SQL as written. Each change is
reported in ``corrections``.
"""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import ColumnTypes, columns_by_table, declared_type

SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_ASKED_UNIT = re.compile(
    r"(?P<number>\d[\d.,]*[\s-]*|\b(?:a|an|one|two|three|few|several)\s+)?"
    r"\b(?P<unit>second|minute|hour|day|week)s\b",
    re.IGNORECASE,
)
_CLOCK_FUNCTIONS = {"NOW", "SYSDATE", "CURRENT_TIMESTAMP", "LOCALTIMESTAMP", "UTC_TIMESTAMP"}
# What a model wraps around a difference before converting it by a constant.
_PASS_THROUGH = (exp.Paren, exp.Cast, exp.Avg, exp.Sum, exp.Min, exp.Max, exp.Abs, exp.Round)


def asked_unit(question: str) -> str | None:
    """The one unit of time the question asks its answer in, or None.

    >>> asked_unit("What is the average appointment length in minutes for each doctor?")
    'minute'
    >>> asked_unit("Which invoices were still unpaid 30 days after they were issued?")
    >>> asked_unit("How many days after being issued was each paid invoice paid?")
    'day'
    """
    units = {
        match.group("unit").lower()
        for match in _ASKED_UNIT.finditer(question)
        if not match.group("number")
    }
    return units.pop() if len(units) == 1 else None


def _kind(node: exp.Expr, scope: Scope, columns_of: ColumnTypes) -> str | None:
    """'date' or 'timestamp' when ``node`` is a point in time of that kind, else None."""
    node = node.unnest()
    if isinstance(node, exp.CurrentDate):
        return "date"
    if isinstance(node, exp.CurrentTimestamp):
        return "timestamp"
    if isinstance(node, exp.Anonymous) and node.name.upper() in _CLOCK_FUNCTIONS:
        return "timestamp"
    declared: str | None = None
    if isinstance(node, exp.Cast):
        declared = node.to.sql()
    elif isinstance(node, exp.Column):
        declared = declared_type(node, scope, columns_of)
    if declared is None:
        return None
    declared = declared.upper()
    if declared.startswith(("TIMESTAMP", "DATETIME")):
        return "timestamp"
    return "date" if declared.startswith("DATE") else None


def unwrapped(node: exp.Expr) -> exp.Expr:
    """``node`` inside the parentheses and aggregates a model wraps around a difference before
    converting it by a constant (``AVG((b - a)) / 60``: ``b - a``)."""
    while isinstance(node, _PASS_THROUGH):
        node = node.this
    return node


def conversion_of(difference: exp.Expr) -> exp.Expr:
    """The node to replace: ``difference`` or, when the model converted it by a constant
    (``AVG(b - a) * 60``), that conversion, whose constant the rewrite makes wrong."""
    node = difference
    while isinstance(node.parent, _PASS_THROUGH) and node.arg_key == "this":
        node = node.parent
    parent = node.parent
    if isinstance(parent, exp.Mul | exp.Div):
        other = parent.expression if node is parent.this else parent.this
        if isinstance(other, exp.Literal) and other.is_number:
            return parent
    return difference


def _extraction(node: exp.Expr) -> exp.Extract | None:
    """The EXTRACT (or DATE_PART) by which the model reads a number out of the difference."""
    return node.find_ancestor(exp.Extract)


def _reads_a_field(extraction: exp.Extract, difference: exp.Sub, unit: str) -> bool:
    """Whether ``extraction`` is ``EXTRACT(<unit> FROM difference)`` for the unit asked: the
    interval's minutes or hours *field* (0-59, 0-23), not its length in that unit."""
    if extraction.name.lower() not in ("second", "minute", "hour"):
        return False
    return extraction.expression.unnest() is difference and extraction.name.lower() == unit


def _compared_with_interval(difference: exp.Expr) -> bool:
    parent = difference.parent
    while isinstance(parent, exp.Paren):
        parent = parent.parent
    return isinstance(parent, exp.Predicate) and any(
        isinstance(side, exp.Interval) for side in parent.iter_expressions()
    )


def _postgres_number(difference: exp.Sub, unit: str) -> str:
    divisor = SECONDS[unit]
    epoch = f"EXTRACT(EPOCH FROM {difference.sql('postgres')})"
    return epoch if divisor == 1 else f"{epoch} / {divisor}"


def _mysql_number(difference: exp.Sub, unit: str | None, kinds: set[str | None]) -> str:
    end, start = difference.this.sql("mysql"), difference.expression.sql("mysql")
    if unit == "day" or (unit is None and kinds == {"date"}):
        return f"DATEDIFF({end}, {start})"
    return f"TIMESTAMPDIFF({(unit or 'second').upper()}, {start}, {end})"


def _put(node: exp.Expr, number: str, dialect: str) -> exp.Expr:
    """Replace ``node`` with ``number`` (SQL in ``dialect``), parenthesized inside arithmetic."""
    replacement = sqlglot.parse_one(number, read=dialect)
    if isinstance(replacement, exp.Binary) and isinstance(node.parent, exp.Binary):
        replacement = exp.paren(replacement)
    node.replace(replacement)
    return replacement


def _rewrite(difference: exp.Expr, number: str, dialect: str, why: str) -> str:
    target = conversion_of(difference)
    before = target.sql(dialect)
    replacement = _put(difference, number, dialect)
    if target is not difference:  # the model's conversion by a constant: keep its other side
        kept = target.this if target.expression.is_number else target.expression
        target.replace(kept)
        replacement = kept
    return f"{before} -> {replacement.sql(dialect)} ({why})"


def _seconds_in_unit(seconds: exp.Extract, unit: str) -> list[str]:
    """``EXTRACT(EPOCH FROM b - a)`` (seconds) divided by the size of another unit than the one
    asked (``/ 86400.0`` for minutes), or by none: divided by the size of the unit asked.
    A comparison's seconds are left to the number they are compared with."""
    if seconds.find_ancestor(exp.Predicate) is not None:
        return []
    target = conversion_of(seconds)
    if target is seconds:
        if unit == "second":
            return []
        number = f"{seconds.sql('postgres')} / {SECONDS[unit]}"
        return [_rewrite_extraction(seconds, number, "EXTRACT(EPOCH ...) counts seconds")]
    divisor = target.expression
    if not isinstance(target, exp.Div) or target.this is divisor:
        return []
    if float(divisor.this) not in SECONDS.values():
        return []  # not a unit's size: the question's own arithmetic
    if float(divisor.this) == SECONDS[unit] or isinstance(target.parent, exp.Mul | exp.Div):
        return []  # right, or converted again (``/ 60 / 60``): left as written
    before = target.sql("postgres")
    divisor.replace(exp.Literal.number(SECONDS[unit]))
    return [
        f"{before} -> {target.sql('postgres')} (EXTRACT(EPOCH ...) counts seconds: "
        f"{SECONDS[unit]} of them make {'an' if unit == 'hour' else 'a'} {unit})"
    ]


def _rewrite_extraction(extraction: exp.Extract, number: str, why: str) -> str:
    before = extraction.sql("postgres")
    replacement = _put(extraction, number, "postgres")
    return f"{before} -> {replacement.sql('postgres')} ({why})"


def correct_durations(candidate: Candidate) -> list[str]:
    """Not a check: PostgreSQL's interval or MySQL's number from subtracting two points in time
    becomes their difference in the unit asked (and said so)."""
    return correct_read(
        candidate,
        lambda s: durations_in_units(s, candidate.question, candidate.schema, candidate.dialect),
    )


def durations_in_units(
    statement: exp.Expr, question: str, schema: SchemaInfo, dialect: str
) -> list[str]:
    """Apply this module's correction to ``statement`` in place; one note per change.

    >>> schema = SchemaInfo({"a": {"id": "INT", "started": "TIMESTAMP", "ended": "TIMESTAMP"}},
    ...                     "postgres")
    >>> query = sqlglot.parse_one("SELECT id, AVG(ended - started) * 60 FROM a", read="postgres")
    >>> len(durations_in_units(query, "Average length in minutes?", schema, "postgres"))
    1
    >>> query.sql("postgres")
    'SELECT id, AVG(EXTRACT(EPOCH FROM ended - started) / 60) FROM a'
    """
    if dialect not in ("postgres", "mysql"):
        return []
    unit = asked_unit(question)
    if dialect == "postgres" and unit is None:
        return []
    columns_of = columns_by_table(schema)
    notes: list[str] = []
    for scope in query_scopes(statement):
        for difference in list(scope.find_all(exp.Sub)):
            sides = (difference.this, difference.expression)
            kinds = {_kind(side, scope, columns_of) for side in sides}
            if None in kinds or _compared_with_interval(difference):
                continue
            extraction = _extraction(difference)
            if extraction is not None:
                if dialect == "postgres" and unit and _reads_a_field(extraction, difference, unit):
                    number = _postgres_number(difference, unit)
                    why = f"EXTRACT({unit.upper()} ...) reads the interval's {unit}s field, "
                    notes.append(_rewrite_extraction(extraction, number, why + "not its length"))
                elif dialect == "postgres" and unit and extraction.name.upper() == "EPOCH":
                    notes.extend(_seconds_in_unit(extraction, unit))
                continue
            if dialect == "postgres" and unit is not None and "timestamp" in kinds:
                why = (
                    "PostgreSQL subtracts timestamps as an interval; its seconds / "
                    f"{SECONDS[unit]} give {unit}s"
                )
                number = _postgres_number(difference, unit)
            elif dialect == "mysql":
                what = f"{unit}s" if unit else "days" if kinds == {"date"} else "seconds"
                why = f"MySQL subtracts dates and times as plain numbers; this gives {what}"
                number = _mysql_number(difference, unit, kinds)
            else:
                continue
            notes.append(_rewrite(difference, number, dialect, why))
    if dialect == "mysql" and unit in ("second", "minute", "hour"):
        notes.extend(_days_to_unit(statement, unit))
    return notes


def _days_to_unit(statement: exp.Expr, unit: str) -> list[str]:
    """MySQL's ``DATEDIFF(end, start)`` counts days; asked in hours, minutes or seconds, it
    becomes ``TIMESTAMPDIFF`` in that unit."""
    notes = []
    for days in list(statement.find_all(exp.DateDiff)):
        if days.args.get("unit") is not None:
            continue
        end, start = days.this.sql("mysql"), days.expression.sql("mysql")
        number = f"TIMESTAMPDIFF({unit.upper()}, {start}, {end})"
        why = f"DATEDIFF counts whole days; TIMESTAMPDIFF counts the {unit}s asked"
        notes.append(_rewrite(days, number, "mysql", why))
    return notes
