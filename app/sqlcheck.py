"""The SQL checker: every SQL the model writes passes through here before anyone sees it.

Small rule functions over sqlglot trees:

* ``parse_schema``: the request's DDL, parsed once; a statement that does not parse is named.
* ``extract_sql``: the model's answer stripped of prose, DSPy field markers and code fences.
* ``check_sql``: exactly one statement that parses in the target dialect, allowed by the
  read/write policy, naming only tables and columns the schema defines; returned transpiled
  to the target dialect. Anything else comes back ``valid=False`` with specific issues.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import OptimizeError, ParseError, SqlglotError, TokenError
from sqlglot.optimizer.qualify import qualify
from sqlglot.schema import MappingSchema
from sqlglot.tokenizer_core import Token, TokenType

from app.errors import SchemaError, UnsupportedDialectError

# sqlglot logs a warning for every statement it falls back to parsing as a Command; those
# statements are refused anyway, so the warning is noise in the service log.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

READ_ROOTS: tuple[type[exp.Expr], ...] = (exp.Select, exp.SetOperation)
DML_ROOTS: tuple[type[exp.Expr], ...] = (exp.Insert, exp.Update, exp.Delete, exp.Merge)

# Nodes that change data, schema, session or server state, wherever they appear in a tree
# (a DELETE hidden in a CTE, SELECT ... INTO, PRAGMA, ATTACH, a statement sqlglot could only
# keep as an opaque Command, ...).
WRITE_NODES: tuple[type[exp.Expr], ...] = (
    exp.Insert,
    exp.Update,
    exp.Delete,
    exp.Merge,
    exp.Into,
    exp.Lock,
)
NEVER_NODES: tuple[type[exp.Expr], ...] = (
    exp.Create,
    exp.Drop,
    exp.Alter,
    exp.TruncateTable,
    exp.Command,
    exp.Pragma,
    exp.Attach,
    exp.Detach,
    exp.Transaction,
    exp.Commit,
    exp.Rollback,
    exp.Grant,
    exp.Revoke,
    exp.Copy,
    exp.Use,
    exp.LoadData,
    exp.Set,
    exp.Kill,
    exp.Cache,
    exp.Uncache,
    exp.Refresh,
    exp.Analyze,
    exp.Describe,
    exp.Show,
    exp.Export,
)

# Functions that read or write files, load code, sleep, or touch server state. A query that
# calls them is not "read-only" in any sense that matters to the database owner.
FORBIDDEN_FUNCTIONS = frozenset(
    {
        "load_extension",
        "readfile",
        "writefile",
        "edit",
        "fts3_tokenizer",
        "zipfile",
        "pg_sleep",
        "pg_sleep_for",
        "pg_sleep_until",
        "sleep",
        "benchmark",
        "waitfor",
        "pg_read_file",
        "pg_read_binary_file",
        "pg_ls_dir",
        "pg_stat_file",
        "lo_import",
        "lo_export",
        "lo_unlink",
        "dblink",
        "dblink_exec",
        "pg_terminate_backend",
        "pg_cancel_backend",
        "pg_reload_conf",
        "set_config",
        "nextval",
        "setval",
        "load_file",
        "xp_cmdshell",
        "openrowset",
        "opendatasource",
        "system",
        "sys_exec",
        "sys_eval",
        "read_csv",
        "read_csv_auto",
        "read_parquet",
        "read_json",
        "read_text",
        "read_blob",
        "glob",
        "http_get",
        "http_post",
        "url",
        # dynamic SQL (runs text the checker never sees), large objects, locks, notifications
        "query_to_xml",
        "query_to_xmlschema",
        "query_to_xml_and_xmlschema",
        "cursor_to_xml",
        "openquery",
        "query",
        "query_table",
        "lo_create",
        "lo_creat",
        "lo_from_bytea",
        "lo_put",
        "pg_file_write",
        "pg_file_rename",
        "pg_file_unlink",
        "pg_notify",
        "pg_advisory_lock",
        "pg_advisory_lock_shared",
        "pg_advisory_xact_lock",
        "pg_try_advisory_lock",
        "get_lock",
        "release_lock",
    }
)

STATEMENT_START = re.compile(
    r"(?im)^\s*(?:sql\s*:\s*|answer\s*:\s*)?(?=(with|select|insert|update|delete|merge|create|"
    r"drop|alter|truncate|pragma|attach|detach|replace|values|explain|grant|revoke|vacuum|"
    r"begin|commit|rollback|set|copy|call|exec|execute)\b)"
)
# SQL statements STATEMENT_START does not list: after a `;` they are kept (and so refused as a
# second statement), never dropped as trailing prose.
OTHER_STATEMENT = re.compile(
    r"(?i)^\s*(do|upsert|lock|unlock|waitfor|declare|prepare|deallocate|shutdown|checkpoint|"
    r"listen|notify|install|load|import|export|rename|flush|kill|discard|cluster|reindex|"
    r"optimize|repair|handler|savepoint|bulk|backup|restore|dbcc|undrop|unload|msck|use)\b"
)
# MySQL and MariaDB execute the text of /*! ... */ and /*M! ... */ comments.
EXECUTABLE_COMMENT = re.compile(r"/\*M?!")
# T-SQL table hints that take the locks FOR UPDATE takes.
LOCK_HINTS = frozenset({"updlock", "xlock", "tablockx", "holdlock"})
FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n?(.*?)(?:```|\Z)", re.S)
DSPY_MARKER = re.compile(r"\[\[\s*##\s*(\w+)\s*##\s*\]\]")

SCHEMA_STATEMENTS: tuple[type[exp.Expr], ...] = (exp.Create, exp.Insert)


@dataclass(frozen=True)
class SchemaInfo:
    """The tables and columns a request's DDL defines."""

    tables: dict[str, dict[str, str]]
    dialect: str

    @property
    def column_count(self) -> int:
        return sum(len(columns) for columns in self.tables.values())

    def mapping(self) -> MappingSchema:
        tables: dict[str, object] = dict(self.tables)
        return MappingSchema(tables, dialect=self.dialect, normalize=True)


