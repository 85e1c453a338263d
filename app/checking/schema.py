"""Step 1 of the checker: the request's DDL, parsed once into the tables and columns it defines.

A statement that does not parse is named, so a client can fix its schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError
from sqlglot.schema import MappingSchema
from sqlglot.tokenizer_core import Token, TokenType

from app.checking.filled_keys import add_unfilled_key
from app.checking.hazards import token_hazard
from app.checking.join_keys import TableKeys, add_table_keys
from app.checking.row_spellings import StoredSpellings
from app.checking.stored_dates import StoredDates
from app.checking.value_lists import Range, allowed_ranges, allowed_values, nullable_columns
from app.errors import SchemaError, UnsupportedDialectError

# Dialects whose databases match column names without regard to case, quoted or not (MySQL;
# its table names follow the file system, so they keep their case).
CASE_INSENSITIVE_COLUMNS = frozenset({"mysql"})


@dataclass(frozen=True)
class SchemaInfo:
    """The tables and columns a request's DDL defines."""

    tables: dict[str, dict[str, str]]
    dialect: str
    keys: TableKeys = field(default_factory=TableKeys)
    """Primary and foreign keys the DDL declares (app.checking.join_keys)."""
    table_schemas: dict[str, str] = field(default_factory=dict)
    """The schema each qualified table was created in (``tickets`` -> ``support``), by the
    table's lowercased name (app.checking.search_path)."""
    declared_values: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    """(table, column), lowercased -> the only text values the DDL lets the column hold: an
    ENUM type or a ``CHECK (column IN (...))`` (app.checking.declared_values)."""
    declared_ranges: dict[tuple[str, str], Range] = field(default_factory=dict)
    """(table, column), lowercased -> the numbers its CHECK lets it hold (value_lists)."""
    quoted: frozenset[str] = frozenset()
    """Tables (``t``) and columns (``t.c``) the DDL names in quotes, as written: in PostgreSQL
    ``"companyName"`` is case-sensitive, while an unquoted ``companyName`` means ``companyname``."""
    date_texts: frozenset[tuple[str, str]] = frozenset()
    """(table, column), lowercased, of columns whose values are dates, as the schema's rows or
    comments show (app.checking.stored_dates): SQLite has no date type, so TEXT holds them."""
    date_times: frozenset[tuple[str, str]] = frozenset()
    """Those of ``date_texts`` whose rows or comment show a time of day ('2025-03-31 18:30'),
    not only a day (app.checking.day_comparisons)."""
    minute_times: frozenset[tuple[str, str]] = frozenset()
    """Those of ``date_times`` written to the minute, without seconds ('2025-03-31 18:30')."""
    mixed_case: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    """(table, column), lowercased -> values its rows spell in several cases ('Ford', 'FORD')."""
    nullable: frozenset[tuple[str, str]] = frozenset()
    """(table, column), lowercased, of columns the DDL lets hold NULL: neither NOT NULL nor a
    primary key (app.checking.event_states reads a nullable date as an event not yet had)."""

    @property
    def column_count(self) -> int:
        return sum(len(columns) for columns in self.tables.values())

    def declared_table(self, name: str) -> str:
        """The table ``name`` names, as the DDL spells it (matched without regard to case);
        ``name`` itself when the schema has no such table."""
        return next((table for table in self.tables if table.lower() == name.lower()), name)

    def table_node(self, name: str, alias: str | None = None) -> exp.Table:
        """The table ``name`` names, to write into a query: spelled and quoted as the DDL
        writes it, in the schema it was created in, under ``alias`` unless that is its name."""
        spelled = self.declared_table(name)
        quoted = spelled in self.quoted
        same = alias is None or (alias == spelled if quoted else alias.lower() == name.lower())
        return exp.table_(
            exp.to_identifier(spelled, quoted=quoted),
            db=self.table_schemas.get(name.lower()),
            alias=None if same else alias,
        )

    def columns_of(self, table: str) -> list[str]:
        """The columns of ``table`` (matched without regard to case) as the DDL spells them."""
        return list(self.tables.get(self.declared_table(table), {}))

    def lowered_columns(self) -> dict[str, set[str]]:
        """Column names by table name, all lowercased: how the checker's rules match names."""
        return {t.lower(): {c.lower() for c in cols} for t, cols in self.tables.items()}

    def mapping(self) -> MappingSchema:
        """The schema for sqlglot's resolver, quoted names kept quoted (so case-sensitive where
        the dialect makes them so)."""
        tables: dict[str, object] = {
            self._name(table, table): {
                self._name(f"{table}.{column}", column): kind for column, kind in columns.items()
            }
            for table, columns in self.tables.items()
        }
        return MappingSchema(tables, dialect=self.dialect, normalize=True)

    def _name(self, key: str, name: str) -> str:
        if self.dialect in CASE_INSENSITIVE_COLUMNS and "." in key:
            return name.lower()  # the query's names are folded the same way before resolving
        if key not in self.quoted:
            return name
        return exp.to_identifier(name, quoted=True).sql(self.dialect)


def resolve_dialect(name: str) -> str:
    """Validate a dialect name against sqlglot's registry; return its canonical name."""
    name = name.strip().lower()
    try:
        Dialect.get_or_raise(name)
    except ValueError as error:
        raise UnsupportedDialectError(
            f"unknown SQL dialect {name!r}; use one of: {', '.join(sorted(supported_dialects()))}"
        ) from error
    return name


def supported_dialects() -> list[str]:
    return sorted(d.value for d in sqlglot.Dialects if d.value)


def split_statements(text: str, dialect: str) -> list[str]:
    """Split SQL text into statements on semicolons that are tokens (not inside strings)."""
    return [statement for statement, _ in split_with_tokens(text, dialect)]


