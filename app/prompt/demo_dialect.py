"""Demos written in the request's dialect.

Every demo comes from the bundled dataset, whose SQL is SQLite. Shown as written before a
PostgreSQL question, a demo teaches ``strftime('%Y', d)`` and ``julianday(a) - julianday(b)``,
which the client's database refuses, while the grammar of that dialect only offers its own forms
(``TO_CHAR``, ``EXTRACT(EPOCH FROM ...)``): the model is shown one language and held to another.
So a demo's SQL is translated with sqlglot before a question in another dialect, and kept as
written when the translation would not be faithful.

What sqlglot's plain transpilation gets wrong for this purpose is mended first:
- ``julianday(a) - julianday(b)`` (a fractional day count; sqlglot leaves ``JULIANDAY``, which
  no other dialect has) becomes the dialect's seconds-between divided by 86400.0;
- null ordering: SQLite sorts NULLs first, so sqlglot spells out ``NULLS FIRST`` / ``NULLS
  LAST`` on every ORDER BY for PostgreSQL; a demo shows the dialect's natural ORDER BY instead;
- division: SQLite's ``x / 0`` is NULL, so sqlglot writes ``x / NULLIF(y, 0)``; a demo shows
  the plain division a person writes;
- counting: SQLite's integers are 64-bit, so sqlglot writes T-SQL's ``COUNT_BIG``; a demo shows
  ``COUNT``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError
from sqlglot.tokenizer_core import TokenType

from app.grammar.dialects import dialect_spec
from app.prompt.schema_view import parsed_statements

# The dialect of the bundled dataset's SQL, which every demo comes from.
DEMO_DIALECT = "sqlite"
SECONDS_PER_DAY = "86400.0"
# Dialects whose time between two dates is sqlglot's DateDiff with a unit (its argument order and
# function name per dialect). PostgreSQL and MySQL are written by hand below: sqlglot's
# PostgreSQL DateDiff truncates to whole units and its MySQL one drops the unit (days only).
_DATEDIFF_UNITS = frozenset({"tsql", "duckdb", "snowflake", "databricks", "spark"})
_TIMESTAMP_TYPES = frozenset({exp.DType.DATETIME, exp.DType.TIMESTAMP})
_FORMAT_CODE = re.compile(r"%.")
_SAFE_FORMAT_CODES = frozenset({"%Y", "%m", "%d", "%H", "%M", "%S"})
_SQLITE_DATE_FUNCTIONS = frozenset({"DATE", "TIME", "DATETIME"})


@dataclass(frozen=True)
class DemoSQL:
    """A demo's SQL as shown, and the dialect it is written in."""

    sql: str
    dialect: str


def demo_sql_in(sql: str, dialect: str, schema: str = "") -> DemoSQL:
    """``sql`` (SQLite, from the bundled dataset) as it is written in ``dialect``.

    ``schema``: the demo's CREATE TABLEs, whose declared column types choose the plainest
    faithful form of a day count (``check_out - check_in`` for two DATE columns in PostgreSQL).
    Returned as written when nothing in it is SQLite's own (sqlglot writes the same statement
    for both dialects), and also, in SQLite, when it does not parse or its translation would
    still call a function ``dialect`` lacks.
    """
    if dialect.lower() == DEMO_DIALECT:
        return DemoSQL(sql, DEMO_DIALECT)
    return _translated(sql, dialect.lower(), schema)


@lru_cache(maxsize=4096)
def _translated(sql: str, dialect: str, schema: str) -> DemoSQL:
    try:
        tree = sqlglot.parse_one(sql, read=DEMO_DIALECT)
        if _unsure_formats(tree) or _date_modifiers(tree):
            return DemoSQL(sql, DEMO_DIALECT)
        as_sqlite = tree.sql(DEMO_DIALECT)
        types = _column_types(schema)
        tree = tree.transform(lambda node: _day_count(node, dialect, types))
        _plain_forms(tree, dialect)
        written = tree.sql(dialect)
        if _lacks_a_function(written, dialect):
            return DemoSQL(sql, DEMO_DIALECT)
        if written == as_sqlite and not _spelled_calls(sql, DEMO_DIALECT) & _sqlite_only(dialect):
            return DemoSQL(sql, dialect)  # nothing SQLite's own: keep its measured wording
    except SqlglotError:
        return DemoSQL(sql, DEMO_DIALECT)
    return DemoSQL(written, dialect)


