"""A column only the row a key points at has is read from that row, joined as a lookup; where
two keys could serve, or a source of the query may have the column, the SQL is left to the
identifier check. The corrected SQL runs on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE stores (store_id INTEGER PRIMARY KEY, store_name TEXT, city TEXT);
CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name TEXT);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES stores (store_id),
  product_id INTEGER REFERENCES products (product_id), sold_on TEXT);
CREATE TABLE returns (return_id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sales (sale_id),
  reason TEXT);
CREATE TABLE shelves (shelf_id INTEGER PRIMARY KEY, home_store INTEGER REFERENCES stores
  (store_id), away_store INTEGER REFERENCES stores (store_id));
"""
ROWS = """
INSERT INTO stores VALUES (1, 'Soho', 'New York'), (2, 'Mitte', 'Berlin');
INSERT INTO products VALUES (1, 'Dress'), (2, 'Coat');
INSERT INTO sales VALUES (1, 1, 1, '2024-03-02'), (2, 2, 2, '2024-03-05'), (3, NULL, 1, NULL);
INSERT INTO returns VALUES (1, 1, 'too small'), (2, 2, 'torn'), (3, 3, 'late');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def test_a_column_of_the_row_a_key_points_at_is_read_from_that_row() -> None:
    # Seen on the bundled test split (fashion_retail-06), invalid after every repair round.
    sql = (
        "SELECT r.reason, p.product_name, s.store_name FROM returns AS r JOIN sales AS s "
        "ON r.sale_id = s.sale_id JOIN products AS p ON s.product_id = p.product_id "
        "WHERE NOT s.store_name IS NULL ORDER BY r.reason"
    )
    with pytest.raises(sqlite3.OperationalError, match="no such column: s.store_name"):
        sqlite_rows(DDL + ROWS, sql)

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which returns came back, from which store?")

    assert result.valid, result.issues
    assert result.corrections == [
        "s.store_name -> stores.store_name (sales has no store_name; its store_id points at the "
        "stores row that has it, joined as LEFT JOIN stores ON s.store_id = stores.store_id)"
    ]
    assert sqlite_rows(DDL + ROWS, result.sql) == [
        ("too small", "Dress", "Soho"),
        ("torn", "Coat", "Mitte"),
    ]


def test_the_lookup_keeps_every_row_the_query_read() -> None:
    # The sale without a store is still returned: a LEFT JOIN on a key adds a column, no row.
    result = check_sql(
        "SELECT sale_id, store_name FROM sales ORDER BY sale_id", SCHEMA, "sqlite", False
    )

    assert "LEFT JOIN stores ON sales.store_id = stores.store_id" in result.sql
    assert sqlite_rows(DDL + ROWS, result.sql) == [(1, "Soho"), (2, "Mitte"), (3, None)]


def test_a_table_named_but_not_read_is_joined_through_the_one_key_to_it() -> None:
    result = check_sql(
        "SELECT s.sale_id FROM sales AS s WHERE stores.city = 'Berlin'", SCHEMA, "sqlite", False
    )

    assert result.valid, result.issues
    assert sqlite_rows(DDL + ROWS, result.sql) == [(2,)]


def test_a_write_reads_the_lookup_in_its_subquery_and_keeps_its_own_columns() -> None:
    # restaurant_operations-07's shape: the subquery's date lives on the parent row.
    sql = (
        "DELETE FROM products WHERE NOT product_id IN (SELECT product_id FROM returns AS r "
        "JOIN sales AS s ON s.sale_id = r.sale_id WHERE city = 'Berlin')"
    )
    result = check_sql(sql, SCHEMA, "sqlite", True)

    assert result.valid, result.issues
    assert "LEFT JOIN stores ON s.store_id = stores.store_id" in result.sql
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    database.execute(result.sql)
    assert list(database.execute("SELECT product_name FROM products")) == [("Coat",)]


@pytest.mark.parametrize(
    ("sql", "issue"),
    [
        # Two keys of shelves point at stores: which store is meant is not certain.
        ("SELECT shelf_id, store_name FROM shelves", "unknown column store_name"),
        # Two tables a key of sales points at could be meant (no such column anywhere here).
        ("SELECT s.title FROM sales AS s", "unknown column"),
        # returns has no key to stores; the link is two keys away, a guess.
        ("SELECT r.city FROM returns AS r", "unknown column"),
    ],
)
def test_an_uncertain_lookup_is_left_to_the_identifier_check(sql: str, issue: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False)

    assert not result.valid
    assert issue in result.issues[0]
    assert result.corrections == []


def test_a_column_a_subquery_of_the_query_gives_is_not_looked_up() -> None:
    # city comes from the derived table, not from a store row joined again.
    sql = (
        "SELECT t.sale_id, city FROM (SELECT s.sale_id, st.city FROM sales AS s "
        "JOIN stores AS st ON st.store_id = s.store_id) AS t"
    )
    result = check_sql(sql, SCHEMA, "sqlite", False)

    assert result.valid, result.issues
    assert result.corrections == []


def test_the_joined_table_is_written_as_the_ddl_spells_it() -> None:
    # PostgreSQL: a quoted mixed-case table and one in its own schema, as key_labels joins them.
    schema = parse_schema(
        'CREATE TABLE "Stores" (store_id INT PRIMARY KEY, store_name TEXT);\n'
        "CREATE TABLE shop.tills (till_id INT PRIMARY KEY, label TEXT);\n"
        'CREATE TABLE sales (sale_id INT PRIMARY KEY, store_id INT REFERENCES "Stores" '
        "(store_id), till_id INT REFERENCES shop.tills (till_id));",
        "postgres",
    )

    result = check_sql("SELECT s.store_name, s.label FROM sales AS s", schema, "postgres", False)

    assert result.valid, result.issues
    assert 'LEFT JOIN "Stores" AS stores ON s.store_id = stores.store_id' in result.sql
    assert "LEFT JOIN shop.tills ON s.till_id = tills.till_id" in result.sql
    assert not any("PostgreSQL finds a table" in note for note in result.corrections)


def test_two_lookups_of_one_table_are_joined_under_two_aliases() -> None:
    # The sales table read twice: each alias's store is a lookup of its own, not one "stores".
    sql = (
        "SELECT r.return_id, s.store_name, s2.store_name FROM returns AS r "
        "JOIN sales AS s ON r.sale_id = s.sale_id JOIN sales AS s2 ON s2.sale_id = r.sale_id"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Which store took each return?")

    assert result.valid, result.issues
    assert "LEFT JOIN stores AS stores_2 ON s2.store_id = stores_2.store_id" in result.sql
    assert sqlite_rows(DDL + ROWS, result.sql) == [
        (1, "Soho", "Soho"),
        (2, "Mitte", "Mitte"),
        (3, None, None),
    ]
