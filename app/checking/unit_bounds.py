"""A number the question says in one unit ("longer than 5 minutes", "over $50"), compared with a
column whose name gives another (``duration_sec > 5``, ``amount_cents > 50``): the number is
written in the column's unit. The units and their words are app.checking.units'; what is
returned, and converted, is also theirs.
"""

from __future__ import annotations

import math

from sqlglot import exp

from app.checking.conditions import COMPARISONS
from app.checking.factors import power_of_ten
from app.checking.schema import SchemaInfo
from app.checking.units import Unit, numeric_columns, said_numbers, stored_unit


def convert_said_bounds(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Write, in place, each number the outer read compares a unit column with in the column's
    unit; one note per change."""
    if not question or not isinstance(statement, exp.Select):
        return []
    said = said_numbers(question.splitlines()[-1])  # the conversation's last question
    if not said:
        return []
    numeric = numeric_columns(schema)
    return [
        note
        for comparison in statement.find_all(*COMPARISONS)
        if comparison.parent_select is statement or comparison.find_ancestor(exp.Having)
        for note in _convert_bound(comparison, said, numeric)
    ]


def _convert_bound(
    comparison: exp.Expr, said: list[tuple[float, Unit]], numeric: set[str]
) -> list[str]:
    for side, other in (
        (comparison.this, comparison.expression),
        (comparison.expression, comparison.this),
    ):
        if not isinstance(other, exp.Literal) or not other.is_number:
            continue
        inner = side.this if isinstance(side, exp.AggFunc) else side
        if not isinstance(inner, exp.Column) or inner.name.lower() not in numeric:
            continue
        unit = stored_unit(inner.name)
        number = float(other.this)
        if unit is None or number == 0:
            continue
        # The number said, as written or scaled by a wrong power of ten (20 euros as 20000).
        spoken = [(n, u) for n, u in said if u.kind == unit.kind and n and power_of_ten(number / n)]
        if len(spoken) != 1:
            continue
        said_number, said_unit = spoken[0]
        converted = said_number * said_unit.size / unit.size
        if math.isclose(converted, number):
            continue
        literal = exp.Literal.number(
            str(int(converted)) if converted == int(converted) else repr(converted)
        )
        before = comparison.sql()
        other.replace(literal)
        return [
            f"{before} compares {inner.name} (in {unit.word}) with {other.this} where the "
            f"question says {said_number:g} {said_unit.word}: written as {comparison.sql()}"
        ]
    return []
