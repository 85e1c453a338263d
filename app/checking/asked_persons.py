"""A check that reads the question: "who" asked, and a result that names no one.

"Who made the largest single payment?" answered with ``SELECT member_id, amount FROM payments
ORDER BY amount DESC LIMIT 1`` runs and returns an id and an amount; "Who wrote the longest
book?" answered with the book's title names the book, not its author. When the question begins
with who, whom or whose and no returned column is a name (``name``, ``full_name``,
``first_name``, ``username``, ``email``...), while the schema has one the query can reach (in a
table it reads, or in a table a key of one points at), the answer is refused with an issue
naming those columns and the join. A returned key that points at a table of people
(``SELECT manager_id FROM people WHERE full_name = 'Priya Nair'`` for "Who is Priya Nair's
manager?") is named with the join through it under a new alias: told only "return
people.full_name", the model returned the name asked about. Where no name can be reached
(scores keyed by a student id and no students table), ids are the best answer and pass.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.schema import SchemaInfo
from app.checking.scopes import aggregated, column_table, query_scopes, scope_tables

ASKS_WHO = re.compile(r"^\W*(?:who|whom|whose)\b", re.IGNORECASE)
_RETURNED_NAME = re.compile(r"name|email|username|handle", re.IGNORECASE)
_PERSON_NAME = re.compile(
    r"^(?:name|full_?name|first_?name|last_?name|surname|username|display_?name)$", re.IGNORECASE
)


def _returns_a_name(select: exp.Select) -> bool:
    for projection in select.expressions:
        if projection.find(exp.Star):
            return True
        for column in projection.find_all(exp.Column):
            if not aggregated(column) and _RETURNED_NAME.search(column.name):
                return True
    return False


def _names_of(table: str, schema: SchemaInfo) -> list[str]:
    return [c for c in schema.columns_of(table) if _PERSON_NAME.match(c)]


def _reachable_names(read: dict[str, str], schema: SchemaInfo) -> list[str]:
    """Name columns of the tables read (by alias), else of the tables their keys point at."""
    found = [f"{alias}.{c}" for alias, table in read.items() for c in _names_of(table, schema)]
    return found or names_through_keys(read, schema)


def names_through_keys(read: dict[str, str], schema: SchemaInfo) -> list[str]:
    """Name columns of the tables that keys of the tables read (by alias) point at, with the
    join that reaches each."""
    found: list[str] = []
    for alias, table in read.items():
        for (owner, column), target in schema.keys.references.items():
            if owner != table or target in read.values():
                continue
            spelled = schema.declared_table(target)
            found.extend(
                f"{spelled}.{c} (join {spelled} on {alias}.{column})"
                for c in _names_of(target, schema)
            )
    return found


def _names_through_returned_keys(
    select: exp.Select, read: dict[str, str], schema: SchemaInfo
) -> list[str]:
    """The name columns of the tables that returned key columns point at (other than the table's
    own key), each with the join that reaches it under a new alias."""
    found: list[str] = []
    columns = schema.lowered_columns()
    for projection in select.expressions:
        value = projection.unalias()
        if not isinstance(value, exp.Column):
            continue
        owner = column_table(value, read, columns)
        if owner is None or schema.keys.primary_keys.get(owner) == value.name.lower():
            continue
        target = schema.keys.target(owner, value.name.lower())
        key = schema.keys.primary_keys.get(target or "")
        if target is None or key is None:
            continue
        spelled, alias = schema.declared_table(target), _fresh_alias(target, read)
        # Qualified: after the join, a bare ``manager_id`` would name both tables' column.
        qualifier = value.table or next(a for a, t in read.items() if t == owner)
        found.extend(
            f"{alias}.{name} (join {spelled} AS {alias} ON {alias}.{key} = "
            f"{exp.column(value.this.copy(), qualifier).sql(schema.dialect)})"
            for name in _names_of(target, schema)
        )
    return found


def _fresh_alias(table: str, read: dict[str, str]) -> str:
    """A short alias for ``table`` that the query does not use yet."""
    base = table[:1].lower() or "t"
    taken = {alias.lower() for alias in read}
    return next(f"{base}{n}" for n in range(2, 100) if f"{base}{n}" not in taken)


def unnamed_person_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """The issue of a read that answers "who" without a name it could return (none without a
    question, or where no name is within reach)."""
    if not question or not ASKS_WHO.search(question) or not isinstance(statement, exp.Select):
        return []
    if _returns_a_name(statement):
        return []
    scopes = query_scopes(statement)
    if not scopes:
        return []
    read = scope_tables(scopes[-1])
    names = _names_through_returned_keys(statement, read, schema) or _reachable_names(read, schema)
    if not names:
        return []
    return [
        "the question asks who, but no returned column names anyone: return "
        f"{' or '.join(dict.fromkeys(names))}"
    ]
