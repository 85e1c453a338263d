"""A write's subqueries are corrected as the reads they are: a bare column two joined tables make
one value is qualified (in HAVING too, where sqlglot does not list it), while a column of the
written row, which the subquery reads as a correlation, is left as written. Run on real
SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE menu_items (item_id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, order_date TEXT);
CREATE TABLE order_items (order_id INTEGER REFERENCES orders (order_id),
  item_id INTEGER REFERENCES menu_items (item_id));
"""
ROWS = """
INSERT INTO menu_items VALUES (1, 'Soup'), (2, 'Pie'), (3, 'Tart');
INSERT INTO orders VALUES (1, '2024-02-01'), (2, '2024-03-05');
INSERT INTO order_items VALUES (1, 1), (2, 2);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def _remaining_after(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    database.execute(sql)
    return list(database.execute("SELECT name FROM menu_items ORDER BY item_id"))


def test_an_ambiguous_column_in_a_deletes_having_is_qualified() -> None:
    # Seen on the bundled test split (restaurant_operations-07): "ambiguous column name".
    sql = (
        "DELETE FROM menu_items WHERE item_id IN (SELECT item_id FROM order_items JOIN orders "
        "ON order_items.order_id = orders.order_id WHERE orders.order_date >= '2024-03-01' "
        "GROUP BY item_id HAVING COUNT(order_id) >= 1)"
    )
    with pytest.raises(sqlite3.OperationalError, match="ambiguous column name: order_id"):
        _remaining_after(sql)

    result = check_sql(sql, SCHEMA, "sqlite", True)

    assert result.corrections == [
        "order_id -> order_items.order_id (order_items.order_id and orders.order_id are one "
        "value by the join condition, so either may be read)"
    ]
    assert _remaining_after(result.sql) == [("Soup",), ("Tart",)]


def test_the_written_rows_columns_in_a_subquery_stay_a_correlation() -> None:
    sql = (
        "DELETE FROM menu_items WHERE NOT EXISTS (SELECT 1 FROM order_items AS oi JOIN "
        "menu_items AS m ON m.item_id = oi.item_id WHERE oi.item_id = menu_items.item_id "
        "AND menu_items.name <> 'Soup')"
    )
    result = check_sql(sql, SCHEMA, "sqlite", True)

    assert result.corrections == []
    assert "menu_items.item_id" in result.sql and "menu_items.name" in result.sql
    assert _remaining_after(result.sql) == [("Pie",)]  # read as m, nothing would go


def test_a_bare_having_column_of_a_read_is_qualified_too() -> None:
    sql = (
        "SELECT item_id FROM order_items JOIN orders ON order_items.order_id = orders.order_id "
        "GROUP BY item_id HAVING COUNT(order_id) = 1 ORDER BY item_id"
    )
    result = check_sql(sql, SCHEMA, "sqlite", False)

    assert "COUNT(order_items.order_id)" in result.sql
    assert sqlite_rows(DDL + ROWS, result.sql) == [(1,), (2,)]
