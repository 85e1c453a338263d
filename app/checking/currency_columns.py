"""A correction that reads the question and the declared types: money stored in its currency,
converted as if it were in cents.

Asked for an amount "in dollars", small models divide by 100 out of habit, also where the
column holds dollars already: ``t.amount / 100.00`` over ``amount DECIMAL(12,2)`` (the bank
blind set) returns a hundredth of every amount. A column declared ``DECIMAL``/``NUMERIC`` with
two decimal places, whose name names no unit (``amount``, ``paid_amount``; ``amount_cents``
says cents and is app.checking.units' concern), holds the currency's unit: the two decimals
are its cents. When the question asks for money in a currency and a returned value is such a
column divided by 100 (or multiplied by 0.01), that conversion is dropped. Every change is
reported with the answer.
"""

from __future__ import annotations

import math
import re

from sqlglot import exp

from app.checking.factors import constant_factors
from app.checking.schema import SchemaInfo
from app.checking.units import asked_units, stored_unit

_TWO_DECIMALS = re.compile(r"^(?:DECIMAL|NUMERIC)\s*\(\s*\d+\s*,\s*2\s*\)", re.IGNORECASE)


def currency_columns(schema: SchemaInfo) -> set[str]:
    """The lowercased names of columns declared with two decimals and no unit in their name,
    wherever a table has a column of that name."""
    declared: dict[str, set[bool]] = {}
    for columns in schema.tables.values():
        for column, kind in columns.items():
            money = bool(_TWO_DECIMALS.match(kind)) and stored_unit(column) is None
            declared.setdefault(column.lower(), set()).add(money)
    return {name for name, kinds in declared.items() if kinds == {True}}


def keep_currency_units(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Drop, in place, a returned conversion from cents of a column held in the currency.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE t (id INT, amount DECIMAL(12,2))", "mysql")
    >>> query = sqlglot.parse_one("SELECT id, SUM(amount) / 100 AS total FROM t GROUP BY id")
    >>> [note] = keep_currency_units(query, "Total per id in dollars?", schema)
    >>> query.sql()
    'SELECT id, SUM(amount) AS total FROM t GROUP BY id'
    """
    if "money" not in asked_units(question.splitlines()[-1] if question else ""):
        return []
    money = currency_columns(schema)
    if not money:
        return []
    notes: list[str] = []
    for select in list(statement.find_all(exp.Select)):
        for projection in select.expressions:
            value = projection.unalias()
            found = [c for c in value.find_all(exp.Column) if c.name.lower() in money]
            if len({c.name.lower() for c in found}) != 1:
                continue
            factors = constant_factors(found[0], value)
            if not factors or len(factors) != 1 or not math.isclose(factors[0][1], 0.01):
                continue
            node = factors[0][0]
            kept = node.this if any(n is found[0] for n in node.this.walk()) else node.expression
            before = node.sql(schema.dialect)
            node.replace(kept)
            notes.append(
                f"{before} -> {kept.sql(schema.dialect)} ({found[0].name} is declared with two "
                "decimals: it holds the currency's unit, not cents)"
            )
    return notes
