"""Rows the question keeps "including those with none", dropped by an inner join or by a WHERE
on the outer-joined table (app.checking.unmatched_rows), run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from app.checking.unmatched_rows import missing_words
from tests.support.checked import checked_sql, without_name_groups
from tests.support.sqlite_rows import sqlite_rows

# Seen on the conference blind set.
SCHEMA = """
CREATE TABLE conferences (conference_id INTEGER PRIMARY KEY, name TEXT, city TEXT);
CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, name TEXT, capacity INTEGER);
CREATE TABLE sessions (
  session_id INTEGER PRIMARY KEY,
  conference_id INTEGER REFERENCES conferences(conference_id),
  room_id INTEGER REFERENCES rooms(room_id),
  title TEXT
);
CREATE TABLE registrations (
  registration_id INTEGER PRIMARY KEY,
  conference_id INTEGER REFERENCES conferences(conference_id),
  cancelled INTEGER CHECK (cancelled IN (0, 1))
);
INSERT INTO conferences VALUES (1, 'DevSummit', 'Berlin'), (2, 'DataWeek', 'Paris'),
  (3, 'AI Forum', 'Berlin');
INSERT INTO rooms VALUES (1, 'Hall A', 300), (2, 'Room 2', 40);
INSERT INTO sessions VALUES (1, 1, 1, 'Keynote'), (2, 1, NULL, 'Lightning talks'),
  (3, 2, 2, 'SQL tuning');
