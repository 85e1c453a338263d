"""Metrics with DSPy's signature ``metric(example, pred, trace=None) -> bool``.

* :func:`execution_match` (the one we optimise and report): gold and predicted SQL run in a
  SQLite sandbox built from the example's context; their results must be equal.
* :func:`exact_match`: sqlglot-normalised text equality; cheap, strict, for diagnostics.
* :func:`make_llm_judge`: the origin's LLM-as-judge (Yes/No), kept to compare with its numbers.

Metrics return bool: DSPy's evaluation averages them as 0/1 and its bootstrapping keeps a demo
only when the metric is truthy.

How execution results are compared:

* rows are compared as a multiset (duplicates count); in order only when the gold query has a
  top-level ORDER BY. Rows that tie on the sort key may then legitimately come in another
  order; we accept that rare false negative rather than guess the sort key;
* column names are ignored; column order is not: a prediction whose columns are a permutation
  of the gold's matches if reordering its columns makes the results equal (the permutations
  tried are only those mapping each column to one with the same values, at most
  ``_MAX_PERMUTATIONS``). Extra or missing columns do not match;
* values: NULL equals NULL; numbers compare by value, so 3 equals 3.0, and floats are rounded
  to ``FLOAT_DIGITS`` significant digits, so 0.1 + 0.2 equals 0.3; text and blobs exactly;
* write tasks (the gold SQL is not a query): gold and prediction each run on a fresh copy and
  the whole database state after them is compared (every table and view: lowercased name,
  lowercased column names in order, rows as a multiset of normalised values).

A prediction that fails, times out or exceeds the row limit scores False. A gold SQL that
does so raises :class:`GoldSQLError`: that is a dataset bug, never the model's fault.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal, Protocol

import dspy
import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from app.execution import (
    DEFAULT_MAX_ROWS,
    DEFAULT_TIMEOUT_S,
    DatabaseState,
    QueryResult,
    Row,
    Sandbox,
    SandboxError,
    is_query,
)

FLOAT_DIGITS = 6
_MAX_PERMUTATIONS = 1_000
# Any integer-valued float within this range converts to int exactly.
_EXACT_INT_FLOAT = 2.0**53

NormalRow = tuple[object, ...]


class Metric(Protocol):
    """DSPy's metric signature."""

    def __call__(self, example: dspy.Example, pred: Any, trace: object | None = None) -> bool: ...


class GoldSQLError(RuntimeError):
    """An example's own context or gold SQL fails in the sandbox: the dataset is broken."""


def normalize_value(value: object) -> object:
    """Map a SQL value to the form it is compared in (see the module docstring).

    Args:
        value: a value as SQLite returned it.

    Returns:
        int for integral numbers, a float rounded to ``FLOAT_DIGITS`` significant digits,
        anything else unchanged.
    """
    if isinstance(value, bool | Decimal):
        value = float(value)
    if isinstance(value, float) and math.isfinite(value):
        if value.is_integer() and abs(value) < _EXACT_INT_FLOAT:
            return int(value)
        return float(f"{value:.{FLOAT_DIGITS}g}")
    return value


def _normalize_rows(rows: Sequence[Row]) -> list[NormalRow]:
    return [tuple(normalize_value(v) for v in row) for row in rows]


def gold_is_ordered(sql: str) -> bool:
    """Tell whether a query's top level has ORDER BY, i.e. whether its row order is defined.

    Args:
        sql: a SQLite query.

    Returns:
        True if the outermost query (a SELECT or set operation, parentheses unwrapped) orders.
    """
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except SqlglotError:
        return False
    while isinstance(tree, exp.Subquery):
        tree = tree.this
    return tree.args.get("order") is not None


def _column_key(rows: list[NormalRow], i: int) -> frozenset[tuple[object, int]]:
    return frozenset(Counter(row[i] for row in rows).items())


