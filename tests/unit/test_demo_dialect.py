"""Demos written in the request's dialect (app.prompt.demo_dialect): the translation is checked
against each dialect's grammar with xgrammar, and proven on a real PostgreSQL, where every
translated date demo of the bundled dataset must return what its SQLite original returns."""

from __future__ import annotations

import datetime
import re
import sqlite3
import subprocess
from pathlib import Path

import dspy
import pytest
import sqlglot

from app.execution.state import QueryResult
from app.grammar import build_sql_grammar
from app.grammar.ddl import tables_from_ddl
from app.program import Text2SQLProgram
from app.program_config import ProgramConfig
from app.prompt.demo_dialect import DemoSQL, demo_sql_in
from bench.grammar_coverage import accepts, compile_grammar
from bench.pg_scoring import PostgresScorer
from optimizer.datasets import is_write_task, load_bundled
from optimizer.metrics import gold_is_ordered, results_match
from tests.unit.test_sql_chat_adapter import ANSWER, POSTGRES_SCHEMA, RecordingLM

STAY = "SELECT hotel_id, SUM(julianday(check_out) - julianday(check_in)) AS nights FROM bookings"


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [
        (
            "postgres",
            "SUM(EXTRACT(EPOCH FROM CAST(check_out AS TIMESTAMP) - CAST(check_in AS TIMESTAMP))"
            " / 86400.0)",
        ),
        ("mysql", "SUM(TIMESTAMPDIFF(SECOND, check_in, check_out) / 86400.0)"),
        ("tsql", "SUM(DATEDIFF(SECOND, check_in, check_out) / 86400.0)"),
        ("duckdb", "SUM(DATE_DIFF('SECOND', check_in, check_out) / 86400.0)"),
    ],
)
def test_a_julianday_difference_becomes_the_dialects_fractional_days(
    dialect: str, expected: str
) -> None:
    written = demo_sql_in(STAY, dialect)
    assert written.dialect == dialect
    assert expected in written.sql
    assert "julianday" not in written.sql.lower()


@pytest.mark.parametrize(
    ("dialect", "dates", "timestamps"),
    [
        (
            "postgres",
            "SUM(check_out - check_in)",
            "SUM(EXTRACT(EPOCH FROM left_at - came_at) / 86400.0)",
        ),
        (
            "mysql",
            "SUM(DATEDIFF(check_out, check_in))",
            "SUM(TIMESTAMPDIFF(SECOND, came_at, left_at) / 86400.0)",
        ),
        (
            "tsql",
            "SUM(DATEDIFF(DAY, check_in, check_out))",
            "SUM(DATEDIFF(SECOND, came_at, left_at) / 86400.0)",
        ),
    ],
)
def test_the_demos_column_types_choose_the_plainest_faithful_day_count(
    dialect: str, dates: str, timestamps: str
) -> None:
    schema = (
        "CREATE TABLE bookings (hotel_id INT, check_in DATE, check_out DATE, "
        "came_at DATETIME, left_at DATETIME);"
    )
    assert dates in demo_sql_in(STAY, dialect, schema).sql
    visit = STAY.replace("check_out", "left_at").replace("check_in", "came_at")
    assert timestamps in demo_sql_in(visit, dialect, schema).sql


def test_a_difference_inside_an_operator_keeps_its_place() -> None:
    sql = "SELECT 100 / (julianday(b) - julianday(a)) FROM t"
    assert demo_sql_in(sql, "postgres").sql == (
        "SELECT 100 / (EXTRACT(EPOCH FROM CAST(b AS TIMESTAMP) - CAST(a AS TIMESTAMP)) / 86400.0)"
        " FROM t"
    )


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [
        ("postgres", "TO_CHAR(CAST(d AS TIMESTAMP), 'YYYY-MM')"),
        ("mysql", "DATE_FORMAT(d, '%Y-%m')"),
        ("tsql", "FORMAT(CAST(d AS DATETIME2), 'yyyy-MM')"),
    ],
)
def test_strftime_becomes_the_dialects_date_format(dialect: str, expected: str) -> None:
    assert expected in demo_sql_in("SELECT strftime('%Y-%m', d) FROM t", dialect).sql


