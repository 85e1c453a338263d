"""A question that asks when is answered with a date or a time: an answer returning none is
refused, naming the date and time columns it could return. Each SQL runs on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE buyers (buyer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, joined_on TEXT);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY, buyer_id INTEGER NOT NULL REFERENCES buyers(buyer_id),
  ordered_at TIMESTAMP NOT NULL, total REAL
);
"""
ROWS = """
INSERT INTO buyers VALUES (1, 'Anna', '2023-01-05'), (2, 'Bruno', '2023-04-11');
INSERT INTO orders VALUES (1, 1, '2024-03-01 10:00:00', 20), (2, 1, '2024-05-02 09:30:00', 35),
  (3, 2, '2024-04-20 18:15:00', 12);
"""
SCHEMA = parse_schema(DDL, "sqlite")
LATEST = "When did each buyer place their most recent order?"


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql))


def test_a_when_question_answered_with_a_key_is_refused_naming_the_dates() -> None:
    sql = (
        "SELECT b.full_name, MAX(o.order_id) AS most_recent_order FROM buyers AS b "
        "JOIN orders AS o ON o.buyer_id = b.buyer_id GROUP BY b.buyer_id, b.full_name"
    )
    assert rows(sql) == [("Anna", 2), ("Bruno", 3)]  # the latest order, not when

    result = check_sql(sql, SCHEMA, "sqlite", False, LATEST)

    assert not result.valid
    assert result.issues == [
        "the question asks when, but the answer returns no date or time: return "
        "buyers.joined_on or orders.ordered_at"
    ]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            LATEST,
            "SELECT b.full_name, MAX(o.ordered_at) FROM buyers AS b JOIN orders AS o "
            "ON o.buyer_id = b.buyer_id GROUP BY b.buyer_id, b.full_name",
        ),
        # A date function, or a column of a CTE (its type is not declared), may be the date.
        (
            "On what day was order 2 placed?",
            "SELECT DATE(ordered_at) FROM orders WHERE order_id = 2",
        ),
        (
            LATEST,
            "WITH latest AS (SELECT buyer_id, MAX(ordered_at) AS placed FROM orders "
            "GROUP BY buyer_id) SELECT b.full_name, l.placed FROM buyers AS b "
            "JOIN latest AS l ON l.buyer_id = b.buyer_id",
        ),
        # A when that is a condition, not the question.
        (
            "How many orders were placed when the buyer had just joined?",
            "SELECT COUNT(*) FROM orders",
        ),
    ],
)
def test_answers_with_a_date_and_other_questions_pass(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    rows(result.sql)  # and it runs