@dataclass
class CheckResult:
    """What the checker concluded about one candidate answer."""

    valid: bool
    sql: str
    statement_type: str | None = None
    tables: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)


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
    tokens: list[Token] = Dialect.get_or_raise(dialect).tokenize(text)
    statements: list[str] = []
    start: int | None = None
    end = 0
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if start is not None:
                statements.append(text[start : end + 1])
            start = None
            continue
        if start is None:
            start = token.start
        end = token.end
    if start is not None:
        statements.append(text[start : end + 1])
    return statements


def parse_schema(ddl: str, dialect: str) -> SchemaInfo:
    """Parse a request's schema: CREATE TABLE / CREATE VIEW, optionally INSERT statements.

    Raises:
        SchemaError: naming the first statement that does not parse, or when no table is defined.
    """
    try:
        statements = split_statements(ddl, dialect)
    except TokenError as error:
        raise SchemaError(f"the schema could not be tokenized: {error}") from error
    tables: dict[str, dict[str, str]] = {}
    for number, text in enumerate(statements, start=1):
        try:
            parsed = sqlglot.parse_one(text, read=dialect)
        except (ParseError, TokenError) as error:
            raise SchemaError(
                f"schema statement {number} does not parse as {dialect} SQL: "
                f"{_snippet(text)} ({_first_error(error)})",
                details={"statement": number},
            ) from error
        if isinstance(parsed, exp.Command):
            raise SchemaError(
                f"schema statement {number} does not parse as {dialect} SQL: {_snippet(text)}",
                details={"statement": number},
            )
        if isinstance(parsed, exp.Create):
            _add_created_table(parsed, tables)
        elif not isinstance(parsed, exp.Insert):
            raise SchemaError(
                f"schema statement {number} is a {parsed.key.upper()} statement; the schema may "
                f"hold only CREATE TABLE, CREATE VIEW and INSERT statements: {_snippet(text)}",
                details={"statement": number},
            )
    if not tables:
        raise SchemaError("the schema defines no table: send CREATE TABLE statements")
    return SchemaInfo(tables=tables, dialect=dialect)


def _add_created_table(create: exp.Create, tables: dict[str, dict[str, str]]) -> None:
    kind = (create.args.get("kind") or "").upper()
    if kind not in {"TABLE", "VIEW"}:
        return
    target = create.this
    table = target.this if isinstance(target, exp.Schema) else target
    if not isinstance(table, exp.Table):
        return
    columns: dict[str, str] = {}
    if isinstance(target, exp.Schema):
        for column in target.expressions:
            if isinstance(column, exp.ColumnDef):
                kind_node = column.args.get("kind")
                columns[column.name] = kind_node.sql() if kind_node else "UNKNOWN"
    query = create.expression
    if not columns and isinstance(query, exp.Query):
        columns = {name: "UNKNOWN" for name in query.named_selects if name != "*"}
    tables[table.name] = columns


