"""The checker, case by case: SQL test cases as data."""

from __future__ import annotations

import pytest
import sqlglot

from app.errors import SchemaError, UnsupportedDialectError
from app.sqlcheck import check_sql, extract_sql, parse_schema, resolve_dialect, split_statements

SCHEMA = """
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), country VARCHAR(50));
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, total DECIMAL(10,2), note TEXT);
INSERT INTO customers VALUES (1, 'Ada', 'UK'), (2, 'Lin; Jr', 'SG');
INSERT INTO orders VALUES (10, 1, 25.5, 'first; order');
"""


@pytest.fixture(scope="module")
def schema():  # type: ignore[no-untyped-def]
    return parse_schema(SCHEMA, "sqlite")


VALID = [
    ("plain", "SELECT name FROM customers", ["customers"]),
    (
        "join",
        "SELECT c.name, SUM(o.total) FROM orders o JOIN customers c "
        "ON o.customer_id = c.id GROUP BY c.name",
        ["orders", "customers"],
    ),
    (
        "cte",
        "WITH big AS (SELECT * FROM orders WHERE total > 10) SELECT COUNT(*) FROM big",
        ["orders"],
    ),
    ("union", "SELECT name FROM customers UNION SELECT note FROM orders", ["customers", "orders"]),
    ("window", "SELECT id, RANK() OVER (ORDER BY total DESC) FROM orders", ["orders"]),
    (
        "subquery",
        "SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders)",
        ["customers", "orders"],
    ),
    ("string with semicolon", "SELECT id FROM orders WHERE note = 'a; DROP TABLE x'", ["orders"]),
    ("uppercase identifiers", "SELECT NAME FROM CUSTOMERS", ["CUSTOMERS"]),
    ("trailing semicolon", "SELECT id FROM orders;", ["orders"]),
]


