"""SQL text to SQLite statements: splitting scripts, telling queries from writes, transpiling."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import sqlglot
from sqlglot import exp
from sqlglot.errors import ErrorLevel, SqlglotError

from app.execution.errors import QueryError
from app.execution.functions import portable

# Contexts in the wild are mostly MySQL-flavoured, then PostgreSQL; tried in this order when a
# statement does not run as written.
FALLBACK_DIALECTS = ("mysql", "postgres")
# Types SQLite cannot declare, stored as TEXT in a sandbox.
_TEXT_IN_A_SANDBOX = (
    exp.DataType.Type.ARRAY,
    exp.DataType.Type.MAP,
    exp.DataType.Type.STRUCT,
    exp.DataType.Type.ENUM,
    exp.DataType.Type.SET,
)
# Parts of a CREATE TABLE a sandbox needs not run: checks in the source dialect's functions,
# MySQL's column comments and inline index definitions.
_UNSIGNED = (
    exp.DataType.Type.UTINYINT,
    exp.DataType.Type.USMALLINT,
    exp.DataType.Type.UMEDIUMINT,
    exp.DataType.Type.UINT,
    exp.DataType.Type.UBIGINT,
)
_UNNEEDED_IN_A_SANDBOX = (
    exp.CheckColumnConstraint,
    exp.Check,
    exp.CommentColumnConstraint,
    exp.IndexColumnConstraint,
)


def _has_code(statement: str) -> bool:
    """Tell whether a fragment holds more than whitespace, comments and semicolons."""
    text = statement.strip(" \t\r\n;")
    while text.startswith(("--", "/*")):
        end = text.find("\n") if text.startswith("--") else text.find("*/") + 1
        if end <= 0:
            return False  # the comment runs to the end
        text = text[end + 1 :].strip(" \t\r\n;")
    return bool(text)


def split_statements(script: str, dialect: str | None = None) -> list[str]:
    """Split a SQL script into statements on the semicolons that end them.

    SQLite's own ``complete_statement`` decides where a statement ends, so semicolons inside
    strings, quoted names, comments and trigger bodies do not split. Fragments that hold only
    comments are dropped, so ``SELECT 1; -- done`` is one statement. In a dialect whose strings
    escape a quote with a backslash (MySQL's dumps write ``'O\\'Brien'``), it decides on a copy
    with those escapes written SQLite's way, cut where the script is.

    Args:
        script: one or more SQL statements.
        dialect: the script's dialect, if known.

    Returns:
        The statements, stripped; a trailing unterminated statement is kept as written.
    """
    read = _sqlite_escapes(script) if dialect in _BACKSLASH_ESCAPES else script
    statements: list[str] = []
    start = end = 0
    *pieces, _ = read.split(";")
    for piece in pieces:
        end += len(piece) + 1
        if sqlite3.complete_statement(read[start:end]):
            statements.append(script[start:end].strip())
            start = end
    statements.append(script[start:].strip())
    return [statement for statement in statements if _has_code(statement)]


_BACKSLASH_ESCAPES = frozenset({"mysql", "bigquery", "hive", "spark", "databricks", "doris"})


def _sqlite_escapes(script: str) -> str:
    """``script`` with each backslash escape (``\\\\``, ``\\'``) written as two characters SQLite
    reads inside a string the same way (``xx``, ``''``), so every position stays put."""
    return script.replace("\\\\", "xx").replace("\\'", "''")


def is_query(sql: str, dialect: str = "sqlite") -> bool:
    """Tell a statement that returns rows (SELECT, set operation, VALUES) from one that writes.

    Args:
        sql: one SQL statement.
        dialect: sqlglot dialect to parse it with.

    Returns:
        True for a single query statement; False for writes, DDL and multi-statement scripts.
    """
    try:
        parsed = [e for e in sqlglot.parse(sql, read=dialect) if e is not None]
    except SqlglotError:
        # Unparseable SQL still deserves an answer; its first keyword is the best evidence.
        return sql.lstrip(" \t\r\n(").upper().startswith(("SELECT", "WITH", "VALUES"))
    return len(parsed) == 1 and isinstance(parsed[0], exp.Query | exp.Values)


def to_sqlite(sql: str, dialect: str | None) -> list[str]:
    """Transpile SQL written in ``dialect`` to SQLite statements (no-op for SQLite or None).

    Args:
        sql: one or more statements.
        dialect: the sqlglot dialect the SQL is written in.

    Returns:
        The SQLite statements.

    Raises:
        QueryError: the SQL does not parse in ``dialect``.
    """
    if dialect is None or dialect == "sqlite":
        return split_statements(sql)
    try:
        return _transpile(sql, dialect)
    except SqlglotError as exc:
        raise QueryError(sql, f"does not parse as {dialect}: {exc}") from exc


def build_candidates(statement: str, dialect: str | None) -> Iterator[str]:
    """Yield SQLite versions of a context statement to try, cheapest and most faithful first.

    Transpiling is lazy: most statements run as written, and parsing big INSERTs is not free.
    """
    if dialect in (None, "sqlite"):
        yield statement
    seen = {statement}
    for read in FALLBACK_DIALECTS if dialect is None else (dialect,):
        if read == "sqlite":
            continue
        try:
            translated = _transpile(statement, read)
        except SqlglotError:
            continue
        if len(translated) == 1 and translated[0] not in seen:
            seen.add(translated[0])
            yield translated[0]
    relaxed = _relaxed_create(statement, dialect or FALLBACK_DIALECTS[-1])
    if relaxed is not None and relaxed not in seen:
        yield relaxed


def _relaxed_create(statement: str, read: str) -> str | None:
    """A CREATE TABLE without what SQLite cannot run and sample rows do not need.

    CHECK constraints written in the source dialect (PostgreSQL's ``plan = ANY (ARRAY[...])``),
    MySQL's column comments and inline indexes go, a user-defined type (an enum, a domain),
    an array or a MySQL ENUM is stored as TEXT, and an integer's display width (``int(11)``)
    goes: the sandbox is there to run queries over the rows, which were checked where they came
    from.
    """
    try:
        expression = sqlglot.parse_one(statement, read=read)
    except SqlglotError:
        return None
    if not isinstance(expression, exp.Create) or not isinstance(expression.this, exp.Schema):
        return None
    for unneeded in list(expression.find_all(*_UNNEEDED_IN_A_SANDBOX)):
        holder = unneeded.find_ancestor(exp.ColumnConstraint, exp.Constraint)
        (holder or unneeded).pop()
    _plain_primary_keys(expression)
    for unique in expression.find_all(exp.UniqueColumnConstraint):
        if isinstance(unique.this, exp.Schema):
            unique.this.set("this", None)  # MySQL's `UNIQUE KEY name (col)`: SQLite has no name
    for default in expression.find_all(exp.DefaultColumnConstraint):
        if not isinstance(default.this, exp.Literal | exp.Null | exp.Boolean | exp.Paren):
            default.set("this", exp.paren(default.this, copy=False))  # SQLite's DEFAULT (expr)
    for kind in list(expression.find_all(exp.DataType)):
        if kind.this == exp.DataType.Type.USERDEFINED or kind.is_type(*_TEXT_IN_A_SANDBOX):
            kind.replace(exp.DataType.build("TEXT"))
        elif kind.is_type(*_UNSIGNED):
            kind.replace(exp.DataType.build("INT"))  # MySQL's `int(10) unsigned AUTO_INCREMENT`
        elif kind.is_type(*exp.DataType.INTEGER_TYPES):
            # MariaDB and MySQL 5 dump `int(11) NOT NULL AUTO_INCREMENT`; SQLite allows
            # AUTOINCREMENT only on a key typed exactly INTEGER, and the width means nothing.
            kind.set("expressions", [])
    try:
        return _sqlite_sql(expression)
    except SqlglotError:
        return None


def _transpile(sql: str, read: str) -> list[str]:
    """SQL of another dialect as SQLite statements, schema qualifiers dropped.

    A sandbox is one SQLite database with one namespace, and it may not attach others, so
    PostgreSQL's ``support.tickets`` or MySQL's ``shop.orders`` is the table ``tickets`` /
    ``orders`` there: in the schema it is built from and in every query run on it. SQL
    Server's national strings (``N'Ann'``), which sqlglot writes as they are, become strings.
    Date parts and text helpers SQLite lacks become the sandbox's own functions
    (app.execution.functions).
    """
    return [_sqlite_sql(portable(e, read)) for e in sqlglot.parse(sql, read=read) if e is not None]


def _sqlite_sql(expression: exp.Expr) -> str:
    """One parsed statement written for SQLite, in place: see ``_transpile``."""
    for node in expression.find_all(exp.Table, exp.Column):
        node.set("db", None)
        node.set("catalog", None)
    for national in list(expression.find_all(exp.National)):  # SQL Server's N'...'
        national.replace(exp.Literal.string(national.name))
    return expression.sql("sqlite", unsupported_level=ErrorLevel.IGNORE)


def _plain_primary_keys(create: exp.Create) -> None:
    """SQL Server's ``CONSTRAINT pk PRIMARY KEY CLUSTERED ([id] ASC) WITH (...) ON [PRIMARY]``
    as ``PRIMARY KEY (id)``, and the table's storage options gone: SQLite reads neither."""
    for constraint in list(create.find_all(exp.Constraint)):
        parts = constraint.expressions
        clustered = next(
            (p for p in parts if isinstance(p, exp.ClusteredColumnConstraint)), None
        ) or next((p for p in parts if isinstance(p, exp.NonClusteredColumnConstraint)), None)
        if clustered is None:
            continue
        columns = [c.this if isinstance(c, exp.Ordered) else c for c in clustered.this]
        if any(isinstance(p, exp.PrimaryKeyColumnConstraint) for p in parts):
            constraint.replace(exp.PrimaryKey(expressions=[c.copy() for c in columns]))
        else:
            constraint.pop()  # a clustered index: the sandbox needs none
    for properties in list(create.find_all(exp.Properties)):
        properties.pop()
