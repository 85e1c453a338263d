"""Dates stored as text (app.checking.stored_dates) and their differences in the unit asked
(app.checking.text_dates), run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking.check import check_sql
from app.checking.schema import parse_schema
from tests.support.sqlite_rows import sqlite_rows

# Seen on the airline and permits blind sets: points in time declared TEXT, as SQLite schemas do.
SCHEMA = """
CREATE TABLE flights (
  flight_id INTEGER PRIMARY KEY,
  flight_number TEXT NOT NULL,
  scheduled_departure TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM', local time
  actual_departure TEXT, -- NULL until it leaves
  gate TEXT,
  boarding TEXT, -- 'YYYY-MM-DD HH:MM' or 'TBC'
  logged INTEGER
);
INSERT INTO flights VALUES
(1, 'EU101', '2025-03-01 08:00', '2025-03-01 08:45', 'A1', 'TBC', 20250301),
(2, 'EU102', '2025-03-01 09:00', '2025-03-01 09:10', '2025-03-01', '2025-03-01 08:30', 20250301),
(3, 'EU103', '2025-03-02 07:30', NULL, 'B2', NULL, 20250302),
(4, 'EU104', '2025-03-02 10:00', '2025-03-02 12:15', 'C3', NULL, 20250302);
"""


def run(sql: str) -> list[tuple[object, ...]]:
    rows = sqlite_rows(SCHEMA, sql)
    # JULIANDAY's fractions differ in the last digits by how the days are scaled.
    return [tuple(round(v, 6) if isinstance(v, float) else v for v in row) for row in rows]


def test_text_columns_whose_rows_or_comment_show_dates_are_dates() -> None:
    schema = parse_schema(SCHEMA, "sqlite")
    assert schema.date_texts == {
        ("flights", "scheduled_departure"),  # its rows and its comment
        ("flights", "actual_departure"),  # its rows only
    }
    # 'gate' holds one date among codes and 'boarding' a 'TBC': text. 'logged' is a number.


def test_a_comment_alone_shows_a_date_and_rows_with_column_lists_are_read() -> None:
    schema = parse_schema(
        "CREATE TABLE visits (id INT, seen TEXT, -- 'YYYY-MM-DD'\n left TEXT, note TEXT);"
        "INSERT INTO visits (id, left, note) VALUES (1, '2024-05-01T10:00:00Z', '2024');",
        "sqlite",
    )
    assert schema.date_texts == {("visits", "seen"), ("visits", "left")}


@pytest.mark.parametrize(
    ("question", "answer", "gold"),
    [
        (
            "Which flights left more than 30 minutes late?",
            "SELECT flight_number FROM flights WHERE actual_departure - scheduled_departure > 30",
            "SELECT flight_number FROM flights WHERE "
            "(JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)) * 1440 > 30",
        ),
        (
            # The model's 60 means minutes: an hour is 60 of them.
            "Which flights left more than an hour late?",
            "SELECT flight_number FROM flights WHERE actual_departure - scheduled_departure > 60",
            "SELECT flight_number FROM flights WHERE "
            "(JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)) * 24 > 1",
        ),
        (
            "What is the average departure delay in minutes?",
            "SELECT AVG(actual_departure - scheduled_departure) FROM flights",
            "SELECT AVG((JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)) * 1440) "
            "FROM flights",
        ),
        (
            # Its own constant says the model counted in days: only JULIANDAY is added.
            "What is the average departure delay in minutes?",
            "SELECT AVG(actual_departure - scheduled_departure) * 24 * 60 FROM flights",
            "SELECT AVG(JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)) * 1440 "
            "FROM flights",
        ),
    ],
)
def test_a_difference_of_text_dates_is_counted_in_the_unit_meant(
    question: str, answer: str, gold: str
) -> None:
    assert run(answer) != run(gold)  # as the model wrote it, SQLite subtracts the years
    result = check_sql(answer, parse_schema(SCHEMA, "sqlite"), "sqlite", False, question)
    assert result.valid, result.issues
    assert "JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)" in result.sql
    assert run(result.sql) == run(gold)
    assert any("SQLite subtracts date texts" in change for change in result.corrections)


def test_text_the_schema_does_not_show_to_be_dates_is_left_as_written() -> None:
    bare = "CREATE TABLE flights (flight_id INT, scheduled TEXT, actual TEXT);"
    answer = "SELECT flight_id FROM flights WHERE actual - scheduled > 30"
    question = "Which flights left more than 30 minutes late?"
    result = check_sql(answer, parse_schema(bare, "sqlite"), "sqlite", False, question)
    assert "JULIANDAY" not in result.sql
    assert not result.corrections


@pytest.mark.parametrize(
    ("question", "answer", "gold"),
    [
        (
            # Seen on the hospital rota blind set: the model's / 3600 reads days as seconds.
            "How long did each flight's delay last, in hours, rounded to 2 decimal places?",
            "SELECT flight_number, ROUND((JULIANDAY(actual_departure) - "
            "JULIANDAY(scheduled_departure)) / 3600, 2) FROM flights",
            "SELECT flight_number, ROUND((JULIANDAY(actual_departure) - "
            "JULIANDAY(scheduled_departure)) * 24, 2) FROM flights",
        ),
        (
            # The text subtraction is made a JULIANDAY one first, then its / 60 read as minutes.
            "What is the average departure delay?",
            "SELECT AVG(actual_departure - scheduled_departure) / 60 FROM flights",
            "SELECT AVG(JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)) * 1440 "
            "FROM flights",
        ),
        (
            "What is the total delay of all flights in days?",
            "SELECT SUM((JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)) / 86400) "
            "FROM flights",
            "SELECT SUM(JULIANDAY(actual_departure) - JULIANDAY(scheduled_departure)) FROM flights",
        ),
    ],
)
def test_days_divided_as_if_they_were_seconds_are_put_in_the_unit_meant(
    question: str, answer: str, gold: str
) -> None:
    assert run(answer) != run(gold)
    result = check_sql(answer, parse_schema(SCHEMA, "sqlite"), "sqlite", False, question)
    assert result.valid, result.issues
    assert run(result.sql) == run(gold)
    assert any("JULIANDAY counts days, not seconds" in change for change in result.corrections)


def test_seconds_divided_into_hours_are_left_as_written() -> None:
    answer = (
        "SELECT flight_number, (STRFTIME('%s', actual_departure) - "
        "STRFTIME('%s', scheduled_departure)) / 3600.0 FROM flights"
    )
    question = "How late did each flight leave, in hours?"
    result = check_sql(answer, parse_schema(SCHEMA, "sqlite"), "sqlite", False, question)
    assert result.valid and not result.corrections
