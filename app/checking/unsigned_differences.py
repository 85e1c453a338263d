"""A correction for MySQL and MariaDB: a difference of UNSIGNED columns that may go below zero.

In MySQL, a subtraction with an ``UNSIGNED`` integer operand is UNSIGNED, and a negative
result is an error, not a number: ``ABS(c.rating - f.rating)`` over ``rating TINYINT
UNSIGNED`` fails with "BIGINT UNSIGNED value is out of range" on the first pair whose
difference is negative, though the same SQL runs in the SQLite sandbox. Each bare column of an
UNSIGNED integer type that is an operand of a subtraction is read ``CAST(c AS SIGNED)``, which
gives the same number and lets the difference be negative. Reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes
from app.checking.types import columns_by_table, declared_type

# sqlglot spells ``TINYINT(3) UNSIGNED`` as ``UTINYINT(3)``; a dump may keep the word.
_UNSIGNED = re.compile(r"^U(?:TINY|SMALL|MEDIUM|BIG)?INT\b|\bUNSIGNED\b", re.IGNORECASE)


def correct_unsigned_differences(candidate: Candidate) -> list[str]:
    """Not a check: an UNSIGNED column subtracted in MySQL is read as SIGNED (and said so)."""
    if candidate.schema.dialect != "mysql":
        return []
    return correct_read(candidate, lambda s: sign_unsigned_operands(s, candidate.schema))


def sign_unsigned_operands(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Cast, in place, each UNSIGNED column operand of a subtraction to SIGNED.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE r (id INT PRIMARY KEY, a TINYINT UNSIGNED, "
    ...     "b TINYINT UNSIGNED)", "mysql")
    >>> query = sqlglot.parse_one("SELECT ABS(a - b) FROM r", read="mysql")
    >>> [note] = sign_unsigned_operands(query, schema)
    >>> query.sql("mysql")
    'SELECT ABS(CAST(a AS SIGNED) - CAST(b AS SIGNED)) FROM r'
    """
    columns_of = columns_by_table(schema)
    notes: list[str] = []
    for scope in query_scopes(statement):
        for difference in list(scope.find_all(exp.Sub)):
            signed = []
            for operand in (difference.this, difference.expression):
                column = operand.unnest()
                declared = (
                    declared_type(column, scope, columns_of)
                    if isinstance(column, exp.Column)
                    else None
                )
                if declared and _UNSIGNED.search(declared):
                    column.replace(exp.cast(column.copy(), exp.DataType.build("BIGINT")))
                    signed.append(column.sql("mysql"))
            if signed:
                notes.append(
                    f"{', '.join(signed)} read as SIGNED in {difference.sql('mysql')}: MySQL "
                    "fails on a negative difference of UNSIGNED values"
                )
    return notes
