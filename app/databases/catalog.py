"""The configured databases, their cached schemas, and the async face the service uses.

A schema is introspected on first use and kept for ``TEXT2SQL_SCHEMA_CACHE_TTL_S``; one request
at a time refreshes a database (the others wait for its result, not for their own). When a
refresh fails because the database is down, the last schema keeps serving (a schema changes
far less often than a server restarts) and running SQL answers 503 until it is back.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from app.checking import SchemaInfo, parse_schema
from app.databases.config import load_databases
from app.databases.engines import Database
from app.databases.execute import Rows, hashable, run_read_only
from app.databases.introspect import IntrospectedSchema, introspect
from app.databases.render import render_ddl
from app.errors import DatabaseNotFoundError, DatabaseUnavailableError
from app.execution import QueryResult

logger = logging.getLogger(__name__)

PING_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class CachedSchema:
    """One database's schema: as introspected, as text for the model, as the checker's map."""

    introspected: IntrospectedSchema
    text: str
    info: SchemaInfo
    loaded_at: float
    """``time.monotonic()`` when it was read."""


@dataclass(frozen=True)
class DatabaseStatus:
    name: str
    dialect: str
    description: str
    tables: int | None
    introspected_at: datetime | None
    reachable: bool


class DatabaseRunner:
    """Runs candidates on a database for the vote (app.candidates.vote) and keeps their rows.

    It answers the sandbox's ``query`` call, so the vote needs no change to use a real database;
    the rows of the chosen candidate are then returned without running it a second time.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.results: dict[str, Rows] = {}

    def query(
        self,
        sql: str,
        *,
        timeout_s: float = 0.0,
        max_rows: int = 0,
        dialect: str | None = None,
    ) -> QueryResult:
        """Run ``sql`` under the database's own limits (the sandbox's are for toy schemas).

        More rows than the database's ``row_limit`` are cut, not refused: a real table is large.
        """
        del timeout_s, max_rows, dialect
        rows = run_read_only(self.database, sql)
        self.results[sql] = rows
        return QueryResult(
            tuple(rows.columns), tuple(tuple(hashable(v) for v in row) for row in rows.rows)
        )


class DatabaseCatalog:
    """Every configured database by name; empty when no databases file is configured."""

    def __init__(self, databases: dict[str, Database], ttl_s: float) -> None:
        self.databases = databases
        self.ttl_s = ttl_s
        self._cache: dict[str, CachedSchema] = {}
        self._locks = {name: asyncio.Lock() for name in databases}

    @classmethod
    def from_file(cls, path: Path | None, ttl_s: float) -> DatabaseCatalog:
        if path is None:
            return cls({}, ttl_s)
        loaded = load_databases(path)
        databases = {
            name: Database(config, loaded.base_dir) for name, config in loaded.databases.items()
        }
        logger.info("databases configured: %s", ", ".join(d.label for d in databases.values()))
        return cls(databases, ttl_s)

    def get(self, name: str) -> Database:
        try:
            return self.databases[name]
        except KeyError:
            known = ", ".join(sorted(self.databases)) or "none are configured"
            raise DatabaseNotFoundError(
                f"no database named {name!r} ({known})", details={"database": name}
            ) from None

    async def schema(self, name: str) -> CachedSchema:
        """The database's schema: cached, or introspected now if older than the TTL."""
        database = self.get(name)
        cached = self._cache.get(name)
        if cached is not None and time.monotonic() - cached.loaded_at < self.ttl_s:
            return cached
        async with self._locks[name]:
            fresh = self._cache.get(name)
            if fresh is not None and fresh is not cached:
                return fresh  # another request refreshed it while this one waited
            try:
                return await self._load(database)
            except DatabaseUnavailableError:
                if cached is None:
                    raise
                logger.warning("database %s is unreachable; using its last schema", database.label)
                return cached

    async def refresh(self, name: str) -> CachedSchema:
        """Introspect the database now, whatever the cache holds."""
        database = self.get(name)
        async with self._locks[name]:
            return await self._load(database)

    async def _load(self, database: Database) -> CachedSchema:
        introspected = await asyncio.to_thread(introspect, database)
        text = render_ddl(introspected, database.engine.dialect.identifier_preparer)
        # Parsed like a pasted schema: the checker sees exactly what the model is shown.
        info = await asyncio.to_thread(parse_schema, text, database.dialect)
        # Except for one thing the rendered DDL cannot say: whether the database fills in a key
        # an INSERT leaves out (reflection reads INT and INTEGER, sequences and plain integers
        # alike), so no key is given a value for it (app.checking.insert_keys).
        info = replace(info, keys=replace(info.keys, unfilled={}))
        cached = CachedSchema(introspected, text, info, time.monotonic())
        self._cache[database.name] = cached
        logger.info(
            "introspected database %s: %d tables in %.3f s",
            database.label,
            len(introspected.tables),
            introspected.seconds,
        )
        return cached

    async def run(self, name: str, sql: str) -> Rows:
        """Run one statement read-only (see app.databases.execute), off the event loop."""
        return await asyncio.to_thread(run_read_only, self.get(name), sql)

    async def statuses(self) -> list[DatabaseStatus]:
        """Every database with its last introspection and whether it answers now."""
        names = sorted(self.databases)
        reachable = await asyncio.gather(*(self._ping(name) for name in names))
        return [self._status(name, ok) for name, ok in zip(names, reachable, strict=True)]

    def status(self, name: str, reachable: bool) -> DatabaseStatus:
        self.get(name)
        return self._status(name, reachable)

    def _status(self, name: str, reachable: bool) -> DatabaseStatus:
        database = self.databases[name]
        cached = self._cache.get(name)
        return DatabaseStatus(
            name=name,
            dialect=database.dialect,
            description=database.config.description,
            tables=len(cached.introspected.tables) if cached else None,
            introspected_at=cached.introspected.introspected_at if cached else None,
            reachable=reachable,
        )

    async def _ping(self, name: str) -> bool:
        try:
            return await asyncio.wait_for(
                asyncio.to_thread(self.databases[name].ping), PING_TIMEOUT_S
            )
        except TimeoutError:
            return False

    def close(self) -> None:
        for database in self.databases.values():
            database.dispose()
