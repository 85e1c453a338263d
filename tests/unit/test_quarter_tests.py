"""A quarter asked about, matched on a date column by a test that cannot find it (a 'Q4' label,
SQLite's missing STRFTIME('%q')) or finds another quarter, is ranged over the quarter asked;
the SQLite answer runs on real SQLite and counts the quarter's rows."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = "CREATE TABLE members (member_id INTEGER PRIMARY KEY, joined_on DATE, plan TEXT);"
ROWS = """INSERT INTO members VALUES (1, '2024-10-12', 'Q4 promo'), (2, '2024-11-30', 'basic'),
  (3, '2024-07-01', 'basic'), (4, '2025-10-02', 'basic');"""
QUESTION = "How many members joined in the last quarter of 2024?"
RANGED = "joined_on >= '2024-10-01' AND joined_on < '2025-01-01'"


@pytest.mark.parametrize(
    "condition",
    [
        "joined_on LIKE '2024-%' AND STRFTIME('%q', joined_on) = '3'",
        "STRFTIME('%Y', joined_on) = '2024' AND STRFTIME('%q', joined_on) = '4'",
        "joined_on LIKE '%Q4 2024%'",
    ],
)
def test_sqlite_quarter_tests_that_find_nothing_become_the_range(condition: str) -> None:
    schema = parse_schema(DDL, "sqlite")

    result = check_sql(
        f"SELECT COUNT(*) FROM members WHERE {condition}", schema, "sqlite", False, QUESTION
    )

    assert result.sql == f"SELECT COUNT(*) FROM members WHERE {RANGED}"
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    assert database.execute(result.sql).fetchone() == (2,)


@pytest.mark.parametrize(
    ("dialect", "condition", "ranged"),
    [
        (
            "postgres",
            "EXTRACT(YEAR FROM joined_on) = 2024 AND EXTRACT(QUARTER FROM joined_on) = 3",
            True,
        ),
        ("mysql", "YEAR(joined_on) = 2024 AND QUARTER(joined_on) = 3", True),
        # The quarter asked, found the dialect's own way: left as written.
        (
            "postgres",
            "EXTRACT(YEAR FROM joined_on) = 2024 AND EXTRACT(QUARTER FROM joined_on) = 4",
            False,
        ),
        ("mysql", "YEAR(joined_on) = 2024 AND QUARTER(joined_on) = 4", False),
    ],
)
def test_another_quarters_number_becomes_the_range_asked(
    dialect: str, condition: str, ranged: bool
) -> None:
    schema = parse_schema(DDL, dialect)

    result = check_sql(
        f"SELECT COUNT(*) FROM members WHERE {condition}", schema, dialect, False, QUESTION
    )

    assert (RANGED in result.sql) == ranged, result.sql


def test_a_text_column_of_quarter_labels_is_left_alone() -> None:
    schema = parse_schema(DDL, "sqlite")
    sql = "SELECT COUNT(*) FROM members WHERE plan LIKE '%Q4%'"

    assert check_sql(sql, schema, "sqlite", False, QUESTION).sql == sql
