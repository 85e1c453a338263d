"""The rounding a question asks for is applied to the values computed with a fraction when the
answer rounds nothing; the corrected SQL runs on real SQLite and on a real PostgreSQL, whose
ROUND with places takes only numeric."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer

DDL = """
CREATE TABLE parcels (parcel_id INTEGER PRIMARY KEY, service_level TEXT NOT NULL,
  weight_g INTEGER NOT NULL, value_pence INTEGER NOT NULL);
"""
ROWS = """
INSERT INTO parcels VALUES (1, 'express', 1234, 1999), (2, 'express', 2001, 2500),
  (3, 'standard', 777, 1000);
"""
QUESTION = (
    "For each service level, give the number of parcels and their average weight in kilograms "
    "rounded to 2 decimal places."
)
ANSWER = (
    "SELECT service_level, COUNT(*) AS parcels, AVG(weight_g) / 1000.0 AS kg FROM parcels "
    "GROUP BY service_level"
)


def run(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return sorted(database.execute(sql).fetchall())


def test_the_average_is_rounded_as_asked_and_the_count_left_alone() -> None:
    result = check_sql(ANSWER, parse_schema(DDL, "sqlite"), "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert "COUNT(*) AS parcels, ROUND(AVG(weight_g) / 1000.0, 2) AS kg" in result.sql
    assert result.corrections[-1].endswith("(the question asks for 2 decimal places)")
    assert run(result.sql) == [("express", 2, 1.62), ("standard", 1, 0.78)]
    assert run(ANSWER) != run(result.sql)


def test_postgresql_rounds_a_double_through_numeric(
    postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    dump = tmp_path / "parcels.sql"
    dump.write_text(DDL + ROWS)
    answer = "SELECT AVG(weight_g::double precision) / 1000 AS kg FROM parcels"

    result = check_sql(answer, parse_schema(DDL, "postgres"), "postgres", False, QUESTION)

    assert result.valid, result.issues
    assert "ROUND(CAST(" in result.sql
    rounded = postgres_scorer.result(dump, result.sql)
    assert rounded is not None
    assert [float(value) for (value,) in rounded.rows] == [1.34]
    # ROUND(double precision, 2) is no PostgreSQL function: the cast is what makes it run.
    plain = "SELECT ROUND(AVG(weight_g::double precision) / 1000, 2) FROM parcels"
    assert postgres_scorer.result(dump, plain) is None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Rounded already, in its own way.
        (QUESTION, ANSWER.replace("AVG(weight_g) / 1000.0", "ROUND(AVG(weight_g) / 1000.0, 3)")),
        # No rounding asked.
        ("For each service level, the average weight in kilograms?", ANSWER),
        # Nothing computed with a fraction.
        (
            "Total value in pence, rounded to 2 decimal places?",
            "SELECT SUM(value_pence) FROM parcels",
        ),
    ],
)
def test_left_as_written(question: str, answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert not any("decimal place" in note for note in result.corrections)
