"""A check that reads the question: the largest one row asked for, and a result that adds rows up.

"Who made the largest single payment?" answered with ``SELECT m.full_name, SUM(p.amount) ...
GROUP BY m.member_id ORDER BY SUM(p.amount) DESC LIMIT 1`` names the member who paid the most
in total, not the one payment that was largest; "Which vehicle made the heaviest delivery?"
answered with each vehicle's summed delivery weight does the same. When the question puts a
superlative before a singular noun that names one of the schema's tables ("the largest
payment", "the heaviest delivery") and the read adds up (``SUM``) a column of that table, the
answer is refused with an issue saying that the question asks about one row of it. The plural
("the highest sales") and a total named after the noun ("the highest payment total") are
about sums, and pass.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.row_identity import singular_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables

_SUPERLATIVE = re.compile(
    r"\b(largest|biggest|highest|heaviest|longest|lightest|shortest|smallest|lowest|cheapest|"
    r"costliest|priciest|most expensive|least expensive)\s+(?:single\s+|one\s+)?([a-z]+)"
    r"(?!\s+(?:totals?|sums?|volumes?|counts?|revenues?|spend\w*|overall|combined))\b",
    re.IGNORECASE,
)


def summed_single_row_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """The issue of a read that sums a table's column where the question asks for the most
    of one of its rows (none without a question).

    >>> import sqlglot
    >>> from app.checking import parse_schema
    >>> schema = parse_schema("CREATE TABLE payments (member_id INT, amount REAL);", "sqlite")
    >>> sql = "SELECT member_id FROM payments GROUP BY member_id ORDER BY SUM(amount) DESC LIMIT 1"
    >>> q = "Who made the largest single payment?"
    >>> summed_single_row_issues(sqlglot.parse_one(sql), q, schema)[0].split(":")[0]
    'the question asks for the largest payment, one row of payments, but SUM(amount) adds rows up'
    >>> summed_single_row_issues(sqlglot.parse_one(sql), "Who has the highest payments?", schema)
    []
    """
    if not question or not isinstance(statement, exp.Select):
        return []
    question = question.splitlines()[-1]
    tables = {singular_of(t.split(".")[-1]): t.lower() for t in schema.tables}
    asked = [
        (match.group(1), match.group(2).lower(), tables[match.group(2).lower()])
        for match in _SUPERLATIVE.finditer(question)
        if match.group(2).lower() in tables  # singular: "payment", not "payments" or "sales"
    ]
    if not asked:
        return []
    columns = schema.lowered_columns()
    for scope in query_scopes(statement):
        read = scope_tables(scope)
        for total in scope.find_all(exp.Sum):
            for column in total.find_all(exp.Column):
                table = column_table(column, read, columns)
                for superlative, noun, named in asked:
                    if table is not None and table == named.split(".")[-1]:
                        return [
                            f"the question asks for the {superlative.lower()} {noun}, one row "
                            f"of {table}, but {total.sql()} adds rows up: compare single rows "
                            f"of {table} by {column.sql()} itself (ORDER BY {column.sql()} "
                            "with LIMIT, or a MAX subquery), without SUM"
                        ]
    return []
