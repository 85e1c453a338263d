"""Metrics: execution match (reads and writes), exact match, and the LLM judge (DummyLM)."""

from __future__ import annotations

import time

import dspy
import pytest
from dspy.utils import DummyLM

from optimizer.datasets import load_bundled
from optimizer.metrics import (
    GoldSQLError,
    canonical_sql,
    exact_match,
    execution_match,
    gold_is_ordered,
    make_execution_match,
    make_llm_judge,
    normalize_value,
)

CONTEXT = """
CREATE TABLE emp (id INT PRIMARY KEY, name TEXT, dept TEXT, salary REAL, bonus REAL);
INSERT INTO emp VALUES
  (1, 'Ann', 'IT', 100.0, NULL), (2, 'Bob', 'IT', 80.0, 5.0),
  (3, 'Cid', 'HR', 80.0, NULL), (4, 'Dee', 'HR', 60.5, 2.5);
"""
RUNAWAY = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"


def example(gold: str, context: str = CONTEXT) -> dspy.Example:
    return dspy.Example(
        id="t-1", question="q", sql_context=context, sql=gold, sql_task_type="data retrieval"
    ).with_inputs("question", "sql_context")


def pred(sql: object) -> dspy.Prediction:
    return dspy.Prediction(sql=sql)


# (case id, gold SQL, predicted SQL, expected score)
READ_CASES = [
    ("identical", "SELECT name FROM emp", "SELECT name FROM emp", True),
    (
        "wrong filter",
        "SELECT name FROM emp WHERE dept = 'IT'",
        "SELECT name FROM emp WHERE dept = 'HR'",
        False,
    ),
    (
        "unordered gold ignores order",
        "SELECT name FROM emp",
        "SELECT name FROM emp ORDER BY name DESC",
        True,
    ),
    (
        "ordered gold, reversed",
        "SELECT name FROM emp ORDER BY id",
        "SELECT name FROM emp ORDER BY id DESC",
        False,
    ),
    (
        "ordered gold, same order by other key",
        "SELECT name FROM emp ORDER BY id",
        "SELECT name FROM emp ORDER BY name",
        True,
    ),
    (
        "ordered gold, unordered pred in other order",
        "SELECT name FROM emp ORDER BY salary, name",
        "SELECT name FROM emp",
        False,
    ),
    ("duplicates count", "SELECT dept FROM emp", "SELECT DISTINCT dept FROM emp", False),
    (
        "same set, other multiplicities",
        "SELECT dept FROM emp",
        "SELECT CASE WHEN id = 4 THEN 'IT' ELSE dept END FROM emp",
        False,
    ),
    ("NULL equals NULL", "SELECT bonus FROM emp WHERE id = 1", "SELECT NULL", True),
    (
        "NULL is not 0",
        "SELECT bonus FROM emp WHERE id = 1",
        "SELECT COALESCE(bonus, 0) FROM emp WHERE id = 1",
        False,
    ),
    ("float noise", "SELECT 0.3", "SELECT 0.1 + 0.2", True),
    (
        "int equals float",
        "SELECT COUNT(*) FROM emp",
        "SELECT CAST(COUNT(*) AS REAL) FROM emp",
        True,
    ),
    (
        "real rounding difference",
        "SELECT AVG(salary) FROM emp",
        "SELECT ROUND(AVG(salary), 1) FROM emp",
        False,
    ),
    (
        "text is exact",
        "SELECT dept FROM emp WHERE id = 1",
        "SELECT lower(dept) FROM emp WHERE id = 1",
        False,
    ),
    ("column names ignored", "SELECT name AS who FROM emp", "SELECT name FROM emp", True),
    ("column permutation", "SELECT name, salary FROM emp", "SELECT salary, name FROM emp", True),
    (
        "ordered gold, column permutation",
        "SELECT name, id FROM emp ORDER BY id",
        "SELECT id, name FROM emp ORDER BY id",
        True,
    ),
    (
        "permutation of equal-valued columns",
        "SELECT salary, bonus, name FROM emp",
        "SELECT name, bonus, salary FROM emp",
        True,
    ),
    (
        "ambiguous permutation, ordered",
        "SELECT id, 5 - id, 'x' FROM emp ORDER BY id",
        "SELECT 'x', 5 - id, id FROM emp ORDER BY id",
        True,
    ),
    (
        "same column values, other rows",
        "SELECT id, 5 - id FROM emp",
        "SELECT id, id FROM emp",
        False,
    ),
    ("extra column", "SELECT name FROM emp", "SELECT name, dept FROM emp", False),
    ("empty vs empty", "SELECT name FROM emp WHERE id > 9", "SELECT name FROM emp WHERE 0", True),
    ("prediction errors", "SELECT name FROM emp", "SELECT nme FROM emp", False),
    ("prediction is prose", "SELECT name FROM emp", "I cannot answer that.", False),
    ("prediction is empty", "SELECT name FROM emp", "", False),
    ("two statements", "SELECT name FROM emp", "SELECT name FROM emp; SELECT 1", False),
    ("write instead of read", "SELECT name FROM emp", "DELETE FROM emp", False),
]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [case[1:] for case in READ_CASES],
    ids=[case[0] for case in READ_CASES],
)
def test_execution_match_reads(gold: str, predicted: str, expected: bool) -> None:
    assert execution_match(example(gold), pred(predicted)) is expected


