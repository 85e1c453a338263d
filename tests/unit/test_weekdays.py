"""Days of the week the question names, compared with a day-of-week function in another
function's numbering, are renumbered the way the function counts (and the change is said)."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from app.checking.weekdays import days_asked
from app.execution import Sandbox
from bench.pg_scoring import PostgresScorer
from bench.unseen_questions import HERE

SCHEMA = "CREATE TABLE orders (id INT PRIMARY KEY, placed_at TEXT);"
# 2025-06-07 is a Saturday, 06-08 a Sunday, 06-06 a Friday, 06-09 a Monday.
ROWS = (
    "INSERT INTO orders VALUES "
    "(1, '2025-06-06'), (2, '2025-06-07'), (3, '2025-06-08'), (4, '2025-06-09');"
)
WEEKEND = "Which orders were placed on a weekend?"


def _checked(sql: str, dialect: str, question: str = WEEKEND) -> tuple[str, list[str]]:
    result = check_sql(sql, parse_schema(SCHEMA, dialect), dialect, False, question)
    assert result.valid, result.issues
    return result.sql, result.corrections


@pytest.mark.parametrize(
    ("dialect", "sql", "corrected"),
    [
        (
            "mysql",
            "SELECT id FROM orders WHERE DAYOFWEEK(placed_at) IN (6, 7)",
            "SELECT id FROM orders WHERE DAYOFWEEK(placed_at) IN (7, 1)",
        ),
        (
            "mysql",
            "SELECT id FROM orders WHERE WEEKDAY(placed_at) IN (0, 6)",
            "SELECT id FROM orders WHERE WEEKDAY(placed_at) IN (6, 5)",
        ),
        (  # NOT IN keeps its meaning: not on the days named
            "postgres",
            "SELECT id FROM orders WHERE EXTRACT(DOW FROM placed_at) NOT IN (6, 7)",
            "SELECT id FROM orders WHERE NOT EXTRACT(DOW FROM placed_at) IN (6, 0)",
        ),
        (
            "tsql",
            "SELECT id FROM orders WHERE DATEPART(WEEKDAY, placed_at) IN (6, 7)",
            "SELECT id FROM orders WHERE DATEPART(WEEKDAY, placed_at) IN (7, 1)",
        ),
    ],
)
def test_weekend_days_numbered_the_iso_way_are_renumbered(
    dialect: str, sql: str, corrected: str
) -> None:
    written, [note] = _checked(sql, dialect)
    assert written == corrected
    assert "counts days from" in note and "Saturday" in note


def test_a_renumbered_sqlite_answer_returns_the_weekend() -> None:
    sql = (
        "SELECT id FROM orders WHERE CAST(STRFTIME('%w', placed_at) AS INTEGER) = 6 "
        "OR CAST(STRFTIME('%w', placed_at) AS INTEGER) = 7"
    )
    written, [_] = _checked(sql, "sqlite")
    with Sandbox(SCHEMA + ROWS) as sandbox:
        assert sorted(sandbox.query(sql).rows) == [(2,)]  # as written: Saturday only
        assert sorted(sandbox.query(written).rows) == [(2,), (3,)]
    text, [_] = _checked(
        "SELECT id FROM orders WHERE STRFTIME('%w', placed_at) IN ('6', '7')", "sqlite"
    )
    assert "IN ('6', '0')" in text  # text compared as text


def test_a_renumbered_postgres_answer_returns_the_weekend(postgres_scorer: PostgresScorer) -> None:
    dump = HERE / "clinic_pg_dump.sql"
    gold = (
        "SELECT appointment_id FROM clinic.appointments "
        "WHERE EXTRACT(DOW FROM scheduled_at) IN (0, 6)"
    )
    iso = gold.replace("(0, 6)", "(6, 7)")
    schema = parse_schema(
        "CREATE TABLE clinic.appointments "
        "(appointment_id INT PRIMARY KEY, scheduled_at TIMESTAMP);",
        "postgres",
    )
    result = check_sql(iso, schema, "postgres", False, "Which appointments were on a weekend?")
    assert postgres_scorer.score(dump, gold, iso) == (False, False)
    assert postgres_scorer.score(dump, gold, result.sql) == (True, True)


@pytest.mark.parametrize(
    ("sql", "question"),
    [
        # already the function's own numbers
        ("SELECT id FROM orders WHERE DAYOFWEEK(placed_at) IN (1, 7)", WEEKEND),
        # no day named: nothing to read the numbers against
        ("SELECT id FROM orders WHERE DAYOFWEEK(placed_at) IN (6, 7)", "Which orders were late?"),
        # numbers that name the question's days in no numbering are the model's own choice
        ("SELECT id FROM orders WHERE DAYOFWEEK(placed_at) IN (2, 3)", WEEKEND),
        # Saturday alone, asked and written right
        ("SELECT id FROM orders WHERE DAYOFWEEK(placed_at) = 7", "Which orders came on Saturdays?"),
    ],
)
def test_numbers_that_are_right_or_unrelated_stay(sql: str, question: str) -> None:
    assert _checked(sql, "mysql", question) == (sql, [])


def test_the_days_a_question_names() -> None:
    assert days_asked("Orders on weekends?") == {"saturday", "sunday"}
    assert days_asked("Sales on Mondays and on Friday") == {"monday", "friday"}
    assert days_asked("Sales by week") == frozenset()
