"""The top row of each group, where the answer ranked every row or cut to the first of all."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE hotels (hotel_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, hotel_id INTEGER REFERENCES hotels (hotel_id),
  room_number TEXT, room_type TEXT, nightly_rate REAL);
CREATE TABLE tracks (track_id INTEGER PRIMARY KEY, title TEXT, genre TEXT, plays INTEGER);
"""
ROWS = """
INSERT INTO hotels VALUES (1, 'Casa'), (2, 'Sol');
INSERT INTO rooms VALUES (1, 1, '101', 'Double', 120), (2, 1, '201', 'Suite', 260),
  (3, 2, '1', 'Single', 45), (4, 2, '2', 'Double', 65), (5, 1, '102', 'Double', 125);
INSERT INTO tracks VALUES (1, 'A', 'jazz', 10), (2, 'B', 'jazz', 30), (3, 'C', 'rock', 20);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def run(sql: str) -> set[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return set(database.execute(sql).fetchall())


@pytest.mark.parametrize(
    "sql",
    [
        # Every room, the dearest first.
        "SELECT h.name, r.room_number FROM hotels AS h JOIN rooms AS r "
        "ON h.hotel_id = r.hotel_id ORDER BY r.nightly_rate DESC",
        # The dearest room of all.
        "SELECT h.name, r.room_number FROM hotels AS h JOIN rooms AS r "
        "ON h.hotel_id = r.hotel_id ORDER BY r.nightly_rate DESC LIMIT 1",
    ],
)
def test_the_top_row_of_each_group_is_kept(sql: str) -> None:
    result = check_sql(
        sql, SCHEMA, "sqlite", False, "What is the most expensive room in each hotel?"
    )

    assert result.valid, result.issues
    assert result.corrections[0].startswith(
        "kept the rows whose r.nightly_rate is the MAX of their hotel (the question asks for the "
        "top row within each hotel"
    )
    assert run(result.sql) == {("Casa", "201"), ("Sol", "2")}


def test_upper_case_aliases_pick_the_same_rows() -> None:
    # The model's own aliases (T1, T2): sqlglot keeps their case, the checker reads them lowered.
    sql = (
        "SELECT T1.name, T2.room_number FROM hotels AS T1 JOIN rooms AS T2 "
        "ON T1.hotel_id = T2.hotel_id ORDER BY T2.nightly_rate DESC"
    )

    result = check_sql(
        sql, SCHEMA, "sqlite", False, "What is the most expensive room in each hotel?"
    )

    assert result.valid, result.issues
    assert run(result.sql) == {("Casa", "201"), ("Sol", "2")}


def test_the_reads_own_conditions_hold_inside_the_group() -> None:
    sql = (
        "SELECT room_number, nightly_rate AS rate FROM rooms WHERE room_type = 'Double' "
        "ORDER BY rate"
    )

    result = check_sql(
        sql, SCHEMA, "sqlite", False, "What is the cheapest double room in each hotel?"
    )

    assert result.valid, result.issues
    # Hotel 1's cheapest room is a double at 120; hotel 2's cheapest is a single, its double 65.
    assert run(result.sql) == {("101", 120.0), ("2", 65.0)}


def test_a_column_the_word_names_is_the_group() -> None:
    sql = "SELECT title FROM tracks ORDER BY plays DESC LIMIT 1"

    result = check_sql(
        sql, SCHEMA, "sqlite", False, "Which is the most-played track in each genre?"
    )

    assert result.corrections, result.issues
    assert run(result.sql) == {("B",), ("C",)}


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # A count asked for: the top three are not one row per group.
        (
            "What are the three most expensive rooms in each hotel?",
            "SELECT room_number FROM rooms ORDER BY nightly_rate DESC",
        ),
        # An order asked for: every row is wanted.
        (
            "Rank the rooms in each hotel by price, dearest first.",
            "SELECT hotel_id, room_number FROM rooms ORDER BY nightly_rate DESC",
        ),
        # Ordered by the group itself: listed group by group.
        (
            "What is the most expensive room in each hotel?",
            "SELECT hotel_id, room_number FROM rooms ORDER BY hotel_id, nightly_rate DESC",
        ),
        # Already picked by MAX.
        (
            "What is the most expensive room in each hotel?",
            "SELECT hotel_id, MAX(nightly_rate) FROM rooms GROUP BY hotel_id ORDER BY 2 DESC",
        ),
    ],
)
def test_reads_that_ask_or_pick_otherwise_stay_as_written(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not any(note.startswith("kept the rows") for note in result.corrections)


@pytest.mark.parametrize(
    "sql",
    [
        # Seen on the freelance blind set: the top of all rows, not of the row's own group.
        "SELECT h.name, r.room_number FROM hotels AS h JOIN rooms AS r ON h.hotel_id = r.hotel_id "
        "WHERE r.nightly_rate = (SELECT MAX(nightly_rate) FROM rooms) ORDER BY h.name",
        "SELECT hotels.name, rooms.room_number FROM hotels JOIN rooms "
        "ON hotels.hotel_id = rooms.hotel_id "
        "WHERE rooms.nightly_rate = (SELECT MAX(rooms.nightly_rate) FROM rooms)",
    ],
)
def test_an_uncorrelated_top_is_taken_within_each_group(sql: str) -> None:
    question = "What is the most expensive room in each hotel? Include ties."
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert run(sql) == {("Casa", "201")}
    assert result.valid, result.issues
    assert any("is now taken within each hotel (hotel_id)" in c for c in result.corrections)
    assert run(result.sql) == {("Casa", "201"), ("Sol", "2")}


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # Correlated already.
        (
            "What is the most expensive room in each hotel?",
            "SELECT r.room_number FROM rooms AS r WHERE r.nightly_rate = "
            "(SELECT MAX(x.nightly_rate) FROM rooms AS x WHERE x.hotel_id = r.hotel_id)",
        ),
        # The top of all asked.
        (
            "Which room is the most expensive of all?",
            "SELECT r.room_number FROM rooms AS r "
            "WHERE r.nightly_rate = (SELECT MAX(nightly_rate) FROM rooms)",
        ),
    ],
)
def test_tops_already_within_groups_or_of_all_stay(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not any("is now taken within each" in c for c in result.corrections)


def test_dates_and_tie_clauses_are_no_count_asked() -> None:
    # Seen on the pharmacy blind set: "1 April 2025" and "if two ... share" had read as counts.
    question = (
        "On 1 April 2025, what is the cheapest room in each hotel? If two rooms of a hotel "
        "share the lowest rate, return both."
    )
    sql = (
        "SELECT h.name, r.room_number FROM hotels AS h JOIN rooms AS r "
        "ON h.hotel_id = r.hotel_id ORDER BY r.nightly_rate LIMIT 1"
    )
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert run(result.sql) == {("Casa", "101"), ("Sol", "1")}


LINES = """
CREATE TABLE shipping_lines (line_id INTEGER PRIMARY KEY, line_name TEXT NOT NULL);
CREATE TABLE vessels (vessel_id INTEGER PRIMARY KEY, vessel_name TEXT NOT NULL,
  line_id INTEGER NOT NULL REFERENCES shipping_lines (line_id), capacity_teu INTEGER NOT NULL);
