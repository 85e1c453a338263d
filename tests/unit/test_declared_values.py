"""A text value the DDL says its column never holds (a CHECK list, an ENUM type, a PostgreSQL
enum of a dump) is refused for repair; the declared values pass and run on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from app.dumps import read_schema

DDL = """
CREATE TABLE projects (project_id INTEGER PRIMARY KEY, name TEXT,
  status TEXT CHECK (status IN ('active', 'completed')));
CREATE TABLE tasks (task_id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES projects,
  title TEXT, status TEXT, priority TEXT,
  CHECK (status IN ('todo', 'in_progress', 'done')));
"""
ROWS = """
INSERT INTO projects VALUES (1, 'Apollo', 'active'), (2, 'Borealis', 'completed');
INSERT INTO tasks VALUES (1, 1, 'Plan', 'done', 'high'), (2, 1, 'Build', 'todo', 'low'),
  (3, 2, 'Ship', 'done', 'high');
"""
SCHEMA = parse_schema(DDL, "sqlite")


@pytest.mark.parametrize(
    ("sql", "issue"),
    [
        # The project's word for it, on the task's column (a table CHECK).
        (
            "SELECT t.title FROM tasks AS t WHERE t.status = 'completed'",
            "t.status never holds 'completed': the schema declares tasks.status one of 'done', "
            "'in_progress', 'todo'",
        ),
        # <> and NOT IN are always true there; a column CHECK; inside a subquery.
        (
            "SELECT title FROM tasks WHERE project_id IN "
            "(SELECT project_id FROM projects WHERE status <> 'open')",
            "status never holds 'open': the schema declares projects.status one of 'active', "
            "'completed'",
        ),
        (
            "SELECT title FROM tasks WHERE status NOT IN ('done', 'closed')",
            "status never holds 'closed': the schema declares tasks.status one of 'done', "
            "'in_progress', 'todo'",
        ),
    ],
)
def test_a_value_outside_the_declared_ones_is_refused(sql: str, issue: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which tasks are finished?")

    assert not result.valid
    assert result.issues == [f"{issue}; compare with the value that means what the question asks"]


def test_declared_values_and_undeclared_columns_pass_and_run() -> None:
    sql = (
        "SELECT t.title FROM tasks AS t JOIN projects AS p ON p.project_id = t.project_id "
        "WHERE t.status = 'done' AND p.status = 'active' AND t.priority = 'urgent-ish'"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which tasks are finished?")

    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    assert database.execute(
        result.sql.replace(" AND t.priority = 'urgent-ish'", "")
    ).fetchall() == [("Plan",)]


def test_mysql_enums_match_without_case_and_postgres_dump_enums_are_read() -> None:
    mysql = parse_schema(
        "CREATE TABLE orders (order_id INT PRIMARY KEY, status ENUM('pending', 'paid'))", "mysql"
    )
    dump = """
CREATE TYPE shop.state AS ENUM ('open', 'closed');
CREATE TABLE shop.orders (order_id integer NOT NULL, state shop.state NOT NULL);
"""
    postgres = parse_schema(read_schema(dump, "postgres").text, "postgres")

    paid = check_sql("SELECT order_id FROM orders WHERE status = 'PAID'", mysql, "mysql", False)
    shipped = check_sql(
        "SELECT order_id FROM orders WHERE status = 'shipped'", mysql, "mysql", False
    )
    done = check_sql(
        "SELECT order_id FROM shop.orders WHERE state = 'done'", postgres, "postgres", False
    )

    assert paid.valid, paid.issues
    assert not shipped.valid and "one of 'paid', 'pending'" in shipped.issues[0]
    assert postgres.declared_values == {("orders", "state"): frozenset({"open", "closed"})}
    assert not done.valid and "one of 'closed', 'open'" in done.issues[0]


@pytest.mark.parametrize(
    ("written", "declared"),
    [
        ("t.status = 'DONE'", "t.status = 'done'"),
        ("t.status IN ('In Progress', 'todo')", "t.status IN ('in_progress', 'todo')"),
        ("t.status <> 'in-progress'", "t.status <> 'in_progress'"),
    ],
)
def test_a_declared_value_spelt_another_way_is_respelt_and_runs(
    written: str, declared: str
) -> None:
    sql = f"SELECT t.title FROM tasks AS t WHERE {written}"

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which tasks are where?")

    assert result.valid, result.issues
    assert result.sql == f"SELECT t.title FROM tasks AS t WHERE {declared}"
    assert any("the value declared for it" in note for note in result.corrections)
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    assert (
        database.execute(result.sql).fetchall()
        == database.execute(sql.replace(written, declared)).fetchall()
    )


def test_a_spelling_two_declared_values_share_is_refused_not_guessed() -> None:
    schema = parse_schema(
        "CREATE TABLE rooms (name TEXT, kind TEXT CHECK (kind IN ('Suite', 'suite', 'twin')))",
        "sqlite",
    )

    result = check_sql("SELECT name FROM rooms WHERE kind = 'SUITE'", schema, "sqlite", False)

    assert not result.valid
    assert "never holds 'SUITE'" in result.issues[0]


@pytest.mark.parametrize(
    ("condition", "valid"),
    [
        # Seen on the lab blind set: a test's department matched with a clinic's practice type.
        ("p.status = t.status", False),
        # Declared values in common: it may match.
        ("p.status = p.status", True),
        ("t.status = t.status", True),
        # One side declares nothing: nothing to compare.
        ("p.name = t.status", True),
    ],
)
def test_an_equality_of_columns_with_no_declared_value_in_common_is_refused(
    condition: str, valid: bool
) -> None:
    sql = f"SELECT t.title FROM tasks AS t JOIN projects AS p ON {condition}"

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which tasks?")

    assert result.valid is valid, result.issues
    if not valid:
        assert result.issues == [
            "p.status = t.status matches no row: p.status is one of 'active', 'completed' and "
            "t.status one of 'done', 'in_progress', 'todo', so no value is both: match "
            "columns that hold the same things"
        ]
        database = sqlite3.connect(":memory:")
        database.executescript(DDL + ROWS)
        assert database.execute(sql).fetchall() == []
