"""Why a checked answer may answer another question: a value the question names that it ignores.

"What is the cheapest suite, and which hotel is it in?" answered with ``SELECT r.room_type,
h.name FROM rooms r JOIN hotels h ON ... ORDER BY r.nightly_rate LIMIT 1`` runs and returns
the cheapest room of any type: the model read "suite" as a word, not as the 'Suite' that
``rooms.room_type`` holds. When the question names, word for word, a value that a text column of
a table the answer reads holds in more than one row (a category, not a name), and the answer's
SQL neither compares with that value (``= 'Suite'``, ``IN (...)``, ``LIKE '%suite%'``) nor
groups by the column (a row per value shows them all), the answer gets one repair round naming
the column and the value. Values that are also part of the name of a table or a column the
answer uses ('interview' beside an ``interviews`` table it reads) say nothing: the question
may name the table. One the answer never touches still counts: "couriers who have delivered at
least 4 orders" counted every order, and 'delivered' of ``orders.status`` is also in the
``delivered_at`` that the answer never read. The rows are
the request's own (the sandbox built from its schema); nothing here decides: the repair's
answer replaces the first only if it passes the checker, finds rows and uses the value.
"""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from app.candidates.unmatched_values import value_counts
from app.checking.row_identity import spoken_forms, spoken_name
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables
from app.checking.types import kind_of
from app.execution import QueryRunner

MIN_VALUE_CHARS = 3
MAX_VALUE_WORDS = 3


def unused_values(
    question: str,
    sql: str,
    dialect: str,
    schema: SchemaInfo,
    read: list[str],
    runner: QueryRunner,
) -> list[str]:
    """One issue per category value ``question`` names that ``sql`` (reading the tables
    ``read``) never uses."""
    try:
        statement = sqlglot.parse_one(sql, read=dialect)
    except SqlglotError:
        return []
    asked = re.findall(r"[a-z0-9]+", question.lower())
    literals = [lit.name.lower() for lit in statement.find_all(exp.Literal) if lit.is_string]
    grouped = _grouped_columns(statement, schema)
    names = _used_names(statement)
    issues: list[str] = []
    for table in read:
        declared = schema.declared_table(table)
        for column, kind in schema.tables.get(declared, {}).items():
            if kind_of(kind) != "text" or (table.lower(), column.lower()) in grouped:
                continue  # an enum's values are statuses a verb often says: 'placed' orders
            counts = value_counts(runner, declared, column, dialect)
            for value, count in sorted((counts or {}).items()):
                if count < 2 or not _named(value, asked, names):
                    continue
                if any(value.lower() in literal for literal in literals):
                    continue
                issues.append(
                    f"the question names '{value}', a value of {declared}.{column}, but the "
                    f"SQL never compares with it: filter {declared}.{column} = '{value}' if "
                    "the question asks only about those rows"
                )
    return issues


def _named(value: str, asked: list[str], names: set[str]) -> bool:
    """Whether the question says ``value`` as a phrase (plurals too), a short value that is not
    part of the name of a table or a column the answer uses ("server" of ``server_id``, "member" of
    ``ClubMemberships``: the question may name the relation, not the value)."""
    held = re.findall(r"[a-z0-9]+", value.lower())
    if not held or len(held) > MAX_VALUE_WORDS or len(value) < MIN_VALUE_CHARS:
        return False
    spoken = " ".join(held)
    if all(word.isdigit() for word in held) or any(spoken in name for name in names):
        return False
    return any(
        all(_same_word(word, said) for word, said in zip(held, asked[i:], strict=False))
        and i + len(held) <= len(asked)
        for i in range(len(asked))
    )


def _same_word(word: str, said: str) -> bool:
    plurals = {word, word + "s", word + "es"}
    if word.endswith("y"):
        plurals.add(word[:-1] + "ies")
    return said in plurals


def _used_names(statement: exp.Expr) -> set[str]:
    """Names of the tables and columns ``statement`` uses, as spoken, lowercased
    (``ClubMemberships`` -> ``club memberships``, ``server_id`` -> ``server id``); the names
    it gives its own outputs (``orders_delivered``) are not the schema's."""
    outputs = {alias.alias.lower() for alias in statement.find_all(exp.Alias) if alias.alias}
    names: set[str] = set()
    for table in statement.find_all(exp.Table):
        names.update(form.lower() for form in spoken_forms(table.name))
    names.update(
        spoken_name(column.name)
        for column in statement.find_all(exp.Column)
        if column.table or column.name.lower() not in outputs
    )
    return names


def _grouped_columns(statement: exp.Expr, schema: SchemaInfo) -> set[tuple[str, str]]:
    """(table, column) of every GROUP BY column, lowercased."""
    columns = schema.lowered_columns()
    found: set[tuple[str, str]] = set()
    for scope in query_scopes(statement):
        group = scope.expression.args.get("group")
        if group is None:
            continue
        read = scope_tables(scope)
        projections = scope.expression.expressions
        for item in group.expressions:
            if (
                isinstance(item, exp.Literal)
                and item.is_int
                and 0 < int(item.name) <= len(projections)
            ):
                item = projections[int(item.name) - 1].unalias()  # GROUP BY 1
            for column in item.find_all(exp.Column):
                owner = column_table(column, read, columns)
                if owner is not None:
                    found.add((owner, column.name.lower()))
    return found
