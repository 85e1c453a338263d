"""A difference of two dates taken against the order the question gives ("days after X": X is
subtracted) is turned round; the corrected SQL runs on real SQLite and gives the positive spans
the question asks for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer
from tests.support.sqlite_rows import sqlite_rows

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


OVERDUE = "As of 2025-02-08, which invoices are unpaid past their issue date, and by how many days?"


@pytest.mark.parametrize(
    ("answer", "corrected"),
    [
        (
            # Seen on the SaaS billing blind set: the WHERE makes every returned span negative.
            "SELECT invoice_id, JULIANDAY(issued_on) - JULIANDAY('2025-02-08') FROM invoices "
            "WHERE issued_on < '2025-02-08'",
            "SELECT invoice_id, JULIANDAY('2025-02-08') - JULIANDAY(issued_on) FROM invoices "
            "WHERE issued_on < '2025-02-08'",
        ),
        (
            "SELECT invoice_id, JULIANDAY(issued_on) - JULIANDAY('2025-02-08') FROM invoices "
            "WHERE '2025-02-08' >= issued_on AND invoice_id > 1",
            "SELECT invoice_id, JULIANDAY('2025-02-08') - JULIANDAY(issued_on) FROM invoices "
            "WHERE '2025-02-08' >= issued_on AND invoice_id > 1",
        ),
    ],
)
def test_a_span_its_where_makes_negative_on_every_row_is_turned(
    answer: str, corrected: str
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, OVERDUE)

    assert result.valid, result.issues
    assert result.sql == corrected
    assert all(days > 0 for _, days in run(result.sql))
    assert all(days < 0 for _, days in run(answer))
    assert any("the WHERE makes" in note for note in result.corrections)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The WHERE bounds other columns than the span's.
        (
            OVERDUE,
            "SELECT JULIANDAY(issued_on) - JULIANDAY(paid_on) FROM invoices "
            "WHERE issued_on < '2025-02-08'",
        ),
        # Already positive.
        (
            OVERDUE,
            "SELECT JULIANDAY(paid_on) - JULIANDAY(issued_on) FROM invoices "
            "WHERE issued_on < paid_on",
        ),
        # Asked negative.
        (
            "Show the delay as a negative number of days.",
            "SELECT JULIANDAY(issued_on) - JULIANDAY(paid_on) FROM invoices "
            "WHERE issued_on < paid_on",
        ),
        # Not points in time.
        (OVERDUE, "SELECT invoice_id - 10 FROM invoices WHERE invoice_id < 10"),
    ],
)
def test_a_span_its_where_does_not_make_negative_is_left(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert not any("the WHERE makes" in note for note in result.corrections)
    assert answer.split(" FROM ")[0].removeprefix("SELECT ") in result.sql


def test_postgresql_days_overdue_come_out_positive(
    postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    dump = tmp_path / "invoices.sql"
    dump.write_text(DDL.replace("DATETIME", "TIMESTAMP") + ROWS)
    answer = (
        "SELECT invoice_id, issued_on - '2025-02-08' AS days_overdue FROM invoices "
        "WHERE issued_on < '2025-02-08'"
    )

    result = check_sql(answer, parse_schema(DDL, "postgres"), "postgres", False, OVERDUE)

    assert result.valid, result.issues
    assert "'2025-02-08' - issued_on AS days_overdue" in result.sql
    fixed = postgres_scorer.result(dump, result.sql)
    assert fixed is not None and sorted(fixed.rows) == [(1, 38), (2, 7)]


LEAVE = """
CREATE TABLE leave_requests (request_id INTEGER PRIMARY KEY, employee TEXT NOT NULL,
  start_date TEXT NOT NULL, end_date TEXT NOT NULL, status TEXT NOT NULL);
INSERT INTO leave_requests VALUES (1, 'Ana', '2024-03-04', '2024-03-08', 'approved'),
  (2, 'Ana', '2024-05-02', '2024-05-02', 'approved'), (3, 'Bo', '2024-06-10', '2024-06-11',
  'approved');
"""
BOTH_ENDS = (
    "How many days of approved leave has each employee taken? Count calendar days with both the "
    "first and last day included (a Monday-to-Friday leave is 5 days)."
)


@pytest.mark.parametrize(
    "answer",
    [
        # Seen on the HR blind set's questions: the difference counts one day less.
        "SELECT employee, SUM(JULIANDAY(end_date) - JULIANDAY(start_date)) FROM leave_requests "
        "GROUP BY employee",
        "SELECT employee, SUM(end_date - start_date) FROM leave_requests GROUP BY employee",
    ],
)
def test_a_day_count_asked_with_both_ends_included_counts_both(answer: str) -> None:
    result = check_sql(answer, parse_schema(LEAVE, "sqlite"), "sqlite", False, BOTH_ENDS)

    assert result.valid, result.issues
    assert "+ 1)" in result.sql
    assert any("counts both the first and the last day" in n for n in result.corrections)
    assert sorted(sqlite_rows(LEAVE, result.sql)) == [("Ana", 6.0), ("Bo", 2.0)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Counted both ends already.
        (
            BOTH_ENDS,
            "SELECT employee, SUM(JULIANDAY(end_date) - JULIANDAY(start_date) + 1) "
            "FROM leave_requests GROUP BY employee",
        ),
        # Not asked.
        (
            "How many days apart are the start and end of each request?",
            "SELECT JULIANDAY(end_date) - JULIANDAY(start_date) FROM leave_requests",
        ),
    ],
)
def test_a_day_count_not_asked_with_both_ends_or_counted_so_is_left(
    question: str, answer: str
) -> None:
    result = check_sql(answer, parse_schema(LEAVE, "sqlite"), "sqlite", False, question)

    assert not any("counts both the first and the last day" in n for n in result.corrections)
