"""The summed-key check: a SUM or AVG of an id is refused for repair, other aggregates pass."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from app.checking.schema import SchemaInfo

# Keys declared inline, as a foreign key, and only by name (order_lines.order_id is named like
# orders' key); amounts of several numeric types, and a text column that must not be listed.
SCHEMA = """
CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT, country TEXT);
CREATE TABLE orders (
  order_id INT PRIMARY KEY, customer_id INT REFERENCES customers (customer_id),
  status TEXT, total NUMERIC(10, 2)
);
CREATE TABLE order_lines (line_id INT PRIMARY KEY, order_id INT, quantity INT, price REAL);
"""


@pytest.fixture(scope="module")
def schema() -> SchemaInfo:
    return parse_schema(SCHEMA, "sqlite")


@pytest.mark.parametrize(
    "sql",
    [
        # The answer that prompted the check ("which customer spent the most on paid orders?").
        "SELECT c.full_name, SUM(o.order_id) AS spent FROM customers AS c JOIN orders AS o "
        "ON c.customer_id = o.customer_id WHERE o.status = 'paid' GROUP BY c.full_name "
        "ORDER BY spent DESC LIMIT 1",
        "SELECT AVG(customer_id) FROM orders",  # a declared foreign key, unqualified
        "SELECT SUM(DISTINCT l.order_id) FROM order_lines AS l",  # a key only by its name
        # SQLite's TOTAL is a SUM (seen on a real answer: HAVING TOTAL(payment_id) > 200).
        "SELECT customer_id FROM orders GROUP BY customer_id HAVING TOTAL(order_id) > 200",
        # In a subquery: each query level is its own scope.
        "SELECT full_name FROM customers WHERE customer_id IN "
        "(SELECT customer_id FROM orders GROUP BY customer_id HAVING AVG(order_id) > 2)",
    ],
)
def test_a_sum_or_average_of_a_key_is_refused_with_the_quantities_to_use(
    schema: SchemaInfo, sql: str
) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert not result.valid
    [issue] = result.issues
    assert "a key that identifies rows" in issue
    # The repair is told which columns hold quantities, and never a key or a text column.
    listed = issue.split("numeric columns of the tables it reads are ")[1]
    assert "total" in listed or "quantity" in listed
    assert "_id" not in listed and "full_name" not in listed and "status" not in listed


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT c.full_name, SUM(o.total) FROM customers AS c JOIN orders AS o "
        "ON c.customer_id = o.customer_id GROUP BY c.full_name",
        "SELECT COUNT(order_id), COUNT(DISTINCT customer_id) FROM orders",
        "SELECT MIN(order_id), MAX(order_id) FROM orders",  # the first, the latest
        "SELECT SUM(price * quantity) FROM order_lines",  # arithmetic, not a bare key
        "SELECT TOTAL(price) FROM order_lines",  # SQLite's TOTAL of an amount
        "SELECT AVG(quantity) FROM order_lines WHERE order_id = 3",
        "SELECT SUM(CASE WHEN order_id > 3 THEN 1 ELSE 0 END) FROM orders",  # counts rows
    ],
)
def test_sums_of_amounts_and_counts_of_keys_pass(schema: SchemaInfo, sql: str) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert result.valid, result.issues


def test_a_schema_without_keys_says_nothing() -> None:
    schema = parse_schema("CREATE TABLE scores (player TEXT, points INT, id INT);", "sqlite")

    assert check_sql("SELECT SUM(id) FROM scores", schema, "sqlite", False).valid


def test_a_key_inside_the_summed_arithmetic_is_refused_and_the_schema_s_amounts_are_named(
    schema: SchemaInfo,
) -> None:
    # The repair's way round the first issue, seen on a real answer: the key is still summed.
    # Neither table read holds an amount, so the issue names the schema's.
    sql = (
        "SELECT c.full_name, SUM(o.order_id * o.status) FROM customers AS c JOIN orders AS o "
        "ON c.customer_id = o.customer_id GROUP BY c.full_name"
    )
    schema_without_totals = parse_schema(SCHEMA.replace(", total NUMERIC(10, 2)", ""), "sqlite")

    result = check_sql(sql, schema_without_totals, "sqlite", allow_write=False)

    assert not result.valid
    assert "orders.order_id, a key" in result.issues[0]
    assert result.issues[0].endswith(
        "the numeric columns of the schema are order_lines.quantity, order_lines.price"
    )


@pytest.mark.parametrize(
    ("sql", "declared"),
    [
        # Seen on a real answer to "which customer spent the most on paid orders?".
        (
            "SELECT c.full_name FROM customers AS c JOIN payments AS p ON p.customer_id = "
            "c.customer_id GROUP BY c.full_name ORDER BY SUM(p.paid_at) DESC LIMIT 1",
            "a DATETIME column",
        ),
        ("SELECT AVG(CAST(paid_at AS REAL)) FROM payments", "a DATETIME column"),
        # Seen on a blind marketplace, for "Which buyer has spent the most, shipping included?".
        (
            "SELECT customer_id, SUM(amount + paid_at) AS spent FROM payments "
            "GROUP BY customer_id ORDER BY spent DESC LIMIT 1",
            "a DATETIME column",
        ),
        ("SELECT SUM(amount * (paid_at)) FROM payments", "a DATETIME column"),
        # The repair of the answer above: a point in time added, another taken away.
        ("SELECT SUM(amount + paid_at - refunded) FROM payments", "a DATETIME column"),
    ],
)
def test_a_sum_or_average_of_a_date_is_refused(sql: str, declared: str) -> None:
    schema = parse_schema(
        SCHEMA + "CREATE TABLE payments (customer_id INT, paid_at DATETIME, amount REAL, "
        "refunded BOOLEAN);",
        "sqlite",
    )

    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert not result.valid
    [issue] = result.issues
    assert declared in issue and "Use the column holding the quantity" in issue


@pytest.mark.parametrize(
    ("sql", "dialect"),
    [
        ("SELECT AVG(refunded) FROM payments", "sqlite"),  # a rate
        ("SELECT AVG(julianday(paid_at) - julianday('2024-01-01')) FROM payments", "sqlite"),
        ("SELECT SUM(closed_at - opened_at) FROM payments", "postgres"),  # an interval
        ("SELECT SUM(EXTRACT(EPOCH FROM closed_at - opened_at) + 60) FROM payments", "postgres"),
        ("SELECT AVG(julianday(closed_at) - julianday(opened_at) + 1) FROM payments", "sqlite"),
        # TEXT may hold numbers (a CSV load, a view column of no declared type): left alone.
        ("SELECT SUM(note) FROM payments", "sqlite"),
    ],
)
def test_rates_of_flags_and_sums_of_durations_pass(sql: str, dialect: str) -> None:
    schema = parse_schema(
        "CREATE TABLE payments (paid_at TIMESTAMP, refunded BOOLEAN, opened_at TIMESTAMP, "
        "closed_at TIMESTAMP, note TEXT);",
        dialect,
    )

    result = check_sql(sql, schema, dialect, allow_write=False)

    assert result.valid, result.issues


@pytest.mark.parametrize(
    "sql",
    [
        # Seen on a blind PostgreSQL schema, for "How much revenue did each category bring in?"
        "SELECT o.status, SUM(SUBSTRING(REPLACE(c.full_name, ',', '') FROM 1 FOR 3)) FROM orders "
        "AS o JOIN customers AS c ON c.customer_id = o.customer_id GROUP BY o.status",
        "SELECT AVG(UPPER(country)) FROM customers",
        "SELECT SUM(status) FROM orders",
    ],
)
def test_a_sum_of_text_is_refused_where_the_database_cannot_add_text(sql: str) -> None:
    postgres = parse_schema(SCHEMA, "postgres")

    result = check_sql(sql, postgres, "postgres", False, "How much did each status bring in?")

    assert not result.valid
    assert "TEXT column, which postgres cannot add up" in result.issues[0]
    assert "orders.total" in result.issues[0]  # the amount the repair round may pick
    # SQLite reads text as numbers ('12.50' adds up; CSV tables declare numbers as TEXT).
    assert check_sql(sql, parse_schema(SCHEMA, "sqlite"), "sqlite", False, "").valid


def test_text_made_a_number_adds_up_in_postgres() -> None:
    postgres = parse_schema(SCHEMA, "postgres")

    result = check_sql(
        "SELECT SUM(CAST(status AS NUMERIC)) FROM orders", postgres, "postgres", False
    )

    assert result.valid, result.issues


@pytest.mark.parametrize(
    "sql",
    [
        # Seen on a blind car-rental set, for "What did each completed rental cost?".
        "SELECT order_id, order_id * order_id * order_id AS cost FROM orders",
        # Seen on the bundled set, for "... by how many GB?": a plan's id as its cap.
        "SELECT c.full_name, o.customer_id - o.total AS over FROM orders AS o "
        "JOIN customers AS c ON c.customer_id = o.customer_id",
    ],
)
def test_a_returned_figure_computed_from_a_key_is_refused(schema: SchemaInfo, sql: str) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert not result.valid
    [issue] = result.issues
    assert " computes with orders." in issue and "ids are labels, not amounts" in issue
    assert issue.endswith("the numeric columns of the tables it reads are orders.total")


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT order_id, total * 1.2 AS gross FROM orders",
        "SELECT order_id FROM orders WHERE order_id + 1 > 3",  # in a condition: not a figure
        "SELECT COUNT(order_id) * 1.0 / 2 FROM orders",  # inside an aggregate
        "SELECT ROUND(order_id / 2) FROM orders",  # inside a function: not judged here
    ],
)
def test_figures_of_amounts_and_keys_in_conditions_or_functions_pass(
    schema: SchemaInfo, sql: str
) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert result.valid, result.issues
