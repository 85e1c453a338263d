"""A join whose ON condition never reads the joined table (a cross join by mistake) is refused,
naming the keys that point at it; cross joins said on purpose pass. Each SQL is run on real
SQLite to show what the refused answer returned and that the repaired one is checked clean."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE teams (team_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE matches (
  match_id INTEGER PRIMARY KEY, played_on DATE,
  home_team_id INTEGER REFERENCES teams(team_id), away_team_id INTEGER REFERENCES teams(team_id)
);
"""
ROWS = """
INSERT INTO teams VALUES (1, 'Riverside'), (2, 'Northgate'), (3, 'Harbour');
INSERT INTO matches VALUES (1, '2024-08-10', 1, 2), (2, '2024-08-17', 2, 3);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "Show each match with the names of both teams."


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql))


def test_a_join_whose_condition_ignores_the_joined_table_is_refused_with_its_keys() -> None:
    sql = (
        "SELECT T3.played_on, T1.name AS home_team, T2.name AS away_team FROM matches AS T3 "
        "JOIN teams AS T1 ON T3.home_team_id = T1.team_id "
        "JOIN teams AS T2 ON t3.home_team_id = T1.team_id"
    )
    assert len(rows(sql)) == 6  # each of 2 matches paired with all 3 teams

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert not result.valid
    [issue] = result.issues
    assert "the join of teams AS T2 never reads T2 in its ON condition" in issue
    assert "(T3.home_team_id = T1.team_id)" in issue  # respelt as T3 is declared
    assert "(matches.away_team_id, matches.home_team_id point at teams)" in issue


def test_the_repaired_join_passes_and_returns_one_row_per_match() -> None:
    sql = (
        "SELECT T3.played_on, T1.name AS home_team, T2.name AS away_team FROM matches AS T3 "
        "JOIN teams AS T1 ON T3.home_team_id = T1.team_id "
        "JOIN teams AS T2 ON T3.away_team_id = T2.team_id"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    # (the match's id is added to the answer: the question asks about each match)
    assert [row[-3:] for row in rows(result.sql)] == [
        ("2024-08-10", "Riverside", "Northgate"),
        ("2024-08-17", "Northgate", "Harbour"),
    ]


def test_a_join_condition_that_filters_only_the_other_table_is_refused() -> None:
    sql = "SELECT t.name, m.played_on FROM teams AS t JOIN matches AS m ON t.team_id = 2"
    assert len(rows(sql)) == 2  # Northgate beside every match, played in or not

    result = check_sql(sql, SCHEMA, "sqlite", False, "When did Northgate play?")

    assert not result.valid
    assert "the join of matches AS m never reads m" in result.issues[0]
    assert "(t.team_id = 2)" in result.issues[0]


def test_a_subquery_joined_on_none_of_its_columns_is_named_by_its_alias() -> None:
    sql = (
        "SELECT t.name FROM teams AS t JOIN (SELECT home_team_id, COUNT(*) AS n FROM matches "
        "GROUP BY home_team_id) AS h ON t.team_id = t.team_id + 0"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which teams played at home?")

    assert not result.valid
    assert result.issues[0].startswith("the join of subquery h never reads h")


@pytest.mark.parametrize(
    "sql",
    [
        # A cross join said on purpose: a one-row subquery beside every team.
        "SELECT t.name, x.n FROM teams AS t JOIN (SELECT COUNT(*) AS n FROM matches) AS x ON TRUE",
        "SELECT t.name, x.n FROM teams AS t JOIN (SELECT COUNT(*) AS n FROM matches) AS x ON 1 = 1",
        "SELECT t.name, m.played_on FROM teams AS t CROSS JOIN matches AS m",
        # Unqualified columns count as the joined table's when it has them.
        "SELECT t.name FROM teams AS t JOIN matches ON home_team_id = team_id",
        # A CTE joined on one of its output columns.
        "WITH h AS (SELECT home_team_id, COUNT(*) AS n FROM matches GROUP BY home_team_id) "
        "SELECT t.name, h.n FROM teams AS t JOIN h ON h.home_team_id = t.team_id",
    ],
)
def test_joins_that_read_the_joined_source_or_cross_on_purpose_pass(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "Show the teams.")

    assert result.valid, result.issues
    rows(result.sql)  # and it runs
