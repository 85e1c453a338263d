"""Matches that cannot hold are refused: text against numbers, and a subquery's column that
is really the outer query's, compared with itself."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE hotels (hotel_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, hotel_id INTEGER REFERENCES hotels (hotel_id));
CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, first_name TEXT, email TEXT);
CREATE TABLE reservations (reservation_id INTEGER PRIMARY KEY,
  guest_id INTEGER REFERENCES guests (guest_id), room_id INTEGER REFERENCES rooms (room_id));
CREATE TABLE reviews (review_id INTEGER PRIMARY KEY,
  reservation_id INTEGER REFERENCES reservations (reservation_id), rating INTEGER);
"""
ROWS = """
INSERT INTO hotels VALUES (1, 'Casa'), (2, 'Sol');
INSERT INTO rooms VALUES (1, 1), (2, 2);
INSERT INTO guests VALUES (1, 'Lena', 'lena@x.de'), (2, 'Marco', 'marco@x.it'), (3, 'Emma', NULL);
INSERT INTO reservations VALUES (1, 1, 1), (2, 2, 2);
INSERT INTO reviews VALUES (1, 1, 4), (2, 2, 2);
"""
SCHEMA = parse_schema(DDL, "sqlite")
NEVER_RESERVED = "Which guests have never made a reservation?"


def rows(sql: str) -> list[tuple[object, ...]]:
    return sqlite_rows(DDL + ROWS, sql)


@pytest.mark.parametrize(
    ("sql", "issue"),
    [
        (
            # EXCEPT and INTERSECT of this shape are rewritten (tests/unit/test_set_keys.py).
            "SELECT email FROM guests UNION SELECT guest_id FROM reservations",
            "UNION matches guests.email (TEXT) with reservations.guest_id (INT)",
        ),
        (
            "SELECT first_name FROM guests WHERE email NOT IN (SELECT guest_id FROM reservations)",
            "email IN (SELECT ...) matches guests.email (TEXT) with reservations.guest_id (INT)",
        ),
        (
            "SELECT g.first_name FROM guests AS g LEFT JOIN reservations AS r "
            "ON g.email = r.guest_id WHERE r.reservation_id IS NULL",
            "the condition g.email = r.guest_id matches guests.email (TEXT) with "
            "reservations.guest_id (INT)",
        ),
    ],
)
def test_text_matched_against_numbers_is_refused(sql: str, issue: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question=NEVER_RESERVED)

    assert not result.valid
    assert result.issues == [
        f"{issue}: text against numbers, so they hold different things; match guests.guest_id "
        "with reservations.guest_id, the key they share"
    ]
    # What the refusal saves the reader from: SQLite runs it and answers more than Emma.
    assert len(rows(sql)) > 1


def test_the_same_key_on_both_sides_passes_and_answers_right() -> None:
    sql = "SELECT first_name FROM guests WHERE guest_id NOT IN (SELECT guest_id FROM reservations)"

    result = check_sql(sql, SCHEMA, "sqlite", False, question=NEVER_RESERVED)

    assert result.valid, result.issues
    assert rows(result.sql) == [("Emma",)]


