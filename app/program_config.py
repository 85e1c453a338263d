"""How a compiled program talks to the model: saved in its JSON, so serving matches measuring."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from app.prompt.adapter import ADAPTERS

# vote: sample on every call. fallback: greedy first, sample only once it failed; a small
# model's greedy answer is its best single guess, and sampling mostly buys valid answers.
# fallback-empty: also sample when the greedy answer runs but returns no rows from tables that
# hold rows (execution-guided decoding: an empty result often means a wrong filter), the greedy
# answer joining the vote.
CANDIDATE_MODES = ("vote", "fallback", "fallback-empty")
# How equally large groups of agreeing candidates are told apart, after a non-empty result
# beating an empty one: ``order``, the earliest candidate (the greedy answer, then the model's
# own sample order); ``likelihood``, the candidate the model found most likely (mean token
# log-probability, returned by the LM with the sampled candidates).
TIE_BREAKS = ("order", "likelihood")
# Which example values a demo's schema shows: ``all`` its columns' first ones (picked by the
# demo's question with ``question_values``), as the question's own schema does; ``sql`` only
# the values its SQL uses, about a third of a demo schema's tokens (values are most of them).
DEMO_VALUES = ("all", "sql")


@dataclass(frozen=True)
class ProgramConfig:
    """How a program talks to the model; saved in its JSON, so serving matches measuring.

    The defaults are what programs saved before these choices existed did: DSPy's ChatAdapter,
    the schema as sent, one greedy answer, no grammar.
    """

    adapter: str = "chat"
    """``chat`` (DSPy's ChatAdapter) or ``sql-chat`` (bare SQL turns, app.prompt.adapter)."""
    compact_schema: bool = False
    """Show the model compact DDL with example values instead of the schema text as sent."""
    schema_token_budget: int = 1500
    """Above this many (estimated) tokens the compact schema is cut to the relevant tables."""
    candidates: int = 1
    """Answers sampled per LM call (``n``); more than one are voted on by their results."""
    candidate_temperature: float = 0.7
    """Sampling temperature when ``candidates`` > 1 (one greedy answer needs none)."""
    candidate_mode: str = "vote"
    """When to sample ``candidates`` answers: ``vote`` on every call; ``fallback`` only after
    the greedy answer failed the checker or the database (the greedy answer stands otherwise);
    ``fallback-empty`` also when it returned no rows (it then joins the vote)."""
    constrained_decoding: bool = False
    """Send a grammar of the schema's names with each call (vLLM structured outputs)."""
    nearest_demo_last: bool = False
    """Order similar demos from least to most similar, so the nearest one comes right before
    the question (recency: small models copy the last turns most), instead of nearest first."""
    question_values: bool = False
    """Compact schema: show each column's example values that share words with the question
    before its first ones (value retrieval), so a filter's value is spelled as stored."""
    dialect_hint: bool = False
    """Name the request's SQL dialect under the schema of every turn (``-- Using valid
    SQLite, ...``), so the model writes the dialect its answer is checked and run in."""
    demo_schemas: bool = True
    """Show each demo with its schema; off, a demo is its question and SQL alone (DAIL-SQL's
    question-SQL pairs): the question's own schema is still shown in full, and the prompt
    loses the demos' schemas, most of its tokens."""
    tie_break: str = "order"
    """How equally agreed candidates are told apart: ``order`` (the earliest) or
    ``likelihood`` (the one the model gave the highest mean token log-probability)."""
    demo_values: str = "all"
    """Compact schema: which example values a demo's schema shows, ``all`` (as the question's
    schema does) or ``sql`` (only those its SQL uses: the demo still shows a stored value
    going into a filter, at a third of the tokens)."""

    def __post_init__(self) -> None:
        if self.adapter not in ADAPTERS:
            raise ValueError(f"unknown adapter {self.adapter!r}; expected one of {ADAPTERS}")
        if self.constrained_decoding and self.adapter != "sql-chat":
            # A grammar of bare SQL cannot produce DSPy's field markers: the chat adapter
            # would fail to parse every answer.
            raise ValueError("constrained decoding needs the sql-chat adapter")
        if self.question_values and not self.compact_schema:
            raise ValueError("question_values chooses the compact schema's values")
        if self.candidate_mode not in CANDIDATE_MODES:
            raise ValueError(
                f"unknown candidate mode {self.candidate_mode!r}; expected one of {CANDIDATE_MODES}"
            )
        if self.demo_values not in DEMO_VALUES:
            raise ValueError(
                f"unknown demo values {self.demo_values!r}; expected one of {DEMO_VALUES}"
            )
        if self.demo_values != "all" and not self.compact_schema:
            raise ValueError("demo_values chooses the compact schema's values")
        if self.tie_break not in TIE_BREAKS:
            raise ValueError(f"unknown tie break {self.tie_break!r}; expected one of {TIE_BREAKS}")
        if self.candidates < 1 or self.schema_token_budget < 100:
            raise ValueError("candidates must be >= 1 and schema_token_budget >= 100")

    @classmethod
    def from_state(cls, state: object) -> ProgramConfig:
        if not isinstance(state, dict):
            raise ValueError("the program's config must be a JSON object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(state) - known)
        if unknown:
            raise ValueError(f"unknown program config fields: {', '.join(unknown)}")
        return cls(**state)

    def to_state(self) -> dict[str, Any]:
        return asdict(self)
