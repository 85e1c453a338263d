"""A table joined to itself on its primary key is read as the one row it is; a column compared
with itself for difference is refused. The merged reads are run on real SQLite."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE vessels (
  vessel_id INTEGER PRIMARY KEY, vessel_name TEXT, flag TEXT, gear TEXT, port_id INTEGER
);
CREATE TABLE logins (login_id INTEGER PRIMARY KEY, username TEXT, source_ip TEXT);
"""
ROWS = """
INSERT INTO vessels VALUES (1, 'Aurora', 'NO', 'trawl', 1), (2, 'Brisa', 'ES', 'trawl', 1),
  (3, 'Corvus', 'NO', 'line', 2);
INSERT INTO logins VALUES (1, 'ann', '10.0.0.1'), (2, 'ann', '10.0.0.2'), (3, 'bob', '10.0.0.3');
"""
SCHEMA = parse_schema(DDL, "sqlite")


def rows(sql: str) -> list[tuple[object, ...]]:
    return sorted(sqlite_rows(DDL + ROWS, sql))


@pytest.mark.parametrize(
    ("sql", "merged"),
    [
        (
            "SELECT v.vessel_name FROM vessels AS v JOIN vessels AS v2 "
            "ON v.vessel_id = v2.vessel_id WHERE v2.flag = 'NO' AND v2.gear = 'trawl'",
            "SELECT v.vessel_name FROM vessels AS v WHERE v.flag = 'NO' AND v.gear = 'trawl'",
        ),
        # A chain of them, the key written the other way round, and a LEFT JOIN.
        (
            "SELECT a.vessel_name FROM vessels AS a JOIN vessels AS b ON b.vessel_id = a.vessel_id "
            "LEFT JOIN vessels AS c ON b.vessel_id = c.vessel_id WHERE c.flag = 'NO'",
            "SELECT a.vessel_name FROM vessels AS a WHERE a.flag = 'NO'",
        ),
    ],
)
def test_a_self_join_on_the_primary_key_is_the_same_row(sql: str, merged: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "Which Norwegian vessels are there?")

    assert result.valid, result.issues
    assert result.sql == merged
    assert any("joined a row to itself on its primary key" in n for n in result.corrections)
    assert rows(result.sql) == rows(sql)


@pytest.mark.parametrize(
    "sql",
    [
        # Another column: a real pairing of different rows.
        "SELECT a.vessel_name, b.vessel_name FROM vessels AS a JOIN vessels AS b "
        "ON a.port_id = b.port_id AND a.vessel_id < b.vessel_id",
        "SELECT a.vessel_name FROM vessels AS a JOIN vessels AS b ON a.port_id = b.port_id",
    ],
)
def test_a_self_join_on_another_column_is_left_alone(sql: str) -> None:
    result = check_sql(sql, SCHEMA, "sqlite", False, "Which vessels sail from one port?")

    assert result.valid, result.issues
    assert result.sql == sql


def test_a_difference_a_merged_self_join_hid_is_refused() -> None:
    sql = (
        "SELECT l1.username FROM logins AS l1 JOIN logins AS l2 ON l1.login_id = l2.login_id "
        "WHERE l1.source_ip <> l2.source_ip"
    )
    assert rows(sql) == []  # never true: the same row's address

    result = check_sql(sql, SCHEMA, "sqlite", False, "Who logged in from two addresses?")

    assert not result.valid
    assert "l1.source_ip <> l1.source_ip compares a column with itself" in result.issues[0]
    assert "never true" in result.issues[0]


@pytest.mark.parametrize(
    "difference",
    ["v2.start_at - v1.start_at", "JULIANDAY(v2.start_at) - JULIANDAY(v1.start_at)"],
)
def test_a_difference_of_one_column_a_merged_self_join_hid_is_refused(difference: str) -> None:
    schema = parse_schema(
        "CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, start_at TEXT, end_at TEXT)", "sqlite"
    )
    sql = (
        f"SELECT AVG({difference}) FROM visits AS v1 JOIN visits AS v2 ON v1.visit_id = v2.visit_id"
    )

    result = check_sql(sql, schema, "sqlite", False, "How long is a visit on average?")

    assert not result.valid
    assert "subtracts a value from itself, so it is always 0" in result.issues[0]
    assert "v1.start_at" in result.issues[0] and "v2" not in result.issues[0]


def test_a_subquery_declaring_the_joined_alias_keeps_the_join() -> None:
    sql = (
        "SELECT a.vessel_name FROM vessels AS a JOIN vessels AS b ON a.vessel_id = b.vessel_id "
        "WHERE b.port_id IN (SELECT b.port_id FROM vessels AS b WHERE b.flag = 'NO')"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, "Which vessels sail from a Norwegian port?")

    assert not any("primary key" in note for note in result.corrections)


def test_a_constant_subtracted_from_itself_is_refused() -> None:
    # Seen on the shelter blind set: a sum of fees with a zero interval added in front.
    schema = parse_schema("CREATE TABLE adoptions (id INT PRIMARY KEY, fee NUMERIC)", "postgres")
    sql = (
        "SELECT SUM(CAST('2024-01-01' AS TIMESTAMP) - CAST('2024-01-01' AS TIMESTAMP) + fee) "
        "FROM adoptions"
    )

    result = check_sql(sql, schema, "postgres", False, "What is the total of the fees?")

    assert not result.valid
    assert "subtracts a value from itself, so it is always 0" in result.issues[0]
