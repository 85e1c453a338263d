"""Evaluate a program through the serving pipeline: generate, check, repair, then execute.

Every example goes through :func:`app.generation.generate_checked`, the function ``POST /sql``
calls, with the service's settings (attempts, deadline, retries, token limit), so the score is
the score of what is served. Examples run concurrently under a bound: the CPU vLLM server
batches about 8 requests well (model_serve/BENCHMARKS.md). LM answers are cached on disk
(``optimizer.runtime``), so an interrupted evaluation re-run resumes from where it stopped.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import dspy
from dspy.utils.exceptions import AdapterParseError
from tqdm.auto import tqdm

from app.config import Settings
from app.errors import LMBadResponseError, LMUnavailableError, Text2SQLError
from app.generation import generate_checked
from app.lm.gateway import LMGateway
from app.program import Text2SQLProgram
from optimizer.datasets import is_write_task
from optimizer.metrics import GoldSQLError, Metric, exact_match
from optimizer.scoring import DIALECT, example_schema, score_checked

DEFAULT_CONCURRENCY = 8


class EvaluationAborted(RuntimeError):
    """The LM endpoint failed in a way that is not the program's fault (down, bad key)."""


@dataclass
class ExampleResult:
    """What happened to one example; written to the per-example predictions file."""

    id: str
    sql_complexity: str
    sql_task_type: str
    write: bool
    question: str
    gold_sql: str
    sql: str
    valid: bool
    correct: bool
    executes_right: bool
    attempts: int
    issues: list[str] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)
    """Changes the checker made to the answer (app.checking.qualifiers)."""
    error: str | None = None
    lm_seconds: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    exact_match: bool = False
    """The SQL equals the gold after sqlglot normalisation (diagnostic; stricter than EX)."""
    subset_correct: bool = False
    """Valid, and the gold's columns are among the result's, rows aligned (defog subset EX)."""
    candidates: int = 1
    """Candidates the model wrote in the last round."""
    agreeing: int = 0
    """Of those, how many agreed with the chosen answer's result."""
    judged: bool | None = None
    """The judge LM's Yes/No (None: no judge configured, or no verdict, see judge_error)."""
    judge_error: str | None = None


@dataclass
class Summary:
    """Counts for one split; rates are derived so the counts stay the source of truth."""

    n: int
    correct: int
    valid: int
    executes_right: int
    errors: int
    attempts: int
    by_complexity: dict[str, dict[str, int]]
    by_task_type: dict[str, dict[str, int]]
    exact_match: int = 0
    subset_correct: int = 0
    """Examples right by defog's subset match (gold columns among the predicted ones)."""
    prompt_tokens: int = 0
    lm_seconds: float = 0.0
    judged_yes: int | None = None
    """Examples the judge LM called correct (None: no judge configured)."""
    judge_unparsed: int = 0
    """Examples whose verdict was neither Yes nor No (counted as not correct)."""

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def valid_rate(self) -> float:
        return self.valid / self.n if self.n else 0.0

    @property
    def mean_attempts(self) -> float:
        return self.attempts / self.n if self.n else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "execution_accuracy": round(self.accuracy, 4),
            "valid_rate": round(self.valid_rate, 4),
            "mean_attempts": round(self.mean_attempts, 3),
            "exact_match_rate": round(self.exact_match / self.n, 4) if self.n else 0.0,
            "subset_accuracy": round(self.subset_correct / self.n, 4) if self.n else 0.0,
            "mean_prompt_tokens": round(self.prompt_tokens / self.n, 1) if self.n else 0.0,
            "judge_accuracy": (
                round(self.judged_yes / self.n, 4)
                if self.judged_yes is not None and self.n
                else None
            ),
        }


def _breakdown(results: Sequence[ExampleResult], key: str) -> dict[str, dict[str, int]]:
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for result in results:
        group = groups[str(getattr(result, key))]
        group["n"] += 1
        group["correct"] += int(result.correct)
        group["valid"] += int(result.valid)
    return {name: dict(counts) for name, counts in sorted(groups.items())}


def summarize(results: Sequence[ExampleResult]) -> Summary:
    """Aggregate per-example results into counts, with per-complexity and per-task breakdowns."""
    return Summary(
        n=len(results),
        correct=sum(r.correct for r in results),
        valid=sum(r.valid for r in results),
        executes_right=sum(r.executes_right for r in results),
        errors=sum(r.error is not None for r in results),
        attempts=sum(r.attempts for r in results),
        by_complexity=_breakdown(results, "sql_complexity"),
        by_task_type=_breakdown(results, "sql_task_type"),
        exact_match=sum(r.exact_match for r in results),
        subset_correct=sum(r.subset_correct for r in results),
        prompt_tokens=sum(r.prompt_tokens for r in results),
        lm_seconds=round(sum(r.lm_seconds for r in results), 1),
        judged_yes=(
            sum(bool(r.judged) for r in results)
            if any(r.judged is not None or r.judge_error for r in results)
            else None
        ),
        judge_unparsed=sum(r.judge_error is not None for r in results),
    )


def _exact_match(example: dspy.Example, sql: str) -> bool:
    try:
        return exact_match(example, dspy.Prediction(sql=sql))
    except GoldSQLError:
        return False  # gold that sqlglot cannot parse: execution accuracy still scores it


def _failed(example: dspy.Example, error: Text2SQLError) -> ExampleResult:
    """An example the pipeline gave no SQL for (bad schema, timeout): scored wrong."""
    return ExampleResult(
        **_identity(example),
        sql="",
        valid=False,
        correct=False,
        executes_right=False,
        attempts=0,
        issues=[error.message],
        error=error.code,
    )


