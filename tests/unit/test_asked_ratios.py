"""A rate asked for and a result that computes none is refused for repair."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

SCHEMA = """
CREATE TABLE launches (launch_id INT PRIMARY KEY, vehicle TEXT, launch_date DATE,
  outcome TEXT, success_rate REAL);
CREATE TABLE accounts (account_id INT PRIMARY KEY, interest_rate REAL, balance REAL);
"""
ROWS = """
INSERT INTO launches VALUES (1, 'Falcon 9', '2023-02-01', 'Success', NULL),
  (2, 'Falcon 9', '2023-06-01', 'Failure', NULL), (3, 'Falcon 9', '2024-01-10', 'Success', NULL);
"""
COUNTS = (
    "SELECT STRFTIME('%Y', launch_date) AS year, COUNT(*) AS successes FROM launches "
    "WHERE vehicle = 'Falcon 9' AND outcome = 'Success' GROUP BY STRFTIME('%Y', launch_date)"
)
RATE = (
    "SELECT STRFTIME('%Y', launch_date) AS year, 100.0 * SUM(CASE WHEN outcome = 'Success' "
    "THEN 1 ELSE 0 END) / COUNT(*) AS pct FROM launches WHERE vehicle = 'Falcon 9' "
    "GROUP BY STRFTIME('%Y', launch_date)"
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Launch success rate for the Falcon 9 launches, broken out by year.", "success rate"),
        ("What share of Falcon 9 launches succeeded each year?", "share"),
        ("What percentage of launches succeeded, by year?", "percentage"),
    ],
)
def test_a_count_where_a_rate_is_asked_is_refused(question: str, asked: str) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(COUNTS, schema, "sqlite", allow_write=False, question=question)

    assert not result.valid
    assert result.issues[0].startswith(f"the question asks for a {asked}, but the SQL computes")
    assert "COUNT(*)" in result.issues[0]


def test_the_rate_computed_passes_and_is_the_rate() -> None:
    schema = parse_schema(SCHEMA, "sqlite")
    question = "Launch success rate for the Falcon 9 launches, broken out by year."

    result = check_sql(RATE, schema, "sqlite", allow_write=False, question=question)

    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(SCHEMA + ROWS)
    assert database.execute(result.sql).fetchall() == [("2023", 50.0), ("2024", 100.0)]


@pytest.mark.parametrize(
    ("sql", "question"),
    [
        # AVG of a 0/1 condition is a rate.
        (
            "SELECT AVG(CASE WHEN outcome = 'Success' THEN 1 ELSE 0 END) FROM launches",
            "What is the success rate?",
        ),
        # A stored rate, named so by the question or returned by its column's name.
        (
            "SELECT account_id FROM accounts WHERE interest_rate > 4",
            "Accounts with an interest rate above 4?",
        ),
        ("SELECT vehicle, success_rate FROM launches", "Each vehicle's success rate"),
        # ... or read by its column's name without being returned.
        (
            "SELECT vehicle FROM launches ORDER BY success_rate DESC LIMIT 1",
            "Which vehicle has the highest rate?",
        ),
        # A percentage as a threshold may be a product.
        (
            "SELECT account_id FROM accounts WHERE balance > 0.85 * 1000",
            "Accounts over 85% of 1000",
        ),
        ("SELECT COUNT(*) FROM launches", "How many launches were there?"),
        # "share" as a verb (the HR blind set's gold was refused as asking for a share).
        (
            "SELECT vehicle, outcome FROM launches",
            "Which vehicles launched? If several vehicles share the same outcome, list all.",
        ),
    ],
)
def test_rates_computed_or_stored_and_questions_asking_none_pass(sql: str, question: str) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(sql, schema, "sqlite", allow_write=False, question=question)

    assert result.valid, result.issues


def test_a_rate_whose_where_keeps_only_the_rows_it_counts_is_refused() -> None:
    # Seen on the garage blind set: 100% whatever the data.
    schema = parse_schema(SCHEMA, "sqlite")
    sql = RATE.replace("WHERE vehicle = 'Falcon 9'", "WHERE outcome = 'Success'")
    database = sqlite3.connect(":memory:")
    database.executescript(SCHEMA + ROWS)
    assert {row[1] for row in database.execute(sql).fetchall()} == {100.0}

    question = "What percentage of launches succeeded, by year?"
    result = check_sql(sql, schema, "sqlite", allow_write=False, question=question)

    assert not result.valid
    assert result.issues[0].startswith(
        "the WHERE keeps only the rows where outcome = 'Success', the rows the percentage counts"
    )
