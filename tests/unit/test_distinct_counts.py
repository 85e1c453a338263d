""" "How many <table>" counted over a join that repeats each of its rows counts each row once;
a count of the table's own rows, or of groups that are its rows, stays as written. The
corrected SQL runs on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE passengers (passenger_id INTEGER PRIMARY KEY, full_name TEXT, nationality TEXT);
CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY,
  passenger_id INTEGER REFERENCES passengers (passenger_id), fare_class TEXT);
"""
ROWS = """
INSERT INTO passengers VALUES (1, 'Ana', 'Spain'), (2, 'Ben', 'Spain'), (3, 'Cy', 'Ireland');
INSERT INTO bookings VALUES (1, 1, 'business'), (2, 1, 'business'), (3, 1, 'business'),
  (4, 2, 'business'), (5, 3, 'economy');
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "How many passengers of each nationality have booked business class?"
JOINED = (
    "FROM passengers AS p JOIN bookings AS b ON p.passenger_id = b.passenger_id "
    "WHERE b.fare_class = 'business' GROUP BY p.nationality"
)


@pytest.mark.parametrize("count", ["COUNT(b.booking_id)", "COUNT(*)"])
def test_the_asked_rows_are_counted_once_each(count: str) -> None:
    # Seen on the airline blind set: Ana's three business bookings counted her three times.
    sql = f"SELECT p.nationality, {count} {JOINED}"
    assert sqlite_rows(DDL + ROWS, sql) == [("Spain", 4)]

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert result.corrections == [
        f"{count} -> COUNT(DISTINCT p.passenger_id) (the question counts passengers, and the "
        "join repeats each passengers row once per bookings row)"
    ]
    assert sqlite_rows(DDL + ROWS, result.sql) == [("Spain", 2)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # The bookings asked for are the rows counted.
        (
            "How many bookings of each nationality are in business?",
            f"SELECT p.nationality, COUNT(b.booking_id) {JOINED}",
        ),
        # Already distinct.
        (QUESTION, f"SELECT p.nationality, COUNT(DISTINCT p.passenger_id) {JOINED}"),
        # Grouped by the passenger: each group is one passenger, its bookings counted.
        (
            "How many bookings has each of the passengers made?",
            "SELECT p.passenger_id, COUNT(b.booking_id) FROM passengers AS p JOIN bookings AS b "
            "ON p.passenger_id = b.passenger_id GROUP BY p.passenger_id",
        ),
        # No join repeats the passengers.
        (
            "How many passengers are Spanish?",
            "SELECT COUNT(*) FROM passengers WHERE nationality = 'Spain'",
        ),
    ],
)
def test_counts_of_the_rows_asked_stay_as_written(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not any("COUNT(DISTINCT" in note for note in result.corrections), result.corrections


NEWSROOM = """
CREATE TABLE articles (article_id INTEGER PRIMARY KEY, headline TEXT);
CREATE TABLE comments (comment_id INTEGER PRIMARY KEY,
  article_id INTEGER REFERENCES articles (article_id), commenter_name TEXT);
CREATE TABLE article_readers (article_id INTEGER REFERENCES articles (article_id),
  reader TEXT, PRIMARY KEY (article_id, reader));
INSERT INTO articles VALUES (1, 'Rates'), (2, 'Rain');
INSERT INTO comments VALUES (1, 1, 'Mo'), (2, 1, 'Mo'), (3, 1, 'Li'), (4, 2, 'Li');
"""
MORE_THAN_ONE = "Which commenters have commented on more than one article?"


def test_a_key_counted_where_the_rows_it_points_at_are_asked_counts_each_once() -> None:
    # Seen on the newsroom blind set: Mo's two comments on one article counted as two articles.
    sql = "SELECT commenter_name FROM comments GROUP BY commenter_name HAVING COUNT(article_id) > 1"
    assert sorted(sqlite_rows(NEWSROOM, sql)) == [("Li",), ("Mo",)]

    result = check_sql(sql, parse_schema(NEWSROOM, "sqlite"), "sqlite", False, MORE_THAN_ONE)

    assert result.valid, result.issues
    assert "COUNT(DISTINCT article_id) > 1" in result.sql
    assert sqlite_rows(NEWSROOM, result.sql) == [("Li",)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # The comments are what is counted.
        (
            "Which commenters have written more than one comment?",
            "SELECT commenter_name FROM comments GROUP BY commenter_name "
            "HAVING COUNT(article_id) > 1",
        ),
        # A link table keyed by its pair holds each pair once already.
        (
            "Which readers have read more than one article?",
            "SELECT reader FROM article_readers GROUP BY reader HAVING COUNT(article_id) > 1",
        ),
    ],
)
def test_a_count_of_other_rows_or_of_unique_pairs_stays(question: str, sql: str) -> None:
    result = check_sql(sql, parse_schema(NEWSROOM, "sqlite"), "sqlite", False, question)

    assert "DISTINCT" not in result.sql
