"""A real MariaDB server for scoring answers about a mysqldump (Debian's ``mariadb-server``).

MariaDB has no server on PyPI, so this one is the system's: ``apt-get install mariadb-server``
(``make mariadb-deps``). Each run initialises a data folder of its own in a temporary directory
and listens on a socket there only (no TCP port), so it neither needs nor touches the system's
own database. As root, the server runs as the ``mysql`` user the package creates.
"""

from __future__ import annotations

import getpass
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
DUMP = "mariadb-dump"


def _which(program: str) -> str | None:
    """``program`` on the PATH or in the sbin folders a non-root PATH leaves out."""
    return shutil.which(program, path=f"{os.environ.get('PATH', '')}:/usr/sbin:/usr/local/sbin")


class MariaDBUnavailableError(RuntimeError):
    """The machine has no MariaDB server to score MySQL answers with."""


def mariadb_programs() -> dict[str, str]:
    """The server's and client's programs by name, found on this machine.

    Raises:
        MariaDBUnavailableError: one is missing (Debian's mariadb-server is not installed).
    """
    found = {program: _which(program) for program in (SERVER, INSTALL_DB, CLIENT, DUMP)}
    missing = [program for program, path in found.items() if path is None]
    if missing:
        raise MariaDBUnavailableError(
            f"{', '.join(missing)} not found: install Debian's mariadb-server "
            "(`make mariadb-deps`) to score answers about a mysqldump"
        )
    return {program: path for program, path in found.items() if path is not None}


class MariaDBServer:
    """One MariaDB server in a temporary folder, reachable through its socket by the user who
    started it."""

    def __init__(self, ready_timeout_s: float = 60) -> None:
        self.programs = mariadb_programs()
        self.base = Path(tempfile.mkdtemp(prefix="text2sql-mariadb-"))
        self.socket = self.base / "mysqld.sock"
        self.user = "mysql" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.base, self.user)
        subprocess.run(
            [
                self.programs[INSTALL_DB],
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
                self.programs[SERVER],
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

    @property
    def account(self) -> str:
        """The account the socket lets in: root as root, else the user who ran install-db."""
        return "root" if os.geteuid() == 0 else getpass.getuser()

    def connect(self, database: str | None = None) -> pymysql.connections.Connection:
        return pymysql.connect(
            unix_socket=str(self.socket), user=self.account, database=database, autocommit=True
        )

    def load(self, database: str, dump: Path) -> None:
        """Create ``database`` and run ``dump`` into it with the ``mariadb`` client."""
        with self.connect() as admin, admin.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{database}`")
        with dump.open("rb") as source:
            subprocess.run(
                [self.programs[CLIENT], f"--socket={self.socket}", "-u", self.account, database],
                stdin=source,
                check=True,
                capture_output=True,
            )

    def dump(self, database: str) -> str:
        """``mysqldump`` of a database, as a client would paste it."""
        return subprocess.run(
            [self.programs[DUMP], f"--socket={self.socket}", "-u", self.account, database],
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
