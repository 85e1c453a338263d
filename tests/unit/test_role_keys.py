"""A table reached through the key of a role the question never says (the buyer, for "each
seller") is refused, naming the key of the role asked; the roles a question says by noun or by
active verb are read as asked, and passive or prepositional verbs are left to the model. Each SQL
runs on real SQLite to show what the refused answer returned and what the repaired one does."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE users (user_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
CREATE TABLE listings (
  listing_id INTEGER PRIMARY KEY, seller_id INTEGER NOT NULL REFERENCES users(user_id),
  title TEXT NOT NULL, price_cents INTEGER NOT NULL
);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY, listing_id INTEGER NOT NULL REFERENCES listings(listing_id),
  buyer_id INTEGER NOT NULL REFERENCES users(user_id)
);
CREATE TABLE messages (
  message_id INTEGER PRIMARY KEY, sender_id INTEGER NOT NULL REFERENCES users(user_id),
  recipient_id INTEGER NOT NULL REFERENCES users(user_id), body TEXT
);
CREATE TABLE teams (team_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE matches (
  match_id INTEGER PRIMARY KEY, home_team_id INTEGER REFERENCES teams(team_id),
  away_team_id INTEGER REFERENCES teams(team_id), home_goals INTEGER, away_goals INTEGER
);
"""
ROWS = """
INSERT INTO users VALUES (1, 'Anna'), (2, 'Bruno'), (3, 'Carla');
INSERT INTO listings VALUES (1, 1, 'Lamp', 2000), (2, 1, 'Desk', 9000), (3, 2, 'Bike', 15000);
INSERT INTO orders VALUES (1, 1, 2), (2, 2, 3), (3, 3, 3);
INSERT INTO messages VALUES (1, 2, 1, 'hi'), (2, 3, 1, 'hello'), (3, 1, 2, 'yes');
INSERT INTO teams VALUES (1, 'Rovers'), (2, 'United');
INSERT INTO matches VALUES (1, 1, 2, 2, 0), (2, 2, 1, 1, 1);
"""
SCHEMA = parse_schema(DDL, "sqlite")
EARNED = "How much has each seller earned from sold items?"


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql))


def test_a_seller_question_answered_through_the_buyer_key_is_refused_naming_the_seller_key() -> (
    None
):
    sql = (
        "SELECT u.full_name, SUM(l.price_cents) FROM users AS u JOIN orders AS o "
        "ON u.user_id = o.buyer_id JOIN listings AS l ON o.listing_id = l.listing_id "
        "GROUP BY u.user_id, u.full_name"
    )
    assert rows(sql) == [("Bruno", 2000), ("Carla", 24000)]  # what each user bought

    result = check_sql(sql, SCHEMA, "sqlite", False, EARNED)

    assert not result.valid
    assert result.issues == [
        "the query reaches users through orders.buyer_id, the buyer, which the question does "
        "not ask about; it asks about the seller: join users through listings.seller_id instead"
    ]


def test_the_answer_through_the_seller_key_passes_and_returns_what_each_seller_earned() -> None:
    sql = (
        "SELECT u.full_name, SUM(l.price_cents) FROM orders AS o JOIN listings AS l "
        "ON o.listing_id = l.listing_id JOIN users AS u ON u.user_id = l.seller_id "
        "GROUP BY u.user_id, u.full_name"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, EARNED)

    assert result.valid, result.issues
    assert rows(result.sql) == [("Anna", 11000), ("Bruno", 15000)]


