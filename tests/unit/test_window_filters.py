"""A window function in WHERE, filtered after the window as QUALIFY would be
(app.checking.window_filters), run on real SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema
from tests.support.checked import checked_sql
from tests.support.sqlite_rows import sqlite_rows

SCHEMA = """
CREATE TABLE assets (asset_id INTEGER PRIMARY KEY, hostname TEXT);
CREATE TABLE vulnerabilities (
  vuln_id INTEGER PRIMARY KEY,
  asset_id INTEGER REFERENCES assets(asset_id),
  cve_id TEXT,
  cvss_score REAL,
  status TEXT
);
INSERT INTO assets VALUES (1, 'web-1'), (2, 'db-1');
INSERT INTO vulnerabilities VALUES (1, 1, 'CVE-1', 9.0, 'Open'), (2, 1, 'CVE-2', 7.0, 'Open'),
  (3, 1, 'CVE-3', 8.0, 'Closed'), (4, 1, 'CVE-4', 5.0, 'Open'), (5, 2, 'CVE-5', 6.0, 'Open');
"""
QUESTION = "What are the two most severe open vulnerabilities of each asset?"


def check(answer: str, question: str = QUESTION) -> tuple[str, list[str]]:
    return checked_sql(SCHEMA, question, answer)


def test_the_window_condition_filters_after_the_other_conditions() -> None:
    # Seen in stored test runs (cybersecurity-08): SQLite refuses it.
    answer = (
        "SELECT a.hostname, v.cve_id FROM vulnerabilities v JOIN assets a "
        "ON a.asset_id = v.asset_id WHERE v.status = 'Open' AND RANK() OVER "
        "(PARTITION BY v.asset_id ORDER BY v.cvss_score DESC) <= 2 ORDER BY v.cvss_score DESC"
    )
    with pytest.raises(sqlite3.OperationalError, match="misuse of window function"):
        sqlite_rows(SCHEMA, answer)
    sql, [note] = check(answer)
    assert "filtered outside it" in note
    # Ranked among the open ones (CVE-3 is closed), ordered as asked.
    assert sqlite_rows(SCHEMA, sql) == [("web-1", "CVE-1"), ("web-1", "CVE-2"), ("db-1", "CVE-5")]


def test_a_cut_and_distinct_apply_to_the_filtered_rows() -> None:
    answer = (
        "SELECT DISTINCT asset_id FROM vulnerabilities WHERE ROW_NUMBER() OVER "
        "(PARTITION BY asset_id ORDER BY cvss_score DESC) = 1 ORDER BY asset_id DESC LIMIT 1"
    )
    sql, _ = check(answer, "Which asset with the highest number has a vulnerability?")
    assert sqlite_rows(SCHEMA, sql) == [(2,)]


def test_a_returned_column_in_the_condition_is_read_once() -> None:
    answer = (
        "SELECT cve_id, cvss_score FROM vulnerabilities "
        "WHERE cvss_score > AVG(cvss_score) OVER (PARTITION BY asset_id) ORDER BY cvss_score"
    )
    sql, _ = check(answer)
    assert sql.count("cvss_score AS") == 1  # returned once: no twin column to refuse
    assert sqlite_rows(SCHEMA, sql) == [("CVE-3", 8.0), ("CVE-1", 9.0)]


@pytest.mark.parametrize(
    "answer",
    [
        # Windows in the result only: nothing to move.
        "SELECT cve_id, RANK() OVER (ORDER BY cvss_score DESC) FROM vulnerabilities",
        # A subquery's window is its own.
        "SELECT cve_id FROM vulnerabilities WHERE vuln_id IN (SELECT vuln_id FROM "
        "(SELECT vuln_id, RANK() OVER (ORDER BY cvss_score DESC) AS r FROM vulnerabilities) "
        "WHERE r <= 2)",
    ],
)
def test_other_windows_stay(answer: str) -> None:
    sql, corrections = check(answer)
    assert not [c for c in corrections if "filtered outside it" in c]
    assert sqlite_rows(SCHEMA, sql) == sqlite_rows(SCHEMA, answer)


@pytest.mark.parametrize(
    "answer",
    [
        "SELECT * FROM vulnerabilities WHERE RANK() OVER (ORDER BY cvss_score DESC) = 1",
        "SELECT asset_id, COUNT(*) FROM vulnerabilities "
        "WHERE RANK() OVER (ORDER BY cvss_score DESC) < 3 GROUP BY asset_id",
    ],
)
def test_a_star_or_a_grouped_query_is_left_to_the_database(answer: str) -> None:
    result = check_sql(answer, parse_schema(SCHEMA, "sqlite"), "sqlite", False, QUESTION)
    assert not [c for c in result.corrections if "filtered outside it" in c]
    assert "OVER" in result.sql.split("WHERE", 1)[1]


def test_a_bare_column_in_the_condition_is_the_tables_not_an_output_of_its_name() -> None:
    answer = (
        "SELECT cve_id, cvss_score * 10 AS cvss_score FROM vulnerabilities "
        "WHERE cvss_score > AVG(cvss_score) OVER (PARTITION BY asset_id)"
    )
    sql, _ = check(answer, "Which vulnerabilities score above their asset's average, times 10?")
    assert sorted(sqlite_rows(SCHEMA, sql)) == [("CVE-1", 90.0), ("CVE-3", 80.0)]
