"""Category values the question names that a checked answer never uses."""

from __future__ import annotations

import pytest

from app.candidates.unused_values import unused_values
from app.checking import parse_schema
from app.dumps.reader import read_schema
from app.execution import Sandbox

SCHEMA = (
    "CREATE TABLE hotels (hotel_id INTEGER PRIMARY KEY, name TEXT);\n"
    "CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, hotel_id INTEGER, room_type TEXT, "
    "rate REAL);\n"
    "CREATE TABLE interviews (interview_id INTEGER PRIMARY KEY, stage TEXT);\n"
    "INSERT INTO hotels VALUES (1, 'Casa'), (2, 'Sol');\n"
    "INSERT INTO rooms VALUES (1, 1, 'Suite', 260), (2, 1, 'Double', 120), (3, 2, 'Suite', 180),"
    " (4, 2, 'Double', 65), (5, 2, 'Family Room', 90), (6, 1, 'Family Room', 140);\n"
    "INSERT INTO interviews VALUES (1, 'interview'), (2, 'interview'), (3, 'offer');"
)
PARSED = parse_schema(SCHEMA, "sqlite")


def issues(question: str, sql: str, read: list[str]) -> list[str]:
    with Sandbox(SCHEMA) as sandbox:
        return unused_values(question, sql, "sqlite", PARSED, read, sandbox)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the cheapest suite?", "Suite"),
        ("How many suites does each hotel have?", "Suite"),  # a plural
        ("What is the cheapest family room?", "Family Room"),  # a phrase
    ],
)
def test_a_category_value_the_question_names_is_pointed_at(question: str, value: str) -> None:
    said = issues(question, "SELECT room_id FROM rooms ORDER BY rate LIMIT 1", ["rooms"])

    assert said == [
        f"the question names '{value}', a value of rooms.room_type, but the SQL never compares "
        f"with it: filter rooms.room_type = '{value}' if the question asks only about those rows"
    ]


def test_a_value_that_is_also_part_of_a_column_the_answer_never_uses_is_pointed_at() -> None:
    # 'Suite' is part of the name of rooms.suite_floor; an answer that never reads that column
    # did not mean it by "suites".
    schema = (
        SCHEMA.replace("rate REAL)", "rate REAL, suite_floor INTEGER)")
        .replace("260)", "260, 3)")
        .replace("120)", "120, NULL)")
        .replace("180)", "180, 2)")
        .replace("65)", "65, NULL)")
        .replace("90)", "90, NULL)")
        .replace("140)", "140, NULL)")
    )
    parsed = parse_schema(schema, "sqlite")
    question = "How many suites does each hotel have?"
    with Sandbox(schema) as sandbox:
        unused = unused_values(
            question,
            "SELECT hotel_id, COUNT(*) FROM rooms GROUP BY 1",
            "sqlite",
            parsed,
            ["rooms"],
            sandbox,
        )
        used = unused_values(
            question,
            "SELECT hotel_id, COUNT(*) FROM rooms WHERE suite_floor IS NOT NULL GROUP BY 1",
            "sqlite",
            parsed,
            ["rooms"],
            sandbox,
        )
    assert len(unused) == 1 and "rooms.room_type = 'Suite'" in unused[0]
    assert used == []


@pytest.mark.parametrize(
    ("question", "sql", "read"),
    [
        # Used: compared with, listed, or matched by a pattern.
        ("What is the cheapest suite?", "SELECT rate FROM rooms WHERE room_type = 'Suite'", None),
        ("Cheapest suite?", "SELECT rate FROM rooms WHERE room_type IN ('Suite', 'Double')", None),
        (
            "What is the cheapest suite?",
            "SELECT rate FROM rooms WHERE room_type LIKE '%suite%'",
            None,
        ),
        # Grouped by the column: a row per value shows them all.
        ("How many suites and doubles?", "SELECT room_type, COUNT(*) FROM rooms GROUP BY 1", None),
        # Not a category: each hotel's name is held once.
        ("What is the cheapest room at Sol?", "SELECT MIN(rate) FROM rooms", ["rooms", "hotels"]),
        # Named as the table: "each interview" is not the 'interview' stage.
        ("How long was each interview?", "SELECT interview_id FROM interviews", ["interviews"]),
        # Not said as a phrase: "family" alone is not 'Family Room'.
        ("Which family stayed longest?", "SELECT room_id FROM rooms", None),
        # A table the answer does not read.
        ("What is the cheapest suite hotel?", "SELECT name FROM hotels", ["hotels"]),
    ],
)
def test_nothing_is_said_where_the_value_is_used_or_not_a_named_category(
    question: str, sql: str, read: list[str] | None
) -> None:
    assert issues(question, sql, read or ["rooms"]) == []


def test_an_output_name_is_no_column_the_answer_uses() -> None:
    # Seen in a blind run: COUNT(*) AS orders_delivered is the answer's own name for its count,
    # not a column that could mean the 'delivered' the question names.
    sql = "SELECT hotel_id, COUNT(*) AS suites_booked FROM rooms GROUP BY 1 ORDER BY suites_booked"

    assert len(issues("How many suites does each hotel have?", sql, ["rooms"])) == 1


def test_a_value_of_an_enum_is_not_pointed_at() -> None:
    # Enum values are statuses a verb says for every row: "orders placed without a promo code"
    # answered with status = 'placed' after such a doubt (a blind run, two answers lost).
    schema = (
        "CREATE TYPE order_status AS ENUM ('placed', 'delivered');\n"
        "CREATE TABLE orders (order_id INT PRIMARY KEY, promo TEXT, status order_status);\n"
        "INSERT INTO orders VALUES (1, NULL, 'delivered'), (2, NULL, 'placed'),"
        " (3, 'X', 'placed');"
    )
    read = read_schema(schema, "postgres").text  # as the service reads a pasted schema
    sql = "SELECT COUNT(*) FROM orders WHERE promo IS NULL"
    with Sandbox(read, dialect="postgres") as sandbox:
        found = unused_values(
            "How many orders were placed without a promo code?",
            sql,
            "postgres",
            parse_schema(read, "postgres"),
            ["orders"],
            sandbox,
        )
    assert found == []
