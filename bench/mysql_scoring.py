"""Answers about a mysqldump, scored on the dump restored into a real MariaDB.

The ``mariadb`` client restores the dump into a server of the machine's ``mariadb-server``
(bench/mariadb_server.py, started once per run); the gold and the answer run there in a
read-only transaction, so a PostgreSQL-only function or a T-SQL date form fails here as it
would for the client.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pymysql

from bench.dump_scoring import STATEMENT_TIMEOUT_MS, DumpScorer
from bench.mariadb_server import MariaDBServer


class MySQLScorer(DumpScorer):
    """One MariaDB server for a run; each dump restored once into a database of its own."""

    dialect = "mysql"
    refusals = (pymysql.err.MySQLError,)

    def __init__(self) -> None:
        super().__init__()
        self._server: MariaDBServer | None = None

    def close(self) -> None:
        if self._server is not None:
            self._server.destroy()
            self._server = None

    def _restore(self, database: str, dump: Path) -> None:
        if self._server is None:
            self._server = MariaDBServer()
        self._server.load(database, dump)

    def _fetch(self, database: str, sql: str) -> tuple[list[str], list[Sequence[Any]]]:
        assert self._server is not None
        with self._server.connect(database) as connection, connection.cursor() as cursor:
            cursor.execute(f"SET SESSION max_statement_time = {STATEMENT_TIMEOUT_MS / 1000}")
            cursor.execute("START TRANSACTION READ ONLY")
            cursor.execute(sql)
            columns = [d[0] for d in cursor.description or ()]
            rows = list(cursor.fetchall())
            cursor.execute("ROLLBACK")
            return columns, rows
