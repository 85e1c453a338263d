"""Qualifiers a correction writes are spelt as the query declares its aliases
(app.checking.scopes.restore_alias_case): MariaDB's table aliases are case-sensitive."""

from __future__ import annotations

import json

import pytest

from app.checking import check_sql
from app.checking.schema import parse_schema
from app.dumps import read_schema
from bench.mysql_scoring import MySQLScorer
from bench.unseen_questions import HERE

SHOP = HERE / "shop_mysqldump.sql"
QUESTION = "How many different customers have returned at least one item?"
# Seen on the shop blind set: customer_id read from returns (T1), which orders (T2) has.
ANSWER = (
    "SELECT COUNT(DISTINCT T1.customer_id) FROM returns AS T1 JOIN order_items "
    "ON T1.order_item_id = order_items.order_item_id JOIN orders AS T2 "
    "ON order_items.order_id = T2.order_id"
)


def checked(answer: str) -> tuple[str, list[str]]:
    reading = read_schema(SHOP.read_text(), "mysql")
    result = check_sql(answer, parse_schema(reading.text, "mysql"), "mysql", False, QUESTION)
    assert result.valid, result.issues
    return result.sql, result.corrections


def test_a_requalified_column_keeps_the_alias_as_declared() -> None:
    sql, corrections = checked(ANSWER)
    assert "COUNT(DISTINCT T2.customer_id)" in sql
    assert corrections == [
        "T1.customer_id -> T2.customer_id (customer_id is a column of orders, not of returns)"
    ]


def test_a_qualifier_in_another_case_is_spelt_as_declared() -> None:
    sql, _ = checked(ANSWER.replace("T2.order_id", "t2.order_id"))
    assert "t2." not in sql


def test_the_checked_answer_runs_right_on_mariadb(mysql_scorer: MySQLScorer) -> None:
    gold = next(
        item["gold"]
        for item in map(json.loads, (HERE / "questions.jsonl").read_text().splitlines())
        if item["question"] == QUESTION
    )
    sql, _ = checked(ANSWER)
    assert mysql_scorer.score(SHOP, gold, sql) == (True, True)
    # The same answer with a lowercased qualifier is what MariaDB refused.
    assert mysql_scorer.score(SHOP, gold, sql.replace("T2.", "t2.")) == (False, False)


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_quoted_qualifiers_stay_as_written(dialect: str) -> None:
    schema = parse_schema("CREATE TABLE t (id INT, x INT);", dialect)
    result = check_sql('SELECT "T".x FROM t AS "T"', schema, dialect, False)
    assert '"T".x' in result.sql.replace('"x"', "x")
