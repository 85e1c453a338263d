"""A difference of UNSIGNED columns in MySQL reads them as SIGNED (app.checking
.unsigned_differences): run on a real MariaDB, which fails on the negative difference, and in
the SQLite sandbox the candidates vote in."""

from __future__ import annotations

from pathlib import Path

from app.checking import check_sql, parse_schema
from app.execution import Sandbox
from bench.mysql_scoring import MySQLScorer

DDL = """
CREATE TABLE reviews (review_id INT PRIMARY KEY, job_id INT NOT NULL,
  direction ENUM('client_to_freelancer', 'freelancer_to_client') NOT NULL,
  rating TINYINT UNSIGNED NOT NULL);
INSERT INTO reviews VALUES (1, 1, 'client_to_freelancer', 5), (2, 1, 'freelancer_to_client', 2),
  (3, 2, 'client_to_freelancer', 1), (4, 2, 'freelancer_to_client', 4);
"""
QUESTION = "For each job reviewed both ways, how far apart are the two ratings?"
# Seen on the freelance blind set: valid in the sandbox, an error on MariaDB.
ANSWER = (
    "SELECT c.job_id, ABS(c.rating - f.rating) FROM reviews AS c JOIN reviews AS f "
    "ON c.job_id = f.job_id WHERE c.direction = 'client_to_freelancer' "
    "AND f.direction = 'freelancer_to_client'"
)


def test_a_difference_of_unsigned_columns_runs_on_mariadb(
    mysql_scorer: MySQLScorer, tmp_path: Path
) -> None:
    dump = tmp_path / "reviews.sql"
    dump.write_text(DDL)
    assert mysql_scorer.result(dump, ANSWER) is None  # "BIGINT UNSIGNED value is out of range"

    result = check_sql(ANSWER, parse_schema(DDL, "mysql"), "mysql", False, QUESTION)

    assert result.valid, result.issues
    assert any("read as SIGNED" in note for note in result.corrections)
    fixed = mysql_scorer.result(dump, result.sql)
    assert fixed is not None
    assert sorted((int(a), int(b)) for a, b in fixed.rows) == [(1, 3), (2, 3)]
    with Sandbox(DDL) as sandbox:
        rows = sandbox.query(result.sql, dialect="mysql").rows
    assert sorted((int(a), int(b)) for a, b in rows) == [(1, 3), (2, 3)]


def test_signed_columns_are_left_alone() -> None:
    signed = DDL.replace("TINYINT UNSIGNED", "TINYINT")
    result = check_sql(ANSWER, parse_schema(signed, "mysql"), "mysql", False, QUESTION)

    assert result.valid, result.issues
    assert not any("read as SIGNED" in note for note in result.corrections)
