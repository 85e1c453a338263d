"""Money declared with two decimals is in its currency already (app.checking.currency_columns):
a returned ``amount / 100`` for "in dollars" is dropped; run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

# The bank blind set's shape: a signed amount in dollars beside a transfer amount in cents.
DDL = """
CREATE TABLE transactions (transaction_id INTEGER PRIMARY KEY, kind TEXT NOT NULL,
  amount DECIMAL(12,2) NOT NULL, fee_cents INTEGER NOT NULL);
INSERT INTO transactions VALUES (1, 'withdrawal', -300.00, 50), (2, 'deposit', 700.00, 0),
  (3, 'withdrawal', -45.50, 25);
"""
SCHEMA = parse_schema(DDL, "sqlite")


@pytest.mark.parametrize(
    ("answer", "rows"),
    [
        (
            "SELECT transaction_id, -amount / 100.00 AS dollars FROM transactions "
            "WHERE kind = 'withdrawal'",
            [(1, 300.0), (3, 45.5)],
        ),
        ("SELECT SUM(amount) * 0.01 FROM transactions", [(354.5,)]),
    ],
)
def test_money_held_in_its_currency_is_not_converted_from_cents(
    answer: str, rows: list[tuple[object, ...]]
) -> None:
    question = "Return each withdrawal's transaction id and amount in dollars."

    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert "100" not in result.sql and "0.01" not in result.sql
    assert any("holds the currency's unit" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Cents by name: app.checking.units converts those.
        ("Total fees in dollars?", "SELECT SUM(fee_cents) / 100.0 FROM transactions"),
        # No currency asked: the 100 is the question's own (a percentage, a scale).
        ("What is each amount as a hundredth?", "SELECT amount / 100 FROM transactions"),
        # A percentage of two amounts.
        (
            "What share of the money in dollars is deposits, in percent?",
            "SELECT SUM(CASE WHEN kind = 'deposit' THEN amount ELSE 0 END) * 100.0 / "
            "SUM(amount) FROM transactions",
        ),
    ],
)
def test_other_hundreds_are_left(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert not any("holds the currency's unit" in note for note in result.corrections)
