"""One value returned under two names is refused, naming the keys that would give two values;
a NOT IN over a table's own column (never true) is refused. Each SQL is run on real SQLite to
show what the refused answer returned and that the answer the issue asks for is checked clean."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE teams (team_id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
CREATE TABLE matches (
  match_id INTEGER PRIMARY KEY, played_on DATE,
  home_team_id INTEGER REFERENCES teams(team_id), away_team_id INTEGER REFERENCES teams(team_id),
  home_goals INTEGER, away_goals INTEGER
);
"""
ROWS = """
INSERT INTO teams VALUES (1, 'Riverside', 'Riverton'), (2, 'Northgate', 'Northgate'),
  (3, 'Harbour', 'Portmere');
INSERT INTO matches VALUES (1, '2024-08-10', 1, 2, 2, 1), (2, '2024-08-17', 2, 3, 0, 0),
  (3, '2024-08-24', 3, 1, NULL, NULL);
"""
SCHEMA = parse_schema(DDL, "sqlite")
BOTH_TEAMS = "Show each match with the names of both teams."


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql))


def test_one_column_returned_as_two_names_is_refused_with_the_keys_to_join_by() -> None:
    sql = (
        "SELECT m.played_on, T2.name AS home_team, t2.name AS away_team FROM matches AS m "
        "JOIN teams AS T2 ON m.home_team_id = T2.team_id"
    )
    assert all(home == away for _, home, away in rows(sql))  # both columns: the home team

    result = check_sql(sql, SCHEMA, "sqlite", False, BOTH_TEAMS)

    assert not result.valid
    [issue] = result.issues
    assert "returns T2.name twice, as home_team and as away_team" in issue
    # The upper- and lowercase alias are one table's: the keys to it are named.
    assert "matches has 2 keys to teams (away_team_id, home_team_id)" in issue


def test_the_answer_the_issue_asks_for_passes_and_returns_two_teams() -> None:
    sql = (
        "SELECT m.played_on, h.name AS home_team, a.name AS away_team FROM matches AS m "
        "JOIN teams AS h ON m.home_team_id = h.team_id "
        "JOIN teams AS a ON m.away_team_id = a.team_id"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, BOTH_TEAMS)

    assert result.valid, result.issues
    assert rows(result.sql)[0][-2:] == ("Riverside", "Northgate")


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        # An aggregate under two names (the model meant two filtered counts).
        (
            "SELECT city, COUNT(team_id) AS big, COUNT(team_id) AS small FROM teams GROUP BY city",
            "COUNT(team_id) twice, as big and as small",
        ),
        # Inside a subquery too.
        (
            "SELECT x FROM (SELECT name AS x, name AS y FROM teams) AS s",
            "name twice, as x and as y",
        ),
    ],
)
def test_any_expression_returned_under_two_names_is_refused(sql: str, named: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "How many teams are in each city?")

    assert not result.valid
    assert named in result.issues[0]
    assert "keys to" not in result.issues[0]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT name, name FROM teams",  # one name twice: nothing says two values were meant
        "SELECT name AS team, city AS place FROM teams",
        "SELECT 0 AS wins, 0 AS losses, name FROM teams",  # constants are no column read twice
        "SELECT h.name AS home, a.name AS away FROM matches AS m "
        "JOIN teams AS h ON h.team_id = m.home_team_id "
        "JOIN teams AS a ON a.team_id = m.away_team_id",
    ],
)
def test_distinct_values_and_unnamed_repeats_pass(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "List the teams.")

    assert result.valid, result.issues


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT match_id FROM matches WHERE NOT played_on IN (SELECT played_on FROM matches)",
        "SELECT m.match_id FROM matches AS m "
        "WHERE m.played_on NOT IN (SELECT played_on FROM matches)",
    ],
)
def test_not_in_its_own_tables_column_is_refused_as_never_true(sql: str) -> None:
    assert rows(sql) == []  # every row's value is among its table's values

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which matches have not been played yet?")

    assert not result.valid
    assert "is never true: the subquery returns every matches row's played_on" in result.issues[0]


@pytest.mark.parametrize(
    "sql",
    [
        # Another table's column, a filtered subquery, another column: each can leave rows.
        "SELECT name FROM teams WHERE team_id NOT IN (SELECT home_team_id FROM matches)",
        "SELECT match_id FROM matches WHERE match_id NOT IN "
        "(SELECT match_id FROM matches WHERE home_goals IS NOT NULL)",
        "SELECT name FROM teams WHERE team_id NOT IN (SELECT team_id FROM teams WHERE city = name)",
        "SELECT match_id FROM matches WHERE home_team_id NOT IN (SELECT away_team_id FROM matches)",
    ],
)
def test_not_in_that_can_leave_rows_passes(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "Which rows are left?")

    assert result.valid, result.issues
    rows(result.sql)
