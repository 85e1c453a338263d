"""The operator's databases file (``TEXT2SQL_DATABASES_FILE``): TOML or YAML, one entry a database.

```toml
[databases.shop]
url_env = "SHOP_DATABASE_URL"        # or: url = "postgresql+psycopg://reader@db/shop"
schemas = ["public"]                 # optional allow-lists
tables = ["orders", "customers"]
row_limit = 500
statement_timeout_s = 5
```

Secrets stay out of the file: ``url_env`` names an environment variable that holds the URL. A
relative SQLite path is relative to the file, and ``build_from`` (SQLite only, also relative to
the file) names a SQL script that builds the file when it does not exist yet (the demo).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
# SQLAlchemy backend name -> sqlglot dialect name.
DIALECTS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite"}


class DatabaseConfigError(ValueError):
    """The databases file is missing, malformed or names something that cannot work."""


class DatabaseConfig(BaseModel):
    """One named database as the operator configured it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=NAME_PATTERN, description="The name clients ask by.")
    url: SecretStr | None = Field(None, description="SQLAlchemy URL (prefer url_env).")
    url_env: str | None = Field(None, description="Environment variable holding the URL.")
    description: str = Field("", description="Shown in GET /databases.")
    schemas: list[str] = Field(
        default_factory=list, description="Schemas to show (default: the default schema)."
    )
    tables: list[str] = Field(
        default_factory=list, description="Tables and views to show (default: all)."
    )
    row_limit: int = Field(1000, ge=1, le=100_000, description="Most rows one query returns.")
    statement_timeout_s: float = Field(10.0, gt=0, le=600, description="Per statement.")
    connect_timeout_s: float = Field(2.0, gt=0, le=60, description="Per new connection.")
    pool_size: int = Field(5, ge=1, le=100, description="Connections kept open.")
    max_overflow: int = Field(5, ge=0, le=100, description="Extra connections under load.")
    pool_timeout_s: float = Field(5.0, gt=0, le=60, description="Wait for a free connection.")
    sample_values: int = Field(
        10,
        ge=0,
        le=10,
        description="Distinct values read per low-cardinality text column, most frequent first; "
        "the prompt shows up to 3 (those the question names first, for programs that pick them).",
    )
    build_from: Path | None = Field(
        None, description="SQLite only: a SQL script that builds the file when it is missing."
    )

    @model_validator(mode="after")
    def _one_url(self) -> DatabaseConfig:
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of url and url_env")
        return self

    def resolved_url(self, base_dir: Path | None = None) -> URL:
        """The SQLAlchemy URL: from ``url`` or the environment, SQLite paths made absolute.

        Raises:
            DatabaseConfigError: the variable is unset, or the URL is not one we can serve.
        """
        if self.url is not None:
            text = self.url.get_secret_value()
        else:
            assert self.url_env is not None
            text = os.environ.get(self.url_env, "")
            if not text:
                raise DatabaseConfigError(
                    f"database {self.name!r}: environment variable {self.url_env} is not set"
                )
        try:
            url = make_url(text)
        except ArgumentError:
            # The message would quote the URL, password and all.
            raise DatabaseConfigError(f"database {self.name!r}: not a SQLAlchemy URL") from None
        backend = url.get_backend_name()
        if backend not in DIALECTS:
            raise DatabaseConfigError(
                f"database {self.name!r}: {backend} is not supported "
                f"(use one of {', '.join(sorted(DIALECTS))})"
            )
        if backend == "sqlite":
            url = _absolute_sqlite(self.name, url, base_dir)
        elif self.build_from is not None:
            raise DatabaseConfigError(f"database {self.name!r}: build_from is for SQLite only")
        return url


def _absolute_sqlite(name: str, url: URL, base_dir: Path | None) -> URL:
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        raise DatabaseConfigError(
            f"database {name!r}: a SQLite database must be a file path (sqlite:///path/to.db)"
        )
    path = Path(database)
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return url.set(database=str(path.resolve()))


class DatabasesFile(BaseModel):
    """The whole file: the databases by name, and the folder relative paths start from."""

    model_config = ConfigDict(frozen=True)

    databases: dict[str, DatabaseConfig]
    base_dir: Path


def load_databases(path: Path) -> DatabasesFile:
    """Read a databases file (``.toml``, ``.yaml`` or ``.yml``).

    Raises:
        DatabaseConfigError: it cannot be read or parsed, or an entry is invalid.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DatabaseConfigError(f"cannot read the databases file {path}: {error}") from error
    raw = _parse(path, text)
    entries = raw.get("databases", {})
    if not isinstance(entries, dict):
        raise DatabaseConfigError(f"{path}: 'databases' must be a table of named databases")
    databases: dict[str, DatabaseConfig] = {}
    for name, entry in entries.items():
        if not isinstance(entry, dict):
            raise DatabaseConfigError(f"{path}: database {name!r} must be a table of settings")
        try:
            databases[str(name)] = DatabaseConfig(name=str(name), **entry)
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'entry'}: {e['msg']}"
                for e in error.errors()
            )
            raise DatabaseConfigError(f"{path}: database {name!r}: {problems}") from None
    base_dir = path.resolve().parent
    for database in databases.values():
        database.resolved_url(base_dir)  # fail at start-up, not on the first request
    return DatabasesFile(databases=databases, base_dir=base_dir)


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        if path.suffix.lower() in {".yaml", ".yml"}:
            data = yaml.safe_load(text) or {}
        else:
            data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as error:
        raise DatabaseConfigError(f"{path} does not parse: {error}") from error
    if not isinstance(data, dict):
        raise DatabaseConfigError(f"{path}: expected a 'databases' table at the top")
    return data
