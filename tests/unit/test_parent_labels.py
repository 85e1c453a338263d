"""A group of rows that point at another row of their table (a supervisor's couriers, a head's
teachers, a member's referrals) is named by the row pointed at, not by one of its members
(app.checking.parent_labels); the corrected SQL runs on real SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer
from tests.support.sqlite_rows import sqlite_rows

# Seen on the courier, music school and cooperative blind sets.
DDL = """
CREATE TABLE couriers (courier_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
  depot TEXT NOT NULL, supervisor_id INTEGER REFERENCES couriers (courier_id));
INSERT INTO couriers VALUES (1, 'Ana Ruiz', 'North', NULL), (2, 'Ben Ode', 'North', NULL),
  (3, 'Cal Fry', 'North', 1), (4, 'Dee Lam', 'South', 1), (5, 'Eve Moss', 'South', 2);
"""
QUESTION = (
    "For each supervisor, give the supervisor's name and the number of couriers who report "
    "directly to them."
)
WANTED = [("Ana Ruiz", 2), ("Ben Ode", 1)]


@pytest.mark.parametrize(
    "answer",
    [
        # The name of one courier of each supervisor.
        "SELECT supervisor_id, full_name, COUNT(*) AS couriers FROM couriers GROUP BY "
        "supervisor_id ORDER BY couriers DESC",
        # One row per courier: the name splits each supervisor's group.
        "SELECT c.full_name, COUNT(*) FROM couriers AS c WHERE c.supervisor_id IS NOT NULL "
        "GROUP BY c.supervisor_id, c.full_name",
        # The self-join is there, and the name read from its pointing side.
        "SELECT c.full_name, COUNT(c.courier_id) FROM couriers AS c JOIN couriers AS s "
        "ON c.supervisor_id = s.courier_id GROUP BY c.full_name",
        # ... and the pointing key returned beside it, which the question does not ask for.
        "SELECT c.supervisor_id, c.full_name, COUNT(*) FROM couriers AS c JOIN couriers AS s "
        "ON c.supervisor_id = s.courier_id GROUP BY c.supervisor_id, c.full_name",
    ],
)
def test_the_group_is_named_by_the_row_pointed_at(answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert any("points at another" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == WANTED
    assert sorted(sqlite_rows(DDL, answer), key=repr) != WANTED


def test_postgresql_runs_the_same(postgres_scorer: PostgresScorer, tmp_path: Path) -> None:
    dump = tmp_path / "couriers.sql"
    dump.write_text(DDL)
    answer = (
        "SELECT c.full_name, COUNT(*) FROM couriers AS c WHERE c.supervisor_id IS NOT NULL "
        "GROUP BY c.supervisor_id, c.full_name"
    )
    gold = "SELECT 'Ana Ruiz', 2 UNION ALL SELECT 'Ben Ode', 1"

    result = check_sql(answer, parse_schema(DDL, "postgres"), "postgres", False, QUESTION)

    assert result.valid, result.issues
    assert postgres_scorer.score(dump, gold, result.sql) == (True, True)
    assert postgres_scorer.score(dump, gold, answer) == (False, False)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The question never names the pointing column.
        (
            "How many couriers share each name?",
            "SELECT full_name, COUNT(*) FROM couriers GROUP BY supervisor_id, full_name",
        ),
        # Only the pointing key returned: nothing named wrong.
        (QUESTION, "SELECT supervisor_id, COUNT(*) FROM couriers GROUP BY supervisor_id"),
        # The other side of the self-join is read already.
        (
            QUESTION,
            "SELECT s.full_name, c.full_name, COUNT(*) FROM couriers AS c JOIN couriers AS s "
            "ON c.supervisor_id = s.courier_id GROUP BY s.full_name, c.full_name",
        ),
        # Grouped by something else of the pointing rows.
        (QUESTION, "SELECT depot, COUNT(*) FROM couriers GROUP BY depot"),
    ],
)
def test_left_alone(question: str, answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, question)

    assert not any("points at another" in note for note in result.corrections)