def test_a_subquery_column_read_from_the_outer_query_is_a_self_comparison() -> None:
    # reviews has no guest_id: the bare guest_id is the outer guests row's own.
    sql = (
        "SELECT g.first_name FROM guests AS g WHERE NOT EXISTS "
        "(SELECT 1 FROM reviews WHERE guest_id = g.guest_id)"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which guests never wrote a review?")

    assert result.issues == [
        "the condition guest_id = g.guest_id compares g.guest_id with itself (reviews has no "
        "guest_id, so it is read from the outer query), so it is always true: compare it with "
        "the matching column of the subquery's tables (guests and reviews are linked through "
        "reservations: reservations.guest_id = guests.guest_id and reviews.reservation_id = "
        "reservations.reservation_id)"
    ]
    assert rows(sql) == []  # every guest "has" a review


def test_a_correlated_key_of_the_subquerys_own_table_passes() -> None:
    sql = (
        "SELECT g.first_name FROM guests AS g WHERE NOT EXISTS "
        "(SELECT 1 FROM reservations WHERE guest_id = g.guest_id)"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question=NEVER_RESERVED)

    assert result.valid, result.issues
    assert rows(result.sql) == [("Emma",)]


def test_a_join_comparing_a_column_with_itself_goes_the_one_way_the_keys_link() -> None:
    sql = (
        "SELECT h.name FROM hotels AS h JOIN reservations AS r ON h.hotel_id = h.hotel_id "
        "JOIN reviews AS v ON v.reservation_id = r.room_id WHERE v.rating < 3"
    )
    assert rows(sql) == [("Casa",), ("Sol",)]  # every hotel beside the bad review

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which hotels got a bad review?")

    assert result.valid, result.issues
    # Then "a bad review" only has to exist: app.checking.fanned_rows makes it EXISTS.
    assert result.corrections[:2] == [
        "the join condition h.hotel_id = h.hotel_id compared a column with itself, so it was "
        "always true; hotels and reservations are linked through rooms, so the join now goes "
        "through it: rooms.hotel_id = hotels.hotel_id, then reservations.room_id = rooms.room_id",
        "the join condition v.reservation_id = r.room_id paired keys of different tables; "
        "reviews and reservations are linked by reviews.reservation_id = "
        "reservations.reservation_id, so the join now pairs those: v.reservation_id = "
        "r.reservation_id",
    ]
    assert rows(result.sql) == [("Sol",)]


def test_a_join_comparing_a_column_with_itself_is_refused_where_no_one_way_links() -> None:
    # hotels reach reviews only through two tables: too far for a rewrite to choose.
    sql = "SELECT h.name FROM hotels AS h JOIN reviews AS v ON h.hotel_id = h.hotel_id"

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which hotels got a bad review?")

    assert result.issues == [
        "the condition h.hotel_id = h.hotel_id compares a column with itself, so it is always "
        "true: compare it with the matching column of the other table"
    ]


def test_a_subquery_returning_the_outer_querys_column_is_refused() -> None:
    # reservations has no hotel_id: the subquery returns each hotel's own id back to it.
    sql = (
        "SELECT name FROM hotels WHERE hotel_id IN (SELECT hotel_id FROM reservations "
        "WHERE reservation_id IN (SELECT reservation_id FROM reviews WHERE rating < 3))"
    )
    assert rows(sql) == [("Casa",), ("Sol",)]  # every hotel, though only Sol's stay scored 2

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which hotels got a bad review?")

    assert result.issues == [
        "the subquery of hotel_id IN (...) returns hotels.hotel_id, but reservations has no "
        "hotel_id, so it is read from the outer query: every row is in its own subquery "
        "whenever that finds a row. Return the matching column of the subquery's tables "
        "(hotels and reservations are linked through rooms: rooms.hotel_id = hotels.hotel_id "
        "and reservations.room_id = rooms.room_id)"
    ]


def test_a_subquery_returning_its_own_tables_column_passes() -> None:
    sql = (
        "SELECT name FROM hotels WHERE hotel_id IN (SELECT hotel_id FROM rooms WHERE room_id IN "
        "(SELECT room_id FROM reservations WHERE reservation_id IN "
        "(SELECT reservation_id FROM reviews WHERE rating < 3)))"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which hotels got a bad review?")

    assert result.valid, result.issues
    assert rows(result.sql) == [("Sol",)]


def test_a_subquery_returning_its_derived_tables_column_passes() -> None:
    # Seen on the test split: the derived table returns hotel_id, so nothing is read from outside.
    sql = (
        "SELECT name FROM hotels WHERE hotel_id IN (SELECT hotel_id FROM (SELECT r.hotel_id, "
        "COUNT(*) AS n FROM rooms AS r GROUP BY r.hotel_id) AS sized WHERE n > 1)"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which hotels have several rooms?")

    assert not any("read from the outer query" in issue for issue in result.issues)


def test_a_subquery_filtering_the_outer_row_by_a_value_is_refused() -> None:
    # reservations has no name: the condition reads the hotel's, so each hotel filters itself.
    sql = (
        "SELECT name FROM hotels WHERE hotel_id NOT IN (SELECT r.hotel_id FROM rooms AS r "
        "WHERE r.room_id IN (SELECT room_id FROM reservations WHERE name = 'Casa'))"
    )
    qualified = sql.replace("WHERE name = 'Casa'", "WHERE reservation_id > 0")

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which hotels have no bookings?")
    passed = check_sql(
        qualified, SCHEMA, "sqlite", False, question="Which hotels have no bookings?"
    )

    assert result.issues == [
        "the subquery's condition name = 'Casa' reads name from the outer query's hotels "
        "(reservations has no name): move it to the outer query's WHERE, or compare a column "
        "of the subquery's tables"
    ]
    assert passed.valid, passed.issues


SAMPLES = parse_schema(
    "CREATE TABLE clinics (clinic_id INTEGER PRIMARY KEY, name TEXT);"
    "CREATE TABLE samples (sample_id INTEGER PRIMARY KEY, "
    "clinic_id INTEGER REFERENCES clinics (clinic_id), collected_at DATETIME, date_key INTEGER);",
    "sqlite",
)


def test_a_key_matched_against_a_date_is_refused() -> None:
    sql = (
        "SELECT c.name, COUNT(s.sample_id) FROM clinics AS c LEFT JOIN samples AS s "
        "ON c.clinic_id = s.collected_at GROUP BY c.name"
    )

    result = check_sql(sql, SAMPLES, "sqlite", False, question="Samples per clinic?")

    assert not result.valid
    assert result.issues == [
        "the condition c.clinic_id = s.collected_at matches clinics.clinic_id (INT) with "
        "samples.collected_at (DATETIME): dates against numbers, so they hold different "
        "things; match clinics.clinic_id with samples.clinic_id, the key they share"
    ]


@pytest.mark.parametrize(
    ("sql", "valid"),
    [
        ("SELECT STRFTIME('%m', CAST(sample_id AS DATE)), COUNT(*) FROM samples GROUP BY 1", False),
        # Formatted as a date, without a cast (seen on the museum set as TO_CHAR).
        ("SELECT STRFTIME('%m', sample_id), COUNT(*) FROM samples GROUP BY 1", False),
        # A number named as a day may well read as one.
        ("SELECT CAST(date_key AS DATE) FROM samples", True),
        ("SELECT STRFTIME('%m', collected_at), COUNT(*) FROM samples GROUP BY 1", True),
    ],
)
def test_a_number_cast_to_a_date_is_refused(sql: str, valid: bool) -> None:
    result = check_sql(sql, SAMPLES, "sqlite", False, question="Samples per month?")

    assert result.valid is valid, result.issues
    if not valid:
        assert result.issues[0].endswith(
            "a number, as a date: it holds no date; the date columns of samples: collected_at"
        )


TICKETS = """
CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, hours INTEGER NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('low', 'high')), code TEXT NOT NULL);
INSERT INTO tickets VALUES (1, 3, 'low', '12'), (2, 5, 'high', '30');
"""


@pytest.mark.parametrize(
    ("sql", "dialect", "valid"),
    [
        # Words computed with: SQLite makes 0 of them, PostgreSQL refuses.
        ("SELECT AVG(priority) FROM tickets", "sqlite", False),
        ("SELECT SUM(hours * priority) FROM tickets", "sqlite", False),
        ("SELECT SUM(hours * code) FROM tickets", "postgres", False),
        # SQLite computes with text that looks like a number: a TEXT column alone is no proof.
        ("SELECT SUM(hours * code) FROM tickets", "sqlite", True),
        ("SELECT SUM(hours * 2) FROM tickets", "postgres", True),
    ],
)
def test_arithmetic_on_a_text_column_is_refused(sql: str, dialect: str, valid: bool) -> None:
    result = check_sql(sql, parse_schema(TICKETS, dialect), dialect, False, "How many?")

    assert result.valid is valid, result.issues
    if not valid:
        assert "which holds text, not numbers" in result.issues[0]
    if dialect == "sqlite":  # what SQLite makes of it: 0 from words, 186 from '12' and '30'
        assert sqlite_rows(TICKETS, sql)[0][0] == (0 if not valid else 186)
