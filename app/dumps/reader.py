"""A schema pasted as a database dump, read into the text the rest of the service reads.

People paste what their tools give them: ``pg_dump --schema-only`` (keys as ``ALTER TABLE ...
ADD CONSTRAINT``, comments as ``COMMENT ON``, enum types, sequences, ``SET`` lines), a pg_dump
with ``COPY`` data, ``mysqldump`` (``DROP TABLE IF EXISTS``, ``LOCK TABLES``) or SQLite's
``.dump`` (``PRAGMA``, ``BEGIN TRANSACTION``). The checker, the prompt and the sandbox read
``CREATE TABLE`` / ``CREATE VIEW`` and ``INSERT`` statements, so a dump is read into exactly
that:

* housekeeping that says nothing about the data's shape is left out (``SET``, ownership,
  sequences, indexes, transactions, locks, grants);
* what does say something is folded into its table's ``CREATE TABLE``: keys and constraints
  added by ``ALTER TABLE``, ``nextval`` defaults (the column becomes the ``SERIAL`` it was
  declared as), ``COMMENT ON`` text, the values of an enum type, columns added, dropped or
  renamed later;
* ``COPY ... FROM stdin`` rows become ``INSERT`` statements.

Anything else (an ``UPDATE``, an ``ALTER`` that changes a column's type) is kept, so the
checker refuses it by name as before. A schema that needs none of this comes back as written,
so ordinary requests see the same prompts the programs were measured with. The response says
what was left out and folded in (``schema_notes``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from app.checking.hazards import token_hazard
from app.checking.schema import split_with_tokens
from app.dumps.copy_blocks import LiftedDump, copy_inserts, lift_copy_blocks
from app.dumps.folds import apply_enums, can_fold, fold_action, fold_comment, fold_identity

# Statements sqlglot reads only as opaque commands; these say nothing about the tables' shape.
_HOUSEKEEPING_COMMAND = re.compile(
    r"""^\s*(
        ALTER\s+(?!TABLE\b).*                       # sequences, schemas, types, privileges
      | ALTER\s+TABLE\b.*\b(OWNER\s+TO|ENABLE|DISABLE|REPLICA\s+IDENTITY|CLUSTER\s+ON
                            |ATTACH\s+PARTITION|SET\s+(WITHOUT|LOGGED|UNLOGGED|\()
                            |(NO)?CHECK\s+CONSTRAINT)\b.*
      | (UN)?LOCK\s+TABLES?\b.* | GRANT\b.* | REVOKE\b.* | SET\b.* | RESET\b.*
      | START\s+TRANSACTION\b.* | BEGIN\b.* | COMMIT\b.* | END\b.* | ANALYZE\b.* | VACUUM\b.*
      | DELIMITER\b.* | SELECT\s+pg_catalog\..* | REFRESH\s+MATERIALIZED\s+VIEW\b.*
      | CREATE\s+(OR\s+REPLACE\s+)?(EXTENSION|FUNCTION|PROCEDURE|TRIGGER|AGGREGATE|CAST|OPERATOR
                 |DOMAIN|COLLATION|PUBLICATION|SUBSCRIPTION|EVENT\s+TRIGGER|RULE|POLICY
                 |STATISTICS|TEXT\s+SEARCH|CONVERSION|LANGUAGE|SERVER|USER\s+MAPPING)\b.*
    )$""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
# pg_dump ends a materialized view (CREATE ... AS SELECT) with a clause sqlglot does not read.
_DATA_CLAUSE = re.compile(
    r"^(\s*CREATE\s+(MATERIALIZED\s+VIEW|TABLE)\b.*\S)\s+WITH\s+(NO\s+)?DATA\s*$",
    re.IGNORECASE | re.DOTALL,
)
_SKIPPED_EXPRESSIONS = (
    exp.Set,
    exp.Pragma,
    exp.Transaction,
    exp.Commit,
    exp.Rollback,
    exp.Use,
    exp.Grant,
    exp.Revoke,
)
_SKIPPED_CREATE_KINDS = {"INDEX", "SCHEMA", "SEQUENCE", "DATABASE", "EXTENSION", "TYPE"}
_TWO_WORD_KINDS = {"ALTER", "COMMENT", "CREATE", "DROP", "LOCK", "REFRESH", "START", "UNLOCK"}


@dataclass(frozen=True)
class SchemaReading:
    """The schema as the service reads it, and what reading a dump changed."""

    text: str
    notes: list[str] = field(default_factory=list)


@dataclass
class _Statement:
    text: str
    create: exp.Create | None = None  # a CREATE TABLE whose folds rewrite its text
    changed: bool = False


@dataclass
class _Reading:
    dialect: str
    statements: list[_Statement] = field(default_factory=list)
    tables: dict[str, _Statement] = field(default_factory=dict)
    enums: dict[str, list[str]] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)
    folded: Counter[str] = field(default_factory=Counter)
    rewritten: int = 0

    def creates(self) -> dict[str, exp.Create]:
        return {n: s.create for n, s in self.tables.items() if s.create is not None}


