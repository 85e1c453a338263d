"""Run SQL on a fresh in-memory SQLite database: how the checker's tests show what an answer
returns before and after a rule."""

from __future__ import annotations

import sqlite3


def sqlite_rows(script: str, sql: str) -> list[tuple[object, ...]]:
    """The rows ``sql`` returns, in the database's order, after ``script`` (DDL and rows) ran."""
    database = sqlite3.connect(":memory:")
    database.executescript(script)
    return list(database.execute(sql))
