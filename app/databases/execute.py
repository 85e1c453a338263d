"""Run one statement on a named database, read-only whatever the SQL says, under limits.

* read-only: the session is (see app.databases.engines), and each statement runs in a
  transaction that is rolled back: PostgreSQL ``SET TRANSACTION READ ONLY``, MySQL
  ``START TRANSACTION READ ONLY``, SQLite a ``mode=ro`` file with ``PRAGMA query_only``;
* time: PostgreSQL ``SET LOCAL statement_timeout``, MySQL ``MAX_EXECUTION_TIME`` (MariaDB
  ``max_statement_time``), SQLite a progress handler that interrupts the statement at its deadline;
* rows: ``row_limit + 1`` are fetched, ``row_limit`` kept, ``truncated`` says whether more
  existed (PostgreSQL reads them through a server-side cursor, so a huge result stays there).

Values come back JSON-safe: decimals as numbers (or text where a float would change them),
times as ISO 8601, bytes as hex, arrays as lists.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.databases.engines import Database, _timeout
from app.execution import QueryError, is_query

JsonValue = None | bool | int | float | str | list[Any] | dict[str, Any]
_PROGRESS_STEPS = 1000


@dataclass(frozen=True)
class Rows:
    """What a query returned, ready for JSON."""

    columns: list[str]
    rows: list[list[JsonValue]]
    truncated: bool


def run_read_only(
    database: Database, sql: str, *, row_limit: int | None = None, timeout_s: float | None = None
) -> Rows:
    """Run one statement read-only and return at most ``row_limit`` rows (blocking: use a thread).

    Args:
        database: where to run it.
        sql: one statement in the database's dialect.
        row_limit: most rows to return (default: the database's ``row_limit``).
        timeout_s: statement timeout (default: the database's ``statement_timeout_s``).

    Raises:
        QueryError: the database refused the SQL (its message, scrubbed, says why).
        DatabaseTimeoutError: it ran past the timeout.
        DatabaseUnavailableError: the database cannot be reached.
    """
    limit = row_limit or database.config.row_limit
    timeout = timeout_s or database.config.statement_timeout_s
    with database.connect() as connection:
        try:
            with _guarded(database, connection, timeout) as expired:
                try:
                    return _fetch(database, connection, sql, limit)
                except DBAPIError:
                    if expired():
                        raise _timeout(database.name, timeout) from None
                    raise
        except DBAPIError as error:
            failure = database.failure(error, timeout_s=timeout)
            if failure is not None:
                raise failure from None
            raise QueryError(sql, database.scrub(error)) from None
        except SQLAlchemyError as error:
            raise QueryError(sql, database.scrub(error)) from None


@contextmanager
def _guarded(database: Database, connection: Connection, timeout_s: float) -> Iterator[Any]:
    """A read-only transaction with a statement timeout; always rolled back.

    Yields a function telling whether a SQLite deadline interrupted the statement.
    """
    deadline = time.monotonic() + timeout_s
    expired = False

    def check() -> int:
        nonlocal expired
        if time.monotonic() > deadline:
            expired = True
            return 1  # SQLite aborts the statement with "interrupted"
        return 0

    backend = database.backend
    raw: Any = None
    try:
        if backend == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            connection.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}")
        elif backend == "sqlite":
            raw = connection.connection.driver_connection
            raw.set_progress_handler(check, _PROGRESS_STEPS)
        elif getattr(connection.dialect, "is_mariadb", False):
            # MariaDB has no MAX_EXECUTION_TIME; its own limit is in seconds.
            connection.exec_driver_sql(f"SET SESSION max_statement_time = {timeout_s:.3f}")
            connection.exec_driver_sql("START TRANSACTION READ ONLY")
        else:
            connection.exec_driver_sql(f"SET SESSION MAX_EXECUTION_TIME = {int(timeout_s * 1000)}")
            connection.exec_driver_sql("START TRANSACTION READ ONLY")
        yield lambda: expired
    finally:
        if raw is not None:
            raw.set_progress_handler(None, 0)
        try:
            connection.rollback()
        except SQLAlchemyError:
            pass  # a connection that died is invalidated; the pool replaces it


def _fetch(database: Database, connection: Connection, sql: str, limit: int) -> Rows:
    options: dict[str, Any] = {}
    if database.backend == "postgresql" and is_query(sql, database.dialect):
        # A server-side cursor: rows past the limit are never sent to us.
        options = {"stream_results": True, "max_row_buffer": limit + 1}
    result = connection.exec_driver_sql(sql, execution_options=options)
    if not result.returns_rows:
        result.close()
        return Rows([], [], False)
    columns = [str(name) for name in result.keys()]
    fetched = result.fetchmany(limit + 1)
    result.close()
    rows = [[json_safe(value) for value in row] for row in fetched[:limit]]
    return Rows(columns, rows, len(fetched) > limit)


def json_safe(value: object) -> JsonValue:
    """A database value as JSON can carry it (see the module docstring)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    return str(value)


def _decimal(value: Decimal) -> JsonValue:
    if not value.is_finite():
        return str(value)
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    as_float = float(value)
    # Where a float would change the digits (money with many places), keep the exact text.
    return as_float if Decimal(repr(as_float)) == value.normalize() else str(value)


def hashable(value: JsonValue) -> int | float | str | None:
    """A JSON-safe value as a comparable scalar (lists and objects as their JSON text)."""
    if isinstance(value, list | dict):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    return value
