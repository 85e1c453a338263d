"""A correction that reads only the column names: two quantities in different units compared.

``te.minutes > p.budget_hours`` for "projects that logged more hours than their budget" runs
and compares minutes with hours: every project with a 90-minute entry is over a 2-hour budget.
When both sides of a comparison are a column (or an aggregate of one) whose name says its unit
(app.checking.units), the units are of one kind and differ, and neither side is converted
already, the side in the smaller unit is converted into the larger (``SUM(te.minutes) / 60.0 >
p.budget_hours``), whatever the question says. Every change is reported in ``corrections``.
"""

from __future__ import annotations

import math

from sqlglot import exp

from app.checking.conditions import COMPARISONS
from app.checking.factors import constant_factors, scaled
from app.checking.schema import SchemaInfo
from app.checking.units import numeric_columns, stored_unit, unit_column


def align_compared_units(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Convert, in place, the side in the smaller unit of each comparison between two columns
    naming different units of one kind; one note per change."""
    comparisons = [
        c
        for c in statement.find_all(*COMPARISONS)
        if _names_a_unit(c.this) and _names_a_unit(c.expression)
    ]
    if not comparisons:
        return []  # before reading the schema: most reads compare no two such columns
    numeric = numeric_columns(schema)
    notes: list[str] = []
    for comparison in comparisons:
        sides = (comparison.this, comparison.expression)
        left, right = (unit_column(side, numeric) for side in sides)
        if left is None or right is None or left[1].kind != right[1].kind or left[1] == right[1]:
            continue
        if not _unscaled(left[0], sides[0]) or not _unscaled(right[0], sides[1]):
            continue  # one side is converted already (or divided into a constant): left alone
        smaller = 0 if left[1].size < right[1].size else 1
        (column, unit), larger = (left, right)[smaller], (left, right)[1 - smaller][1]
        before = comparison.sql(schema.dialect)
        sides[smaller].replace(scaled(sides[smaller].copy(), unit.size / larger.size))
        notes.append(
            f"{before} -> {comparison.sql(schema.dialect)} ({column.name} is in {unit.word}, "
            f"compared with {larger.word})"
        )
    return notes


def _names_a_unit(side: exp.Expr) -> bool:
    return any(stored_unit(c.name) is not None for c in side.find_all(exp.Column))


def _unscaled(column: exp.Column, side: exp.Expr) -> bool:
    factors = constant_factors(column, side)
    return factors is not None and all(math.isclose(f, 1.0) for _, f in factors)
