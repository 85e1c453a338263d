"""The top row asked for with its ties ("if several tie, list all of them") keeps every tied
row where the answer cut it to one with ``LIMIT 1`` (app.checking.tied_tops); the corrected SQL
runs on real SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer
from tests.support.sqlite_rows import sqlite_rows

# Seen on the music school blind set.
DDL = """
CREATE TABLE teachers (teacher_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
  hourly_rate INTEGER NOT NULL);
CREATE TABLE lessons (lesson_id INTEGER PRIMARY KEY,
  teacher_id INTEGER NOT NULL REFERENCES teachers (teacher_id), status TEXT NOT NULL);
INSERT INTO teachers VALUES (1, 'Peter Nowak', 40), (2, 'Chloe Evans', 45), (3, 'Ravi Patel', 45);
INSERT INTO lessons VALUES (1, 1, 'attended'), (2, 1, 'attended'), (3, 2, 'attended'),
  (4, 2, 'attended'), (5, 3, 'attended'), (6, 3, 'absent'), (7, 3, 'absent');
"""
MOST = (
    "Which teacher taught the most attended lessons? If several teachers tie for the most, list "
    "all of them. Give the teacher's full name and the number of lessons."
)
ANSWER = (
    "SELECT t.full_name, COUNT(l.lesson_id) AS lesson_count FROM teachers AS t JOIN lessons AS l "
    "ON t.teacher_id = l.teacher_id WHERE l.status = 'attended' GROUP BY t.teacher_id, "
    "t.full_name ORDER BY lesson_count DESC LIMIT 1"
)
TIED = [("Chloe Evans", 2), ("Peter Nowak", 2)]


def test_a_limit_1_keeps_every_row_tied_for_the_top() -> None:
    result = check_sql(ANSWER, parse_schema(DDL, "sqlite"), "sqlite", False, MOST)

    assert result.valid, result.issues
    assert "LIMIT" not in result.sql
    assert any("tied for the top" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == TIED
    assert len(sqlite_rows(DDL, ANSWER)) == 1


def test_postgresql_runs_the_same(postgres_scorer: PostgresScorer, tmp_path: Path) -> None:
    dump = tmp_path / "lessons.sql"
    dump.write_text(DDL)
    gold = "SELECT 'Peter Nowak', 2 UNION ALL SELECT 'Chloe Evans', 2"

    result = check_sql(ANSWER, parse_schema(DDL, "postgres"), "postgres", False, MOST)

    assert result.valid, result.issues
    assert postgres_scorer.score(dump, gold, result.sql) == (True, True)


def test_a_cut_to_a_number_nobody_asked_for_keeps_the_ties_too() -> None:
    # Seen on the SaaS billing blind set: "Which customer referred the most? Include ties."
    # answered with LIMIT 3, and a tie-break the question does not make.
    answer = ANSWER.replace("LIMIT 1", "LIMIT 3").replace("DESC", "DESC, t.full_name")

    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, MOST)

    assert result.valid, result.issues
    assert "LIMIT" not in result.sql and "HAVING" in result.sql
    tied = check_sql(ANSWER, parse_schema(DDL, "sqlite"), "sqlite", False, MOST).sql
    assert sorted(sqlite_rows(DDL, result.sql)) == sorted(sqlite_rows(DDL, tied))
    assert len(sqlite_rows(DDL, tied)) == 2


def test_a_query_that_does_not_group_compares_in_where() -> None:
    answer = "SELECT full_name FROM teachers ORDER BY hourly_rate DESC LIMIT 1"
    question = "Who has the highest hourly rate? Ties included."

    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert "WHERE hourly_rate = (SELECT MAX(best.v)" in result.sql
    assert sorted(sqlite_rows(DDL, result.sql)) == [("Chloe Evans",), ("Ravi Patel",)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Ties named only to be broken.
        ("Which teacher taught the most? Ties broken by name.", ANSWER),
        # Nothing said about ties.
        ("Which teacher taught the most attended lessons?", ANSWER),
        # Several rows asked for: that LIMIT is left as written.
        (
            "Which two teachers taught the most lessons? If tied, list all.",
            ANSWER.replace("LIMIT 1", "LIMIT 2"),
        ),
        # By position: nothing to compare.
        (MOST, ANSWER.replace("ORDER BY lesson_count", "ORDER BY 2")),
    ],
)
def test_left_alone(question: str, answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, question)

    assert not any("tied for the top" in note for note in result.corrections)


def test_every_row_ordered_where_the_most_is_asked_keeps_only_the_tied_top() -> None:
    # Seen on the tennis club blind set: the ranking ordered, never cut to its top.
    listed = ANSWER.removesuffix(" LIMIT 1")
    result = check_sql(listed, parse_schema(DDL, "sqlite"), "sqlite", False, MOST)

    assert result.valid, result.issues
    assert any("none was cut" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == TIED
    assert len(sqlite_rows(DDL, listed)) == 3


def test_every_row_ordered_where_no_top_is_asked_stays() -> None:
    listed = ANSWER.removesuffix(" LIMIT 1")
    question = "List every teacher with their number of attended lessons, ties in any order."
    result = check_sql(listed, parse_schema(DDL, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert len(sqlite_rows(DDL, result.sql)) == 3
