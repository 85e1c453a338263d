"""A group the question asks for each of is not split by its rows' key
(app.checking.split_groups): run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, workshop TEXT NOT NULL, title TEXT NOT NULL);
CREATE TABLE labour_entries (entry_id INTEGER PRIMARY KEY,
  job_id INTEGER NOT NULL REFERENCES jobs(job_id), minutes INTEGER NOT NULL);
INSERT INTO jobs VALUES (1, 'NORTH', 'Brakes'), (2, 'NORTH', 'Clutch'), (3, 'SOUTH', 'Tyres');
INSERT INTO labour_entries VALUES (1, 1, 90), (2, 2, 30), (3, 3, 60), (4, 3, 30);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "How many hours of labour were logged at each workshop?"


def test_the_key_that_splits_each_workshop_into_its_jobs_is_dropped() -> None:
    sql = (
        "SELECT j.workshop, SUM(l.minutes) / 60.0 FROM jobs AS j JOIN labour_entries AS l "
        "ON j.job_id = l.job_id GROUP BY j.workshop, j.job_id"
    )
    assert len(sqlite_rows(DDL, sql)) == 3  # NORTH twice

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert sorted(sqlite_rows(DDL, result.sql)) == [("NORTH", 2.0), ("SOUTH", 1.5)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # Each job asked for: its key is the group.
        (
            "How many hours were logged on each job, with its workshop?",
            "SELECT j.workshop, SUM(l.minutes) FROM jobs AS j JOIN labour_entries AS l "
            "ON j.job_id = l.job_id GROUP BY j.workshop, j.job_id",
        ),
        # The job's own title returned: each row is a job.
        (
            QUESTION,
            "SELECT j.workshop, j.title, SUM(l.minutes) FROM jobs AS j JOIN labour_entries AS l "
            "ON j.job_id = l.job_id GROUP BY j.workshop, j.job_id, j.title",
        ),
    ],
)
def test_keys_that_make_the_groups_asked_stay(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)
    assert "job_id" in result.sql.split("GROUP BY")[1]