def _identity(example: dspy.Example) -> dict[str, Any]:
    return {
        "id": str(example.get("id")),
        "sql_complexity": str(example.get("sql_complexity")),
        "sql_task_type": str(example.get("sql_task_type")),
        "write": is_write_task(example),
        "question": example.question,
        "gold_sql": example.sql,
    }


async def evaluate_example(
    program: Text2SQLProgram,
    gateway: LMGateway,
    example: dspy.Example,
    judge: Metric | None = None,
) -> ExampleResult:
    """Run one example through the serving pipeline and score what it returns.

    ``judge`` (the origin's LLM-as-judge, on its own LM) is asked too when given; execution
    accuracy stays the headline score.

    Raises:
        EvaluationAborted: the LM is unreachable or refuses the key; scoring such failures 0
            would report an outage as a bad program.
    """
    try:
        schema = example_schema(example.sql_context, DIALECT)
    except Text2SQLError as error:
        return _failed(example, error)
    try:
        generation = await generate_checked(
            program,
            gateway,
            question=example.question,
            schema_text=example.sql_context,
            schema=schema,
            dialect=DIALECT,
            allow_write=is_write_task(example),
            max_attempts=gateway.settings.max_attempts,
        )
    except (LMUnavailableError, LMBadResponseError) as error:
        # The error's message is what a client sees; the operator also wants the cause.
        cause = f" ({error.__cause__})" if error.__cause__ else ""
        raise EvaluationAborted(f"example {example.get('id')}: {error.message}{cause}") from error
    except Text2SQLError as error:
        # Timeouts and context overflow: the service would have failed this request too.
        return _failed(example, error)
    check = generation.check
    # Executing and parsing SQL is blocking work (bounded by the sandbox's time limit); keep
    # the loop free.
    score, matched = await asyncio.to_thread(
        lambda: (score_checked(example, check), _exact_match(example, check.sql))
    )
    judged, judge_error = None, None
    if judge is not None:
        try:
            judged = bool(await asyncio.to_thread(judge, example, dspy.Prediction(sql=check.sql)))
        except AdapterParseError as error:
            # A verdict that is neither Yes nor No is recorded, not guessed; an unreachable
            # judge still aborts the run (scoring an outage would hide it).
            judge_error = f"unparsed verdict: {str(error.lm_response or '')[:200]}"
    return ExampleResult(
        **_identity(example),
        sql=check.sql,
        valid=score.valid,
        correct=score.correct,
        executes_right=score.executes_right,
        attempts=generation.attempts,
        issues=check.issues,
        corrections=check.corrections,
        lm_seconds=round(generation.lm_seconds, 3),
        prompt_tokens=generation.usage.prompt_tokens,
        completion_tokens=generation.usage.completion_tokens,
        exact_match=matched,
        subset_correct=score.subset_correct,
        candidates=generation.votes[-1].made if generation.votes else 0,
        agreeing=generation.votes[-1].agreeing if generation.votes else 0,
        judged=judged,
        judge_error=judge_error,
    )


async def evaluate_async(
    program: Text2SQLProgram,
    examples: Sequence[dspy.Example],
    *,
    settings: Settings,
    lm: dspy.LM,
    concurrency: int = DEFAULT_CONCURRENCY,
    label: str = "evaluate",
    judge: Metric | None = None,
) -> list[ExampleResult]:
    """Evaluate examples concurrently (at most ``concurrency`` in flight); keep input order."""
    # Built here, inside the running loop: the gateway's semaphore belongs to one event loop.
    gateway = LMGateway(settings, lm=lm)
    slots = asyncio.Semaphore(concurrency)

    async def one(index: int, example: dspy.Example) -> tuple[int, ExampleResult]:
        async with slots:
            return index, await evaluate_example(program, gateway, example, judge)

    results: list[ExampleResult | None] = [None] * len(examples)
    tasks = [asyncio.create_task(one(i, ex)) for i, ex in enumerate(examples)]
    correct = 0
    try:
        with tqdm(total=len(tasks), desc=label, unit="ex", dynamic_ncols=True) as bar:
            for finished in asyncio.as_completed(tasks):
                index, result = await finished
                results[index] = result
                correct += result.correct
                bar.set_postfix(correct=correct)
                bar.update()
    finally:
        for task in tasks:
            task.cancel()
    return [r for r in results if r is not None]


def evaluate(
    program: Text2SQLProgram,
    examples: Sequence[dspy.Example],
    *,
    settings: Settings,
    lm: dspy.LM,
    concurrency: int = DEFAULT_CONCURRENCY,
    label: str = "evaluate",
    judge: Metric | None = None,
) -> list[ExampleResult]:
    """Synchronous entry point for :func:`evaluate_async` (the CLI and compile use this).

    Args:
        program: the program to run (compiled or not).
        examples: the examples to score.
        settings: the service's settings (attempts, deadline, retries) and LM endpoint.
        lm: the LM to call (from ``optimizer.runtime.build_cached_lm``).
        concurrency: examples in flight at once.
        label: the progress bar's label.
        judge: an LLM-as-judge metric (``optimizer.metrics.make_llm_judge``), or None.

    Returns:
        One result per example, in input order.

    Raises:
        EvaluationAborted: the LM endpoint is down or refuses the key.
    """
    return asyncio.run(
        evaluate_async(
            program,
            examples,
            settings=settings,
            lm=lm,
            concurrency=concurrency,
            label=label,
            judge=judge,
        )
    )
