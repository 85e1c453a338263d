"""Declared values an answer keeps that the question never says (app.candidates.unasked_values)."""

from __future__ import annotations

import pytest

from app.candidates.unasked_values import said, unasked_values
from app.checking import parse_schema

SCHEMA = parse_schema(
    "CREATE TABLE players (player_id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "position TEXT NOT NULL CHECK (position IN ('GK', 'DF', 'MF', 'FW')));\n"
    "CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, client TEXT NOT NULL, "
    "status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')));\n"
    "CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL, "
    "direction TEXT NOT NULL CHECK (direction IN ('client_to_freelancer', "
    "'freelancer_to_client')), rating INTEGER NOT NULL);",
    "sqlite",
)


def issues(question: str, sql: str) -> list[str]:
    return unasked_values(question, sql, "sqlite", SCHEMA)


def test_a_value_kept_that_the_question_never_says_is_named() -> None:
    found = issues(
        "Which clients have posted a job?", "SELECT client FROM jobs WHERE status = 'open'"
    )
    assert found == [
        "the SQL keeps only rows where jobs.status = 'open', a value the question does not "
        "say: if no words of the question mean that value, remove the condition; if they do, "
        "keep it"
    ]


def test_a_list_of_values_kept_is_named_as_a_list() -> None:
    found = issues(
        "How many jobs does each client have?",
        "SELECT client, COUNT(*) FROM jobs WHERE status IN ('open', 'done') GROUP BY client",
    )
    assert len(found) == 1 and "jobs.status IN ('open', 'done')" in found[0]


def test_a_value_in_a_subquery_is_found_in_its_own_scope() -> None:
    sql = "SELECT client FROM jobs WHERE job_id IN (SELECT job_id FROM jobs WHERE status = 'open')"
    assert len(issues("Which clients have posted a job?", sql)) == 1


def test_a_value_that_narrows_what_a_not_in_excludes_is_named() -> None:
    # "Never had a job" is not "never had an open job": the subquery's filter narrows the
    # exclusion, and keeps clients whose only jobs are in progress.
    sql = (
        "SELECT client FROM jobs WHERE NOT client IN "
        "(SELECT client FROM jobs WHERE status = 'open')"
    )
    found = issues("Which clients have never had a job cancelled?", sql)
    assert len(found) == 1 and "jobs.status = 'open'" in found[0]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # Said: the word, a plural, an abbreviation, a synonym, one value of a list.
        ("Which jobs are open?", "SELECT job_id FROM jobs WHERE status = 'open'"),
        ("Which jobs are in progress?", "SELECT job_id FROM jobs WHERE status = 'in_progress'"),
        ("Who are the goalkeepers?", "SELECT name FROM players WHERE position = 'GK'"),
        ("Name every midfielder.", "SELECT name FROM players WHERE position = 'MF'"),
        ("Which jobs were completed?", "SELECT job_id FROM jobs WHERE status = 'done'"),
        (
            "How many jobs are open or cancelled?",
            "SELECT COUNT(*) FROM jobs WHERE status IN ('open', 'cancelled')",
        ),
        (
            "Ratings clients gave freelancers",
            "SELECT rating FROM reviews WHERE direction = 'client_to_freelancer'",
        ),
        # Not a filter that keeps rows: an exclusion, a count in a CASE.
        ("Which jobs are not cancelled?", "SELECT job_id FROM jobs WHERE status <> 'cancelled'"),
        ("Which jobs did clients post?", "SELECT job_id FROM jobs WHERE NOT status = 'cancelled'"),
        (
            "What share of jobs is open?",
            "SELECT AVG(CASE WHEN status = 'open' THEN 1.0 ELSE 0 END) FROM jobs",
        ),
        # A column whose values the schema does not declare.
        ("Which jobs did Acme post?", "SELECT job_id FROM jobs WHERE client = 'Acme'"),
    ],
)
def test_values_the_question_says_or_filters_that_keep_nothing_out_are_not_named(
    question: str, sql: str
) -> None:
    assert issues(question, sql) == []


def test_sql_that_does_not_parse_has_no_issues() -> None:
    assert issues("Which jobs?", "SELECT FROM WHERE (") == []


@pytest.mark.parametrize(
    ("value", "question", "expected"),
    [
        ("FW", "average salary of forwards", True),
        ("GP", "patients of a general practitioner", True),
        ("GP", "which prescribers wrote the most", False),
        ("pending", "proposals still waiting for a decision", True),
        ("active", "the current tenant of 12 Mill Street", True),
        ("deposit", "the balance of every open account", False),
        ("whole_blood", "samples of whole blood", True),
        ("whole_blood", "samples sent by each clinic", False),
    ],
)
def test_said_reads_words_roots_abbreviations_and_synonyms(
    value: str, question: str, expected: bool
) -> None:
    assert said(value, question.lower().split()) is expected
