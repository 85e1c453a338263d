"""Other dialects' date parts and text helpers run in the SQLite sandbox, and give there what
the client's own database gives: checked against a real PostgreSQL and a real MariaDB."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.execution import Sandbox
from bench.dump_scoring import DumpScorer
from bench.mysql_scoring import MySQLScorer
from bench.pg_scoring import PostgresScorer

# A Saturday morning, a Monday evening, and the last day of a leap February.
ROWS = (
    "INSERT INTO visits VALUES (1, '2025-06-07 10:05:09', 'Hello'), "
    "(2, '2025-06-09 18:30:00', 'Bye'), (3, '2024-02-29 00:00:00', 'Leap');"
)
MYSQL = [
    "DAYOFWEEK(at)",
    "WEEKDAY(at)",
    "DAY(at)",
    "MONTH(at)",
    "YEAR(at)",
    "HOUR(at)",
    "MINUTE(at)",
    "SECOND(at)",
    "QUARTER(at)",
    "DAYOFYEAR(at)",
    "DAYNAME(at)",
    "LEFT(note, 2)",
    "RIGHT(note, 2)",
    "TIMESTAMPDIFF(MINUTE, at, '2025-06-10 00:00:00')",
    "TIMESTAMPDIFF(HOUR, '2025-06-10 00:00:00', at)",
    "TIMESTAMPDIFF(DAY, at, '2025-06-10 00:00:00')",
    "DATEDIFF('2025-06-10 00:00:00', at)",  # calendar days: the time of day does not count
    # Calendar months and years: one more when the day and time of day come round.
    "TIMESTAMPDIFF(MONTH, at, '2025-08-09 18:29:59')",
    "TIMESTAMPDIFF(YEAR, at, '2026-06-07 10:05:09')",
    "TIMESTAMPDIFF(YEAR, at, '2025-02-28 00:00:00')",
    "TIMESTAMPDIFF(QUARTER, '2025-12-31 00:00:00', at)",
    # A point in time moved: minutes by a column, months and years to the month's last day.
    "CAST(DATE_ADD(at, INTERVAL id * 45 MINUTE) AS CHAR)",
    "CAST(at + INTERVAL 2 HOUR AS CHAR)",
    "CAST(DATE_SUB(at, INTERVAL 1 MONTH) AS CHAR)",
    "CAST(DATE_ADD(at, INTERVAL 1 YEAR) AS CHAR)",
]
POSTGRES = [
    "EXTRACT(DOW FROM at)",
    "EXTRACT(ISODOW FROM at)",
    "EXTRACT(YEAR FROM at)",
    "EXTRACT(MONTH FROM at)",
    "EXTRACT(DAY FROM at)",
    "EXTRACT(HOUR FROM at)",
    "EXTRACT(QUARTER FROM at)",
    "EXTRACT(DOY FROM at)",
    "DATE_PART('minute', at)",
    "LEFT(note, 3)",
    "RIGHT(note, 3)",
    "CAST('2025-06-10' AS DATE) - CAST(at AS DATE)",  # days, not text subtracted
    "EXTRACT(YEAR FROM AGE(CAST('2026-06-07 10:05:09' AS TIMESTAMP), at))",  # an age in years
    "DATE_PART('year', AGE(CAST('2025-02-28' AS TIMESTAMP), at))",
    "at::date - DATE '2024-01-01'",
    "EXTRACT(EPOCH FROM TIMESTAMP '2025-06-10 00:00:00' - at)",  # an interval's seconds
    "EXTRACT(EPOCH FROM (at - CAST('2024-01-01' AS TIMESTAMP))) / 60",
    "CAST(at + INTERVAL '30 minutes' AS TEXT)",
    "CAST(at - id * INTERVAL '1 hour' AS TEXT)",
    "CAST(at + INTERVAL '1 year' AS TEXT)",
    "CAST(INTERVAL '1 month' + at AS TEXT)",
]


def _sandbox() -> Sandbox:
    return Sandbox("CREATE TABLE visits (id INT, at TEXT, note TEXT);\n" + ROWS)


def _rows(rows: object) -> list[tuple[object, ...]]:
    # PostgreSQL's EXTRACT gives NUMERIC; compare values, not types.
    return [tuple(float(v) if not isinstance(v, str) else v for v in row) for row in rows]  # type: ignore[attr-defined]


def _same_as_real(
    scorer: DumpScorer, create: str, expression: str, dialect: str, tmp_path: Path
) -> None:
    dump = tmp_path / "visits.sql"
    dump.write_text(create + "\n" + ROWS)
    sql = f"SELECT id, {expression} FROM visits ORDER BY id"
    real = scorer.result(dump, sql)
    assert real is not None
    with _sandbox() as sandbox:
        assert _rows(sandbox.query(sql, dialect=dialect).rows) == _rows(real.rows)


@pytest.mark.parametrize("expression", MYSQL)
def test_a_mysql_date_part_gives_in_the_sandbox_what_mariadb_gives(
    mysql_scorer: MySQLScorer, expression: str, tmp_path: Path
) -> None:
    create = "CREATE TABLE visits (id INT, at DATETIME, note VARCHAR(10));"
    _same_as_real(mysql_scorer, create, expression, "mysql", tmp_path)


@pytest.mark.parametrize("expression", POSTGRES)
def test_a_postgres_date_part_gives_in_the_sandbox_what_postgresql_gives(
    postgres_scorer: PostgresScorer, expression: str, tmp_path: Path
) -> None:
    create = "CREATE TABLE visits (id INT, at TIMESTAMP, note TEXT);"
    _same_as_real(postgres_scorer, create, expression, "postgres", tmp_path)


def test_t_sql_and_duckdb_count_weekdays_their_own_way() -> None:
    with _sandbox() as sandbox:  # 2025-06-07 is a Saturday
        assert sandbox.query(
            "SELECT DATEPART(WEEKDAY, at) FROM visits WHERE id = 1", dialect="tsql"
        ).rows == ((7,),)
        assert sandbox.query(
            "SELECT DAYOFWEEK(at) FROM visits WHERE id = 1", dialect="duckdb"
        ).rows == ((6,),)
