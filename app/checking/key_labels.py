"""A correction that reads the question: "which project lead" answered with the lead's id, where
the query already joins the row the id points at.

``SELECT pj.lead_id FROM people AS p JOIN projects AS pj ON p.person_id = pj.lead_id ORDER BY
p.hourly_rate DESC LIMIT 1`` runs and returns ``4``. app.checking.asked_labels refuses such an
answer and names the label to return, yet a small model asked again tends to keep the id. When
the query reads the table the key points at, joined on that very key (or returns that table's
own primary key), and the table has one name or title column, the returned key is replaced with
that column of the same row: the question asked which row, and this is its name. When the query
reads no row of that table at all ("How much has each agent sold?" answered with ``SELECT
agent_id, SUM(price) FROM sales GROUP BY agent_id``), the row is joined first, by a LEFT JOIN on
the key so that a row with no key keeps its place, and bare columns the joined table also has
are qualified. A key inside an expression, several label columns, several tables asked about,
or a table joined another way is left for the refusal.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.asked_labels import unlabelled_keys
from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import conjuncts
from app.checking.labels import labels_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables


def correct_key_labels(candidate: Candidate) -> list[str]:
    """Not a check: "which <table>" answered with a key to a row the query joins returns that
    row's name instead (and says so)."""
    return correct_asked(candidate, lambda s, q: name_returned_keys(s, q, candidate.schema))


def name_returned_keys(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Replace, in place, each returned key the question wants named; one note per key.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE people (person_id INT PRIMARY KEY, full_name TEXT, rate REAL);"
    ...     "CREATE TABLE projects (project_id INT PRIMARY KEY, "
    ...     "lead_id INT REFERENCES people (person_id));", "sqlite")
    >>> query = sqlglot.parse_one(
    ...     "SELECT pj.lead_id FROM people AS p JOIN projects AS pj ON p.person_id = pj.lead_id "
    ...     "ORDER BY p.rate DESC LIMIT 1")
    >>> [note] = name_returned_keys(query, "Which project lead has the top rate?", schema)
    >>> query.sql().split(" FROM ")[0]
    'SELECT p.full_name'
    """
    notes: list[str] = []
    asked = unlabelled_keys(statement, question, schema)
    if len(asked) != 1 or not isinstance(statement, exp.Select):
        return notes  # "which project lead": which of them the question means is not clear
    read = scope_tables(query_scopes(statement)[-1])
    for table, key in asked.items():
        labels = labels_of(table, schema)
        projection = key.parent if isinstance(key.parent, exp.Alias) else key
        if len(labels) != 1 or not any(p is projection for p in statement.expressions):
            continue
        alias = _row_read(statement, key, table, read, schema) or _join_row(
            statement, key, table, read, schema
        )
        if alias is None:
            continue
        label = exp.column(labels[0], table=alias)
        written = projection.sql(schema.dialect)
        if isinstance(projection, exp.Alias) and _referenced(statement, projection.alias):
            key.replace(label)  # ORDER BY (or HAVING) names the output: it keeps its name
        else:
            projection.replace(label)
        group = statement.args.get("group")
        if group is not None and any(g == key for g in group.expressions):
            group.append("expressions", label.copy())  # PostgreSQL groups what it returns
        notes.append(
            f"the question asks which {schema.declared_table(table)} row, and {written} only "
            f"numbered it: {label.sql(schema.dialect)} of the same row is returned instead"
        )
    return notes


def _row_read(
    select: exp.Select, key: exp.Column, table: str, read: dict[str, str], schema: SchemaInfo
) -> str | None:
    """The alias reading the ``table`` row ``key`` points at: ``key`` is that alias's primary
    key, or a join condition makes it equal to it."""
    primary = schema.keys.primary_keys.get(table)
    if primary is None:
        return None
    readers = {alias for alias, name in read.items() if name == table}
    qualifier = _alias_of(key, read, schema.lowered_columns())
    if qualifier in readers and key.name.lower() == primary:
        return key.table or qualifier
    for join in select.args.get("joins") or []:
        condition = join.args.get("on")
        for equality in conjuncts(condition) if condition is not None else ():
            if not isinstance(equality, exp.EQ):
                continue
            sides = [equality.this, equality.expression]
            for mine, other in (sides, sides[::-1]):
                if (
                    isinstance(mine, exp.Column)
                    and isinstance(other, exp.Column)
                    and (mine.table.lower(), mine.name.lower()) == (qualifier, key.name.lower())
                    and other.table.lower() in readers
                    and other.name.lower() == primary
                ):
                    return other.table
    return None


def _join_row(
    select: exp.Select, key: exp.Column, table: str, read: dict[str, str], schema: SchemaInfo
) -> str | None:
    """Join, in place, the ``table`` row ``key`` points at when the query reads no row of
    ``table``; the new alias. A LEFT JOIN: a row whose key is empty stays, with no name."""
    primary = schema.keys.primary_keys.get(table)
    if primary is None or table in read.values() or table in schema.quoted:
        return None
    columns = schema.lowered_columns()
    owner = _alias_of(key, read, columns)
    if owner not in read or schema.keys.target(read[owner], key.name.lower()) != table:
        return None
    alias = table if table not in read else f"{table}_row"
    mine = columns.get(table, set())
    bare = [
        c
        for c in select.find_all(exp.Column)
        if not c.table and c.name.lower() in mine and c.parent_select is select
    ]
    owners = [_alias_of(column, read, columns) for column in bare]
    if not all(owners):
        return None
    for column, bare_owner in zip(bare, owners, strict=True):  # the joined table has them too
        column.set("table", exp.to_identifier(bare_owner))
    joined = schema.table_node(table, alias)
    condition = exp.column(primary, table=alias).eq(exp.column(key.name, table=owner))
    select.join(joined, on=condition, join_type="left", copy=False)
    return alias


def _alias_of(column: exp.Column, read: dict[str, str], columns: dict[str, set[str]]) -> str:
    """The alias ``column`` reads, lowercased: its qualifier, or the one alias of ``read``
    whose table has a column of its name; empty when none or several do."""
    if column.table:
        return column.table.lower()
    owners = [a for a, table in read.items() if column.name.lower() in columns.get(table, ())]
    return owners[0] if len(owners) == 1 else ""


def _referenced(select: exp.Select, name: str) -> bool:
    """Whether a bare column outside the SELECT list (ORDER BY, HAVING) names the output
    ``name``."""
    for column in select.find_all(exp.Column):
        if column.table or column.name.lower() != name.lower():
            continue
        node: exp.Expr = column
        while node.parent is not None and node.parent is not select:
            node = node.parent
        if node.arg_key != "expressions":
            return True
    return False
