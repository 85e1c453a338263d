"""MySQL's TIMESTAMPDIFF in whole units made exact where the question needs a fraction
(app.checking.whole_units): run on a real MariaDB and in the SQLite sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from app.execution import Sandbox
from bench.mysql_scoring import MySQLScorer

DDL = """
CREATE TABLE calls (call_id INT PRIMARY KEY, scheduled_at DATETIME NOT NULL,
  arrived_at DATETIME NOT NULL, booked_on DATE NOT NULL);
INSERT INTO calls VALUES (1, '2025-01-10 08:00:00', '2025-01-10 10:50:00', '2025-01-02'),
  (2, '2025-01-11 08:00:00', '2025-01-11 10:00:00', '2025-01-02'), (3, '2025-01-12 06:00:00',
  '2025-01-12 07:30:00', '2025-01-03'), (4, '2025-01-13 22:00:00', '2025-01-15 09:00:00',
  '2025-01-03');
"""
SCHEMA = parse_schema(DDL, "mysql")


@pytest.mark.parametrize(
    ("question", "sql", "answer"),
    [
        # Call 1 is 2 h 50 min late: TIMESTAMPDIFF(HOUR) says 2, so "> 2" missed it.
        (
            "Which calls arrived more than 2 hours late? Return the call id.",
            "SELECT call_id FROM calls WHERE TIMESTAMPDIFF(HOUR, scheduled_at, arrived_at) > 2",
            [(1,), (4,)],
        ),
        (
            "Which calls arrived at most 2 hours late? Return the call id.",
            "SELECT call_id FROM calls WHERE TIMESTAMPDIFF(HOUR, scheduled_at, arrived_at) <= 2",
            [(2,), (3,)],
        ),
        (
            "Give each call's delay in hours, rounded to 1 decimal place.",
            "SELECT call_id, TIMESTAMPDIFF(HOUR, scheduled_at, arrived_at) FROM calls",
            [(1, 2.8), (2, 2.0), (3, 1.5), (4, 35.0)],
        ),
        (
            "How many days late was call 4, to 2 decimal places?",
            "SELECT DATEDIFF(arrived_at, scheduled_at) FROM calls WHERE call_id = 4",
            [(1.46,)],
        ),
    ],
)
def test_whole_units_are_made_exact_where_a_fraction_is_needed(
    question: str,
    sql: str,
    answer: list[tuple[object, ...]],
    mysql_scorer: MySQLScorer,
    tmp_path: Path,
) -> None:
    result = check_sql(sql, SCHEMA, "mysql", False, question)
    dump = tmp_path / "calls.sql"
    dump.write_text(DDL)

    assert result.valid, result.issues
    assert any("the difference must be exact" in note for note in result.corrections)
    found = mysql_scorer.result(dump, result.sql)
    assert found is not None
    assert sorted(tuple(float(v) for v in row) for row in found.rows) == answer
    with Sandbox(DDL) as sandbox:
        rows = sandbox.query(result.sql, dialect="mysql").rows
    assert sorted(tuple(float(v) for v in row) for row in rows) == answer


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # Right on whole units: at least 2 hours, under 2 hours.
        (
            "Which calls arrived at least 2 hours late?",
            "SELECT call_id FROM calls WHERE TIMESTAMPDIFF(HOUR, scheduled_at, arrived_at) >= 2",
        ),
        (
            "Which calls were less than 2 hours late?",
            "SELECT call_id FROM calls WHERE TIMESTAMPDIFF(HOUR, scheduled_at, arrived_at) < 2",
        ),
        # Days compared may be calendar days; whole hours returned with no decimals asked.
        (
            "Which calls arrived more than 1 day late?",
            "SELECT call_id FROM calls WHERE DATEDIFF(arrived_at, scheduled_at) > 1",
        ),
        # Days from a DATE, which has no time of day: the decimals asked are the average's.
        (
            "On average, how many days pass between booking and arrival, to 1 decimal place?",
            "SELECT ROUND(AVG(DATEDIFF(arrived_at, booked_on)), 1) FROM calls",
        ),
        # Minutes are as fine as the data.
        (
            "Give each call's delay in hours, to 1 decimal place.",
            "SELECT call_id, TIMESTAMPDIFF(MINUTE, scheduled_at, arrived_at) / 60.0 FROM calls",
        ),
        (
            "How many whole hours late was each call?",
            "SELECT call_id, TIMESTAMPDIFF(HOUR, scheduled_at, arrived_at) FROM calls",
        ),
    ],
)
def test_whole_units_that_answer_the_question_are_left_alone(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "mysql", False, question)

    assert result.valid, result.issues
    assert not [note for note in result.corrections if "must be exact" in note]


def test_other_dialects_are_left_alone() -> None:
    ddl = DDL.replace("DATETIME", "TIMESTAMP")
    sql = "SELECT call_id FROM calls WHERE arrived_at - scheduled_at > INTERVAL '2 hours'"
    result = check_sql(sql, parse_schema(ddl, "postgres"), "postgres", False, "Over 2 hours late?")

    assert not [note for note in result.corrections if "must be exact" in note]
