"""A check on the answer's shape: one value returned twice, under two names.

"Show the five most recent matches with the names of both teams" answered with ``SELECT
t.name AS home_team, t.name AS away_team FROM matches m JOIN teams t ON t.team_id =
m.home_team_id``: the two names say the model meant two rows of ``teams``, and the SQL reads
one, so both columns hold the home team. A result that returns one expression under two
different names never means to; it is refused with an issue naming the expression. Where a
table read by the query holds several keys to the repeated column's table (a match's home and
away team, a transfer's old and new club), the issue names them: the way out is one join per
key, each under an alias of its own.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.schema import SchemaInfo
from app.checking.scopes import scope_tables, select_scopes, source_column


def repeated_column_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per expression a SELECT returns under two different names.

    >>> import sqlglot
    >>> from app.checking import parse_schema
    >>> schema = parse_schema("CREATE TABLE t (a INT, b INT);", "sqlite")
    >>> [issue] = repeated_column_issues(sqlglot.parse_one("SELECT a AS x, a AS y FROM t"), schema)
    >>> issue.split(":")[0]
    'the answer returns a twice, as x and as y'
    >>> repeated_column_issues(sqlglot.parse_one("SELECT a AS x, b AS y FROM t"), schema)
    []
    """
    issues = []
    for scope, select in select_scopes(statement):
        names: dict[str, list[str]] = {}
        reads: dict[str, exp.Expr] = {}
        for projection in select.expressions:
            value = projection.unalias()
            if isinstance(value, exp.Star) or value.find(exp.Column) is None:
                continue
            key = value.sql().lower()
            name = projection.alias_or_name
            if name.lower() not in (n.lower() for n in names.get(key, [])):
                names.setdefault(key, []).append(name)
                reads.setdefault(key, value)
        for key, found in names.items():
            if len(found) > 1:
                issues.append(_issue(reads[key], found, scope, schema))
    return issues


def _issue(value: exp.Expr, names: list[str], scope: Scope, schema: SchemaInfo) -> str:
    issue = (
        f"the answer returns {value.sql()} twice, as {' and as '.join(names)}: one expression "
        "is one value on every row, whatever it is called"
    )
    keys = _keys_to(value, scope, schema)
    return f"{issue}; {keys}" if keys else f"{issue}. Return each value once, or the column meant"


def _keys_to(value: exp.Expr, scope: Scope, schema: SchemaInfo) -> str:
    """ "matches has two keys to teams (...): ..." when a table the scope reads holds several
    keys to the table ``value`` reads; empty otherwise."""
    if not isinstance(value, exp.Column):
        return ""
    found = source_column(value, scope, schema.lowered_columns())
    if found is None:
        return ""
    target = found[2]
    for table in sorted(set(scope_tables(scope).values())):
        keys = sorted(
            column
            for (owner, column), points_at in schema.keys.references.items()
            if owner == table and points_at == target
        )
        if len(keys) > 1:
            return (
                f"{table} has {len(keys)} keys to {target} ({', '.join(keys)}): join {target} "
                f"once for each key, each under its own alias, and return {value.name} of each"
            )
    return ""
