"""Quantities whose column names their unit, returned or compared in the unit the question
says: converted by the factor the two units settle, and run on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from app.checking.units import asked_units, said_numbers, stored_unit

DDL = """
CREATE TABLE tracks (track_id INTEGER PRIMARY KEY, title TEXT, genre TEXT,
  duration_sec INTEGER, min_plays INTEGER);
CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, amount_cents INTEGER);
CREATE TABLE catches (catch_id INTEGER PRIMARY KEY, species TEXT, weight_kg REAL);
"""
ROWS = """
INSERT INTO tracks VALUES (1, 'A', 'Rock', 240, 1), (2, 'B', 'Rock', 360, 2),
  (3, 'C', 'Folk', 90, 3);
INSERT INTO payments VALUES (1, 999), (2, 1599), (3, 4000);
INSERT INTO catches VALUES (1, 'cod', 1500.0), (2, 'cod', 500.0), (3, 'hake', 250.0);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def run(sql: str, question: str) -> tuple[list[tuple[object, ...]], list[str]]:
    result = check_sql(sql, SCHEMA, "sqlite", False, question=question)
    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    found = database.execute(result.sql).fetchall()
    rounded = [tuple(round(v, 6) if isinstance(v, float) else v for v in row) for row in found]
    return sorted(rounded), result.corrections


def checked_on(ddl: str, sql: str, question: str) -> tuple[list[str], list[tuple[object, ...]]]:
    """The corrections the checker makes under ``question`` and the rows its SQL gives on
    ``ddl`` (its rows included) in real SQLite."""
    result = check_sql(sql, parse_schema(ddl, "sqlite"), "sqlite", False, question=question)
    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(ddl)
    return result.corrections, sorted(database.execute(result.sql))


def conversions(ddl: str, sql: str, question: str) -> list[str]:
    result = check_sql(sql, parse_schema(ddl, "sqlite"), "sqlite", False, question=question)
    return [c for c in result.corrections if "converted from" in c]


@pytest.mark.parametrize(
    ("question", "sql", "answer"),
    [
        # A factor for milliseconds where the column holds seconds.
        (
            "What is the total length in hours for each genre?",
            "SELECT genre, SUM(duration_sec) / 3600000.0 FROM tracks GROUP BY genre",
            [("Folk", 0.025), ("Rock", 0.166667)],
        ),
        # No conversion at all.
        (
            "What is the average track length in minutes?",
            "SELECT AVG(duration_sec) FROM tracks",
            [(3.833333,)],
        ),
        # Multiplied where it should divide, the constant written first.
        (
            "How much did we collect in dollars?",
            "SELECT 100 * SUM(amount_cents) FROM payments",
            [(65.98,)],
        ),
        # Multiplied where it should divide.
        (
            "How much did we collect in dollars?",
            "SELECT SUM(amount_cents) * 100 FROM payments",
            [(65.98,)],
        ),
        (
            "How much cod was landed, in tonnes?",
            "SELECT SUM(weight_kg) AS landed FROM catches WHERE species = 'cod'",
            [(2.0,)],
        ),
        # The question's own arithmetic ("twelve times") stays; only the unit is converted.
        (
            "What would a year of payments be, in dollars (twelve times each amount)?",
            "SELECT SUM(amount_cents * 12) FROM payments",
            [(791.76,)],
        ),
        # The same, with a wrong unit factor beside it: that one is replaced.
        (
            "What is a quarter of what we collected, in dollars?",
            "SELECT SUM(amount_cents) * 0.25 / 1000 FROM payments",
            [(16.495,)],
        ),
    ],
)
def test_returned_quantities_are_converted_to_the_unit_asked(
    question: str, sql: str, answer: list[tuple[object, ...]]
) -> None:
    rows, corrections = run(sql, question)

    assert rows == answer
    assert len(corrections) == 1 and "converted from" in corrections[0]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "What is the average track length in minutes?",
            "SELECT AVG(duration_sec) / 60.0 FROM tracks",
        ),
        (
            "What is the average track length in minutes?",
            "SELECT AVG(duration_sec / 60.0) FROM tracks",
        ),
        ("How many hours of music is there?", "SELECT SUM(duration_sec) / 60 / 60.0 FROM tracks"),
        # The unit asked is the column's own, or none is asked.
        ("What is the total length in seconds?", "SELECT SUM(duration_sec) FROM tracks"),
        ("Which tracks were added in the last 24 hours?", "SELECT title, duration_sec FROM tracks"),
        # A count of a column in seconds is a number of rows, in no unit.
        ("How many timed tracks are there, in hours?", "SELECT COUNT(duration_sec) FROM tracks"),
        # min_plays is a minimum, not minutes.
        ("What is the average of min plays in hours?", "SELECT AVG(min_plays) FROM tracks"),
    ],
)
def test_conversions_already_right_or_not_asked_are_left_alone(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question=question)

    assert result.valid, result.issues
    assert not [c for c in result.corrections if "converted" in c or "said in" in c]


