"""A check after the identifier check: a join condition that pairs the keys of two different tables.

``JOIN claims c ON p.holder_id = c.policy_id`` parses, names real columns and runs, yet pairs a
policyholder's id with a policy's id: the rows it joins are unrelated, and the answer is wrong
without any error. Each key column points at one table: a foreign key at the table it references,
a table's own single-column primary key at that table, and a column named like another table's
primary key (``policy_id`` where ``policies`` has the key ``policy_id``) at that table, the way
schemas without declared foreign keys are written. An equality between two such columns that
point at different tables (in a correlated subquery, one of them the outer row's) is refused
with an issue naming both, so the repair round can pick the
matching key; the issue also names the keys that do link the two tables, directly or through
one table between them (``tickets`` and ``venues`` through ``events``: a model that skipped
the table in the middle is told which one). Columns that point nowhere (``manager_id``, a
generic ``id`` shared by many tables) and columns of the same name are left alone: the check
only speaks when the schema says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.scopes import query_scopes, scope_tables


@dataclass(frozen=True)
class TableKeys:
    """What a schema says about keys: single-column primary keys and column references."""

    primary_keys: dict[str, str] = field(default_factory=dict)
    """table -> its primary key column, for tables whose key is one column (lowercase names)."""
    references: dict[tuple[str, str], str] = field(default_factory=dict)
    """(table, column) -> the table a declared foreign key on that one column references."""
    unfilled: dict[str, str] = field(default_factory=dict)
    """table -> its one-column primary key (as declared) when the database does not fill it in
    for an INSERT that leaves it out (app.checking.insert_keys)."""

    def target(self, table: str, column: str) -> str | None:
        """The table the key column ``table.column`` points at, or None when it is no key."""
        declared = self.references.get((table, column))
        if declared is not None:
            return declared
        if self.primary_keys.get(table) == column:
            return table
        owners = [name for name, key in self.primary_keys.items() if key == column]
        return owners[0] if len(owners) == 1 else None


def add_table_keys(
    table: str,
    schema: exp.Schema,
    primary_keys: dict[str, str],
    references: dict[tuple[str, str], str],
) -> None:
    """Record the keys one CREATE TABLE declares (inline or as table constraints)."""
    table = table.lower()
    key_columns: list[str] = []
    for item in _table_items(schema):
        if isinstance(item, exp.ColumnDef):
            for constraint in item.constraints:
                kind = constraint.args.get("kind")
                if isinstance(kind, exp.PrimaryKeyColumnConstraint):
                    key_columns.append(item.name.lower())
                elif isinstance(kind, exp.Reference):
                    references[(table, item.name.lower())] = _referenced_table(kind)
        elif isinstance(item, exp.PrimaryKey):
            key_columns.extend(_key_column(column) for column in item.expressions)
        elif isinstance(item, exp.ForeignKey) and len(item.expressions) == 1:
            reference = item.args.get("reference")
            if isinstance(reference, exp.Reference):
                references[(table, item.expressions[0].name.lower())] = _referenced_table(reference)
    if len(set(key_columns)) == 1:
        primary_keys[table] = key_columns[0]


def _key_column(column: exp.Expr) -> str:
    """``id`` of ``id``, ``[id]`` or ``[id] ASC`` (a key's column may carry its order)."""
    return str((column.this if isinstance(column, exp.Ordered) else column).name).lower()


def _table_items(schema: exp.Schema) -> list[exp.Expr]:
    """Columns and table constraints, named ones (``CONSTRAINT pk PRIMARY KEY (id)``) unwrapped.

    SQL Server's ``PRIMARY KEY CLUSTERED ([id] ASC)`` reads as a key marker and a clustered
    column list; it is returned as the primary key over those columns.
    """
    items: list[exp.Expr] = []
    for item in schema.expressions:
        if not isinstance(item, exp.Constraint):
            items.append(item)
            continue
        parts = item.expressions
        if any(isinstance(p, exp.PrimaryKeyColumnConstraint) for p in parts):
            for part in parts:
                if isinstance(
                    part, exp.ClusteredColumnConstraint | exp.NonClusteredColumnConstraint
                ):
                    columns = [c.this if isinstance(c, exp.Ordered) else c for c in part.this]
                    items.append(exp.PrimaryKey(expressions=columns))
        items.extend(parts)
    return items


def _referenced_table(reference: exp.Reference) -> str:
    target = reference.this
    table = target.this if isinstance(target, exp.Schema) else target
    return str(table.name).lower()


def join_key_issues(
    statement: exp.Expr, keys: TableKeys, columns: dict[str, set[str]] | None = None
) -> list[str]:
    """One issue per equality of two key columns that point at different tables.

    ``columns`` (lowercased, by table) lets the issue name the keys that link the two tables.

    >>> import sqlglot
    >>> keys = TableKeys({"holders": "holder_id", "policies": "policy_id", "claims": "claim_id"})
    >>> sql = "SELECT 1 FROM holders h JOIN claims c ON h.holder_id = c.policy_id"
    >>> [issue] = join_key_issues(sqlglot.parse_one(sql), keys)
    >>> issue.split(":")[0]
    'the condition h.holder_id = c.policy_id pairs keys of different tables'
    >>> sql = "SELECT 1 FROM policies p JOIN claims c ON p.policy_id = c.policy_id"
    >>> join_key_issues(sqlglot.parse_one(sql), keys)
    []
    """
    issues: list[str] = []
    for scope in query_scopes(statement):
        tables = _visible_tables(scope)
        for equality in scope.find_all(exp.EQ):
            left, right = equality.this, equality.expression
            if not (isinstance(left, exp.Column) and isinstance(right, exp.Column)):
                continue
            if left.name.lower() == right.name.lower():
                continue
            left_table = tables.get(left.table.lower())
            right_table = tables.get(right.table.lower())
            if left_table is None or right_table is None:
                continue
            left_target = keys.target(left_table, left.name.lower())
            right_target = keys.target(right_table, right.name.lower())
            if left_target and right_target and left_target != right_target:
                issue = (
                    f"the condition {equality.sql()} pairs keys of different tables: "
                    f"{left.sql()} identifies a row of {left_target}, {right.sql()} one of "
                    f"{right_target}; join on columns that identify rows of the same table"
                )
                path = join_path(left_table, right_table, keys, columns or {})
                issues.append(f"{issue} ({path})" if path else issue)
    return issues


def _visible_tables(scope: Scope) -> dict[str, str]:
    """The tables ``scope`` reads and, for a correlated subquery's outer references, those of
    the scopes around it (``EXISTS (... WHERE o.restaurant_id = r.referred_customer_id)``):
    alias or name -> table, lowercased, the innermost first."""
    tables: dict[str, str] = {}
    current: Scope | None = scope
    while current is not None:
        for alias, table in scope_tables(current).items():
            tables.setdefault(alias, table)
        current = current.parent
    return tables


@dataclass(frozen=True)
class Link:
    """``table.column`` points at ``target``, whose key is ``key``: the two join on them."""

    table: str
    column: str
    target: str
    key: str

    def other(self, table: str) -> str:
        return self.target if table == self.table else self.table

    def __str__(self) -> str:
        return f"{self.table}.{self.column} = {self.target}.{self.key}"


def table_links(keys: TableKeys, columns: dict[str, set[str]]) -> dict[str, list[Link]]:
    """table -> the links of every key column pointing from it or at it from another table."""
    links: dict[str, list[Link]] = {}
    for table, names in columns.items():
        for column in sorted(names):
            target = keys.target(table, column)
            key = keys.primary_keys.get(target or "")
            if target is None or target == table or key is None or target not in columns:
                continue
            link = Link(table, column, target, key)
            links.setdefault(table, []).append(link)
            links.setdefault(target, []).append(link)
    return links


def bridges(first: str, second: str, links: dict[str, list[Link]]) -> list[tuple[Link, Link]]:
    """The pairs of links that join ``first`` to ``second`` through one table between them."""
    found: list[tuple[Link, Link]] = []
    for to_middle in links.get(first, []):
        middle = to_middle.other(first)
        if middle in (first, second):
            continue
        found.extend(
            (to_middle, onward)
            for onward in links.get(middle, [])
            if onward.other(middle) == second
        )
    return found


def join_path(first: str, second: str, keys: TableKeys, columns: dict[str, set[str]]) -> str:
    """How the schema's keys link two tables, directly or through one table between them;
    empty when they do not (or only through longer paths, which would be guesses to name).

    >>> keys = TableKeys({"venues": "venue_id", "events": "event_id", "tickets": "ticket_id"})
    >>> columns = {"venues": {"venue_id"}, "events": {"event_id", "venue_id"},
    ...            "tickets": {"ticket_id", "event_id"}}
    >>> join_path("venues", "tickets", keys, columns).split(": ")  # doctest: +NORMALIZE_WHITESPACE
    ['venues and tickets are linked through events',
     'events.venue_id = venues.venue_id and tickets.event_id = events.event_id']
    >>> join_path("events", "tickets", keys, columns)
    'events and tickets are linked by tickets.event_id = events.event_id'
    """
    links = table_links(keys, columns)
    direct = [str(link) for link in links.get(first, []) if link.other(first) == second]
    if direct:
        return f"{first} and {second} are linked by {' or '.join(direct)}"
    for to_middle, onward in bridges(first, second, links):
        middle = to_middle.other(first)
        return f"{first} and {second} are linked through {middle}: {to_middle} and {onward}"
    return ""
