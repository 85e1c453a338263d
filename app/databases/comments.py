"""Comments on tables and columns, where the catalogue has none: SQLite's DDL as written."""

from __future__ import annotations

import sqlglot
from sqlalchemy.engine import Connection
from sqlglot import exp
from sqlglot.errors import SqlglotError

MAX_COMMENT_CHARS = 300


def clean_comment(comment: str) -> str:
    """A comment on one line, safe inside ``--`` and ``/* */``."""
    text = " ".join(str(comment).split()).replace("*/", "* /")
    return text[:MAX_COMMENT_CHARS]


def sqlite_comments(connection: Connection) -> dict[str, tuple[str, dict[str, str]]]:
    """SQLite keeps each table's DDL as written; read the comments people put in it."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND sql IS NOT NULL"
    ).fetchall()
    for name, ddl in rows:
        try:
            create = sqlglot.parse_one(str(ddl), read="sqlite")
        except SqlglotError:
            continue
        columns = {
            d.name: " ".join(d.comments or []) for d in create.find_all(exp.ColumnDef) if d.comments
        }
        found[str(name)] = (" ".join(create.comments or []), columns)
    return found
