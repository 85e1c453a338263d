"""What the grammar needs to know about a SQL dialect: quoting, case folding, reserved words,
function names and a few dialect-only forms. Quote characters and case folding come from
sqlglot's dialect definitions, so they match the checker that parses the answer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from sqlglot.dialects.dialect import Dialect, NormalizationStrategy


class BareCase(Enum):
    """Which names may be written unquoted and still name themselves exactly."""

    ANY = "any"
    LOWER = "lower"  # postgres folds unquoted names to lower case
    UPPER = "upper"  # snowflake, oracle fold to upper case


# Words that cannot stand as a bare identifier in any dialect we serve (SQL-92 core plus the
# keywords this grammar itself uses at an identifier's position).
RESERVED: frozenset[str] = frozenset(
    """ALL AND AS ASC BETWEEN BY CASE CAST CHECK COLLATE CONSTRAINT CREATE CROSS CURRENT_DATE
    CURRENT_TIME CURRENT_TIMESTAMP DEFAULT DELETE DESC DISTINCT DROP ELSE END ESCAPE EXCEPT
    EXISTS FALSE FETCH FOR FOREIGN FROM FULL GROUP HAVING IN INNER INSERT INTERSECT INTO IS JOIN
    KEY LEFT LIKE LIMIT NATURAL NOT NULL OFFSET ON OR ORDER OUTER OVER PARTITION PRIMARY
    REFERENCES RIGHT SELECT SET TABLE THEN TO TOP TRUE UNION UNIQUE UPDATE USING VALUES WHEN
    WHERE WINDOW WITH""".split()
)

_COMMON_FUNCTIONS = """COUNT SUM AVG MIN MAX ROW_NUMBER RANK DENSE_RANK NTILE LAG LEAD FIRST_VALUE
LAST_VALUE NTH_VALUE PERCENT_RANK CUME_DIST ROUND ABS COALESCE NULLIF LENGTH LOWER UPPER TRIM
LTRIM RTRIM REPLACE SUBSTR SUBSTRING CEIL CEILING FLOOR POWER SQRT MOD SIGN EXP LN LOG CONCAT
GREATEST LEAST""".split()

_DIALECT_FUNCTIONS: dict[str, str] = {
    "sqlite": """TOTAL GROUP_CONCAT IFNULL IIF INSTR STRFTIME DATE TIME DATETIME JULIANDAY
        UNIXEPOCH PRINTF FORMAT CHAR UNICODE HEX RANDOM TYPEOF""",
    "postgres": """STRING_AGG ARRAY_AGG BOOL_AND BOOL_OR DATE_TRUNC DATE_PART TO_CHAR TO_DATE
        NOW AGE POSITION EXTRACT""",
    "duckdb": """STRING_AGG LIST DATE_TRUNC DATE_PART DATEDIFF STRFTIME NOW EXTRACT IFNULL""",
    "mysql": """GROUP_CONCAT IFNULL IF YEAR MONTH DAY DATE DATE_FORMAT DATEDIFF DATE_ADD DATE_SUB
        NOW CURDATE TIMESTAMPDIFF EXTRACT INSTR""",
    "tsql": """ISNULL LEN DATEPART DATEDIFF DATEADD GETDATE YEAR MONTH DAY FORMAT STRING_AGG IIF
        CHARINDEX""",
    "bigquery": """STRING_AGG COUNTIF IFNULL SAFE_DIVIDE DATE_TRUNC DATE_DIFF FORMAT_DATE
        EXTRACT DATE""",
}

_TYPES = """INTEGER INT BIGINT SMALLINT REAL FLOAT DOUBLE NUMERIC DECIMAL TEXT VARCHAR CHAR
DATE DATETIME TIMESTAMP BOOLEAN""".split()


@dataclass(frozen=True)
class DialectSpec:
    """The dialect facts the grammar uses."""

    name: str
    quotes: tuple[tuple[str, str], ...]  # (open, close) pairs for quoted identifiers
    bare_case: BareCase
    reserved: frozenset[str]
    functions: tuple[str, ...]
    types: tuple[str, ...]
    top: bool  # SELECT TOP n (T-SQL) instead of LIMIT
    double_colon_cast: bool  # expr::type
    typed_literals: bool  # DATE '2024-01-01', INTERVAL '1 day'


@cache
def dialect_spec(dialect: str) -> DialectSpec:
    """Facts about ``dialect`` (any name sqlglot knows); raises ValueError for unknown names."""
    klass = Dialect.get_or_raise(dialect)
    name = dialect.lower()
    quotes = tuple(q if isinstance(q, tuple) else (q, q) for q in klass.tokenizer_class.IDENTIFIERS)
    strategy = klass.NORMALIZATION_STRATEGY
    if strategy is NormalizationStrategy.LOWERCASE:
        bare_case = BareCase.LOWER
    elif strategy is NormalizationStrategy.UPPERCASE:
        bare_case = BareCase.UPPER
    else:
        bare_case = BareCase.ANY
    generator_reserved: set[str] = getattr(klass.generator_class, "RESERVED_KEYWORDS", set())
    extra = _DIALECT_FUNCTIONS.get(name, "").split()
    return DialectSpec(
        name=name,
        quotes=quotes,
        bare_case=bare_case,
        reserved=RESERVED | {w.upper() for w in generator_reserved},
        functions=tuple(dict.fromkeys([*_COMMON_FUNCTIONS, *extra])),
        types=tuple(_TYPES) + (("SIGNED", "UNSIGNED") if name == "mysql" else ()),
        top=name == "tsql",
        double_colon_cast=name in {"postgres", "duckdb", "redshift", "snowflake"},
        typed_literals=name != "sqlite",
    )
