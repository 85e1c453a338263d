"""Folding a dump's later statements into the CREATE TABLE they change.

pg_dump declares keys after the tables (``ALTER TABLE ONLY t ADD CONSTRAINT t_pkey PRIMARY
KEY (id)``), turns ``SERIAL`` into ``integer`` plus ``ALTER COLUMN id SET DEFAULT nextval(...)``
and writes comments and enum types as statements of their own. Migration logs add, drop and
rename columns. Each is applied to the parsed ``CREATE TABLE`` here, so the table reads as it
stands; an action that cannot be applied faithfully (a column's type changed, a column that is
not there) is not folded and its statement stays for the checker to refuse.
"""

from __future__ import annotations

import re

from sqlglot import exp

SERIAL_FOR = {
    exp.DataType.Type.INT: exp.DataType.Type.SERIAL,
    exp.DataType.Type.BIGINT: exp.DataType.Type.BIGSERIAL,
    exp.DataType.Type.SMALLINT: exp.DataType.Type.SMALLSERIAL,
}
MAX_ENUM_VALUES = 20
# pg_dump (PostgreSQL 10 and later) writes an identity column as a plain column plus this
# statement, whose sequence options sqlglot reads only as an opaque command.
_ADD_IDENTITY = re.compile(
    r"""^\s*ALTER\s+TABLE\s+(?:ONLY\s+)?(?P<table>[\w."]+)\s+ALTER\s+COLUMN\s+(?P<column>[\w"]+)
        \s+ADD\s+GENERATED\s+(?P<always>ALWAYS|BY\s+DEFAULT)\s+AS\s+IDENTITY\b""",
    re.IGNORECASE | re.VERBOSE,
)


def can_fold(action: exp.Expr, schema: exp.Schema) -> bool:
    """Whether one ALTER TABLE action can be applied to ``schema`` faithfully."""
    if isinstance(action, exp.AddConstraint | exp.ColumnDef):
        return True
    if isinstance(action, exp.AlterColumn):
        changes_type = action.args.get("dtype") is not None
        return not changes_type and column_of(schema, action.name) is not None
    if isinstance(action, exp.RenameColumn):
        return column_of(schema, action.this.name) is not None
    if isinstance(action, exp.Drop) and str(action.args.get("kind") or "").upper() == "COLUMN":
        return all(column_of(schema, c.name) is not None for c in action.args.get("tables") or [])
    return False


def fold_action(action: exp.Expr, schema: exp.Schema) -> str:
    """Change ``schema`` by one action ``can_fold`` accepted; the label the notes count it as."""
    if isinstance(action, exp.AddConstraint):
        schema.append("expressions", *action.expressions)
        inner = action.find(exp.PrimaryKey, exp.ForeignKey)
        if isinstance(inner, exp.PrimaryKey):
            return "primary key"
        return "foreign key" if isinstance(inner, exp.ForeignKey) else "constraint"
    if isinstance(action, exp.ColumnDef):
        schema.append("expressions", action)
        return "added column"
    if isinstance(action, exp.RenameColumn):
        _existing(schema, action.this.name).set("this", exp.to_identifier(action.args["to"].name))
        return "renamed column"
    if isinstance(action, exp.Drop):
        for dropped in action.args.get("tables") or []:
            _existing(schema, dropped.name).pop()
        return "dropped column"
    assert isinstance(action, exp.AlterColumn)
    return _fold_alter_column(action, _existing(schema, action.name))


def _fold_alter_column(action: exp.AlterColumn, column: exp.ColumnDef) -> str:
    default = action.args.get("default")
    if default is None:
        return "column setting"  # SET / DROP NOT NULL and the like: nothing a query needs
    kind = column.args.get("kind")
    is_sequence = isinstance(default, exp.Anonymous) and default.name.lower() == "nextval"
    if is_sequence and isinstance(kind, exp.DataType) and kind.this in SERIAL_FOR:
        column.set("kind", exp.DataType(this=SERIAL_FOR[kind.this]))
        return "serial key"
    column.append(
        "constraints", exp.ColumnConstraint(kind=exp.DefaultColumnConstraint(this=default))
    )
    return "column default"


def fold_identity(text: str, tables: dict[str, exp.Create]) -> str | None:
    """Mark the column of ``ALTER TABLE t ALTER COLUMN c ADD GENERATED ... AS IDENTITY`` as
    the identity it is (the database fills it in); the table's key, or None if not sent."""
    match = _ADD_IDENTITY.match(text)
    if match is None:
        return None
    table = match["table"].split(".")[-1].strip('"').lower()
    create = tables.get(table)
    column = column_of(create.this, match["column"].strip('"')) if create is not None else None
    if column is None:
        return None
    always = match["always"].upper() == "ALWAYS"
    identity = exp.GeneratedAsIdentityColumnConstraint(this=always)
    column.append("constraints", exp.ColumnConstraint(kind=identity))
    return table


def fold_comment(comment: exp.Comment, tables: dict[str, exp.Create]) -> str | None:
    """Put a ``COMMENT ON TABLE / COLUMN`` on its table; the table's key, or None if not sent."""
    kind = str(comment.args.get("kind") or "").upper()
    text = comment.expression.name if isinstance(comment.expression, exp.Literal) else ""
    target = comment.this
    if not text:
        return None
    if kind == "TABLE" and target.name.lower() in tables:
        tables[target.name.lower()].add_comments([text])
        return str(target.name).lower()
    if kind == "COLUMN" and isinstance(target, exp.Column):
        create = tables.get(target.table.lower())
        column = column_of(create.this, target.name) if create is not None else None
        if column is not None:
            column.add_comments([text])
            return str(target.table).lower()
    return None


def apply_enums(tables: dict[str, exp.Create], enums: dict[str, list[str]]) -> set[str]:
    """Show an enum type's values on each column of that type; the tables changed."""
    changed: set[str] = set()
    if not enums:
        return changed  # most dumps have none: no column's type need be written out
    for name, create in tables.items():
        for column in create.this.find_all(exp.ColumnDef):
            kind = column.args.get("kind")
            type_name = kind.sql().split(".")[-1].strip('"`').lower() if kind is not None else ""
            values = enums.get(type_name)
            if values:
                shown = ", ".join(f"'{v}'" for v in values[:MAX_ENUM_VALUES])
                more = len(values) - MAX_ENUM_VALUES
                # app.checking.declared_values reads a complete list back as the column's values
                column.add_comments([f"one of {shown}" + (f" and {more} more" if more > 0 else "")])
                changed.add(name)
    return changed


def column_of(schema: exp.Schema, name: str) -> exp.ColumnDef | None:
    for item in schema.expressions:
        if isinstance(item, exp.ColumnDef) and item.name.lower() == name.lower():
            return item
    return None


def _existing(schema: exp.Schema, name: str) -> exp.ColumnDef:
    column = column_of(schema, name)
    assert column is not None, f"can_fold checks that {name} exists"
    return column
