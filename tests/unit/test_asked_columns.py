"""A column the question spells out ("Give the farm name") replaces the namesake of another
table returned in its place; the corrected SQL runs on real SQLite."""

from __future__ import annotations

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE members (member_id INTEGER PRIMARY KEY, farm_name TEXT NOT NULL,
  owner_name TEXT NOT NULL);
CREATE TABLE fields (field_id INTEGER PRIMARY KEY, field_name TEXT NOT NULL,
  member_id INTEGER NOT NULL REFERENCES members (member_id));
INSERT INTO members VALUES (1, 'Oak Farm', 'Ann'), (2, 'Mill Farm', 'Bo');
INSERT INTO fields VALUES (1, 'North Meadow', 1), (2, 'Long Acre', 2);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "Which farms grow something? Give the farm name and the owner's name."


def test_the_spelt_out_column_replaces_its_namesake() -> None:
    answer = (
        "SELECT f.field_name, m.owner_name FROM fields AS f JOIN members AS m "
        "ON f.member_id = m.member_id ORDER BY f.field_name"
    )

    result = check_sql(answer, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert "f.field_name -> m.farm_name (the question asks for the farm name)" in (
        result.corrections
    )
    assert sqlite_rows(DDL, result.sql) == [("Mill Farm", "Bo"), ("Oak Farm", "Ann")]


def test_a_column_the_clause_also_names_stays() -> None:
    answer = (
        "SELECT f.field_name, m.owner_name FROM fields AS f JOIN members AS m "
        "ON f.member_id = m.member_id"
    )
    question = "Give the field name and the owner's name for each farm name."

    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert not any("the question asks for the" in note for note in result.corrections)