def read_schema(text: str, dialect: str) -> SchemaReading:
    """Read a pasted schema, a dump included, into CREATE TABLE / CREATE VIEW / INSERT text.

    Text that does not tokenize comes back as written: ``parse_schema`` names the problem.
    """
    lifted = lift_copy_blocks(text)
    try:
        pieces = split_with_tokens(lifted.sql, dialect)
    except TokenError:
        return SchemaReading(text)
    reading = _Reading(dialect)
    for piece, tokens in pieces:
        if token_hazard(tokens) is not None:
            reading.statements.append(_Statement(piece))  # never parsed: parse_schema refuses it
            continue
        _read_statement(piece, reading)
    for name in apply_enums(reading.creates(), reading.enums):
        reading.tables[name].changed = True
    changed = reading.skipped or reading.folded or reading.rewritten
    if not (changed or lifted.copies or lifted.meta_commands):
        return SchemaReading(text)
    return SchemaReading(_render(reading, lifted), _notes(reading, lifted))


def _read_statement(text: str, reading: _Reading) -> None:
    without_data_clause = _DATA_CLAUSE.sub(r"\1", text)
    if without_data_clause != text:
        reading.rewritten += 1
        text = without_data_clause
    try:
        parsed = sqlglot.parse_one(text, read=reading.dialect)
    except (ParseError, TokenError):
        reading.statements.append(_Statement(text))  # parse_schema names it
        return
    if isinstance(parsed, exp.Command):
        identity_of = fold_identity(text, reading.creates())
        if identity_of is not None:
            reading.tables[identity_of].changed = True
            reading.folded["identity column"] += 1
        elif _HOUSEKEEPING_COMMAND.match(text):
            reading.skipped[_label(text)] += 1
        else:
            reading.statements.append(_Statement(text))
        return
    if isinstance(parsed, exp.Drop) and _drop_created_table(parsed, reading):
        return
    if _is_housekeeping(parsed):
        reading.skipped[_label(text)] += 1
        return
    if isinstance(parsed, exp.Create):
        _read_create(parsed, text, reading)
    elif isinstance(parsed, exp.Alter) and _fold_alter(parsed, reading):
        return
    elif isinstance(parsed, exp.Comment):
        changed = fold_comment(parsed, reading.creates())
        if changed is None:
            reading.skipped[_label(text)] += 1  # on a sequence, an extension, a table not sent
        else:
            reading.tables[changed].changed = True
            reading.folded["comment"] += 1
    else:
        reading.statements.append(_Statement(text))


def _is_housekeeping(parsed: exp.Expr) -> bool:
    if isinstance(parsed, _SKIPPED_EXPRESSIONS):
        return True
    if isinstance(parsed, exp.Drop):
        return True  # a dump drops each table before it creates it
    if isinstance(parsed, exp.Select) and not parsed.args.get("from_"):
        # pg_dump's SELECT pg_catalog.set_config(...) / setval(...)
        return all(_is_catalog_call(e) for e in parsed.expressions)
    return False


