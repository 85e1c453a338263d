"""A join that skipped the one table linking two others goes through it, and says so; anything
less certain is refused by the join-key check, which names the keys that link the tables."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from app.checking.schema import SchemaInfo
from app.execution import Sandbox
from tests.support.checked import without_name_groups

# Tickets reach venues only through events; customers reach tickets only through orders.
SCHEMA = """
CREATE TABLE venues (venue_id INT PRIMARY KEY, name TEXT);
CREATE TABLE events (event_id INT PRIMARY KEY, venue_id INT REFERENCES venues (venue_id),
  title TEXT);
CREATE TABLE customers (customer_id INT PRIMARY KEY, full_name TEXT);
CREATE TABLE orders (order_id INT PRIMARY KEY, customer_id INT, status TEXT);
CREATE TABLE tickets (ticket_id INT PRIMARY KEY, order_id INT, event_id INT, price REAL);
INSERT INTO venues VALUES (1, 'Hall'), (2, 'Club'), (3, 'Arena');
INSERT INTO events VALUES (1, 1, 'Jazz'), (2, 2, 'Rock'), (3, 1, 'Folk');
INSERT INTO customers VALUES (1, 'Ana'), (2, 'Bo'), (3, 'Cy');
INSERT INTO orders VALUES (1, 1, 'paid'), (2, 3, 'paid');
INSERT INTO tickets VALUES (1, 1, 3, 20), (2, 1, 2, 35), (3, 2, 1, 15);
"""


@pytest.fixture(scope="module")
def schema() -> SchemaInfo:
    return parse_schema(SCHEMA, "sqlite")


@pytest.mark.parametrize(
    ("sql", "gold"),
    [
        (
            "SELECT v.name, MIN(t.price) FROM venues v JOIN tickets t ON v.venue_id = t.event_id "
            "GROUP BY v.name",
            "SELECT v.name, MIN(t.price) FROM venues v JOIN events e ON e.venue_id = v.venue_id "
            "JOIN tickets t ON t.event_id = e.event_id GROUP BY v.name",
        ),
        (  # the joined table on the other side of the equality, and an outer join
            "SELECT c.full_name, COUNT(t.ticket_id) FROM customers c LEFT JOIN tickets t "
            "ON t.order_id = c.customer_id GROUP BY c.full_name",
            "SELECT c.full_name, COUNT(t.ticket_id) FROM customers c LEFT JOIN orders o "
            "ON o.customer_id = c.customer_id LEFT JOIN tickets t ON t.order_id = o.order_id "
            "GROUP BY c.full_name",
        ),
    ],
)
def test_a_join_that_skipped_its_linking_table_goes_through_it(
    schema: SchemaInfo, sql: str, gold: str
) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues
    [note] = without_name_groups(result.corrections)
    assert "paired keys of different tables" in note and "linked through" in note
    with Sandbox(SCHEMA) as sandbox:
        assert sorted(sandbox.query(result.sql).rows) == sorted(sandbox.query(gold).rows)


def test_the_linking_table_gets_an_alias_of_its_own_when_its_name_is_taken(
    schema: SchemaInfo,
) -> None:
    sql = "SELECT events.name FROM venues events JOIN tickets t ON events.venue_id = t.event_id"
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues
    assert "JOIN events AS events_2 ON events_2.venue_id = events.venue_id" in result.sql


BANK = """
CREATE TABLE branches (branch_id INT PRIMARY KEY, name TEXT);
CREATE TABLE customers (customer_id INT PRIMARY KEY, branch_id INT REFERENCES branches (branch_id));
CREATE TABLE accounts (account_id INT PRIMARY KEY,
  customer_id INT REFERENCES customers (customer_id));
CREATE TABLE transfers (transfer_id INT PRIMARY KEY,
  from_account_id INT REFERENCES accounts (account_id),
  to_account_id INT REFERENCES accounts (account_id));