WRITE_CASES = [
    (
        "right update",
        "UPDATE emp SET salary = salary * 1.1 WHERE dept = 'IT'",
        "UPDATE emp SET salary = salary * 11 / 10 WHERE dept IN ('IT')",
        True,
    ),
    (
        "wrong WHERE",
        "UPDATE emp SET salary = salary * 1.1 WHERE dept = 'IT'",
        "UPDATE emp SET salary = salary * 1.1 WHERE dept = 'HR'",
        False,
    ),
    (
        "delete nothing",
        "DELETE FROM emp WHERE bonus IS NULL",
        "DELETE FROM emp WHERE bonus = NULL",
        False,
    ),
    (
        "insert, other spelling",
        "INSERT INTO emp VALUES (5, 'Eve', 'IT', 70, NULL)",
        "INSERT INTO emp (id, name, dept, salary) VALUES (5, 'Eve', 'IT', 70.0)",
        True,
    ),
    (
        "insert twice",
        "INSERT INTO emp VALUES (5, 'Eve', 'IT', 70, NULL)",
        "INSERT INTO emp VALUES (5, 'Eve', 'IT', 70, NULL), (6, 'Eve', 'IT', 70, NULL)",
        False,
    ),
    (
        "read instead of write",
        "DELETE FROM emp WHERE id = 4",
        "SELECT * FROM emp WHERE id = 4",
        False,
    ),
    ("failing write", "DELETE FROM emp WHERE id = 4", "DELETE FROM staff WHERE id = 4", False),
    ("ddl", "ALTER TABLE emp ADD COLUMN age INT", "ALTER TABLE emp ADD age INTEGER", True),
    (
        "ddl, other column",
        "ALTER TABLE emp ADD COLUMN age INT",
        "ALTER TABLE emp ADD COLUMN years INT",
        False,
    ),
]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [case[1:] for case in WRITE_CASES],
    ids=[case[0] for case in WRITE_CASES],
)
def test_execution_match_writes(gold: str, predicted: str, expected: bool) -> None:
    assert execution_match(example(gold), pred(predicted)) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (3.0, 3),
        (-0.0, 0),
        (0.1 + 0.2, 0.3),
        (1 / 3, 0.333333),
        ("3", "3"),
        (b"x", b"x"),
        (True, 1),
    ],
)
def test_normalize_value(value: object, expected: object) -> None:
    normal = normalize_value(value)
    assert normal == expected and type(normal) is type(expected)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT a FROM t ORDER BY a", True),
        ("SELECT a FROM t UNION SELECT b FROM u ORDER BY 1", True),
        ("WITH x AS (SELECT a FROM t) SELECT a FROM x ORDER BY a DESC LIMIT 3", True),
        ("SELECT a FROM (SELECT a FROM t ORDER BY a)", False),
        ("SELECT a, ROW_NUMBER() OVER (ORDER BY a) FROM t", False),
        ("SELECT a FROM t", False),
    ],
)
def test_gold_is_ordered(sql: str, expected: bool) -> None:
    assert gold_is_ordered(sql) is expected


def test_runaway_prediction_is_cut_off_quickly() -> None:
    metric = make_execution_match(timeout_s=0.2)
    started = time.monotonic()
    assert metric(example("SELECT COUNT(*) FROM emp"), pred(RUNAWAY)) is False
    assert time.monotonic() - started < 1.5


