"""A filter keeping some declared values where the question only excludes one ("not done")
excludes it instead, and the rewritten filter is run on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE tasks (
  task_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  priority TEXT,
  status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'blocked', 'done'))
);
"""
ROWS = """
INSERT INTO tasks VALUES (1, 'Plan', 'urgent', 'todo'), (2, 'Build', 'urgent', 'in_progress'),
  (3, 'Ship', 'urgent', 'done'), (4, 'Wait', 'urgent', 'blocked'), (5, 'Tidy', 'low', 'todo');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def titles(sql: str) -> list[str]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return sorted(row[0] for row in database.execute(sql))


@pytest.mark.parametrize(
    ("question", "condition", "written", "found"),
    [
        (
            "List the urgent tasks that are not done yet.",
            "status = 'todo'",
            "status <> 'done'",
            ["Build", "Plan", "Wait"],
        ),
        (
            "Which urgent tasks aren't done?",
            "status IN ('todo')",
            "status <> 'done'",
            ["Build", "Plan", "Wait"],
        ),
        (
            "Urgent tasks, leaving out done ones?",
            "status = 'todo'",
            "status <> 'done'",
            ["Build", "Plan", "Wait"],
        ),
        (
            "How many urgent tasks, not counting blocked tasks?",
            "status = 'in_progress'",
            "status <> 'blocked'",
            ["Build", "Plan", "Ship"],
        ),
        (
            "Urgent tasks other than blocked or done ones?",
            "status = 'in_progress'",
            "NOT status IN ('blocked', 'done')",
            ["Build", "Plan"],
        ),
    ],
)
def test_a_filter_narrower_than_the_exclusion_asked_becomes_the_exclusion(
    question: str, condition: str, written: str, found: list[str]
) -> None:
    sql = f"SELECT title FROM tasks WHERE priority = 'urgent' AND {condition}"

    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == f"SELECT title FROM tasks WHERE priority = 'urgent' AND {written}"
    assert any("the question excludes" in note for note in result.corrections)
    assert titles(result.sql) == found


def test_a_kept_value_beside_its_own_exclusion_is_dropped() -> None:
    sql = (
        "SELECT title FROM tasks WHERE priority = 'urgent' AND status = 'todo' AND status <> 'done'"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, "Urgent tasks? Leave out done ones.")

    assert result.valid, result.issues
    assert result.sql == ("SELECT title FROM tasks WHERE priority = 'urgent' AND status <> 'done'")
    assert titles(result.sql) == ["Build", "Plan", "Wait"]


@pytest.mark.parametrize(
    ("question", "condition"),
    [
        # Every value the question did not exclude is kept already.
        ("Urgent tasks not done?", "status IN ('todo', 'in_progress', 'blocked')"),
        ("Urgent tasks not done?", "status <> 'done'"),
        # Several values kept: weighed by the model ("not done" may mean not blocked either).
        ("Urgent tasks not done?", "status IN ('todo', 'in_progress')"),
        # The question asks for the kept value too.
        ("Urgent tasks that are not done but in progress?", "status = 'in_progress'"),
        # Nothing excluded.
        ("Urgent tasks to do?", "status = 'todo'"),
        # An exclusion written as a positive filter of the excluded value is another mistake.
        ("Urgent tasks not done?", "status = 'done'"),
        # Not a plain filter: under OR the condition may mean something else.
        ("Urgent tasks not done?", "(status = 'todo' OR title = 'Ship')"),
    ],
)
def test_a_filter_the_question_settles_otherwise_is_left_alone(
    question: str, condition: str
) -> None:
    sql = f"SELECT title FROM tasks WHERE priority = 'urgent' AND {condition}"

    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == sql
    assert not result.corrections


def test_a_column_without_declared_values_is_left_alone() -> None:
    schema = parse_schema("CREATE TABLE tasks (title TEXT, status TEXT)", "sqlite")
    sql = "SELECT title FROM tasks WHERE status = 'todo'"

    result = check_sql(sql, schema, "sqlite", False, "Which tasks are not done?")

    assert result.sql == sql
    assert not result.corrections


def test_mysql_enum_values_match_ignoring_case() -> None:
    schema = parse_schema(
        "CREATE TABLE orders (id INT, state ENUM('New', 'Paid', 'Shipped'))", "mysql"
    )

    result = check_sql(
        "SELECT id FROM orders WHERE state = 'new'",
        schema,
        "mysql",
        False,
        "Which orders are not shipped yet?",
    )

    assert result.sql == "SELECT id FROM orders WHERE state <> 'Shipped'"
