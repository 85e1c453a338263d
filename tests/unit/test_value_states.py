"""Rows the question names by a value the DDL declares ("attended lessons") keep only the rows
holding it where the query never tests that column (app.checking.value_states); the corrected
SQL runs on real SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.mysql_scoring import MySQLScorer
from tests.support.sqlite_rows import sqlite_rows

# Seen on the music school and dental blind sets.
DDL = """
CREATE TABLE lessons (lesson_id INTEGER PRIMARY KEY, teacher TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('attended', 'absent', 'cancelled', 'open')));
INSERT INTO lessons VALUES (1, 'Nowak', 'attended'), (2, 'Nowak', 'attended'),
  (3, 'Evans', 'attended'), (4, 'Evans', 'absent'), (5, 'Evans', 'cancelled'),
  (6, 'Evans', 'cancelled');
"""
SCHEMA = parse_schema(DDL, "sqlite")
ANSWER = "SELECT teacher, COUNT(*) FROM lessons GROUP BY teacher"


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("How many attended lessons did each teacher give?", [("Evans", 1), ("Nowak", 2)]),
        ("How many non-cancelled lessons does each teacher have?", [("Evans", 2), ("Nowak", 2)]),
        (
            "How many lessons does each teacher have, excluding cancelled lessons?",
            [("Evans", 2), ("Nowak", 2)],
        ),
    ],
)
def test_rows_named_by_a_declared_value_keep_that_value(
    question: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(ANSWER, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert any(note.startswith("added lessons.status") for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The column is tested already: the model's reading stands.
        (
            "How many attended lessons did each teacher give?",
            "SELECT teacher, COUNT(*) FROM lessons WHERE status <> 'cancelled' GROUP BY teacher",
        ),
        # Both named.
        ("How many lessons, including cancelled lessons, did each teacher give?", ANSWER),
        # A verb, not the value: "opened lessons" are not 'open' ones.
        ("Which teachers have opened lessons?", ANSWER),
        # No declared value before the noun.
        ("How many lessons did each teacher give?", ANSWER),
    ],
)
def test_left_alone(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert not any(note.startswith("added lessons.status") for note in result.corrections)


# Seen on the bank blind set (bench/unseen/bank_mysqldump.sql): the rows' kinds are declared
# values too, so "posted fees" are transactions of kind 'fee' whose status is 'posted'.
BANK = """
CREATE TABLE transactions (transaction_id INT PRIMARY KEY, account_id INT NOT NULL,
  kind ENUM('deposit', 'withdrawal', 'fee', 'card_payment') NOT NULL,
  status ENUM('posted', 'pending', 'reversed') NOT NULL, amount DECIMAL(10, 2) NOT NULL);
INSERT INTO transactions VALUES (1, 1, 'fee', 'posted', -5.00), (2, 1, 'fee', 'reversed', -5.00),
  (3, 2, 'withdrawal', 'posted', -300.00), (4, 2, 'withdrawal', 'reversed', -800.00),
  (5, 2, 'card_payment', 'pending', -12.50);
"""


@pytest.mark.parametrize(
    ("question", "answer", "rows"),
    [
        (
            "What was the total of posted fees, as a positive number?",
            "SELECT -SUM(amount) FROM transactions WHERE kind = 'fee'",
            [(5.0,)],
        ),
        (
            "What is the largest posted withdrawal of each account, as a positive amount?",
            "SELECT account_id, MAX(-amount) FROM transactions WHERE kind = 'withdrawal' "
            "GROUP BY account_id",
            [(2, 300.0)],
        ),
    ],
)
def test_rows_named_by_a_declared_value_of_their_kind_keep_the_state_said(
    question: str,
    answer: str,
    rows: list[tuple[object, ...]],
    mysql_scorer: MySQLScorer,
    tmp_path: Path,
) -> None:
    dump = tmp_path / "bank.sql"
    dump.write_text(BANK)

    result = check_sql(answer, parse_schema(BANK, "mysql"), "mysql", False, question)

    assert result.valid, result.issues
    assert "transactions.status = 'posted'" in result.sql
    fixed = mysql_scorer.result(dump, result.sql)
    assert fixed is not None
    assert [tuple(float(v) for v in row) for row in fixed.rows] == rows
    assert mysql_scorer.result(dump, answer).rows != fixed.rows  # type: ignore[union-attr]
