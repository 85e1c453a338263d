"""The sandbox's typed errors; each ``code`` is stable and safe to show or log."""

from __future__ import annotations

from typing import ClassVar

_QUOTE_LIMIT = 200


def _quote(sql: str) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= _QUOTE_LIMIT else flat[: _QUOTE_LIMIT - 3] + "..."


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
