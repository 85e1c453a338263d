"""The last (first) date of each row asked about, answered with every date
(app.checking.latest_dates), run on real SQLite."""

from __future__ import annotations

import pytest

from tests.support.checked import checked_sql
from tests.support.sqlite_rows import sqlite_rows

# Seen on the permits and utility blind sets: "When was each meter last read?"
SCHEMA = """
CREATE TABLE meters (meter_id INTEGER PRIMARY KEY, serial_number TEXT, installed_on DATE);
CREATE TABLE readings (
  reading_id INTEGER PRIMARY KEY,
  meter_id INTEGER REFERENCES meters(meter_id),
  read_at TEXT,
  kwh_total REAL
);
INSERT INTO meters VALUES (1, 'E1', '2020-01-01'), (2, 'E2', '2021-05-05'), (3, 'E2', '2022-02-02');
INSERT INTO readings VALUES (1, 1, '2025-01-03 08:00', 100.0), (2, 1, '2025-02-03 09:00', 180.5),
  (3, 2, '2025-01-10 10:00', 50.0), (4, 3, '2025-03-01 07:30', 12.0),
  (5, 3, '2025-01-01 07:30', 2.0);
"""


def run(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(SCHEMA, sql), key=repr)


def check(question: str, answer: str) -> tuple[str, list[str]]:
    return checked_sql(SCHEMA, question, answer)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "When was each meter last read?",
            "SELECT m.serial_number, MAX(r.read_at) FROM meters m "
            "JOIN readings r ON r.meter_id = m.meter_id GROUP BY m.meter_id",
        ),
        (
            "When was each meter read for the first time?",
            "SELECT m.serial_number, MIN(r.read_at) FROM meters m "
            "JOIN readings r ON r.meter_id = m.meter_id GROUP BY m.meter_id",
        ),
    ],
)
def test_every_date_becomes_the_one_asked_of_each_row(question: str, gold: str) -> None:
    answer = (
        "SELECT m.serial_number, r.read_at FROM meters m "
        "JOIN readings r ON r.meter_id = m.meter_id ORDER BY r.read_at DESC"
    )
    sql, corrections = check(question, answer)
    # Two meters share the serial E2: grouped by the meter's key they stay two rows.
    assert run(sql) == run(gold)
    assert len(run(sql)) == 3
    assert "per meters row" in corrections[-1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "last" as a verb, a name or a period asks for no one date.
        (
            "How long did each meter last?",
            "SELECT m.serial_number, r.read_at FROM meters m JOIN readings r USING (meter_id)",
        ),
        (
            "List each meter with its readings from last month.",
            "SELECT m.serial_number, r.read_at FROM meters m JOIN readings r USING (meter_id)",
        ),
        # A column of the dated rows themselves: one row per reading is what was asked.
        (
            "When was each meter last read, and what did it show?",
            "SELECT m.serial_number, r.read_at, r.kwh_total FROM meters m "
            "JOIN readings r ON r.meter_id = m.meter_id",
        ),
        # Already one date per meter.
        (
            "When was each meter last read?",
            "SELECT m.serial_number, MAX(r.read_at) FROM meters m "
            "JOIN readings r ON r.meter_id = m.meter_id GROUP BY m.meter_id",
        ),
        # The meter's own date: one per meter already.
        (
            "When was each meter last installed?",
            "SELECT serial_number, installed_on FROM meters",
        ),
    ],
)
def test_reads_that_ask_no_one_date_per_row_are_left_as_written(question: str, answer: str) -> None:
    _, corrections = check(question, answer)
    assert not any("per meters row" in change for change in corrections)
