"""Rows the question says are included ("rejected loads included") are not filtered out: the
condition keeping them out is dropped, and the corrected SQL counts them on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE deliveries (delivery_id INTEGER PRIMARY KEY, delivered_at TEXT NOT NULL,
  rejected BOOLEAN NOT NULL, status TEXT NOT NULL CHECK (status IN ('weighed', 'cancelled')));
INSERT INTO deliveries VALUES (1, '2024-03-02 08:00:00', 0, 'weighed'),
  (2, '2024-03-09 09:00:00', 1, 'weighed'), (3, '2024-03-10 10:00:00', 0, 'cancelled');
"""
SCHEMA = parse_schema(DDL, "sqlite")


@pytest.mark.parametrize(
    ("question", "answer", "count"),
    [
        (
            "How many deliveries, rejected loads included, were made in March 2024?",
            "SELECT COUNT(*) FROM deliveries WHERE rejected = 0 AND status = 'weighed'",
            2,
        ),
        (
            "How many deliveries were there, including cancelled ones?",
            "SELECT COUNT(*) FROM deliveries WHERE status <> 'cancelled'",
            3,
        ),
    ],
)
def test_a_condition_keeping_out_included_rows_is_dropped(
    question: str, answer: str, count: int
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert any(note.startswith("dropped ") for note in result.corrections)
    assert sqlite_rows(DDL, result.sql) == [(count,)]
    assert sqlite_rows(DDL, answer) != [(count,)]


def test_rows_left_out_by_the_question_stay_out() -> None:
    answer = "SELECT COUNT(*) FROM deliveries WHERE status <> 'cancelled'"

    result = check_sql(answer, SCHEMA, "sqlite", False, "How many, not including cancelled ones?")

    assert result.sql == answer
    assert sqlite_rows(DDL, result.sql) == [(2,)]


def test_an_event_date_tested_for_null_keeps_out_the_rows_the_question_includes() -> None:
    ddl = """
    CREATE TABLE pledges (pledge_id INTEGER PRIMARY KEY, amount_cents INTEGER NOT NULL,
      pledged_at TEXT NOT NULL, refunded_at TEXT);
    INSERT INTO pledges VALUES (1, 500, '2025-04-02', NULL), (2, 700, '2025-04-09', '2025-04-10'),
      (3, 900, '2025-05-01', NULL);
    """
    schema = parse_schema(ddl, "sqlite")
    answer = (
        "SELECT SUM(amount_cents) FROM pledges WHERE pledged_at >= '2025-04-01' "
        "AND pledged_at < '2025-05-01' AND refunded_at IS NULL"
    )
    question = "What was the total of all pledges made in April 2025, including refunded pledges?"

    result = check_sql(answer, schema, "sqlite", False, question)

    assert result.valid, result.issues
    assert "dropped refunded_at IS NULL" in " ".join(result.corrections)
    assert sqlite_rows(ddl, result.sql) == [(1200,)]


def test_rows_included_by_a_clause_after_their_noun() -> None:
    # Seen on the recycling blind set: "including households that have opted out".
    ddl = """
    CREATE TABLE households (household_id INTEGER PRIMARY KEY, address TEXT NOT NULL,
      opted_out INTEGER NOT NULL CHECK (opted_out IN (0, 1)));
    INSERT INTO households VALUES (1, '1 Elm St', 0), (2, '2 Elm St', 1), (3, '3 Elm St', 0);
    """
    schema = parse_schema(ddl, "sqlite")
    answer = "SELECT address FROM households WHERE household_id > 1 AND opted_out = 0"
    question = "Which households after the first, including households that have opted out?"

    result = check_sql(answer, schema, "sqlite", False, question)

    assert result.valid, result.issues
    assert sorted(sqlite_rows(ddl, result.sql)) == [("2 Elm St",), ("3 Elm St",)]
    assert sqlite_rows(ddl, answer) == [("3 Elm St",)]


HIRES = """
CREATE TABLE freelancers (freelancer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, title TEXT NOT NULL, hired_id INTEGER);
CREATE TABLE proposals (proposal_id INTEGER PRIMARY KEY, freelancer_id INTEGER NOT NULL);
INSERT INTO freelancers VALUES (1, 'Ana'), (2, 'Bilal'), (3, 'Liam');
INSERT INTO jobs VALUES (1, 'Portal', 1);
INSERT INTO proposals VALUES (1, 1), (2, 2);
"""
NEVER_HIRED = (
    "Which freelancers have never been hired, including those who never submitted a proposal?"
)


@pytest.mark.parametrize(
    "anti_join",
    [
        "NOT f.freelancer_id IN (SELECT freelancer_id FROM proposals)",
        "NOT EXISTS (SELECT 1 FROM proposals AS p WHERE p.freelancer_id = f.freelancer_id)",
    ],
)
def test_rows_included_for_lacking_something_are_not_the_only_ones(anti_join: str) -> None:
    # Seen on the freelance blind set: the clause read as a second condition.
    answer = (
        "SELECT f.full_name FROM freelancers AS f WHERE NOT f.freelancer_id IN "
        f"(SELECT hired_id FROM jobs WHERE hired_id IS NOT NULL) AND {anti_join}"
    )
    result = check_sql(answer, parse_schema(HIRES, "sqlite"), "sqlite", False, NEVER_HIRED)

    assert sqlite_rows(HIRES, answer) == [("Liam",)]
    assert result.valid, result.issues
    assert any("the rows without proposals, not only them" in c for c in result.corrections)
    assert sorted(sqlite_rows(HIRES, result.sql)) == [("Bilal",), ("Liam",)]


def test_an_anti_join_the_question_asks_for_stays() -> None:
    answer = (
        "SELECT f.full_name FROM freelancers AS f "
        "WHERE NOT f.freelancer_id IN (SELECT freelancer_id FROM proposals)"
    )
    question = "Which freelancers never submitted a proposal, including new ones?"
    result = check_sql(answer, parse_schema(HIRES, "sqlite"), "sqlite", False, question)

    assert not any("not only them" in c for c in result.corrections)


def test_the_only_anti_join_is_the_one_asked_for() -> None:
    # "never hired, including those who never bid" over proposals alone: the anti-join is the
    # question's own criterion, not a clause read as a second one.
    answer = (
        "SELECT f.full_name FROM freelancers AS f "
        "WHERE NOT f.freelancer_id IN (SELECT freelancer_id FROM proposals)"
    )
    question = (
        "Which freelancers have no proposals on record, including those who never submitted "
        "a proposal at all?"
    )
    result = check_sql(answer, parse_schema(HIRES, "sqlite"), "sqlite", False, question)

    assert not any("not only them" in c for c in result.corrections)
    assert sqlite_rows(HIRES, result.sql) == [("Liam",)]
