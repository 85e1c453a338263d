"""A name EXCEPT (or INTERSECT) the ids keyed to its table: rewritten as key membership, and
run on real SQLite to show the rows it answers with."""

from __future__ import annotations

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE users (user_id INTEGER PRIMARY KEY, username TEXT NOT NULL);
CREATE TABLE payments (payment_id INTEGER PRIMARY KEY,
  user_id INTEGER REFERENCES users (user_id), amount_cents INTEGER, refunded INTEGER);
CREATE TABLE notes (note_id INTEGER PRIMARY KEY, author TEXT);
"""
ROWS = """
INSERT INTO users VALUES (1, 'ana'), (2, 'bjorn'), (3, 'chloe');
INSERT INTO payments VALUES (1, 1, 999, 0), (2, 3, 500, 1), (3, NULL, 100, 0);
INSERT INTO notes VALUES (1, 'ana');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql))


def test_except_of_a_key_becomes_not_in_and_survives_null_keys() -> None:
    sql = "SELECT username FROM users EXCEPT SELECT user_id FROM payments WHERE refunded = 0"
    assert rows(sql) == [("ana",), ("bjorn",), ("chloe",)]  # no name equals an id

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Who never paid?")

    assert result.valid, result.issues
    # The NULL user_id of payment 3 would make a bare NOT IN keep no row at all.
    assert rows(result.sql) == [("bjorn",), ("chloe",)]
    assert result.corrections == [
        "EXCEPT matched users.username (TEXT) with payments.user_id (INT), a key to users: "
        "rewritten as users.user_id NOT IN (SELECT user_id FROM payments ...)"
    ]


def test_intersect_of_a_key_becomes_in_through_aliases() -> None:
    sql = "SELECT u.username FROM users AS u INTERSECT SELECT p.user_id FROM payments AS p"

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which users have paid?")

    assert result.valid, result.issues
    assert rows(result.sql) == [("ana",), ("chloe",)]
    assert (
        "rewritten as u.user_id IN (SELECT p.user_id FROM payments ...)" in (result.corrections[0])
    )


def test_text_matched_with_text_is_left_as_written() -> None:
    sql = "SELECT username FROM users EXCEPT SELECT author FROM notes"

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Who has written no note?")

    assert result.valid, result.issues
    assert result.corrections == []
    assert rows(result.sql) == [("bjorn",), ("chloe",)]


def test_a_number_that_is_no_key_to_the_table_is_still_refused() -> None:
    sql = "SELECT username FROM users EXCEPT SELECT amount_cents FROM payments"

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which users paid nothing?")

    assert not result.valid
    assert result.corrections == []
    assert result.issues[0].startswith(
        "EXCEPT matches users.username (TEXT) with payments.amount_cents (INT)"
    )
