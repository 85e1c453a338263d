"""A check after the identifier check: a text column matched against a number column.

"Which guests have never made a reservation?" answered with ``SELECT email FROM guests EXCEPT
SELECT guest_id FROM reservations`` parses, names real columns and runs on SQLite, which
compares any value with any other: no email equals an id, so every guest comes back. The same
mistake hides in ``email NOT IN (SELECT guest_id ...)`` and in a join on ``g.email =
r.guest_id``. When the two sides of such a match are columns whose declared types are one text
and the other a number (the columns a set operation pairs by position, the column an IN
compares with its subquery's one column, the two columns of an equality), the answer is refused
with an issue naming both and their types, so the repair round can match like with like.
Columns whose types are neither (dates, booleans, enums, undeclared) are left alone.

A number column cast to a date (``CAST(sale_id AS TIMESTAMP)`` for "revenue in each month"),
formatted as one (``TO_CHAR(sale_id, 'YYYY-MM')``) or read in its parts (``EXTRACT(MONTH FROM
sale_id)``) holds no date either: PostgreSQL refuses the cast, SQLite makes a number of it. It
is refused with the table's date columns named, unless the column's name says it holds a day
(``date_key``).

A text column computed with (``SUM(price_per_tonne_cents * category)``, ``AVG(grade)``) holds
no number either: PostgreSQL refuses the arithmetic, SQLite makes 0 of the text. It is refused
naming the column and its type; in SQLite, which computes with text that looks like a number,
only where the column's declared values are all words.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate
from app.checking.join_keys import TableKeys
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, source_column
from app.checking.types import (
    DATE_NAME,
    DATE_TYPE,
    ColumnTypes,
    columns_by_table,
    date_aware_types,
    kind_of,
)


def matches_like_with_like(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    return mismatched_kind_issues(candidate.statements[0], candidate.schema)


def mismatched_kind_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per text column matched against a number column; where one side is a key to
    the other's table, the issue names the key the two tables share.

    >>> import sqlglot
    >>> from app.checking import parse_schema
    >>> schema = parse_schema("CREATE TABLE g (id INT, email TEXT); CREATE TABLE r (gid INT);",
    ...                       "sqlite")
    >>> sql = "SELECT email FROM g EXCEPT SELECT gid FROM r"
    >>> mismatched_kind_issues(sqlglot.parse_one(sql), schema)[0].split(":")[0]
    'EXCEPT matches g.email (TEXT) with r.gid (INT)'
    >>> sql = "SELECT 1 FROM g JOIN r ON g.email = r.gid"
    >>> mismatched_kind_issues(sqlglot.parse_one(sql), schema)[0].split(":")[0]
    'the condition g.email = r.gid matches g.email (TEXT) with r.gid (INT)'
    >>> sql = "SELECT id FROM g EXCEPT SELECT gid FROM r"
    >>> mismatched_kind_issues(sqlglot.parse_one(sql), schema)
    []
    >>> sql = "SELECT CAST(gid AS DATE) FROM r"
    >>> mismatched_kind_issues(sqlglot.parse_one(sql), schema)[0].split(":")[0]
    'DATE(gid) reads r.gid (INT), a number, as a date'
    """
    types = columns_by_table(schema)
    dated = date_aware_types(schema)
    keys = schema.keys
    scopes = {id(scope.expression): scope for scope in query_scopes(statement)}

    def typed(node: exp.Expr, scope: Scope | None) -> tuple[str, str] | None:
        node = node.unalias() if isinstance(node, exp.Alias) else node
        if scope is None or not isinstance(node, exp.Column):
            return None
        found = source_column(node, scope, types)
        if found is None:
            return None
        table, name = found[2], node.name.lower()
        return f"{table}.{name}", types[table].get(name, "")

    def compare(how: str, left: tuple[str, str] | None, right: tuple[str, str] | None) -> None:
        if left is None or right is None:
            return
        kinds = {_kind(left, dated), _kind(right, dated)}
        if kinds in ({"text", "number"}, {"date", "number"}):
            shared = _shared_key(left[0], right[0], keys) or _shared_key(right[0], left[0], keys)
            match = f"match {shared}" if shared else "match the same key on both sides"
            what = "text against numbers" if "text" in kinds else "dates against numbers"
            issues.append(
                f"{how} {left[0]} ({left[1]}) with {right[0]} ({right[1]}): {what}, so they "
                f"hold different things; {match}"
            )

    def scope_of(node: exp.Expr) -> Scope | None:
        select = node if isinstance(node, exp.Select) else node.find_ancestor(exp.Select)
        while select is not None and id(select) not in scopes:
            select = select.find_ancestor(exp.Select)
        return scopes.get(id(select)) if select is not None else None

    issues: list[str] = []
    for operation in statement.find_all(exp.Except, exp.Intersect, exp.Union):
        left, right = _first_select(operation.this), _first_select(operation.expression)
        if left is None or right is None:
            continue
        for mine, theirs in zip(left.expressions, right.expressions, strict=False):
            how = f"{type(operation).__name__.upper()} matches"
            compare(how, typed(mine, scopes.get(id(left))), typed(theirs, scopes.get(id(right))))
    for membership in statement.find_all(exp.In):
        query = membership.args.get("query")
        inner = _first_select(query.this if isinstance(query, exp.Subquery) else query)
        if inner is None or len(inner.expressions) != 1:
            continue
        outer = typed(membership.this, scope_of(membership))
        compare(
            f"{membership.this.sql()} IN (SELECT ...) matches",
            outer,
            typed(inner.expressions[0], scopes.get(id(inner))),
        )
    for equality in statement.find_all(exp.EQ):
        scope = scope_of(equality)
        compare(
            f"the condition {equality.sql()} matches",
            typed(equality.this, scope),
            typed(equality.expression, scope),
        )
    for cast in statement.find_all(exp.Cast, *_DATE_PARTS):
        read = cast.expression if isinstance(cast, exp.Extract) else cast.this
        while isinstance(read, exp.TsOrDsToTimestamp | exp.TsOrDsToDate):
            read = read.this  # SQLite's STRFTIME(f, x) reads x as a date on the way
        if isinstance(cast, exp.Cast) and not DATE_TYPE.search(cast.to.sql(schema.dialect)):
            continue
        found = typed(read, scope_of(cast))
        if found is None or _kind(found, dated) != "number":
            continue  # a day number such as date_key 20250131 is no number to _kind
        table = found[0].split(".")[0]
        dates = [c for c, kind in types[table].items() if DATE_TYPE.search(kind)]
        where = f"the date columns of {table}: {', '.join(dates)}" if dates else "read a date"
        issues.append(
            f"{cast.sql(schema.dialect)} reads {found[0]} ({found[1]}), a number, as a date: "
            f"it holds no date; {where}"
        )
    # SUM of a text column has its own issue (app.checking.summed_keys)
    for arithmetic in statement.find_all(exp.Mul, exp.Div, exp.Sub, exp.Avg):
        operands = (
            [arithmetic.this]
            if isinstance(arithmetic, exp.AggFunc)
            else [arithmetic.this, arithmetic.expression]
        )
        for operand in operands:
            found = typed(operand, scope_of(arithmetic))
            if found is not None and _holds_text(found, dated, schema):
                issues.append(
                    f"{arithmetic.sql(schema.dialect)} computes with {found[0]} ({found[1]}), "
                    "which holds text, not numbers: compute with a number column"
                )
    return list(dict.fromkeys(issues))