@pytest.mark.parametrize(("label", "sql", "tables"), VALID, ids=[v[0] for v in VALID])
def test_valid_queries_pass(schema, label: str, sql: str, tables: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues
    assert result.issues == []
    assert result.statement_type in {"select", "union"}
    assert result.tables == tables


INVALID = [
    ("multi-statement", "SELECT 1; DROP TABLE customers", "exactly one SQL statement"),
    ("two selects", "SELECT id FROM orders; SELECT id FROM customers", "found 2"),
    ("unknown column", "SELECT totl FROM orders", "unknown column totl"),
    ("unknown qualified column", "SELECT o.totl FROM orders o", "unknown column"),
    ("unknown table", "SELECT * FROM users", "unknown table users"),
    ("delete", "DELETE FROM orders", "DELETE statements are refused"),
    ("update", "UPDATE orders SET total = 0", "UPDATE statements are refused"),
    ("insert", "INSERT INTO orders (id) VALUES (1)", "INSERT statements are refused"),
    ("drop", "DROP TABLE orders", "never allowed"),
    ("dml in cte", "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d", "DELETE inside"),
    ("select into", "SELECT * INTO backup FROM orders", "SELECT ... INTO"),
    ("pragma", "PRAGMA table_info(orders)", "never allowed"),
    ("attach", "ATTACH DATABASE 'x.db' AS x", "never allowed"),
    ("load_extension", "SELECT load_extension('evil')", "load_extension"),
    ("garbage", "I am sorry, I cannot help with that.", "no SQL statement"),
    ("empty", "   ", "no SQL statement"),
    ("broken sql", "SELECT FROM WHERE", "does not parse"),
]


@pytest.mark.parametrize(("label", "answer", "issue"), INVALID, ids=[v[0] for v in INVALID])
def test_invalid_answers_are_never_valid(schema, label: str, answer: str, issue: str) -> None:  # type: ignore[no-untyped-def]
    result = check_sql(answer, schema, "sqlite", allow_write=False)
    assert not result.valid
    assert any(issue in message for message in result.issues), result.issues


FENCED = [
    ("sql fence", "```sql\nSELECT name FROM customers\n```"),
    ("bare fence", "Here you go:\n```\nSELECT name FROM customers\n```\nHope it helps!"),
    ("prose before", "The query is:\nSELECT name FROM customers"),
    ("prose after blank line", "SELECT name FROM customers\n\nThis lists every customer."),
    ("prose after semicolon", "SELECT name FROM customers;\nThis lists every customer."),
    ("dspy markers", "[[ ## sql ## ]]\nSELECT name FROM customers\n\n[[ ## completed ## ]]"),
    ("label", "SQL: SELECT name FROM customers"),
]


@pytest.mark.parametrize(("label", "answer"), FENCED, ids=[f[0] for f in FENCED])
def test_answers_are_stripped_of_prose_and_fences(schema, label: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    result = check_sql(answer, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues
    assert result.sql == "SELECT name FROM customers"


def test_extract_prefers_the_sql_fence_over_other_blocks() -> None:
    answer = "```text\nnot this\n```\n```sql\nSELECT 1\n```"
    assert extract_sql(answer) == "SELECT 1"


TRANSPILE = [
    ("postgres", "SELECT name FROM customers LIMIT 5", "SELECT name FROM customers LIMIT 5"),
    ("tsql", "SELECT name FROM customers LIMIT 5", "SELECT TOP 5 name FROM customers"),
    (
        "postgres",
        "SELECT IFNULL(name, 'x') FROM customers",
        "SELECT COALESCE(name, 'x') FROM customers",
    ),
    (
        "tsql",
        "SELECT name FROM customers WHERE LENGTH(name) > 2",
        "SELECT name FROM customers WHERE LEN(name) > 2",
    ),
    ("mysql", "SELECT name || country FROM customers", None),
]


@pytest.mark.parametrize(("dialect", "answer", "expected"), TRANSPILE)
def test_sql_is_returned_in_the_requested_dialect(
    dialect: str, answer: str, expected: str | None
) -> None:
    schema = parse_schema(SCHEMA, dialect)
    result = check_sql(answer, schema, dialect, allow_write=False)
    assert result.valid, result.issues
    if expected is not None:
        assert result.sql == expected
    assert sqlglot.parse_one(result.sql, read=dialect) is not None


def test_writes_pass_only_when_allowed(schema) -> None:  # type: ignore[no-untyped-def]
    update = "UPDATE orders SET total = 0 WHERE id = 10"
    assert not check_sql(update, schema, "sqlite", allow_write=False).valid
    allowed = check_sql(update, schema, "sqlite", allow_write=True)
    assert allowed.valid and allowed.statement_type == "update"
    bad_column = check_sql("UPDATE orders SET totl = 0", schema, "sqlite", allow_write=True)
    assert not bad_column.valid and "unknown column totl" in bad_column.issues[0]
    assert not check_sql("DROP TABLE orders", schema, "sqlite", allow_write=True).valid


def test_schema_error_names_the_failing_statement() -> None:
    with pytest.raises(SchemaError) as caught:
        parse_schema("CREATE TABLE a (x INT); CREATE TABL b (y INT);", "sqlite")
    assert "statement 2" in caught.value.message
    assert "CREATE TABL b" in caught.value.message


@pytest.mark.parametrize(
    "ddl",
    ["", "INSERT INTO a VALUES (1)", "DROP TABLE a", "CREATE TABLE a (x INT,"],
    ids=["empty", "no table", "drop", "unterminated"],
)
def test_unusable_schemas_are_refused(ddl: str) -> None:
    with pytest.raises(SchemaError):
        parse_schema(ddl, "sqlite")


def test_schema_collects_tables_views_and_types() -> None:
    schema = parse_schema(
        SCHEMA + "CREATE VIEW big AS SELECT id, total AS amount FROM orders;", "sqlite"
    )
    assert set(schema.tables) == {"customers", "orders", "big"}
    assert schema.tables["orders"]["total"] == "DECIMAL(10, 2)"
    assert list(schema.tables["big"]) == ["id", "amount"]
    assert schema.column_count == 3 + 4 + 2


def test_split_respects_semicolons_inside_strings() -> None:
    assert len(split_statements(SCHEMA, "sqlite")) == 4


def test_unknown_dialect_is_a_typed_error() -> None:
    with pytest.raises(UnsupportedDialectError):
        resolve_dialect("klingon")
    assert resolve_dialect("Postgres") == "postgres"
