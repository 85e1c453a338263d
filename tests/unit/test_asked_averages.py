"""An average asked for and a result that computes none is refused for repair."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema

SCHEMA = """
CREATE TABLE members (member_id INT PRIMARY KEY, full_name TEXT, plan TEXT);
CREATE TABLE payments (payment_id INT PRIMARY KEY, member_id INT REFERENCES members (member_id),
  amount REAL);
CREATE TABLE hotels (hotel_id INT PRIMARY KEY, name TEXT, avg_rating REAL);
"""


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "What is the average payment amount for each plan?",
            "SELECT m.plan, p.amount FROM payments AS p JOIN members AS m "
            "ON p.member_id = m.member_id GROUP BY m.plan, p.amount",
        ),
        (
            "Which plan's members pay the biggest average amount?",
            "SELECT m.plan, COUNT(*) AS avg_amount FROM payments AS p JOIN members AS m "
            "ON p.member_id = m.member_id GROUP BY m.plan ORDER BY avg_amount DESC LIMIT 1",
        ),
        ("What is the mean amount paid?", "SELECT SUM(amount) FROM payments"),
    ],
)
def test_no_average_where_one_is_asked_is_refused(question: str, sql: str) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(sql, schema, "sqlite", allow_write=False, question=question)

    assert not result.valid
    assert result.issues[0].startswith(
        "the question asks for an average, but the SQL computes none: use AVG("
    )


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "What is the average payment amount for each plan?",
            "SELECT m.plan, AVG(p.amount) FROM payments AS p JOIN members AS m "
            "ON p.member_id = m.member_id GROUP BY m.plan",
        ),
        (
            "What is the mean payment per member?",
            "SELECT m.full_name, SUM(p.amount) / COUNT(*) FROM payments AS p JOIN members AS m "
            "ON p.member_id = m.member_id GROUP BY m.full_name",
        ),
        (
            "Which payments are above the average?",
            "SELECT payment_id, amount FROM payments "
            "WHERE amount > (SELECT AVG(amount) FROM payments)",
        ),
        # A stored average is read, not computed.
        (
            "Which hotels have an average rating above 4?",
            "SELECT name FROM hotels WHERE avg_rating > 4",
        ),
        # No average asked.
        ("How much did each plan's members pay?", "SELECT plan FROM members"),
    ],
)
def test_an_average_computed_or_stored_passes(question: str, sql: str) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(sql, schema, "sqlite", allow_write=False, question=question)

    assert not any("average" in issue for issue in result.issues), result.issues
