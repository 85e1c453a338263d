"""A time of day compared with a day is compared as the day it falls on; the corrected SQL runs
on real SQLite and counts the rows of that day as the question does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer

DDL = """
CREATE TABLE campaigns (
  campaign_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  start_date TEXT NOT NULL, -- 'YYYY-MM-DD'
  end_date TEXT NOT NULL -- 'YYYY-MM-DD'
);
CREATE TABLE donations (
  donation_id INTEGER PRIMARY KEY,
  campaign_id INTEGER REFERENCES campaigns(campaign_id),
  donated_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS'
  settled_at TEXT -- 'YYYY-MM-DD HH:MM:SS'
);
"""
ROWS = """
INSERT INTO campaigns VALUES (1, 'Spring', '2025-03-01', '2025-03-31');
INSERT INTO donations VALUES (1, 1, '2025-03-31 18:30:00', '2025-04-01 09:00:00'),
  (2, 1, '2025-04-02 10:00:00', '2025-04-02 11:00:00'),
  (3, 1, '2025-03-01 08:00:00', '2025-03-01 08:05:00');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def run(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return sorted(database.execute(sql).fetchall())


@pytest.mark.parametrize(
    ("answer", "corrected", "rows"),
    [
        # After the last day: not the evening of the last day itself.
        (
            "SELECT d.donation_id FROM donations AS d JOIN campaigns AS c "
            "ON c.campaign_id = d.campaign_id WHERE d.donated_at > c.end_date",
            "SELECT d.donation_id FROM donations AS d JOIN campaigns AS c "
            "ON c.campaign_id = d.campaign_id WHERE DATE(d.donated_at) > c.end_date",
            [(2,)],
        ),
        # Within the campaign: the last day counts.
        (
            "SELECT d.donation_id FROM donations AS d JOIN campaigns AS c "
            "ON c.campaign_id = d.campaign_id WHERE c.end_date >= d.donated_at",
            "SELECT d.donation_id FROM donations AS d JOIN campaigns AS c "
            "ON c.campaign_id = d.campaign_id WHERE c.end_date >= DATE(d.donated_at)",
            [(1,), (3,)],
        ),
        # On the first day.
        (
            "SELECT d.donation_id FROM donations AS d JOIN campaigns AS c "
            "ON c.campaign_id = d.campaign_id WHERE d.donated_at = c.start_date",
            "SELECT d.donation_id FROM donations AS d JOIN campaigns AS c "
            "ON c.campaign_id = d.campaign_id WHERE DATE(d.donated_at) = c.start_date",
            [(3,)],
        ),
    ],
)
def test_a_time_compared_with_a_day_is_compared_as_its_day(
    answer: str, corrected: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, "Which donations?")

    assert result.valid, result.issues
    assert result.sql == corrected
    assert any("the comparison is of the day it falls on" in note for note in result.corrections)
    assert run(result.sql) == rows


@pytest.mark.parametrize(
    "answer",
    [
        # Two times, or two days: compared as they are.
        "SELECT donation_id FROM donations WHERE settled_at > donated_at",
        "SELECT campaign_id FROM campaigns WHERE end_date > start_date",
        # A literal says its own precision.
        "SELECT donation_id FROM donations WHERE donated_at > '2025-03-31'",
        # Already read as a day.
        "SELECT d.donation_id FROM donations AS d JOIN campaigns AS c "
        "ON c.campaign_id = d.campaign_id WHERE DATE(d.donated_at) > c.end_date",
    ],
)
def test_left_alone(answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, "Which donations?")

    assert result.valid, result.issues
    assert not any("the day it falls on" in note for note in result.corrections)


def test_declared_types_settle_it_in_other_dialects() -> None:
    schema = parse_schema(
        "CREATE TABLE c (id INT PRIMARY KEY, end_date DATE);"
        "CREATE TABLE d (id INT PRIMARY KEY, c_id INT REFERENCES c (id), at TIMESTAMPTZ)",
        "postgres",
    )
    answer = "SELECT d.id FROM d JOIN c ON c.id = d.c_id WHERE d.at <= c.end_date"

    result = check_sql(answer, schema, "postgres", False, "Which ones?")

    assert result.valid, result.issues
    assert result.sql == (
        "SELECT d.id FROM d JOIN c ON c.id = d.c_id WHERE CAST(d.at AS DATE) <= c.end_date"
    )


@pytest.mark.parametrize(
    ("answer", "corrected", "rows"),
    [
        # All of March, the evening of the 31st included.
        (
            "SELECT donation_id FROM donations WHERE donated_at BETWEEN '2025-03-01' AND "
            "'2025-03-31'",
            "SELECT donation_id FROM donations WHERE donated_at >= '2025-03-01' AND donated_at < "
            "'2025-04-01'",
            [(1,), (3,)],
        ),
        # One day: every time of it, not its midnight.
        (
            "SELECT donation_id FROM donations WHERE donated_at = '2025-04-02'",
            "SELECT donation_id FROM donations WHERE donated_at >= '2025-04-02' AND donated_at < "
            "'2025-04-03'",
            [(2,)],
        ),
        # Up to the end of a month: its last day counts whole.
        (
            "SELECT donation_id FROM donations WHERE donated_at <= '2025-03-31' OR "
            "settled_at = '2025-04-02'",
            "SELECT donation_id FROM donations WHERE donated_at < '2025-04-01' OR "
            "(settled_at >= '2025-04-02' AND settled_at < '2025-04-03')",
            [(1,), (2,), (3,)],
        ),
    ],
)
def test_a_time_compared_with_a_day_literal_takes_the_whole_day(
    answer: str, corrected: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, "Which donations in March 2025?")

    assert result.valid, result.issues
    assert result.sql == corrected
    assert any("a day compared with it means all of that day" in n for n in result.corrections)
    assert run(result.sql) == rows
    assert run(answer) != rows  # as written, the 18:30 donation or the later times drop out


@pytest.mark.parametrize(
    "answer",
    [
        # A day column: midnight is the whole day already.
        "SELECT campaign_id FROM campaigns WHERE end_date BETWEEN '2025-03-01' AND '2025-03-31'",
        # Within a month: which instant is meant is not settled.
        "SELECT donation_id FROM donations WHERE donated_at <= '2025-03-15'",
    ],
)
def test_day_literals_left_alone(answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, "Which ones?")

    assert result.valid, result.issues
    assert result.corrections == []


def test_a_time_of_day_compared_with_a_column_of_times_reads_its_time_part() -> None:
    answer = "SELECT donation_id FROM donations WHERE donated_at < '12:00:00'"

    result = check_sql(answer, SCHEMA, "sqlite", False, "Which donations came before noon?")

    assert result.valid, result.issues
    assert result.sql == "SELECT donation_id FROM donations WHERE TIME(donated_at) < '12:00:00'"
    assert run(result.sql) == [(2,), (3,)]
    assert run(answer) == []  # every date-and-time text sorts after '12:00:00'


def test_a_time_of_day_on_a_made_up_day_reads_the_time_part_against_that_time() -> None:
    # Seen in a blind run: "a start time earlier than 7:00 a.m. (on whatever date)".
    answer = "SELECT donation_id FROM donations WHERE donated_at < '2024-01-01 12:00'"
    question = "Which donations came in before 12:00, on whatever date?"

    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == "SELECT donation_id FROM donations WHERE TIME(donated_at) < '12:00'"
    assert run(result.sql) == [(2,), (3,)]
    assert run(answer) == []


@pytest.mark.parametrize(
    "question",
    [
        "Which donations came in before 12:00 on 1 January 2024?",  # the day is named
        "Which donations came in before 12:00 in 2024?",  # a year is named
    ],
)
def test_a_timestamp_on_a_day_the_question_names_is_left_alone(question: str) -> None:
    answer = "SELECT donation_id FROM donations WHERE donated_at < '2024-01-01 12:00'"

    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert "TIME(" not in result.sql


def test_postgresql_reads_the_time_part_by_a_cast() -> None:
    schema = parse_schema("CREATE TABLE p (id INT PRIMARY KEY, starts_at TIMESTAMP)", "postgres")
    answer = "SELECT COUNT(*) FROM p WHERE starts_at < '17:00'"

    result = check_sql(answer, schema, "postgres", False, "How many start before 5pm?")

    assert result.sql == "SELECT COUNT(*) FROM p WHERE CAST(starts_at AS TIME) < '17:00'"


def test_a_time_copied_onto_the_day_asked_compares_the_whole_day() -> None:
    answer = "SELECT donation_id FROM donations WHERE donated_at = '2025-03-31 09:00:00'"

    result = check_sql(answer, SCHEMA, "sqlite", False, "Which donations came on 31 March 2025?")
    at_nine = check_sql(answer, SCHEMA, "sqlite", False, "Which came on 31 March 2025 at 9am?")

    assert result.sql == (
        "SELECT donation_id FROM donations WHERE donated_at >= '2025-03-31' AND donated_at < "
        "'2025-04-01'"
    )
    assert run(result.sql) == [(1,)]
    assert run(answer) == []
    assert at_nine.sql == answer  # the time is asked


def test_a_midnight_with_a_time_zone_on_the_day_asked_compares_that_whole_day_in_that_zone(
    postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    dump = tmp_path / "pledges.sql"
    dump.write_text(
        "CREATE TABLE pledges (pledge_id integer PRIMARY KEY, pledged_at timestamptz NOT NULL);\n"
        "INSERT INTO pledges VALUES (1, '2025-05-03 00:00:00+00'), (2, '2025-05-03 21:30:00+00'),"
        " (3, '2025-05-04 00:00:00+00'), (4, '2025-05-02 23:59:00+00');\n"
    )
    schema = parse_schema(dump.read_text(), "postgres")
    answer = "SELECT COUNT(*) FROM pledges WHERE pledged_at = '2025-05-03 00:00:00+00'"

    result = check_sql(answer, schema, "postgres", False, "How many on 3 May 2025 (UTC)?")

    assert result.sql == (
        "SELECT COUNT(*) FROM pledges WHERE pledged_at >= '2025-05-03 00:00:00+00' "
        "AND pledged_at < '2025-05-04 00:00:00+00'"
    )
    assert postgres_scorer.score(dump, "SELECT 2", result.sql) == (True, True)
    assert postgres_scorer.score(dump, "SELECT 2", answer) == (False, False)
