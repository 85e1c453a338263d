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
from types import TracebackType
from typing import cast

from app.execution.errors import ContextBuildError, QueryError, QueryTimeoutError, RowLimitError
from app.execution.functions import register as register_functions
from app.execution.state import DEFAULT_MAX_ROWS, DatabaseState, QueryResult, Row, snapshot
from app.execution.statements import build_candidates, split_statements, to_sqlite

DEFAULT_TIMEOUT_S = 2.0
DEFAULT_BUILD_TIMEOUT_S = 5.0
# The progress handler is a Python call; every 10k VM steps keeps its cost near 1% while still
# stopping a runaway query within a few milliseconds of its deadline.
_PROGRESS_STEPS = 10_000
_MAX_VALUE_BYTES = 10_000_000


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
    register_functions(conn)  # other dialects' date parts (app.execution.functions)
    return conn


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
            for index, statement in enumerate(split_statements(context, dialect), start=1):
                executed.append(self._build_one(index, statement, dialect, deadline))
        self.statements: tuple[str, ...] = tuple(executed)
        """The SQLite statements that built the database (transpiled where needed)."""
        self.empty_tables: frozenset[str] = self._empty_tables()
        """Tables (lowercased) without a row: all of them when a schema comes without rows."""

    def _empty_tables(self) -> frozenset[str]:
        names = [
            str(name)
            for (name,) in self._template.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        empty = set()
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            if self._template.execute(f"SELECT 1 FROM {quoted} LIMIT 1").fetchone() is None:
                empty.add(name.lower())
        return frozenset(empty)

    def _build_one(
        self, index: int, statement: str, dialect: str | None, deadline: _Deadline
    ) -> str:
        """Run one context statement, transpiled if needed; return the SQL that ran."""
        reason = ""
        for candidate in build_candidates(statement, dialect):
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
