"""One SQLAlchemy engine per named database: created on first use, pooled, read-only sessions.

Every connection an engine opens is read-only before any SQL of ours reaches it: PostgreSQL
sessions start with ``default_transaction_read_only=on``, MySQL sessions with
``SET SESSION TRANSACTION READ ONLY``, SQLite files are opened with ``mode=ro`` and
``PRAGMA query_only``. ``pool_pre_ping`` replaces connections that died while idle (a restarted
server), so a database that comes back is used again without any failed state to clear.

Work here is synchronous (SQLAlchemy's sync API); callers run it in threads
(``asyncio.to_thread``), so the event loop never waits on a database.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from app.databases.config import DIALECTS, DatabaseConfig, DatabaseConfigError
from app.errors import DatabaseTimeoutError, DatabaseUnavailableError

logger = logging.getLogger(__name__)

POOL_RECYCLE_S = 1800
# PostgreSQL SQLSTATEs (class 08: connection exception; 57P0x: the server is going away;
# 53: out of resources) that say "the database", not "this SQL", failed.
_UNAVAILABLE_SQLSTATES = ("08", "57P01", "57P02", "57P03", "53")
_PG_QUERY_CANCELED = "57014"
# MySQL: 3024 = MAX_EXECUTION_TIME exceeded (MariaDB: 1969, max_statement_time exceeded);
# 2006/2013 = server gone / lost during query.
_MYSQL_TIMEOUT = {3024, 1969}
_MYSQL_GONE = {2002, 2003, 2006, 2013}


class Database:
    """A configured database: its URL (never shown), dialect, and a lazily built engine."""

    def __init__(self, config: DatabaseConfig, base_dir: Path | None = None) -> None:
        self.config = config
        self.name = config.name
        self._url = config.resolved_url(base_dir)
        self._base_dir = base_dir or Path.cwd()
        self.backend = self._url.get_backend_name()
        self.dialect = DIALECTS[self.backend]
        """The sqlglot dialect the database speaks."""
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._secrets = [s for s in (self._url.password, self._url.username) if s]

    @property
    def label(self) -> str:
        """How logs name the database: its name and dialect, nothing from the URL."""
        return f"{self.name} ({self.dialect})"

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = self._create_engine()
            return self._engine

    def _create_engine(self) -> Engine:
        config = self.config
        pool: dict[str, Any] = {
            "pool_size": config.pool_size,
            "max_overflow": config.max_overflow,
            "pool_timeout": config.pool_timeout_s,
            "pool_pre_ping": True,
            "pool_recycle": POOL_RECYCLE_S,
        }
        if self.backend == "sqlite":
            return self._sqlite_engine(pool)
        if self.backend == "postgresql":
            statement_ms = int(config.statement_timeout_s * 1000)
            connect_args: dict[str, Any] = {
                # libpq's floor is 2 s; it waits that long only for a host that never answers.
                "connect_timeout": max(2, math.ceil(config.connect_timeout_s)),
                "application_name": "text2sql",
                "options": (
                    f"-c default_transaction_read_only=on -c statement_timeout={statement_ms}"
                ),
            }
        else:  # mysql / mariadb
            connect_args = {
                "connect_timeout": max(1, math.ceil(config.connect_timeout_s)),
                "read_timeout": math.ceil(config.statement_timeout_s) + 5,
                "init_command": "SET SESSION TRANSACTION READ ONLY",
            }
        return create_engine(self._url, connect_args=connect_args, **pool)

    def _sqlite_engine(self, pool: dict[str, Any]) -> Engine:
        path = Path(self._url.database or "")
        if not path.exists() and self.config.build_from is not None:
            build_sqlite(path, self._script_path())
        # mode=ro: SQLite itself refuses every write on this connection.
        url = URL.create("sqlite", database=f"file:{path}", query={"mode": "ro", "uri": "true"})
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": self.config.connect_timeout_s},
            **pool,
        )

        @event.listens_for(engine, "connect")
        def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA query_only = ON")

        return engine

    def _script_path(self) -> Path:
        assert self.config.build_from is not None
        script = self.config.build_from
        return script if script.is_absolute() else self._base_dir / script

    def connect(self) -> Connection:
        """A pooled connection.

        Raises:
            DatabaseUnavailableError: the database cannot be reached, or every connection is busy.
        """
        try:
            return self.engine.connect()
        except PoolTimeoutError:
            raise DatabaseUnavailableError(
                f"database {self.name!r} is busy: every pooled connection is in use"
            ) from None
        except SQLAlchemyError as error:
            logger.warning("database %s is unreachable: %s", self.label, self.scrub(error))
            raise DatabaseUnavailableError(f"database {self.name!r} is unreachable") from None

    def ping(self) -> bool:
        """Whether a connection can be had and answers ``SELECT 1``."""
        try:
            with self.connect() as connection:
                connection.execute(text("SELECT 1"))
                connection.rollback()
        except (DatabaseUnavailableError, SQLAlchemyError):
            return False
        return True

    def failure(self, error: DBAPIError, *, timeout_s: float) -> Exception | None:
        """The service error a driver error stands for; None when the SQL itself is at fault."""
        code = _sqlstate(error)
        if code == _PG_QUERY_CANCELED or _mysql_errno(error) in _MYSQL_TIMEOUT:
            return _timeout(self.name, timeout_s)
        if (
            error.connection_invalidated
            or code.startswith(_UNAVAILABLE_SQLSTATES)
            or _mysql_errno(error) in _MYSQL_GONE
        ):
            logger.warning("database %s failed mid-query: %s", self.label, self.scrub(error))
            return DatabaseUnavailableError(f"database {self.name!r} is unreachable")
        return None

    def scrub(self, error: BaseException | str) -> str:
        """A driver message with the URL's user name and password taken out; one line.

        PostgreSQL's primary message (and hint) is used when there is one: the full text
        quotes the statement as the server saw it, server-side cursor and all.
        """
        original = getattr(error, "orig", None) or error
        diag = getattr(original, "diag", None)
        primary = getattr(diag, "message_primary", None)
        if primary:
            hint = getattr(diag, "message_hint", None)
            original = f"{primary} (hint: {hint})" if hint else primary
        message = str(original)
        message = message.split("\n[SQL:", 1)[0].split("\n(Background on", 1)[0]
        message = without_userinfo(message)
        for secret in self._secrets:
            message = message.replace(secret, "***")
        return " ".join(message.split())

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


def _timeout(name: str, timeout_s: float) -> DatabaseTimeoutError:
    return DatabaseTimeoutError(
        f"the query ran past the statement timeout of {timeout_s:g} s on database {name!r}"
    )


def _sqlstate(error: DBAPIError) -> str:
    return str(getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", "") or "")


def _mysql_errno(error: DBAPIError) -> int | None:
    args = getattr(error.orig, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


_BUILD_LOCK = threading.Lock()


def build_sqlite(path: Path, script: Path) -> None:
    """Build a SQLite file from a SQL script, atomically (a half-built file is never seen).

    Raises:
        DatabaseConfigError: the script is missing or fails.
    """
    with _BUILD_LOCK:
        if path.exists():
            return
        try:
            sql = script.read_text(encoding="utf-8")
        except OSError as error:
            raise DatabaseConfigError(f"cannot read {script}: {error}") from error
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".building")
        partial.unlink(missing_ok=True)
        try:
            with sqlite3.connect(partial) as connection:
                connection.executescript(sql)
            connection.close()
        except sqlite3.Error as error:
            partial.unlink(missing_ok=True)
            raise DatabaseConfigError(f"{script} fails to build {path.name}: {error}") from error
        partial.replace(path)
        logger.info("built SQLite database %s from %s", path, script)


# Names only: a URL in a message becomes its scheme, host and database, never its user info.
_URL_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^@/\s]*@", re.I)


def without_userinfo(message: str) -> str:
    """Remove ``user:password@`` from any URL inside a message."""
    return _URL_USERINFO.sub(r"\1", message)
