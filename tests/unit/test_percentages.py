"""A percentage is scaled by 100 once (app.checking.percentages): run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, city TEXT NOT NULL, refunded INTEGER NOT NULL,
  total_cents INTEGER NOT NULL);
INSERT INTO orders VALUES (1, 'Lyon', 1, 1000), (2, 'Lyon', 0, 3000), (3, 'Lyon', 0, 2000),
  (4, 'Lyon', 0, 2000), (5, 'Nice', 1, 500), (6, 'Nice', 0, 1500);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "For each city, what percentage of orders were refunded?"
EXPECTED = [("Lyon", 25.0), ("Nice", 50.0)]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT city, SUM(refunded) * 100.0 / COUNT(*) * 100 FROM orders GROUP BY city",
        "SELECT city, 100 * (100.0 * SUM(refunded) / COUNT(*)) FROM orders GROUP BY city",
        "SELECT city, ROUND(SUM(refunded) * 100.0 / COUNT(*), 2) * 100 FROM orders GROUP BY city",
        "SELECT city, AVG(CASE WHEN refunded = 1 THEN 1.0 ELSE 0 END) * 100 * 100 "
        "FROM orders GROUP BY city",
    ],
)
def test_a_percentage_scaled_twice_is_scaled_once(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert any("times 100 once" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == EXPECTED


@pytest.mark.parametrize(
    ("sql", "question"),
    [
        # Scaled once: nothing to do.
        ("SELECT city, SUM(refunded) * 100.0 / COUNT(*) FROM orders GROUP BY city", QUESTION),
        # Cents to euros beside a percentage: the two 100s cancel, as the question means.
        (
            "SELECT city, SUM(total_cents) / 100 * 100.0 / (SELECT SUM(total_cents) / 100 "
            "FROM orders) FROM orders GROUP BY city",
            "What percentage of all revenue does each city bring?",
        ),
        # Basis points are the ratio times 10,000.
        (
            "SELECT city, SUM(refunded) * 100.0 / COUNT(*) * 100 FROM orders GROUP BY city",
            "For each city, what is the refund rate in basis points?",
        ),
        # No percentage asked.
        (
            "SELECT city, SUM(total_cents) * 100 * 100 FROM orders GROUP BY city",
            "For each city, what is the total of orders?",
        ),
    ],
)
def test_other_products_stay(sql: str, question: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not [note for note in result.corrections if "times 100 once" in note]
