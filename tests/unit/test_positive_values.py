"""An amount asked "as a positive number" and returned signed is returned as its ABS
(app.checking.positive_values); run on a real MariaDB and on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.mysql_scoring import MySQLScorer
from tests.support.sqlite_rows import sqlite_rows

# The bank blind set's ledger: money out is negative.
DDL = """
CREATE TABLE transactions (transaction_id INT PRIMARY KEY, kind VARCHAR(20) NOT NULL,
  amount DECIMAL(12, 2) NOT NULL, merchant_category VARCHAR(20));
INSERT INTO transactions VALUES (1, 'fee', -2.50, NULL), (2, 'fee', -40.00, NULL),
  (3, 'card_payment', -12.25, 'food'), (4, 'card_payment', -7.75, 'food'),
  (5, 'deposit', 700.00, NULL);
"""


@pytest.mark.parametrize(
    ("question", "answer", "rows"),
    [
        (
            "What was the total amount of fees? Return it in dollars as a positive number.",
            "SELECT SUM(amount) AS total_fees FROM transactions WHERE kind = 'fee'",
            [(42.5,)],
        ),
        (
            "For each merchant category, the total spent on card payments, as a positive amount?",
            "SELECT merchant_category, SUM(amount) FROM transactions "
            "WHERE kind = 'card_payment' GROUP BY merchant_category",
            [("food", 20.0)],
        ),
    ],
)
def test_a_signed_amount_asked_positive_is_returned_as_its_abs(
    question: str,
    answer: str,
    rows: list[tuple[object, ...]],
    mysql_scorer: MySQLScorer,
    tmp_path: Path,
) -> None:
    dump = tmp_path / "bank.sql"
    dump.write_text(DDL)

    result = check_sql(answer, parse_schema(DDL, "mysql"), "mysql", False, question)

    assert result.valid, result.issues
    assert "ABS(SUM(amount))" in result.sql
    fixed = mysql_scorer.result(dump, result.sql)
    assert fixed is not None
    assert [tuple(v if isinstance(v, str) else float(v) for v in row) for row in fixed.rows] == rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Made positive already.
        ("Total fees as a positive number?", "SELECT -SUM(amount) FROM transactions"),
        # The largest withdrawal over negative amounts is their MIN: ABS would not find it.
        ("The largest payment as a positive amount?", "SELECT MAX(amount) FROM transactions"),
        # Two amounts: which one the question means is not settled here.
        (
            "Fees and deposits as positive numbers?",
            "SELECT SUM(amount), AVG(amount) FROM transactions",
        ),
        # Not asked.
        ("What is the total of all fees?", "SELECT SUM(amount) FROM transactions"),
    ],
)
def test_amounts_not_asked_positive_or_not_plainly_signed_are_left(
    question: str, answer: str
) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, question)

    assert "ABS(" not in result.sql
    assert sqlite_rows(DDL, result.sql) == sqlite_rows(DDL, answer)
