"""A HAVING test of a row's value, neither grouped nor aggregated, moves to WHERE
(app.checking.having_rows); run on a real MariaDB, which refuses it in HAVING, and on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.mysql_scoring import MySQLScorer
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE customers (customer_id INT PRIMARY KEY, first_name VARCHAR(40) NOT NULL);
CREATE TABLE accounts (account_id INT PRIMARY KEY, customer_id INT NOT NULL,
  opened_on DATE NOT NULL, closed_on DATE, balance DECIMAL(12, 2) NOT NULL);
INSERT INTO customers VALUES (1, 'Alice'), (2, 'Ben');
INSERT INTO accounts VALUES (1, 1, '2020-01-01', NULL, 10.00), (2, 1, '2021-01-01', NULL, 5.00),
  (3, 2, '2020-01-01', '2023-01-01', 7.00), (4, 2, '2022-01-01', NULL, 1.00);
"""
QUESTION = "Which customers have more than one open account? Return the first name and count."
# Seen on the bank blind set: the row test is in HAVING beside the count.
ANSWER = (
    "SELECT c.first_name, COUNT(a.account_id) FROM customers AS c JOIN accounts AS a "
    "ON c.customer_id = a.customer_id GROUP BY c.customer_id "
    "HAVING a.closed_on IS NULL AND COUNT(a.account_id) > 1"
)


def test_a_row_test_in_having_filters_rows_in_where(
    mysql_scorer: MySQLScorer, tmp_path: Path
) -> None:
    dump = tmp_path / "bank.sql"
    dump.write_text(DDL)
    assert mysql_scorer.result(dump, ANSWER) is None  # "Unknown column ... in 'having clause'"

    result = check_sql(ANSWER, parse_schema(DDL, "mysql"), "mysql", False, QUESTION)

    assert result.valid, result.issues
    assert "WHERE a.closed_on IS NULL" in result.sql
    assert "HAVING COUNT(a.account_id) > 1" in result.sql
    assert any("filters rows before grouping" in note for note in result.corrections)
    fixed = mysql_scorer.result(dump, result.sql)
    assert fixed is not None and [tuple(row) for row in fixed.rows] == [("Alice", 2)]
    assert sqlite_rows(DDL, result.sql) == [("Alice", 2)]


@pytest.mark.parametrize(
    "answer",
    [
        # A grouped column, an output name and an aggregate: all HAVING's own.
        "SELECT c.first_name, COUNT(*) AS n FROM customers AS c JOIN accounts AS a "
        "ON c.customer_id = a.customer_id GROUP BY c.first_name "
        "HAVING c.first_name <> 'Ben' AND n > 1",
        "SELECT customer_id, TOTAL(balance) FROM accounts GROUP BY customer_id "
        "HAVING TOTAL(balance) > 10",
    ],
)
def test_grouped_and_aggregated_tests_stay_in_having(answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, QUESTION)

    assert not any("filters rows before grouping" in note for note in result.corrections)
    assert "HAVING" in result.sql


def test_a_bare_column_two_joined_tables_have_stays_for_the_identifier_check() -> None:
    # Seen replaying the dental set: moved to WHERE, HAVING NOT mentor_id IS NULL over a
    # self-join became an ambiguous column the answer had not had before.
    ddl = "CREATE TABLE dentists (dentist_id INT PRIMARY KEY, mentor_id INT, name TEXT);"
    answer = (
        "SELECT d1.name, COUNT(d2.dentist_id) FROM dentists AS d1 JOIN dentists AS d2 "
        "ON d1.mentor_id = d2.dentist_id GROUP BY d1.name HAVING NOT mentor_id IS NULL"
    )
    result = check_sql(answer, parse_schema(ddl, "sqlite"), "sqlite", False, QUESTION)

    assert not any("filters rows before grouping" in note for note in result.corrections)


def test_a_key_compared_with_a_number_in_having_is_the_count_it_stands_for(
    mysql_scorer: MySQLScorer, tmp_path: Path
) -> None:
    # Seen on the coworking blind set: "companies with more than one member".
    answer = (
        "SELECT c.first_name, COUNT(*) FROM customers AS c JOIN accounts AS a "
        "ON c.customer_id = a.customer_id GROUP BY c.first_name HAVING a.account_id > 1"
    )
    dump = tmp_path / "bank.sql"
    dump.write_text(DDL)
    assert mysql_scorer.result(dump, answer) is None

    question = "Which customers have more than one account? Return the first name and count."
    result = check_sql(answer, parse_schema(DDL, "mysql"), "mysql", False, question)

    assert result.valid, result.issues
    assert "HAVING COUNT(DISTINCT a.account_id) > 1" in result.sql
    assert "WHERE" not in result.sql
    fixed = mysql_scorer.result(dump, result.sql)
    assert fixed is not None and sorted(tuple(row) for row in fixed.rows) == [
        ("Alice", 2),
        ("Ben", 2),
    ]


def test_a_number_column_that_is_no_key_still_filters_rows() -> None:
    answer = "SELECT customer_id, COUNT(*) FROM accounts GROUP BY customer_id HAVING balance > 6"
    question = "How many accounts with a balance above 6 does each customer id have?"
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, question)
    assert "WHERE balance > 6" in result.sql and "COUNT(DISTINCT" not in result.sql
