"""A query that returns one row (aggregates without GROUP BY) loses its ORDER BY: PostgreSQL
refuses the answer as written and runs the corrected one; grouped and plain reads keep theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer

DDL = """
CREATE TABLE payments (payment_id integer PRIMARY KEY, member_id integer NOT NULL,
  amount_cents integer NOT NULL, paid_on date);
INSERT INTO payments VALUES (1, 1, 1250, NULL), (2, 1, 800, '2024-05-01'), (3, 2, 300, NULL);
"""
QUESTION = "How much, in euros, is still owed on payments not paid yet?"


def test_the_order_of_one_row_is_dropped_and_postgresql_runs_it(
    postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    dump = tmp_path / "payments.sql"
    dump.write_text(DDL)
    answer = (
        "SELECT SUM(amount_cents / 100.0) FROM payments WHERE paid_on IS NULL ORDER BY payment_id"
    )

    result = check_sql(answer, parse_schema(DDL, "postgres"), "postgres", False, QUESTION)

    assert result.valid, result.issues
    assert "ORDER BY" not in result.sql
    assert result.corrections == [
        "ORDER BY payment_id dropped: the query returns one row (an aggregate without GROUP BY)"
    ]
    assert postgres_scorer.result(dump, answer) is None
    owed = postgres_scorer.result(dump, result.sql)
    assert owed is not None
    assert [float(value) for (value,) in owed.rows] == [15.5]


@pytest.mark.parametrize(
    "answer",
    [
        "SELECT member_id, SUM(amount_cents) FROM payments GROUP BY member_id ORDER BY member_id",
        "SELECT payment_id FROM payments WHERE paid_on IS NULL ORDER BY payment_id",
        "SELECT SUM(amount_cents) OVER (ORDER BY payment_id) FROM payments ORDER BY payment_id",
    ],
)
def test_reads_of_many_rows_keep_their_order(answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, "List them.")

    assert "ORDER BY" in result.sql
    assert not any("returns one row" in note for note in result.corrections)
