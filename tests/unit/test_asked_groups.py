"""A grouped read that groups by another column than the one the question asks for each of is
refused with the column to group by; reads grouped as asked pass and run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, borrower_country TEXT NOT NULL,
  borrower_institution TEXT NOT NULL, loan_fee_usd INTEGER NOT NULL);
INSERT INTO loans VALUES (1, 'France', 'Louvre', 500), (2, 'France', 'Orsay', 500),
  (3, 'Japan', 'Tokyo National', 900);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "For each country we have lent objects to, how many loans were made?"


def test_grouping_by_another_column_than_the_one_asked_is_refused() -> None:
    sql = "SELECT loan_fee_usd, COUNT(*) FROM loans GROUP BY loan_fee_usd"

    result = check_sql(sql, SCHEMA, "sqlite", False, question=QUESTION)

    assert not result.valid
    assert result.issues == [
        "the question asks for each country, but the query groups by loan_fee_usd: group by "
        "loans.borrower_country (and return it) instead"
    ]


def test_a_table_read_twice_still_has_one_column_to_name() -> None:
    sql = (
        "SELECT a.loan_fee_usd, COUNT(*) FROM loans AS a JOIN loans AS b ON a.loan_id = b.loan_id "
        "GROUP BY a.loan_fee_usd"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question=QUESTION)

    assert not result.valid
    assert result.issues[-1].endswith("group by a.borrower_country (and return it) instead")


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (QUESTION, "SELECT borrower_country, COUNT(*) FROM loans GROUP BY borrower_country"),
        # A rate, not a group: "per loan".
        ("What is the average fee per loan?", "SELECT AVG(loan_fee_usd) FROM loans"),
        # A period is a formatted date, for the date rules.
        (
            "How many loans were made in each month?",
            "SELECT loan_fee_usd, COUNT(*) FROM loans GROUP BY loan_fee_usd",
        ),
    ],
)
def test_reads_grouped_as_asked_pass(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question=question)

    assert result.valid, result.issues
    assert sqlite_rows(DDL, result.sql)


def test_a_key_set_equal_to_the_asked_column_groups_by_it() -> None:
    ddl = """
    CREATE TABLE couriers (courier_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
      supervisor_id INTEGER REFERENCES couriers (courier_id));
    INSERT INTO couriers VALUES (1, 'Ana', NULL), (2, 'Ben', 1), (3, 'Cy', 1), (4, 'Di', 2);
    """
    sql = (
        "SELECT s.full_name, COUNT(*) FROM couriers AS c JOIN couriers AS s "
        "ON c.supervisor_id = s.courier_id GROUP BY s.courier_id, s.full_name"
    )
    question = "For each supervisor, how many couriers report to them? Give the name and count."

    result = check_sql(sql, parse_schema(ddl, "sqlite"), "sqlite", False, question=question)

    assert result.valid, result.issues
    assert sorted(sqlite_rows(ddl, result.sql)) == [("Ana", 2), ("Ben", 1)]
