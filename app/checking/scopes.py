"""The query scopes the checker's rules walk, and the schema tables each one reads by alias."""

from __future__ import annotations

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, traverse_scope


def query_scopes(statement: exp.Expr) -> list[Scope]:
    """sqlglot's scopes of ``statement``; none when it cannot resolve them."""
    try:
        return list(traverse_scope(statement))
    except (SqlglotError, RecursionError):
        return []


def scope_tables(scope: Scope) -> dict[str, str]:
    """Tables (not CTEs or subqueries) this scope reads: alias or name -> table, lowercased."""
    return {
        alias.lower(): source.name.lower()
        for alias, source in scope.sources.items()
        if isinstance(source, exp.Table)
    }
