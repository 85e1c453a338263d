"""What a dump holds besides SQL: COPY data blocks, psql meta-commands, SQL Server's GO lines.

pg_dump writes table data as ``COPY t (a, b) FROM stdin;`` followed by one tab-separated line
per row and a line ``\\.``; recent versions also wrap the dump in ``\\restrict`` /
``\\unrestrict`` lines. Neither is SQL a parser can read, so they are lifted out of the text
before it is split into statements: the rows become ``INSERT`` statements (the schema's sample
rows, for example values and the sandbox), the meta-commands are left out. A SQL Server script
ends each batch with a line ``GO``: it ends the statement and is left out too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from app.dumps.folds import SERIAL_FOR

_COPY_HEAD = re.compile(
    r"^\s*COPY\s+(?P<table>[^\s(]+)\s*(?:\((?P<columns>[^)]*)\))?\s+FROM\s+stdin\s*;\s*$",
    re.IGNORECASE,
)
_META_COMMAND = re.compile(r"^\\[A-Za-z]+\b")
# SQL Server scripts (SSMS, sqlcmd) end each batch with a line GO, which is no SQL either.
_BATCH_SEPARATOR = re.compile(r"^\s*GO\s*;?\s*$", re.IGNORECASE)
_END_OF_DATA = "\\."
# COPY's text format: backslash escapes for the separator, line breaks and the backslash itself;
# octal and hex bytes. ``\N`` alone is NULL (handled before unescaping).
_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))")
_SIMPLE_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_NUMERIC = (*exp.DataType.NUMERIC_TYPES, *SERIAL_FOR.values())
_BOOLEANS = {"t": True, "true": True, "f": False, "false": False}
ROWS_PER_INSERT = 200


@dataclass
class CopyBlock:
    """One ``COPY ... FROM stdin`` block: its target as written and its rows."""

    table: str
    columns: list[str] | None
    rows: list[list[str | None]] = field(default_factory=list)


@dataclass
class LiftedDump:
    """The dump's SQL with the data blocks and meta-commands taken out."""

    sql: str
    copies: list[CopyBlock]
    meta_commands: int


def lift_copy_blocks(text: str) -> LiftedDump:
    """Take ``COPY ... FROM stdin`` blocks and psql meta-command lines out of ``text``.

    Lines that are not part of a block stay where they were, so statement order is kept.
    """
    kept: list[str] = []
    copies: list[CopyBlock] = []
    meta_commands = 0
    block: CopyBlock | None = None
    for line in text.splitlines():
        if block is not None:
            if line == _END_OF_DATA:
                block = None
            else:
                block.rows.append(parse_copy_row(line))
            continue
        head = _COPY_HEAD.match(line)
        if head:
            columns = head.group("columns")
            block = CopyBlock(
                table=head.group("table"),
                columns=[c.strip() for c in columns.split(",")] if columns is not None else None,
            )
            copies.append(block)
            continue
        if _META_COMMAND.match(line):
            meta_commands += 1
            continue
        if _BATCH_SEPARATOR.match(line):
            meta_commands += 1
            kept.append(";")  # the batch ends, so does its statement
            continue
        kept.append(line)
    return LiftedDump("\n".join(kept), copies, meta_commands)


def parse_copy_row(line: str) -> list[str | None]:
    """One line of COPY's text format as its field values (None for ``\\N``)."""
    return [None if raw == "\\N" else _unescape(raw) for raw in line.split("\t")]


def _unescape(raw: str) -> str:
    def replace(match: re.Match[str]) -> str:
        octal, hexa, char = match.groups()
        if octal is not None:
            return chr(int(octal, 8))
        if hexa is not None:
            return chr(int(hexa, 16))
        return _SIMPLE_ESCAPES.get(char, char)

    return _ESCAPE.sub(replace, raw) if "\\" in raw else raw


def copy_inserts(copies: list[CopyBlock], tables: dict[str, exp.Create], dialect: str) -> list[str]:
    """Each block's rows as INSERT statements, typed by the columns of its table where known:
    numbers stay numbers and ``t`` / ``f`` booleans, so a sandbox compares them as the database
    would."""
    inserts = []
    for block in copies:
        types = _column_types(block, tables, dialect)
        head = f"INSERT INTO {block.table}"
        if block.columns is not None:
            head += f" ({', '.join(block.columns)})"
        for start in range(0, len(block.rows), ROWS_PER_INSERT):
            rows = block.rows[start : start + ROWS_PER_INSERT]
            values = ",\n  ".join(_row_sql(row, types, dialect) for row in rows)
            inserts.append(f"{head} VALUES\n  {values}")
    return inserts


def _row_sql(row: list[str | None], types: list[exp.DataType | None], dialect: str) -> str:
    kinds = (types + [None] * len(row))[: len(row)]  # a malformed row is written as it is
    return (
        "(" + ", ".join(_literal(v, k).sql(dialect) for v, k in zip(row, kinds, strict=True)) + ")"
    )


def _column_types(
    block: CopyBlock, tables: dict[str, exp.Create], dialect: str
) -> list[exp.DataType | None]:
    """The declared type of each field of a block's rows; None where the table is not known."""
    width = len(block.columns) if block.columns is not None else 0
    width = width or max((len(row) for row in block.rows), default=0)
    try:
        table_name = sqlglot.parse_one(block.table, into=exp.Table, read=dialect).name
    except (ParseError, TokenError):
        return [None] * width
    create = tables.get(table_name.lower())
    if create is None:
        return [None] * width
    defs = [c for c in create.this.expressions if isinstance(c, exp.ColumnDef)]
    if block.columns is not None:
        by_name = {d.name.lower(): d for d in defs}
        names = [_identifier_name(c, dialect).lower() for c in block.columns]
        if not all(name in by_name for name in names):
            return [None] * width
        defs = [by_name[name] for name in names]
    return [d.args.get("kind") for d in defs]


def _identifier_name(text: str, dialect: str) -> str:
    try:
        return sqlglot.parse_one(text, read=dialect).name
    except (ParseError, TokenError):
        return text.strip('"`')


def _literal(value: str | None, kind: exp.DataType | None) -> exp.Expr:
    if value is None:
        return exp.null()
    if kind is not None and kind.is_type(*_NUMERIC) and _NUMBER.fullmatch(value):
        return exp.Literal.number(value)
    if kind is not None and kind.is_type(exp.DataType.Type.BOOLEAN) and value.lower() in _BOOLEANS:
        return exp.Boolean(this=_BOOLEANS[value.lower()])
    return exp.Literal.string(value)