def test_a_bound_said_in_another_unit_is_compared_in_the_columns_unit() -> None:
    rows, corrections = run(
        "SELECT title FROM tracks WHERE duration_sec > 5", "Which tracks are longer than 5 minutes?"
    )

    assert rows == [("B",)]
    assert corrections == [
        "duration_sec > 5 compares duration_sec (in seconds) with 5 where the question says "
        "5 minutes: written as duration_sec > 300"
    ]


def test_a_money_bound_in_dollars_is_compared_in_cents() -> None:
    rows, corrections = run(
        "SELECT payment_id FROM payments WHERE amount_cents >= 15",
        "Which payments were $15 or more?",
    )

    assert rows == [(2,), (3,)]
    assert corrections[0].endswith("written as amount_cents >= 1500")


@pytest.mark.parametrize("written", ["150000", "150", "15.0"])
def test_a_bound_said_in_dollars_but_scaled_wrongly_is_compared_in_cents(written: str) -> None:
    rows, corrections = run(
        f"SELECT payment_id FROM payments WHERE amount_cents > {written}",
        "Which payments were over $15?",
    )

    assert rows == [(2,), (3,)]
    assert corrections[0].endswith("written as amount_cents > 1500")


def test_a_zero_said_in_dollars_is_no_scale_of_another_bound() -> None:
    # "$0" scales to nothing: the 5 stays, and the checker does not divide by the zero.
    rows, corrections = run(
        "SELECT payment_id FROM payments WHERE amount_cents > 1500", "Which payments were over $0?"
    )

    assert rows == [(2,), (3,)]
    assert not [c for c in corrections if "the question says" in c]


def test_a_bound_already_in_the_columns_unit_is_left_alone() -> None:
    rows, corrections = run(
        "SELECT payment_id FROM payments WHERE amount_cents > 1500", "Which payments were over $15?"
    )

    assert rows == [(2,), (3,)]
    assert not [c for c in corrections if "the question says" in c]


def test_units_read_from_names_and_questions() -> None:
    assert stored_unit("listenedMs").word == "milliseconds"
    assert stored_unit("duration_min").word == "minutes"
    assert stored_unit("min_price") is None
    assert stored_unit("distance") is None
    assert asked_units("How many hours did each doctor work?")["time"].size == 3600
    assert asked_units("What is the total in minutes and in hours?") == {}
    assert [(n, u.word) for n, u in said_numbers("over $50 and 2 kg")] == [(50.0, "$"), (2.0, "kg")]


