"""Read a database's schema with SQLAlchemy's inspector, plus a few values per text column.

Tables, views (and PostgreSQL materialized views), columns and their types, primary and foreign
keys, and comments come from the inspector's batched ``get_multi_*`` calls (a handful of
catalogue queries whatever the number of tables). SQLite has no comments in its catalogue: a
``-- comment`` written after a column (or before ``CREATE TABLE``) in the file's own DDL is read
instead.

Values are what small models get wrong most (``'Shipped'`` or ``'shipped'``?), so each text
column whose first rows hold only a few distinct short values is shown with up to
``sample_values`` of them, most frequent first. One query per table reads those rows.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Executable, column, select, table
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection
from sqlalchemy.engine.reflection import Inspector, ObjectKind
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlglot import exp
from sqlglot.errors import SqlglotError

from app.databases.comments import clean_comment, sqlite_comments
from app.databases.engines import Database
from app.errors import DatabaseUnavailableError

SAMPLE_ROWS = 1000
LOW_CARDINALITY = 20
MAX_SAMPLE_CHARS = 60


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    type: str
    """The type as sqlglot writes it (what the checker and the model see)."""
    nullable: bool = True
    comment: str = ""
    samples: tuple[str, ...] = ()


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    referred_table: str
    referred_columns: tuple[str, ...]
    referred_schema: str | None = None


@dataclass(frozen=True)
class TableInfo:
    name: str
    schema: str | None
    """None: the database's default schema (names are then written unqualified)."""
    kind: str
    """``table`` or ``view``."""
    columns: tuple[ColumnInfo, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    comment: str = ""


@dataclass(frozen=True)
class IntrospectedSchema:
    """A database's schema at one moment."""

    database: str
    dialect: str
    tables: tuple[TableInfo, ...]
    introspected_at: datetime
    seconds: float
    notes: tuple[str, ...] = field(default_factory=tuple)
    """Tables skipped or degraded, and why (for the operator's log)."""


def introspect(database: Database) -> IntrospectedSchema:
    """Read the schema of ``database`` (blocking: run it in a thread).

    Raises:
        DatabaseUnavailableError: the database cannot be reached.
    """
    started = time.perf_counter()
    with database.connect() as connection:
        try:
            tables = _read_tables(database, connection)
        except DBAPIError as error:
            failure = database.failure(error, timeout_s=database.config.statement_timeout_s)
            if failure is not None:
                raise failure from None
            raise DatabaseUnavailableError(
                f"database {database.name!r} could not be introspected: {database.scrub(error)}"
            ) from None
        finally:
            _rollback(connection)
    return IntrospectedSchema(
        database=database.name,
        dialect=database.dialect,
        tables=tuple(tables),
        introspected_at=datetime.now(UTC),
        seconds=time.perf_counter() - started,
    )


def _rollback(connection: Connection) -> None:
    try:
        connection.rollback()
    except SQLAlchemyError:
        pass  # a dead connection is invalidated and replaced by the pool


def _read_tables(database: Database, connection: Connection) -> list[TableInfo]:
    inspector = sa_inspect(connection)
    assert isinstance(inspector, Inspector)
    wanted = {name.lower() for name in database.config.tables}
    tables: list[TableInfo] = []
    schemas: list[str | None] = [*database.config.schemas] or [None]
    for schema in schemas:
        kinds = _names_by_kind(inspector, schema)
        names = [n for n in kinds if not wanted or _allowed(schema, n, wanted)]
        if not names:
            continue
        tables += _describe(database, connection, inspector, schema, names, kinds)
    return tables


def _allowed(schema: str | None, name: str, wanted: set[str]) -> bool:
    """Allow-list entries name a table (``orders``) or a schema's table (``sales.orders``)."""
    return name.lower() in wanted or f"{schema}.{name}".lower() in wanted


def _names_by_kind(inspector: Inspector, schema: str | None) -> dict[str, str]:
    kinds = dict.fromkeys(inspector.get_table_names(schema=schema), "table")
    kinds.update(dict.fromkeys(inspector.get_view_names(schema=schema), "view"))
    try:
        kinds.update(dict.fromkeys(inspector.get_materialized_view_names(schema=schema), "view"))
    except NotImplementedError:
        pass  # only PostgreSQL (and Oracle) have them
    return dict(sorted(kinds.items()))


def _describe(
    database: Database,
    connection: Connection,
    inspector: Inspector,
    schema: str | None,
    names: list[str],
    kinds: dict[str, str],
) -> list[TableInfo]:
    every = ObjectKind.ANY
    columns = inspector.get_multi_columns(schema=schema, filter_names=names, kind=every)
    keys = inspector.get_multi_pk_constraint(schema=schema, filter_names=names, kind=every)
    foreign = inspector.get_multi_foreign_keys(schema=schema, filter_names=names, kind=every)
    try:
        comments = inspector.get_multi_table_comment(schema=schema, filter_names=names, kind=every)
    except NotImplementedError:
        comments = {}
    ddl_comments = sqlite_comments(connection) if database.backend == "sqlite" else {}
    shown_schema = None if schema in (None, inspector.default_schema_name) else schema
    result = []
    for name in names:
        key = (schema, name)
        table_comment, column_comments = ddl_comments.get(name, ("", {}))
        key_info: dict[str, Any] = dict(keys.get(key) or {})
        primary = tuple(key_info.get("constrained_columns") or ())
        refs = _foreign_keys(foreign.get(key, []))
        cols = [_column(c, database, column_comments) for c in columns.get(key, [])]
        comment_info: dict[str, Any] = dict(comments.get(key) or {})
        comment = clean_comment(comment_info.get("text") or table_comment)
        info = TableInfo(name, shown_schema, kinds[name], tuple(cols), primary, refs, comment)
        if info.kind == "table" and database.config.sample_values:
            info = _with_samples(database, connection, info, schema)
        result.append(info)
    return result


def _column(reflected: Any, database: Database, ddl_comments: dict[str, str]) -> ColumnInfo:
    name = str(reflected["name"])
    type_text, note = _type_text(reflected["type"], database)
    comment = reflected.get("comment") or ddl_comments.get(name, "")
    return ColumnInfo(
        name=name,
        type=type_text,
        nullable=bool(reflected.get("nullable", True)),
        comment=clean_comment("; ".join(part for part in (comment, note) if part)),
    )


def _foreign_keys(entries: Iterable[Any]) -> tuple[ForeignKey, ...]:
    return tuple(
        ForeignKey(
            tuple(fk["constrained_columns"]),
            str(fk["referred_table"]),
            tuple(fk["referred_columns"]),
            fk.get("referred_schema"),
        )
        for fk in entries
        if fk.get("referred_table") and fk.get("constrained_columns")
    )


_TYPE_CACHE: dict[tuple[str, str], str | None] = {}


def _type_text(sa_type: Any, database: Database) -> tuple[str, str]:
    """The column's type as sqlglot writes it, and a note when it had to stand in for another.

    A type sqlglot cannot read (``tsvector``) or a column without one (a SQLite view's
    computed column) is shown as TEXT, so the checker and the prompt still see the column.
    """
    try:
        native = str(sa_type.compile(dialect=database.engine.dialect))
    except Exception:  # NullType has no DDL form: an undeclared type
        return "TEXT", "type not declared"
    key = (database.dialect, native)
    if key not in _TYPE_CACHE:
        # sqlglot's SQLite writer maps types lossily (DECIMAL(10, 2) -> REAL(10, 2)); its
        # generic writer keeps them as declared, as app.prompt.schema_view does.
        writer = "" if database.dialect == "sqlite" else database.dialect
        try:
            _TYPE_CACHE[key] = exp.DataType.build(native, dialect=database.dialect).sql(writer)
        except (SqlglotError, ValueError):
            _TYPE_CACHE[key] = None
    shown = _TYPE_CACHE[key]
    return (shown, "") if shown is not None else ("TEXT", f"type {native.lower()}")


def _sample_candidates(info: TableInfo) -> list[str]:
    keys = set(info.primary_key) | {c for fk in info.foreign_keys for c in fk.columns}
    return [
        c.name
        for c in info.columns
        if c.name not in keys
        and c.name.lower() != "id"
        and not c.name.lower().endswith("_id")
        and _is_text(c.type)
    ]


def _is_text(type_text: str) -> bool:
    head = type_text.split("(", 1)[0].strip().upper()
    return head in {"TEXT", "VARCHAR", "CHAR", "NVARCHAR", "NCHAR", "STRING", "CITEXT", "ENUM"}


def _with_samples(
    database: Database, connection: Connection, info: TableInfo, schema: str | None
) -> TableInfo:
    names = _sample_candidates(info)
    if not names:
        return info
    source = table(info.name, schema=schema)
    query: Executable = select(*[column(n) for n in names]).select_from(source).limit(SAMPLE_ROWS)
    try:
        rows = connection.execute(query).fetchall()
    except DBAPIError as error:
        if database.failure(error, timeout_s=database.config.statement_timeout_s) is not None:
            raise
        return info  # e.g. no privilege on this table: show it without values
    samples = {
        name: _low_cardinality([row[i] for row in rows], database.config.sample_values)
        for i, name in enumerate(names)
    }
    columns = tuple(
        ColumnInfo(c.name, c.type, c.nullable, c.comment, samples.get(c.name, ()))
        for c in info.columns
    )
    return replace(info, columns=columns)


def _low_cardinality(values: list[Any], keep: int) -> tuple[str, ...]:
    present = [str(v) for v in values if v is not None]
    counts = Counter(present)
    # Categories repeat: at most LOW_CARDINALITY values, each seen twice on average.
    if not counts or len(counts) > LOW_CARDINALITY or 2 * len(counts) > len(present):
        return ()
    if any(len(v) > MAX_SAMPLE_CHARS or "\n" in v for v in counts):
        return ()  # free text, not categories
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(value for value, _ in ranked[:keep])
