"""A question that counts a table's rows is answered by a query that reads them (or a key to
them, or a column named after them); one that reads none is refused, naming the keys that lead
there. Each SQL runs on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE users (user_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE listings (
  listing_id INTEGER PRIMARY KEY, seller_id INTEGER NOT NULL REFERENCES users(user_id),
  title TEXT NOT NULL
);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY, listing_id INTEGER NOT NULL REFERENCES listings(listing_id),
  buyer_id INTEGER NOT NULL REFERENCES users(user_id)
);
CREATE TABLE teams (team_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE matches (
  match_id INTEGER PRIMARY KEY, home_team_id INTEGER REFERENCES teams(team_id),
  home_goals INTEGER
);
CREATE TABLE goals (goal_id INTEGER PRIMARY KEY, match_id INTEGER REFERENCES matches(match_id));
"""
ROWS = """
INSERT INTO users VALUES (1, 'Anna', 'Berlin'), (2, 'Bruno', 'Lyon'), (3, 'Carla', 'Lyon');
INSERT INTO listings VALUES (1, 1, 'Lamp'), (2, 1, 'Desk'), (3, 1, 'Bike'), (4, 2, 'Tent');
INSERT INTO orders VALUES (1, 1, 2), (2, 2, 3), (3, 4, 3);
INSERT INTO teams VALUES (1, 'Rovers');
INSERT INTO matches VALUES (1, 1, 2);
INSERT INTO goals VALUES (1, 1), (2, 1);
"""
SCHEMA = parse_schema(DDL, "sqlite")
CITIES = "Which city has placed the most orders?"


def rows(sql: str) -> list[tuple[object, ...]]:
    return sqlite_rows(DDL + ROWS, sql)


def test_counting_listings_for_the_most_orders_is_refused_naming_the_keys_to_orders() -> None:
    sql = (
        "SELECT u.city FROM listings AS l JOIN users AS u ON l.seller_id = u.user_id "
        "GROUP BY u.city ORDER BY COUNT(*) DESC LIMIT 1"
    )
    assert rows(sql) == [("Berlin",)]  # the city that lists the most, not that orders the most

    result = check_sql(sql, SCHEMA, "sqlite", False, CITIES)

    assert not result.valid
    assert result.issues == [
        "the question counts orders, but the query reads no row of orders: count the rows of "
        "orders (joined through orders.buyer_id -> users, orders.listing_id -> listings)"
    ]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            CITIES,
            "SELECT u.city FROM orders AS o JOIN users AS u ON o.buyer_id = u.user_id "
            "GROUP BY u.city ORDER BY COUNT(*) DESC LIMIT 1",
        ),
        # A column named after the rows counted: "home_goals" for goals.
        ("How many goals were scored at home?", "SELECT SUM(home_goals) FROM matches"),
        # A key to the rows counted: listings.seller_id for users.
        (
            "How many users have listed something?",
            "SELECT COUNT(DISTINCT seller_id) FROM listings",
        ),
        # Rows of another table, named by a word that is no table's.
        ("How many items are listed?", "SELECT COUNT(*) FROM listings"),
    ],
)
def test_counts_that_read_the_rows_counted_pass(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    rows(result.sql)  # and it runs


BOOKINGS = """
CREATE TABLE spaces (space_id INTEGER PRIMARY KEY, space_type TEXT NOT NULL);
CREATE TABLE desk_bookings (desk_booking_id INTEGER PRIMARY KEY,
  space_id INTEGER NOT NULL REFERENCES spaces(space_id), booked_for TEXT NOT NULL);
CREATE TABLE room_bookings (room_booking_id INTEGER PRIMARY KEY,
  space_id INTEGER NOT NULL REFERENCES spaces(space_id), starts_at TEXT NOT NULL);
INSERT INTO spaces VALUES (1, 'hot_desk'), (2, 'meeting_room');
INSERT INTO desk_bookings VALUES (1, 1, '2026-01-05'), (2, 1, '2026-01-06');
INSERT INTO room_bookings VALUES (1, 1, '2026-01-07 09:00');
"""


def test_a_table_named_in_two_words_is_counted_by_both() -> None:
    # Seen on the coworking blind set: "bookings" alone let room_bookings pass.
    sql = (
        "SELECT COUNT(*) FROM room_bookings AS r JOIN spaces AS s ON r.space_id = s.space_id "
        "WHERE s.space_type = 'hot_desk'"
    )
    assert sqlite_rows(BOOKINGS, sql) == [(1,)]  # the desk bookings are 2

    result = check_sql(
        sql, parse_schema(BOOKINGS, "sqlite"), "sqlite", False, "How many hot-desk bookings?"
    )

    assert not result.valid
    assert result.issues[0].startswith(
        "the question counts desk bookings, but the query reads no row of desk_bookings"
    )
