"""A check on the answer's shape: a result that only repeats the values its own WHERE sets.

"Who owns the Road Trip playlist?" answered with ``SELECT p.name FROM playlists p WHERE p.name
= 'Road Trip'`` runs and returns 'Road Trip': the question's own words, not its answer. When
every column a plain read returns (no grouping, no aggregate) is one a condition every row must
meet compares for equality with a literal, the answer is refused with an issue saying so; for a
question asking who, the issue names the person names the tables read lead to by their keys
(``users.username (join users on p.owner_id)``). A read that returns other columns beside the
pinned ones is left to app.checking.pinned_columns, which drops the pinned ones.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.asked_persons import ASKS_WHO, names_through_keys
from app.checking.pinned_columns import pinning_tests
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables


def echoed_value_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """The issue of a plain read whose every returned column its WHERE pins to one literal.

    >>> import sqlglot
    >>> from app.checking import parse_schema
    >>> ddl = ("CREATE TABLE users (user_id INT PRIMARY KEY, username TEXT);"
    ...        "CREATE TABLE playlists (owner_id INT REFERENCES users(user_id), name TEXT);")
    >>> schema = parse_schema(ddl, "sqlite")
    >>> sql = "SELECT p.name FROM playlists p WHERE p.name = 'Road Trip'"
    >>> question = "Who owns the Road Trip playlist?"
    >>> [issue] = echoed_value_issues(sqlglot.parse_one(sql), question, schema)
    >>> issue.split(",")[0]
    "the result only repeats what the WHERE sets (p.name = 'Road Trip')"
    >>> issue.split("; ")[-1]
    'a name: users.username (join users on p.owner_id)'
    >>> sql = "SELECT p.owner_id FROM playlists p WHERE p.name = 'Road Trip'"
    >>> echoed_value_issues(sqlglot.parse_one(sql), question, schema)
    []
    """
    tests = pinning_tests(statement)
    if not tests or any(test is None for test in tests):
        return []
    issue = (
        "the result only repeats what the WHERE sets ("
        + ", ".join(dict.fromkeys(test.sql() for test in tests if test is not None))
        + "), so it tells nothing the question did not: return what the question asks about "
        "instead"
    )
    scopes = query_scopes(statement)
    if question and ASKS_WHO.search(question.splitlines()[-1]) and scopes:
        names = names_through_keys(scope_tables(scopes[-1]), schema)
        if names:
            issue += f"; a name: {' or '.join(dict.fromkeys(names))}"
    return [issue]
