"""Generate, check, repair: the loop that turns a question into checked SQL.

No FastAPI here: the service calls :func:`generate_checked` per request and the optimizer's
evaluation calls the same function, so the pipeline that was measured is the one that serves.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import dspy

from app.candidates.likelihood import answer_likelihoods
from app.candidates.second_looks import Doubt, doubts, ignored_values
from app.candidates.vote import Ballot, Vote, choose, judge_answers
from app.checking import CheckResult, SchemaInfo
from app.errors import DeadlineExceededError
from app.execution import QueryRunner, Sandbox, SandboxError
from app.grammar import build_sql_grammar
from app.grammar.ddl import grammar_tables
from app.lm.gateway import LMGateway
from app.program import Text2SQLProgram
from app.prompt.conversation import Turn, conversation_text

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
    stopped_early: bool = False
    """The deadline cut short a second look at a checked answer, which is returned."""


def _answers(prediction: Any) -> list[str]:
    """Every candidate answer of one LM call (``n`` > 1 gives several)."""
    completions = getattr(prediction, "completions", None)
    try:
        answers = [str(a or "") for a in completions.sql] if completions is not None else []
    except (AttributeError, KeyError):
        answers = []
    return answers or [str(prediction.sql or "")]


def schema_grammar(schema: SchemaInfo, dialect: str) -> str | None:
    """The grammar of the parsed schema's names (app.grammar); None if it defines no table."""
    tables = grammar_tables(schema)
    return build_sql_grammar(tables, dialect) if tables else None


def build_sandbox(schema_text: str, dialect: str) -> Sandbox | None:
    """The request's schema as a database to run candidates on; None if it cannot be built."""
    try:
        return Sandbox(schema_text, dialect=dialect)
    except SandboxError:
        return None


