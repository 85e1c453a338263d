"""Rows ordered the way the question says, largest or smallest first
(app.checking.order_directions): run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, invoice_number TEXT NOT NULL,
  issued_on TEXT NOT NULL, paid_on TEXT, total_pence INTEGER NOT NULL);
INSERT INTO invoices VALUES (1, 'INV-1', '2025-01-01', '2025-02-15', 500),
  (2, 'INV-2', '2025-01-05', '2025-03-20', 900), (3, 'INV-3', '2025-02-01', '2025-02-03', 700);
"""
SCHEMA = parse_schema(DDL, "sqlite")
DAYS = (
    "SELECT invoice_number, CAST(JULIANDAY(paid_on) - JULIANDAY(issued_on) AS INTEGER) AS days "
    "FROM invoices ORDER BY days"
)


@pytest.mark.parametrize(
    ("question", "sql", "first"),
    [
        ("Return each invoice and the days it took to pay, slowest payment first.", DAYS, "INV-2"),
        ("Return each invoice and its days to pay, fastest first.", f"{DAYS} DESC", "INV-3"),
        (
            "List the invoices with their totals, highest total first.",
            "SELECT invoice_number, total_pence FROM invoices ORDER BY total_pence ASC",
            "INV-2",
        ),
        (
            "List the invoices by total, from smallest to largest.",
            "SELECT invoice_number, total_pence FROM invoices ORDER BY total_pence DESC",
            "INV-1",
        ),
        (
            "List the invoices by total in descending order.",
            "SELECT invoice_number, total_pence AS t FROM invoices ORDER BY t",
            "INV-2",
        ),
    ],
)
def test_the_first_key_runs_the_way_asked(question: str, sql: str, first: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert any("the question orders" in note for note in result.corrections)
    assert sqlite_rows(DDL, result.sql)[0][0] == first


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # The direction asked already.
        (
            "List the invoices by total, highest first.",
            "SELECT invoice_number FROM invoices ORDER BY total_pence DESC",
        ),
        # A name is ordered alphabetically, whatever else the question says.
        (
            "List the invoices, highest total first.",
            "SELECT invoice_number FROM invoices ORDER BY invoice_number",
        ),
        # "Slowest" of something that is no length of time.
        (
            "Which invoice is slowest first?",
            "SELECT invoice_number FROM invoices ORDER BY total_pence",
        ),
        # No direction said.
        ("List the invoices by total.", "SELECT invoice_number FROM invoices ORDER BY total_pence"),
    ],
)
def test_other_orders_stay(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)
    assert not any("the question orders" in note for note in result.corrections)
