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


SQLITE = parse_schema(DUMP, "sqlite")


def sqlite_rows(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DUMP)
    return sorted(database.execute(sql).fetchall(), key=repr)


def test_sqlite_returns_any_row_of_the_group_for_such_a_column_and_it_is_refused() -> None:
    sql = (
        "SELECT a.full_name, ca.filed_at, COUNT(*) FROM adjusters AS a JOIN assignments AS ca "
        "ON a.adjuster_id = ca.adjuster_id GROUP BY a.full_name"
    )

    result = check_sql(sql, SQLITE, "sqlite", False, QUESTION)

    assert not result.valid
    assert result.issues[0].startswith(
        "ca.filed_at is neither grouped nor aggregated, so each row shows any one"
    )
    assert len(sqlite_rows(sql)) == 2  # Laura's two claims show as one row, with one date


@pytest.mark.parametrize(
    "sql",
    [
        # The adjuster's key is set equal to the grouped column: one name per group.
        "SELECT ca.adjuster_id, a.full_name, COUNT(*) FROM assignments AS ca JOIN adjusters AS a "
        "ON a.adjuster_id = ca.adjuster_id GROUP BY ca.adjuster_id",
        # SQLite takes the bare column from the row holding the MAX.
        "SELECT adjuster_id, claim_id, MAX(filed_at) FROM assignments GROUP BY adjuster_id",
        # An ORDER BY outside the groups is left to the database.
        "SELECT adjuster_id, COUNT(*) FROM assignments GROUP BY adjuster_id ORDER BY filed_at",
    ],
)
def test_sqlite_columns_that_are_one_value_per_group_pass(sql: str) -> None:
    result = check_sql(sql, SQLITE, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert sqlite_rows(result.sql)
