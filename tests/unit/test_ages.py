"""An age asked, written as days over 365 or as a difference of years, counted in completed
years (app.checking.ages): run on SQLite, a real PostgreSQL and a real MariaDB, and in the
sandbox the candidates vote in."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from app.execution import Sandbox
from bench.dump_scoring import DumpScorer
from tests.support.sqlite_rows import sqlite_rows

QUESTION = "Which patients were aged 60 or over on 1 March 2025? Give their name and age."
# Ann turns 60 on the day, Ben the day after; Cy turned 60 in December; Di is 59.
ROWS = (
    "INSERT INTO patients VALUES (1, 'Ann', '1965-03-01'), (2, 'Ben', '1965-03-02'), "
    "(3, 'Cy', '1964-12-15'), (4, 'Di', '1966-01-01');"
)
DDL = {
    "sqlite": "CREATE TABLE patients (patient_id INTEGER PRIMARY KEY, name TEXT, "
    "date_of_birth TEXT);",
    "postgres": "CREATE TABLE patients (patient_id INT PRIMARY KEY, name TEXT, "
    "date_of_birth DATE);",
    "mysql": "CREATE TABLE patients (patient_id INT PRIMARY KEY, name VARCHAR(20), "
    "date_of_birth DATE);",
}
AGED_60 = [("Ann", 60), ("Cy", 60)]


def _checked(sql: str, dialect: str, question: str = QUESTION) -> tuple[str, list[str]]:
    result = check_sql(sql, parse_schema(DDL[dialect], dialect), dialect, False, question)
    assert result.valid, result.issues
    return result.sql, [note for note in result.corrections if "completed" in note]


def _sorted(rows: object) -> list[tuple[str, int]]:
    return sorted((str(name), int(age)) for name, age in rows)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "answer",
    [
        # The difference of the years: Ben is 60 a day early.
        "SELECT name, CAST(STRFTIME('%Y', '2025-03-01') AS INTEGER) - "
        "CAST(STRFTIME('%Y', date_of_birth) AS INTEGER) AS age FROM patients "
        "WHERE STRFTIME('%Y', '2025-03-01') - STRFTIME('%Y', date_of_birth) >= 60",
        # Days over 365: a fraction, and Ann's 60 years are 21,915 days (60.04).
        "SELECT name, (JULIANDAY('2025-03-01') - JULIANDAY(date_of_birth)) / 365 AS age "
        "FROM patients WHERE (JULIANDAY('2025-03-01') - JULIANDAY(date_of_birth)) / 365 >= 60",
    ],
)
def test_sqlite_ages_count_completed_years(answer: str) -> None:
    script = DDL["sqlite"] + ROWS
    corrected, notes = _checked(answer, "sqlite")

    assert _sorted(sqlite_rows(script, answer)) != AGED_60
    assert notes and _sorted(sqlite_rows(script, corrected)) == AGED_60


@pytest.mark.parametrize(
    ("dialect", "answer"),
    [
        (
            "postgres",
            "SELECT name, EXTRACT(YEAR FROM DATE '2025-03-01') - EXTRACT(YEAR FROM date_of_birth) "
            "AS age FROM patients WHERE EXTRACT(YEAR FROM DATE '2025-03-01') - "
            "EXTRACT(YEAR FROM date_of_birth) >= 60",
        ),
        (
            "postgres",
            "SELECT name, (DATE '2025-03-01' - date_of_birth) / 365 AS age "
            "FROM patients WHERE (DATE '2025-03-01' - date_of_birth) / 365 >= 60",
        ),
        (
            "mysql",
            "SELECT name, YEAR('2025-03-01') - YEAR(date_of_birth) AS age FROM patients "
            "WHERE YEAR('2025-03-01') - YEAR(date_of_birth) >= 60",
        ),
        (
            "mysql",
            "SELECT name, FLOOR(DATEDIFF('2025-03-01', date_of_birth) / 365) AS age "
            "FROM patients WHERE DATEDIFF('2025-03-01', date_of_birth) / 365 >= 60",
        ),
    ],
)
def test_ages_count_completed_years_on_the_real_engines(
    dialect: str,
    answer: str,
    postgres_scorer: DumpScorer,
    mysql_scorer: DumpScorer,
    tmp_path: Path,
) -> None:
    scorer = postgres_scorer if dialect == "postgres" else mysql_scorer
    dump = tmp_path / "patients.sql"
    dump.write_text(DDL[dialect] + "\n" + ROWS)
    corrected, notes = _checked(answer, dialect)

    before, after = scorer.result(dump, answer), scorer.result(dump, corrected)
    assert before is not None and after is not None
    assert _sorted(before.rows) != AGED_60
    assert notes and _sorted(after.rows) == AGED_60
    with Sandbox(DDL[dialect] + "\n" + ROWS) as sandbox:
        assert _sorted(sandbox.query(corrected, dialect=dialect).rows) == AGED_60


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        # Corrected for the birthday already: the year difference is not the whole value.
        (
            "SELECT name, (STRFTIME('%Y', '2025-03-01') - STRFTIME('%Y', date_of_birth)) - "
            "(STRFTIME('%m-%d', '2025-03-01') < STRFTIME('%m-%d', date_of_birth)) AS age "
            "FROM patients",
            QUESTION,
        ),
        # Asked with decimals, or rounded to places: a fraction of a year is wanted.
        (
            "SELECT name, (JULIANDAY('2025-03-01') - JULIANDAY(date_of_birth)) / 365.25 "
            "FROM patients",
            "Give each patient's age on 1 March 2025 in years, with decimals.",
        ),
        (
            "SELECT name, ROUND((JULIANDAY('2025-03-01') - JULIANDAY(date_of_birth)) / 365.25, 1) "
            "FROM patients",
            "Give each patient's age on 1 March 2025.",
        ),
        # No age asked: years between two dates are the question's own.
        (
            "SELECT name, STRFTIME('%Y', '2025-03-01') - STRFTIME('%Y', date_of_birth) "
            "FROM patients",
            "How many calendar years lie between each birth year and 2025?",
        ),
    ],
)
def test_years_the_question_or_the_model_settled_are_left_alone(answer: str, question: str) -> None:
    assert _checked(answer, "sqlite", question)[1] == []
