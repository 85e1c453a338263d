"""Two points in time compared by the days they fall on where the question compares days
(app.checking.calendar_days): run on real SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, started_at TEXT NOT NULL,
  ended_at TEXT);
INSERT INTO sessions VALUES (1, '2025-03-01 22:40:00', '2025-03-02 00:50:00'),
  (2, '2025-03-02 08:00:00', '2025-03-02 09:30:00'), (3, '2025-03-03 23:10:00', NULL);
"""
LATER = "Which sessions ended on a later calendar day than the one they started on?"
ANSWER = "SELECT session_id FROM sessions WHERE ended_at > started_at"


def test_times_compared_where_the_question_compares_days_compare_their_dates() -> None:
    result = check_sql(ANSWER, parse_schema(DDL, "sqlite"), "sqlite", False, LATER)

    assert result.valid, result.issues
    assert any("the days they fall on" in note for note in result.corrections)
    assert sqlite_rows(DDL, result.sql) == [(1,)]
    assert len(sqlite_rows(DDL, ANSWER)) == 2


def test_postgresql_runs_the_same(postgres_scorer: PostgresScorer, tmp_path: Path) -> None:
    ddl = DDL.replace("TEXT NOT NULL", "TIMESTAMP NOT NULL").replace(
        "ended_at TEXT", "ended_at TIMESTAMP"
    )
    dump = tmp_path / "sessions.sql"
    dump.write_text(ddl)

    result = check_sql(ANSWER, parse_schema(ddl, "postgres"), "postgres", False, LATER)

    assert result.valid, result.issues
    assert postgres_scorer.score(dump, "SELECT 1", result.sql) == (True, True)


@pytest.mark.parametrize(
    "question",
    [
        "Which sessions ended after they started?",  # times, not days
        "Which sessions lasted more than a day?",
    ],
)
def test_times_compared_where_no_days_are_compared_stay(question: str) -> None:
    result = check_sql(ANSWER, parse_schema(DDL, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert not [note for note in result.corrections if "the days they fall on" in note]
