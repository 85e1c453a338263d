"""A bound inside the year (or month) a question says "after" or "before" moves to its edge,
and the moved bound is run on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = "CREATE TABLE people (person_id INTEGER PRIMARY KEY, full_name TEXT, hired_on TIMESTAMP);"
ROWS = """
INSERT INTO people VALUES (1, 'Ada', '2023-03-01 09:00'), (2, 'Bo', '2023-12-31 17:30'),
  (3, 'Cy', '2024-02-10 08:00'), (4, 'Di', '2022-11-05 12:00');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def names(sql: str) -> list[str]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return sorted(row[0] for row in database.execute(sql))


@pytest.mark.parametrize(
    ("question", "sql", "bound", "found"),
    [
        # Inside the year said "after": most of 2023 would count.
        ("Who joined after 2023?", "WHERE hired_on > '2023-01-01'", ">= '2024-01-01'", ["Cy"]),
        # Its last day: a timestamp that evening would count.
        ("Who joined after 2023?", "WHERE hired_on > '2023-12-31'", ">= '2024-01-01'", ["Cy"]),
        # The literal written first.
        ("Who joined after 2023?", "WHERE '2023-06-30' < hired_on", ">= '2024-01-01'", ["Cy"]),
        ("Who joined before 2023?", "WHERE hired_on <= '2023-12-31'", "< '2023-01-01'", ["Di"]),
        (
            "Who joined before March 2023?",
            "WHERE hired_on < '2023-03-31'",
            "< '2023-03-01'",
            ["Di"],
        ),
        (
            "Who joined after the end of 2023?",
            "WHERE hired_on > '2023-12-31'",
            ">= '2024-01-01'",
            ["Cy"],
        ),
        # "Before the end of" a period: all of it counts, its last evening too.
        (
            "Who joined before the end of 2023?",
            "WHERE hired_on < '2023-12-31'",
            "< '2024-01-01'",
            ["Ada", "Bo", "Di"],
        ),
        (
            "Who had joined by the end of December 2023?",
            "WHERE hired_on <= '2023-12-31'",
            "< '2024-01-01'",
            ["Ada", "Bo", "Di"],
        ),
    ],
)
def test_a_bound_inside_the_period_moves_to_its_edge(
    question: str, sql: str, bound: str, found: list[str]
) -> None:
    result = check_sql(f"SELECT full_name FROM people {sql}", SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == f"SELECT full_name FROM people WHERE hired_on {bound}"
    assert names(result.sql) == found


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # Already at the edge.
        ("Who joined after 2023?", "WHERE hired_on >= '2024-01-01'"),
        # "By 2023" does not say which edge of the year.
        ("Who had joined by 2023?", "WHERE hired_on < '2023-12-31'"),
        # "Before the end of 2023" bounds from above only.
        ("Who joined before the end of 2023?", "WHERE hired_on > '2023-06-01'"),
        # A bound outside the period, and a whole date said.
        ("Who joined after 2023?", "WHERE hired_on > '2024-06-01'"),
        ("Who joined after 2023-05-01?", "WHERE hired_on > '2023-05-01'"),
        # An upper bound where "after" is said.
        ("Who joined after 2022 and before 2024?", "WHERE hired_on < '2024-01-01'"),
    ],
)
def test_bounds_the_question_does_not_contradict_are_left_alone(question: str, sql: str) -> None:
    result = check_sql(f"SELECT full_name FROM people {sql}", SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert not [c for c in result.corrections if "the question says" in c]