def test_the_translation_reads_as_a_person_writes_it() -> None:
    # sqlglot alone writes NULLS FIRST on every ORDER BY (SQLite sorts NULLs first),
    # x / NULLIF(y, 0) (SQLite's division by zero is NULL) and T-SQL's COUNT_BIG.
    sql = (
        "SELECT a, COUNT(*) AS n, SUM(x) / SUM(y) AS r, strftime('%Y', d) AS yr FROM t "
        "GROUP BY a ORDER BY n DESC, a"
    )
    postgres = demo_sql_in(sql, "postgres").sql
    assert "NULLS" not in postgres and "NULLIF" not in postgres
    assert postgres.endswith("ORDER BY n DESC, a")
    assert "COUNT(*)" in demo_sql_in(sql, "tsql").sql
    assert "COUNT_BIG" not in demo_sql_in(sql, "tsql").sql


def test_postgres_rounds_to_decimals_only_a_numeric() -> None:
    sql = "SELECT ROUND(SUM(weight_kg) / 1000.0, 2), strftime('%Y', d) FROM t"
    assert "ROUND(CAST(SUM(weight_kg) / 1000.0 AS DECIMAL), 2)" in demo_sql_in(sql, "postgres").sql


def test_a_sqlite_question_and_sql_common_to_both_are_shown_as_written() -> None:
    assert demo_sql_in(STAY, "sqlite") == DemoSQL(STAY, "sqlite")
    # Nothing SQLite's own: the wording the program was measured with is kept.
    plain = "select region, count(*) from sales s group by region order by 2 desc;"
    assert demo_sql_in(plain, "postgres") == DemoSQL(plain, "postgres")


def test_a_spelling_only_sqlite_has_is_rewritten_even_when_sqlglot_reads_both_alike() -> None:
    # sqlglot reads IFNULL as COALESCE in both dialects, but PostgreSQL has no IFNULL.
    assert demo_sql_in("SELECT ifnull(a, 0) FROM t", "postgres").sql == (
        "SELECT COALESCE(a, 0) FROM t"
    )
    assert demo_sql_in("SELECT group_concat(a) FROM t", "postgres").sql == (
        "SELECT STRING_AGG(a, ',') FROM t"
    )


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT julianday(d) FROM t",  # a Julian day number itself: no dialect has one
        "SELECT strftime('%w', d) FROM t",  # weekday: sqlglot writes TO_CHAR(d, '%w')
        "SELECT strftime('%s', d) FROM t",
        "SELECT date('now') FROM t",
        "SELECT date(d, '+7 days') FROM t",
        "SELECT FROM WHERE",  # does not parse
    ],
)
def test_what_cannot_be_translated_faithfully_stays_sqlite(sql: str) -> None:
    for dialect in ("postgres", "mysql", "tsql"):
        assert demo_sql_in(sql, dialect) == DemoSQL(sql, "sqlite")


def _date_demos() -> list[dspy.Example]:
    """The bundled read examples that use SQLite's date functions (the demos that differ)."""
    return [
        e
        for e in load_bundled()
        if not is_write_task(e) and re.search(r"julianday|strftime", e.sql, re.IGNORECASE)
    ]


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "tsql", "duckdb"])
def test_translated_date_demos_are_what_the_dialects_grammar_lets_the_model_write(
    dialect: str,
) -> None:
    demos = _date_demos()
    as_written = translated = 0
    for demo in demos:
        grammar = compile_grammar(
            build_sql_grammar(tables_from_ddl(demo.sql_context, dialect), dialect)
        )
        shown = demo_sql_in(demo.sql, dialect, demo.sql_context)
        as_written += accepts(grammar, demo.sql.strip().rstrip(";"))
        if shown.dialect == dialect:
            translated += 1
            assert accepts(grammar, shown.sql), shown.sql
    assert translated >= len(demos) - 2
    assert translated > as_written  # in duckdb SQLite's strftime reads alike, arguments swapped


