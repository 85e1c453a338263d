"""A correction for SQL's NULLs: ``x NOT IN (SELECT c FROM t)`` over a column that may be NULL.

"Which freelancers have never been hired for any job?" answered with ``freelancer_id NOT IN
(SELECT hired_freelancer_id FROM jobs)``: one open job with no one hired yet puts a NULL in
the list, ``x NOT IN (..., NULL)`` is never true, and the answer is empty. What the query
means is the ids that are there, so when the one column a ``NOT IN`` subquery returns is a
table column the schema lets be NULL (neither NOT NULL nor a primary key, in a table that
declares other columns NOT NULL: a schema that declares none says nothing), and the subquery's
WHERE does not test it already, the subquery keeps only the rows where it is set:
``WHERE hired_freelancer_id IS NOT NULL``. ``NOT EXISTS`` has no such trap and is left alone.
The change is reported with the answer.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import build_scope

from app.checking.candidate import Candidate, correct_read
from app.checking.schema import SchemaInfo
from app.checking.scopes import source_column


def correct_null_exclusions(candidate: Candidate) -> list[str]:
    """Not a check: a ``NOT IN`` subquery's column that may be NULL keeps its set values."""
    return correct_read(candidate, lambda s: exclude_null_values(s, candidate.schema))


def exclude_null_values(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Add, in place, ``c IS NOT NULL`` to each ``NOT IN`` subquery returning a nullable ``c``.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE f (id INT PRIMARY KEY); "
    ...     "CREATE TABLE jobs (id INT PRIMARY KEY, title TEXT NOT NULL, hired INT)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT id FROM f WHERE id NOT IN (SELECT hired FROM jobs)")
    >>> [note] = exclude_null_values(query, schema)
    >>> query.sql()
    'SELECT id FROM f WHERE NOT id IN (SELECT hired FROM jobs WHERE NOT hired IS NULL)'
    """
    columns = schema.lowered_columns()
    notes: list[str] = []
    for test in list(statement.find_all(exp.In)):
        select = test.args.get("query")
        select = select.unnest() if select is not None else None
        if not isinstance(test.parent, exp.Not) or not isinstance(select, exp.Select):
            continue
        if len(select.expressions) != 1:
            continue
        returned = select.expressions[0].unalias()
        scope = build_scope(select)
        if not isinstance(returned, exp.Column) or scope is None:
            continue
        found = source_column(returned, scope, columns)
        if found is None or not _left_nullable(found[2].lower(), returned.name.lower(), schema):
            continue
        where = select.args.get("where")
        if where is not None and any(
            column.name.lower() == returned.name.lower() for column in where.find_all(exp.Column)
        ):
            continue  # tested already: equal to a value, or NULL on purpose
        before = test.parent.sql(schema.dialect)
        select.where(exp.Not(this=exp.Is(this=returned.copy(), expression=exp.Null())), copy=False)
        notes.append(
            f"{before} -> {test.parent.sql(schema.dialect)} ({returned.name} may be NULL, and "
            f"one NULL in a NOT IN list makes the test true for no row)"
        )
    return notes


def _left_nullable(table: str, column: str, schema: SchemaInfo) -> bool:
    """Whether ``column`` may be NULL by the schema's choice: its table declares columns NOT
    NULL beside its key (a schema that declares none says nothing about any)."""
    declared = {name.lower() for name in schema.tables.get(schema.declared_table(table), {})}
    nullable = {name for owner, name in schema.nullable if owner == table}
    return column in nullable and len(declared - nullable) >= 2
