"""A returned key whose row holds the column the question names (app.checking.key_attributes),
run on real SQLite."""

from __future__ import annotations

import pytest

from tests.support.checked import checked_sql
from tests.support.sqlite_rows import sqlite_rows

# Seen on the airline blind set: flights keyed to airports twice, by code.
SCHEMA = """
CREATE TABLE airports (airport_code TEXT PRIMARY KEY, name TEXT, city TEXT);
CREATE TABLE flights (
  flight_id INTEGER PRIMARY KEY,
  flight_number TEXT,
  origin TEXT REFERENCES airports(airport_code),
  destination TEXT REFERENCES airports(airport_code)
);
INSERT INTO airports VALUES ('LHR', 'Heathrow', 'London'), ('LGW', 'Gatwick', 'London'),
  ('CDG', 'Charles de Gaulle', 'Paris');
INSERT INTO flights VALUES (1, 'EU1', 'LHR', 'CDG'), (2, 'EU2', 'CDG', 'LGW'),
  (3, 'EU3', 'LGW', 'CDG'), (4, 'EU4', NULL, 'LHR');
"""


def run(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(SCHEMA, sql), key=repr)


def check(question: str, answer: str) -> tuple[str, list[str]]:
    return checked_sql(SCHEMA, question, answer)


def test_the_cities_asked_are_read_from_the_rows_both_keys_point_at() -> None:
    sql, corrections = check(
        "List each flight number with the cities it flies from and to.",
        "SELECT flight_number, origin, destination FROM flights",
    )
    assert run(sql) == run(
        "SELECT f.flight_number, o.city, d.city FROM flights f "
        "LEFT JOIN airports o ON o.airport_code = f.origin "
        "LEFT JOIN airports d ON d.airport_code = f.destination"
    )  # EU4, with no origin, stays
    assert [c.split(",")[0] for c in corrections] == ["the question asks for city"] * 2
    assert "AS origin_city" in sql and "AS destination_city" in sql


def test_a_key_grouped_by_groups_by_the_column_asked() -> None:
    sql, _ = check(
        "How many flights leave from each city?",
        "SELECT origin, COUNT(*) FROM flights GROUP BY origin",
    )
    # Heathrow and Gatwick are one city: one group of two flights.
    groups = "SELECT NULL, 1 UNION ALL SELECT 'London', 2 UNION ALL SELECT 'Paris', 1"
    assert run(sql) == run(groups)


def test_a_key_the_order_reads_stays_a_group() -> None:
    # PostgreSQL orders a grouped query only by what it groups.
    sql, _ = check(
        "How many flights leave from each city?",
        "SELECT origin, COUNT(*) FROM flights GROUP BY origin ORDER BY origin",
    )
    assert "GROUP BY origin, origin_row.city ORDER BY origin" in sql
    assert len(run(sql)) == 4  # one row per origin airport, each with its city


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The key is what the question names.
        (
            "List each flight number with its origin and its city.",
            "SELECT flight_number, origin FROM flights",
        ),
        # Nothing the row holds is asked for.
        (
            "List each flight number with where it flies from.",
            "SELECT flight_number, origin FROM flights",
        ),
        # The query reads the column asked already.
        (
            "List each flight with the city it flies from.",
            "SELECT f.flight_number, a.city, f.destination FROM flights f "
            "JOIN airports a ON a.airport_code = f.origin",
        ),
    ],
)
def test_keys_are_left_where_the_question_asks_for_them_or_nothing_they_point_at(
    question: str, answer: str
) -> None:
    _, corrections = check(question, answer)
    assert not any("the question asks for" in change for change in corrections)
