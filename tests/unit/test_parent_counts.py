"""A table's key counted beside the rows a join repeats it by: counted once each, run on real
SQLite (app.checking.parent_counts)."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE sites (site_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE chargers (charger_id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES sites(site_id), max_kw REAL);
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY,
  charger_id INTEGER NOT NULL REFERENCES chargers(charger_id), energy_wh INTEGER);
"""
ROWS = """
INSERT INTO sites VALUES (1, 'Depot'), (2, 'Mall'), (3, 'Empty');
INSERT INTO chargers VALUES (10, 1, 50), (11, 1, 150), (12, 2, 22);
INSERT INTO sessions VALUES (100, 10, 1000), (101, 10, 2000), (102, 10, 500), (103, 11, 800),
  (104, 12, 300);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "For every site, how many chargers and how many sessions does it have?"


def run(sql: str, question: str = QUESTION) -> tuple[list[tuple[object, ...]], list[str]]:
    result = check_sql(sql, SCHEMA, "sqlite", False, question=question)
    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return sorted(database.execute(result.sql).fetchall()), result.corrections


@pytest.mark.parametrize(
    ("question", "sql", "answer"),
    [
        (
            QUESTION,
            "SELECT s.name, COUNT(c.charger_id), COUNT(x.session_id) FROM sites AS s "
            "LEFT JOIN chargers AS c ON c.site_id = s.site_id "
            "LEFT JOIN sessions AS x ON x.charger_id = c.charger_id GROUP BY s.name",
            [("Depot", 2, 4), ("Empty", 0, 0), ("Mall", 1, 1)],
        ),
        # Joined from the repeating rows up to the counted table, with a SUM beside the count.
        (
            "For every site, how many chargers were used and how much energy did they deliver?",
            "SELECT c.site_id, COUNT(c.charger_id), SUM(x.energy_wh) FROM sessions AS x "
            "JOIN chargers AS c ON c.charger_id = x.charger_id GROUP BY c.site_id",
            [("Depot", 2, 4300), ("Mall", 1, 300)],  # the site's name is added as its label
        ),
        # Two levels down: the sites are repeated by chargers and by their sessions.
        (
            "How many sites have had sessions, and how many sessions were there in all?",
            "SELECT COUNT(s.site_id), COUNT(x.session_id) FROM sites AS s "
            "JOIN chargers AS c ON c.site_id = s.site_id "
            "JOIN sessions AS x ON x.charger_id = c.charger_id",
            [(2, 5)],
        ),
    ],
)
def test_a_key_counted_beside_the_rows_repeating_it_counts_each_row_once(
    question: str, sql: str, answer: list[tuple[object, ...]]
) -> None:
    rows, corrections = run(sql, question)

    assert rows == answer
    assert len([c for c in corrections if "counted once each" in c]) == 1


@pytest.mark.parametrize(
    "sql",
    [
        # No aggregate over the repeating rows: the count may count sessions on purpose.
        "SELECT s.name, COUNT(c.charger_id) FROM sites AS s JOIN chargers AS c "
        "ON c.site_id = s.site_id JOIN sessions AS x ON x.charger_id = c.charger_id "
        "GROUP BY s.name",
        # Grouped by the counted key: each group is one charger.
        "SELECT c.charger_id, COUNT(c.charger_id), COUNT(x.session_id) FROM chargers AS c "
        "JOIN sessions AS x ON x.charger_id = c.charger_id GROUP BY c.charger_id",  # per charger
        # Already counted once each.
        "SELECT s.name, COUNT(DISTINCT c.charger_id), COUNT(x.session_id) FROM sites AS s "
        "JOIN chargers AS c ON c.site_id = s.site_id "
        "JOIN sessions AS x ON x.charger_id = c.charger_id GROUP BY s.name",
        # The joined table is the one the key points at: no row repeats.
        "SELECT COUNT(x.session_id), MAX(c.max_kw) FROM sessions AS x "
        "JOIN chargers AS c ON c.charger_id = x.charger_id",
    ],
)
def test_counts_no_join_repeats_are_left_alone(sql: str) -> None:
    _, corrections = run(sql, "How many chargers and sessions are there?")

    assert not [c for c in corrections if "counted once each" in c]
