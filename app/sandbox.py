"""SQLite sandbox: a throwaway database built from an example's context, queried under limits.

The context is the text a dataset example (or a request) carries: CREATE TABLE and INSERT
statements, often written for MySQL or PostgreSQL. :class:`Sandbox` builds it once into an
in-memory template; every query or write then runs on a fresh copy of that template (SQLite's
backup API copies a small database in microseconds), so one run can never affect another.

Limits, because the SQL comes from a language model:

* time: a progress handler aborts the statement once its deadline passes
  (:class:`QueryTimeoutError`);
* rows: a query that returns more than ``max_rows`` rows raises :class:`RowLimitError`. It does
  not return a truncated prefix, because two different results that share their first
  ``max_rows`` rows would then compare equal;
* no ATTACH (it would create files) and a cap on the size of any one string or blob.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import ClassVar, Protocol, cast

import sqlglot
from sqlglot import exp
from sqlglot.errors import ErrorLevel, SqlglotError

DEFAULT_TIMEOUT_S = 2.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_BUILD_TIMEOUT_S = 5.0
# Contexts in the wild are mostly MySQL-flavoured, then PostgreSQL; tried in this order when a
# statement does not run as written.
FALLBACK_DIALECTS = ("mysql", "postgres")
# The progress handler is a Python call; every 10k VM steps keeps its cost near 1% while still
# stopping a runaway query within a few milliseconds of its deadline.
_PROGRESS_STEPS = 10_000
_MAX_VALUE_BYTES = 10_000_000
_QUOTE_LIMIT = 200

SqlValue = int | float | str | bytes | None
Row = tuple[SqlValue, ...]


class SandboxError(Exception):
    """Base of the sandbox's errors; ``code`` is stable and safe to show or log."""

    code: ClassVar[str] = "sandbox_error"


class ContextBuildError(SandboxError):
    """A context statement failed to run, as written and after transpiling to SQLite."""

    code: ClassVar[str] = "sandbox_context_invalid"

    def __init__(self, index: int, statement: str, reason: str) -> None:
        super().__init__(f"context statement {index} failed: {reason}: {_quote(statement)}")
        self.index = index
        self.statement = statement
        self.reason = reason


class QueryError(SandboxError):
    """The SQL under test failed to parse, transpile or execute."""

    code: ClassVar[str] = "sandbox_query_failed"

    def __init__(self, sql: str, reason: str) -> None:
        super().__init__(f"{reason}: {_quote(sql)}")
        self.sql = sql
        self.reason = reason


class QueryTimeoutError(SandboxError):
    """The SQL under test ran past its time limit and was interrupted."""

    code: ClassVar[str] = "sandbox_timeout"

    def __init__(self, timeout_s: float) -> None:
        super().__init__(f"query interrupted after {timeout_s:g} s")
        self.timeout_s = timeout_s


class RowLimitError(SandboxError):
    """The SQL under test returned (or left a table with) more rows than allowed."""

    code: ClassVar[str] = "sandbox_row_limit"

    def __init__(self, max_rows: int) -> None:
        super().__init__(f"more than {max_rows} rows")
        self.max_rows = max_rows


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: column names (as SQLite reports them) and rows in order."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]


class QueryRunner(Protocol):
    """Anything that runs one query the way :meth:`Sandbox.query` does (a named database too)."""

    def query(
        self,
        sql: str,
        *,
        timeout_s: float = ...,
        max_rows: int = ...,
        dialect: str | None = ...,
    ) -> QueryResult: ...


