"""Checks that read the question about groups: the top rows of each group cut to the top rows
of all, and a bound on a total or an average put on each row."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from app.checking.aggregate_bounds import question_bounds
from app.checking.schema import SchemaInfo

SCHEMA = """
CREATE TABLE tracks (track_id INT PRIMARY KEY, title TEXT, genre TEXT);
CREATE TABLE plays (play_id INT PRIMARY KEY, track_id INT REFERENCES tracks (track_id),
  played_at DATETIME);
CREATE TABLE logs (log_id INT PRIMARY KEY, machine_id INT, downtime_hours REAL,
  total_cost REAL);
CREATE TABLE reviews (review_id INT PRIMARY KEY, category TEXT, rating INT);
"""
ROWS = """
INSERT INTO logs VALUES (1, 1, 12, 0), (2, 1, 1, 0), (3, 2, 6, 0), (4, 2, 6, 0), (5, 3, 2, 0);
"""
MOST_PLAYED = (
    "SELECT t.genre, t.title FROM tracks AS t JOIN plays AS p ON t.track_id = p.track_id "
    "GROUP BY t.genre, t.title ORDER BY COUNT(*) DESC LIMIT 1"
)
# Grouped by genre alone, the title one of any track: nothing to rank within each genre, so no
# correction (app.checking.group_ranks) can keep the top track of each.
MOST_PLAYED_GENRE = (
    "SELECT t.genre, t.title FROM tracks AS t JOIN plays AS p ON t.track_id = p.track_id "
    "GROUP BY t.genre ORDER BY COUNT(*) DESC LIMIT 1"
)


@pytest.fixture(scope="module")
def schema() -> SchemaInfo:
    return parse_schema(SCHEMA, "sqlite")


def check(schema: SchemaInfo, sql: str, question: str) -> tuple[bool, list[str], list[str], str]:
    result = check_sql(sql, schema, "sqlite", allow_write=False, question=question)
    return result.valid, result.issues, result.corrections, result.sql


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("What's the single most-played track in each genre?", "genre"),
        ("For every genre, which track was played the most?", "genre"),
        ("List the two latest plays on each track.", "track"),
    ],
)
def test_a_cut_of_the_whole_result_is_refused_where_each_group_is_ranked(
    schema: SchemaInfo, question: str, group: str
) -> None:
    valid, issues, _, _ = check(schema, MOST_PLAYED_GENRE, question)

    assert not valid
    assert f"the top rows within each {group}" in issues[0]
    assert "ROW_NUMBER() OVER (PARTITION BY" in issues[0]


@pytest.mark.parametrize(
    "question",
    [
        "Which track was played the most?",
        "Which track was played the most across every genre?",  # all together
        "How many plays did each genre get? Most played first.",  # the rank orders
        "Which genre has the most plays per track?",  # a rate, not a group
        "Plays for every genre, best genre on top.",  # an order asked, not a pick
        "What did each guest play for each track, counting only paid plans (a guest list)?",
    ],
)
def test_a_cut_passes_where_no_group_is_ranked(schema: SchemaInfo, question: str) -> None:
    valid, issues, _, _ = check(schema, MOST_PLAYED, question)

    assert not any("within each" in issue for issue in issues)


ALL_GROUPS = (
    "SELECT t.genre, t.title, COUNT(*) AS plays FROM tracks AS t JOIN plays AS p "
    "ON t.track_id = p.track_id GROUP BY t.genre, t.title ORDER BY plays DESC"
)


def test_every_row_kept_is_refused_where_each_group_is_ranked(schema: SchemaInfo) -> None:
    every_genre = ALL_GROUPS.replace("GROUP BY t.genre, t.title", "GROUP BY t.genre").replace(
        "t.title, ", ""
    )
    valid, issues, _, _ = check(schema, every_genre, "What is the most-played track in each genre?")

    assert not valid
    assert issues[0].startswith(
        "the result keeps every row, but the question asks for the top rows within each genre"
    )


def test_a_bound_on_a_count_is_no_rank_within_each_group(schema: SchemaInfo) -> None:
    every_genre = ALL_GROUPS.replace("GROUP BY t.genre, t.title", "GROUP BY t.genre").replace(
        "t.title, ", ""
    )
    question = "For each genre with at least one play, how many plays are there?"
    valid, issues, _, _ = check(schema, every_genre, question)

    assert valid, issues


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # "first" names a column's moment here, it ranks nothing.
        ("How long from first play to last play in each genre?", ALL_GROUPS),
        # The highest value of each group is its MAX.
        (
            "What is the highest play count in each genre?",
            "SELECT genre, MAX(plays) FROM (SELECT t.genre, COUNT(*) AS plays FROM tracks AS t "
            "JOIN plays AS p ON t.track_id = p.track_id GROUP BY t.genre, t.title) AS c "
            "GROUP BY genre",
        ),
        # A correlated subquery cut to one row picks one per outer row.
        (
            "What is the latest play of each track?",
            "SELECT t.title, (SELECT p.played_at FROM plays AS p WHERE p.track_id = t.track_id "
            "ORDER BY p.played_at DESC LIMIT 1) FROM tracks AS t",
        ),
    ],
)
def test_a_pick_within_groups_passes(schema: SchemaInfo, question: str, sql: str) -> None:
    valid, issues, _, _ = check(schema, sql, question)

    assert not any("within each" in issue for issue in issues), issues


def test_ranking_within_each_group_passes(schema: SchemaInfo) -> None:
    sql = (
        "SELECT genre, title FROM (SELECT t.genre, t.title, ROW_NUMBER() OVER (PARTITION BY "
        "t.genre ORDER BY COUNT(*) DESC) AS rn FROM tracks AS t JOIN plays AS p ON t.track_id "
        "= p.track_id GROUP BY t.genre, t.title) AS ranked WHERE rn = 1"
    )

    valid, issues, _, _ = check(schema, sql, "What's the single most-played track in each genre?")

    assert valid, issues


def test_a_bound_on_the_total_moves_from_where_to_having_and_runs_as_asked(
    schema: SchemaInfo,
) -> None:
    sql = (
        "SELECT machine_id, SUM(downtime_hours) AS total FROM logs WHERE downtime_hours > 10 "
        "GROUP BY machine_id"
    )
    question = "Machines with more than 10 hours of total downtime - how many hours each?"

    valid, _, corrections, fixed = check(schema, sql, question)

    assert valid
    assert corrections == [
        "downtime_hours > 10 moved from WHERE to HAVING as SUM(downtime_hours) > 10 (the "
        "question bounds the total)"
    ]
    database = sqlite3.connect(":memory:")
    database.executescript(SCHEMA + ROWS)
    # Machine 1 (12 + 1 h) and machine 2 (6 + 6 h), where the row bound found machine 1 only
    # and summed its one long stop.
    assert sorted(database.execute(fixed).fetchall()) == [(1, 13.0), (2, 12.0)]
    assert database.execute(sql).fetchall() == [(1, 12.0)]


def test_a_row_bound_written_beside_the_same_having_is_dropped(schema: SchemaInfo) -> None:
    sql = (
        "SELECT category, AVG(rating) FROM reviews WHERE rating < 4 GROUP BY category "
        "HAVING AVG(rating) < 4"
    )

    valid, _, corrections, fixed = check(schema, sql, "Which categories average under 4 stars?")

    assert valid
    assert corrections == [
        "rating < 4 dropped from WHERE (the question bounds the average, in HAVING)"
    ]
    assert (
        fixed
        == "SELECT category, AVG(rating) FROM reviews GROUP BY category HAVING AVG(rating) < 4"
    )


def test_a_row_bound_of_a_grouped_query_without_its_aggregate_moves_to_having(
    schema: SchemaInfo,
) -> None:
    sql = "SELECT category FROM reviews WHERE rating < 4 GROUP BY category"

    valid, _, corrections, fixed = check(
        schema, sql, "Which product categories are averaging under 4 stars?"
    )

    assert valid
    assert corrections == [
        "rating < 4 moved from WHERE to HAVING as AVG(rating) < 4 (the question bounds the average)"
    ]
    assert fixed == "SELECT category FROM reviews GROUP BY category HAVING AVG(rating) < 4"


def test_a_row_bound_the_query_cannot_settle_is_refused(schema: SchemaInfo) -> None:
    # The query sums the ratings the question averages: which figure was meant is unclear.
    sql = "SELECT category, SUM(rating) FROM reviews WHERE rating < 4 GROUP BY category"

    valid, issues, _, _ = check(
        schema, sql, "Which product categories are averaging under 4 stars?"
    )

    assert not valid
    assert issues == [
        "WHERE rating < 4 keeps single rows past the number, but the question bounds the group's "
        "average ('averaging under 4'): group the rows, drop that condition from WHERE and "
        "compare AVG(rating) in HAVING"
    ]


@pytest.mark.parametrize(
    ("sql", "question"),
    [
        # A stored figure: its name says it is a total already.
        (
            "SELECT machine_id, COUNT(*) FROM logs WHERE total_cost > 500 GROUP BY machine_id",
            "How many stops had a total cost over $500, per machine?",
        ),
        # The number bounds each row: no total or average word next to it.
        (
            "SELECT machine_id, SUM(downtime_hours) FROM logs WHERE downtime_hours > 10 "
            "GROUP BY machine_id",
            "Total downtime per machine, counting only stops longer than 10 hours.",
        ),
        # Not grouped: one row per log, where a row bound is the only reading.
        (
            "SELECT log_id FROM logs WHERE downtime_hours > 10",
            "Which stops lasted more than 10 hours in total?",
        ),
        # Already in HAVING.
        (
            "SELECT machine_id FROM logs GROUP BY machine_id HAVING SUM(downtime_hours) > 10",
            "Machines with more than 10 hours of total downtime",
        ),
    ],
)
def test_bounds_on_rows_that_the_question_sets_on_rows_pass(
    schema: SchemaInfo, sql: str, question: str
) -> None:
    valid, issues, corrections, _ = check(schema, sql, question)

    assert valid, issues
    assert corrections == []


@pytest.mark.parametrize(
    ("question", "aggregate", "values"),
    [
        ("customers whose combined balances exceed $2,500", "Sum", {2500.0}),
        ("stores averaging over 1.5k visits", "Avg", {1500.0}),
        ("regions with a mean score of at least 80%", "Avg", {80.0, 0.8}),
        ("Total Q1 2024 consumption for each customer", None, set()),
    ],
)
def test_bounds_are_read_from_the_words_next_to_the_number(
    question: str, aggregate: str | None, values: set[float]
) -> None:
    bounds = question_bounds(question)

    assert [b.aggregate.__name__ for b in bounds] == ([aggregate] if aggregate else [])
    assert set().union(*(b.values for b in bounds)) == values
