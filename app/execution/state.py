"""What running SQL in the sandbox gives back: a query's rows, or a database's whole state."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Protocol, cast

from app.execution.errors import RowLimitError

DEFAULT_MAX_ROWS = 10_000

SqlValue = int | float | str | bytes | None
Row = tuple[SqlValue, ...]


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: column names (as SQLite reports them) and rows in order."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]


class QueryRunner(Protocol):
    """Anything that runs one query the way ``Sandbox.query`` does (a named database too)."""

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