@dataclass(frozen=True)
class TableState:
    """One table's (or view's) contents: lowercased column names, rows sorted as a multiset."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class DatabaseState:
    """Every user table and view of a database, by lowercased name, for write comparisons."""

    tables: tuple[TableState, ...]


def _quote(sql: str) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= _QUOTE_LIMIT else flat[: _QUOTE_LIMIT - 3] + "..."


def _has_code(statement: str) -> bool:
    """Tell whether a fragment holds more than whitespace, comments and semicolons."""
    text = statement.strip(" \t\r\n;")
    while text.startswith(("--", "/*")):
        end = text.find("\n") if text.startswith("--") else text.find("*/") + 1
        if end <= 0:
            return False  # the comment runs to the end
        text = text[end + 1 :].strip(" \t\r\n;")
    return bool(text)


def split_statements(script: str) -> list[str]:
    """Split a SQL script into statements on the semicolons that end them.

    SQLite's own ``complete_statement`` decides where a statement ends, so semicolons inside
    strings, quoted names, comments and trigger bodies do not split. Fragments that hold only
    comments are dropped, so ``SELECT 1; -- done`` is one statement.

    Args:
        script: one or more SQL statements.

    Returns:
        The statements, stripped; a trailing unterminated statement is kept as written.
    """
    statements: list[str] = []
    buffer = ""
    *pieces, last = script.split(";")
    for piece in pieces:
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    statements.append((buffer + last).strip())
    return [statement for statement in statements if _has_code(statement)]


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
        return sqlglot.transpile(
            sql, read=dialect, write="sqlite", unsupported_level=ErrorLevel.IGNORE
        )
    except SqlglotError as exc:
        raise QueryError(sql, f"does not parse as {dialect}: {exc}") from exc


class _Deadline:
    """Arms a progress handler that interrupts the connection's statement after a deadline."""

    def __init__(self, conn: sqlite3.Connection, timeout_s: float) -> None:
        self._conn = conn
        self._deadline = time.monotonic() + timeout_s
        self.expired = False

    def _check(self) -> int:
        if time.monotonic() > self._deadline:
            self.expired = True
            return 1  # non-zero makes SQLite abort with "interrupted"
        return 0

    def __enter__(self) -> _Deadline:
        self._conn.set_progress_handler(self._check, _PROGRESS_STEPS)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._conn.set_progress_handler(None, 0)


def _connect() -> sqlite3.Connection:
    # Autocommit, so SQL under test may use its own BEGIN/COMMIT; shared across threads only
    # behind Sandbox's lock.
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _MAX_VALUE_BYTES)
    return conn


def _sort_key(row: Row) -> tuple[tuple[int, SqlValue], ...]:
    # SQLite columns mix types; rank them (NULL < number < text < blob) so rows always sort.
    def rank(value: SqlValue) -> int:
        if value is None:
            return 0
        if isinstance(value, int | float):
            return 1
        return 2 if isinstance(value, str) else 3

    return tuple((rank(v), v) for v in row)


def snapshot(conn: sqlite3.Connection, *, max_rows: int = DEFAULT_MAX_ROWS) -> DatabaseState:
    """Read every user table and view of a database into a comparable state.

    Args:
        conn: the database.
        max_rows: most rows any one table may hold.

    Returns:
        Tables by lowercased name, each with lowercased column names and sorted rows.

    Raises:
        RowLimitError: a table holds more than ``max_rows`` rows.
    """
    names = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%' ORDER BY lower(name)"
        )
    ]
    tables = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        cursor = conn.execute(f"SELECT * FROM {quoted}")
        rows = cast(list[Row], cursor.fetchmany(max_rows + 1))
        if len(rows) > max_rows:
            raise RowLimitError(max_rows)
        columns = tuple(str(d[0]).lower() for d in cursor.description)
        tables.append(TableState(name.lower(), columns, tuple(sorted(rows, key=_sort_key))))
    return DatabaseState(tuple(tables))


def _build_candidates(statement: str, dialect: str | None) -> Iterator[str]:
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
            translated = sqlglot.transpile(
                statement, read=read, write="sqlite", unsupported_level=ErrorLevel.IGNORE
            )
        except SqlglotError:
            continue
        if len(translated) == 1 and translated[0] not in seen:
            seen.add(translated[0])
            yield translated[0]


