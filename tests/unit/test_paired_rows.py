"""Pairs of rows of one table are listed once each, smaller key first
(app.checking.paired_rows): run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE room_bookings (booking_id INTEGER PRIMARY KEY, space_id INTEGER NOT NULL,
  starts_at TEXT NOT NULL, ends_at TEXT NOT NULL);
INSERT INTO room_bookings VALUES (1, 1, '2026-02-02 09:00', '2026-02-02 10:00'),
  (2, 1, '2026-02-02 09:30', '2026-02-02 11:00'), (3, 1, '2026-02-02 11:00', '2026-02-02 12:00'),
  (4, 2, '2026-02-02 09:00', '2026-02-02 10:00');
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "Find double bookings: pairs of bookings of the same room whose times overlap."
OVERLAP = (
    "SELECT a.booking_id, b.booking_id FROM room_bookings AS a JOIN room_bookings AS b "
    "ON a.space_id = b.space_id AND a.starts_at < b.ends_at AND a.ends_at > b.starts_at"
)


@pytest.mark.parametrize("sql", [OVERLAP, f"{OVERLAP} WHERE a.booking_id <> b.booking_id"])
def test_each_pair_is_listed_once(sql: str) -> None:
    assert (1, 1) in sqlite_rows(DDL, sql) or (2, 1) in sqlite_rows(DDL, sql)

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert any("the question asks for pairs" in note for note in result.corrections)
    assert sorted(sqlite_rows(DDL, result.sql)) == [(1, 2)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # No pairs asked: a booking listed beside those overlapping it may be what is meant.
        ("Which bookings overlap another booking of the same room?", OVERLAP),
        # The keys related already.
        (QUESTION, f"{OVERLAP} AND a.booking_id > b.booking_id"),
    ],
)
def test_other_self_joins_stay(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)
    assert not any("the question asks for pairs" in note for note in result.corrections)