def extract_sql(answer: str) -> str:
    """The SQL inside a model's answer: no prose, no code fences, no DSPy field markers."""
    text = answer.strip()
    fenced = [body for language, body in FENCE.findall(text) if language.lower() in {"", "sql"}]
    if fenced:
        text = max(fenced, key=lambda body: bool(STATEMENT_START.search(body))).strip()
    if DSPY_MARKER.search(text):
        text = _sql_field(text)
    match = STATEMENT_START.search(text)
    if match:
        text = text[match.end() :]
    return text.strip().strip("`").strip()


def _sql_field(text: str) -> str:
    """Text of the ``sql`` field when a raw answer kept some of DSPy's field markers."""
    parts = DSPY_MARKER.split(text)
    # split() alternates text and captured field names: ['', 'reasoning', '...', 'sql', '...']
    fields = dict(zip(parts[1::2], parts[2::2], strict=False))
    if "sql" in fields:
        return fields["sql"].strip()
    return (parts[0] or parts[-1]).strip()


def _without_trailing_prose(sql: str, dialect: str) -> str:
    """Drop what follows the last statement when it reads as prose, not SQL.

    Statements that look like SQL are all kept, so ``SELECT 1; DROP TABLE t`` stays two
    statements and is refused as such.
    """
    try:
        statements = split_statements(sql, dialect)
    except TokenError:  # an apostrophe in the prose opens a string that never closes
        statements = sql.split(";")
    kept: list[str] = []
    for statement in statements:
        if kept and not (STATEMENT_START.match(statement) or OTHER_STATEMENT.match(statement)):
            break
        kept.append(statement.strip())
    return "; ".join(part for part in kept if part)


def _candidates(sql: str, dialect: str) -> list[str]:
    """The whole text, then without trailing prose, then up to the first blank line."""
    candidates = [sql]
    for trimmed in (
        _without_trailing_prose(sql, dialect),
        re.split(r"\n\s*\n", sql, maxsplit=1)[0].strip(),
    ):
        if trimmed and trimmed not in candidates:
            candidates.append(trimmed)
    return candidates


def _parse_statements(sql: str, dialect: str) -> tuple[list[exp.Expr], str | None]:
    """Parse in the target dialect, else in sqlglot's generic dialect (then transpiled)."""
    error_text: str | None = None
    for candidate in _candidates(sql, dialect):
        for read in (dialect, ""):
            try:
                parsed = [e for e in sqlglot.parse(candidate, read=read or None) if e is not None]
            except (ParseError, TokenError) as error:
                error_text = error_text or _first_error(error)
                continue
            return parsed, None
    return [], error_text


def check_sql(answer: str, schema: SchemaInfo, dialect: str, allow_write: bool) -> CheckResult:
    """Check one model answer against the schema and policy; never raises for bad SQL."""
    sql = extract_sql(answer)
    if not sql or not STATEMENT_START.search(sql):
        return CheckResult(valid=False, sql="", issues=["the answer contains no SQL statement"])
    if EXECUTABLE_COMMENT.search(sql):
        issue = "executable comments (/*! ... */) are refused: MySQL runs their content"
        return CheckResult(valid=False, sql=sql, issues=[issue])
    statements, parse_error = _parse_statements(sql, dialect)
    if parse_error is not None:
        return CheckResult(
            valid=False, sql=sql, issues=[f"the SQL does not parse as {dialect}: {parse_error}"]
        )
    if len(statements) != 1:
        return CheckResult(
            valid=False,
            sql=sql,
            issues=[f"expected exactly one SQL statement, found {len(statements)}"],
        )
    statement = statements[0]
    statement_type = statement.key.lower()
    issues = policy_issues(statement, allow_write)
    tables = referenced_tables(statement)
    if not issues:
        issues = identifier_issues(statement, schema, dialect)
    rendered = _render(statement, dialect)
    if rendered is None:
        issues.append(f"the SQL cannot be written in the {dialect} dialect")
        rendered = sql
    return CheckResult(
        valid=not issues,
        sql=rendered,
        statement_type=statement_type,
        tables=tables,
        issues=issues,
    )


