"""``key IN (SELECT other_key ...)`` pairing the keys of two tables: the subquery returns its key
to the outer key's table where there is exactly one, else the answer is refused. The corrected
SQL runs on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE passengers (passenger_id INTEGER PRIMARY KEY, full_name TEXT);
CREATE TABLE flights (flight_id INTEGER PRIMARY KEY, flight_number TEXT);
CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY,
  passenger_id INTEGER REFERENCES passengers (passenger_id),
  flight_id INTEGER REFERENCES flights (flight_id), checked_in INTEGER);
CREATE TABLE transfers (transfer_id INTEGER PRIMARY KEY,
  from_passenger INTEGER REFERENCES passengers (passenger_id),
  to_passenger INTEGER REFERENCES passengers (passenger_id));
"""
ROWS = """
INSERT INTO passengers VALUES (1, 'Ana'), (2, 'Ben'), (3, 'Cy');
INSERT INTO flights VALUES (1, 'EU1'), (2, 'EU2');
INSERT INTO bookings VALUES (1, 3, 1, 1), (2, 2, 2, 0), (3, 1, 2, 0);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "Which passengers checked in?"


def test_the_subquery_returns_its_key_to_the_outer_keys_table() -> None:
    # Seen on the airline blind set: a passenger's id compared with bookings' own ids.
    sql = (
        "SELECT p.full_name FROM passengers AS p WHERE p.passenger_id IN "
        "(SELECT booking_id FROM bookings WHERE checked_in = 1)"
    )
    assert sqlite_rows(DDL + ROWS, sql) == [("Ana",)]  # booking 1 is Cy's

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert result.corrections == [
        "p.passenger_id IN (SELECT booking_id ...) -> IN (SELECT passenger_id ...): booking_id "
        "identifies a row of bookings, not of passengers; bookings.passenger_id is its key to "
        "passengers"
    ]
    assert sqlite_rows(DDL + ROWS, result.sql) == [("Cy",)]


@pytest.mark.parametrize(
    "sql",
    [
        # Two keys of transfers point at passengers: which one is meant is not certain.
        "SELECT full_name FROM passengers WHERE passenger_id IN "
        "(SELECT transfer_id FROM transfers)",
        # The outer column is a reference, not the row's own key.
        "SELECT booking_id FROM bookings WHERE flight_id IN (SELECT passenger_id FROM passengers)",
    ],
)
def test_an_uncertain_pairing_is_refused(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert not result.valid
    assert "pairs keys of different tables" in result.issues[0]
    assert result.corrections == []


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT full_name FROM passengers WHERE passenger_id IN "
        "(SELECT passenger_id FROM bookings)",
        # A correlated pairing by the same key, and a plain value list, are no mismatch.
        "SELECT flight_number FROM flights WHERE flight_id IN (SELECT b.flight_id FROM bookings "
        "AS b WHERE b.checked_in = 1)",
        "SELECT full_name FROM passengers WHERE passenger_id IN (1, 2)",
    ],
)
def test_matching_keys_pass_as_written(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert result.corrections == []
