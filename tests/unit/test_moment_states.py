"""A state at a moment the question names is read at that moment, not now
(app.checking.moment_states): run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, flagged_at TEXT NOT NULL,
  decided_at TEXT, status TEXT NOT NULL);
INSERT INTO reviews VALUES (1, '2024-03-10 09:00', '2024-03-20 10:00', 'accepted'),
  (2, '2024-03-15 08:00', '2024-04-01 00:05', 'rejected'),
  (3, '2024-03-28 12:00', NULL, 'pending'),
  (4, '2024-04-02 12:00', NULL, 'pending');
"""
SCHEMA = parse_schema(DDL, "sqlite")
AT_MOMENT = "Which reviews were still waiting for a decision at the end of 31 March 2024?"
UNDECIDED = (
    "SELECT review_id FROM reviews WHERE flagged_at <= '2024-03-31 23:59' AND decided_at IS NULL"
)


def test_an_event_after_the_moment_had_not_happened_at_it() -> None:
    # As written: review 2, decided on 1 April, is left out though it was waiting on 31 March.
    assert sqlite_rows(DDL, UNDECIDED) == [(3,)]

    result = check_sql(UNDECIDED, SCHEMA, "sqlite", False, AT_MOMENT)

    assert result.valid, result.issues
    assert result.corrections == [
        "decided_at IS NULL -> (decided_at IS NULL OR decided_at > '2024-03-31 23:59') (the "
        "question asks about the moment '2024-03-31 23:59': a row whose decided_at came later "
        "had not had it yet)"
    ]
    assert sorted(sqlite_rows(DDL, result.sql)) == [(2,), (3,)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # "Still" about now: no moment named.
        ("Which reviews flagged in March are still waiting for a decision?", UNDECIDED),
        # Not bounded by the moment: nothing says which row existed then.
        (AT_MOMENT, "SELECT review_id FROM reviews WHERE decided_at IS NULL"),
        # The event compared with the moment already.
        (
            AT_MOMENT,
            "SELECT review_id FROM reviews WHERE flagged_at <= '2024-03-31 23:59' AND "
            "(decided_at IS NULL OR decided_at >= '2024-04-01')",
        ),
        # Decided: IS NOT NULL asks for rows that had it, at any time.
        (
            AT_MOMENT,
            "SELECT review_id FROM reviews WHERE flagged_at <= '2024-03-31 23:59' AND "
            "decided_at IS NOT NULL",
        ),
    ],
)
def test_other_reads_stay(question: str, sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, question)

    assert not [note for note in result.corrections if "asks about the moment" in note]
