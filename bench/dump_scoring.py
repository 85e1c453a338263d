"""Scoring answers about a pasted dump on the real thing: the dump restored into its server.

The service checks and votes on a SQLite sandbox built from the schema it was sent; whether an
answer is right is what the client's database says. So a question whose schema is a dump is
scored by restoring the dump into a real server of its dialect (started once per run) and
running the gold and the answer there, read-only. Subclasses say how a server starts, restores
a dump and runs one query (bench/pg_scoring.py, bench/mysql_scoring.py).
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.execution.state import QueryResult
from optimizer.metrics import gold_is_ordered, results_match, results_subset_match

STATEMENT_TIMEOUT_MS = 5000


class DumpScorer(ABC):
    """One server for a run; each dump restored once into a database of its own."""

    dialect: str
    refusals: tuple[type[Exception], ...]
    """The driver's errors for SQL the server refuses."""

    def __init__(self) -> None:
        self._databases: dict[Path, str] = {}

    def score(self, dump: Path, gold: str, sql: str) -> tuple[bool, bool]:
        """(strict, subset) match of ``sql`` against ``gold`` on the restored ``dump``."""
        gold_result = self.result(dump, gold)
        if gold_result is None:
            raise RuntimeError(f"gold SQL fails on {self.dialect}: {gold}")
        answer = self.result(dump, sql) if sql.strip() else None
        if answer is None:
            return False, False
        ordered = gold_is_ordered(gold)
        return (
            results_match(gold_result, answer, ordered=ordered),
            results_subset_match(gold_result, answer, ordered=ordered),
        )

    def result(self, dump: Path, sql: str) -> QueryResult | None:
        """What ``sql`` returns on the restored ``dump``; None when the server refuses it."""
        database = self._restored(dump)
        try:
            columns, rows = self._fetch(database, sql)
        except self.refusals:
            return None
        return QueryResult(tuple(columns), tuple(tuple(_hashable(v) for v in row) for row in rows))

    def _restored(self, dump: Path) -> str:
        if dump in self._databases:
            return self._databases[dump]
        name = f"dump_{len(self._databases)}"
        # Registered first: a dump the server refuses raises here, and a later one gets a new
        # name.
        self._databases[dump] = name
        self._restore(name, dump)
        return name

    @abstractmethod
    def _restore(self, database: str, dump: Path) -> None:
        """Create ``database`` (starting the server on first use) and restore ``dump`` into it."""

    @abstractmethod
    def _fetch(self, database: str, sql: str) -> tuple[list[str], list[Sequence[Any]]]:
        """Run ``sql`` read-only in ``database``: its column names and rows, as the driver
        gives them."""

    @abstractmethod
    def close(self) -> None:
        """Stop the server, if one was started."""


def _hashable(value: Any) -> Any:
    """Arrays and JSON as values the metrics can count (they compare rows as multisets)."""
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, default=str)
    return value