# A date read in parts or formatted: TO_CHAR/STRFTIME/DATE_FORMAT, EXTRACT, YEAR(), MONTH().
_DATE_PARTS = (exp.TimeToStr, exp.Extract, exp.Year, exp.Month, exp.Day)


def _kind(column: tuple[str, str], dated: ColumnTypes) -> str | None:
    """``text``, ``number`` or ``date`` (a date type, or text that holds dates) for a typed
    column ``table.name``; a number column named as a day (``date_key``) is no number here."""
    table, name = column[0].split(".", 1)
    declared = dated.get(table, {}).get(name, column[1])
    if DATE_TYPE.search(declared):
        return "date"
    kind = kind_of(declared)
    return None if kind == "number" and DATE_NAME.search(name) else kind


def _holds_text(column: tuple[str, str], dated: ColumnTypes, schema: SchemaInfo) -> bool:
    """Whether a text column surely holds no numbers: any text column outside SQLite, which
    computes with text that looks like a number (and whose undeclared types, a view's computed
    column, are shown as TEXT); in SQLite, a column whose declared values are all words."""
    if _kind(column, dated) != "text":
        return False
    if schema.dialect != "sqlite":
        return True
    table, name = column[0].split(".", 1)
    values = schema.declared_values.get((table, name), frozenset())
    return bool(values) and not any(value.strip().lstrip("-").isdigit() for value in values)


def _shared_key(mine: str, theirs: str, keys: TableKeys) -> str:
    """``t.key with u.key`` where ``theirs`` (``u.col``) is a key to ``mine``'s table ``t``, or
    where ``u`` declares exactly one key to ``t`` (``u.col`` being no key at all)."""
    table = mine.split(".")[0]
    other, column = theirs.split(".", 1)
    key = keys.primary_keys.get(table)
    if key is None:
        return ""
    if keys.target(other, column) == table:
        return f"{table}.{key} with {theirs}, the key they share"
    declared = [c for (t, c), target in keys.references.items() if t == other and target == table]
    if len(declared) == 1 and keys.target(other, column) is None:
        return f"{table}.{key} with {other}.{declared[0]}, the key they share"
    return ""


def _first_select(node: exp.Expr | None) -> exp.Select | None:
    """The SELECT whose columns name a query's result (the left-most of a set operation)."""
    while isinstance(node, (exp.Subquery, exp.SetOperation)):
        node = node.this
    return node if isinstance(node, exp.Select) else None
