"""A join that only repeats the rows a read lists becomes EXISTS, and the rewritten read is
run on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, status TEXT, minutes INTEGER);
CREATE TABLE order_items (
  item_id INTEGER PRIMARY KEY,
  order_id INTEGER REFERENCES orders (order_id),
  dish TEXT
);
"""
ROWS = """
INSERT INTO orders VALUES (1, 'paid', 40), (2, 'paid', 55), (3, 'open', 10), (4, 'paid', 5);
INSERT INTO order_items VALUES (1, 1, 'soup'), (2, 1, 'fish'), (3, 1, 'cake'), (4, 2, 'soup'),
  (5, 3, 'tea');
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "How long did each paid order last?"


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql))


def test_a_join_read_only_through_its_key_becomes_exists() -> None:
    sql = (
        "SELECT o.order_id, o.minutes FROM orders AS o JOIN order_items AS i "
        "ON o.order_id = i.order_id WHERE o.status = 'paid'"
    )
    assert rows(sql) == [(1, 40), (1, 40), (1, 40), (2, 55)]  # order 1 once per item

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert result.sql == (
        "SELECT o.order_id, o.minutes FROM orders AS o WHERE o.status = 'paid' AND "
        "EXISTS(SELECT 1 FROM order_items AS i WHERE o.order_id = i.order_id)"
    )
    assert any("repeated each row" in note for note in result.corrections)
    assert rows(result.sql) == [(1, 40), (2, 55)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # Counting the joined rows is what the join is for.
        (
            "How many items does each order have?",
            "SELECT o.order_id, COUNT(*) FROM orders AS o JOIN order_items AS i "
            "ON o.order_id = i.order_id GROUP BY o.order_id",
        ),
        # Something is read from the joined table.
        (
            QUESTION,
            "SELECT o.order_id, i.dish FROM orders AS o JOIN order_items AS i "
            "ON o.order_id = i.order_id",
        ),
        # An unqualified column of the joined table.
        (
            QUESTION,
            "SELECT o.order_id FROM orders AS o JOIN order_items AS i "
            "ON o.order_id = i.order_id WHERE dish = 'soup'",
        ),
        # DISTINCT already keeps each row once.
        (
            QUESTION,
            "SELECT DISTINCT o.order_id FROM orders AS o JOIN order_items AS i "
            "ON o.order_id = i.order_id",
        ),
        # The question names the joined rows: one row per item may be what it asks.
        (
            "List the paid orders of every item.",
            "SELECT o.order_id FROM orders AS o JOIN order_items AS i "
            "ON o.order_id = i.order_id WHERE o.status = 'paid'",
        ),
        # Joined from the many side to the one: no row repeats.
        (
            "Which dishes were ordered?",
            "SELECT i.item_id FROM order_items AS i JOIN orders AS o ON o.order_id = i.order_id",
        ),
        # A LEFT JOIN keeps rows without a match, which EXISTS would not.
        (
            QUESTION,
            "SELECT o.order_id FROM orders AS o LEFT JOIN order_items AS i "
            "ON o.order_id = i.order_id",
        ),
    ],
)
def test_a_join_that_is_wanted_is_left_alone(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == sql
    assert not result.corrections


def test_a_cte_whose_rows_are_counted_outside_it_is_left_alone() -> None:
    sql = (
        "WITH lines AS (SELECT o.order_id FROM orders AS o JOIN order_items AS i "
        "ON o.order_id = i.order_id WHERE o.status = 'paid') SELECT COUNT(*) FROM lines"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, "How many lines do paid orders have?")

    assert result.valid, result.issues
    assert result.sql == sql
    assert rows(result.sql) == [(4,)]


def test_conditions_of_the_joined_table_alone_move_into_the_exists() -> None:
    sql = (
        "SELECT o.order_id FROM orders AS o JOIN order_items AS i ON o.order_id = i.order_id "
        "WHERE o.status = 'paid' AND (i.dish = 'soup' OR i.dish = 'cake') ORDER BY i.dish"
    )
    assert rows(sql) == [(1,), (1,), (2,)]  # order 1 once per matching item

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which paid orders had soup or cake?")

    assert result.valid, result.issues
    assert result.sql == (
        "SELECT o.order_id FROM orders AS o WHERE o.status = 'paid' AND EXISTS(SELECT 1 FROM "
        "order_items AS i WHERE o.order_id = i.order_id AND (i.dish = 'soup' OR i.dish = 'cake'))"
    )  # the ORDER BY only ordered the repeats
    assert rows(result.sql) == [(1,), (2,)]


@pytest.mark.parametrize(
    "sql",
    [
        # With a LIMIT, the joined table's order picks the row: the first soup's order.
        "SELECT o.order_id FROM orders AS o JOIN order_items AS i ON o.order_id = i.order_id "
        "WHERE i.dish = 'soup' ORDER BY i.item_id DESC LIMIT 1",
        # A condition that reads both tables relates each item to its order.
        "SELECT o.order_id FROM orders AS o JOIN order_items AS i ON o.order_id = i.order_id "
        "WHERE i.item_id > o.minutes",
        # An OR across both tables is no condition of the joined table alone.
        "SELECT o.order_id FROM orders AS o JOIN order_items AS i ON o.order_id = i.order_id "
        "WHERE i.dish = 'soup' OR o.status = 'open'",
    ],
)
def test_a_join_whose_rows_matter_beyond_its_own_conditions_is_left_alone(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "Which order had the most recent soup?")

    assert result.valid, result.issues
    assert result.sql == sql
    assert not result.corrections


def test_a_sum_over_a_join_that_only_repeats_rows_adds_each_row_once() -> None:
    sql = (
        "SELECT o.status, SUM(o.minutes), MAX(o.minutes) FROM orders AS o "
        "JOIN order_items AS i ON o.order_id = i.order_id GROUP BY o.status"
    )
    assert rows(sql) == [("open", 10, 10), ("paid", 175, 55)]  # order 1's 40 minutes, thrice

    result = check_sql(sql, SCHEMA, "sqlite", False, "How many minutes did orders take by status?")

    assert result.valid, result.issues
    assert "EXISTS(SELECT 1 FROM order_items AS i WHERE o.order_id = i.order_id)" in result.sql
    assert rows(result.sql) == [("open", 10, 10), ("paid", 95, 55)]


RENTALS = """
CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT, tier TEXT);
CREATE TABLE cars (car_id INTEGER PRIMARY KEY, plate TEXT, car_class TEXT);
CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, city TEXT);
CREATE TABLE rentals (
  rental_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id),
  car_id INTEGER REFERENCES cars (car_id), branch_id INTEGER REFERENCES branches (branch_id)
);
INSERT INTO customers VALUES (1, 'Ava Smith', 'gold'), (2, 'Ben Jones', 'gold'),
  (3, 'Cy Ng', 'none');