INSERT INTO branches VALUES (1, 'Harbor'), (2, 'Downtown');
INSERT INTO customers VALUES (1, 1), (2, 2);
INSERT INTO accounts VALUES (10, 1), (20, 2);
INSERT INTO transfers VALUES (100, 10, 20), (101, 20, 10);
"""


def test_two_joins_through_one_linking_table_get_an_alias_each() -> None:
    # Seen on the bank blind set: a transfer's sending and receiving accounts each reach their
    # branch through customers; the second bridge was added under the first one's name, and
    # the query failed on MariaDB ("Not unique table/alias").
    sql = (
        "SELECT t.transfer_id, b1.name, b2.name FROM transfers AS t "
        "JOIN accounts AS a1 ON t.from_account_id = a1.account_id "
        "JOIN branches AS b1 ON a1.customer_id = b1.branch_id "
        "JOIN accounts AS a2 ON t.to_account_id = a2.account_id "
        "JOIN branches AS b2 ON a2.customer_id = b2.branch_id"
    )
    result = check_sql(sql, parse_schema(BANK, "sqlite"), "sqlite", allow_write=False)
    assert result.valid, result.issues
    assert "JOIN customers ON" in result.sql
    assert "JOIN customers AS customers_2 ON a2.customer_id = customers_2.customer_id" in (
        result.sql
    )
    with Sandbox(BANK) as sandbox:
        rows = sorted(sandbox.query(result.sql).rows)
    assert rows == [(100, "Harbor", "Downtown"), (101, "Downtown", "Harbor")]


@pytest.mark.parametrize(
    "sql",
    [
        # linked directly (events.venue_id): which key was meant is not for a rewrite to guess
        "SELECT e.title FROM venues v JOIN events e ON v.venue_id = e.event_id",
        # the linking table is already read: the pairing is a slip, not a skipped table
        "SELECT v.name FROM venues v JOIN events e ON e.venue_id = v.venue_id "
        "JOIN tickets t ON v.venue_id = t.event_id",
        # customers and events are two tables apart: too far to name
        "SELECT c.full_name FROM customers c JOIN events e ON c.customer_id = e.event_id",
    ],
)
def test_a_less_certain_pairing_is_refused_as_before(schema: SchemaInfo, sql: str) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert not result.valid and not result.corrections
    [issue] = result.issues
    assert "pairs keys of different tables" in issue


def test_the_refusal_names_the_keys_that_link_the_tables(schema: SchemaInfo) -> None:
    sql = "SELECT e.title FROM venues v JOIN events e ON v.venue_id = e.event_id"
    [issue] = check_sql(sql, schema, "sqlite", allow_write=False).issues
    assert issue.endswith("(venues and events are linked by events.venue_id = venues.venue_id)")


def test_two_linking_tables_are_a_choice_left_to_the_model() -> None:
    schema = parse_schema(
        SCHEMA + "CREATE TABLE refunds (refund_id INT PRIMARY KEY, order_id INT, event_id INT);",
        "sqlite",
    )
    sql = "SELECT o.status FROM orders o JOIN events e ON o.order_id = e.event_id"
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert not result.valid and not result.corrections  # through tickets, or through refunds


def test_a_join_on_two_columns_that_are_no_keys_goes_through_the_linking_table(
    schema: SchemaInfo,
) -> None:
    # titles and names relate nothing; venues reach tickets only through events
    sql = "SELECT v.name, t.price FROM venues v JOIN tickets t ON v.name = t.price"
    gold = (
        "SELECT v.name, t.price FROM venues v JOIN events e ON e.venue_id = v.venue_id "
        "JOIN tickets t ON t.event_id = e.event_id"
    )
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues
    [note] = without_name_groups(result.corrections)
    assert "paired columns that are no keys" in note and "linked through events" in note
    with Sandbox(SCHEMA) as sandbox:
        assert sorted(sandbox.query(result.sql).rows) == sorted(sandbox.query(gold).rows)


@pytest.mark.parametrize(
    "sql",
    [
        # events reach customers through tickets and orders: too far to name
        "SELECT e.title FROM events e JOIN customers c ON e.title = c.full_name",
        # linked directly: a non-key join between them may be meant
        "SELECT e.title FROM venues v JOIN events e ON v.name = e.title",
    ],
)
def test_a_join_on_other_columns_is_left_as_written(schema: SchemaInfo, sql: str) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert not result.corrections


def test_a_join_on_a_column_both_tables_have_is_left_as_written() -> None:
    # a shared attribute (the same city) may be what the question joins on
    schema = parse_schema(
        "CREATE TABLE venues (venue_id INT PRIMARY KEY, city TEXT);"
        "CREATE TABLE events (event_id INT PRIMARY KEY, city TEXT,"
        " venue_id INT REFERENCES venues (venue_id));"
        "CREATE TABLE shops (shop_id INT PRIMARY KEY, city TEXT,"
        " venue_id INT REFERENCES venues (venue_id));",
        "sqlite",
    )
    sql = "SELECT e.title FROM shops s JOIN events e ON s.city = e.city"
    assert not check_sql(sql, schema, "sqlite", allow_write=False).corrections


def test_a_referencing_key_paired_with_the_wrong_key_of_its_table_pairs_its_own(
    schema: SchemaInfo,
) -> None:
    # tickets.event_id points at events: paired with e.venue_id, it matches tickets to venues'
    # numbers instead.
    sql = "SELECT e.title, t.price FROM events e JOIN tickets t ON e.venue_id = t.event_id"

    result = check_sql(sql, schema, "sqlite", allow_write=False)

    assert result.valid, result.issues
    assert result.corrections == [
        "the join condition e.venue_id = t.event_id paired keys of different tables; tickets "
        "and events are linked by tickets.event_id = events.event_id, so the join now pairs "
        "those: t.event_id = e.event_id"
    ]
    gold = "SELECT e.title, t.price FROM events e JOIN tickets t ON t.event_id = e.event_id"
    with Sandbox(SCHEMA) as sandbox:
        assert sorted(sandbox.query(result.sql).rows) == sorted(sandbox.query(gold).rows)


def test_of_two_linking_tables_the_one_a_key_of_the_pairing_names_is_joined() -> None:
    # projects reach time_entries through tasks and through people (the lead, the logger):
    # te.task_id names tasks, so that is the way meant.
    ddl = """
