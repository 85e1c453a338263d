"""Generate, check, repair: the loop that turns a question into checked SQL.

No FastAPI here: the service calls :func:`generate_checked` per request and the optimizer's
evaluation calls the same function, so the pipeline that was measured is the one that serves.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import dspy
from dspy.utils import exceptions as dspy_errors
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from app.candidates.vote import Ballot, Vote, cast_ballot, choose
from app.config import Settings
from app.errors import (
    DeadlineExceededError,
    LimitExceededError,
    LMBadResponseError,
    LMTimeoutError,
    LMUnavailableError,
    OverloadedError,
    Text2SQLError,
)
from app.lm import build_lm
from app.observability import timed_lm_call
from app.program import Text2SQLProgram
from app.sandbox import QueryRunner, Sandbox, SandboxError
from app.sqlcheck import CheckResult, SchemaInfo, check_sql

logger = logging.getLogger(__name__)


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, prediction: Any) -> None:
        usage = prediction.get_lm_usage() if hasattr(prediction, "get_lm_usage") else None
        for entry in (usage or {}).values():
            self.prompt_tokens += int(entry.get("prompt_tokens") or 0)
            self.completion_tokens += int(entry.get("completion_tokens") or 0)


@dataclass
class GenerationResult:
    check: CheckResult
    attempts: int
    usage: Usage
    history: list[CheckResult] = field(default_factory=list)
    lm_seconds: float = 0.0
    votes: list[Vote] = field(default_factory=list)
    """One per attempt: candidates made, valid and agreeing."""
    tables_seen: list[str] = field(default_factory=list)
    """Tables the model was shown (empty: the schema as sent, all of it)."""


def _answers(prediction: Any) -> list[str]:
    """Every candidate answer of one LM call (``n`` > 1 gives several)."""
    completions = getattr(prediction, "completions", None)
    try:
        answers = [str(a or "") for a in completions.sql] if completions is not None else []
    except (AttributeError, KeyError):
        answers = []
    return answers or [str(prediction.sql or "")]


def build_sandbox(schema_text: str, dialect: str) -> Sandbox | None:
    """The request's schema as a database to run candidates on; None if it cannot be built."""
    try:
        return Sandbox(schema_text, dialect=dialect)
    except SandboxError:
        return None


def _ballots(
    answers: list[str],
    schema: SchemaInfo,
    dialect: str,
    allow_write: bool,
    sandbox: QueryRunner | None,
    forgive_errors: bool = True,
) -> list[Ballot]:
    ballots = []
    for index, answer in enumerate(answers):
        ballot = cast_ballot(
            index, check_sql(answer, schema, dialect, allow_write), sandbox, dialect
        )
        if ballot.error is not None and dialect != "sqlite" and forgive_errors:
            # The sandbox is SQLite: another dialect's SQL may fail there and still be right.
            # It then only stays out of the comparison; it is not refused.
            ballot = Ballot(index, ballot.check)
        ballots.append(ballot)
    return ballots


def _is_transient(error: BaseException) -> bool:
    """Worth another try: the endpoint may answer next time."""
    return isinstance(
        error,
        TimeoutError
        | dspy_errors.LMTransportError
        | dspy_errors.LMServerError
        | dspy_errors.LMRateLimitError,
    )


def translate_lm_error(error: BaseException) -> Text2SQLError:
    """Map DSPy's LM errors to the service's typed errors (and so to HTTP codes)."""
    if isinstance(error, TimeoutError) or (
        isinstance(error, dspy_errors.LMTransportError) and "timed out" in str(error)
    ):
        return LMTimeoutError("the language model did not answer in time")
    if isinstance(error, dspy_errors.LMTransportError):
        return LMUnavailableError(f"the language model endpoint is unreachable: {error.message}")
    if isinstance(error, dspy_errors.LMRateLimitError):
        retry_after = int(error.retry_after or 5)
        return LMUnavailableError("the language model is rate limiting", retry_after_s=retry_after)
    if isinstance(error, dspy_errors.ContextWindowExceededError):
        return LimitExceededError("the schema and question do not fit the model's context window")
    if isinstance(error, dspy_errors.LMServerError) and error.status == 503:
        return LMUnavailableError("the language model is overloaded or starting")
    if isinstance(error, dspy_errors.LMAuthError):
        return LMBadResponseError("the language model refused the service's API key")
    if isinstance(error, dspy_errors.LMError):
        return LMBadResponseError(f"the language model answered with an error: {error.message}")
    return LMBadResponseError(f"the language model call failed: {type(error).__name__}")


