"""Names as each database reads them: quoted case in PostgreSQL, MySQL's case-blind columns,
and PostgreSQL's search path for tables created in a schema of their own."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.checked import without_name_groups

PG_SCHEMA = """
CREATE TABLE support.customers (customer_id INT PRIMARY KEY, "companyName" VARCHAR(120));
CREATE TABLE support.tickets (
  ticket_id INT PRIMARY KEY, customer_id INT REFERENCES support.customers (customer_id)
);
CREATE TABLE public.notes (id INT, body TEXT);
"""


@pytest.mark.parametrize(
    "sql",
    [
        'SELECT "companyName" FROM support.customers',
        'SELECT c."companyName" FROM support.customers AS c',
        'SELECT customers."companyName", COUNT(*) FROM support.tickets '
        "JOIN support.customers ON tickets.customer_id = customers.customer_id "
        'GROUP BY customers."companyName"',
    ],
)
def test_a_quoted_mixed_case_postgres_column_is_known_as_quoted(sql: str) -> None:
    result = check_sql(sql, parse_schema(PG_SCHEMA, "postgres"), "postgres", False)
    assert result.valid, result.issues


@pytest.mark.parametrize(
    "sql", ["SELECT companyName FROM support.customers", "SELECT c.companyname FROM customers c"]
)
def test_the_same_column_unquoted_is_refused_with_the_spelling_that_works(sql: str) -> None:
    # PostgreSQL folds an unquoted companyName to companyname, which the table does not have.
    result = check_sql(sql, parse_schema(PG_SCHEMA, "postgres"), "postgres", False)
    assert not result.valid
    assert 'the schema quotes it as "companyName", so its case counts' in result.issues[0]
    assert result.issues[0].endswith('write "companyName"')


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TABLE c (companyName TEXT, Total INT)",
        "CREATE TABLE c (`companyName` TEXT, `Total` INT)",
    ],
)
def test_mysql_columns_match_in_any_case_quoted_or_not(ddl: str) -> None:
    schema = parse_schema(ddl, "mysql")
    sql = "SELECT COMPANYNAME, SUM(total) AS Sum_Total FROM c GROUP BY 1 ORDER BY sum_total"
    assert check_sql(sql, schema, "mysql", False).issues == []
    assert (
        "unknown column nope" in check_sql("SELECT nope FROM c", schema, "mysql", False).issues[0]
    )


def test_sqlite_ignores_the_case_of_a_quoted_column_as_sqlite_does() -> None:
    schema = parse_schema('CREATE TABLE c ("companyName" TEXT)', "sqlite")
    assert check_sql("SELECT companyname FROM c", schema, "sqlite", False).valid


def test_a_bare_table_outside_public_gets_its_schema_written_and_said() -> None:
    schema = parse_schema(PG_SCHEMA, "postgres")
    result = check_sql(
        'SELECT c."companyName", COUNT(*) FROM tickets t JOIN customers c '
        "ON c.customer_id = t.customer_id JOIN notes n ON n.id = t.ticket_id "
        'GROUP BY c."companyName"',
        schema,
        "postgres",
        False,
    )
    assert result.valid, result.issues
    assert "FROM support.tickets AS t JOIN support.customers AS c" in result.sql
    assert "JOIN notes AS n" in result.sql  # public is on the search path
    assert without_name_groups(result.corrections) == [
        "tickets -> support.tickets (PostgreSQL finds a table without its schema only in public)",
        "customers -> support.customers (PostgreSQL finds a table without its schema only in "
        "public)",
    ]


def test_the_search_path_correction_leaves_ctes_and_other_dialects_alone() -> None:
    schema = parse_schema(PG_SCHEMA, "postgres")
    cte = check_sql(
        "WITH customers AS (SELECT 1 AS customer_id) SELECT customer_id FROM customers",
        schema,
        "postgres",
        False,
    )
    assert cte.corrections == [] and "support." not in cte.sql
    mysql = parse_schema("CREATE TABLE shop.orders (id INT)", "mysql")
    plain = check_sql("SELECT id FROM orders", mysql, "mysql", False)
    assert plain.valid and plain.corrections == [] and plain.sql == "SELECT id FROM orders"