class Sandbox:
    """A database built once from a context; each query or write runs on a fresh copy.

    Args:
        context: CREATE TABLE / INSERT statements (any dialect sqlglot reads).
        dialect: the context's dialect; None runs each statement as written and falls back to
            transpiling it from MySQL, then PostgreSQL, if SQLite refuses it.
        build_timeout_s: time limit for building the database.

    Raises:
        ContextBuildError: a statement failed as written and in every transpilation.
    """

    def __init__(
        self,
        context: str,
        *,
        dialect: str | None = None,
        build_timeout_s: float = DEFAULT_BUILD_TIMEOUT_S,
    ) -> None:
        self._template = _connect()
        self._lock = threading.Lock()
        executed: list[str] = []
        with _Deadline(self._template, build_timeout_s) as deadline:
            for index, statement in enumerate(split_statements(context), start=1):
                executed.append(self._build_one(index, statement, dialect, deadline))
        self.statements: tuple[str, ...] = tuple(executed)
        """The SQLite statements that built the database (transpiled where needed)."""

    def _build_one(
        self, index: int, statement: str, dialect: str | None, deadline: _Deadline
    ) -> str:
        """Run one context statement, transpiled if needed; return the SQL that ran."""
        reason = ""
        for candidate in _build_candidates(statement, dialect):
            try:
                self._template.execute(candidate)
                return candidate
            except sqlite3.Error as exc:
                if deadline.expired:
                    raise ContextBuildError(index, statement, "build time limit exceeded") from exc
                reason = reason or str(exc)  # the error of the SQL as written says most
        raise ContextBuildError(index, statement, reason or "does not transpile to SQLite")

    @contextmanager
    def _fresh_copy(self) -> Iterator[sqlite3.Connection]:
        conn = _connect()
        try:
            with self._lock:
                self._template.backup(conn)
            yield conn
        finally:
            conn.close()

    def state(self, *, max_rows: int = DEFAULT_MAX_ROWS) -> DatabaseState:
        """Return the database's state as built, before any write.

        Args:
            max_rows: most rows any one table may hold.

        Returns:
            The state of the freshly built database.
        """
        with self._fresh_copy() as conn:
            return snapshot(conn, max_rows=max_rows)

    def query(
        self,
        sql: str,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_rows: int = DEFAULT_MAX_ROWS,
        dialect: str | None = None,
    ) -> QueryResult:
        """Run one query on a fresh copy of the database.

        Args:
            sql: a single statement.
            timeout_s: time limit for executing it and fetching its rows.
            max_rows: most rows it may return.
            dialect: the SQL's dialect if not SQLite; it is transpiled first.

        Returns:
            Column names and rows. A statement that returns nothing gives no columns, no rows.

        Raises:
            QueryError: it is not exactly one statement, or fails to run.
            QueryTimeoutError: it ran past ``timeout_s``.
            RowLimitError: it returned more than ``max_rows`` rows.
        """
        statements = to_sqlite(sql, dialect)
        if len(statements) != 1:
            raise QueryError(sql, f"expected one statement, got {len(statements)}")
        with self._fresh_copy() as conn, _Deadline(conn, timeout_s) as deadline:
            try:
                cursor = conn.execute(statements[0])
                rows = cast(list[Row], cursor.fetchmany(max_rows + 1))
            except sqlite3.Error as exc:
                if deadline.expired:
                    raise QueryTimeoutError(timeout_s) from exc
                raise QueryError(sql, str(exc)) from exc
            columns = tuple(str(d[0]) for d in cursor.description or ())
        if len(rows) > max_rows:
            raise RowLimitError(max_rows)
        return QueryResult(columns, tuple(rows))

    def execute_write(
        self,
        sql: str,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_rows: int = DEFAULT_MAX_ROWS,
        dialect: str | None = None,
    ) -> DatabaseState:
        """Run write statements (DML or DDL) on a fresh copy and return the state they leave.

        Args:
            sql: one or more statements.
            timeout_s: time limit for running them and reading the state back.
            max_rows: most rows any one table may hold afterwards.
            dialect: the SQL's dialect if not SQLite; it is transpiled first.

        Returns:
            The state of every table and view after the statements ran.

        Raises:
            QueryError: a statement fails to run (or there is none).
            QueryTimeoutError: they ran past ``timeout_s``.
            RowLimitError: a table ends up with more than ``max_rows`` rows.
        """
        statements = to_sqlite(sql, dialect)
        if not statements:
            raise QueryError(sql, "no statement")
        with self._fresh_copy() as conn, _Deadline(conn, timeout_s) as deadline:
            try:
                for statement in statements:
                    conn.execute(statement)
                return snapshot(conn, max_rows=max_rows)
            except sqlite3.Error as exc:
                if deadline.expired:
                    raise QueryTimeoutError(timeout_s) from exc
                raise QueryError(sql, str(exc)) from exc

    def close(self) -> None:
        """Free the template database."""
        self._template.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def run_query(
    context: str,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    dialect: str | None = None,
) -> QueryResult:
    """Build a database from ``context`` and run one query on it (see :meth:`Sandbox.query`).

    Args:
        context: CREATE TABLE / INSERT statements.
        sql: the query, in SQLite unless ``dialect`` says otherwise.
        timeout_s: time limit for the query.
        max_rows: most rows it may return.
        dialect: the query's dialect; the context's is detected statement by statement.

    Returns:
        Column names and rows.
    """
    with Sandbox(context) as sandbox:
        return sandbox.query(sql, timeout_s=timeout_s, max_rows=max_rows, dialect=dialect)


def run_write(
    context: str,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    dialect: str | None = None,
) -> DatabaseState:
    """Build a database from ``context``, run writes on it, return the state they leave.

    Args:
        context: CREATE TABLE / INSERT statements.
        sql: the write statement(s), in SQLite unless ``dialect`` says otherwise.
        timeout_s: time limit for the writes.
        max_rows: most rows any one table may hold afterwards.
        dialect: the writes' dialect.

    Returns:
        The state of every table and view after the writes.
    """
    with Sandbox(context) as sandbox:
        return sandbox.execute_write(sql, timeout_s=timeout_s, max_rows=max_rows, dialect=dialect)
