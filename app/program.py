"""The Text2SQL DSPy program: defined once, compiled by the optimizer, served by the service.

The optimizer imports :class:`Text2SQLProgram` to compile it and saves its state with DSPy's own
``module.save``; the service builds the same class and loads that state. Self-correction (the
``repair`` predictor) is part of the program, so its instructions and demos are compiled and
saved with it too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import dspy
from dspy.utils.exceptions import AdapterParseError

from app.demo_retrieval import DemoPoolSpec, DemoRetriever, build_retriever
from app.program_config import ProgramConfig
from app.prompt.adapter import build_adapter
from app.prompt.conversation import Turn, conversation_text, follow_up_question
from app.prompt.demo_dialect import DEMO_DIALECT, demo_sql_in
from app.prompt.schema_linking import name_words
from app.prompt.schema_view import SchemaView, render_schema, with_dialect_hint
from app.prompt.signatures import GenerateSQL, RepairSQL
from app.prompt.values import sql_literals

KNN_STATE_KEY = "knn"
CONFIG_STATE_KEY = "config"


def _predictor(signature: type[dspy.Signature], chain_of_thought: bool) -> dspy.Module:
    return dspy.ChainOfThought(signature) if chain_of_thought else dspy.Predict(signature)


def _salvage(error: AdapterParseError) -> dspy.Prediction:
    """Keep the raw answer when the model ignored DSPy's output format: small models often
    answer with bare SQL instead of field markers, and the checker extracts SQL from prose and
    code fences, so dropping it would turn a formatting slip into a failed request."""
    return dspy.Prediction(sql=str(error.lm_response or ""), format_ok=False)


class Text2SQLProgram(dspy.Module):
    """question + schema -> SQL, with a repair step driven by checker feedback.

    Args:
        chain_of_thought: reason before answering (``dspy.ChainOfThought``) instead of answering
            directly (``dspy.Predict``). Kept as a switch so each gain is measured on its own.

    A program may also select its ``generate`` demos per question (:meth:`use_similar_demos`):
    then the pool and ``k`` are saved in the file under ``"knn"`` and the retriever is rebuilt
    by :meth:`load_state`, so the file that was measured is the file that is served.
    """

    def __init__(self, chain_of_thought: bool = False, config: ProgramConfig | None = None) -> None:
        super().__init__()
        self.chain_of_thought = chain_of_thought
        self.generate = _predictor(GenerateSQL, chain_of_thought)
        self.repair = _predictor(RepairSQL, chain_of_thought)
        self.demo_retriever: DemoRetriever | None = None
        self.configure(config or ProgramConfig())

    def configure(self, config: ProgramConfig) -> None:
        """Adopt ``config`` (checked: chain of thought needs DSPy's field markers)."""
        if self.chain_of_thought and config.adapter == "sql-chat":
            raise ValueError("the sql-chat adapter answers bare SQL; chain of thought needs chat")
        self.config = config
        self.adapter = build_adapter(config.adapter)

    def schema_view(
        self,
        sql_context: str,
        question: str,
        dialect: str = DEMO_DIALECT,
        kept_values: frozenset[str] | None = None,
        answer_dialect: str | None = None,
        mentioned: frozenset[str] = frozenset(),
    ) -> SchemaView:
        """What the model sees of the schema: as sent, or compact (app.prompt.schema_view),
        read in ``dialect``; a ``dialect_hint`` program also names the dialect of the answer
        under it (``answer_dialect``, by default ``dialect``: a demo's schema is SQLite, its SQL
        may be translated). ``kept_values``: the only example values to show (a demo's,
        ``demo_values`` sql). ``mentioned``: words naming tables to show whatever the budget."""
        if not self.config.compact_schema:
            view = SchemaView(sql_context, [], [], 0)
        else:
            view = render_schema(
                sql_context,
                question,
                dialect=dialect,
                token_budget=self.config.schema_token_budget,
                question_values=self.config.question_values,
                kept_values=kept_values,
                mentioned=mentioned,
            )
        hint = answer_dialect or dialect
        return with_dialect_hint(view, hint) if self.config.dialect_hint else view

    def _rendered_demos(
        self, demos: list[dspy.Example] | None, dialect: str = DEMO_DIALECT
    ) -> list[dspy.Example] | None:
        """Demos rendered the way the question's schema is, so the turns look alike; without
        their schemas when the program shows question-SQL pairs (``demo_schemas`` off); their
        SQL written in the question's ``dialect`` (app.prompt.demo_dialect)."""
        config = self.config
        rendering = config.compact_schema or config.dialect_hint or not config.demo_schemas
        if not rendering and dialect == DEMO_DIALECT:
            return demos
        source = demos if demos is not None else list(self.generate.demos)
        rendered = []
        for demo in source:
            # Demos loaded from a saved program come back from DSPy as plain dicts.
            demo = demo if isinstance(demo, dspy.Example) else dspy.Example(**demo)
            sql = str(demo.get("sql", ""))
            context = demo.get("sql_context")
            written = demo_sql_in(sql, dialect, str(context or ""))
            if context and not config.demo_schemas:
                # The adapter leaves an empty field out of the turn.
                demo = demo.copy(sql_context="")
            elif context and rendering:
                kept = sql_literals(sql) if config.demo_values == "sql" else None
                view = self.schema_view(
                    str(context),
                    str(demo.get("question", "")),
                    kept_values=kept,
                    answer_dialect=written.dialect,
                )
                demo = demo.copy(sql_context=view.text)
            if written.sql != sql:
                demo = demo.copy(sql=written.sql)
            rendered.append(demo)
        return rendered

    def samples_first(self) -> bool:
        """Whether the first call already samples candidates (``vote`` mode)."""
        return self.config.candidates > 1 and self.config.candidate_mode == "vote"

    def lm_config(self, grammar: str | None = None, sample: bool | None = None) -> dict[str, Any]:
        """Per-call LM arguments: candidates (``n``) and the grammar, when the program uses them.

        ``sample`` None: as the first call of the program's candidate mode; True/False force it.
        """
        config: dict[str, Any] = {}
        if sample is None:
            sample = self.samples_first()
        if sample and self.config.candidates > 1:
            config.update(n=self.config.candidates, temperature=self.config.candidate_temperature)
            if self.config.tie_break == "likelihood":
                config["logprobs"] = True
        if grammar is not None:
            config["extra_body"] = {"structured_outputs": {"grammar": grammar}}
        return config

    def use_similar_demos(self, spec: DemoPoolSpec) -> None:
        """Choose the ``spec.k`` pool examples nearest to each question as its demos."""
        self.demo_retriever = build_retriever(spec)

    def _generate_kwargs(
        self,
        question: str,
        sql_context: str,
        demos: list[dspy.Example] | None,
        grammar: str | None,
        sample: bool | None = None,
        dialect: str = DEMO_DIALECT,
        earlier_turns: Sequence[Turn] = (),
    ) -> tuple[SchemaView, dict[str, Any]]:
        view = self.schema_view(sql_context, conversation_text(question, earlier_turns), dialect)
        demos = self._rendered_demos(demos, dialect)
        kwargs: dict[str, Any] = {
            "question": follow_up_question(question, earlier_turns),
            "sql_context": view.text,
            "config": self.lm_config(grammar, sample),
        }
        if demos is not None:
            kwargs["demos"] = demos
        return view, kwargs

    def similar_demos(self, question: str) -> list[dspy.Example] | None:
        """The question's demos from the pool, in the program's order (None: fixed demos)."""
        if self.demo_retriever is None:
            return None
        demos = self.demo_retriever(question)  # nearest first
        return demos[::-1] if self.config.nearest_demo_last else demos

    def forward(
        self,
        question: str,
        sql_context: str,
        grammar: str | None = None,
        dialect: str = DEMO_DIALECT,
        earlier_turns: Sequence[Turn] = (),
    ) -> Any:
        """The synchronous path (DSPy's optimizers call programs this way)."""
        demos = self.similar_demos(conversation_text(question, earlier_turns))
        view, kwargs = self._generate_kwargs(
            question, sql_context, demos, grammar, dialect=dialect, earlier_turns=earlier_turns
        )
        try:
            with dspy.context(adapter=self.adapter):
                prediction = self.generate(**kwargs)
        except AdapterParseError as error:
            prediction = _salvage(error)
        prediction.tables_seen = view.tables
        return prediction

    async def aforward(
        self,
        question: str,
        sql_context: str,
        grammar: str | None = None,
        sample: bool | None = None,
        dialect: str = DEMO_DIALECT,
        earlier_turns: Sequence[Turn] = (),
    ) -> dspy.Prediction:
        """The service's path; ``sample`` as in :meth:`lm_config`; ``dialect``: the schema's;
        ``earlier_turns``: the conversation's earlier turns, when the question follows them."""
        # Embedding a question is CPU work (~15 ms); off the event loop it stalls no one.
        demos = await asyncio.to_thread(
            self.similar_demos, conversation_text(question, earlier_turns)
        )
        view, kwargs = self._generate_kwargs(
            question, sql_context, demos, grammar, sample, dialect, earlier_turns
        )
        prediction = await self._guarded(lambda: self.generate.acall(**kwargs))
        prediction.tables_seen = view.tables
        return prediction

    async def _guarded(self, call: Callable[[], Awaitable[dspy.Prediction]]) -> dspy.Prediction:
        """Run one predictor call with the program's adapter; salvage a format slip."""
        try:
            with dspy.context(adapter=self.adapter):
                return await call()
        except AdapterParseError as error:
            return _salvage(error)

    async def afix(
        self,
        question: str,
        sql_context: str,
        previous_sql: str,
        issues: list[str],
        grammar: str | None = None,
        dialect: str = DEMO_DIALECT,
        earlier_turns: Sequence[Turn] = (),
        sample: bool = False,
    ) -> dspy.Prediction:
        # A table the previous SQL reads or an issue names ("customers does: join it") is
        # shown even where the question alone did not link it.
        mentioned = name_words(previous_sql, *issues)
        asked = conversation_text(question, earlier_turns)
        view = self.schema_view(sql_context, asked, dialect, mentioned=mentioned)
        config = self.lm_config(grammar, sample=sample)
        return await self._guarded(
            lambda: self.repair.acall(
                question=follow_up_question(question, earlier_turns),
                sql_context=view.text,
                previous_sql=previous_sql,
                issues="\n".join(issues),
                config=config,
            )
        )

    def dump_state(self, json_mode: bool = True) -> dict[str, Any]:
        state: dict[str, Any] = super().dump_state(json_mode=json_mode)
        if self.config != ProgramConfig():
            state[CONFIG_STATE_KEY] = self.config.to_state()
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
        config = ProgramConfig.from_state(state.get(CONFIG_STATE_KEY, {}))
        self.configure(config)
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
