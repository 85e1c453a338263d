"""Subset execution match (defog sql-eval): every gold column among the predicted ones."""

from __future__ import annotations

import dspy
import pytest

from app.execution import QueryResult, SqlValue
from optimizer.metrics import execution_match, results_subset_match, subset_execution_match


def result(columns: str, *rows: tuple[SqlValue, ...]) -> QueryResult:
    return QueryResult(tuple(columns.split()), tuple(rows))


GOLD = result("name species", ("Rex", "dog"), ("Tom", "cat"), ("Fido", "dog"))


def rows_with_extras(*extras: SqlValue) -> tuple[tuple[SqlValue, ...], ...]:
    """GOLD's rows with an id column before and one extra value after each."""
    pairs = zip(GOLD.rows, extras, strict=True)
    return tuple((i, *row, extra) for i, (row, extra) in enumerate(pairs))


@pytest.mark.parametrize("ordered", [False, True])
def test_extra_predicted_columns_are_allowed(ordered: bool) -> None:
    pred = QueryResult(("id", "name", "species", "weight"), rows_with_extras(30.5, 4.2, 12.0))
    assert results_subset_match(GOLD, pred, ordered=ordered)


def test_the_gold_columns_may_come_in_any_order_among_the_extras() -> None:
    pred = result(
        "species weight name",
        ("dog", 30.5, "Rex"),
        ("cat", 4.2, "Tom"),
        ("dog", 12.0, "Fido"),
    )
    assert results_subset_match(GOLD, pred, ordered=True)


def test_a_missing_gold_column_is_refused() -> None:
    pred = result("name weight", ("Rex", 30.5), ("Tom", 4.2), ("Fido", 12.0))
    assert not results_subset_match(GOLD, pred, ordered=False)
    fewer = result("name", ("Rex",), ("Tom",), ("Fido",))
    assert not results_subset_match(GOLD, fewer, ordered=False)


@pytest.mark.parametrize("ordered", [False, True])
def test_different_row_counts_are_refused(ordered: bool) -> None:
    missing = QueryResult(("id", "name", "species", "n"), rows_with_extras(1, 2, 3)[:2])
    duplicated = QueryResult(
        ("id", "name", "species", "n"), rows_with_extras(1, 2, 3) + (rows_with_extras(1, 2, 3)[0],)
    )
    assert not results_subset_match(GOLD, missing, ordered=ordered)
    assert not results_subset_match(GOLD, duplicated, ordered=ordered)


def test_row_order_matters_only_when_the_gold_orders() -> None:
    shuffled = result(
        "name species extra", ("Tom", "cat", 1), ("Fido", "dog", 2), ("Rex", "dog", 3)
    )
    assert results_subset_match(GOLD, shuffled, ordered=False)
    assert not results_subset_match(GOLD, shuffled, ordered=True)


def test_rows_must_stay_aligned_not_just_each_column() -> None:
    # each column holds the gold's values, but Rex is now a cat and Tom a dog
    misaligned = result("name species", ("Rex", "cat"), ("Tom", "dog"), ("Fido", "dog"))
    assert not results_subset_match(GOLD, misaligned, ordered=False)


def test_the_right_one_of_two_same_valued_columns_is_found() -> None:
    gold = result("n", (1,), (2,))
    # both predicted columns hold {1, 2}; only the second is in the gold's order
    pred = result("x y", (2, 1), (1, 2))
    assert results_subset_match(gold, pred, ordered=True)
    assert not results_subset_match(gold, result("x", (2,), (1,)), ordered=True)


def test_two_identical_gold_columns_need_two_predicted_columns() -> None:
    gold = result("a b", (1, 1), (2, 2))
    assert results_subset_match(gold, result("p q r", (1, 9, 1), (2, 8, 2)), ordered=True)
    # one matching column cannot stand for both gold columns
    assert not results_subset_match(gold, result("p q", (1, 9), (2, 8)), ordered=True)


def test_values_are_compared_normalised() -> None:
    gold = result("total note", (3, None), (0.1 + 0.2, "x"))
    pred = result("note total extra", (None, 3.0, 0), ("x", 0.3, 0))
    assert results_subset_match(gold, pred, ordered=True)
    assert not results_subset_match(gold, result("t n", (3, None), (0.31, "x")), ordered=True)


def test_empty_results_match_when_the_gold_columns_fit() -> None:
    assert results_subset_match(result("a"), result("a b"), ordered=False)
    assert not results_subset_match(result("a b"), result("a"), ordered=False)


# ---------------------------------------------------------------- the metric

CONTEXT = """
CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, name TEXT, species TEXT, weight REAL);
INSERT INTO pets VALUES (1, 'Rex', 'dog', 30.5), (2, 'Tom', 'cat', 4.2), (3, 'Fido', 'dog', 12.0);
"""


def example(gold: str) -> dspy.Example:
    return dspy.Example(
        id="s-1", question="q", sql_context=CONTEXT, sql=gold, sql_task_type="data retrieval"
    ).with_inputs("question", "sql_context")


METRIC_CASES = [
    (
        "extra columns",
        "SELECT name FROM pets WHERE species = 'dog'",
        "SELECT pet_id, name, weight FROM pets WHERE species = 'dog'",
        True,
        False,
    ),
    (
        "missing gold column",
        "SELECT name, weight FROM pets WHERE species = 'dog'",
        "SELECT name FROM pets WHERE species = 'dog'",
        False,
        False,
    ),
    (
        "other rows",
        "SELECT name FROM pets WHERE species = 'dog'",
        "SELECT name, species FROM pets",
        False,
        False,
    ),
    (
        "ordered gold, same order",
        "SELECT name FROM pets ORDER BY weight",
        "SELECT weight, name FROM pets ORDER BY weight",
        True,
        False,
    ),
    (
        "ordered gold, reversed",
        "SELECT name FROM pets ORDER BY weight",
        "SELECT weight, name FROM pets ORDER BY weight DESC",
        False,
        False,
    ),
    (
        "unordered gold, any order",
        "SELECT name FROM pets",
        "SELECT name, weight FROM pets ORDER BY weight DESC",
        True,
        False,
    ),
    ("exact", "SELECT name FROM pets", "SELECT name FROM pets", True, True),
    ("failing prediction", "SELECT name FROM pets", "SELECT nope FROM pets", False, False),
    (
        "write compared by state",
        "DELETE FROM pets WHERE species = 'cat'",
        "DELETE FROM pets WHERE weight < 5",
        True,
        True,
    ),
]


@pytest.mark.parametrize(
    ("gold", "predicted", "subset", "strict"),
    [case[1:] for case in METRIC_CASES],
    ids=[case[0] for case in METRIC_CASES],
)
def test_subset_execution_match(gold: str, predicted: str, subset: bool, strict: bool) -> None:
    prediction = dspy.Prediction(sql=predicted)
    assert subset_execution_match(example(gold), prediction) is subset
    assert execution_match(example(gold), prediction) is strict