def policy_issues(statement: exp.Expr, allow_write: bool) -> list[str]:
    """Read-only unless writes are allowed; some statements are never allowed."""
    kind = statement.key.upper()
    for node in statement.walk():
        if isinstance(node, NEVER_NODES):
            return [f"{node.key.upper()} statements are never allowed"]
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in FORBIDDEN_FUNCTIONS:
                return [f"the function {name}() is not allowed"]
    if allow_write and isinstance(statement, READ_ROOTS + DML_ROOTS):
        return []
    if not isinstance(statement, READ_ROOTS):
        return [f"{kind} statements are refused: only queries (SELECT) are allowed"]
    for node in statement.walk():
        if isinstance(node, WRITE_NODES):
            what = "SELECT ... INTO" if isinstance(node, exp.Into) else node.key.upper()
            return [f"{what} inside a query is refused: only read-only queries are allowed"]
        if isinstance(node, exp.WithTableHint) and LOCK_HINTS & {
            hint.name.lower() for hint in node.expressions
        }:
            return ["locking table hints (UPDLOCK, XLOCK, ...) are refused: only reads are allowed"]
    return []


def referenced_tables(statement: exp.Expr) -> list[str]:
    """Base tables the statement names (CTE names excluded), in order of appearance."""
    ctes = {cte.alias_or_name.lower() for cte in statement.find_all(exp.CTE)}
    seen: list[str] = []
    for table in statement.find_all(exp.Table):
        name = table.name
        if name and name.lower() not in ctes and name not in seen:
            seen.append(name)
    return seen


def identifier_issues(statement: exp.Expr, schema: SchemaInfo, dialect: str) -> list[str]:
    """Unknown tables and columns, each named."""
    known = {name.lower() for name in schema.tables}
    unknown_tables = [t for t in referenced_tables(statement) if t.lower() not in known]
    if unknown_tables:
        listing = ", ".join(sorted(schema.tables)[:20])
        return [f"unknown table {name} (the schema has: {listing})" for name in unknown_tables]
    if isinstance(statement, DML_ROOTS):
        return _dml_column_issues(statement, schema)
    try:
        qualify(
            statement.copy(),
            schema=schema.mapping(),
            dialect=dialect,
            validate_qualify_columns=True,
            quote_identifiers=False,
        )
    except OptimizeError as error:
        return [_column_message(str(error), schema)]
    except SqlglotError as error:
        return [f"the query could not be resolved against the schema: {error}"]
    return []


def _column_message(message: str, schema: SchemaInfo) -> str:
    found = re.search(r"Column '([^']+)' could not be resolved(?: for table: '([^']+)')?", message)
    bare = re.search(r"Unknown column: (\S+)", message)
    if bare:
        return f"unknown column {bare.group(1)}"
    if not found:
        return f"the query does not fit the schema: {message}"
    column, table = found.group(1), found.group(2)
    if table and table in schema.tables:
        listing = ", ".join(schema.tables[table])
        return f"unknown column {table}.{column} ({table} has: {listing})"
    return f"unknown column {column}"


def _dml_column_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    target = statement.this if not isinstance(statement.this, exp.Schema) else statement.this.this
    target_name = target.name if isinstance(target, exp.Table) else ""
    columns = {c.lower() for c in schema.tables.get(_match_table(target_name, schema), {})}
    all_columns = {c.lower() for cols in schema.tables.values() for c in cols}
    issues: list[str] = []
    if isinstance(statement.this, exp.Schema):
        for ident in statement.this.expressions:
            if isinstance(ident, exp.Identifier) and ident.name.lower() not in columns:
                issues.append(f"unknown column {target_name}.{ident.name}")
    for column in statement.find_all(exp.Column):
        if column.name.lower() not in all_columns and not column.table:
            issues.append(f"unknown column {column.name}")
    return issues


def _match_table(name: str, schema: SchemaInfo) -> str:
    return next((t for t in schema.tables if t.lower() == name.lower()), name)


def _render(statement: exp.Expr, dialect: str) -> str | None:
    try:
        rendered = statement.sql(dialect=dialect)
        sqlglot.parse_one(rendered, read=dialect)
    except SqlglotError:
        return None
    return rendered


def _snippet(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _first_error(error: Any) -> str:
    errors = getattr(error, "errors", None)
    if errors:
        first = errors[0]
        description = first.get("description") or "syntax error"
        return f"{description} at line {first.get('line')}, column {first.get('col')}"
    return str(error).splitlines()[0]
