"""A check after the identifier check: a join condition that pairs the keys of two different tables.

``JOIN claims c ON p.holder_id = c.policy_id`` parses, names real columns and runs, yet pairs a
policyholder's id with a policy's id: the rows it joins are unrelated, and the answer is wrong
without any error. Each key column points at one table: a foreign key at the table it references,
a table's own single-column primary key at that table, and a column named like another table's
primary key (``policy_id`` where ``policies`` has the key ``policy_id``) at that table, the way
schemas without declared foreign keys are written. An equality between two such columns that
point at different tables is refused with an issue naming both, so the repair round can pick the
matching key. Columns that point nowhere (``manager_id``, a generic ``id`` shared by many tables)
and columns of the same name are left alone: the check only speaks when the schema says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp

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


def join_key_issues(statement: exp.Expr, keys: TableKeys) -> list[str]:
    """One issue per equality of two key columns that point at different tables.

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
        tables = scope_tables(scope)
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
                issues.append(
                    f"the condition {equality.sql()} pairs keys of different tables: "
                    f"{left.sql()} identifies a row of {left_target}, {right.sql()} one of "
                    f"{right_target}; join on columns that identify rows of the same table"
                )
    return issues
