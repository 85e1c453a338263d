"""Step 1 of the checker, for app.checking.declared_values: the text values a CREATE TABLE says a
column may hold (``CHECK (status IN (...))``, PostgreSQL's ``status = ANY (ARRAY[...])``, an
ENUM type, or a PostgreSQL enum type of a dump, shown by app.dumps as ``/* one of ... */``)."""

from __future__ import annotations

import re

from sqlglot import exp

_ONE_OF = re.compile(r"^\s*one of ((?:'[^']*'(?:,\s*)?)+)\s*$")
_QUOTED = re.compile(r"'([^']*)'")


def allowed_values(table: str, target: exp.Expr) -> dict[tuple[str, str], frozenset[str]]:
    """The declared value lists of one CREATE TABLE's columns: ``{(table, column): values}``,
    lowercased names."""
    if not isinstance(target, exp.Schema):
        return {}
    found: dict[tuple[str, str], frozenset[str]] = {}
    for definition in target.find_all(exp.ColumnDef):
        kind = definition.args.get("kind")
        if isinstance(kind, exp.DataType) and kind.is_type(exp.DType.ENUM):
            values = _texts(kind.expressions)
            if values:
                found[(table.lower(), definition.name.lower())] = values
        comment = _enum_comment(definition)
        if comment:  # a PostgreSQL enum type, folded into a comment by app.dumps
            found[(table.lower(), definition.name.lower())] = comment
    for check in target.find_all(exp.CheckColumnConstraint):
        listed = _listed(check.this.unnest() if check.this else None)
        if listed is not None:
            found[(table.lower(), listed[0].lower())] = listed[1]
    return found


def _enum_comment(definition: exp.ColumnDef) -> frozenset[str]:
    """The values of a complete ``/* one of 'a', 'b' */`` comment (app.dumps.folds)."""
    # After a column's constraints, sqlglot hangs the comment on the last of them.
    comments = [c for node in definition.walk() for c in node.comments or []]
    for comment in comments:
        found = _ONE_OF.match(comment)
        if found:
            return frozenset(_QUOTED.findall(found.group(1)))
    return frozenset()


def _listed(condition: exp.Expr | None) -> tuple[str, frozenset[str]] | None:
    """(column, values) of ``column IN ('a', 'b')`` or ``column = ANY (ARRAY['a', 'b'])``."""
    if isinstance(condition, exp.In) and isinstance(condition.this, exp.Column):
        values = _texts(condition.expressions)
        return (condition.this.name, values) if values else None
    if isinstance(condition, exp.EQ) and isinstance(condition.this, exp.Column):
        right = condition.expression
        array = right.find(exp.Array) if isinstance(right, exp.Any) else None
        values = _texts(array.expressions) if array is not None else frozenset()
        return (condition.this.name, values) if values else None
    return None


def _texts(values: list[exp.Expr]) -> frozenset[str]:
    """The texts of a list made only of text literals (casts allowed); empty otherwise."""
    texts = []
    for value in values:
        while isinstance(value, exp.Cast):
            value = value.this
        if not isinstance(value, exp.Literal) or not value.is_string:
            return frozenset()
        texts.append(value.this)
    return frozenset(texts)
