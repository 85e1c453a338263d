"""Not a check: MySQL's TIMESTAMPDIFF counts whole units, where the question needs a fraction.

``TIMESTAMPDIFF(HOUR, scheduled, actual)`` is 2 for a delay of 2 hours 50 minutes, so
"arrived more than 2 hours late" written ``TIMESTAMPDIFF(HOUR, ...) > 2`` misses it, and "the
delay in hours, rounded to 1 decimal place" returns 2 where 2.8 is asked (``DATEDIFF`` does the
same with days). Two readings are settled:

- a count of whole hours compared with ``>`` or ``<=`` a number (``> 2`` means "3 or more"
  once truncated), and
- a count of whole hours or days (``DATEDIFF`` too) returned where the question asks for
  decimal places, unless the model scales it itself (``TIMESTAMPDIFF(HOUR, ...) / 24``),

and the count becomes the exact difference, ``TIMESTAMPDIFF(SECOND, a, b) / 3600.0``. ``>=``
and ``<`` are right on whole units and stay; days compared stay (a question about days may
mean calendar days), and so do days from or to a DATE column, which holds no time of day to
count ("how many days pass between a batch's brew date and its first packaging run, on
average, to 1 decimal": the decimals are the average's); minutes stay (data is rarely finer).
Each change is reported in ``corrections``.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.asked_rounding import asked_places
from app.checking.calendar_days import column_grain
from app.checking.candidate import Candidate, correct_asked
from app.checking.dates import FLIPPED
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import columns_by_table

_SECONDS = {"HOUR": 3600, "DAY": 86400}
"""Units whose truncation loses what questions ask; minutes are as fine as most data is."""


def correct_whole_units(candidate: Candidate) -> list[str]:
    """Not a check: whole units of MySQL's TIMESTAMPDIFF that need a fraction are exact."""
    if candidate.dialect != "mysql":
        return []
    return correct_asked(candidate, lambda s, q: exact_spans(s, q, candidate.schema))


def exact_spans(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Make, in place, each truncated count of units the question needs exactly (see the
    module) an exact difference; one note per change."""
    decimals = bool(asked_places(question))
    types = columns_by_table(schema)
    notes: list[str] = []
    spans = [
        (span, scope)
        for scope in query_scopes(statement)
        for span in scope.find_all(exp.TimestampDiff, exp.DateDiff)
    ]
    for span, scope in spans:
        unit = "DAY" if isinstance(span, exp.DateDiff) else span.text("unit").upper()
        if unit not in _SECONDS:
            continue
        sides = (span.this, span.expression)
        if unit == "DAY" and any(column_grain(s, scope, schema, types) == "day" for s in sides):
            continue
        place = span.find_ancestor(exp.Where, exp.Having, exp.Join, exp.Order, exp.Select)
        scaled = isinstance(span.parent, (exp.Div, exp.Mul))
        returned = decimals and isinstance(place, exp.Select) and not scaled
        if not (returned or (unit != "DAY" and _loose_bound(span))):
            continue
        exact = exp.TimestampDiff(
            this=span.this.copy(), expression=span.expression.copy(), unit=exp.var("SECOND")
        )
        size = exp.Literal.number(f"{_SECONDS[unit]}.0")
        divided = exp.paren(exp.Div(this=exact, expression=size))
        before = span.sql("mysql")
        span.replace(divided)
        why = "returned to decimal places" if returned else "compared with a bound"
        notes.append(
            f"{before} -> {divided.sql('mysql')} (it counts whole {unit.lower()}s; {why}, "
            "the difference must be exact)"
        )
    return notes


def _loose_bound(span: exp.Expr) -> bool:
    """Whether ``span`` is compared with a number where truncation changes the answer:
    ``span > n``, ``span <= n`` (or ``n < span``, ``n >= span``)."""
    parent = span.parent
    if parent is None or type(parent) not in FLIPPED:
        return False
    other = parent.expression if span is parent.this else parent.this
    if not (isinstance(other, exp.Literal) and other.is_number):
        return False
    kind = type(parent) if span is parent.this else FLIPPED[type(parent)]
    return kind in (exp.GT, exp.LTE)