@lru_cache(maxsize=512)
def _column_types(schema: str) -> dict[str, exp.DType]:
    """Declared type of each column name in ``schema`` (left out when tables disagree)."""
    declared: dict[str, set[exp.DType]] = {}
    try:
        # The parse the compact schema of the same demo already made (and cached).
        statements = parsed_statements(schema, DEMO_DIALECT) if schema.strip() else ()
    except SqlglotError:
        return {}
    for statement in statements:
        if not isinstance(statement, exp.Create):
            continue
        for column in statement.find_all(exp.ColumnDef):
            kind = column.args.get("kind")
            if isinstance(kind, exp.DataType):
                declared.setdefault(column.name.lower(), set()).add(kind.this)
    return {name: next(iter(kinds)) for name, kinds in declared.items() if len(kinds) == 1}


def _day_count(node: exp.Expr, dialect: str, types: dict[str, exp.DType]) -> exp.Expr:
    """A julianday difference rewritten (:func:`_day_span`); written parentheses dropped where a
    quotient is scaled (``(julianday(b) - julianday(a)) * 24``): the grammar bounds nesting."""
    if (
        isinstance(node, exp.Paren)
        and node.arg_key == "this"
        and isinstance(node.parent, (exp.Mul, exp.Div))
        and isinstance(node.this, exp.Sub)
    ):
        days = _day_span(node.this, dialect, types)
        if days is node.this:
            return node
        # A quotient scales without them; a whole-day difference (b - a) keeps them.
        return days if isinstance(days, exp.Div) else exp.paren(days, copy=False)
    return _day_span(node, dialect, types)


def _day_span(node: exp.Expr, dialect: str, types: dict[str, exp.DType]) -> exp.Expr:
    """``julianday(a) - julianday(b)`` as ``dialect``'s days from b to a: whole days between two
    DATE columns, else fractional days from the seconds between them."""
    if not isinstance(node, exp.Sub):
        return node
    later, earlier = (_julianday_argument(side) for side in (node.this, node.expression))
    if later is None or earlier is None:
        return node
    kinds = {_declared(later, types), _declared(earlier, types)}
    if kinds == {exp.DType.DATE}:
        days = _days_between(later, earlier, dialect)
    else:
        seconds = _seconds_between(later, earlier, dialect, kinds <= _TIMESTAMP_TYPES)
        if seconds is None:
            return node
        days = exp.Div(this=seconds, expression=exp.Literal.number(SECONDS_PER_DAY), typed=True)
    if days is None:
        return node
    # Inside another operator the result keeps the place the difference had (``y / (...)``).
    return exp.paren(days, copy=False) if isinstance(node.parent, exp.Binary) else days


def _declared(node: exp.Expr, types: dict[str, exp.DType]) -> exp.DType | None:
    return types.get(node.name.lower()) if isinstance(node, exp.Column) else None


def _julianday_argument(node: exp.Expr) -> exp.Expr | None:
    if (
        isinstance(node, exp.Anonymous)
        and node.name.lower() == "julianday"
        and len(node.expressions) == 1
    ):
        argument: exp.Expr = node.expressions[0]
        return argument
    return None


def _days_between(later: exp.Expr, earlier: exp.Expr, dialect: str) -> exp.Expr | None:
    if dialect == "postgres":
        return exp.Sub(this=later, expression=earlier)  # date - date is a day count there
    if dialect == "mysql":
        return exp.Anonymous(this="DATEDIFF", expressions=[later, earlier])
    if dialect in _DATEDIFF_UNITS:
        return exp.DateDiff(this=later, expression=earlier, unit=exp.var("DAY"))
    return None


def _seconds_between(
    later: exp.Expr, earlier: exp.Expr, dialect: str, timestamps: bool
) -> exp.Expr | None:
    if dialect == "postgres":
        # Text (or DATE, whose difference is an integer) must become a timestamp first.
        ends = (later, earlier) if timestamps else (_timestamp(later), _timestamp(earlier))
        span = exp.Sub(this=ends[0], expression=ends[1])
        return exp.Extract(this=exp.var("EPOCH"), expression=span)
    if dialect == "mysql":
        return exp.Anonymous(this="TIMESTAMPDIFF", expressions=[exp.var("SECOND"), earlier, later])
    if dialect in _DATEDIFF_UNITS:
        return exp.DateDiff(this=later, expression=earlier, unit=exp.var("SECOND"))
    return None