INSERT INTO cars VALUES (1, 'AK100', 'suv'), (2, 'BM200', 'suv'), (3, 'CP300', 'economy');
INSERT INTO branches VALUES (1, 'Denver');
INSERT INTO rentals VALUES (1, 1, 1, 1), (2, 1, 2, 1), (3, 1, 1, 1), (4, 2, 3, 1), (5, 3, 1, 1);
"""


def test_a_join_and_the_lookup_of_the_row_it_points_at_move_into_one_exists() -> None:
    # Seen on a blind car-rental set: "Which gold-tier customers rented an SUV?" listed a
    # customer once per SUV rental; the car is looked up only for its class.
    sql = (
        "SELECT c.full_name FROM customers AS c JOIN rentals AS r ON c.customer_id = r.customer_id "
        "JOIN cars AS ca ON r.car_id = ca.car_id WHERE c.tier = 'gold' AND ca.car_class = 'suv' "
        "ORDER BY c.full_name"
    )
    database = sqlite3.connect(":memory:")
    database.executescript(RENTALS)
    assert list(database.execute(sql)) == [("Ava Smith",)] * 3

    result = check_sql(
        sql,
        parse_schema(RENTALS, "sqlite"),
        "sqlite",
        False,
        "Which gold-tier customers rented an SUV?",
    )

    assert result.valid, result.issues
    assert result.sql == (
        "SELECT c.full_name FROM customers AS c WHERE c.tier = 'gold' AND EXISTS(SELECT 1 FROM "
        "rentals AS r JOIN cars AS ca ON r.car_id = ca.car_id WHERE c.customer_id = r.customer_id "
        "AND ca.car_class = 'suv') ORDER BY c.full_name"
    )
    assert list(database.execute(result.sql)) == [("Ava Smith",)]


def test_a_lookup_whose_row_is_read_beyond_its_own_conditions_keeps_the_join() -> None:
    sql = (
        "SELECT c.full_name, ca.plate FROM customers AS c JOIN rentals AS r "
        "ON c.customer_id = r.customer_id JOIN cars AS ca ON r.car_id = ca.car_id "
        "WHERE ca.car_class = 'suv'"
    )

    result = check_sql(
        sql, parse_schema(RENTALS, "sqlite"), "sqlite", False, "Which customers rented which SUV?"
    )

    assert result.valid, result.issues
    assert "EXISTS" not in result.sql and result.corrections == []


CINEMA = """
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT);
CREATE TABLE screens (screen_id INTEGER PRIMARY KEY, screen_type TEXT);
CREATE TABLE screenings (screening_id INTEGER PRIMARY KEY,
  screen_id INTEGER REFERENCES screens (screen_id));
CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES members (member_id),
  screening_id INTEGER REFERENCES screenings (screening_id), status TEXT);
INSERT INTO members VALUES (1, 'Aoife'), (2, 'Cian');
INSERT INTO screens VALUES (1, 'imax'), (2, 'standard');
INSERT INTO screenings VALUES (1, 1), (2, 1), (3, 2);
INSERT INTO bookings VALUES (1, 1, 1, 'confirmed'), (2, 1, 2, 'confirmed'),
  (3, 2, 3, 'confirmed'), (4, 2, 1, 'refunded');
"""
IMAX = (
    "SELECT m.full_name FROM members AS m JOIN bookings AS b ON m.member_id = b.member_id "
    "JOIN screenings AS s ON b.screening_id = s.screening_id "
    "JOIN screens AS sc ON s.screen_id = sc.screen_id "
    "WHERE sc.screen_type = 'imax' AND b.status = 'confirmed'"
)


def test_a_row_named_only_as_one_that_must_exist_and_its_chain_of_lookups_become_exists() -> None:
    # Seen on the blind cinema set: a member once per confirmed IMAX booking.
    database = sqlite3.connect(":memory:")
    database.executescript(CINEMA)
    assert list(database.execute(IMAX)) == [("Aoife",)] * 2

    result = check_sql(
        IMAX,
        parse_schema(CINEMA, "sqlite"),
        "sqlite",
        False,
        "Which members have a confirmed booking for a screening in an IMAX screen?",
    )

    assert result.valid, result.issues
    assert result.sql.startswith("SELECT m.full_name FROM members AS m WHERE EXISTS(SELECT 1 FROM ")
    assert list(database.execute(result.sql)) == [("Aoife",)]


def test_a_row_the_question_lists_each_of_keeps_the_join() -> None:
    result = check_sql(
        IMAX,
        parse_schema(CINEMA, "sqlite"),
        "sqlite",
        False,
        "Give the member of every confirmed booking in an IMAX screen.",
    )

    assert "EXISTS" not in result.sql and "JOIN bookings AS b" in result.sql
