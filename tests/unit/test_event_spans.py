"""A difference of two dates taken against the order the question gives ("days after X": X is
subtracted) is turned round; the corrected SQL runs on real SQLite and gives the positive spans
the question asks for."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, issued_on DATE, paid_on DATE);
CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, scanned_at DATETIME, starts_at DATETIME);
"""
ROWS = """
INSERT INTO invoices VALUES (1, '2025-01-01', '2025-01-11'), (2, '2025-02-01', '2025-02-04');
INSERT INTO tickets VALUES (1, '2025-03-01 19:30:00', '2025-03-01 20:00:00');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def run(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return sorted(database.execute(sql).fetchall())


@pytest.mark.parametrize(
    ("question", "answer", "corrected", "rows"),
    [
        (
            "How many days after being issued was each invoice paid?",
            "SELECT invoice_id, JULIANDAY(issued_on) - JULIANDAY(paid_on) FROM invoices",
            "SELECT invoice_id, JULIANDAY(paid_on) - JULIANDAY(issued_on) FROM invoices",
            [(1, 10.0), (2, 3.0)],
        ),
        (
            "For each ticket, how many minutes before the start was it scanned?",
            "SELECT ticket_id, (JULIANDAY(scanned_at) - JULIANDAY(starts_at)) * 1440 FROM tickets",
            "SELECT ticket_id, (JULIANDAY(starts_at) - JULIANDAY(scanned_at)) * 1440 FROM tickets",
            [(1, pytest.approx(30.0))],
        ),
    ],
)
def test_a_span_taken_the_wrong_way_round_is_turned(
    question: str, answer: str, corrected: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == corrected
    assert any("the question makes the event it names" in n for n in result.corrections)
    assert run(result.sql) == rows


@pytest.mark.parametrize(
    ("answer", "corrected"),
    [
        ("SELECT DATEDIFF(issued_on, paid_on) FROM invoices", "DATEDIFF(paid_on, issued_on)"),
        (
            "SELECT TIMESTAMPDIFF(DAY, paid_on, issued_on) FROM invoices",
            "TIMESTAMPDIFF(DAY, issued_on, paid_on)",
        ),
    ],
)
def test_mysql_day_differences_are_turned_by_their_own_argument_order(
    answer: str, corrected: str
) -> None:
    schema = parse_schema(DDL, "mysql")

    result = check_sql(answer, schema, "mysql", False, "How many days after issued was it paid?")

    assert corrected in result.sql


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Already the way the question orders the events.
        (
            "How many days after being issued was each invoice paid?",
            "SELECT invoice_id, JULIANDAY(paid_on) - JULIANDAY(issued_on) FROM invoices",
        ),
        # No order asked: "between" leaves it to the model.
        (
            "How many days between issue and payment?",
            "SELECT JULIANDAY(issued_on) - JULIANDAY(paid_on) FROM invoices",
        ),
        # Two spans asked: which difference is which is not settled here.
        (
            "Invoices paid 3 days after issue, or 5 days before the start?",
            "SELECT JULIANDAY(issued_on) - JULIANDAY(paid_on) FROM invoices",
        ),
    ],
)
def test_a_span_the_question_does_not_order_otherwise_is_left(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.sql == answer
