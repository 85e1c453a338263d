"""A value the schema's rows spell in several cases is compared without case
(app.checking.mixed_case): run on real SQLite and a real PostgreSQL, a dump's COPY data
included."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checking.check import check_sql
from app.checking.schema import parse_schema
from app.dumps import read_schema
from bench.pg_scoring import PostgresScorer
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE vehicles (vehicle_id INTEGER PRIMARY KEY, make TEXT NOT NULL, city TEXT NOT NULL);
INSERT INTO vehicles VALUES (1, 'Ford', 'Leeds'), (2, 'FORD', 'Leeds'), (3, 'ford', 'York'),
  (4, 'Audi', 'York'), (5, 'Volvo', 'Hull');
"""
QUESTION = "How many Ford vehicles do we have?"


def _checked(sql: str, ddl: str = DDL, dialect: str = "sqlite") -> tuple[str, list[str]]:
    schema = parse_schema(read_schema(ddl, dialect).text, dialect)
    result = check_sql(sql, schema, dialect, False, QUESTION)
    assert result.valid, result.issues
    return result.sql, [note for note in result.corrections if "more than one case" in note]


@pytest.mark.parametrize(
    ("sql", "rows"),
    [
        ("SELECT COUNT(*) FROM vehicles WHERE make = 'Ford'", [(3,)]),
        ("SELECT COUNT(*) FROM vehicles AS v WHERE 'FORD' = v.make", [(3,)]),
        ("SELECT COUNT(*) FROM vehicles WHERE make IN ('Ford', 'Volvo')", [(4,)]),
    ],
)
def test_every_spelling_of_the_value_counts(sql: str, rows: list[tuple[int]]) -> None:
    assert sqlite_rows(DDL, sql) != rows  # as written: one spelling only

    corrected, notes = _checked(sql)

    assert len(notes) == 1
    assert "LOWER(" in corrected
    assert sqlite_rows(DDL, corrected) == rows


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT COUNT(*) FROM vehicles WHERE make = 'Audi'",  # one spelling only
        "SELECT COUNT(*) FROM vehicles WHERE city = 'Leeds'",
        "SELECT COUNT(*) FROM vehicles WHERE LOWER(make) = 'ford'",  # without case already
    ],
)
def test_values_spelt_one_way_stay(sql: str) -> None:
    assert _checked(sql) == (sql, [])


def test_mysql_compares_without_case_already() -> None:
    ddl = DDL.replace("INTEGER", "INT").replace("TEXT", "VARCHAR(20)")
    sql = "SELECT COUNT(*) FROM vehicles WHERE make = 'Ford'"
    assert _checked(sql, ddl, "mysql")[1] == []


PG_DUMP = """
CREATE TABLE public.adopters (adopter_id integer NOT NULL, city text NOT NULL);
COPY public.adopters (adopter_id, city) FROM stdin;
1\tBrussels
2\tbrussels
3\tGhent
4\tBRUSSELS
\\.
"""


def test_a_dumps_copy_rows_show_the_spellings(
    postgres_scorer: PostgresScorer, tmp_path: Path
) -> None:
    sql = "SELECT COUNT(*) FROM public.adopters WHERE city = 'Brussels'"
    corrected, notes = _checked(sql, PG_DUMP, "postgres")
    assert len(notes) == 1
    dump = tmp_path / "adopters.sql"
    dump.write_text(PG_DUMP)
    before, after = (postgres_scorer.result(dump, query) for query in (sql, corrected))
    assert before is not None and after is not None
    assert (before.rows, after.rows) == (((1,),), ((3,),))
