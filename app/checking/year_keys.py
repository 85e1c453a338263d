"""A check after the identifier check: a key compared with a year the question names.

Asked "How many donors gave in 2024 and also in 2025?", a small model wrote ``WHERE
donation_id IN (2024, 2025)``: it parses, names real columns and runs, and it counts the
donations whose number happens to be 2024 or 2025. A key (a declared primary or foreign key, or
a column named ``id``/``..._id``) holds a row's number, never a year, so when one is compared
(``=``, ``<>``, ``<``, ``IN``, ``BETWEEN``) with a number of 1900-2100 that the question says as
a word, and no word just before it calls it an id or number ("id 2024", "number 2024",
"#2024"), the answer is refused with an issue naming the date columns of the key's
table (or, when it has none, of the tables the query reads) that the year is read from. Where
no read table has a date column the key is left alone: the question's number may be a key.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate
from app.checking.conditions import COMPARISONS
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables, source_column
from app.checking.types import date_columns

_KEY_NAME = re.compile(r"(?:^|_)id$", re.I)
_YEARS = range(1900, 2101)
_ID_WORD = re.compile(r"(?:\b(?:ids?|numbers?|nos?\.?|codes?|refs?|references?)|#)$", re.I)


def compares_years_with_dates(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    return year_key_issues(candidate.statements[0], candidate.last_question, candidate.schema)


def year_key_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """One issue per key column compared with years the question names.

    >>> import sqlglot
    >>> from app.checking import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE d (donation_id INT PRIMARY KEY, donor_id INT, donated_at TEXT)",
    ...     "sqlite")
    >>> sql = "SELECT COUNT(DISTINCT donor_id) FROM d WHERE donation_id IN (2024, 2025)"
    >>> year_key_issues(sqlglot.parse_one(sql), "Who gave in 2024 and in 2025?", schema)
    ['donation_id IN (2024, 2025) compares the key d.donation_id with the years 2024, 2025 \
that the question names: a key holds a row number, not a year; read the year from d.donated_at']
    >>> year_key_issues(sqlglot.parse_one(sql), "Donations number 2024 or 2025?", schema)
    []
    """
    if not question:
        return []
    columns = schema.lowered_columns()
    issues: list[str] = []
    for scope in query_scopes(statement):
        for node, column, years in _year_comparisons(scope):
            found = source_column(column, scope, columns)
            if found is None or not _is_key(found[2], column.name.lower(), schema):
                continue
            asked = [year for year in years if _says_year(question, year)]
            dated = _date_columns(found[2], scope, schema)
            if not asked or len(asked) < len(years) or not dated:
                continue
            issues.append(
                f"{node.sql()} compares the key {found[2]}.{column.name} with the "
                f"year{'s' if len(asked) > 1 else ''} {', '.join(asked)} that the question "
                f"names: a key holds a row number, not a year; read the year from "
                f"{' or '.join(dated)}"
            )
    return issues


def _year_comparisons(scope: Scope) -> list[tuple[exp.Expr, exp.Column, list[str]]]:
    found: list[tuple[exp.Expr, exp.Column, list[str]]] = []
    for node in scope.find_all(*COMPARISONS, exp.In, exp.Between):
        if isinstance(node, exp.In):
            column, values = node.this, node.expressions
        elif isinstance(node, exp.Between):
            column, values = node.this, [node.args.get("low"), node.args.get("high")]
        elif isinstance(node.this, exp.Column):
            column, values = node.this, [node.expression]
        else:
            column, values = node.expression, [node.this]
        if not isinstance(column, exp.Column) or not values:
            continue
        years = [_year(value) for value in values]
        if all(year is not None for year in years):
            found.append((node, column, [year for year in years if year is not None]))
    return found


def _year(value: exp.Expr | None) -> str | None:
    if not isinstance(value, exp.Literal) or value.is_string:
        return None
    text = value.this
    return text if text.isdigit() and int(text) in _YEARS else None


def _says_year(question: str, year: str) -> bool:
    """The question has the number as a word, and no id-like word just before it."""
    for match in re.finditer(rf"(?<![\w.#]){year}(?![\w]|\.\d)", question):
        if not _ID_WORD.search(question[: match.start()].rstrip()):
            return True
    return False


def _is_key(table: str, column: str, schema: SchemaInfo) -> bool:
    return schema.keys.target(table, column) is not None or bool(_KEY_NAME.search(column))


def _date_columns(table: str, scope: Scope, schema: SchemaInfo) -> list[str]:
    own = date_columns(table, schema)
    if own:
        return own
    return [
        column
        for read in sorted(set(scope_tables(scope).values()))
        for column in date_columns(read, schema)
    ]