def _column_orders(
    gold: list[NormalRow], pred: list[NormalRow], width: int
) -> Iterator[tuple[int, ...]]:
    """Yield column orders for ``pred`` worth trying: as is, then value-preserving permutations.

    A permutation can only make the results equal if it maps every gold column to a predicted
    column holding the same multiset of values, so only those are generated.
    """
    identity = tuple(range(width))
    yield identity
    gold_keys = [_column_key(gold, i) for i in identity]
    pred_keys = [_column_key(pred, j) for j in identity]
    if Counter(gold_keys) != Counter(pred_keys):
        return  # some column has no counterpart: no permutation can match

    def extend(prefix: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        if len(prefix) == width:
            yield prefix
            return
        wanted = gold_keys[len(prefix)]
        for j in identity:
            if pred_keys[j] == wanted and j not in prefix:
                yield from extend((*prefix, j))

    for order in itertools.islice(extend(()), _MAX_PERMUTATIONS):
        if order != identity:
            yield order


def results_match(gold: QueryResult, pred: QueryResult, *, ordered: bool) -> bool:
    """Compare two query results the way :func:`execution_match` does.

    Args:
        gold: the gold query's result.
        pred: the predicted query's result.
        ordered: compare rows in order (the gold query orders) instead of as a multiset.

    Returns:
        True if the results are equal, up to a column permutation and value normalisation.
    """
    width = len(gold.columns)
    if width != len(pred.columns) or len(gold.rows) != len(pred.rows):
        return False
    gold_rows, pred_rows = _normalize_rows(gold.rows), _normalize_rows(pred.rows)
    gold_bag = None if ordered else Counter(gold_rows)
    for order in _column_orders(gold_rows, pred_rows, width):
        candidate = [tuple(row[i] for i in order) for row in pred_rows]
        if candidate == gold_rows if gold_bag is None else Counter(candidate) == gold_bag:
            return True
    return False


def results_subset_match(gold: QueryResult, pred: QueryResult, *, ordered: bool) -> bool:
    """defog sql-eval's subset match: every gold column is among the predicted columns.

    Many questions do not say which columns to return ("show savings accounts over $50k"): an
    answer that returns the gold columns plus others answers the question. Rows must still be
    the same rows (aligned): the predicted result projected onto the matched columns must equal
    the gold result, as a multiset, or in order when the gold orders.

    >>> g = QueryResult(("id",), ((1,), (2,)))
    >>> results_subset_match(g, QueryResult(("id", "name"), ((2, "b"), (1, "a"))), ordered=False)
    True
    >>> results_subset_match(g, QueryResult(("id", "name"), ((2, "b"), (1, "a"))), ordered=True)
    False
    """
    width = len(gold.columns)
    if width > len(pred.columns) or len(gold.rows) != len(pred.rows):
        return False
    gold_rows, pred_rows = _normalize_rows(gold.rows), _normalize_rows(pred.rows)
    gold_keys = [_column_key(gold_rows, i) for i in range(width)]
    pred_keys = [_column_key(pred_rows, j) for j in range(len(pred.columns))]
    gold_bag = None if ordered else Counter(gold_rows)

    def assignments(prefix: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        if len(prefix) == width:
            yield prefix
            return
        for j, key in enumerate(pred_keys):
            if key == gold_keys[len(prefix)] and j not in prefix:
                yield from assignments((*prefix, j))

    for order in itertools.islice(assignments(()), _MAX_PERMUTATIONS):
        projected = [tuple(row[j] for j in order) for row in pred_rows]
        if projected == gold_rows if gold_bag is None else Counter(projected) == gold_bag:
            return True
    return False


def _normal_state(state: DatabaseState) -> dict[str, tuple[tuple[str, ...], Counter[NormalRow]]]:
    return {t.name: (t.columns, Counter(_normalize_rows(t.rows))) for t in state.tables}


def states_match(gold: DatabaseState, pred: DatabaseState) -> bool:
    """Compare two database states after writes (same tables, columns and row multisets).

    Args:
        gold: the state the gold SQL left.
        pred: the state the predicted SQL left.

    Returns:
        True if every table and view has the same columns and the same rows.
    """
    return _normal_state(gold) == _normal_state(pred)


@lru_cache(maxsize=256)
def _sandbox(context: str) -> Sandbox:
    # An optimizer scores many predictions per example; build each example's database once.
    return Sandbox(context)


@lru_cache(maxsize=4096)
def _gold_outcome(
    context: str, sql: str, timeout_s: float, max_rows: int
) -> tuple[QueryResult | DatabaseState, bool]:
    """Run the gold SQL once per (context, sql, limits); return its outcome and orderedness."""
    sandbox = _sandbox(context)
    if is_query(sql):
        return sandbox.query(sql, timeout_s=timeout_s, max_rows=max_rows), gold_is_ordered(sql)
    return sandbox.execute_write(sql, timeout_s=timeout_s, max_rows=max_rows), False


def _predicted_sql(pred: Any) -> str | None:
    sql = getattr(pred, "sql", None)
    return sql if isinstance(sql, str) and sql.strip() else None


def make_execution_match(
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    subset: bool = False,
) -> Metric:
    """Build an execution-match metric with its own limits (see the module docstring).

    Args:
        timeout_s: time limit for each of the gold and predicted SQL.
        max_rows: most rows a query may return, or a table may hold after a write.
        subset: score reads by :func:`results_subset_match` (extra columns allowed) instead of
            strict equality; writes are compared by state either way.

    Returns:
        ``metric(example, pred, trace=None) -> bool``; ``example`` needs ``sql_context`` and
        ``sql``, ``pred`` needs ``sql``.

    Raises:
        GoldSQLError: (from the metric) the example's context or gold SQL fails.
    """

    def execution_match(example: dspy.Example, pred: Any, trace: object | None = None) -> bool:
        del trace  # the score does not depend on how the prediction was made
        try:
            gold, ordered = _gold_outcome(example.sql_context, example.sql, timeout_s, max_rows)
        except SandboxError as exc:
            raise GoldSQLError(f"example {example.get('id')!r}: gold SQL fails: {exc}") from exc
        sql = _predicted_sql(pred)
        if sql is None:
            return False
        sandbox = _sandbox(example.sql_context)
        try:
            if isinstance(gold, DatabaseState):
                state = sandbox.execute_write(sql, timeout_s=timeout_s, max_rows=max_rows)
                return states_match(gold, state)
            result = sandbox.query(sql, timeout_s=timeout_s, max_rows=max_rows)
        except SandboxError:
            return False
        compare = results_subset_match if subset else results_match
        return compare(gold, result, ordered=ordered)

    return execution_match


execution_match: Metric = make_execution_match()
"""Execution match with the default limits (2 s, 10,000 rows)."""

subset_execution_match: Metric = make_execution_match(subset=True)
"""Subset execution match (defog sql-eval): the gold columns among the predicted ones."""


def canonical_sql(sql: str, dialect: str = "sqlite") -> str | None:
    """Regenerate SQL in one canonical spelling: sqlglot's SQLite output, identifiers lowercased.

    Args:
        sql: one or more statements.
        dialect: the dialect to parse it with.

    Returns:
        The canonical text (statements joined by "; "), or None if it does not parse.
    """
    try:
        trees = [t for t in sqlglot.parse(sql, read=dialect) if t is not None]
    except SqlglotError:
        return None
    return "; ".join(t.sql(dialect="sqlite", normalize=True) for t in trees) or None


def exact_match(example: dspy.Example, pred: Any, trace: object | None = None) -> bool:
    """Score whether the predicted SQL equals the gold after sqlglot normalisation.

    Args:
        example: needs ``sql`` (the gold).
        pred: needs ``sql``.
        trace: unused; part of DSPy's metric signature.

    Returns:
        True if both parse and regenerate to the same canonical text.

    Raises:
        GoldSQLError: the gold SQL does not parse.
    """
    del trace
    gold = canonical_sql(example.sql)
    if gold is None:
        raise GoldSQLError(f"example {example.get('id')!r}: gold SQL does not parse")
    sql = _predicted_sql(pred)
    return sql is not None and canonical_sql(sql) == gold


# dspy ships no type information, so mypy sees Signature as Any.
class JudgeSQL(dspy.Signature):  # type: ignore[misc]
    """Decide whether the predicted SQL query correctly answers the question, given the
    database context. The reference SQL is one correct answer; a different query that returns
    the same result is also correct."""

    question: str = dspy.InputField(desc="the question, in natural language")
    sql_context: str = dspy.InputField(desc="CREATE TABLE and INSERT statements of the database")
    gold_sql: str = dspy.InputField(desc="a reference SQL query known to answer the question")
    predicted_sql: str = dspy.InputField(desc="the SQL query to judge")
    correct: Literal["Yes", "No"] = dspy.OutputField(
        desc="Yes if the predicted SQL correctly answers the question, otherwise No"
    )


def make_llm_judge(judge_lm: dspy.BaseLM) -> Metric:
    """Build the origin's LLM-as-judge metric, asking ``judge_lm`` for a Yes/No verdict.

    Unlike the origin's judge, ours also sees the gold SQL, as a reference. Judge errors
    (unreachable LM, unparseable verdict) propagate: scoring them 0 would hide them.

    Args:
        judge_lm: the judge's LM, configured apart from the program's LM.

    Returns:
        ``metric(example, pred, trace=None) -> bool``: True when the judge says "Yes".
    """
    judge = dspy.Predict(JudgeSQL)

    def llm_judge(example: dspy.Example, pred: Any, trace: object | None = None) -> bool:
        del trace
        sql = _predicted_sql(pred)
        if sql is None:
            return False
        with dspy.context(lm=judge_lm):
            verdict = judge(
                question=example.question,
                sql_context=example.sql_context,
                gold_sql=example.sql,
                predicted_sql=sql,
            )
        return bool(verdict.correct == "Yes")

    return llm_judge
