"""A group key that the group's own aggregates test (``GROUP BY c.title, u.backers_only`` with
``COUNT(CASE WHEN u.backers_only ...)``) is dropped from the GROUP BY
(app.checking.tested_groups); the corrected SQL runs on real SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer
from tests.support.sqlite_rows import sqlite_rows

# Seen on the crowdfunding blind set.
DDL = """
CREATE TABLE campaigns (campaign_id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE updates (update_id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (campaign_id),
  backers_only BOOLEAN NOT NULL);
INSERT INTO campaigns VALUES (1, 'Board game'), (2, 'Lamp');
INSERT INTO updates VALUES (1, 1, TRUE), (2, 1, FALSE), (3, 1, TRUE), (4, 2, FALSE);
"""
QUESTION = (
    "For each campaign with updates, give the title, the number of updates and how many of "
    "them only backers can see."
)
WANTED = [("Board game", 3, 2), ("Lamp", 1, 0)]


@pytest.mark.parametrize(
    "answer",
    [
        "SELECT c.title, COUNT(*), COUNT(CASE WHEN u.backers_only THEN 1 END) FROM campaigns AS c "
        "JOIN updates AS u ON u.campaign_id = c.campaign_id GROUP BY c.title, u.backers_only",
        "SELECT c.title, COUNT(*), SUM(CASE WHEN u.backers_only = TRUE THEN 1 ELSE 0 END) FROM "
        "campaigns AS c JOIN updates AS u ON u.campaign_id = c.campaign_id "
        "GROUP BY u.backers_only, c.title",
    ],
)
def test_a_group_key_tested_inside_the_aggregates_is_dropped(answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert any("dropped from GROUP BY" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == WANTED
    assert sorted(sqlite_rows(DDL, answer)) != WANTED


def test_postgresql_filter_counts_the_same(postgres_scorer: PostgresScorer, tmp_path: Path) -> None:
    dump = tmp_path / "updates.sql"
    dump.write_text(DDL)
    answer = (
        "SELECT c.title, COUNT(*), COUNT(*) FILTER (WHERE u.backers_only) FROM campaigns AS c "
        "JOIN updates AS u ON u.campaign_id = c.campaign_id GROUP BY c.title, u.backers_only"
    )
    gold = (
        "SELECT c.title, COUNT(*), COUNT(*) FILTER (WHERE u.backers_only) FROM campaigns AS c "
        "JOIN updates AS u ON u.campaign_id = c.campaign_id GROUP BY c.title"
    )

    result = check_sql(answer, parse_schema(DDL, "postgres"), "postgres", False, QUESTION)

    assert result.valid, result.issues
    assert postgres_scorer.score(dump, gold, result.sql) == (True, True)
    assert postgres_scorer.score(dump, gold, answer) == (False, False)


@pytest.mark.parametrize(
    "answer",
    [
        # The key is returned: one row per campaign and kind is what the query says.
        "SELECT c.title, u.backers_only, COUNT(*) FROM campaigns AS c JOIN updates AS u "
        "ON u.campaign_id = c.campaign_id GROUP BY c.title, u.backers_only",
        # A key of its table: grouping by it tells apart campaigns with the same title.
        "SELECT c.title, COUNT(CASE WHEN c.campaign_id > 1 THEN 1 END) FROM campaigns AS c "
        "JOIN updates AS u ON u.campaign_id = c.campaign_id GROUP BY c.campaign_id, c.title",
        # The only key: dropping it would change what the query is.
        "SELECT COUNT(CASE WHEN u.backers_only THEN 1 END) FROM updates AS u "
        "GROUP BY u.backers_only",
        # Aggregated, not tested.
        "SELECT c.title, COUNT(DISTINCT u.backers_only) FROM campaigns AS c JOIN updates AS u "
        "ON u.campaign_id = c.campaign_id GROUP BY c.title, u.backers_only",
    ],
)
def test_other_group_keys_stay(answer: str) -> None:
    result = check_sql(answer, parse_schema(DDL, "sqlite"), "sqlite", False, QUESTION)

    assert not any("dropped from GROUP BY" in note for note in result.corrections)
