"""The checker, case by case: the SQL cases are data (data/checker_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlglot
import yaml

from app.checking import (
    check,
    check_sql,
    extract_sql,
    parse_schema,
    resolve_dialect,
    split_statements,
)
from app.errors import SchemaError, UnsupportedDialectError
from app.execution import Sandbox
from app.observability import CHECKER_RULE_ERRORS

SCHEMA = """
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), country VARCHAR(50));
CREATE TABLE orders (
  id INT PRIMARY KEY, customer_id INT, total DECIMAL(10,2), note TEXT, placed DATE
);
INSERT INTO customers VALUES (1, 'Ada', 'UK'), (2, 'Lin; Jr', 'SG');
INSERT INTO orders VALUES (10, 1, 25.5, 'first; order', '2024-08-05');
"""


@pytest.fixture(scope="module")
def schema():  # type: ignore[no-untyped-def]
    return parse_schema(SCHEMA, "sqlite")


CASES = yaml.safe_load((Path(__file__).parent / "data" / "checker_cases.yaml").read_text())
VALID = [(c["label"], c["sql"], c["tables"]) for c in CASES["valid"]]
INVALID = [(c["label"], c["answer"], c["issue"]) for c in CASES["invalid"]]
FENCED = [(c["label"], c["answer"]) for c in CASES["fenced"]]
CORRECTED = [
    (c["label"], c.get("question", ""), c["answer"], c["sql"], c["changes"])
    for c in CASES["corrected"]
]
UNCORRECTED = [(c["label"], c.get("question", ""), c["answer"]) for c in CASES["uncorrected"]]
TRANSPILE = [(c["dialect"], c["answer"], c["expected"]) for c in CASES["transpile"]]


@pytest.mark.parametrize(("label", "sql", "tables"), VALID, ids=[v[0] for v in VALID])
def test_valid_queries_pass(schema, label: str, sql: str, tables: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues
    assert result.issues == []
    assert result.statement_type in {"select", "union"}
    assert result.tables == tables


@pytest.mark.parametrize(("label", "answer", "issue"), INVALID, ids=[v[0] for v in INVALID])
def test_invalid_answers_are_never_valid(schema, label: str, answer: str, issue: str) -> None:  # type: ignore[no-untyped-def]
    result = check_sql(answer, schema, "sqlite", allow_write=False)
    assert not result.valid
    assert any(issue in message for message in result.issues), result.issues


@pytest.mark.parametrize(
    ("label", "question", "answer", "sql", "changes"), CORRECTED, ids=[c[0] for c in CORRECTED]
)
def test_a_correction_is_made_and_reported(  # type: ignore[no-untyped-def]
    schema, label: str, question: str, answer: str, sql: str, changes: list[str]
) -> None:
    result = check_sql(answer, schema, "sqlite", allow_write=False, question=question)
    assert result.valid, result.issues
    assert result.sql == sql
    assert result.corrections == changes


@pytest.mark.parametrize(
    ("label", "question", "answer"), UNCORRECTED, ids=[u[0] for u in UNCORRECTED]
)
def test_what_needs_no_correction_is_left_as_written(  # type: ignore[no-untyped-def]
    schema, label: str, question: str, answer: str
) -> None:
    result = check_sql(answer, schema, "sqlite", allow_write=False, question=question)
    assert result.valid, result.issues
    assert result.corrections == []
    assert result.sql == sqlglot.transpile(answer, read="sqlite", write="sqlite")[0]


def test_valid_answers_report_no_corrections(schema) -> None:  # type: ignore[no-untyped-def]
    for _, sql, _ in VALID:
        assert check_sql(sql, schema, "sqlite", allow_write=False).corrections == []


@pytest.mark.parametrize(("label", "answer"), FENCED, ids=[f[0] for f in FENCED])
def test_answers_are_stripped_of_prose_and_fences(schema, label: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    result = check_sql(answer, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues
    assert result.sql == "SELECT name FROM customers"


def test_extract_prefers_the_sql_fence_over_other_blocks() -> None:
    answer = "```text\nnot this\n```\n```sql\nSELECT 1\n```"
    assert extract_sql(answer) == "SELECT 1"


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
    assert schema.column_count == 3 + 5 + 2


def test_a_schema_view_chaining_joins_without_conditions_is_refused_unparsed() -> None:
    view = "CREATE VIEW v AS SELECT * FROM t" + " JOIN t" * 40
    with pytest.raises(SchemaError, match="statement 2 is refused unparsed: .*40 JOINs"):
        parse_schema("CREATE TABLE t (id INT);\n" + view + ";", "sqlite")


def test_split_respects_semicolons_inside_strings() -> None:
    assert len(split_statements(SCHEMA, "sqlite")) == 4


def test_unknown_dialect_is_a_typed_error() -> None:
    with pytest.raises(UnsupportedDialectError):
        resolve_dialect("klingon")
    assert resolve_dialect("Postgres") == "postgres"


def test_a_new_rule_is_one_function_added_to_the_rules(
    schema, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def no_star(candidate: check.Candidate) -> list[str]:
        stars = list(candidate.statements[0].find_all(sqlglot.exp.Star))
        return ["name the columns instead of *"] if stars else []

    monkeypatch.setattr(check, "RULES", (*check.RULES, no_star))
    assert check_sql("SELECT id FROM orders", schema, "sqlite", allow_write=False).valid
    refused = check_sql("SELECT * FROM orders", schema, "sqlite", allow_write=False)
    assert not refused.valid and refused.issues == ["name the columns instead of *"]
    assert refused.statement_type == "select" and refused.tables == ["orders"]


def test_a_rule_that_raises_refuses_its_answer_instead_of_raising(
    schema, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    def broken_rule(candidate: check.Candidate) -> list[str]:
        return {}["no such key"]  # type: ignore[index]

    errors = CHECKER_RULE_ERRORS.labels(rule="broken_rule")
    before = errors._value.get()
    monkeypatch.setattr(check, "RULES", (*check.RULES[:5], broken_rule, *check.RULES[5:]))
    refused = check_sql("SELECT id FROM orders", schema, "sqlite", allow_write=False)
    assert not refused.valid
    assert refused.issues == [
        "the checker could not check this SQL:"
        " its rule broken_rule failed (KeyError('no such key'))"
    ]
    assert refused.sql == "SELECT id FROM orders"
    assert errors._value.get() == before + 1
    assert "checker rule broken_rule raised" in caplog.text and "KeyError" in caplog.text


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [
        ("postgres", "CAST(SUM(customer_id) AS DOUBLE PRECISION) / COUNT(*)"),
        ("tsql", "CAST(SUM(customer_id) AS FLOAT) / COUNT(*)"),
        ("mysql", "SUM(customer_id) / COUNT(*)"),  # MySQL divides integers exactly
        ("duckdb", "SUM(customer_id) / COUNT(*)"),
    ],
)
def test_integer_ratios_are_corrected_only_where_the_dialect_truncates(
    dialect: str, expected: str
) -> None:
    result = check_sql(
        "SELECT SUM(customer_id) / COUNT(*) FROM orders",
        parse_schema(SCHEMA, dialect),
        dialect,
        allow_write=False,
    )
    assert result.valid, result.issues
    assert result.sql == f"SELECT {expected} FROM orders"
    assert bool(result.corrections) == (expected.startswith("CAST"))


@pytest.mark.parametrize("dialect", ["postgres", "duckdb"])
def test_text_dates_are_corrected_only_in_sqlite(dialect: str) -> None:
    # Other dialects have date types: DATE - DATE is already a day count there.
    result = check_sql(
        "SELECT CURRENT_DATE - placed FROM orders", parse_schema(SCHEMA, dialect), dialect, False
    )
    assert result.valid, result.issues
    assert result.corrections == []


def test_a_mysql_date_minus_a_date_counts_days() -> None:
    # MySQL subtracts them as numbers (20250301 - 20250228 = 73): app.checking.durations.
    result = check_sql(
        "SELECT CURRENT_DATE - placed FROM orders", parse_schema(SCHEMA, "mysql"), "mysql", False
    )
    assert result.valid, result.issues
    assert result.sql == "SELECT DATEDIFF(CURRENT_DATE, placed) FROM orders"


def test_corrected_text_dates_give_the_right_rows_in_sqlite(schema) -> None:  # type: ignore[no-untyped-def]
    # What the corrections are for: the model's SQL returned nothing (or 0) before them.
    with Sandbox(SCHEMA) as sandbox:
        for answer, rows in [
            (
                "SELECT id FROM orders "
                "WHERE STRFTIME('%Y-%m', placed) BETWEEN '2024-08-01' AND '2024-08-31'",
                [(10,)],
            ),
            ("SELECT id FROM orders WHERE STRFTIME('%Y', placed) = 2024", [(10,)]),
            ("SELECT placed - DATE('2024-08-01') FROM orders", [(4.0,)]),
        ]:
            assert list(sandbox.query(answer).rows) != rows
            corrected = check_sql(answer, schema, "sqlite", allow_write=False)
            assert corrected.corrections, answer
            assert list(sandbox.query(corrected.sql).rows) == rows


@pytest.mark.parametrize(
    ("write", "issue"),
    [
        # order_items-style mistake: the subquery filters on a column only another table has
        (
            "DELETE FROM customers WHERE id NOT IN "
            "(SELECT customer_id FROM orders WHERE signup_date > '2024-01-01')",
            "unknown column signup_date",
        ),
        (
            "UPDATE orders SET total = (SELECT MAX(id) FROM customers WHERE placed_on > 1)",
            "placed_on",
        ),
        (
            "INSERT INTO customers (id, name) SELECT id, note FROM orders WHERE country = 'UK'",
            "country",
        ),
        ("DELETE FROM orders WHERE name = 'Ada'", "unknown column name"),  # customers has it
        (
            "WITH uk AS (SELECT id FROM customers) "
            "DELETE FROM orders WHERE customer_id IN (SELECT nope FROM uk)",
            "unknown column nope",
        ),
    ],
)
def test_a_writes_conditions_are_resolved_as_the_read_they_make(write: str, issue: str) -> None:
    # SQLite refuses each of these when it runs them ("no such column"), so none may be valid.
    result = check_sql(write, parse_schema(SCHEMA, "sqlite"), "sqlite", allow_write=True)
    assert not result.valid
    assert any(issue in message for message in result.issues), result.issues
    with Sandbox(SCHEMA) as sandbox, pytest.raises(Exception, match="no such column"):
        sandbox.execute_write(write)


@pytest.mark.parametrize(
    "write",
    [
        # an unqualified column of the target table, read from a subquery (correlated)
        "DELETE FROM customers WHERE id NOT IN "
        "(SELECT customer_id FROM orders WHERE country = 'UK')",
        "DELETE FROM customers WHERE NOT EXISTS "
        "(SELECT 1 FROM orders o WHERE o.customer_id = customers.id)",
        "UPDATE orders SET total = "
        "(SELECT COUNT(*) FROM customers c WHERE c.id = orders.customer_id)",
        "UPDATE orders SET note = 'late' WHERE placed < '2024-09-01'",
        "INSERT INTO orders (id, customer_id) "
        "SELECT id + 100, id FROM customers WHERE country = 'UK'",
        "DELETE FROM orders",
        # a CTE before the write is visible to its conditions and its SELECT
        "WITH uk AS (SELECT id FROM customers WHERE country = 'UK') "
        "DELETE FROM orders WHERE customer_id IN (SELECT id FROM uk)",
        "WITH c AS (SELECT id FROM customers) INSERT INTO orders (id) SELECT id + 100 FROM c",
        "UPDATE orders SET note = c.name FROM customers AS c WHERE c.id = orders.customer_id",
    ],
)
def test_writes_that_the_database_resolves_pass(write: str) -> None:
    result = check_sql(write, parse_schema(SCHEMA, "sqlite"), "sqlite", allow_write=True)
    assert result.valid, result.issues
    with Sandbox(SCHEMA) as sandbox:
        sandbox.execute_write(write)