INSERT INTO shipping_lines VALUES (1, 'Maersk'), (2, 'Evergreen');
INSERT INTO vessels VALUES (1, 'Anna', 1, 9000), (2, 'Berta', 1, 14000), (3, 'Carla', 1, 14000),
  (4, 'Dora', 2, 8000), (5, 'Ella', 2, 12000);
"""
TIED = "If several vessels of a line tie for the largest, include each of them."


@pytest.mark.parametrize(
    "sql",
    [
        # A name beside the group's MAX: SQLite gives one row of a tie, other engines any row.
        "SELECT sl.line_name, v.vessel_name, MAX(v.capacity_teu) FROM vessels AS v "
        "JOIN shipping_lines AS sl ON sl.line_id = v.line_id GROUP BY sl.line_name",
        "SELECT sl.line_name, v.vessel_name, MAX(v.capacity_teu) AS teu FROM vessels AS v "
        "JOIN shipping_lines AS sl ON sl.line_id = v.line_id GROUP BY v.line_id ORDER BY teu",
    ],
)
def test_a_column_beside_the_groups_top_is_the_top_rows(sql: str) -> None:
    question = (
        f"For each shipping line, return the line name, its largest vessel and its TEU. {TIED}"
    )
    database = sqlite3.connect(":memory:")
    database.executescript(LINES)
    assert len(database.execute(sql).fetchall()) == 2  # one of the tied Maersk vessels lost

    result = check_sql(sql, parse_schema(LINES, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert any("the top rows read whole" in note for note in result.corrections)
    assert set(database.execute(result.sql).fetchall()) == {
        ("Maersk", "Berta", 14000),
        ("Maersk", "Carla", 14000),
        ("Evergreen", "Ella", 12000),
    }


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT sl.line_name, MAX(v.capacity_teu) FROM vessels AS v "
        "JOIN shipping_lines AS sl ON sl.line_id = v.line_id GROUP BY sl.line_name",
        # The line's name beside a key naming its row: the group's own label.
        "SELECT sl.line_name, MAX(v.capacity_teu) FROM vessels AS v "
        "JOIN shipping_lines AS sl ON sl.line_id = v.line_id GROUP BY v.line_id",
    ],
)
def test_the_groups_own_tops_stay_grouped(sql: str) -> None:
    question = "What is the capacity of the largest vessel of each shipping line?"

    result = check_sql(sql, parse_schema(LINES, "sqlite"), "sqlite", False, question)

    assert not [note for note in result.corrections if "top rows read whole" in note]
