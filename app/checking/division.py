"""A correction before the identifier check: a ratio of two integers that the database truncates.

SQLite, PostgreSQL and SQL Server divide an integer by an integer as integers: ``7 / 2`` is 3,
and a share such as ``SUM(units_sold) / SUM(SUM(units_sold)) OVER (...)`` is 0 for every row.
Models write ratios the way a question reads ("defect rate", "share of sales", "percentage"),
and they are almost never asked for a truncated quotient. When both operands are integers by
the schema's declared types (integer columns, integer literals, COUNT, and sums, differences or
products of those), the dividend is cast to a floating type and the change is reported with the
answer (``corrections``), never made silently. An operand whose type is not known (a derived
table's column, a function the rules below do not know) leaves the division as written.

An average divided by a count of the same rows (``AVG(energy_wh) / COUNT(session_id)`` for "the
average energy per session") divides twice: AVG is already the sum over the count. The
division goes, and the average stays.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import ColumnTypes, columns_by_table, declared_type

TRUNCATING_DIALECTS = frozenset({"sqlite", "postgres", "tsql"})
INTEGER_TYPES = ("INT", "BIGINT", "SMALLINT", "TINYINT", "MEDIUMINT", "SERIAL", "BIGSERIAL")
# Functions whose result is an integer when their (first) argument is one.
_SAME_TYPE = (exp.Sum, exp.Min, exp.Max, exp.Abs, exp.Paren)
_ARITHMETIC = (exp.Add, exp.Sub, exp.Mul, exp.Mod)


def _column_is_integer(column: exp.Column, scope: Scope, columns_of: ColumnTypes) -> bool:
    return (declared_type(column, scope, columns_of) or "").upper().startswith(INTEGER_TYPES)


def is_integer(node: exp.Expr, scope: Scope, columns_of: ColumnTypes) -> bool:
    """Whether ``node`` is an integer by the schema's declared types (False when unknown)."""
    if isinstance(node, exp.Literal):
        return node.is_int
    if isinstance(node, exp.Column):
        return _column_is_integer(node, scope, columns_of)
    if isinstance(node, exp.Count):
        return True
    if isinstance(node, exp.Window):
        return is_integer(node.this, scope, columns_of)
    if isinstance(node, _SAME_TYPE):
        return is_integer(node.this, scope, columns_of)
    if isinstance(node, exp.Neg):
        return is_integer(node.this, scope, columns_of)
    if isinstance(node, _ARITHMETIC):
        return is_integer(node.this, scope, columns_of) and is_integer(
            node.expression, scope, columns_of
        )
    if isinstance(node, exp.Case):
        branches = [when.args.get("true") for when in node.args.get("ifs") or []]
        branches.append(node.args.get("default") or exp.Literal.number(0))
        return all(b is not None and is_integer(b, scope, columns_of) for b in branches)
    if isinstance(node, exp.Cast):
        return node.to.is_type(*exp.DataType.INTEGER_TYPES)
    return False


def float_integer_ratios(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    """Cast the dividend of every integer-by-integer division in place; one note per change.

    >>> import sqlglot
    >>> schema = SchemaInfo({"runs": {"scrapped": "INT", "made": "INT", "cost": "REAL"}}, "sqlite")
    >>> query = sqlglot.parse_one("SELECT scrapped / made, cost / made FROM runs", read="sqlite")
    >>> [note] = float_integer_ratios(query, schema, "sqlite")
    >>> note.split(" (")[0]
    'scrapped / made -> CAST(scrapped AS REAL) / made'
    >>> query.sql("sqlite")
    'SELECT CAST(scrapped AS REAL) / made, cost / made FROM runs'
    """
    if dialect not in TRUNCATING_DIALECTS:
        return []
    columns_of = columns_by_table(schema)
    notes: list[str] = []
    for scope in query_scopes(statement):
        for division in list(scope.find_all(exp.Div)):
            dividend, divisor = division.this, division.expression
            if not (
                is_integer(dividend, scope, columns_of) and is_integer(divisor, scope, columns_of)
            ):
                continue
            before = division.sql(dialect)
            dividend.replace(exp.cast(dividend.copy(), exp.DataType.Type.DOUBLE))
            notes.append(
                f"{before} -> {division.sql(dialect)} (both are integers, which {dialect} "
                "divides as integers)"
            )
    return notes


def correct_integer_ratios(candidate: Candidate) -> list[str]:
    """Not a check: an average is not divided by its count again, and a ratio of two integers
    is computed in floating point (and said so)."""
    return correct_read(
        candidate,
        lambda s: [
            *undivide_averages(s),
            *float_integer_ratios(s, candidate.schema, candidate.dialect),
        ],
    )


def undivide_averages(statement: exp.Expr) -> list[str]:
    """Drop, in place, each division of an average by a count of the same rows; one note
    each."""
    notes: list[str] = []
    for division in list(statement.find_all(exp.Div)):
        average, count = _unwrapped(division.this), _unwrapped(division.expression)
        if not (isinstance(average, exp.Avg) and isinstance(count, exp.Count)):
            continue
        if any(isinstance(n.parent, exp.Window) for n in (average, count)):
            continue
        if average.find_ancestor(exp.Select) is not count.find_ancestor(exp.Select):
            continue
        before = division.sql()
        division.replace(division.this)
        notes.append(
            f"{before} -> {division.this.sql()} (an average is already the total over the "
            "count; dividing it by the count again divides twice)"
        )
    return notes


def _unwrapped(node: exp.Expr) -> exp.Expr:
    while isinstance(node, (exp.Paren, exp.Cast)):
        node = node.this
    return node
