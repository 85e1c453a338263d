""" "Which <row>" answered with a key to a row the query joins returns that row's name instead;
the named read is run on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE people (person_id INTEGER PRIMARY KEY, full_name TEXT, hourly_rate REAL);
CREATE TABLE teams (team_id INTEGER PRIMARY KEY, lead_id INTEGER REFERENCES people (person_id));
"""
ROWS = """
INSERT INTO people VALUES (1, 'Ada Park', 90), (2, 'Bo Chen', 120), (3, 'Cy Diaz', 150);
INSERT INTO teams VALUES (10, 1), (11, 2);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def rows(sql: str) -> list[tuple[object, ...]]:
    return sqlite_rows(DDL + ROWS, sql)


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        (
            "SELECT t.lead_id FROM people AS p JOIN teams AS t ON p.person_id = t.lead_id "
            "ORDER BY p.hourly_rate DESC LIMIT 1",
            "SELECT p.full_name FROM people AS p JOIN teams AS t ON p.person_id = t.lead_id "
            "ORDER BY p.hourly_rate DESC LIMIT 1",
        ),
        # Unqualified, and under an alias of its own.
        (
            "SELECT lead_id AS lead FROM teams AS t JOIN people AS p ON t.lead_id = p.person_id "
            "ORDER BY p.hourly_rate DESC LIMIT 1",
            "SELECT p.full_name FROM teams AS t JOIN people AS p ON t.lead_id = p.person_id "
            "ORDER BY p.hourly_rate DESC LIMIT 1",
        ),
    ],
)
def test_a_key_to_a_joined_row_is_returned_as_its_name(sql: str, named: str) -> None:
    question = "Which lead has the highest hourly rate?"

    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == named
    assert any("only numbered it" in note for note in result.corrections)
    assert rows(result.sql) == [("Bo Chen",)]


def test_a_key_whose_row_is_not_joined_is_named_through_the_join_it_needs() -> None:
    sql = "SELECT lead_id FROM teams ORDER BY team_id LIMIT 1"

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which lead has the first team?")

    assert result.valid, result.issues
    assert result.sql == (
        "SELECT people.full_name FROM teams LEFT JOIN people ON people.person_id = teams.lead_id "
        "ORDER BY team_id LIMIT 1"
    )


def test_ids_asked_for_stay_ids() -> None:
    sql = (
        "SELECT t.lead_id FROM people AS p JOIN teams AS t ON p.person_id = t.lead_id "
        "ORDER BY p.hourly_rate DESC LIMIT 1"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which lead id has the highest rate?")

    assert result.valid, result.issues
    assert result.sql == sql


def test_the_id_of_one_table_asked_for_leaves_the_name_of_another_asked_for() -> None:
    # Seen on the recycling blind set.
    ddl = """
    CREATE TABLE districts (district_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE rounds (round_id INTEGER PRIMARY KEY,
      district_id INTEGER NOT NULL REFERENCES districts (district_id));
    INSERT INTO districts VALUES (1, 'Northgate'), (2, 'Riverside');
    INSERT INTO rounds VALUES (7, 2), (8, 1);
    """
    schema = parse_schema(ddl, "sqlite")
    sql = (
        "SELECT r.round_id, r.district_id FROM rounds AS r "
        "JOIN districts AS d ON r.district_id = d.district_id"
    )

    result = check_sql(sql, schema, "sqlite", False, "Return the round id and the district name.")
    both_ids = check_sql(sql, schema, "sqlite", False, "Return the round id and the district id.")

    assert result.valid, result.issues
    assert result.sql == sql.replace("r.district_id FROM", "d.name FROM")
    assert sorted(sqlite_rows(ddl, result.sql)) == [(7, "Riverside"), (8, "Northgate")]
    assert both_ids.sql == sql


def test_an_output_name_the_query_orders_by_is_kept() -> None:
    sql = (
        "SELECT t.lead_id AS lead, p.hourly_rate AS rate FROM people AS p JOIN teams AS t "
        "ON p.person_id = t.lead_id ORDER BY rate DESC, lead LIMIT 1"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which lead has the highest hourly rate?")

    assert result.valid, result.issues
    assert result.sql.startswith("SELECT p.full_name AS lead, p.hourly_rate AS rate FROM")
    assert rows(result.sql) == [("Bo Chen", 120.0)]


JOINLESS = """
CREATE TABLE agents (agent_id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE sales (
  sale_id INTEGER PRIMARY KEY, agent_id INTEGER REFERENCES agents (agent_id), price REAL
);
INSERT INTO agents VALUES (1, 'Ines'), (2, 'Olu');
INSERT INTO sales VALUES (1, 1, 100), (2, 1, 50), (3, 2, 120), (4, NULL, 30);
"""


def test_a_key_to_a_table_the_query_does_not_read_is_named_through_a_left_join() -> None:
    schema = parse_schema(JOINLESS, "sqlite")
    sql = "SELECT agent_id, SUM(price) FROM sales GROUP BY agent_id ORDER BY agent_id"

    result = check_sql(sql, schema, "sqlite", False, "How much has each agent sold?")

    assert result.valid, result.issues
    assert result.sql == (
        "SELECT agents.name, SUM(price) FROM sales LEFT JOIN agents ON agents.agent_id = "
        "sales.agent_id GROUP BY sales.agent_id, agents.name ORDER BY sales.agent_id"
    )  # the bare agent_id of sales qualified: agents has one too
    assert any("agents.name of the same row" in note for note in result.corrections)
    database = sqlite3.connect(":memory:")
    database.executescript(JOINLESS)
    # The sale with no agent keeps its own group, with no name, as the key's group did.
    assert list(database.execute(result.sql)) == [(None, 30.0), ("Ines", 150.0), ("Olu", 120.0)]


CARS = """
CREATE TABLE cars (car_id INTEGER PRIMARY KEY, plate TEXT NOT NULL UNIQUE, make TEXT);
CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, car_id INTEGER REFERENCES cars (car_id));
CREATE TABLE damages (damage_id INTEGER PRIMARY KEY, rental_id INTEGER REFERENCES rentals
  (rental_id), repair_cost REAL);
INSERT INTO cars VALUES (1, 'AK100', 'Kia'), (2, 'BM200', 'Tesla'), (3, 'CP300', 'Kia');
INSERT INTO rentals VALUES (1, 1), (2, 2), (3, 2);
INSERT INTO damages VALUES (1, 1, 150.0), (2, 2, 300.0), (3, 3, 50.0);
"""


@pytest.mark.parametrize(
    ("question", "sql", "expected"),
    [
        # Seen on a blind car-rental set: a table with no name, title or address is called by
        # its one handle (a plate), joined in where the query reads no row of it.
        (
            "What is the total repair cost of the damage reported on each car?",
            "SELECT r.car_id, SUM(d.repair_cost) AS total FROM damages AS d JOIN rentals AS r "
            "ON d.rental_id = r.rental_id GROUP BY r.car_id ORDER BY total DESC",
            [("BM200", 350.0), ("AK100", 150.0)],
        ),
        (
            "Which cars are Teslas?",
            "SELECT car_id FROM cars WHERE make = 'Tesla'",
            [("BM200",)],
        ),
    ],
)
def test_a_row_without_a_name_is_called_by_its_one_handle(
    question: str, sql: str, expected: list[tuple[object, ...]]
) -> None:
    schema = parse_schema(CARS, "sqlite")

    result = check_sql(sql, schema, "sqlite", False, question)

    assert result.valid, result.issues
    assert any("plate" in note for note in result.corrections), result.corrections
    database = sqlite3.connect(":memory:")
    database.executescript(CARS)
    assert list(database.execute(result.sql)) == expected


def test_rows_returned_without_saying_which_get_their_label_rather_than_their_key() -> None:
    # Seen on a blind car-rental set: "Which cars have never been rented?" answered with each
    # car's make; row identity used to add car_id, which no label rule looks at after it.
    schema = parse_schema(CARS, "sqlite")

    result = check_sql(
        "SELECT make FROM cars WHERE NOT car_id IN (SELECT car_id FROM rentals)",
        schema,
        "sqlite",
        False,
        "Which cars have never been rented?",
    )

    assert result.valid, result.issues
    assert result.sql.startswith("SELECT cars.plate, make FROM cars")
    assert result.corrections == [
        "returned cars.plate first: the question asks about each row of cars, and no returned "
        "column said which row a result row is"
    ]


def test_a_registration_number_is_a_handle_too() -> None:
    # Seen on the airline blind set and in the bundled aviation gold (tail_number, model):
    # aircraft are called by their tail number, a flight by its flight number.
    ddl = (
        "CREATE TABLE aircraft (aircraft_id INTEGER PRIMARY KEY, tail_number TEXT UNIQUE, "
        "model TEXT, seats INTEGER);\n"
        "INSERT INTO aircraft VALUES (1, 'G-EUAA', 'A321neo', 220), (2, 'G-EUBB', 'E190', 100);"
    )
    result = check_sql(
        "SELECT aircraft_id, model FROM aircraft WHERE seats > 180",
        parse_schema(ddl, "sqlite"),
        "sqlite",
        False,
        "Which aircraft have more than 180 seats?",
    )

    assert result.valid, result.issues
    assert any("tail_number" in note for note in result.corrections), result.corrections
    database = sqlite3.connect(":memory:")
    database.executescript(ddl)
    assert list(database.execute(result.sql)) == [("G-EUAA", "A321neo")]


def test_a_label_asked_for_by_its_own_words_replaces_the_key() -> None:
    # Seen on the recycling blind set: "the truck's registration plate" for ``registration``.
    ddl = """
    CREATE TABLE trucks (truck_id INTEGER PRIMARY KEY, registration TEXT NOT NULL UNIQUE,
      retired_on TEXT);
    CREATE TABLE rounds (round_id INTEGER PRIMARY KEY,
      truck_id INTEGER NOT NULL REFERENCES trucks (truck_id));
    INSERT INTO trucks VALUES (1, 'KX21 ABC', NULL), (2, 'LM19 XYZ', '2025-03-14');
    INSERT INTO rounds VALUES (5, 2), (6, 1);
    """
    schema = parse_schema(ddl, "sqlite")
    sql = (
        "SELECT r.round_id, r.truck_id FROM rounds AS r JOIN trucks AS t "
        "ON r.truck_id = t.truck_id WHERE NOT t.retired_on IS NULL"
    )
    question = (
        "Which rounds used a retired truck? Return the round id and the truck's registration plate."
    )

    result = check_sql(sql, schema, "sqlite", False, question)

    assert result.valid, result.issues
    assert sqlite_rows(ddl, result.sql) == [(5, "LM19 XYZ")]