def split_with_tokens(text: str, dialect: str) -> list[tuple[str, list[Token]]]:
    """Each statement's text with its tokens (tokenized once, for the split and the hazard)."""
    tokens: list[Token] = Dialect.get_or_raise(dialect).tokenize(text)
    statements: list[tuple[str, list[Token]]] = []
    current: list[Token] = []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if current:
                statements.append((text[current[0].start : current[-1].end + 1], current))
            current = []
            continue
        current.append(token)
    if current:
        statements.append((text[current[0].start : current[-1].end + 1], current))
    return statements


def parse_schema(ddl: str, dialect: str) -> SchemaInfo:
    """Parse a request's schema: CREATE TABLE / CREATE VIEW, optionally INSERT statements.

    Raises:
        SchemaError: naming the first statement that does not parse, or when no table is defined.
    """
    try:
        statements = split_with_tokens(ddl, dialect)
    except TokenError as error:
        raise SchemaError(f"the schema could not be tokenized: {error}") from error
    tables: dict[str, dict[str, str]] = {}
    keys = TableKeys()
    declared_values: dict[tuple[str, str], frozenset[str]] = {}
    declared_ranges: dict[tuple[str, str], Range] = {}
    quoted: set[str] = set()
    table_schemas: dict[str, str] = {}
    nullable: set[tuple[str, str]] = set()
    stored_dates, spellings = StoredDates(), StoredSpellings()
    for number, (text, tokens) in enumerate(statements, start=1):
        hazard = token_hazard(tokens)
        if hazard is not None:
            raise SchemaError(
                f"schema statement {number} is refused unparsed: {hazard}",
                details={"statement": number},
            )
        try:
            parsed = sqlglot.parse_one(text, read=dialect)
        except (ParseError, TokenError) as error:
            raise SchemaError(
                f"schema statement {number} does not parse as {dialect} SQL: "
                f"{_snippet(text)} ({first_error(error)})",
                details={"statement": number},
            ) from error
        if isinstance(parsed, exp.Command):
            raise SchemaError(
                f"schema statement {number} does not parse as {dialect} SQL: {_snippet(text)}",
                details={"statement": number},
            )
        if isinstance(parsed, exp.Create):
            created = _created_table(parsed)
            if created is not None:
                _add_created_table(parsed, created, text, dialect, tables, keys)
                declared_values.update(allowed_values(created.name, parsed.this))
                declared_ranges.update(allowed_ranges(created.name, parsed.this))
                quoted.update(_quoted_names(parsed, created))
                stored_dates.see_create(created.name, parsed)
                nullable.update(nullable_columns(created.name, parsed))
                if created.db:
                    table_schemas[created.name.lower()] = created.db
        elif isinstance(parsed, exp.Insert):
            stored_dates.see_insert(parsed, tables)
            spellings.see_insert(parsed, tables)
        else:
            raise SchemaError(
                f"schema statement {number} is a {parsed.key.upper()} statement; the schema may "
                f"hold only CREATE TABLE, CREATE VIEW and INSERT statements: {_snippet(text)}",
                details={"statement": number},
            )
    if not tables:
        raise SchemaError("the schema defines no table: send CREATE TABLE statements")
    return SchemaInfo(
        tables=tables,
        dialect=dialect,
        keys=keys,
        table_schemas=table_schemas,
        declared_values=declared_values,
        declared_ranges=declared_ranges,
        quoted=frozenset(quoted),
        date_texts=stored_dates.columns(),
        date_times=stored_dates.timed(),
        minute_times=stored_dates.to_the_minute(),
        mixed_case=spellings.mixed(),
        nullable=frozenset(nullable),
    )


def _add_created_table(
    create: exp.Create,
    table: exp.Table,
    text: str,
    dialect: str,
    tables: dict[str, dict[str, str]],
    keys: TableKeys,
) -> None:
    target = create.this
    columns: dict[str, str] = {}
    if isinstance(target, exp.Schema):
        for column in target.expressions:
            if isinstance(column, exp.ColumnDef):
                kind_node = column.args.get("kind")
                columns[column.name] = kind_node.sql() if kind_node else "UNKNOWN"
        add_table_keys(table.name, target, keys.primary_keys, keys.references)
        add_unfilled_key(table.name.lower(), target, text, dialect, keys)
    query = create.expression
    if not columns and isinstance(query, exp.Query):
        columns = {name: "UNKNOWN" for name in query.named_selects if name != "*"}
    tables[table.name] = columns


def _created_table(create: exp.Create) -> exp.Table | None:
    """The table or view a CREATE TABLE / CREATE VIEW makes; None for other CREATEs."""
    if str(create.args.get("kind") or "").upper() not in {"TABLE", "VIEW"}:
        return None
    target = create.this
    table = target.this if isinstance(target, exp.Schema) else target
    return table if isinstance(table, exp.Table) else None


def _quoted_names(create: exp.Create, table: exp.Table) -> set[str]:
    """``t`` and ``t.c`` for a table and the columns a CREATE TABLE names in quotes."""
    target = create.this
    names = {table.name} if table.this.args.get("quoted") else set()
    if isinstance(target, exp.Schema):
        for column in target.expressions:
            if isinstance(column, exp.ColumnDef) and column.this.args.get("quoted"):
                names.add(f"{table.name}.{column.name}")
    return names


def _snippet(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def first_error(error: Any) -> str:
    errors = getattr(error, "errors", None)
    if errors:
        first = errors[0]
        description = first.get("description") or "syntax error"
        return f"{description} at line {first.get('line')}, column {first.get('col')}"
    return str(error).splitlines()[0]
