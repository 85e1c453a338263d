"""'Which attendees' answered by a set operation of their keys or emails
(app.checking.set_labels), run on real SQLite."""

from __future__ import annotations

import pytest

from tests.support.checked import checked_sql
from tests.support.sqlite_rows import sqlite_rows

# Seen on the conference blind set.
SCHEMA = """
CREATE TABLE attendees (attendee_id INTEGER PRIMARY KEY, full_name TEXT, email TEXT);
CREATE TABLE registrations (
  registration_id INTEGER PRIMARY KEY,
  attendee_id INTEGER REFERENCES attendees(attendee_id),
  conference TEXT
);
INSERT INTO attendees VALUES (1, 'Ana Lind', 'ana@x.org'), (2, 'Bo Berg', 'bo@x.org'),
  (3, 'Cy Holm', 'cy@x.org');
INSERT INTO registrations VALUES (1, 1, 'DevSummit 2024'), (2, 1, 'DevSummit 2025'),
  (3, 2, 'DevSummit 2025');
"""
BOTH = (
    "SELECT r.attendee_id FROM registrations r WHERE r.conference = 'DevSummit 2024' "
    "INTERSECT SELECT r.attendee_id FROM registrations r WHERE r.conference = 'DevSummit 2025'"
)
NEVER = (
    "SELECT email FROM attendees EXCEPT SELECT a.email FROM registrations r "
    "JOIN attendees a ON a.attendee_id = r.attendee_id"
)


@pytest.mark.parametrize(
    ("question", "answer", "rows"),
    [
        ("Who attended both DevSummit 2024 and DevSummit 2025?", BOTH, [("Ana Lind",)]),
        ("Which attendees went to both DevSummit 2024 and 2025?", BOTH, [("Ana Lind",)]),
        ("Which attendees have never registered?", NEVER, [("Cy Holm",)]),
    ],
)
def test_the_set_operations_rows_are_returned_by_name(
    question: str, answer: str, rows: list[tuple[str]]
) -> None:
    sql, [note] = checked_sql(SCHEMA, question, answer)
    assert sql.startswith("SELECT ") and ".full_name FROM attendees AS " in sql.split(" IN ")[0]
    assert "returns them by" in note
    assert sqlite_rows(SCHEMA, sql) == rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which attendee ids appear at both DevSummit 2024 and 2025?", BOTH),
        ("Which emails belong to attendees who never registered?", NEVER),
        # Two columns a side: the set operation compares both.
        (
            "Which attendees have never registered?",
            "SELECT attendee_id, email FROM attendees EXCEPT SELECT a.attendee_id, a.email "
            "FROM registrations r JOIN attendees a ON a.attendee_id = r.attendee_id",
        ),
        # Names already.
        (
            "Which attendees have never registered?",
            "SELECT full_name FROM attendees EXCEPT SELECT a.full_name FROM registrations r "
            "JOIN attendees a ON a.attendee_id = r.attendee_id",
        ),
        # Ordered and cut: the order would be lost inside IN.
        ("Who attended both DevSummit 2024 and DevSummit 2025?", BOTH + " ORDER BY 1 LIMIT 1"),
        # No rows of a table asked about.
        ("How many registrations were there at both conferences?", BOTH),
    ],
)
def test_other_set_operations_stay(question: str, answer: str) -> None:
    sql, corrections = checked_sql(SCHEMA, question, answer)
    assert not [c for c in corrections if "returns them by" in c]
    assert sqlite_rows(SCHEMA, sql) == sqlite_rows(SCHEMA, answer)