def _repeats(ballots: list[Ballot], previous: CheckResult) -> bool:
    """Whether every ballot is ``previous`` again (the same checked SQL)."""
    return all(ballot.check.sql == previous.sql for ballot in ballots)


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
    earlier_turns: Sequence[Turn] = (),
) -> GenerationResult:
    """Ask the program for SQL, check it, and feed the checker's issues back until it passes.

    ``earlier_turns``: the conversation's earlier turns when the question follows them; every
    prompt (first answer, sampled candidates, repairs) shows them before the question.

    Candidates run on ``executor`` (a named database) when given, else on a SQLite sandbox
    built from the schema text; a database's errors are issues like the checker's.

    Returns the first candidate that passes, or the last one with its issues (``valid`` false).
    When the deadline passes while a checked answer is being doubted (``fallback-empty``: it
    returned no rows and sampled candidates are on their way), that answer is returned with
    ``stopped_early``: losing a checked SQL to a second opinion would serve the client nothing.
    A checked answer that still finds no rows, comparing a column with a value no row of it
    holds (app.candidates.unmatched_values), gets one repair round naming the values the column
    does hold; it stays the answer unless that repair passes and finds rows. Rows that ignore a
    value the question names get one too, and stand unless the repair uses it; so do rows kept
    to a declared value the question never says, unless the repair drops it (second_looks).

    Raises:
        DeadlineExceededError: the deadline passed before any candidate passed the checks.
    """
    usage = Usage()
    history: list[CheckResult] = []
    votes: list[Vote] = []
    tables_seen: list[str] = []
    loop = asyncio.get_running_loop()
    lm_seconds = 0.0
    stopped_early = False
    sandbox: Sandbox | None = None
    # A checked answer that found no rows, held while a repair names the values its
    # comparisons missed; it stays the answer unless the repair passes and finds rows.
    held: CheckResult | None = None
    # Held for a value the question names that it did not use: the repair must use it.
    held_unused = unresolved = False
    doubt = Doubt([])  # the last second look; a repair of a doubt not firm is not resampled
    try:
        async with asyncio.timeout(gateway.settings.request_deadline_s):
            if executor is None:
                sandbox = await asyncio.to_thread(build_sandbox, schema_text, dialect)
            runner = executor if executor is not None else sandbox
            # An empty result from a table without rows says nothing about the SQL (a schema
            # sent without sample rows): only a named database's or sample rows' emptiness does.
            empty_tables = sandbox.empty_tables if sandbox is not None else frozenset()
            grammar = None
            # The grammar allows only reads: a request that may write is not constrained.
            constrained = program.config.constrained_decoding and not allow_write
            if constrained and gateway.settings.constrained_decoding:
                grammar = await asyncio.to_thread(schema_grammar, schema, dialect)
            # Fallback mode: a failed greedy answer is followed by sampled candidates of the
            # same prompt before any repair prompt.
            fallback_pending = program.config.candidates > 1 and not program.samples_first()
            resample_empty = program.config.candidate_mode == "fallback-empty"
            # What the checker's corrections read as asked (a month, a year): the whole
            # conversation, since a follow-up keeps the periods its earlier questions named.
            asked = conversation_text(question, earlier_turns)
            carried: list[Ballot] = []
            repair_from: CheckResult | None = None

            def repair(last: CheckResult, sample: bool = False) -> Awaitable[dspy.Prediction]:
                return program.afix(
                    question=question,
                    sql_context=schema_text,
                    previous_sql=last.sql,
                    issues=last.issues,
                    grammar=grammar,
                    dialect=dialect,
                    earlier_turns=earlier_turns,
                    sample=sample,
                )

            async def judged(prediction: Any) -> list[Ballot]:
                answers = _answers(prediction)
                # Checking and running candidates is CPU work: off the event loop.
                return await asyncio.to_thread(
                    judge_answers,
                    answers,
                    schema,
                    dialect,
                    allow_write,
                    runner,
                    executor is None,
                    asked,
                    answer_likelihoods(prediction, len(answers)),
                )

            for _ in range(max_attempts):
                started = loop.time()
                last: CheckResult | None = None  # the answer a repair round repairs
                if not history:
                    prediction = await gateway.call(
                        lambda: program.acall(
                            question=question,
                            sql_context=schema_text,
                            grammar=grammar,
                            dialect=dialect,
                            earlier_turns=earlier_turns,
                        )
                    )
                    tables_seen = list(getattr(prediction, "tables_seen", None) or [])
                elif fallback_pending and repair_from is None:
                    fallback_pending = False
                    prediction = await gateway.call(
                        lambda: program.acall(
                            question=question,
                            sql_context=schema_text,
                            grammar=grammar,
                            sample=True,
                            dialect=dialect,
                            earlier_turns=earlier_turns,
                        )
                    )
                else:
                    last = repair_from or history[-1]
                    prediction = await gateway.call(partial(repair, last))
                lm_seconds += loop.time() - started
                usage.add(prediction)

                ballots = await judged(prediction)
                # Only the round after a second look repairs ``repair_from``.
                resample = program.config.candidates > 1 and (repair_from is None or doubt.firm)
                if last is not None and _repeats(ballots, last) and resample:
                    # The greedy repair wrote the refused SQL again, a wasted round: sampled
                    # repairs of the same prompt, those that differ from it voting.
                    started = loop.time()
                    prediction = await gateway.call(partial(repair, last, sample=True))
                    lm_seconds += loop.time() - started
                    usage.add(prediction)
                    sampled = await judged(prediction)
                    ballots = [b for b in sampled if not _repeats([b], last)] or sampled
                # A doubted greedy answer (fallback-empty) votes again with the samples.
                ballots = [*carried, *(replace(b, index=b.index + len(carried)) for b in ballots)]
                vote = choose(ballots)
                votes.append(vote)
                history.append(vote.chosen)
                carried = []
                repair_from = None
                if vote.chosen.valid:
                    rows_exist = not any(
                        table.lower() in empty_tables for table in vote.chosen.tables
                    )
                    if fallback_pending and vote.empty and rows_exist and resample_empty:
                        carried = list(vote.runnable)
                        continue
                    # No rows, or a count of none: a value no row holds is worth a repair;
                    # rows that ignore a value the question names are worth one too.
                    nothing = vote.found_nothing and rows_exist
                    if held is not None or sandbox is None:
                        if held_unused and not nothing and sandbox is not None:
                            unresolved = bool(
                                await asyncio.to_thread(
                                    ignored_values, vote.chosen, question, schema, dialect, sandbox
                                )
                            )
                        break
                    if not nothing and not rows_exist:
                        break  # no sample rows to read values from
                    doubt = await asyncio.to_thread(
                        doubts, vote.chosen, nothing, question, schema, dialect, sandbox
                    )
                    held_unused = not nothing
                    if not doubt.issues:
                        break
                    held = vote.chosen
                    logger.info("second look at a checked answer", extra={"doubts": doubt.issues})
                    repair_from = replace(vote.chosen, valid=False, issues=doubt.issues)
    except TimeoutError:
        # A passing answer ends the loop unless it is being doubted: then it is the last one.
        if not (history and history[-1].valid):
            raise DeadlineExceededError(
                "no checked SQL within the request deadline of "
                f"{gateway.settings.request_deadline_s}s"
            ) from None
        stopped_early = True
    finally:
        if sandbox is not None:
            sandbox.close()
    final = history[-1]
    if held is not None and (unresolved or not (final.valid and not votes[-1].found_nothing)):
        final = held  # the repair found no better answer: the held one stands
    return GenerationResult(
        final, len(history), usage, history, lm_seconds, votes, tables_seen, stopped_early
    )
