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

# Window functions, called only with OVER: ranks take no argument, and none takes DISTINCT.
# Offered as anything else, they are how a small model writes `RANK(1, 2)`, `RANK()` with no
# window or `LAST_VALUE(DISTINCT d, 'year')`, which every database refuses.
RANKING_FUNCTIONS = tuple("ROW_NUMBER RANK DENSE_RANK PERCENT_RANK CUME_DIST".split())
WINDOW_VALUE_FUNCTIONS = tuple("NTILE LAG LEAD FIRST_VALUE LAST_VALUE NTH_VALUE".split())

_COMMON_FUNCTIONS = [
    *"COUNT SUM AVG MIN MAX".split(),
    *RANKING_FUNCTIONS,
    *WINDOW_VALUE_FUNCTIONS,
    *"""ROUND ABS COALESCE NULLIF LENGTH LOWER UPPER TRIM LTRIM RTRIM REPLACE SUBSTR SUBSTRING
    CEIL CEILING FLOOR POWER SQRT MOD SIGN EXP LN LOG CONCAT GREATEST LEAST""".split(),
]

_DIALECT_FUNCTIONS: dict[str, str] = {
    "sqlite": """TOTAL GROUP_CONCAT IFNULL IIF INSTR STRFTIME DATE TIME DATETIME JULIANDAY
        UNIXEPOCH PRINTF FORMAT CHAR UNICODE HEX RANDOM TYPEOF""",
    # Beyond SQLite, each dialect's everyday date parts and string helpers: without them the
    # grammar pushes a model that knows `DAYOFWEEK(placed_at)` into `DAY(order_id)`.
    "postgres": """STRING_AGG ARRAY_AGG BOOL_AND BOOL_OR DATE_TRUNC DATE_PART TO_CHAR TO_DATE
        NOW AGE POSITION EXTRACT DATE MAKE_DATE TO_TIMESTAMP LEFT RIGHT SPLIT_PART INITCAP
        LPAD RPAD CONCAT_WS REGEXP_REPLACE STRPOS CHAR_LENGTH REVERSE TRUNC STDDEV VARIANCE""",
    "duckdb": """STRING_AGG LIST DATE_TRUNC DATE_PART DATEDIFF DATE_DIFF STRFTIME NOW EXTRACT
        IFNULL YEAR MONTH DAY HOUR MINUTE WEEK QUARTER DAYOFWEEK DAYNAME MONTHNAME EPOCH
        STRPTIME AGE LEFT RIGHT STDDEV""",
    "mysql": """GROUP_CONCAT IFNULL IF YEAR MONTH DAY DATE DATE_FORMAT DATEDIFF DATE_ADD DATE_SUB
        NOW CURDATE TIMESTAMPDIFF EXTRACT INSTR DAYOFWEEK WEEKDAY DAYNAME MONTHNAME DAYOFMONTH
        DAYOFYEAR WEEK YEARWEEK QUARTER HOUR MINUTE SECOND TIME TIMEDIFF TIME_TO_SEC TO_DAYS
        STR_TO_DATE UNIX_TIMESTAMP FROM_UNIXTIME LAST_DAY CURTIME UTC_TIMESTAMP LEFT RIGHT
        LOCATE CONCAT_WS LPAD RPAD REVERSE CHAR_LENGTH SUBSTRING_INDEX TRUNCATE STDDEV
        VARIANCE""",
    "tsql": """ISNULL LEN DATEPART DATEDIFF DATEADD GETDATE YEAR MONTH DAY FORMAT STRING_AGG IIF
        CHARINDEX EOMONTH DATEFROMPARTS SYSDATETIME LEFT RIGHT REPLICATE PATINDEX CONCAT_WS
        STDEV""",
    "bigquery": """STRING_AGG COUNTIF IFNULL SAFE_DIVIDE DATE_TRUNC DATE_DIFF FORMAT_DATE
        EXTRACT DATE DATE_ADD DATE_SUB TIMESTAMP_DIFF TIMESTAMP_TRUNC DATETIME_DIFF
        FORMAT_TIMESTAMP PARSE_DATE LEFT RIGHT STARTS_WITH STDDEV""",
}

# Functions whose first argument is a date unit, not an expression (T-SQL's
# ``DATEDIFF(HOUR, opened_at, closed_at)``, MySQL's ``TIMESTAMPDIFF(HOUR, ...)``): offered only in
# that form, since the expression form is an error there.
_UNIT_FIRST_FUNCTIONS: dict[str, str] = {
    "tsql": "DATEDIFF DATEADD DATEPART DATENAME DATETRUNC",
    "mysql": "TIMESTAMPDIFF TIMESTAMPADD",
}
# Dialects whose interval literal takes a bare number: MySQL's ``DATE_SUB(d, INTERVAL 30 DAY)``.
_NUMBER_INTERVALS = frozenset({"mysql", "bigquery"})

_TYPES = """INTEGER INT BIGINT SMALLINT REAL FLOAT DOUBLE NUMERIC DECIMAL TEXT VARCHAR CHAR
DATE DATETIME TIMESTAMP BOOLEAN""".split()

_DIALECT_TYPES: dict[str, tuple[str, ...]] = {
    "mysql": ("SIGNED", "UNSIGNED"),
    "tsql": ("DATETIME2", "NVARCHAR", "BIT"),
}


@dataclass(frozen=True)
class DialectSpec:
    """The dialect facts the grammar uses."""

    name: str
    quotes: tuple[tuple[str, str], ...]  # (open, close) pairs for quoted identifiers
    bare_case: BareCase
    reserved: frozenset[str]
    functions: tuple[str, ...]
    unit_first: tuple[str, ...]  # called as NAME(unit, expr, ...); not in ``functions``
    types: tuple[str, ...]
    top: bool  # SELECT TOP n (T-SQL) instead of LIMIT
    double_colon_cast: bool  # expr::type
    typed_literals: bool  # DATE '2024-01-01', INTERVAL '1 day'
    number_intervals: bool  # INTERVAL 30 DAY


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
    unit_first = tuple(_UNIT_FIRST_FUNCTIONS.get(name, "").split())
    extra = [f for f in _DIALECT_FUNCTIONS.get(name, "").split() if f not in unit_first]
    return DialectSpec(
        name=name,
        quotes=quotes,
        bare_case=bare_case,
        reserved=RESERVED | {w.upper() for w in generator_reserved},
        functions=tuple(dict.fromkeys([*_COMMON_FUNCTIONS, *extra])),
        unit_first=unit_first,
        types=tuple(_TYPES) + _DIALECT_TYPES.get(name, ()),
        top=name == "tsql",
        double_colon_cast=name in {"postgres", "duckdb", "redshift", "snowflake"},
        typed_literals=name != "sqlite",
        number_intervals=name in _NUMBER_INTERVALS,
    )
