"""A table holding both directions between two parties keeps the one the question's acting
party names (app.checking.directed_values); run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE clients (client_id INTEGER PRIMARY KEY, company_name TEXT NOT NULL);
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, title TEXT NOT NULL);
CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('client_to_freelancer', 'freelancer_to_client')),
  rating INTEGER NOT NULL);
INSERT INTO clients VALUES (1, 'Northwind'), (2, 'Quarry');
INSERT INTO jobs VALUES (1, 1, 'Portal'), (2, 2, 'Logo');
INSERT INTO reviews VALUES (1, 1, 'freelancer_to_client', 4), (2, 1, 'client_to_freelancer', 5),
  (3, 2, 'freelancer_to_client', 2), (4, 2, 'client_to_freelancer', 1);
"""
SCHEMA = parse_schema(DDL, "sqlite")
ANSWER = (
    "SELECT c.company_name, AVG(r.rating) FROM clients AS c JOIN jobs AS j "
    "ON j.client_id = c.client_id JOIN reviews AS r ON r.job_id = j.job_id "
    "GROUP BY c.company_name"
)


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        # Seen on the freelance blind set.
        (
            "What is the average rating freelancers gave each client? Return the company name.",
            [("Northwind", 4.0), ("Quarry", 2.0)],
        ),
        (
            "For each client reviewed by at least one freelancer, the average rating.",
            [("Northwind", 4.0), ("Quarry", 2.0)],
        ),
        (
            "How do clients rate the freelancers they hire, per client?",
            [("Northwind", 5.0), ("Quarry", 1.0)],
        ),
    ],
)
def test_the_direction_of_the_acting_party_is_kept(
    question: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(ANSWER, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert any("the table holds both directions" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Both parties act: which way is the query's to say.
        ("Where did the client and the freelancer both review each other?", ANSWER),
        # No party acts.
        ("What is the average review rating per client company?", ANSWER),
        # The direction is tested already.
        (
            "What is the average rating freelancers gave each client?",
            ANSWER.replace("GROUP BY", "WHERE r.direction = 'freelancer_to_client' GROUP BY"),
        ),
    ],
)
def test_directions_not_asked_or_already_tested_are_left_alone(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert not any("the table holds both directions" in note for note in result.corrections)
