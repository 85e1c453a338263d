"""The largest one row asked for ("the largest single payment") and a result that adds rows
up: refused, run on real SQLite to show what the refusal saves the reader from."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT);
CREATE TABLE payments (payment_id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES members (member_id), amount REAL);
"""
ROWS = """
INSERT INTO members VALUES (1, 'Ana'), (2, 'Bo');
INSERT INTO payments VALUES (1, 1, 40), (2, 1, 40), (3, 1, 40), (4, 2, 90);
"""
SCHEMA = parse_schema(DDL, "sqlite")
SUMMED = (
    "SELECT m.full_name FROM members AS m JOIN payments AS p ON p.member_id = m.member_id "
    "GROUP BY m.member_id ORDER BY SUM(p.amount) DESC LIMIT 1"
)


def rows(sql: str) -> list[tuple[object, ...]]:
    return sqlite_rows(DDL + ROWS, sql)


@pytest.mark.parametrize(
    "question",
    ["Who made the largest single payment?", "Which member made the biggest payment?"],
)
def test_a_sum_where_one_row_is_asked_for_is_refused(question: str) -> None:
    assert rows(SUMMED) == [("Ana",)]  # the most in total; Bo made the largest payment

    result = check_sql(SUMMED, SCHEMA, "sqlite", False, question=question)

    assert not result.valid
    [issue] = result.issues
    assert issue.startswith("the question asks for the ")
    assert "one row of payments, but SUM(p.amount) adds rows up" in issue


@pytest.mark.parametrize(
    "question",
    [
        "Which member has the highest payments?",  # plural: their payments together
        "Which member has the highest payment total?",
        "Which member paid the most?",
    ],
)
def test_sums_the_question_asks_for_pass(question: str) -> None:
    result = check_sql(SUMMED, SCHEMA, "sqlite", False, question=question)

    assert result.valid, result.issues


def test_the_single_row_answer_passes_and_names_the_payer() -> None:
    sql = (
        "SELECT m.full_name FROM members AS m JOIN payments AS p ON p.member_id = m.member_id "
        "ORDER BY p.amount DESC LIMIT 1"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Who made the largest payment?")

    assert result.valid, result.issues
    assert rows(result.sql) == [("Bo",)]
