"""``x NOT IN (SELECT c ...)`` over a column that may be NULL keeps only the set values
(app.checking.null_exclusions): run on real SQLite, where the NULL had emptied the answer."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE freelancers (freelancer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL,
  hired_freelancer_id INTEGER REFERENCES freelancers (freelancer_id));
CREATE TABLE proposals (proposal_id INTEGER PRIMARY KEY,
  freelancer_id INTEGER NOT NULL REFERENCES freelancers (freelancer_id));
"""
ROWS = """
INSERT INTO freelancers VALUES (1, 'Ana'), (2, 'Bilal'), (3, 'Liam');
INSERT INTO jobs VALUES (1, 'Portal', 'completed', 1), (2, 'Logo', 'open', NULL);
INSERT INTO proposals VALUES (1, 1), (2, 2);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "Which freelancers have never been hired for any job? Return their full names."


@pytest.mark.parametrize(
    "answer",
    [
        "SELECT full_name FROM freelancers WHERE freelancer_id NOT IN "
        "(SELECT hired_freelancer_id FROM jobs)",
        "SELECT f.full_name FROM freelancers AS f WHERE f.freelancer_id NOT IN "
        "(SELECT j.hired_freelancer_id FROM jobs AS j WHERE j.status <> 'cancelled')",
    ],
)
def test_a_nullable_column_in_not_in_keeps_its_set_values(answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, QUESTION)

    assert sqlite_rows(DDL + ROWS, answer) == []  # the open job's NULL empties the answer
    assert result.valid, result.issues
    assert any("one NULL in a NOT IN list" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL + ROWS, result.sql)) == [("Bilal",), ("Liam",)]


@pytest.mark.parametrize(
    "answer",
    [
        # NOT NULL: no NULL can come back.
        "SELECT full_name FROM freelancers WHERE freelancer_id NOT IN "
        "(SELECT freelancer_id FROM proposals)",
        # Tested already in the subquery's WHERE.
        "SELECT full_name FROM freelancers WHERE freelancer_id NOT IN "
        "(SELECT hired_freelancer_id FROM jobs WHERE hired_freelancer_id IS NOT NULL)",
        # IN (not negated) and NOT EXISTS have no such trap.
        "SELECT full_name FROM freelancers WHERE freelancer_id IN "
        "(SELECT hired_freelancer_id FROM jobs)",
        "SELECT full_name FROM freelancers AS f WHERE NOT EXISTS "
        "(SELECT 1 FROM jobs AS j WHERE j.hired_freelancer_id = f.freelancer_id)",
    ],
)
def test_subqueries_that_return_no_null_are_left_alone(answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert not any("NOT IN list" in note for note in result.corrections)
