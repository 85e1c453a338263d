"""A grouped PostgreSQL query that reads a column outside its groups and aggregates is refused
before it reaches the database, and each case is run on a real PostgreSQL: the refused ones
fail there, the passed ones run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.checking import check_sql, parse_schema
from bench.pg_scoring import PostgresScorer

DUMP = """
CREATE TABLE adjusters (adjuster_id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE assignments (claim_id integer NOT NULL,
  adjuster_id integer NOT NULL REFERENCES adjusters (adjuster_id), filed_at timestamp);
INSERT INTO adjusters VALUES (1, 'Laura'), (2, 'Tom'), (3, 'Ines');
INSERT INTO assignments VALUES (10, 1, '2025-01-03'), (11, 1, '2025-02-03'),
  (12, 2, '2025-02-10');
"""
SCHEMA = parse_schema(DUMP, "postgres")
QUESTION = "How many claims has each adjuster been assigned?"


@pytest.mark.parametrize(
    ("sql", "refused"),
    [
        (
            "SELECT a.full_name, COUNT(ca.claim_id) FROM adjusters AS a LEFT JOIN assignments AS "
            "ca ON a.adjuster_id = ca.adjuster_id GROUP BY a.full_name ORDER BY ca.claim_id DESC",
            "ca.claim_id",
        ),
        (
            "SELECT a.full_name, ca.filed_at, COUNT(*) FROM adjusters AS a JOIN assignments AS ca "
            "ON a.adjuster_id = ca.adjuster_id GROUP BY a.full_name",
            "ca.filed_at",
        ),
        # The table's key grouped: every column of that table is one value per group.
        (
            "SELECT a.full_name, COUNT(*) AS n FROM adjusters AS a JOIN assignments AS ca "
            "ON a.adjuster_id = ca.adjuster_id GROUP BY a.adjuster_id ORDER BY n DESC",
            None,
        ),
        # A grouped expression, read again as written, and an output name grouped by.
        (
            "SELECT TO_CHAR(filed_at, 'YYYY-MM') AS month, COUNT(*) FROM assignments "
            "GROUP BY month ORDER BY TO_CHAR(filed_at, 'YYYY-MM')",
            None,
        ),
        # An outer column read in a correlated subquery is held to the outer groups too (with
        # a join, app.checking.name_groups groups by the adjuster's key first).
        (
            "SELECT a.full_name FROM adjusters AS a GROUP BY a.full_name HAVING (SELECT "
            "COUNT(*) FROM assignments AS x WHERE x.adjuster_id = a.adjuster_id) > 1",
            "a.adjuster_id",
        ),
        (
            "SELECT a.full_name FROM adjusters AS a JOIN assignments AS ca ON a.adjuster_id = "
            "ca.adjuster_id GROUP BY a.adjuster_id HAVING COUNT(*) = (SELECT COUNT(*) FROM "
            "assignments AS x WHERE x.adjuster_id = a.adjuster_id)",
            None,
        ),
        # Read by an aggregate's FILTER: aggregated too.
        (
            "SELECT adjuster_id, COUNT(*) FILTER (WHERE filed_at >= '2025-02-01') FROM "
            "assignments GROUP BY adjuster_id HAVING COUNT(*) FILTER (WHERE claim_id > 10) > 0",
            None,
        ),
        # Inside an aggregate, and in a subquery of its own.
        (
            "SELECT adjuster_id, MAX(filed_at) FROM assignments GROUP BY adjuster_id HAVING "
            "COUNT(*) > (SELECT COUNT(*) FROM assignments AS x WHERE x.claim_id > 10) - 2",
            None,
        ),
    ],
)
def test_a_column_outside_the_groups_is_refused_as_postgresql_refuses_it(
    sql: str, refused: str | None, postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    dump = tmp_path / "claims.sql"
    dump.write_text(DUMP)

    result = check_sql(sql, SCHEMA, "postgres", False, QUESTION)

    if refused is None:
        assert result.valid, result.issues
        assert postgres_scorer.result(dump, result.sql) is not None
    else:
        assert not result.valid
        assert result.issues[0].startswith(f"{refused} is neither grouped nor aggregated")
        assert postgres_scorer.result(dump, sql) is None


def test_sqlite_takes_such_a_column_and_is_not_refused() -> None:
    schema = parse_schema(DUMP, "sqlite")
    sql = (
        "SELECT a.full_name, ca.filed_at, COUNT(*) FROM adjusters AS a JOIN assignments AS ca "
        "ON a.adjuster_id = ca.adjuster_id GROUP BY a.full_name"
    )

    assert check_sql(sql, schema, "sqlite", False, QUESTION).valid


NESTED_DDL = "CREATE TABLE t (g INT, x INT);\nINSERT INTO t VALUES (1, 2), (1, 3), (2, 4);"


@pytest.mark.parametrize("dialect", ["sqlite", "postgres", "mysql"])
def test_an_aggregate_of_an_aggregate_is_refused_in_every_dialect(dialect: str) -> None:
    # Seen on the EV charging blind set: "passed" because the sandbox forgives postgres errors.
    sql = "SELECT g, SUM(x) FROM t GROUP BY g HAVING SUM(x) = (SELECT MAX(SUM(x)) FROM t)"
    result = check_sql(sql, parse_schema(NESTED_DDL, dialect), dialect, False, "q")

    assert not result.valid
    assert result.issues[0].startswith("MAX(SUM(x)) nests the aggregate SUM(x)")
    with pytest.raises(sqlite3.OperationalError, match="misuse of aggregate"):
        database = sqlite3.connect(":memory:")
        database.executescript(NESTED_DDL)
        database.execute(sql)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT g, SUM(SUM(x)) OVER () FROM t GROUP BY g",  # a window over the groups
        "SELECT g, RANK() OVER (ORDER BY SUM(x) DESC) FROM t GROUP BY g",
        "SELECT MAX(s) FROM (SELECT SUM(x) AS s FROM t GROUP BY g) AS q",
    ],
)
def test_aggregates_over_windows_or_subqueries_are_not_nested(sql: str) -> None:
    result = check_sql(sql, parse_schema(NESTED_DDL, "sqlite"), "sqlite", False, "q")
    database = sqlite3.connect(":memory:")
    database.executescript(NESTED_DDL)

    assert result.valid, result.issues
    database.execute(result.sql).fetchall()  # SQLite runs it