@pytest.mark.parametrize(
    ("question", "sql", "meant"),
    [
        # The role's verb, active: "users who have sold" are sellers.
        (
            "Which users have sold at least one item?",
            "SELECT u.full_name FROM users AS u WHERE EXISTS "
            "(SELECT 1 FROM orders AS o WHERE o.buyer_id = u.user_id)",
            "listings.seller_id",
        ),
        # "each user sent messages to": the sender; the recipient key, read twice, the other.
        (
            "How many different people has each user sent messages to?",
            "SELECT u.full_name, COUNT(DISTINCT m.recipient_id) FROM messages AS m JOIN users AS u "
            "ON m.recipient_id = u.user_id GROUP BY u.user_id, u.full_name",
            "messages.sender_id",
        ),
        (
            "How many goals did each team score in its home games?",
            "SELECT t.name, SUM(m.away_goals) FROM matches AS m JOIN teams AS t "
            "ON t.team_id = m.away_team_id GROUP BY t.team_id, t.name",
            "matches.home_team_id",
        ),
    ],
)
def test_roles_said_by_noun_or_active_verb_are_asked(question: str, sql: str, meant: str) -> None:
    rows(sql)  # it runs

    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not result.valid
    assert result.issues[0].endswith(f"join {result.issues[0].split()[3]} through {meant} instead")


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # The role asked is the one read.
        (
            "Which buyer has spent the most?",
            "SELECT u.full_name FROM orders AS o JOIN listings AS l ON l.listing_id = o.listing_id "
            "JOIN users AS u ON u.user_id = o.buyer_id GROUP BY u.user_id, u.full_name "
            "ORDER BY SUM(l.price_cents) DESC LIMIT 1",
        ),
        # Passive or prepositional verbs say the other role: left to the model.
        (
            "How many messages were sent to each user?",
            "SELECT u.full_name, COUNT(m.message_id) FROM users AS u LEFT JOIN messages AS m "
            "ON m.recipient_id = u.user_id GROUP BY u.user_id, u.full_name",
        ),
        (
            "How many items were sold to each user?",
            "SELECT u.full_name, COUNT(o.order_id) FROM users AS u LEFT JOIN orders AS o "
            "ON o.buyer_id = u.user_id GROUP BY u.user_id, u.full_name",
        ),
        # Both roles read, one of them asked: the gold answer to "sent messages to".
        (
            "How many different people has each user sent messages to?",
            "SELECT u.full_name, COUNT(DISTINCT m.recipient_id) FROM users AS u JOIN messages AS m "
            "ON m.sender_id = u.user_id GROUP BY u.user_id, u.full_name",
        ),
        # No role said: which key is meant is the model's call.
        (
            "How many matches has each team played?",
            "SELECT t.name, COUNT(*) FROM matches AS m JOIN teams AS t "
            "ON t.team_id = m.home_team_id GROUP BY t.team_id, t.name",
        ),
    ],
)
def test_roles_asked_as_read_or_not_said_pass(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    rows(result.sql)  # and it runs


def test_a_join_through_the_buyer_key_is_corrected_where_the_seller_key_is_at_hand() -> None:
    # Seen on a blind marketplace, after three repairs that kept the buyer key.
    sql = (
        "SELECT u.full_name, SUM(l.price_cents) FROM orders AS o JOIN listings AS l "
        "ON o.listing_id = l.listing_id JOIN users AS u ON o.buyer_id = u.user_id "
        "GROUP BY u.user_id, u.full_name"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, EARNED)

    assert result.valid, result.issues
    assert result.corrections == [
        "o.buyer_id -> l.seller_id: the question asks about the seller, not the buyer"
    ]
    assert "JOIN users AS u ON l.seller_id = u.user_id" in result.sql
    assert rows(result.sql) == [("Anna", 11000), ("Bruno", 15000)]


def test_a_misread_key_with_a_use_of_its_own_is_refused_not_corrected() -> None:
    sql = (
        "SELECT u.full_name, o.buyer_id, SUM(l.price_cents) FROM orders AS o JOIN listings AS l "
        "ON o.listing_id = l.listing_id JOIN users AS u ON o.buyer_id = u.user_id "
        "GROUP BY u.user_id, u.full_name, o.buyer_id"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, EARNED)

    assert not result.valid and result.corrections == []
    assert "reaches users through orders.buyer_id" in result.issues[0]


def test_a_join_through_the_recipient_key_of_the_same_row_is_corrected_to_the_sender() -> None:
    sql = (
        "SELECT u.full_name, COUNT(*) FROM messages AS m JOIN users AS u "
        "ON m.recipient_id = u.user_id GROUP BY u.user_id, u.full_name"
    )
    assert rows(sql) == [("Anna", 2), ("Bruno", 1)]  # messages received

    result = check_sql(sql, SCHEMA, "sqlite", False, "How many messages has each user sent?")

    assert result.valid, result.issues
    assert result.corrections == [
        "m.recipient_id -> m.sender_id: the question asks about the sender, not the recipient"
    ]
    assert rows(result.sql) == [("Anna", 1), ("Bruno", 1), ("Carla", 1)]
