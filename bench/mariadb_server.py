"""A real MariaDB server for scoring answers about a mysqldump (Debian's ``mariadb-server``).

MariaDB has no server on PyPI, so this one is the system's: ``apt-get install mariadb-server``
(``make bench-deps``). Each run initialises a data folder of its own in a temporary directory
and listens on a socket there only (no TCP port), so it neither needs nor touches the system's
own database. As root, the server runs as the ``mysql`` user the package creates.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pymysql

SERVER = "mariadbd"
INSTALL_DB = "mariadb-install-db"
CLIENT = "mariadb"


class MariaDBUnavailableError(RuntimeError):
    """The machine has no MariaDB server to score MySQL answers with."""


class MariaDBServer:
    """One MariaDB server in a temporary folder, reachable through its socket as root."""

    def __init__(self, ready_timeout_s: float = 60) -> None:
        missing = [p for p in (SERVER, INSTALL_DB, CLIENT) if shutil.which(p) is None]
        if missing:
            raise MariaDBUnavailableError(
                f"{', '.join(missing)} not found: install Debian's mariadb-server "
                "(`make bench-deps`) to score answers about a mysqldump"
            )
        self.base = Path(tempfile.mkdtemp(prefix="text2sql-mariadb-"))
        self.socket = self.base / "mysqld.sock"
        self.user = "mysql" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.base, self.user)
        subprocess.run(
            [
                INSTALL_DB,
                f"--datadir={self.base / 'data'}",
                "--auth-root-authentication-method=socket",
                "--skip-test-db",
                *([f"--user={self.user}"] if self.user else []),
            ],
            check=True,
            capture_output=True,
        )
        self._process = subprocess.Popen(
            [
                SERVER,
                "--no-defaults",
                f"--datadir={self.base / 'data'}",
                f"--socket={self.socket}",
                f"--pid-file={self.base / 'mysqld.pid'}",
                "--skip-networking",
                f"--log-error={self.base / 'error.log'}",
                *([f"--user={self.user}"] if self.user else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait_ready(ready_timeout_s)

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                log = (self.base / "error.log").read_text(errors="replace")[-2000:]
                raise MariaDBUnavailableError(f"mariadbd exited at start:\n{log}")
            try:
                self.connect().close()
                return
            except pymysql.err.OperationalError:
                time.sleep(0.2)
        raise MariaDBUnavailableError(f"mariadbd not ready after {timeout_s:.0f} s")

    def connect(self, database: str | None = None) -> pymysql.connections.Connection:
        # As root the socket authenticates the OS user; otherwise the user who ran install-db.
        user = "root" if os.geteuid() == 0 else os.environ.get("USER", "root")
        return pymysql.connect(
            unix_socket=str(self.socket), user=user, database=database, autocommit=True
        )

    def load(self, database: str, dump: Path) -> None:
        """Create ``database`` and run ``dump`` into it with the ``mariadb`` client."""
        with self.connect() as admin, admin.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{database}`")
        with dump.open("rb") as source:
            subprocess.run(
                [CLIENT, f"--socket={self.socket}", "-u", "root", database],
                stdin=source,
                check=True,
                capture_output=True,
            )

    def dump(self, database: str) -> str:
        """``mysqldump`` of a database, as a client would paste it."""
        return subprocess.run(
            ["mysqldump", f"--socket={self.socket}", "-u", "root", database],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def destroy(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
        shutil.rmtree(self.base, ignore_errors=True)