def test_prediction_over_the_row_limit_scores_zero() -> None:
    metric = make_execution_match(max_rows=4)
    endless = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r"
    assert metric(example("SELECT id FROM emp"), pred("SELECT id FROM emp")) is True
    assert metric(example("SELECT id FROM emp"), pred(endless)) is False


@pytest.mark.parametrize(
    ("gold", "context"),
    [
        ("SELECT nope FROM emp", CONTEXT),
        ("UPDATE nope SET a = 1", CONTEXT),
        (RUNAWAY, CONTEXT),
        ("SELECT 1", "CREATE TABLE broken ("),
    ],
    ids=["bad read", "bad write", "gold times out", "bad context"],
)
def test_failing_gold_raises(gold: str, context: str) -> None:
    metric = make_execution_match(timeout_s=0.2)
    with pytest.raises(GoldSQLError, match="t-1"):
        metric(example(gold, context), pred("SELECT 1"))


def test_gold_over_the_row_limit_raises() -> None:
    with pytest.raises(GoldSQLError):
        make_execution_match(max_rows=3)(example("SELECT * FROM emp"), pred("SELECT 1"))


@pytest.mark.parametrize("predicted", [None, 42, "   "])
def test_missing_prediction_scores_zero(predicted: object) -> None:
    assert execution_match(example("SELECT 1"), pred(predicted)) is False


def test_gold_against_itself_on_every_bundled_example() -> None:
    """Doubles as a check that every bundled gold SQL executes."""
    failures = []
    for item in load_bundled():
        try:
            if not execution_match(item, pred(item.sql)):
                failures.append(f"{item.id}: gold does not match itself")
        except GoldSQLError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)


EXACT_CASES = [
    ("same", "SELECT name FROM emp", "SELECT name FROM emp", True),
    (
        "case and spacing",
        "SELECT name FROM emp WHERE id = 1",
        "select  NAME\nfrom Emp where ID=1;",
        True,
    ),
    ("not-equal spelling", "SELECT 1 FROM t WHERE a <> 1", "SELECT 1 FROM t WHERE a != 1", True),
    (
        "literal case matters",
        "SELECT 1 FROM t WHERE a = 'IT'",
        "SELECT 1 FROM t WHERE a = 'it'",
        False,
    ),
    ("different query", "SELECT name FROM emp", "SELECT id FROM emp", False),
    ("unparseable prediction", "SELECT name FROM emp", "SELECT FROM WHERE ((", False),
    ("no prediction", "SELECT name FROM emp", "", False),
]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [case[1:] for case in EXACT_CASES],
    ids=[case[0] for case in EXACT_CASES],
)
def test_exact_match(gold: str, predicted: str, expected: bool) -> None:
    assert exact_match(example(gold), pred(predicted)) is expected


def test_exact_match_unparseable_gold_raises() -> None:
    with pytest.raises(GoldSQLError):
        exact_match(example("SELECT FROM WHERE (("), pred("SELECT 1"))


def test_canonical_sql() -> None:
    assert canonical_sql("select A from T;") == "SELECT a FROM t"
    assert canonical_sql("SELECT (") is None


@pytest.mark.parametrize(("verdict", "expected"), [("Yes", True), ("No", False)])
def test_llm_judge_follows_the_verdict(verdict: str, expected: bool) -> None:
    judge_lm = DummyLM([{"correct": verdict}])
    metric = make_llm_judge(judge_lm)
    gold = "SELECT name FROM emp WHERE dept = 'IT'"
    assert metric(example(gold), pred("SELECT name FROM emp")) is expected
    prompt = str(judge_lm.history[-1]["messages"])
    assert gold in prompt and "SELECT name FROM emp" in prompt


def test_llm_judge_does_not_ask_about_an_empty_prediction() -> None:
    judge_lm = DummyLM([{"correct": "Yes"}])
    assert make_llm_judge(judge_lm)(example("SELECT 1"), pred("")) is False
    assert judge_lm.history == []


def test_llm_judge_uses_its_own_lm_not_the_global_one() -> None:
    program_lm = DummyLM([{"correct": "Yes"}])
    judge_lm = DummyLM([{"correct": "No"}])
    with dspy.context(lm=program_lm):
        assert make_llm_judge(judge_lm)(example("SELECT 1"), pred("SELECT 2")) is False
    assert program_lm.history == []
