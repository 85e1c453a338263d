"""Two tables joined through the row they both point at, where the question names neither the
joined table nor a pairing, are refused with the table to join instead; on real SQLite the
refused join answers with the wrong rows and the named join with the right ones."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE donors (donor_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
CREATE TABLE pledges (pledge_id INTEGER PRIMARY KEY,
  donor_id INTEGER NOT NULL REFERENCES donors(donor_id), cancelled_on TEXT);
CREATE TABLE volunteers (volunteer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
  donor_id INTEGER REFERENCES donors(donor_id));
INSERT INTO donors VALUES (1, 'Ada Stone'), (2, 'Ben Ray');
INSERT INTO pledges VALUES (1, 1, '2025-02-01'), (2, 2, '2025-03-01');
INSERT INTO volunteers VALUES (1, 'A. Stone', 1);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "For every cancelled pledge, give the donor's name."
SIBLING = (
    "SELECT v.full_name FROM pledges AS p JOIN volunteers AS v ON p.donor_id = v.donor_id "
    "WHERE NOT p.cancelled_on IS NULL"
)


def test_a_join_through_the_row_both_point_at_is_refused() -> None:
    result = check_sql(SIBLING, SCHEMA, "sqlite", False, question=QUESTION)

    assert not result.valid
    assert result.issues == [
        "the condition p.donor_id = v.donor_id joins pledges to volunteers through the donors "
        "row both point at, so each pledges row meets every volunteers row of its donors, and "
        "the question names no volunteers: to read the donors row, join donors ON "
        "donors.donor_id = p.donor_id"
    ]
    # What it answers: a volunteer's name, and one pledge lost.
    assert sqlite_rows(DDL, SIBLING) == [("A. Stone",)]
    named = SIBLING.replace("volunteers AS v", "donors AS v")
    assert sorted(sqlite_rows(DDL, named)) == [("Ada Stone",), ("Ben Ray",)]


@pytest.mark.parametrize(
    "question",
    [
        # The joined table is named: "volunteers who are also donors".
        "Which volunteers have cancelled pledges? Give their names.",
        # A pairing asked in so many words.
        "Which donors have both a cancelled pledge and the same volunteer name?",
    ],
)
def test_a_join_the_question_asks_for_passes(question: str) -> None:
    result = check_sql(SIBLING, SCHEMA, "sqlite", False, question=question)

    assert result.valid, result.issues


def test_the_join_through_the_row_itself_passes() -> None:
    sql = (
        "SELECT d.full_name FROM pledges AS p JOIN donors AS d ON p.donor_id = d.donor_id "
        "WHERE NOT p.cancelled_on IS NULL"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question=QUESTION)

    assert result.valid, result.issues