def _drop_created_table(drop: exp.Drop, reading: _Reading) -> bool:
    """A migration log's DROP TABLE of a table created earlier: the table is gone."""
    kind = str(drop.args.get("kind") or "").upper()
    dropped = [t.name.lower() for t in drop.find_all(exp.Table)]
    if kind != "TABLE" or not dropped or not all(name in reading.tables for name in dropped):
        return False
    for name in dropped:
        reading.statements.remove(reading.tables.pop(name))
        reading.folded["dropped table"] += 1
    return True


def _is_catalog_call(projection: exp.Expr) -> bool:
    return isinstance(projection, exp.Dot) and projection.this.name.lower() == "pg_catalog"


def _read_create(create: exp.Create, text: str, reading: _Reading) -> None:
    kind = str(create.args.get("kind") or "").upper()
    if kind == "TYPE" and isinstance(create.expression, exp.DataType):
        values = [v.name for v in create.expression.expressions if isinstance(v, exp.Literal)]
        if create.expression.this == exp.DataType.Type.ENUM and values:
            reading.enums[create.this.name.lower()] = values
            reading.folded["enum type"] += 1
            return
    if kind in _SKIPPED_CREATE_KINDS:
        reading.skipped[f"CREATE {kind}"] += 1
        return
    statement = _Statement(text)
    if kind == "TABLE" and isinstance(create.this, exp.Schema):
        statement.create = create
        reading.tables[create.this.this.name.lower()] = statement
    reading.statements.append(statement)


def _fold_alter(alter: exp.Alter, reading: _Reading) -> bool:
    """Apply an ALTER TABLE to its table's CREATE TABLE; False when it cannot be (kept)."""
    target = reading.tables.get(alter.this.name.lower()) if alter.this else None
    actions = alter.args.get("actions") or []
    if target is None or target.create is None or not actions:
        return False
    schema = target.create.this
    if not all(can_fold(action, schema) for action in actions):
        return False
    for action in actions:
        reading.folded[fold_action(action, schema)] += 1
    target.changed = True
    return True


def _label(text: str) -> str:
    """A statement's kind as the notes name it: ``SET``, ``CREATE SEQUENCE``, ..."""
    words = text.upper().split()
    if " OWNER TO " in f" {' '.join(words)} ":
        return f"{words[0]} ... OWNER TO"
    if words[:1] == ["SELECT"] and "pg_catalog." in text:
        return "SELECT pg_catalog." + text.split("pg_catalog.", 1)[1].split("(")[0]
    return " ".join(words[:2] if words[0] in _TWO_WORD_KINDS else words[:1])


def _render(reading: _Reading, lifted: LiftedDump) -> str:
    dialect = "" if reading.dialect == "sqlite" else reading.dialect  # see schema_view.render
    parts = []
    for statement in reading.statements:
        if statement.changed and statement.create is not None:
            parts.append(statement.create.sql(dialect, pretty=True))
        else:
            parts.append(statement.text)
    parts.extend(copy_inserts(lifted.copies, reading.creates(), reading.dialect))
    return ";\n\n".join(parts) + ";\n"


def _notes(reading: _Reading, lifted: LiftedDump) -> list[str]:
    notes = []
    skipped = reading.skipped + Counter({"client command (psql \\..., GO)": lifted.meta_commands})
    if +skipped:
        total = sum(skipped.values())
        kinds = ", ".join(f"{label} x{n}" for label, n in skipped.most_common())
        noun = "statement" if total == 1 else "statements"
        notes.append(f"{total} {noun} left out, as they do not change what a query reads: {kinds}")
    if reading.folded:
        kinds = ", ".join(f"{label} x{n}" for label, n in reading.folded.most_common())
        notes.append(f"folded into the CREATE TABLE statements: {kinds}")
    if lifted.copies:
        rows = sum(len(block.rows) for block in lifted.copies)
        notes.append(f"{rows} rows of {len(lifted.copies)} COPY blocks read as sample rows")
    return notes
