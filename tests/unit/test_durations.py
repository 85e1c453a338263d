"""A duration asked in a unit: the checker turns PostgreSQL's interval and MySQL's number from
``end - start`` into that unit, and the result is what the database itself gives for the
idiomatic SQL (checked on a real PostgreSQL and a real MariaDB, and in the sandbox)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking.check import check_sql
from app.checking.durations import asked_unit
from app.checking.schema import SchemaInfo, parse_schema
from app.execution import Sandbox
from bench.dump_scoring import DumpScorer
from bench.mysql_scoring import MySQLScorer
from bench.pg_scoring import PostgresScorer

ROWS = (
    "INSERT INTO visits VALUES (1, '2025-06-07 10:05:00', '2025-06-07 10:50:30', '2025-06-01', "
    "'2025-06-20'), (2, '2025-06-09 18:30:00', '2025-06-10 20:00:00', '2025-05-30', "
    "'2025-06-02');"
)
POSTGRES_DDL = (
    "CREATE TABLE visits (id INT PRIMARY KEY, started_at TIMESTAMP, ended_at TIMESTAMP, "
    "issued_on DATE, paid_on DATE);"
)
MYSQL_DDL = (
    "CREATE TABLE visits (id INT PRIMARY KEY, started_at DATETIME, ended_at DATETIME, "
    "issued_on DATE, paid_on DATE);"
)


def _schema(ddl: str, dialect: str) -> SchemaInfo:
    return parse_schema(ddl, dialect)


def _checked(sql: str, question: str, ddl: str, dialect: str) -> tuple[str, list[str]]:
    result = check_sql(sql, _schema(ddl, dialect), dialect, allow_write=False, question=question)
    assert result.valid, result.issues
    return result.sql, result.corrections


def _numbers(rows: object) -> list[tuple[float, ...]]:
    return [tuple(round(float(v), 6) for v in row) for row in rows]  # type: ignore[attr-defined]


def _same_as_idiom(
    scorer: DumpScorer,
    ddl: str,
    dialect: str,
    question: str,
    model: str,
    idiom: str,
    tmp_path: Path,
) -> str:
    """The corrected ``model`` SQL, once it gives on the real database what ``idiom`` gives,
    and not what ``model`` gave, and the same in the sandbox the candidates vote in."""
    corrected, notes = _checked(model, question, ddl, dialect)
    assert len(notes) == 1
    dump = tmp_path / "visits.sql"
    dump.write_text(ddl + "\n" + ROWS)
    got, expected, before = (scorer.result(dump, sql) for sql in (corrected, idiom, model))
    assert got is not None and expected is not None
    assert _numbers(got.rows) == _numbers(expected.rows)
    assert before is None or [tuple(map(str, r)) for r in before.rows] != [
        tuple(map(str, r)) for r in got.rows
    ]
    with Sandbox(ddl + "\n" + ROWS) as sandbox:
        assert _numbers(sandbox.query(corrected, dialect=dialect).rows) == _numbers(got.rows)
    return corrected


def test_the_unit_asked_is_one_not_after_a_number() -> None:
    assert asked_unit("How long did each visit last, in minutes?") == "minute"
    assert asked_unit("How many hours did each doctor spend in total?") == "hour"
    assert asked_unit("Which invoices were unpaid 30 days after issue?") is None
    assert asked_unit("Which visits ran over a few minutes?") is None
    assert asked_unit("How long did each visit last?") is None
    assert asked_unit("How many days and hours did it take?") is None  # two units: unclear


@pytest.mark.parametrize(
    ("question", "model", "idiom"),
    [
        (
            "How long did each visit last, in minutes?",
            "SELECT id, (ended_at - started_at) * 60 FROM visits ORDER BY id",
            "SELECT id, EXTRACT(EPOCH FROM ended_at - started_at) / 60 FROM visits ORDER BY id",
        ),
        (
            "What is the average visit length in hours?",
            "SELECT AVG(ended_at - started_at) FROM visits",
            "SELECT AVG(EXTRACT(EPOCH FROM ended_at - started_at)) / 3600 FROM visits",
        ),
        (
            "How many minutes did each visit last?",
            "SELECT id, EXTRACT(MINUTE FROM (ended_at - started_at)) FROM visits ORDER BY id",
            "SELECT id, EXTRACT(EPOCH FROM ended_at - started_at) / 60 FROM visits ORDER BY id",
        ),
        # The seconds divided by a day's where minutes are asked (plant blind set).
        (
            "How long did each visit last, in minutes?",
            "SELECT id, EXTRACT(EPOCH FROM ended_at - started_at) / 86400.0 FROM visits "
            "ORDER BY id",
            "SELECT id, EXTRACT(EPOCH FROM ended_at - started_at) / 60 FROM visits ORDER BY id",
        ),
        # The seconds not converted at all.
        (
            "What is the average visit length in hours?",
            "SELECT AVG(EXTRACT(EPOCH FROM ended_at - started_at)) FROM visits",
            "SELECT AVG(EXTRACT(EPOCH FROM ended_at - started_at)) / 3600 FROM visits",
        ),
        # A cast between the interval and the model's conversion: the conversion is still its.
        (
            "How many hours did each visit last?",
            "SELECT id, CAST((ended_at - started_at) AS DECIMAL) / 3600 FROM visits ORDER BY id",
            "SELECT id, EXTRACT(EPOCH FROM ended_at - started_at) / 3600 FROM visits ORDER BY id",
        ),
    ],
)
def test_a_postgres_interval_becomes_the_unit_asked(
    postgres_scorer: PostgresScorer, question: str, model: str, idiom: str, tmp_path: Path
) -> None:
    corrected = _same_as_idiom(
        postgres_scorer, POSTGRES_DDL, "postgres", question, model, idiom, tmp_path
    )
    assert "EXTRACT(EPOCH FROM" in corrected


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("How long did each visit last?", "SELECT id, ended_at - started_at FROM visits"),
        (
            "Which visits lasted more than 30 minutes?",
            "SELECT id FROM visits WHERE ended_at - started_at > INTERVAL '30 minutes'",
        ),
        ("How many days after issue was each paid?", "SELECT id, paid_on - issued_on FROM visits"),
        (
            "How long did each visit last, in minutes?",
            "SELECT id, EXTRACT(EPOCH FROM ended_at - started_at) / 60 FROM visits",
        ),
        (
            "What is the total visit length in hours?",
            "SELECT SUM(EXTRACT(EPOCH FROM ended_at - started_at)) / 60 / 60 FROM visits",
        ),
        # Seconds compared with a number are that number's concern.
        (
            "Which visits lasted more than half an hour? Give their length in hours.",
            "SELECT id FROM visits WHERE EXTRACT(EPOCH FROM ended_at - started_at) > 1800",
        ),
    ],
)
def test_a_postgres_difference_already_right_is_left_as_written(question: str, sql: str) -> None:
    assert _checked(sql, question, POSTGRES_DDL, "postgres")[1] == []


@pytest.mark.parametrize(
    ("question", "model", "idiom"),
    [
        (
            "How many minutes did each visit last?",
            "SELECT id, (ended_at - started_at) / 60 FROM visits ORDER BY id",
            "SELECT id, TIMESTAMPDIFF(MINUTE, started_at, ended_at) FROM visits ORDER BY id",
        ),
        (
            "How many days after being issued was each invoice paid?",
            "SELECT id, paid_on - issued_on FROM visits ORDER BY id",
            "SELECT id, DATEDIFF(paid_on, issued_on) FROM visits ORDER BY id",
        ),
        (
            "What is the average visit length in seconds?",
            "SELECT AVG(DATEDIFF(ended_at, started_at)) FROM visits",
            "SELECT AVG(TIMESTAMPDIFF(SECOND, started_at, ended_at)) FROM visits",
        ),
        (
            "How long did each visit last?",
            "SELECT id, ended_at - started_at FROM visits ORDER BY id",
            "SELECT id, TIMESTAMPDIFF(SECOND, started_at, ended_at) FROM visits ORDER BY id",
        ),
    ],
)
def test_a_mysql_difference_of_times_becomes_a_count_of_units(
    mysql_scorer: MySQLScorer, question: str, model: str, idiom: str, tmp_path: Path
) -> None:
    _same_as_idiom(mysql_scorer, MYSQL_DDL, "mysql", question, model, idiom, tmp_path)


def test_sqlite_is_left_to_the_text_date_correction() -> None:
    sql = "SELECT id, (ended_at - started_at) * 60 FROM visits"
    notes = _checked(sql, "How long, in minutes?", MYSQL_DDL, "sqlite")[1]
    assert not any("interval" in note or "plain numbers" in note for note in notes)