INSERT INTO registrations VALUES (1, 1, 0), (2, 1, 1), (3, 1, 0), (4, 2, 1);
"""

COUNTED = (
    "For each conference, how many registrations are not cancelled? Include conferences with none."
)


def run(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(SCHEMA, sql), key=repr)


@pytest.mark.parametrize(
    "where",
    [
        "r.cancelled = 0",
        "cancelled = 0",
        "r.cancelled = 0 AND c.city = 'Berlin'",
        # Seen on the newsroom blind set: "not counting drafts" as published_at IS NOT NULL.
        "NOT r.cancelled IS NULL AND r.cancelled = 0",
    ],
)
def test_a_where_on_the_outer_joined_table_moves_into_its_on(where: str) -> None:
    answer = (
        "SELECT c.name, COUNT(r.registration_id) FROM conferences c LEFT JOIN registrations r "
        f"ON c.conference_id = r.conference_id WHERE {where} GROUP BY c.name"
    )
    sql, corrections = checked_sql(SCHEMA, COUNTED, answer)
    assert any("in WHERE it drops the rows with no registrations" in c for c in corrections)
    expected = {("DevSummit", 2), ("DataWeek", 0), ("AI Forum", 0)}
    if "city" in where:
        expected = {("DevSummit", 2), ("AI Forum", 0)}
    assert set(run(sql)) == expected
    assert set(run(answer)) != expected  # as written, the WHERE dropped the conferences with none


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # An anti-join asks for the rows without a match: its NULL test stays in WHERE.
        (
            "Which conferences have no registrations, including those with none at all?",
            "SELECT c.name FROM conferences c LEFT JOIN registrations r "
            "ON c.conference_id = r.conference_id WHERE r.registration_id IS NULL",
        ),
        # No rows with none are asked for: the WHERE is the question's own filter.
        (
            "How many registrations that are not cancelled does each conference have?",
            "SELECT c.name, COUNT(r.registration_id) FROM conferences c LEFT JOIN registrations r "
            "ON c.conference_id = r.conference_id WHERE r.cancelled = 0 GROUP BY c.name",
        ),
        # A condition on the listed rows themselves stays where it is.
        (
            COUNTED,
            "SELECT c.name, COUNT(r.registration_id) FROM conferences c LEFT JOIN registrations r "
            "ON c.conference_id = r.conference_id WHERE c.city = 'Berlin' GROUP BY c.name",
        ),
    ],
)
def test_other_wheres_stay(question: str, answer: str) -> None:
    sql, corrections = checked_sql(SCHEMA, question, answer)
    assert not [c for c in corrections if "LEFT JOIN" in c]
    assert run(sql) == run(answer)


def test_a_table_joined_through_another_keeps_its_where() -> None:
    # Its condition would choose rows of a session the conference may not have.
    answer = (
        "SELECT c.name, COUNT(s.session_id) FROM conferences c LEFT JOIN sessions s "
        "ON s.conference_id = c.conference_id LEFT JOIN rooms r ON r.room_id = s.room_id "
        "WHERE r.capacity > 100 GROUP BY c.name"
    )
    question = "How many sessions in big rooms has each conference, including those with none?"
    sql, _ = checked_sql(SCHEMA, question, answer)
    assert "WHERE r.capacity > 100" in sql


LISTED = "List every session with the name of its room, including sessions that have no room yet."


def test_the_missing_tables_inner_join_becomes_a_left_join() -> None:
    answer = "SELECT s.title, r.name FROM sessions s JOIN rooms r ON s.room_id = r.room_id"
    sql, corrections = checked_sql(SCHEMA, LISTED, answer)
    assert "LEFT JOIN rooms" in sql
    assert any("the question keeps the rows with no rooms" in c for c in corrections)
    expected = [("Keynote", "Hall A"), ("Lightning talks", None), ("SQL tuning", "Room 2")]
    assert run(sql) == sorted(expected, key=repr)


def test_a_where_on_the_newly_outer_joined_table_moves_too() -> None:
    answer = (
        "SELECT s.title, r.name FROM sessions s JOIN rooms r ON s.room_id = r.room_id "
        "WHERE r.capacity > 100"
    )
    sql, _ = checked_sql(SCHEMA, LISTED, answer)
    assert "LEFT JOIN rooms AS r ON s.room_id = r.room_id AND r.capacity > 100" in sql
    assert len(run(sql)) == 3


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The question keeps rows without a room; the conference join is only a filter.
        (
            "List the DevSummit sessions with their rooms, including sessions with no room.",
            "SELECT s.title, r.name FROM sessions s JOIN conferences c "
            "ON c.conference_id = s.conference_id LEFT JOIN rooms r ON r.room_id = s.room_id "
            "WHERE c.name = 'DevSummit'",
        ),
        # Nothing is said to be missing.
        (
            "List every session with the name of its room.",
            "SELECT s.title, r.name FROM sessions s JOIN rooms r ON s.room_id = r.room_id",
        ),
    ],
)
def test_other_inner_joins_stay(question: str, answer: str) -> None:
    sql, corrections = checked_sql(SCHEMA, question, answer)
    assert not [c for c in corrections if "inner join drops" in c]
    assert run(sql) == run(answer)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Sessions, including sessions that have no room assigned yet", "room assigned yet"),
        ("Every author, even those without books", "books"),
        ("Tickets per event, including events with none", ""),
        ("Rooms with no windows", ""),
    ],
)
def test_missing_words(question: str, words: str) -> None:
    assert missing_words(question) == words


STOCK = """
CREATE TABLE products (product_id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE stock (product_id INTEGER REFERENCES products(product_id), warehouse TEXT,
  quantity INTEGER);
INSERT INTO products VALUES (1, 'Kettle'), (2, 'Toaster'), (3, 'Lamp');
INSERT INTO stock VALUES (1, 'Leeds', 12), (1, 'York', 30), (2, 'Leeds', 7);
"""
# Seen on the shop blind set.
LOW_STOCK = (
    "Which products have fewer than 20 units in stock, including products that are not stocked "
    "anywhere? Show the name and the total units."
)


def test_a_sum_over_the_outer_joined_table_counts_none_as_zero() -> None:
    answer = (
        "SELECT p.name, SUM(s.quantity) AS units FROM products p LEFT JOIN stock s "
        "ON p.product_id = s.product_id GROUP BY p.name HAVING SUM(s.quantity) < 20"
    )
    sql, corrections = checked_sql(STOCK, LOW_STOCK, answer)
    assert "COALESCE(SUM(s.quantity), 0) AS units" in sql
    assert "HAVING COALESCE(SUM(s.quantity), 0) < 20" in sql
    assert without_name_groups(corrections) == [
        "SUM(s.quantity) -> COALESCE(SUM(s.quantity), 0): the total of a row with none is 0, "
        "where SUM gives NULL"
    ]
    assert sorted(sqlite_rows(STOCK, sql)) == [("Lamp", 0), ("Toaster", 7)]
    assert sorted(sqlite_rows(STOCK, answer)) == [("Toaster", 7)]


def test_a_sum_that_tests_the_outer_joined_rows_counts_none_as_zero_too() -> None:
    # Seen on the crowdfunding blind set: the SUM's own CASE picks the rows, yet a product
    # with no stock still adds only NULLs.
    answer = (
        "SELECT p.name, SUM(CASE WHEN s.warehouse IS NULL OR s.warehouse <> 'York' THEN "
        "s.quantity ELSE 0 END) FROM products p LEFT JOIN stock s ON p.product_id = s.product_id "
        "GROUP BY p.name"
    )
    question = "Units per product outside York, showing 0 for products that are not stocked."

    sql, corrections = checked_sql(STOCK, question, answer)

    assert any("COALESCE" in note for note in corrections)
    assert sorted(sqlite_rows(STOCK, sql)) == [("Kettle", 12), ("Lamp", 0), ("Toaster", 7)]
    assert ("Lamp", None) in sqlite_rows(STOCK, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # No rows with none asked for.
        (
            "Which products have fewer than 20 units in stock?",
            "SELECT p.name, SUM(s.quantity) FROM products p LEFT JOIN stock s "
            "ON p.product_id = s.product_id GROUP BY p.name HAVING SUM(s.quantity) < 20",
        ),
        # An average of nothing has no value: it stays NULL.
        (
            LOW_STOCK,
            "SELECT p.name, AVG(s.quantity) FROM products p LEFT JOIN stock s "
            "ON p.product_id = s.product_id GROUP BY p.name",
        ),
        # Already a total of 0.
        (
            LOW_STOCK,
            "SELECT p.name, IFNULL(SUM(s.quantity), 0) FROM products p LEFT JOIN stock s "
            "ON p.product_id = s.product_id GROUP BY p.name",
        ),
    ],
)
def test_other_totals_stay(question: str, answer: str) -> None:
    sql, corrections = checked_sql(STOCK, question, answer)
    assert not [c for c in corrections if "COALESCE" in c]
    assert sorted(sqlite_rows(STOCK, sql), key=repr) == sorted(sqlite_rows(STOCK, answer), key=repr)


# Seen on the charity blind set: the groups with nothing to count, dropped by an inner join of
# the counted table, with "showing 0 for" as the words that keep them.
@pytest.mark.parametrize(
    "question",
    [
        "How many registrations does each conference have, showing 0 for conferences with none?",
        "Registrations per conference (0 if there are none).",
        COUNTED,
    ],
)
def test_an_inner_join_of_the_counted_table_becomes_a_left_join(question: str) -> None:
    answer = (
        "SELECT c.name, COUNT(r.registration_id) AS registrations FROM conferences AS c "
        "JOIN registrations AS r ON r.conference_id = c.conference_id "
        "WHERE r.cancelled = 0 GROUP BY c.conference_id, c.name"
    )
    sql, corrections = checked_sql(SCHEMA, question, answer)

    assert "LEFT JOIN registrations AS r" in sql
    assert any("keeps the groups with nothing to count" in note for note in corrections)
    assert run(sql) == [("AI Forum", 0), ("DataWeek", 0), ("DevSummit", 2)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # No groups with none asked for.
        (
            "How many registrations does each conference have?",
            "SELECT c.name, COUNT(r.registration_id) FROM conferences AS c "
            "JOIN registrations AS r ON r.conference_id = c.conference_id GROUP BY c.name",
        ),
        # The counted table's column is returned as it is: not only counted.
        (
            COUNTED,
            "SELECT c.name, r.cancelled, COUNT(*) FROM conferences AS c "
            "JOIN registrations AS r ON r.conference_id = c.conference_id "
            "GROUP BY c.name, r.cancelled",
        ),
    ],
)
def test_other_grouped_inner_joins_stay(question: str, answer: str) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(answer, schema, "sqlite", allow_write=False, question=question)

    assert "LEFT JOIN" not in result.sql
    assert not any("nothing to count" in note for note in result.corrections)


BERLIN = (
    "For each conference in Berlin, how many registrations are not cancelled? Include "
    "conferences with none."
)


@pytest.mark.parametrize(
    "on",
    [
        # Seen on the pharmacy blind set: the listed table's own test in the join's ON.
        "c.conference_id = r.conference_id AND r.cancelled = 0 AND c.city = 'Berlin'",
        "c.city = 'Berlin' AND c.conference_id = r.conference_id AND r.cancelled = 0",
    ],
)
def test_a_condition_on_the_listed_table_moves_from_on_to_where(on: str) -> None:
    answer = (
        "SELECT c.name, COUNT(r.registration_id) FROM conferences c LEFT JOIN registrations r "
        f"ON {on} GROUP BY c.name"
    )
    sql, corrections = checked_sql(SCHEMA, BERLIN, answer)

    assert run(answer) == [("AI Forum", 0), ("DataWeek", 0), ("DevSummit", 2)]
    assert "WHERE c.city = 'Berlin'" in sql
    assert any("only leaves the others unmatched" in note for note in corrections)
    assert run(sql) == [("AI Forum", 0), ("DevSummit", 2)]
