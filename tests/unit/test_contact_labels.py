""" "Which guests ..." answered with their email addresses alone returns their names; the
rewritten read is run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE guests (
  guest_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, country TEXT
);
CREATE TABLE learners (learner_id INTEGER PRIMARY KEY, display_name TEXT, e_mail TEXT);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, guest_id INTEGER REFERENCES guests);
"""
ROWS = """
INSERT INTO guests VALUES (1, 'Ada', 'Shah', 'ada@example.com', 'UK'),
  (2, 'Ben', 'Ng', 'ben@example.com', 'SG'), (3, 'Cy', 'Moss', NULL, 'UK');
INSERT INTO learners VALUES (1, 'Kim', 'kim@example.com');
INSERT INTO visits VALUES (1, 1);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql), key=repr)


@pytest.mark.parametrize(
    ("question", "sql", "named", "found"),
    [
        (
            "Which guests have never visited?",
            "SELECT email FROM guests WHERE NOT guest_id IN (SELECT guest_id FROM visits)",
            "SELECT first_name, last_name FROM guests",
            [("Ben", "Ng"), ("Cy", "Moss")],  # Cy has no address: the email list hid him
        ),
        (
            "List each learner.",
            "SELECT l.e_mail FROM learners AS l ORDER BY l.e_mail",
            "SELECT l.display_name FROM learners AS l ORDER BY l.e_mail",
            [("Kim",)],
        ),
    ],
)
def test_an_email_for_which_rows_becomes_their_names(
    question: str, sql: str, named: str, found: list[tuple[object, ...]]
) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql.startswith(named)
    assert any("not how to reach them" in note for note in result.corrections)
    assert rows(result.sql) == found


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # The question asks for the addresses.
        ("What are the emails of guests from the UK?", "SELECT email FROM guests"),
        ("How can I contact the guests from the UK?", "SELECT email FROM guests"),
        # Not a question about which guests.
        ("How many distinct emails are there?", "SELECT COUNT(DISTINCT email) FROM guests"),
        ("Is there a guest from Singapore?", "SELECT email FROM guests WHERE country = 'SG'"),
        # Other columns beside it, or an output name something may order by.
        ("Which guests are from the UK?", "SELECT email, country FROM guests"),
        ("Which guests are from the UK?", "SELECT email AS contact FROM guests ORDER BY contact"),
    ],
)
def test_emails_asked_for_or_returned_with_more_are_left_alone(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not any("not how to reach them" in note for note in result.corrections)
