"""Score one answer the way a client of the service experiences it.

An answer counts as correct only when the checker passes it (``valid``, as ``POST /sql``
reports) AND its checked SQL executes to the gold result (``optimizer.metrics``). An answer the
checker refuses is never counted right, even if it happened to run: the service would have
flagged it invalid. Write tasks are checked with writes allowed, and scored by the database
state they leave, so a read-only policy never silently scores them wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import dspy

from app.checking import CheckResult, SchemaInfo, check_sql, parse_schema
from app.errors import SchemaError
from optimizer.datasets import is_write_task
from optimizer.metrics import execution_match, subset_execution_match

# The bundled data and the metric's sandbox are SQLite; the checker must agree with the judge.
DIALECT = "sqlite"


@dataclass(frozen=True)
class Score:
    """The verdict on one answer."""

    correct: bool
    valid: bool
    executes_right: bool
    """The checked SQL matches on execution, whatever the checker said (a diagnostic)."""
    subset_correct: bool = False
    """Valid, and the gold columns are among its result's columns, rows aligned (defog)."""


@lru_cache(maxsize=1024)
def example_schema(sql_context: str, dialect: str = DIALECT) -> SchemaInfo:
    """The example's context parsed as the service parses a request's schema (cached)."""
    return parse_schema(sql_context, dialect)


def check_answer(example: dspy.Example, answer: str, dialect: str = DIALECT) -> CheckResult:
    """Run the service's checker on a raw answer for this example."""
    try:
        schema = example_schema(example.sql_context, dialect)
    except SchemaError as error:
        return CheckResult(valid=False, sql="", issues=[f"schema: {error.message}"])
    return check_sql(
        answer, schema, dialect, allow_write=is_write_task(example), question=example.question
    )


def score_checked(example: dspy.Example, check: CheckResult) -> Score:
    """Score a checker result against the example's gold SQL."""
    prediction = dspy.Prediction(sql=check.sql)
    matches = bool(check.sql) and execution_match(example, prediction)
    # Strict equality implies the subset match; the second run is needed only when it failed.
    subset = matches or (bool(check.sql) and subset_execution_match(example, prediction))
    return Score(
        correct=check.valid and matches,
        valid=check.valid,
        executes_right=matches,
        subset_correct=check.valid and subset,
    )


def checked_execution_match(example: dspy.Example, pred: Any, trace: object | None = None) -> bool:
    """DSPy metric for compiling: the prediction is checked, then scored like a served answer.

    The program's raw ``sql`` may carry prose or code fences (a small model's habit); the
    checker extracts the SQL as the service does, so compile and serving score the same text.
    """
    del trace  # the verdict does not depend on how the prediction was made
    check = check_answer(example, str(getattr(pred, "sql", "") or ""))
    return score_checked(example, check).correct