class LMGateway:
    """Every LM call of the service goes through here: concurrency cap, timeout, retries."""

    def __init__(self, settings: Settings, lm: dspy.LM | None = None) -> None:
        self.settings = settings
        self.lm = lm or build_lm(settings)
        # Without the JSON fallback a format slip costs one LM call, not two; the program
        # salvages the raw answer and the checker extracts the SQL from it.
        self.adapter = dspy.ChatAdapter(use_json_adapter_fallback=False)
        self._slots = asyncio.Semaphore(settings.lm_max_concurrency)

    async def call(self, fn: Callable[[], Awaitable[dspy.Prediction]]) -> dspy.Prediction:
        """Run one program call under the slot cap with bounded, backed-off retries."""
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=self.settings.lm_queue_timeout_s)
        except TimeoutError:
            raise OverloadedError(
                "too many requests are waiting for the language model", retry_after_s=2
            ) from None
        try:
            with timed_lm_call():
                return await self._with_retries(fn)
        finally:
            self._slots.release()

    async def _with_retries(self, fn: Callable[[], Awaitable[dspy.Prediction]]) -> dspy.Prediction:
        retrying = AsyncRetrying(
            retry=retry_if_exception(_is_transient),
            stop=stop_after_attempt(self.settings.lm_retries + 1),
            wait=wait_exponential_jitter(initial=self.settings.lm_retry_backoff_s, max=8),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    # No history and no trace: DSPy would keep the last 10,000 calls in each
                    # (about 90 MiB, users' questions and schemas included) in a server.
                    with dspy.context(
                        lm=self.lm,
                        adapter=self.adapter,
                        track_usage=True,
                        disable_history=True,
                        max_trace_size=0,
                    ):
                        # The client has its own timeout; this one also bounds time spent
                        # inside DSPy and guarantees a stuck call cannot hold a slot forever.
                        async with asyncio.timeout(self.settings.lm_timeout_s + 1):
                            return await fn()
        except Text2SQLError:
            raise
        except Exception as error:
            logger.warning("LM call failed: %s: %s", type(error).__name__, error)
            raise translate_lm_error(error) from error
        raise AssertionError("unreachable: tenacity reraises the last error")


async def generate_checked(
    program: Text2SQLProgram,
    gateway: LMGateway,
    *,
    question: str,
    schema_text: str,
    schema: SchemaInfo,
    dialect: str,
    allow_write: bool,
    max_attempts: int,
    executor: QueryRunner | None = None,
) -> GenerationResult:
    """Ask the program for SQL, check it, and feed the checker's issues back until it passes.

    Candidates run on ``executor`` (a named database) when given, else on a SQLite sandbox
    built from the schema text; a database's errors are issues like the checker's.

    Returns the first candidate that passes, or the last one with its issues (``valid`` false).
    """
    usage = Usage()
    history: list[CheckResult] = []
    votes: list[Vote] = []
    tables_seen: list[str] = []
    loop = asyncio.get_running_loop()
    lm_seconds = 0.0
    sandbox: Sandbox | None = None
    try:
        async with asyncio.timeout(gateway.settings.request_deadline_s):
            if executor is None:
                sandbox = await asyncio.to_thread(build_sandbox, schema_text, dialect)
            runner = executor if executor is not None else sandbox
            for _ in range(max_attempts):
                started = loop.time()
                if not history:
                    prediction = await gateway.call(
                        lambda: program.acall(question=question, sql_context=schema_text)
                    )
                    tables_seen = list(getattr(prediction, "tables_seen", None) or [])
                else:
                    last = history[-1]
                    prediction = await gateway.call(
                        lambda last=last: program.afix(  # type: ignore[misc]
                            question=question,
                            sql_context=schema_text,
                            previous_sql=last.sql,
                            issues=last.issues,
                        )
                    )
                lm_seconds += loop.time() - started
                usage.add(prediction)
                answers = _answers(prediction)
                # Checking and running candidates is CPU work: off the event loop.
                ballots = await asyncio.to_thread(
                    _ballots, answers, schema, dialect, allow_write, runner, executor is None
                )
                vote = choose(ballots)
                votes.append(vote)
                history.append(vote.chosen)
                if vote.chosen.valid:
                    break
    except TimeoutError:
        raise DeadlineExceededError(
            f"no checked SQL within the request deadline of {gateway.settings.request_deadline_s}s"
        ) from None
    finally:
        if sandbox is not None:
            sandbox.close()
    return GenerationResult(
        history[-1], len(history), usage, history, lm_seconds, votes, tables_seen
    )
