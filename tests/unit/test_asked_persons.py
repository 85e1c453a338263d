""" "Who" asked and no name returned is refused for repair, when a name is within reach."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

SCHEMA = """
CREATE TABLE authors (author_id INT PRIMARY KEY, name TEXT, country TEXT);
CREATE TABLE books (book_id INT PRIMARY KEY, title TEXT, pages INT,
  author_id INT REFERENCES authors (author_id));
CREATE TABLE exam_scores (score_id INT PRIMARY KEY, student_id INT, score INT);
"""
ROWS = """
INSERT INTO authors VALUES (1, 'Ishiguro', 'Japan'), (2, 'Tolstoy', 'Russia');
INSERT INTO books VALUES (1, 'Klara', 300, 1), (2, 'War and Peace', 1225, 2);
"""


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        (
            "SELECT b.title, b.pages FROM books AS b ORDER BY b.pages DESC LIMIT 1",
            "return authors.name (join authors on b.author_id)",
        ),
        (
            "SELECT a.author_id FROM authors AS a JOIN books AS bk ON bk.author_id = a.author_id "
            "ORDER BY bk.pages DESC LIMIT 1",
            "return a.name",
        ),
    ],
)
def test_who_answered_without_a_name_is_refused(sql: str, named: str) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(sql, schema, "sqlite", False, question="Who wrote the longest book?")

    assert not result.valid
    assert result.issues == [f"the question asks who, but no returned column names anyone: {named}"]


def test_the_name_asked_for_passes_and_is_the_author() -> None:
    schema = parse_schema(SCHEMA, "sqlite")
    sql = (
        "SELECT a.name FROM authors AS a JOIN books AS b ON b.author_id = a.author_id "
        "ORDER BY b.pages DESC LIMIT 1"
    )

    result = check_sql(sql, schema, "sqlite", False, question="Who wrote the longest book?")

    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(SCHEMA + ROWS)
    assert database.execute(result.sql).fetchall() == [("Tolstoy",)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # No name within reach: the student id is the best answer there is.
        ("Who scored above 90?", "SELECT student_id, score FROM exam_scores WHERE score > 90"),
        # Not a "who" question.
        ("Which book is the longest?", "SELECT title FROM books ORDER BY pages DESC LIMIT 1"),
        ("Who wrote each book?", "SELECT * FROM books JOIN authors USING (author_id)"),
    ],
)
def test_ids_pass_where_no_name_is_within_reach_or_no_one_is_asked_for(
    question: str, sql: str
) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(sql, schema, "sqlite", False, question=question)

    assert not any("asks who" in issue for issue in result.issues), result.issues


MANAGED = """
CREATE TABLE people (person_id INTEGER PRIMARY KEY, full_name TEXT,
  manager_id INTEGER REFERENCES people (person_id));
INSERT INTO people VALUES (1, 'Tomas Weber', NULL), (2, 'Priya Nair', 1);
"""


def test_a_returned_key_to_people_is_named_with_the_join_through_it() -> None:
    schema = parse_schema(MANAGED, "sqlite")
    question = "Who is Priya Nair's manager?"

    refused = check_sql(
        "SELECT manager_id FROM people WHERE full_name = 'Priya Nair'",
        schema,
        "sqlite",
        False,
        question=question,
    )
    # The join the issue names, written as told, answers the question on real SQLite.
    told = (
        "SELECT p2.full_name FROM people JOIN people AS p2 ON p2.person_id = people.manager_id "
        "WHERE people.full_name = 'Priya Nair'"
    )
    passed = check_sql(told, schema, "sqlite", False, question=question)

    assert refused.issues == [
        "the question asks who, but no returned column names anyone: return p2.full_name "
        "(join people AS p2 ON p2.person_id = people.manager_id)"
    ]
    assert passed.valid, passed.issues
    database = sqlite3.connect(":memory:")
    database.executescript(MANAGED)
    assert database.execute(passed.sql).fetchall() == [("Tomas Weber",)]
