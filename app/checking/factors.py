"""The constants a column is scaled by on its way into a returned value or a comparison.

``SUM(duration_sec) / 60.0`` scales seconds by 1/60; units (app.checking.units) and currency
columns read those factors to tell a conversion the model wrote from one it missed, and scale
a value by the right one.
"""

from __future__ import annotations

import math

from sqlglot import exp


def constant_factors(column: exp.Column, top: exp.Expr) -> list[tuple[exp.Expr, float]] | None:
    """The constants the column is multiplied (or divided) by on its way up to ``top``, as
    (the Mul or Div node, the factor); None when it is divided into a constant."""
    factors: list[tuple[exp.Expr, float]] = []
    child: exp.Expr = column
    node = column.parent
    while node is not None and child is not top:
        if isinstance(node, (exp.Mul, exp.Div)):
            other = node.expression if child is node.this else node.this
            if isinstance(other, exp.Literal) and other.is_number:
                number = float(other.this)
                if isinstance(node, exp.Div):
                    if child is not node.this or number == 0:
                        return None
                    number = 1 / number
                factors.append((node, number))
            elif isinstance(node, exp.Div) and child is not node.this:
                return None
        child, node = node, node.parent
    return factors


def scaled(value: exp.Expr, multiplier: float) -> exp.Expr:
    if multiplier < 1:
        divisor = round(1 / multiplier, 6)
        return exp.Div(this=_wrapped(value), expression=exp.Literal.number(_float(divisor)))
    return exp.Mul(this=_wrapped(value), expression=exp.Literal.number(_float(multiplier)))


def _wrapped(value: exp.Expr) -> exp.Expr:
    return value if isinstance(value, (exp.Column, exp.Func, exp.Paren)) else exp.Paren(this=value)


def _float(number: float) -> str:
    # A float literal, so that SQLite and PostgreSQL do not divide integers as integers.
    return f"{number:.1f}" if number == int(number) else repr(number)


def power_of_ten(ratio: float) -> bool:
    exponent = math.log10(abs(ratio)) if ratio else math.inf
    return math.isclose(exponent, round(exponent), abs_tol=1e-9) and abs(exponent) <= 6
