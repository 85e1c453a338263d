"""The Text2SQL DSPy program: defined once, compiled by the optimizer, served by the service.

The optimizer imports :class:`Text2SQLProgram` to compile it and saves its state with DSPy's own
``module.save``; the service builds the same class and loads that state. Self-correction (the
``repair`` predictor) is part of the program, so its instructions and demos are compiled and
saved with it too.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

import dspy
from dspy.utils.exceptions import AdapterParseError

from app.demo_retrieval import DemoPoolSpec, DemoRetriever, build_retriever

KNN_STATE_KEY = "knn"

P = ParamSpec("P")
R = TypeVar("R")


class GenerateSQL(dspy.Signature):
    """Write one SQL query that answers the question about the database described by the schema.
    Use only tables and columns that the schema defines. Answer with the SQL statement only."""

    sql_context: str = dspy.InputField(
        desc="CREATE TABLE statements of the database, sometimes followed by sample INSERT rows"
    )
    question: str = dspy.InputField(desc="the question, in natural language")
    sql: str = dspy.OutputField(desc="one SQL statement, without explanation")


class RepairSQL(dspy.Signature):
    """A checker rejected the previous SQL written for this question. Write a corrected SQL
    statement that fixes every listed issue, using only tables and columns that the schema
    defines. Answer with the SQL statement only."""

    sql_context: str = dspy.InputField(
        desc="CREATE TABLE statements of the database, sometimes followed by sample INSERT rows"
    )
    question: str = dspy.InputField(desc="the question, in natural language")
    previous_sql: str = dspy.InputField(desc="the SQL that was rejected")
    issues: str = dspy.InputField(desc="what the checker found wrong with it, one issue a line")
    sql: str = dspy.OutputField(desc="one corrected SQL statement, without explanation")


def _predictor(signature: type[dspy.Signature], chain_of_thought: bool) -> dspy.Module:
    return dspy.ChainOfThought(signature) if chain_of_thought else dspy.Predict(signature)


def _salvage(error: AdapterParseError) -> dspy.Prediction:
    """Keep the raw answer when the model ignored DSPy's output format.

    Small models often answer with bare SQL instead of DSPy's field markers. The checker extracts
    SQL from prose and code fences, so the raw text is still a usable candidate; throwing it away
    would turn a formatting slip into a failed request.
    """
    return dspy.Prediction(sql=str(error.lm_response or ""), format_ok=False)


def salvaging(method: Callable[P, R]) -> Callable[P, R]:
    """Answer with :func:`_salvage` when ``method`` (sync or async) cannot parse the model's
    answer: the one place the program turns a format slip into a candidate."""
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def salvaged_async(*args: P.args, **kwargs: P.kwargs) -> Any:
            try:
                return await method(*args, **kwargs)
            except AdapterParseError as error:
                return _salvage(error)

        return cast(Callable[P, R], salvaged_async)

    @functools.wraps(method)
    def salvaged(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except AdapterParseError as error:
            return cast(R, _salvage(error))

    return salvaged


class Text2SQLProgram(dspy.Module):
    """question + schema -> SQL, with a repair step driven by checker feedback.

    Args:
        chain_of_thought: reason before answering (``dspy.ChainOfThought``) instead of answering
            directly (``dspy.Predict``). Kept as a switch so each gain is measured on its own.

    A program may also select its ``generate`` demos per question (:meth:`use_similar_demos`):
    then the pool and ``k`` are saved in the file under ``"knn"`` and the retriever is rebuilt
    by :meth:`load_state`, so the file that was measured is the file that is served.
    """

    def __init__(self, chain_of_thought: bool = False) -> None:
        super().__init__()
        self.chain_of_thought = chain_of_thought
        self.generate = _predictor(GenerateSQL, chain_of_thought)
        self.repair = _predictor(RepairSQL, chain_of_thought)
        self.demo_retriever: DemoRetriever | None = None

    def use_similar_demos(self, spec: DemoPoolSpec) -> None:
        """Choose the ``spec.k`` pool examples nearest to each question as its demos."""
        self.demo_retriever = build_retriever(spec)

    def _demo_kwargs(self, demos: list[dspy.Example] | None) -> dict[str, Any]:
        return {} if demos is None else {"demos": demos}

    @salvaging
    def forward(self, question: str, sql_context: str) -> dspy.Prediction:
        demos = self.demo_retriever(question) if self.demo_retriever else None
        return self.generate(question=question, sql_context=sql_context, **self._demo_kwargs(demos))

    @salvaging
    async def aforward(self, question: str, sql_context: str) -> dspy.Prediction:
        demos = None
        if self.demo_retriever is not None:
            # Embedding a question is CPU work (~15 ms); off the event loop it stalls no one.
            demos = await asyncio.to_thread(self.demo_retriever, question)
        return await self.generate.acall(
            question=question, sql_context=sql_context, **self._demo_kwargs(demos)
        )

    @salvaging
    async def afix(
        self, question: str, sql_context: str, previous_sql: str, issues: list[str]
    ) -> dspy.Prediction:
        return await self.repair.acall(
            question=question,
            sql_context=sql_context,
            previous_sql=previous_sql,
            issues="\n".join(issues),
        )

    def dump_state(self, json_mode: bool = True) -> dict[str, Any]:
        state: dict[str, Any] = super().dump_state(json_mode=json_mode)
        if self.demo_retriever is not None:
            state[KNN_STATE_KEY] = self.demo_retriever.spec.to_state()
        return state

    def load_state(self, state: dict[str, Any], **kwargs: Any) -> None:
        """Load predictors, then rebuild the demo retriever if the file selects demos.

        Raises:
            ProgramLoadError: the ``knn`` block is malformed.
            EmbedderUnavailableError: it is fine, but the embedding model is not installed.
        """
        spec = DemoPoolSpec.from_state(state[KNN_STATE_KEY]) if KNN_STATE_KEY in state else None
        super().load_state(state, **kwargs)
        self.demo_retriever = build_retriever(spec) if spec is not None else None


def predictor_names(chain_of_thought: bool) -> set[str]:
    """The keys DSPy writes into a saved program of this shape (used to validate files)."""
    return {name for name, _ in Text2SQLProgram(chain_of_thought).named_predictors()}


def infer_chain_of_thought(state: dict[str, Any]) -> bool:
    """Tell from a saved state which shape of the program wrote it."""
    for chain_of_thought in (False, True):
        if predictor_names(chain_of_thought) <= state.keys():
            return chain_of_thought
    raise ValueError(
        "the file does not hold a Text2SQL program: expected predictors "
        f"{sorted(predictor_names(False))} or {sorted(predictor_names(True))}, "
        f"found {sorted(k for k in state if k != 'metadata')}"
    )
