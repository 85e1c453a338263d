"""A compiled program's metadata (``NAME.meta.json``): written by the optimizer, read by the
registry, ``GET /programs`` and the optimizer's report.

Every part allows fields it does not know, so a file written by a newer optimizer still loads
(and keeps those fields when written back), and every field has a default, so an older or a
hand-written file loads too. Written with ``exclude_unset``: a file says only what its writer
knew.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

logger = logging.getLogger(__name__)


class _Part(BaseModel):
    model_config = ConfigDict(extra="allow")


class LMInfo(_Part):
    """The LM the program was compiled and scored with."""

    model: str | None = None
    base_url: str | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    timeout_s: float | None = None


class ServingInfo(_Part):
    """The serving pipeline's settings the scores were measured under."""

    max_attempts: int | None = None
    request_deadline_s: float | None = None
    lm_retries: int | None = None
    dialect: str | None = None


class SplitInfo(_Part):
    seed: int | None = None
    val_fraction: float | None = None
    test_fraction: float | None = None
    stratify_by: str | None = None
    sizes: dict[str, int] | None = None
    caps: dict[str, int | None] | None = None
    used: dict[str, int] | None = None
    used_hashes: dict[str, str] | None = None


class DatasetInfo(_Part):
    source: str | None = None
    hash: str | None = None
    n_examples: int | None = None
    split: SplitInfo = Field(default_factory=SplitInfo)


class OptimizerInfo(_Part):
    name: str | None = None
    summary: str | None = None
    settings: dict[str, Any] = Field(default_factory=dict)
    metric: str | None = None
    selection_set: str | None = None
    compile_seconds: float | None = None
    warnings: list[str] = Field(default_factory=list)
    """What the optimizer warned about while compiling (a degraded search, say)."""


class SplitScores(_Part):
    """One split's scores: counts, the rates derived from them, and per-group breakdowns."""

    n: int = 0
    correct: int = 0
    valid: int = 0
    executes_right: int = 0
    errors: int = 0
    attempts: int = 0
    execution_accuracy: float = 0.0
    valid_rate: float = 0.0
    mean_attempts: float = 0.0
    exact_match_rate: float | None = None
    subset_correct: int | None = None
    """Right by defog's subset match (the gold columns among the predicted ones)."""
    subset_accuracy: float | None = None
    prompt_tokens: int | None = None
    mean_prompt_tokens: float | None = None
    lm_seconds: float | None = None
    judge_accuracy: float | None = None
    seconds: float | None = None
    by_complexity: dict[str, dict[str, int]] = Field(default_factory=dict)
    by_task_type: dict[str, dict[str, int]] = Field(default_factory=dict)


class ProgramMeta(_Part):
    """Provenance and scores of one compiled program."""

    name: str | None = None
    version: str | None = None
    created_at: str | None = None
    chain_of_thought: bool = False
    program_config: dict[str, Any] | None = None
    """Adapter, compact schema, candidates, constrained decoding (app.program.ProgramConfig)."""
    demos: int = 0
    similar_demos: int = 0
    demo_pool: int = 0
    judge: dict[str, str] | None = None
    lm: LMInfo = Field(default_factory=LMInfo)
    serving: ServingInfo = Field(default_factory=ServingInfo)
    dataset: DatasetInfo = Field(default_factory=DatasetInfo)
    optimizer: OptimizerInfo = Field(default_factory=OptimizerInfo)
    scores: dict[str, SplitScores] = Field(default_factory=dict)
    versions: dict[str, str] | None = None
    command: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON object of the file: only the fields its writer set."""
        return self.model_dump(mode="json", exclude_unset=True)


def meta_path(program_path: Path) -> Path:
    """``NAME.meta.json`` beside ``NAME.json``."""
    return program_path.with_name(program_path.name.removesuffix(".json") + ".meta.json")


def read_meta(path: Path) -> ProgramMeta:
    """The metadata in ``path``; empty when the file is missing, unreadable or malformed.

    Metadata is provenance, not the program: a broken meta file is logged and never keeps a
    program from serving.
    """
    if not path.exists():
        return ProgramMeta()
    try:
        return ProgramMeta.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as error:
        logger.warning("ignoring unreadable %s: %s", path.name, error)
        return ProgramMeta()
