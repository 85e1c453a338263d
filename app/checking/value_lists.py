"""Step 1 of the checker, for app.checking.declared_values: the text values a CREATE TABLE says a
column may hold (``CHECK (status IN (...))``, PostgreSQL's ``status = ANY (ARRAY[...])``, an
ENUM type, or a PostgreSQL enum type of a dump, shown by app.dumps as ``/* one of ... */``);
for app.checking.declared_ranges, the numbers (``CHECK (grade BETWEEN 1 AND 8)``); and which
columns may hold NULL at all (app.checking.event_states)."""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.conditions import conjuncts

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


Range = tuple[float | None, float | None]
"""The lowest and highest number a column may hold (None: no bound). A strict bound (``> 0``)
is kept as if it were not: the range holds every value the column may, and a few more."""


def allowed_ranges(table: str, target: exp.Expr) -> dict[tuple[str, str], Range]:
    """The numeric ranges one CREATE TABLE's CHECK constraints declare: ``{(table, column):
    (low, high)}``, lowercased names.

    >>> import sqlglot
    >>> create = sqlglot.parse_one("CREATE TABLE e (grade INT CHECK (grade BETWEEN 1 AND 8), "
    ...     "score INT CHECK (score >= 0 AND score <= 150), n INT CHECK (n > 0))")
    >>> allowed_ranges("e", create.this)
    {('e', 'grade'): (1.0, 8.0), ('e', 'score'): (0.0, 150.0), ('e', 'n'): (0.0, None)}
    """
    if not isinstance(target, exp.Schema):
        return {}
    found: dict[tuple[str, str], Range] = {}
    for check in target.find_all(exp.CheckColumnConstraint):
        for part in conjuncts(check.this) if check.this else ():
            compared = None if isinstance(part, exp.EQ) else compared_range(part)
            if compared is None:
                continue  # not a bound (a fixed value is none either)
            column, (low, high) = compared
            key = (table.lower(), column.name.lower())
            old_low, old_high = found.get(key, (None, None))
            found[key] = (
                low if low is not None else old_low,
                high if high is not None else old_high,
            )
    return found


def compared_range(node: exp.Expr) -> tuple[exp.Column, Range] | None:
    """The column a comparison holds against numbers, and the values it lets the column take:
    ``c BETWEEN a AND b``, ``c >= a``, ``c < b``, ``c = a``, either side round.

    >>> import sqlglot
    >>> column, span = compared_range(sqlglot.parse_one("130 <= e.grade"))
    >>> column.sql(), span
    ('e.grade', (130.0, None))
    """
    if isinstance(node, exp.Between):
        low, high = number_of(node.args.get("low")), number_of(node.args.get("high"))
        if not isinstance(node.this, exp.Column) or low is None or high is None:
            return None
        return node.this, (low, high)
    if not isinstance(node, (exp.EQ, exp.GT, exp.GTE, exp.LT, exp.LTE)):
        return None
    column, value, above = node.this, node.expression, isinstance(node, (exp.GT, exp.GTE))
    if not isinstance(column, exp.Column):
        column, value, above = value, column, not above
    number = number_of(value)
    if not isinstance(column, exp.Column) or number is None:
        return None
    if isinstance(node, exp.EQ):
        return column, (number, number)
    return column, (number, None) if above else (None, number)


def number_of(value: exp.Expr | None) -> float | None:
    if isinstance(value, exp.Neg):
        inner = number_of(value.this)
        return -inner if inner is not None else None
    if not isinstance(value, exp.Literal) or value.is_string:
        return None
    try:
        return float(value.this)
    except ValueError:
        return None


def nullable_columns(table: str, create: exp.Create) -> set[tuple[str, str]]:
    """(table, column), lowercased, of the columns ``create`` declares neither NOT NULL nor
    a primary key, inline or as a table constraint."""
    if not isinstance(create.this, exp.Schema):
        return set()
    keyed = {
        column.name.lower()
        for item in create.this.expressions
        if isinstance(item, exp.PrimaryKey)
        for column in item.find_all(exp.Identifier)
    }
    nullable = set()
    for column in create.this.expressions:
        if not isinstance(column, exp.ColumnDef) or column.name.lower() in keyed:
            continue
        kinds = [constraint.args.get("kind") for constraint in column.constraints]
        if not any(
            isinstance(kind, exp.PrimaryKeyColumnConstraint)
            or (isinstance(kind, exp.NotNullColumnConstraint) and not kind.args.get("allow_null"))
            for kind in kinds
        ):
            nullable.add((table.lower(), column.name.lower()))
    return nullable
