"""The outer-join check: rows asked for "including those with none" are kept by a LEFT JOIN."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from app.checking.outer_joins import asks_to_keep_rows_with_none
from app.checking.schema import SchemaInfo
from app.execution import Sandbox
from tests.support.checked import without_name_groups
from tests.support.sqlite_rows import sqlite_rows

SCHEMA = """
CREATE TABLE events (event_id INT PRIMARY KEY, title TEXT);
CREATE TABLE tickets (ticket_id INT PRIMARY KEY, event_id INT REFERENCES events (event_id));
"""
ROWS = "INSERT INTO events VALUES (1, 'Jazz'), (2, 'Opera'); INSERT INTO tickets VALUES (1, 1);"
KEEP = "How many tickets were sold for each event, including events with none?"
# FROM the counted table: an inner join listed FROM the events is corrected instead
# (tests/unit/test_unmatched_rows.py), this one is for the repair round.
INNER = (
    "SELECT e.title, COUNT(t.ticket_id) FROM tickets AS t JOIN events AS e "
    "ON e.event_id = t.event_id GROUP BY e.title"
)
LEFT_STAR = (
    "SELECT e.title, COUNT(*) FROM events AS e LEFT JOIN tickets AS t "
    "ON e.event_id = t.event_id GROUP BY e.title"
)
LEFT_COLUMN = LEFT_STAR.replace("COUNT(*)", "COUNT(t.ticket_id)")


@pytest.fixture(scope="module")
def schema() -> SchemaInfo:
    return parse_schema(SCHEMA, "sqlite")


@pytest.mark.parametrize(
    "question",
    [
        KEEP,
        "List every customer and their order count, even those who have no orders.",
        "Show each product's total sales, with or without sales.",
        "Number of books per author, including authors with zero books",
        "How many orders does each customer have? Include customers who have never ordered.",
        "Products under 20 units in stock, including products that are not stocked anywhere",
    ],
)
def test_questions_that_keep_rows_with_none_are_recognised(question: str) -> None:
    assert asks_to_keep_rows_with_none(question)


@pytest.mark.parametrize(
    "question",
    [
        "How many tickets were sold for each event?",
        "Which customers have no orders?",  # an anti-join question, not a count that keeps rows
        "List the orders including their shipping city.",
        "Including tax, which orders are not shipped yet?",
    ],
)
def test_other_questions_are_not(question: str) -> None:
    assert not asks_to_keep_rows_with_none(question)


def test_an_inner_join_from_the_counted_rows_starts_from_the_listed_ones(
    schema: SchemaInfo,
) -> None:
    # Seen in a blind run: "checklists in each region, including regions with none" answered
    # FROM checklists JOIN sites ... GROUP BY the site's region, refused, and never repaired.
    result = check_sql(INNER, schema, "sqlite", allow_write=False, question=KEEP)

    assert result.valid, result.issues
    assert without_name_groups(result.corrections) == [
        "tickets AS t INNER JOIN events AS e -> events AS e LEFT JOIN tickets AS t: the "
        "question lists the rows of events, with none included, so they are the rows every "
        "result keeps"
    ]
    with Sandbox(SCHEMA + ROWS) as sandbox:
        assert sorted(sandbox.query(result.sql).rows) == [("Jazz", 1), ("Opera", 0)]


def test_an_inner_join_it_cannot_correct_is_refused_and_says_how_to_keep_the_rows(
    schema: SchemaInfo,
) -> None:
    two_joins = INNER.replace("GROUP BY", "JOIN tickets AS u ON u.event_id = e.event_id GROUP BY")
    result = check_sql(two_joins, schema, "sqlite", allow_write=False, question=KEEP)

    assert not result.valid
    issue = result.issues[0]
    assert "inner join" in issue
    assert issue.endswith(
        "Start FROM events AS e, whose rows are listed, and LEFT JOIN tickets AS t, counting a "
        "column of tickets AS t"
    )


def test_count_star_over_the_one_left_join_is_corrected_to_count_the_joined_column(
    schema: SchemaInfo,
) -> None:
    result = check_sql(LEFT_STAR, schema, "sqlite", allow_write=False, question=KEEP)

    assert result.valid, result.issues
    assert without_name_groups(result.corrections) == [
        "COUNT(*) -> COUNT(t.event_id) (a row of e without a match in t counts 0, not 1)"
    ]
    with Sandbox(SCHEMA + ROWS) as sandbox:
        assert sorted(sandbox.query(result.sql).rows) == [("Jazz", 1), ("Opera", 0)]


def test_count_star_over_left_joins_it_cannot_correct_is_refused(schema: SchemaInfo) -> None:
    two_joins = LEFT_STAR.replace(
        "GROUP BY", "LEFT JOIN tickets AS u ON u.event_id = e.event_id GROUP BY"
    )

    result = check_sql(two_joins, schema, "sqlite", allow_write=False, question=KEEP)

    assert not result.valid
    assert "COUNT(*)" in result.issues[0]


def test_the_answer_the_issues_lead_to_passes_and_keeps_the_event_without_tickets(
    schema: SchemaInfo,
) -> None:
    result = check_sql(LEFT_COLUMN, schema, "sqlite", allow_write=False, question=KEEP)

    assert result.valid, result.issues
    with Sandbox(SCHEMA + ROWS) as sandbox:
        assert sorted(sandbox.query(result.sql).rows) == [("Jazz", 1), ("Opera", 0)]
        # What the refused answers would have said: Opera dropped, or counted as one.
        assert sorted(sandbox.query(INNER).rows) == [("Jazz", 1)]
        assert sorted(sandbox.query(LEFT_STAR).rows) == [("Jazz", 1), ("Opera", 1)]


def test_without_such_a_question_an_inner_join_passes(schema: SchemaInfo) -> None:
    question = "How many tickets were sold for each event?"

    assert check_sql(INNER, schema, "sqlite", allow_write=False, question=question).valid
    assert check_sql(INNER, schema, "sqlite", allow_write=False).valid


def test_a_left_join_keeping_the_counted_rows_starts_from_the_listed_ones(
    schema: SchemaInfo,
) -> None:
    # Seen in the integration run: FROM books b LEFT JOIN authors a ... GROUP BY a.name kept
    # every book and dropped the author with none, and passed.
    sql = (
        "SELECT e.title, COUNT(t.ticket_id) FROM tickets AS t LEFT JOIN events AS e "
        "ON e.event_id = t.event_id GROUP BY e.event_id, e.title"
    )
    with Sandbox(SCHEMA + ROWS) as sandbox:
        assert list(sandbox.query(sql).rows) == [("Jazz", 1)]

    result = check_sql(sql, schema, "sqlite", False, KEEP)

    assert result.valid, result.issues
    assert without_name_groups(result.corrections) == [
        "tickets AS t LEFT JOIN events AS e -> events AS e LEFT JOIN tickets AS t: the question "
        "lists the rows of events, with none included, so they are the rows every result keeps"
    ]
    with Sandbox(SCHEMA + ROWS) as sandbox:
        assert sorted(sandbox.query(result.sql).rows) == [("Jazz", 1), ("Opera", 0)]


def test_a_column_of_an_unjoined_row_is_not_looked_up_when_rows_with_none_are_kept(
    schema: SchemaInfo,
) -> None:
    # A lookup from tickets would keep every ticket, not every event: the repair round joins.
    result = check_sql(
        "SELECT title, COUNT(ticket_id) FROM tickets GROUP BY event_id",
        schema,
        "sqlite",
        False,
        KEEP,
    )

    assert not result.valid
    assert "events does: join it" in result.issues[0]


def test_a_count_of_the_listed_sides_join_column_counts_the_joined_rows() -> None:
    # Seen on the hospital rota blind set: "including courses nobody has attempted yet",
    # answered with a count of the course's own key, which counts a course with no attempt.
    ddl = """
    CREATE TABLE courses (course_id INTEGER PRIMARY KEY, title TEXT NOT NULL);
    CREATE TABLE attempts (attempt_id INTEGER PRIMARY KEY,
      course_id INTEGER NOT NULL REFERENCES courses (course_id), score INTEGER NOT NULL);
    INSERT INTO courses VALUES (1, 'Fire safety'), (2, 'Manual handling');
    INSERT INTO attempts VALUES (1, 1, 80), (2, 1, 55);
    """
    answer = (
        "SELECT c.title, COUNT(c.course_id) FROM courses AS c LEFT JOIN attempts AS a "
        "ON c.course_id = a.course_id GROUP BY c.course_id, c.title"
    )
    question = (
        "For every course, including courses nobody has attempted yet, give the title and the "
        "number of attempts."
    )

    result = check_sql(answer, parse_schema(ddl, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert "COUNT(a.course_id)" in result.sql
    assert sorted(sqlite_rows(ddl, result.sql)) == [("Fire safety", 2), ("Manual handling", 0)]
