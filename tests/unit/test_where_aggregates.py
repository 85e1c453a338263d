"""An aggregate in WHERE (an error on every database) is taken over its whole table or CTE;
where that reading is not certain, the answer is left to the database's error. The rewritten
SQL runs on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT);
CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, customer_id INTEGER
  REFERENCES customers (customer_id), balance REAL);
"""
ROWS = """
INSERT INTO customers VALUES (1, 'Ada'), (2, 'Ben'), (3, 'Cy');
INSERT INTO accounts VALUES (1, 1, 100), (2, 1, 300), (3, 2, 50), (4, 3, 90);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def test_an_average_in_where_becomes_the_average_over_its_cte() -> None:
    # Seen on the bundled test split (banking-07), where it failed: "misuse of aggregate".
    sql = (
        "WITH totals AS (SELECT customer_id, SUM(balance) AS total FROM accounts "
        "GROUP BY customer_id) SELECT c.full_name, t.total FROM customers AS c JOIN totals AS t "
        "ON c.customer_id = t.customer_id WHERE t.total > AVG(total)"
    )
    with pytest.raises(sqlite3.OperationalError, match="misuse of aggregate"):
        sqlite_rows(DDL + ROWS, sql)

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which customers hold more than average?")

    assert result.valid, result.issues
    assert result.corrections == [
        "AVG(total) in WHERE -> (SELECT AVG(total) FROM totals): WHERE judges one row at a "
        "time, so the average is taken over all rows of totals"
    ]
    assert sqlite_rows(DDL + ROWS, result.sql) == [("Ada", 400.0)]  # the average is 180


def test_a_maximum_in_where_of_one_table_becomes_its_maximum() -> None:
    result = check_sql(
        "SELECT account_id FROM accounts WHERE balance = MAX(balance)",
        SCHEMA,
        "sqlite",
        False,
        "Which account holds the most?",
    )

    assert result.sql == (
        "SELECT account_id FROM accounts WHERE balance = (SELECT MAX(balance) FROM accounts)"
    )
    assert sqlite_rows(DDL + ROWS, result.sql) == [(2,)]


@pytest.mark.parametrize(
    "sql",
    [
        # A sum of joined rows beside their parent row means one per parent: HAVING.
        "SELECT c.full_name FROM customers AS c JOIN accounts AS a "
        "ON a.customer_id = c.customer_id WHERE 200 < SUM(a.balance)",
        # Grouped: the condition may belong in HAVING.
        "SELECT customer_id FROM accounts WHERE balance > AVG(balance) GROUP BY customer_id",
        # A window is no aggregate of WHERE's own.
        "SELECT account_id FROM accounts WHERE balance > SUM(balance) OVER ()",
    ],
)
def test_aggregates_whose_meaning_is_not_certain_are_left_as_written(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "Which customers hold the most?")

    assert not any("in WHERE ->" in note for note in result.corrections)
    assert "(SELECT SUM" not in result.sql and "(SELECT AVG" not in result.sql
