"""A stored duration added to a point in time (app.checking.added_durations): the corrected SQL
gives on the real database what the dialect's idiom gives, and the SQL as written did not
(real SQLite, a real PostgreSQL and a real MariaDB, and the sandbox the candidates vote in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking.check import check_sql
from app.checking.schema import parse_schema
from app.execution import Sandbox
from bench.dump_scoring import DumpScorer
from bench.mysql_scoring import MySQLScorer
from bench.pg_scoring import PostgresScorer
from tests.support.sqlite_rows import sqlite_rows

QUESTION = "Which bookings finished after 22:00? The finish time is the start plus the duration."
SQLITE_DDL = """
CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY,
  starts_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM'
  duration_minutes INTEGER NOT NULL, due_on TEXT NOT NULL, grace_days INTEGER NOT NULL,
  quantity INTEGER NOT NULL);
INSERT INTO bookings VALUES (1, '2025-09-02 21:00', 90, '2025-09-01', 10, 2),
  (2, '2025-09-05 20:00', 60, '2025-09-20', 3, 1), (3, '2025-09-06 21:30', 30, '2025-09-28', 5, 4);
"""
TYPED_DDL = (
    "CREATE TABLE bookings (booking_id INT PRIMARY KEY, starts_at {time} NOT NULL, "
    "duration_minutes INT NOT NULL, due_on DATE NOT NULL, grace_days INT NOT NULL, "
    "quantity INT NOT NULL);"
)
TYPED_ROWS = (
    "INSERT INTO bookings VALUES (1, '2025-09-02 21:00:00', 90, '2025-09-01', 10, 2), "
    "(2, '2025-09-05 20:00:00', 60, '2025-09-20', 3, 1), "
    "(3, '2025-09-06 21:30:00', 30, '2025-09-28', 5, 4);"
)


def _corrected(sql: str, ddl: str, dialect: str) -> tuple[str, list[str]]:
    result = check_sql(sql, parse_schema(ddl, dialect), dialect, False, QUESTION)
    assert result.valid, result.issues
    return result.sql, [note for note in result.corrections if "point in time" in note]


def test_sqlite_adds_minutes_and_writes_the_time_as_its_rows_are() -> None:
    model = (
        "SELECT booking_id, starts_at + duration_minutes FROM bookings "
        "WHERE starts_at + duration_minutes > DATE(starts_at) || ' 22:00' ORDER BY booking_id"
    )
    # As written: SQLite adds 90 to the year (2115), a number, which sorts before any text.
    assert sqlite_rows(SQLITE_DDL, model) == []

    corrected, notes = _corrected(model, SQLITE_DDL, "sqlite")

    assert len(notes) == 2
    assert sqlite_rows(SQLITE_DDL, corrected) == [(1, "2025-09-02 22:30")]


@pytest.mark.parametrize(
    ("model", "rows"),
    [
        # A day count added to a date is a date; scaled by a guessed constant, still days.
        ("SELECT booking_id, due_on + grace_days FROM bookings", [(1, "2025-09-11")]),
        ("SELECT booking_id, due_on + grace_days * 86400 FROM bookings", [(1, "2025-09-11")]),
        # Subtracted: backwards.
        ("SELECT booking_id, due_on - grace_days FROM bookings", [(1, "2025-08-22")]),
    ],
)
def test_sqlite_days_on_a_date_stay_a_date(model: str, rows: list[tuple[object, ...]]) -> None:
    corrected, notes = _corrected(f"{model} WHERE quantity = 2", SQLITE_DDL, "sqlite")

    assert len(notes) == 1
    assert sqlite_rows(SQLITE_DDL, corrected) == rows


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT booking_id, duration_minutes + grace_days FROM bookings",  # no point in time
        "SELECT booking_id, starts_at + quantity FROM bookings",  # no unit in the name
        "SELECT booking_id, DATETIME(starts_at, '+' || duration_minutes || ' minutes') "
        "FROM bookings",
        "SELECT booking_id, JULIANDAY(starts_at) + duration_minutes / 1440.0 FROM bookings",
    ],
)
def test_other_arithmetic_stays(sql: str) -> None:
    assert _corrected(sql, SQLITE_DDL, "sqlite")[1] == []


def _same_as_idiom(
    scorer: DumpScorer, ddl: str, dialect: str, model: str, idiom: str, tmp_path: Path
) -> str:
    corrected, notes = _corrected(model, ddl, dialect)
    assert len(notes) == 1
    dump = tmp_path / "bookings.sql"
    dump.write_text(ddl + "\n" + TYPED_ROWS)
    got, expected, before = (scorer.result(dump, sql) for sql in (corrected, idiom, model))
    assert got is not None and expected is not None
    assert got.rows == expected.rows
    assert before is None or before.rows != got.rows
    with Sandbox(ddl + "\n" + TYPED_ROWS) as sandbox:
        assert [tuple(map(str, r)) for r in sandbox.query(corrected, dialect=dialect).rows] == [
            tuple(map(str, r)) for r in sandbox.query(idiom, dialect=dialect).rows
        ]
    return corrected


def test_postgres_adds_the_minutes_as_an_interval(
    postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    ddl = TYPED_DDL.format(time="TIMESTAMP")
    corrected = _same_as_idiom(
        postgres_scorer,
        ddl,
        "postgres",
        "SELECT booking_id FROM bookings WHERE starts_at + duration_minutes > "
        "CAST(starts_at AS DATE) + TIME '22:00' ORDER BY booking_id",
        "SELECT booking_id FROM bookings WHERE starts_at + duration_minutes * INTERVAL "
        "'1 minute' > CAST(starts_at AS DATE) + TIME '22:00' ORDER BY booking_id",
        tmp_path,
    )
    assert "INTERVAL" in corrected
    # A date plus a day count is a date in PostgreSQL already.
    assert _corrected("SELECT due_on + grace_days FROM bookings", ddl, "postgres")[1] == []


def test_mysql_adds_the_minutes_with_date_add(mysql_scorer: MySQLScorer, tmp_path: Path) -> None:
    _same_as_idiom(
        mysql_scorer,
        TYPED_DDL.format(time="DATETIME"),
        "mysql",
        "SELECT booking_id, starts_at + duration_minutes FROM bookings ORDER BY booking_id",
        "SELECT booking_id, DATE_ADD(starts_at, INTERVAL duration_minutes MINUTE) FROM bookings "
        "ORDER BY booking_id",
        tmp_path,
    )