def _as_text(result: QueryResult) -> QueryResult:
    """Dates as SQLite stores them (text), so results compare by value."""
    rows = tuple(
        tuple(str(v) if isinstance(v, datetime.date) else v for v in row) for row in result.rows
    )
    return QueryResult(result.columns, rows)


def test_translated_date_demos_return_on_postgres_what_they_return_on_sqlite(
    postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    proven = 0
    for index, demo in enumerate(_date_demos()):
        shown = demo_sql_in(demo.sql, "postgres", demo.sql_context)
        if shown.dialect != "postgres":
            continue
        with sqlite3.connect(":memory:") as connection:
            connection.executescript(demo.sql_context)
            cursor = connection.execute(demo.sql)
            expected = QueryResult(
                tuple(d[0] for d in cursor.description), tuple(cursor.fetchall())
            )
        dump = tmp_path / f"demo{index}.sql"
        statements = sqlglot.transpile(demo.sql_context, read="sqlite", write="postgres")
        dump.write_text(";\n".join(statements) + ";")
        try:
            answer = postgres_scorer.result(dump, shown.sql)
        except subprocess.CalledProcessError:
            continue  # the demo's data does not load into PostgreSQL as transpiled
        assert answer is not None, shown.sql
        ordered = gold_is_ordered(demo.sql)
        assert results_match(expected, _as_text(answer), ordered=ordered), shown.sql
        proven += 1
    assert proven >= 20


# ---------------------------------------------------------------- in the program's prompt


DEMOS = [
    dspy.Example(
        question="How many nights was each hotel booked?",
        sql_context="CREATE TABLE bookings (hotel_id INT, check_in TEXT, check_out TEXT);",
        sql=STAY + " GROUP BY hotel_id",
    ).with_inputs("question", "sql_context"),
    dspy.Example(
        question="Which weekday do bookings start on?",
        sql_context="CREATE TABLE bookings (hotel_id INT, check_in TEXT, check_out TEXT);",
        sql="SELECT strftime('%w', check_in) FROM bookings",
    ).with_inputs("question", "sql_context"),
]


def _prompt(config: ProgramConfig, dialect: str) -> list[dict[str, object]]:
    program = Text2SQLProgram(config=config)
    program.generate.demos = list(DEMOS)
    lm = RecordingLM([ANSWER])
    schema = POSTGRES_SCHEMA if dialect == "postgres" else POSTGRES_SCHEMA.replace("[]", "")
    with dspy.context(lm=lm):
        program(question="How many savings accounts?", sql_context=schema, dialect=dialect)
    (messages,) = lm.sent
    return messages


@pytest.mark.parametrize("compact_schema", [True, False])
def test_a_postgres_question_sees_its_demos_in_postgres_and_a_sqlite_one_as_written(
    compact_schema: bool,
) -> None:
    config = ProgramConfig(adapter="sql-chat", compact_schema=compact_schema)
    postgres = _prompt(config, "postgres")
    assert "EXTRACT(EPOCH FROM" in str(postgres[2]["content"])
    assert "julianday" not in str(postgres[2]["content"])
    assert postgres[4]["content"] == DEMOS[1].sql  # no faithful translation: as written
    sqlite = _prompt(config, "sqlite")
    assert [sqlite[2]["content"], sqlite[4]["content"]] == [DEMOS[0].sql, DEMOS[1].sql]


def test_a_dialect_hint_names_the_dialect_each_demo_is_written_in() -> None:
    config = ProgramConfig(adapter="sql-chat", compact_schema=True, dialect_hint=True)
    messages = _prompt(config, "postgres")
    translated, kept, question = (messages[i]["content"] for i in (1, 3, 5))
    assert "-- Using valid Postgres, answer the question" in str(translated)
    assert "-- Using valid SQLite, answer the question" in str(kept)
    assert "-- Using valid Postgres, answer the question" in str(question)