LOGGED = """
CREATE TABLE projects (project_id INTEGER PRIMARY KEY, name TEXT, budget_hours INTEGER);
CREATE TABLE time_entries (entry_id INTEGER PRIMARY KEY, project_id INTEGER, minutes INTEGER);
INSERT INTO projects VALUES (1, 'Apollo', 2), (2, 'Borealis', 10);
INSERT INTO time_entries VALUES (1, 1, 90), (2, 1, 60), (3, 2, 300);
"""


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT p.name FROM projects AS p JOIN time_entries AS t ON t.project_id = p.project_id "
        "GROUP BY p.project_id, p.name HAVING SUM(t.minutes) > p.budget_hours",
        "SELECT p.name FROM projects AS p JOIN time_entries AS t ON t.project_id = p.project_id "
        "GROUP BY p.project_id, p.name HAVING p.budget_hours < SUM(t.minutes)",
    ],
)
def test_columns_in_different_units_are_compared_in_one(sql: str) -> None:
    schema = parse_schema(LOGGED, "sqlite")

    # Any question: the two columns' units settle the factor.
    result = check_sql(sql, schema, "sqlite", False, question="Which projects went over budget?")

    assert result.valid, result.issues
    assert any("(minutes is in minutes, compared with hours)" in c for c in result.corrections)
    database = sqlite3.connect(":memory:")
    database.executescript(LOGGED)
    # 150 minutes is over Apollo's 2 hours; 300 minutes is under Borealis's 10.
    assert database.execute(result.sql).fetchall() == [("Apollo",)]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT p.name FROM projects AS p JOIN time_entries AS t ON t.project_id = p.project_id "
        "GROUP BY p.name HAVING SUM(t.minutes) / 60.0 > p.budget_hours",
        "SELECT p.name FROM projects AS p JOIN time_entries AS t ON t.project_id = p.project_id "
        "GROUP BY p.name HAVING p.budget_hours * 60 < SUM(t.minutes)",
    ],
)
def test_a_comparison_already_in_one_unit_is_left_alone(sql: str) -> None:
    result = check_sql(sql, parse_schema(LOGGED, "sqlite"), "sqlite", False, question="Over?")

    assert result.valid, result.issues
    assert not [c for c in result.corrections if "compared with" in c]


ORDERED = """
CREATE TABLE order_lines (line_id INTEGER PRIMARY KEY, quantity INTEGER, unit_price_cents INTEGER,
  discount INTEGER);
INSERT INTO order_lines VALUES (1, 3, 250, 1), (2, 1, 1999, 0), (3, 2, 500, 0);
"""


@pytest.mark.parametrize(
    ("sql", "answer"),
    [
        ("SELECT SUM(quantity * unit_price_cents) FROM order_lines", [(37.49,)]),
        ("SELECT SUM(unit_price_cents * (quantity)) FROM order_lines", [(37.49,)]),
        # Divided by a count of its own: still cents.
        ("SELECT SUM(unit_price_cents * quantity / 1) FROM order_lines", [(37.49,)]),
    ],
)
def test_a_unit_column_times_a_plain_number_column_keeps_its_unit(
    sql: str, answer: list[tuple[object, ...]]
) -> None:
    schema = parse_schema(ORDERED, "sqlite")
    result = check_sql(sql, schema, "sqlite", False, question="What were sales in dollars?")
    database = sqlite3.connect(":memory:")
    database.executescript(ORDERED)

    assert result.valid, result.issues
    assert [c for c in result.corrections if "converted from cents to dollars" in c]
    assert [tuple(round(v, 6) for v in row) for row in database.execute(result.sql)] == answer


@pytest.mark.parametrize(
    "sql",
    [
        # Added to, or divided into, a plain column makes a number in no unit this rule can tell.
        "SELECT SUM((quantity + discount) * unit_price_cents) FROM order_lines",
        "SELECT SUM(quantity / unit_price_cents) FROM order_lines",
        "SELECT SUM(quantity * 2 + unit_price_cents) FROM order_lines",
    ],
)
def test_a_unit_column_mixed_otherwise_with_plain_columns_is_left_alone(sql: str) -> None:
    assert not conversions(ORDERED, sql, "What were sales in dollars?")


DOSES = """
CREATE TABLE drugs (drug_id INTEGER PRIMARY KEY, name TEXT, strength_mg REAL, volume_ml REAL);
INSERT INTO drugs VALUES (1, 'Metformin', 500, NULL), (2, 'Aspirin', 75, NULL),
  (3, 'Amoxicillin', 250, 5), (4, 'Paracetamol', 1000, NULL);
"""


