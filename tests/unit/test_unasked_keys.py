"""An id returned beside its row's name, where the question spells out what to give and the
id is not among it, is dropped; the corrected SQL runs on real SQLite with the same rows."""

from __future__ import annotations

import pytest

from tests.support.checked import checked_sql
from tests.support.sqlite_rows import sqlite_rows

SCHEMA = """
CREATE TABLE clinics (clinic_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY,
  clinic_id INTEGER NOT NULL REFERENCES clinics(clinic_id), amount_cents INTEGER NOT NULL,
  paid_on TEXT);
INSERT INTO clinics VALUES (1, 'Riverside'), (2, 'Hilltop'), (3, 'Riverside');
INSERT INTO invoices VALUES (1, 1, 1000, NULL), (2, 2, 500, NULL), (3, 3, 700, NULL),
  (4, 1, 200, '2025-01-02');
"""
OWED = (
    "How much does each clinic still owe on unpaid invoices? "
    "Give the clinic name and the unpaid total."
)


def test_an_id_beside_the_name_asked_is_dropped_and_the_groups_stay() -> None:
    answer = (
        "SELECT c.clinic_id, c.name, SUM(i.amount_cents) AS owed FROM clinics AS c "
        "JOIN invoices AS i ON i.clinic_id = c.clinic_id WHERE i.paid_on IS NULL "
        "GROUP BY c.clinic_id, c.name"
    )

    sql, corrections = checked_sql(SCHEMA, OWED, answer)

    assert sql.startswith("SELECT c.name, SUM(i.amount_cents) AS owed FROM")
    assert corrections == [
        "dropped the returned c.clinic_id: the question lists what to give, c.name among it, "
        "and no id"
    ]
    # Two clinics of one name stay two rows: the query still groups by the id.
    assert sorted(sqlite_rows(SCHEMA, sql)) == [
        ("Hilltop", 500),
        ("Riverside", 700),
        ("Riverside", 1000),
    ]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The id is asked for.
        (
            "Give the clinic id, the clinic name and the unpaid total.",
            "SELECT c.clinic_id, c.name FROM clinics AS c",
        ),
        # What to give is not spelt out: "List our clinics" asks for rows.
        ("List our clinics in the north.", "SELECT c.clinic_id, c.name FROM clinics AS c"),
        # The name is not among what to give.
        (
            "Give the unpaid total of each clinic.",
            "SELECT c.clinic_id, c.name FROM clinics AS c",
        ),
        # DISTINCT would merge the two Riversides.
        (OWED, "SELECT DISTINCT c.clinic_id, c.name FROM clinics AS c"),
        # Ordered by position: dropping a column would order by another.
        (OWED, "SELECT c.clinic_id, c.name FROM clinics AS c ORDER BY 1"),
    ],
)
def test_left_alone(question: str, answer: str) -> None:
    _, corrections = checked_sql(SCHEMA, question, answer)

    assert not any("dropped the returned" in note for note in corrections)
