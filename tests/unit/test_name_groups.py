"""Groups made by a row's name are made by its key too (app.checking.name_groups): run on real
SQLite, where two observers share a name."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE observers (observer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL,
  last_name TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE sightings (sighting_id INTEGER PRIMARY KEY,
  observer_id INTEGER NOT NULL REFERENCES observers (observer_id), species TEXT NOT NULL);
CREATE TABLE lines (line_id INTEGER PRIMARY KEY, line_code TEXT NOT NULL);
CREATE TABLE machines (machine_id INTEGER PRIMARY KEY, line_code TEXT NOT NULL,
  machine_name TEXT NOT NULL);
CREATE TABLE stops (stop_id INTEGER PRIMARY KEY,
  machine_id INTEGER NOT NULL REFERENCES machines (machine_id), minutes INTEGER NOT NULL);
INSERT INTO observers VALUES (1, 'Maria', 'Lopez', 'Leon'), (2, 'Maria', 'Lopez', 'Vigo'),
  (3, 'Ana', 'Ruiz', 'Leon');
INSERT INTO sightings VALUES (1, 1, 'Kite'), (2, 1, 'Wren'), (3, 1, 'Swift'), (4, 2, 'Kite'),
  (5, 2, 'Wren'), (6, 3, 'Kite');
INSERT INTO machines VALUES (1, 'L1', 'Press'), (2, 'L1', 'Lathe'), (3, 'L2', 'Press');
INSERT INTO stops VALUES (1, 1, 10), (2, 2, 20), (3, 3, 5);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def test_two_rows_that_share_a_name_are_two_groups() -> None:
    sql = (
        "SELECT o.first_name, o.last_name, COUNT(DISTINCT s.species) FROM observers AS o "
        "JOIN sightings AS s ON s.observer_id = o.observer_id GROUP BY o.first_name, o.last_name"
    )
    question = "How many different species has each observer recorded?"
    # As written, the two Maria Lopez are one observer with three species.
    assert sorted(sqlite_rows(DDL, sql)) == [("Ana", "Ruiz", 1), ("Maria", "Lopez", 3)]

    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.corrections == [
        "GROUP BY o.first_name, o.last_name -> GROUP BY o.first_name, o.last_name, "
        "o.observer_id (two rows of observers may share a name: each is a group of its own)"
    ]
    assert sorted(sqlite_rows(DDL, result.sql)) == [
        ("Ana", "Ruiz", 1),
        ("Maria", "Lopez", 2),
        ("Maria", "Lopez", 3),
    ]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # The table's own rows counted: the name is the group on purpose.
        (
            "How many observers share each first name?",
            "SELECT o.first_name, COUNT(o.observer_id) FROM observers AS o "
            "JOIN sightings AS s ON s.observer_id = o.observer_id GROUP BY o.first_name",
        ),
        # Not a name: a city groups many observers.
        (
            "How many sightings were made in each city?",
            "SELECT o.city, COUNT(s.sighting_id) FROM observers AS o "
            "JOIN sightings AS s ON s.observer_id = o.observer_id GROUP BY o.city",
        ),
        # A code may name a category its rows share: a production line of machines.
        (
            "How many minutes of stops did each production line have?",
            "SELECT m.line_code, SUM(t.minutes) FROM machines AS m "
            "JOIN stops AS t ON t.machine_id = m.machine_id GROUP BY m.line_code",
        ),
        # Grouped by the key already.
        (
            "How many sightings has each observer made?",
            "SELECT o.first_name, COUNT(*) FROM observers AS o JOIN sightings AS s "
            "ON s.observer_id = o.observer_id GROUP BY o.observer_id, o.first_name",
        ),
        # One table read: nothing joined is grouped.
        (
            "How many observers share each first name?",
            "SELECT first_name, COUNT(*) FROM observers GROUP BY first_name",
        ),
    ],
)
def test_groups_that_are_meant_as_written_stay(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not [note for note in result.corrections if "share a name" in note]
