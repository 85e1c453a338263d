"""The current row of a table that keeps a history (app.checking.valid_ranges), run on real
SQLite: "current annual salary" keeps the salary whose effective_to is NULL."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

# The shape of the HR blind set (bench/unseen/hr_payroll.sql): a salary history beside the people.
DDL = """
CREATE TABLE employees (
  employee_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  left_on TEXT -- 'YYYY-MM-DD', NULL while employed
);
CREATE TABLE salary_history (
  salary_id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees (employee_id),
  annual_salary_pence INTEGER NOT NULL,
  effective_from TEXT NOT NULL, -- 'YYYY-MM-DD'
  effective_to TEXT -- last day it applied; NULL for the current salary
);
INSERT INTO employees VALUES (1, 'Ana Silva', NULL), (2, 'Ben Okafor', NULL);
INSERT INTO salary_history VALUES
  (1, 1, 3000000, '2022-01-01', '2023-12-31'),
  (2, 1, 3300000, '2024-01-01', NULL),
  (3, 2, 4000000, '2023-03-01', NULL);
"""
SCHEMA = parse_schema(DDL, "sqlite")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            # Seen on the HR blind set.
            "For every current employee, return their full name and current annual salary in "
            "pounds.",
            "SELECT e.full_name, s.annual_salary_pence / 100.0 FROM employees AS e "
            "JOIN salary_history AS s ON e.employee_id = s.employee_id WHERE e.left_on IS NULL",
        ),
        (
            "What is the total of everyone's current salaries, in pounds?",
            "SELECT SUM(annual_salary_pence) / 100.0 FROM salary_history",
        ),
    ],
)
def test_the_current_row_of_a_history_is_the_one_whose_end_is_null(
    question: str, answer: str
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert "effective_to IS NULL" in result.sql
    assert any("asks for the current row" in note for note in result.corrections)
    rows = sqlite_rows(DDL, result.sql)
    assert sorted(rows) in ([("Ana Silva", 33000.0), ("Ben Okafor", 40000.0)], [(73000.0,)])
    assert sorted(sqlite_rows(DDL, answer)) != sorted(rows)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "current" names the people, not the salaries: their whole history is asked.
        (
            "List every salary change of current employees: full name and salary in pounds.",
            "SELECT e.full_name, s.annual_salary_pence / 100.0 FROM employees AS e "
            "JOIN salary_history AS s ON e.employee_id = s.employee_id WHERE e.left_on IS NULL",
        ),
        # The read tests the end already, its own way.
        (
            "What is each employee's current salary?",
            "SELECT employee_id, annual_salary_pence FROM salary_history "
            "WHERE effective_to IS NULL OR effective_to >= DATE('now')",
        ),
        # Not asked "current".
        ("What salaries were paid in 2023?", "SELECT annual_salary_pence FROM salary_history"),
    ],
)
def test_a_history_read_the_question_does_not_ask_the_current_row_of_is_left(
    question: str, answer: str
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert not any("asks for the current row" in note for note in result.corrections)


STAFF = """
CREATE TABLE departments (department_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE employees (
  employee_id INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments (department_id),
  hired_on TEXT NOT NULL, -- 'YYYY-MM-DD' first working day
  left_on TEXT -- 'YYYY-MM-DD' last working day; NULL = still employed
);
INSERT INTO departments VALUES (1, 'Sales'), (2, 'Legal');
INSERT INTO employees VALUES (1, 1, '2020-01-01', NULL), (2, 1, '2021-01-01', '2024-06-30'),
  (3, 1, '2019-01-01', '2023-12-29'), (4, 1, '2025-01-01', NULL);
"""


@pytest.mark.parametrize(
    ("question", "answer", "rows"),
    [
        (
            # Seen on the HR blind set: leavers counted on a day after they left.
            "What was the headcount of every department on 30 June 2024? Return the name and "
            "the number of people employed on that date (someone counts on their last working "
            "day), showing 0 for departments that had nobody.",
            "SELECT d.name, COUNT(e.employee_id) FROM departments AS d LEFT JOIN employees AS e "
            "ON d.department_id = e.department_id AND e.hired_on <= '2024-06-30' GROUP BY d.name",
            [("Legal", 0), ("Sales", 2)],
        ),
        (
            "How many people were on the payroll as of 2024-06-30?",
            "SELECT COUNT(*) FROM employees WHERE hired_on <= '2024-06-30'",
            [(2,)],
        ),
    ],
)
def test_rows_bounded_by_their_start_on_a_day_are_bounded_by_their_end(
    question: str, answer: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(answer, parse_schema(STAFF, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert "left_on IS NULL OR" in result.sql and "left_on >= '2024-06-30'" in result.sql
    assert sorted(sqlite_rows(STAFF, result.sql)) == rows
    assert sorted(sqlite_rows(STAFF, answer)) != rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Asked about the start alone: every hire, leavers too.
        (
            "How many people were hired on or before 2024-06-30?",
            "SELECT COUNT(*) FROM employees WHERE hired_on <= '2024-06-30'",
        ),
        # The end read already.
        (
            "How many people were employed on 30 June 2024?",
            "SELECT COUNT(*) FROM employees WHERE hired_on <= '2024-06-30' AND left_on IS NULL",
        ),
    ],
)
def test_rows_the_question_does_not_ask_about_on_a_day_are_left(question: str, answer: str) -> None:
    result = check_sql(answer, parse_schema(STAFF, "sqlite"), "sqlite", False, question)

    assert not any("the question asks about that day" in note for note in result.corrections)


HISTORY_WITH_CREATED = """
CREATE TABLE salary_history (
  salary_id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL,
  annual_salary_pence INTEGER NOT NULL,
  effective_from TEXT NOT NULL, -- 'YYYY-MM-DD'
  effective_to TEXT, -- last day it applied; NULL for the current salary
  created_at TEXT -- 'YYYY-MM-DD HH:MM' when the row was entered
);
INSERT INTO salary_history VALUES
  (1, 1, 3000000, '2022-01-01', '2023-12-31', '2022-01-03 09:00'),
  (2, 1, 3300000, '2024-01-01', NULL, '2024-01-02 09:00'),
  (3, 2, 4000000, '2023-03-01', NULL, '2023-03-01 09:00');
"""


def test_a_history_with_a_creation_date_beside_its_span_still_has_a_current_row() -> None:
    # created_at is an event, not the span's start: "current" still reads effective_to.
    answer = "SELECT SUM(annual_salary_pence) / 100.0 FROM salary_history"
    question = "What is the total of everyone's current salaries, in pounds?"
    schema = parse_schema(HISTORY_WITH_CREATED, "sqlite")

    result = check_sql(answer, schema, "sqlite", False, question)

    assert "effective_to IS NULL" in result.sql
    assert sqlite_rows(HISTORY_WITH_CREATED, result.sql) == [(73000.0,)]


FOSTERS = """
CREATE TABLE foster_placements (placement_id INTEGER PRIMARY KEY, animal TEXT NOT NULL,
  start_date DATE NOT NULL, end_date DATE);
INSERT INTO foster_placements VALUES (1, 'Max', '2025-06-01', '2025-06-15'),
  (2, 'Luna', '2025-05-20', NULL), (3, 'Rex', '2025-06-16', '2025-07-01'),
  (4, 'Bo', '2025-04-01', '2025-06-30');
"""
STAYING = "Which animals were staying in a foster home on 15 June 2025?"


@pytest.mark.parametrize(
    "answer",
    [
        "SELECT animal FROM foster_placements WHERE end_date = '2025-06-15'",
        "SELECT animal FROM foster_placements WHERE end_date = '2025-06-15' "
        "AND NOT end_date IS NULL",
    ],
)
def test_a_day_tested_on_the_end_alone_tests_the_span(answer: str) -> None:
    assert sqlite_rows(FOSTERS, answer) == [("Max",)]  # only the one that ended that day

    result = check_sql(answer, parse_schema(FOSTERS, "sqlite"), "sqlite", False, STAYING)

    assert result.valid, result.issues
    assert sorted(sqlite_rows(FOSTERS, result.sql)) == [("Bo",), ("Luna",), ("Max",)]


def test_a_question_about_what_ended_that_day_keeps_the_equality() -> None:
    answer = "SELECT animal FROM foster_placements WHERE end_date = '2025-06-15'"
    question = "Which foster placements ended on 15 June 2025?"
    result = check_sql(answer, parse_schema(FOSTERS, "sqlite"), "sqlite", False, question)
    assert result.sql == answer
