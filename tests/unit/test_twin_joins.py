"""One table joined twice on the same key is refused where another key gives the second role;
the answer joined through each role's own key passes and runs on real SQLite."""

from __future__ import annotations

from app.checking import check_sql, parse_schema
from tests.support.sqlite_rows import sqlite_rows

DDL = """
CREATE TABLE members (member_id INTEGER PRIMARY KEY, farm_name TEXT NOT NULL);
CREATE TABLE equipment (equipment_id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  owner_member_id INTEGER NOT NULL REFERENCES members (member_id));
CREATE TABLE loans (loan_id INTEGER PRIMARY KEY,
  equipment_id INTEGER NOT NULL REFERENCES equipment (equipment_id),
  borrower_member_id INTEGER NOT NULL REFERENCES members (member_id));
INSERT INTO members VALUES (1, 'Oak Farm'), (2, 'Mill Farm');
INSERT INTO equipment VALUES (1, 'Baler', 1);
INSERT INTO loans VALUES (1, 1, 2);
"""
SCHEMA = parse_schema(DDL, "sqlite")
QUESTION = "For each loan, give the equipment name, the owner's farm and the borrower's farm."
TWINS = (
    "SELECT e.name, o.farm_name, b.farm_name FROM loans AS l "
    "JOIN equipment AS e ON e.equipment_id = l.equipment_id "
    "JOIN members AS o ON l.borrower_member_id = o.member_id "
    "JOIN members AS b ON l.borrower_member_id = b.member_id"
)


def test_two_joins_of_one_table_on_the_same_key_are_refused() -> None:
    result = check_sql(TWINS, SCHEMA, "sqlite", False, QUESTION)

    assert not result.valid
    assert result.issues == [
        "members AS o and members AS b are both joined on l.borrower_member_id, so they are the "
        "same row: join the other role through equipment.owner_member_id"
    ]
    assert sqlite_rows(DDL, TWINS) == [("Baler", "Mill Farm", "Mill Farm")]


def test_each_role_joined_through_its_own_key_passes() -> None:
    sql = TWINS.replace("l.borrower_member_id = o.member_id", "e.owner_member_id = o.member_id")

    result = check_sql(sql, SCHEMA, "sqlite", False, QUESTION)

    assert result.valid, result.issues
    assert sqlite_rows(DDL, result.sql) == [("Baler", "Oak Farm", "Mill Farm")]
