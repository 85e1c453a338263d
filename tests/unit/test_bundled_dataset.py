"""The bundled dataset (optimizer/data/bundled/*.jsonl): shape, coverage, and every gold SQL.

Every gold SQL must run in the sandbox and mean something: a read must return at least one row
that is not all NULL (otherwise any query that returns nothing would score as correct), and a
write must change the database (otherwise doing nothing would score as correct).
"""

from __future__ import annotations

import json
from collections import Counter

import dspy
import pytest

from app.execution import Sandbox, SandboxError, is_query
from optimizer.datasets import BUNDLED_DIR, is_write_task, load_bundled

MIN_EXAMPLES = 250
MIN_DOMAINS = 25
COMPLEXITY_LEVELS = {
    "basic SQL",
    "aggregation",
    "single join",
    "multiple_joins",
    "subqueries",
    "window functions",
    "set operations",
    "CTEs",
}


@pytest.fixture(scope="module")
def examples() -> list[dspy.Example]:
    return load_bundled()


def gold_problem(example: dspy.Example) -> str | None:
    """Run one example's gold SQL; return what is wrong with it, or None."""
    try:
        with Sandbox(example.sql_context) as sandbox:
            if not is_query(example.sql):
                changed = sandbox.execute_write(example.sql) != sandbox.state()
                return None if changed else "write changes nothing"
            rows = sandbox.query(example.sql).rows
    except SandboxError as exc:
        return f"{type(exc).__name__}: {exc}"
    if not rows:
        return "read returns no rows"
    if all(value is None for row in rows for value in row):
        return "read returns only NULLs"
    return None


def test_every_gold_sql_runs_and_means_something(examples: list[dspy.Example]) -> None:
    problems = [f"{e.id}: {p}" for e in examples if (p := gold_problem(e)) is not None]
    assert not problems, f"{len(problems)} bad gold SQL:\n" + "\n".join(problems)


def test_ids_are_unique(examples: list[dspy.Example]) -> None:
    repeated = [i for i, n in Counter(e.id for e in examples).items() if n > 1]
    assert not repeated, f"repeated ids: {repeated}"


def test_questions_are_unique(examples: list[dspy.Example]) -> None:
    counts = Counter(" ".join(e.question.lower().split()) for e in examples)
    repeated = [q for q, n in counts.items() if n > 1]
    assert not repeated, f"repeated sql_prompt: {repeated}"


def test_one_domain_per_file() -> None:
    mixed = {}
    for path in sorted(BUNDLED_DIR.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        domains = {json.loads(line)["domain"] for line in lines if line.strip()}
        if len(domains) != 1:
            mixed[path.name] = sorted(domains)
    assert not mixed, f"files with other than one domain: {mixed}"


def test_size_and_domain_coverage(examples: list[dspy.Example]) -> None:
    domains = {e.domain for e in examples}
    assert len(examples) >= MIN_EXAMPLES, f"only {len(examples)} examples"
    assert len(domains) >= MIN_DOMAINS, f"only {len(domains)} domains: {sorted(domains)}"


def test_every_complexity_level_is_present(examples: list[dspy.Example]) -> None:
    present = {e.sql_complexity for e in examples}
    assert COMPLEXITY_LEVELS <= present, f"missing: {sorted(COMPLEXITY_LEVELS - present)}"
    assert present <= COMPLEXITY_LEVELS, f"unknown levels: {sorted(present - COMPLEXITY_LEVELS)}"


def test_write_tasks_are_present(examples: list[dspy.Example]) -> None:
    assert any(is_write_task(e) for e in examples)