@pytest.mark.parametrize(
    ("question", "sql", "answer"),
    [
        (
            "Which drugs have a strength of at least 0.5 grams per unit? Give the strength in mg.",
            "SELECT name, strength_mg FROM drugs WHERE strength_mg >= 0.5",
            [("Metformin", 500.0), ("Paracetamol", 1000.0)],
        ),
        (
            "Give each drug's strength in grams.",
            "SELECT name, strength_mg FROM drugs WHERE name LIKE 'M%'",
            [("Metformin", 0.5)],
        ),
        (
            "Which drugs come in more than 0.001 litres per dose?",
            "SELECT name, volume_ml FROM drugs WHERE volume_ml > 0.001",
            [("Amoxicillin", 5.0)],
        ),
    ],
)
def test_milligrams_and_millilitres_are_units_too(
    question: str, sql: str, answer: list[tuple[object, ...]]
) -> None:
    corrections, rows = checked_on(DOSES, sql, question)

    assert len(corrections) == 1
    assert rows == answer


PACKAGING = """
CREATE TABLE runs (run_id INTEGER PRIMARY KEY, format TEXT, volume_l REAL, litres INTEGER);
INSERT INTO runs VALUES (1, 'can', 1250.5, 1250), (2, 'keg', 800, 800), (3, 'can', 601.7, 602);
"""


@pytest.mark.parametrize(
    ("question", "sql", "answer"),
    [
        (
            "How many hectolitres were canned? Round to 2 decimals.",
            "SELECT SUM(volume_l) FROM runs WHERE format = 'can'",
            [(18.52,)],
        ),
        (
            "How much beer went into cans, in hectolitres?",
            "SELECT SUM(litres) AS hl FROM runs WHERE format = 'can'",
            [(18.52,)],
        ),
    ],
)
def test_litres_asked_in_hectolitres_are_converted(
    question: str, sql: str, answer: list[tuple[object, ...]]
) -> None:
    corrections, rows = checked_on(PACKAGING, sql, question)

    assert any("from litres to hectolitres" in note for note in corrections)
    assert rows == answer


CHARGING = """
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, ended_at TEXT, energy_wh INTEGER,
  fee_cents INTEGER);
CREATE TABLE chargers (charger_id INTEGER PRIMARY KEY, max_power_kw REAL);
INSERT INTO sessions VALUES (1, '2025-03-01 10:00', 42500, 1200), (2, NULL, 3000, 0),
  (3, '2025-03-02 09:30', 18250, 640);
INSERT INTO chargers VALUES (1, 150), (2, 50), (3, 22);
"""


@pytest.mark.parametrize(
    ("question", "sql", "answer"),
    [
        (
            "How much energy, in kWh, did the finished sessions deliver?",
            "SELECT SUM(energy_wh) FROM sessions WHERE ended_at IS NOT NULL",
            [(60.75,)],
        ),
        # A CASE that picks the column or nothing keeps the column's unit.
        (
            "How much energy, in kWh, did the finished sessions deliver?",
            "SELECT SUM(CASE WHEN ended_at IS NOT NULL THEN energy_wh ELSE 0 END) FROM sessions",
            [(60.75,)],
        ),
        # Converted inside the rounding asked, not after it.
        (
            "What is the average energy per session in kWh, rounded to 2 decimal places?",
            "SELECT ROUND(AVG(energy_wh), 2) FROM sessions",
            [(21.25,)],
        ),
        (
            "How many chargers deliver more than 100000 watts?",
            "SELECT COUNT(*) FROM chargers WHERE max_power_kw > 100000",
            [(1,)],
        ),
    ],
)
def test_energy_and_power_are_units_too(
    question: str, sql: str, answer: list[tuple[object, ...]]
) -> None:
    corrections, rows = checked_on(CHARGING, sql, question)

    assert len(corrections) == 1
    assert rows == answer


@pytest.mark.parametrize(
    "sql",
    [
        # The CASE picks another quantity in one branch: the sum is not in one unit.
        "SELECT SUM(CASE WHEN ended_at IS NULL THEN fee_cents ELSE energy_wh END) FROM sessions",
        # A test returned, not a quantity.
        "SELECT SUM(energy_wh > 10000) FROM sessions",
    ],
)
def test_a_case_or_test_that_is_not_one_quantity_is_left_alone(sql: str) -> None:
    assert not conversions(CHARGING, sql, "Total energy in kWh?")
