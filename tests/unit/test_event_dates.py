"""A date column of an event the question never names, where its table records the event the
question names ("filed" for ``filed_at``), reads that one instead; the corrected SQL runs on
real SQLite and finds the rows the question asks about."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE claims (
  claim_id INTEGER PRIMARY KEY,
  incident_date DATE NOT NULL,
  filed_at TIMESTAMP NOT NULL,
  amount REAL
);
CREATE TABLE employees (emp_id INTEGER PRIMARY KEY, full_name TEXT, date_of_birth DATE,
  hired_on DATE);
"""
ROWS = """
INSERT INTO claims VALUES (1, '2024-12-28', '2025-01-03 10:00:00', 100),
  (2, '2025-02-10', '2025-02-11 09:00:00', 200), (3, '2025-12-30', '2026-01-02 08:00:00', 300);
INSERT INTO employees VALUES (1, 'Ada', '1990-03-01', '2020-05-01'),
  (2, 'Lin', '2020-07-01', '2015-01-01');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def run(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return database.execute(sql).fetchall()


@pytest.mark.parametrize(
    ("question", "answer", "corrected", "rows"),
    [
        (
            "How many claims were filed in 2025?",
            "SELECT COUNT(*) FROM claims WHERE incident_date >= '2025-01-01' "
            "AND incident_date < '2026-01-01'",
            "SELECT COUNT(*) FROM claims WHERE filed_at >= '2025-01-01' "
            "AND filed_at < '2026-01-01'",
            [(2,)],
        ),
        # A NULL test of the named event's date says only that it happened: no span.
        (
            "How many claims were filed in 2025?",
            "SELECT COUNT(*) FROM claims WHERE incident_date >= '2025-01-01' "
            "AND incident_date < '2026-01-01' AND NOT filed_at IS NULL",
            "SELECT COUNT(*) FROM claims WHERE filed_at >= '2025-01-01' "
            "AND filed_at < '2026-01-01' AND NOT filed_at IS NULL",
            [(2,)],
        ),
        (
            "Which employees were hired before 2018?",
            "SELECT e.full_name FROM employees AS e WHERE e.date_of_birth < '2018-01-01'",
            "SELECT e.full_name FROM employees AS e WHERE e.hired_on < '2018-01-01'",
            [("Lin",)],
        ),
        (
            "Total amount per month of filing",
            "SELECT STRFTIME('%Y-%m', incident_date) AS m, SUM(amount) FROM claims "
            "GROUP BY STRFTIME('%Y-%m', incident_date)",
            "SELECT STRFTIME('%Y-%m', filed_at) AS m, SUM(amount) FROM claims "
            "GROUP BY STRFTIME('%Y-%m', filed_at)",
            [("2025-01", 100.0), ("2025-02", 200.0), ("2026-01", 300.0)],
        ),
    ],
)
def test_the_date_of_the_event_named_is_read(
    question: str, answer: str, corrected: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == corrected
    assert any("the question names the event" in note for note in result.corrections)
    assert sorted(run(result.sql)) == rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The question names the event the query reads.
        (
            "Claims whose incident happened in 2025?",
            "SELECT claim_id FROM claims WHERE incident_date >= '2025-01-01'",
        ),
        # It names both: which one bounds the rows is the model's reading.
        (
            "Claims filed in 2025 for incidents of 2024?",
            "SELECT claim_id FROM claims WHERE incident_date < '2025-01-01'",
        ),
        # A span between the two events reads both on purpose.
        (
            "Claims filed more than 3 days after?",
            "SELECT claim_id FROM claims WHERE JULIANDAY(filed_at) - JULIANDAY(incident_date) > 3",
        ),
        # No event named: nothing to read instead.
        (
            "How many claims were there in 2025?",
            "SELECT COUNT(*) FROM claims WHERE incident_date >= '2025-01-01'",
        ),
        # Whether an event happened: "still open" is rightly the closing date's NULL.
        (
            "How many claims filed in 2025 are still open?",
            "SELECT COUNT(*) FROM claims WHERE incident_date IS NULL",
        ),
        # The named date only returned, not filtered on.
        ("When was each claim filed?", "SELECT claim_id, filed_at FROM claims"),
    ],
)
def test_a_date_the_question_settles_otherwise_is_left_alone(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert not any("the question names the event" in n for n in result.corrections)
