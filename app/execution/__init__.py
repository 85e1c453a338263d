"""Running SQL safely: a throwaway SQLite database built from a context, queried under limits.

* ``sandbox``: :class:`Sandbox`, the database and its limits.
* ``statements``: scripts split into statements, queries told from writes, SQL transpiled.
* ``state``: what a run gives back (rows, or a database's whole state).
* ``errors``: the typed errors, each with a stable code.
"""

from app.execution.errors import (
    ContextBuildError,
    QueryError,
    QueryTimeoutError,
    RowLimitError,
    SandboxError,
)
from app.execution.sandbox import DEFAULT_BUILD_TIMEOUT_S, DEFAULT_TIMEOUT_S, Sandbox
from app.execution.state import (
    DEFAULT_MAX_ROWS,
    DatabaseState,
    QueryResult,
    QueryRunner,
    Row,
    SqlValue,
    TableState,
    snapshot,
)
from app.execution.statements import is_query, split_statements, to_sqlite

__all__ = [
    "DEFAULT_BUILD_TIMEOUT_S",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_TIMEOUT_S",
    "ContextBuildError",
    "DatabaseState",
    "QueryError",
    "QueryResult",
    "QueryRunner",
    "QueryTimeoutError",
    "Row",
    "RowLimitError",
    "Sandbox",
    "SandboxError",
    "SqlValue",
    "TableState",
    "is_query",
    "snapshot",
    "split_statements",
    "to_sqlite",
]