CREATE TABLE people (person_id INTEGER PRIMARY KEY, full_name TEXT);
CREATE TABLE projects (project_id INTEGER PRIMARY KEY, name TEXT,
  lead_id INTEGER REFERENCES people (person_id));
CREATE TABLE tasks (task_id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES projects);
CREATE TABLE time_entries (entry_id INTEGER PRIMARY KEY, task_id INTEGER REFERENCES tasks,
  person_id INTEGER REFERENCES people (person_id), minutes INTEGER);
INSERT INTO people VALUES (1, 'Ana'), (2, 'Bo');
INSERT INTO projects VALUES (1, 'Apollo', 1), (2, 'Borealis', 2);
INSERT INTO tasks VALUES (10, 1), (20, 2);
INSERT INTO time_entries VALUES (1, 10, 2, 30), (2, 20, 2, 45), (3, 10, 1, 15);
"""
    sql = (
        "SELECT p.name, SUM(te.minutes) FROM projects AS p JOIN time_entries AS te "
        "ON p.project_id = te.task_id GROUP BY p.name"
    )

    result = check_sql(sql, parse_schema(ddl, "sqlite"), "sqlite", allow_write=False)

    assert result.valid, result.issues
    assert without_name_groups(result.corrections)[-1].endswith(
        "projects and time_entries are linked through tasks, so the join now goes through it: "
        "tasks.project_id = projects.project_id, then time_entries.task_id = tasks.task_id"
    )
    database = sqlite3.connect(":memory:")
    database.executescript(ddl)
    assert sorted(database.execute(result.sql).fetchall()) == [("Apollo", 45), ("Borealis", 45)]


RETURNS = """
CREATE TABLE products (product_id INT PRIMARY KEY, product_name TEXT);
CREATE TABLE stores (store_id INT PRIMARY KEY, store_name TEXT);
CREATE TABLE sales (sale_id INT PRIMARY KEY, product_id INT REFERENCES products (product_id),
  store_id INT REFERENCES stores (store_id));
CREATE TABLE returns (return_id INT PRIMARY KEY, sale_id INT REFERENCES sales (sale_id));
INSERT INTO products VALUES (1, 'Dress'), (2, 'Coat');
INSERT INTO stores VALUES (1, 'Soho'), (2, 'Mitte');
INSERT INTO sales VALUES (10, 1, 2), (11, 2, 1);
INSERT INTO returns VALUES (100, 10), (101, 11);
"""


def test_a_second_join_through_a_linking_table_from_the_same_row_reuses_its_bridge() -> None:
    # Seen on the bundled dataset (fashion_retail-06): both skipped sales, and sales was joined
    # twice under one name, which SQLite refuses as ambiguous.
    sql = (
        "SELECT r.return_id, p.product_name, s.store_name FROM returns AS r "
        "JOIN products AS p ON r.sale_id = p.product_id JOIN stores AS s ON r.sale_id = s.store_id"
    )
    result = check_sql(sql, parse_schema(RETURNS, "sqlite"), "sqlite", allow_write=False)
    assert result.valid, result.issues
    assert result.sql.count("JOIN sales") == 1
    assert "joined already" in result.corrections[-1]
    with Sandbox(RETURNS) as sandbox:
        rows = sorted(sandbox.query(result.sql).rows)
    assert rows == [(100, "Dress", "Mitte"), (101, "Coat", "Soho")]
