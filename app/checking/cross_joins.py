"""A check after the identifier check: a join whose ON condition never reads the joined table.

``FROM teams AS t1 JOIN teams AS t2 ON m.home_team_id = t1.team_id`` runs, yet its condition says
nothing about ``t2``: every row of ``t2`` pairs with every row before it, a cross join that
multiplies the answer's rows (and its counts and sums) with no error. No gold query in the
bundled or unseen sets writes one; the model writes it when it loses track of which alias holds
which key (both teams of a match, a table joined twice). The issue names the join and its
condition, so the repair round can join the table on its own key.

A condition that reads no column at all (``ON TRUE``, ``ON 1 = 1``) is a cross join said on
purpose and is left alone, as are ``CROSS JOIN``, ``USING``, ``NATURAL`` and lateral joins. A
column without a qualifier counts as read from the joined source whenever that source has a
column of its name, so only a condition that certainly ignores the joined source is refused.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables, source_columns


def joins_on_the_joined_table(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    return cross_join_issues(candidate.statements[0], candidate.schema)


def cross_join_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per join whose ON condition reads columns, none of them the joined source's."""
    issues: list[str] = []
    for scope in query_scopes(statement):
        for join in scope.expression.args.get("joins") or []:
            condition = join.args.get("on")
            if condition is None or join.args.get("using") or isinstance(join.this, exp.Lateral):
                continue
            alias = join.this.alias_or_name
            columns = source_columns(scope, alias, schema.lowered_columns())
            if not columns or _reads_source(condition, alias, columns):
                continue
            joined = join.this.sql() if isinstance(join.this, exp.Table) else f"subquery {alias}"
            issues.append(
                f"the join of {joined} never reads {alias} in its ON condition"
                f" ({condition.sql()}): every row of {alias} pairs with every row before it;"
                f" join {alias} on a column of its own{_keys_hint(join.this, scope, schema)}"
            )
    return issues


def _keys_hint(joined: exp.Expr, scope: Scope, schema: SchemaInfo) -> str:
    """ " (matches.away_team_id, matches.home_team_id point at teams)" for a joined schema table
    that keys of the other tables the scope reads point at; empty otherwise."""
    if not isinstance(joined, exp.Table):
        return ""
    target = joined.name.lower()
    columns = schema.lowered_columns()
    keys = [
        f"{table}.{column}"
        for table in sorted(set(scope_tables(scope).values()) - {target})
        for column in sorted(columns.get(table, ()))
        if schema.keys.target(table, column) == target
    ]
    return f" ({', '.join(keys)} point at {target})" if keys else ""


def _reads_source(condition: exp.Expr, alias: str, columns: set[str]) -> bool:
    """Whether ``condition`` reads the source (or no column at all: a cross join on purpose)."""
    read = list(condition.find_all(exp.Column))
    if not read:
        return True
    for column in read:
        qualifier = column.table.lower()
        if qualifier == alias.lower() or (not qualifier and column.name.lower() in columns):
            return True
    return False