def _timestamp(node: exp.Expr) -> exp.Expr:
    return exp.cast(node, "TIMESTAMP")


def _plain_forms(tree: exp.Expr, dialect: str) -> None:
    null_ordering = Dialect.get_or_raise(dialect).NULL_ORDERING
    for ordered in tree.find_all(exp.Ordered):
        descending = bool(ordered.args.get("desc"))
        first = (null_ordering == "nulls_are_small") != descending
        if null_ordering == "nulls_are_last":
            first = False
        ordered.set("nulls_first", first)
    for division in tree.find_all(exp.Div):
        division.set("safe", None)
    if dialect == "postgres":
        for rounding in tree.find_all(exp.Round):
            value = rounding.this
            if rounding.args.get("decimals") is None or isinstance(value, exp.Cast):
                continue
            if value.find(exp.Extract):
                # EXTRACT gives a numeric (PostgreSQL 14+): no cast, whatever sqlglot infers.
                value.type = exp.DataType.build("DECIMAL")
                rounding.type = exp.DataType.build("DECIMAL")
            else:
                # PostgreSQL rounds to decimals only a numeric: ROUND(double precision, int)
                # does not exist, and a REAL column's SUM is one.
                value.replace(exp.cast(value.copy(), "DECIMAL"))
    for count in tree.find_all(exp.Count):
        count.set("big_int", None)  # SQLite counts in 64 bits; T-SQL's COUNT is what people write


def _unsure_formats(tree: exp.Expr) -> bool:
    """Whether a ``strftime`` uses a code sqlglot does not map faithfully to every dialect.

    Weekday and day-of-year codes come out wrong (PostgreSQL ``TO_CHAR(d, '%w')``, T-SQL
    ``FORMAT(d, 'dw')``); the calendar and clock fields are safe everywhere.
    """
    for node in tree.find_all(exp.TimeToStr):
        fmt = node.args.get("format")
        text = fmt.name if isinstance(fmt, exp.Literal) else ""
        if not text or set(_FORMAT_CODE.findall(text)) - _SAFE_FORMAT_CODES:
            return True
    return False


def _date_modifiers(tree: exp.Expr) -> bool:
    """Whether SQLite's ``date(d, '+7 days')`` or ``date('now')`` is used: no dialect has them,
    and sqlglot writes them through unchanged."""
    for call in tree.find_all(exp.Func):
        if _call_name(call) not in _SQLITE_DATE_FUNCTIONS:
            continue
        arguments = list(call.iter_expressions())
        if len(arguments) > 1 or any(
            isinstance(a, exp.Literal) and a.name.lower() == "now" for a in arguments
        ):
            return True
    return False


def _lacks_a_function(sql: str, dialect: str) -> bool:
    """Whether ``sql`` (written in ``dialect``) calls a function the dialect lacks: one of
    SQLite's own, or one sqlglot does not know that the dialect's grammar does not list."""
    if _spelled_calls(sql, dialect) & _sqlite_only(dialect):
        return True
    known = dialect_spec(dialect).functions
    statement = sqlglot.parse_one(sql, read=dialect)
    return any(call.name.upper() not in known for call in statement.find_all(exp.Anonymous))


def _sqlite_only(dialect: str) -> frozenset[str]:
    return frozenset(dialect_spec(DEMO_DIALECT).functions) - set(dialect_spec(dialect).functions)


def _spelled_calls(sql: str, dialect: str) -> frozenset[str]:
    """The names called in ``sql`` as spelled there (sqlglot reads ``IFNULL`` as COALESCE)."""
    tokens = Dialect.get_or_raise(dialect).tokenize(sql)
    return frozenset(
        token.text.upper()
        for token, following in zip(tokens, tokens[1:], strict=False)
        if following.token_type is TokenType.L_PAREN
    )


def _call_name(call: exp.Func) -> str:
    return call.name.upper() if isinstance(call, exp.Anonymous) else call.sql_name()
