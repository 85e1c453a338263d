"""A key compared with a year the question names is refused, with the date columns to read the
year from; a number the question calls an id, and a year read from a date, pass. The answers
run on real SQLite to show what the refused one would have returned."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE donors (donor_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE donations (
  donation_id INTEGER PRIMARY KEY,
  donor_id INTEGER NOT NULL REFERENCES donors(donor_id),
  amount_pence INTEGER NOT NULL,
  donated_at TEXT NOT NULL
);
CREATE TABLE tags (tag_id INTEGER PRIMARY KEY, label TEXT NOT NULL);
"""
ROWS = """
INSERT INTO donors VALUES (1, 'Ada'), (2, 'Lin'), (3, 'Sam'), (4, 'Kim');
INSERT INTO donations VALUES (1, 1, 500, '2024-03-01 10:00:00'), (2, 1, 700, '2025-04-01 10:00:00'),
  (3, 2, 900, '2024-05-01 10:00:00'),
  (4, 2, 300, '2025-06-01 10:00:00'), (5, 4, 200, '2024-07-01 10:00:00'),
  (6, 4, 200, '2025-08-01 10:00:00'), (2024, 3, 100, '2023-01-01 10:00:00'),
  (2025, 3, 100, '2023-02-01 10:00:00');
INSERT INTO tags VALUES (2024, 'gala');
"""
SCHEMA = parse_schema(DDL, "sqlite")
BOTH_YEARS = "How many donors gave in 2024 and also in 2025?"
BOTH_YEARS_GOLD = (
    "SELECT COUNT(*) FROM (SELECT donor_id FROM donations "
    "WHERE STRFTIME('%Y', donated_at) = '2024' INTERSECT SELECT donor_id FROM donations "
    "WHERE STRFTIME('%Y', donated_at) = '2025')"
)


def run(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return database.execute(sql).fetchall()


@pytest.mark.parametrize(
    "answer",
    [
        "SELECT COUNT(DISTINCT donor_id) FROM donations WHERE donation_id IN (2024, 2025)",
        "SELECT COUNT(*) FROM donations AS d WHERE d.donation_id BETWEEN 2024 AND 2025",
        "SELECT COUNT(*) FROM donors AS o JOIN donations AS d ON d.donor_id = o.donor_id "
        "WHERE o.donor_id = 2025",
    ],
)
def test_a_key_compared_with_the_asked_years_is_refused(answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", allow_write=False, question=BOTH_YEARS)

    assert not result.valid
    assert "not a year; read the year from donations.donated_at" in result.issues[0]
    assert run(BOTH_YEARS_GOLD) == [(3,)]  # Ada, Lin and Kim
    assert run(answer) != [(3,)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # A year read from the date passes.
        (BOTH_YEARS, BOTH_YEARS_GOLD),
        # The question calls the number an id.
        (
            "How much was donation id 2024?",
            "SELECT amount_pence FROM donations WHERE donation_id = 2024",
        ),
        (
            "Which donor made donation #2025?",
            "SELECT donor_id FROM donations WHERE donation_id = 2025",
        ),
        # A number the question never says.
        (BOTH_YEARS, "SELECT COUNT(*) FROM donations WHERE donation_id = 1999"),
        # No table read has a date to take a year from.
        ("Which tag is 2024?", "SELECT label FROM tags WHERE tag_id = 2024"),
    ],
)
def test_years_read_from_dates_and_numbers_called_ids_pass(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", allow_write=False, question=question)

    assert result.valid, result.issues
    assert run(result.sql)
