"""An average divided by a count of the same rows divides once (app.checking.division): run on
real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE vehicles (vehicle_id INTEGER PRIMARY KEY, make TEXT NOT NULL);
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY,
  vehicle_id INTEGER NOT NULL REFERENCES vehicles (vehicle_id), energy INTEGER NOT NULL);
INSERT INTO vehicles VALUES (1, 'Kia'), (2, 'Tesla');
INSERT INTO sessions VALUES (1, 1, 10), (2, 1, 30), (3, 2, 50), (4, 2, 70), (5, 2, 90);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "For each make, what is the average energy delivered per session?"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT v.make, AVG(s.energy) / COUNT(s.session_id) FROM vehicles AS v "
        "JOIN sessions AS s ON s.vehicle_id = v.vehicle_id GROUP BY v.make",
        "SELECT v.make, CAST(AVG(s.energy) AS REAL) / COUNT(*) FROM vehicles AS v "
        "JOIN sessions AS s ON s.vehicle_id = v.vehicle_id GROUP BY v.make",
    ],
)
def test_an_average_divided_by_its_count_divides_once(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert any("divides twice" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == [("Kia", 20.0), ("Tesla", 70.0)]


@pytest.mark.parametrize(
    "sql",
    [
        # A total over a count is an average already, written out.
        "SELECT v.make, SUM(s.energy) * 1.0 / COUNT(*) FROM vehicles AS v "
        "JOIN sessions AS s ON s.vehicle_id = v.vehicle_id GROUP BY v.make",
        # The count of another query's rows: the average per make over all sessions.
        "SELECT v.make, AVG(s.energy) / (SELECT COUNT(*) FROM vehicles) FROM vehicles AS v "
        "JOIN sessions AS s ON s.vehicle_id = v.vehicle_id GROUP BY v.make",
    ],
)
def test_other_divisions_stay(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert not [note for note in result.corrections if "divides twice" in note]
