"""Text values an empty answer compares with that no row holds, named with the values there."""

from __future__ import annotations

import pytest

from app.candidates.unmatched_values import MAX_LISTED, unmatched_values
from app.checking import parse_schema
from app.execution import Sandbox

SCHEMA = (
    "CREATE TABLE customers (id INT PRIMARY KEY, name TEXT, country TEXT);\n"
    "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, status TEXT);\n"
    "INSERT INTO customers VALUES (1, 'Ana', 'DE'), (2, 'Bo', 'NL'), (3, 'Cy', 'DE');\n"
    "INSERT INTO orders VALUES (1, 1, 'paid'), (2, 2, 'refunded');\n"
    "CREATE TABLE tags (tag TEXT);\n"
    "INSERT INTO tags VALUES " + ", ".join(f"('t{i}')" for i in range(MAX_LISTED + 1)) + ";"
)
COLUMNS = parse_schema(SCHEMA, "sqlite").lowered_columns()


def issues(sql: str) -> list[str]:
    with Sandbox(SCHEMA) as sandbox:
        return unmatched_values(sql, "sqlite", COLUMNS, sandbox)


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        (
            "SELECT c.name FROM customers c JOIN orders o ON o.customer_id = c.id "
            "WHERE c.country = 'Germany' AND o.status = 'paid'",
            "no row has c.country = 'Germany': customers.country holds 'DE', 'NL'",
        ),
        (  # no value repeats, but one holds the value asked for
            "SELECT name FROM customers WHERE name = 'bo'",
            "no row has name = 'bo': customers.name holds 'Ana', 'Bo', 'Cy'",
        ),
        (  # unqualified, in an IN list, inside a subquery
            "SELECT name FROM customers WHERE id IN "
            "(SELECT customer_id FROM orders WHERE status IN ('Paid', 'paid'))",
            "no row has status = 'Paid': orders.status holds 'paid', 'refunded'",
        ),
    ],
)
def test_a_value_no_row_holds_is_named_with_the_values_there(sql: str, said: str) -> None:
    [issue] = issues(sql)
    assert said in issue


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT name FROM customers WHERE country = 'DE' AND name = 'Cy'",  # values exist
        # a name no row has, in a column whose values do not repeat: it may simply not be there
        "SELECT name FROM customers WHERE name = 'Dee'",
        f"SELECT tag FROM tags WHERE tag = 'x{MAX_LISTED}'",  # too many values to list
        "SELECT name FROM customers WHERE id = 7",  # not text
        "SELECT name FROM customers c, orders o WHERE id = 'x'",  # whose id: not guessed
    ],
)
def test_nothing_is_said_without_a_listable_missing_text_value(sql: str) -> None:
    assert issues(sql) == []


@pytest.mark.parametrize(
    ("asked", "pointer"),
    [
        (  # a part of several values: all of them may be meant ("the Midlands")
            "Midlands",
            "'Midlands' is part of 'East Midlands', 'West Midlands': compare with "
            "IN ('East Midlands', 'West Midlands'), all of them, unless the question names one",
        ),
        ("Scotland", None),  # held as written: nothing to say
        ("Wessex", None),  # part of no value: the list alone
        ("east of", "'east of' is part of 'East of England': compare with 'East of England'"),
    ],
)
def test_the_values_containing_the_one_asked_for_are_pointed_at(
    asked: str, pointer: str | None
) -> None:
    schema = (
        "CREATE TABLE stores (id INT PRIMARY KEY, region TEXT);\n"
        "INSERT INTO stores VALUES (1, 'East Midlands'), (2, 'West Midlands'), "
        "(3, 'East of England'), (4, 'Scotland'), (5, 'Scotland');"
    )
    sql = f"SELECT COUNT(*) FROM stores WHERE region = '{asked}'"
    with Sandbox(schema) as sandbox:
        found = unmatched_values(
            sql, "sqlite", parse_schema(schema, "sqlite").lowered_columns(), sandbox
        )

    if asked == "Scotland":
        assert found == []
    elif pointer is None:
        [issue] = found
        assert "is part of" not in issue and "stores.region holds" in issue
    else:
        [issue] = found
        assert issue.endswith(pointer)


AIRPORTS = (
    "CREATE TABLE airports (code TEXT PRIMARY KEY, name TEXT, city TEXT, country TEXT);\n"
    "INSERT INTO airports VALUES ('BER', 'Brandenburg', 'Berlin', 'Germany'), "
    "('LHR', 'Heathrow', 'London', 'United Kingdom'), ('LCY', 'City', 'London', 'Lyon');"
)


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        # Names do not repeat, so the list alone would say nothing; the city column holds it.
        (
            "SELECT code FROM airports AS a WHERE a.name = 'Berlin'",
            "no row has a.name = 'Berlin', but airports.city holds 'Berlin': compare city "
            "with it instead",
        ),
        # 'London' is held by one other column only, though by two rows of it.
        (
            "SELECT code FROM airports WHERE country = 'London'",
            "airports.city holds 'London'",
        ),
        # 'Lyon' is no city here, but one row's country says it.
        ("SELECT code FROM airports WHERE city = 'Lyon'", "airports.country holds 'Lyon'"),
    ],
)
def test_a_value_another_column_of_the_table_holds_is_pointed_at(sql: str, said: str) -> None:
    with Sandbox(AIRPORTS) as sandbox:
        columns = parse_schema(AIRPORTS, "sqlite").lowered_columns()
        [issue] = unmatched_values(sql, "sqlite", columns, sandbox)

    assert said in issue


def test_a_value_two_other_columns_hold_points_at_neither() -> None:
    schema = AIRPORTS + "\nINSERT INTO airports VALUES ('XXX', 'Berlin', 'Bonn', 'Germany');"
    with Sandbox(schema) as sandbox:
        columns = parse_schema(schema, "sqlite").lowered_columns()
        found = unmatched_values(
            "SELECT code FROM airports WHERE country = 'Berlin'", "sqlite", columns, sandbox
        )

    assert not any("holds 'Berlin': compare" in issue for issue in found)
