"""A bare column two joined tables have, made one value by the join condition, is read from the
first table (which a LEFT JOIN keeps); the qualified read is run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE warehouses (warehouse_id INTEGER PRIMARY KEY, name TEXT, capacity INTEGER);
CREATE TABLE stock (lot_id INTEGER PRIMARY KEY, warehouse_id INTEGER, pallets INTEGER);
"""
ROWS = """
INSERT INTO warehouses VALUES (1, 'North', 100), (2, 'South', 50), (3, 'East', 10);
INSERT INTO stock VALUES (1, 1, 60), (2, 1, 30), (3, 2, 10);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql), key=repr)


@pytest.mark.parametrize(
    ("sql", "written", "found"),
    [
        (
            "SELECT warehouse_id, name, SUM(pallets) FROM stock JOIN warehouses "
            "ON stock.warehouse_id = warehouses.warehouse_id GROUP BY warehouse_id, name",
            "SELECT stock.warehouse_id, name, SUM(pallets) FROM stock JOIN warehouses "
            "ON stock.warehouse_id = warehouses.warehouse_id GROUP BY stock.warehouse_id, name",
            [(1, "North", 90), (2, "South", 10)],
        ),
        # A LEFT JOIN: the first table's column, which is never NULL for a kept row.
        (
            "SELECT warehouse_id, name, SUM(pallets) FROM warehouses AS w LEFT JOIN stock AS s "
            "ON s.warehouse_id = w.warehouse_id GROUP BY warehouse_id, name",
            "SELECT w.warehouse_id, name, SUM(pallets) FROM warehouses AS w LEFT JOIN stock AS s "
            "ON s.warehouse_id = w.warehouse_id GROUP BY w.warehouse_id, name",
            [(1, "North", 90), (2, "South", 10), (3, "East", None)],
        ),
        # The equality inside parentheses, beside another condition, is still one of the ANDs.
        (
            "SELECT warehouse_id, name, SUM(pallets) FROM stock JOIN warehouses "
            "ON (stock.warehouse_id = warehouses.warehouse_id AND pallets > 5) "
            "GROUP BY warehouse_id, name",
            "SELECT stock.warehouse_id, name, SUM(pallets) FROM stock JOIN warehouses "
            "ON (stock.warehouse_id = warehouses.warehouse_id AND pallets > 5) "
            "GROUP BY stock.warehouse_id, name",
            [(1, "North", 90), (2, "South", 10)],
        ),
    ],
)
def test_a_bare_column_the_join_makes_one_value_is_read_from_the_first_table(
    sql: str, written: str, found: list[tuple[object, ...]]
) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "How many pallets does each warehouse hold?")

    assert result.valid, result.issues
    assert result.sql == written
    assert any("are one value by the join condition" in note for note in result.corrections)
    assert rows(result.sql) == found


def test_a_bare_column_the_join_does_not_make_one_value_stays_ambiguous() -> None:
    sql = "SELECT warehouse_id FROM stock AS s JOIN warehouses AS w ON s.pallets > w.capacity"

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which warehouses overflow?")

    assert not result.valid
    assert result.issues == [
        "column warehouse_id is ambiguous: write s.warehouse_id or w.warehouse_id"
    ]
